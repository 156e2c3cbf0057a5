"""The probe routes (/health/live, /health/ready, /metrics) for any ASGI app, and a Starlette app of them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

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

Endpoint = Callable[[Request], Awaitable[Response]]


def probe_endpoints(registry: CollectorRegistry, ready: ReadyCheck) -> dict[str, Endpoint]:
    """Path -> GET handler; FastAPI apps register them with add_api_route, so they stay in their OpenAPI."""

    async def live(_request: Request) -> Response:
        """The process answers: always {"status": "alive"}."""
        return JSONResponse(liveness())

    async def readiness(_request: Request) -> Response:
        """200 and status "ready" when every check passed, else 503 and "not_ready"; checks and detail."""
        status, body = readiness_body(await check(ready))
        return JSONResponse(body, status_code=status)

    async def metrics(_request: Request) -> Response:
        """This process's Prometheus metrics (text exposition format)."""
        payload, content_type = exposition(registry)
        # The library's content type carries its own charset parameter: passed as a header, not rebuilt.
        return Response(payload, headers={"Content-Type": content_type})

    return {LIVE_PATH: live, READY_PATH: readiness, METRICS_PATH: metrics}


def probe_routes(registry: CollectorRegistry, ready: ReadyCheck) -> list[BaseRoute]:
    """The probe endpoints as Starlette routes answering GET (and HEAD) only."""
    return [
        Route(path, endpoint, methods=["GET"]) for path, endpoint in probe_endpoints(registry, ready).items()
    ]


def probe_app(registry: CollectorRegistry, ready: ReadyCheck) -> Starlette:
    """A Starlette app serving only the probe routes (for the workers, which have no app of their own)."""
    return Starlette(routes=probe_routes(registry, ready))
