"""What a title announces for each list it names: the additions, removals and revisions it reads as."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from schemas.events import ChangeKind

# The DHS forced-labour list is called "the UFLPA Entity List": another list.
ENTITY_LIST = r"(?<!Act\s)(?<!UFLPA\s)\bEntity\s+List\b(?![-‐])"
# Commerce's other screening lists, by their formal names (the tag rules know them too).
OTHER_COMMERCE_LISTS = (
    r"\bUnverified\s+List\b|\bMilitary\s+End[- ]Users?\s+(?:\(MEU\)\s+)?List\b|\bMEU\s+List\b|"
    r"\bDenied\s+Persons\s+List\b"
)
# Everything else an action in a title can fall on: other lists, the regulations and their parts.
OTHER_OBJECTS = (
    rf"{OTHER_COMMERCE_LISTS}|\bSDN\s+List\b|\bSpecially\s+Designated\s+Nationals\b|"
    r"\bConsolidated\s+Screening\s+List\b|\bCommerce\s+Control\s+List\b|\bCCL\b|\bMunitions\s+List\b|\bUSML\b|"
    r"\bUFLPA\s+Entity\s+List\b|\bPrevention\s+Act\s+Entity\s+List\b|\bRegulations\b|\bEAR\b|\bITAR\b"
)
OBJECT = re.compile(rf"(?P<entity>{ENTITY_LIST})|(?P<other>{OTHER_OBJECTS})", re.IGNORECASE)

# The register of titles: nouns and gerunds ("Additions of Entities", "Removing"), and the verbs of the odd
# title written as a sentence. "Additional" is no addition; "Changes" in the plural are an annual review's.
ACTIONS: dict[ChangeKind, str] = {
    ChangeKind.ADDED: r"Additions?|Add(?:s|ed|ing)?",
    ChangeKind.REMOVED: r"Removals?|Remov(?:e|es|ed|ing)|Deletions?|Delet(?:e|es|ed|ing)|Delisting",
    ChangeKind.CHANGED: (
        r"Revisions?|Revis(?:e|es|ed|ing)|Modifications?|Modif(?:y|ies|ied|ying)|Corrections?|Correct(?:ed|ing)|"
        r"Clarifications?|Updates?|Updat(?:ed|ing)|Changes"
    ),
}
ACTION = re.compile(
    "|".join(rf"(?P<{kind.name}>\b(?:{words})\b)" for kind, words in ACTIONS.items()), re.IGNORECASE
)
# A list's name as a modifier names something of its own: "Clarification of Entity List Requirements for
# Listed Entities" clarifies requirements, no entry.
LIST_AS_MODIFIER = re.compile(
    r"\s+(?:Licen[cs]e\s+)?(?:Requirements?|Criteria|Procedures?|Polic(?:y|ies)|Guidance)\b", re.IGNORECASE
)
# "Entity List Additions, Removals, and Revisions": actions in a row after the list they fall on.
ACTIONS_IN_A_ROW = re.compile(
    r"(?:\s|,|&|\band\b|" + "|".join(rf"\b(?:{words})\b" for words in ACTIONS.values()) + ")*", re.IGNORECASE
)
# Words that give an action an object of its own between it and a list: "Revisions to License Requirements
# for Entities on the Entity List" revises requirements, not entries.
OWN_OBJECT = re.compile(
    r"\b(?:licen[cs]\w*|requirements?|controls?|exceptions?|criteria|procedures?|authori[sz]ations?|items|"
    r"standards|definitions?|guidance|amendments?|rules?|policies|information\s+collection)\b",
    re.IGNORECASE,
)
# A title's clauses: "Entity List: Additions, Deletions, and Revisions", "...; Removal of an Entity".
CLAUSE_END = re.compile(r"[;:]|\s[-–—]\s")
# "...to the Entity List; Correction" is the Federal Register's name for a notice correcting an earlier rule,
# whatever that rule did: no action of its own.
# ... whoever issued it: ": BIS Correction", ": FR Correction" (the Federal Register's own).
CORRECTION_NOTICE = re.compile(
    r"\s*(?:(?:BIS|FR|Federal\s+Register)\s+)?(?:Technical\s+)?Corrections?\s*", re.IGNORECASE
)
# "Revisions to the Unverified List and the Entity List": one action on two lists.
AND_ANOTHER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?", re.IGNORECASE)


class TitleAction(NamedTuple):
    """One action a title announces, the span that says it, and whether it falls on the Entity List."""

    kind: ChangeKind
    start: int
    end: int
    entity_list: bool


def _clauses(title: str) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for m in CLAUSE_END.finditer(title):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(title)))
    return bounds


def _objects(title: str) -> list[tuple[int, int, bool]]:
    return [(m.start(), m.end(), m.group("entity") is not None) for m in OBJECT.finditer(title)]


def _coordinated(title: str, objects: list[tuple[int, int, bool]], first: int) -> list[tuple[int, int, bool]]:
    """The object at index `first` and the objects joined to it by "and" or a comma."""
    out = [objects[first]]
    for nxt in objects[first + 1 :]:
        joined = AND_ANOTHER.match(title, out[-1][1])
        if joined is None or joined.end() != nxt[0]:
            break
        out.append(nxt)
    return out


# The three Entity List title rules read the same title: it is parsed once.
@lru_cache(maxsize=256)
def title_actions(title: str) -> tuple[TitleAction, ...]:
    """Every action the title announces, each attached to the list it falls on.

    An action falls on the first object after it in its clause ("Addition of Certain Persons to the Entity
    List"), with the objects coordinated to that one; failing that, on an object just before it ("Entity List
    Removals"); and in a clause that names no object, on the last object of the clauses before ("Entity List:
    Additions, Deletions, and Revisions"). Words that give the action an object of its own stop it."""
    objects = _objects(title)
    out: list[TitleAction] = []
    for c_start, c_end in _clauses(title):
        inside = [i for i, o in enumerate(objects) if c_start <= o[0] and o[1] <= c_end]
        actions = list(ACTION.finditer(title, c_start, c_end))
        for k, m in enumerate(actions):
            kind = ChangeKind[m.lastgroup or ""]
            # The words an action governs run to the next action of the clause.
            own_end = actions[k + 1].start() if k + 1 < len(actions) else c_end
            after = [i for i in inside if objects[i][0] >= m.end()]
            before = [i for i in inside if objects[i][1] <= m.start()]
            if after:
                if OWN_OBJECT.search(title, m.end(), objects[after[0]][0]) or LIST_AS_MODIFIER.match(
                    title, objects[after[0]][1]
                ):
                    continue
                targets = _coordinated(title, objects, after[0])
                end = targets[-1][1]
            elif OWN_OBJECT.search(title, m.end(), own_end):
                # "..., and Clarification of License Review Policy": the action's object is its own.
                continue
            elif before and ACTIONS_IN_A_ROW.fullmatch(title, objects[before[-1]][1], m.start()):
                targets, end = [objects[before[-1]]], m.end()
            elif (
                not inside
                and not OWN_OBJECT.search(title, c_start, c_end)
                and not CORRECTION_NOTICE.fullmatch(title, c_start, c_end)
            ):
                earlier = [o for o in objects if o[1] <= c_start]
                if not earlier:
                    continue
                targets, end = [earlier[-1]], m.end()
            else:
                continue
            for target in targets:
                out.append(TitleAction(kind, m.start(), end, target[2]))
    return tuple(out)


def entity_list_reader(kind: ChangeKind) -> Callable[[str], list[tuple[int, int]]]:
    """A rule's reader: the spans of a title's actions of this kind on the Entity List."""

    def read(title: str) -> list[tuple[int, int]]:
        return sorted({(a.start, a.end) for a in title_actions(title) if a.kind is kind and a.entity_list})

    read.__name__ = f"entity_list_{kind.name.lower()}"
    return read
