"""Fixtures for API tests: an app on SQLite and PostgreSQL, a recording publisher, two teams."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest

from notifier.api.app import create_app
from notifier.api.publisher import PublishError
from notifier.settings import NotifierSettings
from tests.mailbox import Mailbox

ADMIN_KEY = "admin-key-for-tests-0123456789abcdef"
WEBHOOK = "https://hooks.slack.com/services/T0001/B0001/SECRETwebhookPART1234567890"
BOT_TOKEN = "xoxb-1111-2222-SECRETbotTOKEN99999"


@dataclass
class RecordingPublisher:
    """Stands in for Kafka in unit tests (the Kafka path is tested over the real broker separately)."""

    records: list[tuple[str, bytes | None]] = field(default_factory=list)
    failing: bool = False

    async def publish(self, key: str, value: bytes | None) -> None:
        """Record, or fail like an unreachable broker."""
        if self.failing:
            raise PublishError("cannot reach Kafka: KafkaConnectionError")
        self.records.append((key, value))

    async def close(self) -> None:
        """Nothing to release."""


@dataclass
class Api:
    """A client on the app, plus what tests inspect."""

    client: httpx.AsyncClient
    publisher: RecordingPublisher
    console: io.StringIO
    app: Any

    async def team(self, name: str) -> tuple[str, dict[str, str]]:
        """A new team's id and auth headers."""
        response = await self.client.post(
            "/v1/teams", json={"name": name}, headers={"Authorization": f"Bearer {ADMIN_KEY}"}
        )
        assert response.status_code == 201, response.text
        body = response.json()
        return body["id"], {"Authorization": f"Bearer {body['api_key']}"}

    async def slack_channel(self, headers: dict[str, str], url: str) -> str:
        """A new Slack webhook channel posting to url; its id."""
        response = await self.client.post(
            "/v1/channels", json={"kind": "slack_webhook", "config": {"url": url}}, headers=headers
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])

    async def subscribe(
        self, headers: dict[str, str], channel_id: str, filters: dict[str, Any], name: str = "EL"
    ) -> str:
        """A new realtime subscription of the channel to filters; its id."""
        response = await self.client.post(
            "/v1/subscriptions",
            json={"name": name, "channel_id": channel_id, "filters": filters},
            headers=headers,
        )
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


def settings_for(database_url: str, **overrides: Any) -> NotifierSettings:
    """Settings for a test app (explicit values, whatever the environment says)."""
    values: dict[str, Any] = {
        "database_url": database_url,
        "ADMIN_API_KEY": ADMIN_KEY,
        "API_RATE_LIMIT_PER_MINUTE": 10_000,
        # The abuse limits have their own tests (test_security_probes.py); elsewhere they stay out of the way.
        "API_TEAM_RATE_LIMIT_PER_MINUTE": 100_000,
        "API_AUTH_FAILURES_PER_MINUTE": 100_000,
        "API_CHANNEL_TEST_INTERVAL_SECONDS": 0,
        "EMAIL_CONFIRMATIONS_PER_HOUR": 100_000,
        "SLACK_ALLOWED_HOSTS": ["hooks.slack.com", "slack.com"],
    }
    values.update(overrides)
    return NotifierSettings(**values)


async def make_api(database_url: str, **overrides: Any) -> Api:
    """An app with a recording publisher, called in-process."""
    publisher = RecordingPublisher()
    console = io.StringIO()
    app = create_app(
        settings_for(database_url, **overrides), publisher=publisher, console=console, upkeep=False
    )
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://api.test")
    return Api(client=client, publisher=publisher, console=console, app=app)


@pytest.fixture
async def api(database_url: str) -> AsyncIterator[Api]:
    """The API on SQLite and on PostgreSQL."""
    made = await make_api(database_url)
    yield made
    await made.client.aclose()
    await made.app.state.api.engine.dispose()


@pytest.fixture
async def sqlite_api(sqlite_url: str) -> AsyncIterator[Api]:
    """The API on SQLite only (for behaviour that does not depend on the backend)."""
    made = await make_api(sqlite_url)
    yield made
    await made.client.aclose()
    await made.app.state.api.engine.dispose()


def mailed_code(mailbox: Mailbox, address: str) -> str:
    """The latest confirmation code mailed to address."""
    for rcpts, message in reversed(mailbox.parsed()):
        if rcpts == [address] and (found := re.search(r"code ([0-9A-F]{8})", str(message["Subject"]))):
            return found.group(1)
    raise AssertionError(f"no confirmation code was mailed to {address}")


async def confirm_by_mail(
    api: Api, mailbox: Mailbox, channel_id: str, address: str, headers: dict[str, str]
) -> None:
    """Confirm address with the code it was mailed, as its owner would."""
    body = {"address": address, "code": mailed_code(mailbox, address)}
    answer = await api.client.post(
        f"/v1/channels/{channel_id}/recipients/confirm", json=body, headers=headers
    )
    assert answer.status_code == 200, answer.text
    assert address in answer.json()["config"]["to"]
