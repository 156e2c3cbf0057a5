"""Listed-name matcher: Aho-Corasick over normalised text, with rapidfuzz near-miss confirmation."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import ahocorasick
from rapidfuzz import fuzz, process

from classifier.countries import COUNTRIES
from classifier.countries import PATTERN as COUNTRY_FORMS
from classifier.names import LEADING_FORMS, SUFFIXES, Token, key_of, keys_of, strip_forms, tokens
from schemas.events import EntityMention, MatchKind

# A one-word name shorter than this is a word, not a name ("AO", "Sun"); short acronyms need exact case.
MIN_SINGLE_WORD = 4
ACRONYM_MAX = 6
FUZZY_MIN_SCORE = 90.0
LAST_WORD_MIN_SCORE = 75.0
# Candidates checked per two-word anchor: a cap keeps the per-document cost flat in the list size.
ANCHOR_CAP = 64
# Keys per block of the whole-name index: a common word ("technology") must not make a lookup scan the list.
BLOCK_CAP = 512
SCORE = {MatchKind.EXACT: 1.0, MatchKind.ALIAS: 0.97}
# Characters per word in the automaton's alphabet, and the code of a word of the text that is in no key.
CODE_DIGITS = 2
UNKNOWN = "\x00" * CODE_DIGITS


@dataclass(frozen=True, slots=True)
class Target:
    """What a matched name points at: one entry of a screening list or of a team's watchlist."""

    canonical_name: str
    list: str
    entry_id: str
    kind: MatchKind
    short: bool = False
    team_id: str | None = None
    # A name's distinctive leading word as news writes it ("Huawei", "Hikvision"): capitalised, not in caps.
    leading: bool = False


@dataclass(frozen=True, slots=True)
class NamedTarget:
    """A name as written in a list, and the entry it belongs to."""

    name: str
    target: Target
    # Aliases and vessel names are often a bare word ("Forest", "Hassan"); only full names may be one word.
    single_word_ok: bool = True


def stopped(key: str, short: bool, stop_words: frozenset[str], generic: frozenset[str] = frozenset()) -> bool:
    """Whether a key is too short or too common to match on its own (the false-positive rule)."""
    words = key.split(" ")
    if all(word in SUFFIXES for word in words):
        return True  # "LIMITED", "Co., Ltd." alone name nobody
    if len(key) - key.count(" ") < MIN_SINGLE_WORD:
        return True  # "H.K.", "A B"
    if " " in key:
        # "National Bank", "Engineering Center": aliases made of generic words only.
        return key in stop_words or all(word in generic or word in SUFFIXES for word in words)
    return len(key) < MIN_SINGLE_WORD or key in stop_words or (short and len(key) < 3)


def three_letter_name(item: NamedTarget, key: str, short: bool, stop_words: frozenset[str]) -> bool:
    """Whether a listed entry's own name is a three-letter word in capitals ("DJI"): news writes it so too.

    Aliases and vessels stay out: a three-letter alias is an abbreviation many others share."""
    return (
        not short
        and len(key) == 3
        and key.isalnum()
        and key not in stop_words
        and item.single_word_ok
        and item.target.kind is MatchKind.EXACT
        and len(item.name.strip()) == 3
        and item.name.strip().isupper()
    )


