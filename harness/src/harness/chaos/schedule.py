"""When the run kills what (pure, seeded): each service several times, the broker once."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from devkit.slack_sink import Fault

BROKER = "broker"


@dataclass(frozen=True, order=True)
class Action:
    """At `at` seconds into the run: `kill` (SIGKILL), `start` (restart after the pause) or `restart`."""

    at: float
    kind: str
    target: str


def plan(rng: random.Random, services: Sequence[str], kills: int, duration: float) -> list[Action]:
    """Kills spread over [10%, 80%] of the run (one per slot, so they never bunch up), each followed by a
    restart 1-5 s later, and one broker restart in [35%, 55%]; sorted by time."""
    actions: list[Action] = []
    start, end = 0.1 * duration, 0.8 * duration
    slot = (end - start) / max(1, kills)
    for name in services:
        for k in range(kills):
            at = rng.uniform(start + k * slot, start + (k + 1) * slot)
            actions.append(Action(round(at, 2), "kill", name))
            actions.append(Action(round(at + rng.uniform(1.0, 5.0), 2), "start", name))
    actions.append(Action(round(rng.uniform(0.35 * duration, 0.55 * duration), 2), "restart", BROKER))
    return sorted(actions)


FAULTS = (
    Fault(429, "rate_limited", retry_after=1),
    Fault(500, "internal_error"),
    Fault(503, "service_unavailable"),
)


@dataclass
class RandomFaults:
    """The Slack sink's seeded fault source: a 429 (Retry-After: 1) or a 5xx on `rate` of the requests."""

    rng: random.Random
    rate: float
    injected: int = 0

    def __call__(self) -> Fault | None:
        """A fault for this request, or None to answer normally."""
        if self.rng.random() >= self.rate:
            return None
        self.injected += 1
        return self.rng.choice(FAULTS)
