"""exportwatch-api: migrate the schema, then serve the REST API with uvicorn."""

from __future__ import annotations

import sys

import structlog
import typer
import uvicorn

from notifier.api.app import create_app
from notifier.settings import NotifierSettings
from notifier.startup import prepare
from servicekit.startup import settings_or_exit


def serve(
    host: str = typer.Option("127.0.0.1", help="interface to listen on"),
    port: int = typer.Option(8000, help="TCP port"),
) -> None:
    """Check CHANNEL_SECRET_KEYS, migrate the schema, then serve the API (OpenAPI at /docs)."""
    settings = settings_or_exit(NotifierSettings)
    prepare(settings)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    typer.run(serve)


if __name__ == "__main__":
    main()
