"""Latency percentiles and rate stepping for load runs (pure; used by bench/bench_e2e.py)."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise


def percentile(values: Sequence[float], q: float) -> float:
    """The nearest-rank q-th percentile (0 < q <= 100) of values; NaN when there are none."""
    if not 0 < q <= 100:
        raise ValueError(f"percentile must be in (0, 100], got {q}")
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(math.ceil(q / 100 * len(ordered)) - 1, 0)]


@dataclass(frozen=True)
class LatencySummary:
    """Percentiles of one run; an alert that never arrived counts as infinitely late."""

    expected: int
    delivered: int
    duplicates: int
    p50: float
    p95: float
    p99: float
    max: float

    @property
    def lost(self) -> int:
        """Expected alerts that did not arrive."""
        return self.expected - self.delivered


def summarize(latencies: Sequence[float], expected: int, duplicates: int = 0) -> LatencySummary:
    """Percentiles over expected alerts, the ones missing from latencies counted as never arriving."""
    if len(latencies) > expected:
        raise ValueError(f"{len(latencies)} latencies for {expected} expected alerts")
    padded = [*latencies, *([math.inf] * (expected - len(latencies)))]
    return LatencySummary(
        expected=expected,
        delivered=len(latencies),
        duplicates=duplicates,
        p50=percentile(padded, 50),
        p95=percentile(padded, 95),
        p99=percentile(padded, 99),
        max=max(padded, default=math.nan),
    )


def rate_steps(start: int, factor: float, limit: int) -> list[int]:
    """Rates start, start*factor, ... while within limit: up to it when factor > 1, down to it when < 1."""
    if start <= 0 or factor <= 0 or factor == 1:
        raise ValueError("start must be positive and factor positive and not 1")
    rising = factor > 1
    rates: list[int] = []
    rate = float(start)
    while (rate <= limit) if rising else (rate >= limit):
        rates.append(round(rate))
        rate *= factor
    return rates


def highest_sustained(outcomes: Iterable[tuple[int, bool]]) -> int | None:
    """The highest passing rate with no failing step at or below it; None if the lowest step failed."""
    best = None
    for rate, passed in sorted(outcomes):
        if not passed:
            break
        best = rate
    return best


def midway(outcomes: Iterable[tuple[int, bool]]) -> int | None:
    """The rate halfway (geometric mean) between the highest pass and the lowest failure above it.

    None when there is no such pair, or no whole rate strictly between them.
    """
    outcomes = list(outcomes)
    passed = [rate for rate, ok in outcomes if ok]
    if not passed:
        return None
    failed = [rate for rate, ok in outcomes if not ok and rate > max(passed)]
    if not failed:
        return None
    low, high = max(passed), min(failed)
    mid = round(math.sqrt(low * high))
    return mid if low < mid < high else None


@dataclass(frozen=True)
class StageSummary:
    """How long events spent between two consecutive checkpoints."""

    stage: str
    events: int
    p50: float
    p99: float


def stage_summaries(marks: dict[str, dict[str, float]], checkpoints: Sequence[str]) -> list[StageSummary]:
    """Per consecutive checkpoint pair, percentiles over the events stamped at both (marks: id -> stamps)."""
    out = []
    for start, end in pairwise(checkpoints):
        spans = [m[end] - m[start] for m in marks.values() if start in m and end in m]
        out.append(StageSummary(f"{start}->{end}", len(spans), percentile(spans, 50), percentile(spans, 99)))
    return out
