"""What one collection pass saw on the broker: plain data handed from the collector to the tracker."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PartitionOffsets:
    """One partition a group reads: its committed offset and the log's bounds (None end: topic missing)."""

    topic: str
    partition: int
    committed: int | None
    start: int
    end: int | None
    oldest_timestamp: float | None = None  # epoch seconds of the first unconsumed message, when lag > 0
    owner: str | None = None  # member id the group assigned the partition to (None: unassigned)


@dataclass(frozen=True, slots=True)
class GroupSnapshot:
    """One consumer group: its coordinator state, member count and partitions (error: could not read it)."""

    group: str
    state: str = ""
    members: int | None = None
    partitions: tuple[PartitionOffsets, ...] = ()
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Observation:
    """Every watched group at one moment (epoch seconds)."""

    at: float
    groups: tuple[GroupSnapshot, ...] = field(default_factory=tuple)
