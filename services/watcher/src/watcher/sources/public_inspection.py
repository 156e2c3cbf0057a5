"""The Public Inspection source: documents filed for the next issue, before they are published."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from schemas.events import DocumentSeen, Stage
from watcher.fetching import FetchError, request_url
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext
from watcher.sources.federal_register import FederalRegisterError, parse_results


@dataclass
class PublicInspectionSource:
    """current.json (or one day's list), filtered to the configured agencies or CFR parts."""

    api_url: str
    agencies: Sequence[str]
    cfr_parts: Sequence[tuple[int, int]] = ()
    name: str = "public_inspection"

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> PublicInspectionSource:
        """Build from the watcher's settings."""
        return cls(settings.federal_register_api_url, settings.agencies, settings.cfr_part_pairs())

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
            events, _count, _raw = parse_results(
                fetched.body, source_id=self.name, stage=Stage.PUBLIC_INSPECTION
            )
        except FederalRegisterError as exc:
            raise FetchError(exc.reason, str(exc), fetched.url) from exc
        poll.events = [e for e in events if self.concerns(e)]
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
        """Nothing to add: the published stage brings the abstract and rule text."""
        return events
