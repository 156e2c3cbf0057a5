"""SQLAlchemy tables of the watcher's durable state (prefixed `watcher_`; changes go through Alembic)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def now() -> datetime:
    """Timezone-aware UTC now."""
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of the watcher's own tables (separate metadata from the notifier's)."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: DateTime(timezone=True)}


class SourceCursor(Base):
    """Where a source got to (e.g. the newest publication date it has published)."""

    __tablename__ = "watcher_cursors"
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    cursor: Mapped[str] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class HttpValidator(Base):
    """The ETag / Last-Modified a URL last answered with, for conditional GETs."""

    __tablename__ = "watcher_http_validators"
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class SeenDocument(Base):
    """An event id the watcher has published, with the content hash and revision it last published."""

    __tablename__ = "watcher_seen"
    event_id: Mapped[str] = mapped_column(String(300), primary_key=True)
    source: Mapped[str] = mapped_column(String(100), index=True)
    content_hash: Mapped[str] = mapped_column(String(80))
    revision: Mapped[int] = mapped_column(Integer)
    first_seen_at: Mapped[datetime] = mapped_column(default=now)
    last_published_at: Mapped[datetime] = mapped_column(default=now, onupdate=now)


class ScreeningSnapshotRow(Base):
    """One entry of the last screening-list snapshot the watcher published (the diff's left side)."""

    __tablename__ = "watcher_screening_entries"
    source: Mapped[str] = mapped_column(String(100), primary_key=True)
    key: Mapped[str] = mapped_column(String(400), primary_key=True)
    entry_hash: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)
