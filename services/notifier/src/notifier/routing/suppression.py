"""Suppressions: a team cleared a document, so it stays quiet until the document's content changes.

The rule is pure (is_suppressed, without_suppressed); cleared_for_documents is the one query that loads it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from notifier.routing.documents import document_key
from notifier.routing.matching import Route
from notifier.tables import Suppression
from schemas.events import DocumentClassified


@dataclass(frozen=True)
class Cleared:
    """What a suppression needs for matching: whose, which scope, which document, which content."""

    team_id: str
    subscription_id: str | None
    document_key: str
    content_hash: str


def is_suppressed(
    event: DocumentClassified, team_id: str, subscription_id: str, cleared: Iterable[Cleared]
) -> bool:
    """Whether a team cleared this exact content of the event's document for this subscription."""
    key = document_key(event)
    return any(
        c.team_id == team_id
        and c.document_key == key
        and c.content_hash == event.document.content_hash
        and c.subscription_id in (None, subscription_id)
        for c in cleared
    )


def without_suppressed(
    event: DocumentClassified, routes: Sequence[Route], cleared: Iterable[Cleared]
) -> list[Route]:
    """The routes that should still alert (for the delivery side, after matching, before the ledger)."""
    cleared = list(cleared)
    return [r for r in routes if not is_suppressed(event, r.team_id, r.subscription_id, cleared)]


async def cleared_for(session: AsyncSession, key: str, team_ids: Sequence[str]) -> list[Cleared]:
    """The suppressions that could apply to one document (its document_key) for these teams (previews)."""
    return await cleared_for_documents(session, [key], team_ids)


async def cleared_for_documents(
    session: AsyncSession, document_keys: Sequence[str], team_ids: Sequence[str]
) -> list[Cleared]:
    """The suppressions that could apply to any of these documents for these teams, in one query."""
    if not team_ids or not document_keys:
        return []
    rows = await session.execute(
        select(Suppression).where(
            Suppression.document_key.in_(sorted(set(document_keys))), Suppression.team_id.in_(team_ids)
        )
    )
    return [Cleared(s.team_id, s.subscription_id, s.document_key, s.content_hash) for s in rows.scalars()]
