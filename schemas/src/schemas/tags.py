"""The classification taxonomy: every tag id with its definition and labelling rule."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TagDefinition:
    """One taxonomy entry."""

    id: str
    title: str
    definition: str


TAXONOMY: tuple[TagDefinition, ...] = (
    TagDefinition(
        "entity_list.addition",
        "Entity List addition",
        "Entities added to the BIS Entity List (15 CFR 744 Supplement No. 4). The licence consequences that "
        "come with a listing (licence requirement, review policy, FDP footnote on the new entries) are part "
        "of the addition, not a separate licence tag.",
    ),
    TagDefinition(
        "entity_list.removal",
        "Entity List removal",
        "Entities removed from the Entity List.",
    ),
    TagDefinition(
        "entity_list.revision",
        "Entity List revision",
        "Existing Entity List entries modified: aliases, addresses, or the licence requirement or review "
        "policy of an entry (e.g. a new foreign-direct-product footnote on existing entries).",
    ),
    TagDefinition(
        "license.requirement",
        "Licence requirement",
        "New or changed export or reexport licence requirements, licence review policy, licence exceptions, "
        "general licences (including Temporary General Licenses) and foreign direct product rules.",
    ),
    TagDefinition(
        "license.decision",
        "Licence decision",
        "Reports that licences were granted, denied, revoked or are under consideration for specific "
        "companies (typically news).",
    ),
    TagDefinition(
        "sanctions.designation",
        "Sanctions designation",
        "OFAC or State Department sanctions designations or SDN-list changes, including State "
        "nonproliferation measures on named parties.",
    ),
    TagDefinition(
        "sanctions.regulation",
        "Sanctions regulation",
        "A sanctions programme or regulation created or amended without designating anyone "
        "(e.g. OFAC issuing or amending a 31 CFR 5xx part).",
    ),
    TagDefinition(
        "other_list.change",
        "Other screening list change",
        "Changes to other screening lists: Unverified List, Military End-User List, Denied Persons List "
        "and denial orders.",
    ),
    TagDefinition(
        "export_control.other",
        "Other export-control item",
        "Other export-control regulatory items: Wassenaar, MTCR, Australia Group or NSG implementation, "
        "Commerce Control List and ECCN changes, procedures.",
    ),
)

TAGS: dict[str, TagDefinition] = {t.id: t for t in TAXONOMY}
TAG_IDS: frozenset[str] = frozenset(TAGS)


def is_tag(tag_id: str) -> bool:
    """Whether tag_id is part of the taxonomy."""
    return tag_id in TAG_IDS
