"""An unknown tag is a 422 that says which entry is wrong without repeating what was sent."""

from __future__ import annotations

from tests.unit.notifier.api.conftest import Api

SENT = "entity_list.additionz-<b>sk_live_do-not-echo-me</b>"


async def test_an_unknown_tag_is_named_by_position_never_echoed(sqlite_api: Api) -> None:
    _, auth = await sqlite_api.team("acme")
    channel = await sqlite_api.client.post("/v1/channels", json={"kind": "console"}, headers=auth)
    body = {
        "name": "x",
        "channel_id": channel.json()["id"],
        "filters": {"tags": ["entity_list.addition", SENT]},
    }
    response = await sqlite_api.client.post("/v1/subscriptions", json=body, headers=auth)
    assert response.status_code == 422
    assert "do-not-echo-me" not in response.text
    assert "additionz" not in response.text
    (error,) = response.json()["detail"]
    assert error["loc"][-1] == "tags"
    assert "unknown tag at position 2" in error["msg"]


async def test_an_unknown_tag_in_the_events_query_is_not_echoed(sqlite_api: Api) -> None:
    _, auth = await sqlite_api.team("acme")
    response = await sqlite_api.client.get("/v1/events", params={"tag": SENT}, headers=auth)
    assert response.status_code == 422
    assert "do-not-echo-me" not in response.text
