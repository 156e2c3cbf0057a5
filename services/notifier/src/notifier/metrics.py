"""The notifier's Prometheus metrics (one place declares them all), on a registry per instance."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from servicekit.deadletter import DeadLetters
from servicekit.metrics import service_registry


class NotifierMetrics:
    """Delivery outcomes, failures, possible duplicates, backlog age and send latency."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or service_registry()
        self.deliveries = Counter(
            "notifier_deliveries_total",
            "Send attempts by channel kind and outcome (sent, retry, failed, broken, deferred, cancelled)",
            ["kind", "outcome"],
            registry=self.registry,
        )
        self.failed = Counter(
            "notifier_failed_deliveries_total",
            "Ledger rows given up on (last attempt used, channel broken, or unknown kind)",
            ["kind"],
            registry=self.registry,
        )
        self.suppressed = Counter(
            "notifier_suppressed_routes_total",
            "Matches not recorded because the subscription's team cleared that document (suppressions)",
            registry=self.registry,
        )
        self.possible_duplicates = Counter(
            "notifier_possible_duplicates_total",
            "Sends that may repeat: a row found in 'sending' with an expired lease (its sender died "
            "mid-send), or a retry after a send whose answer never came (read timeout, dropped connection)",
            registry=self.registry,
        )
        self.oldest_pending_age = Gauge(
            "notifier_oldest_pending_delivery_age_seconds",
            "Age of the oldest realtime ledger row not yet sent (pending, sending or retry)",
            registry=self.registry,
        )
        self.send_latency = Histogram(
            "notifier_send_latency_seconds",
            "Time a channel took to accept one message",
            ["kind"],
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=self.registry,
        )
        self.ledger_write_retries = Counter(
            "notifier_ledger_write_retries_total",
            "Ledger bookkeeping writes (mark sent/retry/failed, defer) retried after a database error",
            ["op"],
            registry=self.registry,
        )
        self.ledger_write_failures = Counter(
            "notifier_ledger_write_failures_total",
            "Ledger bookkeeping writes given up after every retry failed (rows stay 'sending' until "
            "their lease expires, then are re-sent and counted as possible duplicates)",
            ["op"],
            registry=self.registry,
        )
        self.intake_messages = Counter(
            "notifier_intake_messages_total",
            "Classified events consumed, by result (recorded, deadletter)",
            ["result"],
            registry=self.registry,
        )
        self.deadletters = DeadLetters.on(self.registry, "notifier")
