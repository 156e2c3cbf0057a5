"""The lists classify() matches against: the screening list and every team's watchlist, as matchers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

from spellchecker import SpellChecker

from classifier.countries import COUNTRY_KEYS
from classifier.matcher import Matcher, NamedTarget, Target
from classifier.names import SUFFIXES, Token, key_of, tokens
from schemas.events import EntityMention, MatchKind, ScreeningEntry, WatchlistEntry
from screening.csl import BUNDLED_SNAPSHOT, load

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


# Government bodies every state has: the bare name is no listed party ("a former official of Xland's Ministry
# of Defence"); the listed ones are known by longer names ("Ministry of Defense and Armed Forces Logistics").
# An army is known by its common name too: "People's Liberation Army" in the news is China's, though the SDN
# list also gives it as another group's alias.
GENERIC_BODIES: frozenset[str] = frozenset({"ministry of defense", "peoples liberation army"})


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


NOT_NAMES = STOP_WORDS | GENERIC_WORDS | SUFFIXES
# A dictionary word rarer than this is not an ordinary English word (every word of pyspellchecker's en list is
# at least as frequent today).
ENGLISH_MIN_COUNT = 50
# "AL-ASSAD, Bashar": the SDN list writes individuals surname first; the news writes "Bashar al-Assad".
SURNAME_FIRST = re.compile(r"^([^,]{2,60}),\s*([^,]{2,60})$")


def given_name_first(name: str) -> str | None:
    """An individual's listed 'SURNAME, Given' as 'Given SURNAME', or None when it is not written so."""
    m = SURNAME_FIRST.match(name.strip())
    return f"{m.group(2)} {m.group(1)}" if m else None


def first_given_name_first(name: str) -> str | None:
    """'KHAMENEI, Ali Husseini' as 'Ali KHAMENEI': news drops middle names and patronymics."""
    m = SURNAME_FIRST.match(name.strip())
    if not m:
        return None
    given = m.group(2).split()
    return f"{given[0]} {m.group(1)}" if len(given) >= 2 and len(given[0]) >= 2 else None


# Arabic names may open with a kunya ("AL-JAWLANI, Abu Muhammad"), which the news drops or keeps whole.
KUNYA = frozenset({"abu", "umm"})


def without_kunya(name: str) -> str | None:
    """'Muhammad AL-JAWLANI' for 'AL-JAWLANI, Abu Muhammad', or None when the name opens with no kunya."""
    m = SURNAME_FIRST.match(name.strip())
    if not m:
        return None
    given = m.group(2).split()
    return f"{given[1]} {m.group(1)}" if len(given) >= 2 and given[0].casefold() in KUNYA else None


# An acronym alias is as long as a word: shorter ones collide with ordinary acronyms ("MIT", "ESG").
ACRONYM_MIN = 4


def acronym_of(alias: str, name: str) -> bool:
    """Whether `alias` is an acronym of `name`: its capitals are initials of the name's words, in order.

    The SDN list writes every name in capitals, so "HOMA" (an alias of IRAN AIR) looks like "NIOC" (of
    NATIONAL IRANIAN OIL COMPANY); only the initials tell them apart."""
    if not (ACRONYM_MIN <= len(alias) <= 6 and alias.isalpha() and alias.isupper()):
        return False
    initials = [t.norm[0].upper() for t in tokens(name) if t.norm[:1].isalpha()]
    if not initials or initials[0] != alias[0]:
        return False
    rest = iter(initials[1:])
    return all(letter in rest for letter in alias[1:])


def place_words(entries: Sequence[ScreeningEntry]) -> frozenset[str]:
    """Words of listed addresses more often than of listed names: places ("Shenzhen" is, "Huawei" is not)."""
    in_addresses: Counter[str] = Counter()
    in_names: Counter[str] = Counter()
    for entry in entries:
        own = {t.norm for t in tokens(entry.name)}
        in_names.update(own)
        for address in entry.addresses:
            in_addresses.update({t.norm for t in tokens(address)} - own)
    return frozenset(w for w, n in in_addresses.items() if n > in_names[w])


def leading_words(entries: Sequence[ScreeningEntry], places: frozenset[str] | None = None) -> dict[str, str]:
    """The entries news names by one distinctive leading word ("Huawei", "Hikvision"): entry key -> word.

    A word qualifies when it reads like a name rather than a place or a description: at least four letters,
    no stop or generic word, never a word of any listed address (so "Shenzhen" or "Hangzhou" never do), and
    it leads most of the listed names it occurs in. A city before it is skipped ("Hangzhou Hikvision ...").
    """
    people: set[str] = set()
    for entry in entries:
        if (entry.entity_type or "").casefold() == "individual":
            people |= {t.norm for t in tokens(entry.name)}  # "Hassan" names people, not "Hassan Trading"
    not_names = NotNames((place_words(entries) if places is None else places) | people, english_words())
    leading: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    written: dict[str, str] = {}
    chosen: dict[str, tuple[tuple[bool, int], str]] = {}
    for entry in entries:
        kind = (entry.entity_type or "").casefold()
        if kind in {"individual", "vessel", "aircraft"}:
            continue
        written_words = tokens(entry.name)
        words = [t for i, t in enumerate(written_words) if i == 0 or t.norm not in SUFFIXES]
        norms = {t.norm for t in words}
        # Untyped rows hold people too ("Andrey Shevlyakov"): a company name carries a generic word or a form,
        # unless its distinctive word was already seen leading a company's name ("Huawei Cuba").
        company = any(w in GENERIC_WORDS or w in SUFFIXES for w in (t.norm for t in written_words))
        if kind != "entity" and not company and not any(w in leading for w in norms):
            continue
        anywhere.update(norms)
        if (found := _leading(words, not_names)) is not None:
            leading[found.norm] += 1
            written.setdefault(found.norm, entry.name[found.start : found.end])
            # The entry a short form stands for: the one whose other words are generic ("Huawei Technologies
            # Co., Ltd." rather than "Huawei Cuba"), then the shortest.
            rank = (bool(norms - {found.norm} - GENERIC_WORDS - SUFFIXES), len(entry.name))
            if found.norm not in chosen or rank < chosen[found.norm][0]:
                chosen[found.norm] = (rank, entry.key)
    return {chosen[w][1]: written[w] for w, n in leading.items() if n >= 0.8 * anywhere[w]}


