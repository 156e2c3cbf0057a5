"""Revisions in the ledger: a changed party list between stages is one more alert, once; the same, none."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from notifier.db import make_engine, sessions
from notifier.delivery import ledger
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import Route
from notifier.store import create_channel, create_subscription, create_team
from notifier.tables import Delivery
from schemas.events import DocumentClassified, Party, PartySource, SourceKind, Stage
from tests.unit.notifier.conftest import EVENT

EL = SubscriptionFilter(tags=["entity_list.*"])
BOTH = SubscriptionFilter(tags=["entity_list.*"], stages=[Stage.PUBLIC_INSPECTION, Stage.PUBLISHED])


def _party(name: str, country: str = "China") -> Party:
    return Party(name=name, destination=country.upper(), country=country, source=PartySource.GPO_TABLE)


LIST = [_party("Alpha Co., Ltd."), _party("Beta Inc.", "Canada")]
# The published rule drops Beta and adds Gamma; the Public Inspection PDF spelled Alpha differently.
CORRECTED = [_party("ALPHA CO LTD"), _party("Gamma LLC", "Iran")]


def _stage(stage: Stage, parties: list[Party] | None) -> DocumentClassified:
    pi = stage is Stage.PUBLIC_INSPECTION
    doc = EVENT.document.model_copy(
        update={
            "stage": stage,
            "source": SourceKind.PUBLIC_INSPECTION if pi else SourceKind.FEDERAL_REGISTER,
            "event_id": ("public_inspection:" if pi else "federal_register:") + "2020-15827",
        }
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id, "parties": parties})


async def _setup(database_url: str, *filters: SubscriptionFilter) -> tuple[AsyncEngine, list[Route]]:
    engine = make_engine(database_url)
    routes = []
    async with sessions(engine)() as session:
        team = await create_team(session, "acme")
        channel = await create_channel(session, team.id, "console", {})
        for i, f in enumerate(filters):
            sub = await create_subscription(session, team.id, channel.id, f"s{i}", f)
            routes.append(Route(sub.id, team.id, channel.id, f))
        await session.commit()
    return engine, routes


async def _record(engine: AsyncEngine, routes: Sequence[Route], *events: DocumentClassified) -> int:
    async with sessions(engine)() as session:
        created = await ledger.record_many(session, [(e, routes) for e in events])
        await session.commit()
    return created


async def _claim(engine: AsyncEngine) -> list[ledger.Claimed]:
    async with sessions(engine)() as session:
        return await ledger.claim_due(session, limit=50, lease=timedelta(seconds=30))


async def test_the_same_party_list_on_the_published_day_adds_nothing(database_url: str) -> None:
    engine, routes = await _setup(database_url, EL)
    assert await _record(engine, routes, _stage(Stage.PUBLIC_INSPECTION, LIST)) == 1
    # Spelled as the XML prints it, in another order: the same list.
    same = [_party("BETA INC", "Canada"), _party("Alpha Co.,Ltd.")]
    assert await _record(engine, routes, _stage(Stage.PUBLISHED, same)) == 0
    # A list not read on either side is no evidence of a change either.
    assert await _record(engine, routes, _stage(Stage.PUBLISHED, None)) == 0
    await engine.dispose()


async def test_a_changed_party_list_is_one_revision_naming_what_changed(database_url: str) -> None:
    engine, routes = await _setup(database_url, EL)
    pi, published = _stage(Stage.PUBLIC_INSPECTION, LIST), _stage(Stage.PUBLISHED, CORRECTED)
    assert await _record(engine, routes, pi) == 1
    [told] = await _claim(engine)
    assert told.revision is None
    assert told.team_id == routes[0].team_id
    assert await _record(engine, routes, published) == 1
    [revision] = await _claim(engine)
    assert revision.event.event_id == published.event_id
    assert revision.revision is not None
    assert [p.name for p in revision.revision.added] == ["Gamma LLC"]
    assert [p.name for p in revision.revision.removed] == ["Beta Inc."]
    # Only once: the published event again, or the filing again, adds nothing.
    assert await _record(engine, routes, published) == 0
    assert await _record(engine, routes, pi) == 0
    async with sessions(engine)() as session:
        rows = (await session.execute(select(Delivery).order_by(Delivery.created_at))).scalars().all()
    assert [r.revises_event_id for r in rows] == [None, pi.event_id]
    assert {r.document_key for r in rows} == {"document:2020-15827"}
    await engine.dispose()


async def test_both_stages_in_one_batch_still_make_the_revision(database_url: str) -> None:
    engine, routes = await _setup(database_url, EL)
    pi, published = _stage(Stage.PUBLIC_INSPECTION, LIST), _stage(Stage.PUBLISHED, CORRECTED)
    assert await _record(engine, routes, pi, published) == 2
    claimed = {c.event.event_id: c for c in await _claim(engine)}
    assert claimed[pi.event_id].revision is None
    revision = claimed[published.event_id].revision
    assert revision is not None
    assert revision.summary() == "1 added, 1 removed"
    assert await _record(engine, routes, pi, published) == 0
    await engine.dispose()


async def test_a_subscription_to_both_stages_gets_each_and_no_revision(database_url: str) -> None:
    engine, routes = await _setup(database_url, BOTH, EL)
    both, joined = routes
    pi, published = _stage(Stage.PUBLIC_INSPECTION, LIST), _stage(Stage.PUBLISHED, CORRECTED)
    # Both stages for `both`; the filing, then its revision, for `joined`.
    assert await _record(engine, routes, pi) == 2
    assert await _record(engine, routes, published) == 2
    claimed = await _claim(engine)
    assert sorted((c.subscription_id == both.subscription_id, c.revision is not None) for c in claimed) == [
        (False, False),
        (False, True),
        (True, False),
        (True, False),
    ]
    assert joined.subscription_id in {c.subscription_id for c in claimed if c.revision is not None}
    await engine.dispose()


async def test_a_filing_not_read_for_parties_never_makes_a_revision(database_url: str) -> None:
    engine, routes = await _setup(database_url, EL)
    assert await _record(engine, routes, _stage(Stage.PUBLIC_INSPECTION, None)) == 1
    assert await _record(engine, routes, _stage(Stage.PUBLISHED, CORRECTED)) == 0
    await engine.dispose()
