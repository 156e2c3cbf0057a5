"""Durable per-source state: cursors, HTTP validators, published ids + content hashes, screening snapshots."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from schemas.events import DocumentSeen
from watcher.tables import HttpValidator, ScreeningSnapshotRow, SeenDocument, SourceCursor, now

_CHUNK = 500  # keeps IN (...) lists and bulk statements well under every backend's parameter limit


@dataclass(frozen=True)
class Validators:
    """What a URL last answered with, for If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class StoredEntry:
    """One screening-list entry as the last published snapshot holds it."""

    entry_hash: str
    payload: str


@dataclass
class StateUpdate:
    """State a poll wants to advance to, applied only after everything it produced is on Kafka."""

    cursor: str | None = None
    validators: dict[str, Validators] = field(default_factory=dict)
    published: list[DocumentSeen] = field(default_factory=list)
    snapshot_upserts: dict[str, StoredEntry] = field(default_factory=dict)
    snapshot_deletes: list[str] = field(default_factory=list)


class StateStore:
    """The watcher's state in the database (SQLite or PostgreSQL) through SQLAlchemy's asyncio API."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.engine = engine
        self._sessions = async_sessionmaker(engine, expire_on_commit=False)

    async def ping(self) -> None:
        """Raise unless the database answers."""
        async with self.engine.connect() as conn:
            await conn.execute(text("select 1"))

    async def cursor(self, source: str) -> str | None:
        """The source's cursor, or None before its first successful poll."""
        async with self._sessions() as session:
            row = await session.get(SourceCursor, source)
            return row.cursor if row else None

    async def validators(self, source: str) -> dict[str, Validators]:
        """Every URL validator the source has stored."""
        async with self._sessions() as session:
            rows = await session.scalars(select(HttpValidator).where(HttpValidator.source == source))
            return {r.url: Validators(r.etag, r.last_modified) for r in rows}

    async def fresh(self, events: Sequence[DocumentSeen]) -> list[DocumentSeen]:
        """Events never published, or published with other content (as the next revision); in order."""
        known: dict[str, tuple[str, int]] = {}
        ids = list(dict.fromkeys(e.event_id for e in events))
        async with self._sessions() as session:
            for start in range(0, len(ids), _CHUNK):
                rows = await session.execute(
                    select(SeenDocument.event_id, SeenDocument.content_hash, SeenDocument.revision).where(
                        SeenDocument.event_id.in_(ids[start : start + _CHUNK])
                    )
                )
                known.update({r[0]: (r[1], r[2]) for r in rows})
        out: list[DocumentSeen] = []
        for event in events:
            previous = known.get(event.event_id)
            if previous is None:
                out.append(event)
            elif previous[0] != event.content_hash:
                out.append(event.model_copy(update={"revision": previous[1] + 1}))
            else:
                continue
            # The same document twice in one poll (e.g. a page repeated by the API) is published once.
            known[event.event_id] = (event.content_hash, out[-1].revision)
        return out

    async def snapshot(self, source: str) -> dict[str, StoredEntry]:
        """The last published screening-list snapshot of source, by entry key."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(
                    ScreeningSnapshotRow.key, ScreeningSnapshotRow.entry_hash, ScreeningSnapshotRow.payload
                ).where(ScreeningSnapshotRow.source == source)
            )
            return {r[0]: StoredEntry(r[1], r[2]) for r in rows}

    async def advance(self, source: str, update: StateUpdate) -> None:
        """Apply update in one transaction (call only once Kafka acknowledged what it describes)."""
        async with self._sessions() as session, session.begin():
            if update.cursor is not None:
                await self._upsert(
                    session,
                    SourceCursor,
                    [{"source": source, "cursor": update.cursor, "updated_at": now()}],
                    ["source"],
                )
            await self._upsert(
                session,
                HttpValidator,
                [
                    {
                        "source": source,
                        "url": url,
                        "etag": v.etag,
                        "last_modified": v.last_modified,
                        "updated_at": now(),
                    }
                    for url, v in update.validators.items()
                ],
                ["source", "url"],
            )
            latest = {e.event_id: e for e in update.published}
            await self._upsert(
                session,
                SeenDocument,
                [
                    {
                        "event_id": e.event_id,
                        "source": source,
                        "content_hash": e.content_hash,
                        "revision": e.revision,
                        "first_seen_at": now(),
                        "last_published_at": now(),
                    }
                    for e in latest.values()
                ],
                ["event_id"],
                keep=("first_seen_at",),
            )
            await self._upsert(
                session,
                ScreeningSnapshotRow,
                [
                    {"source": source, "key": k, "entry_hash": v.entry_hash, "payload": v.payload}
                    for k, v in update.snapshot_upserts.items()
                ],
                ["source", "key"],
            )
            for start in range(0, len(update.snapshot_deletes), _CHUNK):
                await session.execute(
                    delete(ScreeningSnapshotRow).where(
                        ScreeningSnapshotRow.source == source,
                        ScreeningSnapshotRow.key.in_(update.snapshot_deletes[start : start + _CHUNK]),
                    )
                )

    @staticmethod
    async def _upsert(
        session: AsyncSession,
        table: type[SourceCursor | HttpValidator | SeenDocument | ScreeningSnapshotRow],
        rows: Iterable[Mapping[str, object]],
        keys: list[str],
        keep: tuple[str, ...] = (),
    ) -> None:
        batch = list(rows)
        if not batch:
            return
        dialect = session.bind.dialect.name if session.bind else "sqlite"
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        columns = [c for c in batch[0] if c not in keys and c not in keep]
        for start in range(0, len(batch), _CHUNK):
            stmt = insert(table).values(batch[start : start + _CHUNK])
            stmt = stmt.on_conflict_do_update(
                index_elements=keys, set_={c: getattr(stmt.excluded, c) for c in columns}
            )
            await session.execute(stmt)
