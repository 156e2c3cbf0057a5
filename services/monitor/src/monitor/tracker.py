"""In-memory state of the monitor: sliding windows per partition, statuses, vanished groups, the chart."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from monitor.lag import (
    Sample,
    Status,
    Thresholds,
    Verdict,
    evaluate_partition,
    idle_since,
    in_window,
    lag_of,
    worst,
)
from monitor.observation import GroupSnapshot, Observation, PartitionOffsets
from monitor.report import (
    BrokerState,
    GroupHistory,
    GroupLag,
    HistoryPoint,
    LagHistory,
    LagReport,
    PartitionLag,
    TopicLag,
)

Key = tuple[str, int]


@dataclass
class _Track:
    """One partition of one group over time."""

    samples: deque[Sample] = field(default_factory=deque)
    idle: float | None = None
    oldest: tuple[int | None, float] | None = None  # (committed offset, its message's timestamp)
    gone_since: float | None = None
    row: PartitionLag | None = None


@dataclass
class _Group:
    """One group: its partitions, last good read and, once it vanished, since when."""

    tracks: dict[Key, _Track] = field(default_factory=dict)
    lag: GroupLag | None = None
    gone_since: float | None = None
    history: deque[HistoryPoint] = field(default_factory=deque)


class Tracker:
    """Turns successive observations into the /lag report; time is always passed in, never read."""

    def __init__(
        self, thresholds: Thresholds, history_seconds: float = 3600.0, forget_seconds: float = 600.0
    ) -> None:
        self.thresholds = thresholds
        self.history_seconds = history_seconds
        self.forget_seconds = forget_seconds
        self._groups: dict[str, _Group] = {}
        self._broker = BrokerState(reachable=False, error="not collected yet")
        self._now = 0.0

    def apply(self, observation: Observation) -> None:
        """Fold in a successful collection pass."""
        now = self._now = observation.at
        self._broker = BrokerState(reachable=True, last_success_at=now)
        seen = set()
        for snapshot in observation.groups:
            seen.add(snapshot.group)
            group = self._groups.setdefault(snapshot.group, _Group())
            group.gone_since = None
            group.lag = self._group_lag(group, snapshot, now)
            self._record(group, now)
        for name, group in list(self._groups.items()):
            if name in seen:
                continue
            group.gone_since = group.gone_since or now
            if now - group.gone_since >= self.forget_seconds:
                del self._groups[name]
            elif group.lag is not None:
                group.lag = group.lag.model_copy(
                    update={"status": Status.ERR, "reason": "the group no longer exists on the broker"}
                )

    def failed(self, at: float, error: str) -> None:
        """Record a collection pass that could not reach the broker: every group turns ERR, numbers kept."""
        self._now = at
        self._broker = BrokerState(reachable=False, error=error, last_success_at=self._broker.last_success_at)
        for group in self._groups.values():
            if group.lag is not None:
                group.lag = group.lag.model_copy(
                    update={"status": Status.ERR, "reason": f"broker unreachable: {error}"}
                )

    def report(self) -> LagReport:
        """The current /lag document."""
        groups = [g.lag for _, g in sorted(self._groups.items()) if g.lag is not None]
        return LagReport(generated_at=self._now, broker=self._broker, groups=groups)

    def history(self) -> LagHistory:
        """The chart data: each group's total lag over the last history_seconds."""
        return LagHistory(
            generated_at=self._now,
            groups=[GroupHistory(group=n, points=list(g.history)) for n, g in sorted(self._groups.items())],
        )

    def _group_lag(self, group: _Group, snapshot: GroupSnapshot, now: float) -> GroupLag:
        if snapshot.error is not None:
            previous = group.lag or GroupLag(group=snapshot.group, status=Status.ERR, observed_at=now)
            return previous.model_copy(update={"status": Status.ERR, "reason": snapshot.error})
        current = {(p.topic, p.partition) for p in snapshot.partitions}
        for p in snapshot.partitions:
            track = group.tracks.setdefault((p.topic, p.partition), _Track())
            track.gone_since = None
            track.row = self._partition(track, p, snapshot.members, now)
        for key, track in list(group.tracks.items()):
            if key in current:
                continue
            track.gone_since = track.gone_since or now
            if now - track.gone_since >= self.forget_seconds or track.row is None:
                del group.tracks[key]
            else:
                reason = "no longer reported: topic deleted or offsets removed"
                track.row = track.row.model_copy(update={"status": Status.ERR, "reason": reason})
        return self._assemble(group, snapshot, now)

    def _partition(self, track: _Track, p: PartitionOffsets, members: int | None, now: float) -> PartitionLag:
        if p.end is None:
            lag = track.row.lag if track.row is not None else 0
            return PartitionLag(
                partition=p.partition,
                committed_offset=p.committed,
                end_offset=None,
                lag=lag,
                lag_seconds=track.row.lag_seconds if track.row is not None else 0.0,
                status=Status.ERR,
                reason=f"topic {p.topic} not found on the broker",
            )
        sample = Sample(at=now, committed=p.committed, end=p.end, lag=lag_of(p.committed, p.start, p.end))
        previous = track.samples[-1] if track.samples else None
        track.idle = idle_since(previous, track.idle, sample)
        track.samples.append(sample)
        while track.samples and track.samples[0].at < now - self.thresholds.window_seconds:
            track.samples.popleft()
        verdict = evaluate_partition(
            in_window(track.samples, now, self.thresholds), track.idle, members, now, self.thresholds
        )
        return PartitionLag(
            partition=p.partition,
            committed_offset=p.committed,
            end_offset=p.end,
            lag=sample.lag,
            lag_seconds=self._lag_seconds(track, p, sample.lag, now),
            status=verdict.status,
            reason=verdict.reason,
            owner=p.owner,
        )

    @staticmethod
    def _lag_seconds(track: _Track, p: PartitionOffsets, lag: int, now: float) -> float:
        if lag == 0:
            track.oldest = None
            return 0.0
        if p.oldest_timestamp is not None:
            track.oldest = (p.committed, p.oldest_timestamp)
        if track.oldest is None or track.oldest[0] != p.committed:
            # The message could not be read this time; its age is at least how long the offset sat still.
            return max(0.0, now - track.idle) if track.idle is not None else 0.0
        return max(0.0, now - track.oldest[1])

    def _assemble(self, group: _Group, snapshot: GroupSnapshot, now: float) -> GroupLag:
        by_topic: dict[str, list[PartitionLag]] = {}
        for (topic, _), track in sorted(group.tracks.items()):
            if track.row is not None:
                by_topic.setdefault(topic, []).append(track.row)
        topics = [
            TopicLag(
                topic=topic,
                lag=sum(r.lag for r in rows),
                lag_seconds=max(r.lag_seconds for r in rows),
                partitions=rows,
            )
            for topic, rows in by_topic.items()
        ]
        verdict = worst(Verdict(r.status, r.reason) for rows in by_topic.values() for r in rows)
        return GroupLag(
            group=snapshot.group,
            status=verdict.status,
            reason=verdict.reason,
            state=snapshot.state,
            members=snapshot.members,
            lag=sum(t.lag for t in topics),
            lag_seconds=max((t.lag_seconds for t in topics), default=0.0),
            topics=topics,
            observed_at=now,
        )

    def _record(self, group: _Group, now: float) -> None:
        if group.lag is None:
            return
        group.history.append(HistoryPoint(at=now, lag=group.lag.lag, lag_seconds=group.lag.lag_seconds))
        while group.history and group.history[0].at < now - self.history_seconds:
            group.history.popleft()
