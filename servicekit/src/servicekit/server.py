"""Serving an ASGI app with uvicorn inside a running event loop, without taking the process's signals."""

from __future__ import annotations

import asyncio
import contextlib
import socket
from collections.abc import Generator

import structlog
import uvicorn
from starlette.types import ASGIApp

log = structlog.get_logger(__name__)


class EmbeddedServer(uvicorn.Server):
    """A uvicorn server that leaves SIGINT and SIGTERM to its host process (a worker owns its shutdown)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Generator[None, None, None]:
        """Install nothing: the host's own handlers stop it through `should_exit`."""
        yield


def bind(port: int, host: str = "127.0.0.1") -> socket.socket | None:
    """A listening socket on host:port, or None (logged) when it cannot bind."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        # The service's work matters more than its probes: carry on without them, loudly.
        log.error("probes.bind_failed", host=host, port=port, error=exc.strerror or str(exc))
        return None
    sock.listen(64)
    sock.setblocking(False)
    return sock


def embedded(app: ASGIApp) -> EmbeddedServer:
    """A quiet uvicorn server for app, with no lifespan (the probe routes need none)."""
    return EmbeddedServer(uvicorn.Config(app, log_level="warning", lifespan="off"))


async def serve(app: ASGIApp, host: str, port: int) -> None:
    """Serve app on host:port until cancelled; a port already taken is logged and the service goes on."""
    sock = bind(port, host)
    if sock is None:
        return
    server = embedded(app)
    log.info("probes.listening", host=host, port=port)
    try:
        await server.serve(sockets=[sock])
    except asyncio.CancelledError:
        # Closing the listener and its connections before the cancellation goes on up.
        server.should_exit = True
        with contextlib.suppress(Exception):
            await asyncio.shield(server.shutdown())
        raise
    finally:
        sock.close()
