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
from classifier.readiness import ListStatus, ScreeningGate, explain
from schemas.events import ScreeningEntry, WatchlistEntry

log = structlog.get_logger(__name__)

# How long to wait for more records before publishing a rebuilt snapshot while running.
POLL_MS = 200
MISSING_TOPIC_RETRY_S = 5.0


@dataclass
class LiveLists:
    """The snapshot the agent classifies with; swapped whole when the topics change, never mutated."""

    current: Lists = field(default_factory=Lists)
    # Set once documents may be classified: the screening list loaded, or the wait for it timed out.
    ready: asyncio.Event = field(default_factory=asyncio.Event)
    status: ListStatus = ListStatus.LOADING
    reason: str = explain(ListStatus.LOADING, "", 0, 0)


class ListFollower:
    """Reads both compacted topics from the beginning with no consumer group, then follows them."""

    def __init__(
        self,
        bootstrap: str,
        screening_topic: str,
        watchlist_topic: str,
        live: LiveLists,
        client_kwargs: Mapping[str, Any] | None = None,
        screening_wait_s: float = 120.0,
    ) -> None:
        """Remember where to read; nothing connects until run()."""
        self.bootstrap = bootstrap
        self.screening_topic = screening_topic
        self.screening_wait_s = screening_wait_s
        self.client_kwargs = dict(client_kwargs or {})
        self.topics = {screening_topic: self._screening, watchlist_topic: self._watch}
        self.live = live
        self.state = ListState()

    def _screening(self, key: str, value: bytes | None) -> None:
        self.state.apply_screening(key, None if value is None else ScreeningEntry.model_validate_json(value))

    def _watch(self, key: str, value: bytes | None) -> None:
        self.state.apply_watch(key, None if value is None else WatchlistEntry.model_validate_json(value))

    async def run(self) -> None:
        """Read both topics to the end, hold documents until the screening list is in (or the wait ends)."""
        # No group: every replica reads every partition from the start.
        consumer = AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False, **self.client_kwargs
        )
        await consumer.start()
        try:
            loop = asyncio.get_running_loop()
            gate = ScreeningGate(self.screening_wait_s, started=loop.time())
            assigned: set[str] = set()
            await self._assign(consumer, assigned)
            next_check = loop.time() + MISSING_TOPIC_RETRY_S
            while True:
                if len(assigned) < len(self.topics) and loop.time() >= next_check:
                    await self._assign(consumer, assigned)
                    next_check = loop.time() + MISSING_TOPIC_RETRY_S
                if await self._poll(consumer):
                    gate.record(loop.time())
                if gate.pending(len(self.state.screening)):
                    caught_up = await self._caught_up(consumer)
                    await self._advance(gate.update(loop.time(), caught_up, len(self.state.screening)))
                # Before release the matcher is built once, not after every batch of a 14,000-entry list.
                if self.live.ready.is_set() and self.state.dirty:
                    await self._publish()
        finally:
            await consumer.stop()

    async def _advance(self, status: ListStatus) -> None:
        """Record the gate's status; on release, swap the lists in before the agent may use them."""
        entries = len(self.state.screening)
        self.live.reason = explain(status, self.screening_topic, self.screening_wait_s, entries)
        if status is self.live.status:
            return
        if status.classifying:
            await self._publish()
        if status is ListStatus.LOADED:
            metrics.LISTS_READY.set(1)
            log.info("classifier.lists_ready", entries=entries, watched=len(self.state.watch))
        elif status is ListStatus.DEGRADED:
            metrics.SCREENING_WAIT_TIMEOUTS.inc()
            log.warning(
                "classifier.screening_wait_timeout",
                topic=self.screening_topic,
                waited_seconds=self.screening_wait_s,
                watched=len(self.state.watch),
                consequence="classifying without listed parties until the screening list arrives",
            )
        elif status is ListStatus.WAITING and entries == 0:
            log.info(
                "classifier.screening_waiting", topic=self.screening_topic, wait_seconds=self.screening_wait_s
            )
        self.live.status = status
        if status.classifying:
            self.live.ready.set()

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
    async def _caught_up(consumer: AIOKafkaConsumer) -> bool:
        """Whether every assigned partition has been read up to its current end offset."""
        assignment = list(consumer.assignment())
        ends = await consumer.end_offsets(assignment) if assignment else {}
        for tp, end in ends.items():
            if await consumer.position(tp) < end:
                return False
        return True

    async def _poll(self, consumer: AIOKafkaConsumer) -> int:
        """Apply one batch, return its screening-list record count; bad records are logged and counted."""
        if not consumer.assignment():
            await asyncio.sleep(POLL_MS / 1000)
            return 0
        batch = await consumer.getmany(timeout_ms=POLL_MS, max_records=5000)
        screening = sum(len(records) for tp, records in batch.items() if tp.topic == self.screening_topic)
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
        return screening

    async def _publish(self) -> None:
        """Rebuild the changed matcher off the event loop and swap the snapshot in."""
        self.live.current = await asyncio.to_thread(self.state.snapshot)
        metrics.LIST_ENTRIES.labels(list="screening").set(len(self.state.screening))
        metrics.LIST_ENTRIES.labels(list="watchlist").set(len(self.state.watch))
