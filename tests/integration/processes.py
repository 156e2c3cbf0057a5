"""Child processes (devkit.processes) and the subscription integration tests most need (harness.seeds)."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

from devkit.processes import running, script
from harness.seeds import subscribe_to_entity_list_additions

__all__ = ["Finished", "finish", "running", "script", "subscribe_to_entity_list_additions"]


@dataclass(frozen=True)
class Finished:
    """A console script that ran to its end: exit code and decoded output."""

    returncode: int
    out: str
    err: str


async def finish(name: str, *args: str, env: dict[str, str], seconds: float = 180) -> Finished:
    """Run one of our console scripts (on top of this environment) to its end."""
    proc = await asyncio.create_subprocess_exec(
        script(name),
        *args,
        env=os.environ | env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=seconds)
    assert proc.returncode is not None
    return Finished(proc.returncode, out.decode(), err.decode())
