"""The service loops survive garbage: the watcher's poller counts, logs and carries on; the classifier
dead-letters what it cannot read."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from pydantic import ValidationError
from structlog.testing import capture_logs

from classifier.agents import deadletter, handle
from classifier.lists import Lists, screening_matcher
from schemas.events import DeadLetter, DocumentClassified, DocumentSeen
from screening import csl
from tests.unit.fuzz.conftest import scaled
from tests.unit.fuzz.strategies import (
    CSL_PAYLOADS,
    FEED_PAYLOADS,
    FR_PAYLOADS,
    JSON_VALUES,
    TEXT,
    dumps,
    mutated,
)
from tests.unit.watcher.conftest import RecordingPublisher, Sleeps
from watcher import metrics
from watcher.db import make_engine, migrate
from watcher.fetching import RequestBudget
from watcher.poller import Poller
from watcher.settings import FeedConfig
from watcher.sources.base import Source
from watcher.sources.federal_register import FederalRegisterSource
from watcher.sources.feeds import FeedsSource
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.sources.screening_list import ScreeningListSource
from watcher.state import StateStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LOOPS = scaled(0.3)

GOOD: dict[str, bytes] = {
    "fr.test": b'{"count": 0, "results": []}',
    "feeds.test": b"<rss><channel><item><title>Export controls update</title></item></channel></rss>",
    "csl.test": b"source,name\n" + b"".join(b"EL,Party %d\n" % i for i in range(40)),
}


@dataclass
class Garbage:
    """What the fake upstream servers answer, per host."""

    bodies: dict[str, tuple[int, bytes]] = field(default_factory=dict)

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The body set for the request's host (a good one when none is set)."""
        status, body = self.bodies.get(request.url.host, (200, GOOD[request.url.host]))
        return httpx.Response(status, content=body)


@dataclass
class Loop:
    """A poller over every source kind, talking to the fake servers."""

    poller: Poller
    garbage: Garbage
    publisher: RecordingPublisher


@pytest.fixture
async def loop(sqlite_url: str) -> AsyncIterator[Loop]:
    """A poller with the four sources on a migrated SQLite state store; HTTP goes to the garbage server."""
    migrate(sqlite_url)
    engine = make_engine(sqlite_url)
    garbage = Garbage()
    sources: list[Source] = [
        FederalRegisterSource(
            "https://fr.test/api/v1", ["industry-and-security-bureau"], 1, today=lambda: date(2024, 3, 1)
        ),
        PublicInspectionSource("https://fr.test/api/v1", ["industry-and-security-bureau"]),
        FeedsSource([FeedConfig(id="press", url="https://feeds.test/press.xml")]),
        ScreeningListSource("https://csl.test/consolidated.csv"),
    ]
    publisher = RecordingPublisher()
    async with httpx.AsyncClient(transport=httpx.MockTransport(garbage.answer)) as http:
        poller = Poller(
            sources, publisher, http, StateStore(engine), budget=RequestBudget(10_000), sleep=Sleeps()
        )
        yield Loop(poller, garbage, publisher)
    await engine.dispose()


STATUS = st.sampled_from([200, 200, 200, 200, 404, 500, 429])


@LOOPS
@given(
    st.tuples(STATUS, FR_PAYLOADS),
    st.tuples(STATUS, FEED_PAYLOADS),
    st.tuples(STATUS, CSL_PAYLOADS),
)
# Each source's parser crashed on these before the fix, and the poller counted them as "unexpected".
@example(
    (200, b'{"count": 1, "results": [{"document_number": "1", "title": "t", "agencies": 5}]}'),
    (200, b"<rss><channel><item><title>a&#1114112;b</title></item></channel></rss>"),
    (200, b"\x1f\x8bgarbage"),
)
async def test_the_poller_counts_garbage_and_carries_on(
    loop: Loop, fr: tuple[int, bytes], feed: tuple[int, bytes], screening: tuple[int, bytes]
) -> None:
    loop.garbage.bodies = {"fr.test": fr, "feeds.test": feed, "csl.test": screening}
    before = {
        name: _errors(name) for name in ("federal_register", "public_inspection", "feeds", "screening_list")
    }
    published = len(loop.publisher.events)
    with capture_logs() as logs:
        results = await loop.poller.cycle()
    failed = {e["source"]: e for e in logs if e["event"] == "source.failed"}
    for result in results:
        if result.error is None:
            continue
        reason = result.error.split(":", 1)[0]
        # A typed error all the way up: a parse failure has its own label, never the catch-all.
        assert reason != "unexpected", result.error
        assert _errors(result.source) > before[result.source]
        assert failed[result.source]["reason"] == reason
    for event in loop.publisher.events[published:]:
        assert DocumentSeen.model_validate_json(event.to_bytes()) == event
    # The loop carries on: the next cycle with good answers succeeds for every source.
    loop.garbage.bodies = {}
    recovered = await loop.poller.cycle()
    assert [r.error for r in recovered] == [None] * 4


