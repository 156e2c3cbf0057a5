"""A webhook URL whose path walks out of /services/ with `.` or `..` segments is refused, stored or new."""

from __future__ import annotations

import httpx
import pytest

from notifier.alert import single
from notifier.channels.kind import DeliveryError
from notifier.channels.slack_webhook import SlackWebhookChannel, webhook_problem
from tests.unit.notifier.api.conftest import make_api
from tests.unit.notifier.conftest import EVENT

ALLOWED = ["hooks.slack.com", "slack.com"]
WALKING = [
    "https://hooks.slack.com/services/../api/chat.postMessage",
    "https://hooks.slack.com/services/T0/../../api/x",
    "https://hooks.slack.com/services/%2e%2e/api/x",
    "https://hooks.slack.com/services/%2E%2E/api/x",
    "https://hooks.slack.com/services/T0/B0/%252e%252e/x",
    "https://hooks.slack.com/services/./T0/B0/x",
    "https://hooks.slack.com/services/T0/B0/..",
]


@pytest.mark.parametrize("url", WALKING)
def test_dot_segments_are_refused_without_echoing_the_url(url: str) -> None:
    problem = webhook_problem(url, ALLOWED)
    assert problem is not None
    assert "segments" in problem
    assert "/api" not in problem


def test_dots_inside_a_segment_are_fine() -> None:
    assert webhook_problem("https://hooks.slack.com/services/T0/B0/abc..def1234567", ALLOWED) is None


@pytest.mark.parametrize("url", WALKING)
async def test_a_stored_walking_url_is_never_requested(url: str) -> None:
    requests: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        requests.append(request)
        return httpx.Response(200, text="ok")

    async with httpx.AsyncClient(transport=httpx.MockTransport(record)) as http:
        with pytest.raises(DeliveryError) as caught:
            await SlackWebhookChannel(http).send({"url": url}, single(EVENT))
    assert caught.value.permanent
    assert requests == []


async def test_the_api_refuses_a_walking_webhook_url(sqlite_url: str) -> None:
    api = await make_api(sqlite_url)
    _, auth = await api.team("acme")
    body = {"kind": "slack_webhook", "config": {"url": WALKING[0]}}
    response = await api.client.post("/v1/channels", json=body, headers=auth)
    await api.client.aclose()
    await api.app.state.api.engine.dispose()
    assert response.status_code == 422
    assert "chat.postMessage" not in response.text
    assert response.json()["detail"][0]["loc"][-1] == "url"
