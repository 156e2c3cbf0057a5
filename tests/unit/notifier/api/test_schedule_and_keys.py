"""Digest schedules (next run across time zones and DST) and API key hashing."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from pydantic import ValidationError

from notifier.api import keys
from notifier.routing.schedule import DigestSchedule, next_due


def test_daily_digest_follows_local_time_across_dst() -> None:
    schedule = DigestSchedule(daily_at=time(8, 30), timezone="Europe/Berlin")
    # Winter: UTC+1; the day's 08:30 has passed at 09:00 UTC, so the next run is tomorrow 07:30 UTC.
    assert next_due(schedule, datetime(2026, 1, 10, 9, 0, tzinfo=UTC)) == datetime(
        2026, 1, 11, 7, 30, tzinfo=UTC
    )
    # Summer: UTC+2.
    assert next_due(schedule, datetime(2026, 7, 10, 5, 0, tzinfo=UTC)) == datetime(
        2026, 7, 10, 6, 30, tzinfo=UTC
    )


def test_interval_digest() -> None:
    schedule = DigestSchedule(every_minutes=90)
    assert next_due(schedule, datetime(2026, 1, 1, tzinfo=UTC)) == datetime(2026, 1, 1, 1, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    "values",
    [
        {},
        {"every_minutes": 60, "daily_at": "08:00"},
        {"daily_at": "08:00", "timezone": "Nowhere/Land"},
        {"every_minutes": 0},
        {"daily_at": "08:00+02:00"},
    ],
)
def test_bad_schedules_are_refused(values: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        DigestSchedule.model_validate(values)


def test_keys_are_stored_as_hashes_with_a_visible_prefix() -> None:
    new = keys.generate()
    assert new.secret.startswith(new.prefix + "_")
    assert new.secret not in new.digest
    assert keys.prefix_of(new.secret) == new.prefix
    assert keys.verify(new.secret, new.digest)
    assert not keys.verify(new.secret + "x", new.digest)
    assert keys.prefix_of("sk_live_123") is None
    assert keys.prefix_of("ew_short") is None
    assert keys.generate().secret != new.secret
