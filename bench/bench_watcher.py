"""Watcher benchmarks: an unchanged poll cycle (all 304s), parsing a 2,000-document page, the CSL diff."""

from __future__ import annotations

import asyncio
import gc
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from devkit.replay import ReplayServer, start
from schemas.events import DocumentSeen, ScreeningEntry
from screening import csl
from watcher import screening_diff
from watcher.db import make_engine, migrate
from watcher.fetching import RequestBudget
from watcher.poller import Poller
from watcher.settings import FeedConfig
from watcher.sources.base import Source
from watcher.sources.federal_register import FederalRegisterSource
from watcher.sources.feeds import FeedsSource
from watcher.sources.fr_api import parse_page
from watcher.sources.public_inspection import PublicInspectionSource
from watcher.sources.screening_list import BUNDLED, ScreeningListSource
from watcher.state import StateStore

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
RECORDED = ROOT / "tests/fixtures/fr_api/documents_search_pubdate-2016-02-29_per_page-1000.json"
FEED = ROOT / "tests/fixtures/feeds/bis_press.xml"
BIS = "industry-and-security-bureau"


class NullPublisher:
    """Accepts everything at once: the benchmark measures polling, not Kafka."""

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Drop events."""

    async def publish_records(self, records: Sequence[tuple[str, ScreeningEntry | None]]) -> None:
        """Drop records."""


async def _timed(fn: Callable[[], Awaitable[Any]], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        await fn()
        out.append(time.perf_counter() - started)
    return out


async def poll_cycle() -> dict[str, float]:
    """First cycle (every body new) vs. unchanged cycles (all 304) vs. bare GETs of the same URLs."""
    server = ReplayServer.bundled()
    server.feeds = {"bis.xml": FEED.read_bytes()}
    runner, port = await start(server)
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        migrate(url)
        engine = make_engine(url)
        sources: list[Source] = [
            FederalRegisterSource(f"{base}/api/v1", [BIS], 3, cfr_parts=[(15, 744)]),
            PublicInspectionSource(f"{base}/api/v1", [BIS]),
            FeedsSource([FeedConfig(id="bis", url=f"{base}/feeds/bis.xml")]),
            ScreeningListSource(location=f"{base}/csl/consolidated.csv"),
        ]
        async with httpx.AsyncClient(timeout=30) as http:
            poller = Poller(sources, NullPublisher(), http, StateStore(engine), budget=RequestBudget(1000))
            first = await _timed(poller.cycle, 1)
            not_modified_before = sum(server.not_modified.values())
            unchanged = await _timed(poller.cycle, 20)
            all_304 = sum(server.not_modified.values()) - not_modified_before == 20 * 5
            urls = [r for r in server.requests[:2]]

            async def bare() -> None:
                for path in urls:
                    await http.get(base + path)
                for path in ["/api/v1/public-inspection-documents/current.json", "/feeds/bis.xml"]:
                    await http.get(base + path)
                await http.get(base + "/csl/consolidated.csv")

            bare_times = await _timed(bare, 5)
        await engine.dispose()
    await runner.cleanup()
    unchanged_ms = statistics.median(unchanged) * 1000
    return {
        "first_cycle_ms": first[0] * 1000,
        "unchanged_cycle_ms": unchanged_ms,
        "bare_get_cycle_ms": statistics.median(bare_times) * 1000,
        "unchanged_vs_first": unchanged_ms / (first[0] * 1000),
        "unchanged_vs_bare": unchanged_ms / (statistics.median(bare_times) * 1000),
        "all_304": float(all_304),
    }


def parse_throughput() -> dict[str, float]:
    """parse_page on a 2,000-document page vs. json.loads of the same bytes."""
    recorded = json.loads(RECORDED.read_bytes())["results"]
    results = []
    for i in range(2000):
        doc = dict(recorded[i % len(recorded)])
        doc["document_number"] = f"2099-{i:05d}"
        results.append(doc)
    payload = json.dumps({"count": 2000, "total_pages": 1, "results": results}).encode()
    runs = 7
    parse = []
    loads = []
    for _ in range(runs):
        started = time.perf_counter()
        events, count = parse_page(payload)
        parse.append(time.perf_counter() - started)
        started = time.perf_counter()
        json.loads(payload)
        loads.append(time.perf_counter() - started)
    assert len(events) == count == 2000
    p, j = statistics.median(parse), statistics.median(loads)
    return {
        "page_bytes": float(len(payload)),
        "parse_ms": p * 1000,
        "docs_per_second": 2000 / p,
        "json_loads_ms": j * 1000,
        "parse_vs_json_loads": p / j,
    }


def csl_diff() -> dict[str, float]:
    """Diff of the full 14,160-entry snapshot against itself with 1% changes (and with none, the baseline)."""
    started = time.perf_counter()
    entries = csl.load(BUNDLED.read_bytes())
    load_s = time.perf_counter() - started
    stored = {e.key: (screening_diff.entry_hash(e), e.model_dump_json()) for e in entries}
    n = len(entries) // 100  # 1%
    third = n // 3
    changed = list(entries)
    for i in range(third):  # aliases changed
        changed[i] = changed[i].model_copy(update={"alt_names": [*changed[i].alt_names, f"ALIAS {i}"]})
    del changed[third : 2 * third]  # removed
    for i in range(n - 2 * third):  # added
        changed.append(entries[0].model_copy(update={"entry_id": f"new{i}", "name": f"NEW ENTITY {i}"}))

    def measure(current: list[ScreeningEntry]) -> tuple[float, float, int]:
        gc.collect()
        tracemalloc.start()
        started = time.perf_counter()
        result = screening_diff.diff(stored, current, "screening_list")
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return elapsed, peak / 2**20, len(result.events)

    base_s, base_mb, base_events = measure(entries)
    diff_s, diff_mb, diff_events = measure(changed)
    assert base_events == 0
    assert diff_events == n, (diff_events, n)
    return {
        "entries": float(len(entries)),
        "load_s": load_s,
        "diff_unchanged_s": base_s,
        "diff_1pct_s": diff_s,
        "diff_1pct_vs_unchanged": diff_s / base_s,
        "peak_mb_unchanged": base_mb,
        "peak_mb_1pct": diff_mb,
        "events_1pct": float(diff_events),
    }


def main() -> int:
    """Run all three, print a table, write bench/results/watcher.json."""
    results = {
        "poll_cycle": asyncio.run(poll_cycle()),
        "parse_2000": parse_throughput(),
        "csl_diff": csl_diff(),
    }
    print(f"{'benchmark':<12} {'figure':<26} value")
    for group, figures in results.items():
        for name, value in figures.items():
            print(f"{group:<12} {name:<26} {value:,.3f}")
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "watcher.json").write_text(json.dumps(results, indent=1))
    return 0 if results["poll_cycle"]["all_304"] == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
