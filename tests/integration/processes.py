"""Child processes for integration tests (devkit.processes) and the subscription they most often need."""

from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass

from devkit.processes import running, script
from notifier.db import make_engine, sessions
from notifier.routing.filters import SubscriptionFilter
from notifier.store import create_team_with_subscription

__all__ = ["Finished", "finish", "running", "script", "subscribe_to_entity_list_additions"]


@dataclass(frozen=True)
class Finished:
    """A console script that ran to its end: exit code and decoded output."""

    returncode: int
    out: str
    err: str


async def finish(name: str, *args: str, env: dict[str, str], seconds: float = 180) -> Finished:
    """Run one of our console scripts (on top of this environment) to its end."""
    proc = await asyncio.create_subprocess_exec(
        script(name),
        *args,
        env=os.environ | env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), timeout=seconds)
    assert proc.returncode is not None
    return Finished(proc.returncode, out.decode(), err.decode())


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
