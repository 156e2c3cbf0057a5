"""The published severity: team-agnostic, from the tags alone (the rule is schemas.severity).

Watchlist matches never count here: the classified event goes to every team, so a severity or reason raised by
one team's watchlist would tell every other team what that team watches. The notifier applies
schemas.severity.team_severity for each team from that team's own matches.
"""

from __future__ import annotations

from collections.abc import Sequence

from schemas.events import Severity, TagAssignment
from schemas.severity import base_severity


def severity_of(tags: Sequence[TagAssignment]) -> tuple[Severity, str]:
    """The base severity and its reason, which never depend on or name watchlist entries."""
    return base_severity(t.id for t in tags)