def english_words() -> Mapping[str, int]:
    """Ordinary English words ("latest", "dolphin", "apex"), which never stand alone for a listed name, with
    their frequencies (those below ENGLISH_MIN_COUNT do not count)."""
    return SpellChecker(language="en").word_frequency.dictionary


@dataclass(frozen=True)
class NotNames:
    """Words no short form may be: places, people's names and ordinary English words.

    The dictionary is read in place (160,572 words) rather than copied into a set with the others."""

    words: AbstractSet[str]
    english: Mapping[str, int]

    def __contains__(self, word: object) -> bool:
        """Whether the word is one of them."""
        if word in self.words:
            return True
        return isinstance(word, str) and self.english.get(word, 0) >= ENGLISH_MIN_COUNT


def _leading(words: list[Token], places: Container[str]) -> Token | None:
    """The first name-like word among the first three, if only places and generic words come before it."""
    for i, word in enumerate(words[:3]):
        if _name_like(word.norm, places):
            return word if i + 1 < len(words) else None
        if word.norm not in places and word.norm not in GENERIC_WORDS and word.norm not in STOP_WORDS:
            return None
    return None


def _name_like(word: str, places: Container[str]) -> bool:
    return len(word) >= 4 and word.isalpha() and word not in NOT_NAMES and word not in places


def screening_targets(
    entries: Iterable[ScreeningEntry], places: frozenset[str] | None = None
) -> Iterable[NamedTarget]:
    """Each entry's name and alt_names as matcher inputs, plus the short forms news uses for them."""
    entries = list(entries)
    short_forms = leading_words(entries, places)
    for entry in entries:
        kind = (entry.entity_type or "").casefold()
        exact = Target(entry.name, entry.list, entry.entry_id, MatchKind.EXACT)
        yield NamedTarget(entry.name, exact, single_word_ok=kind != "vessel")
        alias_target = Target(entry.name, entry.list, entry.entry_id, MatchKind.ALIAS)
        for alias in entry.alt_names:
            yield NamedTarget(alias, alias_target, single_word_ok=False)
        if kind == "individual":
            # Named in the order the text wrote it: "Bashar al-Assad" comes out as "Bashar AL-ASSAD", so an
            # alert reads as the news does, while "Kim Jong Un" (the list's order) stays "KIM, Jong Un".
            turned_target = Target(
                given_name_first(entry.name) or entry.name, entry.list, entry.entry_id, MatchKind.ALIAS
            )
            for name in (entry.name, *entry.alt_names):
                for turned in (
                    given_name_first(name),
                    first_given_name_first(name),
                    without_kunya(name),
                ):
                    if turned is not None:
                        yield NamedTarget(turned, turned_target, single_word_ok=False)
            continue
        if kind != "vessel":
            acronym = Target(entry.name, entry.list, entry.entry_id, MatchKind.ALIAS, short=True)
            for alias in entry.alt_names:
                if acronym_of(alias, entry.name):
                    # Written in capitals in the text, as a short form must be ("NIOC", not "Nioc").
                    yield NamedTarget(alias, acronym)
        if (word := short_forms.get(entry.key)) is not None:
            short = Target(entry.name, entry.list, entry.entry_id, MatchKind.ALIAS, short=True, leading=True)
            yield NamedTarget(word, short)


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
    """The matcher over a screening list (with the common-word stop rule).

    A place alone names no party: "(Beijing)" in "Semiconductor Manufacturing International (Beijing)
    Corporation" says where the entry is, and must not make every "Beijing" in the news a mention of it."""
    entries = list(entries)
    places = place_words(entries)
    # An acronym of a listed name is that name even where addresses use it ("NIOC Building, Tehran").
    acronyms = {key_of(a) for e in entries for a in e.alt_names if acronym_of(a, e.name)}
    return Matcher(
        screening_targets(entries, places), STOP_WORDS | GENERIC_BODIES | (places - acronyms), GENERIC_WORDS
    )


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

    def find_whole(self, name: str, field: str) -> list[EntityMention]:
        """Entries a name given whole (a rule's party) matches: as in text, else by whole-name spelling."""
        return [
            m
            for matcher in (self.screening, self.watchlists)
            for m in (matcher.find(name, field) or matcher.closest(name, field))
        ]


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


def bundled_lists() -> Lists:
    """The bundled May-2022 screening list as matchers (what the corpus labels were checked against)."""
    return Lists(screening=screening_matcher(load(BUNDLED_SNAPSHOT.read_bytes())))
