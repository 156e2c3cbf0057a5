"""The entity mentions a document yields: listed names, short forms it introduces, and parties it names."""

from __future__ import annotations

import re
from collections.abc import Iterable

from classifier.fields import PROSE, field_texts
from classifier.listed_parties import wants_parties
from classifier.lists import Lists
from classifier.names import WRITTEN_FORM, key_of
from classifier.party_names import (
    without_bare_surnames,
    without_given_aliases,
    without_list_names,
    without_owners,
)
from classifier.rule_text import extract, extract_examples, extract_legal_forms
from schemas.events import DocumentSeen, EntityMention, MatchKind

# "University of Electronic Science and Technology of China (UESTC)": the short form the text goes on to use.
INTRODUCED = re.compile(r"\s*\(([A-Z][A-Z0-9&-]{1,9})\)")


def introduced_acronyms(text: str, listed: Iterable[EntityMention]) -> list[EntityMention]:
    """Short forms a text introduces in parentheses right after a listed name, as mentions of its entry."""
    out = []
    for m in listed:
        if m.end is not None and m.team_id is None and (short := INTRODUCED.match(text, m.end)):
            out.append(
                m.model_copy(
                    update={
                        "text": short.group(1),
                        "start": short.start(1),
                        "end": short.end(1),
                        "match_kind": MatchKind.ALIAS,
                    }
                )
            )
    return out


# A name continued by another capitalised word, not by a corporate form ("Co., Ltd."); a particle may join
# them ("Empresa de Transporte ...").
_CONTINUED = re.compile(rf"[ -](?!(?:{WRITTEN_FORM})\b)(?:(?:de|del|da|do|dos|das|la|y|e)\s+)?[A-Z]")


def overlaps(a: EntityMention, b: EntityMention) -> bool:
    """Whether two mentions' spans share a character (fields are compared by the caller)."""
    return a.start is not None and a.end is not None and a.start < (b.end or 0) and (b.start or 0) < a.end


# Latin American forms spell their variable capital out: "S. de R.L. de C.V.".
_FORMS_AT_END = re.compile(
    rf"(?:,?\s+(?:{WRITTEN_FORM})\.?)+$|,\s+S\.\s*(?:A\.|de\s+R\.\s*L\.)(?:\s+de\s+C\.\s*V\.)?$",
    re.IGNORECASE,
)


def truncates(listed: EntityMention, party: EntityMention) -> bool:
    """Whether a list match is only the leading words of a longer party name the text gives."""
    if listed.start != party.start or listed.end is None or party.end is None or listed.end >= party.end:
        return False
    if key_of(party.text) == key_of(_FORMS_AT_END.sub("", listed.canonical_name or "")):
        return False  # the longer name is the listed one in full ("Petroleos de Venezuela")
    return bool(_CONTINUED.match(party.text, listed.end - (party.start or 0)))


# Lower-case words a list's alias began with: "oil company" of the alias "Oil Company Rosneft" in "the Russian
# oil company Rosneft Oil Co.". A name's particles ("bin Laden", "al-Qaeda") stay.
_GENERIC_LEAD = re.compile(r"^(?:(?!(?:al|bin|ibn|de|del|da|van|von|el|la|le|di|du)\b)[a-z]+\s+)+(?=[A-Z])")


def at_the_name(listed: EntityMention) -> EntityMention:
    """A list match read from where the text's name begins, past the lower-case words its alias began with."""
    lead = _GENERIC_LEAD.match(listed.text)
    if lead is None or listed.start is None:
        return listed
    return listed.model_copy(update={"text": listed.text[lead.end() :], "start": listed.start + lead.end()})


def cut_short(found: EntityMention, whole: EntityMention) -> bool:
    """Whether an unlisted name found first is only the opening of a longer one another formula read at the
    same place ("Foo Metals Company" of "Foo Metals Company, Ltd.", where an enumeration was split at the
    comma before the second form)."""
    return (
        found.entry_id is None
        and found.team_id is None
        and found.field == whole.field
        and found.start == whole.start
        and len(found.text) < len(whole.text)
        and whole.text.startswith(found.text)
    )


