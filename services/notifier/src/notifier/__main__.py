"""exportwatch-notifier: run delivery, migrate the database, or seed the offline demo."""

from __future__ import annotations

import asyncio
import sys

import structlog
import typer
from aiokafka.errors import KafkaError

from notifier import crypto
from notifier.db import make_engine, sessions
from notifier.routing.filters import SubscriptionFilter
from notifier.settings import NotifierSettings
from notifier.startup import keys, migrate, prepare
from notifier.store import create_team_with_subscription, team_by_name
from servicekit.startup import fail, settings_or_exit

app = typer.Typer(
    help="Deliver classified events to subscriptions, exactly once each.",
    no_args_is_help=True,
    add_completion=False,
)


@app.command("migrate")
def migrate_command() -> None:
    """Create or upgrade the database schema (encrypting channel secrets needs CHANNEL_SECRET_KEYS)."""
    settings = settings_or_exit(NotifierSettings)
    if settings.channel_secret_keys is not None:
        keys(settings)
    migrate(settings)
    typer.echo("database schema is current")


@app.command()
def run() -> None:
    """Consume classified events and deliver them (migrates the schema first)."""
    from notifier.service import serve

    settings = settings_or_exit(NotifierSettings)
    prepare(settings)
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
    settings = settings_or_exit(NotifierSettings)
    prepare(settings)

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


@app.command("rotate-secrets")
def rotate_secrets() -> None:
    """Re-encrypt every channel's secrets with the first key in CHANNEL_SECRET_KEYS (key rotation)."""
    settings = settings_or_exit(NotifierSettings)
    keyring = keys(settings)
    migrate(settings)
    try:
        channels, stale = crypto.reseal_channels(settings.database_url, keyring, write=True)
    except crypto.SecretKeyError as exc:
        fail(str(exc), 1)
    typer.echo(f"{stale} of {channels} channels re-encrypted with the first key; older keys can go now")


@app.command("generate-secret-key")
def generate_secret_key() -> None:
    """Print a new Fernet key for CHANNEL_SECRET_KEYS (put it first to rotate; it is shown only here)."""
    typer.echo(crypto.generate_key())


def main() -> None:
    """Console-script entry point."""
    structlog.configure(logger_factory=structlog.PrintLoggerFactory(sys.stderr))
    app()


if __name__ == "__main__":
    main()
