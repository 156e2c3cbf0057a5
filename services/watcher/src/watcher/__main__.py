"""exportwatch-watcher: run the polling loop, one cycle, or a Federal Register backfill."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, timedelta

import httpx
import structlog
import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from watcher import db
from watcher.fetching import RequestBudget
from watcher.poller import Poller
from watcher.publisher import KafkaPublisher
from watcher.settings import WatcherSettings
from watcher.sources import build_sources
from watcher.sources.base import PollContext
from watcher.sources.federal_register_source import FederalRegisterSource
from watcher.state import StateStore, StateUpdate
from watcher.web import bind, build_app, server

app = typer.Typer(
    help="Poll the Federal Register, Public Inspection, feeds and screening lists; publish to Kafka.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings() -> WatcherSettings:
    try:
        settings = WatcherSettings()
        build_sources(settings)
    except ValidationError as exc:
        err = exc.errors()[0]
        typer.echo(f"error: bad setting {'.'.join(map(str, err['loc'])).upper()}: {err['msg']}", err=True)
        raise typer.Exit(2) from None
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    return settings


@dataclass
class Runtime:
    """Everything a command needs, connected."""

    settings: WatcherSettings
    poller: Poller
    publisher: KafkaPublisher
    state: StateStore


async def _with_runtime(settings: WatcherSettings, body: Callable[[Runtime], Awaitable[int]]) -> int:
    publisher = KafkaPublisher(
        settings.kafka_bootstrap_servers,
        settings.topic_documents,
        settings.topic_screening_list,
        settings.kafka_client_kwargs(),
    )
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
        # After Kafka answers, so an unreachable broker leaves the database untouched.
        await asyncio.to_thread(db.migrate, settings.database_url)
    except db.DatabaseError as exc:
        await publisher.stop()
        typer.echo(f"error: {exc}", err=True)
        return 2
    engine = db.make_engine(settings.database_url)
    try:
        async with httpx.AsyncClient(
            timeout=settings.http_timeout_seconds,
            follow_redirects=False,  # the fetcher follows redirects itself, https only
            headers={"User-Agent": "exportwatch/0.1 (+https://github.com/exportwatch)"},
        ) as http:
            state = StateStore(engine)
            poller = Poller(
                build_sources(settings),
                publisher,
                http,
                state,
                budget=RequestBudget(settings.requests_per_second),
                full_text_budget=RequestBudget(settings.full_text_requests_per_second),
                max_body_bytes=settings.max_body_bytes,
                backoff_cap=settings.backoff_max_seconds,
            )
            return await body(Runtime(settings, poller, publisher, state))
    finally:
        await publisher.stop()
        await engine.dispose()


@app.command()
def once() -> None:
    """Run one cycle of every source, print a per-source summary, exit (1 if any source failed)."""
    settings = _settings()

    async def body(rt: Runtime) -> int:
        results = await rt.poller.cycle()
        for r in results:
            typer.echo(r.summary())
        return 1 if any(r.error for r in results) else 0

    raise typer.Exit(asyncio.run(_with_runtime(settings, body)))


@app.command()
def run() -> None:
    """Poll every source forever; serve /metrics and health on WATCHER_METRICS_PORT."""
    settings = _settings()

    async def body(rt: Runtime) -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)

        async def ready() -> dict[str, bool]:
            database = True
            try:
                await rt.state.ping()
            except Exception:  # noqa: BLE001 - any failure means not ready
                database = False
            return {"kafka": await rt.publisher.ping(), "database": database}

        web = server(build_app(ready))
        sock = bind(settings.metrics_port, settings.metrics_host)
        web_task = asyncio.create_task(web.serve(sockets=[sock])) if sock else None
        try:
            await rt.poller.run(settings.poll_seconds, stop)
        finally:
            web.should_exit = True
            if web_task is not None:
                with contextlib.suppress(Exception):
                    await web_task
        return 0

    raise typer.Exit(asyncio.run(_with_runtime(settings, body)))


def _windows(since: date, until: date, days: int) -> list[tuple[date, date]]:
    out = []
    start = since
    while start <= until:
        end = min(until, start + timedelta(days=days - 1))
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


@app.command()
def backfill(
    since: str = typer.Option(..., help="First publication date, YYYY-MM-DD"),
    until: str | None = typer.Option(None, help="Last publication date (default today)"),
    window_days: int = typer.Option(31, min=1, help="Days per query window"),
) -> None:
    """Publish Federal Register history of the configured agencies and CFR parts, inside the budget."""
    settings = _settings()
    try:
        first = date.fromisoformat(since)
        last = date.fromisoformat(until) if until else date.today()
    except ValueError as exc:
        typer.echo(f"error: {exc} (dates are YYYY-MM-DD)", err=True)
        raise typer.Exit(2) from None
    if first > last:
        typer.echo("error: --since is after --until", err=True)
        raise typer.Exit(2)

    async def body(rt: Runtime) -> int:
        # A fresh install's history must not reach the classifier before the screening list does.
        for owing in await rt.poller.owing_baseline():
            typer.echo((await rt.poller.poll_source(owing)).summary(), err=True)
        source = FederalRegisterSource.from_settings(settings)
        ctx = PollContext(rt.poller.fetcher(source), rt.state, source.name, rt.poller.full_text_budget)
        published = 0
        windows = _windows(first, last, window_days)
        # A bar on a terminal; one line per window in logs, where a bar would be invisible.
        quiet_bar = not sys.stderr.isatty()
        with typer.progressbar(windows, label="backfill", file=sys.stderr) as bar:
            for done, (start, end) in enumerate(bar, 1):
                # No stored validators: a backfill wants the bodies, and must not move the live cursor.
                found = await source.collect(ctx, start, end, {})
                fresh = await source.enrich(ctx, await rt.state.fresh(list(found.events.values())))
                await rt.publisher.publish(fresh)
                await rt.state.advance(source.name, StateUpdate(published=fresh))
                published += len(fresh)
                if quiet_bar:
                    typer.echo(
                        f"backfill {done}/{len(windows)} {start}..{end}: published={len(fresh)}", err=True
                    )
        typer.echo(f"backfill {first}..{last}: published={published} requests={ctx.fetcher.requests}")
        return 0

    raise typer.Exit(asyncio.run(_with_runtime(settings, body)))


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    app()


if __name__ == "__main__":
    main()
