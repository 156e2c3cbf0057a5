"""The one shape of /health/live and /health/ready bodies every service answers with (pure)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import structlog

log = structlog.get_logger(__name__)

# A readiness check that hangs must not hang the probe: Kubernetes would time it out anyway.
READY_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Readiness:
    """Each dependency up or down, plus anything a person reading the probe needs (never a secret)."""

    checks: Mapping[str, bool]
    detail: Mapping[str, Any] = field(default_factory=dict)

    @property
    def ready(self) -> bool:
        """Ready when every check passed (no checks at all counts as ready)."""
        return all(self.checks.values())


ReadyCheck = Callable[[], Awaitable[Readiness]]


def liveness() -> dict[str, str]:
    """The body of /health/live: the process answers."""
    return {"status": "alive"}


def readiness_body(readiness: Readiness) -> tuple[int, dict[str, Any]]:
    """/health/ready's HTTP status (200 or 503) and body for one readiness report."""
    body = {
        "status": "ready" if readiness.ready else "not_ready",
        "checks": dict(readiness.checks),
        "detail": dict(readiness.detail),
    }
    return (200 if readiness.ready else 503), body


async def check(ready: ReadyCheck, limit_s: float = READY_TIMEOUT_S) -> Readiness:
    """Run a readiness check; one that raises or overruns reports not ready, never an error page."""
    try:
        async with asyncio.timeout(limit_s):
            return await ready()
    except Exception as exc:  # noqa: BLE001 - a failing check means "not ready", never a crash
        log.warning("probes.ready_error", error=type(exc).__name__)
        return Readiness({"check": False}, {"error": type(exc).__name__})


async def always_ready() -> Readiness:
    """A readiness check for a process with no dependency of its own to report."""
    return Readiness({})
