"""The email kind: an SMTP relay (aiosmtplib) to a list of addresses; 4xx answers are retried, 5xx break."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import aiosmtplib
from email_validator import EmailNotValidError, validate_email
from pydantic import Field, field_validator

from notifier.alert import Alert
from notifier.channels.kind import (
    ChannelConfig,
    ChannelDeps,
    ChannelKind,
    DeliveryError,
    SmtpConfig,
    digest_of,
)
from notifier.render.email import Envelope, HeaderInjectionError, build_message


def recipients(config: Mapping[str, Any]) -> tuple[str, ...]:
    """The validated, normalised `to` addresses of a channel config; DeliveryError(permanent) if unusable."""
    raw = config.get("to")
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list) or not raw:
        raise DeliveryError("email channel has no recipients", permanent=True)
    addresses = []
    for index, value in enumerate(raw):
        try:
            addresses.append(validate_email(str(value), check_deliverability=False).normalized)
        except EmailNotValidError:
            raise DeliveryError(
                f"recipient {index + 1} is not a valid email address", permanent=True
            ) from None
    return tuple(addresses)


class EmailConfig(ChannelConfig):
    """Recipients (validated syntactically; no DNS lookups)."""

    to: list[str] = Field(min_length=1, max_length=20)

    @field_validator("to")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        # The sender's own check, so the API accepts exactly what delivery can send to.
        try:
            return list(recipients({"to": values}))
        except DeliveryError as exc:
            raise ValueError(exc.reason) from None


def _response_error(exc: aiosmtplib.SMTPResponseException) -> DeliveryError:
    if isinstance(exc, aiosmtplib.SMTPAuthenticationError):
        # The relay's credentials are the service's configuration, not this channel's fault: retry.
        return DeliveryError(f"smtp authentication failed ({exc.code})")
    return DeliveryError(f"smtp answered {exc.code}", permanent=500 <= exc.code < 600)


class EmailChannel:
    """Multipart text + HTML alerts to a list of addresses."""

    min_interval = 0.0

    def __init__(self, smtp: SmtpConfig) -> None:
        self.smtp = smtp

    @classmethod
    def from_deps(cls, deps: ChannelDeps) -> EmailChannel:
        """Wired to the relay in SMTP_*."""
        return cls(deps.smtp)

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """The recipient list."""
        return "email:" + digest_of(*sorted(map(str, config.get("to") or [])))

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Send one message to every recipient of the channel."""
        envelope = Envelope(self.smtp.sender, recipients(config), self.smtp.unsubscribe_url)
        try:
            message = build_message(alert, envelope)
        except HeaderInjectionError as exc:
            raise DeliveryError(f"refused to build the message: {exc}", permanent=False) from None
        try:
            await aiosmtplib.send(
                message,
                hostname=self.smtp.host,
                port=self.smtp.port,
                username=self.smtp.username,
                password=self.smtp.password,
                start_tls=self.smtp.starttls,
                timeout=self.smtp.timeout,
            )
        except aiosmtplib.SMTPRecipientsRefused as exc:
            codes = [r.code for r in exc.recipients]
            raise DeliveryError(
                f"smtp refused every recipient ({', '.join(map(str, codes))})",
                permanent=all(500 <= c < 600 for c in codes),
            ) from None
        except aiosmtplib.SMTPResponseException as exc:
            raise _response_error(exc) from None
        except (aiosmtplib.SMTPReadTimeoutError, aiosmtplib.SMTPServerDisconnected) as exc:
            # Possibly after the message data went out: the relay may have queued it already.
            raise DeliveryError(f"smtp request failed: {type(exc).__name__}", ambiguous=True) from None
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise DeliveryError(f"smtp request failed: {type(exc).__name__}") from None


KIND = ChannelKind("email", "Create an email channel.", EmailConfig, EmailChannel.from_deps)
