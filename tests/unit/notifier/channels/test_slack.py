"""Slack channels against the local Slack server: success, rate limits, timeouts, permanent errors."""

from __future__ import annotations

import httpx
import pytest

from devkit.slack_sink import Fault, SlackSink
from notifier.alert import single
from notifier.channels.kind import DeliveryError
from notifier.channels.slack_bot import SlackBotChannel
from notifier.channels.slack_webhook import SlackWebhookChannel
from tests.unit.notifier.conftest import EVENT, SECRET_URL_PART


async def test_webhook_delivers_block_kit_with_text_fallback(
    sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> None:
    server, base = sink
    await SlackWebhookChannel(slack_http).send({"url": f"{base}/services/{SECRET_URL_PART}"}, single(EVENT))
    [got] = server.received
    assert "Addition of Certain Entities" in got.payload["text"]
    assert got.payload["blocks"][0]["type"] == "header"
    assert len(got.payload["blocks"][0]["text"]["text"]) <= 150


@pytest.mark.parametrize(
    ("fault", "permanent", "retry_after"),
    [
        (Fault(429, "rate_limited", retry_after=7), False, 7.0),
        (Fault(500, "internal_error"), False, None),
        (Fault(503, "service_unavailable"), False, None),
        (Fault(200, "ok", delay=5), False, None),  # the server hangs: a client timeout, retried
        (Fault(404, "channel_not_found"), True, None),
        (Fault(410, "channel_is_archived"), True, None),
        (Fault(400, "invalid_payload"), True, None),
        (Fault(403, "action_prohibited"), True, None),
        (Fault(404, "no_service"), True, None),
        (Fault(403, "invalid_token"), True, None),
        (Fault(302, "moved"), True, None),  # redirects are never followed
    ],
)
async def test_webhook_errors_are_classified(
    sink: tuple[SlackSink, str],
    slack_http: httpx.AsyncClient,
    fault: Fault,
    permanent: bool,
    retry_after: float | None,
) -> None:
    server, base = sink
    server.inject(fault)
    with pytest.raises(DeliveryError) as caught:
        await SlackWebhookChannel(slack_http).send(
            {"url": f"{base}/services/{SECRET_URL_PART}"}, single(EVENT)
        )
    assert caught.value.permanent is permanent
    assert caught.value.retry_after == retry_after
    assert SECRET_URL_PART not in str(caught.value)
    assert server.received == []


async def test_bot_reads_the_ok_field_of_a_200(
    sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> None:
    server, base = sink
    channel_config = {"token": server.token, "channel": "C123"}
    bot = SlackBotChannel(slack_http, f"{base}/api")
    await bot.send(channel_config, single(EVENT))
    server.inject(Fault(200, "channel_not_found"))
    with pytest.raises(DeliveryError, match="channel_not_found") as caught:
        await bot.send(channel_config, single(EVENT))
    assert caught.value.permanent
    server.inject(Fault(200, "ratelimited", retry_after=3))
    with pytest.raises(DeliveryError, match="ratelimited") as caught:
        await bot.send(channel_config, single(EVENT))
    assert (caught.value.permanent, caught.value.retry_after) == (False, 3.0)
    with pytest.raises(DeliveryError, match="invalid_auth") as caught:
        await bot.send({"token": "xoxb-wrong", "channel": "C123"}, single(EVENT))
    assert "xoxb-wrong" not in str(caught.value)
    assert [r.channel for r in server.received] == ["C123"]


async def test_unreachable_local_webhook_is_transient_and_hides_the_url() -> None:
    from notifier.channels.egress import EgressPolicy, egress_client

    async with egress_client(EgressPolicy.from_setting(["http://127.0.0.1:9"]), timeout=2) as http:
        with pytest.raises(DeliveryError) as caught:
            await SlackWebhookChannel(http).send(
                {"url": f"http://127.0.0.1:9/services/{SECRET_URL_PART}"}, single(EVENT)
            )
    assert not caught.value.permanent
    assert not caught.value.ambiguous  # nothing was sent, so the retry cannot repeat anything
    assert SECRET_URL_PART not in str(caught.value)


async def test_a_host_outside_the_allowed_list_breaks_the_channel_without_a_request(
    sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> None:
    server, base = sink
    port = base.rsplit(":", 1)[1]
    with pytest.raises(DeliveryError) as caught:
        # Same server, other name: only the exact origin named in the setting is allowed.
        await SlackWebhookChannel(slack_http).send(
            {"url": f"http://localhost:{port}/services/{SECRET_URL_PART}"}, single(EVENT)
        )
    assert caught.value.permanent
    assert "not in SLACK_ALLOWED_HOSTS" in caught.value.reason
    assert SECRET_URL_PART not in str(caught.value)
    assert server.received == []


async def test_only_failures_after_the_request_went_out_are_ambiguous(
    sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> None:
    server, base = sink
    server.inject(Fault(200, "ok", delay=5))
    with pytest.raises(DeliveryError) as timed_out:
        await SlackWebhookChannel(slack_http).send(
            {"url": f"{base}/services/{SECRET_URL_PART}"}, single(EVENT)
        )
    assert timed_out.value.ambiguous
    server.inject(Fault(500, "internal_error"))
    with pytest.raises(DeliveryError) as answered:
        await SlackWebhookChannel(slack_http).send(
            {"url": f"{base}/services/{SECRET_URL_PART}"}, single(EVENT)
        )
    assert not answered.value.ambiguous
