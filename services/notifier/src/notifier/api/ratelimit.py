"""Per-key request limits: a token bucket per API key (pure; the clock is passed in)."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class RateLimiter:
    """Allows `per_minute` requests per key on average, with bursts up to the same number."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.capacity = float(per_minute)
        self.rate = per_minute / 60.0
        self.clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}

    def hit(self, key: str) -> int | None:
        """Take one request for key: None when allowed, else whole seconds to wait (for Retry-After)."""
        stamp = self.clock()
        tokens, last = self._buckets.get(key, (self.capacity, stamp))
        tokens = min(self.capacity, tokens + (stamp - last) * self.rate)
        if tokens >= 1.0:
            self._buckets[key] = (tokens - 1.0, stamp)
            return None
        self._buckets[key] = (tokens, stamp)
        return max(1, math.ceil((1.0 - tokens) / self.rate))
