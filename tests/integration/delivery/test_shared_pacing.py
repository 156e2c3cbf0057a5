"""Two notifier processes over real Kafka share one Slack channel's send slots: together, one message per
interval, never one each. SQLite (one file) and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
import time
from collections import Counter
from contextlib import ExitStack
from pathlib import Path

import pytest

from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from monitor.collector import KafkaCollector
from schemas.events import DocumentClassified
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import eventually, slack_notifier_env, slack_server
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script, subscribe_to_entity_list_additions
from tests.unit.notifier.conftest import EVENT

pytestmark = pytest.mark.integration

ALERTS = 16
INTERVAL = 1.0


def _event(n: int) -> DocumentClassified:
    number = f"2099-3{n:04d}"
    doc = EVENT.document.model_copy(
        update={"event_id": f"federal_register:{number}", "document_number": number}
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id})


async def _both_members_own_partitions(bootstrap: str, group: str, topic: str) -> bool:
    """Whether the group has two members and each owns partitions of topic (as the lag monitor sees it)."""
    collector = KafkaCollector(bootstrap, lambda name: name == group, timeout_seconds=10)
    try:
        groups = (await collector.collect(time.time())).groups
    finally:
        await collector.close()
    return any(
        g.members == 2 and len({p.owner for p in g.partitions if p.topic == topic and p.owner}) == 2
        for g in groups
    )


async def test_two_replicas_post_to_one_channel_once_per_interval_between_them(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    sink = SlackSink()
    async with slack_server(sink) as base:
        await subscribe_to_entity_list_additions(database_url, f"{base}/services/T0/B0/secret")
        envs = [
            slack_notifier_env(
                kafka_bootstrap,
                topics,
                database_url,
                free_port(),
                base,
                NOTIFIER_SLACK_MIN_INTERVAL_SECONDS=str(INTERVAL),
            )
            for _ in range(2)
        ]
        group = envs[0]["NOTIFIER_GROUP_ID"]
        with ExitStack() as stack:
            for n, env in enumerate(envs):
                stack.enter_context(
                    running([script("exportwatch-notifier"), "run"], env, tmp_path / f"n{n}.log")
                )

            async def split() -> bool:
                return await _both_members_own_partitions(kafka_bootstrap, group, topics[CLASSIFIED])

            # Each replica then records (and at once claims) the alerts of its own partitions.
            await eventually(split, "both notifiers to own partitions of the classified topic")
            for n in range(ALERTS):  # alerts arriving over time, faster than the channel may take them
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [_event(n)])
                await asyncio.sleep(INTERVAL / 4)
            async with asyncio.timeout(180):
                received = await sink.wait_for(ALERTS)
            await asyncio.sleep(INTERVAL)  # would one more still arrive?
    events = [_event(n) for n in range(ALERTS)]
    ids = Counter(
        e.event_id for r in sink.received for e in events if f"{e.event_id}`" in json.dumps(r.payload)
    )
    assert sorted(ids) == sorted(e.event_id for e in events)
    assert set(ids.values()) == {1}  # each once
    times = sorted(r.at for r in received)
    # One slot per interval for both replicas together; each receipt may lag its slot a little. Paced per
    # process instead, the two would have finished in about half the time.
    assert times[-1] - times[0] >= (ALERTS - 1) * INTERVAL - 1.0
