"""End to end over real Kafka: a team set up through the API, the notifier as a process, Slack messages
exactly as expected (a match, a document the team cleared, a Public Inspection + published pair), and the
API's audit log showing them sent. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified, Stage
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import eventually, metric, notifier_env
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.unit.notifier.api.conftest import make_api

pytestmark = pytest.mark.integration

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[2] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)


def _event(event_id: str, number: str, stage: Stage = Stage.PUBLISHED) -> DocumentClassified:
    doc = EVENT.document.model_copy(update={"event_id": event_id, "document_number": number, "stage": stage})
    return EVENT.model_copy(update={"document": doc, "event_id": event_id})


MATCHING = _event("federal_register:2099-00001", "2099-00001")
# The same document twice with the same content: first seen before the team subscribed (stored, cleared
# through the API), then seen again (a replay): the clearance keeps it quiet.
CLEARED_FIRST = _event("federal_register:2099-00002", "2099-00002")
CLEARED_AGAIN = _event("federal_register:2099-00002:replay", "2099-00002")
INSPECTION = _event("federal_register:pi:2099-00003", "2099-00003", Stage.PUBLIC_INSPECTION)
PUBLISHED = _event("federal_register:2099-00003", "2099-00003", Stage.PUBLISHED)


async def test_api_set_up_team_gets_exactly_its_alerts_over_kafka(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    sink = SlackSink()
    runner, port = await start_sink(sink)
    base = f"http://127.0.0.1:{port}"
    allowed = ["hooks.slack.com", "slack.com", base]
    api = await make_api(database_url, SLACK_ALLOWED_HOSTS=allowed)
    client = api.client
    metrics_port = free_port()
    env = notifier_env(
        kafka_bootstrap,
        topics,
        database_url,
        metrics_port,
        SLACK_ALLOWED_HOSTS=str(allowed).replace("'", '"'),
        NOTIFIER_SLACK_MIN_INTERVAL_SECONDS="0.1",
    )
    try:
        _, headers = await api.team("acme")
        channel = await client.post(
            "/v1/channels",
            json={"kind": "slack_webhook", "config": {"url": f"{base}/services/T0/B0/secret"}},
            headers=headers,
        )
        assert channel.status_code == 201, channel.text

        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"):
            # Seen before any subscription: stored in the history only, so the team can clear it.
            await produce_events(kafka_bootstrap, topics[CLASSIFIED], [CLEARED_FIRST])

            async def stored() -> bool:
                found = await client.get("/v1/events", headers=headers)
                return any(e["event_id"] == CLEARED_FIRST.event_id for e in found.json())

            await eventually(stored, "the first event in the history")
            # Created while the notifier runs: its cached routes must pick the subscription up.
            subscription = await client.post(
                "/v1/subscriptions",
                json={
                    "name": "EL",
                    "channel_id": channel.json()["id"],
                    "filters": {"tags": ["entity_list.*"]},
                },
                headers=headers,
            )
            assert subscription.status_code == 201, subscription.text
            cleared = await client.post(
                "/v1/suppressions", json={"event_id": CLEARED_FIRST.event_id}, headers=headers
            )
            assert cleared.status_code == 201, cleared.text

            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{metrics_port}") as probe:

                async def recorded(count: int) -> None:
                    async def done() -> bool:
                        try:
                            scraped = (await probe.get("/metrics")).text
                        except httpx.TransportError:
                            return False
                        return metric(scraped, 'notifier_intake_messages_total{result="recorded"}') >= count

                    await eventually(done, f"the notifier to record {count} events")

                await produce_events(
                    kafka_bootstrap, topics[CLASSIFIED], [MATCHING, CLEARED_AGAIN, INSPECTION]
                )
                # The published version comes later, as on the Federal Register (different keys may land
                # on different partitions, so waiting keeps "which one alerts" deterministic).
                await recorded(4)
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [PUBLISHED])
                await recorded(5)
                scraped = (await probe.get("/metrics")).text

            # Every event is in the ledger now; wait for what it holds to be sent.
            alerts: list[dict[str, Any]] = []

            async def all_sent() -> bool:
                nonlocal alerts
                alerts = (await client.get("/v1/alerts", headers=headers)).json()
                return bool(alerts) and all(a["status"] == "sent" for a in alerts)

            await eventually(all_sent, "the alerts to be sent")
            await asyncio.sleep(1)  # would anything more still arrive?
    finally:
        await runner.cleanup()
        await client.aclose()
        await api.app.state.api.engine.dispose()

    assert sorted(a["event_id"] for a in alerts) == sorted([MATCHING.event_id, INSPECTION.event_id])
    assert all(a["subscription_id"] == subscription.json()["id"] for a in alerts)
    received = Counter(
        b["elements"][0]["text"].split("`")[1]
        for r in sink.received
        for b in r.payload["blocks"]
        if b["type"] == "context"
    )
    assert received == Counter({MATCHING.event_id: 1, INSPECTION.event_id: 1})
    assert {r.path for r in sink.received} == {"/services/T0/B0/secret"}
    assert metric(scraped, "notifier_suppressed_routes_total") == 1
