"""exportwatch-monitor: serve the lag dashboard, /lag and /metrics while polling Kafka."""

from __future__ import annotations

import sys

import structlog
import typer
import uvicorn

from monitor.collector import KafkaCollector, prefix_filter
from monitor.service import MonitorService
from monitor.settings import MonitorSettings
from monitor.tracker import Tracker
from monitor.web import create_app
from servicekit.startup import settings_or_exit


def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(9104, help="HTTP port (/, /lag, /metrics, /health/*)"),
    all_groups: bool = typer.Option(False, "--all-groups", help="watch every consumer group, not only ours"),
) -> None:
    """Poll consumer-group lag from KAFKA_BOOTSTRAP_SERVERS and serve it."""
    settings = settings_or_exit(MonitorSettings)
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    collector = KafkaCollector(
        settings.kafka_bootstrap_servers,
        prefix_filter(settings.group_prefix, all_groups or settings.all_groups),
        timeout_seconds=settings.kafka_timeout_seconds,
        client_kwargs=settings.kafka_client_kwargs(),
    )
    tracker = Tracker(
        settings.thresholds(),
        history_seconds=settings.history_seconds,
        forget_seconds=settings.forget_seconds,
    )
    service = MonitorService(collector, tracker, settings.poll_seconds)
    uvicorn.run(create_app(service), host=host, port=port, log_level="warning")


def main() -> None:
    """Console-script entry point."""
    typer.run(serve)


if __name__ == "__main__":
    main()
