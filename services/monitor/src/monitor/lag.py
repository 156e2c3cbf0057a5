"""Burrow-style consumer status: pure evaluation of one partition's recent offsets, and a group's worst."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import pairwise


class Status(StrEnum):
    """Health of a consumer group (or one of its partitions), best first."""

    OK = "OK"
    WARN = "WARN"
    STALL = "STALL"
    STOP = "STOP"
    ERR = "ERR"

    @property
    def severity(self) -> int:
        """Rank for picking the worst status: OK 0 … ERR 4."""
        return list(Status).index(self)


@dataclass(frozen=True, slots=True)
class Sample:
    """One observation of a partition: when, the group's committed offset (None: never committed), the lag."""

    at: float
    committed: int | None
    end: int
    lag: int


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a partition counts as growing, stalled or stopped (seconds)."""

    window_seconds: float = 300.0
    stall_seconds: float = 60.0
    stop_seconds: float = 300.0
    min_samples: int = 3


@dataclass(frozen=True, slots=True)
class Verdict:
    """A status with the one-line reason an operator reads on the dashboard."""

    status: Status
    reason: str = ""


def lag_of(committed: int | None, start: int, end: int) -> int:
    """Offsets waiting for the group; a partition never committed owes everything still in the log."""
    # Without a commit, the consumer has not read anything retained: counting from the log start keeps a
    # consumer that never got going from looking like zero lag.
    return max(0, end - (start if committed is None else max(committed, start)))


def idle_since(previous: Sample | None, previous_idle: float | None, sample: Sample) -> float | None:
    """Since when the committed offset has not moved while messages were waiting (None: not idle)."""
    if sample.lag == 0:
        return None
    if previous is None or previous_idle is None or previous.committed != sample.committed:
        return sample.at
    return previous_idle


def in_window(samples: Iterable[Sample], now: float, thresholds: Thresholds) -> list[Sample]:
    """The samples no older than the sliding window."""
    return [s for s in samples if s.at >= now - thresholds.window_seconds]


def evaluate_partition(
    window: Sequence[Sample], idle: float | None, members: int | None, now: float, thresholds: Thresholds
) -> Verdict:
    """Status of one partition from its samples in the window (oldest first) and how long it has been idle."""
    if not window:
        return Verdict(Status.OK, "no data yet")
    last = window[-1]
    if last.committed is not None and last.committed > last.end:
        return Verdict(Status.ERR, f"committed offset {last.committed} is past the log end {last.end}")
    offsets = [s.committed for s in window if s.committed is not None]
    for before, after in pairwise(offsets):
        if after < before:
            return Verdict(Status.ERR, f"committed offset rewound from {before} to {after}")
    if last.lag == 0:
        return Verdict(Status.OK)
    idle_for = 0.0 if idle is None else now - idle
    if members == 0:
        return Verdict(Status.STOP, f"no consumer in the group; {last.lag} messages waiting")
    if idle_for >= thresholds.stop_seconds:
        return Verdict(Status.STOP, f"no progress for {idle_for:.0f}s with {last.lag} messages waiting")
    if idle_for >= thresholds.stall_seconds:
        return Verdict(Status.STALL, f"offset stuck at {last.committed} for {idle_for:.0f}s, lag {last.lag}")
    lags = [s.lag for s in window]
    # As in Burrow, a window that touched zero lag is healthy: the consumer keeps catching up.
    growing = lags[0] > 0 and all(b >= a for a, b in pairwise(lags)) and lags[-1] > lags[0]
    if len(window) >= thresholds.min_samples and growing:
        return Verdict(Status.WARN, f"lag grew from {lags[0]} to {lags[-1]} over the window")
    return Verdict(Status.OK)


def worst(verdicts: Iterable[Verdict]) -> Verdict:
    """The most severe verdict (the first of equals); OK when there is none."""
    result = Verdict(Status.OK)
    for verdict in verdicts:
        if verdict.status.severity > result.status.severity:
            result = verdict
    return result
