"""Lists before documents: the screening baseline goes out first, and the bundled list is only a fallback."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from structlog.testing import capture_logs

from devkit.broker import free_port
from devkit.replay import ReplayServer
from schemas.events import DocumentSeen, ScreeningEntry, SourceKind
from tests.unit.watcher.conftest import Sleeps, sample
from watcher.fetching import Fetcher, FetchError, RequestBudget
from watcher.poller import Poller, first_in_cycle
from watcher.settings import LIVE_CSL_URL, WatcherSettings
from watcher.sources.base import Poll, PollContext, Source
from watcher.sources.screening_list import BUNDLED, CONTENT_KEY, ScreeningListSource
from watcher.state import StateStore, Validators

CSL = Path(__file__).resolve().parents[2] / "fixtures" / "csl"
SUBSET = CSL / "consolidated_subset_2025.csv"
SUBSET_ENTRIES = 13
Replay = tuple[ReplayServer, str]


@dataclass
class OrderedPublisher:
    """Records every publish call in order: which topic kind, how many items."""

    calls: list[tuple[str, int]] = field(default_factory=list)
    fail_records: bool = False

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Note a documents publish."""
        if events:
            self.calls.append(("documents", len(events)))

    async def publish_records(self, records: Sequence[tuple[str, ScreeningEntry | None]]) -> None:
        """Note a screening-list publish, or fail like a broker that is down."""
        if records and self.fail_records:
            raise ConnectionError("broker down")
        if records:
            self.calls.append(("screening", len(records)))


