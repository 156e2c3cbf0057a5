"""Watchlist: every change is published (entry or tombstone) before it is saved; re-published at start."""

from __future__ import annotations

from notifier.api.app import republish_watchlist
from schemas.events import WatchlistEntry
from tests.unit.notifier.api.conftest import Api


async def test_add_publishes_the_entry_and_delete_a_tombstone(api: Api) -> None:
    client = api.client
    team_id, headers = await api.team("acme")
    created = await client.post(
        "/v1/watchlist",
        json={"name": "Shenzhen Example Ltd", "aliases": ["SZ Example"], "note": "supplier"},
        headers=headers,
    )
    assert created.status_code == 201
    entry = created.json()
    [(key, value)] = api.publisher.records
    assert key == f"{team_id}:{entry['id']}"
    assert value is not None
    published = WatchlistEntry.model_validate_json(value)
    assert (published.team_id, published.entry_id, published.name) == (
        team_id,
        entry["id"],
        "Shenzhen Example Ltd",
    )
    assert published.aliases == ["SZ Example"]
    assert [e["id"] for e in (await client.get("/v1/watchlist", headers=headers)).json()] == [entry["id"]]

    assert (await client.delete(f"/v1/watchlist/{entry['id']}", headers=headers)).status_code == 204
    assert api.publisher.records[-1] == (key, None)
    assert (await client.get("/v1/watchlist", headers=headers)).json() == []
    assert (await client.get(f"/v1/watchlist/{entry['id']}", headers=headers)).status_code == 404


async def test_nothing_is_saved_when_kafka_does_not_acknowledge(api: Api) -> None:
    client = api.client
    _, headers = await api.team("acme")
    kept = (await client.post("/v1/watchlist", json={"name": "Kept"}, headers=headers)).json()
    api.publisher.failing = True
    refused = await client.post("/v1/watchlist", json={"name": "Lost"}, headers=headers)
    assert refused.status_code == 503
    assert refused.headers["Retry-After"] == "5"
    assert (await client.delete(f"/v1/watchlist/{kept['id']}", headers=headers)).status_code == 503
    names = [e["name"] for e in (await client.get("/v1/watchlist", headers=headers)).json()]
    assert names == ["Kept"]


async def test_start_up_republishes_entries_and_tombstones(api: Api) -> None:
    client = api.client
    team_id, headers = await api.team("acme")
    live = (await client.post("/v1/watchlist", json={"name": "Live"}, headers=headers)).json()
    gone = (await client.post("/v1/watchlist", json={"name": "Gone"}, headers=headers)).json()
    await client.delete(f"/v1/watchlist/{gone['id']}", headers=headers)
    api.publisher.records.clear()
    await republish_watchlist(api.app.state.api)
    records = dict(api.publisher.records)
    assert records[f"{team_id}:{gone['id']}"] is None
    assert WatchlistEntry.model_validate_json(records[f"{team_id}:{live['id']}"] or b"").name == "Live"


async def test_invalid_entries_are_422(sqlite_api: Api) -> None:
    _, headers = await sqlite_api.team("acme")
    for body, field in [({"name": ""}, "name"), ({"name": "x", "aliases": [""]}, "aliases"), ({}, "name")]:
        response = await sqlite_api.client.post("/v1/watchlist", json=body, headers=headers)
        assert response.status_code == 422
        assert field in map(str, response.json()["detail"][0]["loc"])
    assert sqlite_api.publisher.records == []


async def test_delete_on_the_collection_takes_the_entry_id(sqlite_api: Api) -> None:
    client = sqlite_api.client
    team_id, headers = await sqlite_api.team("acme")
    entry = (await client.post("/v1/watchlist", json={"name": "Gone Soon"}, headers=headers)).json()
    assert (await client.delete("/v1/watchlist", headers=headers)).status_code == 422
    assert (await client.delete("/v1/watchlist?entry_id=ffff", headers=headers)).status_code == 404
    assert (await client.delete(f"/v1/watchlist?entry_id={entry['id']}", headers=headers)).status_code == 204
    assert sqlite_api.publisher.records[-1] == (f"{team_id}:{entry['id']}", None)
