"""RouteIndex answers exactly what matching.match answers, for generated filters and events."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from notifier.routing.filters import SubscriptionFilter
from notifier.routing.index import RouteIndex
from notifier.routing.matching import Route, match
from schemas.events import (
    CountryMention,
    DocumentClassified,
    DocumentSeen,
    EntityMention,
    Evidence,
    MatchKind,
    Severity,
    SourceKind,
    Stage,
    TagAssignment,
)

TAGS = ["entity_list.addition", "entity_list.removal", "license.requirement", "sanctions.designation"]
WANTED_TAGS = [*TAGS, "entity_list.*", "sanctions.*"]
WORDS = ["Huawei", "Technologies", "Co.", "Ltd", "drone", "Ré-sumé", "ltd.", "!!", "China", "Iran"]
phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join)

filters = st.builds(
    SubscriptionFilter,
    tags=st.lists(st.sampled_from(WANTED_TAGS), max_size=2),
    entities=st.lists(phrase, max_size=2),
    keywords=st.lists(phrase, max_size=2),
    countries=st.lists(st.sampled_from(["China", "china", "Iran", "Russia"]), max_size=2),
    sources=st.lists(st.sampled_from(list(SourceKind)), max_size=2),
    document_types=st.lists(st.sampled_from(["RULE", "notice"]), max_size=1),
    min_severity=st.sampled_from(list(Severity)),
    stages=st.lists(st.sampled_from(list(Stage)), max_size=1),
)


@st.composite
def events(draw: st.DrawFn) -> DocumentClassified:
    title = draw(phrase)
    doc = DocumentSeen(
        event_id="e",
        source=draw(st.sampled_from(list(SourceKind))),
        source_id="s",
        stage=draw(st.none() | st.sampled_from(list(Stage))),
        content_hash="h",
        title=title,
        text=draw(phrase),
        document_type=draw(st.sampled_from([None, "RULE", "NOTICE"])),
    )
    evidence = [Evidence(rule_id="r", field="title", start=0, end=1, text="x")]
    return DocumentClassified(
        event_id="e",
        document=doc,
        tags=[
            TagAssignment(id=t, evidence=evidence) for t in draw(st.lists(st.sampled_from(TAGS), max_size=2))
        ],
        entities=[
            EntityMention(text=n, canonical_name=c, list="l", score=1.0, match_kind=MatchKind.EXACT)
            for n, c in draw(st.lists(st.tuples(phrase, phrase), max_size=2))
        ],
        countries=[
            CountryMention(name=c) for c in draw(st.lists(st.sampled_from(["China", "Iran"]), max_size=2))
        ],
        severity=draw(st.sampled_from(list(Severity))),
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(filters, min_size=1, max_size=8), events())
def test_index_matches_exactly_like_the_reference(
    chosen: list[SubscriptionFilter], event: DocumentClassified
) -> None:
    routes = [Route(f"s{i}", "t", "c", f) for i, f in enumerate(chosen)]
    expected = [r.subscription_id for r in match(event, routes)]
    assert [r.subscription_id for r in RouteIndex(routes).match(event)] == expected
