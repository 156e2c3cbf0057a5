"""Pure route matching: which subscriptions want a classified event."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from notifier.routing.filters import SubscriptionFilter
from notifier.routing.schedule import DigestSchedule
from schemas.events import DocumentClassified
from schemas.severity import team_severity


@dataclass(frozen=True)
class Route:
    """What matching needs of a subscription: identity, owner, channel, filter (and digest timing)."""

    subscription_id: str
    team_id: str
    channel_id: str
    filter: SubscriptionFilter
    digest: DigestSchedule | None = None


def fold(text: str) -> str:
    """Case- and accent-insensitive, punctuation-as-space form of text."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def _tag_wanted(wanted: Sequence[str], present: frozenset[str]) -> bool:
    for tag in wanted:
        if tag.endswith(".*"):
            if any(p.startswith(tag[:-1]) for p in present):
                return True
        elif tag in present:
            return True
    return False


def _contains_word(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def matches(event: DocumentClassified, f: SubscriptionFilter) -> bool:
    """Whether event passes every criterion of f."""
    doc = event.document
    if event.severity.rank < f.min_severity.rank:
        return False
    if f.tags and not _tag_wanted(f.tags, event.tag_ids):
        return False
    if f.sources and doc.source not in f.sources:
        return False
    if f.stages and (doc.stage is None or doc.stage not in f.stages):
        return False
    if f.document_types and (doc.document_type or "").upper() not in {t.upper() for t in f.document_types}:
        return False
    if f.countries:
        wanted = {fold(c) for c in f.countries}
        if not wanted & {fold(c.name) for c in event.countries}:
            return False
    if f.entities:
        names = [fold(n) for m in event.entities for n in (m.canonical_name, m.text)]
        if not any(
            _contains_word(n, fold(w)) or _contains_word(fold(w), n) for w in f.entities for n in names
        ):
            return False
    if f.keywords:
        text = fold(f"{doc.title} {doc.text} {doc.action or ''}")
        if not any(_contains_word(text, fold(k)) for k in f.keywords):
            return False
    return True


def match(event: DocumentClassified, routes: Iterable[Route]) -> list[Route]:
    """The routes whose filters the event passes."""
    return [r for r in routes if matches(event, r.filter)]


def for_team(event: DocumentClassified, team_id: str) -> DocumentClassified:
    """The event as one team may see it: other teams' watchlist matches removed, severity from its own."""
    if all(m.team_id is None for m in event.entities):
        # No watchlist matched: the published severity is the base every team gets (schemas.severity).
        return event
    own = [m for m in event.entities if m.team_id is None or m.team_id == team_id]
    # Recomputed from the tags, never taken from the event: a classifier before the per-team rule
    # published a severity and reason raised by (and naming) every team's watched entities.
    severity, reason = team_severity(event.tag_ids, (m.canonical_name for m in own if m.team_id is not None))
    return event.model_copy(update={"entities": own, "severity": severity, "severity_reason": reason})
