"""What every source is given (a fetcher, its stored state) and what one poll hands back."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from schemas.events import DocumentSeen, ScreeningEntry
from watcher.fetching import Fetcher, RequestBudget
from watcher.state import StateStore, StateUpdate


@dataclass
class PollContext:
    """A source's view of the world for one poll: HTTP through its fetcher, its state read-only."""

    fetcher: Fetcher
    state: StateStore
    source: str
    # One full-text budget across sources (about one request a second to the Federal Register's full text).
    full_text_budget: RequestBudget | None = None


@dataclass
class Poll:
    """What one poll produced; the poller publishes it and only then applies `update`."""

    events: list[DocumentSeen] = field(default_factory=list)
    # Compacted-topic records: (key, entry) or (key, None) for a tombstone.
    records: list[tuple[str, ScreeningEntry | None]] = field(default_factory=list)
    update: StateUpdate = field(default_factory=StateUpdate)
    # Screening diffs are already relative to the stored snapshot: no second de-duplication.
    deduplicate: bool = True
    not_modified: int = 0
    notes: list[str] = field(default_factory=list)


class Source(Protocol):
    """A plug-in the poller asks, once per cycle, for what it can see now."""

    name: str

    async def poll(self, ctx: PollContext) -> Poll:
        """Fetch and parse; raise FetchError on bad input (the poller logs, counts, backs off)."""
        ...

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Add costly detail (e.g. rule text) to events about to be published; others are skipped."""
        ...


@runtime_checkable
class BaselineSource(Protocol):
    """A source whose first load other services need before any document (the screening list)."""

    async def baseline_pending(self, state: StateStore) -> bool:
        """True until the source's first complete load is published and stored."""
        ...
