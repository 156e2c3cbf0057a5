"""Publishing watchlist entries (and tombstones) to the compacted exportwatch.watchlist.v1 topic."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError

from notifier.tables import WatchlistItem
from schemas.events import WatchlistEntry


class PublishError(RuntimeError):
    """Kafka did not acknowledge the record; the caller answers 503 and keeps its database unchanged."""


class WatchlistPublisher(Protocol):
    """Where watchlist records go (Kafka in production; passed in, so tests can use a real broker)."""

    async def publish(self, key: str, value: bytes | None) -> None:
        """Publish one record (value None is a tombstone) and return once it is acknowledged."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


def record_for(item: WatchlistItem) -> tuple[str, bytes | None]:
    """The topic key and value for a watchlist row: the entry, or a tombstone once deleted."""
    key = f"{item.team_id}:{item.id}"
    if item.deleted_at is not None:
        return key, None
    entry = WatchlistEntry(
        team_id=item.team_id,
        entry_id=item.id,
        name=item.name,
        aliases=list(item.aliases),
        note=item.note,
        updated_at=item.updated_at,
    )
    return key, entry.to_bytes()


class KafkaWatchlistPublisher:
    """An idempotent aiokafka producer, started on first use so the API can start without Kafka."""

    def __init__(
        self,
        bootstrap_servers: str,
        topic: str,
        timeout: float = 15.0,
        client_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        self.bootstrap_servers = bootstrap_servers
        self.topic = topic
        self.timeout = timeout
        self._client_kwargs = dict(client_kwargs or {})
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()

    async def _started(self) -> AIOKafkaProducer:
        async with self._lock:
            if self._producer is None:
                producer = AIOKafkaProducer(
                    bootstrap_servers=self.bootstrap_servers,
                    enable_idempotence=True,
                    request_timeout_ms=10000,
                    **self._client_kwargs,
                )
                try:
                    await asyncio.wait_for(producer.start(), self.timeout)
                except (KafkaError, OSError, TimeoutError) as exc:
                    await producer.stop()
                    raise PublishError(f"cannot reach Kafka: {type(exc).__name__}") from None
                self._producer = producer
            return self._producer

    async def publish(self, key: str, value: bytes | None) -> None:
        """Send and wait for the broker's acknowledgement."""
        producer = await self._started()
        try:
            await asyncio.wait_for(
                producer.send_and_wait(self.topic, key=key.encode("utf-8"), value=value), self.timeout
            )
        except (KafkaError, TimeoutError) as exc:
            raise PublishError(f"watchlist publish failed: {type(exc).__name__}") from None

    async def close(self) -> None:
        """Stop the producer if it was started."""
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None
