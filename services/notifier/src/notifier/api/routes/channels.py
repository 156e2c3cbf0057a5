"""Channels: create (validated, secrets write-only), list, read, delete, send a test message."""

from __future__ import annotations

from datetime import date
from typing import Any

import structlog
from fastapi import APIRouter, HTTPException, status

from notifier import store
from notifier.alert import single
from notifier.api.channel_models import ChannelIn, ChannelOut, ChannelTestOut
from notifier.api.errors import field_error
from notifier.api.state import NOT_FOUND, CallerDep, SessionDep, StateDep
from notifier.channels import build_channels
from notifier.channels.egress import EgressPolicy, egress_client
from notifier.channels.kind import ChannelDeps, DeliveryError
from notifier.states import ChannelStatus
from notifier.tables import now
from schemas.events import DocumentClassified, DocumentSeen, SourceKind, content_hash

router = APIRouter(tags=["channels"])
log = structlog.get_logger("exportwatch.api")
CONFLICT: dict[int | str, dict[str, Any]] = {409: {"description": "A subscription still uses the channel"}}


@router.post("/v1/channels", status_code=status.HTTP_201_CREATED, response_model=ChannelOut)
async def create_channel(
    body: ChannelIn, caller: CallerDep, session: SessionDep, state: StateDep
) -> ChannelOut:
    """Create a channel; its secrets (webhook URL, bot token) are never returned."""
    if (refused := body.config.refusal(state.settings)) is not None:
        field, problem = refused
        raise field_error(("body", "config", field), problem)
    channel = await store.add_channel(session, caller.team_id, body.kind, body.config.stored(), body.name)
    await session.commit()
    log.info("channel created", team_id=caller.team_id, channel_id=channel.id, kind=channel.kind)
    return ChannelOut.of(channel)


@router.get("/v1/channels", response_model=list[ChannelOut])
async def list_channels(caller: CallerDep, session: SessionDep) -> list[ChannelOut]:
    """The team's channels, with their status."""
    return [ChannelOut.of(c) for c in await store.team_channels(session, caller.team_id)]


@router.get("/v1/channels/{channel_id}", response_model=ChannelOut, responses=NOT_FOUND)
async def get_channel(channel_id: str, caller: CallerDep, session: SessionDep) -> ChannelOut:
    """One channel."""
    channel = await store.team_channel(session, caller.team_id, channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such channel")
    return ChannelOut.of(channel)


@router.delete(
    "/v1/channels/{channel_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND | CONFLICT
)
async def delete_channel(channel_id: str, caller: CallerDep, session: SessionDep) -> None:
    """Delete a channel no subscription uses (its audit-log rows keep naming it)."""
    channel = await store.team_channel(session, caller.team_id, channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such channel")
    if await store.channel_in_use(session, channel.id):
        raise HTTPException(status.HTTP_409_CONFLICT, "delete or move the subscriptions using it first")
    # The config stays: deliveries already queued for this channel may still be in the ledger.
    channel.deleted_at = now()
    await session.commit()
    log.info("channel deleted", team_id=caller.team_id, channel_id=channel_id)


def _test_event(channel_id: str) -> DocumentClassified:
    title = "exportwatch test message: this channel receives alerts"
    stamp = now().isoformat()
    return DocumentClassified(
        event_id=f"test:{channel_id}:{stamp}",
        document=DocumentSeen(
            event_id=f"test:{channel_id}:{stamp}",
            source=SourceKind.FEED,
            source_id="exportwatch-test",
            content_hash=content_hash(title, stamp),
            title=title,
            text="Sent by POST /v1/channels/{id}/test. No action needed.",
            published=date.today(),
        ),
    )


@router.post("/v1/channels/{channel_id}/test", response_model=ChannelTestOut, responses=NOT_FOUND)
async def test_channel(
    channel_id: str, caller: CallerDep, session: SessionDep, state: StateDep
) -> ChannelTestOut:
    """Send a test message now; success clears a 'broken' status, failure says why."""
    channel = await store.team_channel(session, caller.team_id, channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such channel")
    # A fresh client per test (tests are rare) with the same egress checks as the notifier's sends.
    policy = EgressPolicy.from_setting(state.settings.slack_allowed_hosts)
    async with egress_client(policy, timeout=10.0) as http:
        registry = build_channels(ChannelDeps.from_settings(state.settings, http, state.console))
        sender = registry.get(channel.kind)
        if sender is None:
            return ChannelTestOut(
                delivered=False, error=f"no sender for kind {channel.kind}", status=channel.status
            )
        try:
            await sender.send(channel.config, single(_test_event(channel.id)))
        except DeliveryError as exc:
            log.info("channel test failed", team_id=caller.team_id, channel_id=channel.id, reason=exc.reason)
            return ChannelTestOut(delivered=False, error=exc.reason, status=channel.status)
        except Exception as exc:  # noqa: BLE001 - a test reports any failure; the type name holds no secret
            log.warning(
                "channel test crashed",
                team_id=caller.team_id,
                channel_id=channel.id,
                error=type(exc).__name__,
            )
            return ChannelTestOut(delivered=False, error=type(exc).__name__, status=channel.status)
    channel.status, channel.broken_reason = ChannelStatus.OK, None
    await session.commit()
    log.info("channel test delivered", team_id=caller.team_id, channel_id=channel.id)
    return ChannelTestOut(delivered=True, status=channel.status)
