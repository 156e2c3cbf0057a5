"""Authentication and limits: 401 without a live key, admin-only team creation, keys shown once, 429."""

from __future__ import annotations

import pytest

from notifier.api.ratelimit import RateLimiter
from tests.unit.notifier.api.conftest import ADMIN_KEY, Api, make_api

PROTECTED = [
    ("GET", "/v1/team"),
    ("GET", "/v1/keys"),
    ("GET", "/v1/channels"),
    ("GET", "/v1/subscriptions"),
    ("GET", "/v1/watchlist"),
    ("GET", "/v1/suppressions"),
    ("GET", "/v1/alerts"),
    ("GET", "/v1/events"),
    ("POST", "/v1/channels"),
]


async def test_every_route_needs_a_key_but_health_and_metrics(sqlite_api: Api) -> None:
    client = sqlite_api.client
    for method, path in PROTECTED:
        missing = await client.request(method, path)
        assert missing.status_code == 401, (method, path)
        assert missing.headers["WWW-Authenticate"] == "Bearer"
        bad = await client.request(method, path, headers={"Authorization": "Bearer ew_0123456789ab_nope"})
        assert bad.status_code == 401, (method, path)
    for path in ("/health/live", "/health/ready", "/metrics", "/openapi.json", "/docs"):
        assert (await client.get(path)).status_code == 200, path


async def test_team_creation_needs_the_admin_key(sqlite_api: Api) -> None:
    client = sqlite_api.client
    _, team_headers = await sqlite_api.team("acme")
    assert (await client.post("/v1/teams", json={"name": "x"})).status_code == 401
    assert (await client.post("/v1/teams", json={"name": "x"}, headers=team_headers)).status_code == 401
    wrong = {"Authorization": f"Bearer {ADMIN_KEY}x"}
    assert (await client.post("/v1/teams", json={"name": "x"}, headers=wrong)).status_code == 401
    admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
    assert (await client.get("/v1/channels", headers=admin)).status_code == 401  # admin is not a team


async def test_team_creation_is_disabled_without_admin_key(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, ADMIN_API_KEY=None)
    response = await api.client.post("/v1/teams", json={"name": "x"}, headers={"Authorization": "Bearer "})
    assert response.status_code == 401
    await api.app.state.api.engine.dispose()


async def test_key_is_shown_once_and_works_until_revoked(api: Api) -> None:
    client = api.client
    team_id, headers = await api.team("acme")
    secret = headers["Authorization"].removeprefix("Bearer ")
    whoami = await client.get("/v1/team", headers=headers)
    assert whoami.json() == {"id": team_id, "name": "acme"}
    listed = await client.get("/v1/keys", headers=headers)
    assert secret not in listed.text
    [initial] = listed.json()
    assert secret.startswith(initial["prefix"])
    assert initial["revoked_at"] is None

    second = await client.post("/v1/keys", json={"name": "ci"}, headers=headers)
    assert second.status_code == 201
    second_headers = {"Authorization": f"Bearer {second.json()['api_key']}"}
    assert (await client.delete(f"/v1/keys/{initial['id']}", headers=second_headers)).status_code == 204
    assert (await client.get("/v1/team", headers=headers)).status_code == 401
    assert (await client.get("/v1/team", headers=second_headers)).status_code == 200
    # A key with the right prefix but a wrong secret is refused too (the hash is what counts).
    forged = {"Authorization": f"Bearer {second.json()['api_key'][:-1]}X"}
    assert (await client.get("/v1/team", headers=forged)).status_code == 401


async def test_too_many_requests_per_key_answers_429_with_retry_after(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, API_RATE_LIMIT_PER_MINUTE=3)
    _, first = await api.team("a")
    _, second = await api.team("b")
    statuses = [(await api.client.get("/v1/channels", headers=first)).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    limited = await api.client.get("/v1/channels", headers=first)
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    # The limit is per key: another team is unaffected.
    assert (await api.client.get("/v1/channels", headers=second)).status_code == 200
    await api.app.state.api.engine.dispose()


def test_token_bucket_refills_over_time() -> None:
    clock = [0.0]
    limiter = RateLimiter(60, clock=lambda: clock[0])
    assert all(limiter.hit("k") is None for _ in range(60))
    assert limiter.hit("k") == 1
    clock[0] += 1.0
    assert limiter.hit("k") is None
    assert limiter.hit("other") is None


@pytest.mark.parametrize("header", ["Basic abc", "Bearer", "bearer ", "Token x"])
async def test_malformed_authorization_headers_are_401(sqlite_api: Api, header: str) -> None:
    response = await sqlite_api.client.get("/v1/team", headers={"Authorization": header})
    assert response.status_code == 401
