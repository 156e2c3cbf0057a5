"""End to end over real Kafka: a team set up through the API, the notifier as a process, Slack messages
exactly as expected (a match, a document the team cleared, a Public Inspection + published pair), and the
API's audit log showing them sent. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest

from devkit.slack_sink import SlackSink
from schemas.events import DocumentClassified, Stage
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import eventually, metric, recorded, sent_alerts, slack_team
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.unit.notifier.conftest import EVENT

pytestmark = pytest.mark.integration


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
    async with slack_team(sink, kafka_bootstrap, topics, database_url) as team:
        api, headers, metrics_port = team.api, team.headers, team.metrics_port
        with running([script("exportwatch-notifier"), "run"], team.env, tmp_path / "notifier.log"):
            # Seen before any subscription: stored in the history only, so the team can clear it.
            await produce_events(kafka_bootstrap, topics[CLASSIFIED], [CLEARED_FIRST])

            async def stored() -> bool:
                found = await api.client.get("/v1/events", headers=headers)
                return any(e["event_id"] == CLEARED_FIRST.event_id for e in found.json())

            await eventually(stored, "the first event in the history")
            # Created while the notifier runs: its cached routes must pick the subscription up.
            subscription_id = await api.subscribe(headers, team.channel_id, {"tags": ["entity_list.*"]})
            cleared = await api.client.post(
                "/v1/suppressions", json={"event_id": CLEARED_FIRST.event_id}, headers=headers
            )
            assert cleared.status_code == 201, cleared.text

            await produce_events(kafka_bootstrap, topics[CLASSIFIED], [MATCHING, CLEARED_AGAIN, INSPECTION])
            # The published version comes later, as on the Federal Register (different keys may land on
            # different partitions, so waiting keeps "which one alerts" deterministic).
            await recorded(metrics_port, 4)
            await produce_events(kafka_bootstrap, topics[CLASSIFIED], [PUBLISHED])
            scraped = await recorded(metrics_port, 5)

            # Every event is in the ledger now; wait for what it holds to be sent.
            alerts = await sent_alerts(api, headers, "the alerts to be sent")
            await asyncio.sleep(1)  # would anything more still arrive?

    assert sorted(a["event_id"] for a in alerts) == sorted([MATCHING.event_id, INSPECTION.event_id])
    assert all(a["subscription_id"] == subscription_id for a in alerts)
    received = Counter(
        b["elements"][0]["text"].split("`")[1]
        for r in sink.received
        for b in r.payload["blocks"]
        if b["type"] == "context"
    )
    assert received == Counter({MATCHING.event_id: 1, INSPECTION.event_id: 1})
    assert {r.path for r in sink.received} == {"/services/T0/B0/secret"}
    assert metric(scraped, "notifier_suppressed_routes_total") == 1
