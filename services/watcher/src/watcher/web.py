"""The watcher's HTTP side: /metrics, /health/live, /health/ready (Kafka producer up, database answers)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

import structlog
import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

log = structlog.get_logger(__name__)


def build_app(ready: Callable[[], Awaitable[dict[str, bool]]]) -> Starlette:
    """The Starlette app; `ready` reports each dependency as up or down."""

    async def metrics(_request: Request) -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    async def live(_request: Request) -> Response:
        return JSONResponse({"status": "ok"})

    async def readiness(_request: Request) -> Response:
        checks = await ready()
        ok = all(checks.values())
        return JSONResponse({"status": "ok" if ok else "unavailable", "checks": checks}, 200 if ok else 503)

    return Starlette(
        routes=[
            Route("/metrics", metrics),
            Route("/health/live", live),
            Route("/health/ready", readiness),
        ]
    )


def server(app: Starlette, port: int) -> uvicorn.Server:
    """A uvicorn server for app on every interface (Prometheus scrapes it); the watcher owns signals."""
    config = uvicorn.Config(app, host="0.0.0.0", port=port, log_level="warning", lifespan="off")  # noqa: S104
    return uvicorn.Server(config)
