"""The slack_bot kind: chat.postMessage with a bot token (a secret) to a named channel."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx
from pydantic import Field, SecretStr

from notifier.alert import Alert
from notifier.channels.egress import EgressRefusedError
from notifier.channels.kind import ChannelConfig, ChannelDeps, ChannelKind, DeliveryError, digest_of
from notifier.channels.slack import PERMANENT, ambiguous, check_status, retry_after
from notifier.render.slack import render_slack


class SlackBotConfig(ChannelConfig):
    """A bot token (secret) and the channel to post to."""

    token: SecretStr = Field(min_length=10, max_length=300, description="xoxb-...")
    channel: str = Field(min_length=1, max_length=80, pattern=r"^[#@]?[A-Za-z0-9._-]+$")


class SlackBotChannel:
    """chat.postMessage with a bot token; Slack answers 200 even on failure, so read `ok`."""

    def __init__(self, http: httpx.AsyncClient, api_url: str, min_interval: float = 1.0) -> None:
        self.http = http
        self.api_url = api_url.rstrip("/")
        self.min_interval = min_interval

    @classmethod
    def from_deps(cls, deps: ChannelDeps) -> SlackBotChannel:
        """Wired to the shared egress-checked client and SLACK_API_URL."""
        return cls(
            deps.http, deps.extra.get("slack_api_url", "https://slack.com/api"), deps.slack_min_interval
        )

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """The Slack channel in the token's workspace."""
        return "slack:" + digest_of(self.api_url, config.get("token"), config.get("channel"))

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Post to config['channel'] with config['token'] (a secret)."""
        payload = render_slack(alert) | {"channel": str(config["channel"])}
        try:
            response = await self.http.post(
                f"{self.api_url}/chat.postMessage",
                json=payload,
                headers={"Authorization": f"Bearer {config['token']}"},
            )
        except EgressRefusedError as exc:
            raise DeliveryError(f"destination refused: {exc}", permanent=True) from None
        except httpx.HTTPError as exc:
            raise DeliveryError(
                f"chat.postMessage request failed: {type(exc).__name__}", ambiguous=ambiguous(exc)
            ) from None
        check_status(response, "")
        try:
            answer = response.json()
        except ValueError:
            raise DeliveryError("chat.postMessage answered non-JSON") from None
        if not answer.get("ok"):
            error = str(answer.get("error", "unknown_error"))
            if error == "ratelimited":
                raise DeliveryError(error, retry_after=retry_after(response) or 1.0)
            raise DeliveryError(error, permanent=error in PERMANENT)


KIND = ChannelKind(
    "slack_bot", "Create a Slack bot (chat.postMessage) channel.", SlackBotConfig, SlackBotChannel.from_deps
)
