"""Database URLs, engines and migrations (SQLite by default, PostgreSQL in production)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

_ASYNC_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "postgresql": "postgresql+psycopg",
    "postgres": "postgresql+psycopg",
}
_SYNC_DRIVERS = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says what to do (never the password)."""


def _with_driver(url: str, drivers: dict[str, str]) -> str:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend not in drivers:
        raise DatabaseError(f"DATABASE_URL uses {backend!r}; supported: sqlite:///PATH, postgresql://...")
    return parsed.set(drivername=drivers[backend]).render_as_string(hide_password=False)


def async_url(url: str) -> str:
    """The URL with the asyncio driver for its backend."""
    return _with_driver(url, _ASYNC_DRIVERS)


def sync_url(url: str) -> str:
    """The URL with the blocking driver for its backend (migrations)."""
    return _with_driver(url, _SYNC_DRIVERS)


def safe_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


SQLITE_BUSY_TIMEOUT_SECONDS = 30.0


def _wal(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers run beside the one writer; the watcher and the notifier share the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: str) -> AsyncEngine:
    """An asyncio engine for url (SQLite: waits for the write lock instead of failing, WAL for files)."""
    parsed = make_url(async_url(url))
    connect_args: dict[str, Any] = {}
    sqlite_file = parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:")
    if parsed.get_backend_name() == "sqlite":
        # Without a busy timeout a second writer gets "database is locked" at once.
        connect_args["timeout"] = SQLITE_BUSY_TIMEOUT_SECONDS
    # hide_parameters: a failed statement's error must not carry channel configs (secrets) into logs.
    engine = create_async_engine(
        async_url(url), pool_pre_ping=True, hide_parameters=True, connect_args=connect_args
    )
    if sqlite_file:
        event.listen(engine.sync_engine, "connect", _wal)
    return engine


def sessions(engine: AsyncEngine) -> async_sessionmaker:  # type: ignore[type-arg]
    """A session factory that keeps loaded objects usable after commit."""
    return async_sessionmaker(engine, expire_on_commit=False)


def alembic_config(url: str, migrations: Path) -> Config:
    """An Alembic config for one service's migrations directory and url (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(migrations))
    config.set_main_option("sqlalchemy.url", sync_url(url).replace("%", "%%"))
    return config


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def migrate(url: str, migrations: Path) -> None:
    """Bring one service's tables to their newest revision; raise DatabaseError naming the problem."""
    sync = sync_url(url)
    parsed = make_url(sync)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(sync)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except SQLAlchemyError as exc:
        raise DatabaseError(
            f"cannot connect to DATABASE_URL {safe_url(url)}: "
            f"{_first_line(getattr(exc, 'orig', None) or exc)}"
        ) from exc
    command.upgrade(alembic_config(url, migrations), "head")
