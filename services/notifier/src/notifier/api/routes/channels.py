"""Channels: create (validated, secrets write-only), list, read, delete, send a test message."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import structlog
from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier import store
from notifier.alert import single
from notifier.api import confirmations, metrics
from notifier.api.caps import CAP_REACHED, require_room
from notifier.api.channel_models import ChannelIn, ChannelOut, ChannelTestOut, ConfirmIn, RecipientIn
from notifier.api.confirmations import Code
from notifier.api.errors import field_error
from notifier.api.limits import Rule
from notifier.api.state import NOT_FOUND, ApiState, CallerDep, SessionDep, StateDep, too_many
from notifier.channels import build_channels
from notifier.channels.egress import EgressPolicy, egress_client
from notifier.channels.kind import ChannelDeps, DeliveryError
from notifier.states import ChannelStatus
from notifier.tables import Channel, EmailRecipient, now
from schemas.events import DocumentClassified, DocumentSeen, SourceKind, content_hash

router = APIRouter(tags=["channels"])
log = structlog.get_logger("exportwatch.api")
CONFLICT: dict[int | str, dict[str, Any]] = {409: {"description": "A subscription still uses the channel"}}
LIMITED: dict[int | str, dict[str, Any]] = {
    429: {"description": "Too many requests of this kind; see Retry-After"}
}
MAX_RECIPIENTS = 20  # the email kind's own cap on `to`, confirmed and waiting together
WRONG_CODE = "wrong or expired code, or no confirmation pending for this address"


async def _pending(session: AsyncSession, channel_ids: Sequence[str]) -> dict[str, list[str]]:
    """Per channel, the email addresses still awaiting confirmation."""
    out: dict[str, list[str]] = {}
    if channel_ids:
        rows = await session.execute(
            select(EmailRecipient.channel_id, EmailRecipient.address).where(
                EmailRecipient.channel_id.in_(channel_ids)
            )
        )
        for channel_id, address in rows:
            out.setdefault(channel_id, []).append(address)
    return out


async def _reserve_mails(state: ApiState, team_id: str, count: int) -> None:
    """429 unless the team may send count more confirmation mails (EMAIL_CONFIRMATIONS_PER_HOUR)."""
    if count == 0:
        return
    rule = Rule.per_hour(state.settings.email_confirmations_per_hour)
    wait = await state.shared.take(f"confirm:{team_id}", rule, cost=count)
    if wait is not None:
        metrics.LIMITED.labels(limit="email_confirmations").inc()
        raise too_many("too many email confirmations for this team", wait)


def _awaiting(session: AsyncSession, channel: Channel, address: str, code: Code) -> None:
    session.add(
        EmailRecipient(
            channel_id=channel.id,
            address=address,
            code_hash=code.digest,
            expires_at=now() + confirmations.CODE_LIFETIME,
            attempts=0,
        )
    )


async def _mail_codes(state: ApiState, codes: dict[str, Code]) -> None:
    # After the commit: a mailed code always has its row. A failed mail is logged; asking for the address
    # again (POST .../recipients) sends a new code.
    for address, code in codes.items():
        await confirmations.send_code(state.settings, address, code.secret)


def _confirmed_into(channel: Channel, address: str) -> None:
    """Address joins the `to` the sender reads (a new dict, so the JSON column sees the change)."""
    was_empty = not channel.config.get("to")
    channel.config = {**channel.config, "to": [*channel.config.get("to", []), address]}
    if was_empty and channel.status == ChannelStatus.BROKEN:
        # With no confirmed address the only possible failure was "no recipients"; that is over now.
        channel.status, channel.broken_reason = ChannelStatus.OK, None


@router.post(
    "/v1/channels",
    status_code=status.HTTP_201_CREATED,
    response_model=ChannelOut,
    responses=LIMITED | CAP_REACHED,
)
async def create_channel(
    body: ChannelIn, caller: CallerDep, session: SessionDep, state: StateDep
) -> ChannelOut:
    """Create a channel; its secrets are never returned; email addresses are mailed a confirmation code."""
    if (refused := body.config.refusal(state.settings)) is not None:
        field, problem = refused
        raise field_error(("body", "config", field), problem)
    await require_room(session, caller.team_id, "channels", state.settings.api_max_channels_per_team)
    stored = body.config.stored()
    codes: dict[str, Code] = {}
    if body.kind == "email":
        wanted = list(dict.fromkeys(stored["to"]))
        domains = state.settings.email_allowed_domains
        codes = {a: confirmations.new_code() for a in wanted if confirmations.needs_confirmation(a, domains)}
        # Only confirmed addresses are in `to`, the list every send reads: the rest get only their code.
        stored = {**stored, "to": [a for a in wanted if a not in codes]}
        await _reserve_mails(state, caller.team_id, len(codes))
    channel = await store.add_channel(session, caller.team_id, body.kind, stored, body.name)
    for address, code in codes.items():
        _awaiting(session, channel, address, code)
    await session.commit()
    log.info(
        "channel created",
        team_id=caller.team_id,
        channel_id=channel.id,
        kind=channel.kind,
        awaiting=len(codes),
    )
    await _mail_codes(state, codes)
    return ChannelOut.of(channel, codes)


@router.get("/v1/channels", response_model=list[ChannelOut])
async def list_channels(caller: CallerDep, session: SessionDep) -> list[ChannelOut]:
    """The team's channels, with their status."""
    channels = await store.team_channels(session, caller.team_id)
    pending = await _pending(session, [c.id for c in channels])
    return [ChannelOut.of(c, pending.get(c.id, ())) for c in channels]


