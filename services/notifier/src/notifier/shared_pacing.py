"""Send slots kept in the database, so every notifier replica paces a destination together."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.pacing import Reservation
from notifier.tables import PaceSlot


def _upsert(session: AsyncSession) -> Any:
    # ON CONFLICT DO UPDATE is dialect-specific in SQLAlchemy; both dialects spell it the same way.
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(PaceSlot)
    return sqlite.insert(PaceSlot)


def _later(stamp: float) -> Any:
    """The stored next free time, or stamp when that is later (portable max())."""
    return case((PaceSlot.next_at > stamp, PaceSlot.next_at), else_=stamp)


@dataclass
class SharedSlots:
    """One row per destination (its pace key, a digest): the wall-clock time its next slot is free.

    A reservation is one conditional upsert, so two replicas never take the same slot. Wall-clock time,
    not monotonic: replicas on different hosts compare it (NTP skew is far below a 1 s interval).
    """

    sessions: async_sessionmaker[AsyncSession]
    clock: Callable[[], float] = time.time

    async def take(self, key: str, interval: float, max_wait: float) -> Reservation:
        """See pacing.Slots.take."""
        now = self.clock()
        async with self.sessions() as session:
            stmt = (
                _upsert(session)
                .values(key=key, next_at=now + interval)
                .on_conflict_do_update(
                    index_elements=["key"],
                    set_={"next_at": _later(now) + interval},
                    # Too far ahead: leave the slot to others and say how far (the row is not returned).
                    where=PaceSlot.next_at <= now + max_wait,
                )
                .returning(PaceSlot.next_at)
            )
            taken = (await session.execute(stmt)).scalar_one_or_none()
            if taken is None:
                free = (await session.execute(select(PaceSlot.next_at).where(PaceSlot.key == key))).scalar()
                await session.commit()
                return Reservation(granted=False, wait=max((free or now) - now, 0.0))
            await session.commit()
        return Reservation(granted=True, wait=max(taken - interval - now, 0.0))

    async def hold(self, key: str, seconds: float) -> None:
        """See pacing.Slots.hold."""
        until = self.clock() + seconds
        async with self.sessions() as session:
            await session.execute(
                _upsert(session)
                .values(key=key, next_at=until)
                .on_conflict_do_update(index_elements=["key"], set_={"next_at": _later(until)})
            )
            await session.commit()

    async def wait(self, key: str) -> float:
        """See pacing.Slots.wait."""
        now = self.clock()
        async with self.sessions() as session:
            free = (await session.execute(select(PaceSlot.next_at).where(PaceSlot.key == key))).scalar()
        return max((free or now) - now, 0.0)
