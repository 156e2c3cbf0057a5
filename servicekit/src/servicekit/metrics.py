"""The one way a service gets its Prometheus registry and exposes it on /metrics.

Every service declares its metrics on a registry of its own, made by `service_registry()`, rather than on
prometheus-client's process-wide default: the notifier and the monitor build their metrics per instance
(tests run several in one process, and the default registry refuses a name twice), and a private registry
keeps whatever a library registers globally off our /metrics. Each registry carries the process, platform
and garbage-collector collectors, so every /metrics has the same process_* and python_* series.
"""

from __future__ import annotations

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    GCCollector,
    PlatformCollector,
    ProcessCollector,
    generate_latest,
)
from prometheus_client.registry import CollectorRegistry


def service_registry() -> CollectorRegistry:
    """A fresh registry with the process, platform and GC collectors registered."""
    registry = CollectorRegistry()
    ProcessCollector(registry=registry)
    PlatformCollector(registry=registry)
    GCCollector(registry=registry)
    return registry


def exposition(registry: CollectorRegistry) -> tuple[bytes, str]:
    """The registry in Prometheus text format, and the content type to serve it with."""
    return generate_latest(registry), CONTENT_TYPE_LATEST
