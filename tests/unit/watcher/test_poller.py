"""The poller: publish first then advance state, revisions, one failing source never stops the others."""

from __future__ import annotations

from datetime import date

import httpx
import pytest

from devkit.replay import ReplayServer
from tests.unit.watcher.conftest import RecordingPublisher, Sleeps, sample
from watcher.fetching import RequestBudget
from watcher.poller import Backoff, Poller
from watcher.sources.base import PollContext, Source
from watcher.sources.federal_register import FederalRegisterSource
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.state import StateStore

BIS = "industry-and-security-bureau"
Replay = tuple[ReplayServer, str]


def _poller(base: str, http: httpx.AsyncClient, store: StateStore, publisher: RecordingPublisher) -> Poller:
    sources: list[Source] = [
        FederalRegisterSource(f"{base}/api/v1", [BIS], 3),
        PublicInspectionSource(f"{base}/api/v1", [BIS]),
    ]
    return Poller(sources, publisher, http, store, budget=RequestBudget(1000), sleep=Sleeps())


def _sample(name: str, *labels: str) -> float:
    metric, keys = {
        "published": ("watcher_documents_published_total", ("source", "stage")),
        "errors": ("watcher_fetch_errors_total", ("source", "reason")),
        "last": ("watcher_last_success_timestamp_seconds", ("source",)),
    }[name]
    return sample(metric, **dict(zip(keys, labels, strict=True)))


async def test_restart_does_not_republish_and_a_changed_document_is_a_revision(
    replay: Replay, http: httpx.AsyncClient, sqlite_store: StateStore
) -> None:
    server, base = replay
    publisher = RecordingPublisher()
    published_before = _sample("published", "federal_register", "published")
    [first_fr, first_pi] = await _poller(base, http, sqlite_store, publisher).cycle()
    assert first_fr.published == 29
    assert first_pi.published == len([e for e in publisher.events if e.source_id == "public_inspection"])
    assert _sample("published", "federal_register", "published") == published_before + 29
    assert _sample("last", "federal_register") > 0
    # A new process: new poller, same database.
    [again, _] = await _poller(base, http, sqlite_store, publisher).cycle()
    assert again.published == 0
    assert again.not_modified == 1
    # The API corrects a title: same document number, new content -> revision 2.
    doc = next(r for r in server.documents["results"] if r["document_number"] == "2016-04324")
    doc["title"] = "Updated Legal Authority Citations (corrected)"
    count = len(publisher.events)
    [changed, _] = await _poller(base, http, sqlite_store, publisher).cycle()
    assert changed.published == 1
    [revision] = publisher.events[count:]
    assert (revision.event_id, revision.revision) == ("federal_register:2016-04324", 2)


@pytest.fixture
def failing(
    replay: Replay, http: httpx.AsyncClient, sqlite_store: StateStore
) -> tuple[RecordingPublisher, Poller]:
    """A poller on the replay server whose publisher fails until its `fail` is cleared."""
    publisher = RecordingPublisher(fail=True)
    return publisher, _poller(replay[1], http, sqlite_store, publisher)


async def test_a_failed_publish_leaves_state_where_it_was(
    failing: tuple[RecordingPublisher, Poller], sqlite_store: StateStore
) -> None:
    publisher, poller = failing
    errors_before = _sample("errors", "federal_register", "unexpected")
    [failed, _] = await poller.cycle()
    assert failed.error
    assert "broker down" in failed.error
    assert _sample("errors", "federal_register", "unexpected") == errors_before + 1
    assert await sqlite_store.validators("federal_register") == {}
    assert await sqlite_store.cursor("federal_register") is None
    publisher.fail = False
    [ok, _] = await poller.cycle()
    assert ok.published == 29
    assert ok.not_modified == 0


async def test_one_failing_source_backs_off_and_the_other_carries_on(
    replay: Replay, http: httpx.AsyncClient, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.faults["documents"] = ["html"]
    publisher = RecordingPublisher()
    poller = _poller(base, http, sqlite_store, publisher)
    before = _sample("errors", "federal_register", "html_error_page")
    [fr, pi] = await poller.cycle(respect_backoff=True)
    assert fr.error
    assert fr.error.startswith("html_error_page")
    assert pi.error is None
    assert pi.published > 0
    assert _sample("errors", "federal_register", "html_error_page") == before + 1
    assert poller.backoffs["federal_register"].failures == 1
    [fr2, pi2] = await poller.cycle(respect_backoff=True)
    assert fr2.skipped
    assert not pi2.skipped
    [fr3, _] = await poller.cycle()  # `once` ignores backoff
    assert fr3.published == 29
    assert poller.backoffs["federal_register"].failures == 0
    assert "seen=29 published=29" in fr3.summary()


def test_backoff_doubles_up_to_its_cap_and_resets() -> None:
    backoff = Backoff(base=30, cap=100)
    delays = [backoff.failed(now=0.0) for _ in range(4)]
    for delay, nominal in zip(delays, [30, 60, 100, 100], strict=True):
        assert nominal * 0.8 <= delay <= nominal * 1.2
    assert backoff.until == delays[-1]
    backoff.succeeded()
    assert (backoff.failures, backoff.until) == (0, 0.0)


async def test_backfill_shares_the_publish_then_advance_path(
    replay: Replay, failing: tuple[RecordingPublisher, Poller], sqlite_store: StateStore
) -> None:
    _server, base = replay
    publisher, poller = failing
    source = FederalRegisterSource(f"{base}/api/v1", [BIS], 3)
    ctx = PollContext(poller.fetcher(source), sqlite_store, source.name)
    window = (date(2000, 1, 1), date(2040, 12, 31))
    published_before = _sample("published", "federal_register", "published")
    with pytest.raises(ConnectionError):
        await poller.backfill(source, ctx, *window)
    # Nothing was recorded as published: the same window sends the same documents again.
    publisher.fail = False
    sent = await poller.backfill(source, ctx, *window)
    assert len(sent) == len(publisher.events) > 0
    assert _sample("published", "federal_register", "published") == published_before + len(sent)
    assert await poller.backfill(source, ctx, *window) == []
    # The live cursor is not the backfill's to move.
    assert await sqlite_store.cursor("federal_register") is None
