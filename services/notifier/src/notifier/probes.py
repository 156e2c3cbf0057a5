"""The consumer process's small HTTP server: /metrics, /health/live and /health/ready."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable

import structlog
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest

log = structlog.get_logger(__name__)

ReadyCheck = Callable[[], Awaitable[dict[str, bool]]]
MAX_REQUEST = 8192


def _response(status: str, body: bytes, content_type: str) -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode("ascii") + body


class Probes:
    """Answers GET requests for metrics and health; anything else is 404/405."""

    def __init__(self, registry: CollectorRegistry, ready: ReadyCheck) -> None:
        self.registry = registry
        self.ready = ready

    async def answer(self, method: str, path: str) -> bytes:
        """The full HTTP response for one request line."""
        if method != "GET":
            return _response("405 Method Not Allowed", b"", "text/plain")
        path = path.split("?", 1)[0]
        if path == "/metrics":
            return _response("200 OK", generate_latest(self.registry), CONTENT_TYPE_LATEST)
        if path == "/health/live":
            return _response("200 OK", b'{"status": "ok"}', "application/json")
        if path == "/health/ready":
            try:
                checks = await asyncio.wait_for(self.ready(), timeout=5)
            except Exception as exc:  # noqa: BLE001 - a failing check means "not ready", never a crash
                log.warning("probes.ready_error", error=type(exc).__name__)
                checks = {"check": False}
            ok = all(checks.values())
            body = json.dumps({"status": "ok" if ok else "unavailable", "checks": checks}).encode()
            return _response("200 OK" if ok else "503 Service Unavailable", body, "application/json")
        return _response("404 Not Found", b"", "text/plain")

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection, one request."""
        try:
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
            method, path, *_ = head[:MAX_REQUEST].decode("latin-1").split("\r\n", 1)[0].split(" ")
            writer.write(await self.answer(method, path))
            await writer.drain()
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            writer.write(_response("400 Bad Request", b"", "text/plain"))
        except ConnectionError:
            pass
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def serve(self, host: str, port: int) -> None:
        """Serve until cancelled (a port already taken is logged, and delivery goes on without probes)."""
        try:
            server = await asyncio.start_server(self.handle, host, port, limit=MAX_REQUEST)
        except OSError as exc:
            log.error("probes.bind_failed", host=host, port=port, error=exc.strerror or str(exc))
            return
        log.info("probes.listening", host=host, port=port)
        async with server:
            await server.serve_forever()
