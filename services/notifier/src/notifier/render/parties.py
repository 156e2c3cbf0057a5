"""The parties a rule names, as one team reads them: its own watchlist hits first and marked."""

from __future__ import annotations

from dataclasses import dataclass

from notifier.routing.matching import fold
from notifier.routing.revisions import PartyChanges
from schemas.events import DocumentClassified, EntityMention, Party

PARTY_LIMIT = 20
NAME_LIMIT = 200
ADDRESS_LIMIT = 160
# The marker a team's own hit carries in every format (tests hold that no other team's rendering has it).
WATCH_MARK = "★"


def shorten(text: str, limit: int) -> str:
    """text on one line, cut at a word boundary to at most limit characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    # A word boundary only when it keeps most of the text (a long unbroken token is cut where it is).
    if space > limit // 2:
        cut = cut[:space].rstrip(" ,;")
    return cut + "…"


@dataclass(frozen=True)
class WatchHit:
    """The reading team's watched name a party matched, and how well."""

    watched: str
    score: float


@dataclass(frozen=True)
class PartyLine:
    """One party as displayed."""

    name: str
    destination: str | None
    action: str | None
    address: str | None
    hit: WatchHit | None = None


@dataclass(frozen=True)
class PartyListing:
    """The parties shown (at most the limit), how many the document lists, how many the team watches."""

    lines: tuple[PartyLine, ...]
    total: int
    watched: int

    @property
    def more(self) -> int:
        """How many parties are not shown."""
        return self.total - len(self.lines)


def _contains(haystack: str, needle: str) -> bool:
    return bool(needle) and f" {needle} " in f" {haystack} "


def _hit(party: Party, hits: list[EntityMention]) -> WatchHit | None:
    names = [fold(n) for n in (party.name, *party.aliases)]
    found = [m for m in hits if any(_contains(n, fold(m.text)) or n == fold(m.canonical_name) for n in names)]
    if not found:
        return None
    best = max(found, key=lambda m: m.score)
    return WatchHit(best.canonical_name, best.score)


def _line(party: Party, hit: WatchHit | None) -> PartyLine:
    return PartyLine(
        name=shorten(party.name, NAME_LIMIT),
        destination=party.country or party.destination,
        action=party.action.value if party.action else None,
        address=shorten(party.address, ADDRESS_LIMIT) if party.address else None,
        hit=hit,
    )


def party_listing(event: DocumentClassified, limit: int = PARTY_LIMIT) -> PartyListing | None:
    """The event's parties for display, its team's hits first; None when the event lists none.

    The event must be one team's view (`routing.matching.for_team`): every watchlist mention left in it
    is the reader's own, so every hit shown is too.
    """
    if not event.parties:
        return None
    hits = [m for m in event.entities if m.team_id is not None]
    found = [(p, _hit(p, hits)) for p in event.parties] if hits else [(p, None) for p in event.parties]
    # Stable: hits by score, then the rest in the document's order.
    ordered = sorted(enumerate(found), key=lambda item: _rank(item[0], item[1][1]))
    lines = tuple(_line(p, h) for _, (p, h) in ordered[:limit])
    return PartyListing(lines, len(found), sum(1 for _, h in found if h is not None))


def _rank(position: int, hit: WatchHit | None) -> tuple[bool, float, int]:
    return hit is None, -(hit.score if hit else 0.0), position


def describe(line: PartyLine) -> str:
    """A party on one plain-text line: name, destination, action, address and the team's hit."""
    facts = [f for f in (line.destination, line.action) if f]
    text = line.name + (f" ({', '.join(facts)})" if facts else "")
    if line.address:
        text += f" — {line.address}"
    if line.hit is not None:
        text = f"{WATCH_MARK} {text} [your watchlist: {line.hit.watched}, score {line.hit.score:.2f}]"
    return text


def describe_party(party: Party) -> str:
    """A party of a revision on one line: name and destination."""
    destination = party.country or party.destination
    return shorten(party.name, NAME_LIMIT) + (f" ({destination})" if destination else "")


def revision_lines(changes: PartyChanges, limit: int = PARTY_LIMIT) -> list[str]:
    """What changed, one plain-text line per party (at most limit, then how many more)."""
    lines = [f"+ added: {describe_party(p)}" for p in changes.added]
    lines += [f"− removed: {describe_party(p)}" for p in changes.removed]
    lines += [f"~ renamed: {describe_party(a)} → {describe_party(b)}" for a, b in changes.renamed]
    lines += [
        f"~ destination changed: {describe_party(a)} → {b.country or b.destination or 'none'}"
        for a, b in changes.moved
    ]
    if len(lines) > limit:
        return [*lines[:limit], f"…and {len(lines) - limit} more changes"]
    return lines
