"""Subscriptions: CRUD and a preview against the stored event history."""

from __future__ import annotations

from datetime import datetime

import structlog
from fastapi import APIRouter, HTTPException, status
from sqlalchemy.ext.asyncio import AsyncSession

from notifier import store
from notifier.api import history
from notifier.api.caps import CAP_REACHED, require_room
from notifier.api.errors import field_error
from notifier.api.fields import as_utc
from notifier.api.models import (
    EventOut,
    PreviewIn,
    PreviewOut,
    SubscriptionIn,
    SubscriptionOut,
    SubscriptionPatch,
    check_mode,
)
from notifier.api.state import NOT_FOUND, CallerDep, SessionDep, StateDep
from notifier.routing.documents import document_key
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import for_team, matches
from notifier.routing.suppression import cleared_for, is_suppressed
from notifier.states import Mode
from notifier.tables import Subscription, now

router = APIRouter(tags=["subscriptions"])
log = structlog.get_logger("exportwatch.api")


async def _own_channel(session: AsyncSession, team_id: str, channel_id: str) -> None:
    if await store.team_channel(session, team_id, channel_id) is None:
        raise field_error(("body", "channel_id"), "no such channel for this team")


async def _subscription(session: AsyncSession, team_id: str, subscription_id: str) -> Subscription:
    row = await store.team_subscription(session, team_id, subscription_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such subscription")
    return row


@router.post(
    "/v1/subscriptions",
    status_code=status.HTTP_201_CREATED,
    response_model=SubscriptionOut,
    responses=CAP_REACHED,
)
async def create_subscription(
    body: SubscriptionIn, caller: CallerDep, session: SessionDep, state: StateDep
) -> SubscriptionOut:
    """Create a subscription sending matches to one of the team's channels."""
    await _own_channel(session, caller.team_id, body.channel_id)
    await require_room(
        session, caller.team_id, "subscriptions", state.settings.api_max_subscriptions_per_team
    )
    row = Subscription(
        team_id=caller.team_id,
        channel_id=body.channel_id,
        name=body.name,
        filters=body.filters.model_dump(mode="json"),
        mode=body.mode,
        schedule=body.schedule.model_dump(mode="json") if body.schedule else None,
        enabled=body.enabled,
        updated_at=now(),
    )
    session.add(row)
    await session.commit()
    log.info("subscription created", team_id=caller.team_id, subscription_id=row.id, mode=row.mode)
    return SubscriptionOut.of(row)


@router.get("/v1/subscriptions", response_model=list[SubscriptionOut])
async def list_subscriptions(caller: CallerDep, session: SessionDep) -> list[SubscriptionOut]:
    """The team's subscriptions."""
    return [SubscriptionOut.of(s) for s in await store.team_subscriptions(session, caller.team_id)]


@router.get("/v1/subscriptions/{subscription_id}", response_model=SubscriptionOut, responses=NOT_FOUND)
async def get_subscription(subscription_id: str, caller: CallerDep, session: SessionDep) -> SubscriptionOut:
    """One subscription."""
    return SubscriptionOut.of(await _subscription(session, caller.team_id, subscription_id))


@router.patch("/v1/subscriptions/{subscription_id}", response_model=SubscriptionOut, responses=NOT_FOUND)
async def update_subscription(
    subscription_id: str, body: SubscriptionPatch, caller: CallerDep, session: SessionDep
) -> SubscriptionOut:
    """Change the given fields; switching to realtime drops the schedule, to digest needs one."""
    row = await _subscription(session, caller.team_id, subscription_id)
    given = body.model_fields_set
    if body.channel_id is not None:
        await _own_channel(session, caller.team_id, body.channel_id)
        row.channel_id = body.channel_id
    if body.name is not None:
        row.name = body.name
    if body.filters is not None:
        row.filters = body.filters.model_dump(mode="json")
    if body.enabled is not None:
        row.enabled = body.enabled
    mode = body.mode or Mode(row.mode)
    schedule = body.schedule if "schedule" in given else SubscriptionOut.of(row).schedule
    if body.mode == Mode.REALTIME and "schedule" not in given:
        schedule = None
    if (problem := check_mode(mode, schedule)) is not None:
        raise field_error(("body", "schedule"), problem)
    row.mode = mode
    row.schedule = schedule.model_dump(mode="json") if schedule else None
    row.updated_at = now()
    await session.commit()
    log.info("subscription updated", team_id=caller.team_id, subscription_id=row.id, fields=sorted(given))
    return SubscriptionOut.of(row)


@router.delete(
    "/v1/subscriptions/{subscription_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND
)
async def delete_subscription(subscription_id: str, caller: CallerDep, session: SessionDep) -> None:
    """Delete a subscription: nothing more is sent; its past deliveries stay in /v1/alerts."""
    row = await _subscription(session, caller.team_id, subscription_id)
    store.soft_delete_subscription(row)
    await session.commit()
    log.info("subscription deleted", team_id=caller.team_id, subscription_id=subscription_id)


@router.post("/v1/subscriptions/{subscription_id}/preview", response_model=PreviewOut, responses=NOT_FOUND)
async def preview(
    subscription_id: str, body: PreviewIn, caller: CallerDep, session: SessionDep
) -> PreviewOut:
    """The stored events since a day that this subscription matches, newest first (suppressions marked)."""
    row = await _subscription(session, caller.team_id, subscription_id)
    wanted = SubscriptionFilter.model_validate(row.filters)
    since: datetime = as_utc(body.since)
    stored = await history.recent_events(session, since)
    hits = []
    for received_at, event in stored:
        visible = for_team(event, caller.team_id)
        if matches(visible, wanted):
            hits.append((received_at, visible))
        if len(hits) >= body.limit:
            break
    keys = sorted({document_key(e) for _, e in hits})
    cleared = [c for key in keys for c in await cleared_for(session, key, [caller.team_id])]
    events = [
        EventOut.of(e, received_at, suppressed=is_suppressed(e, caller.team_id, row.id, cleared))
        for received_at, e in hits
    ]
    return PreviewOut(subscription_id=row.id, since=body.since, scanned=len(stored), events=events)
