"""The shared dead-letter helper: the letter keeps the original bytes and position, is logged and counted."""

from __future__ import annotations

from dataclasses import dataclass

from structlog.testing import capture_logs

from servicekit.deadletter import DeadLetters
from servicekit.metrics import service_registry


@dataclass
class Record:
    """Where a record came from."""

    topic: str = "exportwatch.classified.v1"
    partition: int = 2
    offset: int = 41


def test_a_letter_keeps_the_record_and_counts_the_error() -> None:
    registry = service_registry()
    letters = DeadLetters.on(registry, "example")
    with capture_logs() as logs:
        letter = letters.letter(Record(), b"key", b"{not json", ValueError("bad json"))
    assert (letter.service, letter.topic, letter.partition, letter.offset) == (
        "example",
        "exportwatch.classified.v1",
        2,
        41,
    )
    assert letter.original_value() == b"{not json"
    assert (letter.key_b64, letter.error_type, letter.error) == ("a2V5", "ValueError", "bad json")
    assert registry.get_sample_value("example_deadletter_total", {"error_type": "ValueError"}) == 1.0
    [entry] = logs
    assert entry["event"] == "example.deadletter"
    assert (entry["topic"], entry["partition"], entry["offset"]) == ("exportwatch.classified.v1", 2, 41)
    assert "not json" not in str(entry)


def test_an_empty_value_and_key_still_make_a_letter() -> None:
    letter = DeadLetters.on(service_registry(), "example").letter(Record(), None, None, KeyError("x"))
    assert (letter.key_b64, letter.original_value(), letter.error_type) == (None, b"", "KeyError")
