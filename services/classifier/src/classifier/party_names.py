"""A found party's further names and where its names stand: aliases a text lists, spans countries skip."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from classifier.countries import PATTERN as COUNTRY_NAME
from schemas.events import EntityMention

# "..., Also Known as al-Qa'ida in Yemen", "a.k.a. X", "formerly X": the text lists another name of a party it
# has already named. A short form it introduces in parentheses and goes on to use ("SMIC") stays a mention,
# as the corpus labels it.
ALIAS_CUE = re.compile(
    # "Suhayl Salim Foo, known as Abu Bar"; "Also Known as The Victory Front"; "known in Russian as 'Foo'".
    r"\b(?:(?:also\s+|better\s+|commonly\s+)?known\s+(?:in\s+[A-Z][a-z]+\s+|locally\s+)?as|a\.\s?k\.\s?a\.?|aka|f\.\s?k\.\s?a\.?|fka|"
    r"formerly(?:\s+known\s+as)?|previously\s+known\s+as|also\s+called|(?:also\s+)?spelled|nicknamed)"
    r"[\s,:;'\"“‘(]*(?:the\s+)?$",
    re.IGNORECASE,
)
# A nickname in parentheses right after the name ("Nazario Foo Bar (El Chayo)") is the same party's; an
# acronym there ("SMIC") is the short form the text goes on to use.
NICKNAME_OPEN = re.compile(r"\(\s*(?:[\w'’-]+\s+){0,2}$")
ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,9}")


def without_given_aliases(texts: Mapping[str, str], found: list[EntityMention]) -> list[EntityMention]:
    """The mentions, less each listed entry's further names that the text gives as its aliases.

    One party is one entity: "al-Qa'ida in the Arabian Peninsula (AQAP), Also Known as al-Qa'ida in Yemen"
    names one listed entry three times, and a reader (or a subscriber's alert) wants it once. An alias given
    right after a named party is that party's, whichever entry it also matches ("Abu Foo" is many men's)."""
    # The fields in reading order (title, action, text, body): the name met first is the one kept.
    order = {f: i for i, f in enumerate(texts)}
    first: dict[tuple[str, str], tuple[int, int]] = {}
    ends: dict[tuple[str, str, str], set[int]] = {}
    named: dict[tuple[str, str], list[tuple[tuple[int, int], str]]] = {}
    for m in found:
        if m.entry_id is not None and m.team_id is None and m.start is not None and m.end is not None:
            at = (order.get(m.field, len(order)), m.start)
            key = (m.list, m.entry_id)
            first[key] = min(first.get(key, at), at)
            ends.setdefault((m.field, m.list, m.entry_id), set()).add(m.end)
            named.setdefault(key, []).append((at, m.text))
    named_ends = {(m.field, m.end) for m in found if m.end is not None}
    out = []
    for m in found:
        if m.team_id is None and m.start is not None:
            window = max(0, m.start - 40)
            before = texts.get(m.field, "")[window : m.start]
            given = ALIAS_CUE.search(before)
            # The cue follows the party it renames: "Foo, known as", "Foo (a.k.a.", "Foo (spelled"; a name
            # the text gives so is that party's, listed or not.
            if given and any(
                (m.field, e) in named_ends
                for e in range(window + given.start() - 3, window + given.start() + 1)
            ):
                continue
            if m.entry_id is not None:
                at = (order.get(m.field, len(order)), m.start)
                if given and first[(m.list, m.entry_id)] < at:
                    continue
                nickname = NICKNAME_OPEN.search(before)
                if nickname and not ACRONYM.fullmatch(m.text):
                    opened = window + nickname.start()
                    if {opened - 1, opened} & ends.get((m.field, m.list, m.entry_id), set()):
                        continue
                if not ACRONYM.fullmatch(m.text) and _shortened(m, at, named[(m.list, m.entry_id)]):
                    continue
        out.append(m)
    return out


def _words(name: str) -> tuple[str, ...]:
    """A name's words, case aside."""
    return tuple(re.findall(r"\w+", name.casefold()))


def _shortened(m: EntityMention, at: tuple[int, int], named: list[tuple[tuple[int, int], str]]) -> bool:
    """Whether `m` only repeats the leading or inner words of a longer name of its entry met before it:
    "leaders of La Foo" after "La Foo Michoacana" is the same party again."""
    short = _words(m.text)
    for seen_at, text in named:
        whole = _words(text)
        inner = (whole[i : i + len(short)] for i in range(len(whole) - len(short) + 1))
        if seen_at < at and len(short) < len(whole) and short in inner:
            return True
    return False


