"""Fuzzing the screening-list loader: csv (three layouts), json, gzip: ScreeningListError or valid entries."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import example, given

from schemas.events import ScreeningEntry
from screening import csl
from tests.unit.fuzz.conftest import FUZZ
from tests.unit.fuzz.strategies import CSL_PAYLOADS

REASONS = {
    "html_error_page",
    "invalid_json",
    "invalid_csv",
    "invalid_gzip",
    "not_a_page",
    "empty",
    "missing_fields",
    "too_large",
    "truncated",
}

SHARED_NUMBER = (
    b'[{"source": "MEU", "name": "A", "entity_number": 100},'
    b' {"source": "MEU", "name": "B", "entity_number": 100}]'
)


@FUZZ
@given(CSL_PAYLOADS)
# Crashes before the fix: zlib.error on a corrupt gzip, ValueError on a 5000-digit integer,
# RecursionError on deep nesting, csv.Error on an oversized field, UnicodeEncodeError on a lone surrogate.
@example(b"\x1f\x8bgarbage")
@example(b'[{"source": "EL", "name": "x", "n": ' + b"1" * 5000 + b"}]")
@example(b"[" * 100_000)
@example(b'source,name\n"' + b"a" * 200_000 + b'",b\n')
@example(b'[{"source": "EL", "name": "\\ud800"}]')
# Found by the fuzzer in the full-suite run: two names with one entity number shared a topic key.
@example(SHARED_NUMBER)
def test_screening_list_bytes(payload: bytes) -> None:
    try:
        entries = csl.load(payload, max_bytes=1024 * 1024)
    except csl.ScreeningListError as exc:
        reason = exc.reason
    else:
        _check_entries(entries)
        return
    assert reason in REASONS, reason


def _check_entries(entries: list[ScreeningEntry]) -> None:
    assert entries
    keys = [entry.key for entry in entries]
    assert len(keys) == len(set(keys)), "two entries share a compacted-topic key"
    for entry in entries:
        assert entry.name.strip()
        assert entry.list.strip()
        assert ScreeningEntry.model_validate_json(entry.to_bytes()) == entry


def test_a_surrogate_in_a_json_name_is_replaced() -> None:
    [entry] = csl.load(b'[{"source": "EL", "name": "Acme \\ud800 Ltd"}]')
    assert entry.name == "Acme ? Ltd"


def test_a_corrupt_gzip_is_a_typed_error() -> None:
    payload = gzip.compress(b"source,name\nEL,Acme\n")
    with pytest.raises(csl.ScreeningListError) as caught:
        csl.load(payload[:10] + b"\xff" * 8 + payload[18:])
    assert caught.value.reason in {"invalid_gzip", "truncated"}


def test_two_names_with_one_entity_number_get_distinct_keys() -> None:
    entries = csl.load(SHARED_NUMBER)
    assert [(e.name, e.key) for e in entries] == [("A", "MEU:n100"), ("B", "MEU:n100-2")]
