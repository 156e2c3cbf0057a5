"""Each team's view of an event: its own watchlist hits only, and a severity computed from those alone."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from notifier.routing.filters import SubscriptionFilter
from notifier.routing.index import RouteIndex, match_visible
from notifier.routing.matching import Route, for_team, matches
from schemas.events import DocumentClassified, EntityMention, MatchKind, Severity
from tests.unit.notifier.conftest import EVENT
from tests.unit.notifier.routing.test_index import events, filters

SECRET = "Alpha Secret Supplier"


def _hit(team_id: str, name: str = SECRET) -> EntityMention:
    return EntityMention(
        text=name,
        canonical_name=name,
        list="watchlist",
        score=1.0,
        match_kind=MatchKind.EXACT,
        team_id=team_id,
    )


# The fixture is an Entity List addition; team alpha watches a party it names.
WATCHED = EVENT.model_copy(update={"entities": [*EVENT.entities, _hit("alpha")]})
# What a classifier before the per-team rule published: severity and reason raised by alpha's watchlist.
LEGACY = WATCHED.model_copy(
    update={
        "severity": Severity.CRITICAL,
        "severity_reason": f"listing change naming watched entities: {SECRET}",
    }
)


def test_the_watching_team_sees_critical_naming_its_own_entity() -> None:
    view = for_team(WATCHED, "alpha")
    assert view.severity is Severity.CRITICAL
    assert SECRET in view.severity_reason
    assert [m.canonical_name for m in view.entities if m.team_id] == [SECRET]


def test_another_team_sees_the_base_severity_and_no_trace_of_the_watched_name() -> None:
    for event in (WATCHED, LEGACY):
        view = for_team(event, "bravo")
        assert view.severity is Severity.HIGH
        assert "watched" not in view.severity_reason
        assert view.entities == EVENT.entities  # list mentions only (team_id None)
        assert SECRET not in view.model_dump_json()


def test_the_legacy_severity_is_recomputed_for_the_watching_team_too() -> None:
    view = for_team(
        LEGACY.model_copy(update={"entities": [*EVENT.entities, _hit("alpha", "Other Co")]}), "alpha"
    )
    assert view.severity is Severity.CRITICAL
    assert view.severity_reason == "listing change naming watched entities: Other Co"


def test_an_event_without_watchlist_hits_is_every_teams_view_unchanged() -> None:
    assert for_team(EVENT, "bravo") is EVENT


def test_min_severity_critical_routes_only_for_the_team_whose_watchlist_matched() -> None:
    critical = SubscriptionFilter(min_severity=Severity.CRITICAL)
    secret = SubscriptionFilter(entities=[SECRET])
    routes = [
        Route("alpha-critical", "alpha", "c1", critical),
        Route("bravo-critical", "bravo", "c2", critical),
        Route("alpha-secret", "alpha", "c1", secret),
        Route("bravo-secret", "bravo", "c2", secret),
    ]
    for event in (WATCHED, LEGACY):
        got = [r.subscription_id for r in match_visible(RouteIndex(routes), event)]
        assert got == ["alpha-critical", "alpha-secret"]


TEAMS = ["t1", "t2", "t3"]


@st.composite
def watched_events(draw: st.DrawFn) -> DocumentClassified:
    """Generated events with hits on the watchlists of some of the teams."""
    event = draw(events())
    hits = [
        _hit(team, name)
        for team, name in draw(
            st.lists(st.tuples(st.sampled_from(TEAMS[:2]), st.sampled_from(["Huawei", "drone Co.", "Iran"])))
        )
    ]
    return event.model_copy(update={"entities": [*event.entities, *hits]})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(TEAMS), filters), min_size=1, max_size=8), watched_events())
def test_match_visible_is_each_route_matched_against_its_own_teams_view(
    chosen: list[tuple[str, SubscriptionFilter]], event: DocumentClassified
) -> None:
    routes = [Route(f"s{i}", team, "c", f) for i, (team, f) in enumerate(chosen)]
    expected = [r.subscription_id for r in routes if matches(for_team(event, r.team_id), r.filter)]
    assert [r.subscription_id for r in match_visible(RouteIndex(routes), event)] == expected
