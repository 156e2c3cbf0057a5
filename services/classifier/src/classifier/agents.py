"""The faust agent: a thin adapter from raw Kafka bytes to classify() and back."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import faust
import structlog

from classifier.app import Topics
from classifier.classify import classify
from schemas.events import DeadLetter, DocumentSeen

log = structlog.get_logger(__name__)

SERVICE = "classifier"


def handle(value: bytes | None) -> bytes:
    """Parse, classify, serialise: everything the agent does except I/O."""
    if value is None:
        raise ValueError("empty message value")
    return classify(DocumentSeen.model_validate_json(value)).to_bytes()


def register(app: faust.App, topics: Topics) -> Any:
    """Attach the classifying agent to app."""

    @app.agent(topics.documents, name="classify-documents")
    async def classify_documents(stream: Any) -> AsyncIterator[None]:
        async for event in stream.events():
            message = event.message
            try:
                out = handle(event.value)
            except Exception as exc:  # noqa: BLE001 - faust #527: an escaping exception can skip offsets
                log.warning(
                    "classifier.deadletter",
                    topic=message.topic,
                    partition=message.partition,
                    offset=message.offset,
                    error=f"{type(exc).__name__}: {exc}",
                )
                letter = DeadLetter.wrap(
                    service=SERVICE,
                    topic=message.topic,
                    value=event.value,
                    key=event.key,
                    error=exc,
                    partition=message.partition,
                    offset=message.offset,
                )
                await topics.deadletter.send(key=event.key, value=letter.to_bytes())
            else:
                await topics.classified.send(key=event.key, value=out)
            yield None

    return classify_documents
