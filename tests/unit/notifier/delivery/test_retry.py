"""The single retry rule."""

from __future__ import annotations

import random
from datetime import timedelta

from notifier.delivery.retry import RetryPolicy


def test_backoff_grows_and_is_capped() -> None:
    policy = RetryPolicy(base_seconds=1, cap_seconds=60, max_attempts=10)
    rng = random.Random(7)
    delays = [policy.delay(n, rng=rng).total_seconds() for n in range(1, 10)]
    for attempt, delay in enumerate(delays, start=1):
        ceiling = min(60, 2 ** (attempt - 1))
        assert ceiling / 2 <= delay <= ceiling
    assert max(delays) <= 60


def test_retry_after_is_a_floor() -> None:
    assert RetryPolicy(base_seconds=1).delay(1, retry_after=30) >= timedelta(seconds=30)


def test_exhaustion() -> None:
    policy = RetryPolicy(max_attempts=3)
    assert not policy.exhausted(2)
    assert policy.exhausted(3)
