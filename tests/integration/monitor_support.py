"""Helpers for the monitor's integration tests: run the monitor, seed groups, poll /lag, drive Chromium."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import OffsetAndMetadata

from devkit.broker import free_port
from tests.integration.processes import running, script

JSON = dict[str, Any]


@contextmanager
def monitor(bootstrap: str, prefix: str, log: Path, **settings: str) -> Iterator[str]:
    """Run exportwatch-monitor for the block, watching groups with prefix; yields its base URL."""
    port = free_port()
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "MONITOR_GROUP_PREFIX": prefix,
        "MONITOR_POLL_SECONDS": "1",
        "MONITOR_KAFKA_TIMEOUT_SECONDS": "5",
        **settings,
    }
    with running([script("exportwatch-monitor"), "--port", str(port)], env, log) as proc:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            assert proc.poll() is None, log.read_text()
            try:
                if httpx.get(f"{base}/health/live", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "monitor did not start:\n" + log.read_text()
            time.sleep(0.2)
        yield base
        assert proc.poll() is None, "the monitor died:\n" + log.read_text()


async def get_json(url: str) -> JSON:
    """GET a JSON document."""
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(url)
        response.raise_for_status()
        body: JSON = response.json()
        return body


async def wait_until(
    fetch: Callable[[], Awaitable[JSON]], ok: Callable[[JSON], bool], seconds: float, what: str
) -> JSON:
    """Poll fetch() until ok(value); fail with the last value after seconds."""
    deadline = time.monotonic() + seconds
    last: JSON = {}
    while time.monotonic() < deadline:
        try:
            last = await fetch()
        except httpx.HTTPError as exc:
            last = {"error": repr(exc)}
        if ok(last):
            return last
        await asyncio.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}; last: {last}")


def group_of(report: JSON, name: str) -> JSON | None:
    """One group's entry in a /lag report."""
    return next((g for g in report.get("groups", []) if g["group"] == name), None)


def partitions_of(group: JSON) -> dict[tuple[str, int], JSON]:
    """A group's partition rows keyed by (topic, partition)."""
    return {(t["topic"], p["partition"]): p for t in group["topics"] for p in t["partitions"]}


async def create_topic(bootstrap: str, name: str, partitions: int) -> None:
    """Create a topic (replication 1)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(name, partitions, 1)])
    finally:
        await admin.close()


async def produce(bootstrap: str, topic: str, counts: dict[int, int]) -> None:
    """Write counts[p] small messages to each partition p."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap)
    await producer.start()
    try:
        for partition, n in counts.items():
            for i in range(n):
                await producer.send(topic, f"m{i}".encode(), partition=partition)
        await producer.flush()
    finally:
        await producer.stop()


async def commit(bootstrap: str, group: str, topic: str, offsets: dict[int, int]) -> None:
    """Commit offsets for a group without joining it (the group stays Empty: nobody consumes)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        tps = {TopicPartition(topic, p): OffsetAndMetadata(o, "") for p, o in offsets.items()}
        consumer.assign(list(tps))
        await consumer.commit(tps)
    finally:
        await consumer.stop()


class DomRows(HTMLParser):
    """Partition rows (cell text by class) and group sections (attributes) of the dashboard DOM."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, str]] = []
        self.groups: list[dict[str, str]] = []
        self._cell: str | None = None
        self._group = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "section" and a.get("class") == "group":
            self.groups.append(a)
            self._group = a["data-group"]
        elif tag == "tr" and a.get("class") == "partition":
            self.rows.append(
                {"group": self._group, "topic": a["data-topic"], "partition": a["data-partition"]}
            )
        elif tag == "td" and self.rows:
            self._cell = a.get("class", "")
            self.rows[-1][self._cell] = ""

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self.rows[-1][self._cell] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._cell = None


def chromium_binary() -> str:
    """Debian's chromium (CI installs it); a clear failure if it is missing."""
    for name in ("chromium", "chromium-browser"):
        if found := shutil.which(name):
            return found
    raise AssertionError("chromium is not installed: apt-get install chromium (.ci/run does)")


def chromium(url: str, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium once on url with extra args (--dump-dom or --screenshot=...)."""
    return subprocess.run(
        [
            chromium_binary(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
