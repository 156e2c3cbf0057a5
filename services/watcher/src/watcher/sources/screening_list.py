"""Screening-list source: diff the CSL download with the stored snapshot, keep the compacted topic current."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import structlog

from schemas.events import DocumentSeen, ScreeningEntry
from screening import csl
from watcher import metrics, screening_diff
from watcher.fetching import FetchError, loggable_url
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext
from watcher.state import StateStore, StoredEntry, Validators

log = structlog.get_logger(__name__)

# Where the hash of the last diffed download is kept, beside the HTTP validators. Present once a list was
# published and stored, so it also says whether the baseline is done.
CONTENT_KEY = "content-sha256"
BUNDLED = csl.BUNDLED_SNAPSHOT
BUNDLED_LABEL = "bundled May-2022 snapshot"


def _digest(payload: bytes) -> str:
    return "sha256:" + hashlib.sha256(payload).hexdigest()


@dataclass
class ScreeningListSource:
    """The Consolidated Screening List from a URL or a local file; the bundled 2022 snapshot when offline."""

    location: str = ""
    max_shrink: float = 0.5
    max_bytes: int = 100 * 1024 * 1024
    # When the first download fails: publish the bundled snapshot (never over a list already stored).
    fallback: bool = False
    name: str = "screening_list"
    # The list used offline and as the fallback (tests use a smaller one).
    bundled: Path = BUNDLED
    _offline_warned: bool = field(default=False, init=False, repr=False)
    _bundled_digest: str | None = field(default=None, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> ScreeningListSource:
        """Build from the watcher's settings."""
        return cls(
            settings.screening_list_url,
            settings.screening_max_shrink,
            settings.screening_max_bytes,
            settings.screening_fallback,
        )

    async def baseline_pending(self, state: StateStore) -> bool:
        """True until a first list (downloaded or bundled) is on the compacted topic and stored."""
        return CONTENT_KEY not in await state.validators(self.name)

    async def _read(self, path: Path) -> bytes:
        try:
            return await asyncio.to_thread(path.read_bytes)
        except OSError as exc:
            raise FetchError("unreadable", f"cannot read {path}: {exc.strerror}", str(path)) from exc

    async def _download(self, ctx: PollContext, poll: Poll) -> bytes | None:
        if self.location.startswith(("http://", "https://")):
            stored = (await ctx.state.validators(ctx.source)).get(self.location)
            fetched = await ctx.fetcher.get(self.location, validators=stored, max_bytes=self.max_bytes)
            if fetched.body is not None and (fetched.validators.etag or fetched.validators.last_modified):
                poll.update.validators[self.location] = fetched.validators
            return fetched.body
        return await self._read(Path(self.location) if self.location else self.bundled)

    async def _bundled(self) -> str:
        """The digest of the bundled snapshot, which tells a stored 2022 list from a downloaded one."""
        if self._bundled_digest is None:
            self._bundled_digest = _digest(await self._read(self.bundled))
        return self._bundled_digest

    async def _load(self, payload: bytes, where: str) -> list[ScreeningEntry]:
        try:
            return await asyncio.to_thread(csl.load, payload, self.max_bytes * 4)
        except csl.ScreeningListError as exc:
            raise FetchError(exc.reason, str(exc), where) from exc

    async def _fetch(self, ctx: PollContext, poll: Poll, stored: str | None) -> list[ScreeningEntry] | None:
        """The list at location, None when unchanged; FetchError when it cannot be had or read."""
        if not self.location:
            self._warn_offline()
        payload = await self._download(ctx, poll)
        if payload is None:
            return None
        # Same bytes as last time (a local file, or a server without ETags): nothing to parse or diff.
        digest = _digest(payload)
        if stored == digest:
            return None
        if not self.location and stored is not None:
            # A newer list is stored: diffing the 2022 snapshot against it would "remove" every party
            # listed since, so offline keeps the stored list.
            poll.notes.append(f"offline: keeping the stored list, not the {BUNDLED_LABEL}")
            return None
        entries = await self._load(payload, self.location or str(self.bundled))
        poll.update.validators[CONTENT_KEY] = Validators(etag=digest)
        return entries

    async def _fall_back(self, poll: Poll, exc: FetchError) -> list[ScreeningEntry]:
        """The bundled snapshot after a failed first download: a 2022 list beats none, loudly."""
        metrics.FETCH_ERRORS.labels(self.name, exc.reason).inc()
        metrics.SCREENING_FALLBACK.labels(exc.reason).inc()
        log.warning(
            "screening.fallback",
            url=exc.url,
            reason=exc.reason,
            error=str(exc)[:300],
            snapshot=self.bundled.name,
        )
        poll.notes.append(f"download failed ({exc.reason}): published the {BUNDLED_LABEL} instead")
        # A stored ETag would make the next download answer 304 and keep the fallback for good.
        poll.update.validators.clear()
        poll.update.validators[CONTENT_KEY] = Validators(etag=await self._bundled())
        return await self._load(await self._read(self.bundled), str(self.bundled))

    def _warn_offline(self) -> None:
        if self._offline_warned:
            return
        self._offline_warned = True
        metrics.SCREENING_FALLBACK.labels("offline").inc()
        log.warning(
            "screening.offline",
            snapshot=self.bundled.name,
            hint="WATCHER_SCREENING_LIST_URL is empty: parties listed after May 2022 are missing",
        )

    async def poll(self, ctx: PollContext) -> Poll:
        """Diff the download against the snapshot; refuse an implausible shrink instead of mass removals."""
        poll = Poll(deduplicate=False)
        stored_digest = (await ctx.state.validators(ctx.source)).get(CONTENT_KEY)
        stored_etag = stored_digest.etag if stored_digest else None
        try:
            current = await self._fetch(ctx, poll, stored_etag)
        except FetchError as exc:
            if not self.fallback or stored_etag is not None:
                raise
            current = await self._fall_back(poll, exc)
        if current is None:
            poll.not_modified = 1
            return poll
        where = self.location or str(self.bundled)
        stored = await ctx.state.snapshot(ctx.source)
        if stored and len(current) < len(stored) * (1 - self.max_shrink):
            metrics.SCREENING_REFUSED.labels(self.name).inc()
            raise FetchError(
                "implausible_shrink",
                f"download has {len(current)} entries, the stored snapshot {len(stored)}: refused "
                f"(more than {self.max_shrink:.0%} would disappear)",
                where,
            )
        # The stored list is the 2022 snapshot: its gap to a download is years of listings, not news.
        replacing = bool(stored) and stored_etag == await self._bundled()
        change = await asyncio.to_thread(
            screening_diff.diff,
            {k: (v.entry_hash, v.payload) for k, v in stored.items()},
            current,
            self.name,
            replacing,
        )
        poll.events = change.events
        poll.records = [(k, e) for k, e in change.upserts.items()] + [(k, None) for k in change.removals]
        poll.update.snapshot_upserts = {
            k: StoredEntry(screening_diff.entry_hash(e), e.model_dump_json())
            for k, e in change.upserts.items()
        }
        poll.update.snapshot_deletes = change.removals
        if not stored:
            poll.notes.append(f"baseline of {len(current)} entries (no change events on first load)")
        elif replacing:
            poll.notes.append(f"replaced the {BUNDLED_LABEL} with {len(current)} entries (no change events)")
            log.info("screening.fallback_replaced", entries=len(current), url=loggable_url(where))
        return poll

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Nothing to add: each event carries its entry."""
        return events
