"""The tracker: observations in, /lag report out, including failures and things that vanish."""

from __future__ import annotations

from monitor.lag import Status, Thresholds
from monitor.observation import GroupSnapshot, Observation, PartitionOffsets
from monitor.tracker import Tracker

T = Thresholds(window_seconds=300, stall_seconds=60, stop_seconds=300, min_samples=3)


def part(committed: int | None, end: int | None, p: int = 0, ts: float | None = None) -> PartitionOffsets:
    return PartitionOffsets(
        topic="docs", partition=p, committed=committed, start=0, end=end, oldest_timestamp=ts
    )


def group(*parts: PartitionOffsets, name: str = "exportwatch-a", members: int = 1) -> GroupSnapshot:
    return GroupSnapshot(group=name, state="Stable", members=members, partitions=parts)


def test_report_sums_lag_and_takes_the_oldest_message_age() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=100.0, groups=(group(part(5, 10, 0, ts=90.0), part(7, 7, 1)),)))
    [g] = tracker.report().groups
    assert (g.group, g.status, g.members, g.lag, g.lag_seconds) == ("exportwatch-a", Status.OK, 1, 5, 10.0)
    [topic] = g.topics
    assert [
        (p.partition, p.committed_offset, p.end_offset, p.lag, p.lag_seconds) for p in topic.partitions
    ] == [
        (0, 5, 10, 5, 10.0),
        (1, 7, 7, 0, 0.0),
    ]
    assert tracker.report().broker.reachable


def test_lag_seconds_keeps_ageing_when_the_message_cannot_be_reread() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=100.0, groups=(group(part(5, 10, ts=90.0)),)))
    tracker.apply(Observation(at=130.0, groups=(group(part(5, 10, ts=None)),)))
    assert tracker.report().groups[0].lag_seconds == 40.0


def test_stopped_consumer_shows_growing_lag_and_stop() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=0.0, groups=(group(part(10, 10)),)))
    tracker.apply(Observation(at=10.0, groups=(group(part(10, 15), members=0),)))
    [g] = tracker.report().groups
    assert (g.status, g.lag) == (Status.STOP, 5)
    assert "no consumer" in g.reason


def test_stall_after_the_threshold_then_recovery() -> None:
    tracker = Tracker(T)
    for t in range(0, 80, 10):
        tracker.apply(Observation(at=float(t), groups=(group(part(5, 10)),)))
    assert tracker.report().groups[0].status is Status.STALL
    tracker.apply(Observation(at=80.0, groups=(group(part(10, 10)),)))
    assert tracker.report().groups[0].status is Status.OK


def test_broker_outage_turns_every_group_err_and_keeps_numbers() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=0.0, groups=(group(part(5, 10)),)))
    tracker.failed(at=10.0, error="KafkaConnectionError")
    report = tracker.report()
    assert not report.broker.reachable
    assert report.broker.error == "KafkaConnectionError"
    assert report.broker.last_success_at == 0.0
    [g] = report.groups
    assert (g.status, g.lag) == (Status.ERR, 5)
    assert "broker unreachable" in g.reason
    tracker.apply(Observation(at=20.0, groups=(group(part(10, 10)),)))
    assert tracker.report().groups[0].status is Status.OK
    assert tracker.report().broker.reachable


def test_vanished_group_is_reported_then_forgotten() -> None:
    tracker = Tracker(T, forget_seconds=60)
    tracker.apply(Observation(at=0.0, groups=(group(part(5, 10)),)))
    tracker.apply(Observation(at=10.0, groups=()))
    [g] = tracker.report().groups
    assert (g.status, g.lag) == (Status.ERR, 5)
    assert "no longer exists" in g.reason
    tracker.apply(Observation(at=80.0, groups=()))
    assert tracker.report().groups == []


def test_deleted_topic_is_reported_on_its_partitions() -> None:
    tracker = Tracker(T, forget_seconds=60)
    tracker.apply(Observation(at=0.0, groups=(group(part(5, 10, 0), part(5, 5, 1)),)))
    tracker.apply(Observation(at=10.0, groups=(group(part(5, None, 0)),)))
    [g] = tracker.report().groups
    assert g.status is Status.ERR
    rows = {p.partition: p for p in g.topics[0].partitions}
    assert rows[0].status is Status.ERR
    assert "not found" in rows[0].reason
    assert rows[0].lag == 5  # the last known lag, never a reassuring zero
    assert rows[1].status is Status.ERR
    assert "no longer reported" in rows[1].reason
    tracker.apply(Observation(at=80.0, groups=(group(),)))
    assert [p.partition for p in tracker.report().groups[0].topics[0].partitions] == [0]
    tracker.apply(Observation(at=150.0, groups=(group(),)))
    assert tracker.report().groups[0].topics == []


def test_group_read_error_keeps_last_numbers() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=0.0, groups=(group(part(5, 10)),)))
    tracker.apply(
        Observation(at=10.0, groups=(GroupSnapshot(group="exportwatch-a", error="coordinator gone"),))
    )
    [g] = tracker.report().groups
    assert (g.status, g.reason, g.lag, g.observed_at) == (Status.ERR, "coordinator gone", 5, 0.0)


def test_history_keeps_only_the_last_hour() -> None:
    tracker = Tracker(T, history_seconds=3600)
    for t in range(0, 7200, 600):
        tracker.apply(Observation(at=float(t), groups=(group(part(0, t)),)))
    [h] = tracker.history().groups
    assert [p.at for p in h.points] == [3000.0, 3600.0, 4200.0, 4800.0, 5400.0, 6000.0, 6600.0]
    assert h.points[-1].lag == 6600


def test_groups_are_sorted_by_name() -> None:
    tracker = Tracker(T)
    tracker.apply(Observation(at=0.0, groups=(group(name="exportwatch-b"), group(name="exportwatch-a"))))
    assert [g.group for g in tracker.report().groups] == ["exportwatch-a", "exportwatch-b"]
