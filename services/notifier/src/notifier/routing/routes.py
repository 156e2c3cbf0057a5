"""Which subscriptions get an event: live routes loaded, cached as a RouteIndex, minus cleared documents."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import structlog
from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.routing.documents import document_key
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.index import RouteIndex, match_visible
from notifier.routing.matching import Route
from notifier.routing.schedule import DigestSchedule
from notifier.routing.suppression import Cleared, cleared_for_documents, without_suppressed
from notifier.states import Mode
from notifier.tables import Channel, Subscription
from schemas.events import DocumentClassified

log = structlog.get_logger(__name__)


def _schedule(subscription: Subscription) -> DigestSchedule | None:
    if subscription.mode != Mode.DIGEST:
        return None
    try:
        return DigestSchedule.from_column(subscription.schedule)
    except ValidationError as exc:
        # The API validates schedules; a bad stored one still must not stop delivery: hourly, and say so.
        log.warning("digest.bad_schedule", subscription=subscription.id, error=str(exc)[:300])
        return DigestSchedule.from_column(None)


async def load_routes(session: AsyncSession) -> list[Route]:
    """Routes for every enabled, live subscription (realtime and digest) whose channel is live."""
    rows = await session.execute(
        select(Subscription)
        .join(Channel, Channel.id == Subscription.channel_id)
        .where(
            Subscription.enabled.is_(True),
            Subscription.deleted_at.is_(None),
            Channel.deleted_at.is_(None),
            Subscription.mode.in_(tuple(Mode)),
        )
        .order_by(Subscription.created_at, Subscription.id)
    )
    return [
        Route(s.id, s.team_id, s.channel_id, SubscriptionFilter.model_validate(s.filters), _schedule(s))
        for s in rows.scalars()
    ]


async def change_marker(session: AsyncSession) -> tuple[Any, ...]:
    """A cheap fingerprint of the subscriptions table: it changes whenever a route could have changed.

    Creating adds a row (count, latest created_at); the API stamps updated_at on every PATCH and soft
    delete; removing a team removes rows (count).
    """
    row = (
        await session.execute(
            select(
                func.count(Subscription.id),
                func.max(Subscription.created_at),
                func.max(Subscription.updated_at),
            )
        )
    ).one()
    return tuple(row)


@dataclass
class RouteCache:
    """Holds the compiled index; refresh() asks the database for the marker and rebuilds on a change."""

    index: RouteIndex = field(default_factory=lambda: RouteIndex([]))
    marker: tuple[Any, ...] | None = None
    rebuilds: int = 0

    async def refresh(self, session: AsyncSession) -> RouteIndex:
        """The current index (one aggregate query; the routes are reloaded only when the marker moved)."""
        marker = await change_marker(session)
        if marker != self.marker:
            routes = await load_routes(session)
            self.index = RouteIndex(routes)
            self.marker = marker
            self.rebuilds += 1
            log.info("routes.rebuilt", routes=len(routes))
        return self.index


@dataclass(frozen=True)
class Routed:
    """The routes that get ledger rows for an event, and how many matches a suppression silenced."""

    routes: list[Route]
    suppressed: int = 0


async def route(session: AsyncSession, index: RouteIndex, event: DocumentClassified) -> Routed:
    """Matched routes (as each route's team sees the event), minus those whose team cleared the document."""
    return (await route_many(session, index, [event]))[0]


async def route_many(
    session: AsyncSession, index: RouteIndex, events: Sequence[DocumentClassified]
) -> list[Routed]:
    """route() for a batch of events, with one suppression query for the whole batch."""
    matched = [match_visible(index, event) for event in events]
    keys = [document_key(e) for e, m in zip(events, matched, strict=True) if m]
    teams = sorted({r.team_id for m in matched for r in m})
    cleared: dict[str, list[Cleared]] = {}
    for c in await cleared_for_documents(session, keys, teams):
        cleared.setdefault(c.document_key, []).append(c)
    out = []
    for event, routes in zip(events, matched, strict=True):
        kept = without_suppressed(event, routes, cleared.get(document_key(event), [])) if routes else routes
        out.append(Routed(kept, len(routes) - len(kept)))
    return out
