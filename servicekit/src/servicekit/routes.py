"""The probe routes (/health/live, /health/ready, /metrics) as Starlette routes any ASGI app can take."""

from __future__ import annotations

from prometheus_client.registry import CollectorRegistry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from servicekit.health import ReadyCheck, check, liveness, readiness_body
from servicekit.metrics import exposition

LIVE_PATH = "/health/live"
READY_PATH = "/health/ready"
METRICS_PATH = "/metrics"


def probe_routes(registry: CollectorRegistry, ready: ReadyCheck) -> list[BaseRoute]:
    """The routes, answering GET (and HEAD) only; FastAPI apps add them to their own router."""

    async def live(_request: Request) -> Response:
        return JSONResponse(liveness())

    async def readiness(_request: Request) -> Response:
        status, body = readiness_body(await check(ready))
        return JSONResponse(body, status_code=status)

    async def metrics(_request: Request) -> Response:
        payload, content_type = exposition(registry)
        # The library's content type carries its own charset parameter: passed as a header, not rebuilt.
        return Response(payload, headers={"Content-Type": content_type})

    return [
        Route(LIVE_PATH, live, methods=["GET"]),
        Route(READY_PATH, readiness, methods=["GET"]),
        Route(METRICS_PATH, metrics, methods=["GET"]),
    ]


def probe_app(registry: CollectorRegistry, ready: ReadyCheck) -> Starlette:
    """A Starlette app serving only the probe routes (for the workers, which have no app of their own)."""
    return Starlette(routes=probe_routes(registry, ready))
