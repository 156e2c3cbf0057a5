"""Table cases for the Burrow-style partition status and the group's worst status."""

from __future__ import annotations

import pytest

from monitor.lag import (
    Sample,
    Status,
    Thresholds,
    Verdict,
    evaluate_partition,
    idle_since,
    in_window,
    lag_of,
    worst,
)

T = Thresholds(window_seconds=300, stall_seconds=60, stop_seconds=300, min_samples=3)


def series(*points: tuple[int | None, int]) -> list[Sample]:
    """Samples 10 s apart from t=1000: (committed, end) each; lag from a log starting at 0."""
    return [
        Sample(at=1000 + 10 * i, committed=c, end=e, lag=lag_of(c, 0, e)) for i, (c, e) in enumerate(points)
    ]


def idle_of(samples: list[Sample]) -> float | None:
    idle: float | None = None
    previous: Sample | None = None
    for s in samples:
        idle = idle_since(previous, idle, s)
        previous = s
    return idle


CASES = [
    # (name, samples as (committed, end), members, seconds after the last sample, expected status)
    ("caught up", [(10, 10), (20, 20), (30, 30)], 1, 0, Status.OK),
    ("lagging but keeping pace", [(5, 10), (15, 20), (25, 30)], 1, 0, Status.OK),
    ("lag shrinking", [(0, 30), (10, 30), (20, 30)], 1, 0, Status.OK),
    ("lag growing while consuming", [(5, 10), (10, 20), (15, 30)], 1, 0, Status.WARN),
    ("growth from zero lag is still healthy", [(10, 10), (15, 20), (20, 30)], 1, 0, Status.OK),
    ("growing but too few samples", [(5, 10), (10, 20)], 1, 0, Status.OK),
    ("lag flat then up counts as growing", [(5, 10), (10, 15), (12, 20)], 1, 0, Status.WARN),
    ("stuck offset, lag, members: stall", [(5, 10), (5, 10), (5, 12)], 2, 60, Status.STALL),
    ("stuck offset but not long enough", [(5, 10), (5, 10), (5, 10)], 2, 30, Status.OK),
    ("stuck for longer than stop", [(5, 10), (5, 10), (5, 10)], 2, 300, Status.STOP),
    ("empty group with lag stops at once", [(5, 10), (5, 12)], 0, 0, Status.STOP),
    ("empty group caught up is fine", [(10, 10), (10, 10)], 0, 0, Status.OK),
    ("never committed owes the whole log", [(None, 40)], 0, 0, Status.STOP),
    ("never committed, members present, growing", [(None, 10), (None, 20), (None, 30)], 1, 0, Status.WARN),
    ("offset rewound", [(20, 30), (10, 30), (15, 30)], 1, 0, Status.ERR),
    ("committed past the log end (recreated topic)", [(50, 10)], 1, 0, Status.ERR),
    ("unknown members: status from offsets only", [(5, 10), (5, 10)], None, 100, Status.STALL),
    ("stuck at zero lag is simply idle", [(10, 10), (10, 10), (10, 10)], 1, 1000, Status.OK),
]


@pytest.mark.parametrize(
    ("points", "members", "after", "expected"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_partition_status(
    points: list[tuple[int | None, int]], members: int | None, after: float, expected: Status
) -> None:
    samples = series(*points)
    now = samples[-1].at + after
    verdict = evaluate_partition(samples, idle_of(samples), members, now, T)
    assert verdict.status is expected, verdict
    assert (verdict.reason == "") == (expected is Status.OK)


def test_stall_clock_starts_when_work_arrives_not_when_offset_last_moved() -> None:
    # Caught up at offset 10 for an hour; a message arrives; the consumer has had seconds, not an hour.
    samples = [Sample(at=t, committed=10, end=10, lag=0) for t in (0.0, 1800.0, 3600.0)]
    samples.append(Sample(at=3610.0, committed=10, end=11, lag=1))
    assert evaluate_partition(samples, idle_of(samples), 1, 3615.0, T).status is Status.OK
    assert evaluate_partition(samples, idle_of(samples), 1, 3610.0 + 61, T).status is Status.STALL


def test_progress_resets_the_stall_clock() -> None:
    samples = series((5, 50), (5, 50), (5, 50), (6, 50))
    assert idle_of(samples) == samples[-1].at


def test_window_drops_old_samples() -> None:
    samples = series((1, 2), (2, 4), (3, 6))
    assert in_window(samples, now=1000 + 300 + 10, thresholds=T) == samples[1:]


@pytest.mark.parametrize(
    ("committed", "start", "end", "lag"),
    [(5, 0, 10, 5), (None, 3, 10, 7), (1, 4, 10, 6), (10, 0, 10, 0), (None, 0, 0, 0)],
)
def test_lag_counts_from_the_log_start_when_needed(
    committed: int | None, start: int, end: int, lag: int
) -> None:
    assert lag_of(committed, start, end) == lag


def test_worst_picks_the_most_severe_first_seen() -> None:
    verdicts = [Verdict(Status.WARN, "a"), Verdict(Status.STOP, "b"), Verdict(Status.STOP, "c")]
    assert worst(verdicts) == Verdict(Status.STOP, "b")
    assert worst([]) == Verdict(Status.OK)
    assert [s.severity for s in Status] == [0, 1, 2, 3, 4]
