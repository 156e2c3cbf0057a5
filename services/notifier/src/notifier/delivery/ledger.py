"""The delivery ledger: durable rows per (subscription, event) and their state transitions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.routing.documents import dedupe_key, document_key
from notifier.routing.matching import Route, for_team
from notifier.routing.revisions import PartyChanges, Told, party_changes, party_fingerprint, revision_key
from notifier.routing.schedule import next_due
from notifier.states import OPEN, ChannelStatus, DeliveryStatus, Mode
from notifier.tables import Channel, Delivery, StoredEvent, Subscription, new_id, now
from schemas.events import DocumentClassified

_Query = TypeVar("_Query", bound=Select[*tuple[Any, ...]])
# Most rows one digest message claims beyond the batch limit (bounds memory; a larger backlog still splits).
DIGEST_LIMIT = 1000


def _insert(session: AsyncSession, table: type[StoredEvent] | type[Delivery]) -> Any:
    # ON CONFLICT DO NOTHING is dialect-specific in SQLAlchemy; both dialects spell it the same way.
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


# Rows per INSERT: a delivery row binds 14 parameters; SQLite allows 32,766 per statement, PostgreSQL 65,535.
INSERT_CHUNK = 1000


async def record(session: AsyncSession, event: DocumentClassified, routes: Sequence[Route]) -> int:
    """Store the event and one pending row per matched route; existing rows (same event or document) win."""
    return await record_many(session, [(event, routes)])


async def record_many(
    session: AsyncSession, batch: Sequence[tuple[DocumentClassified, Sequence[Route]]]
) -> int:
    """record() for a batch of events in a few statements; in batch order, so an earlier event wins."""
    if not batch:
        return 0
    stamp = now()
    events = [
        {"event_id": event.event_id, "payload": event.model_dump_json(), "received_at": stamp}
        for event, _ in batch
    ]
    for chunk in _chunks(events, INSERT_CHUNK):
        await session.execute(
            _insert(session, StoredEvent).values(chunk).on_conflict_do_nothing(index_elements=["event_id"])
        )
    told = await _told(session, batch)
    rows = [
        _row(event, r, stamp, fingerprint, told.setdefault((r.subscription_id, key), []))
        for event, routes in batch
        # Once per event, not per route: a 400-party rule reaches many subscriptions.
        for fingerprint, key in [(party_fingerprint(event.parties), document_key(event))]
        for r in routes
    ]
    created = 0
    for chunk in _chunks(rows, INSERT_CHUNK):
        result = await session.execute(
            _insert(session, Delivery)
            .values(chunk)
            # No conflict target: either unique key (same event, or same document) means "already recorded".
            .on_conflict_do_nothing()
            .returning(Delivery.id)
        )
        # RETURNING, not rowcount: drivers report -1 for multi-row inserts.
        created += len(result.all())
    return created


def _joined(event: DocumentClassified, route: Route) -> bool:
    # The row stands for the document (all its stages), not only for this event.
    return event.document.document_number is not None and dedupe_key(event, route.filter) == document_key(
        event
    )


async def _told(
    session: AsyncSession, batch: Sequence[tuple[DocumentClassified, Sequence[Route]]]
) -> dict[tuple[str, str], list[Told]]:
    """What each subscription was already told about the batch's documents, oldest first."""
    keys = {document_key(e) for e, routes in batch if any(_joined(e, r) for r in routes)}
    told: dict[tuple[str, str], list[Told]] = {}
    if not keys:
        return told
    found = (
        await session.execute(
            select(
                Delivery.subscription_id,
                Delivery.document_key,
                Delivery.event_id,
                Delivery.parties_fingerprint,
                Delivery.created_at,
                Delivery.revises_event_id,
            ).where(Delivery.document_key.in_(sorted(keys)))
        )
    ).all()
    # A revision recorded in the same batch as what it revises shares its timestamp: it still comes after.
    for row in sorted(found, key=lambda r: (r.created_at, r.revises_event_id is not None)):
        told.setdefault((row.subscription_id, str(row.document_key)), []).append(
            Told(row.event_id, row.parties_fingerprint)
        )
    return told


def _row(
    event: DocumentClassified, r: Route, stamp: datetime, fingerprint: str | None, told: list[Told]
) -> dict[str, Any]:
    """One pending delivery row; `told` (this subscription's rows for the document) grows by a new one."""
    key, revises, joined = dedupe_key(event, r.filter), None, _joined(event, r)
    if joined:
        key, revises = revision_key(key, event.event_id, fingerprint, told)
        # What this batch adds counts as told for its later events (a replay holding both stages).
        if not told or revises is not None:
            told.append(Told(event.event_id, fingerprint))
    return {
        "id": new_id(),
        "subscription_id": r.subscription_id,
        "event_id": event.event_id,
        "channel_id": r.channel_id,
        "team_id": r.team_id,
        "status": DeliveryStatus.PENDING,
        "attempts": 0,
        # A digest row waits for the end of its period; every row of that period is then due.
        "next_attempt_at": next_due(r.digest, stamp) if r.digest else stamp,
        "dedupe_key": key,
        "document_key": document_key(event) if joined else None,
        "parties_fingerprint": fingerprint,
        "revises_event_id": revises,
        "created_at": stamp,
        "updated_at": stamp,
    }


