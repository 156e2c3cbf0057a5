"""The dispatcher: claims due ledger rows, sends them through their channel, records the outcome."""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TypeVar

import structlog
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from notifier.alert import Alert
from notifier.channels.kind import DeliveryError, Sender
from notifier.delivery import ledger
from notifier.delivery.pacing import SharedSlots, SlotRequest
from notifier.delivery.retry import RetryPolicy
from notifier.metrics import NotifierMetrics
from notifier.states import ChannelStatus
from notifier.tables import now

log = structlog.get_logger(__name__)
T = TypeVar("T")

# Seconds to wait before each retry of a ledger write that hit a database error (e.g. SQLite's lock).
WRITE_BACKOFF = (0.05, 0.2, 0.5, 1.0)


def group(claimed: Sequence[ledger.Claimed]) -> list[list[ledger.Claimed]]:
    """One group per message: each realtime row alone, a digest subscription's due rows together."""
    groups: dict[str, list[ledger.Claimed]] = {}
    for c in claimed:
        groups.setdefault(f"digest:{c.subscription_id}" if c.digest else c.delivery_id, []).append(c)
    return list(groups.values())


@dataclass(frozen=True)
class Pace:
    """One message's slot: send after `wait` seconds, or (send=False) go back to the ledger for that long."""

    send: bool
    wait: float


