"""Digest schedules: every N minutes, or daily at a local time in an IANA time zone (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator


class DigestSchedule(BaseModel):
    """When a digest subscription's batch goes out: exactly one of every_minutes or daily_at."""

    model_config = ConfigDict(extra="forbid")

    every_minutes: int | None = Field(default=None, ge=5, le=7 * 24 * 60, description="interval digests")
    daily_at: time | None = Field(default=None, description="local time of a daily digest, e.g. 08:30")
    timezone: str = Field(default="UTC", max_length=64, description="IANA zone for daily_at")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("unknown IANA time zone (e.g. 'Europe/Berlin', 'America/New_York')") from None
        return value

    @model_validator(mode="after")
    def _one_rule(self) -> DigestSchedule:
        if (self.every_minutes is None) == (self.daily_at is None):
            raise ValueError("give exactly one of every_minutes or daily_at")
        if self.daily_at is not None and self.daily_at.tzinfo is not None:
            raise ValueError("daily_at is a local time; name the zone in timezone")
        return self


def next_run(schedule: DigestSchedule, after: datetime) -> datetime:
    """The first digest time strictly after `after` (aware, UTC)."""
    after = after.astimezone(UTC)
    if schedule.every_minutes is not None:
        return after + timedelta(minutes=schedule.every_minutes)
    assert schedule.daily_at is not None
    zone = ZoneInfo(schedule.timezone)
    local = after.astimezone(zone)
    candidate = datetime.combine(local.date(), schedule.daily_at, tzinfo=zone)
    while candidate.astimezone(UTC) <= after:
        candidate = datetime.combine(candidate.date() + timedelta(days=1), schedule.daily_at, tzinfo=zone)
    return candidate.astimezone(UTC)
