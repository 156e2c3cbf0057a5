"""The Federal Register documents source: fetches search pages and hands the bytes to the parser."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import structlog

from schemas.events import DocumentSeen
from watcher.settings import WatcherSettings
from watcher.sources.federal_register import FederalRegisterError, documents_query, parse_page

log = structlog.get_logger(__name__)


@dataclass
class FederalRegisterSource:
    """Documents published by the configured agencies within the look-back window."""

    api_url: str
    agencies: Sequence[str]
    lookback_days: int
    name: str = "federal_register"

    @classmethod
    def from_settings(cls, settings: WatcherSettings) -> FederalRegisterSource:
        """Build from the watcher's settings."""
        return cls(settings.federal_register_api_url, settings.agencies, settings.lookback_days)

    async def poll(self, http: httpx.AsyncClient) -> list[DocumentSeen]:
        """One search page of recent documents (paging by date windows comes with the watcher issue)."""
        since = date.today() - timedelta(days=self.lookback_days)
        params = documents_query(agencies=self.agencies, since=since)
        response = await http.get(f"{self.api_url.rstrip('/')}/documents.json", params=params)
        if response.status_code != httpx.codes.OK:
            raise FederalRegisterError(
                f"GET {response.request.url.path} answered {response.status_code}: {response.text[:200]!r}"
            )
        events, total = parse_page(response.content, source_id=self.name)
        log.info("federal_register.page", documents=len(events), total=total)
        return events
