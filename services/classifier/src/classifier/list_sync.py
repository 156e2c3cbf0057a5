"""Follows the compacted screening-list and watchlist topics: rebuilt at start, then kept current."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from pydantic import ValidationError

from classifier import metrics
from classifier.lists import Lists, ListState
from schemas.events import ScreeningEntry, WatchlistEntry

log = structlog.get_logger(__name__)

# How long to wait for more records before publishing a rebuilt snapshot while running.
POLL_MS = 200
MISSING_TOPIC_RETRY_S = 5.0


@dataclass
class LiveLists:
    """The snapshot the agent classifies with; swapped whole when the topics change, never mutated."""

    current: Lists = field(default_factory=Lists)
    ready: asyncio.Event = field(default_factory=asyncio.Event)


class ListFollower:
    """Reads both compacted topics from the beginning with no consumer group, then follows them."""

    def __init__(
        self,
        bootstrap: str,
        screening_topic: str,
        watchlist_topic: str,
        live: LiveLists,
        client_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        """Remember where to read; nothing connects until run()."""
        self.bootstrap = bootstrap
        self.client_kwargs = dict(client_kwargs or {})
        self.topics = {screening_topic: self._screening, watchlist_topic: self._watch}
        self.live = live
        self.state = ListState()

    def _screening(self, key: str, value: bytes | None) -> None:
        self.state.apply_screening(key, None if value is None else ScreeningEntry.model_validate_json(value))

    def _watch(self, key: str, value: bytes | None) -> None:
        self.state.apply_watch(key, None if value is None else WatchlistEntry.model_validate_json(value))

    async def run(self) -> None:
        """Load everything up to the current end offsets, mark ready, then apply changes as they arrive."""
        # No group: every replica reads every partition from the start.
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False, **self.client_kwargs
        )
        await consumer.start()
        try:
            assigned: set[str] = set()
            await self._assign(consumer, assigned)
            ends = await consumer.end_offsets(list(consumer.assignment())) if assigned else {}
            while not await self._caught_up(consumer, ends):
                await self._poll(consumer)
            await self._publish()
            self.live.ready.set()
            log.info(
                "classifier.lists_ready", entries=len(self.state.screening), watched=len(self.state.watch)
            )
            loop = asyncio.get_running_loop()
            next_check = loop.time() + MISSING_TOPIC_RETRY_S
            while True:
                if len(assigned) < len(self.topics) and loop.time() >= next_check:
                    await self._assign(consumer, assigned)
                    next_check = loop.time() + MISSING_TOPIC_RETRY_S
                await self._poll(consumer)
                if self.state.dirty:
                    await self._publish()
        finally:
            await consumer.stop()

    async def _partitions(self) -> dict[str, list[int]]:
        """The partitions of each list topic that exists, from the broker's current metadata."""
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap, **self.client_kwargs)
        await admin.start()
        try:
            described = await admin.describe_topics(list(self.topics))
        finally:
            await admin.close()
        return {
            d["topic"]: [p["partition"] for p in d["partitions"]]
            for d in described
            if d.get("error_code", 0) == 0 and d.get("partitions")
        }

    async def _assign(self, consumer: AIOKafkaConsumer, assigned: set[str]) -> None:
        """Assign every partition of the topics that exist; a missing topic is retried later, not fatal."""
        found = await self._partitions()
        new = {TopicPartition(t, p) for t, parts in found.items() if t not in assigned for p in parts}
        for topic in set(self.topics) - set(found) - assigned:
            log.warning("classifier.list_topic_missing", topic=topic)
        if new:
            consumer.assign(list(set(consumer.assignment()) | new))
            await consumer.seek_to_beginning(*new)
            assigned.update(tp.topic for tp in new)

    @staticmethod
    async def _caught_up(consumer: AIOKafkaConsumer, ends: dict[TopicPartition, int]) -> bool:
        """Whether every partition has been read up to the end offset it had at start-up."""
        for tp, end in ends.items():
            if await consumer.position(tp) < end:
                return False
        return True

    async def _poll(self, consumer: AIOKafkaConsumer) -> None:
        """Apply one batch of records; a record that does not parse is logged, counted and skipped."""
        if not consumer.assignment():
            await asyncio.sleep(POLL_MS / 1000)
            return
        batch = await consumer.getmany(timeout_ms=POLL_MS, max_records=5000)
        for tp, records in batch.items():
            apply: Callable[[str, bytes | None], None] = self.topics[tp.topic]
            for record in records:
                key = (record.key or b"").decode("utf-8", "replace")
                try:
                    apply(key, record.value)
                except (ValidationError, ValueError) as exc:
                    metrics.LIST_RECORDS_REJECTED.labels(topic=tp.topic).inc()
                    log.warning(
                        "classifier.list_record_rejected",
                        topic=tp.topic,
                        offset=record.offset,
                        error=str(exc),
                    )

    async def _publish(self) -> None:
        """Rebuild the changed matcher off the event loop and swap the snapshot in."""
        self.live.current = await asyncio.to_thread(self.state.snapshot)
        metrics.LIST_ENTRIES.labels(list="screening").set(len(self.state.screening))
        metrics.LIST_ENTRIES.labels(list="watchlist").set(len(self.state.watch))
