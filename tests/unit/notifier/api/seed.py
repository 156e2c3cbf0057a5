"""Test data: stored events, ledger rows and a full set of one team's objects created through the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from notifier.tables import Delivery, StoredEvent, now
from schemas.events import DocumentClassified, EntityMention, MatchKind
from tests.unit.notifier.api.conftest import WEBHOOK, Api

FIXTURE = Path(__file__).resolve().parents[3] / "fixtures/events/v1/DocumentClassified.json"


def fixture_event(event_id: str | None = None, **document: object) -> DocumentClassified:
    """The frozen v1 example event, optionally with another id or document fields."""
    event = DocumentClassified.model_validate_json(FIXTURE.read_bytes())
    if event_id is None and not document:
        return event
    doc = event.document.model_copy(update={"event_id": event_id or event.event_id, **document})
    return event.model_copy(update={"event_id": event_id or event.event_id, "document": doc})


def with_watchlist_hit(event: DocumentClassified, team_id: str, name: str) -> DocumentClassified:
    """The event with one more entity: a hit on a team's own watchlist."""
    mention = EntityMention(
        text=name,
        canonical_name=name,
        list="watchlist",
        score=1.0,
        match_kind=MatchKind.EXACT,
        team_id=team_id,
    )
    return event.model_copy(update={"entities": [*event.entities, mention]})


async def store_event(api: Api, event: DocumentClassified, received_at: datetime | None = None) -> None:
    """Put an event into the history as the notifier's intake would."""
    async with api.app.state.api.sessions() as session:
        session.add(
            StoredEvent(
                event_id=event.event_id, payload=event.model_dump_json(), received_at=received_at or now()
            )
        )
        await session.commit()


async def store_delivery(
    api: Api, team_id: str, subscription_id: str, channel_id: str, event_id: str, status: str = "sent"
) -> str:
    """A ledger row, as the dispatcher would leave it."""
    async with api.app.state.api.sessions() as session:
        row = Delivery(
            subscription_id=subscription_id,
            event_id=event_id,
            channel_id=channel_id,
            team_id=team_id,
            status=status,
            attempts=1,
            last_error="slack answered 500" if status in ("retry", "failed") else None,
        )
        session.add(row)
        await session.commit()
        return row.id


@dataclass
class TeamObjects:
    """Ids of one of every object a team can own."""

    team_id: str
    headers: dict[str, str]
    channel_id: str
    subscription_id: str
    watchlist_id: str
    suppression_id: str
    key_id: str
    delivery_id: str


async def seed_team(api: Api, name: str, event: DocumentClassified) -> TeamObjects:
    """A team with a channel, a subscription, a watchlist entry, a suppression and a delivery."""
    client = api.client
    team_id, headers = await api.team(name)
    channel = await client.post(
        "/v1/channels",
        json={"kind": "slack_webhook", "name": "alerts", "config": {"url": WEBHOOK}},
        headers=headers,
    )
    assert channel.status_code == 201, channel.text
    channel_id = channel.json()["id"]
    sub = await client.post(
        "/v1/subscriptions",
        json={"name": "EL", "channel_id": channel_id, "filters": {"tags": ["entity_list.*"]}},
        headers=headers,
    )
    assert sub.status_code == 201, sub.text
    watch = await client.post("/v1/watchlist", json={"name": f"{name} Supplier Ltd"}, headers=headers)
    assert watch.status_code == 201, watch.text
    supp = await client.post("/v1/suppressions", json={"event_id": event.event_id}, headers=headers)
    assert supp.status_code == 201, supp.text
    [key] = (await client.get("/v1/keys", headers=headers)).json()
    delivery_id = await store_delivery(api, team_id, sub.json()["id"], channel_id, event.event_id)
    return TeamObjects(
        team_id=team_id,
        headers=headers,
        channel_id=channel_id,
        subscription_id=sub.json()["id"],
        watchlist_id=watch.json()["id"],
        suppression_id=supp.json()["id"],
        key_id=key["id"],
        delivery_id=delivery_id,
    )
