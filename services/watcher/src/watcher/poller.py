"""The polling loop: ask every source, publish what is new, then advance its state."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import date

import httpx
import structlog

from schemas.events import DocumentSeen, ScreeningEntry
from watcher import metrics
from watcher.fetching import Fetcher, FetchError, RequestBudget
from watcher.publisher import Publisher
from watcher.sources.base import BaselineSource, PollContext, Source
from watcher.sources.federal_register import FederalRegisterSource
from watcher.state import StateStore, StateUpdate

log = structlog.get_logger(__name__)


@dataclass
class CycleResult:
    """What one cycle did for one source."""

    source: str
    seen: int = 0
    published: int = 0
    records: int = 0
    not_modified: int = 0
    requests: int = 0
    skipped: bool = False
    error: str | None = None
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for `once`."""
        if self.skipped:
            return f"{self.source}: skipped (backing off)"
        line = (
            f"{self.source}: seen={self.seen} published={self.published} records={self.records} "
            f"not_modified={self.not_modified} requests={self.requests}"
        )
        line += "".join(f" note={n!r}" for n in self.notes)
        return line + (f" error={self.error}" if self.error else "")


@dataclass
class Backoff:
    """A failing source waits longer after each consecutive failure, up to a cap."""

    base: float = 30.0
    cap: float = 900.0
    failures: int = 0
    until: float = 0.0

    def failed(self, now: float) -> float:
        """Record a failure; return the delay before the source is asked again."""
        self.failures += 1
        jitter = random.uniform(0.8, 1.2)  # noqa: S311 - spreading retries, not secrecy
        delay = float(min(self.cap, self.base * 2 ** (self.failures - 1)) * jitter)
        self.until = now + delay
        return delay

    def succeeded(self) -> None:
        """Reset after a good poll."""
        self.failures, self.until = 0, 0.0


