"""Percentiles, missing alerts and rate stepping used by the end-to-end benchmark."""

from __future__ import annotations

import math

import pytest

from devkit.latency import (
    highest_sustained,
    midway,
    percentile,
    rate_steps,
    stage_summaries,
    summarize,
)


def test_nearest_rank_percentiles() -> None:
    values = [float(v) for v in range(100, 0, -1)]  # 1..100, unsorted on purpose
    assert percentile(values, 50) == 50.0
    assert percentile(values, 95) == 95.0
    assert percentile(values, 99) == 99.0
    assert percentile(values, 100) == 100.0
    assert percentile([3.0], 1) == 3.0
    assert math.isnan(percentile([], 50))


def test_percentile_rejects_out_of_range() -> None:
    with pytest.raises(ValueError, match="percentile"):
        percentile([1.0], 0)


def test_missing_alerts_count_as_never_arriving() -> None:
    summary = summarize([0.1] * 98, expected=100)
    assert summary.lost == 2
    assert summary.p50 == 0.1
    assert summary.p99 == math.inf  # 2% missing: the 99th percentile is not met at any latency
    complete = summarize([0.1] * 99 + [0.5], expected=100, duplicates=1)
    assert complete.lost == 0
    assert complete.p99 == 0.1
    assert complete.max == 0.5
    assert complete.duplicates == 1


def test_more_latencies_than_expected_is_an_error() -> None:
    with pytest.raises(ValueError, match="expected"):
        summarize([0.1, 0.2], expected=1)


def test_rate_steps_go_up_or_down_to_the_limit() -> None:
    assert rate_steps(200, 2, 1600) == [200, 400, 800, 1600]
    assert rate_steps(100, 1.5, 300) == [100, 150, 225]
    assert rate_steps(71, 1 / 1.4, 25) == [71, 51, 36, 26]
    with pytest.raises(ValueError, match="factor"):
        rate_steps(100, 1, 1000)


def test_highest_sustained_is_the_top_of_the_passing_run_from_below() -> None:
    assert highest_sustained([(100, True), (200, True), (400, False), (800, True)]) == 200
    assert highest_sustained([(100, False), (71, False), (51, True)]) == 51  # stepping down
    assert highest_sustained([(100, False), (200, True)]) is None
    assert highest_sustained([(100, True), (200, True)]) == 200


def test_stage_summaries_use_only_events_stamped_at_both_ends() -> None:
    marks = {
        "a": {"publish": 0.0, "classified": 0.01, "received": 0.05},
        "b": {"publish": 1.0, "classified": 1.03, "received": 1.04},
        # Never classified: counts for no stage that needs that stamp.
        "c": {"publish": 2.0, "received": 2.5},
    }
    first, second = stage_summaries(marks, ["publish", "classified", "received"])
    assert (first.stage, first.events) == ("publish->classified", 2)
    assert first.p50 == pytest.approx(0.01)
    assert first.p99 == pytest.approx(0.03)
    assert (second.stage, second.events) == ("classified->received", 2)
    assert second.p50 == pytest.approx(0.01)
    assert second.p99 == pytest.approx(0.04)


def test_midway_splits_the_gap_between_the_last_pass_and_the_first_failure() -> None:
    assert midway([(100, True), (200, True), (400, False)]) == 283
    # Going down: 100 failed, 71 failed, 51 passed.
    assert midway([(100, False), (71, False), (51, True)]) == 60
    assert midway([(100, True), (200, True)]) is None  # nothing failed
    assert midway([(100, False), (71, False)]) is None  # nothing passed
    assert midway([(20, True), (21, False)]) is None  # no whole rate in between
