"""Every prometheus metric the classifier exposes on /metrics (port 6066), on its own registry."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from servicekit.deadletter import DeadLetters
from servicekit.metrics import service_registry

REGISTRY = service_registry()

CLASSIFIED = Counter(
    "classifier_documents_classified_total",
    "Documents classified and produced",
    registry=REGISTRY,
)
TAGGED = Counter(
    "classifier_tags_total",
    "Tags assigned, by tag",
    ["tag"],
    registry=REGISTRY,
)
# classifier_deadletter_total{error_type}, and the log line and DeadLetter of each failed document.
DEADLETTERS = DeadLetters.on(REGISTRY, "classifier")
DUPLICATES = Counter(
    "classifier_duplicates_skipped_total",
    "Documents not emitted again (same event_id and content hash)",
    registry=REGISTRY,
)
CLASSIFY_SECONDS = Histogram(
    "classifier_classify_seconds",
    "Time spent in classify() per document",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25),
    registry=REGISTRY,
)
LIST_ENTRIES = Gauge(
    "classifier_list_entries",
    "Entries currently loaded, by list",
    ["list"],
    registry=REGISTRY,
)
LIST_RECORDS_REJECTED = Counter(
    "classifier_list_records_rejected_total",
    "Screening/watchlist records that did not parse",
    ["topic"],
    registry=REGISTRY,
)
LISTS_READY = Gauge(
    "classifier_lists_ready",
    "1 once the lists were rebuilt from their compacted topics, screening list included",
    registry=REGISTRY,
)
SCREENING_WAIT_TIMEOUTS = Counter(
    "classifier_screening_wait_timeouts_total",
    "Start-ups that released held documents with no screening list (CLASSIFIER_SCREENING_WAIT_SECONDS)",
    registry=REGISTRY,
)
PARTIES_FAILED = Counter(
    "classifier_parties_failed_total",
    "Full texts whose parties could not be read (the event goes out with parties None), by reason",
    ["reason"],
    registry=REGISTRY,
)
PARTIES_READ = Counter(
    "classifier_parties_read_total",
    "Parties read from the full text of listing documents",
    registry=REGISTRY,
)
