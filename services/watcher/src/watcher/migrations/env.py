"""Alembic environment of the watcher: its own tables and its own version table."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from watcher.db import VERSION_TABLE
from watcher.tables import Base

config = context.config


def run() -> None:
    """Run migrations online on a blocking connection."""
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=Base.metadata,
            version_table=VERSION_TABLE,
            render_as_batch=connection.dialect.name == "sqlite",
            # Only our tables: the notifier's live in the same database under its own history.
            include_name=lambda name, type_, _parent: (
                type_ != "table" or bool(name and name.startswith("watcher_"))
            ),
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run()
