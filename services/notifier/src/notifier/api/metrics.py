"""The API's prometheus metrics (declared once here; delivery metrics live in notifier.metrics)."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

REQUESTS = Counter("api_requests_total", "API requests answered", ["method", "route", "status"])
LATENCY = Histogram("api_request_seconds", "API request handling time", ["route"])
AUTH_FAILURES = Counter("api_auth_failures_total", "Requests refused for a missing, bad or revoked key")
RATE_LIMITED = Counter("api_rate_limited_total", "Requests refused with 429 (per-key limit)")
AUTH_THROTTLED = Counter(
    "api_auth_throttled_total",
    "Requests refused with 429 because their client address failed authentication too often",
    ["kind"],
)
LIMITED = Counter(
    "api_limited_total",
    "Requests refused with 429 by a shared limit (team, channel test, confirmations)",
    ["limit"],
)
EMAIL_CONFIRMATIONS = Counter(
    "api_email_confirmations_total", "Email recipient confirmation steps", ["outcome"]
)
INVALID_REQUESTS = Counter("api_invalid_requests_total", "Requests refused with 422", ["route"])
WATCHLIST_PUBLISHED = Counter(
    "api_watchlist_published_total", "Watchlist records published to Kafka", ["kind"]
)
WATCHLIST_PUBLISH_FAILURES = Counter(
    "api_watchlist_publish_failures_total", "Watchlist publishes that failed (answered 503 or retried)"
)
EVENTS_PRUNED = Counter("api_events_pruned_total", "Stored events deleted by the history retention bound")
