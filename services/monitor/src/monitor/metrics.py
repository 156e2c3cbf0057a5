"""Every Prometheus metric the monitor exposes, on a registry of its own (one per app, never global)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from prometheus_client import CollectorRegistry, Counter, Histogram
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from monitor.lag import Status
from monitor.report import LagReport
from servicekit.metrics import service_registry

ERROR_REASONS = ("broker_unreachable", "group_unreadable", "topic_missing", "internal")
GROUP = "consumergroup"  # the label name kafka_exporter uses, so its dashboards and rules carry over


class LagMetrics(Collector):
    """Renders the current /lag report as gauges at scrape time (a vanished partition vanishes too)."""

    def __init__(self, report: Callable[[], LagReport]) -> None:
        self._report = report

    def collect(self) -> Iterator[Metric]:
        """One family per metric, filled from the report."""
        report = self._report()
        part = [GROUP, "topic", "partition"]
        lag = GaugeMetricFamily(
            "kafka_consumergroup_lag", "Messages not yet consumed by the group", labels=part
        )
        seconds = GaugeMetricFamily(
            "kafka_consumergroup_lag_seconds",
            "Age of the oldest message the group has not consumed (0 when caught up)",
            labels=part,
        )
        current = GaugeMetricFamily(
            "kafka_consumergroup_current_offset", "The group's committed offset", labels=part
        )
        lag_sum = GaugeMetricFamily(
            "kafka_consumergroup_lag_sum", "Messages not yet consumed, per topic", labels=[GROUP, "topic"]
        )
        end = GaugeMetricFamily(
            "kafka_topic_partition_current_offset", "Log end offset", labels=["topic", "partition"]
        )
        members = GaugeMetricFamily("kafka_consumergroup_members", "Members in the group", labels=[GROUP])
        status = GaugeMetricFamily(
            "exportwatch_consumergroup_status",
            "1 for the group's current Burrow-style status (OK, WARN, STALL, STOP, ERR), 0 for the others",
            labels=[GROUP, "status"],
        )
        ends: dict[tuple[str, str], int] = {}
        for g in report.groups:
            for s in Status:
                status.add_metric([g.group, s.value], 1.0 if g.status is s else 0.0)
            if g.members is not None:
                members.add_metric([g.group], g.members)
            for t in g.topics:
                lag_sum.add_metric([g.group, t.topic], t.lag)
                for p in t.partitions:
                    labels = [g.group, t.topic, str(p.partition)]
                    lag.add_metric(labels, p.lag)
                    seconds.add_metric(labels, p.lag_seconds)
                    if p.committed_offset is not None:
                        current.add_metric(labels, p.committed_offset)
                    if p.end_offset is not None:
                        ends[(t.topic, str(p.partition))] = p.end_offset
        for (topic, partition), offset in sorted(ends.items()):
            end.add_metric([topic, partition], offset)
        up = GaugeMetricFamily("exportwatch_monitor_broker_up", "1 when the last collection reached Kafka")
        up.add_metric([], 1.0 if report.broker.reachable else 0.0)
        last = GaugeMetricFamily(
            "exportwatch_monitor_last_success_timestamp_seconds",
            "When the monitor last read Kafka successfully",
        )
        if report.broker.last_success_at is not None:
            last.add_metric([], report.broker.last_success_at)
        yield from (lag, seconds, current, lag_sum, end, members, status, up, last)


@dataclass(frozen=True)
class MonitorMetrics:
    """The monitor's own counters plus the report-driven gauges, on one registry."""

    registry: CollectorRegistry
    collections: Counter
    errors: Counter
    duration: Histogram


def build_metrics(report: Callable[[], LagReport]) -> MonitorMetrics:
    """A fresh registry (made the way every service makes its own) holding every monitor metric."""
    registry = service_registry()
    registry.register(LagMetrics(report))
    metrics = MonitorMetrics(
        registry=registry,
        collections=Counter(
            "exportwatch_monitor_collections", "Collection passes attempted", registry=registry
        ),
        errors=Counter(
            "exportwatch_monitor_collect_errors",
            "Collection problems by kind: " + ", ".join(ERROR_REASONS),
            labelnames=["reason"],
            registry=registry,
        ),
        duration=Histogram(
            "exportwatch_monitor_collect_duration_seconds",
            "Time one collection pass took",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=registry,
        ),
    )
    for reason in ERROR_REASONS:
        metrics.errors.labels(reason)  # present at 0 from the start, so rate() and alerts see the series
    return metrics
