"""Versioned Kafka topic names and their layout (partitions, compaction)."""

from __future__ import annotations

from dataclasses import dataclass

DOCUMENTS = "exportwatch.documents.v1"
CLASSIFIED = "exportwatch.classified.v1"
WATCHLIST = "exportwatch.watchlist.v1"
SCREENING_LIST = "exportwatch.screening_list.v1"
DEADLETTER = "exportwatch.deadletter.v1"

DEFAULT_PARTITIONS = 6


@dataclass(frozen=True, slots=True)
class TopicSpec:
    """How one topic is laid out on the broker."""

    name: str
    partitions: int = DEFAULT_PARTITIONS
    compacted: bool = False

    def configs(self) -> dict[str, str]:
        """Broker-side topic configs for creating this topic."""
        if self.compacted:
            # Compacted topics are the classifier's state: keep the latest value per key forever,
            # tombstones for a day so a rebuilding reader still sees deletions.
            return {"cleanup.policy": "compact", "delete.retention.ms": "86400000"}
        return {"cleanup.policy": "delete"}

    def renamed(self, name: str) -> TopicSpec:
        """The same layout under another name (tests use unique names per test)."""
        return TopicSpec(name=name, partitions=self.partitions, compacted=self.compacted)


TOPICS: tuple[TopicSpec, ...] = (
    TopicSpec(DOCUMENTS),
    TopicSpec(CLASSIFIED),
    TopicSpec(WATCHLIST, compacted=True),
    TopicSpec(SCREENING_LIST, compacted=True),
    TopicSpec(DEADLETTER),
)
