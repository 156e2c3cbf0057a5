"""The dispatcher: claims due ledger rows, sends them through their channel, records the outcome."""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field
from datetime import timedelta

import structlog
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier import ledger
from notifier.channels import Channel, DeliveryError
from notifier.retry import RetryPolicy

log = structlog.get_logger(__name__)


@dataclass
class Dispatcher:
    """Sends what the ledger says is due; wake() makes it look immediately."""

    sessions: async_sessionmaker[AsyncSession]
    channels: dict[str, Channel]
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    lease: timedelta = timedelta(seconds=30)
    batch: int = 50
    _wake: asyncio.Event = field(default_factory=asyncio.Event)

    def wake(self) -> None:
        """New rows are due."""
        self._wake.set()

    async def drain(self) -> int:
        """Send every row due now; return how many were attempted."""
        attempted = 0
        while True:
            async with self.sessions() as session:
                claimed = await ledger.claim_due(session, limit=self.batch, lease=self.lease)
            if not claimed:
                return attempted
            attempted += len(claimed)
            await asyncio.gather(*(self._send(c) for c in claimed))

    async def _send(self, claimed: ledger.Claimed) -> None:
        channel = claimed.channel
        async with self.sessions() as session:
            if channel.status == "broken":
                await ledger.mark_failed(
                    session, claimed.delivery_id, f"channel broken: {channel.broken_reason}"
                )
                return
            sender = self.channels.get(channel.kind)
            if sender is None:
                await ledger.mark_failed(
                    session, claimed.delivery_id, f"unknown channel kind {channel.kind!r}"
                )
                return
            try:
                await sender.send(channel.config, claimed.event)
            except DeliveryError as exc:
                log.warning(
                    "delivery.error",
                    delivery=claimed.delivery_id,
                    channel=channel.id,
                    kind=channel.kind,
                    attempts=claimed.attempts,
                    reason=exc.reason,
                    permanent=exc.permanent,
                )
                if exc.permanent:
                    await ledger.mark_channel_broken(session, channel.id, exc.reason)
                    await ledger.mark_failed(session, claimed.delivery_id, exc.reason)
                elif self.policy.exhausted(claimed.attempts):
                    await ledger.mark_failed(session, claimed.delivery_id, exc.reason)
                else:
                    await ledger.mark_retry(
                        session,
                        claimed.delivery_id,
                        exc.reason,
                        self.policy.delay(claimed.attempts, exc.retry_after),
                    )
                return
            await ledger.mark_sent(session, claimed.delivery_id)
            log.info(
                "delivery.sent",
                delivery=claimed.delivery_id,
                event=claimed.event.event_id,
                channel=channel.id,
                kind=channel.kind,
            )

    async def run(self, idle_seconds: float = 1.0) -> None:
        """Drain whenever woken, and at least every idle_seconds (for retries coming due)."""
        while True:
            self._wake.clear()
            try:
                await self.drain()
            except Exception as exc:  # noqa: BLE001 - a database hiccup must not end delivery for good
                log.error("dispatcher.error", error=f"{type(exc).__name__}: {exc}")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=idle_seconds)
