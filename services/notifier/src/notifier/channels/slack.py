"""Slack's answers as both Slack kinds read them: which errors are permanent, retryable or rate limits."""

from __future__ import annotations

import httpx

from notifier.channels.kind import DeliveryError

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


def ambiguous(exc: httpx.HTTPError) -> bool:
    """Whether the request may have reached Slack before it failed (so a retry may repeat it)."""
    return not isinstance(exc, _NOT_SENT)


def retry_after(response: httpx.Response) -> float | None:
    """Slack's Retry-After in seconds, when it sent a readable one."""
    try:
        return float(response.headers["Retry-After"])
    except (KeyError, ValueError):
        return None


def check_status(response: httpx.Response, body: str) -> None:
    """Raise DeliveryError for a redirect, a rate limit, a 5xx or a permanent 4xx answer."""
    if 300 <= response.status_code < 400:
        # Never followed: a webhook that redirects elsewhere is not a Slack webhook any more.
        raise DeliveryError(
            f"slack answered a redirect ({response.status_code}); not followed", permanent=True
        )
    if response.status_code == httpx.codes.TOO_MANY_REQUESTS:
        raise DeliveryError("rate_limited", retry_after=retry_after(response) or 1.0)
    if response.status_code >= 500:
        raise DeliveryError(f"slack answered {response.status_code}")
    if response.status_code in (404, 410) or body in PERMANENT:
        raise DeliveryError(body or f"slack answered {response.status_code}", permanent=True)
    if response.status_code >= 400:
        raise DeliveryError(f"slack answered {response.status_code}: {body[:100]}", permanent=True)
