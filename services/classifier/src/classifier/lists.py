"""The lists classify() matches against: the screening list and every team's watchlist, as matchers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from classifier.countries import COUNTRY_KEYS
from classifier.matcher import Matcher, NamedTarget, Target
from schemas.events import EntityMention, MatchKind, ScreeningEntry, WatchlistEntry

WATCHLIST = "watchlist"
# One-word list names that are ordinary words in export-control prose; they only match inside longer names.
STOP_WORDS: frozenset[str] = frozenset(
    {
        "entity", "entities", "list", "commerce", "department", "bureau", "industry", "security", "export",
        "exports", "government", "state", "states", "united", "national", "international", "general",
        "license", "licence", "order", "rule", "final", "federal", "register", "trade", "office", "group",
        "company", "aviation", "airways", "holdings", "technology", "technologies", "university", "institute",
        "research", "center", "centre", "bank", "energy", "shipping", "trading", "services", "system",
        "systems", "electronics", "engineering", "science", "defense", "defence", "military", "ministry",
        "army", "navy", "police", "court", "global", "capital", "star", "ocean", "sky", "blue", "gold",
        "golden", "silver", "royal", "eagle", "falcon", "phoenix", "victory", "hope", "unity", "peace",
        "liberty", "future", "prime", "alpha", "delta", "omega", "sigma", "sunrise", "harmony", "pacific",
        "atlantic", "asia", "europe", "africa", "america", "middle", "east", "west", "north", "south",
        "islamic", "arab", "muslim", "chinese", "russian", "iranian", "korean", "syrian",
        "sanctions", "treasury", "president", "minister", "commission", "council", "agency", "authority",
        "network", "networks",
        # One-word CSL names that are also ordinary words of a full Federal Register issue (FR 2016-04-15,
        # 146 documents): 31 of 715 one-word names; the distinctive ones (e.g. "Hizballah") are kept.
        "arsenal", "day", "intersection", "its", "limited", "london", "loop", "mid", "mrs", "offshore",
        "private", "solid", "wheels", "world", "holding", "usa", "denise", "tara",
    }
) | COUNTRY_KEYS  # fmt: skip


# Words of generic descriptions; a multi-word alias made only of these ("National Bank") is not a name.
GENERIC_WORDS: frozenset[str] = frozenset(
    {
        "national", "bank", "electronics", "electronic", "systems", "system", "engineering", "center",
        "centre", "research", "institute", "university", "technology", "technologies", "industry",
        "industries", "trading", "services", "service", "group", "international", "general", "global",
        "development", "science",
        "sciences", "energy", "commercial", "central", "state", "federal", "ministry", "department", "office",
        "committee", "council", "of", "and", "for", "the", "new", "first", "united", "import", "export",
    }
)  # fmt: skip


def screening_targets(entries: Iterable[ScreeningEntry]) -> Iterable[NamedTarget]:
    """Each entry's name and alt_names as matcher inputs."""
    for entry in entries:
        vessel = (entry.entity_type or "").casefold() == "vessel"
        exact = Target(entry.name, entry.list, entry.entry_id, MatchKind.EXACT)
        yield NamedTarget(entry.name, exact, single_word_ok=not vessel)
        for alias in entry.alt_names:
            yield NamedTarget(
                alias, Target(entry.name, entry.list, entry.entry_id, MatchKind.ALIAS), single_word_ok=False
            )


def watchlist_targets(entries: Iterable[WatchlistEntry]) -> Iterable[NamedTarget]:
    """Each team entry's name and aliases as matcher inputs, carrying the team id for routing."""
    for entry in entries:
        exact = Target(entry.name, WATCHLIST, entry.entry_id, MatchKind.EXACT, team_id=entry.team_id)
        yield NamedTarget(entry.name, exact)
        for alias in entry.aliases:
            yield NamedTarget(
                alias, Target(entry.name, WATCHLIST, entry.entry_id, MatchKind.ALIAS, team_id=entry.team_id)
            )


def screening_matcher(entries: Iterable[ScreeningEntry]) -> Matcher:
    """The matcher over a screening list (with the common-word stop rule)."""
    return Matcher(screening_targets(entries), STOP_WORDS, GENERIC_WORDS)


def watchlist_matcher(entries: Iterable[WatchlistEntry]) -> Matcher:
    """The matcher over team watchlists: a team chose its names, so only the length rule applies."""
    return Matcher(watchlist_targets(entries))


@dataclass(frozen=True)
class Lists:
    """An immutable snapshot of both matchers; classify() reads it and never changes it."""

    screening: Matcher = field(default_factory=lambda: Matcher(()))
    watchlists: Matcher = field(default_factory=lambda: Matcher(()))

    def find(self, text: str, field: str) -> list[EntityMention]:
        """Mentions of screening-list and watchlist names in one field's text."""
        return self.screening.find(text, field) + self.watchlists.find(text, field)


class ListState:
    """The current lists as compacted topics describe them: apply each record, take snapshots to classify."""

    def __init__(self, screening: Matcher | None = None) -> None:
        """Start empty (or from a prebuilt screening matcher, e.g. the bundled snapshot)."""
        self.screening: dict[str, ScreeningEntry] = {}
        self.watch: dict[str, WatchlistEntry] = {}
        self._snapshot = Lists(screening or Matcher(()), Matcher(()))
        self._screening_dirty = False
        self._watch_dirty = False

    def apply_screening(self, key: str, entry: ScreeningEntry | None) -> None:
        """A record of the screening-list topic: a value replaces, a tombstone removes."""
        if entry is None:
            self._screening_dirty |= self.screening.pop(key, None) is not None
        else:
            self.screening[key] = entry
            self._screening_dirty = True

    def apply_watch(self, key: str, entry: WatchlistEntry | None) -> None:
        """A record of the watchlist topic: a value replaces, a tombstone removes."""
        if entry is None:
            self._watch_dirty |= self.watch.pop(key, None) is not None
        else:
            self.watch[key] = entry
            self._watch_dirty = True

    @property
    def dirty(self) -> bool:
        """Whether records arrived since the last snapshot."""
        return self._screening_dirty or self._watch_dirty

    def snapshot(self) -> Lists:
        """The lists as of now, rebuilding only the matcher whose records changed."""
        if self.dirty:
            screening = (
                screening_matcher(self.screening.values())
                if self._screening_dirty
                else self._snapshot.screening
            )
            watch = watchlist_matcher(self.watch.values()) if self._watch_dirty else self._snapshot.watchlists
            self._snapshot = Lists(screening, watch)
            self._screening_dirty = self._watch_dirty = False
        return self._snapshot
