"""Parties from an Entity List rule as printed text (PDF text, Federal Register raw text, flattened XML)."""

from __future__ import annotations

import re

from classifier.parties import instructions
from classifier.parties.cells import (
    AKA,
    BREAK,
    CITATION,
    HEADING,
    POLICY,
    REQUIREMENT,
    SEE_ALTERNATE,
    STARS,
    country_of,
    parse_cell,
    sentence_end,
    squash,
)
from classifier.parties.gpo_xml import from_instructions
from schemas.events import Party, PartySource

# Lines a printed page adds that belong to no cell: running heads, billing codes, typesetting slugs.
# (Such lines are short: longer ones are never tried, which also bounds the pattern's work.)
_HEAD = r"(?:Country|Entity|License|requirement|review|policy|Federal|Register|citation)"
NOISE = re.compile(
    r"^\s*(?:BILLING\s+CODE\s+[\w–-]+|(?:\d{1,6}\s+)?Federal\s+Register\s*/\s*Vol\.\s*\d+\b.*|\[\[Page\s+\d+\]\]|"
    r"VerDate\b.*|Jkt\s+\d+\b.*|.*\bon\s+DSK\w+\s+with\s+\w+.*|\[FR\s+Doc\..*|"
    + _HEAD
    + r"(?:\s+"
    + _HEAD
    + r")*)\s*$",
)
RULE_LINE = re.compile(r"^\s*[-_=]{8,}\s*$")
COLUMN_HEADS = re.compile(
    r"Country\s+Entity\s+License\s+requirement\s+License\s+review\s+policy\s+Federal\s+Register\s+citation"
)
LEADERS = re.compile(r"\.{3,}")


def clean(text: str) -> str:
    """The text without page furniture, with table rules as breaks and words joined across hyphen breaks."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").split("\n"):
        if RULE_LINE.match(line):
            lines.append(BREAK)
        elif len(line) > 400 or not NOISE.match(line) or not line.strip():
            lines.append(line.rstrip())
    joined = "\n".join(lines)
    joined = re.sub(r"(?<=[^\W\d_])-\n\s*", "-", joined)
    joined = COLUMN_HEADS.sub(" ", joined)
    joined = STARS.sub(BREAK, joined)
    return LEADERS.sub(" ", joined)


def _heading_at(chunk: str) -> list[re.Match[str]]:
    """Destination headings standing on their own: at a line or chunk start, not running into capitals."""
    found = []
    for m in HEADING.finditer(chunk):
        before = chunk[: m.start()]
        after = chunk[m.end() :]
        if before.strip(" \t") and not before.rstrip(" \t").endswith("\n"):
            continue
        nxt = after.split(None, 1)[0] if after.strip() else ""
        runs_on = nxt.isupper() and len(nxt) > 1 and after[:1] != "\n"
        if after[:1] not in {"", "\n", " ", "\t", ":"} or runs_on:
            continue
        found.append(m)
    return found


def _boundaries(text: str, limit: int) -> list[tuple[int, bool]]:
    """Sentence ends before `limit`: (position after each, strong); strong where an address visibly ends."""
    out = []
    see_ends = {see.end() for see in SEE_ALTERNATE.finditer(text, 0, limit)}
    for m in re.finditer(r"[.)](?=\s)", text[:limit]):
        if m.group() == "." and not sentence_end(text, m.start()):
            continue
        if m.group() == ")" and m.end() not in see_ends:
            continue  # "K Logistics (China) Limited": a bracket inside a name ends nothing
        words = re.findall(r"[^\W\d_][\w'’-]*", text[max(0, m.start() - 40) : m.start()])
        strong = m.end() in see_ends or m.end() + 1 in see_ends or bool(words and country_of(words[-1]))
        out.append((m.end(), strong))
    return out


def _split(chunk: str, prev_has_address: bool) -> tuple[str, str]:
    """A chunk that may begin with the previous entry's address: (continuation, new entry)."""
    aka = AKA.search(chunk)
    bounds = _boundaries(chunk, aka.start() if aka else len(chunk))
    if aka is not None:
        if not prev_has_address and bounds:
            pos = bounds[-1][0]
            return chunk[:pos], chunk[pos:]
        strong = [b for b, s in bounds if s]
        return (chunk[: strong[-1]], chunk[strong[-1] :]) if strong else ("", chunk)
    strong = [b for b, s in bounds if s]
    if not prev_has_address and strong and strong[0] < len(chunk.rstrip()):
        return chunk[: strong[0]], chunk[strong[0] :]
    return "", chunk


