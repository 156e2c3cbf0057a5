"""Routing on SQLite and PostgreSQL: the cached RouteIndex follows subscription changes, suppressions and
other teams' watchlist hits are honoured (neither matched, shown nor raising severity), deleted subscriptions
are not sent."""

from __future__ import annotations

import io
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier import store
from notifier.alert import Alert
from notifier.channels import build_channels
from notifier.channels.kind import ChannelDeps
from notifier.db import make_engine, sessions
from notifier.delivery import ledger
from notifier.delivery.dispatcher import Dispatcher
from notifier.metrics import NotifierMetrics
from notifier.render.email import Envelope, build_message
from notifier.render.slack import render_slack
from notifier.render.text import render_text
from notifier.routing import routes
from notifier.routing.documents import document_key
from notifier.routing.filters import SubscriptionFilter
from notifier.states import DeliveryStatus
from notifier.tables import Channel, Delivery, Subscription, Suppression, now
from schemas.events import DocumentClassified, EntityMention, MatchKind, Severity
from tests.unit.notifier.conftest import EVENT, event_variant

EL = SubscriptionFilter(tags=["entity_list.*"])
SANCTIONS = SubscriptionFilter(tags=["sanctions.*"])


@dataclass
class Db:
    """A database with two teams, each with a console channel."""

    factory: async_sessionmaker[AsyncSession]
    teams: dict[str, str]
    channels: dict[str, str]

    async def subscribe(self, team: str, f: SubscriptionFilter, name: str = "s") -> str:
        async with self.factory() as session:
            sub = await store.create_subscription(session, self.teams[team], self.channels[team], name, f)
            await session.commit()
            return sub.id

    async def routed(self, cache: routes.RouteCache, event: DocumentClassified) -> routes.Routed:
        async with self.factory() as session:
            return await routes.route(session, await cache.refresh(session), event)

    async def clear(self, team: str, event: DocumentClassified) -> None:
        """The team cleared this content of the event's document (a suppression, as the API stores it)."""
        async with self.factory() as session:
            session.add(
                Suppression(
                    team_id=self.teams[team],
                    event_id=event.event_id,
                    document_key=document_key(event),
                    content_hash=event.document.content_hash,
                )
            )
            await session.commit()

    async def set_subscription(self, subscription_id: str, **values: object) -> None:
        async with self.factory() as session:
            await session.execute(
                update(Subscription).where(Subscription.id == subscription_id).values(**values)
            )
            await session.commit()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[Db]:
    engine = make_engine(database_url)
    factory = sessions(engine)
    teams, channels = {}, {}
    async with factory() as session:
        for name in ("acme", "globex"):
            team = await store.create_team(session, name)
            channel = await store.create_channel(session, team.id, "console", {})
            teams[name], channels[name] = team.id, channel.id
        await session.commit()
    yield Db(factory, teams, channels)
    await engine.dispose()


def _ids(routed: routes.Routed) -> list[str]:
    return [r.subscription_id for r in routed.routes]


async def test_the_route_cache_rebuilds_only_when_subscriptions_change(db: Db) -> None:
    cache = routes.RouteCache()
    first = await db.subscribe("acme", EL)
    assert _ids(await db.routed(cache, EVENT)) == [first]
    assert _ids(await db.routed(cache, EVENT)) == [first]
    assert cache.rebuilds == 1, "an unchanged table is not reloaded"

    second = await db.subscribe("globex", EL)
    assert sorted(_ids(await db.routed(cache, EVENT))) == sorted([first, second])
    assert cache.rebuilds == 2

    # A PATCH through the API stamps updated_at.
    await db.set_subscription(first, filters=SANCTIONS.model_dump(mode="json"), updated_at=now())
    assert _ids(await db.routed(cache, EVENT)) == [second]
    # A soft delete (enabled cleared, deleted_at stamped).
    async with db.factory() as session:
        row = await session.get(Subscription, second)
        assert row is not None
        store.soft_delete_subscription(row)
        await session.commit()
    assert _ids(await db.routed(cache, EVENT)) == []
    assert cache.rebuilds == 4


async def test_a_deleted_channel_gets_no_rows(db: Db) -> None:
    sub = await db.subscribe("acme", EL)
    async with db.factory() as session:
        await session.execute(
            update(Channel).where(Channel.id == db.channels["acme"]).values(deleted_at=now())
        )
        await session.execute(update(Subscription).where(Subscription.id == sub).values(updated_at=now()))
        await session.commit()
    assert _ids(await db.routed(routes.RouteCache(), EVENT)) == []


async def test_a_cleared_document_is_quiet_for_that_team_until_it_changes(db: Db) -> None:
    acme = await db.subscribe("acme", EL)
    globex = await db.subscribe("globex", EL)
    await db.clear("acme", EVENT)
    cache = routes.RouteCache()
    routed = await db.routed(cache, EVENT)
    assert (_ids(routed), routed.suppressed) == ([globex], 1)
    changed = event_variant(event_id="federal_register:2020-15827:r2", content_hash="sha256:" + "1" * 64)
    assert sorted(_ids(await db.routed(cache, changed))) == sorted([acme, globex])


