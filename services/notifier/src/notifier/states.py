"""The states a delivery row, a channel and a subscription can be in (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class DeliveryStatus(StrEnum):
    """Where a ledger row stands: waiting, being sent, done, waiting to retry, or given up."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    RETRY = "retry"
    FAILED = "failed"


# Rows still to be sent: the dispatcher claims them, the backlog gauge and the chaos run count them.
OPEN: tuple[DeliveryStatus, ...] = (DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.RETRY)


class ChannelStatus(StrEnum):
    """A channel's health: ok, or broken by a permanent delivery error until a test message succeeds."""

    OK = "ok"
    BROKEN = "broken"


class Mode(StrEnum):
    """How a subscription is delivered: each match at once, or a digest per scheduled period."""

    REALTIME = "realtime"
    DIGEST = "digest"