class Matcher:
    """Finds every listed name in a text in one pass; the cost grows with the text, not the list."""

    def __init__(
        self,
        names: Iterable[NamedTarget],
        stop_words: frozenset[str] = frozenset(),
        generic: frozenset[str] = frozenset(),
    ) -> None:
        """Build the automaton over every name's normalised keys (main name and parenthesised short name)."""
        self._stop = stop_words
        found: dict[str, list[Target]] = {}
        for item in names:
            for key, short in keys_of(item.name).items():
                if three_letter_name(item, key, short, stop_words):
                    # Kept as a short form, so only the name in capitals matches it ("DJI", not "dji").
                    short = True
                elif stopped(key, short, stop_words, generic) or (
                    " " not in key and not short and not item.single_word_ok
                ):
                    continue
                target = item.target
                if short and not target.short:
                    target = Target(
                        target.canonical_name, target.list, target.entry_id, target.kind, True, target.team_id
                    )
                found.setdefault(key, []).append(target)
        for targets in found.values():
            # The most specific entry first: a full name over an alias, the shortest canonical name per list.
            targets.sort(
                key=lambda t: (t.kind is not MatchKind.EXACT, t.leading, t.short, len(t.canonical_name))
            )
        anchors: dict[str, list[str]] = {}
        for key in found:
            words = key.split(" ")
            if len(words) >= 3:
                bucket = anchors.setdefault(" ".join(words[:2]), [])
                if len(bucket) < ANCHOR_CAP:
                    bucket.append(key)
        self.size = len(found)
        # The automaton reads each word as one code (see word_codes), not letter by letter: a fourth of the
        # trie nodes of the space-padded letter keys it read before (a node is 48 bytes), only whole-word
        # hits by construction, and one step per code character of the text instead of one per letter.
        self._codes = word_codes({word: None for key in found for word in key.split(" ")})
        self._automaton = ahocorasick.Automaton()
        for key, targets in found.items():
            self._automaton.add_word(self._code(key), (key, tuple(targets), tuple(anchors.pop(key, ()))))
        for anchor, keys in anchors.items():
            self._automaton.add_word(self._code(anchor), (anchor, (), tuple(keys)))
        if len(self._automaton):
            self._automaton.make_automaton()
        # A crowded block of the whole-name index ("muhammad") keeps its first BLOCK_CAP keys in the order
        # the letter-level automaton listed them; trie_order finds that order from the insertion order.
        self._order: tuple[str, ...] | None = tuple(found)
        self._blocks: dict[str, list[str]] | None = None

    def _code(self, key: str) -> str:
        """A listed key as the automaton reads it."""
        return "".join([self._codes[word] for word in key.split(" ")])

    def find(self, text: str, field: str = "text") -> list[EntityMention]:
        """Every listed name in text, as mentions with the span as written (longest match wins)."""
        if not len(self._automaton) or not text:
            return []
        toks = tokens(text)
        # A word no listed name has breaks every match across it: it reads as a code no key holds.
        codes = self._codes
        coded = "".join([codes.get(t.norm, UNKNOWN) for t in toks])
        hits: list[tuple[int, int, tuple[Target, ...], float, MatchKind | None]] = []
        fuzzy_anchors: list[tuple[int, tuple[str, ...]]] = []
        for end, (key, targets, anchor_keys) in self._automaton.iter(coded):
            last = end // CODE_DIGITS
            first = last - key.count(" ")
            if targets:
                hits.append((first, last, targets, 1.0, None))
            if anchor_keys:
                fuzzy_anchors.append((first, anchor_keys))
        hits.extend(self._fuzzy(text, toks, fuzzy_anchors, hits))
        return self._mentions(text, field, toks, hits)

    def closest(self, name: str, field: str) -> list[EntityMention]:
        """Entries spelled nearly like a name given whole (a party of a rule), a typo in any of its words.

        find() reads free text, so it compares near-misses only where a name's first two words occur; a
        party's name is known to be one name, so every entry sharing a word or a word's first four letters
        with it is compared whole."""
        key = key_of(name)
        if not key or not len(self._automaton):
            return []
        blocks = self._block_index()
        # Sorted: extractOne keeps the first of equal scores, and a set's order changes with the hash seed.
        candidates = sorted({k for block in _blocks_of(key) for k in blocks.get(block, ())})
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE)
        if best is None:
            return []
        found, score, _ = best
        targets: tuple[Target, ...] = self._automaton.get(self._code(found))[1]
        out, seen = [], set()
        for target in targets:
            if (route := (target.list, target.team_id)) not in seen:
                seen.add(route)
                out.append(
                    EntityMention(
                        text=name,
                        field=field,
                        canonical_name=target.canonical_name,
                        list=target.list,
                        entry_id=target.entry_id,
                        score=round(score / 100.0, 3),
                        match_kind=MatchKind.FUZZY,
                        team_id=target.team_id,
                    )
                )
        return out

    def _block_index(self) -> dict[str, list[str]]:
        """Keys by word and by a word's first four letters, built on first use (most matchers never ask)."""
        if self._blocks is None:
            assert self._order is not None
            blocks: dict[str, list[str]] = {}
            for key in trie_order(self._order):
                for block in _blocks_of(key):
                    bucket = blocks.setdefault(block, [])
                    if len(bucket) < BLOCK_CAP:
                        bucket.append(key)
            self._blocks = blocks
            self._order = None  # the blocks hold what the order was kept for
        return self._blocks

    def _fuzzy(
        self,
        text: str,
        toks: list[Token],
        anchors: list[tuple[int, tuple[str, ...]]],
        exact: list[tuple[int, int, tuple[Target, ...], float, MatchKind | None]],
    ) -> list[tuple[int, int, tuple[Target, ...], float, MatchKind | None]]:
        """Near-misses: where a name's first two words occur, compare the window of its length."""
        starts = {first for first, *_ in exact}
        out: list[tuple[int, int, tuple[Target, ...], float, MatchKind | None]] = []
        for first, keys in anchors:
            if first in starts:
                continue
            best: tuple[float, int, str] | None = None
            for key in keys:
                n = key.count(" ") + 1
                last = first + n - 1
                if last >= len(toks) or not contiguous(text, toks, first, last):
                    continue
                words = strip_forms([t.norm for t in toks[first : last + 1]])
                # A near-miss differs in spelling, not in its last word ("Prevention is" != "... Institute").
                if fuzz.ratio(words[-1], key.rsplit(" ", 1)[-1]) < LAST_WORD_MIN_SCORE:
                    continue
                score = fuzz.ratio(" ".join(words), key)
                if score >= FUZZY_MIN_SCORE and (best is None or score > best[0]):
                    best = (score, last, key)
            if best is not None:
                score, last, key = best
                value = self._automaton.get(self._code(key))
                out.append((first, last, value[1], score / 100.0, MatchKind.FUZZY))
        return out

    def _mentions(
        self,
        text: str,
        field: str,
        toks: list[Token],
        hits: list[tuple[int, int, tuple[Target, ...], float, MatchKind | None]],
    ) -> list[EntityMention]:
        """Resolve overlaps (longest first) and turn token ranges into mentions spanning the written form."""
        # Of two names as long, the one within a clause wins: "Gilberto Rodriguez Orejuela, Miguel Angel
        # Rodriguez Orejuela" lists two brothers, and "Rodriguez Orejuela, Miguel Angel" across the comma is
        # the list's order read out of an enumeration.
        hits.sort(key=lambda h: (-(h[1] - h[0]), "," in text[toks[h[0]].start : toks[h[1]].end], h[0], -h[3]))
        taken: set[int] = set()
        out: list[EntityMention] = []
        for first, last, targets, score, kind in hits:
            if any(i in taken for i in range(first, last + 1)):
                continue
            span_tokens = range(first, last + 1)
            if not self._case_ok(text, toks, first, last, targets):
                continue
            if (
                first == last
                and all(t.leading for t in targets)
                and _inside_a_name(text, toks, first, self._stop)
            ):
                continue
            if first == last and all(t.leading for t in targets) and _names_a_place(text, toks, first):
                continue  # "a branch in Foodong, Xland": the city "Foodong Bar Trade Co." is named for
            if first == last and all(t.leading for t in targets) and _MODEL.match(text, toks[last].end):
                continue  # "Foo-136 drones": a model named for its maker's word, not the maker
            if _runs_into_possessive(text, toks, last):
                continue  # "Qurban" of "Qurban Haram's leader": the name goes on, and its owner is no party
            if first == last and all(t.leading for t in targets):
                first = _lead_written(text, toks, first, targets[0].canonical_name)
                span_tokens = range(first, last + 1)
            start, end = written_span(text, toks, first, last)
            opened = text.count("(", start, end) - text.count(")", start, end)
            if opened == 1 and text.startswith(")", end):
                end += 1  # "Foo Holding Group (Shanghai)": the bracket the name opened closes it
            elif opened:
                # A span cut through a bracket ("Dalian) Carbon" of "Foo (Dalian) Carbon Corporation") is a
                # piece of the longer name around it.
                continue
            taken.update(span_tokens)
            seen: set[tuple[str, str | None]] = set()
            for target in targets:
                # One mention per list (and per team): 24 Huawei rows on one list are one mention.
                route = (target.list, target.team_id)
                if route in seen:
                    continue
                seen.add(route)
                match_kind = kind or (MatchKind.ALIAS if target.short else target.kind)
                out.append(
                    EntityMention(
                        text=text[start:end],
                        field=field,
                        start=start,
                        end=end,
                        canonical_name=target.canonical_name,
                        list=target.list,
                        entry_id=target.entry_id,
                        score=round(score if kind else SCORE.get(match_kind, 1.0) * _discount(target), 3),
                        match_kind=match_kind,
                        team_id=target.team_id,
                    )
                )
        out.sort(key=lambda m: m.start or 0)
        return out

    @staticmethod
    def _case_ok(text: str, toks: list[Token], first: int, last: int, targets: tuple[Target, ...]) -> bool:
        """A hit must look like a name: a capital somewhere, one word capitalised, acronyms in caps."""
        if not any(c.isupper() for c in text[toks[first].start : toks[last].end]):
            return False
        if first != last:
            # A name ends in a capitalised word ("Bank of China", "Ansar al-Islam"; a hyphenated word is one
            # word, "Sumiyoshi-kai"): "Iranian oil" is a phrase that happens to open a listed name.
            closing = text[toks[first].start : toks[last].end].split()[-1]
            return any(c.isupper() or c.isdigit() for c in closing)
        written = text[toks[first].start : toks[first].end]
        # "Intra-company", "Multi-year": the opening of a hyphenated word is no name.
        after = text[toks[first].end : toks[first].end + 2]
        if after[:1] == "-" and after[1:].islower():
            return False
        # "iFlytek", "eHi": a brand written with a lower-case first letter and a capital second.
        if not written[:1].isupper() and not (written[:1].islower() and written[1:2].isupper()):
            return False
        if len(written) <= ACRONYM_MAX and all(t.short and not t.leading for t in targets):
            # "PdVSA" is an acronym too; "Nioc" and "Dji" are words.
            capitals = sum(c.isupper() for c in written)
            return written.isupper() or (len(written) >= 4 and capitals >= len(written) - 1)
        return True


