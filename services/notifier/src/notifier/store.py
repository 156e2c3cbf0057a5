"""Team-owned rows: teams, keys, channels, subscriptions, watchlist, suppressions (API, CLI, tests)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.api import keys
from notifier.channels import CHANNELS
from notifier.routing.filters import SubscriptionFilter
from notifier.states import ChannelStatus, Mode
from notifier.tables import ApiKey, Channel, Subscription, Suppression, Team, WatchlistItem, now

_ID = re.compile(r"[0-9a-f]{1,32}")


def _is_id(value: str) -> bool:
    # Ids are hex (tables.new_id); anything else cannot exist, and PostgreSQL refuses NUL bytes outright.
    return _ID.fullmatch(value) is not None


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
    if kind not in CHANNELS:
        raise ValueError(f"unknown channel kind {kind!r}; known: {', '.join(CHANNELS)}")
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
    mode: Mode = Mode.REALTIME,
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


async def create_api_key(session: AsyncSession, team_id: str, name: str = "") -> tuple[ApiKey, str]:
    """A new key for team_id: the row (prefix + hash) and the secret, which is never stored."""
    new = keys.generate()
    row = ApiKey(team_id=team_id, prefix=new.prefix, key_hash=new.digest, name=name)
    session.add(row)
    await session.flush()
    return row, new.secret


async def key_for_secret(session: AsyncSession, secret: str) -> ApiKey | None:
    """The live key row a presented secret belongs to, or None (unknown, wrong or revoked)."""
    prefix = keys.prefix_of(secret)
    if prefix is None:
        return None
    row = (await session.execute(select(ApiKey).where(ApiKey.prefix == prefix))).scalars().first()
    if row is None or row.revoked_at is not None or not keys.verify(secret, row.key_hash):
        return None
    return row


async def team_keys(session: AsyncSession, team_id: str) -> list[ApiKey]:
    """Every key of a team, revoked ones included (the prefix tells them apart)."""
    rows = await session.execute(select(ApiKey).where(ApiKey.team_id == team_id).order_by(ApiKey.created_at))
    return list(rows.scalars())


async def revoke_key(session: AsyncSession, team_id: str, key_id: str) -> ApiKey | None:
    """Revoke one of the team's keys (idempotent); None when the team has no such key."""
    if not _is_id(key_id):
        return None
    row = await session.get(ApiKey, key_id)
    if row is None or row.team_id != team_id:
        return None
    if row.revoked_at is None:
        row.revoked_at = now()
    await session.flush()
    return row


async def team_channels(session: AsyncSession, team_id: str) -> list[Channel]:
    """The team's channels that are not deleted."""
    rows = await session.execute(
        select(Channel)
        .where(Channel.team_id == team_id, Channel.deleted_at.is_(None))
        .order_by(Channel.created_at)
    )
    return list(rows.scalars())


async def team_channel(session: AsyncSession, team_id: str, channel_id: str) -> Channel | None:
    """One of the team's live channels, or None (another team's channel is None too)."""
    if not _is_id(channel_id):
        return None
    row = await session.get(Channel, channel_id)
    if row is None or row.team_id != team_id or row.deleted_at is not None:
        return None
    return row


async def channel_in_use(session: AsyncSession, channel_id: str) -> bool:
    """Whether a live subscription still sends to the channel."""
    found = await session.execute(
        select(Subscription.id).where(
            Subscription.channel_id == channel_id, Subscription.deleted_at.is_(None)
        )
    )
    return found.first() is not None


async def team_subscriptions(session: AsyncSession, team_id: str) -> list[Subscription]:
    """The team's subscriptions that are not deleted."""
    rows = await session.execute(
        select(Subscription)
        .where(Subscription.team_id == team_id, Subscription.deleted_at.is_(None))
        .order_by(Subscription.created_at)
    )
    return list(rows.scalars())


async def team_subscription(session: AsyncSession, team_id: str, subscription_id: str) -> Subscription | None:
    """One of the team's live subscriptions, or None."""
    if not _is_id(subscription_id):
        return None
    row = await session.get(Subscription, subscription_id)
    if row is None or row.team_id != team_id or row.deleted_at is not None:
        return None
    return row


def soft_delete_subscription(subscription: Subscription) -> None:
    """Stop a subscription for good while its ledger rows stay readable in the audit log."""
    stamp = now()
    subscription.enabled = False
    subscription.deleted_at = stamp
    subscription.updated_at = stamp


async def team_watchlist(session: AsyncSession, team_id: str) -> list[WatchlistItem]:
    """The team's live watchlist entries."""
    rows = await session.execute(
        select(WatchlistItem)
        .where(WatchlistItem.team_id == team_id, WatchlistItem.deleted_at.is_(None))
        .order_by(WatchlistItem.created_at)
    )
    return list(rows.scalars())


async def team_watchlist_item(session: AsyncSession, team_id: str, entry_id: str) -> WatchlistItem | None:
    """One of the team's live watchlist entries, or None."""
    if not _is_id(entry_id):
        return None
    row = await session.get(WatchlistItem, entry_id)
    if row is None or row.team_id != team_id or row.deleted_at is not None:
        return None
    return row


async def all_watchlist_items(session: AsyncSession) -> list[WatchlistItem]:
    """Every watchlist row, deleted ones included (re-publishing entries and tombstones at start)."""
    return list((await session.execute(select(WatchlistItem))).scalars())


async def team_suppressions(session: AsyncSession, team_id: str) -> list[Suppression]:
    """The team's suppressions, newest first."""
    rows = await session.execute(
        select(Suppression).where(Suppression.team_id == team_id).order_by(Suppression.created_at.desc())
    )
    return list(rows.scalars())


async def team_suppression(session: AsyncSession, team_id: str, suppression_id: str) -> Suppression | None:
    """One of the team's suppressions, or None."""
    if not _is_id(suppression_id):
        return None
    row = await session.get(Suppression, suppression_id)
    if row is None or row.team_id != team_id:
        return None
    return row


async def add_channel(
    session: AsyncSession, team_id: str, kind: str, config: dict[str, Any], name: str
) -> Channel:
    """A new channel whose kind and config the caller already validated (the API's request models)."""
    channel = Channel(team_id=team_id, kind=kind, config=config, name=name or kind, status=ChannelStatus.OK)
    session.add(channel)
    await session.flush()
    return channel
