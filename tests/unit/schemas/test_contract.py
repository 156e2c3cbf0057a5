"""The event contract: frozen payloads keep parsing, exported JSON Schema is current, ids are checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from schemas.events import (
    EVENT_MODELS,
    DeadLetter,
    DocumentSeen,
    TagAssignment,
    content_hash,
    document_type_code,
)
from schemas.jsonschema import DEFAULT_DIR, render_all
from schemas.tags import TAG_IDS, TAXONOMY
from schemas.topics import TOPICS, TopicSpec

FROZEN = Path(__file__).resolve().parents[2] / "fixtures" / "events" / "v1"


@pytest.mark.parametrize("path", sorted(FROZEN.glob("*.json")), ids=lambda p: p.name)
def test_frozen_payloads_still_parse(path: Path) -> None:
    model = EVENT_MODELS[path.name.split(".")[0]]
    raw = path.read_bytes()
    parsed = model.model_validate_json(raw)
    # Round trip: what we produce today parses back to the same value.
    assert model.model_validate_json(parsed.to_bytes()) == parsed


def test_every_model_has_a_frozen_example() -> None:
    assert {p.name.split(".")[0] for p in FROZEN.glob("*.json")} == set(EVENT_MODELS)


def test_exported_json_schema_is_current() -> None:
    on_disk = {p.name: p.read_text() for p in DEFAULT_DIR.glob("*.json")}
    assert on_disk == render_all(), "schemas/json is stale: run `make schemas` and commit the result"


def test_unknown_fields_from_newer_producers_are_ignored() -> None:
    payload = json.loads((FROZEN / "DocumentSeen.json").read_text()) | {"added_in_v1_1": "x"}
    assert DocumentSeen.model_validate(payload).event_id == "federal_register:2020-15827"


def test_tag_outside_taxonomy_is_rejected() -> None:
    with pytest.raises(ValidationError, match="unknown tag"):
        TagAssignment.model_validate(
            {
                "id": "entity_list.additions",
                "evidence": [{"rule_id": "r", "field": "title", "start": 0, "end": 1, "text": "x"}],
            }
        )


def test_tag_without_evidence_is_rejected() -> None:
    with pytest.raises(ValidationError):
        TagAssignment(id="entity_list.addition", evidence=[])


def test_taxonomy_matches_design() -> None:
    assert {
        "entity_list.addition",
        "entity_list.removal",
        "entity_list.revision",
        "license.requirement",
        "license.decision",
        "sanctions.designation",
        "sanctions.regulation",
        "other_list.change",
        "export_control.other",
    } == TAG_IDS
    assert all(t.definition for t in TAXONOMY)


def test_content_hash_separates_fields() -> None:
    assert content_hash("ab", "c") != content_hash("a", "bc")
    assert content_hash("a", None) == content_hash("a", "")


def test_dead_letter_keeps_original_bytes() -> None:
    letter = DeadLetter.wrap(service="s", topic="t", value=b"\xff\x00raw", key=None, error=KeyError("k"))
    assert letter.original_value() == b"\xff\x00raw"
    assert letter.error_type == "KeyError"


def test_topic_layout() -> None:
    by_name = {t.name: t for t in TOPICS}
    assert by_name["exportwatch.watchlist.v1"].configs()["cleanup.policy"] == "compact"
    assert by_name["exportwatch.screening_list.v1"].configs()["cleanup.policy"] == "compact"
    assert by_name["exportwatch.documents.v1"].configs()["cleanup.policy"] == "delete"
    assert all(t.partitions == 6 for t in TOPICS)
    assert TopicSpec("x", compacted=True).renamed("y") == TopicSpec("y", compacted=True)


def test_a_document_type_by_the_apis_name_or_its_code_reads_as_the_code() -> None:
    assert document_type_code("Rule") == "RULE"
    assert document_type_code("Proposed Rule") == "PRORULE"
    assert document_type_code("presidential document") == "PRESDOCU"
    assert document_type_code("NOTICE") == "NOTICE"
    assert document_type_code(" ") is None
    assert document_type_code(None) is None