@dataclass
class OneDocument:
    """A source that sees one new document per poll."""

    name: str = "feeds"
    polls: int = 0

    async def poll(self, ctx: PollContext) -> Poll:
        """One document, new each time."""
        self.polls += 1
        doc = DocumentSeen(
            event_id=f"feed:t:{self.polls}",
            source=SourceKind.FEED,
            source_id="t",
            content_hash=f"sha256:{self.polls}",
            title="Commerce adds entities to the Entity List",
        )
        return Poll(events=[doc])

    async def enrich(self, ctx: PollContext, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Nothing to add."""
        return events


def _poller(
    sources: list[Source], publisher: OrderedPublisher, http: httpx.AsyncClient, store: StateStore
) -> Poller:
    return Poller(sources, publisher, http, store, budget=RequestBudget(1000), sleep=Sleeps())


@pytest.fixture
def small_bundle(tmp_path: Path) -> Path:
    """A gzipped 13-entry list standing in for the bundled snapshot, so a test does not parse 14,160."""
    path = tmp_path / "bundled.csv.gz"
    path.write_bytes(gzip.compress(SUBSET.read_bytes()))
    return path


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode()


def _fallbacks(reason: str) -> float:
    return sample("watcher_screening_fallback_total", reason=reason)


def test_sources_owing_a_baseline_move_to_the_front_in_their_order() -> None:
    a, b, c = OneDocument("a"), OneDocument("b"), OneDocument("c")
    assert [s.name for s in first_in_cycle([a, b, c], {"c"})] == ["c", "a", "b"]
    assert [s.name for s in first_in_cycle([a, b, c], {"c", "a"})] == ["a", "c", "b"]
    assert [s.name for s in first_in_cycle([a, b, c], set())] == ["a", "b", "c"]


async def test_the_first_cycle_publishes_the_screening_list_before_documents(
    http: httpx.AsyncClient, sqlite_store: StateStore
) -> None:
    publisher = OrderedPublisher()
    screening = ScreeningListSource(str(SUBSET))
    # Configured after the document source, as the registry orders them.
    poller = _poller([OneDocument(), screening], publisher, http, sqlite_store)
    assert await screening.baseline_pending(sqlite_store)
    [docs, lists] = await poller.cycle()
    assert (docs.source, lists.source) == ("feeds", "screening_list")  # results stay in source order
    assert lists.records == SUBSET_ENTRIES
    assert publisher.calls == [("screening", SUBSET_ENTRIES), ("documents", 1)]
    assert not await screening.baseline_pending(sqlite_store)
    # Baseline done: the configured order again (documents are not held behind a list download).
    publisher.calls.clear()
    screening.location = str(CSL / "csl_subset_2019_no_id_format.csv")  # changes: records to publish
    await poller.cycle()
    assert publisher.calls[0] == ("documents", 1)
    assert publisher.calls[-1][0] == "screening"


async def test_a_failed_baseline_publish_keeps_it_first_and_owed(
    http: httpx.AsyncClient, sqlite_store: StateStore
) -> None:
    publisher = OrderedPublisher(fail_records=True)
    screening = ScreeningListSource(str(SUBSET))
    poller = _poller([OneDocument(), screening], publisher, http, sqlite_store)
    [docs, lists] = await poller.cycle()
    assert lists.error
    assert "broker down" in lists.error
    assert docs.error is None  # the other sources carry on
    assert await screening.baseline_pending(sqlite_store)  # publish first, then advance: nothing stored
    publisher.fail_records = False
    publisher.calls.clear()
    await poller.cycle()
    assert publisher.calls == [("screening", SUBSET_ENTRIES), ("documents", 1)]


def test_the_live_list_is_the_default_and_empty_means_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHER_SCREENING_LIST_URL", raising=False)
    settings = WatcherSettings(_env_file=None)
    assert settings.screening_list_url == LIVE_CSL_URL
    assert LIVE_CSL_URL.startswith("https://data.trade.gov/")
    assert LIVE_CSL_URL.endswith("/consolidated.csv")
    assert settings.screening_fallback is True
    monkeypatch.setenv("WATCHER_SCREENING_LIST_URL", "")
    assert WatcherSettings(_env_file=None).screening_list_url == ""
    source = ScreeningListSource.from_settings(settings)
    assert (source.location, source.fallback) == (LIVE_CSL_URL, True)


async def test_a_failed_first_download_falls_back_to_the_bundled_list_loudly(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    _server, base = replay
    source = ScreeningListSource(f"{base}/csl/missing.csv", fallback=True)
    ctx = PollContext(fetcher, sqlite_store, source.name)
    before = _fallbacks("http_4xx")
    with capture_logs() as logs:
        poll = await source.poll(ctx)
    assert len(poll.records) == 14_160
    assert poll.events == []  # a baseline, not 14,160 "added" alerts
    assert _fallbacks("http_4xx") == before + 1
    [warning] = [e for e in logs if e["event"] == "screening.fallback"]
    assert (warning["log_level"], warning["reason"]) == ("warning", "http_4xx")
    assert any("bundled May-2022" in n for n in poll.notes)
    # Only the bundled list's digest is stored: no validator that would turn the next download into a 304.
    bundled = "sha256:" + hashlib.sha256(BUNDLED.read_bytes()).hexdigest()
    assert poll.update.validators == {CONTENT_KEY: Validators(etag=bundled)}


async def test_an_unreachable_first_download_falls_back_too(
    fetcher: Fetcher, sqlite_store: StateStore, small_bundle: Path
) -> None:
    url = f"http://127.0.0.1:{free_port()}/consolidated.csv"
    source = ScreeningListSource(url, fallback=True, bundled=small_bundle)
    before = _fallbacks("transport")
    poll = await source.poll(PollContext(fetcher, sqlite_store, source.name))
    assert len(poll.records) == SUBSET_ENTRIES
    assert _fallbacks("transport") == before + 1


async def test_without_fallback_a_failed_download_is_an_error(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    _server, base = replay
    source = ScreeningListSource(f"{base}/csl/missing.csv", fallback=False)
    before = _fallbacks("http_4xx")
    with pytest.raises(FetchError) as caught:
        await source.poll(PollContext(fetcher, sqlite_store, source.name))
    assert caught.value.reason == "http_4xx"
    assert _fallbacks("http_4xx") == before


async def test_a_stored_list_is_never_replaced_by_the_fallback(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.csl = SUBSET.read_bytes()
    source = ScreeningListSource(f"{base}/csl/consolidated.csv", fallback=True)
    ctx = PollContext(fetcher, sqlite_store, source.name)
    first = await source.poll(ctx)
    await sqlite_store.advance(source.name, first.update)
    source.location = f"{base}/csl/missing.csv"
    before = _fallbacks("http_4xx")
    with pytest.raises(FetchError):
        await source.poll(ctx)
    assert _fallbacks("http_4xx") == before
    assert len(await sqlite_store.snapshot(source.name)) == SUBSET_ENTRIES


async def test_a_download_after_the_fallback_replaces_it_without_change_events(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore, small_bundle: Path
) -> None:
    server, base = replay
    source = ScreeningListSource(f"{base}/csl/missing.csv", fallback=True, bundled=small_bundle)
    ctx = PollContext(fetcher, sqlite_store, source.name)
    fallback = await source.poll(ctx)
    await sqlite_store.advance(source.name, fallback.update)
    # The "live" list: the bundled list minus its first row, plus one party listed since.
    header, *rows = list(csv.reader(io.StringIO(SUBSET.read_text())))
    new = dict.fromkeys(header, "") | {
        "_id": "new-1",
        "source": "Entity List (EL) - Bureau of Industry and Security",
        "name": "Newly Listed Photonics Ltd.",
    }
    server.csl = _csv([header, *rows[1:], list(new.values())])
    source.location = f"{base}/csl/consolidated.csv"
    with capture_logs() as logs:
        live = await source.poll(ctx)
    assert live.events == []  # years of listings are not news
    assert [k for k, v in live.records if v is None] == [k for k, _ in fallback.records[:1]]
    assert "Newly Listed Photonics Ltd." in {e.name for _k, e in live.records if e}
    assert any(e["event"] == "screening.fallback_replaced" for e in logs)
    await sqlite_store.advance(source.name, live.update)
    # From now on a change is news again.
    server.csl = _csv([header, *rows[2:], list(new.values())])
    later = await source.poll(ctx)
    assert len(later.events) == 1


async def test_offline_publishes_the_bundled_list_once_with_a_warning(
    fetcher: Fetcher, sqlite_store: StateStore, small_bundle: Path
) -> None:
    source = ScreeningListSource("", bundled=small_bundle)
    ctx = PollContext(fetcher, sqlite_store, source.name)
    before = _fallbacks("offline")
    with capture_logs() as logs:
        first = await source.poll(ctx)
        await sqlite_store.advance(source.name, first.update)
        second = await source.poll(ctx)
    assert len(first.records) == SUBSET_ENTRIES
    assert second.not_modified == 1
    assert [e["log_level"] for e in logs if e["event"] == "screening.offline"] == ["warning"]
    assert _fallbacks("offline") == before + 1


async def test_offline_keeps_a_downloaded_list_rather_than_going_back_to_2022(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.csl = SUBSET.read_bytes()
    source = ScreeningListSource(f"{base}/csl/consolidated.csv")
    ctx = PollContext(fetcher, sqlite_store, source.name)
    live = await source.poll(ctx)
    await sqlite_store.advance(source.name, live.update)
    source.location = ""
    offline = await source.poll(ctx)
    assert (offline.records, offline.events, offline.not_modified) == ([], [], 1)
    assert any("keeping the stored list" in n for n in offline.notes)
    assert len(await sqlite_store.snapshot(source.name)) == SUBSET_ENTRIES
