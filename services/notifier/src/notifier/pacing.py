"""Per-destination send pacing: at most one message per interval, and a hold after a 429."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession


@dataclass
class Pacer:
    """Hands out send slots per key (a channel); the clock is injectable so tests need no sleeping."""

    clock: Callable[[], float] = time.monotonic
    _next: dict[str, float] = field(default_factory=dict)

    def wait(self, key: str) -> float:
        """Seconds until key's next free slot (0 when free now)."""
        return max(self._next.get(key, 0.0) - self.clock(), 0.0)

    def take(self, key: str, interval: float) -> float:
        """Reserve key's next slot; return how long to wait for it. The following slot is interval later."""
        now = self.clock()
        start = max(self._next.get(key, 0.0), now)
        self._next[key] = start + interval
        return start - now

    def hold(self, key: str, seconds: float) -> None:
        """The receiver said wait (Retry-After): no slot for key before then."""
        self._next[key] = max(self._next.get(key, 0.0), self.clock() + seconds)


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


class Slots(Protocol):
    """Where send slots live: one process's memory, or the database every replica shares."""

    async def reserve(
        self, session: AsyncSession | None, wanted: Mapping[str, SlotRequest], max_wait: float
    ) -> dict[str, Reservation]:
        """Per key, its next `count` slots, unless the first is more than max_wait away (then none).

        Within session's transaction when one is given (the dispatcher's claim: one commit per round),
        else in a transaction of its own.
        """
        ...

    async def hold(self, key: str, seconds: float) -> None:
        """No slot for key within the next seconds (the receiver said Retry-After)."""
        ...

    async def wait(self, key: str) -> float:
        """Seconds until key's next free slot (0 when free now)."""
        ...


@dataclass
class MemorySlots:
    """Slots in this process only: for a single notifier, and for tests that drive the clock."""

    pacer: Pacer = field(default_factory=Pacer)

    async def reserve(
        self, session: AsyncSession | None, wanted: Mapping[str, SlotRequest], max_wait: float
    ) -> dict[str, Reservation]:
        """See Slots.reserve (no database: session is not used)."""
        out = {}
        for key, request in wanted.items():
            if (wait := self.pacer.wait(key)) > max_wait:
                out[key] = Reservation(granted=False, wait=wait)
                continue
            out[key] = Reservation(granted=True, wait=self.pacer.take(key, request.interval))
            for _ in range(request.count - 1):
                self.pacer.take(key, request.interval)
        return out

    async def hold(self, key: str, seconds: float) -> None:
        """See Slots.hold."""
        self.pacer.hold(key, seconds)

    async def wait(self, key: str) -> float:
        """See Slots.wait."""
        return self.pacer.wait(key)
