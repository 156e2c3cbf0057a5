"""Per-destination send pacing: at most one message per interval, and a hold after a 429."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


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
