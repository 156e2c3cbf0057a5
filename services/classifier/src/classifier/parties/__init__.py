"""Structured parties of an Entity List rule or an OFAC/State designation notice, from XML or plain text."""

from __future__ import annotations

import re
from collections.abc import Mapping

from classifier.parties import gpo_xml, ofac, printed
from classifier.parties.cells import key
from classifier.parties.errors import PartiesError
from schemas.events import Party, PartyAction

# Beyond this a "rule" is not one rule; refusing it keeps the worst case of every pattern bounded.
MAX_CHARS = 8_000_000
# What a title says the rule does, for plain text that lost its amendatory instructions.
TITLE_ACTIONS: tuple[tuple[re.Pattern[str], PartyAction], ...] = (
    (re.compile(r"\baddition", re.I), PartyAction.ADDED),
    (re.compile(r"\bremoval", re.I), PartyAction.REMOVED),
    (re.compile(r"\brevision", re.I), PartyAction.REVISED),
    (re.compile(r"\bcorrection", re.I), PartyAction.CORRECTED),
)


def _title_action(title: str) -> PartyAction | None:
    found = {action for pattern, action in TITLE_ACTIONS if pattern.search(title)}
    return found.pop() if len(found) == 1 else None


def _dedupe(parties: list[Party]) -> list[Party]:
    seen: set[tuple[str | None, str, str | None, str]] = set()
    out = []
    for p in parties:
        k = (p.country, key(p.name), p.action, p.source)
        if k not in seen:
            seen.add(k)
            out.append(p)
    return out


def _from_text(text: str) -> list[Party]:
    # Runs of spaces and blank lines carry nothing here, and collapsing them keeps every pattern that
    # starts with optional whitespace linear on hostile input.
    text = re.sub(r"[^\S\n]+", " ", text)
    text = re.sub(r"\n[ \n]*\n", "\n\n", text)
    return printed.parse(text) + ofac.parse(text)


def parties_for(source: bytes | str | Mapping[str, str | None]) -> list[Party]:
    """Every party a rule or notice lists: GPO XML (bytes or str), plain text, or a document's texts by field.

    A mapping is read like a DocumentSeen: `body` (else `text`), with `title` settling the action when the
    text lost its amendatory instructions. Raises PartiesError for XML that is malformed or unsafe, or input
    over MAX_CHARS; returns [] when the input lists nobody.
    """
    title = ""
    if isinstance(source, Mapping):
        title = source.get("title") or ""
        source = source.get("body") or source.get("text") or ""
    if len(source) > MAX_CHARS:
        raise PartiesError(f"input of {len(source)} characters is over {MAX_CHARS}", reason="too_large")
    if isinstance(source, bytes) or source[:200].lstrip().startswith("<"):
        root = gpo_xml.load(source)
        parties = gpo_xml.parse_root(root) + ofac.parse(gpo_xml.paragraphs(root))
    else:
        parties = _from_text(source)
    default = _title_action(title)
    if default is not None:
        parties = [p if p.action is not None else p.model_copy(update={"action": default}) for p in parties]
    return _dedupe(parties)


__all__ = ["MAX_CHARS", "PartiesError", "parties_for"]
