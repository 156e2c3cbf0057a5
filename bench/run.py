"""Runs every `bench/bench_*.py` (or the ones named) against one shared local Kafka broker."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from devkit.broker import Broker, down, free_port
from notifier.crypto import SETTING as SECRET_KEYS_SETTING
from notifier.crypto import generate_key

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    """Start a broker unless KAFKA_BOOTSTRAP_SERVERS is set, then run each benchmark script in turn."""
    names = argv or sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    env = dict(os.environ)
    # Channel secrets are stored encrypted: a throwaway key for the benchmark's throwaway databases.
    env.setdefault(SECRET_KEYS_SETTING, generate_key())
    # The repository root on the path: a benchmark may share another's harness (bench.bench_e2e) or build
    # its inputs with the tests' builders (tests.unit.watcher.pdf_builder).
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(HERE.parent), env.get("PYTHONPATH", "")) if p)
    broker: Broker | None = None
    if not env.get("KAFKA_BOOTSTRAP_SERVERS"):
        broker = Broker.at(free_port(), home=Path(tempfile.mkdtemp(prefix="ew-bench-kafka-")))
        up = ["up", "--port", str(broker.port), "--home", str(broker.home)]
        subprocess.run([sys.executable, "-m", "devkit.broker", *up], check=True)
        env["KAFKA_BOOTSTRAP_SERVERS"] = broker.bootstrap
    failed: list[str] = []
    try:
        for name in names:
            print(f"\n=== bench_{name} ===", flush=True)
            script = HERE / f"bench_{name}.py"
            if subprocess.run([sys.executable, str(script)], env=env, check=False).returncode:
                failed.append(name)
    finally:
        if broker is not None:
            down(broker)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
