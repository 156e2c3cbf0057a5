"""Watcher test fixtures: a migrated watcher database, a replay server, a recording publisher, a poller."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field

import httpx
import pytest

from devkit.replay import ReplayServer, start
from schemas.events import DocumentSeen, ScreeningEntry
from watcher.db import make_engine, migrate
from watcher.fetching import Fetcher, RequestBudget
from watcher.metrics import REGISTRY
from watcher.state import StateStore


@dataclass
class RecordingPublisher:
    """Keeps what was published; `fail` makes the next publish raise (a broker that is down)."""

    events: list[DocumentSeen] = field(default_factory=list)
    records: list[tuple[str, ScreeningEntry | None]] = field(default_factory=list)
    fail: bool = False

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Record events, or raise when failing."""
        if self.fail and events:
            raise ConnectionError("broker down")
        self.events += events

    async def publish_records(self, records: Sequence[tuple[str, ScreeningEntry | None]]) -> None:
        """Record compacted-topic records, or raise when failing."""
        if self.fail and records:
            raise ConnectionError("broker down")
        self.records += records


@pytest.fixture
async def store(database_url: str) -> AsyncIterator[StateStore]:
    """The watcher's state in a database the notifier already migrated (both share DATABASE_URL)."""
    migrate(database_url)
    engine = make_engine(database_url)
    yield StateStore(engine)
    await engine.dispose()


@pytest.fixture
async def sqlite_store(sqlite_url: str) -> AsyncIterator[StateStore]:
    """The watcher's state on SQLite only (for tests about sources, not storage)."""
    migrate(sqlite_url)
    engine = make_engine(sqlite_url)
    yield StateStore(engine)
    await engine.dispose()


@pytest.fixture
async def replay() -> AsyncIterator[tuple[ReplayServer, str]]:
    """The bundled replay server on a free port, and its base URL."""
    server = ReplayServer.bundled()
    runner, port = await start(server)
    yield server, f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def http() -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client like the watcher's (no automatic redirects)."""
    async with httpx.AsyncClient(timeout=10, follow_redirects=False) as client:
        yield client


class Sleeps:
    """A sleep that records how long it was asked to wait, and does not wait."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@pytest.fixture
def sleeps() -> Sleeps:
    """A recording, non-waiting sleep."""
    return Sleeps()


@pytest.fixture
def fetcher(http: httpx.AsyncClient, sleeps: Sleeps) -> Fetcher:
    """A fetcher with a generous budget and a recording sleep (retries without waiting)."""
    return Fetcher(http, RequestBudget(1000), "test", sleep=sleeps, https_redirects_only=True)


def sample(name: str, **labels: str) -> float:
    """The current value of one Prometheus sample (0 when it was never touched)."""
    return REGISTRY.get_sample_value(name, labels) or 0.0
