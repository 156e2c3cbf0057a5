"""The Kafka side: classified events in, ledger rows written, offsets committed only after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.delivery import ledger
from notifier.metrics import NotifierMetrics
from notifier.routing.routes import RouteCache, route_many
from schemas.events import DocumentClassified

log = structlog.get_logger(__name__)


@dataclass
class Intake:
    """Consumes the classified topic into the ledger."""

    consumer: AIOKafkaConsumer
    dlq: AIOKafkaProducer
    dlq_topic: str
    sessions: async_sessionmaker[AsyncSession]
    on_recorded: Callable[[], None]
    metrics: NotifierMetrics = field(default_factory=NotifierMetrics)
    # Subscriptions are re-read only when their change marker moves (see routing.routes.RouteCache).
    routes: RouteCache = field(default_factory=RouteCache)

    async def step(self, timeout_ms: int = 500) -> int:
        """Handle one batch; return how many messages it held."""
        batches = await self.consumer.getmany(timeout_ms=timeout_ms, max_records=200)
        records: list[ConsumerRecord[bytes, bytes]] = [r for rs in batches.values() for r in rs]
        if not records:
            return 0
        events: list[DocumentClassified] = []
        for record in records:
            try:
                events.append(DocumentClassified.model_validate_json(record.value or b""))
            except ValidationError as exc:
                await self._dead_letter(record, exc)
                self._count("deadletter")
        # One transaction and a few statements per batch, not per message: at 100 documents/s the
        # per-message round trips were most of an alert's time in the notifier.
        async with self.sessions() as session:
            index = await self.routes.refresh(session)
            routed = await route_many(session, index, events)
            created = await ledger.record_many(
                session, [(e, r.routes) for e, r in zip(events, routed, strict=True)]
            )
            await session.commit()
        suppressed = sum(r.suppressed for r in routed)
        if suppressed:
            self.metrics.suppressed.inc(suppressed)
        self._count("recorded", len(events))
        # The rows are durable now: the dispatcher may send them before the offsets are committed (a crash
        # in between re-reads the messages, and the ledger's unique keys make that a no-op).
        if created:
            self.on_recorded()
        # Only now: committing offsets before the rows were durable could lose alerts on a crash.
        await self.consumer.commit()
        log.info("intake.batch", messages=len(records), deliveries=created)
        return len(records)

    def _count(self, result: str, n: int = 1) -> None:
        if n:
            self.metrics.intake_messages.labels(result).inc(n)

    async def _dead_letter(self, record: ConsumerRecord[bytes, bytes], exc: Exception) -> None:
        letter = self.metrics.deadletters.letter(record, record.key, record.value, exc)
        await self.dlq.send_and_wait(self.dlq_topic, key=record.key, value=letter.to_bytes())

    async def run(self) -> None:
        """Consume forever."""
        while True:
            await self.step()
