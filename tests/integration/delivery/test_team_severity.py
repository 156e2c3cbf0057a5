"""Over real Kafka: one team's watchlist raises only its own alerts. Team A watches a party a document
names and gets a critical alert naming it; team B watches nobody and its min_severity critical subscription
stays quiet; nothing B receives or reads through the API carries A's watched name. SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from classifier.classify import classify
from classifier.corpus import item_to_document
from classifier.lists import ListState
from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from schemas.events import Severity, WatchlistEntry
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import eventually, slack_and_api, slack_notifier_env
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.unit.notifier.api.conftest import Api

pytestmark = pytest.mark.integration

# A's watchlist entry: the document names the party by its alias only, so the entry's own name can reach
# another team only through a leak (a severity reason, an entity, a message).
WATCHED = "Kestrel Avionics Holdings Group"
ALIAS = "Kestrel Avionics"
A_PATH = "/services/TA/BA/alpha"
B_PATH = "/services/TB/BB/bravo"


async def _setup(api: Api, team: str, path: str, base: str, filters: list[dict[str, Any]]) -> dict[str, str]:
    """A team with a Slack webhook channel and one subscription per filter; its auth headers."""
    team_id, headers = await api.team(team)
    channel_id = await api.slack_channel(headers, f"{base}{path}")
    for n, f in enumerate(filters):
        await api.subscribe(headers, channel_id, f, name=f"{team}-{n}")
    return headers | {"X-Team": team_id}


async def test_a_teams_watchlist_raises_only_its_own_severity(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    sink = SlackSink()
    critical = {"min_severity": "critical"}
    async with slack_and_api(sink, sqlite_url) as (base, api):
        client = api.client
        env = slack_notifier_env(kafka_bootstrap, topics, sqlite_url, free_port(), base)
        a = await _setup(api, "alpha", A_PATH, base, [critical])
        b = await _setup(api, "bravo", B_PATH, base, [critical, {"tags": ["entity_list.*"]}])
        a_headers = {"Authorization": a["Authorization"]}
        b_headers = {"Authorization": b["Authorization"]}
        watched = await client.post(
            "/v1/watchlist", json={"name": WATCHED, "aliases": [ALIAS]}, headers=a_headers
        )
        assert watched.status_code == 201, watched.text
        # The entry as the API published it to the watchlist topic, read by the classifier's own code.
        [(key, value)] = api.publisher.records
        assert value is not None
        lists = ListState()
        lists.apply_watch(key, WatchlistEntry.model_validate_json(value))
        document = item_to_document(
            {"id": "feed:news:kestrel", "source": "news", "title": f"BIS adds {ALIAS} to the Entity List"}
        )
        event = classify(document, lists.snapshot())
        assert [m.team_id for m in event.entities if m.canonical_name == WATCHED] == [a["X-Team"]]
        assert event.severity is Severity.HIGH  # published to all: no watchlist raises it
        assert WATCHED not in event.severity_reason

        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"):
            await produce_events(kafka_bootstrap, topics[CLASSIFIED], [event])

            async def both_sent() -> bool:
                return {r.path for r in sink.received} == {A_PATH, B_PATH}

            await eventually(both_sent, "A's critical alert and B's Entity List alert")
            await asyncio.sleep(1.5)  # would anything more still arrive (B's critical subscription)?
            b_alerts = (await client.get("/v1/alerts", headers=b_headers)).json()
            b_event = await client.get(f"/v1/events/{event.event_id}", headers=b_headers)
            b_events = await client.get("/v1/events", headers=b_headers)
            a_event = (await client.get(f"/v1/events/{event.event_id}", headers=a_headers)).json()
    to_a = [json.dumps(r.payload) for r in sink.received if r.path == A_PATH]
    to_b = [json.dumps(r.payload) for r in sink.received if r.path == B_PATH]
    assert len(to_a) == 1
    assert "CRITICAL" in to_a[0]
    assert WATCHED in to_a[0]
    # B: only its Entity List subscription fired, at the base severity, with no trace of A's entry.
    assert len(to_b) == 1
    assert "HIGH" in to_b[0]
    assert "CRITICAL" not in to_b[0]
    assert WATCHED not in to_b[0]
    assert [x["subscription_name"] for x in b_alerts] == ["bravo-1"]
    assert b_event.status_code == 200
    assert b_event.json()["severity"] == "high"
    assert all(m["team_id"] is None for m in b_event.json()["entities"])
    for text in (b_event.text, b_events.text, json.dumps(b_alerts)):
        assert WATCHED not in text
        assert "watched" not in text
    assert a_event["severity"] == "critical"
    assert WATCHED in a_event["severity_reason"]
