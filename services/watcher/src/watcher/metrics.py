"""Every Prometheus metric the watcher exports, on its own registry (/metrics on WATCHER_METRICS_PORT)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from servicekit.metrics import service_registry

REGISTRY = service_registry()

PUBLISHED = Counter(
    "watcher_documents_published_total",
    "DocumentSeen events acknowledged by Kafka, per source and stage",
    ["source", "stage"],
    registry=REGISTRY,
)
SCREENING_RECORDS = Counter(
    "watcher_screening_records_published_total",
    "Records (entries and tombstones) written to the compacted screening-list topic",
    ["source", "kind"],
    registry=REGISTRY,
)
FETCH_ERRORS = Counter(
    "watcher_fetch_errors_total",
    "Fetches or parses that failed, per source and reason",
    ["source", "reason"],
    registry=REGISTRY,
)
FETCH_SECONDS = Histogram(
    "watcher_fetch_seconds",
    "HTTP request latency per source (each attempt)",
    ["source"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
LAST_SUCCESS = Gauge(
    "watcher_last_success_timestamp_seconds",
    "Unix time of the source's last successful poll (alert when stale)",
    ["source"],
    registry=REGISTRY,
)
FEED_BOZO = Counter(
    "watcher_feed_bozo_total",
    "Feeds that parsed only with errors (feedparser bozo), per feed",
    ["source", "feed"],
    registry=REGISTRY,
)
SCREENING_REFUSED = Counter(
    "watcher_screening_refused_total",
    "Screening-list downloads refused as an implausible shrink",
    ["source"],
    registry=REGISTRY,
)
SCREENING_FALLBACK = Counter(
    "watcher_screening_fallback_total",
    "Times the bundled May-2022 screening list was used instead of a download, per reason",
    ["reason"],
    registry=REGISTRY,
)
FULL_TEXT_FETCHED = Counter(
    "watcher_full_text_fetched_total",
    "Full texts (GPO XML, raw text, Public Inspection PDF) read into an event, per source and kind",
    ["source", "kind"],
    registry=REGISTRY,
)
FULL_TEXT_FAILED = Counter(
    "watcher_full_text_failed_total",
    "Full texts that could not be fetched or read (the event goes out with its title), per source and reason",
    ["source", "reason"],
    registry=REGISTRY,
)
FULL_TEXT_SECONDS = Histogram(
    "watcher_full_text_extract_seconds",
    "Time spent turning a fetched full text into text (PDF extraction, XML parsing), per kind",
    ["kind"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
    registry=REGISTRY,
)
