"""The one retry rule: exponential backoff with full jitter, bounded attempts, Retry-After honoured."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class RetryPolicy:
    """Backoff parameters; attempts counts sends already made."""

    base_seconds: float = 1.0
    cap_seconds: float = 300.0
    max_attempts: int = 8

    def exhausted(self, attempts: int) -> bool:
        """Whether no attempt is left after `attempts` sends."""
        return attempts >= self.max_attempts

    def delay(
        self, attempts: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> timedelta:
        """How long to wait before the next attempt (never less than the receiver's Retry-After)."""
        ceiling = min(self.cap_seconds, self.base_seconds * 2 ** max(attempts - 1, 0))
        wait = (rng or random).uniform(ceiling / 2, ceiling)
        return timedelta(seconds=max(wait, retry_after or 0.0))