@dataclass
class Poller:
    """Runs the sources with one HTTP client, one request budget, one publisher and the state store."""

    sources: list[Source]
    publisher: Publisher
    http: httpx.AsyncClient
    state: StateStore
    budget: RequestBudget = field(default_factory=lambda: RequestBudget(5.0))
    # Full texts have their own, lower rate, shared by every source that fetches them.
    full_text_budget: RequestBudget = field(default_factory=lambda: RequestBudget(1.0))
    max_body_bytes: int = 20 * 1024 * 1024
    backoff_base: float = 30.0
    backoff_cap: float = 900.0
    backoffs: dict[str, Backoff] = field(default_factory=dict)
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    def fetcher(self, source: Source) -> Fetcher:
        """A fetcher labelled with the source's name, sharing the budget."""
        return Fetcher(self.http, self.budget, source.name, max_bytes=self.max_body_bytes, sleep=self.sleep)

    async def owing_baseline(self) -> list[Source]:
        """The sources whose first load is not yet published (the screening list on a fresh install)."""
        return [
            s for s in self.sources if isinstance(s, BaselineSource) and await s.baseline_pending(self.state)
        ]

    async def cycle(
        self, respect_backoff: bool = False, only: Collection[str] | None = None
    ) -> list[CycleResult]:
        """Poll every source (or those named in `only`) once; a failing one is logged, counted, backed off.

        Results come in source order; sources owing their baseline are polled first, so a fresh install
        puts the screening list on Kafka before the first documents that would be matched against it.
        """
        chosen = [s for s in self.sources if only is None or s.name in only]
        order = first_in_cycle(chosen, {s.name for s in await self.owing_baseline()})
        results = {source.name: await self.poll_source(source, respect_backoff) for source in order}
        return [results[source.name] for source in chosen]

    async def poll_source(self, source: Source, respect_backoff: bool = False) -> CycleResult:
        """One source: poll, de-duplicate, enrich, publish, then advance state."""
        result = CycleResult(source.name)
        backoff = self.backoffs.setdefault(source.name, Backoff(self.backoff_base, self.backoff_cap))
        now = time.monotonic()
        if respect_backoff and now < backoff.until:
            result.skipped = True
            return result
        ctx = PollContext(self.fetcher(source), self.state, source.name, self.full_text_budget)
        try:
            poll = await source.poll(ctx)
            events = await self.state.fresh(poll.events) if poll.deduplicate else poll.events
            events = await source.enrich(ctx, events)
            if poll.deduplicate:
                poll.update.published = events
            await self.publish_then_advance(source.name, events, poll.records, poll.update)
        except Exception as exc:  # noqa: BLE001 - one failing source must not stop the others
            reason = exc.reason if isinstance(exc, FetchError) else _reason(exc)
            url = exc.url if isinstance(exc, FetchError) else ""
            if not getattr(exc, "counted", False):
                metrics.FETCH_ERRORS.labels(source.name, reason).inc()
            delay = backoff.failed(time.monotonic())
            result.error = f"{reason}: {exc}"
            log.warning(
                "source.failed",
                source=source.name,
                url=url,
                reason=reason,
                error=str(exc)[:300],
                backoff_seconds=round(delay, 1),
            )
        else:
            backoff.succeeded()
            metrics.LAST_SUCCESS.labels(source.name).set(time.time())
            result.seen, result.published, result.records = len(poll.events), len(events), len(poll.records)
            result.not_modified, result.notes = poll.not_modified, poll.notes
        result.requests = ctx.fetcher.requests
        return result

    async def publish_then_advance(
        self,
        source: str,
        events: list[DocumentSeen],
        records: list[tuple[str, ScreeningEntry | None]],
        update: StateUpdate,
    ) -> None:
        """Publish events and records, then advance source's state; count what went out.

        The one path every publish takes (polls and backfill): a failed publish leaves the state (ETags,
        cursor, published ids) untouched, so the next attempt sends the same events again."""
        await self.publisher.publish(events)
        await self.publisher.publish_records(records)
        await self.state.advance(source, update)
        for event in events:
            metrics.PUBLISHED.labels(source, event.stage.value if event.stage else "none").inc()
        for _key, entry in records:
            metrics.SCREENING_RECORDS.labels(source, "entry" if entry else "tombstone").inc()

    async def backfill(
        self, source: FederalRegisterSource, ctx: PollContext, since: date, until: date
    ) -> list[DocumentSeen]:
        """One window of history: documents not yet published, enriched, published, then recorded."""
        # No stored validators: a backfill wants the bodies, and must not move the live cursor.
        found = await source.collect(ctx, since, until, {})
        fresh = await source.enrich(ctx, await self.state.fresh(list(found.events.values())))
        await self.publish_then_advance(source.name, fresh, [], StateUpdate(published=fresh))
        return fresh

    async def run(self, interval: float, stop: asyncio.Event | None = None) -> None:
        """Poll until stop is set: each source every interval seconds, or its own `poll_seconds`.

        Failing sources wait out their backoff."""
        stop = stop or asyncio.Event()
        due: dict[str, float] = {}
        while not stop.is_set():
            now = time.monotonic()
            ready = {s.name for s in self.sources if due.get(s.name, now) <= now}
            for source in self.sources:
                if source.name in ready:
                    due[source.name] = now + (poll_interval(source) or interval)
            for result in await self.cycle(respect_backoff=True, only=ready):
                if not result.skipped:
                    log.info(
                        "source.polled",
                        source=result.source,
                        seen=result.seen,
                        published=result.published,
                        records=result.records,
                        error=result.error,
                    )
            wait = min(due.values(), default=now + interval) - time.monotonic()
            try:
                await asyncio.wait_for(stop.wait(), timeout=max(0.0, wait))
            except TimeoutError:
                continue


def poll_interval(source: Source) -> float | None:
    """A source's own poll interval (Public Inspection polls more often), None for the watcher's default."""
    value = getattr(source, "poll_seconds", None)
    return float(value) if isinstance(value, int | float) and value > 0 else None


def first_in_cycle(sources: Sequence[Source], owing: Collection[str]) -> list[Source]:
    """sources with those owing a baseline moved to the front, each group in its configured order."""
    return [s for s in sources if s.name in owing] + [s for s in sources if s.name not in owing]


def _reason(exc: Exception) -> str:
    """A metric label for failures that are not fetch errors (Kafka, database, a bug)."""
    module = type(exc).__module__
    if module.startswith("aiokafka"):
        return "publish"
    if module.startswith("sqlalchemy"):
        return "database"
    return "unexpected"
