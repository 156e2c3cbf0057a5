"""Full text for events: a real rule as a two-column PDF back to its 13 parties; caps, hosts, failures."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import httpx
import pytest
from reportlab.pdfgen import canvas

from classifier.classify import classify
from classifier.parties import parties_for
from devkit.replay import ReplayServer, start
from schemas.events import DocumentSeen, SourceKind
from tests.unit.classifier.party_scores import score
from tests.unit.watcher.pdf_builder import printed_lines, two_column_pdf
from watcher.fetching import Fetcher, FetchError, RequestBudget, host_allowed
from watcher.metrics import REGISTRY
from watcher.sources.base import PollContext
from watcher.sources.full_text import FullTextError, FullTextReader, fit, pdf_text, read_payload
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.state import StateStore

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fr_fulltext"
REAL_XML = (FIXTURES / "2023-03929.xml").read_bytes()
REAL = json.loads((FIXTURES / "2023-03929.parties.json").read_text())["parties"]
TITLE = "Additions of Entities to the Entity List"
BIS = "industry-and-security-bureau"
LOCAL = ("127.0.0.1",)


@pytest.fixture(scope="module")
def real_pdf() -> bytes:
    """2023-03929's text in two printed columns over several pages, billing code and running heads."""
    return two_column_pdf(printed_lines(REAL_XML))


def _failed(source: str, reason: str) -> float:
    labels = {"source": source, "reason": reason}
    return REGISTRY.get_sample_value("watcher_full_text_failed_total", labels) or 0.0


def test_the_real_rule_as_a_two_column_pdf_gives_back_its_13_parties(real_pdf: bytes) -> None:
    started = time.perf_counter()
    text = pdf_text(real_pdf, max_pages=300)
    extracted = time.perf_counter() - started
    parties = parties_for({"title": TITLE, "body": text})
    found = score(parties, REAL)
    print(f"\n{found.row('2023-03929 two-column PDF')}  extract {extracted * 1000:.0f} ms")
    assert text.count("Federal Register / Vol. 88") >= 4  # several pages, each with its running head
    assert "BILLING CODE 3510-33-P" in text
    assert (found.name_recall, found.name_precision) == (1.0, 1.0)
    assert (found.alias_recall, found.destination, found.action) == (1.0, 1.0, 1.0)
    assert [(p.name, p.country) for p in parties] == [(e["name"], e["country"]) for e in REAL]


def test_page_cap_keeps_the_first_pages(real_pdf: bytes) -> None:
    text = pdf_text(real_pdf, max_pages=1)
    assert "12170" in text
    assert "12171" not in text


def test_a_past_deadline_stops_extraction(real_pdf: bytes) -> None:
    with pytest.raises(FullTextError) as caught:
        pdf_text(real_pdf, max_pages=300, deadline=time.monotonic() - 1)
    assert caught.value.reason == "timeout"


def _blank_pdf() -> bytes:
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(10, 10, 100, 100)  # a scanned page: marks, no text layer
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "malformed_pdf"),
        (b"%PDF-1.4\n" + b"\x00" * 500, "malformed_pdf"),
        (b"<RULE><P>cut", "malformed_xml"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "b">]><r>&a;</r>', "unsafe_xml"),
    ],
)
def test_unreadable_payloads_raise_with_a_reason(payload: bytes, reason: str) -> None:
    with pytest.raises(FullTextError) as caught:
        read_payload(payload, max_pages=10)
    assert caught.value.reason == reason


def test_a_pdf_without_a_text_layer_is_empty() -> None:
    with pytest.raises(FullTextError) as caught:
        pdf_text(_blank_pdf(), max_pages=10)
    assert caught.value.reason == "empty_pdf"


def test_xml_gives_text_and_keeps_the_xml_for_the_parties_table() -> None:
    full = read_payload(REAL_XML, max_pages=10)
    assert full.kind == "xml"
    assert full.xml is not None
    assert full.xml.startswith("<RULE>")
    assert "Additions of Entities to the Entity List" in full.text.splitlines()


def _event(**extra: object) -> DocumentSeen:
    fields: dict[str, object] = dict(
        event_id="federal_register:x", source=SourceKind.FEDERAL_REGISTER, source_id="s", content_hash="h"
    )
    return DocumentSeen(title=TITLE, **(fields | extra))


def test_an_event_too_big_for_kafka_loses_its_xml_then_part_of_its_body() -> None:
    small = _event(body="text", full_text_xml="<RULE/>")
    assert fit(small, 10_000) == small
    no_xml = fit(_event(body="a\n" * 1000, full_text_xml="<P>" + "x" * 20_000 + "</P>"), 10_000)
    assert no_xml.full_text_xml is None
    assert no_xml.body == "a\n" * 1000
    cut = fit(_event(body="é\n" * 20_000, full_text_xml="<P/>"), 10_000)
    assert len(cut.to_bytes()) <= 10_000
    assert cut.body is not None
    assert len(cut.body) > 2_000


