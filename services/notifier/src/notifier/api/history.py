"""The bounded history of classified events: recent reads for previews and search, and pruning."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.tables import Delivery, StoredEvent, now
from schemas.events import DocumentClassified

# Previews and searches decode at most this many of the newest events (the history's search window).
SCAN_LIMIT = 5000


async def recent_events(
    session: AsyncSession, since: datetime | None, scan_limit: int = SCAN_LIMIT
) -> list[tuple[datetime, DocumentClassified]]:
    """Stored events received at or after since, newest first, decoded (undecodable rows skipped)."""
    query = select(StoredEvent).order_by(StoredEvent.received_at.desc()).limit(scan_limit)
    if since is not None:
        query = query.where(StoredEvent.received_at >= since)
    found: list[tuple[datetime, DocumentClassified]] = []
    for row in (await session.execute(query)).scalars():
        try:
            found.append((row.received_at, DocumentClassified.model_validate_json(row.payload)))
        except ValueError:
            continue
    return found


async def stored_event(session: AsyncSession, event_id: str) -> DocumentClassified | None:
    """One stored event, decoded, or None."""
    if "\x00" in event_id:
        return None  # PostgreSQL refuses NUL bytes; no stored id contains one
    row = await session.get(StoredEvent, event_id)
    if row is None:
        return None
    try:
        return DocumentClassified.model_validate_json(row.payload)
    except ValueError:
        return None


async def latest_content_hashes(session: AsyncSession, event_ids: Sequence[str]) -> dict[str, str]:
    """The stored content_hash of each event id that is still in the history."""
    if not event_ids:
        return {}
    rows = await session.execute(select(StoredEvent).where(StoredEvent.event_id.in_(event_ids)))
    hashes: dict[str, str] = {}
    for row in rows.scalars():
        try:
            hashes[row.event_id] = DocumentClassified.model_validate_json(row.payload).document.content_hash
        except ValueError:
            continue
    return hashes


async def prune(session: AsyncSession, *, max_age: timedelta, max_events: int) -> int:
    """Delete events older than max_age or beyond the newest max_events, except those the ledger uses."""
    in_ledger = select(Delivery.event_id)
    cutoff = now() - max_age
    newest = (
        select(StoredEvent.received_at).order_by(StoredEvent.received_at.desc()).offset(max_events).limit(1)
    )
    boundary = (await session.execute(newest)).scalar_one_or_none()
    if boundary is not None:
        cutoff = max(_aware(cutoff), _aware(boundary))
    result = await session.execute(
        delete(StoredEvent)
        .where(StoredEvent.received_at <= cutoff, StoredEvent.event_id.not_in(in_ledger))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def _aware(stamp: datetime) -> datetime:
    # SQLite hands back naive datetimes; they are UTC by construction (tables.now()).
    return stamp if stamp.tzinfo is not None else stamp.replace(tzinfo=UTC)
