"""The severity rule: a base from the tags alone, raised for one team by that team's own watchlist matches.

critical  a listing or designation (entity_list.addition, sanctions.designation, other_list.change) that names
          an entity on the reading team's own watchlist;
high      any new listing or designation, a licence decision, or any mention of an entity the team watches;
medium    other export-control changes (licence requirements, Entity List removals/revisions, sanctions
          regulations);
low       procedural export-control items (export_control.other only) and untagged documents.

The classifier publishes base_severity, the same for every team; team_severity is applied only where the
reading team is known (the notifier), so one team's watchlist never shows in another team's severity or
reason.
"""

from __future__ import annotations

from collections.abc import Iterable

from schemas.events import Severity

LISTING = frozenset({"entity_list.addition", "sanctions.designation", "other_list.change"})
HIGH = LISTING | {"license.decision"}
PROCEDURAL = frozenset({"export_control.other"})


def base_severity(tag_ids: Iterable[str]) -> tuple[Severity, str]:
    """Severity and reason from the tags alone: what every team sees before its own watchlist counts."""
    return team_severity(tag_ids, ())


def team_severity(tag_ids: Iterable[str], watched: Iterable[str]) -> tuple[Severity, str]:
    """Severity and reason for one team, given the names its own watchlist matched (by the module rule)."""
    ids = frozenset(tag_ids)
    names = sorted(set(watched))
    if ids & LISTING and names:
        return Severity.CRITICAL, f"listing change naming watched entities: {', '.join(names)}"
    if ids & HIGH:
        return (
            Severity.HIGH,
            f"names newly listed, designated or licensed parties ({', '.join(sorted(ids & HIGH))})",
        )
    if names:
        return Severity.HIGH, f"mentions watched entities: {', '.join(names)}"
    if ids - PROCEDURAL:
        return Severity.MEDIUM, f"export-control change ({', '.join(sorted(ids))})"
    if ids:
        return Severity.LOW, "procedural export-control item"
    return Severity.LOW, "no export-control tag"
