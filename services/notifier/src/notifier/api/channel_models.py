"""Channel request and response bodies: validated on the way in, secrets masked on the way out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from notifier.api.fields import Label, aware
from notifier.channels import DeliveryError
from notifier.channels.egress import EgressPolicy
from notifier.channels.email import recipients
from notifier.states import ChannelStatus

_WEBHOOK_PATH = "/services/"


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SlackWebhookConfig(_Body):
    """An incoming-webhook URL (a secret: anyone holding it can post)."""

    url: SecretStr = Field(max_length=500, description="https://hooks.slack.com/services/...")


class SlackBotConfig(_Body):
    """A bot token (secret) and the channel to post to."""

    token: SecretStr = Field(min_length=10, max_length=300, description="xoxb-...")
    channel: str = Field(min_length=1, max_length=80, pattern=r"^[#@]?[A-Za-z0-9._-]+$")


class EmailConfig(_Body):
    """Recipients (validated syntactically; no DNS lookups)."""

    to: list[str] = Field(min_length=1, max_length=20)

    @field_validator("to")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        # The email channel's own check, so the API accepts exactly what delivery can send to.
        try:
            return list(recipients({"to": values}))
        except DeliveryError as exc:
            raise ValueError(exc.reason) from None


class ConsoleConfig(_Body):
    """Prints alerts on the notifier's terminal (local runs)."""


class SlackWebhookIn(_Body):
    """Create a Slack incoming-webhook channel."""

    kind: Literal["slack_webhook"]
    name: Label = ""
    config: SlackWebhookConfig


class SlackBotIn(_Body):
    """Create a Slack bot (chat.postMessage) channel."""

    kind: Literal["slack_bot"]
    name: Label = ""
    config: SlackBotConfig


class EmailIn(_Body):
    """Create an email channel."""

    kind: Literal["email"]
    name: Label = ""
    config: EmailConfig


class ConsoleIn(_Body):
    """Create a console channel."""

    kind: Literal["console"]
    name: Label = ""
    config: ConsoleConfig = Field(default_factory=ConsoleConfig)


ChannelIn = Annotated[SlackWebhookIn | SlackBotIn | EmailIn | ConsoleIn, Field(discriminator="kind")]


def webhook_problem(url: str, allowed_hosts: Iterable[str]) -> str | None:
    """Why a webhook URL is refused (the message never repeats the URL), or None when it is acceptable.

    The same rule as the notifier's egress (channels.egress.EgressPolicy over SLACK_ALLOWED_HOSTS): a plain
    host allows it over https on port 443; an origin such as `http://127.0.0.1:8098` allows that one local
    server exactly (scheme, host and port), as tests and `make run REPLAY=1` name theirs.
    """
    policy = EgressPolicy.from_setting(allowed_hosts)
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return "not a URL"
    host = (parts.hostname or "").lower().rstrip(".")
    if parts.username is not None or parts.password is not None:
        return "must not contain credentials"
    default_port = 443 if parts.scheme == "https" else 80
    if (parts.scheme, host, port or default_port) not in policy.local_origins:
        if parts.scheme != "https":
            return "must use https"
        if host not in policy.hosts:
            return f"host must be one of {sorted(policy.hosts)} (SLACK_ALLOWED_HOSTS)"
        if port not in (None, 443):
            return "port must be 443"
    if not parts.path.startswith(_WEBHOOK_PATH) or len(parts.path) <= len(_WEBHOOK_PATH):
        return "path must start with /services/"
    if parts.fragment or "\\" in url or any(c.isspace() for c in url):
        return "must be a plain webhook URL"
    return None


def stored_config(body: SlackWebhookIn | SlackBotIn | EmailIn | ConsoleIn) -> dict[str, Any]:
    """The config as the channel registry reads it (secrets unwrapped only here, for storage)."""
    config = body.config
    if isinstance(config, SlackWebhookConfig):
        return {"url": config.url.get_secret_value()}
    if isinstance(config, SlackBotConfig):
        return {"token": config.token.get_secret_value(), "channel": config.channel}
    if isinstance(config, EmailConfig):
        return {"to": list(config.to)}
    return {}


def _hint(secret: str) -> str:
    # The last four characters let a team tell two channels apart without revealing the secret.
    return "…" + secret[-4:] if len(secret) > 16 else "…"


def masked_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """What the API may show of a stored config: no secret, only a hint to recognise it by."""
    if kind == "slack_webhook":
        url = str(config.get("url", ""))
        host = urlsplit(url).hostname or ""
        return {"url": f"https://{host}/services/{_hint(url)}"}
    if kind == "slack_bot":
        return {"token": _hint(str(config.get("token", ""))), "channel": config.get("channel")}
    if kind == "email":
        return {"to": list(config.get("to", []))}
    return {}


class ChannelOut(BaseModel):
    """A channel as the API shows it: secrets masked, health visible."""

    id: str
    name: str
    kind: str
    config: dict[str, Any] = Field(description="Secrets are write-only: only a masked hint is shown")
    status: ChannelStatus = Field(description="ok, or broken after a permanent delivery error")
    broken_reason: str | None
    created_at: datetime

    @classmethod
    def of(cls, row: Any) -> ChannelOut:
        """From a tables.Channel row."""
        return cls(
            id=row.id,
            name=row.name,
            kind=row.kind,
            config=masked_config(row.kind, row.config),
            status=row.status,
            broken_reason=row.broken_reason,
            created_at=aware(row.created_at),
        )


class ChannelTestOut(BaseModel):
    """The outcome of a test message."""

    delivered: bool
    error: str | None = None
    status: ChannelStatus = Field(
        description="The channel's status after the test (a success clears 'broken')"
    )
