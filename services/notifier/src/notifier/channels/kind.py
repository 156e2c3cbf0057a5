"""What a channel kind is (its config model, secret masking and sender) and what every sender shares."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TextIO

import httpx
from pydantic import BaseModel, ConfigDict, SecretStr

from notifier.alert import Alert
from notifier.settings import NotifierSettings


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

    @classmethod
    def from_settings(cls, settings: NotifierSettings) -> SmtpConfig:
        """The relay settings channels need (the password unwrapped only here)."""
        return cls(
            host=settings.smtp_host,
            port=settings.smtp_port,
            username=settings.smtp_username or None,
            password=(settings.smtp_password.get_secret_value() if settings.smtp_password else None) or None,
            starttls=settings.smtp_starttls,
            sender=settings.smtp_from,
            timeout=settings.smtp_timeout_seconds,
            unsubscribe_url=settings.email_unsubscribe_url,
        )


@dataclass
class ChannelDeps:
    """What senders may use: shared clients and outputs, passed in (never created at import).

    `http` must be the egress-checked client (channels.egress.egress_client) for anything reaching Slack.
    """

    http: httpx.AsyncClient
    console: TextIO
    extra: dict[str, Any] = field(default_factory=dict)
    smtp: SmtpConfig = field(default_factory=SmtpConfig)
    slack_min_interval: float = 1.0

    @classmethod
    def from_settings(
        cls, settings: NotifierSettings, http: httpx.AsyncClient, console: TextIO
    ) -> ChannelDeps:
        """The dependencies the worker and the API's test endpoint build from the same settings."""
        return cls(
            http=http,
            console=console,
            extra={"slack_api_url": settings.slack_api_url},
            smtp=SmtpConfig.from_settings(settings),
            slack_min_interval=settings.slack_min_interval_seconds,
        )


class Sender(Protocol):
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


def hint(secret: str) -> str:
    """The last four characters of a long secret, so a team can tell two channels apart without it."""
    return "…" + secret[-4:] if len(secret) > 16 else "…"


class ChannelConfig(BaseModel):
    """A kind's config as the API takes it; the same fields are stored as JSON and read by its sender.

    Fields typed SecretStr are write-only: stored unwrapped, shown only as a hint.
    """

    model_config = ConfigDict(extra="forbid")

    def stored(self) -> dict[str, Any]:
        """The config as the sender reads it (secrets unwrapped only here, for storage)."""
        return {
            name: value.get_secret_value() if isinstance(value, SecretStr) else value
            for name, value in self.model_dump().items()
        }

    @classmethod
    def masked(cls, stored: Mapping[str, Any]) -> dict[str, Any]:
        """What the API may show of a stored config: secrets as a hint, other fields as stored."""
        return {
            name: hint(str(stored.get(name, ""))) if _is_secret(info.annotation) else stored.get(name)
            for name, info in cls.model_fields.items()
        }

    def refusal(self, settings: NotifierSettings) -> tuple[str, str] | None:
        """A config field this deployment cannot send to, and why (None when it can); checked on create."""
        return None


def _is_secret(annotation: Any) -> bool:
    return annotation is SecretStr


@dataclass(frozen=True)
class ChannelKind:
    """One plug-in: its `kind` name, what creating one means, its config model and how to build its sender."""

    name: str
    summary: str
    config: type[ChannelConfig]
    sender: Callable[[ChannelDeps], Sender]
