"""Wiring: builds the notifier's clients from settings and runs intake, dispatch and probes together."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from typing import TextIO

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from notifier.channels import build_channels
from notifier.channels.egress import EgressPolicy, egress_client
from notifier.channels.kind import ChannelDeps
from notifier.db import make_engine, sessions
from notifier.delivery.dispatcher import Dispatcher
from notifier.delivery.retry import RetryPolicy
from notifier.intake import Intake
from notifier.metrics import NotifierMetrics
from notifier.settings import NotifierSettings
from servicekit.health import Readiness, ReadyCheck
from servicekit.routes import probe_app
from servicekit.server import serve as serve_probes


def _readiness(engine: AsyncEngine, consumer: AIOKafkaConsumer) -> ReadyCheck:
    async def ready() -> Readiness:
        checks = {"database": False, "kafka": False}
        try:
            async with engine.connect() as conn:
                await conn.execute(text("select 1"))
            checks["database"] = True
        except Exception:  # noqa: BLE001, S110 - any failure simply means "not ready"
            pass
        try:
            await asyncio.wait_for(consumer.topics(), timeout=3)
            checks["kafka"] = True
        except Exception:  # noqa: BLE001, S110 - any failure simply means "not ready"
            pass
        return Readiness(checks)

    return ready


async def serve(
    settings: NotifierSettings, console: TextIO = sys.stdout, metrics: NotifierMetrics | None = None
) -> None:
    """Run until cancelled: consume classified events, record deliveries, send them, answer probes."""
    metrics = metrics or NotifierMetrics()
    engine = make_engine(settings.database_url)
    factory = sessions(engine)
    consumer = AIOKafkaConsumer(
        settings.topic_classified,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        **settings.kafka_client_kwargs(),
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=settings.kafka_bootstrap_servers,
        enable_idempotence=True,
        **settings.kafka_client_kwargs(),
    )
    await producer.start()
    await consumer.start()
    policy = EgressPolicy.from_setting(settings.slack_allowed_hosts)
    try:
        async with egress_client(policy) as http:
            channels = build_channels(ChannelDeps.from_settings(settings, http, console))
            dispatcher = Dispatcher(
                factory,
                channels,
                RetryPolicy(base_seconds=settings.retry_base_seconds, max_attempts=settings.max_attempts),
                lease=timedelta(seconds=settings.lease_seconds),
                metrics=metrics,
            )
            intake = Intake(
                consumer, producer, settings.topic_deadletter, factory, dispatcher.wake, metrics=metrics
            )
            probes = probe_app(metrics.registry, _readiness(engine, consumer))
            async with asyncio.TaskGroup() as group:
                if settings.metrics_port:
                    group.create_task(serve_probes(probes, settings.metrics_host, settings.metrics_port))
                group.create_task(intake.run())
                group.create_task(dispatcher.run())
    finally:
        await consumer.stop()
        await producer.stop()
        await engine.dispose()
