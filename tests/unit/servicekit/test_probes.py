"""The shared probe routes: one liveness body, one readiness shape (200/503), the library's exposition."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
from prometheus_client import CONTENT_TYPE_LATEST, Counter

from devkit.broker import free_port
from servicekit.health import Readiness, check, readiness_body
from servicekit.metrics import service_registry
from servicekit.routes import probe_app
from servicekit.server import bind, serve


async def _get(app: object, path: str, method: str = "GET") -> httpx.Response:
    transport = httpx.ASGITransport(app=app)  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=transport, base_url="http://probe") as client:
        return await client.request(method, path)


def test_readiness_is_ready_only_when_every_check_passed() -> None:
    assert readiness_body(Readiness({"kafka": True, "database": True}, {"lists": "loaded"})) == (
        200,
        {"status": "ready", "checks": {"kafka": True, "database": True}, "detail": {"lists": "loaded"}},
    )
    status, body = readiness_body(Readiness({"kafka": False, "database": True}))
    assert (status, body["status"], body["checks"]) == (503, "not_ready", {"kafka": False, "database": True})


async def test_a_check_that_raises_or_hangs_is_not_ready() -> None:
    async def broken() -> Readiness:
        raise RuntimeError("secret-looking text stays out")

    async def hangs() -> Readiness:
        await asyncio.sleep(3600)
        raise AssertionError("unreachable")

    failed = await check(broken)
    assert (failed.ready, dict(failed.detail)) == (False, {"error": "RuntimeError"})
    assert not (await check(hangs, limit_s=0.01)).ready


async def test_the_app_answers_live_ready_and_metrics() -> None:
    registry = service_registry()
    Counter("probe_test_total", "A counter of this test", registry=registry).inc(3)
    state = {"kafka": False}

    async def ready() -> Readiness:
        return Readiness(dict(state), {"why": "broker down"})

    app = probe_app(registry, ready)
    live = await _get(app, "/health/live")
    assert (live.status_code, live.json()) == (200, {"status": "alive"})
    not_ready = await _get(app, "/health/ready")
    assert (not_ready.status_code, not_ready.json()) == (
        503,
        {"status": "not_ready", "checks": {"kafka": False}, "detail": {"why": "broker down"}},
    )
    state["kafka"] = True
    assert (await _get(app, "/health/ready")).json()["status"] == "ready"
    metrics = await _get(app, "/metrics")
    assert metrics.headers["content-type"] == CONTENT_TYPE_LATEST
    assert "probe_test_total 3.0" in metrics.text
    # The process collectors are on every service's registry, so each /metrics has the same process_* series.
    assert "process_cpu_seconds_total" in metrics.text or "python_info" in metrics.text
    assert (await _get(app, "/nope")).status_code == 404
    assert (await _get(app, "/metrics", "POST")).status_code == 405


async def test_the_server_serves_in_this_loop_and_stops_when_cancelled() -> None:
    async def ready() -> Readiness:
        return Readiness({"kafka": True})

    port = free_port()
    task = asyncio.create_task(serve(probe_app(service_registry(), ready), "127.0.0.1", port))
    try:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            for _ in range(200):
                with contextlib.suppress(httpx.TransportError):
                    response = await client.get("/health/ready")
                    break
                await asyncio.sleep(0.02)
            assert response.json()["checks"] == {"kafka": True}
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    # The port is free again once the task ended.
    sock = bind(port)
    assert sock is not None
    sock.close()


def test_a_taken_port_is_reported_not_raised() -> None:
    first = bind(0)
    assert first is not None
    try:
        assert bind(first.getsockname()[1]) is None
    finally:
        first.close()
