"""Lag monitor: cost of one collection pass vs the bare offset reads any lag exporter must do."""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import OffsetAndMetadata
from prometheus_client import generate_latest

from monitor.collector import KafkaCollector, prefix_filter
from monitor.lag import Thresholds
from monitor.service import MonitorService
from monitor.tracker import Tracker

GROUPS, PARTITIONS, MESSAGES, ROUNDS = 20, 6, 1200, 10
BAR = 4.0  # a steady-state pass may cost at most this many bare offset reads
RESULTS = Path(__file__).resolve().parent / "results" / "monitor.json"


async def seed(bootstrap: str, prefix: str, topic: str) -> list[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    await admin.create_topics([NewTopic(topic, PARTITIONS, 1)])
    await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=5)
    await producer.start()
    for i in range(MESSAGES):
        await producer.send(topic, b"x" * 100, partition=i % PARTITIONS)
    await producer.flush()
    await producer.stop()
    groups = [f"{prefix}-g{i:02d}" for i in range(GROUPS)]
    for i, group in enumerate(groups):
        consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
        await consumer.start()
        tps = {TopicPartition(topic, p): OffsetAndMetadata(i * 5 + p, "") for p in range(PARTITIONS)}
        consumer.assign(list(tps))
        await consumer.commit(tps)
        await consumer.stop()
    return groups


async def bare_pass(bootstrap: str, groups: list[str], topic: str) -> float:
    """The minimum any lag exporter does: list groups, read each group's offsets, read end offsets."""
    started = time.perf_counter()
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap)
    await admin.start()
    await consumer.start()
    await admin.list_consumer_groups()
    for group in groups:
        await admin.list_consumer_group_offsets(group)
    await consumer.end_offsets([TopicPartition(topic, p) for p in range(PARTITIONS)])
    await consumer.stop()
    await admin.close()
    return time.perf_counter() - started


async def main() -> int:
    bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092")
    prefix = f"exportwatch-bench-{uuid.uuid4().hex[:6]}"
    topic = f"{prefix}.docs"
    groups = await seed(bootstrap, prefix, topic)
    collector = KafkaCollector(bootstrap, prefix_filter(prefix, all_groups=False))
    service = MonitorService(collector, Tracker(Thresholds()), poll_seconds=10)

    started = time.perf_counter()
    observation = await collector.collect(time.time())
    cold = time.perf_counter() - started
    assert len(observation.groups) == GROUPS

    bare, monitored, pure = [], [], []
    for _ in range(ROUNDS):
        # Interleaved, so load on the shared machine hits both alike; each monitor pass reconnects its admin.
        bare.append(await bare_pass(bootstrap, groups, topic))
        await collector.close()
        started = time.perf_counter()
        observation = await collector.collect(time.time())
        monitored.append(time.perf_counter() - started)
        started = time.perf_counter()
        service.tracker.apply(observation)
        service.tracker.report().model_dump_json()
        generate_latest(service.metrics.registry)
        pure.append(time.perf_counter() - started)
    await collector.close()

    bare_s, pass_s, pure_s = (statistics.median(x) for x in (bare, monitored, pure))
    ratio = pass_s / bare_s
    rows = [
        ("bare offset reads (baseline)", bare_s, 1.0),
        ("monitor pass, cold (timestamps fetched)", cold, cold / bare_s),
        ("monitor pass, steady (timestamps cached)", pass_s, ratio),
        ("tracker + /lag JSON + /metrics render", pure_s, pure_s / bare_s),
    ]
    print(f"{GROUPS} groups x {PARTITIONS} partitions, median of {ROUNDS}")
    print(f"{'step':<44}{'ms':>10}{'x baseline':>12}")
    for name, seconds, x in rows:
        print(f"{name:<44}{seconds * 1000:>10.1f}{x:>12.2f}")
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps({name: {"ms": round(s * 1000, 2), "ratio": round(x, 2)} for name, s, x in rows}, indent=2)
    )
    if ratio > BAR:
        print(f"FAIL: a steady pass costs {ratio:.2f}x the bare reads (bar {BAR}x)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
