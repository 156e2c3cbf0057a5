"""What tests of the classifier worker over the real broker share: its environment, a topic reader that
collects from the start, the classified events by id, and waiting for one of its HTTP endpoints."""

from __future__ import annotations

import asyncio
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from aiokafka import AIOKafkaConsumer

from devkit.broker import kafka_env
from schemas.events import DocumentClassified
from schemas.topics import DOCUMENTS


def classifier_env(
    bootstrap: str, topics: dict[str, str], tmp_path: Path, port: int, **extra: str
) -> dict[str, str]:
    """The worker's environment: the test's topics, its own consumer group, web port and data directory."""
    return {
        **kafka_env(bootstrap, topics),
        "CLASSIFIER_APP_ID": f"classifier-{topics[DOCUMENTS][-10:]}",
        "CLASSIFIER_WEB_PORT": str(port),
        "CLASSIFIER_DATA_DIR": str(tmp_path / "faust"),
        **extra,
    }


class Reader:
    """Collects values from a topic from the beginning, in the background of the test's event loop."""

    def __init__(self, bootstrap: str, topic: str) -> None:
        self.consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
        self.values: list[bytes] = []

    async def start(self) -> None:
        await self.consumer.start()
        self.task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        async for record in self.consumer:
            if record.value is not None:
                self.values.append(record.value)

    async def wait_for(self, predicate: Callable[[list[bytes]], bool], seconds: float = 90) -> list[bytes]:
        async with asyncio.timeout(seconds):
            while not predicate(self.values):  # noqa: ASYNC110 - another task fills self.values
                await asyncio.sleep(0.2)
        return self.values

    async def stop(self) -> None:
        self.task.cancel()
        await self.consumer.stop()


def events_by_id(values: list[bytes]) -> dict[str, DocumentClassified]:
    """The classified events among a topic's values, by event id (the latest wins)."""
    return {c.event_id: c for c in (DocumentClassified.model_validate_json(v) for v in values)}


def get(url: str) -> tuple[int, str]:
    """An HTTP GET's status and body, error statuses included."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


async def wait_http(url: str, status: int, seconds: float = 90) -> str:
    """The body of url once it answers with status."""
    async with asyncio.timeout(seconds):
        while True:
            try:
                code, body = await asyncio.to_thread(get, url)
                if code == status:
                    return body
            except OSError:
                pass
            await asyncio.sleep(0.5)
