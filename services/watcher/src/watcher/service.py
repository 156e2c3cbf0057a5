"""Wiring: the watcher's publisher, database, HTTP client, sources, poller and probe server from settings."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
from aiokafka.errors import KafkaError

from servicekit.health import Readiness, ReadyCheck
from servicekit.routes import probe_app
from servicekit.server import serve
from watcher import db, metrics
from watcher.fetching import RequestBudget
from watcher.poller import CycleResult, Poller
from watcher.publisher import KafkaPublisher
from watcher.settings import WatcherSettings
from watcher.sources import build_sources
from watcher.sources.base import PollContext
from watcher.sources.federal_register import FederalRegisterSource
from watcher.state import StateStore

USER_AGENT = "exportwatch/0.1 (+https://github.com/exportwatch)"


class StartupError(Exception):
    """Kafka or the database refused at start-up: the message for the operator and the exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


@dataclass
class Runtime:
    """Everything a command needs, connected."""

    settings: WatcherSettings
    poller: Poller
    publisher: KafkaPublisher
    state: StateStore


@asynccontextmanager
async def connected(settings: WatcherSettings) -> AsyncIterator[Runtime]:
    """Kafka, then the migrated database, then the poller over every configured source; all closed after."""
    publisher = KafkaPublisher(
        settings.kafka_bootstrap_servers,
        settings.topic_documents,
        settings.topic_screening_list,
        settings.kafka_client_kwargs(),
    )
    try:
        await publisher.start()
    except KafkaError as exc:
        raise StartupError(
            f"cannot reach Kafka at {settings.kafka_bootstrap_servers} ({exc}); "
            "start it with make kafka-up or set KAFKA_BOOTSTRAP_SERVERS",
            1,
        ) from None
    try:
        # After Kafka answers, so an unreachable broker leaves the database untouched.
        await asyncio.to_thread(db.migrate, settings.database_url)
    except db.DatabaseError as exc:
        await publisher.stop()
        raise StartupError(str(exc), 2) from None
    engine = db.make_engine(settings.database_url)
    try:
        async with httpx.AsyncClient(
            timeout=settings.http_timeout_seconds,
            follow_redirects=False,  # the fetcher follows redirects itself, https only
            headers={"User-Agent": USER_AGENT},
        ) as http:
            state = StateStore(engine)
            poller = Poller(
                build_sources(settings),
                publisher,
                http,
                state,
                budget=RequestBudget(settings.requests_per_second),
                full_text_budget=RequestBudget(settings.full_text_requests_per_second),
                max_body_bytes=settings.max_body_bytes,
                backoff_cap=settings.backoff_max_seconds,
            )
            yield Runtime(settings, poller, publisher, state)
    finally:
        await publisher.stop()
        await engine.dispose()


def readiness(rt: Runtime) -> ReadyCheck:
    """Ready when the Kafka producer is up and the database answers."""

    async def ready() -> Readiness:
        database = True
        try:
            await rt.state.ping()
        except Exception:  # noqa: BLE001 - any failure means not ready
            database = False
        return Readiness({"kafka": await rt.publisher.ping(), "database": database})

    return ready


async def run(rt: Runtime, stop: asyncio.Event) -> None:
    """Poll every source until stop is set, answering probes on WATCHER_METRICS_HOST:PORT meanwhile."""
    settings = rt.settings
    probes = asyncio.create_task(
        serve(probe_app(metrics.REGISTRY, readiness(rt)), settings.metrics_host, settings.metrics_port)
    )
    try:
        await rt.poller.run(settings.poll_seconds, stop)
    finally:
        probes.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await probes


def windows(since: date, until: date, days: int) -> list[tuple[date, date]]:
    """[since, until] cut into consecutive windows of at most `days` days."""
    out = []
    start = since
    while start <= until:
        end = min(until, start + timedelta(days=days - 1))
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


async def publish_owed_baselines(rt: Runtime) -> list[CycleResult]:
    """Poll the sources still owing their first load (a fresh install's screening list) before a backfill.

    A fresh install's history must not reach the classifier before the screening list does."""
    return [await rt.poller.poll_source(owing) for owing in await rt.poller.owing_baseline()]


def backfill_context(rt: Runtime) -> tuple[FederalRegisterSource, PollContext]:
    """The Federal Register source and the context its backfill windows are fetched with."""
    source = FederalRegisterSource.from_settings(rt.settings)
    return source, PollContext(rt.poller.fetcher(source), rt.state, source.name, rt.poller.full_text_budget)
