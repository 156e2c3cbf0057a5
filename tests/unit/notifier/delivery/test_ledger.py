"""The delivery ledger on SQLite and PostgreSQL: once per (subscription, event), claims, retries."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncEngine

from notifier.db import make_engine, sessions
from notifier.delivery import ledger
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import Route
from notifier.routing.routes import load_routes
from notifier.states import DeliveryStatus
from notifier.store import create_channel, create_subscription, create_team
from notifier.tables import Channel, Delivery
from schemas.events import DocumentClassified

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[3] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
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
        assert [r.subscription_id for r in await load_routes(session)] == [route.subscription_id]
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
        assert (row.status, row.sent_at is not None) == (DeliveryStatus.SENT, True)
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
        assert (row.status, row.last_error) == (DeliveryStatus.RETRY, "slack answered 503")
        await ledger.mark_failed(session, claimed.delivery_id, "gave up")
        await ledger.mark_channel_broken(session, route.channel_id, "channel_not_found")
        await session.refresh(row)
        assert row.status == DeliveryStatus.FAILED
        channel = (await session.execute(select(Channel))).scalar_one()
        assert (channel.status, channel.broken_reason) == ("broken", "channel_not_found")
    await engine.dispose()


def _numbered(n: int) -> DocumentClassified:
    number = f"2099-{n:05d}"
    doc = EVENT.document.model_copy(
        update={"event_id": f"federal_register:{number}", "document_number": number}
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id})


async def test_two_replicas_claiming_at_once_split_a_batch_without_overlap(database_url: str) -> None:
    engine, route = await _setup(database_url)
    factory = sessions(engine)
    async with factory() as session:
        for n in range(12):
            await ledger.record(session, _numbered(n), [route])
        await session.commit()

    async def claim() -> list[ledger.Claimed]:
        async with factory() as session:
            return await ledger.claim_due(session, limit=8, lease=timedelta(seconds=30))

    first, second = await asyncio.gather(claim(), claim())
    if database_url.startswith("postgresql"):
        # SKIP LOCKED: the second replica takes the rows the first one locked past, at once.
        assert len(first) + len(second) == 12
    # SQLite has one writer: the loser of the race finds its candidates taken; the next round gets them.
    taken = first + second + await claim() + await claim()
    ids = [c.delivery_id for c in taken]
    assert len(ids) == len(set(ids)) == 12
    assert all(c.attempts == 1 and not c.reclaimed for c in taken)
    assert {c.event.event_id for c in taken} == {_numbered(n).event_id for n in range(12)}
    async with factory() as session:
        statuses = (await session.execute(select(Delivery.status))).scalars().all()
        assert set(statuses) == {DeliveryStatus.SENDING}
    await engine.dispose()


async def test_one_batch_holds_due_rows_and_expired_leases_flagged_reclaimed(database_url: str) -> None:
    engine, route = await _setup(database_url)
    factory = sessions(engine)
    async with factory() as session:
        await ledger.record(session, _numbered(1), [route])
        await session.commit()
        [stranded] = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
        await ledger.record(session, _numbered(2), [route])
        await session.commit()
    async with factory() as session:
        batch = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=-1))
    by_id = {c.delivery_id: c for c in batch}
    assert len(batch) == 2
    assert (by_id[stranded.delivery_id].reclaimed, by_id[stranded.delivery_id].attempts) == (True, 2)
    [fresh] = [c for c in batch if c.delivery_id != stranded.delivery_id]
    assert (fresh.reclaimed, fresh.attempts, fresh.event.event_id) == (False, 1, _numbered(2).event_id)
    await engine.dispose()


async def test_sqlite_file_engines_wait_for_the_lock_and_use_wal(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'ledger.db'}")
    async with engine.connect() as conn:
        assert (await conn.execute(text("PRAGMA journal_mode"))).scalar_one() == "wal"
        assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar_one() == 30_000
    await engine.dispose()


async def test_recording_a_batch_keeps_the_first_of_each_event_and_document(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine, route = await _setup(database_url)
    # Small chunks, so the batch spans several INSERT statements.
    monkeypatch.setattr(ledger, "INSERT_CHUNK", 2)
    first, second = _numbered(1), _numbered(2)
    # The same document seen again under another event id (e.g. a replay) is no second alert.
    again = second.model_copy(update={"event_id": "federal_register:2099-00002:again"})
    batch = [(first, [route]), (second, [route]), (first, [route]), (again, [route]), (_numbered(3), [])]
    async with sessions(engine)() as session:
        assert await ledger.record_many(session, batch) == 2
        await session.commit()
        rows = (await session.execute(select(Delivery.event_id).order_by(Delivery.event_id))).scalars()
        assert list(rows) == [first.event_id, second.event_id]
        stored = (await session.execute(text("SELECT count(*) FROM events"))).scalar_one()
        assert stored == 4  # every distinct event is kept for the audit log, routed or not
    async with sessions(engine)() as session:
        assert await ledger.record_many(session, batch) == 0
        assert await ledger.record_many(session, []) == 0
    await engine.dispose()
