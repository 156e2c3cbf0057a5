"""Publishing DocumentSeen events and compacted screening-list records with an idempotent producer."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer

from schemas.events import DocumentSeen, ScreeningEntry

_BATCH = 2000  # bounds the futures in flight when a whole screening list goes out


class Publisher(Protocol):
    """Where the poller puts events; each method returns only once the broker has them all."""

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Durably publish every event or raise."""
        ...

    async def publish_records(self, records: Sequence[tuple[str, ScreeningEntry | None]]) -> None:
        """Durably write compacted-topic records (None = tombstone) or raise."""
        ...


class KafkaPublisher:
    """aiokafka producer: idempotent, acks=all, key = event_id (or the entry key on the compacted topic)."""

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str,
        screening_topic: str | None = None,
        client_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        self.topic = topic
        self.screening_topic = screening_topic
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
            **(client_kwargs or {}),
        )
        self.started = False

    async def start(self) -> None:
        """Connect to the broker."""
        await self._producer.start()
        self.started = True

    async def stop(self) -> None:
        """Flush and disconnect."""
        await self._producer.stop()
        self.started = False

    async def ping(self) -> bool:
        """True when the broker answers a metadata request within five seconds."""
        if not self.started:
            return False
        try:
            async with asyncio.timeout(5):
                return bool(await self._producer.client.fetch_all_metadata())
        except Exception:  # noqa: BLE001 - any failure means not ready
            return False

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Send all events, then wait for every acknowledgement."""
        await self._send(self.topic, [(e.event_id, e.to_bytes()) for e in events])

    async def publish_records(self, records: Sequence[tuple[str, ScreeningEntry | None]]) -> None:
        """Send entries and tombstones to the compacted screening-list topic, then wait for every ack."""
        if not records:
            return
        if self.screening_topic is None:
            raise RuntimeError("no screening-list topic configured (TOPIC_SCREENING_LIST)")
        await self._send(self.screening_topic, [(k, e.to_bytes() if e else None) for k, e in records])

    async def _send(self, topic: str, items: Sequence[tuple[str, bytes | None]]) -> None:
        for start in range(0, len(items), _BATCH):
            futures = [
                await self._producer.send(topic, key=key.encode(), value=value)
                for key, value in items[start : start + _BATCH]
            ]
            await asyncio.gather(*futures)