@dataclass
class Dispatcher:
    """Sends what the ledger says is due; wake() makes it look immediately."""

    sessions: async_sessionmaker[AsyncSession]
    channels: dict[str, Sender]
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    lease: timedelta = timedelta(seconds=30)
    batch: int = 50
    metrics: NotifierMetrics = field(default_factory=NotifierMetrics)
    # Send slots per destination; by default in the database, shared with every other replica.
    slots: SharedSlots | None = None
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    write_backoff: Sequence[float] = WRITE_BACKOFF
    _wake: asyncio.Event = field(default_factory=asyncio.Event)
    # Seconds a sent row may wait for its mark_sent write while other sends of its round are in flight.
    flush_interval: float = 0.5
    _unsent: list[str] = field(default_factory=list)
    # Retry-After ends (wall clock) this process saw, by pace key: set before the channel's next send may
    # start, so that send sees it even before the shared hold is written.
    _holds: dict[str, float] = field(default_factory=dict)
    _turns: dict[str, asyncio.Lock] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Default the slots to the shared ones in this dispatcher's database."""
        if self.slots is None:
            self.slots = SharedSlots(self.sessions)

    @property
    def max_pace_wait(self) -> float:
        """Longest a claimed row may wait for its channel's slot; beyond, it goes back to pending.

        Kept well under the lease, or another replica would take the row over and send it twice.
        """
        return min(5.0, self.lease.total_seconds() / 3)

    @property
    def _slots(self) -> SharedSlots:
        assert self.slots is not None  # set in __post_init__
        return self.slots

    def wake(self) -> None:
        """New rows are due."""
        self._wake.set()

    async def drain(self) -> int:
        """Send every row due now, and rows that come due meanwhile; return how many were attempted.

        Claiming runs alongside the sends (up to `batch` rows in flight): a row recorded while others are
        being sent is claimed at once, not after the slowest send of a round.
        """
        loop = asyncio.get_running_loop()
        attempted = 0
        inflight: dict[asyncio.Task[None], int] = {}
        failure: BaseException | None = None
        claim, more_due = True, False
        next_flush = loop.time() + self.flush_interval
        try:
            while True:
                room = self.batch - sum(inflight.values())
                if claim and room > 0 and failure is None:
                    # Cleared before the claim: a row recorded after it sets the flag and is claimed next.
                    self._wake.clear()
                    try:
                        claimed, paced = await self._claim(room)
                    except Exception as exc:  # noqa: BLE001 - reported below, once the sends in flight end
                        # Nothing was claimed (the transaction rolled back): cancelling the sends in
                        # flight would leave them to be repeated, so they finish first; the next drain
                        # claims again.
                        failure, claimed, paced = exc, [], []
                    attempted += len(claimed)
                    more_due = len(claimed) >= room
                    for rows, pace in paced:
                        inflight[asyncio.create_task(self._deliver(rows, pace))] = len(rows)
                if not inflight:
                    break
                waker = asyncio.ensure_future(self._wake.wait())
                try:
                    done, _ = await asyncio.wait(
                        {waker, *inflight},
                        timeout=max(next_flush - loop.time(), 0),
                        return_when=asyncio.FIRST_COMPLETED,
                    )
                finally:
                    # Also when the drain itself is cancelled: a waiter left behind outlives the loop.
                    waker.cancel()
                finished = [t for t in inflight if t in done]
                for task in finished:
                    del inflight[task]
                    if task.exception() is not None and failure is None:
                        failure = task.exception()
                claim = self._wake.is_set() or (more_due and bool(finished))
                # Sent rows are marked in batches (one write per flush_interval, one at the end), never
                # before their send succeeded.
                if loop.time() >= next_flush:
                    await self._flush_sent()
                    next_flush = loop.time() + self.flush_interval
        finally:
            # Cancelled (shutdown), or done: stop what is left, but record what the receivers already have.
            for task in inflight:
                task.cancel()
            await asyncio.gather(*inflight, return_exceptions=True)
            await self._flush_sent()
        if failure is not None:
            raise failure
        return attempted

    async def _claim(
        self, limit: int
    ) -> tuple[list[ledger.Claimed], list[tuple[list[ledger.Claimed], Pace | None]]]:
        """Claim due rows and reserve their send slots in one transaction; the rows, and each message."""
        async with self.sessions() as session:
            claimed = await ledger.claim_due(session, limit=limit, lease=self.lease, commit=False)
            groups = group(claimed)
            paces = await self._pace(session, groups)
            await session.commit()
        for c in claimed:
            if c.reclaimed:
                self.metrics.possible_duplicates.inc()
                log.warning("delivery.reclaimed", delivery=c.delivery_id, event_id=c.event.event_id)
        return claimed, list(zip(groups, paces, strict=True))

    def _sender(self, rows: list[ledger.Claimed]) -> Sender | None:
        """The channel adapter that sends rows, or None when they are not to be sent at all."""
        first = rows[0]
        if first.cancelled is not None or first.channel.status == ChannelStatus.BROKEN:
            return None
        return self.channels.get(first.channel.kind)

    async def _pace(self, session: AsyncSession, groups: list[list[ledger.Claimed]]) -> list[Pace | None]:
        """Each message's send slot, reserved for the whole claim round in session (None: not sent)."""
        wanted: dict[str, list[int]] = {}
        intervals: dict[str, float] = {}
        for i, rows in enumerate(groups):
            if (sender := self._sender(rows)) is not None:
                key = sender.pace_key(rows[0].channel.config)
                wanted.setdefault(key, []).append(i)
                intervals[key] = sender.min_interval
        # No more slots per destination than fit in max_pace_wait: the rest wait in the ledger, not here.
        caps = {
            key: min(
                len(idx), int(self.max_pace_wait // intervals[key]) + 1 if intervals[key] > 0 else len(idx)
            )
            for key, idx in wanted.items()
        }
        requests = {key: SlotRequest(caps[key], intervals[key]) for key in wanted}
        granted = await self._slots.reserve(session, requests, self.max_pace_wait)
        out: list[Pace | None] = [None] * len(groups)
        for key, idx in wanted.items():
            interval = intervals[key]
            slot = granted[key]
            for j, i in enumerate(idx):
                if not slot.granted:
                    out[i] = Pace(send=False, wait=slot.wait)
                elif j >= caps[key]:
                    out[i] = Pace(send=False, wait=slot.wait + caps[key] * interval)
                else:
                    out[i] = Pace(send=True, wait=slot.wait + j * interval)
        return out

    async def _write(self, op: str, write: Callable[[AsyncSession], Awaitable[None]]) -> bool:
        """Run one ledger write in a fresh session, retrying database errors; False when given up."""

        async def once() -> bool:
            async with self.sessions() as session:
                await write(session)
            return True

        return await self._retrying(op, once) is not None

    async def _retrying(self, op: str, call: Callable[[], Awaitable[T]]) -> T | None:
        """call(), retried with backoff on database errors; None when given up (logged and counted)."""
        for attempt in range(len(self.write_backoff) + 1):
            try:
                return await call()
            except DBAPIError as exc:
                error = f"{type(exc.orig).__name__}: {str(exc.orig)[:200]}"
                if attempt == len(self.write_backoff):
                    self.metrics.ledger_write_failures.labels(op).inc()
                    log.error("ledger.write_failed", op=op, attempts=attempt + 1, error=error)
                    return None
                self.metrics.ledger_write_retries.labels(op).inc()
                log.warning("ledger.write_retry", op=op, attempt=attempt + 1, error=error)
                await asyncio.sleep(self.write_backoff[attempt])
        return None

    async def _flush_sent(self) -> None:
        """Mark every row whose send succeeded since the last flush sent, in one write."""
        if not self._unsent:
            return
        batch, self._unsent = self._unsent, []
        await self._write("mark_sent", lambda s: ledger.mark_sent(s, batch))

    async def _deliver(self, rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        first = rows[0]
        channel = first.channel
        ids = [r.delivery_id for r in rows]
        if first.cancelled is not None:
            # Not a delivery failure: the team removed the destination; the audit log says so.
            reason = first.cancelled
            await self._write("mark_failed", lambda s: ledger.mark_failed(s, ids, reason))
            self.metrics.deliveries.labels(channel.kind, "cancelled").inc(len(ids))
            log.info("delivery.cancelled", delivery=ids, reason=reason)
            return
        if channel.status == ChannelStatus.BROKEN:
            await self._fail(ids, channel.kind, f"channel broken: {channel.broken_reason}")
            return
        sender = self.channels.get(channel.kind)
        if sender is None:
            await self._fail(ids, channel.kind, f"unknown channel kind {channel.kind!r}")
            return
        key = sender.pace_key(channel.config)
        if pace is None or not pace.send:
            # The next free slot is too far off (or none could be recorded): back to pending, uncounted.
            until = now() + timedelta(seconds=pace.wait if pace is not None else sender.min_interval)
            await self._write("defer", lambda s: ledger.defer(s, ids, until))
            self.metrics.deliveries.labels(channel.kind, "deferred").inc(len(ids))
            return
        if pace.wait > 0:
            await self.sleep(pace.wait)
        alert = Alert(
            first.subscription_id,
            first.subscription_name,
            tuple(r.event for r in rows),
            first.digest,
            team_id=first.team_id,
            revisions={r.event.event_id: r.revision for r in rows if r.revision is not None},
        )
        failed: DeliveryError | None = None
        latency = 0.0
        # A paced receiver (Slack) may answer 429: the next send to it waits for this one's answer, or it
        # could already be on its way when the Retry-After arrives (a slow answer outlasts the interval).
        async with self._turn(key) if sender.min_interval > 0 else contextlib.nullcontext():
            # A slot reserved before a 429 for this channel is void: nothing goes out before Retry-After.
            held = await self._held(key)
            if held <= 0:
                started = time.perf_counter()
                try:
                    await sender.send(channel.config, alert)
                except DeliveryError as exc:
                    failed = exc
                except Exception as exc:  # noqa: BLE001 - a bug in one channel must not strand the row
                    log.error("delivery.crash", delivery=ids, kind=channel.kind, error=type(exc).__name__)
                    failed = DeliveryError(f"internal error: {type(exc).__name__}")
                latency = time.perf_counter() - started
                if failed is not None and failed.retry_after:
                    # Still in this channel's turn: the next send of this process sees the hold at once.
                    self._hold_locally(key, failed.retry_after)
        if held > 0:
            until = now() + timedelta(seconds=held)
            await self._write("defer", lambda s: ledger.defer(s, ids, until))
            self.metrics.deliveries.labels(channel.kind, "deferred").inc(len(ids))
            log.info("delivery.held", delivery=ids, channel=channel.id, seconds=round(held, 3))
            return
        if failed is not None:
            await self._failed_send(rows, failed, key)
            return
        self.metrics.send_latency.labels(channel.kind).observe(latency)
        # Marked sent by drain's next flush; a crash before it leaves the row 'sending', to be reclaimed
        # and counted as a possible duplicate.
        self._unsent.extend(ids)
        self.metrics.deliveries.labels(channel.kind, "sent").inc(len(ids))
        log.info(
            "delivery.sent",
            delivery=ids,
            events=[r.event.event_id for r in rows],
            channel=channel.id,
            kind=channel.kind,
        )

    def _turn(self, key: str) -> asyncio.Lock:
        """The lock one paced channel's sends take in turn within this process."""
        return self._turns.setdefault(key, asyncio.Lock())

    def _hold_locally(self, key: str, seconds: float) -> None:
        """Remember a Retry-After for key in this process (the shared one is written after)."""
        until = self._slots.clock() + seconds
        self._holds[key] = max(self._holds.get(key, 0.0), until)

    async def _held(self, key: str) -> float:
        """Seconds the channel with this pace key is still held by a Retry-After (0: send now)."""
        local = self._holds.get(key, 0.0) - self._slots.clock()
        if local > 0:
            return local
        self._holds.pop(key, None)
        # Another replica's 429 is known only from the database; if it cannot be read, the pacing still holds.
        shared = await self._retrying("read_hold", lambda: self._slots.held(key))
        return shared or 0.0

    async def _failed_send(self, rows: list[ledger.Claimed], exc: DeliveryError, key: str) -> None:
        channel = rows[0].channel
        ids = [r.delivery_id for r in rows]
        attempts = max(r.attempts for r in rows)
        log.warning(
            "delivery.error",
            delivery=ids,
            channel=channel.id,
            kind=channel.kind,
            attempts=attempts,
            reason=exc.reason,
            permanent=exc.permanent,
        )
        if exc.retry_after:
            # Every other row for this channel waits too, on every replica, not just this one.
            hold = exc.retry_after

            async def held() -> bool:
                await self._slots.hold(key, hold)
                return True

            await self._retrying("hold_slot", held)
        if exc.permanent:
            await self._write(
                "mark_channel_broken", lambda s: ledger.mark_channel_broken(s, channel.id, exc.reason)
            )
            self.metrics.deliveries.labels(channel.kind, "broken").inc(len(ids))
            await self._fail(ids, channel.kind, exc.reason)
        elif self.policy.exhausted(attempts):
            await self._fail(ids, channel.kind, exc.reason)
        else:
            delay = self.policy.delay(attempts, exc.retry_after)
            await self._write("mark_retry", lambda s: ledger.mark_retry(s, ids, exc.reason, delay))
            self.metrics.deliveries.labels(channel.kind, "retry").inc(len(ids))
            if exc.ambiguous:
                # The receiver may already have it; the retry can repeat it. Counted, never silent.
                self.metrics.possible_duplicates.inc()

    async def _fail(self, ids: list[str], kind: str, reason: str) -> None:
        await self._write("mark_failed", lambda s: ledger.mark_failed(s, ids, reason))
        self.metrics.deliveries.labels(kind, "failed").inc(len(ids))
        self.metrics.failed.labels(kind).inc(len(ids))
        log.error("delivery.failed", delivery=ids, kind=kind, reason=reason)

    async def observe_backlog(self) -> None:
        """Refresh the oldest-pending-age gauge from the ledger."""
        async with self.sessions() as session:
            self.metrics.oldest_pending_age.set(await ledger.oldest_open_age(session))

    async def run(self, idle_seconds: float = 1.0, backlog_seconds: float = 5.0) -> None:
        """Drain whenever woken, and at least every idle_seconds (for retries and digests coming due)."""
        # The backlog gauge has its own clock: under sustained load a drain may not end for minutes, and
        # that is exactly when the gauge must not go stale.
        observer = asyncio.create_task(self._observe_every(backlog_seconds))
        try:
            while True:
                self._wake.clear()
                try:
                    await self.drain()
                except Exception as exc:  # noqa: BLE001 - a database hiccup must not end delivery for good
                    log.error("dispatcher.error", error=f"{type(exc).__name__}: {str(exc)[:300]}")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=idle_seconds)
        finally:
            observer.cancel()

    async def _observe_every(self, seconds: float) -> None:
        while True:
            try:
                await self.observe_backlog()
            except Exception as exc:  # noqa: BLE001 - the gauge must not end delivery
                log.error("dispatcher.backlog_error", error=f"{type(exc).__name__}: {str(exc)[:300]}")
            await asyncio.sleep(seconds)
