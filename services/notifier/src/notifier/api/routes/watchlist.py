"""The team's watchlist: stored here and mirrored onto the compacted watchlist topic for the classifier."""

from __future__ import annotations

from typing import Annotated, Any

import structlog
from fastapi import APIRouter, HTTPException, Query, status

from notifier import store
from notifier.api import metrics
from notifier.api.caps import CAP_REACHED, require_room
from notifier.api.models import WatchlistIn, WatchlistOut
from notifier.api.publisher import PublishError, record_for
from notifier.api.state import NOT_FOUND, CallerDep, SessionDep, StateDep
from notifier.tables import WatchlistItem, now

router = APIRouter(tags=["watchlist"])
log = structlog.get_logger("exportwatch.api")
UNAVAILABLE: dict[int | str, dict[str, Any]] = {
    503: {"description": "Kafka did not acknowledge the change; nothing was saved, retry"}
}


async def _publish(state: StateDep, item: WatchlistItem) -> None:
    key, value = record_for(item)
    try:
        await state.publisher.publish(key, value)
    except PublishError as exc:
        metrics.WATCHLIST_PUBLISH_FAILURES.inc()
        log.warning("watchlist publish failed", team_id=item.team_id, entry_id=item.id, error=str(exc))
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE, "watchlist topic unavailable; retry", {"Retry-After": "5"}
        ) from None
    metrics.WATCHLIST_PUBLISHED.labels(kind="tombstone" if value is None else "entry").inc()


@router.get("/v1/watchlist", response_model=list[WatchlistOut])
async def list_watchlist(caller: CallerDep, session: SessionDep) -> list[WatchlistOut]:
    """The team's watchlist."""
    return [WatchlistOut.of(w) for w in await store.team_watchlist(session, caller.team_id)]


@router.post(
    "/v1/watchlist",
    status_code=status.HTTP_201_CREATED,
    response_model=WatchlistOut,
    responses=UNAVAILABLE | CAP_REACHED,
)
async def add_watchlist_entry(
    body: WatchlistIn, caller: CallerDep, session: SessionDep, state: StateDep
) -> WatchlistOut:
    """Add a name (and aliases); it is saved only once Kafka acknowledged it."""
    cap = state.settings.api_max_watchlist_entries_per_team
    await require_room(session, caller.team_id, "watchlist entries", cap)
    stamp = now()
    item = WatchlistItem(
        team_id=caller.team_id,
        name=body.name,
        aliases=list(body.aliases),
        note=body.note,
        created_at=stamp,
        updated_at=stamp,
    )
    session.add(item)
    await session.flush()
    # Publish before commit: a failed publish leaves nothing behind; a failed commit after a publish is
    # repaired at the next start, when every row is re-published (see app.republish_watchlist).
    await _publish(state, item)
    await session.commit()
    log.info("watchlist entry added", team_id=caller.team_id, entry_id=item.id)
    return WatchlistOut.of(item)


@router.get("/v1/watchlist/{entry_id}", response_model=WatchlistOut, responses=NOT_FOUND)
async def get_watchlist_entry(entry_id: str, caller: CallerDep, session: SessionDep) -> WatchlistOut:
    """One watchlist entry."""
    item = await store.team_watchlist_item(session, caller.team_id, entry_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such watchlist entry")
    return WatchlistOut.of(item)


@router.delete("/v1/watchlist", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND | UNAVAILABLE)
async def delete_watchlist_entry_by_query(
    entry_id: Annotated[str, Query(max_length=32)], caller: CallerDep, session: SessionDep, state: StateDep
) -> None:
    """`DELETE /v1/watchlist?entry_id=...`: the same as `DELETE /v1/watchlist/{entry_id}`."""
    await delete_watchlist_entry(entry_id, caller, session, state)


@router.delete(
    "/v1/watchlist/{entry_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=NOT_FOUND | UNAVAILABLE,
)
async def delete_watchlist_entry(
    entry_id: str, caller: CallerDep, session: SessionDep, state: StateDep
) -> None:
    """Remove a name: a tombstone goes to the topic, so every classifier forgets it."""
    item = await store.team_watchlist_item(session, caller.team_id, entry_id)
    if item is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such watchlist entry")
    item.deleted_at = item.updated_at = now()
    await _publish(state, item)
    await session.commit()
    log.info("watchlist entry deleted", team_id=caller.team_id, entry_id=entry_id)
