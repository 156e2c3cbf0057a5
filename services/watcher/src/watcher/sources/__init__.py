"""Source plug-ins: one module per source, one interface (sources.base), one explicit registry (SOURCES)."""

from __future__ import annotations

from collections.abc import Callable

from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext, Source
from watcher.sources.federal_register import FederalRegisterSource
from watcher.sources.feeds import FeedsSource
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.sources.screening_list import ScreeningListSource

__all__ = ["SOURCES", "Poll", "PollContext", "Source", "build_sources"]

SourceFactory = Callable[[WatcherSettings], Source]

SOURCES: dict[str, SourceFactory] = {
    "federal_register": FederalRegisterSource.from_settings,
    "public_inspection": PublicInspectionSource.from_settings,
    "feeds": FeedsSource.from_settings,
    "screening_list": ScreeningListSource.from_settings,
}


def build_sources(settings: WatcherSettings) -> list[Source]:
    """Instantiate the configured sources, in registry order."""
    unknown = set(settings.sources) - set(SOURCES)
    if unknown:
        raise ValueError(f"WATCHER_SOURCES names unknown sources {sorted(unknown)}; known: {sorted(SOURCES)}")
    return [factory(settings) for name, factory in SOURCES.items() if name in settings.sources]
