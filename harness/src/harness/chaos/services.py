"""The run's child processes: start, SIGKILL, restart and always stop them (each in its own session)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

BIN = Path(sys.executable).parent


def script(name: str) -> str:
    """A console script of the environment this runs in."""
    return str(BIN / name)


@dataclass
class Service:
    """One service process; its output is appended to a log so restarts keep the whole story."""

    name: str
    argv: list[str]
    env: dict[str, str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    starts: int = 0
    kills: int = 0
    crashes: list[int] = field(default_factory=list)

    def start(self) -> None:
        """Start the process (again)."""
        self.starts += 1
        with self.log.open("ab") as out:
            out.write(f"\n=== start {self.starts} ===\n".encode())
            out.flush()
            self.proc = subprocess.Popen(  # noqa: S603 - our own console scripts, fixed argv
                self.argv,
                env=os.environ | self.env,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self.proc is not None and self.proc.poll() is None

    def exited_by_itself(self) -> int | None:
        """The exit code when the process ended without us killing it (then forgets it)."""
        if self.proc is None or self.proc.poll() is None:
            return None
        code = self.proc.returncode
        self.crashes.append(code)
        self.proc = None
        return code

    def kill(self) -> None:
        """SIGKILL the process group at once, as a crash or an OOM kill would."""
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
            self.kills += 1
        self.proc = None

    def terminate(self) -> None:
        """Ask the process to stop (SIGTERM to its group)."""
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)

    def reap(self, deadline: float) -> None:
        """Wait until the monotonic deadline for the process to end, then SIGKILL its group."""
        if self.proc is None:
            return
        try:
            self.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        self.proc = None


def stop_all(services: Iterable[Service], grace: float = 10.0) -> None:
    """SIGTERM every service at once, then SIGKILL whatever still runs after grace seconds (clean-up)."""
    services = list(services)
    for service in services:
        service.terminate()
    deadline = time.monotonic() + grace
    for service in services:
        service.reap(deadline)