# Lists that name a person for the case against him: ITAR debarment follows an arms-export conviction, a
# denial order a BIS case. A tagged story with no list change of its own tells the case, whose defendant is
# no party; an untagged one keeps its names, as the tags may be what was missed.
AFTER_THE_CASE = ("ITAR Debarred", "Denied Persons List")


def without_defendants(found: list[EntityMention], tags: Iterable[str]) -> list[EntityMention]:
    """Matches on lists made after a case dropped when the document is tagged but changes no list."""
    tags = list(tags)
    if not tags or wants_parties(tags):
        return found
    return [m for m in found if m.team_id is not None or not m.list.startswith(AFTER_THE_CASE)]


LISTING_TAGS = frozenset(
    {"entity_list.addition", "entity_list.removal", "entity_list.revision", "sanctions.designation",
     "other_list.change", "license.decision"}
)  # fmt: skip


def entities_for(document: DocumentSeen, lists: Lists, tags: Iterable[str] = ()) -> list[EntityMention]:
    """Listed names in every prose field, then names the rule text adds; one mention per entity and route.

    An item that lists, delists or licenses parties also yields the parties it gives as examples, listed or
    not yet ("such as Piotech and SiCarrier")."""
    texts = field_texts(document)
    found: list[EntityMention] = []
    change = document.screening_change
    if change is not None:
        # A screening-list diff names its entry outright; team watchlists are matched against that name too.
        entry = change.entry
        found.append(
            EntityMention(
                text=entry.name,
                field="screening_change",
                start=0,
                end=len(entry.name),
                canonical_name=entry.name,
                list=entry.list,
                entry_id=entry.entry_id,
                score=1.0,
                match_kind=MatchKind.EXACT,
            )
        )
        for name in (entry.name, *entry.alt_names):
            found.extend(m for m in lists.watchlists.find(name, "screening_change") if m.team_id is not None)
    for field in PROSE:
        listed = [at_the_name(m) for m in lists.find(texts[field], field)]
        found.extend(listed)
        found.extend(introduced_acronyms(texts[field], listed))
    listed_keys = {key_of(m.text) for m in found} | {key_of(m.canonical_name) for m in found}
    unlisted = extract(texts) + (extract_examples(texts) if LISTING_TAGS & set(tags) else [])
    if wants_parties(tags):
        # Licence news names exporters ("Intel Corporation"), which are no parties; listings name parties.
        unlisted += extract_legal_forms(texts)
    # A title-only document repeats its title as its text: the same words, the same spans.
    twins = {f: {g for g in PROSE if texts.get(g) == texts.get(f)} | {f} for f in {m.field for m in unlisted}}
    for m in unlisted:
        inside = [n for n in found if n.field in twins[m.field] and overlaps(n, m)]
        if inside and all(cut_short(n, m) for n in inside):
            found = [n for n in found if n not in inside] + [m]
            listed_keys.add(key_of(m.text))
            continue
        if inside and all(truncates(n, m) for n in inside):
            # "Hassan Ali" of a listed person inside the caption's "Hassan Ali Moshir-Fatemi" is another man.
            found = [n for n in found if n not in inside]
            inside = []
        if not inside and key_of(m.text) not in listed_keys:
            found.append(m)
            listed_keys.add(key_of(m.text))
    seen: set[tuple[str, str | None, str | None, str]] = set()
    out = []
    for m in without_bare_surnames(
        without_owners(
            texts, without_given_aliases(texts, without_list_names(texts, without_defendants(found, tags)))
        )
    ):
        route = (m.list, m.entry_id, m.team_id, key_of(m.text))
        if route not in seen:
            seen.add(route)
            out.append(m)
    return out
