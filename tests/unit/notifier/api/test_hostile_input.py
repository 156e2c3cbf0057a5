"""Inputs PostgreSQL would choke on (NUL bytes, odd ids, extreme dates) answer 4xx on both backends."""

from __future__ import annotations

from tests.unit.notifier.api.conftest import Api


async def test_nul_bytes_and_malformed_ids_are_client_errors(api: Api) -> None:
    client = api.client
    _, headers = await api.team("acme")
    channel_id = (await client.post("/v1/channels", json={"kind": "console"}, headers=headers)).json()["id"]
    for path in (
        "/v1/channels/a%00x",
        "/v1/subscriptions/a%00x",
        "/v1/watchlist/a%00x",
        "/v1/events/a%00b",
        "/v1/channels/NOT-HEX",
    ):
        assert (await client.get(path, headers=headers)).status_code == 404, path
    for path in ("/v1/keys/a%00b", "/v1/suppressions/a%00b"):
        assert (await client.delete(path, headers=headers)).status_code == 404, path
    name = await client.post("/v1/watchlist", json={"name": "a\u0000b"}, headers=headers)
    assert name.status_code == 422
    kept = await client.post(
        "/v1/subscriptions",
        json={"name": "k", "channel_id": channel_id, "filters": {"keywords": ["a\u0000b"]}},
        headers=headers,
    )
    assert kept.status_code == 201
    assert kept.json()["filters"]["keywords"] == ["a\u0000b"]
    for since in ("0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2025-01-01"):
        for path in ("/v1/alerts", "/v1/events"):
            response = await client.get(path, params={"since": since}, headers=headers)
            assert response.status_code == 200, (path, since)
