"""The watcher's database: the shared plumbing from `storage`, its own Alembic history and version table."""

from __future__ import annotations

from pathlib import Path

from alembic.config import Config

from storage import database
from storage.database import DatabaseError, make_engine, safe_url, sessions, sync_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Its own version table lets the watcher share DATABASE_URL with the notifier without the two
# Alembic histories fighting over `alembic_version`.
VERSION_TABLE = "watcher_alembic_version"

__all__ = [
    "MIGRATIONS",
    "VERSION_TABLE",
    "DatabaseError",
    "alembic_config",
    "make_engine",
    "migrate",
    "safe_url",
    "sessions",
    "sync_url",
]


def alembic_config(url: str) -> Config:
    """Alembic config for the watcher's migrations against url."""
    return database.alembic_config(url, MIGRATIONS)


def migrate(url: str) -> None:
    """Bring the watcher's tables to the newest revision; raise DatabaseError naming the problem."""
    database.migrate(url, MIGRATIONS)
