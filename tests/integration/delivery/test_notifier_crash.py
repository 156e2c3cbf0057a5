"""A notifier killed with SIGKILL mid-batch and restarted loses nothing, repeating only in-flight sends."""

from __future__ import annotations

import asyncio
import json
import os
import signal
from collections import Counter
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from notifier.db import make_engine, sessions
from notifier.states import DeliveryStatus
from notifier.tables import Delivery
from schemas.events import DocumentClassified
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import slack_notifier_env, slack_server
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script, subscribe_to_entity_list_additions
from tests.unit.notifier.conftest import EVENT

pytestmark = pytest.mark.integration


def _event(n: int) -> DocumentClassified:
    number = f"2099-{n:05d}"
    doc = EVENT.document.model_copy(
        update={"event_id": f"federal_register:{number}", "document_number": number}
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id})


async def _count(database_url: str, *statuses: str) -> int:
    engine = make_engine(database_url)
    try:
        async with sessions(engine)() as session:
            query = select(func.count()).select_from(Delivery)
            if statuses:
                query = query.where(Delivery.status.in_(statuses))
            return int((await session.execute(query)).scalar_one())
    finally:
        await engine.dispose()


async def _wait_until_sent(database_url: str, count: int, seconds: float) -> None:
    deadline = asyncio.get_running_loop().time() + seconds
    while (sent := await _count(database_url, DeliveryStatus.SENT)) < count:
        assert asyncio.get_running_loop().time() < deadline, f"only {sent} of {count} sent"
        await asyncio.sleep(0.2)


async def test_sigkill_mid_batch_loses_nothing(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    sink = SlackSink(latency=0.3)  # each message arrives, then the answer takes a while: sends are in flight
    metrics_port = free_port()
    first, later = [_event(n) for n in range(40)], [_event(n) for n in range(40, 60)]
    expected = {e.event_id for e in first + later}
    async with slack_server(sink) as base:
        await subscribe_to_entity_list_additions(database_url, f"{base}/services/T0/B0/secret")
        env = slack_notifier_env(
            kafka_bootstrap, topics, database_url, metrics_port, base, NOTIFIER_LEASE_SECONDS="3"
        )
        await produce_events(kafka_bootstrap, topics[CLASSIFIED], first)
        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier-1.log") as proc:
            async with asyncio.timeout(120):
                await sink.wait_for(10)
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
        in_flight = await _count(database_url, DeliveryStatus.SENDING)
        before_restart = len(sink.received)
        assert before_restart < len(expected), "the kill came too late to be mid-batch"
        assert in_flight >= 1, "the kill found no send in flight: the scenario was not exercised"
        await produce_events(kafka_bootstrap, topics[CLASSIFIED], later)

        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier-2.log"):
            await _wait_until_sent(database_url, len(expected), seconds=180)
            await asyncio.sleep(1)  # would a duplicate still arrive?
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{metrics_port}") as http:
                scraped = (await http.get("/metrics")).text
                ready = (await http.get("/health/ready")).text

    received = Counter(
        b["elements"][0]["text"].split("`")[1]
        for r in sink.received
        for b in r.payload["blocks"]
        if b["type"] == "context"
    )
    assert set(received) == expected  # nothing lost
    assert await _count(database_url) == len(expected)
    duplicates = sum(n - 1 for n in received.values())
    assert duplicates <= in_flight  # only sends in flight at the kill may repeat ...
    reclaimed = next(
        float(line.split()[-1])
        for line in scraped.splitlines()
        if line.startswith("notifier_possible_duplicates_total")
    )
    assert duplicates <= in_flight <= reclaimed  # ... and each is counted
    assert json.loads(ready)["status"] == "ready"
    print(f"in flight at kill: {in_flight}, duplicates: {duplicates}, received: {sum(received.values())}")
