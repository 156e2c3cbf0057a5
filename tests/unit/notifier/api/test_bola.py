"""Two teams: nothing of one is visible to, or changeable by, the other (404, never 403, never the object)."""

from __future__ import annotations

from schemas.events import Severity
from tests.unit.notifier.api.conftest import Api
from tests.unit.notifier.api.seed import fixture_event, seed_team, store_event, with_watchlist_hit


async def test_other_teams_objects_answer_404_on_every_object_route(api: Api) -> None:
    event = fixture_event()
    await store_event(api, event)
    a = await seed_team(api, "alpha", event)
    b = await seed_team(api, "bravo", event)
    client = api.client
    attempts = [
        ("GET", f"/v1/channels/{a.channel_id}", None),
        ("DELETE", f"/v1/channels/{a.channel_id}", None),
        ("POST", f"/v1/channels/{a.channel_id}/test", None),
        ("GET", f"/v1/subscriptions/{a.subscription_id}", None),
        ("PATCH", f"/v1/subscriptions/{a.subscription_id}", {"enabled": False}),
        ("DELETE", f"/v1/subscriptions/{a.subscription_id}", None),
        ("POST", f"/v1/subscriptions/{a.subscription_id}/preview", {"since": "2020-01-01"}),
        ("GET", f"/v1/watchlist/{a.watchlist_id}", None),
        ("DELETE", f"/v1/watchlist/{a.watchlist_id}", None),
        ("DELETE", f"/v1/suppressions/{a.suppression_id}", None),
        ("DELETE", f"/v1/keys/{a.key_id}", None),
    ]
    for method, path, body in attempts:
        response = await client.request(method, path, json=body, headers=b.headers)
        assert response.status_code == 404, (method, path, response.status_code)
        assert a.channel_id not in response.text
        assert "alpha" not in response.text
    # Nothing changed for alpha: every object is still there and alpha's key still works.
    assert (await client.get(f"/v1/channels/{a.channel_id}", headers=a.headers)).status_code == 200
    sub = await client.get(f"/v1/subscriptions/{a.subscription_id}", headers=a.headers)
    assert sub.status_code == 200
    assert sub.json()["enabled"] is True
    assert (await client.get(f"/v1/watchlist/{a.watchlist_id}", headers=a.headers)).status_code == 200
    assert [s["id"] for s in (await client.get("/v1/suppressions", headers=a.headers)).json()] == [
        a.suppression_id
    ]


async def test_lists_and_the_audit_log_show_only_the_callers_objects(api: Api) -> None:
    event = fixture_event()
    await store_event(api, event)
    a = await seed_team(api, "alpha", event)
    b = await seed_team(api, "bravo", event)
    for path, own in [
        ("/v1/channels", b.channel_id),
        ("/v1/subscriptions", b.subscription_id),
        ("/v1/watchlist", b.watchlist_id),
        ("/v1/suppressions", b.suppression_id),
        ("/v1/keys", b.key_id),
        ("/v1/alerts", b.delivery_id),
    ]:
        response = await api.client.get(path, headers=b.headers)
        assert response.status_code == 200, path
        assert [item["id"] for item in response.json()] == [own], path
        assert a.team_id not in response.text


async def test_references_to_another_teams_objects_are_refused(api: Api) -> None:
    event = fixture_event()
    await store_event(api, event)
    a = await seed_team(api, "alpha", event)
    b = await seed_team(api, "bravo", event)
    client = api.client
    create = await client.post(
        "/v1/subscriptions", json={"name": "steal", "channel_id": a.channel_id}, headers=b.headers
    )
    assert create.status_code == 422
    assert create.json()["detail"][0]["loc"] == ["body", "channel_id"]
    patch = await client.patch(
        f"/v1/subscriptions/{b.subscription_id}", json={"channel_id": a.channel_id}, headers=b.headers
    )
    assert patch.status_code == 422
    supp = await client.post(
        "/v1/suppressions",
        json={"event_id": event.event_id, "subscription_id": a.subscription_id},
        headers=b.headers,
    )
    assert supp.status_code == 422
    assert supp.json()["detail"][0]["loc"] == ["body", "subscription_id"]


async def test_events_hide_other_teams_watchlist_hits(api: Api) -> None:
    a_team, a_headers = await api.team("alpha")
    _, b_headers = await api.team("bravo")
    event = with_watchlist_hit(fixture_event(), a_team, "Alpha Secret Supplier")
    await store_event(api, event)
    seen_by_b = await api.client.get("/v1/events", headers=b_headers)
    assert [e["event_id"] for e in seen_by_b.json()] == [event.event_id]
    assert "Alpha Secret Supplier" not in seen_by_b.text
    full_for_b = await api.client.get(f"/v1/events/{event.event_id}", headers=b_headers)
    assert full_for_b.status_code == 200
    assert "Alpha Secret Supplier" not in full_for_b.text
    assert (await api.client.get("/v1/events?entity=Alpha Secret Supplier", headers=b_headers)).json() == []
    seen_by_a = await api.client.get("/v1/events?entity=Alpha Secret Supplier", headers=a_headers)
    assert "Alpha Secret Supplier" in seen_by_a.text


async def test_another_teams_watchlist_hit_never_shows_in_severity_or_reason(api: Api) -> None:
    a_team, a_headers = await api.team("alpha")
    _, b_headers = await api.team("bravo")
    event = with_watchlist_hit(fixture_event(), a_team, "Alpha Secret Supplier")
    # As a classifier before the per-team rule published it: raised by, and naming, alpha's watchlist.
    event = event.model_copy(
        update={
            "severity": Severity.CRITICAL,
            "severity_reason": "listing change naming watched entities: Alpha Secret Supplier",
        }
    )
    await store_event(api, event)
    full_for_b = (await api.client.get(f"/v1/events/{event.event_id}", headers=b_headers)).json()
    assert full_for_b["severity"] == "high"
    assert "watched" not in full_for_b["severity_reason"]
    assert all(m["team_id"] is None for m in full_for_b["entities"])
    assert [e["severity"] for e in (await api.client.get("/v1/events", headers=b_headers)).json()] == ["high"]
    full_for_a = (await api.client.get(f"/v1/events/{event.event_id}", headers=a_headers)).json()
    assert full_for_a["severity"] == "critical"
    assert "Alpha Secret Supplier" in full_for_a["severity_reason"]
