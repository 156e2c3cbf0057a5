"""Fuzzing the feed parser: any bytes give FeedParseError or valid events (bozo feeds keep what they can)."""

from __future__ import annotations

from hypothesis import example, given

from schemas.events import DocumentSeen, SourceKind
from tests.unit.fuzz.conftest import FUZZ
from tests.unit.fuzz.strategies import FEED_PAYLOADS
from watcher.settings import FeedConfig
from watcher.sources.feeds import FeedParseError, parse_feed

FEED = FeedConfig(id="fuzz", url="https://example.test/feed.xml")


def _rss(item: str) -> bytes:
    return f"<rss><channel><item>{item}</item></channel></rss>".encode()


@FUZZ
@given(FEED_PAYLOADS)
# Crashes before the fix: datetime() on feedparser's year 0 / 10000 (ValueError), chr() past U+10FFFF
# inside feedparser, and lone surrogates from character references (UnicodeEncodeError).
@example(_rss("<title>a</title><pubDate>0000-01-01T00:00:00Z</pubDate>"))
@example(
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>x</title><updated>9999-12-31T23:59:59-23:00</updated></entry></feed>"
)
@example(_rss("<title>a&#1114112;b</title>"))
@example(_rss("<title>a</title><guid>&#xd800;</guid>"))
def test_feed_bytes(payload: bytes) -> None:
    try:
        events, bozo, why = parse_feed(FEED, payload)
    except FeedParseError as exc:
        reason = exc.reason
    else:
        _check_events(events, bozo, why)
        return
    assert reason == "unparseable_feed"


def _check_events(events: list[DocumentSeen], bozo: bool, why: str) -> None:
    assert isinstance(bozo, bool)
    assert bozo or not why
    for event in events:
        assert event.source is SourceKind.FEED
        assert event.event_id.startswith("feed:fuzz:")
        assert event.title.strip()
        assert DocumentSeen.model_validate_json(event.to_bytes()) == event


def test_a_date_datetime_cannot_hold_is_dropped_not_fatal() -> None:
    [event], _bozo, _why = parse_feed(FEED, _rss("<title>a</title><pubDate>0000-01-01T00:00:00Z</pubDate>"))
    assert event.title == "a"
    assert event.published is None
