"""Builds Entity List rules (GPO XML, printed text) and OFAC notices from CSL rows, with their answers."""

from __future__ import annotations

import csv
import random
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fr_fulltext"

# ISO code ending a CSL address -> (Entity List heading, short English name as the classifier writes it).
DESTINATIONS: dict[str, tuple[str, str]] = {
    "CN": ("CHINA, PEOPLE'S REPUBLIC OF", "China"), "HK": ("HONG KONG", "Hong Kong"),
    "GB": ("UNITED KINGDOM", "United Kingdom"), "BG": ("BULGARIA", "Bulgaria"), "RU": ("RUSSIA", "Russia"),
    "MT": ("MALTA", "Malta"), "PK": ("PAKISTAN", "Pakistan"), "FR": ("FRANCE", "France"),
    "DE": ("GERMANY", "Germany"), "AE": ("UNITED ARAB EMIRATES", "United Arab Emirates"),
    "IT": ("ITALY", "Italy"), "MY": ("MALAYSIA", "Malaysia"), "NL": ("NETHERLANDS", "Netherlands"),
    "IR": ("IRAN", "Iran"), "SS": ("SOUTH SUDAN", "South Sudan"), "SG": ("SINGAPORE", "Singapore"),
    "TR": ("TURKEY", "Turkey"), "GE": ("GEORGIA", "Georgia"), "BY": ("BELARUS", "Belarus"),
    "SY": ("SYRIA", "Syria"), "IQ": ("IRAQ", "Iraq"), "JO": ("JORDAN", "Jordan"),
    "AF": ("AFGHANISTAN", "Afghanistan"), "CA": ("CANADA", "Canada"), "SD": ("SUDAN", "Sudan"),
    "KW": ("KUWAIT", "Kuwait"), "QA": ("QATAR", "Qatar"),
    "PS": ("PALESTINIAN TERRITORIES", "Palestinian Territories"), "LB": ("LEBANON", "Lebanon"),
    "SA": ("SAUDI ARABIA", "Saudi Arabia"), "EG": ("EGYPT", "Egypt"), "YE": ("YEMEN", "Yemen"),
    "SO": ("SOMALIA", "Somalia"), "KE": ("KENYA", "Kenya"), "LY": ("LIBYA", "Libya"),
    "TN": ("TUNISIA", "Tunisia"),
}  # fmt: skip
NUMBERS = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
]
VERBS = {"added": "adding", "revised": "revising", "removed": "removing", "corrected": "correcting"}


@dataclass
class Entry:
    """One entry of a built rule, and what a reader should find for it."""

    name: str
    aliases: list[str]
    code: str
    addresses: list[str]
    requirement: str
    policy: str
    citation: str
    action: str = "added"

    @property
    def heading(self) -> str:
        return DESTINATIONS[self.code][0]

    @property
    def country(self) -> str:
        return DESTINATIONS[self.code][1]

    def answer(self) -> dict[str, object]:
        aliases = self.aliases if self.action != "removed" else []
        return {"name": self.name, "aliases": aliases, "country": self.country, "action": self.action}


@dataclass
class Rule:
    """A built rule: its entries in table order and the header facts its pages print."""

    entries: list[Entry]
    volume: int = 84
    first_page: int = 54002
    issue: str = "Wednesday, October 9, 2019"
    number: int = 196
    notes: list[str] = field(default_factory=list)

    def answers(self) -> list[dict[str, object]]:
        return [e.answer() for e in self.entries]


def _aliases(cell: str) -> list[str]:
    # The CSL keeps the Federal Register's "; and" joins: "HPSTAR; and; Beijing ..." and "X; and Y".
    out = []
    for part in cell.split(";"):
        part = part.strip()
        part = part[4:].strip() if part.startswith("and ") else part
        if part and part != "and":
            out.append(part)
    return out


