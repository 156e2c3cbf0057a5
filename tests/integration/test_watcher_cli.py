"""The watcher's CLI as real processes: `run` serves metrics and health and survives bad input; `backfill`."""

from __future__ import annotations

import asyncio
import os
import re
import signal
from collections.abc import Awaitable, Callable
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from devkit.broker import free_port
from devkit.replay import ReplayServer
from devkit.replay import start as start_replay
from schemas.topics import DOCUMENTS, SCREENING_LIST
from tests.integration.processes import finish, script

pytestmark = pytest.mark.integration

BIS = "industry-and-security-bureau"


def _env(bootstrap: str, topics: dict[str, str], db: str, base: str, **extra: str) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_SCREENING_LIST": topics[SCREENING_LIST],
        "DATABASE_URL": db,
        "FEDERAL_REGISTER_API_URL": f"{base}/api/v1",
        "WATCHER_AGENCIES": BIS,
        "WATCHER_CFR_PARTS": "",
        "WATCHER_SOURCES": "federal_register,public_inspection",
    } | extra


def _metric(text: str, name: str, **labels: str) -> float | None:
    wanted = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    for line in text.splitlines():
        if line.startswith(name + "{"):
            got = ",".join(sorted(re.findall(r'(\w+="[^"]*")', line.split("}")[0])))
            if got == wanted:
                return float(line.rsplit(" ", 1)[1])
    return None


async def _until(check: Callable[[], Awaitable[bool]], seconds: float = 90) -> None:
    """Poll check until it holds (the watcher is a separate process: there is nothing to await)."""
    async with asyncio.timeout(seconds):
        while not await check():  # noqa: ASYNC110
            await asyncio.sleep(0.3)


async def test_run_serves_metrics_and_health_and_carries_on_after_bad_input(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    server = ReplayServer.bundled()
    runner, port = await start_replay(server)
    metrics_port = free_port()
    env = _env(
        kafka_bootstrap,
        topics,
        sqlite_url,
        f"http://127.0.0.1:{port}",
        WATCHER_POLL_SECONDS="0.5",
        WATCHER_METRICS_PORT=str(metrics_port),
        WATCHER_BACKOFF_MAX_SECONDS="1",
    )
    log = (tmp_path / "watcher.log").open("wb")
    proc = await asyncio.create_subprocess_exec(
        script("exportwatch-watcher"), "run", env=os.environ | env, stdout=log, stderr=log
    )
    base = f"http://127.0.0.1:{metrics_port}"
    try:
        async with httpx.AsyncClient(timeout=5) as http:

            async def published() -> bool:
                try:
                    text = (await http.get(f"{base}/metrics")).text
                except httpx.TransportError:
                    return False
                value = _metric(
                    text, "watcher_documents_published_total", source="federal_register", stage="published"
                )
                return value == 29

            await _until(published)
            live, ready = await http.get(f"{base}/health/live"), await http.get(f"{base}/health/ready")
            assert live.status_code == 200
            assert ready.status_code == 200
            assert ready.json()["checks"] == {"kafka": True, "database": True}

            async def inspected() -> bool:
                text = (await http.get(f"{base}/metrics")).text
                name = "watcher_last_success_timestamp_seconds"
                return (_metric(text, name, source="public_inspection") or 0) > 0

            await _until(inspected)
            text = (await http.get(f"{base}/metrics")).text
            assert "watcher_fetch_seconds_bucket" in text

            # Bad input on one source: an HTML page, then JSON that is cut off. Counted, and the loop goes on.
            server.faults["documents"] = ["html", "invalid_json"]

            async def counted() -> bool:
                text = (await http.get(f"{base}/metrics")).text
                return all(
                    (_metric(text, "watcher_fetch_errors_total", source="federal_register", reason=r) or 0)
                    >= 1
                    for r in ("html_error_page", "invalid_json")
                )

            await _until(counted)
            polls = server.hits["public_inspection"]
            await _until(lambda: _gt(server.hits["public_inspection"], polls))
            assert proc.returncode is None
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        code = await asyncio.wait_for(proc.wait(), timeout=60)
        log.close()
        await runner.cleanup()
    output = (tmp_path / "watcher.log").read_text()
    assert code == 0, output[-3000:]
    assert "Traceback" not in output
    failures = [line for line in output.splitlines() if "source.failed" in line]
    assert any("html_error_page" in line and "/api/v1/documents.json" in line for line in failures)


async def _gt(a: int, b: int) -> bool:
    return a > b


async def test_backfill_walks_history_in_windows_with_a_progress_bar(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str
) -> None:
    start = date(2030, 1, 1)
    results = [
        {
            "document_number": f"2030-{i:05d}",
            "title": f"Notice {i}",
            "type": "Notice",
            "agencies": [{"slug": BIS}],
            "publication_date": (start + timedelta(days=i)).isoformat(),
        }
        for i in range(90)
    ]
    server = ReplayServer({"results": results}, filter_dates=True)
    runner, port = await start_replay(server)
    try:
        env = _env(
            kafka_bootstrap, topics, sqlite_url, f"http://127.0.0.1:{port}", WATCHER_REQUESTS_PER_SECOND="5"
        )
        args = ["backfill", "--since", "2030-01-01", "--until", "2030-02-28", "--window-days", "10"]
        outs = []
        for _ in range(2):  # the second run finds everything already published
            done = await finish("exportwatch-watcher", *args, env=env, seconds=120)
            assert done.returncode == 0, done.err[-2000:]
            outs.append((done.out, done.err))
    finally:
        await runner.cleanup()
    assert "backfill 2030-01-01..2030-02-28: published=59 requests=6" in outs[0][0]
    assert "published=0" in outs[1][0]
    assert "backfill 6/6 2030-02-20..2030-02-28: published=9" in outs[0][1]


async def test_an_unreachable_database_is_named_without_its_password(
    kafka_bootstrap: str, topics: dict[str, str]
) -> None:
    env = _env(
        kafka_bootstrap,
        topics,
        "postgresql://exportwatch:hunter2@127.0.0.1:1/exportwatch",
        "http://127.0.0.1:1",
    )
    done = await finish("exportwatch-watcher", "once", env=env, seconds=120)
    assert done.returncode == 2
    assert done.err.startswith("error: cannot connect to DATABASE_URL postgresql://exportwatch:***@")
    assert "hunter2" not in done.err
    assert "Traceback" not in done.err
