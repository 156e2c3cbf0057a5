"""The one way a service turns a record it cannot process into a DeadLetter: logged, counted, built."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import structlog
from prometheus_client import Counter
from prometheus_client.registry import CollectorRegistry

from schemas.events import DeadLetter

log = structlog.get_logger(__name__)

# Enough of the error to find the cause in the log; the whole (capped) text travels in the DeadLetter.
LOGGED_ERROR_CHARS = 300


class RecordPosition(Protocol):
    """Where a consumed record came from (aiokafka's ConsumerRecord and faust's Message both fit)."""

    @property
    def topic(self) -> str:
        """The topic it was read from."""
        ...

    @property
    def partition(self) -> int:
        """Its partition."""
        ...

    @property
    def offset(self) -> int:
        """Its offset in the partition."""
        ...


@dataclass(frozen=True)
class DeadLetters:
    """A service's dead-letter bookkeeping: `<service>_deadletter_total{error_type}` and the log line."""

    service: str
    counter: Counter

    @classmethod
    def on(cls, registry: CollectorRegistry, service: str) -> DeadLetters:
        """Declare the service's dead-letter counter on registry."""
        counter = Counter(
            f"{service}_deadletter_total",
            "Messages sent to the dead-letter topic, by the error that stopped them",
            ["error_type"],
            registry=registry,
        )
        return cls(service, counter)

    def letter(
        self, record: RecordPosition, key: bytes | None, value: bytes | None, error: BaseException
    ) -> DeadLetter:
        """Log and count one failed record, and build its DeadLetter (the original bytes and the error)."""
        # The position and the error only: the value may hold anything, and the letter keeps it.
        log.warning(
            f"{self.service}.deadletter",
            topic=record.topic,
            partition=record.partition,
            offset=record.offset,
            error=f"{type(error).__name__}: {str(error)[:LOGGED_ERROR_CHARS]}",
        )
        self.counter.labels(error_type=type(error).__name__).inc()
        return DeadLetter.wrap(
            service=self.service,
            topic=record.topic,
            value=value,
            key=key,
            error=error,
            partition=record.partition,
            offset=record.offset,
        )
