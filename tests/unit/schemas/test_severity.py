"""The severity rule: the base from tags alone, a team's severity raised only by its own watched names."""

from __future__ import annotations

import pytest

from schemas.events import Severity
from schemas.severity import base_severity, team_severity


@pytest.mark.parametrize(
    ("tags", "watched", "expected"),
    [
        ({"entity_list.addition"}, {"Acme"}, Severity.CRITICAL),
        ({"sanctions.designation"}, {"Acme"}, Severity.CRITICAL),
        ({"other_list.change"}, {"Acme"}, Severity.CRITICAL),
        ({"license.decision"}, {"Acme"}, Severity.HIGH),  # a decision is not a listing
        ({"entity_list.addition"}, set(), Severity.HIGH),
        ({"license.decision"}, set(), Severity.HIGH),
        ({"entity_list.removal"}, {"Acme"}, Severity.HIGH),
        (set(), {"Acme"}, Severity.HIGH),
        ({"entity_list.removal"}, set(), Severity.MEDIUM),
        ({"export_control.other"}, set(), Severity.LOW),
        (set(), set(), Severity.LOW),
    ],
)
def test_team_severity_table(tags: set[str], watched: set[str], expected: Severity) -> None:
    assert team_severity(tags, watched)[0] is expected


def test_a_teams_reason_names_only_the_names_it_was_given_sorted_once() -> None:
    _, reason = team_severity({"entity_list.addition"}, ["Zed Ltd", "Acme", "Zed Ltd"])
    assert reason == "listing change naming watched entities: Acme, Zed Ltd"


@pytest.mark.parametrize(
    "tags", [set(), {"entity_list.addition"}, {"license.decision"}, {"entity_list.removal"}]
)
def test_the_base_is_what_a_team_watching_nothing_gets_and_names_no_watched_entity(tags: set[str]) -> None:
    severity, reason = base_severity(tags)
    assert (severity, reason) == team_severity(tags, ())
    assert severity is not Severity.CRITICAL
    assert "watched" not in reason
