"""classify() on real titles and abstracts from the development corpus."""

from __future__ import annotations

from classifier.classify import classify
from classifier.offline import item_to_document
from schemas.events import Severity


def _doc(title: str, text: str = "", **extra: object) -> dict[str, object]:
    return {"id": "t", "source": "federal_register", "title": title, "text": text} | extra


def test_entity_list_addition_carries_evidence_spans() -> None:
    text = (
        "This final rule amends the Export Administration Regulations (EAR) by adding eleven entities "
        "to the Entity List."
    )
    result = classify(item_to_document(_doc("Addition of Certain Entities to the Entity List", text)))
    tag = next(t for t in result.tags if t.id == "entity_list.addition")
    for ev in tag.evidence:
        source = {"title": result.document.title, "text": result.document.text}[ev.field]
        assert source[ev.start : ev.end] == ev.text
    assert any(ev.field == "text" and "adding eleven entities" in ev.text for ev in tag.evidence)
    assert result.severity is Severity.HIGH


def test_removal_and_revision_are_separate_tags() -> None:
    title = "Additions of Entities, Revisions of Entries, and Removal of an Entity From the Entity List"
    text = "This rule removes one entity from the Entity List and revises two entries on the Entity List."
    ids = {t.id for t in classify(item_to_document(_doc(title, text))).tags}
    assert {"entity_list.removal", "entity_list.revision"} <= ids


def test_fcc_spectrum_licence_is_not_an_export_tag() -> None:
    result = classify(
        item_to_document(
            _doc(
                "Petitions for Reconsideration of Action in Proceeding",
                "Petitions for Reconsideration have been filed in the Commission's rulemaking proceeding on "
                "spectrum licenses.",
            )
        )
    )
    assert result.tags == []
    assert result.severity is Severity.LOW
