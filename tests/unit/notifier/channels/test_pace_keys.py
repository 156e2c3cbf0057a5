"""Slack pace keys: one per destination, never holding the secret that names it."""

from __future__ import annotations

import httpx

from notifier.channels.slack_bot import SlackBotChannel
from notifier.channels.slack_webhook import SlackWebhookChannel


def test_pacing_is_per_slack_destination_and_keys_hold_no_secret() -> None:
    http = httpx.AsyncClient()
    webhook = SlackWebhookChannel(http)
    bot = SlackBotChannel(http, "https://slack.com/api")
    url = "https://hooks.slack.com/services/T0/B0/secret-part"
    assert webhook.pace_key({"url": url}) == webhook.pace_key({"url": url})
    assert webhook.pace_key({"url": url}) != webhook.pace_key({"url": url + "x"})
    assert "secret-part" not in webhook.pace_key({"url": url})
    assert bot.pace_key({"token": "xoxb-1", "channel": "C1"}) != bot.pace_key(
        {"token": "xoxb-1", "channel": "C2"}
    )
    assert "xoxb-1" not in bot.pace_key({"token": "xoxb-1", "channel": "C1"})
