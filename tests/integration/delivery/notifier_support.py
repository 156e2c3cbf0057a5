"""What the notifier end-to-end tests share: the child process's environment, polling, metric reading."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from schemas.topics import CLASSIFIED, DEADLETTER


def notifier_env(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, metrics_port: int, **extra: str
) -> dict[str, str]:
    """Environment for `exportwatch-notifier run` on the test's topics, database and metrics port."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "TOPIC_CLASSIFIED": topics[CLASSIFIED],
        "TOPIC_DEADLETTER": topics[DEADLETTER],
        "DATABASE_URL": database_url,
        # One consumer group per test's topics: a stale group of an earlier run cannot hold partitions.
        "NOTIFIER_GROUP_ID": f"notifier-{topics[CLASSIFIED][-10:]}",
        "NOTIFIER_METRICS_PORT": str(metrics_port),
        **extra,
    }


async def eventually(check: Callable[[], Awaitable[bool]], what: str, seconds: float = 120) -> None:
    """Poll check until it holds; fail naming what was awaited after seconds."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.25)


def metric(scraped: str, name: str) -> float:
    """The sum of every sample in a Prometheus scrape whose line starts with name (labels included)."""
    return sum(float(line.split()[-1]) for line in scraped.splitlines() if line.startswith(name))
