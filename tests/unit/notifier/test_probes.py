"""The worker's probes: /metrics, /health/live and /health/ready answers."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from notifier.probes import Probes


async def test_probes_answer_metrics_and_health() -> None:
    registry = CollectorRegistry()
    state = {"database": True, "kafka": False}

    async def ready() -> dict[str, bool]:
        return dict(state)

    probes = Probes(registry, ready)
    assert (await probes.answer("GET", "/health/live")).startswith(b"HTTP/1.1 200")
    not_ready = await probes.answer("GET", "/health/ready")
    assert not_ready.startswith(b"HTTP/1.1 503")
    assert b'"kafka": false' in not_ready
    state["kafka"] = True
    assert (await probes.answer("GET", "/health/ready")).startswith(b"HTTP/1.1 200")
    assert (await probes.answer("GET", "/nope")).startswith(b"HTTP/1.1 404")
    assert (await probes.answer("POST", "/metrics")).startswith(b"HTTP/1.1 405")
