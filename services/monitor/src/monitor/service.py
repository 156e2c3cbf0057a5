"""The polling loop: collect, fold into the tracker, count problems; never lets an error end the loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Protocol

import structlog

from monitor.collector import CollectError
from monitor.metrics import MonitorMetrics, build_metrics
from monitor.observation import Observation
from monitor.tracker import Tracker

log = structlog.get_logger("monitor.service")


class Collecting(Protocol):
    """What the loop needs from the Kafka edge."""

    async def collect(self, now: float) -> Observation:
        """One observation; CollectError when the broker cannot be read."""
        ...

    async def close(self) -> None:
        """Release connections."""
        ...


class MonitorService:
    """Owns the tracker and the metrics; run() polls every poll_seconds until cancelled."""

    def __init__(
        self,
        collector: Collecting,
        tracker: Tracker,
        poll_seconds: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.collector = collector
        self.tracker = tracker
        self.poll_seconds = poll_seconds
        self.clock = clock
        self.metrics: MonitorMetrics = build_metrics(tracker.report)
        self.passes = 0

    async def poll_once(self) -> None:
        """One collection pass; failures become ERR statuses and counted metrics."""
        self.metrics.collections.inc()
        started = time.monotonic()
        now = self.clock()
        try:
            observation = await self.collector.collect(now)
        except CollectError as exc:
            self.metrics.errors.labels("broker_unreachable").inc()
            log.warning("kafka_unreachable", error=str(exc))
            self.tracker.failed(now, str(exc))
        else:
            self.tracker.apply(observation)
            self._count_problems(observation)
        finally:
            self.metrics.duration.observe(time.monotonic() - started)
            self.passes += 1

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            try:
                await self.poll_once()
            except asyncio.CancelledError:
                task = asyncio.current_task()
                if task is not None and task.cancelling():
                    raise
                # A client library leaked its own internal cancellation: a failed pass, not a shutdown.
                self._internal_error("leaked CancelledError")
            except Exception:  # noqa: BLE001 - the monitor must outlive any surprise; it is logged and counted
                self._internal_error("unexpected exception")
            await asyncio.sleep(self.poll_seconds)

    def _internal_error(self, what: str) -> None:
        self.metrics.errors.labels("internal").inc()
        log.exception("collection_pass_failed", what=what)

    def _count_problems(self, observation: Observation) -> None:
        for group in observation.groups:
            if group.error is not None:
                self.metrics.errors.labels("group_unreadable").inc()
            missing = {p.topic for p in group.partitions if p.end is None}
            for topic in missing:
                self.metrics.errors.labels("topic_missing").inc()
                log.warning("topic_missing", group=group.group, topic=topic)
