"""The monitor over the real broker: /lag numbers, /metrics, and the dashboard in headless Chromium."""

from __future__ import annotations

import asyncio
import os
import shutil
import time
import uuid
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import ROOT
from tests.integration.monitor_support import (
    JSON,
    DomRows,
    chromium,
    commit,
    create_topic,
    get_json,
    group_of,
    monitor,
    partitions_of,
    produce,
    wait_until,
)

pytestmark = pytest.mark.integration

PRODUCED = {0: 10, 1: 7, 2: 4}
COMMITTED = {0: 6, 1: 7}  # partition 2 never committed: it owes its whole log


def comparable(report: JSON) -> dict[tuple[str, str, int], tuple[object, ...]]:
    """What must be identical on the page and in /lag while nothing moves (lag seconds keep ageing)."""
    return {
        (g["group"], topic, partition): (
            row["committed_offset"],
            row["end_offset"],
            row["lag"],
            row["status"],
        )
        for g in report["groups"]
        for (topic, partition), row in partitions_of(g).items()
    }


async def test_lag_metrics_and_dashboard_match_the_broker(kafka_bootstrap: str, tmp_path: Path) -> None:
    prefix = f"exportwatch-it-{uuid.uuid4().hex[:8]}"
    topic, stopped, live = f"{prefix}.docs", f"{prefix}-stopped", f"{prefix}-live"
    await create_topic(kafka_bootstrap, topic, 3)
    produced_at = time.time()
    await produce(kafka_bootstrap, topic, PRODUCED)
    await commit(kafka_bootstrap, stopped, topic, COMMITTED)
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=kafka_bootstrap, group_id=live, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        seen = 0
        async with asyncio.timeout(60):
            while seen < sum(PRODUCED.values()):
                batch = await consumer.getmany(timeout_ms=500)
                seen += sum(len(rs) for rs in batch.values())
        await consumer.commit()

        with monitor(kafka_bootstrap, prefix, tmp_path / "monitor.log") as base:

            def settled(r: JSON) -> bool:
                s, lv = group_of(r, stopped), group_of(r, live)
                return bool(s and lv and s["lag"] == 8 and lv["lag"] == 0 and lv["members"] == 1)

            report = await wait_until(lambda: get_json(f"{base}/lag"), settled, 90, "both groups")
            checked_at = time.time()

            s = group_of(report, stopped)
            assert s is not None
            assert (s["status"], s["state"], s["members"], s["lag"]) == ("STOP", "Empty", 0, 8)
            rows = partitions_of(s)
            got = {k: (r["committed_offset"], r["end_offset"], r["lag"]) for k, r in rows.items()}
            assert got == {(topic, 0): (6, 10, 4), (topic, 1): (7, 7, 0), (topic, 2): (None, 4, 4)}
            for p in (0, 2):
                assert 0 < rows[(topic, p)]["lag_seconds"] <= checked_at - produced_at + 1
            assert rows[(topic, 1)]["lag_seconds"] == 0
            assert "no consumer" in s["reason"]

            lv = group_of(report, live)
            assert lv is not None
            assert (lv["status"], lv["lag"], lv["lag_seconds"], lv["members"]) == ("OK", 0, 0, 1)
            assert all(r["owner"] for r in partitions_of(lv).values())

            metrics = await asyncio.to_thread(_metrics, f"{base}/metrics")
            labels = {"consumergroup": stopped, "topic": topic, "partition": "0"}
            assert _value(metrics, "kafka_consumergroup_lag", labels) == 4
            assert _value(metrics, "kafka_consumergroup_lag_seconds", labels) > 0
            status = {"consumergroup": stopped, "status": "STOP"}
            assert _value(metrics, "exportwatch_consumergroup_status", status) == 1
            assert _value(metrics, "kafka_consumergroup_members", {"consumergroup": live}) == 1

            await _dashboard_matches_lag(base, tmp_path)
    finally:
        await consumer.stop()


async def _dashboard_matches_lag(base: str, tmp_path: Path) -> None:
    before = await get_json(f"{base}/lag")
    dom = await asyncio.to_thread(chromium, f"{base}/", tmp_path / "chrome", "--dump-dom")
    after = await get_json(f"{base}/lag")
    assert comparable(before) == comparable(after), "the broker moved during the check"
    page = DomRows()
    page.feed(dom.stdout)
    assert {g["data-group"] for g in page.groups} == {g["group"] for g in before["groups"]}
    for g in before["groups"]:
        [section] = [s for s in page.groups if s["data-group"] == g["group"]]
        assert (section["data-lag"], section["data-status"]) == (str(g["lag"]), g["status"])
    on_page = {
        (r["group"], r["topic"], int(r["partition"])): (
            None if r["committed"] == "–" else int(r["committed"]),
            int(r["end"]),
            int(r["lag"]),
            r["status"],
        )
        for r in page.rows
    }
    assert on_page == comparable(before)
    ages = {(r["group"], r["topic"], int(r["partition"])): float(r["lag-seconds"]) for r in page.rows}
    for g in before["groups"]:
        a = {(k[0], k[1]): v for k, v in partitions_of(g).items()}
        b = partitions_of(group_of(after, g["group"]) or {})
        for (topic, p), row in a.items():
            assert (
                row["lag_seconds"] - 0.1 <= ages[(g["group"], topic, p)] <= b[(topic, p)]["lag_seconds"] + 0.1
            )

    shot = tmp_path / "dashboard.png"
    await asyncio.to_thread(
        chromium, f"{base}/", tmp_path / "chrome", "--window-size=1200,900", f"--screenshot={shot}"
    )
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 10_000
    if os.environ.get("UPDATE_SCREENSHOTS"):
        shutil.copy(shot, ROOT / "docs" / "dashboard.png")


Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def _metrics(url: str) -> Samples:
    text = httpx.get(url, timeout=10).text
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def _value(
    metrics: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, labels: dict[str, str]
) -> float:
    return metrics[(name, frozenset(labels.items()))]