def _chunks(rows: list[dict[str, Any]], size: int) -> list[list[dict[str, Any]]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]


@dataclass(frozen=True)
class Claimed:
    """A delivery this process now owns, with what it needs to send it."""

    delivery_id: str
    attempts: int
    channel: Channel
    event: DocumentClassified
    subscription_id: str = ""
    subscription_name: str = ""
    digest: bool = False
    # Taken over from a sender whose lease expired: it may have reached the receiver already.
    reclaimed: bool = False
    # Why the row must not be sent any more (its subscription or channel was deleted), else None.
    cancelled: str | None = None
    # The subscribing team (renderers read the event through its view).
    team_id: str | None = None
    # For a revision: how the party list changed since the version this subscription was told about.
    revision: PartyChanges | None = None


def _cancelled(subscription: Subscription, channel: Channel) -> str | None:
    if subscription.deleted_at is not None:
        return "subscription deleted before sending"
    if channel.deleted_at is not None:
        return "channel deleted before sending"
    return None


def _claimable(stamp: datetime, lease: timedelta) -> Any:
    return or_(
        Delivery.status.in_((DeliveryStatus.PENDING, DeliveryStatus.RETRY))
        & (Delivery.next_attempt_at <= stamp),
        (Delivery.status == DeliveryStatus.SENDING) & (Delivery.claimed_at < stamp - lease),
    )


def _locked(session: AsyncSession, query: _Query) -> _Query:
    if session.get_bind().dialect.name == "postgresql":
        # Another replica claiming at the same moment takes other rows instead of waiting for ours.
        return query.with_for_update(skip_locked=True, of=Delivery)
    return query


async def _due(session: AsyncSession, stamp: datetime, lease: timedelta, limit: int) -> dict[str, str]:
    """Status by id of up to limit claimable rows, plus every claimable row of a digest among them."""
    candidates = (
        select(Delivery.id, Delivery.status, Delivery.subscription_id, Subscription.mode)
        .join(Subscription, Subscription.id == Delivery.subscription_id)
        .where(_claimable(stamp, lease))
        .order_by(Delivery.next_attempt_at, Delivery.subscription_id)
        .limit(limit)
    )
    found = (await session.execute(_locked(session, candidates))).all()
    due: dict[str, str] = {row.id: row.status for row in found}
    # A digest is one message: older rows ahead of it in the batch must not cut its period in two.
    for subscription_id in sorted({row.subscription_id for row in found if row.mode == Mode.DIGEST}):
        rest = (
            select(Delivery.id, Delivery.status)
            .where(
                _claimable(stamp, lease),
                Delivery.subscription_id == subscription_id,
                Delivery.id.not_in(list(due)),
            )
            .order_by(Delivery.next_attempt_at, Delivery.id)
            .limit(DIGEST_LIMIT)
        )
        due.update({row.id: row.status for row in await session.execute(_locked(session, rest))})
    return due


