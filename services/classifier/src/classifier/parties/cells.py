"""The grammar of one Entity List table cell: name, a.k.a. aliases and address; destinations; cell kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass

from classifier.countries import COUNTRIES
from classifier.names import fold

# Corporate forms that may follow "Co." or a comma inside a name ("Co., Ltd.", "Spacety Co. Ltd.").
CORPORATE = frozenset(
    {
        "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "gmbh",
        "ag", "sa", "s.a", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "oao", "zao", "pao", "ao", "pte", "pvt",
        "bv", "b.v", "nv", "n.v", "srl", "s.r.l", "spa", "s.p.a", "sarl", "kg", "fze", "fzco", "fzc", "llp",
        "lp", "sdn", "bhd", "kk", "k.k", "a.s", "ltda", "s.l", "sas", "s.a.s", "ab", "oy", "as", "d.o.o",
        "private", "pty", "jv", "group",
    }
)  # fmt: skip
# Words whose period belongs to them: a name or alias ending in one keeps it ("Spacety Luxembourg S.A.").
ABBREVIATIONS = frozenset(
    {
        "inc", "ltd", "co", "corp", "ltda", "pvt", "pte", "bhd", "sdn", "intl", "mfg", "bros", "cia", "cie",
        "dept", "univ", "assn", "jr", "sr",
    }
)  # fmt: skip
# Period-words that never end a sentence: "No. 5", "St. Laurent".
NON_TERMINAL = frozenset(
    {"no", "st", "ste", "mt", "dr", "mr", "mrs", "ms", "rm", "bldg", "u.s", "nos", "apt"}
)
ADDRESS_WORD = re.compile(
    r"\b(?:[Rr]oad|Rd|[Ss]treet|St|[Aa]venue|Ave|[Bb]uilding|Bldg|[Ff]loor|Fl|[Dd]istrict|[Cc]ity|[Bb]ox|"
    r"[Zz]one|[Pp]ark|[Ll]ane|[Hh]ighway|[Pp]rospekt|[Uu]litsa|ul|pr|[Hh]ouse|[Rr]oom|Rm|[Uu]nit|[Ss]uite|"
    r"Ste|[Bb]lock|[Pp]lot|[Oo]ffice|[Aa]partment|[Ff]lat|[Tt]ower|[Pp]laza|[Ee]mb|[Bb]oulevard|Blvd|"
    r"[Ss]quare|[Vv]illage|[Tt]own|[Pp]rovince|[Rr]egion|[Oo]blast|[Kk]rai|[Cc]ounty|[Ii]ndustrial|"
    r"[Ss]ector|[Cc]ourtyard|[Gg]arden|No|P\.?O)\b\.?"
)
UNIT_WORD = re.compile(
    r"\b(?:Institute|Institution|Cent(?:er|re)|Academy|Department|Bureau|Branch|Division|Laborator(?:y|ies)|"
    r"University|College|School|Factory|Plant|Research|Administration|Agency|Ministry|Corporation|Brigade|"
    r"Regiment|Works|Shipyard|Hospital|Committee|Force|Forces|Command)\b"
)
NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty",
        ]
    )
}  # fmt: skip
AKA = re.compile(r",?\s*\b(?:a\.k\.a\.|f\.k\.a\.|n\.k\.a\.|also\s+known\s+as)\s*,?\s*", re.I)
FOLLOWING = re.compile(r"^the\s+following\s+(?:([\w-]+)\s+)?(?:alias(?:es)?|names?)\s*:?\s*", re.I)
# The list dash before each alias: an em or en dash, or the "--" of the Federal Register's plain text.
DASH = re.compile(r"(?:^|(?<=[\s;:.,]))(?:—|–|--)\s*")
SEE_ALTERNATE = re.compile(r"\(See\s+alternate\s+address(?:es)?\s+under\s+[^)]{1,200}\)\.?", re.I)

# Cell kinds of the table's other columns, as they start.
REQUIREMENT = re.compile(
    r"\b(?:For\s+all\s+items|All\s+items|For\s+items|Items)\s+subject\s+to\s+the\s+EAR"
    r"|\bFor\s+all\s+items\s+(?:listed|on|described|classified)\b"
)
POLICY = re.compile(
    r"\b(?:Presumption\s+of\s+(?:denial|approval)|Policy\s+of\s+denial|Case[-\s]+by[-\s]+case|"
    r"Approval\s+for|Deny\s+all|See\s+§+\s*744\.\d+\(\w\)\s+(?:and|of)|See\s+§\s*744\.\d+\(d\)|"
    r"License\s+review\s+policy\s+(?:of|is))",
    re.I,
)
CITATION = re.compile(
    r"\b\d{2,3}\s+FR\s+(?:\d{1,6}|\[\s*INSERT[^\]]{0,80}\])(?:\s*,?\s*\d{1,2}/\d{1,2}/\d{2,4})?\s*\]?\.?"
    r"(?:\s*(?:;|and)?\s*\d{2,3}\s+FR\s+(?:\d{1,6}|\[\s*INSERT[^\]]{0,80}\])"
    r"(?:\s*,?\s*\d{1,2}/\d{1,2}/\d{2,4})?\s*\]?\.?)*"
)
STARS = re.compile(r"(?:\*\s*){3,}")
# What the plain-text reader puts where the page had a table rule or a row of stars.
BREAK = "\x1e"


@dataclass(frozen=True, slots=True)
class Cell:
    """One entity cell split into its parts."""

    name: str
    aliases: tuple[str, ...]
    address: str | None


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return " ".join(text.split())


def key(name: str) -> str:
    """A comparison key for names: folded words only ("Spacety Co. Ltd." == "Spacety Co., Ltd.")."""
    return " ".join(fold(w) for w in re.findall(r"[^\W_]+", name))


def _last_word(text: str) -> str:
    words = text.split()
    return words[-1].rstrip(".,;:").casefold() if words else ""


def _keeps_period(text: str) -> bool:
    word = _last_word(text)
    return word in ABBREVIATIONS or ("." in word and len(word) <= 8)


def finish(item: str) -> str:
    """A list item without its separator ('; and', ';', the final '.'), keeping abbreviation periods."""
    item = re.sub(r"(?:\s*;)?\s*(?:\band\b)?\s*$", "", item.strip())
    item = item.rstrip(" ;,")
    if item.endswith(".") and not _keeps_period(item[:-1]):
        item = item[:-1]
    return item.strip(' “”"')


def sentence_end(text: str, pos: int) -> bool:
    """Whether the period at text[pos] ends a name or sentence rather than an abbreviation inside one."""
    # Windows, not slices to the ends: a text of many periods must not cost a copy per period.
    after = text[pos + 1 : pos + 120].lstrip()
    if not after or text[pos + 1 : pos + 2] not in {" ", "\n", "\t"}:
        return False
    nxt = after.split(None, 1)[0].rstrip(".,;:").casefold()
    before = _last_word(text[max(0, pos - 60) : pos + 1])
    return not (nxt in CORPORATE or after[:1].islower() or before in NON_TERMINAL)


def split_alias_address(piece: str) -> tuple[str, str | None]:
    """The last alias of a list and the address printed straight after it."""
    for m in re.finditer(r"[.)](?=\s)", piece):
        if m.group() == "." and not sentence_end(piece, m.start()):
            continue
        head, tail = piece[: m.end()], piece[m.end() :].strip()
        if tail and (tail[:1].isdigit() or ADDRESS_WORD.match(tail) or not _looks_like_name(tail)):
            return finish(head), tail
    return finish(piece), None


def _looks_like_name(text: str) -> bool:
    # An address has digits or address words early on; a name runs on in capitalised words.
    first = text[:80]
    return not (re.search(r"\d", first) or ADDRESS_WORD.search(first) or "," in first)


def split_name_address(text: str) -> tuple[str, str | None]:
    """A name and the address after it ("Hikvision, No. 555 Qianmo Road, ..."), for cells without aliases."""
    for m in re.finditer(r",\s", text):
        rest = text[m.start() + 1 :].lstrip()
        nxt = rest.split(None, 1)[0].rstrip(".,;:").casefold() if rest else ""
        if not rest or nxt in CORPORATE or rest[:1].islower():
            continue
        segment = rest.split(",", 1)[0]
        # "Academy of Military Medical Sciences, Field Blood Transfusion Institution, 27 Taiping Road":
        # a segment naming a unit, without digits or street words, still belongs to the name.
        if not re.search(r"\d", segment) and not ADDRESS_WORD.search(segment) and UNIT_WORD.search(segment):
            continue
        return finish(text[: m.start()]), squash(rest)
    return finish(text), None


def count_of(word: str | None) -> int | None:
    """The number in "the following two aliases" (words or digits)."""
    if word is None:
        return None
    word = word.casefold()
    if word.isdigit():
        return int(word)
    if "-" in word and word.startswith("twenty"):
        return 20 + NUMBER_WORDS.get(word.split("-", 1)[1], 0)
    return NUMBER_WORDS.get(word)


def parse_cell(text: str) -> Cell | None:
    """Name, aliases and address of a printed entity cell; None when it names nobody."""
    text = squash(STARS.sub(" ", text))
    if not text or not re.search(r"[^\W\d_]", text):
        return None
    aka = AKA.search(text)
    if aka is None:
        name, address = split_name_address(text)
        return Cell(name, (), address) if name else None
    name = finish(text[: aka.start()])
    rest = text[aka.end() :]
    following = FOLLOWING.match(rest)
    count = count_of(following.group(1)) if following else None
    if following:
        rest = rest[following.end() :]
    pieces = [p for p in DASH.split(rest)]
    if len(pieces) == 1:
        # Older entries: "Name, a.k.a. Other Name, Address" or "a.k.a. A; a.k.a. B; Address".
        parts = [finish(p) for p in re.split(r";\s*(?:a\.k\.a\.\s*,?\s*)?", rest) if p.strip()]
        if len(parts) > 1:
            alias, address = split_name_address(parts[-1])
            return Cell(name, (*parts[:-1], alias), address)
        alias, address = split_name_address(rest)
        return Cell(name, (alias,) if alias else (), address)
    lead, items = pieces[0].strip(), pieces[1:]
    address_parts = [lead] if lead.strip(" .;:") else []
    if count is not None and len(items) > count:
        extra = items[count:]
        items = items[:count]
    else:
        extra = []
    aliases = [finish(i) for i in items[:-1]]
    last, address = split_alias_address(items[-1])
    aliases.append(last)
    if address:
        address_parts.append(address)
    address_parts.extend(e.strip() for e in extra)
    full = squash(" ".join(p for p in address_parts if p.strip(" .;:")))
    return Cell(name, tuple(a for a in aliases if a), full or None)


# Destination headings as the Entity List prints them, to short English names.
_FORMS: dict[str, str] = {}
for _name, _aliases in COUNTRIES.items():
    for _form in (_name, *_aliases):
        _FORMS[_form.casefold()] = _name
_HEADINGS = sorted(
    {n.upper() for n in COUNTRIES}
    | {
        "CHINA, PEOPLE'S REPUBLIC OF", "CHINA, PEOPLE’S REPUBLIC OF",
        "KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "KOREA, DEMOCRATIC PEOPLE’S REPUBLIC OF",
        "KOREA, NORTH", "KOREA, SOUTH", "KOREA, REPUBLIC OF",
        "IRAN, ISLAMIC REPUBLIC OF", "TÜRKIYE", "MYANMAR", "VIET NAM", "CZECHIA",
    },
    key=len,
    reverse=True,
)  # fmt: skip
HEADING = re.compile(
    r"(?<![\w'’])(" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in _HEADINGS) + r")(?![\w'’])"
)


def country_of(heading: str) -> str | None:
    """Short English name of a destination heading ("CHINA, PEOPLE'S REPUBLIC OF" -> "China")."""
    text = squash(heading).strip(" .,:;").replace("’", "'")
    if not text:
        return None
    found = _FORMS.get(text.casefold())
    if found is None and "," in text:
        head, tail = (p.strip() for p in text.split(",", 1))
        found = _FORMS.get(f"{tail} {head}".casefold()) or _FORMS.get(head.casefold())
    return found
