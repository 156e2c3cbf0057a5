"""The feeds source: stable ids, conditional GET, bozo counted, XXE and billion laughs inert, caps."""

from __future__ import annotations

import hashlib
import time
import warnings
from pathlib import Path

import pytest

from devkit.replay import ReplayServer
from tests.unit.watcher.conftest import sample
from watcher.fetching import Fetcher, FetchError
from watcher.settings import FeedConfig
from watcher.sources.base import PollContext
from watcher.sources.feeds import FeedsSource, parse_feed
from watcher.state import StateStore

FEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "feeds"
Replay = tuple[ReplayServer, str]


def _errors(reason: str) -> float:
    return sample("watcher_fetch_errors_total", source="feeds", reason=reason)


def test_ids_come_from_guid_then_link_then_content() -> None:
    events, bozo, _ = parse_feed(FeedConfig(id="bis", url="x"), (FEEDS / "bis_press.xml").read_bytes())
    assert not bozo
    by_title = {e.title: e for e in events}
    guid = by_title["Commerce Adds 12 Entities to the Entity List"]
    assert guid.event_id == "feed:bis:" + hashlib.sha256(b"bis-2024-0412").hexdigest()
    link = by_title["BIS Revokes Export Licenses for Huawei"]
    assert (
        link.event_id
        == "feed:bis:" + hashlib.sha256(b"https://www.bis.gov/press-release/revokes-licenses").hexdigest()
    )
    bare = by_title["Item with neither guid nor link"]
    assert bare.event_id.startswith("feed:bis:")
    assert bare.url is None
    assert guid.published is not None
    assert guid.published.isoformat() == "2024-04-12"
    assert guid.text.startswith("The Bureau of Industry and Security added 12 entities")


def test_xxe_stays_inert() -> None:
    passwd = Path("/etc/passwd").read_text()
    events, _bozo, _ = parse_feed(FeedConfig(id="x", url="x"), (FEEDS / "xxe.xml").read_bytes())
    for event in events:
        assert "root:" not in event.title + event.text
        assert passwd[:20] not in event.title + event.text


def test_billion_laughs_stays_inert_and_fast() -> None:
    started = time.perf_counter()
    events, _bozo, _ = parse_feed(FeedConfig(id="x", url="x"), (FEEDS / "billion_laughs.xml").read_bytes())
    assert time.perf_counter() - started < 5  # expanded, it would be a gigabyte; this is a sanity bound
    assert all("lollollol" not in e.title for e in events)


def test_bytes_that_look_like_a_url_are_never_fetched() -> None:
    events, bozo, _ = parse_feed(FeedConfig(id="x", url="x"), b"file:///etc/passwd")
    assert events == []
    assert bozo


def _source(base: str, *names: str) -> FeedsSource:
    return FeedsSource([FeedConfig(id=n.split(".")[0], url=f"{base}/feeds/{n}") for n in names])


async def test_poll_then_304_and_a_bad_feed_does_not_stop_the_good_one(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.feeds = {
        "bis.xml": (FEEDS / "bis_press.xml").read_bytes(),
        "broken.xml": b"<rss><channel><item><title>Half",
    }
    source = _source(base, "bis.xml", "broken.xml")
    bozo_before = _errors("malformed_xml")
    poll = await source.poll(PollContext(fetcher, sqlite_store, "feeds"))
    assert {e.source_id for e in poll.events} >= {"bis"}
    assert len([e for e in poll.events if e.source_id == "bis"]) == 3
    assert _errors("malformed_xml") == bozo_before + 1
    assert any("broken" in n for n in poll.notes)
    await sqlite_store.advance("feeds", poll.update)
    again = await source.poll(PollContext(fetcher, sqlite_store, "feeds"))
    assert again.not_modified == 2
    assert again.events == []


async def test_feed_faults_are_counted_and_the_others_carry_on(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.feeds = {"bis.xml": (FEEDS / "bis_press.xml").read_bytes(), "bomb.xml": b"", "redir.xml": b""}
    server.faults = {"feed:bomb.xml": ["gzip_bomb"], "feed:redir.xml": ["redirect_http"]}
    source = _source(base, "bomb.xml", "redir.xml", "bis.xml")
    source.max_bytes = 1024 * 1024
    too_large, redirect = _errors("too_large"), _errors("redirect")
    poll = await source.poll(PollContext(fetcher, sqlite_store, "feeds"))
    assert len(poll.events) == 3
    assert _errors("too_large") == too_large + 1
    assert _errors("redirect") == redirect + 1


async def test_all_feeds_failing_fails_the_source(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.feeds = {"a.xml": b""}
    server.faults = {"feed:a.xml": ["huge"]}
    source = _source(base, "a.xml")
    source.max_bytes = 1024 * 1024
    with pytest.raises(FetchError) as caught:
        await source.poll(PollContext(fetcher, sqlite_store, "feeds"))
    assert caught.value.reason == "too_large"


def test_dates_are_read_as_stored_without_feedparsers_deprecated_fallback() -> None:
    rss = (
        b'<rss version="2.0"><channel><title>t</title>'
        b"<item><guid>a</guid><title>Undated</title><pubDate>not a date</pubDate></item>"
        b"<item><guid>b</guid><title>Dated</title><pubDate>Fri, 12 Apr 2024 10:00:00 GMT</pubDate></item>"
        b"</channel></rss>"
    )
    with warnings.catch_warnings():
        # Asked for an absent updated date, feedparser falls back to the published one with a
        # DeprecationWarning; an unparseable published date must not go that way.
        warnings.simplefilter("error", DeprecationWarning)
        events, _, _ = parse_feed(FeedConfig(id="rss", url="x"), rss)
    dates = {e.title: e.published.isoformat() if e.published else None for e in events}
    assert dates == {"Undated": None, "Dated": "2024-04-12"}
