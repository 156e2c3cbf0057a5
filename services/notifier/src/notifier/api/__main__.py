"""exportwatch-api: serve the REST API with uvicorn."""

from __future__ import annotations

import typer
import uvicorn

from notifier.__main__ import _migrate, _settings
from notifier.api.app import create_app


def serve(host: str = "127.0.0.1", port: int = 8000) -> None:
    """Migrate the schema, then serve the API."""
    settings = _settings()
    _migrate(settings)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")


def main() -> None:
    """Console-script entry point."""
    typer.run(serve)


if __name__ == "__main__":
    main()
