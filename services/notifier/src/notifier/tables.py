"""SQLAlchemy table models of the notifier's database (schema changes go through Alembic)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from notifier.crypto import SealedJSON
from notifier.states import ChannelStatus, DeliveryStatus, Mode


def new_id() -> str:
    """A random identifier for a new row."""
    return uuid.uuid4().hex


def now() -> datetime:
    """Timezone-aware UTC now (stored as such on PostgreSQL, naive-UTC on SQLite)."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base; `type_annotation_map` keeps datetimes timezone-aware."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: DateTime(timezone=True), dict[str, Any]: JSON}


class Team(Base):
    """A compliance team: owns channels, subscriptions and a watchlist."""

    __tablename__ = "teams"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(default=now)


class Channel(Base):
    """Where a team's alerts go; `config` holds secrets: stored encrypted, never returned by the API."""

    __tablename__ = "channels"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200), default="")
    # Encrypted at rest with CHANNEL_SECRET_KEYS (notifier.crypto); reads and writes here see the plain dict.
    config: Mapped[dict[str, Any]] = mapped_column(SealedJSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default=ChannelStatus.OK)
    broken_reason: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    # Soft delete: the audit log (/v1/alerts) still names the channel its rows went to.
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Subscription(Base):
    """A team's standing question: which events, to which channel, how often."""

    __tablename__ = "subscriptions"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[str] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    mode: Mapped[str] = mapped_column(String(16), default=Mode.REALTIME)
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=now)
    # Digest timing (notifier.routing.schedule.DigestSchedule as JSON): {"every_minutes": N} or
    # {"daily_at": "HH:MM", "timezone": TZ}; None for realtime (a digest without one is hourly).
    schedule: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    updated_at: Mapped[datetime | None] = mapped_column(default=None)
    # Soft delete (enabled cleared too): ledger rows keep pointing at a subscription the audit log names.
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class StoredEvent(Base):
    """A classified event as received (needed to render resumed deliveries, previews and search)."""

    __tablename__ = "events"
    event_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    payload: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(default=now, index=True)


class Delivery(Base):
    """The ledger: one row per (subscription, event); its uniqueness is what prevents double sends."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id", name="uq_delivery_subscription_event"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
        # --- delivery half (migration 0003) ---
        UniqueConstraint("subscription_id", "dedupe_key", name="uq_delivery_subscription_dedupe"),
    )
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    subscription_id: Mapped[str] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id"))
    channel_id: Mapped[str] = mapped_column(String(32))
    team_id: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), default=DeliveryStatus.PENDING)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=now)
    claimed_at: Mapped[datetime | None] = mapped_column(default=None)
    last_error: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)
    sent_at: Mapped[datetime | None] = mapped_column(default=None)
    # --- delivery half (migration 0003) ---
    # One alert per document per subscription: "document:<number>" for Federal Register documents (so the
    # published rule after its Public Inspection filing is not a second alert), else the event id.
    dedupe_key: Mapped[str | None] = mapped_column(String(300), default=None)
    # --- party revisions (migration 0007) ---
    # The document's key (routing.documents.document_key) when this row joins its stages, else NULL; a
    # later stage looks up what the subscription was told about the document by it.
    document_key: Mapped[str | None] = mapped_column(String(300), default=None, index=True)
    # routing.revisions.party_fingerprint of the event's party list (NULL: not read for parties).
    parties_fingerprint: Mapped[str | None] = mapped_column(String(64), default=None)
    # For a revision (the party list changed since the subscription was told): the event told before.
    revises_event_id: Mapped[str | None] = mapped_column(String(300), default=None)


class PaceSlot(Base):
    """When a destination's next send slot is free (unix seconds), shared by every notifier replica."""

    __tablename__ = "pace_slots"
    # The channel's pace key: a digest of the destination, never the webhook URL or token itself.
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)


class ApiLimit(Base):
    """An API limit's theoretical next-allowed time (unix seconds, GCRA), shared by every API replica."""

    __tablename__ = "api_limits"
    # "auth:<client address>", "team:<id>", "test:<channel id>", "confirm:<team id>": never a key or secret.
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)


class EmailRecipient(Base):
    """An email address waiting for its confirmation code; confirmed ones move into the channel's `to`."""

    __tablename__ = "email_recipients"
    __table_args__ = (UniqueConstraint("channel_id", "address", name="uq_email_recipient_channel_address"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    channel_id: Mapped[str] = mapped_column(ForeignKey("channels.id", ondelete="CASCADE"), index=True)
    address: Mapped[str] = mapped_column(String(320))
    # SHA-256 of the code mailed to the address (the code itself is never stored).
    code_hash: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column()
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=now)


class ApiKey(Base):
    """A team's API key: only its SHA-256 is stored; the prefix finds the row and is safe to show."""

    __tablename__ = "api_keys"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    prefix: Mapped[str] = mapped_column(String(24), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=now)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)


class WatchlistItem(Base):
    """A team's own watched name; the API mirrors each change onto exportwatch.watchlist.v1."""

    __tablename__ = "watchlist_entries"
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
    updated_at: Mapped[datetime] = mapped_column(default=now)
    # Kept (not deleted) so a restarted API can re-publish the tombstone.
    deleted_at: Mapped[datetime | None] = mapped_column(default=None)


class Suppression(Base):
    """A team cleared a document: quiet while the document's content_hash stays the one cleared."""

    __tablename__ = "suppressions"
    __table_args__ = (Index("ix_suppressions_lookup", "document_key", "team_id"),)
    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_id)
    team_id: Mapped[str] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    # None: every subscription of the team; otherwise only that one.
    subscription_id: Mapped[str | None] = mapped_column(String(32), default=None)
    event_id: Mapped[str] = mapped_column(String(300))
    document_key: Mapped[str] = mapped_column(String(300))
    content_hash: Mapped[str] = mapped_column(String(100))
    note: Mapped[str | None] = mapped_column(Text, default=None)
    created_at: Mapped[datetime] = mapped_column(default=now)
