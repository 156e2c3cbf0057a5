"""Suppressions: a team clears a document and hears nothing more about it until its content changes."""

from __future__ import annotations

import structlog
from fastapi import APIRouter, HTTPException, status

from notifier import store
from notifier.api import history
from notifier.api.errors import field_error
from notifier.api.fields import aware
from notifier.api.models import SuppressionIn, SuppressionOut
from notifier.api.state import NOT_FOUND, CallerDep, SessionDep
from notifier.routing.documents import document_key
from notifier.tables import Suppression

router = APIRouter(tags=["suppressions"])
log = structlog.get_logger("exportwatch.api")


def _out(row: Suppression, current: dict[str, str]) -> SuppressionOut:
    return SuppressionOut(
        id=row.id,
        event_id=row.event_id,
        document_key=row.document_key,
        content_hash=row.content_hash,
        subscription_id=row.subscription_id,
        note=row.note,
        created_at=aware(row.created_at),
        active=current.get(row.event_id, row.content_hash) == row.content_hash,
    )


@router.post("/v1/suppressions", status_code=status.HTTP_201_CREATED, response_model=SuppressionOut)
async def create_suppression(body: SuppressionIn, caller: CallerDep, session: SessionDep) -> SuppressionOut:
    """Clear a stored event's document (for the team, or for one subscription) at its current content."""
    event = await history.stored_event(session, body.event_id)
    if event is None:
        raise field_error(("body", "event_id"), "no such event in the stored history")
    if body.subscription_id is not None and (
        await store.team_subscription(session, caller.team_id, body.subscription_id) is None
    ):
        raise field_error(("body", "subscription_id"), "no such subscription for this team")
    row = Suppression(
        team_id=caller.team_id,
        subscription_id=body.subscription_id,
        event_id=event.event_id,
        document_key=document_key(event),
        content_hash=event.document.content_hash,
        note=body.note,
    )
    session.add(row)
    await session.commit()
    log.info("suppression created", team_id=caller.team_id, suppression_id=row.id)
    return _out(row, {})


@router.get("/v1/suppressions", response_model=list[SuppressionOut])
async def list_suppressions(caller: CallerDep, session: SessionDep) -> list[SuppressionOut]:
    """The team's suppressions; `active` turns false once the document changed."""
    rows = await store.team_suppressions(session, caller.team_id)
    current = await history.latest_content_hashes(session, sorted({r.event_id for r in rows}))
    return [_out(r, current) for r in rows]


@router.delete(
    "/v1/suppressions/{suppression_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND
)
async def delete_suppression(suppression_id: str, caller: CallerDep, session: SessionDep) -> None:
    """Un-clear: the document alerts again on its next match."""
    row = await store.team_suppression(session, caller.team_id, suppression_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such suppression")
    await session.delete(row)
    await session.commit()
    log.info("suppression deleted", team_id=caller.team_id, suppression_id=suppression_id)
