"""Per-team caps on channels, subscriptions and watchlist entries: 409 naming the setting."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.unit.notifier.api.conftest import Api, make_api

console = {"kind": "console"}


@pytest.fixture
async def capped(sqlite_url: str) -> AsyncIterator[Api]:
    """The API with every per-team cap at 2."""
    made = await make_api(
        sqlite_url,
        API_MAX_CHANNELS_PER_TEAM=2,
        API_MAX_SUBSCRIPTIONS_PER_TEAM=2,
        API_MAX_WATCHLIST_ENTRIES_PER_TEAM=2,
    )
    yield made
    await made.client.aclose()
    await made.app.state.api.engine.dispose()


async def test_channels_stop_at_the_cap_and_a_delete_frees_room(capped: Api) -> None:
    _, auth = await capped.team("acme")
    ids = []
    for _ in range(2):
        response = await capped.client.post("/v1/channels", json=console, headers=auth)
        assert response.status_code == 201
        ids.append(response.json()["id"])
    refused = await capped.client.post("/v1/channels", json=console, headers=auth)
    assert refused.status_code == 409
    assert "API_MAX_CHANNELS_PER_TEAM" in refused.json()["detail"]
    # Another team has its own room.
    _, other = await capped.team("other")
    assert (await capped.client.post("/v1/channels", json=console, headers=other)).status_code == 201
    assert (await capped.client.delete(f"/v1/channels/{ids[0]}", headers=auth)).status_code == 204
    assert (await capped.client.post("/v1/channels", json=console, headers=auth)).status_code == 201


async def test_subscriptions_stop_at_the_cap(capped: Api) -> None:
    _, auth = await capped.team("acme")
    channel = (await capped.client.post("/v1/channels", json=console, headers=auth)).json()["id"]
    body = {"name": "s", "channel_id": channel, "filters": {}}
    ids = [
        (await capped.client.post("/v1/subscriptions", json=body, headers=auth)).json()["id"]
        for _ in range(2)
    ]
    refused = await capped.client.post("/v1/subscriptions", json=body, headers=auth)
    assert refused.status_code == 409
    assert "API_MAX_SUBSCRIPTIONS_PER_TEAM" in refused.json()["detail"]
    assert (await capped.client.delete(f"/v1/subscriptions/{ids[0]}", headers=auth)).status_code == 204
    assert (await capped.client.post("/v1/subscriptions", json=body, headers=auth)).status_code == 201


async def test_watchlist_entries_stop_at_the_cap_before_anything_is_published(capped: Api) -> None:
    _, auth = await capped.team("acme")
    for name in ("Alpha GmbH", "Beta Ltd"):
        assert (
            await capped.client.post("/v1/watchlist", json={"name": name}, headers=auth)
        ).status_code == 201
    published = len(capped.publisher.records)
    refused = await capped.client.post("/v1/watchlist", json={"name": "Gamma SA"}, headers=auth)
    assert refused.status_code == 409
    assert "API_MAX_WATCHLIST_ENTRIES_PER_TEAM" in refused.json()["detail"]
    assert len(capped.publisher.records) == published


def test_the_defaults_are_sane() -> None:
    from notifier.settings import NotifierSettings

    settings = NotifierSettings(_env_file=None)
    assert settings.api_max_channels_per_team == 50
    assert settings.api_max_subscriptions_per_team == 200
    assert settings.api_max_watchlist_entries_per_team == 5000
