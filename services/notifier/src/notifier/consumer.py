"""The Kafka side: classified events in, ledger rows written, offsets committed only after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import structlog
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRecord
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier import ledger, store
from notifier.matching import Route
from notifier.metrics import NotifierMetrics
from notifier.route_cache import RouteCache
from notifier.route_index import RouteIndex, match_visible
from notifier.suppression import document_key, without_suppressed
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
    # Subscriptions are re-read only when their change marker moves (see route_cache).
    routes: RouteCache = field(default_factory=RouteCache)

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
                created += await ledger.record(session, event, await self._routes(session, index, event))
                self._count("recorded")
            await session.commit()
        # Only now are the rows durable; committing earlier could lose alerts on a crash.
        await self.consumer.commit()
        if created:
            self.on_recorded()
        log.info("intake.batch", messages=len(records), deliveries=created)
        return len(records)

    async def _routes(
        self, session: AsyncSession, index: RouteIndex, event: DocumentClassified
    ) -> list[Route]:
        """Matched routes (as each team sees the event), minus those whose team cleared this document."""
        routes = match_visible(index, event)
        if not routes:
            return routes
        teams = sorted({r.team_id for r in routes})
        cleared = await store.cleared_for(session, document_key(event), teams)
        kept = without_suppressed(event, routes, cleared)
        if len(kept) < len(routes) and self.metrics is not None:
            self.metrics.suppressed.inc(len(routes) - len(kept))
        return kept

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
