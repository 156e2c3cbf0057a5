"""Source plug-ins: one module per source, one interface, one explicit registry (SOURCES)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import httpx

from schemas.events import DocumentSeen
from watcher.settings import WatcherSettings
from watcher.sources.federal_register_source import FederalRegisterSource


class Source(Protocol):
    """Something the poller asks, once per cycle, for the documents it can see now."""

    name: str

    async def poll(self, http: httpx.AsyncClient) -> list[DocumentSeen]:
        """Fetch and parse; raise on failure (the poller logs, counts and carries on)."""
        ...


SourceFactory = Callable[[WatcherSettings], Source]

SOURCES: dict[str, SourceFactory] = {
    "federal_register": FederalRegisterSource.from_settings,
}


def build_sources(settings: WatcherSettings) -> list[Source]:
    """Instantiate the configured sources, in registry order."""
    unknown = set(settings.sources) - set(SOURCES)
    if unknown:
        raise ValueError(f"WATCHER_SOURCES names unknown sources {sorted(unknown)}; known: {sorted(SOURCES)}")
    return [factory(settings) for name, factory in SOURCES.items() if name in settings.sources]
