"""The walking skeleton over the real broker: watcher -> classifier (faust) -> notifier -> Slack server."""

from __future__ import annotations

import asyncio
import json
import os
import re
from collections import Counter
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from classifier.classify import classify
from devkit.broker import free_port
from devkit.replay import ReplayServer
from devkit.replay import start as start_replay
from devkit.slack_sink import SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DeadLetter, DocumentClassified
from schemas.topics import CLASSIFIED, DEADLETTER, DOCUMENTS
from tests.integration.processes import running, script, subscribe_to_entity_list_additions
from watcher.sources.fr_api import parse_page

pytestmark = pytest.mark.integration

BIS = "industry-and-security-bureau"
EVENT_ID = re.compile(r"event `([^`]+)`")


async def _read_all(bootstrap: str, topic: str, count: int, seconds: float) -> list[bytes]:
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", enable_auto_commit=False
    )
    await consumer.start()
    values: list[bytes] = []
    try:
        async with asyncio.timeout(seconds):
            while len(values) < count:
                batch = await consumer.getmany(timeout_ms=500)
                values += [r.value for rs in batch.values() for r in rs if r.value is not None]
    finally:
        await consumer.stop()
    return values


async def test_recorded_entity_list_rules_reach_slack_once(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    replay = ReplayServer.bundled()
    sink = SlackSink()
    replay_runner, replay_port = await start_replay(replay)
    sink_runner, sink_port = await start_sink(sink)
    await subscribe_to_entity_list_additions(
        sqlite_url, f"http://127.0.0.1:{sink_port}/services/T0/B0/secret"
    )

    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_CLASSIFIED": topics[CLASSIFIED],
        "TOPIC_DEADLETTER": topics[DEADLETTER],
        "FEDERAL_REGISTER_API_URL": f"http://127.0.0.1:{replay_port}/api/v1",
        "WATCHER_AGENCIES": BIS,
        # Only the agency search: this test counts requests and compares exact event sets.
        "WATCHER_SOURCES": "federal_register",
        "WATCHER_CFR_PARTS": "",
        "DATABASE_URL": sqlite_url,
        "CLASSIFIER_APP_ID": f"classifier-{topics[DOCUMENTS][-10:]}",
        "CLASSIFIER_WEB_PORT": str(free_port()),
        "CLASSIFIER_DATA_DIR": str(tmp_path / "faust"),
        # No screening list in this test: classify at once instead of waiting for one.
        "CLASSIFIER_SCREENING_WAIT_SECONDS": "0",
        "NOTIFIER_GROUP_ID": f"notifier-{topics[DOCUMENTS][-10:]}",
        # The local Slack server is named explicitly; Slack's own hosts stay the only other destinations.
        "SLACK_ALLOWED_HOSTS": f'["hooks.slack.com", "slack.com", "http://127.0.0.1:{sink_port}"]',
        "NOTIFIER_METRICS_PORT": str(free_port()),
    }
    try:
        # The replay server lives on this event loop: the watcher must run without blocking it.
        watcher = await asyncio.create_subprocess_exec(
            script("exportwatch-watcher"),
            "once",
            env=os.environ | env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(watcher.communicate(), timeout=120)
        assert watcher.returncode == 0, err.decode()
        [request] = replay.requests
        assert "fields%5B%5D=abstract" in request

        # What the watcher saw, and which of those the pure classifier calls Entity List additions.
        served = [r for r in replay.documents["results"] if BIS in {a.get("slug") for a in r["agencies"]}]
        seen, _ = parse_page(json.dumps({"count": len(served), "results": served}).encode())
        # The replay data holds one document twice: the watcher de-duplicates on document number.
        seen = list({d.event_id: d for d in seen}.values())
        expected = {d.event_id for d in seen if "entity_list.addition" in classify(d).tag_ids}
        assert f"published={len(seen)}" in out.decode()
        assert "federal_register:2020-15827" in expected
        assert len(expected) >= 8  # the labelled corpus calls exactly 8 of these BIS rules additions

        with (
            running(
                [script("exportwatch-classifier"), "worker", "-l", "info"], env, tmp_path / "classifier.log"
            ),
            running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"),
        ):
            async with asyncio.timeout(180):
                received = await sink.wait_for(len(expected))
            # A poison message must be dead-lettered without stopping the stream.
            producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
            await producer.start()
            await producer.send_and_wait(topics[DOCUMENTS], key=b"poison", value=b"{not json")
            await producer.stop()
            [letter] = await _read_all(kafka_bootstrap, topics[DEADLETTER], 1, seconds=60)
            classified = await _read_all(kafka_bootstrap, topics[CLASSIFIED], len(seen), seconds=60)
            await asyncio.sleep(2)  # would any duplicate alert still arrive?
            received = list(sink.received)
    finally:
        await replay_runner.cleanup()
        await sink_runner.cleanup()

    delivered = Counter(
        m.group(1)
        for r in received
        for b in r.payload["blocks"]
        if b["type"] == "context"
        for m in [EVENT_ID.search(b["elements"][0]["text"])]
        if m
    )
    assert set(delivered) == expected
    assert all(n == 1 for n in delivered.values()), delivered
    assert {DocumentClassified.model_validate_json(v).event_id for v in classified} == {
        d.event_id for d in seen
    }
    dead = DeadLetter.model_validate_json(letter)
    assert (dead.service, dead.topic, dead.original_value()) == (
        "classifier",
        topics[DOCUMENTS],
        b"{not json",
    )
