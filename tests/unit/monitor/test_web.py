"""The HTTP surface over a scripted collector: /lag, /metrics, health, the dashboard, failure handling."""

from __future__ import annotations

import asyncio
from html.parser import HTMLParser

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from monitor.collector import CollectError
from monitor.lag import Thresholds
from monitor.observation import GroupSnapshot, Observation, PartitionOffsets
from monitor.service import MonitorService
from monitor.tracker import Tracker
from monitor.web import create_app


class ScriptedCollector:
    """Returns the queued observations (or raises the queued errors) in order; the last one repeats."""

    def __init__(self, *steps: Observation | BaseException) -> None:
        self.steps = list(steps)
        self.closed = False

    async def collect(self, now: float) -> Observation:
        step = self.steps.pop(0) if len(self.steps) > 1 else self.steps[0]
        if isinstance(step, BaseException):
            raise step
        return step

    async def close(self) -> None:
        self.closed = True


def obs(at: float, committed: int, end: int, members: int = 1) -> Observation:
    parts = (
        PartitionOffsets("docs", 0, committed, 0, end, oldest_timestamp=at - 4.0, owner="m-1"),
        PartitionOffsets("docs", 1, None, 0, 3, oldest_timestamp=at - 2.0),
    )
    return Observation(at=at, groups=(GroupSnapshot("exportwatch-c", "Stable", members, parts),))


def service(*steps: Observation | BaseException) -> MonitorService:
    clock = iter(float(i * 10) for i in range(100))
    return MonitorService(ScriptedCollector(*steps), Tracker(Thresholds()), 10.0, clock=lambda: next(clock))


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


async def get(svc: MonitorService, path: str) -> httpx.Response:
    transport = httpx.ASGITransport(app=create_app(svc, poll=False))
    async with httpx.AsyncClient(transport=transport, base_url="http://monitor") as client:
        return await client.get(path)


async def test_lag_json_is_the_documented_shape() -> None:
    svc = service(obs(100.0, 5, 10))
    await svc.poll_once()
    body = (await get(svc, "/lag")).json()
    assert body["broker"] == {"reachable": True, "error": None, "last_success_at": 100.0}
    [g] = body["groups"]
    assert {k: g[k] for k in ("group", "status", "members", "lag", "lag_seconds")} == {
        "group": "exportwatch-c",
        "status": "OK",
        "members": 1,
        "lag": 8,
        "lag_seconds": 4.0,
    }
    [t] = g["topics"]
    assert t["partitions"][0] == {
        "partition": 0,
        "committed_offset": 5,
        "end_offset": 10,
        "lag": 5,
        "lag_seconds": 4.0,
        "status": "OK",
        "reason": "",
        "owner": "m-1",
    }
    assert t["partitions"][1]["committed_offset"] is None
    assert t["partitions"][1]["lag"] == 3


async def test_metrics_expose_lag_status_and_errors() -> None:
    svc = service(obs(100.0, 5, 10, members=0), CollectError("KafkaConnectionError"))
    await svc.poll_once()
    text = (await get(svc, "/metrics")).text
    m = samples(text)
    labels = (("consumergroup", "exportwatch-c"), ("partition", "0"), ("topic", "docs"))
    assert m[("kafka_consumergroup_lag", labels)] == 5
    assert m[("kafka_consumergroup_lag_seconds", labels)] == 4.0
    assert m[("kafka_consumergroup_current_offset", labels)] == 5
    assert ("kafka_consumergroup_current_offset", (*labels[:1], ("partition", "1"), labels[2])) not in m
    assert m[("kafka_consumergroup_members", (("consumergroup", "exportwatch-c"),))] == 0
    status = {k[1][1][1]: v for k, v in m.items() if k[0] == "exportwatch_consumergroup_status"}
    assert status == {"OK": 0, "WARN": 0, "STALL": 0, "STOP": 1, "ERR": 0}
    assert m[("exportwatch_monitor_broker_up", ())] == 1
    assert m[("exportwatch_monitor_collect_errors_total", (("reason", "broker_unreachable"),))] == 0

    await svc.poll_once()
    m = samples((await get(svc, "/metrics")).text)
    assert m[("exportwatch_monitor_broker_up", ())] == 0
    assert m[("exportwatch_monitor_collect_errors_total", (("reason", "broker_unreachable"),))] == 1
    assert (
        m[("exportwatch_consumergroup_status", (("consumergroup", "exportwatch-c"), ("status", "ERR")))] == 1
    )
    assert m[("kafka_consumergroup_lag", labels)] == 5  # last known, never zeroed by an outage