class _Table:
    """The parties read so far and the destination in force."""

    def __init__(self) -> None:
        self.parties: list[Party] = []
        self.destination: str | None = None

    def extend_last(self, text: str) -> None:
        text = squash(text.replace(BREAK, " "))
        if text and self.parties and re.search(r"[^\W_]", text):
            prev = self.parties[-1]
            self.parties[-1] = prev.model_copy(update={"address": squash(f"{prev.address or ''} {text}")})

    def entity_part(self, part: str) -> str | None:
        """Handle continuation text and headings in the text before a row's other cells; return the entry."""
        chunks = part.split(BREAK)
        if not self.parties and self.destination is None and len(chunks) == 1 and not _heading_at(part):
            return None  # prose before the table (a preamble that happens to cite the FR) names no entry
        if len(chunks) > 1:
            self.extend_last(self._headings(chunks[0], continuation=True)[0])
            for middle in chunks[1:-1]:
                self._headings(middle, continuation=False)
            return self._headings(chunks[-1], continuation=False)[0]
        entry, headed = self._headings(chunks[0], continuation=True)
        if not headed and self.parties:
            prev_has_address = self.parties[-1].address is not None
            continuation, entry = _split(entry, prev_has_address)
            self.extend_last(continuation)
        return entry

    def _headings(self, chunk: str, *, continuation: bool) -> tuple[str, bool]:
        found = _heading_at(chunk)
        if not found:
            return chunk, False
        if continuation:
            self.extend_last(chunk[: found[0].start()])
        self.destination = squash(found[-1].group(1))
        return chunk[found[-1].end() :], True


def parse(text: str) -> list[Party]:
    """Parties of an Entity List rule's plain text: the printed entries and the instructions' removals."""
    text = clean(text)
    start, end = instructions.region(text)
    told = instructions.read(text[start:end]) if end else []
    lookup = instructions.lookup(told)
    body = text[end:] if end else text
    table = _Table()
    pos = 0
    for cite in CITATION.finditer(body):
        segment = body[pos : cite.start()]
        req = REQUIREMENT.search(segment)
        pol = POLICY.search(segment, req.end() if req else 0)
        cut = req.start() if req else pol.start() if pol else None
        if cut is None:
            continue
        pos = cite.end()
        entry = table.entity_part(segment[:cut])
        cell = parse_cell(entry.replace(BREAK, " ")) if entry is not None else None
        if cell is None:
            continue
        requirement = squash(segment[cut : pol.start() if pol else len(segment)].replace(BREAK, " "))
        policy = squash(segment[pol.start() :].replace(BREAK, " ")) if pol else None
        dest = table.destination
        table.parties.append(
            Party(
                name=cell.name,
                aliases=list(cell.aliases),
                destination=dest,
                country=country_of(dest) if dest else None,
                address=cell.address,
                license_requirement=requirement or None,
                review_policy=policy or None,
                citation=squash(cite.group()),
                source=PartySource.PRINTED,
            )
        )
    if table.parties:
        table.extend_last(body[pos:].split(BREAK, 1)[0])
    printed = [
        p.model_copy(update={"action": instructions.action_for(lookup, told, p.country, p.name)})
        for p in table.parties
    ]
    return printed + from_instructions(told, printed, PartySource.PRINTED)
