"""The watcher's HTTP side: /metrics, /health/live, /health/ready (Kafka producer up, database answers)."""

from __future__ import annotations

import socket
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


def bind(port: int, host: str = "127.0.0.1") -> socket.socket | None:
    """A listening socket for the metrics server on host, or None (logged) when it cannot bind."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        # Polling matters more than metrics: carry on without them, loudly.
        log.error("metrics.port_unavailable", host=host, port=port, error=str(exc))
        return None
    sock.listen(64)
    sock.setblocking(False)
    return sock


def server(app: Starlette) -> uvicorn.Server:
    """A uvicorn server for app (served on a socket from `bind`); the watcher owns signals."""
    return uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
