"""Digest schedules (pure): every N minutes, or daily at a local time in an IANA time zone, and when each
period's digest is due."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

# Interval periods are aligned to this fixed moment so every replica and every restart agrees on them.
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
# What a digest subscription stored without a schedule (or with an unreadable one) gets.
HOURLY: dict[str, Any] = {"every_minutes": 60}


class DigestSchedule(BaseModel):
    """When a digest subscription's batch goes out: exactly one of every_minutes or daily_at."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    every_minutes: int | None = Field(default=None, ge=5, le=7 * 24 * 60, description="interval digests")
    daily_at: time | None = Field(default=None, description="local time of a daily digest, e.g. 08:30")
    timezone: str = Field(default="UTC", max_length=64, description="IANA zone for daily_at")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            # OSError: a zone *directory* such as 'America' raises IsADirectoryError, not "not found".
            raise ValueError("unknown IANA time zone (e.g. 'Europe/Berlin', 'America/New_York')") from None
        return value

    @model_validator(mode="after")
    def _one_rule(self) -> DigestSchedule:
        if (self.every_minutes is None) == (self.daily_at is None):
            raise ValueError("give exactly one of every_minutes or daily_at")
        if self.daily_at is not None and self.daily_at.tzinfo is not None:
            raise ValueError("daily_at is a local time; name the zone in timezone")
        return self

    @classmethod
    def from_column(cls, value: dict[str, Any] | None) -> DigestSchedule:
        """The stored schedule (subscriptions.schedule), or hourly when none is stored."""
        return cls.model_validate(value or HOURLY)


def next_due(schedule: DigestSchedule, after: datetime) -> datetime:
    """The end of the period containing `after` (aware, UTC): the moment that period's digest is sent."""
    after = after.astimezone(UTC)
    if schedule.every_minutes is not None:
        step = timedelta(minutes=schedule.every_minutes)
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