def _inside_a_name(text: str, toks: list[Token], i: int, stop_words: frozenset[str]) -> bool:
    """Whether word i sits inside another capitalised name: "Al Junaid Multi Activities" is another company,
    and its "Multi" no short form of a listed "Multi ..." entry. A possessive, a lower-case word or one of the
    matcher's stop words (the screening list's places among them) before it opens a name instead ("Russia's
    Ardis Group", "Shenzhen Huawei")."""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, after = toks[i - 1], toks[i + 1]
    if text[before.end : toks[i].start].strip() or text[toks[i].end : after.start].strip():
        return False  # a comma, a bracket or a dash between: the word stands apart
    written = text[before.start : before.end]
    if before.norm in stop_words or written.endswith(("'s", "’s")) or not written[:1].isupper():
        return False
    return text[after.start : after.start + 1].isupper()


# Lower-case words inside a name: "Hurras al-Din", "Abu Bakr al-Baghdadi".
NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "de", "del", "da", "der", "van", "von"})


@functools.lru_cache(maxsize=4096)
def _listed_before(canonical: str, word: str) -> tuple[str, ...] | None:
    """The listed words before a short form's leading word, when it is the name's second or third word."""
    # Cached: a leading short form recurs across documents, and tokenising its listed name on each hit
    # repeats the same work.
    listed = [t.norm for t in tokens(canonical)]
    if word not in listed[1:3]:
        return None
    return tuple(listed[: listed.index(word)])


