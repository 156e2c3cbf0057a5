"""Running exportwatch's console scripts as real child processes (tests, benchmarks)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

BIN = Path(sys.executable).parent


def script(name: str) -> str:
    """Absolute path of one of our console scripts in the running environment."""
    return str(BIN / name)


@contextmanager
def running(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Run a service for the duration of the block; its output goes to log (shown when a test fails)."""
    with log.open("wb") as out:
        # Our own console scripts, named by the caller; nothing here comes from outside input.
        proc = subprocess.Popen(  # noqa: S603
            args, env=os.environ | env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()
