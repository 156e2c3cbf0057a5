"""The intake's dead-letter path with fakes for Kafka: one DeadLetter, counted, then committed."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from prometheus_client import CollectorRegistry

from notifier.db import make_engine, sessions
from notifier.intake import Intake
from notifier.metrics import NotifierMetrics
from schemas.events import DeadLetter

TOPIC = "exportwatch.documents.classified"
DLQ_TOPIC = "exportwatch.deadletter"
POISON = b'{"not": "a classified event"}'


@dataclass(frozen=True)
class Record:
    """The fields of a consumed record the intake reads."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


@dataclass
class Journal:
    """What the fakes were asked to do, in order: ('produce', topic, key, value) and ('commit',)."""

    calls: list[tuple[object, ...]] = field(default_factory=list)


@dataclass
class FakeConsumer:
    """Hands out one batch, then nothing; records each commit in the journal."""

    journal: Journal
    batch: list[Record]

    async def getmany(self, timeout_ms: int = 0, max_records: int | None = None) -> dict[str, list[Record]]:
        """The batch once, keyed by a partition name as aiokafka keys it by TopicPartition."""
        batch, self.batch = self.batch, []
        return {f"{TOPIC}-0": batch} if batch else {}

    async def commit(self) -> None:
        """Note the commit."""
        self.journal.calls.append(("commit",))


@dataclass
class FakeProducer:
    """Records each produced message in the journal, or fails like an unreachable broker."""

    journal: Journal
    failing: bool = False

    async def send_and_wait(self, topic: str, key: bytes | None = None, value: bytes | None = None) -> None:
        """Note the message, unless failing."""
        if self.failing:
            raise ConnectionError("broker down")
        self.journal.calls.append(("produce", topic, key, value))


@pytest.fixture
async def intake_parts(sqlite_url: str) -> AsyncIterator[tuple[Journal, FakeProducer, Intake]]:
    """An intake on a fresh SQLite ledger whose only batch is one poison message at partition 0, offset 41."""
    engine = make_engine(sqlite_url)
    journal = Journal()
    producer = FakeProducer(journal)
    consumer = FakeConsumer(journal, [Record(TOPIC, 0, 41, b"k", POISON)])
    metrics = NotifierMetrics(CollectorRegistry())
    yield (
        journal,
        producer,
        Intake(consumer, producer, DLQ_TOPIC, sessions(engine), on_recorded=lambda: None, metrics=metrics),
    )
    await engine.dispose()


def _dead_letters(intake: Intake) -> float:
    value = intake.metrics.registry.get_sample_value(
        "notifier_deadletter_total", {"error_type": "ValidationError"}
    )
    return value or 0.0


async def test_a_poison_message_is_dead_lettered_counted_then_committed(
    intake_parts: tuple[Journal, FakeProducer, Intake],
) -> None:
    journal, _, intake = intake_parts
    before = _dead_letters(intake)

    assert await intake.step() == 1

    assert _dead_letters(intake) == before + 1
    [produced, committed] = journal.calls  # the letter first: committing first could lose the message
    assert committed == ("commit",)
    assert produced[:3] == ("produce", DLQ_TOPIC, b"k")
    assert isinstance(produced[3], bytes)
    letter = DeadLetter.model_validate_json(produced[3])
    assert (letter.service, letter.topic, letter.partition, letter.offset) == ("notifier", TOPIC, 0, 41)
    assert letter.error_type == "ValidationError"
    assert letter.error
    assert letter.original_value() == POISON


async def test_a_dead_letter_that_cannot_be_produced_leaves_the_offset_uncommitted(
    intake_parts: tuple[Journal, FakeProducer, Intake],
) -> None:
    journal, producer, intake = intake_parts
    producer.failing = True

    with pytest.raises(ConnectionError):
        await intake.step()

    # No commit: the consumer group reads the message again after the restart a crash brings.
    assert journal.calls == []