def without_bare_surnames(found: list[EntityMention]) -> list[EntityMention]:
    """The mentions, less a single word the text reads as a party when another mention's name ends with it:
    "Haniyah" in a headline beside "Ismail Haniyah" in the text is one man, named twice."""
    words = [_words(m.text) for m in found]
    endings = {w[-1] for w in words if len(w) > 1}
    return [
        m
        for m, w in zip(found, words, strict=True)
        if m.entry_id is not None or m.team_id is not None or len(w) != 1 or w[0] not in endings
    ]


# A list or a committee named for the groups it sanctions: "the U.N. al-Qaida and Taliban sanctions list",
# "the ISIL (Da'esh) and Al-Qaida Sanctions Committee". The groups name the list there, not a party.
LIST_NAMED = re.compile(
    r"(?:(?:[A-Z][\w'’.-]*|al-[\w'’-]+|\([A-Z][\w'’-]*\))(?:,?\s+and\s+|,\s+|\s+))+"
    r"(?i:sanctions\s+(?:lists?|committees?|regimes?))\b"
)


def without_list_names(texts: Mapping[str, str], found: list[EntityMention]) -> list[EntityMention]:
    """The mentions, less listed names that only name a sanctions list or committee ("the al-Qaida and
    Taliban sanctions list"). A team's own watched names stay."""
    spans = {
        field: [m.span() for m in LIST_NAMED.finditer(text)]
        for field, text in texts.items()
        if "sanctions" in text.casefold()
    }
    return [
        m
        for m in found
        if m.team_id is not None
        or m.entry_id is None
        or m.start is None
        or not any(s <= (m.start or 0) < e for s, e in spans.get(m.field, ()))
    ]


# "Osama bin Laden's al-Qaeda network": a name in the possessive right before another party's is its owner,
# named as background. A person named for a tie ("close to President X", "on behalf of Supreme Leader Y")
# stays: the corpus labels such a person when listed, and a listed name is what a subscriber watches.
POSSESSIVE = re.compile(r"['’]s$")
# A group named as what the party is to it ("the Foo affiliate based in Xland", "a Foo offshoot that seized
# the city") is the party's parent, named as background.
KIN_AFTER = re.compile(r"\s+(?:affiliate|offshoot|splinter|franchise|proxy|ally)\b")


def without_owners(texts: Mapping[str, str], found: list[EntityMention]) -> list[EntityMention]:
    """The mentions, less each that only owns the party named next ("Osama bin Laden's al-Qaeda network")
    or is named as its parent ("the al-Qaeda affiliate").

    A team's own watched names stay: a team asked to hear of them wherever they stand."""
    starts = {(m.field, m.start) for m in found}
    out = []
    for m in found:
        if m.team_id is None and m.end is not None and m.field in texts:
            if POSSESSIVE.search(m.text) and (m.field, m.end + 1) in starts:
                continue
            if KIN_AFTER.match(texts[m.field], m.end):
                continue
        out.append(m)
    return out


# The organs and national companies of a state, named for it: the country they name is theirs.
STATE_BODY = re.compile(
    r"\b(?:Government|Central\s+Bank|Ministry|National|(?<!Islamic\s)State|Republic|Air|Airlines|Airways)\b",
    re.IGNORECASE,
)


def state_body(name: str) -> bool:
    """Whether a party's name is a state's organ or national company ("Islamic Republic of Iran Shipping
    Lines"); the country's own name is set aside first, or "Democratic Republic of the Congo" would be one."""
    return STATE_BODY.search(COUNTRY_NAME.sub(" ", name)) is not None


def name_spans(
    texts: Mapping[str, str], entities: Iterable[EntityMention]
) -> dict[str, list[tuple[int, int]]]:
    """Every place in every field where a found party's name stands, not only the span it was found at.

    A country inside a group's name ("Tehrik-e Taliban Pakistan", "al-Qa'ida in Yemen") is no destination,
    and a title-only document repeats its title as its text, where the same name was not found twice. A
    state's own bodies are the exception: "Central Bank of Iran" and "Iran Air" are Iran's."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in entities:
        if m.start is not None and m.end is not None:
            spans.setdefault(m.field, []).append((m.start, m.end))
    names = sorted(
        {m.text for m in entities if len(m.text) > 3 and not state_body(m.text)}, key=len, reverse=True
    )
    if names:
        # One pass per field over all names: a full rule text names hundreds of parties.
        pattern = re.compile("|".join(re.escape(n) for n in names), re.IGNORECASE)
        for field, text in texts.items():
            spans.setdefault(field, []).extend((n.start(), n.end()) for n in pattern.finditer(text))
    return spans