@pytest.mark.parametrize(
    ("url", "allowed"),
    [
        ("https://www.federalregister.gov/documents/full_text/xml/2023/02/27/2023-03929.xml", True),
        ("https://public-inspection.federalregister.gov/2023-03929.pdf", True),
        ("https://www.govinfo.gov/content/pkg/FR-2023-02-27/pdf/2023-03929.pdf", True),
        ("http://www.federalregister.gov/x.xml", False),
        ("https://federalregister.gov.example.com/x.pdf", False),
        ("https://example.com/federalregister.gov/x.pdf", False),
        ("not a url", False),
    ],
)
def test_only_the_federal_registers_and_govinfos_hosts(url: str, allowed: bool) -> None:
    assert host_allowed(url, ("federalregister.gov", "govinfo.gov")) is allowed


async def test_a_redirect_off_the_allowlist_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "https://evil.example.com/x.pdf"})

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        fetcher = Fetcher(http, RequestBudget(100), "t", allowed_hosts=("federalregister.gov",))
        with pytest.raises(FetchError) as caught:
            await fetcher.get("https://public-inspection.federalregister.gov/a.pdf")
    assert caught.value.reason == "host_not_allowed"


@pytest.mark.parametrize("allowed_hosts", [("federalregister.gov",), None])
async def test_an_unparseable_url_from_a_payload_is_a_counted_fetch_error(
    allowed_hosts: tuple[str, ...] | None,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"unreached")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        fetcher = Fetcher(http, RequestBudget(100), "t", allowed_hosts=allowed_hosts)
        with pytest.raises(FetchError) as caught:
            await fetcher.get("\x1dhttps://www.federalregister.gov/a.pdf")
        assert caught.value.reason == "bad_url"
        assert caught.value.url == "<unparseable url>"
        with pytest.raises(FetchError) as caught:
            await fetcher.get("\x1dhttps://www.federalregister.gov/api", params={"page": "2"})
        assert caught.value.reason == "bad_url"


async def test_full_text_requests_share_one_slow_budget(sqlite_store: StateStore) -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=b"Supplement No. 4 to part 744")

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        shared = RequestBudget(1.0, clock=lambda: 0.0, sleep=sleep)
        ctx = PollContext(Fetcher(http, RequestBudget(100), "s"), sqlite_store, "s", shared)
        reader = FullTextReader(hosts=("federalregister.gov",))
        for n in range(3):
            event = await reader.read(ctx, _event(), f"https://www.federalregister.gov/{n}.txt")
            assert event.body == "Supplement No. 4 to part 744"
    assert waits == [1.0, 2.0]  # one a second, whatever the source's own budget
    assert ctx.fetcher.requests == 3


async def test_a_public_inspection_pdf_becomes_the_events_body_and_its_parties(
    real_pdf: bytes, sqlite_store: StateStore
) -> None:
    server = ReplayServer({"count": 0, "results": []})
    runner, port = await start(server)
    base = f"http://127.0.0.1:{port}"
    filing = {"title": TITLE, "type": "Rule", "agencies": [{"slug": BIS}], "filing_type": "regular"}
    server.public_inspection = [
        filing | {"document_number": "2023-03929", "pdf_url": f"{base}/feeds/2023-03929.pdf"},
        filing | {"document_number": "2023-00001", "pdf_url": f"{base}/feeds/broken.pdf"},
        filing | {"document_number": "2023-00002", "pdf_url": "https://example.com/x.pdf"},
        filing | {"document_number": "2023-00003"},
    ]
    server.feeds = {"2023-03929.pdf": real_pdf, "broken.pdf": b"%PDF-1.7\nnot really"}
    before = (_failed("public_inspection", "malformed_pdf"), _failed("public_inspection", "host_not_allowed"))
    try:
        async with httpx.AsyncClient() as http:
            source = PublicInspectionSource(f"{base}/api/v1", [BIS], reader=FullTextReader(hosts=LOCAL))
            ctx = PollContext(
                Fetcher(http, RequestBudget(100), "public_inspection"), sqlite_store, source.name
            )
            poll = await source.poll(ctx)
            events = {e.document_number or "": e for e in await source.enrich(ctx, poll.events)}
    finally:
        await runner.cleanup()
    assert sorted(events) == ["2023-00001", "2023-00002", "2023-00003", "2023-03929"]
    # Every filing goes out with its title; only the readable PDF brings a body.
    assert [n for n, e in sorted(events.items()) if e.body] == ["2023-03929"]
    assert (
        _failed("public_inspection", "malformed_pdf"),
        _failed("public_inspection", "host_not_allowed"),
    ) == (
        before[0] + 1,
        before[1] + 1,
    )
    assert server.hits["feed:2023-03929.pdf"] == 1
    result = classify(events["2023-03929"])
    assert "entity_list.addition" in result.tag_ids
    assert result.parties is not None
    assert sorted(p.name for p in result.parties) == sorted(e["name"] for e in REAL)
