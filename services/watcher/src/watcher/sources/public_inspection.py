"""The Public Inspection source: documents filed for the next issue, before they are published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from schemas.events import DocumentSeen, Stage
from watcher.fetching import FetchError, request_url
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext
from watcher.sources.fr_api import FederalRegisterError, parse_results
from watcher.sources.full_text import FullTextReader


@dataclass
class PublicInspectionSource:
    """current.json (or one day's list), filtered to the configured agencies or CFR parts."""

    api_url: str
    agencies: Sequence[str]
    cfr_parts: Sequence[tuple[int, int]] = ()
    name: str = "public_inspection"
    full_text: bool = True
    reader: FullTextReader = field(default_factory=FullTextReader)
    # Polled on its own cadence (the poller reads this): a filing shows up a day before publication.
    poll_seconds: float | None = 15.0
    _pdf_urls: dict[str, str] = field(default_factory=dict, init=False)

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> PublicInspectionSource:
        """Build from the watcher's settings."""
        return cls(
            settings.federal_register_api_url,
            settings.agencies,
            settings.cfr_part_pairs(),
            full_text=settings.full_text,
            reader=FullTextReader.from_settings(settings),
            poll_seconds=settings.public_inspection_poll_seconds,
        )

    def url(self, day: date | None = None) -> tuple[str, list[tuple[str, str]]]:
        """The current list, or the documents available for inspection on day."""
        base = self.api_url.rstrip("/")
        if day is None:
            return f"{base}/public-inspection-documents/current.json", []
        return f"{base}/public-inspection-documents.json", [("conditions[available_on]", day.isoformat())]

    async def poll(self, ctx: PollContext, day: date | None = None) -> Poll:
        """Fetch the list conditionally and keep the documents that concern us."""
        url, params = self.url(day)
        key = request_url(url, params)
        validators = (await ctx.state.validators(ctx.source)).get(key)
        fetched = await ctx.fetcher.get(url, params or None, validators)
        poll = Poll()
        if fetched.body is None:
            poll.not_modified = 1
            return poll
        try:
            events, _count, raw = parse_results(
                fetched.body, source_id=self.name, stage=Stage.PUBLIC_INSPECTION
            )
        except FederalRegisterError as exc:
            raise FetchError(exc.reason, str(exc), fetched.url) from exc
        poll.events = [e for e in events if self.concerns(e)]
        # Only the latest list: enrich() follows it, and a long-running process must not grow this.
        self._pdf_urls = {
            e.document_number or "": str(item["pdf_url"])
            for e, item in zip(events, raw, strict=True)
            if item.get("pdf_url") and self.concerns(e)
        }
        if fetched.validators.etag or fetched.validators.last_modified:
            poll.update.validators[key] = fetched.validators
        return poll

    def concerns(self, event: DocumentSeen) -> bool:
        """True for documents by a configured agency or touching a configured CFR part."""
        if not self.agencies and not self.cfr_parts:
            return True
        parts = {f"{t} CFR {p}" for t, p in self.cfr_parts}
        return bool(set(event.agencies) & set(self.agencies)) or bool(parts & set(event.cfr_parts))

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Each new filing with the text of its PDF, when WATCHER_FULL_TEXT is on (parties a day early).

        A PDF that fails to fetch or parse is logged and counted by the reader; the filing goes out with its
        title, and the published stage brings the XML the next day."""
        if not self.full_text:
            return events
        out = []
        for event in events:
            url = self._pdf_urls.get(event.document_number or "")
            out.append(await self.reader.read(ctx, event, url) if url and event.body is None else event)
        return out
