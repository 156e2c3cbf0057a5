"""Suppressions (pure): a team cleared a document, so it stays quiet until the document's content changes."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from notifier.matching import Route
from schemas.events import DocumentClassified


@dataclass(frozen=True)
class Cleared:
    """What a suppression needs for matching: whose, which scope, which document, which content."""

    team_id: str
    subscription_id: str | None
    document_key: str
    content_hash: str


def document_key(event: DocumentClassified) -> str:
    """One key for a document across its stages (public inspection and published share the number)."""
    doc = event.document
    if doc.document_number:
        return f"document:{doc.document_number}"
    return event.event_id


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
