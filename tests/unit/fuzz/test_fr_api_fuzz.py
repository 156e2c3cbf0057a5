"""Fuzzing the Federal Register parsers: any page is a FederalRegisterError or valid, publishable events."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from schemas.events import DocumentSeen, SourceKind, Stage
from tests.unit.fuzz.conftest import FUZZ
from tests.unit.fuzz.strategies import FR_DOCUMENT, FR_PAYLOADS, XML_PAYLOADS
from watcher.sources.fr_api import FederalRegisterError, parse_results
from watcher.sources.rule_text import RuleTextError, xml_text

REASONS = {"html_error_page", "invalid_json", "not_a_page", "missing_fields", "invalid_date", "invalid_field"}


def check_page(payload: bytes, stage: Stage) -> None:
    """The property: a typed error with a known metric label, or events that survive the wire."""
    try:
        events, count, raw = parse_results(payload, source_id="fuzz", stage=stage)
    except FederalRegisterError as exc:
        error = exc
    else:
        _check_events(events, count, raw, stage)
        return
    assert error.reason in REASONS, error.reason


def _check_events(events: list[DocumentSeen], count: int, raw: list[Any], stage: Stage) -> None:
    assert isinstance(count, int)
    assert len(events) == len(raw)
    prefix = "public_inspection:" if stage is Stage.PUBLIC_INSPECTION else "federal_register:"
    for event in events:
        assert event.event_id.startswith(prefix)
        assert event.title.strip()
        assert event.document_number
        assert event.source is (
            SourceKind.PUBLIC_INSPECTION if stage is Stage.PUBLIC_INSPECTION else SourceKind.FEDERAL_REGISTER
        )
        # What the publisher sends must read back as the same event (the classifier's side of the contract).
        assert DocumentSeen.model_validate_json(event.to_bytes()) == event


def _page(**document: object) -> bytes:
    return json.dumps(
        {"count": 1, "results": [{"document_number": "2024-00001", "title": "T", **document}]}
    ).encode()


@FUZZ
@given(FR_PAYLOADS)
# Each of these crashed the parser before it was fixed (TypeError, OverflowError, ValueError,
# RecursionError, UnicodeEncodeError instead of FederalRegisterError).
@example(_page(docket_ids=5))
@example(_page(agencies=5))
@example(_page(cfr_references=5))
@example(_page(regulation_id_numbers=True))
@example(b'{"count": Infinity}')
@example(b'{"count": ' + b"1" * 5000 + b"}")
@example(b"[" * 100_000)
@example(b'{"results": [{"document_number": "1", "title": "\\ud800"}]}')
def test_documents_page(payload: bytes) -> None:
    check_page(payload, Stage.PUBLISHED)


@FUZZ
@given(FR_PAYLOADS)
def test_public_inspection_page(payload: bytes) -> None:
    check_page(payload, Stage.PUBLIC_INSPECTION)


@FUZZ
@given(st.lists(FR_DOCUMENT, min_size=1, max_size=3), st.integers(0, 3))
def test_a_page_of_mutated_documents(documents: list[dict[str, object]], valid: int) -> None:
    # Valid documents mixed in: the mutated neighbours must not turn into anything but a typed error.
    good = [{"document_number": f"2024-0000{i}", "title": f"Rule {i}"} for i in range(valid)]
    check_page(json.dumps({"count": 9, "results": good + documents}).encode(), Stage.PUBLISHED)


def test_surrogates_are_replaced_not_published() -> None:
    [event], _count, _raw = parse_results(_page(title="Export \ud800 rule", docket_ids=["BIS-\udfff"]))
    assert event.title == "Export ? rule"
    assert event.docket_ids == ["BIS-?"]


def test_a_scalar_where_a_list_belongs_is_a_typed_error() -> None:
    with pytest.raises(FederalRegisterError, match="agencies") as caught:
        parse_results(_page(agencies=5))
    assert caught.value.reason == "invalid_field"


@FUZZ
@given(XML_PAYLOADS)
@example(b"<?xml version='1.0' encoding='bogus'?><RULE/>")  # LookupError before the fix
def test_rule_text_xml(payload: bytes) -> None:
    try:
        text = xml_text(payload)
    except RuleTextError as exc:
        reason = exc.reason
    else:
        text.encode("utf-8")
        assert all(line.strip() for line in text.splitlines())
        return
    assert reason in {"malformed_xml", "unsafe_xml"}
