"""When documents may be classified (screening list loaded, or its wait over) and what /health/ready says."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from servicekit.health import Readiness

# The watcher writes a baseline in one burst: a second without screening records means it has all arrived,
# so a list read mid-baseline is not taken for the whole list.
SETTLE_S = 1.0


class ListStatus(StrEnum):
    """Where the list follower stands; documents are held until LOADED or DEGRADED."""

    LOADING = "loading"  # reading the compacted topics up to their end offsets
    WAITING = "waiting"  # read to the end, but the screening list is empty or still arriving
    LOADED = "loaded"  # read to the end, screening list non-empty and complete
    DEGRADED = "degraded"  # the wait timed out: classifying without a screening list

    @property
    def classifying(self) -> bool:
        """Whether documents are classified in this status."""
        return self in (ListStatus.LOADED, ListStatus.DEGRADED)


@dataclass
class ScreeningGate:
    """The list status from what the follower has read; the caller passes the time (pure)."""

    wait_s: float
    started: float
    settle_s: float = SETTLE_S
    last_record: float = -math.inf
    current: ListStatus = ListStatus.LOADING

    def record(self, now: float) -> None:
        """Screening-list records were applied at now."""
        self.last_record = now

    def pending(self, entries: int) -> bool:
        """Whether an end-offset check could change the status (not once loaded, nor degraded and empty)."""
        return self.current is not ListStatus.LOADED and (
            entries > 0 or self.current is not ListStatus.DEGRADED
        )

    def update(self, now: float, caught_up: bool, entries: int) -> ListStatus:
        """The status now; it never goes back from classifying to holding."""
        if self.current is ListStatus.LOADED:
            return self.current
        if caught_up and entries > 0 and now - self.last_record >= self.settle_s:
            self.current = ListStatus.LOADED
        elif self.current is ListStatus.DEGRADED:
            pass
        elif caught_up and now - self.started >= self.wait_s:
            self.current = ListStatus.DEGRADED
        else:
            self.current = ListStatus.WAITING if caught_up else ListStatus.LOADING
        return self.current


def explain(status: ListStatus, topic: str, wait_s: float, entries: int) -> str:
    """Why documents are held (or classified without a screening list), for people reading /health/ready."""
    if status is ListStatus.LOADING:
        return "reading the screening list and watchlists from their compacted topics"
    if status is ListStatus.WAITING and entries == 0:
        return (
            f"screening list topic {topic} is empty: holding documents until the watcher publishes the list, "
            f"at most {wait_s:g} s from start-up"
        )
    if status is ListStatus.WAITING:
        return f"screening list still arriving ({entries} entries so far): holding documents"
    if status is ListStatus.DEGRADED:
        return f"no screening list after {wait_s:g} s: classifying without listed parties"
    return f"{entries} screening entries loaded"


def readiness(status: ListStatus, why: str) -> Readiness:
    """What /health/ready reports: not ready while documents are held, ready once they are classified.

    A degraded start (classifying without a screening list) is ready; detail.lists says "degraded"."""
    return Readiness({"lists": status.classifying}, {"lists": status.value, "reason": why})