async def test_readiness_follows_the_broker() -> None:
    svc = service(CollectError("KafkaConnectionError: refused"), obs(20.0, 5, 5))
    assert (await get(svc, "/health/ready")).status_code == 503
    await svc.poll_once()
    response = await get(svc, "/health/ready")
    assert response.status_code == 503
    assert response.json() == {
        "status": "not_ready",
        "checks": {"kafka": False},
        "detail": {"kafka": "KafkaConnectionError: refused"},
    }
    assert (await get(svc, "/health/live")).json() == {"status": "alive"}
    await svc.poll_once()
    ready = await get(svc, "/health/ready")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "checks": {"kafka": True}, "detail": {}}


@pytest.mark.parametrize("surprise", [RuntimeError("bug"), asyncio.CancelledError()], ids=["bug", "leak"])
async def test_a_surprise_in_one_pass_does_not_end_the_loop(surprise: BaseException) -> None:
    svc = service(surprise, obs(10.0, 1, 1))
    svc.poll_seconds = 0.0
    task = asyncio.create_task(svc.run())
    try:
        async with asyncio.timeout(5):
            while svc.passes < 2:  # noqa: ASYNC110 - polling a counter the loop under test bumps
                await asyncio.sleep(0.01)
    finally:
        task.cancel()
    assert svc.tracker.report().broker.reachable
    m = samples((await get(svc, "/metrics")).text)
    assert m[("exportwatch_monitor_collect_errors_total", (("reason", "internal"),))] == 1


class Cells(HTMLParser):
    """Collects the text of td cells by class for each partition row, and group attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.groups: list[dict[str, str | None]] = []
        self._cell: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "section" and a.get("class") == "group":
            self.groups.append(a)
        if tag == "tr" and a.get("class") == "partition":
            self.rows.append({"topic": a["data-topic"] or "", "partition": a["data-partition"] or ""})
        if tag == "td" and self.rows:
            self._cell = a.get("class")
            self.rows[-1][self._cell or ""] = ""

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self.rows[-1][self._cell] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._cell = None


@pytest.mark.parametrize("path", ["/", "/dashboard/fragment"])
async def test_dashboard_shows_the_same_numbers_as_lag(path: str) -> None:
    svc = service(obs(100.0, 5, 10), obs(110.0, 7, 12))
    await svc.poll_once()
    await svc.poll_once()
    html = (await get(svc, path)).text
    cells = Cells()
    cells.feed(html)
    lag = (await get(svc, "/lag")).json()
    expected = [
        {"partition": str(p["partition"]), "committed": str(p["committed_offset"]), "lag": str(p["lag"])}
        for p in lag["groups"][0]["topics"][0]["partitions"]
    ]
    assert [{k: r[k] for k in ("partition", "committed", "lag")} for r in cells.rows] == [
        {**e, "committed": e["committed"].replace("None", "–")} for e in expected
    ]
    assert cells.groups[0]["data-group"] == "exportwatch-c"
    assert cells.groups[0]["data-lag"] == str(lag["groups"][0]["lag"])
    assert "<polyline data-group='exportwatch-c'" in html
    assert "https://" not in html  # nothing fetched from a CDN


async def test_dashboard_escapes_names_and_says_when_kafka_is_down() -> None:
    hostile = Observation(at=1.0, groups=(GroupSnapshot("exportwatch-<script>x</script>", "Stable", 1, ()),))
    svc = service(hostile, CollectError("KafkaConnectionError"))
    await svc.poll_once()
    await svc.poll_once()
    html = (await get(svc, "/")).text
    assert "<script>x</script>" not in html
    assert "&lt;script&gt;" in html
    assert "data-reachable='false'" in html
    assert "Kafka unreachable: KafkaConnectionError" in html


async def test_history_endpoint_lists_points() -> None:
    svc = service(obs(100.0, 5, 10), obs(110.0, 9, 10))
    await svc.poll_once()
    await svc.poll_once()
    body = (await get(svc, "/lag/history")).json()
    assert [(p["at"], p["lag"]) for p in body["groups"][0]["points"]] == [(100.0, 8), (110.0, 4)]
