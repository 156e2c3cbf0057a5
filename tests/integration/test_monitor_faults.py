"""Bad input for the monitor on a broker of its own: the broker stops and returns, a topic is deleted."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
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


async def _status_code(url: str) -> int:
    async with httpx.AsyncClient(timeout=10) as client:
        return (await client.get(url)).status_code


async def _metric(base: str, name: str, **labels: str) -> float:
    async with httpx.AsyncClient(timeout=10) as client:
        text = (await client.get(f"{base}/metrics")).text
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

            def status_is(status: str) -> Callable[[JSON], bool]:
                return lambda r: (g := group_of(r, group)) is not None and g["status"] == status

            def ours(report: JSON) -> JSON:
                found = group_of(report, group)
                assert found is not None, report
                return found

            before = await wait_until(lag, status_is("STOP"), 60, "the stopped group")
            assert ours(before)["lag"] == 3

            await asyncio.to_thread(down, broker)
            during = await wait_until(lag, lambda r: not r["broker"]["reachable"], 60, "the outage")
            g = await wait_until(lag, status_is("ERR"), 30, "ERR during the outage")
            assert "broker unreachable" in ours(g)["reason"]
            assert ours(g)["lag"] == 3  # the last known lag, not zero
            assert during["broker"]["error"]
            assert await _metric(base, "exportwatch_monitor_broker_up") == 0
            assert (
                await _metric(base, "exportwatch_monitor_collect_errors_total", reason="broker_unreachable")
                >= 1
            )
            assert await _status_code(f"{base}/health/ready") == 503

            await asyncio.to_thread(up, broker)
            after = await wait_until(lag, status_is("STOP"), 90, "recovery after the broker returned")
            assert after["broker"]["reachable"]
            assert ours(after)["lag"] == 3
            assert await _status_code(f"{base}/health/ready") == 200

            admin = AIOKafkaAdminClient(bootstrap_servers=broker.bootstrap)
            await admin.start()
            try:
                response = await admin.delete_topics([topic])
                assert [code for _, code, *_ in response.topic_error_codes] == [0], response
            finally:
                await admin.close()
            gone = await wait_until(lag, status_is("ERR"), 60, "the deleted topic reported")
            reason = ours(gone)["reason"]
            assert "no longer" in reason or "not found" in reason, reason
            passes = await _metric(base, "exportwatch_monitor_collections_total")

            async def count() -> JSON:
                return {"n": await _metric(base, "exportwatch_monitor_collections_total")}

            await wait_until(
                count,
                lambda m: m["n"] >= passes + 3,
                60,
                "three more passes",
            )
            assert topic not in await _topics(broker.bootstrap), "the monitor re-created a deleted topic"
    finally:
        await asyncio.to_thread(down, broker)
