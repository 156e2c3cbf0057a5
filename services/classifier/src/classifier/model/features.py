"""What the model reads of a document: its prose, and its Federal Register metadata as tokens."""

from __future__ import annotations

import re

from schemas.events import DocumentSeen

# Full text is long and mostly boilerplate; the opening carries the summary the model was trained on.
BODY_CHARS = 6_000
_SLUG = re.compile(r"[^a-z0-9]+")


def is_title_only(document: DocumentSeen) -> bool:
    """Whether a document says nothing beyond its title (Public Inspection, a BIS table, a bare headline)."""
    text = document.text.strip()
    same = text.casefold() == document.title.strip().casefold()
    return not (document.body or "").strip() and (not text or same)


def prose(document: DocumentSeen) -> str:
    """Title, action and abstract (or the opening of the full text when there is no abstract)."""
    text = document.text.strip() or (document.body or "")[:BODY_CHARS]
    return "\n".join(part for part in (document.title, document.action or "", text) if part)


def _slug(value: str) -> str:
    return _SLUG.sub("_", value.casefold()).strip("_")


def metadata(document: DocumentSeen) -> str:
    """Source, type, agencies and CFR parts as single tokens ('agency_industry_and_security_bureau')."""
    tokens = [f"source_{document.source.value}", f"type_{_slug(document.document_type or 'none')}"]
    tokens += [f"agency_{_slug(a)}" for a in document.agencies]
    for part in document.cfr_parts:
        # "15 CFR 744" gives the part and its title, so an unseen part of a known title still says something.
        tokens.append(f"cfr_{_slug(part)}")
        tokens.append(f"cfr_title_{_slug(part.split('CFR')[0])}")
    if is_title_only(document):
        tokens.append("title_only")
    return " ".join(tokens)
