"""Amendatory instructions of a Supplement No. 4 amendment: which entries are added, revised or removed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.parties.cells import BREAK, country_of, key, squash
from schemas.events import PartyAction

VERBS: dict[str, PartyAction] = {
    "add": PartyAction.ADDED,
    "revis": PartyAction.REVISED,
    "amend": PartyAction.REVISED,
    "modify": PartyAction.REVISED,
    "modifi": PartyAction.REVISED,
    "remov": PartyAction.REMOVED,
    "delet": PartyAction.REMOVED,
    "correct": PartyAction.CORRECTED,
}
VERB = re.compile(r"\bby\s+(add|revis|amend|modif(?:y|i)|remov|delet|correct)ing\b", re.I)
UNDER = re.compile(
    r"\b[Uu]nder\s+(?:the\s+destinations?\s+of\s+)?(?:the\s+)?"
    r"(?P<dest>[A-Z][\w'’ ]{2,40}?(?:,\s+[A-Z][A-Z'’ ]{2,40}?(?:\s+OF)?)?)(?=\s*(?:,|;|\.|\bby\b|\bthe\b|$))"
)
QUOTE = re.compile(r"(?:“|‘‘|\")\s*([^“”\"]{2,300}?)\s*(?:”|’’|\")")
# Where the amendment of Supplement No. 4 begins in a rule's text.
TABLE_START = re.compile(
    r"Supplement\s+No\.\s*4\s+to\s+Part\s+744\s*[—–-]+\s*Entity\s+List|(?:\*\s*){5,}|" + BREAK
)
AMENDED = re.compile(r"Supplement\s+No\.\s*4\s+to\s+(?:part\s+)?744\b[^.;:]{0,80}?\bis\s+amended", re.I)


@dataclass(frozen=True, slots=True)
class Instruction:
    """One entry an instruction names, with what it does to it and under which destination."""

    action: PartyAction
    name: str
    destination: str | None
    country: str | None


def read(text: str) -> list[Instruction]:
    """Every quoted entry name in amendatory text, with the verb and destination in force where it stands."""
    text = squash(text)
    marks: list[tuple[int, int, str, str]] = []
    for m in VERB.finditer(text):
        marks.append((m.start(), m.end(), "verb", m.group(1).casefold()))
    for m in UNDER.finditer(text):
        named = m.group("dest").strip()
        if country_of(named) is not None:
            marks.append((m.start(), m.end(), "dest", named))
    for m in QUOTE.finditer(text):
        marks.append((m.start(), m.end(), "quote", m.group(1)))
    marks.sort(key=lambda mark: mark[0])
    verb: str | None = None
    dest: str | None = None
    out: list[Instruction] = []
    for index, (_start, end, kind, value) in enumerate(marks):
        if kind == "verb":
            verb = value
        elif kind == "dest":
            dest = value
        elif verb is not None:
            name = value.strip(" ,;")
            if re.match(r"\s*(?:column|paragraph|section)\b", text[end:]) or not re.search(r"[^\W\d_]", name):
                continue
            where = dest
            # "the entry for "X" under CHINA": a destination right after the name is the name's own.
            nxt = marks[index + 1] if index + 1 < len(marks) else None
            if nxt is not None and nxt[2] == "dest" and re.fullmatch(r"[\s,]*", text[end : nxt[0]]):
                where = nxt[3]
            action = next(a for stem, a in VERBS.items() if verb.startswith(stem))
            out.append(Instruction(action, name, where, country_of(where) if where else None))
    return out


def region(text: str) -> tuple[int, int]:
    """Start and end of the amendatory instructions in a rule's plain text (0, 0 when there are none)."""
    start = AMENDED.search(text)
    if start is None:
        return 0, 0
    end = start.end()
    # The instructions end where the table begins: its title or its first destination heading on a line.
    found = TABLE_START.search(text, end)
    return start.start(), found.start() if found else len(text)


def lookup(instructions: list[Instruction]) -> dict[tuple[str | None, str], PartyAction]:
    """(country, name key) -> action, plus (None, name key) for names whatever their destination."""
    out: dict[tuple[str | None, str], PartyAction] = {}
    for ins in instructions:
        out.setdefault((ins.country, key(ins.name)), ins.action)
        out.setdefault((None, key(ins.name)), ins.action)
    return out


def action_for(
    table: dict[tuple[str | None, str], PartyAction],
    instructions: list[Instruction],
    country: str | None,
    name: str,
) -> PartyAction | None:
    """The action an instruction gives a printed entry, else the rule's only verb for printed entries."""
    found = table.get((country, key(name))) or table.get((None, key(name)))
    if found is not None:
        return found
    # Instruction names are sometimes spelled a little differently from the table ("Co. Ltd." vs "Co., Ltd.").
    for ins in instructions:
        theirs, ours = key(ins.name), key(name)
        if ins.country == country and (theirs.startswith(ours) or ours.startswith(theirs)):
            return ins.action
    printed = {i.action for i in instructions if i.action is not PartyAction.REMOVED}
    return printed.pop() if len(printed) == 1 else None
