"""Send slots in the database (SQLite and PostgreSQL): replicas share them, none is handed out twice."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.db import make_engine, sessions
from notifier.delivery.pacing import Reservation, SharedSlots, SlotRequest, hold_key
from notifier.tables import PaceSlot

NOW = 1_000_000.0
ONE = SlotRequest(1, 1.0)


@pytest.fixture
async def replicas(database_url: str) -> AsyncIterator[list[async_sessionmaker[AsyncSession]]]:
    """Two session factories on separate engines: what two notifier processes hold."""
    engines = [make_engine(database_url), make_engine(database_url)]
    yield [sessions(e) for e in engines]
    for engine in engines:
        await engine.dispose()


async def _one(slots: SharedSlots, key: str, max_wait: float = 3.0) -> Reservation:
    return (await slots.reserve(None, {key: ONE}, max_wait))[key]


async def test_two_replicas_take_consecutive_slots_and_refuse_past_max_wait(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    taken = [await _one(slots, "slack:abc") for slots in (a, b, a, b)]
    assert taken == [Reservation(True, w) for w in (0.0, 1.0, 2.0, 3.0)]
    # The next slot is 4 s away: refused, and refusing reserves nothing.
    assert await _one(b, "slack:abc") == Reservation(False, 4.0)
    assert await a.wait("slack:abc") == 4.0
    # Another destination is independent.
    assert await _one(a, "email:def") == Reservation(True, 0.0)


async def test_one_round_reserves_several_slots_for_several_destinations(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    assert await _one(a, "slack:busy") == Reservation(True, 0.0)
    assert await _one(a, "slack:busy") == Reservation(True, 1.0)
    await a.hold("slack:held", 30.0)
    wanted = {
        "slack:busy": SlotRequest(3, 1.0),  # two slots taken already: these start 2 s out
        "slack:new": SlotRequest(2, 0.5),
        "slack:held": SlotRequest(1, 1.0),
        "email:fast": SlotRequest(4, 0.0),
    }
    assert await b.reserve(None, wanted, max_wait=5.0) == {
        "slack:busy": Reservation(True, 2.0),
        "slack:new": Reservation(True, 0.0),
        "slack:held": Reservation(False, 30.0),
        "email:fast": Reservation(True, 0.0),
    }
    assert [await a.wait(k) for k in ("slack:busy", "slack:new", "slack:held", "email:fast")] == [
        5.0,
        1.0,
        30.0,
        0.0,
    ]
    assert await b.reserve(None, {}, max_wait=5.0) == {}


async def test_concurrent_rounds_never_share_a_slot(replicas: list[async_sessionmaker[AsyncSession]]) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    wanted = {"slack:abc": SlotRequest(2, 1.0), "slack:xyz": SlotRequest(1, 1.0)}
    results = await asyncio.gather(*(s.reserve(None, wanted, max_wait=100.0) for s in [a, b] * 5))
    assert sorted(r["slack:abc"].wait for r in results) == [float(i) for i in range(0, 20, 2)]
    assert sorted(r["slack:xyz"].wait for r in results) == [float(i) for i in range(10)]
    async with replicas[0]() as session:
        rows = await session.execute(select(PaceSlot.key, PaceSlot.next_at))
        stored = {row.key: row.next_at for row in rows}
    assert stored == {"slack:abc": NOW + 20, "slack:xyz": NOW + 10}


async def test_a_hold_delays_every_replica_and_never_shortens_a_later_slot(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    await a.hold("slack:abc", 40.0)  # a 429 with Retry-After: 40 seen by replica a
    assert await _one(b, "slack:abc", max_wait=5.0) == Reservation(False, 40.0)
    await b.hold("slack:abc", 10.0)  # a shorter hold does not pull the slot forward
    assert await b.wait("slack:abc") == 40.0
    await b.hold("new:key", 5.0)
    assert await a.wait("new:key") == 5.0
    assert await a.wait("never:used") == 0.0


async def test_slots_reserved_in_a_claim_that_rolls_back_are_not_kept(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    slots = SharedSlots(replicas[0], clock=lambda: NOW)
    async with replicas[0]() as session:
        assert await slots.reserve(session, {"slack:abc": ONE}, 5.0) == {"slack:abc": Reservation(True, 0.0)}
        await session.rollback()  # e.g. the claim's own statement failed
    assert await slots.wait("slack:abc") == 0.0
    async with replicas[0]() as session:
        await slots.reserve(session, {"slack:abc": ONE}, 5.0)
        await session.commit()
    assert await slots.wait("slack:abc") == 1.0


async def test_a_hold_is_kept_apart_from_the_slots_reserved_ahead_of_it(
    replicas: list[async_sessionmaker[AsyncSession]],
) -> None:
    a, b = (SharedSlots(factory, clock=lambda: NOW) for factory in replicas)
    # Slots reserved ahead are not a hold: the sends given them may go.
    assert (await a.reserve(None, {"slack:abc": SlotRequest(3, 1.0)}, 5.0))["slack:abc"].granted
    assert await a.held("slack:abc") == 0.0
    await b.hold("slack:abc", 2.0)  # a 429 on the first of them, seen by the other replica
    assert await a.held("slack:abc") == 2.0  # the two reserved after it must not go out
    assert await a.wait("slack:abc") == 3.0  # and no new slot before the reserved ones are used up
    await a.hold("slack:abc", 1.0)  # a shorter hold does not shorten it
    assert await b.held("slack:abc") == 2.0
    assert await b.held("slack:xyz") == 0.0
    later = SharedSlots(replicas[0], clock=lambda: NOW + 2.5)
    assert await later.held("slack:abc") == 0.0
    # The hold's own row is never handed out as a slot.
    assert hold_key("slack:abc") != "slack:abc"
