"""Channel request and response bodies, built from the CHANNELS registry: one input model per kind."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Any, Literal, Union, cast

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from notifier.api.fields import Label, aware
from notifier.channels import CHANNELS
from notifier.channels.email import recipients
from notifier.channels.kind import ChannelConfig, ChannelKind, DeliveryError
from notifier.states import ChannelStatus


class ChannelInBase(BaseModel):
    """What every kind's input model holds: its kind, a label, and the kind's config."""

    model_config = ConfigDict(extra="forbid")

    kind: str
    name: Label = ""
    config: ChannelConfig


def _input_model(kind: ChannelKind) -> type[ChannelInBase]:
    # Named after the config model (SlackWebhookConfig -> SlackWebhookIn), as the OpenAPI schema shows it.
    name = kind.config.__name__.removesuffix("Config") + "In"
    required = any(f.is_required() for f in kind.config.model_fields.values())
    config: Any = ... if required else Field(default_factory=kind.config)
    return create_model(
        name,
        __base__=ChannelInBase,
        __doc__=kind.summary,
        kind=(cast(Any, Literal)[kind.name], ...),
        config=(kind.config, config),
    )


CHANNEL_INPUTS: tuple[type[ChannelInBase], ...] = tuple(_input_model(k) for k in CHANNELS.values())

if TYPE_CHECKING:
    ChannelIn = ChannelInBase
else:
    # The discriminated union over every registered kind: a body names its kind, and only that kind's
    # config is validated (a 422 names the field of that kind).
    ChannelIn = Annotated[Union[CHANNEL_INPUTS], Field(discriminator="kind")]  # noqa: UP007


def masked_config(kind: str, config: dict[str, Any]) -> dict[str, Any]:
    """What the API may show of a stored config: no secret, only a hint to recognise it by."""
    known = CHANNELS.get(kind)
    return known.config.masked(config) if known is not None else {}


class ChannelOut(BaseModel):
    """A channel as the API shows it: secrets masked, health visible."""

    id: str
    name: str
    kind: str
    config: dict[str, Any] = Field(description="Secrets are write-only: only a masked hint is shown")
    status: ChannelStatus = Field(description="ok, or broken after a permanent delivery error")
    broken_reason: str | None
    created_at: datetime
    unconfirmed: list[str] = Field(
        default=[],
        description="Email addresses sent a confirmation code; they get nothing else until confirmed",
    )

    @classmethod
    def of(cls, row: Any, unconfirmed: Iterable[str] = ()) -> ChannelOut:
        """From a tables.Channel row (and its email addresses still awaiting confirmation)."""
        return cls(
            unconfirmed=sorted(unconfirmed),
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


class RecipientIn(BaseModel):
    """An email address to add to an email channel (it is sent a confirmation code)."""

    model_config = ConfigDict(extra="forbid")

    address: str = Field(max_length=320)

    @field_validator("address")
    @classmethod
    def _address(cls, value: str) -> str:
        # The email sender's own check and normalisation, as for a channel's `to`.
        return _normalised(value)


class ConfirmIn(BaseModel):
    """The code an address was mailed, as its owner passed it on."""

    model_config = ConfigDict(extra="forbid")

    address: str = Field(max_length=320)
    code: str = Field(min_length=1, max_length=64)

    @field_validator("address")
    @classmethod
    def _address(cls, value: str) -> str:
        return _normalised(value)


def _normalised(value: str) -> str:
    """One address, validated and normalised like a channel's `to`."""
    try:
        return recipients({"to": [value]})[0]
    except DeliveryError:
        raise ValueError("not a valid email address") from None
