"""Per-destination send pacing: at most one message per interval, and a hold after a 429."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol


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
    """A send slot: granted (send after `wait` seconds), or refused because the next free one is too far."""

    granted: bool
    wait: float


class Slots(Protocol):
    """Where send slots live: one process's memory, or the database every replica shares."""

    async def take(self, key: str, interval: float, max_wait: float) -> Reservation:
        """Reserve key's next slot unless it is more than max_wait away; the one after is interval later."""
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

    async def take(self, key: str, interval: float, max_wait: float) -> Reservation:
        """See Slots.take."""
        if (wait := self.pacer.wait(key)) > max_wait:
            return Reservation(granted=False, wait=wait)
        return Reservation(granted=True, wait=self.pacer.take(key, interval))

    async def hold(self, key: str, seconds: float) -> None:
        """See Slots.hold."""
        self.pacer.hold(key, seconds)

    async def wait(self, key: str) -> float:
        """See Slots.wait."""
        return self.pacer.wait(key)
