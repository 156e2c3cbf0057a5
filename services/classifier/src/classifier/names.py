"""Name normalisation shared by the matcher's keys and the text it scans: tokens, suffixes, short names."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Corporate forms as news and rules write them after a name, Spanish, Lebanese, Dutch and Malaysian ones too
# ("Co., Ltd.", "Orion Air, S.L.", "Trust Insurance S.A.L.", "Foo Minera, Sociedad Anonima"): a name ends
# after them, and none is the next word of a longer name.
WRITTEN_FORMS: tuple[str, ...] = (
    "Co", "Company", "Corp", "Corporation", "Inc", "Ltd", "Limited", "LLC", "LLP", "PLC", "GmbH", "FZE",
    "S.A.L", "S.A.R.L", "S.R.L", "S.A", "S.L", "SAL", "SARL", "B.V", "N.V", "JSC", "OJSC", "PJSC", "CJSC",
    "OOO", "Pte", "Pvt", "Bhd", "Sociedad Anonima", "Sociedad Anónima",
)  # fmt: skip
# The written forms as one regex alternative, longest first so that "Company" is not read as "Co".
WRITTEN_FORM = "|".join(re.escape(form) for form in sorted(WRITTEN_FORMS, key=len, reverse=True))
# A full stop before a second form ends no sentence ("Foo Pte. Ltd. and its director", "Sdn. Bhd."); the form
# is read case-sensitively, like the capital that ends one, inside case-insensitive rules too.
FORM_STOP = r"\.(?=\s+(?-i:Ltd|Limited|Bhd|Inc|LLC|GmbH)\b|\s+(?-i:Co)\.?,?\s+(?-i:Ltd|Limited)\b)"
# A military rank written before a person's name, no part of it ("Lt. Gen. Foo Bar", "General Foo Bar").
RANK = (
    r"(?:(?:Lt|Gen|Col|Maj|Brig|Adm|Capt|Cmdr)\.\s+|"
    r"(?:General|Colonel|Major|Lieutenant|Admiral|Brigadier)\s+)*"
)
# Corporate forms that carry no identity: "Huawei Technologies Co., Ltd." and "Huawei Technologies" match.
# The written forms folded, and the ones registries write that news seldom does.
SUFFIXES: frozenset[str] = frozenset(form.replace(".", "").casefold() for form in WRITTEN_FORMS) | {
    "incorporated", "ag", "oao", "zao", "pao", "ao", "spa", "kg", "fzco", "fzc", "lp", "sdn", "kk",
}  # fmt: skip
# Legal forms written before the name in Russian and other registries ("OOO Elecon", "Joint Stock Company X").
LEADING_FORMS: tuple[tuple[str, ...], ...] = (
    ("open", "joint", "stock", "company"),
    ("closed", "joint", "stock", "company"),
    ("public", "joint", "stock", "company"),
    ("joint", "stock", "company"),
    ("limited", "liability", "company"),
    ("ooo",), ("oao",), ("zao",), ("pao",), ("ao",), ("jsc",), ("ojsc",), ("pjsc",), ("cjsc",), ("the",),
)  # fmt: skip

TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
PARENS = re.compile(r"\(([^()]*)\)")


# British and American spellings of the same name ("Bhabha Atomic Research Centre" is listed as "Center").
SPELLINGS: dict[str, str] = {
    "centre": "center", "centres": "centers", "defence": "defense", "organisation": "organization",
    "organisations": "organizations", "programme": "program", "aeronautic": "aeronautics",
}  # fmt: skip


@lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """Lower-case and strip diacritics and apostrophes, so 'Müller' == 'muller' and "Ma'an" == 'maan'."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    folded = "".join(c for c in decomposed if c.isalnum())
    return SPELLINGS.get(folded, folded)


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: its folded form and where it is in the original."""

    norm: str
    start: int
    end: int


def tokens(text: str) -> list[Token]:
    """The text's words, folded, with their original offsets."""
    out = []
    for m in TOKEN.finditer(text):
        norm = fold(m.group(0))
        if norm:
            out.append(Token(norm, m.start(), m.end()))
    return out


def strip_forms(words: list[str]) -> list[str]:
    """Drop trailing corporate suffixes and one leading legal form, keeping at least one word."""
    while len(words) > 1 and words[-1] in SUFFIXES:
        words = words[:-1]
    for form in LEADING_FORMS:
        if len(words) > len(form) and tuple(words[: len(form)]) == form:
            words = words[len(form) :]
            break
    return words


def key_of(name: str) -> str:
    """The normalised matching key of a name ('' when nothing identifying is left)."""
    words = [t.norm for t in tokens(PARENS.sub(" ", name))]
    return " ".join(strip_forms(words)) if words else ""


def keys_of(name: str) -> dict[str, bool]:
    """Every key a name should match under, mapped to whether it is the short (parenthesised) form."""
    out: dict[str, bool] = {}
    main = key_of(name)
    if main:
        out[main] = False
    for inner in PARENS.findall(name):
        # "(Huawei)" and "(NUDT)" are short names; "(a.k.a. X)" or "(China)"-like notes are not aliases.
        short = key_of(re.sub(r"^\s*(?:a\.?k\.?a\.?|f\.?k\.?a\.?|formerly)\s+", "", inner, flags=re.I))
        if short and short not in out:
            out[short] = True
    return out
