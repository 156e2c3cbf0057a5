"""Reading a topic back: every record from its beginning to its current end (tests and benchmarks)."""

from __future__ import annotations

import asyncio

from aiokafka import AIOKafkaConsumer, ConsumerRecord


async def read_topic(bootstrap: str, topic: str, seconds: float = 120) -> list[ConsumerRecord[bytes, bytes]]:
    """Every record on topic, partition by partition, up to the end offsets seen when reading starts."""
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    await consumer.start()
    try:
        async with asyncio.timeout(seconds):
            while not consumer.assignment():
                await consumer.getmany(timeout_ms=200)
            parts = list(consumer.assignment())
            await consumer.seek_to_beginning(*parts)
            ends = await consumer.end_offsets(parts)
            out: list[ConsumerRecord[bytes, bytes]] = []
            while [p for p in parts if await consumer.position(p) < ends[p]]:
                batch = await consumer.getmany(*parts, timeout_ms=500)
                out += [r for records in batch.values() for r in records]
            return out
    finally:
        await consumer.stop()
