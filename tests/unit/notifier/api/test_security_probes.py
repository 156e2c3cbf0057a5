"""The security review's probes, run against the app with the shipped defaults: each must now be refused."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import structlog
from pydantic import ValidationError
from sqlalchemy import select

from notifier.alert import single
from notifier.api.metrics import REGISTRY
from notifier.api.state import ApiState
from notifier.channels.email import EmailChannel
from notifier.channels.kind import DeliveryError, SmtpConfig
from notifier.settings import NotifierSettings
from notifier.tables import Channel
from tests.mailbox import Mailbox, smtp_server
from tests.unit.notifier.api.conftest import ADMIN_KEY, Api, confirm_by_mail, mailed_code, make_api
from tests.unit.notifier.api.seed import fixture_event

DEFAULTS = NotifierSettings.model_fields
FAILURES = DEFAULTS["api_auth_failures_per_minute"].default
# The shipped limits, instead of the generous ones the other API tests run with.
SHIPPED: dict[str, Any] = {
    "API_AUTH_FAILURES_PER_MINUTE": FAILURES,
    "API_TEAM_RATE_LIMIT_PER_MINUTE": DEFAULTS["api_team_rate_limit_per_minute"].default,
    "API_CHANNEL_TEST_INTERVAL_SECONDS": DEFAULTS["api_channel_test_interval_seconds"].default,
    "EMAIL_CONFIRMATIONS_PER_HOUR": DEFAULTS["email_confirmations_per_hour"].default,
}
WRONG_TEAM_KEY = "ew_0123456789ab_" + "x" * 43
WRONG_ADMIN_KEY = "wrong-admin-key-" + "y" * 32


def _throttled(kind: str) -> float:
    return REGISTRY.get_sample_value("api_auth_throttled_total", {"kind": kind}) or 0.0


async def _close(*apis: Api) -> None:
    for api in apis:
        await api.client.aclose()
        await api.app.state.api.engine.dispose()


async def _statuses(api: Api, method: str, path: str, key: str, times: int, **kw: Any) -> list[int]:
    headers = {"Authorization": f"Bearer {key}", **kw.pop("headers", {})}
    return [(await api.client.request(method, path, headers=headers, **kw)).status_code for _ in range(times)]


async def test_wrong_team_keys_in_a_loop_get_429_and_the_log_never_holds_them(database_url: str) -> None:
    api = await make_api(database_url, **SHIPPED)
    _, good = await api.team("acme")
    before = _throttled("team")
    with structlog.testing.capture_logs() as logs:
        started = time.perf_counter()
        statuses = await _statuses(api, "GET", "/v1/team", WRONG_TEAM_KEY, 700)
        elapsed = time.perf_counter() - started
    # The probe: 700 wrong keys. Only the first FAILURES are even checked; the rest answer 429.
    assert statuses[:FAILURES] == [401] * FAILURES
    assert statuses[FAILURES] == 429
    # After the burst, one more try per 60 / FAILURES seconds of the run, never more.
    assert statuses.count(401) <= FAILURES + 1 + elapsed * FAILURES / 60
    assert _throttled("team") - before == statuses.count(429)
    limited = await api.client.get("/v1/team", headers={"Authorization": f"Bearer {WRONG_TEAM_KEY}"})
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    # No oracle: from a throttled address even the right key is not looked at.
    assert (await api.client.get("/v1/team", headers=good)).status_code == 429
    assert WRONG_TEAM_KEY not in repr(logs)
    assert WRONG_TEAM_KEY[3:15] not in repr(logs)  # not even its would-be prefix
    assert any(e["event"] == "authentication failed" and e["client"] == "127.0.0.1" for e in logs)
    assert any(e["event"] == "authentication throttled" for e in logs)
    print(f"700 wrong team keys: {statuses.count(401)} x 401, {statuses.count(429)} x 429 in {elapsed:.2f} s")
    await _close(api)


async def test_wrong_admin_keys_in_a_loop_get_429(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, **SHIPPED)
    with structlog.testing.capture_logs() as logs:
        statuses = await _statuses(api, "POST", "/v1/teams", WRONG_ADMIN_KEY, 60, json={"name": "x"})
    assert statuses == [401] * FAILURES + [429] * (60 - FAILURES)
    assert WRONG_ADMIN_KEY not in repr(logs)
    assert ADMIN_KEY not in repr(logs)
    assert _throttled("admin") >= 60 - FAILURES
    await _close(api)


async def test_failures_count_per_client_across_replicas_and_behind_a_trusted_proxy(
    database_url: str,
) -> None:
    # Two API replicas on one database, behind a proxy at 10.0.0.1 that appends the client to the header.
    proxied = {**SHIPPED, "API_TRUSTED_PROXIES": ["127.0.0.1/32"]}
    one, two = await make_api(database_url, **proxied), await make_api(database_url, **proxied)
    client_a = {"X-Forwarded-For": "198.51.100.7"}
    half = FAILURES // 2
    statuses = await _statuses(one, "GET", "/v1/team", WRONG_TEAM_KEY, half, headers=client_a)
    statuses += await _statuses(two, "GET", "/v1/team", WRONG_TEAM_KEY, FAILURES - half + 1, headers=client_a)
    assert statuses == [401] * FAILURES + [429]
    # Another client is not blocked, and a forged left-hand entry does not make a client someone else.
    forged = {"X-Forwarded-For": "198.51.100.7, 203.0.113.9"}
    assert await _statuses(one, "GET", "/v1/team", WRONG_TEAM_KEY, 1, headers=forged) == [401]
    await _close(one, two)


async def test_an_untrusted_peer_cannot_pick_its_address_with_x_forwarded_for(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, **SHIPPED)
    statuses = [
        (
            await api.client.get(
                "/v1/team",
                headers={"Authorization": f"Bearer {WRONG_TEAM_KEY}", "X-Forwarded-For": f"192.0.2.{i}"},
            )
        ).status_code
        for i in range(FAILURES + 1)
    ]
    assert statuses[-1] == 429
    await _close(api)


def test_a_short_admin_key_is_refused_naming_the_variable(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="ADMIN_API_KEY must be at least 32 characters"):
        NotifierSettings(ADMIN_API_KEY="a")
    with pytest.raises(ValidationError):
        NotifierSettings(ADMIN_API_KEY="x" * 31)
    assert NotifierSettings(ADMIN_API_KEY="x" * 32).admin_api_key is not None
    # Empty still means "team creation disabled", as before.
    assert NotifierSettings(ADMIN_API_KEY="").admin_api_key is None
    env = {
        **os.environ,
        "ADMIN_API_KEY": "a",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}",
    }
    started = subprocess.run(
        [sys.executable, "-m", "notifier.api", "--port", "1"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert started.returncode == 2
    assert "ADMIN_API_KEY" in started.stderr
    assert "at least 32 characters" in started.stderr
    assert not (tmp_path / "x.db").exists()  # refused before touching the database


async def test_keys_per_team_are_capped(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, **SHIPPED)
    cap = DEFAULTS["api_max_keys_per_team"].default
    _, headers = await api.team("acme")
    made = [await api.client.post("/v1/keys", json={"name": f"k{i}"}, headers=headers) for i in range(cap)]
    assert [r.status_code for r in made] == [201] * (cap - 1) + [409]
    assert f"{cap} live API keys" in made[-1].json()["detail"]
    assert "api_key" not in made[-1].text
    # Revoking one makes room again (revoked keys do not count).
    assert (await api.client.delete(f"/v1/keys/{made[0].json()['id']}", headers=headers)).status_code == 204
    assert (await api.client.post("/v1/keys", json={"name": "again"}, headers=headers)).status_code == 201
    await _close(api)


async def test_the_team_limit_is_shared_by_keys_and_replicas(database_url: str) -> None:
    limited = {**SHIPPED, "API_TEAM_RATE_LIMIT_PER_MINUTE": 6}
    one, two = await make_api(database_url, **limited), await make_api(database_url, **limited)
    _, first = await one.team("acme")
    second_key = (await one.client.post("/v1/keys", json={"name": "b"}, headers=first)).json()["api_key"]
    second = {"Authorization": f"Bearer {second_key}"}
    _, other = await one.team("other")
    # One request spent (creating the second key); five more across both keys and both replicas.
    statuses = [
        (await one.client.get("/v1/team", headers=first)).status_code,
        (await two.client.get("/v1/team", headers=second)).status_code,
        (await two.client.get("/v1/team", headers=first)).status_code,
        (await one.client.get("/v1/team", headers=second)).status_code,
        (await two.client.get("/v1/team", headers=second)).status_code,
        (await two.client.get("/v1/team", headers=first)).status_code,
    ]
    assert statuses == [200, 200, 200, 200, 200, 429]
    refused = await one.client.get("/v1/team", headers=first)
    assert refused.status_code == 429
    assert refused.json()["detail"] == "too many requests for this team"
    assert int(refused.headers["Retry-After"]) >= 1
    assert (await two.client.get("/v1/team", headers=other)).status_code == 200
    await _close(one, two)


async def _stored_config(api: Api, channel_id: str) -> dict[str, Any]:
    state: ApiState = api.app.state.api
    async with state.sessions() as session:
        channel = (await session.execute(select(Channel).where(Channel.id == channel_id))).scalar_one()
        return dict(channel.config)


async def test_unconfirmed_recipients_get_nothing_but_the_confirmation(sqlite_url: str) -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        api = await make_api(sqlite_url, SMTP_HOST="127.0.0.1", SMTP_PORT=port, **SHIPPED)
        _, headers = await api.team("acme")
        victims = [f"victim{i}@example.org" for i in range(20)]
        created = await api.client.post(
            "/v1/channels", json={"kind": "email", "config": {"to": victims}}, headers=headers
        )
        assert created.status_code == 201
        channel_id = created.json()["id"]
        assert created.json()["config"] == {"to": []}
        assert created.json()["unconfirmed"] == sorted(victims)
        # One confirmation each, carrying a code and fixed wording, nothing else.
        mailed = mailbox.parsed()
        assert sorted(r for rcpts, _ in mailed for r in rcpts) == sorted(victims)
        assert all("confirm that this address may receive alerts" in str(m["Subject"]) for _, m in mailed)
        # The /test probe and a real delivery (the notifier's sender on the stored config) reach no one.
        tested = await api.client.post(f"/v1/channels/{channel_id}/test", headers=headers)
        assert tested.json()["delivered"] is False
        assert "no recipients" in tested.json()["error"]
        with pytest.raises(DeliveryError):
            await EmailChannel(SmtpConfig(port=port)).send(
                await _stored_config(api, channel_id), single(fixture_event())
            )
        assert len(mailbox.messages) == 20
        # A wrong code is refused; the right one moves exactly that address into delivery.
        wrong = {"address": victims[0], "code": "00000000"}
        answer = await api.client.post(
            f"/v1/channels/{channel_id}/recipients/confirm", json=wrong, headers=headers
        )
        assert answer.status_code == 400
        await confirm_by_mail(api, mailbox, channel_id, victims[0], headers)
        await EmailChannel(SmtpConfig(port=port)).send(
            await _stored_config(api, channel_id), single(fixture_event())
        )
        assert mailbox.messages[-1][0] == [victims[0]]
        assert len(mailbox.messages) == 21
        await _close(api)


async def test_a_code_dies_after_five_wrong_tries_and_a_new_one_can_be_asked_for(sqlite_url: str) -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        api = await make_api(sqlite_url, SMTP_HOST="127.0.0.1", SMTP_PORT=port, **SHIPPED)
        _, headers = await api.team("acme")
        body = {"kind": "email", "config": {"to": ["ops@example.org"]}}
        channel_id = (await api.client.post("/v1/channels", json=body, headers=headers)).json()["id"]
        code = mailed_code(mailbox, "ops@example.org")
        confirm = f"/v1/channels/{channel_id}/recipients/confirm"
        for _ in range(5):
            wrong = {"address": "ops@example.org", "code": "FFFFFFFF" if code != "FFFFFFFF" else "00000000"}
            assert (await api.client.post(confirm, json=wrong, headers=headers)).status_code == 400
        right = {"address": "ops@example.org", "code": code}
        assert (await api.client.post(confirm, json=right, headers=headers)).status_code == 400
        again = await api.client.post(
            f"/v1/channels/{channel_id}/recipients", json={"address": "ops@Example.ORG"}, headers=headers
        )
        assert again.status_code == 202
        assert again.json()["unconfirmed"] == ["ops@example.org"]
        await confirm_by_mail(api, mailbox, channel_id, "ops@example.org", headers)
        shown = (await api.client.get(f"/v1/channels/{channel_id}", headers=headers)).json()
        assert shown["config"]["to"] == ["ops@example.org"]
        assert shown["unconfirmed"] == []
        await _close(api)


async def test_allowed_domains_skip_confirmation(sqlite_url: str) -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        api = await make_api(
            sqlite_url,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=port,
            EMAIL_ALLOWED_DOMAINS=["acme.example"],
            **SHIPPED,
        )
        _, headers = await api.team("acme")
        body = {"kind": "email", "config": {"to": ["ops@acme.example", "someone@elsewhere.example"]}}
        created = (await api.client.post("/v1/channels", json=body, headers=headers)).json()
        assert created["config"]["to"] == ["ops@acme.example"]
        assert created["unconfirmed"] == ["someone@elsewhere.example"]
        assert [rcpts for rcpts, _ in mailbox.messages] == [["someone@elsewhere.example"]]
        await _close(api)


async def test_confirmation_mails_per_team_are_limited(sqlite_url: str) -> None:
    api = await make_api(sqlite_url, **{**SHIPPED, "EMAIL_CONFIRMATIONS_PER_HOUR": 25, "SMTP_PORT": 1})
    _, headers = await api.team("acme")
    first = [f"a{i}@example.org" for i in range(20)]
    second = [f"b{i}@example.org" for i in range(20)]
    ok = await api.client.post(
        "/v1/channels", json={"kind": "email", "config": {"to": first}}, headers=headers
    )
    assert ok.status_code == 201
    refused = await api.client.post(
        "/v1/channels", json={"kind": "email", "config": {"to": second}}, headers=headers
    )
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) > 60
    assert len((await api.client.get("/v1/channels", headers=headers)).json()) == 1  # nothing half-made
    await _close(api)


async def test_a_test_flood_gets_429_per_channel_across_replicas(database_url: str) -> None:
    one, two = await make_api(database_url, **SHIPPED), await make_api(database_url, **SHIPPED)
    _, headers = await one.team("acme")
    first = (await one.client.post("/v1/channels", json={"kind": "console"}, headers=headers)).json()["id"]
    second = (await one.client.post("/v1/channels", json={"kind": "console"}, headers=headers)).json()["id"]
    answers = [
        await (one if i % 2 else two).client.post(f"/v1/channels/{first}/test", headers=headers)
        for i in range(100)
    ]
    assert [a.status_code for a in answers] == [200] + [429] * 99
    assert 50 <= int(answers[-1].headers["Retry-After"]) <= 60
    assert (
        one.console.getvalue().count("exportwatch test message")
        + two.console.getvalue().count("exportwatch test message")
        == 1
    )
    # Per channel: another channel of the same team may still be tested.
    assert (await one.client.post(f"/v1/channels/{second}/test", headers=headers)).status_code == 200
    await _close(one, two)
