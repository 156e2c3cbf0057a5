"""Putting events on a real topic the way our producers do (idempotent, key = event_id)."""

from __future__ import annotations

from collections.abc import Iterable

from aiokafka import AIOKafkaProducer

from schemas.events import DocumentClassified


async def produce_events(bootstrap: str, topic: str, events: Iterable[DocumentClassified]) -> None:
    """Send every event to topic keyed by its event_id, and return once the broker has them all."""
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, enable_idempotence=True)
    await producer.start()
    try:
        for event in events:
            await producer.send(topic, key=event.event_id.encode(), value=event.to_bytes())
        await producer.flush()
    finally:
        await producer.stop()
