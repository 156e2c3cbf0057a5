"""The collector's pure parts: which groups it watches, who owns a partition, rows for missing topics."""

from __future__ import annotations

from aiokafka import TopicPartition
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment
from aiokafka.errors import KafkaConnectionError

from monitor.collector import KafkaCollector, _describe_error, _Described, _owners, prefix_filter


def test_prefix_filter_and_all_groups() -> None:
    ours = prefix_filter("exportwatch", all_groups=False)
    assert ours("exportwatch-notifier")
    assert not ours("connect-cluster")
    assert prefix_filter("exportwatch", all_groups=True)("connect-cluster")


def test_owners_decode_standard_assignments_and_skip_foreign_bytes() -> None:
    assignment = ConsumerProtocolMemberAssignment(0, [("docs", [0, 2]), ("lists", [1])], b"").encode()
    members = [
        ("member-a", "client", "/127.0.0.1", b"", assignment),
        ("member-b", "client", "/127.0.0.1", b"", b"\x00\x01garbage"),
        ("member-c", "client", "/127.0.0.1", b"", b""),
    ]
    assert _owners(members) == {("docs", 0): "member-a", ("docs", 2): "member-a", ("lists", 1): "member-a"}


def test_rows_cover_every_partition_and_flag_missing_topics() -> None:
    committed: dict[TopicPartition, int | None] = {TopicPartition("docs", 0): 5, TopicPartition("gone", 3): 7}
    info = _Described(state="Stable", members=1, owners={("docs", 1): "m"})
    rows = KafkaCollector._rows(
        committed,
        info,
        partitions={"docs": [0, 1]},
        starts={TopicPartition("docs", 0): 0, TopicPartition("docs", 1): 2},
        ends={TopicPartition("docs", 0): 9, TopicPartition("docs", 1): 4},
    )
    assert [(r.topic, r.partition, r.committed, r.start, r.end, r.owner) for r in rows] == [
        ("docs", 0, 5, 0, 9, None),
        ("docs", 1, None, 2, 4, "m"),  # assigned but never committed: still listed, owes its whole log
        ("gone", 3, 7, 0, None, None),  # topic deleted: end unknown, reported as missing
    ]


def test_error_text_names_the_class_once() -> None:
    assert _describe_error(KafkaConnectionError("Unable to bootstrap")) == (
        "KafkaConnectionError: Unable to bootstrap"
    )
    assert _describe_error(TimeoutError()) == "TimeoutError"
    assert _describe_error(ValueError("ValueError: x")) == "ValueError: x"
