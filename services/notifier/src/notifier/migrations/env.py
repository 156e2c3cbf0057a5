"""Alembic environment: runs migrations on a blocking connection to the configured URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from notifier.tables import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    """Run migrations online (we never emit offline SQL scripts)."""
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        # SQLite cannot ALTER most things in place: batch mode rebuilds tables instead.
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