def _lead_written(text: str, toks: list[Token], at: int, canonical: str) -> int:
    """Where a short form's name starts in the text: its leading word, or the words the listed name puts
    before it (a place, an article, a generic word the short form skips) when the text writes them too
    ("Los Qurban" of a listed "LOS QURBAN ORGANIZATION", "Libre Foo SA" of "LIBRE FOO, S.A.")."""
    before = _listed_before(canonical, toks[at].norm)
    if before is None:
        return at
    first = at - len(before)
    if first < 0 or tuple(t.norm for t in toks[first:at]) != before:
        return at
    for i in range(first, at):
        if (
            not text[toks[i].start : toks[i].start + 1].isupper()
            or text[toks[i].end : toks[i + 1].start] != " "
        ):
            return at
    return first


# A place as prose writes it: "in Foo, Xland", "from Foo, the United Arab Emirates".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near|to|of)\s+$")
_PLACE_COMMA = re.compile(r",\s+(?:the\s+)?")


def _names_a_place(text: str, toks: list[Token], at: int) -> bool:
    """Whether one word stands as a place: after a preposition and before a comma and a country's name."""
    start, end = toks[at].start, toks[at].end
    if not _PLACE_BEFORE.search(text, max(0, start - 6), start) or not (
        comma := _PLACE_COMMA.match(text, end)
    ):
        return False
    country = COUNTRY_FORMS.match(text, comma.end())
    return country is not None and country.group(1) in COUNTRIES


