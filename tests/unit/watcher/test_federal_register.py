"""Federal Register and Public Inspection sources against the replay server: paging quirks, 304s, dedupe."""

from __future__ import annotations

import gzip
import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from aiohttp import web

from devkit.replay import ReplayServer, start
from schemas.events import Stage
from watcher.fetching import Fetcher, FetchError, RequestBudget
from watcher.sources.base import PollContext
from watcher.sources.federal_register import FederalRegisterSource
from watcher.sources.full_text import FullTextReader
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.state import StateStore, StateUpdate

BIS = "industry-and-security-bureau"
XML = Path(__file__).resolve().parents[2] / "fixtures" / "fr_xml"
Replay = tuple[ReplayServer, str]
LOCAL = ("127.0.0.1",)


def _ctx(fetcher: Fetcher, store: StateStore, name: str = "federal_register") -> PollContext:
    return PollContext(fetcher, store, name)


def _source(base: str, **kwargs: Any) -> FederalRegisterSource:
    kwargs.setdefault("agencies", [BIS])
    kwargs.setdefault("lookback_days", 3)
    return FederalRegisterSource(api_url=f"{base}/api/v1", **kwargs)


async def test_asks_for_every_field_and_dedupes_across_selectors(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    source = _source(base, cfr_parts=[(15, 744)])
    poll = await source.poll(_ctx(fetcher, sqlite_store))
    numbers = [e.document_number for e in poll.events]
    served = [r for r in server.documents["results"] if BIS in {a.get("slug") for a in r["agencies"]}]
    assert len(served) == 30  # one number appears twice in the replay data, and Part 744 overlaps BIS
    assert len(numbers) == len(set(numbers)) == len({r["document_number"] for r in served})
    assert len(server.requests) == 2
    query = parse_qs(urlsplit(server.requests[0]).query)
    assert "regulation_id_numbers" in query["fields[]"]
    assert query["conditions[agencies][]"] == [BIS]
    cfr_query = parse_qs(urlsplit(server.requests[1]).query)
    assert (cfr_query["conditions[cfr][title]"], cfr_query["conditions[cfr][part]"]) == (["15"], ["744"])
    assert "conditions[agencies][]" not in cfr_query


async def test_second_poll_is_all_304_and_publishes_nothing(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    source = _source(base, cfr_parts=[(15, 744)])
    first = await source.poll(_ctx(fetcher, sqlite_store))
    first.update.published = first.events
    await sqlite_store.advance("federal_register", first.update)
    second = await source.poll(_ctx(fetcher, sqlite_store))
    assert second.events == []
    assert second.not_modified == 2
    assert server.not_modified["documents"] == 2


async def test_cursor_covers_downtime_longer_than_the_lookback(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    await sqlite_store.advance("federal_register", StateUpdate(cursor="2020-01-15"))
    source = _source(base, today=lambda: date(2020, 3, 1))
    await source.poll(_ctx(fetcher, sqlite_store))
    assert parse_qs(urlsplit(server.requests[0]).query)["conditions[publication_date][gte]"] == ["2020-01-15"]


def _synthetic(n: int, start: date, days: int) -> dict[str, Any]:
    results = [
        {
            "document_number": f"2030-{i:05d}",
            "title": f"Notice {i}",
            "type": "Notice",
            "agencies": [{"slug": BIS, "name": "Industry and Security Bureau"}],
            "publication_date": (start + timedelta(days=i % days)).isoformat(),
        }
        for i in range(n)
    ]
    results.sort(key=lambda r: str(r["publication_date"]))
    return {"results": results}


async def test_more_than_10000_results_are_windowed_by_date_not_paged_into_a_reset(
    fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server = ReplayServer(_synthetic(12_500, date(2030, 1, 1), 20), filter_dates=True)
    runner, port = await start(server)
    try:
        source = _source(f"http://127.0.0.1:{port}", today=lambda: date(2030, 1, 20), lookback_days=19)
        poll = await source.poll(_ctx(fetcher, sqlite_store))
    finally:
        await runner.cleanup()
    assert len({e.document_number for e in poll.events}) == 12_500
    for request in server.requests:
        query = parse_qs(urlsplit(request).query)
        assert int(query["page"][0]) * int(query["per_page"][0]) <= 10_000
    assert poll.update.cursor == "2030-01-20"


class _Quirky(ReplayServer):
    """A replay server that either clamps per_page to 20 or always answers page 1."""

    mode: str = "clamp"

    async def documents_json(self, request: web.Request) -> web.StreamResponse:
        query = dict(request.query)
        if self.mode == "clamp":
            query["per_page"] = "20"
        else:
            query["page"] = "1"
        rewritten = request.clone(rel_url=request.rel_url.with_query(query))
        return await super().documents_json(rewritten)


@pytest.mark.parametrize("mode", ["clamp", "reset"])
async def test_silent_clamp_and_page_reset_are_detected(
    mode: str, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server = _Quirky(_synthetic(2500, date(2030, 1, 1), 5))
    server.mode = mode
    runner, port = await start(server)
    try:
        source = _source(f"http://127.0.0.1:{port}")
        with pytest.raises(FetchError) as caught:
            await source.poll(_ctx(fetcher, sqlite_store))
    finally:
        await runner.cleanup()
    assert caught.value.reason == "paging"


@pytest.mark.parametrize(
    ("fault", "reason"),
    [("html", "html_error_page"), ("invalid_json", "invalid_json"), ("404", "http_4xx")],
)
async def test_bad_pages_raise_with_a_reason(
    fault: str, reason: str, replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.faults["documents"] = [fault]
    with pytest.raises(FetchError) as caught:
        await _source(base).poll(_ctx(fetcher, sqlite_store))
    assert caught.value.reason == reason


async def test_raw_text_of_rules_is_fetched_with_a_cap(sqlite_store: StateStore) -> None:
    docs = _synthetic(4, date(2030, 1, 1), 1)
    server = ReplayServer(docs)
    runner, port = await start(server)
    base = f"http://127.0.0.1:{port}"
    docs["results"][0] |= {"type": "Rule", "raw_text_url": f"{base}/feeds/rule.txt"}
    docs["results"][1] |= {"type": "Rule", "raw_text_url": f"{base}/feeds/big.txt"}
    docs["results"][3] |= {"type": "Rule", "full_text_xml_url": f"{base}/feeds/rule.xml"}
    server.feeds = {
        "rule.txt": b"Supplement No. 4 to part 744: ACME Ltd., Shenzhen.",
        "big.txt": b"x" * 200_000,
        "rule.xml": (XML / "FR-2016-04-15_excerpt_RULE_2016-08720_OFAC.xml").read_bytes(),
    }
    try:
        async with httpx.AsyncClient() as http:
            fetcher = Fetcher(http, RequestBudget(100), "federal_register")
            source = _source(base, reader=FullTextReader(hosts=LOCAL, max_bytes=100_000))
            ctx = _ctx(fetcher, sqlite_store)
            poll = await source.poll(ctx)
            events = {e.document_number: e for e in await source.enrich(ctx, poll.events)}
    finally:
        await runner.cleanup()
    assert events["2030-00000"].body == "Supplement No. 4 to part 744: ACME Ltd., Shenzhen."
    assert events["2030-00001"].body is None  # over the cap: published without body
    assert events["2030-00002"].body is None  # no full-text URL
    assert server.hits["feed:rule.txt"] == 1
    xml_body = events["2030-00003"].body or ""
    assert "Hizballah Financial Sanctions Regulations" in xml_body.splitlines()


async def test_public_inspection_shares_document_numbers_and_says_its_stage(
    replay: Replay, fetcher: Fetcher, sqlite_store: StateStore
) -> None:
    server, base = replay
    server.public_inspection = [
        {
            "document_number": "2030-11111",
            "title": "Addition of Entities to the Entity List",
            "type": "Rule",
            "agencies": [{"slug": BIS}],
            "publication_date": "2030-02-02",
            "filing_type": "regular",
        },
        {
            "document_number": "2030-22222",
            "title": "Fisheries",
            "type": "Notice",
            "agencies": [{"slug": "noaa"}],
        },
    ]
    source = PublicInspectionSource(f"{base}/api/v1", [BIS])
    poll = await source.poll(_ctx(fetcher, sqlite_store, "public_inspection"))
    [event] = poll.events
    assert (event.event_id, event.stage, event.document_number) == (
        "public_inspection:2030-11111",
        Stage.PUBLIC_INSPECTION,
        "2030-11111",
    )
    poll.update.published = poll.events
    await sqlite_store.advance("public_inspection", poll.update)
    again = await source.poll(_ctx(fetcher, sqlite_store, "public_inspection"))
    assert again.not_modified == 1
    assert again.events == []
    by_day = await source.poll(_ctx(fetcher, sqlite_store, "public_inspection"), day=date(2030, 2, 1))
    assert [e.document_number for e in by_day.events] == ["2030-11111"]
    assert server.hits["public_inspection"] == 3


def test_parsed_payload_round_trips_through_json() -> None:
    assert json.loads(json.dumps(_synthetic(2, date(2030, 1, 1), 1)))["results"][0]["title"] == "Notice 0"


@pytest.mark.parametrize(("cap", "has_body"), [(1_000_000, False), (4_000_000, True)])
async def test_a_whole_recorded_daily_issue_as_rule_text_respects_the_cap(
    cap: int, has_body: bool, sqlite_store: StateStore
) -> None:
    docs = _synthetic(1, date(2016, 4, 15), 1)
    server = ReplayServer(docs)
    runner, port = await start(server)
    base = f"http://127.0.0.1:{port}"
    docs["results"][0] |= {"type": "Rule", "full_text_xml_url": f"{base}/feeds/FR-2016-04-15.xml"}
    server.feeds = {"FR-2016-04-15.xml": gzip.decompress((XML / "FR-2016-04-15.xml.gz").read_bytes())}
    try:
        async with httpx.AsyncClient() as http:
            fetcher = Fetcher(http, RequestBudget(100), "federal_register")
            source = _source(base, reader=FullTextReader(hosts=LOCAL, max_bytes=cap))
            ctx = _ctx(fetcher, sqlite_store)
            [event] = await source.enrich(ctx, (await source.poll(ctx)).events)
    finally:
        await runner.cleanup()
    assert (event.body is not None) is has_body
    if has_body:
        assert "Hizballah Financial Sanctions Regulations" in (event.body or "")
