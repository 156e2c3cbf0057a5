"""The delivery ledger: durable rows per (subscription, event) and their state transitions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.filters import SubscriptionFilter
from notifier.matching import Route
from notifier.tables import Channel, Delivery, StoredEvent, Subscription, new_id, now
from schemas.events import DocumentClassified

PENDING, SENDING, SENT, RETRY, FAILED = "pending", "sending", "sent", "retry", "failed"


def _insert(session: AsyncSession, table: type[StoredEvent] | type[Delivery]) -> Any:
    # ON CONFLICT DO NOTHING is dialect-specific in SQLAlchemy; both dialects spell it the same way.
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


async def load_routes(session: AsyncSession) -> list[Route]:
    """Routes for every enabled realtime subscription."""
    rows = await session.execute(
        select(Subscription).where(Subscription.enabled.is_(True), Subscription.mode == "realtime")
    )
    return [
        Route(s.id, s.team_id, s.channel_id, SubscriptionFilter.model_validate(s.filters))
        for s in rows.scalars()
    ]


async def record(session: AsyncSession, event: DocumentClassified, routes: Sequence[Route]) -> int:
    """Store the event and one pending row per matched route; existing rows are left alone."""
    await session.execute(
        _insert(session, StoredEvent)
        .values(event_id=event.event_id, payload=event.model_dump_json(), received_at=now())
        .on_conflict_do_nothing(index_elements=["event_id"])
    )
    if not routes:
        return 0
    stamp = now()
    result = await session.execute(
        _insert(session, Delivery)
        .values(
            [
                {
                    "id": new_id(),
                    "subscription_id": r.subscription_id,
                    "event_id": event.event_id,
                    "channel_id": r.channel_id,
                    "team_id": r.team_id,
                    "status": PENDING,
                    "attempts": 0,
                    "next_attempt_at": stamp,
                    "created_at": stamp,
                    "updated_at": stamp,
                }
                for r in routes
            ]
        )
        .on_conflict_do_nothing(index_elements=["subscription_id", "event_id"])
        .returning(Delivery.id)
    )
    # RETURNING, not rowcount: drivers report -1 for multi-row inserts.
    return len(result.all())


@dataclass(frozen=True)
class Claimed:
    """A delivery this process now owns, with what it needs to send it."""

    delivery_id: str
    attempts: int
    channel: Channel
    event: DocumentClassified


async def claim_due(session: AsyncSession, *, limit: int, lease: timedelta) -> list[Claimed]:
    """Atomically take up to limit due rows (and rows whose sender died mid-send) into 'sending'."""
    stamp = now()
    due = await session.execute(
        select(Delivery.id)
        .where(
            or_(
                Delivery.status.in_((PENDING, RETRY)) & (Delivery.next_attempt_at <= stamp),
                (Delivery.status == SENDING) & (Delivery.claimed_at < stamp - lease),
            )
        )
        .order_by(Delivery.next_attempt_at)
        .limit(limit)
    )
    claimed: list[Claimed] = []
    for delivery_id in due.scalars().all():
        # The conditional update is the lock: another replica that raced us updates zero rows.
        taken = await session.execute(
            update(Delivery)
            .where(
                Delivery.id == delivery_id,
                or_(
                    Delivery.status.in_((PENDING, RETRY)),
                    (Delivery.status == SENDING) & (Delivery.claimed_at < stamp - lease),
                ),
            )
            .values(status=SENDING, claimed_at=stamp, attempts=Delivery.attempts + 1, updated_at=stamp)
        )
        if getattr(taken, "rowcount", 0) != 1:
            continue
        row = (
            await session.execute(
                select(Delivery, Channel, StoredEvent)
                .join(Channel, Channel.id == Delivery.channel_id)
                .join(StoredEvent, StoredEvent.event_id == Delivery.event_id)
                .where(Delivery.id == delivery_id)
            )
        ).one()
        delivery, channel, stored = row
        claimed.append(
            Claimed(
                delivery.id,
                delivery.attempts,
                channel,
                DocumentClassified.model_validate_json(stored.payload),
            )
        )
    await session.commit()
    return claimed


async def mark_sent(session: AsyncSession, delivery_id: str) -> None:
    """The receiver accepted it."""
    stamp = now()
    await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=SENT, sent_at=stamp, updated_at=stamp, last_error=None)
    )
    await session.commit()


async def mark_retry(session: AsyncSession, delivery_id: str, error: str, delay: timedelta) -> None:
    """A transient failure: try again after delay."""
    stamp = now()
    await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=RETRY, next_attempt_at=stamp + delay, last_error=error[:2000], updated_at=stamp)
    )
    await session.commit()


async def mark_failed(session: AsyncSession, delivery_id: str, error: str) -> None:
    """Given up: visible in the audit log."""
    await session.execute(
        update(Delivery)
        .where(Delivery.id == delivery_id)
        .values(status=FAILED, last_error=error[:2000], updated_at=now())
    )
    await session.commit()


async def mark_channel_broken(session: AsyncSession, channel_id: str, reason: str) -> None:
    """A permanent error: stop sending to the channel until someone fixes it."""
    await session.execute(
        update(Channel).where(Channel.id == channel_id).values(status="broken", broken_reason=reason[:2000])
    )
    await session.commit()
