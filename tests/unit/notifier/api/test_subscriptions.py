"""Subscriptions: CRUD, filters and digest schedules validated, preview against the stored history."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from tests.unit.notifier.api.conftest import Api
from tests.unit.notifier.api.seed import fixture_event, store_event


async def _channel(api: Api, headers: dict[str, str]) -> str:
    response = await api.client.post("/v1/channels", json={"kind": "console"}, headers=headers)
    channel_id: str = response.json()["id"]
    return channel_id


async def test_crud_round_trip(api: Api) -> None:
    client = api.client
    _, headers = await api.team("acme")
    channel_id = await _channel(api, headers)
    body = {
        "name": "Entity List, China",
        "channel_id": channel_id,
        "filters": {
            "tags": ["entity_list.*"],
            "countries": ["China"],
            "min_severity": "medium",
            "stages": ["published"],
            "sources": ["federal_register"],
            "document_types": ["RULE"],
            "entities": ["O-Film"],
            "keywords": ["entities"],
        },
        "mode": "digest",
        "schedule": {"every_minutes": 60},
    }
    created = await client.post("/v1/subscriptions", json=body, headers=headers)
    assert created.status_code == 201, created.text
    sub = created.json()
    assert sub["filters"]["countries"] == ["China"]
    assert sub["schedule"]["every_minutes"] == 60
    assert (await client.get(f"/v1/subscriptions/{sub['id']}", headers=headers)).json() == sub

    patched = await client.patch(
        f"/v1/subscriptions/{sub['id']}", json={"mode": "realtime", "enabled": False}, headers=headers
    )
    assert patched.status_code == 200
    assert patched.json()["mode"] == "realtime"
    assert patched.json()["schedule"] is None
    assert patched.json()["enabled"] is False
    assert patched.json()["name"] == "Entity List, China"

    daily = {"mode": "digest", "schedule": {"daily_at": "08:30", "timezone": "America/New_York"}}
    assert (
        await client.patch(f"/v1/subscriptions/{sub['id']}", json=daily, headers=headers)
    ).status_code == 200
    assert [s["id"] for s in (await client.get("/v1/subscriptions", headers=headers)).json()] == [sub["id"]]

    assert (await client.delete(f"/v1/subscriptions/{sub['id']}", headers=headers)).status_code == 204
    assert (await client.get(f"/v1/subscriptions/{sub['id']}", headers=headers)).status_code == 404
    assert (await client.get("/v1/subscriptions", headers=headers)).json() == []


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"filters": {"tags": ["no.such.tag"]}}, "tags"),
        ({"filters": {"colour": ["red"]}}, "colour"),
        ({"filters": {"min_severity": "apocalyptic"}}, "min_severity"),
        ({"filters": {"stages": ["draft"]}}, "stages"),
        ({"mode": "weekly"}, "mode"),
        ({"mode": "digest"}, "schedule"),
        ({"mode": "digest", "schedule": {"daily_at": "08:00", "timezone": "Mars/Olympus"}}, "timezone"),
        ({"mode": "digest", "schedule": {"every_minutes": 1}}, "every_minutes"),
        ({"mode": "digest", "schedule": {"every_minutes": 60, "daily_at": "08:00"}}, "schedule"),
        ({"mode": "realtime", "schedule": {"every_minutes": 60}}, "schedule"),
        ({"name": ""}, "name"),
        ({"filters": {"keywords": ["x"] * 201}}, "filters"),
        ({"filters": {"entities": ["x" * 301]}}, "filters"),
        ({"enabled": "perhaps"}, "enabled"),
    ],
)
async def test_invalid_subscriptions_are_422_naming_the_field(
    sqlite_api: Api, change: dict[str, Any], field: str
) -> None:
    _, headers = await sqlite_api.team("acme")
    body = {"name": "s", "channel_id": await _channel(sqlite_api, headers)} | change
    response = await sqlite_api.client.post("/v1/subscriptions", json=body, headers=headers)
    assert response.status_code == 422, response.text
    assert any(field in map(str, err["loc"]) for err in response.json()["detail"]), response.text


async def test_patch_to_digest_without_schedule_is_refused(sqlite_api: Api) -> None:
    _, headers = await sqlite_api.team("acme")
    body = {"name": "s", "channel_id": await _channel(sqlite_api, headers)}
    sub = (await sqlite_api.client.post("/v1/subscriptions", json=body, headers=headers)).json()
    response = await sqlite_api.client.patch(
        f"/v1/subscriptions/{sub['id']}", json={"mode": "digest"}, headers=headers
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["loc"] == ["body", "schedule"]


async def test_preview_returns_matching_stored_events_since_a_day(api: Api) -> None:
    client = api.client
    _, headers = await api.team("acme")
    channel_id = await _channel(api, headers)
    old = fixture_event("federal_register:2019-00001", document_number="2019-00001")
    new = fixture_event()
    other = fixture_event("feed:x:1", title="Tariff news", text="Nothing about lists", document_number=None)
    other = other.model_copy(update={"tags": []})
    await store_event(api, old, datetime(2024, 1, 1, tzinfo=UTC))
    await store_event(api, new, datetime(2025, 6, 1, tzinfo=UTC))
    await store_event(api, other, datetime(2025, 6, 2, tzinfo=UTC))
    body = {
        "name": "EL",
        "channel_id": channel_id,
        "filters": {"tags": ["entity_list.addition"], "countries": ["china"]},
    }
    sub = (await client.post("/v1/subscriptions", json=body, headers=headers)).json()

    preview = await client.post(
        f"/v1/subscriptions/{sub['id']}/preview", json={"since": "2025-01-01"}, headers=headers
    )
    assert preview.status_code == 200
    result = preview.json()
    assert [e["event_id"] for e in result["events"]] == [new.event_id]
    assert result["scanned"] == 2
    hit = result["events"][0]
    assert hit["tags"] == ["entity_list.addition"]
    assert hit["countries"] == ["China"]
    assert hit["entities"][0]["canonical_name"] == "Nanchang O-Film Tech. Co. Ltd."
    assert hit["suppressed"] is False

    everything = await client.post(
        f"/v1/subscriptions/{sub['id']}/preview", json={"since": "2000-01-01"}, headers=headers
    )
    assert [e["event_id"] for e in everything.json()["events"]] == [new.event_id, old.event_id]
    bad = await client.post(
        f"/v1/subscriptions/{sub['id']}/preview", json={"since": "yesterday"}, headers=headers
    )
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["body", "since"]
