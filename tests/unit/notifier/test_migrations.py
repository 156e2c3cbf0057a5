"""Migration 0003 on SQLite and PostgreSQL: existing rows get their own dedupe key; it downgrades cleanly."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, inspect, text

from notifier.db import alembic_config, migrate, sync_url

STAMP = datetime(2026, 1, 1, tzinfo=UTC)
ROWS_AT_0001: dict[str, dict[str, object]] = {
    "teams": {"id": "t", "name": "acme", "created_at": STAMP},
    "channels": {
        "id": "c",
        "team_id": "t",
        "kind": "console",
        "name": "console",
        "config": "{}",
        "status": "ok",
        "created_at": STAMP,
    },
    "subscriptions": {
        "id": "s",
        "team_id": "t",
        "channel_id": "c",
        "name": "all",
        "filters": "{}",
        "mode": "realtime",
        "enabled": True,
        "created_at": STAMP,
    },
    "events": {"event_id": "e1", "payload": "{}", "received_at": STAMP},
    "deliveries": {
        "id": "d",
        "subscription_id": "s",
        "event_id": "e1",
        "channel_id": "c",
        "team_id": "t",
        "status": "sent",
        "attempts": 1,
        "next_attempt_at": STAMP,
        "created_at": STAMP,
        "updated_at": STAMP,
    },
}


@pytest.fixture
def engine_at_0001(database_url: str) -> Iterator[Engine]:
    """The database taken down to 0001 and holding ROWS_AT_0001: one row of every table then."""
    command.downgrade(alembic_config(database_url), "0001")
    engine = create_engine(sync_url(database_url))
    with engine.begin() as conn:
        for table, values in ROWS_AT_0001.items():
            columns = ", ".join(values)
            params = ", ".join(f":{c}" for c in values)
            conn.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({params})"), values)
    yield engine
    engine.dispose()


def test_0003_backfills_and_round_trips(database_url: str, engine_at_0001: Engine) -> None:
    config = alembic_config(database_url)
    migrate(database_url)
    with engine_at_0001.connect() as conn:
        assert conn.execute(text("SELECT dedupe_key FROM deliveries")).scalar_one() == "e1"
    # One digest schedule column (0002's), not a second one from the delivery half.
    subscription_columns = {c["name"] for c in inspect(engine_at_0001).get_columns("subscriptions")}
    assert "schedule" in subscription_columns
    assert "digest_schedule" not in subscription_columns
    command.downgrade(config, "0001")
    assert "dedupe_key" not in {c["name"] for c in inspect(engine_at_0001).get_columns("deliveries")}
    migrate(database_url)


def test_0007_keys_told_documents_with_an_unknown_party_list_and_round_trips(
    database_url: str, engine_at_0001: Engine
) -> None:
    config = alembic_config(database_url)
    command.upgrade(config, "0006")
    with engine_at_0001.begin() as conn:
        conn.execute(text("UPDATE deliveries SET dedupe_key = 'document:2020-15827'"))
    migrate(database_url)
    with engine_at_0001.connect() as conn:
        row = conn.execute(
            text("SELECT document_key, parties_fingerprint, revises_event_id FROM deliveries")
        ).one()
    # Found by the next stage, but never revised by it: what it was told is unknown.
    assert tuple(row) == ("document:2020-15827", None, None)
    command.downgrade(config, "0006")
    assert "document_key" not in {c["name"] for c in inspect(engine_at_0001).get_columns("deliveries")}
    migrate(database_url)