def _errors(source: str) -> float:
    return sum(
        s.value
        for metric in metrics.FETCH_ERRORS.collect()
        for s in metric.samples
        if s.name == "watcher_fetch_errors_total" and s.labels["source"] == source
    )


# ---------- the classifier ----------

LISTS = Lists(
    screening=screening_matcher(csl.load((FIXTURES / "csl/consolidated_subset_2025.csv").read_bytes()))
)
VALID_DOCUMENT: dict[str, Any] = json.loads(
    DocumentSeen(
        event_id="federal_register:2024-00001",
        source="federal_register",
        source_id="federal_register",
        content_hash="sha256:x",
        title="Additions to the Entity List",
        text="BIS adds entities in China and Russia to the Entity List.",
        cfr_parts=["15 CFR 744"],
    ).to_bytes()
)
DOCUMENTS = st.fixed_dictionaries(
    {},
    optional={
        key: st.one_of(st.just(value), st.just(value), TEXT, JSON_VALUES)
        for key, value in VALID_DOCUMENT.items()
    },
)
MESSAGES = st.one_of(
    st.none(),
    st.binary(max_size=200),
    mutated(DOCUMENTS.map(dumps)),
    # Valid documents with random prose: these must classify, never dead-letter.
    st.builds(
        lambda title, text, body: dumps({**VALID_DOCUMENT, "title": title, "text": text, "body": body}),
        st.text(min_size=1, max_size=200),
        st.text(max_size=500),
        st.none() | st.text(max_size=2000),
    ),
)


@dataclass
class Sent:
    """A stand-in for a faust topic: keeps what was sent."""

    values: list[bytes] = field(default_factory=list)

    async def send(self, key: bytes | None, value: bytes) -> None:
        """Record the value."""
        self.values.append(value)


@dataclass
class FakeTopics:
    """Only the dead-letter topic is used by deadletter()."""

    deadletter: Sent = field(default_factory=Sent)


@dataclass
class FakeMessage:
    """Where a faust event came from."""

    topic: str = "exportwatch.documents.v1"
    partition: int = 0
    offset: int = 7


@dataclass
class FakeEvent:
    """A faust event: key, value and its message."""

    value: bytes | None
    key: bytes | None = b"k"
    message: FakeMessage = field(default_factory=FakeMessage)


@LOOPS
@given(MESSAGES)
@example(None)
@example(b"{not json")
async def test_the_classifier_classifies_or_dead_letters(value: bytes | None) -> None:
    try:
        result = handle(value, LISTS)
    except (ValidationError, ValueError) as exc:
        # The agent's process() sends these to the dead-letter topic; that path must not raise either.
        error = exc
    else:
        assert value is not None
        assert DocumentClassified.model_validate_json(result.to_bytes()) == result
        parsed = DocumentSeen.model_validate_json(value)
        assert (result.event_id, result.document.title) == (parsed.event_id, parsed.title)
        return
    topics = FakeTopics()
    with capture_logs() as logs:
        await deadletter(topics, FakeEvent(value), error)  # type: ignore[arg-type]
    [letter_bytes] = topics.deadletter.values
    letter = DeadLetter.model_validate_json(letter_bytes)
    assert letter.original_value() == (value or b"")
    assert letter.error_type == type(error).__name__
    assert [entry["event"] for entry in logs] == ["classifier.deadletter"]
