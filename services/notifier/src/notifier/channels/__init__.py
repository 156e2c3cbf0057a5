"""Delivery channels: one module per receiver, one interface, one explicit registry (CHANNELS)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

import httpx

from schemas.events import DocumentClassified


class DeliveryError(Exception):
    """A send failed. permanent=True marks the channel broken instead of retrying."""

    def __init__(self, reason: str, *, permanent: bool = False, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.permanent = permanent
        self.retry_after = retry_after


@dataclass
class ChannelDeps:
    """What channels may use: shared clients and outputs, passed in (never created at import)."""

    http: httpx.AsyncClient
    console: TextIO
    extra: dict[str, Any] = field(default_factory=dict)


class Channel(Protocol):
    """Sends one event to one configured destination, or raises DeliveryError."""

    async def send(self, config: Mapping[str, Any], event: DocumentClassified) -> None:
        """Deliver event; return only when the receiver accepted it."""
        ...


def build_channels(deps: ChannelDeps) -> dict[str, Channel]:
    """Every channel kind, wired to deps (the registry: one place lists them all)."""
    # Imported here because the receiver modules import DeliveryError from this package.
    from notifier.channels.console import ConsoleChannel
    from notifier.channels.slack import SlackBotChannel, SlackWebhookChannel

    return {
        "console": ConsoleChannel(deps.console),
        "slack_webhook": SlackWebhookChannel(deps.http),
        "slack_bot": SlackBotChannel(deps.http, deps.extra.get("slack_api_url", "https://slack.com/api")),
    }


CHANNEL_KINDS: tuple[str, ...] = ("console", "slack_webhook", "slack_bot")
