"""Slack: incoming webhooks and chat.postMessage, with Slack's error semantics."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from notifier.alert import Alert
from notifier.channels import DeliveryError, digest_of
from notifier.channels.egress import EgressRefusedError
from notifier.render.slack import render_slack

# Errors that will not go away by retrying: the channel is broken until someone fixes it.
PERMANENT = frozenset(
    {
        "invalid_payload",
        "action_prohibited",
        "channel_not_found",
        "channel_is_archived",
        "no_service",
        "invalid_token",
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "team_disabled",
        "no_active_hooks",
        "not_in_channel",
        "is_archived",
        "posting_to_general_channel_denied",
    }
)


# Failures before anything was sent: the retry cannot repeat a message.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _ambiguous(exc: httpx.HTTPError) -> bool:
    return not isinstance(exc, _NOT_SENT)


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


def _check_status(response: httpx.Response, body: str) -> None:
    if 300 <= response.status_code < 400:
        # Never followed: a webhook that redirects elsewhere is not a Slack webhook any more.
        raise DeliveryError(
            f"slack answered a redirect ({response.status_code}); not followed", permanent=True
        )
    if response.status_code == httpx.codes.TOO_MANY_REQUESTS:
        raise DeliveryError("rate_limited", retry_after=_retry_after(response) or 1.0)
    if response.status_code >= 500:
        raise DeliveryError(f"slack answered {response.status_code}")
    if response.status_code in (404, 410) or body in PERMANENT:
        raise DeliveryError(body or f"slack answered {response.status_code}", permanent=True)
    if response.status_code >= 400:
        raise DeliveryError(f"slack answered {response.status_code}: {body[:100]}", permanent=True)


class SlackWebhookChannel:
    """POSTs Block Kit JSON to an incoming-webhook URL; success is the plain body `ok`."""

    def __init__(self, http: httpx.AsyncClient, min_interval: float = 1.0) -> None:
        self.http = http
        self.min_interval = min_interval

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """A webhook posts to one Slack channel."""
        return "slack:" + digest_of(config.get("url"))

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Post to config['url'] (a secret: never put it in an error message)."""
        try:
            response = await self.http.post(str(config["url"]), json=render_slack(alert))
        except EgressRefusedError as exc:
            raise DeliveryError(f"destination refused: {exc}", permanent=True) from None
        except httpx.InvalidURL:
            raise DeliveryError("webhook URL is not a valid URL", permanent=True) from None
        except httpx.HTTPError as exc:
            raise DeliveryError(
                f"webhook request failed: {type(exc).__name__}", ambiguous=_ambiguous(exc)
            ) from None
        body = response.text.strip()
        _check_status(response, body)
        if body != "ok":
            raise DeliveryError(f"unexpected webhook answer: {body[:100]}")


class SlackBotChannel:
    """chat.postMessage with a bot token; Slack answers 200 even on failure, so read `ok`."""

    def __init__(self, http: httpx.AsyncClient, api_url: str, min_interval: float = 1.0) -> None:
        self.http = http
        self.api_url = api_url.rstrip("/")
        self.min_interval = min_interval

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
                f"chat.postMessage request failed: {type(exc).__name__}", ambiguous=_ambiguous(exc)
            ) from None
        _check_status(response, "")
        try:
            answer = response.json()
        except ValueError:
            raise DeliveryError("chat.postMessage answered non-JSON") from None
        if not answer.get("ok"):
            error = str(answer.get("error", "unknown_error"))
            if error == "ratelimited":
                raise DeliveryError(error, retry_after=_retry_after(response) or 1.0)
            raise DeliveryError(error, permanent=error in PERMANENT)
