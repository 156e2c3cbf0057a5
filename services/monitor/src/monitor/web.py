"""HTTP face of the monitor: /metrics, /lag, /lag/history, the dashboard at /, and health probes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from fastapi.responses import HTMLResponse, JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from monitor.dashboard import fragment, page
from monitor.headers import SecurityHeaders
from monitor.report import LagHistory, LagReport
from monitor.service import MonitorService


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
    app.add_middleware(SecurityHeaders)

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

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(service.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/health/live")
    async def live() -> dict[str, str]:
        """The process answers."""
        return {"status": "ok"}

    @app.get("/health/ready")
    async def ready() -> JSONResponse:
        """Ready once the last collection reached Kafka; 503 (with the reason) otherwise."""
        broker = service.tracker.report().broker
        if broker.reachable:
            return JSONResponse({"status": "ok"})
        return JSONResponse({"status": "unavailable", "kafka": broker.error}, status_code=503)

    return app
