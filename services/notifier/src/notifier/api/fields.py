"""Field types and conversions shared by the API's bodies (no control characters; UTC times)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Annotated

from pydantic import Field

# Control characters (NUL above all: PostgreSQL text cannot store it) are refused in every label.
_PRINTABLE = r"^[^\x00-\x1f\x7f]*$"

Label = Annotated[str, Field(max_length=200, pattern=_PRINTABLE)]
Name = Annotated[str, Field(min_length=1, max_length=300, pattern=_PRINTABLE)]
Note = Annotated[str, Field(max_length=2000, pattern=r"^[^\x00]*$")]
ObjectId = Annotated[str, Field(min_length=1, max_length=32, pattern=r"^[0-9a-f]+$")]


def aware(stamp: datetime) -> datetime:
    """A stored time as aware UTC (SQLite returns naive datetimes that are UTC by construction)."""
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)


def as_utc(stamp: datetime | date) -> datetime:
    """A query bound as aware UTC; naive values count as UTC, out-of-range ones are clamped."""
    if not isinstance(stamp, datetime):
        stamp = datetime.combine(stamp, time.min)
    if stamp.tzinfo is None:
        return stamp.replace(tzinfo=UTC)
    try:
        return stamp.astimezone(UTC)
    except OverflowError:
        return (datetime.min if stamp.year < 2 else datetime.max).replace(tzinfo=UTC)
