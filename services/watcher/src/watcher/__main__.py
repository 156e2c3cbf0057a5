"""exportwatch-watcher: run the polling loop, one cycle, or a Federal Register backfill."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Awaitable, Callable
from datetime import date

import structlog
import typer

from servicekit.startup import fail, settings_or_exit
from watcher import service
from watcher.service import Runtime, StartupError
from watcher.settings import WatcherSettings
from watcher.sources import build_sources

app = typer.Typer(
    help="Poll the Federal Register, Public Inspection, feeds and screening lists; publish to Kafka.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings() -> WatcherSettings:
    settings = settings_or_exit(WatcherSettings)
    try:
        build_sources(settings)
    except ValueError as exc:
        fail(str(exc))
    return settings


def _run(settings: WatcherSettings, body: Callable[[Runtime], Awaitable[int]]) -> None:
    async def main() -> int:
        try:
            async with service.connected(settings) as rt:
                return await body(rt)
        except StartupError as exc:
            typer.echo(f"error: {exc}", err=True)
            return exc.code

    raise typer.Exit(asyncio.run(main()))


@app.command()
def once() -> None:
    """Run one cycle of every source, print a per-source summary, exit (1 if any source failed)."""

    async def body(rt: Runtime) -> int:
        results = await rt.poller.cycle()
        for r in results:
            typer.echo(r.summary())
        return 1 if any(r.error for r in results) else 0

    _run(_settings(), body)


@app.command()
def run() -> None:
    """Poll every source forever; serve /metrics and health on WATCHER_METRICS_PORT."""

    async def body(rt: Runtime) -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await service.run(rt, stop)
        return 0

    _run(_settings(), body)


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
        fail(f"{exc} (dates are YYYY-MM-DD)")
    if first > last:
        fail("--since is after --until")

    async def body(rt: Runtime) -> int:
        for owed in await service.publish_owed_baselines(rt):
            typer.echo(owed.summary(), err=True)
        source, ctx = service.backfill_context(rt)
        published = 0
        windows = service.windows(first, last, window_days)
        # A bar on a terminal; one line per window in logs, where a bar would be invisible.
        quiet_bar = not sys.stderr.isatty()
        with typer.progressbar(windows, label="backfill", file=sys.stderr) as bar:
            for done, (start, end) in enumerate(bar, 1):
                fresh = await rt.poller.backfill(source, ctx, start, end)
                published += len(fresh)
                if quiet_bar:
                    typer.echo(
                        f"backfill {done}/{len(windows)} {start}..{end}: published={len(fresh)}", err=True
                    )
        typer.echo(f"backfill {first}..{last}: published={published} requests={ctx.fetcher.requests}")
        return 0

    _run(settings, body)


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    app()


if __name__ == "__main__":
    main()
