"""Public Inspection's own poll interval: more polls than other sources, an unchanged one a single 304."""

from __future__ import annotations

import asyncio

import httpx

from devkit.replay import ReplayServer
from schemas.events import DocumentSeen
from tests.unit.watcher.conftest import RecordingPublisher, Sleeps
from watcher.fetching import RequestBudget
from watcher.poller import Poller, poll_interval
from watcher.settings import WatcherSettings
from watcher.sources.base import Poll, PollContext, Source
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.state import StateStore

BIS = "industry-and-security-bureau"


class Counting:
    """A source that publishes nothing and counts its polls."""

    def __init__(self, name: str, poll_seconds: float | None = None) -> None:
        self.name = name
        self.poll_seconds = poll_seconds
        self.polls = 0

    async def poll(self, ctx: PollContext) -> Poll:
        """Count the poll."""
        self.polls += 1
        return Poll()

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Nothing to add."""
        return events


def test_public_inspection_polls_every_15_seconds_by_default() -> None:
    settings = WatcherSettings()
    assert settings.public_inspection_poll_seconds == 15.0
    assert settings.full_text is True
    assert poll_interval(PublicInspectionSource.from_settings(settings)) == 15.0
    assert poll_interval(Counting("x")) is None


async def test_each_source_runs_on_its_own_interval(sqlite_store: StateStore) -> None:
    fast, slow = Counting("fast", poll_seconds=0.05), Counting("slow")
    async with httpx.AsyncClient() as http:
        sources: list[Source] = [slow, fast]
        poller = Poller(sources, RecordingPublisher(), http, sqlite_store, sleep=Sleeps())
        stop = asyncio.Event()
        task = asyncio.create_task(poller.run(interval=10.0, stop=stop))
        await asyncio.sleep(0.6)
        stop.set()
        await task
    assert slow.polls == 1
    assert fast.polls >= 5


async def test_an_unchanged_public_inspection_poll_costs_one_request(
    replay: tuple[ReplayServer, str], sqlite_store: StateStore, http: httpx.AsyncClient
) -> None:
    server, base = replay
    source = PublicInspectionSource(f"{base}/api/v1", [BIS])
    poller = Poller([source], RecordingPublisher(), http, sqlite_store, budget=RequestBudget(1000))
    first = (await poller.cycle())[0]
    again = [(await poller.cycle())[0] for _ in range(3)]
    assert first.requests == 1
    assert [(r.requests, r.not_modified, r.published) for r in again] == [(1, 1, 0)] * 3
    assert server.not_modified["public_inspection"] == 3
