"""The parties a listing document prints itself (its full text), and their screening/watchlist matches."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import structlog

from classifier import metrics
from classifier.lists import Lists
from classifier.names import key_of
from classifier.parties import parties_for
from schemas.events import DocumentSeen, EntityMention, MatchKind, Party

log = structlog.get_logger(__name__)

# Only these documents print a list of parties; reading a licence rule's 300 pages for one would be waste.
PARTY_TAG_PREFIXES = ("entity_list.", "sanctions.designation", "other_list.")
PARTIES_FIELD = "parties"


def wants_parties(tags: Iterable[str]) -> bool:
    """True when a document with these tags lists, delists or designates parties."""
    return any(tag.startswith(PARTY_TAG_PREFIXES) for tag in tags)


def full_text_of(document: DocumentSeen) -> str | None:
    """The text to read parties from: the GPO XML when the watcher kept it (it has the table), else body."""
    return document.full_text_xml or document.body or None


def read_parties(document: DocumentSeen, tags: Iterable[str]) -> list[Party] | None:
    """Parties of a listing document's full text; None when it has none to read or the text is unreadable."""
    text = full_text_of(document)
    if text is None or not wants_parties(tags):
        return None
    try:
        parties = parties_for({"title": document.title, "body": text})
    except Exception as exc:  # noqa: BLE001 - a parser bug must cost the parties, never the event
        reason = str(getattr(exc, "reason", "unexpected"))
        metrics.PARTIES_FAILED.labels(reason=reason).inc()
        log.warning(
            "classifier.parties_failed",
            event_id=document.event_id,
            reason=reason,
            error=f"{type(exc).__name__}: {str(exc)[:200]}",
        )
        return None
    metrics.PARTIES_READ.inc(len(parties))
    return parties


def party_mentions(
    parties: Sequence[Party], lists: Lists, known: Sequence[EntityMention] = ()
) -> list[EntityMention]:
    """Screening-list and watchlist entries each party's name or alias matches, one per entry and team.

    Routes already in `known` (the prose mentions) are not repeated. Offsets are None: they would point
    into a party's name, not into a document field."""
    seen = {(m.list, m.entry_id, m.team_id, key_of(m.canonical_name)) for m in known}
    best: dict[tuple[str, str | None, str | None, str], EntityMention] = {}
    for party in parties:
        for name in (party.name, *party.aliases):
            for m in lists.find_whole(name, PARTIES_FIELD):
                route = (m.list, m.entry_id, m.team_id, key_of(m.canonical_name))
                # One mention per route, the surest: a name or alias as listed beats a near spelling.
                if route not in seen and (route not in best or _rank(m) > _rank(best[route])):
                    best[route] = m.model_copy(update={"start": None, "end": None})
    return list(best.values())


def _rank(m: EntityMention) -> tuple[bool, float]:
    return m.match_kind is not MatchKind.FUZZY, m.score


def with_parties(
    document: DocumentSeen, lists: Lists, tags: Iterable[str], entities: list[EntityMention]
) -> tuple[list[Party] | None, list[EntityMention]]:
    """classify()'s one call: the document's parties, and the entities plus the parties' list matches."""
    parties = read_parties(document, tags)
    if not parties:
        return parties, entities
    return parties, entities + party_mentions(parties, lists, entities)
