"""The Federal Register documents source: date-windowed, paged, conditional search queries."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

import structlog

from schemas.events import DocumentSeen
from watcher.fetching import FetchError, request_url
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext
from watcher.sources.fr_api import (
    MAX_PER_PAGE,
    MAX_RESULTS,
    FederalRegisterError,
    documents_query,
    parse_results,
)
from watcher.sources.full_text import FullTextReader
from watcher.state import Validators

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Selector:
    """One search the source runs: the configured agencies, or one CFR part (any agency)."""

    agencies: tuple[str, ...] = ()
    cfr: tuple[int, int] | None = None


@dataclass
class WindowResult:
    """Documents of one date window, de-duplicated on document_number, and the validators seen."""

    events: dict[str, DocumentSeen] = field(default_factory=dict)
    raw_text_urls: dict[str, str] = field(default_factory=dict)
    validators: dict[str, Validators] = field(default_factory=dict)
    not_modified: int = 0
    requests: int = 0


@dataclass
class FederalRegisterSource:
    """Documents by the configured agencies or CFR parts, published since the cursor (or the look-back)."""

    api_url: str
    agencies: Sequence[str]
    lookback_days: int
    cfr_parts: Sequence[tuple[int, int]] = ()
    types: Sequence[str] = ()
    per_page: int = MAX_PER_PAGE
    full_text: bool = True
    reader: FullTextReader = field(default_factory=FullTextReader)
    name: str = "federal_register"
    today: Callable[[], date] = date.today
    _raw_text_urls: dict[str, str] = field(default_factory=dict, init=False)

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> FederalRegisterSource:
        """Build from the watcher's settings."""
        return cls(
            settings.federal_register_api_url,
            settings.agencies,
            settings.lookback_days,
            cfr_parts=settings.cfr_part_pairs(),
            types=settings.document_types,
            full_text=settings.full_text,
            reader=FullTextReader.from_settings(settings),
        )

    @property
    def selectors(self) -> list[Selector]:
        """The searches one poll runs."""
        out = [Selector(agencies=tuple(self.agencies))] if self.agencies else []
        return out + [Selector(cfr=part) for part in self.cfr_parts]

    async def poll(self, ctx: PollContext) -> Poll:
        """Every selector over [min(look-back, cursor), today]; the cursor becomes today."""
        today = self.today()
        since = today - timedelta(days=self.lookback_days)
        cursor = await ctx.state.cursor(ctx.source)
        if cursor:
            # After downtime longer than the look-back, start where we stopped: nothing is missed.
            try:
                since = min(since, date.fromisoformat(cursor))
            except ValueError:
                log.warning("federal_register.bad_cursor", source=self.name, cursor=cursor)
        result = await self.collect(ctx, since, today, await ctx.state.validators(ctx.source))
        poll = Poll(events=list(result.events.values()), not_modified=result.not_modified)
        poll.update.validators = result.validators
        # The cursor is the last day fully covered: after downtime longer than the look-back the
        # next window starts there; in normal operation the window stays put, so its ETags hold.
        poll.update.cursor = today.isoformat()
        return poll

    async def collect(
        self,
        ctx: PollContext,
        since: date,
        until: date,
        validators: dict[str, Validators],
        progress: Callable[[date, date, int], None] | None = None,
    ) -> WindowResult:
        """Documents of every selector in [since, until] (backfill uses this with its own window)."""
        result = WindowResult()
        for selector in self.selectors:
            await self._window(ctx, selector, since, until, validators, result, progress)
        # Only the latest search: enrich() follows it, and a long-running process must not grow this.
        self._raw_text_urls = dict(result.raw_text_urls)
        return result

    async def _window(
        self,
        ctx: PollContext,
        selector: Selector,
        since: date,
        until: date,
        validators: dict[str, Validators],
        result: WindowResult,
        progress: Callable[[date, date, int], None] | None,
    ) -> None:
        first, count, unchanged = await self._page(ctx, selector, since, until, 1, validators, result)
        if unchanged:
            return
        if count > MAX_RESULTS and since < until:
            # Past 10,000 results the API silently restarts at page 1: split the date window instead.
            middle = since + (until - since) // 2
            await self._window(ctx, selector, since, middle, validators, result, progress)
            await self._window(ctx, selector, middle + timedelta(days=1), until, validators, result, progress)
            return
        if count > MAX_RESULTS:
            log.warning("federal_register.day_too_large", day=since.isoformat(), count=count)
        pages = min(math.ceil(min(count, MAX_RESULTS) / self.per_page), MAX_RESULTS // self.per_page)
        first_numbers = set(first)
        self._check_size(first, count, 1)
        for page in range(2, pages + 1):
            numbers, _count, unchanged = await self._page(
                ctx, selector, since, until, page, validators, result
            )
            if unchanged:
                continue
            if numbers and set(numbers) <= first_numbers:
                raise FetchError("paging", f"page {page} repeated page 1 (the API's silent page reset)")
            self._check_size(numbers, count, page)
        if progress:
            progress(since, until, count)

    def _check_size(self, numbers: list[str], count: int, page: int) -> None:
        expected = max(0, min(self.per_page, min(count, MAX_RESULTS) - (page - 1) * self.per_page))
        if len(numbers) < expected:
            raise FetchError(
                "paging",
                f"page {page} has {len(numbers)} documents, {expected} expected (per_page silently clamped?)",
            )

    async def _page(
        self,
        ctx: PollContext,
        selector: Selector,
        since: date,
        until: date,
        page: int,
        validators: dict[str, Validators],
        result: WindowResult,
    ) -> tuple[list[str], int, bool]:
        params = documents_query(
            agencies=selector.agencies,
            since=since,
            until=until,
            per_page=self.per_page,
            page=page,
            cfr=selector.cfr,
            types=self.types,
        )
        url = f"{self.api_url.rstrip('/')}/documents.json"
        fetched = await ctx.fetcher.get(url, params, validators.get(request_url(url, params)))
        result.requests += 1
        if fetched.body is None:
            result.not_modified += 1
            return [], 0, True
        try:
            events, count, raw = parse_results(fetched.body, source_id=self.name)
        except FederalRegisterError as exc:
            raise FetchError(exc.reason, str(exc), fetched.url) from exc
        for event, item in zip(events, raw, strict=True):
            number = event.document_number or ""
            result.events.setdefault(number, event)
            # The full-text XML first: its GPO table is what the classifier reads parties from.
            text_url = item.get("full_text_xml_url") or item.get("raw_text_url")
            if text_url:
                result.raw_text_urls[number] = str(text_url)
        if fetched.validators.etag or fetched.validators.last_modified:
            result.validators[request_url(url, params)] = fetched.validators
        return [e.document_number or "" for e in events], count, False

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Each new document with its full text (XML kept beside the text), when WATCHER_FULL_TEXT is on.

        Every document here is by a configured agency or touches a configured CFR part; a failed fetch or
        parse is logged and counted by the reader, and the document goes out with its title and abstract."""
        if not self.full_text:
            return events
        out = []
        for event in events:
            url = self._raw_text_urls.get(event.document_number or "")
            if url and event.body is None:
                event = await self.reader.read(ctx, event, url)
            out.append(event)
        return out
