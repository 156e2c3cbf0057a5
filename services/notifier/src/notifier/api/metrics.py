"""The API's prometheus metrics, on the API's own registry (delivery metrics live in notifier.metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

from servicekit.metrics import service_registry

REGISTRY = service_registry()

REQUESTS = Counter(
    "api_requests_total", "API requests answered", ["method", "route", "status"], registry=REGISTRY
)
LATENCY = Histogram("api_request_seconds", "API request handling time", ["route"], registry=REGISTRY)
AUTH_FAILURES = Counter(
    "api_auth_failures_total", "Requests refused for a missing, bad or revoked key", registry=REGISTRY
)
RATE_LIMITED = Counter(
    "api_rate_limited_total", "Requests refused with 429 (per-key limit)", registry=REGISTRY
)
AUTH_THROTTLED = Counter(
    "api_auth_throttled_total",
    "Requests refused with 429 because their client address failed authentication too often",
    ["kind"],
    registry=REGISTRY,
)
LIMITED = Counter(
    "api_limited_total",
    "Requests refused with 429 by a shared limit (team, channel test, confirmations)",
    ["limit"],
    registry=REGISTRY,
)
EMAIL_CONFIRMATIONS = Counter(
    "api_email_confirmations_total", "Email recipient confirmation steps", ["outcome"], registry=REGISTRY
)
INVALID_REQUESTS = Counter(
    "api_invalid_requests_total", "Requests refused with 422", ["route"], registry=REGISTRY
)
WATCHLIST_PUBLISHED = Counter(
    "api_watchlist_published_total", "Watchlist records published to Kafka", ["kind"], registry=REGISTRY
)
WATCHLIST_PUBLISH_FAILURES = Counter(
    "api_watchlist_publish_failures_total",
    "Watchlist publishes that failed (answered 503 or retried)",
    registry=REGISTRY,
)
EVENTS_PRUNED = Counter(
    "api_events_pruned_total", "Stored events deleted by the history retention bound", registry=REGISTRY
)
