"""Send slots in the database (SQLite and PostgreSQL): replicas share them, none is handed out twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.db import make_engine, sessions
from notifier.pacing import Reservation
from notifier.shared_pacing import SharedSlots
from notifier.tables import PaceSlot

NOW = 1_000_000.0


@pytest.fixture
async def replicas(database_url: str) -> AsyncIterator[list[async_sessionmaker[AsyncSession]]]:
    """Two session factories on separate engines: what two notifier processes hold."""
    engines = [make_engine(database_url), make_engine(database_url)]
    yield [sessions(e) for e in engines]
    for engine in engines:
        await engine.dispose()


async def test_two_replicas_take_consecutive_slots_and_refuse_past_max_wait(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    taken = [await slots.take("slack:abc", 1.0, max_wait=3.0) for slots in (a, b, a, b)]
    assert taken == [
        Reservation(True, 0.0),
        Reservation(True, 1.0),
        Reservation(True, 2.0),
        Reservation(True, 3.0),
    ]
    # The next slot is 4 s away: refused, and refusing reserves nothing.
    assert await b.take("slack:abc", 1.0, max_wait=3.0) == Reservation(False, 4.0)
    assert await a.wait("slack:abc") == 4.0
    # Another destination is independent.
    assert await a.take("email:def", 1.0, max_wait=3.0) == Reservation(True, 0.0)


async def test_concurrent_takes_never_share_a_slot(replicas: list[async_sessionmaker[AsyncSession]]) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    results = await asyncio.gather(*(s.take("slack:abc", 1.0, max_wait=100.0) for s in [a, b] * 10))
    assert sorted(r.wait for r in results) == [float(i) for i in range(20)]
    async with replicas[0]() as session:
        stored = (await session.execute(select(PaceSlot.next_at))).scalar_one()
    assert stored == NOW + 20


async def test_a_hold_delays_every_replica_and_never_shortens_a_later_slot(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    await a.hold("slack:abc", 40.0)  # a 429 with Retry-After: 40 seen by replica a
    assert await b.take("slack:abc", 1.0, max_wait=5.0) == Reservation(False, 40.0)
    await b.hold("slack:abc", 10.0)  # a shorter hold does not pull the slot forward
    assert await b.wait("slack:abc") == 40.0
    await b.hold("new:key", 5.0)
    assert await a.wait("new:key") == 5.0
    assert await a.wait("never:used") == 0.0
