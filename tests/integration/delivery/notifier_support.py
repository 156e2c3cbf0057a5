"""What the notifier end-to-end tests share: the child process's environment, the local Slack server, the
API in-process, polling, metric reading."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from devkit.slack_sink import start as start_sink
from schemas.topics import CLASSIFIED, DEADLETTER
from tests.unit.notifier.api.conftest import Api, make_api

RECORDED = 'notifier_intake_messages_total{result="recorded"}'


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


def slack_notifier_env(
    kafka_bootstrap: str,
    topics: dict[str, str],
    database_url: str,
    metrics_port: int,
    slack_origin: str,
    **extra: str,
) -> dict[str, str]:
    """notifier_env for a notifier that may post to the local Slack server, 0.1 s apart per channel."""
    # The egress policy admits a local server only by its exact origin.
    slack = {"SLACK_ALLOWED_HOSTS": json.dumps([slack_origin]), "NOTIFIER_SLACK_MIN_INTERVAL_SECONDS": "0.1"}
    return notifier_env(kafka_bootstrap, topics, database_url, metrics_port, **(slack | extra))


@asynccontextmanager
async def slack_server(sink: SlackSink) -> AsyncIterator[str]:
    """Serve sink as the local Slack server for the block; its origin (http://127.0.0.1:PORT)."""
    runner, port = await start_sink(sink)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


@asynccontextmanager
async def api_on(database_url: str, **overrides: Any) -> AsyncIterator[Api]:
    """The subscriptions API in-process on database_url for the block, then its client and engine closed."""
    api = await make_api(database_url, **overrides)
    try:
        yield api
    finally:
        await api.client.aclose()
        await api.app.state.api.engine.dispose()


@asynccontextmanager
async def slack_and_api(sink: SlackSink, database_url: str) -> AsyncIterator[tuple[str, Api]]:
    """The local Slack server (its origin) and the API on database_url admitting it, for the block."""
    async with slack_server(sink) as origin, api_on(database_url, SLACK_ALLOWED_HOSTS=[origin]) as api:
        yield origin, api


@dataclass(frozen=True)
class SlackTeam:
    """A team set up through the API with a channel to the local Slack server; a notifier's env for it."""

    api: Api
    headers: dict[str, str]
    channel_id: str
    env: dict[str, str]
    metrics_port: int


@asynccontextmanager
async def slack_team(
    sink: SlackSink, kafka_bootstrap: str, topics: dict[str, str], database_url: str
) -> AsyncIterator[SlackTeam]:
    """Team "acme" with a Slack webhook channel to sink (no subscription yet), for the block."""
    metrics_port = free_port()
    async with slack_and_api(sink, database_url) as (origin, api):
        _, headers = await api.team("acme")
        channel_id = await api.slack_channel(headers, f"{origin}/services/T0/B0/secret")
        env = slack_notifier_env(kafka_bootstrap, topics, database_url, metrics_port, origin)
        yield SlackTeam(api, headers, channel_id, env, metrics_port)


async def eventually(check: Callable[[], Awaitable[bool]], what: str, seconds: float = 120) -> None:
    """Poll check until it holds; fail naming what was awaited after seconds."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not await check():
        assert asyncio.get_running_loop().time() < deadline, f"timed out waiting for {what}"
        await asyncio.sleep(0.25)


def metric(scraped: str, name: str) -> float:
    """The sum of every sample in a Prometheus scrape whose line starts with name (labels included)."""
    return sum(float(line.split()[-1]) for line in scraped.splitlines() if line.startswith(name))


async def recorded(metrics_port: int, count: int) -> str:
    """Wait until the notifier on metrics_port has recorded count events from Kafka; the scrape showing it."""
    scraped = ""
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{metrics_port}") as probe:

        async def done() -> bool:
            nonlocal scraped
            try:
                scraped = (await probe.get("/metrics")).text
            except httpx.TransportError:  # not listening yet
                return False
            return metric(scraped, RECORDED) >= count

        await eventually(done, f"the notifier to record {count} events")
    return scraped


async def sent_alerts(
    api: Api, headers: dict[str, str], what: str, count: int | None = None
) -> list[dict[str, Any]]:
    """Poll the team's audit log until it holds alerts (count of them, when given), all sent; return them."""
    alerts: list[dict[str, Any]] = []

    async def all_sent() -> bool:
        nonlocal alerts
        alerts = (await api.client.get("/v1/alerts", headers=headers)).json()
        wanted = bool(alerts) if count is None else len(alerts) == count
        return wanted and all(a["status"] == "sent" for a in alerts)

    await eventually(all_sent, what)
    return alerts
