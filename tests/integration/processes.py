"""Running exportwatch's console scripts as real child processes in tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from notifier.db import make_engine, sessions
from notifier.filters import SubscriptionFilter
from notifier.store import create_team_with_subscription

BIN = Path(sys.executable).parent


def script(name: str) -> str:
    """Absolute path of one of our console scripts in the test environment."""
    return str(BIN / name)


@contextmanager
def running(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """Run a service for the duration of the block; its output goes to log (shown when a test fails)."""
    with log.open("wb") as out:
        proc = subprocess.Popen(
            args, env=os.environ | env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait()


async def subscribe_to_entity_list_additions(database_url: str, webhook: str) -> None:
    """Seed one team whose Slack webhook subscription wants every Entity List addition."""
    engine = make_engine(database_url)
    async with sessions(engine)() as session:
        await create_team_with_subscription(
            session,
            "compliance",
            "slack_webhook",
            {"url": webhook},
            "Entity List additions",
            SubscriptionFilter(tags=["entity_list.addition"]),
        )
        await session.commit()
    await engine.dispose()
