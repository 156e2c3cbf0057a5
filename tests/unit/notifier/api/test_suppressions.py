"""Suppressions: a cleared document stays quiet (preview marks it) until its content changes."""

from __future__ import annotations

from notifier.routing.documents import document_key
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import Route
from notifier.routing.suppression import Cleared, is_suppressed, without_suppressed
from schemas.events import SourceKind
from tests.unit.notifier.api.conftest import Api
from tests.unit.notifier.api.seed import fixture_event, store_event

EVENT = fixture_event()


def test_cleared_content_is_suppressed_and_changed_content_is_not() -> None:
    cleared = [Cleared("team", None, document_key(EVENT), EVENT.document.content_hash)]
    assert is_suppressed(EVENT, "team", "sub", cleared)
    assert not is_suppressed(EVENT, "other-team", "sub", cleared)
    changed = fixture_event(content_hash="sha256:changed", revision=2)
    assert not is_suppressed(changed, "team", "sub", cleared)
    # The published rule shares its document key with its Public Inspection filing.
    pi = fixture_event("public_inspection:2020-15827", source=SourceKind.PUBLIC_INSPECTION)
    assert document_key(pi) == document_key(EVENT) == "document:2020-15827"


def test_a_subscription_scoped_suppression_leaves_other_subscriptions_alone() -> None:
    cleared = [Cleared("team", "sub-1", document_key(EVENT), EVENT.document.content_hash)]
    assert is_suppressed(EVENT, "team", "sub-1", cleared)
    assert not is_suppressed(EVENT, "team", "sub-2", cleared)


def test_without_suppressed_drops_only_the_cleared_routes() -> None:
    routes = [Route("s1", "team", "c", SubscriptionFilter()), Route("s2", "other", "c", SubscriptionFilter())]
    cleared = [Cleared("team", None, document_key(EVENT), EVENT.document.content_hash)]
    assert [r.subscription_id for r in without_suppressed(EVENT, routes, cleared)] == ["s2"]
    assert without_suppressed(EVENT, routes, []) == routes


async def test_suppression_lifecycle_through_the_api(api: Api) -> None:
    client = api.client
    _, headers = await api.team("acme")
    await store_event(api, EVENT)
    channel_id = (await client.post("/v1/channels", json={"kind": "console"}, headers=headers)).json()["id"]
    sub = (
        await client.post(
            "/v1/subscriptions", json={"name": "all", "channel_id": channel_id}, headers=headers
        )
    ).json()
    preview_path = f"/v1/subscriptions/{sub['id']}/preview"

    unknown = await client.post(
        "/v1/suppressions", json={"event_id": "federal_register:nope"}, headers=headers
    )
    assert unknown.status_code == 422
    assert unknown.json()["detail"][0]["loc"] == ["body", "event_id"]

    created = await client.post(
        "/v1/suppressions",
        json={"event_id": EVENT.event_id, "note": "reviewed, not our suppliers"},
        headers=headers,
    )
    assert created.status_code == 201
    supp = created.json()
    assert supp["document_key"] == "document:2020-15827"
    assert supp["active"] is True
    assert supp["content_hash"] == EVENT.document.content_hash
    [listed] = (await client.get("/v1/suppressions", headers=headers)).json()
    assert listed["id"] == supp["id"]
    assert listed["active"] is True
    [previewed] = (await client.post(preview_path, json={"since": "2000-01-01"}, headers=headers)).json()[
        "events"
    ]
    assert previewed["suppressed"] is True

    assert (await client.delete(f"/v1/suppressions/{supp['id']}", headers=headers)).status_code == 204
    assert (await client.get("/v1/suppressions", headers=headers)).json() == []
    [previewed] = (await client.post(preview_path, json={"since": "2000-01-01"}, headers=headers)).json()[
        "events"
    ]
    assert previewed["suppressed"] is False
