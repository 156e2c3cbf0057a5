"""Publishing DocumentSeen events to Kafka with an idempotent producer."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from aiokafka import AIOKafkaProducer

from schemas.events import DocumentSeen


class Publisher(Protocol):
    """Where the poller puts events; publish returns only once the broker has them all."""

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Durably publish every event or raise."""
        ...


class KafkaPublisher:
    """aiokafka producer: idempotent, acks=all, key = event_id."""

    def __init__(self, bootstrap_servers: str, topic: str) -> None:
        self.topic = topic
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap_servers,
            enable_idempotence=True,
            acks="all",
            linger_ms=5,
        )

    async def start(self) -> None:
        """Connect to the broker."""
        await self._producer.start()

    async def stop(self) -> None:
        """Flush and disconnect."""
        await self._producer.stop()

    async def publish(self, events: Sequence[DocumentSeen]) -> None:
        """Send all events, then wait for every acknowledgement."""
        futures = [
            await self._producer.send(self.topic, key=e.event_id.encode(), value=e.to_bytes()) for e in events
        ]
        await asyncio.gather(*futures)
