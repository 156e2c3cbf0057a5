"""The delivery ledger on SQLite and PostgreSQL: once per (subscription, event), claims, retries."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from notifier import ledger
from notifier.db import make_engine, sessions
from notifier.filters import SubscriptionFilter
from notifier.ledger import FAILED, RETRY, SENT
from notifier.matching import Route
from notifier.store import create_channel, create_subscription, create_team
from notifier.tables import Channel, Delivery
from schemas.events import DocumentClassified

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[2] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)


async def _setup(database_url: str) -> tuple[AsyncEngine, Route]:
    engine = make_engine(database_url)
    async with sessions(engine)() as session:
        team = await create_team(session, "acme")
        channel = await create_channel(session, team.id, "slack_webhook", {"url": "http://x/services/y"})
        sub = await create_subscription(
            session, team.id, channel.id, "EL", SubscriptionFilter(tags=["entity_list.*"])
        )
        await session.commit()
    return engine, Route(sub.id, team.id, channel.id, SubscriptionFilter(tags=["entity_list.*"]))


async def test_recording_twice_creates_one_row(database_url: str) -> None:
    engine, route = await _setup(database_url)
    factory = sessions(engine)
    async with factory() as session:
        assert await ledger.record(session, EVENT, [route]) == 1
        await session.commit()
    async with factory() as session:
        assert await ledger.record(session, EVENT, [route]) == 0
        await session.commit()
        assert (await session.execute(select(func.count()).select_from(Delivery))).scalar_one() == 1
        assert [r.subscription_id for r in await ledger.load_routes(session)] == [route.subscription_id]
    await engine.dispose()


async def test_claim_is_exclusive_and_leases_expire(database_url: str) -> None:
    engine, route = await _setup(database_url)
    factory = sessions(engine)
    async with factory() as session:
        await ledger.record(session, EVENT, [route])
        await session.commit()
    async with factory() as session:
        [claimed] = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
    assert claimed.attempts == 1
    assert claimed.event.event_id == EVENT.event_id
    async with factory() as session:
        # A second dispatcher sees nothing while the lease holds ...
        assert await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30)) == []
        # ... and takes over once it has expired (the first sender died mid-send).
        [again] = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=-1))
    assert again.attempts == 2
    async with factory() as session:
        await ledger.mark_sent(session, again.delivery_id)
        row = (await session.execute(select(Delivery))).scalar_one()
        assert (row.status, row.sent_at is not None) == (SENT, True)
        assert await ledger.claim_due(session, limit=10, lease=timedelta(seconds=-1)) == []
    await engine.dispose()


async def test_retry_waits_and_failure_is_final(database_url: str) -> None:
    engine, route = await _setup(database_url)
    factory = sessions(engine)
    async with factory() as session:
        await ledger.record(session, EVENT, [route])
        await session.commit()
        [claimed] = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
        await ledger.mark_retry(session, claimed.delivery_id, "slack answered 503", timedelta(hours=1))
        assert await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30)) == []
        row = (await session.execute(select(Delivery))).scalar_one()
        assert (row.status, row.last_error) == (RETRY, "slack answered 503")
        await ledger.mark_failed(session, claimed.delivery_id, "gave up")
        await ledger.mark_channel_broken(session, route.channel_id, "channel_not_found")
        await session.refresh(row)
        assert row.status == FAILED
        channel = (await session.execute(select(Channel))).scalar_one()
        assert (channel.status, channel.broken_reason) == ("broken", "channel_not_found")
    await engine.dispose()
