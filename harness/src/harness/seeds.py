"""Rows the local runs put in the notifier's database before its services start."""

from __future__ import annotations

from notifier.db import make_engine, sessions
from notifier.routing.filters import SubscriptionFilter
from notifier.store import create_team_with_subscription


async def subscribe_to_entity_list_additions(database_url: str, webhook: str) -> None:
    """Seed one team whose Slack webhook subscription wants every Entity List addition."""
    engine = make_engine(database_url)
    try:
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
    finally:
        await engine.dispose()
