"""The polling loop: ask every source, publish what is new, then advance state."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

import httpx
import structlog

from watcher.publisher import Publisher
from watcher.sources import Source
from watcher.state import SeenState

log = structlog.get_logger(__name__)


@dataclass
class CycleResult:
    """What one cycle did for one source."""

    source: str
    seen: int = 0
    published: int = 0
    error: str | None = None


@dataclass
class Poller:
    """Runs the sources against one HTTP client and one publisher."""

    sources: list[Source]
    publisher: Publisher
    http: httpx.AsyncClient
    state: SeenState = field(default_factory=SeenState)

    async def cycle(self) -> list[CycleResult]:
        """Poll every source once; a failing source is logged and the others carry on."""
        results = []
        for source in self.sources:
            result = CycleResult(source.name)
            try:
                events = await source.poll(self.http)
                result.seen = len(events)
                fresh = self.state.fresh(events)
                # Publish first, then remember: a failed publish leaves state where it was.
                await self.publisher.publish(fresh)
                self.state.remember(fresh)
                result.published = len(fresh)
            except Exception as exc:  # noqa: BLE001 - one failing source must not stop the others
                result.error = f"{type(exc).__name__}: {exc}"
                log.warning("source.failed", source=source.name, error=result.error)
            results.append(result)
        return results

    async def run(self, interval: float) -> None:
        """Cycle forever, interval seconds apart."""
        while True:
            for result in await self.cycle():
                log.info(
                    "source.polled",
                    source=result.source,
                    seen=result.seen,
                    published=result.published,
                    error=result.error,
                )
            await asyncio.sleep(interval)
