"""What tests running several services as processes share: waiting for readiness, showing their logs."""

from __future__ import annotations

import asyncio
import subprocess
from pathlib import Path
from typing import Any

import httpx


def tail(log: Path, chars: int = 3000) -> str:
    """The end of a service's log, headed by its name (for failure messages)."""
    return f"--- {log.name} ---\n{log.read_text(errors='replace')[-chars:]}" if log.exists() else ""


async def ready(
    client: httpx.AsyncClient,
    process: subprocess.Popen[bytes],
    url: str,
    what: str,
    logs: list[Path],
    seconds: float = 60,
) -> Any:
    """Poll url until it answers 200; its JSON body. Fails with the logs if the process exits or times out."""

    async def answered() -> httpx.Response | None:
        try:
            response = await client.get(url)
        except httpx.TransportError:
            return None
        return response if response.status_code == 200 else None

    deadline = asyncio.get_running_loop().time() + seconds
    while (response := await answered()) is None:
        if process.poll() is not None:
            raise AssertionError(f"{what} exited with {process.returncode}\n" + "\n".join(map(tail, logs)))
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{what} not ready after {seconds:g} s\n" + "\n".join(map(tail, logs)))
        await asyncio.sleep(0.3)
    return response.json()
