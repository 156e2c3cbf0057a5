"""exportwatch-notifier: run delivery, migrate the database, or seed the offline demo."""

from __future__ import annotations

import asyncio
import sys

import structlog
import typer
from aiokafka.errors import KafkaError
from pydantic import ValidationError

from notifier.db import DatabaseError, make_engine, migrate, sessions
from notifier.routing.filters import SubscriptionFilter
from notifier.settings import NotifierSettings
from notifier.store import create_team_with_subscription, team_by_name

app = typer.Typer(
    help="Deliver classified events to subscriptions, exactly once each.",
    no_args_is_help=True,
    add_completion=False,
)


def _settings() -> NotifierSettings:
    try:
        return NotifierSettings()
    except ValidationError as exc:
        err = exc.errors()[0]
        typer.echo(f"error: bad setting {'.'.join(map(str, err['loc'])).upper()}: {err['msg']}", err=True)
        raise typer.Exit(2) from None


def _migrate(settings: NotifierSettings) -> None:
    try:
        migrate(settings.database_url)
    except DatabaseError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None


@app.command("migrate")
def migrate_command() -> None:
    """Create or upgrade the database schema."""
    _migrate(_settings())
    typer.echo("database schema is current")


@app.command()
def run() -> None:
    """Consume classified events and deliver them (migrates the schema first)."""
    from notifier.service import serve

    settings = _settings()
    _migrate(settings)
    try:
        asyncio.run(serve(settings))
    except KafkaError as exc:
        typer.echo(
            f"error: cannot reach Kafka at {settings.kafka_bootstrap_servers} ({exc}); "
            "start it with make kafka-up or set KAFKA_BOOTSTRAP_SERVERS",
            err=True,
        )
        raise typer.Exit(1) from None


@app.command("seed-demo")
def seed_demo() -> None:
    """Create the offline demo team with a console channel subscribed to Entity List changes."""
    settings = _settings()
    _migrate(settings)

    async def seed() -> str:
        engine = make_engine(settings.database_url)
        try:
            async with sessions(engine)() as session:
                if await team_by_name(session, "demo") is not None:
                    return "demo team already present"
                await create_team_with_subscription(
                    session,
                    "demo",
                    "console",
                    {},
                    "Entity List changes",
                    SubscriptionFilter(tags=["entity_list.*"]),
                )
                await session.commit()
                return "demo team created: Entity List changes -> console"
        finally:
            await engine.dispose()

    typer.echo(asyncio.run(seed()))


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    app()


if __name__ == "__main__":
    main()
