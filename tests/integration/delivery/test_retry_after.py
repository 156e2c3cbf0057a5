"""Over real Kafka: after Slack answers one message 429 with Retry-After: 2, the notifier sends nothing to
that channel until the 2 s have passed, not even the messages already given a send slot (the local Slack
server counts early requests). SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path

import pytest

from devkit.broker import free_port
from devkit.slack_sink import Fault, SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import notifier_env
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script, subscribe_to_entity_list_additions

pytestmark = pytest.mark.integration

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[2] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)
ALERTS = 10
RETRY_AFTER = 2


def _event(n: int) -> DocumentClassified:
    number = f"2099-6{n:04d}"
    doc = EVENT.document.model_copy(
        update={"event_id": f"federal_register:{number}", "document_number": number}
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id})


class ThirdRateLimited:
    """The third request is answered 429 (Retry-After: 2): by then the round's slots are all reserved."""

    def __init__(self) -> None:
        self.requests = 0

    def __call__(self) -> Fault | None:
        self.requests += 1
        return Fault(429, "rate_limited", retry_after=RETRY_AFTER) if self.requests == 3 else None


async def test_retry_after_holds_every_message_of_the_channel(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    sink = SlackSink(random_faults=ThirdRateLimited())
    runner, port = await start_sink(sink)
    base = f"http://127.0.0.1:{port}"
    await subscribe_to_entity_list_additions(database_url, f"{base}/services/T0/B0/secret")
    env = notifier_env(
        kafka_bootstrap,
        topics,
        database_url,
        free_port(),
        SLACK_ALLOWED_HOSTS=f'["{base}"]',
        NOTIFIER_SLACK_MIN_INTERVAL_SECONDS="0.2",
    )
    events = [_event(n) for n in range(ALERTS)]
    try:
        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"):
            await produce_events(kafka_bootstrap, topics[CLASSIFIED], events)
            async with asyncio.timeout(120):
                await sink.wait_for(ALERTS)
            await asyncio.sleep(1)  # would one more still arrive?
    finally:
        await runner.cleanup()
    assert sink.early == []  # nothing reached the channel before its Retry-After had passed
    [held_until] = sink.held_until.values()
    ids = Counter(
        e.event_id for r in sink.received for e in events if f"{e.event_id}`" in json.dumps(r.payload)
    )
    assert sorted(ids) == sorted(e.event_id for e in events)
    assert set(ids.values()) == {1}
    # Two went out before the 429; every other one (the rate-limited one again included) after the hold.
    times = sorted(r.at for r in sink.received)
    assert times[1] < held_until - RETRY_AFTER + 0.5
    assert all(at >= held_until for at in times[2:])
