"""The notifier's database: the shared plumbing from `storage`, pointed at the notifier's migrations."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from storage import database
from storage.database import DatabaseError, async_url, make_engine, safe_url, sessions, sync_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"

__all__ = [
    "MIGRATIONS",
    "DatabaseError",
    "alembic_config",
    "async_url",
    "make_engine",
    "migrate",
    "safe_url",
    "sessions",
    "sync_url",
]


def alembic_config(url: str) -> Config:
    """Alembic config for the notifier's migrations against url."""
    return database.alembic_config(url, MIGRATIONS)


def migrate(url: str) -> None:
    """Bring the notifier's tables to the newest revision; raise DatabaseError naming the problem."""
    database.migrate(url, MIGRATIONS)
