"""exportwatch-watcher: run the polling loop, or one cycle."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable

import httpx
import structlog
import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from watcher.poller import Poller
from watcher.publisher import KafkaPublisher
from watcher.settings import WatcherSettings
from watcher.sources import build_sources

app = typer.Typer(
    help="Poll the Federal Register, feeds and screening lists; publish to Kafka.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings() -> WatcherSettings:
    try:
        return WatcherSettings()
    except ValidationError as exc:
        err = exc.errors()[0]
        typer.echo(f"error: bad setting {'.'.join(map(str, err['loc'])).upper()}: {err['msg']}", err=True)
        raise typer.Exit(2) from None


async def _with_poller(settings: WatcherSettings, body: Callable[[Poller], Awaitable[int]]) -> int:
    publisher = KafkaPublisher(settings.kafka_bootstrap_servers, settings.topic_documents)
    try:
        await publisher.start()
    except KafkaError as exc:
        typer.echo(
            f"error: cannot reach Kafka at {settings.kafka_bootstrap_servers} ({exc}); "
            "start it with make kafka-up or set KAFKA_BOOTSTRAP_SERVERS",
            err=True,
        )
        return 1
    try:
        async with httpx.AsyncClient(
            timeout=settings.http_timeout_seconds,
            follow_redirects=False,
            headers={"User-Agent": "exportwatch/0.1"},
        ) as http:
            return await body(Poller(build_sources(settings), publisher, http))
    finally:
        await publisher.stop()


@app.command()
def once() -> None:
    """Run one cycle of every source, print a per-source summary, exit (1 if any source failed)."""
    settings = _settings()

    async def body(poller: Poller) -> int:
        results = await poller.cycle()
        for r in results:
            typer.echo(
                f"{r.source}: seen={r.seen} published={r.published}"
                + (f" error={r.error}" if r.error else "")
            )
        return 1 if any(r.error for r in results) else 0

    raise typer.Exit(asyncio.run(_with_poller(settings, body)))


@app.command()
def run() -> None:
    """Poll every source forever."""
    settings = _settings()

    async def body(poller: Poller) -> int:
        await poller.run(settings.poll_seconds)
        return 0

    raise typer.Exit(asyncio.run(_with_poller(settings, body)))


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    app()


if __name__ == "__main__":
    main()
