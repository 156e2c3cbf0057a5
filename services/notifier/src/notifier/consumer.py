"""The Kafka side: classified events in, ledger rows written, offsets committed only after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier import ledger, routing
from notifier.metrics import NotifierMetrics
from schemas.events import DeadLetter, DocumentClassified

log = structlog.get_logger(__name__)

SERVICE = "notifier"


@dataclass
class Intake:
    """Consumes the classified topic into the ledger."""

    consumer: AIOKafkaConsumer
    dlq: AIOKafkaProducer
    dlq_topic: str
    sessions: async_sessionmaker[AsyncSession]
    on_recorded: Callable[[], None]
    metrics: NotifierMetrics | None = None
    # Subscriptions are re-read only when their change marker moves (see routing.RouteCache).
    routes: routing.RouteCache = field(default_factory=routing.RouteCache)

    async def step(self, timeout_ms: int = 500) -> int:
        """Handle one batch; return how many messages it held."""
        batches = await self.consumer.getmany(timeout_ms=timeout_ms, max_records=200)
        records: list[ConsumerRecord[bytes, bytes]] = [r for rs in batches.values() for r in rs]
        if not records:
            return 0
        created = 0
        async with self.sessions() as session:
            index = await self.routes.refresh(session)
            for record in records:
                try:
                    event = DocumentClassified.model_validate_json(record.value or b"")
                except ValidationError as exc:
                    await self._dead_letter(record, exc)
                    self._count("deadletter")
                    continue
                routed = await routing.route(session, index, event)
                if routed.suppressed and self.metrics is not None:
                    self.metrics.suppressed.inc(routed.suppressed)
                created += await ledger.record(session, event, routed.routes)
                self._count("recorded")
            await session.commit()
        # Only now are the rows durable; committing earlier could lose alerts on a crash.
        await self.consumer.commit()
        if created:
            self.on_recorded()
        log.info("intake.batch", messages=len(records), deliveries=created)
        return len(records)

    def _count(self, result: str) -> None:
        if self.metrics is not None:
            self.metrics.intake_messages.labels(result).inc()

    async def _dead_letter(self, record: ConsumerRecord[bytes, bytes], exc: Exception) -> None:
        log.warning(
            "intake.deadletter",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            error=f"{type(exc).__name__}: {str(exc)[:300]}",
        )
        letter = DeadLetter.wrap(
            service=SERVICE,
            topic=record.topic,
            value=record.value,
            key=record.key,
            error=exc,
            partition=record.partition,
            offset=record.offset,
        )
        await self.dlq.send_and_wait(self.dlq_topic, key=record.key, value=letter.to_bytes())

    async def run(self) -> None:
        """Consume forever."""
        while True:
            await self.step()
