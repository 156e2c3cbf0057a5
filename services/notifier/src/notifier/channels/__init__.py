"""Delivery channels: one module per receiver, one interface, one explicit registry (CHANNELS)."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

import httpx

from notifier.alert import Alert


class DeliveryError(Exception):
    """A send failed. permanent=True marks the channel broken instead of retrying.

    ambiguous=True: the request went out but no answer came back (a read timeout, a dropped connection),
    so the receiver may have it already and the retry may repeat it.
    """

    def __init__(
        self,
        reason: str,
        *,
        permanent: bool = False,
        retry_after: float | None = None,
        ambiguous: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after
        self.ambiguous = ambiguous


@dataclass(frozen=True)
class SmtpConfig:
    """How to reach the mail relay (the password is a secret: never logged, never in an error)."""

    host: str = "127.0.0.1"
    port: int = 25
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = False
    sender: str = "exportwatch@localhost"
    timeout: float = 15.0
    unsubscribe_url: str | None = None


@dataclass
class ChannelDeps:
    """What channels may use: shared clients and outputs, passed in (never created at import).

    `http` must be the egress-checked client (channels.egress.egress_client) for anything reaching Slack.
    """

    http: httpx.AsyncClient
    console: TextIO
    extra: dict[str, Any] = field(default_factory=dict)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    slack_min_interval: float = 1.0


class Channel(Protocol):
    """Sends one alert to one configured destination, or raises DeliveryError."""

    @property
    def min_interval(self) -> float:
        """Seconds between two messages to one destination (Slack: about one per second per channel)."""
        ...

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """Which receiver-side destination config names (two channels naming one Slack channel share it)."""
        ...

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Deliver alert; return only when the receiver accepted it."""
        ...


def digest_of(*parts: object) -> str:
    """A short stable fingerprint of secret parts (pacing keys must not hold the secrets themselves)."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:24]


def build_channels(deps: ChannelDeps) -> dict[str, Channel]:
    """Every channel kind, wired to deps (the registry: one place lists them all)."""
    # Imported here because the receiver modules import DeliveryError from this package.
    from notifier.channels.console import ConsoleChannel
    from notifier.channels.email import EmailChannel
    from notifier.channels.slack import SlackBotChannel, SlackWebhookChannel

    return {
        "console": ConsoleChannel(deps.console),
        "slack_webhook": SlackWebhookChannel(deps.http, deps.slack_min_interval),
        "slack_bot": SlackBotChannel(
            deps.http, deps.extra.get("slack_api_url", "https://slack.com/api"), deps.slack_min_interval
        ),
        "email": EmailChannel(deps.smtp),
    }


CHANNEL_KINDS: tuple[str, ...] = ("console", "slack_webhook", "slack_bot", "email")
