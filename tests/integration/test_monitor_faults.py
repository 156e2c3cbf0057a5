"""Bad input for the monitor on a broker of its own: the broker stops and returns, a topic is deleted."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from aiokafka.admin import AIOKafkaAdminClient
from prometheus_client.parser import text_string_to_metric_families

from devkit.broker import Broker, down, free_port, up
from tests.integration.monitor_support import (
    JSON,
    commit,
    create_topic,
    get_json,
    group_of,
    monitor,
    produce,
    wait_until,
)

pytestmark = pytest.mark.integration


def _metric(base: str, name: str, **labels: str) -> float:
    text = httpx.get(f"{base}/metrics", timeout=10).text
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            if s.name == name and s.labels == labels:
                return s.value
    raise AssertionError(f"{name}{labels} not exposed")


async def _topics(bootstrap: str) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


async def test_outage_and_deleted_topic_are_reported_and_survived(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KAFKA_HEAP", "256m")
    broker = Broker.at(free_port(), home=tmp_path / "kafka")
    await asyncio.to_thread(up, broker)
    try:
        topic, group = "exportwatch.faults", "exportwatch-faults"
        await create_topic(broker.bootstrap, topic, 2)
        await produce(broker.bootstrap, topic, {0: 5, 1: 5})
        await commit(broker.bootstrap, group, topic, {0: 2, 1: 5})
        with monitor(broker.bootstrap, "exportwatch", tmp_path / "monitor.log") as base:

            async def lag() -> JSON:
                return await get_json(f"{base}/lag")

            def status_is(status: str) -> object:
                return lambda r: (g := group_of(r, group)) is not None and g["status"] == status

            before = await wait_until(lag, status_is("STOP"), 60, "the stopped group")
            assert group_of(before, group)["lag"] == 3  # type: ignore[index]

            await asyncio.to_thread(down, broker)
            during = await wait_until(lag, lambda r: not r["broker"]["reachable"], 60, "the outage")
            g = await wait_until(lag, status_is("ERR"), 30, "ERR during the outage")
            assert "broker unreachable" in group_of(g, group)["reason"]  # type: ignore[index]
            assert group_of(g, group)["lag"] == 3  # type: ignore[index]  # last known, not zero
            assert during["broker"]["error"]
            assert _metric(base, "exportwatch_monitor_broker_up") == 0
            assert _metric(base, "exportwatch_monitor_collect_errors_total", reason="broker_unreachable") >= 1
            assert httpx.get(f"{base}/health/ready", timeout=10).status_code == 503

            await asyncio.to_thread(up, broker)
            after = await wait_until(lag, status_is("STOP"), 90, "recovery after the broker returned")
            assert after["broker"]["reachable"]
            assert group_of(after, group)["lag"] == 3  # type: ignore[index]
            assert httpx.get(f"{base}/health/ready", timeout=10).status_code == 200

            admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
            await admin.start()
            try:
                response = await admin.delete_topics([topic])
                assert [code for _, code, *_ in response.topic_error_codes] == [0], response
            finally:
                await admin.close()
            gone = await wait_until(lag, status_is("ERR"), 60, "the deleted topic reported")
            reason = group_of(gone, group)["reason"]  # type: ignore[index]
            assert "no longer" in reason or "not found" in reason, reason
            passes = _metric(base, "exportwatch_monitor_collections_total")
            await wait_until(
                lambda: asyncio.to_thread(
                    lambda: {"n": _metric(base, "exportwatch_monitor_collections_total")}
                ),
                lambda m: m["n"] >= passes + 3,
                60,
                "three more passes",
            )
            assert topic not in await _topics(broker.bootstrap), "the monitor re-created a deleted topic"
    finally:
        await asyncio.to_thread(down, broker)
