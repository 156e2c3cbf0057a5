"""Screening-list source: diff the CSL download with the stored snapshot, keep the compacted topic current."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import dataclass
from pathlib import Path

import structlog

from schemas.events import DocumentSeen
from screening import csl
from watcher import metrics, screening_diff
from watcher.fetching import FetchError
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext
from watcher.state import StoredEntry, Validators

log = structlog.get_logger(__name__)

# Where the hash of the last diffed download is kept, beside the HTTP validators.
CONTENT_KEY = "content-sha256"
BUNDLED = csl.BUNDLED_SNAPSHOT


@dataclass
class ScreeningListSource:
    """The Consolidated Screening List from a URL, a local file, or the bundled 2022 snapshot."""

    location: str = ""
    max_shrink: float = 0.5
    max_bytes: int = 100 * 1024 * 1024
    name: str = "screening_list"

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> ScreeningListSource:
        """Build from the watcher's settings."""
        return cls(settings.screening_list_url, settings.screening_max_shrink, settings.screening_max_bytes)

    async def _download(self, ctx: PollContext, poll: Poll) -> bytes | None:
        if self.location.startswith(("http://", "https://")):
            stored = (await ctx.state.validators(ctx.source)).get(self.location)
            fetched = await ctx.fetcher.get(self.location, validators=stored, max_bytes=self.max_bytes)
            if fetched.body is not None and (fetched.validators.etag or fetched.validators.last_modified):
                poll.update.validators[self.location] = fetched.validators
            return fetched.body
        path = Path(self.location) if self.location else BUNDLED
        try:
            return await asyncio.to_thread(path.read_bytes)
        except OSError as exc:
            raise FetchError("unreadable", f"cannot read {path}: {exc.strerror}", str(path)) from exc

    async def poll(self, ctx: PollContext) -> Poll:
        """Diff the download against the snapshot; refuse an implausible shrink instead of mass removals."""
        poll = Poll(deduplicate=False)
        payload = await self._download(ctx, poll)
        if payload is None:
            poll.not_modified = 1
            return poll
        # Same bytes as last time (a local file, or a server without ETags): nothing to parse or diff.
        digest = "sha256:" + hashlib.sha256(payload).hexdigest()
        if (await ctx.state.validators(ctx.source)).get(CONTENT_KEY) == Validators(etag=digest):
            poll.not_modified = 1
            return poll
        poll.update.validators[CONTENT_KEY] = Validators(etag=digest)
        where = self.location or str(BUNDLED)
        try:
            current = await asyncio.to_thread(csl.load, payload, self.max_bytes * 4)
        except csl.ScreeningListError as exc:
            raise FetchError(exc.reason, str(exc), where) from exc
        stored = await ctx.state.snapshot(ctx.source)
        if stored and len(current) < len(stored) * (1 - self.max_shrink):
            metrics.SCREENING_REFUSED.labels(self.name).inc()
            raise FetchError(
                "implausible_shrink",
                f"download has {len(current)} entries, the stored snapshot {len(stored)}: refused "
                f"(more than {self.max_shrink:.0%} would disappear)",
                where,
            )
        change = await asyncio.to_thread(
            screening_diff.diff, {k: (v.entry_hash, v.payload) for k, v in stored.items()}, current, self.name
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
        return poll

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Nothing to add: each event carries its entry."""
        return events