async def test_another_teams_watchlist_hit_neither_matches_nor_shows(db: Db) -> None:
    hit = EntityMention(
        text="Widget Corp",
        canonical_name="Widget Corp",
        list="watchlist",
        score=1.0,
        match_kind=MatchKind.EXACT,
        team_id=db.teams["acme"],
    )
    event = EVENT.model_copy(update={"entities": [*EVENT.entities, hit]})
    widget = SubscriptionFilter(entities=["Widget Corp"])
    acme_widget = await db.subscribe("acme", widget, "widget")
    await db.subscribe("globex", widget, "widget")
    globex_el = await db.subscribe("globex", EL, "el")

    routed = await db.routed(routes.RouteCache(), event)
    assert sorted(_ids(routed)) == sorted([acme_widget, globex_el])
    async with db.factory() as session:
        assert await ledger.record(session, event, routed.routes) == 2
        await session.commit()
        claimed = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
    shown = {c.subscription_id: {m.canonical_name for m in c.event.entities} for c in claimed}
    assert "Widget Corp" in shown[acme_widget]
    assert "Widget Corp" not in shown[globex_el]
    assert shown[globex_el] == {m.canonical_name for m in EVENT.entities}


async def test_another_teams_watchlist_hit_neither_raises_the_severity_nor_shows_in_messages(db: Db) -> None:
    hit = EntityMention(
        text="Widget Corp",
        canonical_name="Widget Corp",
        list="watchlist",
        score=1.0,
        match_kind=MatchKind.EXACT,
        team_id=db.teams["acme"],
    )
    # As a classifier before the per-team rule published it: raised by, and naming, acme's watchlist.
    event = EVENT.model_copy(
        update={
            "entities": [*EVENT.entities, hit],
            "severity": Severity.CRITICAL,
            "severity_reason": "listing change naming watched entities: Widget Corp",
        }
    )
    critical = SubscriptionFilter(min_severity=Severity.CRITICAL)
    acme_critical = await db.subscribe("acme", critical, "critical")
    await db.subscribe("globex", critical, "critical")
    globex_el = await db.subscribe("globex", EL, "el")

    routed = await db.routed(routes.RouteCache(), event)
    assert sorted(_ids(routed)) == sorted([acme_critical, globex_el])
    async with db.factory() as session:
        assert await ledger.record(session, event, routed.routes) == 2
        await session.commit()
        claimed = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
    envelope = Envelope("alerts@x.test", ("a@x.test",))
    rendered = {}
    for c in claimed:
        alert = Alert(c.subscription_id, c.subscription_name, (c.event,))
        email = build_message(alert, envelope).as_string()
        rendered[c.subscription_id] = json.dumps(render_slack(alert)) + render_text(c.event) + email
    assert "CRITICAL" in rendered[acme_critical]
    assert "Widget Corp" in rendered[acme_critical]
    assert "HIGH" in rendered[globex_el]
    assert "CRITICAL" not in rendered[globex_el]
    assert "Widget Corp" not in rendered[globex_el]


async def test_rows_of_a_deleted_subscription_are_cancelled_not_sent(db: Db) -> None:
    sub = await db.subscribe("acme", EL)
    async with db.factory() as session:
        await ledger.record(session, EVENT, (await db.routed(routes.RouteCache(), EVENT)).routes)
        await session.commit()
    await db.set_subscription(sub, enabled=False, deleted_at=now(), updated_at=now())
    console = io.StringIO()
    metrics = NotifierMetrics()
    async with httpx.AsyncClient() as http:
        channels = build_channels(ChannelDeps(http=http, console=console))
        assert await Dispatcher(db.factory, channels, metrics=metrics).drain() == 1
    async with db.factory() as session:
        row = (await session.execute(select(Delivery))).scalar_one()
    assert (row.status, row.last_error) == (DeliveryStatus.FAILED, "subscription deleted before sending")
    assert console.getvalue() == ""
    sample = metrics.registry.get_sample_value
    assert sample("notifier_deliveries_total", {"kind": "console", "outcome": "cancelled"}) == 1
    assert (sample("notifier_failed_deliveries_total", {"kind": "console"}) or 0) == 0


async def test_a_batch_is_routed_as_each_event_alone_with_its_own_clearances(db: Db) -> None:
    acme = await db.subscribe("acme", EL)
    globex = await db.subscribe("globex", EL)
    other = event_variant(event_id="federal_register:2099-00009", document_number="2099-00009")
    # acme cleared EVENT only; the other document in the same batch still reaches both teams.
    await db.clear("acme", EVENT)
    async with db.factory() as session:
        index = await routes.RouteCache().refresh(session)
        batch = await routes.route_many(session, index, [EVENT, other, EVENT])
        alone = [await routes.route(session, index, e) for e in (EVENT, other, EVENT)]
        assert await routes.route_many(session, index, []) == []
    assert [(sorted(_ids(r)), r.suppressed) for r in batch] == [
        ([globex], 1),
        (sorted([acme, globex]), 0),
        ([globex], 1),
    ]
    assert batch == alone
