"""Digest schedules: fixed interval boundaries, local daily times across DST, validation."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from pydantic import ValidationError

from notifier.routing.schedule import DigestSchedule, next_due


def test_interval_digests_end_on_fixed_boundaries() -> None:
    hourly = DigestSchedule(every_minutes=60)
    assert next_due(hourly, datetime(2026, 3, 1, 9, 15, tzinfo=UTC)) == datetime(2026, 3, 1, 10, tzinfo=UTC)
    # Exactly on a boundary belongs to the next period (the boundary's digest is being sent).
    assert next_due(hourly, datetime(2026, 3, 1, 10, tzinfo=UTC)) == datetime(2026, 3, 1, 11, tzinfo=UTC)


def test_daily_digests_follow_the_local_clock_across_dst() -> None:
    berlin = DigestSchedule(daily_at=time(8, 0), timezone="Europe/Berlin")
    # Winter: 08:00 in Berlin is 07:00 UTC; summer (after 29 March 2026): 06:00 UTC.
    assert next_due(berlin, datetime(2026, 3, 28, 7, 30, tzinfo=UTC)) == datetime(2026, 3, 29, 6, tzinfo=UTC)
    assert next_due(berlin, datetime(2026, 3, 28, 6, 30, tzinfo=UTC)) == datetime(2026, 3, 28, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"every_minutes": 60, "daily_at": "08:00"},
        {"every_minutes": 1},
        {"daily_at": "08:00", "timezone": "Mars/Base"},
    ],
)
def test_bad_schedules_are_rejected(value: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        DigestSchedule.model_validate(value)


def test_no_stored_schedule_means_hourly() -> None:
    assert DigestSchedule.from_column(None) == DigestSchedule(every_minutes=60)
