"""Taxonomy rules as readable data: which pattern, on which field, fires which tag."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    """A tag fires when `pattern` matches one of `fields` (and every guard holds)."""

    id: str
    tag: str
    pattern: re.Pattern[str]
    fields: tuple[str, ...] = ("title", "text", "action")
    # Extra conditions on structured fields: the document must cite one of these CFR parts ...
    cfr_any: tuple[str, ...] = ()
    # ... and must not match this pattern anywhere (negative evidence, e.g. "Entity List" only as background).
    unless: re.Pattern[str] | None = field(default=None)


def _p(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


ENTITY_LIST = r"entity\s+list"

RULES: tuple[Rule, ...] = (
    Rule(
        "el.addition.phrase",
        "entity_list.addition",
        _p(rf"\badd(?:s|ed|ing|ition(?:s)?)\b[^.;]{{0,160}}\b(?:to|on)\s+the\s+{ENTITY_LIST}"),
    ),
    Rule(
        "el.addition.blacklist_news",
        "entity_list.addition",
        _p(rf"\b(?:blacklist(?:s|ed)?|placed?\s+on)\b[^.;]{{0,120}}\b{ENTITY_LIST}"),
    ),
    Rule(
        "el.removal.phrase",
        "entity_list.removal",
        _p(rf"\bremov(?:e|es|ed|ing|al)\b[^.;]{{0,160}}\bfrom\s+the\s+{ENTITY_LIST}"),
    ),
    Rule(
        "el.revision.phrase",
        "entity_list.revision",
        _p(
            rf"\b(?:revis(?:e|es|ed|ing|ion(?:s)?)|modif(?:y|ies|ied|ying|ication(?:s)?))\b[^.;]{{0,160}}"
            rf"\b(?:entr(?:y|ies)\s+(?:on|of|in)\s+the\s+{ENTITY_LIST}|(?:to|of)\s+the\s+{ENTITY_LIST})"
        ),
    ),
    Rule(
        "sanctions.ofac_designation",
        "sanctions.designation",
        _p(
            r"\b(?:designat(?:e|es|ed|ing|ion(?:s)?)|impos(?:e|es|ed|ition\s+of)\s+(?:nonproliferation\s+)?"
            r"(?:measures|sanctions))\b[^.]{0,160}\b(?:SDN|specially\s+designated|individuals|entities|"
            r"persons|compan(?:y|ies))\b"
        ),
    ),
    Rule(
        "license.tgl",
        "license.requirement",
        _p(r"\btemporary\s+general\s+licen[cs]e\b"),
    ),
)
