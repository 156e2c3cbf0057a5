"""Parties from the GPO table (<GPOTABLE>/<ROW>/<ENT>) of a Federal Register rule's full-text XML."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import ParseError, fromstring  # type: ignore[import-untyped]

from classifier.parties import instructions
from classifier.parties.cells import (
    CITATION,
    POLICY,
    REQUIREMENT,
    STARS,
    Cell,
    country_of,
    finish,
    key,
    parse_cell,
    split_alias_address,
    split_name_address,
    squash,
)
from classifier.parties.errors import PartiesError
from schemas.events import Party, PartyAction, PartySource

HEADER_WORDS = frozenset(
    {"country", "entity", "license", "requirement", "review", "policy", "federal", "register", "citation"}
)
DASHED = re.compile(r"^\s*(?:—|–|--)\s*")


def load(payload: bytes | str) -> Element:
    """The XML's root element, read with DTDs and entities refused."""
    try:
        root: Element = fromstring(payload, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise PartiesError(f"refused XML: {type(exc).__name__}", reason="unsafe_xml") from exc
    except ParseError as exc:
        raise PartiesError(f"malformed XML: {exc}") from exc
    except (LookupError, ValueError) as exc:
        raise PartiesError(f"unreadable XML: {exc}") from exc
    return root


def text_of(element: Element) -> str:
    """An element's text with superscripts joined ("3<SU>rd</SU>" -> "3rd") and page marks dropped."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag == "SU":
            parts[-1] = parts[-1].rstrip()
            parts.append(squash("".join(child.itertext())))
        elif child.tag != "PRTPAGE":
            parts.append(" " + text_of(child) + " " if child.tag in {"LI", "P", "FP"} else text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _entity_cell(ent: Element) -> Cell | None:
    items = [squash(text_of(li)) for li in ent.iter("LI")]
    if not items:
        return parse_cell(text_of(ent))
    head_parts = [ent.text or ""]
    for child in ent:
        if child.tag == "LI":
            break
        head_parts.append(text_of(child) + (child.tail or ""))
    head = squash("".join(head_parts))
    aliases = [finish(DASHED.sub("", i)) for i in items if DASHED.match(i)]
    rest = [i for i in items if not DASHED.match(i) and i]
    if aliases and not rest and items and DASHED.match(items[-1]):
        # The address printed on the alias's own line: "—Spacety Luxembourg S.A. 9, Avenue ...".
        alias, address = split_alias_address(DASHED.sub("", items[-1]))
        if address:
            aliases[-1], rest = alias, [address]
    cell = parse_cell(head)
    if cell is None:
        return None
    if not aliases and cell.aliases:
        aliases = list(cell.aliases)
    address = squash(" ".join([cell.address or "", *rest])) or None
    if not aliases and cell.address is None and "a.k.a" not in head:
        name, address_head = split_name_address(head)
        address = squash(" ".join([address_head or "", *rest])) or None
        return Cell(name, (), address)
    return Cell(cell.name, tuple(a for a in aliases if a), address)


def _is_header(cells: list[str]) -> bool:
    words = {w.casefold() for c in cells for w in re.findall(r"[^\W\d_]+", c)}
    return bool(words) and words <= HEADER_WORDS


def table_parties(table: Element, destination: str | None) -> tuple[list[Party], str | None]:
    """One GPO table's entries, the destination carried over blank cells; and the last destination."""
    parties: list[Party] = []
    for row in table.iter("ROW"):
        ents = list(row.iter("ENT"))
        texts = [squash(STARS.sub(" ", text_of(e))) for e in ents]
        if not any(texts) or _is_header(texts):
            continue
        if texts[0]:
            destination = texts[0]
        if len(ents) < 2 or not texts[1]:
            continue
        rest = texts[2:]
        has_cells = any(REQUIREMENT.search(t) or POLICY.search(t) or CITATION.search(t) for t in rest)
        cell = _entity_cell(ents[1])
        if cell is None:
            continue
        if not has_cells and parties and "a.k.a" not in texts[1]:
            # A continuation row: the previous entry's address (or more of it) on a row of its own.
            prev = parties[-1]
            address = squash(f"{prev.address or ''} {texts[1]}")
            parties[-1] = prev.model_copy(update={"address": address or None})
            continue
        requirement = next((t for t in rest if REQUIREMENT.search(t)), None)
        policy = next((t for t in rest if POLICY.search(t) and t != requirement), None)
        citation = next((t for t in rest if CITATION.search(t)), None)
        parties.append(
            Party(
                name=cell.name,
                aliases=list(cell.aliases),
                destination=destination,
                country=country_of(destination) if destination else None,
                address=cell.address,
                license_requirement=requirement,
                review_policy=policy,
                citation=citation,
                source=PartySource.GPO_TABLE,
            )
        )
    return parties, destination


def parse(payload: bytes | str) -> list[Party]:
    """Parties of an Entity List rule's XML: its table entries with their actions, plus removed entries."""
    return parse_root(load(payload))


def parse_root(root: Element) -> list[Party]:
    """Parties of an already parsed rule (see parse)."""
    amdpar = " ".join(squash(text_of(p)) for p in root.iter("AMDPAR"))
    told = instructions.read(amdpar)
    table = instructions.lookup(told)
    out: list[Party] = []
    destination: str | None = None
    for gpotable in root.iter("GPOTABLE"):
        found, destination = table_parties(gpotable, destination)
        out.extend(found)
    out = [
        p.model_copy(update={"action": instructions.action_for(table, told, p.country, p.name)})
        for p in out
        if p.name
    ]
    return out + from_instructions(told, out, PartySource.GPO_TABLE)


def from_instructions(
    told: list[instructions.Instruction], printed: list[Party], source: PartySource
) -> list[Party]:
    """Entries the instructions name but the table does not print (removals, and tables cut short)."""
    seen = {(p.country, key(p.name)) for p in printed} | {(None, key(p.name)) for p in printed}
    out: list[Party] = []
    for ins in told:
        if (ins.country, key(ins.name)) in seen:
            continue
        if ins.action is not PartyAction.REMOVED and (None, key(ins.name)) in seen:
            continue
        seen.add((ins.country, key(ins.name)))
        out.append(
            Party(
                name=ins.name,
                destination=ins.destination,
                country=ins.country,
                action=ins.action,
                source=source,
            )
        )
    return out


def paragraphs(root: Element) -> str:
    """The document's paragraph text, one paragraph a line (for notices that list persons in prose)."""
    lines = []
    for element in root.iter():
        if element.tag in {"P", "FP"}:
            line = squash(text_of(element))
            if line:
                lines.append(line)
    return "\n".join(lines)
