"""Slack channels against the local Slack-protocol server: success, rate limits, permanent errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from devkit.slack_sink import Fault, SlackSink, start
from notifier.channels import DeliveryError
from notifier.channels.slack import SlackBotChannel, SlackWebhookChannel
from schemas.events import DocumentClassified

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[2] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)
SECRET_URL_PART = "T000/B000/very-secret-webhook-token"


@pytest.fixture
async def sink() -> AsyncIterator[tuple[SlackSink, str]]:
    server = SlackSink()
    runner, port = await start(server)
    yield server, f"http://127.0.0.1:{port}"
    await runner.cleanup()


async def test_webhook_delivers_block_kit_with_text_fallback(sink: tuple[SlackSink, str]) -> None:
    server, base = sink
    async with httpx.AsyncClient() as http:
        await SlackWebhookChannel(http).send({"url": f"{base}/services/{SECRET_URL_PART}"}, EVENT)
    [got] = server.received
    assert "Addition of Certain Entities" in got.payload["text"]
    assert got.payload["blocks"][0]["type"] == "header"
    assert len(got.payload["blocks"][0]["text"]["text"]) <= 150


@pytest.mark.parametrize(
    ("fault", "permanent", "retry_after"),
    [
        (Fault(429, "rate_limited", retry_after=7), False, 7.0),
        (Fault(500, "internal_error"), False, None),
        (Fault(404, "channel_not_found"), True, None),
        (Fault(410, "channel_is_archived"), True, None),
        (Fault(400, "invalid_payload"), True, None),
        (Fault(403, "action_prohibited"), True, None),
    ],
)
async def test_webhook_errors_are_classified(
    sink: tuple[SlackSink, str], fault: Fault, permanent: bool, retry_after: float | None
) -> None:
    server, base = sink
    server.inject(fault)
    async with httpx.AsyncClient() as http:
        with pytest.raises(DeliveryError) as caught:
            await SlackWebhookChannel(http).send({"url": f"{base}/services/{SECRET_URL_PART}"}, EVENT)
    assert caught.value.permanent is permanent
    assert caught.value.retry_after == retry_after
    assert SECRET_URL_PART not in str(caught.value)
    assert server.received == []


async def test_bot_reads_the_ok_field_of_a_200(sink: tuple[SlackSink, str]) -> None:
    server, base = sink
    channel_config = {"token": server.token, "channel": "C123"}
    async with httpx.AsyncClient() as http:
        bot = SlackBotChannel(http, f"{base}/api")
        await bot.send(channel_config, EVENT)
        server.inject(Fault(200, "channel_not_found"))
        with pytest.raises(DeliveryError, match="channel_not_found") as caught:
            await bot.send(channel_config, EVENT)
        assert caught.value.permanent
        with pytest.raises(DeliveryError, match="invalid_auth"):
            await bot.send({"token": "xoxb-wrong", "channel": "C123"}, EVENT)
    assert [r.channel for r in server.received] == ["C123"]


async def test_unreachable_webhook_is_transient_and_hides_the_url() -> None:
    async with httpx.AsyncClient(timeout=2) as http:
        with pytest.raises(DeliveryError) as caught:
            await SlackWebhookChannel(http).send(
                {"url": f"http://127.0.0.1:9/services/{SECRET_URL_PART}"}, EVENT
            )
    assert not caught.value.permanent
    assert SECRET_URL_PART not in str(caught.value)
