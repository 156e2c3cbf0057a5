"""Per-team caps on channels, subscriptions and watchlist entries: 409 naming the cap and its setting."""

from __future__ import annotations

import structlog
from fastapi import HTTPException, status
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.tables import Channel, Subscription, WatchlistItem

log = structlog.get_logger("exportwatch.api")

# What is counted (live rows only: soft-deleted ones free their place) and the setting that caps it.
CAPPED: dict[str, tuple[type[Channel] | type[Subscription] | type[WatchlistItem], str]] = {
    "channels": (Channel, "API_MAX_CHANNELS_PER_TEAM"),
    "subscriptions": (Subscription, "API_MAX_SUBSCRIPTIONS_PER_TEAM"),
    "watchlist entries": (WatchlistItem, "API_MAX_WATCHLIST_ENTRIES_PER_TEAM"),
}
CAP_REACHED: dict[int | str, dict[str, str]] = {
    409: {"description": "The team is at its cap for this object"}
}


async def require_room(session: AsyncSession, team_id: str, what: str, cap: int) -> None:
    """Raise 409 when the team already has cap live objects of this kind.

    Counted, then inserted: two concurrent creates may both pass at cap - 1. The cap bounds what one team
    can store and fan out, so one over is harmless; a lock per team would cost every create.
    """
    table, setting = CAPPED[what]
    live = await session.scalar(
        select(func.count()).select_from(table).where(table.team_id == team_id, table.deleted_at.is_(None))
    )
    if (live or 0) >= cap:
        log.info("create refused: team cap reached", team_id=team_id, what=what, cap=cap)
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"the team has {cap} {what}, the cap ({setting}): delete one first"
        )
