"""The severity rule: how urgently a compliance officer should look at a classified event.

critical  a listing or designation (entity_list.addition, sanctions.designation, other_list.change) that names
          an entity on a team's own watchlist;
high      any new listing or designation, a licence decision, or any mention of a watched entity;
medium    other export-control changes (licence requirements, Entity List removals/revisions, sanctions
          regulations);
low       procedural export-control items (export_control.other only) and untagged documents.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas.events import EntityMention, Severity, TagAssignment

LISTING = frozenset({"entity_list.addition", "sanctions.designation", "other_list.change"})
HIGH = LISTING | {"license.decision"}
PROCEDURAL = frozenset({"export_control.other"})


def severity_of(tags: list[TagAssignment], entities: Sequence[EntityMention] = ()) -> tuple[Severity, str]:
    """Severity and the reason, by the rule in this module's docstring."""
    ids = {t.id for t in tags}
    watched = sorted({m.canonical_name for m in entities if m.team_id is not None})
    if ids & LISTING and watched:
        return Severity.CRITICAL, f"listing change naming watched entities: {', '.join(watched)}"
    if ids & HIGH:
        return (
            Severity.HIGH,
            f"names newly listed, designated or licensed parties ({', '.join(sorted(ids & HIGH))})",
        )
    if watched:
        return Severity.HIGH, f"mentions watched entities: {', '.join(watched)}"
    if ids - PROCEDURAL:
        return Severity.MEDIUM, f"export-control change ({', '.join(sorted(ids))})"
    if ids:
        return Severity.LOW, "procedural export-control item"
    return Severity.LOW, "no export-control tag"
