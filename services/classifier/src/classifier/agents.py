"""The faust agent and list follower: thin adapters from raw Kafka bytes to classify() and back."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import faust
import structlog

from classifier import metrics
from classifier.app import Topics
from classifier.classify import classify
from classifier.dedup import Emitted
from classifier.list_sync import ListFollower, LiveLists
from classifier.lists import Lists
from classifier.model.scorer import Scorer
from classifier.model.service import service_model
from classifier.settings import ClassifierSettings
from classifier.web import register_probes
from schemas.events import DocumentClassified, DocumentSeen

log = structlog.get_logger(__name__)

BATCH_MAX = 200
# A batch waits at most this long to fill: every millisecond here is added to each alert's latency, and
# under load batches fill long before it.
BATCH_WITHIN_S = 0.01


def handle(value: bytes | None, lists: Lists, model: Scorer | None = None) -> DocumentClassified:
    """Parse and classify: everything the agent does except I/O."""
    if value is None:
        raise ValueError("empty message value")
    document = DocumentSeen.model_validate_json(value)
    started = time.perf_counter()
    result = classify(document, lists, model)
    metrics.CLASSIFY_SECONDS.observe(time.perf_counter() - started)
    return result


def register(app: faust.App, topics: Topics, settings: ClassifierSettings) -> Any:
    """Attach the list follower, the classifying agent and the probe server to app."""
    live = LiveLists()
    follower = ListFollower(
        settings.kafka_bootstrap_servers,
        settings.topic_screening_list,
        settings.topic_watchlist,
        live,
        client_kwargs=settings.kafka_client_kwargs(),
        screening_wait_s=settings.screening_wait_seconds,
    )
    emitted = Emitted()
    started = time.perf_counter()
    model = service_model()
    log.info(
        "classifier.model_trained", seconds=round(time.perf_counter() - started, 2), tags=len(model.tags)
    )
    register_probes(app, live, settings)

    async def follow_lists() -> None:
        await follower.run()

    app.task(follow_lists)

    @app.agent(topics.documents, name="classify-documents")
    async def classify_documents(stream: Any) -> AsyncIterator[None]:
        # Classifying before the screening list is loaded would miss listed parties: documents wait here,
        # uncommitted, until the follower releases them (list loaded, or CLASSIFIER_SCREENING_WAIT_SECONDS).
        await live.ready.wait()
        # Records go to faust's producer itself, not through topics.classified.send(): that path awaits
        # App.maybe_start_producer, whose stampede guard does asyncio.sleep(0) three times per call, so
        # the loop ran between every two documents and aiokafka sent each record alone (one batch and
        # nearly one produce request per document, 3x a plain aiokafka loop's). faust's commit still
        # flushes this producer before it commits offsets.
        producer = await app.maybe_start_producer()
        classified = topics.classified.get_topic_name()
        # Batches (STACK.md: per-event awaits dominate a naive agent); each event still succeeds or
        # dead-letters on its own, and the batch's offsets are acked only after its sends were queued.
        async for events in stream.take_events(BATCH_MAX, within=BATCH_WITHIN_S):
            for event in events:
                await process(event, producer, classified)
            yield None

    async def process(event: Any, producer: Any, classified: str) -> None:
        try:
            result = handle(event.value, live.current, model)
            if emitted.already(result.event_id, result.document.content_hash):
                metrics.DUPLICATES.inc()
                return
            delivery = await producer.send(
                classified, event.key, result.to_bytes(), partition=None, timestamp=None, headers=None
            )
            delivery.add_done_callback(log_undelivered)
        except Exception as exc:  # noqa: BLE001 - faust #527: an escaping exception can skip offsets
            await deadletter(topics, event, exc)
        else:
            emitted.record(result.event_id, result.document.content_hash)
            metrics.CLASSIFIED.inc()
            for tag in result.tag_ids:
                metrics.TAGGED.labels(tag=tag).inc()

    return classify_documents


def log_undelivered(delivery: asyncio.Future[Any]) -> None:
    """Log a classified record the broker did not take, as faust's Topic.send did for its sends."""
    if not delivery.cancelled() and (exc := delivery.exception()) is not None:
        log.warning("classifier.send_failed", error=f"{type(exc).__name__}: {exc}")


async def deadletter(topics: Topics, event: Any, exc: Exception) -> None:
    """Send the original bytes and the error to the dead-letter topic, and count it."""
    letter = metrics.DEADLETTERS.letter(event.message, event.key, event.value, exc)
    await topics.deadletter.send(key=event.key, value=letter.to_bytes())
