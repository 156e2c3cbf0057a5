"""The FastAPI application factory: routers, auth, errors, metrics, health and background upkeep."""

from __future__ import annotations

import asyncio
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager, suppress
from datetime import timedelta
from typing import TextIO

import structlog
from fastapi import FastAPI, Request, Response
from fastapi.exceptions import RequestValidationError
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from notifier import store
from notifier.api import history, metrics
from notifier.api.docs import CSP, add_docs
from notifier.api.errors import validation_handler
from notifier.api.limits import SharedLimiter
from notifier.api.publisher import KafkaWatchlistPublisher, PublishError, WatchlistPublisher, record_for
from notifier.api.ratelimit import RateLimiter
from notifier.api.routes import ROUTERS
from notifier.api.state import ApiState
from notifier.db import make_engine, sessions
from notifier.settings import NotifierSettings
from servicekit.headers import SecurityHeaders
from servicekit.health import Readiness
from servicekit.routes import probe_endpoints

log = structlog.get_logger("exportwatch.api")
UPKEEP_SECONDS = 3600.0
RETRY_SECONDS = 30.0

DESCRIPTION = """Subscriptions API of exportwatch. Every call except `/health/*` and `/metrics` needs
`Authorization: Bearer <API key>`; `POST /v1/teams` needs the server's `ADMIN_API_KEY`.
Another team's object answers 404, a missing or bad key 401, an invalid body 422 naming the field,
too many requests (per key, per team, failed keys per client address, channel tests) 429 with
`Retry-After`. Email recipients get a confirmation code and receive nothing else until it is confirmed."""


async def republish_watchlist(state: ApiState) -> None:
    """Re-publish every watchlist row (entries and tombstones) until Kafka takes them all once."""
    while True:
        try:
            async with state.sessions() as session:
                items = await store.all_watchlist_items(session)
            for item in items:
                await state.publisher.publish(*record_for(item))
            log.info("watchlist re-published", records=len(items))
            return
        except (PublishError, SQLAlchemyError) as exc:
            metrics.WATCHLIST_PUBLISH_FAILURES.inc()
            log.warning("watchlist re-publish failed; will retry", error=type(exc).__name__)
        await asyncio.sleep(RETRY_SECONDS)


async def prune_history(state: ApiState) -> None:
    """Keep the event history bounded (age and count) and drop spent limit rows, hourly."""
    while True:
        try:
            async with state.sessions() as session:
                removed = await history.prune(
                    session,
                    max_age=timedelta(days=state.settings.event_retention_days),
                    max_events=state.settings.event_retention_max,
                )
                await session.commit()
            metrics.EVENTS_PRUNED.inc(removed)
            # Limit rows whose budget is whole again say nothing; without this, every address stays.
            await state.shared.prune()
        except SQLAlchemyError as exc:
            log.warning("event history pruning failed", error=type(exc).__name__)
        await asyncio.sleep(UPKEEP_SECONDS)


def create_app(
    settings: NotifierSettings,
    publisher: WatchlistPublisher | None = None,
    console: TextIO = sys.stdout,
    upkeep: bool = True,
) -> FastAPI:
    """An API bound to settings' database; publisher defaults to Kafka at KAFKA_BOOTSTRAP_SERVERS."""
    engine = make_engine(settings.database_url)
    session_factory = sessions(engine)
    state = ApiState(
        settings=settings,
        engine=engine,
        sessions=session_factory,
        publisher=publisher
        or KafkaWatchlistPublisher(
            settings.kafka_bootstrap_servers,
            settings.topic_watchlist,
            client_kwargs=settings.kafka_client_kwargs(),
        ),
        limiter=RateLimiter(settings.api_rate_limit_per_minute),
        shared=SharedLimiter(session_factory),
        console=console,
    )

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        tasks = [asyncio.create_task(republish_watchlist(state)), asyncio.create_task(prune_history(state))]
        if not upkeep:
            for task in tasks:
                task.cancel()
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
                with suppress(asyncio.CancelledError):
                    await task
            await state.publisher.close()
            await engine.dispose()

    # FastAPI's own /docs and /redoc load Swagger UI and ReDoc from a CDN: off, /docs comes from add_docs.
    api = FastAPI(
        title="exportwatch",
        version="0.1.0",
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    if settings.api_docs:
        add_docs(api)
    api.add_middleware(SecurityHeaders, csp=CSP)
    api.state.api = state
    api.add_exception_handler(RequestValidationError, validation_handler)
    for router in ROUTERS:
        api.include_router(router)

    @api.middleware("http")
    async def count(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        started = time.perf_counter()
        response = await call_next(request)
        route = getattr(request.scope.get("route"), "path", "unmatched")
        metrics.REQUESTS.labels(method=request.method, route=route, status=str(response.status_code)).inc()
        metrics.LATENCY.labels(route=route).observe(time.perf_counter() - started)
        return response

    async def ready() -> Readiness:
        # The watchlist topic is checked on use (503 there when Kafka is down), so only the database here.
        try:
            async with engine.connect() as conn:
                await conn.execute(text("select 1"))
        except Exception as exc:  # noqa: BLE001 - readiness reports a failure, never raises
            return Readiness({"database": False}, {"database": type(exc).__name__})
        return Readiness({"database": True})

    for path, endpoint in probe_endpoints(metrics.REGISTRY, ready).items():
        api.add_api_route(path, endpoint, methods=["GET"], tags=["health"], response_class=Response)

    return api
