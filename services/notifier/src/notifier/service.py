"""Wiring: builds the notifier's clients from settings and runs intake and dispatch together."""

from __future__ import annotations

import asyncio
import sys
from datetime import timedelta
from typing import TextIO

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from notifier.channels import ChannelDeps, build_channels
from notifier.consumer import Intake
from notifier.db import make_engine, sessions
from notifier.delivery import Dispatcher
from notifier.retry import RetryPolicy
from notifier.settings import NotifierSettings


async def serve(settings: NotifierSettings, console: TextIO = sys.stdout) -> None:
    """Run until cancelled: consume classified events, record deliveries, send them."""
    engine = make_engine(settings.database_url)
    factory = sessions(engine)
    consumer = AIOKafkaConsumer(
        settings.topic_classified,
        bootstrap_servers=settings.kafka_bootstrap_servers,
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
    )
    producer = AIOKafkaProducer(bootstrap_servers=settings.kafka_bootstrap_servers, enable_idempotence=True)
    await producer.start()
    await consumer.start()
    try:
        async with httpx.AsyncClient(timeout=15.0) as http:
            channels = build_channels(
                ChannelDeps(http=http, console=console, extra={"slack_api_url": settings.slack_api_url})
            )
            dispatcher = Dispatcher(
                factory,
                channels,
                RetryPolicy(base_seconds=settings.retry_base_seconds, max_attempts=settings.max_attempts),
                lease=timedelta(seconds=settings.lease_seconds),
            )
            intake = Intake(consumer, producer, settings.topic_deadletter, factory, dispatcher.wake)
            async with asyncio.TaskGroup() as group:
                group.create_task(intake.run())
                group.create_task(dispatcher.run())
    finally:
        await consumer.stop()
        await producer.stop()
        await engine.dispose()
