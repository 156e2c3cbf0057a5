"""The RSS/Atom feeds source: httpx fetches bytes (capped, conditional), feedparser parses only bytes."""

from __future__ import annotations

import hashlib
import io
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import feedparser
import structlog

from schemas.events import DocumentSeen, SourceKind, content_hash
from schemas.text import one_line, utf8_safe
from watcher import metrics
from watcher.fetching import FetchError, loggable_url
from watcher.settings import FeedConfig, WatcherSettings
from watcher.sources.base import Poll, PollContext

log = structlog.get_logger(__name__)


class FeedParseError(ValueError):
    """feedparser itself failed on the bytes (not merely bozo); `reason` labels the error metric."""

    def __init__(self, message: str, reason: str = "unparseable_feed") -> None:
        super().__init__(message)
        self.reason = reason


def item_id(feed_id: str, entry: Mapping[str, Any]) -> str:
    """Stable event id: from the guid, else the link, else a hash of title and summary."""
    basis = str(entry.get("id") or entry.get("link") or "") or "\x1f".join(
        [str(entry.get("title") or ""), str(entry.get("summary") or "")]
    )
    return f"feed:{feed_id}:{hashlib.sha256(utf8_safe(basis).encode('utf-8')).hexdigest()}"


def _published(entry: Mapping[str, Any]) -> date | None:
    # Only the keys as stored: feedparser answers an absent "updated_parsed" with the published one and a
    # DeprecationWarning (a fallback it will drop).
    stored = {key: entry[key] for key in entry if key in ("published_parsed", "updated_parsed")}
    parsed = stored.get("published_parsed") or stored.get("updated_parsed")
    if isinstance(parsed, time.struct_time):
        try:
            return datetime(*parsed[:6], tzinfo=UTC).date()
        except ValueError:
            # feedparser keeps years like 0 or 10000 that datetime cannot hold.
            return None
    return None


def parse_feed(feed: FeedConfig, payload: bytes) -> tuple[list[DocumentSeen], bool, str]:
    """Feed bytes -> events, the bozo flag and its reason (pure; never resolves entities or URLs).

    Raises FeedParseError when feedparser itself fails (a bozo feed still yields its readable items).
    """
    try:
        # A BytesIO, never the bytes themselves: feedparser treats a string that looks like a URL or a
        # path as one to open.
        parsed = feedparser.parse(io.BytesIO(payload), resolve_relative_uris=False, sanitize_html=True)
    except Exception as exc:
        # Third-party code on hostile bytes: whatever it raises (e.g. ValueError from chr() on a character
        # reference past U+10FFFF, UnicodeEncodeError on a lone surrogate) is this feed's typed error.
        raise FeedParseError(f"feedparser failed: {type(exc).__name__}: {str(exc)[:200]}") from exc
    events = []
    for entry in parsed.entries:
        title = one_line(entry.get("title") or "")
        if not title:
            continue
        summary = one_line(entry.get("summary") or "")
        link = one_line(entry.get("link") or "") or None
        events.append(
            DocumentSeen(
                event_id=item_id(feed.id, entry),
                source=SourceKind.FEED,
                source_id=feed.id,
                content_hash=content_hash(title, summary, link),
                title=title,
                text=summary,
                url=link,
                published=_published(entry),
            )
        )
    bozo = bool(parsed.get("bozo"))
    return events, bozo, str(parsed.get("bozo_exception", "")) if bozo else ""


@dataclass
class FeedsSource:
    """Every configured feed; one bad feed is logged and counted, the others still publish."""

    feeds: Sequence[FeedConfig]
    max_bytes: int = 5 * 1024 * 1024
    name: str = "feeds"

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> FeedsSource:
        """Build from the watcher's settings."""
        return cls(settings.feeds, settings.feed_max_bytes)

    async def poll(self, ctx: PollContext) -> Poll:
        """Fetch each feed conditionally; parse bytes; raise only if every feed failed."""
        stored = await ctx.state.validators(ctx.source)
        poll = Poll()
        failures: list[FetchError] = []
        for feed in self.feeds:
            try:
                fetched = await ctx.fetcher.get(
                    feed.url, validators=stored.get(feed.url), max_bytes=self.max_bytes
                )
            except FetchError as exc:
                metrics.FETCH_ERRORS.labels(self.name, exc.reason).inc()
                log.warning(
                    "feed.fetch_failed",
                    source=self.name,
                    feed=feed.id,
                    url=loggable_url(feed.url),
                    reason=exc.reason,
                    error=str(exc),
                )
                failures.append(exc)
                continue
            if fetched.body is None:
                poll.not_modified += 1
                continue
            try:
                events, bozo, why = parse_feed(feed, fetched.body)
            except FeedParseError as exc:
                metrics.FETCH_ERRORS.labels(self.name, exc.reason).inc()
                log.warning(
                    "feed.unparseable",
                    source=self.name,
                    feed=feed.id,
                    url=loggable_url(feed.url),
                    reason=exc.reason,
                    error=str(exc),
                )
                failures.append(FetchError(exc.reason, str(exc), feed.url, counted=True))
                continue
            if bozo:
                metrics.FEED_BOZO.labels(self.name, feed.id).inc()
                metrics.FETCH_ERRORS.labels(self.name, "malformed_xml").inc()
                log.warning(
                    "feed.malformed",
                    source=self.name,
                    feed=feed.id,
                    url=loggable_url(feed.url),
                    error=why[:200],
                    items=len(events),
                )
                poll.notes.append(f"{feed.id}: malformed ({len(events)} items kept)")
            poll.events += events
            if fetched.validators.etag or fetched.validators.last_modified:
                poll.update.validators[feed.url] = fetched.validators
        if failures and len(failures) == len(self.feeds):
            first = failures[0]
            message = f"all {len(failures)} feeds failed; first: {first}"
            raise FetchError(first.reason, message, first.url, counted=True)
        return poll

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Nothing to add: a feed item is its title and summary."""
        return events