# A model's number after a word: "the Foo-136", "Foo-129 drones".
_MODEL = re.compile(r"-\d+\b")


def _runs_into_possessive(text: str, toks: list[Token], last: int) -> bool:
    """Whether the match's name goes on into a possessive: the next word ("Qurban" of "Qurban Haram's"), or a
    particle and the word after it ("Hurras" of "Hurras al-Din's")."""
    i = last + 1
    while i < len(toks) and i <= last + 2 and text[toks[i - 1].end : toks[i].start] in {" ", "-"}:
        written = text[toks[i].start : toks[i].end]
        if written[:1].isupper():
            return written.endswith(("'s", "’s"))
        if written not in NAME_PARTICLES:
            return False
        i += 1
    return False


def word_codes(words: Iterable[str]) -> dict[str, str]:
    """Each word's code: CODE_DIGITS characters, the i-th drawn from the i-th digit's own range.

    Every code has the same length and its first character is from a range no other position uses, so a key
    can only match a text from a word's first character on. A trie node then has at most `base` edges
    (pyahocorasick scans a node's edges one by one: one character per word would give the root one per
    distinct first word, thousands)."""
    words = list(words)
    base = max(2, math.ceil(len(words) ** (1 / CODE_DIGITS)))
    while base**CODE_DIGITS < len(words):  # float rounding
        base += 1
    if 1 + CODE_DIGITS * base >= 0xD800:  # the surrogates' code points
        raise ValueError("more distinct words than codes")
    out: dict[str, str] = {}
    for n, word in enumerate(words):
        digits = []
        for position in reversed(range(CODE_DIGITS)):  # the last digit first: word n's is n % base
            n, digit = divmod(n, base)
            digits.append(chr(1 + position * base + digit))
        out[word] = "".join(reversed(digits))
    return out


