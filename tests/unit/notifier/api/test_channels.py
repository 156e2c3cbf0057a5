"""Channels: validation (422 naming the field), secrets write-only (responses and logs), test messages."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
import structlog
from sqlalchemy import update

from devkit.slack_sink import Fault, SlackSink, start
from notifier.channels.slack_webhook import webhook_problem
from notifier.tables import Channel
from tests.mailbox import Mailbox, smtp_server
from tests.unit.notifier.api.conftest import BOT_TOKEN, WEBHOOK, Api, confirm_by_mail, make_api

ALLOWED = ["hooks.slack.com", "slack.com"]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://hooks.slack.com/services/T/B/x", "https"),
        ("https://evil.example/services/T/B/x", "host"),
        ("https://hooks.slack.com.evil.example/services/T/B/x", "host"),
        ("https://user:pw@hooks.slack.com/services/T/B/x", "credentials"),
        ("https://hooks.slack.com:8443/services/T/B/x", "port"),
        ("https://hooks.slack.com/api/T/B/x", "path"),
        ("https://hooks.slack.com/services/", "path"),
        ("https://hooks.slack.com:99999999/services/x", "not a URL"),
        ("ftp://hooks.slack.com/services/x", "https"),
    ],
)
def test_webhook_rules(url: str, problem: str) -> None:
    found = webhook_problem(url, ALLOWED)
    assert found is not None
    assert problem in found
    assert url not in found


def test_a_named_local_origin_is_allowed_exactly() -> None:
    allowed = [*ALLOWED, "http://127.0.0.1:8098"]
    assert webhook_problem("http://127.0.0.1:8098/services/T/B/x", allowed) is None
    # Only that origin: another port, scheme or bare host is still refused; Slack's rules still hold.
    assert webhook_problem("http://127.0.0.1:8099/services/T/B/x", allowed) is not None
    assert webhook_problem("https://127.0.0.1:8098/services/T/B/x", allowed) is not None
    assert webhook_problem("http://127.0.0.1:8098/services/T/B/x", [*ALLOWED, "127.0.0.1"]) is not None
    assert webhook_problem("http://127.0.0.1:8098/api/x", allowed) is not None
    assert webhook_problem("http://127.0.0.1:8098/services/T/B/x", ALLOWED) is not None
    assert webhook_problem(WEBHOOK, allowed) is None


def test_a_proper_webhook_passes() -> None:
    assert webhook_problem(WEBHOOK, ALLOWED) is None
    assert webhook_problem(WEBHOOK.replace("hooks.slack.com", "hooks.slack.com:443"), ALLOWED) is None
    assert webhook_problem(WEBHOOK, ["slack.com"]) is not None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"kind": "slack_webhook", "config": {"url": "https://evil.example/services/x"}}, "url"),
        ({"kind": "slack_webhook", "config": {}}, "url"),
        ({"kind": "slack_bot", "config": {"token": BOT_TOKEN, "channel": "bad channel!"}}, "channel"),
        ({"kind": "slack_bot", "config": {"channel": "#c"}}, "token"),
        ({"kind": "email", "config": {"to": ["not-an-address"]}}, "to"),
        ({"kind": "email", "config": {"to": []}}, "to"),
        ({"kind": "console", "config": {"extra": 1}}, "extra"),
        ({"kind": "pager", "config": {}}, "kind"),
        ({"kind": "console", "name": "a\x00b"}, "name"),
    ],
)
async def test_invalid_channels_are_422_naming_the_field(
    sqlite_api: Api, body: dict[str, Any], field: str
) -> None:
    _, headers = await sqlite_api.team("acme")
    response = await sqlite_api.client.post("/v1/channels", json=body, headers=headers)
    assert response.status_code == 422
    assert any(field in map(str, err["loc"]) for err in response.json()["detail"]), response.text


async def test_secrets_are_never_returned_nor_logged(api: Api, caplog: pytest.LogCaptureFixture) -> None:
    # INFO is the service log level; DEBUG driver tracing (aiosqlite echoes SQL parameters) stays off.
    caplog.set_level(logging.INFO)
    client = api.client
    with structlog.testing.capture_logs() as logs:
        _, headers = await api.team("acme")
        bad = {"kind": "slack_webhook", "config": {"url": WEBHOOK.replace("https", "http")}}
        answers = [await client.post("/v1/channels", json=bad, headers=headers)]
        made = [
            await client.post(
                "/v1/channels", json={"kind": "slack_webhook", "config": {"url": WEBHOOK}}, headers=headers
            ),
            await client.post(
                "/v1/channels",
                json={"kind": "slack_bot", "config": {"token": BOT_TOKEN, "channel": "#x"}},
                headers=headers,
            ),
        ]
        answers += made
        for created in made:
            channel_id = created.json()["id"]
            answers.append(await client.get(f"/v1/channels/{channel_id}", headers=headers))
        answers.append(await client.get("/v1/channels", headers=headers))
        answers.append(await client.get("/metrics"))
    assert answers[0].status_code == 422
    assert [r.status_code for r in made] == [201, 201]
    webhook_secret = WEBHOOK.split("/services/")[1]
    for response in answers:
        assert webhook_secret not in response.text
        assert BOT_TOKEN not in response.text
    logged = repr(logs) + caplog.text
    assert logs, "the API logs its actions"
    assert webhook_secret not in logged
    assert BOT_TOKEN not in logged
    shown = made[1].json()["config"]
    assert shown == {"token": "…" + BOT_TOKEN[-4:], "channel": "#x"}
    assert made[0].json()["config"]["url"].startswith("https://hooks.slack.com/services/…")


async def test_email_addresses_are_normalised_and_shown(sqlite_api: Api) -> None:
    _, headers = await sqlite_api.team("acme")
    response = await sqlite_api.client.post(
        "/v1/channels", json={"kind": "email", "config": {"to": ["Compliance@Example.COM"]}}, headers=headers
    )
    assert response.status_code == 201
    # Not in `to` (what sends read) until the address confirms its code.
    assert response.json()["config"] == {"to": []}
    assert response.json()["unconfirmed"] == ["Compliance@example.com"]


async def test_console_test_message_is_printed(sqlite_api: Api) -> None:
    _, headers = await sqlite_api.team("acme")
    channel = await sqlite_api.client.post("/v1/channels", json={"kind": "console"}, headers=headers)
    answer = await sqlite_api.client.post(f"/v1/channels/{channel.json()['id']}/test", headers=headers)
    assert answer.json() == {"delivered": True, "error": None, "status": "ok"}
    assert "exportwatch test message" in sqlite_api.console.getvalue()


async def test_delete_refuses_a_channel_in_use_then_hides_it(sqlite_api: Api) -> None:
    client = sqlite_api.client
    _, headers = await sqlite_api.team("acme")
    channel_id = (await client.post("/v1/channels", json={"kind": "console"}, headers=headers)).json()["id"]
    sub = await client.post(
        "/v1/subscriptions", json={"name": "all", "channel_id": channel_id}, headers=headers
    )
    assert (await client.delete(f"/v1/channels/{channel_id}", headers=headers)).status_code == 409
    assert (await client.delete(f"/v1/subscriptions/{sub.json()['id']}", headers=headers)).status_code == 204
    assert (await client.delete(f"/v1/channels/{channel_id}", headers=headers)).status_code == 204
    assert (await client.get(f"/v1/channels/{channel_id}", headers=headers)).status_code == 404
    assert (await client.get("/v1/channels", headers=headers)).json() == []


@pytest.fixture
async def sink() -> AsyncIterator[tuple[SlackSink, str]]:
    server = SlackSink()
    runner, port = await start(server)
    yield server, f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_slack_bot_test_message_reaches_slack_and_reports_errors(
    sqlite_url: str, sink: tuple[SlackSink, str]
) -> None:
    server, base = sink
    # The local server is named by its exact origin, as the notifier's egress policy requires.
    api = await make_api(sqlite_url, SLACK_API_URL=f"{base}/api", SLACK_ALLOWED_HOSTS=[*ALLOWED, base])
    client = api.client
    _, headers = await api.team("acme")
    body = {"kind": "slack_bot", "config": {"token": server.token, "channel": "#compliance"}}
    channel_id = (await client.post("/v1/channels", json=body, headers=headers)).json()["id"]
    async with api.app.state.api.sessions() as session:
        await session.execute(
            update(Channel)
            .where(Channel.id == channel_id)
            .values(status="broken", broken_reason="invalid_token")
        )
        await session.commit()

    server.inject(Fault(200, "channel_not_found"))
    failed = await client.post(f"/v1/channels/{channel_id}/test", headers=headers)
    assert failed.json() == {"delivered": False, "error": "channel_not_found", "status": "broken"}

    ok = await client.post(f"/v1/channels/{channel_id}/test", headers=headers)
    assert ok.json() == {"delivered": True, "error": None, "status": "ok"}
    [received] = server.received
    assert received.channel == "#compliance"
    assert "exportwatch test message" in received.payload["text"]
    shown = (await client.get(f"/v1/channels/{channel_id}", headers=headers)).json()
    assert shown["status"] == "ok"
    assert shown["broken_reason"] is None
    await api.client.aclose()
    await api.app.state.api.engine.dispose()


async def test_webhook_channel_on_a_named_local_origin_gets_its_test_message(
    sqlite_url: str, sink: tuple[SlackSink, str]
) -> None:
    server, base = sink
    api = await make_api(sqlite_url, SLACK_ALLOWED_HOSTS=[*ALLOWED, base])
    _, headers = await api.team("acme")
    body = {"kind": "slack_webhook", "config": {"url": f"{base}/services/T/B/secret"}}
    made = await api.client.post("/v1/channels", json=body, headers=headers)
    assert made.status_code == 201, made.text
    answer = await api.client.post(f"/v1/channels/{made.json()['id']}/test", headers=headers)
    assert answer.json() == {"delivered": True, "error": None, "status": "ok"}
    [received] = server.received
    assert received.path == "/services/T/B/secret"
    # The default setting (Slack's hosts only) refuses the same local URL.
    strict = await make_api(sqlite_url)
    _, strict_headers = await strict.team("other")
    refused = await strict.client.post("/v1/channels", json=body, headers=strict_headers)
    assert refused.status_code == 422
    for app in (api, strict):
        await app.client.aclose()
        await app.app.state.api.engine.dispose()


async def test_email_channel_test_message_goes_through_the_smtp_settings(sqlite_url: str) -> None:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        api = await make_api(sqlite_url, SMTP_HOST="127.0.0.1", SMTP_PORT=port, SMTP_FROM="ew@example.com")
        _, headers = await api.team("acme")
        body = {"kind": "email", "config": {"to": ["Compliance@Example.COM"]}}
        channel_id = (await api.client.post("/v1/channels", json=body, headers=headers)).json()["id"]
        await confirm_by_mail(api, mailbox, channel_id, "Compliance@example.com", headers)
        answer = await api.client.post(f"/v1/channels/{channel_id}/test", headers=headers)
        assert answer.json() == {"delivered": True, "error": None, "status": "ok"}
        [_, (to, raw)] = mailbox.messages
        assert to == ["Compliance@example.com"]
        assert b"exportwatch test message" in raw
        mailbox.rcpt_reply = "550 no such user"
        failed = await api.client.post(f"/v1/channels/{channel_id}/test", headers=headers)
        assert failed.json()["delivered"] is False
        assert "550" in failed.json()["error"]
        await api.client.aclose()
        await api.app.state.api.engine.dispose()
