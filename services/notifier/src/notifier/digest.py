"""Digest timing (pure): when a digest subscription's current period ends and its message is due."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


class DigestSchedule(BaseModel):
    """Either every `interval_minutes`, or once a day at `daily_at` (HH:MM) in `timezone`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    interval_minutes: int | None = Field(default=None, ge=5, le=7 * 24 * 60)
    daily_at: time | None = None
    timezone: str = "UTC"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name like 'Europe/Berlin')") from None
        return value

    @model_validator(mode="after")
    def _one_kind(self) -> DigestSchedule:
        if (self.interval_minutes is None) == (self.daily_at is None):
            raise ValueError("give exactly one of interval_minutes or daily_at")
        return self

    @classmethod
    def from_column(cls, value: dict[str, Any] | None) -> DigestSchedule:
        """The stored schedule, or hourly when none is stored."""
        return cls.model_validate(value) if value else cls(interval_minutes=60)


def next_due(schedule: DigestSchedule, after: datetime) -> datetime:
    """The end of the period containing `after` (UTC): the moment its digest is sent."""
    after = after.astimezone(UTC)
    if schedule.interval_minutes is not None:
        # Periods are aligned to a fixed epoch so every replica and every restart agrees on them.
        step = timedelta(minutes=schedule.interval_minutes)
        periods = (after - EPOCH) // step + 1
        return EPOCH + periods * step
    assert schedule.daily_at is not None
    zone = ZoneInfo(schedule.timezone)
    local = after.astimezone(zone)
    for offset in range(3):
        day = local.date() + timedelta(days=offset)
        candidate = datetime.combine(day, schedule.daily_at, tzinfo=zone).astimezone(UTC)
        if candidate > after:
            return candidate
    raise AssertionError("a daily time always recurs within three days")