@router.get("/v1/channels/{channel_id}", response_model=ChannelOut, responses=NOT_FOUND)
async def get_channel(channel_id: str, caller: CallerDep, session: SessionDep) -> ChannelOut:
    """One channel."""
    channel = await store.team_channel(session, caller.team_id, channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such channel")
    pending = await _pending(session, [channel.id])
    return ChannelOut.of(channel, pending.get(channel.id, ()))


async def _email_channel(session: AsyncSession, team_id: str, channel_id: str) -> Channel:
    channel = await store.team_channel(session, team_id, channel_id)
    if channel is None or channel.kind != "email":
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such email channel")
    return channel


@router.post(
    "/v1/channels/{channel_id}/recipients",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=ChannelOut,
    responses=NOT_FOUND | LIMITED,
)
async def add_recipient(
    channel_id: str, body: RecipientIn, caller: CallerDep, session: SessionDep, state: StateDep
) -> ChannelOut:
    """Add an address to an email channel: it is mailed a code (a new one if it was waiting already)."""
    channel = await _email_channel(session, caller.team_id, channel_id)
    pending = (await _pending(session, [channel.id])).get(channel.id, [])
    confirmed = list(channel.config.get("to", []))
    codes: dict[str, Code] = {}
    if body.address not in confirmed:
        if body.address not in pending and len(confirmed) + len(pending) >= MAX_RECIPIENTS:
            raise field_error(("body", "address"), f"an email channel has at most {MAX_RECIPIENTS} addresses")
        if not confirmations.needs_confirmation(body.address, state.settings.email_allowed_domains):
            _confirmed_into(channel, body.address)
        else:
            await _reserve_mails(state, caller.team_id, 1)
            codes[body.address] = confirmations.new_code()
            row = await _recipient(session, channel.id, body.address)
            if row is None:
                _awaiting(session, channel, body.address, codes[body.address])
                pending.append(body.address)
            else:
                row.code_hash, row.attempts = codes[body.address].digest, 0
                row.expires_at = now() + confirmations.CODE_LIFETIME
        await session.commit()
    log.info("email recipient added", team_id=caller.team_id, channel_id=channel.id, awaiting=bool(codes))
    await _mail_codes(state, codes)
    return ChannelOut.of(channel, pending)


async def _recipient(session: AsyncSession, channel_id: str, address: str) -> EmailRecipient | None:
    query = select(EmailRecipient).where(
        EmailRecipient.channel_id == channel_id, EmailRecipient.address == address
    )
    return (await session.execute(query)).scalars().first()


@router.post(
    "/v1/channels/{channel_id}/recipients/confirm",
    response_model=ChannelOut,
    responses=NOT_FOUND | {400: {"description": WRONG_CODE}},
)
async def confirm_recipient(
    channel_id: str, body: ConfirmIn, caller: CallerDep, session: SessionDep
) -> ChannelOut:
    """Confirm an address with the code it was mailed; from then on it receives the channel's alerts."""
    channel = await _email_channel(session, caller.team_id, channel_id)
    row = await _recipient(session, channel.id, body.address)
    if row is None or row.attempts >= confirmations.MAX_ATTEMPTS or store_expired(row):
        metrics.EMAIL_CONFIRMATIONS.labels(outcome="refused").inc()
        raise HTTPException(status.HTTP_400_BAD_REQUEST, WRONG_CODE)
    if not confirmations.matches(body.code, row.code_hash):
        row.attempts += 1
        await session.commit()
        metrics.EMAIL_CONFIRMATIONS.labels(outcome="wrong_code").inc()
        log.info("email confirmation refused", team_id=caller.team_id, channel_id=channel.id)
        raise HTTPException(status.HTTP_400_BAD_REQUEST, WRONG_CODE)
    await session.delete(row)
    _confirmed_into(channel, body.address)
    await session.commit()
    metrics.EMAIL_CONFIRMATIONS.labels(outcome="confirmed").inc()
    log.info("email recipient confirmed", team_id=caller.team_id, channel_id=channel.id)
    pending = await _pending(session, [channel.id])
    return ChannelOut.of(channel, pending.get(channel.id, ()))


def store_expired(row: EmailRecipient) -> bool:
    """Whether row's code is past its lifetime (SQLite hands back naive UTC datetimes)."""
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=now().tzinfo)
    return expires <= now()


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


@router.post("/v1/channels/{channel_id}/test", response_model=ChannelTestOut, responses=NOT_FOUND | LIMITED)
async def test_channel(
    channel_id: str, caller: CallerDep, session: SessionDep, state: StateDep
) -> ChannelTestOut:
    """Send a test message now (one per API_CHANNEL_TEST_INTERVAL_SECONDS); success clears 'broken'."""
    channel = await store.team_channel(session, caller.team_id, channel_id)
    if channel is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such channel")
    # Per channel and shared by every replica: a test is a real send, so it must not become a relay.
    interval = state.settings.api_channel_test_interval_seconds
    if (wait := await state.shared.take(f"test:{channel.id}", Rule(interval, 1))) is not None:
        metrics.LIMITED.labels(limit="channel_test").inc()
        raise too_many("one test message per channel per interval; try again later", wait)
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