async def claim_due(
    session: AsyncSession, *, limit: int, lease: timedelta, commit: bool = True
) -> list[Claimed]:
    """Atomically take up to limit due rows (and rows whose sender died mid-send) into 'sending'.

    A digest subscription's due rows are taken together past the limit (up to DIGEST_LIMIT more), so its
    period goes out as one message. commit=False leaves the transaction open for the caller to add to
    (the dispatcher reserves the rows' send slots in it) and commit.
    """
    stamp = now()
    due = await _due(session, stamp, lease, limit)
    if not due:
        if commit:
            await session.commit()
        return []
    # One conditional update is the lock (SQLite: one writer transaction): rows a racing replica took
    # no longer match _claimable and are not returned.
    taken = set(
        (
            await session.execute(
                update(Delivery)
                .where(Delivery.id.in_(list(due)), _claimable(stamp, lease))
                .values(
                    status=DeliveryStatus.SENDING,
                    claimed_at=stamp,
                    attempts=Delivery.attempts + 1,
                    updated_at=stamp,
                )
                .returning(Delivery.id)
                .execution_options(synchronize_session=False)
            )
        )
        .scalars()
        .all()
    )
    if not taken:
        if commit:
            await session.commit()
        return []
    rows = (
        await session.execute(
            select(Delivery, Channel, StoredEvent, Subscription)
            .join(Channel, Channel.id == Delivery.channel_id)
            .join(StoredEvent, StoredEvent.event_id == Delivery.event_id)
            .join(Subscription, Subscription.id == Delivery.subscription_id)
            .where(Delivery.id.in_(list(taken)))
            .order_by(Delivery.next_attempt_at, Delivery.subscription_id)
            .execution_options(populate_existing=True)
        )
    ).all()
    # A digest's rows and a document's teams share one stored event: parse each payload once.
    events: dict[str, DocumentClassified] = {}
    told = await _revised(session, {d.revises_event_id for d, *_ in rows if d.revises_event_id})
    claimed: list[Claimed] = []
    for delivery, channel, stored, subscription in rows:
        event = events.get(stored.event_id)
        if event is None:
            event = events[stored.event_id] = DocumentClassified.model_validate_json(stored.payload)
        revision = None
        if delivery.revises_event_id is not None and delivery.revises_event_id in told:
            revision = party_changes(told[delivery.revises_event_id].parties or [], event.parties or [])
        claimed.append(
            Claimed(
                delivery.id,
                delivery.attempts,
                channel,
                # Rendered as the row's team sees it: never another team's watchlist hits.
                for_team(event, delivery.team_id),
                subscription.id,
                subscription.name,
                subscription.mode == Mode.DIGEST,
                reclaimed=due[delivery.id] == DeliveryStatus.SENDING,
                cancelled=_cancelled(subscription, channel),
                team_id=delivery.team_id,
                revision=revision,
            )
        )
    if commit:
        await session.commit()
    return claimed


async def _revised(session: AsyncSession, event_ids: set[str]) -> dict[str, DocumentClassified]:
    """The stored events that revisions among the claimed rows revise, by id."""
    if not event_ids:
        return {}
    stored = await session.execute(
        select(StoredEvent.event_id, StoredEvent.payload).where(StoredEvent.event_id.in_(sorted(event_ids)))
    )
    return {row.event_id: DocumentClassified.model_validate_json(row.payload) for row in stored}


def _ids(delivery_ids: str | Sequence[str]) -> list[str]:
    return [delivery_ids] if isinstance(delivery_ids, str) else list(delivery_ids)


async def mark_sent(session: AsyncSession, delivery_ids: str | Sequence[str]) -> None:
    """The receiver accepted it."""
    stamp = now()
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_(_ids(delivery_ids)))
        .values(status=DeliveryStatus.SENT, sent_at=stamp, updated_at=stamp, last_error=None)
    )
    await session.commit()


async def mark_retry(
    session: AsyncSession, delivery_ids: str | Sequence[str], error: str, delay: timedelta
) -> None:
    """A transient failure: try again after delay."""
    stamp = now()
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_(_ids(delivery_ids)))
        .values(
            status=DeliveryStatus.RETRY,
            next_attempt_at=stamp + delay,
            last_error=error[:2000],
            updated_at=stamp,
        )
    )
    await session.commit()


async def defer(session: AsyncSession, delivery_ids: str | Sequence[str], until: datetime) -> None:
    """Not sent and not failed (the channel's send rate is used up): back to pending, attempt uncounted."""
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_(_ids(delivery_ids)))
        .values(
            status=DeliveryStatus.PENDING,
            next_attempt_at=until,
            attempts=Delivery.attempts - 1,
            claimed_at=None,
            updated_at=now(),
        )
    )
    await session.commit()


async def mark_failed(session: AsyncSession, delivery_ids: str | Sequence[str], error: str) -> None:
    """Given up: visible in the audit log."""
    await session.execute(
        update(Delivery)
        .where(Delivery.id.in_(_ids(delivery_ids)))
        .values(status=DeliveryStatus.FAILED, last_error=error[:2000], updated_at=now())
    )
    await session.commit()


async def mark_channel_broken(session: AsyncSession, channel_id: str, reason: str) -> None:
    """A permanent error: stop sending to the channel until someone fixes it."""
    await session.execute(
        update(Channel)
        .where(Channel.id == channel_id)
        .values(status=ChannelStatus.BROKEN, broken_reason=reason[:2000])
    )
    await session.commit()


async def oldest_open_age(session: AsyncSession) -> float:
    """Seconds since the oldest realtime row still waiting to be sent was created (0 when none)."""
    oldest = (
        await session.execute(
            select(func.min(Delivery.created_at))
            .join(Subscription, Subscription.id == Delivery.subscription_id)
            .where(Delivery.status.in_(OPEN), Subscription.mode != Mode.DIGEST)
        )
    ).scalar_one_or_none()
    if oldest is None:
        return 0.0
    if oldest.tzinfo is None:  # SQLite hands back naive UTC
        oldest = oldest.replace(tzinfo=now().tzinfo)
    return max((now() - oldest).total_seconds(), 0.0)
