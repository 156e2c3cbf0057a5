"""The audit trail (/v1/alerts, from the delivery ledger) and the recent-events search (/v1/events)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, status
from pydantic import ValidationError
from sqlalchemy import select

from notifier.api import history
from notifier.api.errors import field_error
from notifier.api.fields import as_utc, aware
from notifier.api.models import AlertOut, EventOut
from notifier.api.state import NOT_FOUND, CallerDep, SessionDep
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import for_team, matches
from notifier.states import DeliveryStatus
from notifier.tables import Channel, Delivery, StoredEvent, Subscription

router = APIRouter(tags=["alerts and events"])
Limit = Annotated[int, Query(ge=1, le=500)]


def _title(payload: str | None) -> str | None:
    if payload is None:
        return None
    try:
        title = json.loads(payload)["document"]["title"]
    except (ValueError, KeyError, TypeError):
        return None
    return title if isinstance(title, str) else None


@router.get("/v1/alerts", response_model=list[AlertOut])
async def alerts(
    caller: CallerDep,
    session: SessionDep,
    since: datetime | None = None,
    status_: Annotated[DeliveryStatus | None, Query(alias="status")] = None,
    limit: Limit = 100,
) -> list[AlertOut]:
    """The team's delivery log, newest first: event, subscription, channel, status, attempts, errors."""
    query = (
        select(Delivery, Subscription.name, Channel.name, Channel.kind, StoredEvent.payload)
        .outerjoin(Subscription, Subscription.id == Delivery.subscription_id)
        .outerjoin(Channel, Channel.id == Delivery.channel_id)
        .outerjoin(StoredEvent, StoredEvent.event_id == Delivery.event_id)
        .where(Delivery.team_id == caller.team_id)
        .order_by(Delivery.created_at.desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(Delivery.created_at >= as_utc(since))
    if status_ is not None:
        query = query.where(Delivery.status == status_)
    rows = await session.execute(query)
    return [
        AlertOut(
            id=d.id,
            event_id=d.event_id,
            title=_title(payload),
            subscription_id=d.subscription_id,
            subscription_name=sub_name,
            channel_id=d.channel_id,
            channel_name=channel_name,
            channel_kind=channel_kind,
            status=d.status,
            attempts=d.attempts,
            last_error=d.last_error,
            created_at=aware(d.created_at),
            updated_at=aware(d.updated_at),
            next_attempt_at=aware(d.next_attempt_at)
            if d.status in (DeliveryStatus.PENDING, DeliveryStatus.RETRY)
            else None,
            sent_at=aware(d.sent_at) if d.sent_at is not None else None,
        )
        for d, sub_name, channel_name, channel_kind, payload in rows.all()
    ]


def _search_filter(tag: str | None, entity: str | None) -> SubscriptionFilter:
    try:
        return SubscriptionFilter(tags=[tag] if tag else [], entities=[entity] if entity else [])
    except ValidationError:
        raise field_error(("query", "tag"), "unknown tag; see schemas.tags ('entity_list.*' works)") from None


@router.get("/v1/events", response_model=list[EventOut])
async def events(
    caller: CallerDep,
    session: SessionDep,
    tag: Annotated[str | None, Query(max_length=100)] = None,
    entity: Annotated[str | None, Query(max_length=300)] = None,
    since: datetime | None = None,
    limit: Limit = 50,
) -> list[EventOut]:
    """Recent classified events, newest first, optionally with a tag (or 'prefix.*') and an entity name."""
    wanted = _search_filter(tag, entity)
    found: list[EventOut] = []
    for received_at, event in await history.recent_events(session, as_utc(since) if since else None):
        visible = for_team(event, caller.team_id)
        if matches(visible, wanted):
            found.append(EventOut.of(visible, received_at))
            if len(found) >= limit:
                break
    return found


@router.get("/v1/events/{event_id}", responses=NOT_FOUND)
async def event(event_id: str, caller: CallerDep, session: SessionDep) -> dict[str, object]:
    """One stored event in full (the DocumentClassified contract), as the team may see it."""
    found = await history.stored_event(session, event_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such event in the stored history")
    result: dict[str, object] = for_team(found, caller.team_id).model_dump(mode="json")
    return result
