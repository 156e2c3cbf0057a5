"""The monitor's command line: bad settings are named; with no broker it still serves and says why."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import httpx
import pytest

from devkit.broker import free_port
from tests.integration.monitor_support import JSON, get_json, monitor, wait_until
from tests.integration.processes import script

pytestmark = pytest.mark.integration


def test_bad_setting_is_named_and_stops_start_up() -> None:
    result = subprocess.run(
        [script("exportwatch-monitor"), "--port", str(free_port())],
        env=os.environ | {"MONITOR_POLL_SECONDS": "-1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "MONITOR_POLL_SECONDS" in result.stderr


async def test_without_a_broker_it_serves_and_reports_unreachable(tmp_path: Path) -> None:
    nowhere = f"127.0.0.1:{free_port()}"
    with monitor(nowhere, "exportwatch", tmp_path / "monitor.log", MONITOR_KAFKA_TIMEOUT_SECONDS="2") as base:

        async def lag() -> JSON:
            return await get_json(f"{base}/lag")

        report = await wait_until(lag, lambda r: bool(r.get("broker", {}).get("error")), 60, "the error")
        assert report["broker"]["reachable"] is False
        assert report["groups"] == []
        async with httpx.AsyncClient(timeout=10) as client:
            ready = await client.get(f"{base}/health/ready")
            page = await client.get(f"{base}/")
        assert ready.status_code == 503
        assert "Kafka unreachable" in page.text
