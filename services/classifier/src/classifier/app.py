"""The faust application and its topics, built from settings (nothing is created at import time)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import faust

from classifier.settings import ClassifierSettings


class QuietWorker(faust.Worker):
    """faust's worker without its terminal spinner.

    At a log level of WARN or above faust keeps a spinner that turns on every log record: it sets the root
    logger to DEBUG, so every debug call in aiokafka and faust builds a record per message (~3% of the
    worker's CPU at full load) only for the handler to drop it.
    """

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        """Leave the root logger at the level asked for, with no spinner handler."""
        self.spinner = None


@dataclass(frozen=True)
class Topics:
    """The faust topic handles the agents use; values stay raw bytes so pydantic is the only contract."""

    documents: Any
    classified: Any
    deadletter: Any


def broker_credentials(settings: ClassifierSettings) -> Any:
    """faust's broker_credentials for the KAFKA_* security settings (None for PLAINTEXT)."""
    # Derived from the same aiokafka keyword arguments every other client uses, so faust cannot drift.
    kwargs = settings.kafka_client_kwargs()
    if "sasl_mechanism" in kwargs:
        return faust.SASLCredentials(
            username=kwargs["sasl_plain_username"],
            password=kwargs["sasl_plain_password"],
            mechanism=kwargs["sasl_mechanism"],
            ssl_context=kwargs.get("ssl_context"),
        )
    if "ssl_context" in kwargs:
        return faust.SSLCredentials(kwargs["ssl_context"])
    return None


def create_app(settings: ClassifierSettings) -> tuple[faust.App, Topics]:
    """A faust App configured for exportwatch, and its topics."""
    app = faust.App(
        settings.app_id,
        broker=[f"kafka://{server.strip()}" for server in settings.kafka_bootstrap_servers.split(",")],
        store="memory://",
        datadir=settings.data_dir,
        # The probes (classifier.web) serve CLASSIFIER_WEB_PORT with the probe app every service shares.
        web_enabled=False,
        broker_session_timeout=settings.session_timeout_seconds,
        broker_heartbeat_interval=min(3.0, settings.session_timeout_seconds / 3),
        # Our topics are created by deploy tooling with their real layout; faust must not invent others.
        topic_disable_leader=True,
        topic_allow_declare=False,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        # A few ms of batching, as any throughput-minded aiokafka producer would use.
        producer_linger=0.005,
        autodiscover=False,
        Worker=QuietWorker,
        broker_credentials=broker_credentials(settings),
    )

    def raw(name: str) -> Any:
        return app.topic(
            name,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            allow_empty=True,
        )

    return app, Topics(
        raw(settings.topic_documents), raw(settings.topic_classified), raw(settings.topic_deadletter)
    )
