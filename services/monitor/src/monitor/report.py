"""The JSON contract of GET /lag (and /lag/history): stable, documented field names; fields only added."""

from __future__ import annotations

from pydantic import BaseModel, Field

from monitor.lag import Status


class PartitionLag(BaseModel):
    """Lag of one group on one partition."""

    partition: int
    committed_offset: int | None = Field(description="the group's committed offset; null if never committed")
    end_offset: int | None = Field(description="the log end offset; null if the topic is missing")
    lag: int = Field(description="messages not yet consumed (from the log start when never committed)")
    lag_seconds: float = Field(description="age of the oldest unconsumed message; 0 when caught up")
    status: Status
    reason: str = ""
    owner: str | None = Field(default=None, description="member id consuming it now; null: unassigned")


class TopicLag(BaseModel):
    """Lag of one group on one topic."""

    topic: str
    lag: int
    lag_seconds: float
    partitions: list[PartitionLag]


class GroupLag(BaseModel):
    """One consumer group: status (the worst of its partitions, or ERR when it cannot be read) and topics."""

    group: str
    status: Status
    reason: str = ""
    state: str = Field(default="", description="coordinator state: Stable, Empty, PreparingRebalance, ...")
    members: int | None = None
    lag: int = 0
    lag_seconds: float = 0.0
    topics: list[TopicLag] = Field(default_factory=list)
    observed_at: float = Field(description="epoch seconds of the last successful read of this group")


class BrokerState(BaseModel):
    """Whether the last collection reached the broker."""

    reachable: bool
    error: str | None = None
    last_success_at: float | None = None


class LagReport(BaseModel):
    """GET /lag: every watched group, sorted by name (a stable order for the dashboard)."""

    generated_at: float
    broker: BrokerState
    groups: list[GroupLag]


class HistoryPoint(BaseModel):
    """A group's total lag at one moment."""

    at: float
    lag: int
    lag_seconds: float


class GroupHistory(BaseModel):
    """The last hour (by default) of one group's total lag."""

    group: str
    points: list[HistoryPoint]


class LagHistory(BaseModel):
    """GET /lag/history: the in-memory chart data."""

    generated_at: float
    groups: list[GroupHistory]
