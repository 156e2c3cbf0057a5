"""A title's actions and the lists they fall on, read by one grammar instead of a pattern per title form."""

from __future__ import annotations

import pytest

from classifier.classify import tags_for
from classifier.corpus import item_to_document
from classifier.list_titles import title_actions
from schemas.events import ChangeKind

ADD, REMOVE, REVISE = ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.CHANGED


def _on_entity_list(title: str) -> set[ChangeKind]:
    return {a.kind for a in title_actions(title) if a.entity_list}


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        # The action before the list it falls on, however many parties stand between.
        ("Addition of Certain Persons to the Entity List", {ADD}),
        ("Removal of Person From the Entity List Based on a Removal Request", {REMOVE}),
        (
            "Addition of Entities, Revision of Entries, and Removal of Entity from the Entity List",
            {ADD, REVISE, REMOVE},
        ),
        (
            "Addition of Persons Acting Contrary to the National Security or Foreign Policy Interests of the "
            "United States to the Entity List",
            {ADD},
        ),
        # The list first, the actions after it, in one clause or in their own.
        ("Entity List Additions, Removals, and Revisions", {ADD, REMOVE, REVISE}),
        ("Entity List: Additions; Removals; Revisions", {ADD, REMOVE, REVISE}),
        ("Entity List — Deletions", {REMOVE}),
        (
            "Entity List; Removal of Certain Entities; Revision of Certain Entries; and Additions",
            {ADD, REMOVE, REVISE},
        ),
        # A later clause with no list of its own acts on the list named before it.
        ("Removal of Certain Entities From the Entity List; Revision of an Existing Entry", {REMOVE, REVISE}),
        ("Certain Entities to the Entity List; Additions: Russian Sanctions", {ADD}),
        # One action on two lists.
        ("Revisions to the Unverified List and the Entity List", {REVISE}),
        ("Removal of Persons From the Denied Persons List and the Entity List", {REMOVE}),
        # A news headline written as a sentence.
        ("U.S. adds 12 Chinese firms to Entity List", {ADD}),
    ],
)
def test_each_action_of_a_title_falls_on_the_entity_list(title: str, kinds: set[ChangeKind]) -> None:
    assert _on_entity_list(title) == kinds


@pytest.mark.parametrize(
    ("title", "kinds"),
    [
        # Another list's action is that list's, beside the Entity List's own.
        (
            "Addition of Entity to the Entity List, and Addition of Entity to the Military End-User (MEU) "
            "List and Removals From the MEU List",
            {ADD},
        ),
        (
            "Addition of Certain Persons to the Entity List and Revision of Entry on the Unverified List",
            {ADD},
        ),
        ("Notice on the Addition of Entities to the Uyghur Forced Labor Prevention Act Entity List", set()),
        # An action with an object of its own: requirements, the regulations, a compound "Entity List-based".
        ("Revisions to License Requirements for Entities on the Entity List", set()),
        ("Export Administration Regulations: Removal of Entity List-Based License Requirements", set()),
        ("Removal of Certain Persons From the Entity List; and EAR Conforming Changes", {REMOVE}),
        # ... also when the list stands before the action: the policy is clarified, not the entries.
        ("Entity List Additions, and Clarification of License Review Policy", {ADD}),
        ("Entity List Removals and Revision of License Requirements", {REMOVE}),
        # "; Correction" names a notice correcting an earlier rule, not a revision of entries.
        ("Addition of Certain Entities to the Entity List; Correction", {ADD}),
        # "Additional" is no addition; a title naming the list without an action has none.
        ("Implementation of Additional Export Controls on Entities on the Entity List", set()),
        ("Authorization of Certain Items to Entities on the Entity List in the Context of Standards", set()),
    ],
)
def test_actions_on_other_objects_are_not_the_entity_lists(title: str, kinds: set[ChangeKind]) -> None:
    assert _on_entity_list(title) == kinds


def test_the_other_lists_actions_are_read_too() -> None:
    title = "Addition of Certain Persons to the Entity List and Revision of Entry on the Unverified List"
    assert {(a.kind, a.entity_list) for a in title_actions(title)} == {(ADD, True), (REVISE, False)}


def _tags(title: str) -> dict[str, list[str]]:
    doc = item_to_document({"id": "t", "source": "federal_register", "title": title, "text": title})
    return {t.id: [e.text for e in t.evidence if e.rule_id.endswith(".title")] for t in tags_for(doc)}


def test_a_title_only_rule_is_tagged_from_its_title_with_the_span_that_says_it() -> None:
    tags = _tags("Entity List: Removal of Three Entities; Revision of an Entry; Additions")
    assert tags["entity_list.removal"] == ["Removal"]
    assert tags["entity_list.revision"] == ["Revision"]
    assert tags["entity_list.addition"] == ["Additions"]


@pytest.mark.parametrize(
    "title",
    [
        "US weighs adding Huawei affiliates to entity list",
        "Request for Comments on Removals From the Entity List",
        "Criteria for Additions to the Entity List",
    ],
)
def test_a_hedged_or_procedural_title_lists_nobody(title: str) -> None:
    assert not {t for t in _tags(title) if t.startswith("entity_list.")}
