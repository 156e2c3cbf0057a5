"""Pure route matching, as table cases."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import Route, match, matches
from schemas.events import DocumentClassified

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[3] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)


@pytest.mark.parametrize(
    ("criteria", "expected"),
    [
        ({}, True),
        ({"tags": ["entity_list.addition"]}, True),
        ({"tags": ["entity_list.*"]}, True),
        ({"tags": ["sanctions.designation"]}, False),
        ({"tags": ["license.*"]}, False),
        ({"min_severity": "high"}, True),
        ({"min_severity": "critical"}, False),
        ({"countries": ["china"]}, True),
        ({"countries": ["Russia"]}, False),
        ({"entities": ["nanchang o film tech"]}, True),
        ({"entities": ["Huawei"]}, False),
        ({"keywords": ["eleven entities"]}, True),
        ({"keywords": ["Entit"]}, False),
        ({"sources": ["federal_register"]}, True),
        ({"sources": ["feed"]}, False),
        ({"stages": ["published"]}, True),
        ({"stages": ["public_inspection"]}, False),
        ({"document_types": ["rule"]}, True),
        ({"document_types": ["NOTICE"]}, False),
        ({"tags": ["entity_list.addition"], "countries": ["Iran"]}, False),
    ],
)
def test_filter_criteria(criteria: dict[str, Any], expected: bool) -> None:
    assert matches(EVENT, SubscriptionFilter.model_validate(criteria)) is expected


def test_match_returns_only_matching_routes() -> None:
    wanted = Route("s1", "t1", "c1", SubscriptionFilter(tags=["entity_list.*"]))
    unwanted = Route("s2", "t1", "c1", SubscriptionFilter(tags=["license.decision"]))
    assert match(EVENT, [wanted, unwanted]) == [wanted]


def test_unknown_tags_and_fields_are_rejected() -> None:
    with pytest.raises(ValueError, match="unknown tag at position 1"):
        SubscriptionFilter(tags=["entity-list"])
    with pytest.raises(ValueError, match="extra"):
        SubscriptionFilter.model_validate(json.loads('{"tagz": []}'))