def trie_order(keys: Sequence[str]) -> list[str]:
    """Keys in the order a letter-level pyahocorasick trie of the padded keys (" key ") lists its words.

    That trie lists a node's word before its children's, and a node's children newest edge first; an edge is
    as old as the first key added through it. Found here from the keys sorted by code point, a run of keys
    sharing a prefix at a time, so the letter trie (five times the word trie's memory) is never built."""
    if not keys:
        return []
    padded = [f" {key} " for key in keys]
    ranked = sorted(range(len(padded)), key=padded.__getitem__)
    out: list[str] = []
    stack = [(0, len(ranked))]
    while stack:
        lo, hi = stack.pop()
        if hi - lo == 1:
            out.append(keys[ranked[lo]])
            continue
        # The run's common prefix is its first and last key's (sorted); a key that is all of it comes first.
        depth = _common_prefix(padded[ranked[lo]], padded[ranked[hi - 1]])
        if len(padded[ranked[lo]]) == depth:
            out.append(keys[ranked[lo]])
            lo += 1
        runs: list[tuple[int, int, int]] = []
        start = lo
        while start < hi:
            letter = padded[ranked[start]][depth]
            end, oldest = start + 1, ranked[start]
            while end < hi and padded[ranked[end]][depth] == letter:
                oldest = min(oldest, ranked[end])
                end += 1
            runs.append((oldest, start, end))
            start = end
        # Popped last-pushed first: pushing the oldest edge first lists the newest edge's keys first.
        stack.extend((start, end) for _, start, end in sorted(runs))
    return out


def _common_prefix(a: str, b: str) -> int:
    """The length of the prefix two strings share."""
    n = min(len(a), len(b))
    i = 0
    while i < n and a[i] == b[i]:
        i += 1
    return i


def _blocks_of(key: str) -> set[str]:
    """The blocks a key is filed under: each distinctive word, and its first four letters."""
    words = [w for w in key.split(" ") if len(w) >= 3 and w not in SUFFIXES]
    return {f"w:{w}" for w in words} | {f"p:{w[:4]}" for w in words if len(w) >= 4}


def _discount(target: Target) -> float:
    """How much less a short form is worth than the full name it stands for."""
    return 0.85 if target.leading else 0.95 if target.short else 1.0


def written_span(text: str, toks: list[Token], first: int, last: int) -> tuple[int, int]:
    """The match widened over the corporate suffixes and legal forms around it, as the text writes them."""
    while last + 1 < len(toks) and toks[last + 1].norm in SUFFIXES and _joined(text, toks, last):
        last += 1
    for form in LEADING_FORMS:
        n = len(form)
        # "Belshina OAO, Grodno Azot OAO": a form before a comma closes the name before it.
        if (
            first >= n
            and tuple(t.norm for t in toks[first - n : first]) == form
            and form != ("the",)
            and text[toks[first - 1].end : toks[first].start].isspace()
        ):
            first -= n
            break
    end = toks[last].end
    if end < len(text) and text[end] == "." and toks[last].norm in SUFFIXES:
        end += 1
    return toks[first].start, end


def _joined(text: str, toks: list[Token], i: int) -> bool:
    """Whether token i+1 continues the same name (separated by spaces/commas, not a sentence break)."""
    gap = text[toks[i].end : toks[i + 1].start]
    return gap.strip() in {"", ",", ".", ".,"} and (not gap.startswith(". ") or toks[i].norm in SUFFIXES)


def contiguous(text: str, toks: list[Token], first: int, last: int) -> bool:
    """Whether tokens first..last read as one name: no sentence break, semicolon or bracket between them."""
    return not any(ch in text[toks[first].end : toks[last].start] for ch in ";:()[]") and ". " not in "".join(
        text[toks[i].end : toks[i + 1].start] for i in range(first, last) if toks[i].norm not in SUFFIXES
    )