def _address(raw: str) -> tuple[str, str] | None:
    *rest, code = [p.strip() for p in raw.rsplit(",", 1)]
    if code not in DESTINATIONS:
        return None
    country = DESTINATIONS[code][1]
    street = rest[0].strip(" ,") if rest else ""
    return code, f"{street}, {country}" if street else country


def csl_entries(notice_prefix: str, *, limit: int | None = None, action: str = "added") -> list[Entry]:
    """The entries of one Federal Register notice in the trimmed CSL subset."""
    out = []
    with (FIXTURES / "csl_entity_list_rules.csv").open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if not row["federal_register_notice"].strip().startswith(notice_prefix):
                continue
            parsed = [a for a in (_address(r) for r in row["addresses"].split("; ")) if a]
            if not parsed:
                continue
            out.append(
                Entry(
                    name=row["name"].strip(" ,"),
                    aliases=_aliases(row["alt_names"]),
                    code=parsed[0][0],
                    addresses=[a for c, a in parsed if c == parsed[0][0]],
                    requirement=" ".join(row["license_requirement"].split()),
                    policy=" ".join(row["license_policy"].split()) or "Presumption of denial.",
                    citation=f"{notice_prefix}, {row['start_date'][5:7].lstrip('0')}/"
                    f"{row['start_date'][8:10].lstrip('0')}/{row['start_date'][2:4]}.",
                    action=action,
                )
            )
    return out[:limit]


