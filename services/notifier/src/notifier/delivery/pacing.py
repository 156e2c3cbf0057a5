"""Per-destination send pacing, kept in the database so every notifier replica paces it together."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.tables import PaceSlot

HOLD_PREFIX = "hold:"


@dataclass(frozen=True)
class Reservation:
    """A destination's slots: granted (the first is `wait` seconds away, the others one interval apart), or
    refused because the next free one is `wait` seconds away, more than the caller would wait."""

    granted: bool
    wait: float


@dataclass(frozen=True)
class SlotRequest:
    """How many consecutive slots one destination needs, and its interval between sends."""

    count: int
    interval: float


def _upsert(session: AsyncSession) -> Any:
    # ON CONFLICT DO UPDATE is dialect-specific in SQLAlchemy; both dialects spell it the same way.
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(PaceSlot)
    return sqlite.insert(PaceSlot)


def hold_key(key: str) -> str:
    """The row keeping key's Retry-After end, beside its slot row (never a slot itself)."""
    # A row of its own: the slot row cannot tell a hold from slots reserved ahead of it, and sends already
    # given one of those slots must still see a later 429 right before they go out.
    return HOLD_PREFIX + key


def _later(stamp: float) -> Any:
    """The stored next free time, or stamp when that is later (portable max())."""
    return case((PaceSlot.next_at > stamp, PaceSlot.next_at), else_=stamp)


@dataclass
class SharedSlots:
    """One row per destination (its pace key, a digest): the wall-clock time its next slot is free; and one
    per destination a receiver rate-limited (hold_key): when its Retry-After ends.

    A claim round's reservations are one conditional upsert, so two replicas never take the same slot.
    Wall-clock time, not monotonic: replicas on different hosts compare it (NTP skew is far below 1 s).
    """

    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], float] = time.time

    async def reserve(
        self, session: AsyncSession | None, wanted: Mapping[str, SlotRequest], max_wait: float
    ) -> dict[str, Reservation]:
        """Per key, its next `count` slots, unless the first is more than max_wait away (then none).

        One multi-row upsert for every destination of a claim round, within session's transaction (the
        dispatcher's claim: one commit per round), or in a transaction of its own when session is None.
        """
        if not wanted:
            return {}
        if session is None:
            async with self.sessions() as own:
                reserved = await self.reserve(own, wanted, max_wait)
                await own.commit()
            return reserved
        now = self.clock()
        keys = sorted(wanted)  # one lock order for every replica: concurrent rounds cannot deadlock
        stmt = _upsert(session).values(
            [{"key": k, "next_at": now + wanted[k].count * wanted[k].interval} for k in keys]
        )
        stmt = stmt.on_conflict_do_update(
            index_elements=["key"],
            # The proposed row carries now + count * interval: the same span, from the later of the two.
            set_={"next_at": _later(now) + (stmt.excluded.next_at - now)},
            # Too far ahead: the row is left alone and not returned.
            where=PaceSlot.next_at <= now + max_wait,
        ).returning(PaceSlot.key, PaceSlot.next_at)
        ends = {row.key: row.next_at for row in await session.execute(stmt)}
        refused = [k for k in keys if k not in ends]
        free = {}
        if refused:
            query = select(PaceSlot.key, PaceSlot.next_at).where(PaceSlot.key.in_(refused))
            free = {row.key: row.next_at for row in await session.execute(query)}
        out = {}
        for k in keys:
            if k in ends:
                first = ends[k] - wanted[k].count * wanted[k].interval
                out[k] = Reservation(granted=True, wait=max(first - now, 0.0))
            else:
                out[k] = Reservation(granted=False, wait=max(free.get(k, now) - now, 0.0))
        return out

    async def hold(self, key: str, seconds: float) -> None:
        """No slot for key, and no send to it, within the next seconds (the receiver said Retry-After)."""
        until = self.clock() + seconds
        async with self.sessions() as session:
            await session.execute(
                _upsert(session)
                .values([{"key": key, "next_at": until}, {"key": hold_key(key), "next_at": until}])
                .on_conflict_do_update(index_elements=["key"], set_={"next_at": _later(until)})
            )
            await session.commit()

    async def held(self, key: str) -> float:
        """Seconds until key's Retry-After hold ends (0 when not held): checked right before each send."""
        now = self.clock()
        async with self.sessions() as session:
            until = (
                await session.execute(select(PaceSlot.next_at).where(PaceSlot.key == hold_key(key)))
            ).scalar()
        return max((until or now) - now, 0.0)

    async def wait(self, key: str) -> float:
        """Seconds until key's next free slot (0 when free now)."""
        now = self.clock()
        async with self.sessions() as session:
            free = (await session.execute(select(PaceSlot.next_at).where(PaceSlot.key == key))).scalar()
        return max((free or now) - now, 0.0)
