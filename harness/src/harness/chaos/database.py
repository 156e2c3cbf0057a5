"""The run's database: a throwaway PostgreSQL database (or SQLite file), seeded, and the ledger read back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from harness.chaos.plan import Planned
from notifier.db import make_engine, migrate, sessions, sync_url
from notifier.states import OPEN, DeliveryStatus
from notifier.store import create_team_with_subscription
from notifier.tables import Delivery


class Throwaway:
    """A fresh database per run: CREATE DATABASE beside DATABASE_URL's, or a SQLite file in the run dir."""

    def __init__(self, admin_url: str, run_dir: Path) -> None:
        self.admin_url = admin_url if admin_url.startswith("postgres") else ""
        self.name = f"ew_chaos_{uuid.uuid4().hex[:10]}"
        if self.admin_url:
            self.url = make_url(self.admin_url).set(database=self.name).render_as_string(hide_password=False)
        else:
            self.url = f"sqlite:///{run_dir / 'exportwatch.db'}"

    @property
    def backend(self) -> str:
        """postgresql or sqlite."""
        return "postgresql" if self.admin_url else "sqlite"

    def _admin(self, statement: str) -> None:
        engine = create_engine(sync_url(self.admin_url), isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as conn:
                conn.execute(text(statement))
        finally:
            engine.dispose()

    def create(self) -> None:
        """Create (PostgreSQL) and migrate the notifier's schema (the watcher migrates its own on start)."""
        if self.admin_url:
            self._admin(f'CREATE DATABASE "{self.name}"')
        migrate(self.url)

    def drop(self) -> None:
        """Drop the PostgreSQL database (a SQLite file goes with the run directory)."""
        if self.admin_url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


async def seed(url: str, subscriptions: Sequence[Planned], sink_origin: str) -> dict[str, str]:
    """One team, Slack webhook channel and subscription per planned one; return sink path -> name."""
    engine = make_engine(url)
    try:
        async with sessions(engine)() as session:
            for planned in subscriptions:
                await create_team_with_subscription(
                    session,
                    f"chaos-{planned.name}",
                    "slack_webhook",
                    {"url": sink_origin + planned.webhook_path()},
                    planned.name,
                    planned.filter,
                )
            await session.commit()
    finally:
        await engine.dispose()
    return {p.webhook_path(): p.name for p in subscriptions}


async def sending(url: str) -> set[tuple[str, int]]:
    """(delivery id, attempt) of every send in flight: claimed by a sender, not yet marked done."""
    engine = make_engine(url)
    try:
        async with sessions(engine)() as session:
            rows = await session.execute(
                select(Delivery.id, Delivery.attempts).where(Delivery.status == DeliveryStatus.SENDING)
            )
            return {(str(r[0]), int(r[1])) for r in rows}
    finally:
        await engine.dispose()


async def ledger_statuses(url: str) -> dict[str, int]:
    """How many rows of the delivery ledger are in each status (pending, sending, retry, sent, failed)."""
    engine = make_engine(url)
    try:
        async with sessions(engine)() as session:
            rows = await session.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
            return {str(r[0]): int(r[1]) for r in rows}
    finally:
        await engine.dispose()


def still_open(statuses: dict[str, int]) -> int:
    """Rows a notifier has yet to finish."""
    return sum(statuses.get(s, 0) for s in OPEN)
