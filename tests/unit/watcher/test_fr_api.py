"""Parsing real recorded Federal Register API responses into DocumentSeen events."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from schemas.events import SourceKind, Stage
from watcher.sources.fr_api import FIELDS, FederalRegisterError, documents_query, parse_page

FR = Path(__file__).resolve().parents[2] / "fixtures" / "fr_api"


def test_parses_the_recorded_search_page() -> None:
    events, total = parse_page((FR / "documents_search_pubdate-2016-02-29_per_page-1000.json").read_bytes())
    assert total == 129
    assert len(events) == 129
    bis = [e for e in events if "industry-and-security-bureau" in e.agencies]
    assert [e.document_number for e in bis] == ["2016-04324", "2016-04258", "2016-04257", "2016-04259"]
    first = bis[0]
    assert first.event_id == "federal_register:2016-04324"
    assert first.source is SourceKind.FEDERAL_REGISTER
    assert first.stage is Stage.PUBLISHED
    assert first.title == "Updated Legal Authority Citations"
    assert first.published == date(2016, 2, 29)


def test_parses_default_field_documents_with_abstract_action_and_type() -> None:
    events, _ = parse_page((FR / "documents_multi_2017-27513_2017-27451_default_fields.json").read_bytes())
    by_number = {e.document_number: e for e in events}
    doc = by_number["2017-27451"]
    assert doc.document_type == "NOTICE"
    assert doc.text.startswith("The Board of Governors of the Federal Reserve System")
    assert (doc.action or "").startswith("On August 2, 2017")
    assert doc.significant is False
    assert doc.agencies == ["federal-reserve-system"]


def test_same_document_same_id_and_hash() -> None:
    payload = (FR / "documents_multi_2017-27513_2017-27451_default_fields.json").read_bytes()
    a, _ = parse_page(payload)
    b, _ = parse_page(payload)
    assert [(e.event_id, e.content_hash) for e in a] == [(e.event_id, e.content_hash) for e in b]


@pytest.mark.parametrize("payload", [b"<html>oops</html>", b'{"results": 3}', b"\xff\xfe"])
def test_malformed_pages_raise_a_typed_error(payload: bytes) -> None:
    with pytest.raises(FederalRegisterError):
        parse_page(payload)


def test_a_404_body_is_not_mistaken_for_an_empty_page() -> None:
    with pytest.raises(FederalRegisterError, match="Record Not Found"):
        parse_page((FR / "error_404_documents_4242-4242.json").read_bytes())


def test_an_empty_search_is_not_an_error() -> None:
    assert parse_page(b'{"count": 0, "description": "none", "total_pages": 0}') == ([], 0)


def test_query_asks_for_every_field_and_refuses_silent_clamp() -> None:
    params = documents_query(agencies=["industry-and-security-bureau"], since=date(2024, 1, 1))
    assert [v for k, v in params if k == "fields[]"] == list(FIELDS)
    assert ("conditions[agencies][]", "industry-and-security-bureau") in params
    with pytest.raises(ValueError, match="per_page"):
        documents_query(agencies=[], since=date(2024, 1, 1), per_page=5000)


def test_the_html_404_body_is_an_html_error_page() -> None:
    with pytest.raises(FederalRegisterError) as caught:
        parse_page((FR / "error_404_documents_empty_number.html").read_bytes())
    assert caught.value.reason == "html_error_page"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [("publication_date", "2016-02-30", "invalid_date"), ("title", None, "missing_fields")],
)
def test_invalid_dates_and_missing_fields_are_typed(field: str, value: object, reason: str) -> None:
    doc = {"document_number": "2016-00001", "title": "A rule", "publication_date": "2016-02-29", field: value}
    with pytest.raises(FederalRegisterError) as caught:
        parse_page(json.dumps({"count": 1, "results": [doc]}).encode())
    assert caught.value.reason == reason
