"""Child processes for integration tests (devkit.processes) and the subscription they most often need."""

from __future__ import annotations

from devkit.processes import running, script
from notifier.db import make_engine, sessions
from notifier.filters import SubscriptionFilter
from notifier.store import create_team_with_subscription

__all__ = ["running", "script", "subscribe_to_entity_list_additions"]


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
