"""The API's /docs renders in headless Chromium with every other host unreachable: no CDN is needed."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest

from devkit.broker import free_port
from tests.integration.monitor_support import chromium
from tests.integration.processes import running, script

pytestmark = pytest.mark.integration

# Every host name except the API's own address fails to resolve, and any proxy is refused: a page that
# needed a CDN would render nothing.
OFFLINE = ("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "--no-proxy-server")


async def _ready(base: str, seconds: float = 90.0) -> None:
    async with httpx.AsyncClient() as client, asyncio.timeout(seconds):
        while True:
            try:
                if (await client.get(f"{base}/health/live")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.3)


async def test_the_docs_page_renders_without_any_other_host(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'api.db'}",
        # Nothing listens there: the watchlist re-publish retries in the background, /docs does not care.
        "KAFKA_BOOTSTRAP_SERVERS": f"127.0.0.1:{free_port()}",
    }
    log = tmp_path / "api.log"
    with running([script("exportwatch-api"), "--host", "127.0.0.1", "--port", str(port)], env, log):
        await _ready(base)
        result = await asyncio.to_thread(
            chromium,
            f"{base}/docs",
            tmp_path / "chrome",
            *OFFLINE,
            "--virtual-time-budget=20000",
            "--dump-dom",
        )
    dom = result.stdout
    # Swagger UI drew the operations it read from /openapi.json: its script ran, from this server.
    assert "swagger-ui" in dom
    assert "opblock" in dom
    assert "/v1/channels" in dom
    assert "/v1/subscriptions" in dom
