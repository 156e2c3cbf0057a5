"""Creating and reading teams, channels and subscriptions (used by the API, the CLI and tests)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.channels import CHANNEL_KINDS
from notifier.filters import SubscriptionFilter
from notifier.tables import Channel, Subscription, Team


async def create_team(session: AsyncSession, name: str) -> Team:
    """A new team."""
    team = Team(name=name)
    session.add(team)
    await session.flush()
    return team


async def team_by_name(session: AsyncSession, name: str) -> Team | None:
    """The first team called name, if any."""
    return (await session.execute(select(Team).where(Team.name == name))).scalars().first()


async def create_channel(
    session: AsyncSession, team_id: str, kind: str, config: dict[str, Any], name: str = ""
) -> Channel:
    """A new channel of a known kind."""
    if kind not in CHANNEL_KINDS:
        raise ValueError(f"unknown channel kind {kind!r}; known: {', '.join(CHANNEL_KINDS)}")
    channel = Channel(team_id=team_id, kind=kind, config=config, name=name or kind)
    session.add(channel)
    await session.flush()
    return channel


async def create_subscription(
    session: AsyncSession,
    team_id: str,
    channel_id: str,
    name: str,
    filters: SubscriptionFilter,
    mode: str = "realtime",
) -> Subscription:
    """A new enabled subscription."""
    subscription = Subscription(
        team_id=team_id,
        channel_id=channel_id,
        name=name,
        filters=filters.model_dump(mode="json"),
        mode=mode,
        enabled=True,
    )
    session.add(subscription)
    await session.flush()
    return subscription


async def create_team_with_subscription(
    session: AsyncSession,
    team_name: str,
    channel_kind: str,
    channel_config: dict[str, Any],
    subscription_name: str,
    filters: SubscriptionFilter,
) -> Subscription:
    """A team with one channel and one subscription to it (demo seeding, tests, load runs)."""
    team = await create_team(session, team_name)
    channel = await create_channel(session, team.id, channel_kind, channel_config)
    return await create_subscription(session, team.id, channel.id, subscription_name, filters)
