"""The watcher's database: engines, and its own Alembic history (table `watcher_alembic_version`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# Its own version table lets the watcher share DATABASE_URL with the notifier without the two
# Alembic histories fighting over `alembic_version`.
VERSION_TABLE = "watcher_alembic_version"

_ASYNC = {"sqlite": "sqlite+aiosqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}
_SYNC = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


class DatabaseError(RuntimeError):
    """The database cannot be used; the message says what to do (never the password)."""


def _with_driver(url: str, drivers: dict[str, str]) -> str:
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend not in drivers:
        raise DatabaseError(f"DATABASE_URL uses {backend!r}; supported: sqlite:///PATH, postgresql://...")
    return parsed.set(drivername=drivers[backend]).render_as_string(hide_password=False)


def safe_url(url: str) -> str:
    """The URL with its password hidden."""
    return make_url(url).render_as_string(hide_password=True)


def make_engine(url: str) -> AsyncEngine:
    """An asyncio engine for url."""
    return create_async_engine(_with_driver(url, _ASYNC), pool_pre_ping=True)


def alembic_config(url: str) -> Config:
    """Alembic config for the watcher's migrations against url."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", _with_driver(url, _SYNC).replace("%", "%%"))
    return config


def migrate(url: str) -> None:
    """Bring the watcher's tables to the newest revision; raise DatabaseError naming the problem."""
    sync = _with_driver(url, _SYNC)
    parsed = make_url(sync)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(sync)
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
    except SQLAlchemyError as exc:
        first = (str(getattr(exc, "orig", None) or exc).strip().splitlines() or [type(exc).__name__])[0]
        raise DatabaseError(f"cannot connect to DATABASE_URL {safe_url(url)}: {first}") from exc
    command.upgrade(alembic_config(url), "head")
