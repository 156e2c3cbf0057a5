"""The Alembic migrations build exactly the tables.py schema, and 0002 downgrades and upgrades cleanly."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from notifier.db import alembic_config, sync_url
from notifier.tables import Base


def test_migrated_schema_equals_the_models(database_url: str) -> None:
    engine = create_engine(sync_url(database_url))
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    engine.dispose()


def test_api_migration_round_trips(database_url: str) -> None:
    config = alembic_config(database_url)
    command.downgrade(config, "0001")
    engine = create_engine(sync_url(database_url))
    tables = set(inspect(engine).get_table_names())
    assert not {"api_keys", "watchlist_entries", "suppressions"} & tables
    assert "deleted_at" not in {c["name"] for c in inspect(engine).get_columns("subscriptions")}
    command.upgrade(config, "head")
    assert {"api_keys", "watchlist_entries", "suppressions"} <= set(inspect(engine).get_table_names())
    engine.dispose()
