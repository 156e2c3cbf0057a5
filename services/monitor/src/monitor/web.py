"""HTTP face of the monitor: /metrics, /lag, /lag/history, the dashboard at /, and health probes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.responses import HTMLResponse

from monitor.dashboard import CSP, fragment, page
from monitor.report import LagHistory, LagReport
from monitor.service import MonitorService
from servicekit.headers import SecurityHeaders
from servicekit.health import Readiness
from servicekit.routes import METRICS_PATH, probe_endpoints


def create_app(service: MonitorService, poll: bool = True) -> FastAPI:
    """The app around one MonitorService; with poll, its loop runs for the app's lifetime."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        task = asyncio.create_task(service.run()) if poll else None
        try:
            yield
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await service.collector.close()

    app = FastAPI(
        title="exportwatch monitor",
        description="Consumer-group lag in offsets and seconds, with a Burrow-style status per group.",
        version="1",
        lifespan=lifespan,
        # Swagger UI and ReDoc load from a CDN, which the CSP (rightly) refuses; /openapi.json stays.
        docs_url=None,
        redoc_url=None,
    )
    app.add_middleware(SecurityHeaders, csp=CSP)

    @app.get("/lag", response_model=LagReport)
    async def lag() -> LagReport:
        """Every watched group with its status, topics and partitions (offsets, lag, lag in seconds)."""
        return service.tracker.report()

    @app.get("/lag/history", response_model=LagHistory)
    async def history() -> LagHistory:
        """Each group's total lag over the last hour (kept in memory; empty after a restart)."""
        return service.tracker.history()

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def dashboard() -> HTMLResponse:
        return HTMLResponse(page(service.tracker.report(), service.tracker.history()))

    @app.get("/dashboard/fragment", response_class=HTMLResponse, include_in_schema=False)
    async def dashboard_fragment() -> HTMLResponse:
        return HTMLResponse(
            fragment(service.tracker.report(), service.tracker.history()),
            headers={"Cache-Control": "no-store"},
        )

    async def ready() -> Readiness:
        # Ready once the last collection reached Kafka; the reason it did not otherwise.
        broker = service.tracker.report().broker
        return Readiness({"kafka": broker.reachable}, {} if broker.reachable else {"kafka": broker.error})

    for path, endpoint in probe_endpoints(service.metrics.registry, ready).items():
        # As before: the health probes are in the OpenAPI document, /metrics is not.
        schema = path != METRICS_PATH
        app.add_api_route(path, endpoint, methods=["GET"], response_class=Response, include_in_schema=schema)

    return app