def _by_destination(entries: list[Entry]) -> list[tuple[str, list[Entry]]]:
    groups: dict[str, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(entry.heading, []).append(entry)
    return sorted(groups.items())


def instructions(rule: Rule) -> list[str]:
    """The amendatory paragraphs, one per destination and verb, in the Federal Register's wording."""
    out = ["2. Supplement No. 4 to part 744 is amended:"]
    letter = ord("a")
    for heading, entries in _by_destination(rule.entries):
        for action in ("added", "revised", "corrected", "removed"):
            names = [e.name for e in entries if e.action == action]
            if not names:
                continue
            quoted = [f"“{n}”" for n in names]
            listed = quoted[0] if len(quoted) == 1 else "; ".join(quoted[:-1]) + f"; and {quoted[-1]}"
            noun = "an entry for" if len(names) == 1 else "entries for"
            if action == "removed" and letter % 2:
                what = "entity" if len(names) == 1 else "entities"
                text = f"{chr(letter)}. By removing under {heading} the {what} {listed};"
            else:
                verb = VERBS[action]
                text = f"{chr(letter)}. Under {heading}, by {verb}, in alphabetical order, {noun} {listed};"
            out.append(text)
            letter += 1
    return out


def _entity_lines(entry: Entry) -> tuple[str, list[str], str]:
    if entry.aliases:
        count = NUMBERS[len(entry.aliases)] if len(entry.aliases) < len(NUMBERS) else str(len(entry.aliases))
        head = f"{entry.name}, a.k.a., the following {count} alias{'es' if len(entry.aliases) > 1 else ''}:"
    else:
        head = f"{entry.name},"
    items = []
    for i, alias in enumerate(entry.aliases):
        last = i == len(entry.aliases) - 1
        sep = (
            "."
            if last and not alias.endswith(".")
            else ""
            if last
            else "; and"
            if i == len(entry.aliases) - 2
            else ";"
        )
        items.append(f"—{alias}{sep}")
    address = "; and ".join(entry.addresses).rstrip(".") + "."
    return head, items, address


def gpo_xml(rule: Rule, seed: int = 0) -> bytes:
    """The rule as federalregister.gov full-text XML, table rows laid out like the real 2023-03929."""
    rng = random.Random(seed)
    page = rule.first_page + 2
    parts = [
        "<RULE><PREAMB><AGENCY>DEPARTMENT OF COMMERCE</AGENCY>",
        "<SUBJECT>Entity List amendments</SUBJECT></PREAMB>",
        "<SUPLINF><P>These entities are added for all items subject to the EAR (see 84 FR 54002).</P>",
        '<REGTEXT TITLE="15" PART="744">',
    ]
    parts += [f"<AMDPAR>{escape(p)}</AMDPAR>" for p in instructions(rule)]
    parts.append('<HD SOURCE="HD1">Supplement No. 4 to Part 744—Entity List</HD><STARS/>')
    parts.append('<GPOTABLE COLS="5"><BOXHD><CHED H="1">Country</CHED><CHED H="1">Entity</CHED></BOXHD>')
    parts.append(
        '<ROW RUL="s"><ENT I="25">Country</ENT><ENT>Entity</ENT><ENT>License<LI>requirement</LI></ENT>'
        '<ENT>License<LI>review policy</LI></ENT><ENT><E T="02">Federal Register</E> citation</ENT></ROW>'
    )
    for heading, entries in _by_destination(rule.entries):
        printed = [e for e in entries if e.action != "removed"]
        if not printed:
            continue
        parts.append(f'<ROW><ENT I="01">{escape(heading)}</ENT><ENT A="03">*  *  *  *  *</ENT></ROW>')
        for entry in printed:
            head, items, address = _entity_lines(entry)
            split = rng.random() < 0.3 and bool(items)
            lis = "".join(f"<LI>{escape(i)}</LI>" for i in items)
            cell = escape(head if items else f"{head} {address}") + lis
            if items and not split:
                cell += f"<LI>{escape(address)}</LI>"
            mark = f'<PRTPAGE P="{page}"/>' if rng.random() < 0.15 else ""
            page += 1 if mark else 0
            parts.append(
                f'<ROW>{mark}<ENT I="22"> </ENT><ENT>{cell}</ENT><ENT>{escape(entry.requirement)}</ENT>'
                f"<ENT>{escape(entry.policy)}</ENT><ENT>{escape(entry.citation)}</ENT></ROW>"
            )
            if split:
                parts.append(f'<ROW><ENT I="22"> </ENT><ENT>{escape(address)}</ENT></ROW>')
            if rng.random() < 0.5:
                parts.append('<ROW><ENT I="22"> </ENT><ENT A="03">*  *  *  *  *</ENT></ROW>')
    parts.append("</GPOTABLE><STARS/></REGTEXT><SIG><NAME>Thea D. Rozman Kendler,</NAME></SIG></SUPLINF>")
    parts.append("<BILCOD>BILLING CODE 3510-33-P</BILCOD></RULE>")
    return "\n".join(parts).encode("utf-8")


def _wrap(text: str, width: int = 34) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def printed(rule: Rule, seed: int = 0, *, dash: str = "—", lines_per_page: int = 60) -> str:
    """The rule as text pulled from its printed pages: wrapped cells, running heads, a billing code line."""
    rng = random.Random(seed)
    body: list[str] = [
        "DEPARTMENT OF COMMERCE",
        "Bureau of Industry and Security",
        "15 CFR Part 744",
        "Entity List amendments",
        "ACTION: Final rule.",
    ]
    body += textwrap.wrap(
        "SUMMARY: This rule imposes a license requirement for all items subject to the EAR on the "
        f"entities below, as described at {rule.volume} FR {rule.first_page}, 10/9/19. Presumption of denial "
        "applies.",
        60,
    )
    for paragraph in instructions(rule):
        body += textwrap.wrap(paragraph, 60, break_on_hyphens=False)
    body += ["Supplement No. 4 to Part 744—Entity List", "*     *     *     *     *"]
    heads = ["Country    Entity    License requirement    License review policy    Federal Register citation"]
    body += heads
    for heading, entries in _by_destination(rule.entries):
        printed_entries = [e for e in entries if e.action != "removed"]
        if not printed_entries:
            continue
        body += ["*     *     *     *     *", heading]
        for entry in printed_entries:
            head, items, address = _entity_lines(entry)
            items = [i.replace("—", dash, 1) for i in items]
            first = _wrap(head) + [line for i in items for line in _wrap(i)]
            late = rng.random() < 0.3 and bool(items)
            if not late:
                first += _wrap(address)
            body += first + _wrap(entry.requirement, 24) + _wrap(entry.policy, 24) + _wrap(entry.citation, 20)
            if late:
                body += _wrap(address)
            if rng.random() < 0.4:
                body.append("*     *     *     *     *")
    body += [
        "*     *     *     *     *",
        "Thea D. Rozman Kendler,",
        "Assistant Secretary for Export Administration.",
    ]
    out: list[str] = []
    page = rule.first_page
    for start in range(0, len(body), lines_per_page):
        if start:
            page += 1
            if page == rule.first_page + 1:
                out.append("BILLING CODE 3510-33-P")
            vol = f"Vol. {rule.volume}, No. {rule.number}"
            out.append(f"{page} Federal Register / {vol} / {rule.issue} / Rules and Regulations")
            out.append(f"VerDate Sep<11>2014 17:04 Oct 08, 2019 Jkt 250001 PO 00000 Frm 0000{page % 10}")
            out += heads
        out += body[start : start + lines_per_page]
    return "\n".join(out) + "\n"


def _country_name(address: str) -> str:
    *street, code = [p.strip() for p in address.rsplit(",", 1)]
    return ", ".join([*street, DESTINATIONS.get(code, (code, code))[1]])


def sdn_notice() -> tuple[str, list[dict[str, object]]]:
    """An OFAC notice listing the SDN subset in the Federal Register's entry style, and its answers."""
    lines = ["On the date below, OFAC designated the following persons.", "Individuals:"]
    answers: list[dict[str, object]] = []
    with (FIXTURES / "csl_sdn_subset.csv").open(newline="", encoding="utf-8") as handle:
        for n, row in enumerate(csv.DictReader(handle), start=1):
            aliases = [a.strip() for a in row["alt_names"].split(";") if a.strip()]
            fields: list[str] = []
            address = [a.strip() for a in row["addresses"].split(";") if a.strip()]
            address = [_country_name(a) for a in address]
            for dob in filter(None, (d.strip() for d in row["dates_of_birth"].split(";"))):
                fields.append(f"{'alt. ' if any(f.startswith('DOB') for f in fields) else ''}DOB {dob}")
            for pob in filter(None, (p.strip() for p in row["places_of_birth"].split(";"))):
                fields.append(f"POB {pob}")
            for code in filter(None, (c.strip() for c in row["nationalities"].split(";"))):
                fields.append(f"nationality {DESTINATIONS.get(code, (code, code))[1]}")
            ids = 0
            for ident in filter(None, (i.strip() for i in row["ids"].split(";"))):
                bits = [b.strip() for b in ident.split(",")]
                if bits[-1] in {"Passport", "National ID No."}:
                    issuer = DESTINATIONS.get(bits[0], (None, None))[1] if len(bits) > 2 else None
                    number = bits[-2]
                    fields.append(f"{bits[-1]} {number}" + (f" ({issuer})" if issuer else ""))
                    ids += 1
                elif bits[-1] == "Gender":
                    fields.append(f"Gender {bits[0]}")
            kind = row["type"].casefold() or "entity"
            head = row["name"] + (" (" + "; ".join(f"a.k.a. {a}" for a in aliases) + ")" if aliases else "")
            tags = " ".join(f"[{p.strip()}]" for p in row["programs"].split(";") if p.strip())
            text = ", ".join([head, *address[:1]]) + "".join(f"; {f}" for f in fields) + f" ({kind}) {tags}."
            lines += textwrap.wrap(f"{n}. {text}", 70, break_long_words=False, break_on_hyphens=False)
            answers.append({"name": row["name"], "aliases": aliases, "ids": ids, "programs": tags})
    return "\n".join(lines) + "\n", answers
