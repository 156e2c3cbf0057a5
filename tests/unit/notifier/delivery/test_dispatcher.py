"""The dispatcher over a real ledger (SQLite and PostgreSQL) and the local Slack server."""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from structlog.testing import capture_logs

from devkit.slack_sink import Fault, SlackSink
from notifier.channels import build_channels
from notifier.channels.kind import ChannelDeps, SmtpConfig
from notifier.db import make_engine, sessions
from notifier.delivery import ledger
from notifier.delivery.dispatcher import Dispatcher, Pace
from notifier.delivery.pacing import SharedSlots
from notifier.delivery.retry import RetryPolicy
from notifier.metrics import NotifierMetrics
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.matching import match
from notifier.routing.routes import load_routes
from notifier.states import DeliveryStatus, Mode
from notifier.store import create_channel, create_subscription, create_team
from notifier.tables import Channel, Delivery, now
from schemas.events import DocumentClassified, SourceKind, Stage
from tests.unit.notifier.conftest import EVENT, SECRET_URL_PART, event_variant


@dataclass
class Rig:
    """A database with one team, a Slack webhook channel and a dispatcher wired to the local sink."""

    engine: AsyncEngine
    factory: async_sessionmaker[AsyncSession]
    sink: SlackSink
    channel_id: str
    team_id: str
    dispatcher: Dispatcher
    metrics: NotifierMetrics

    async def subscribe(self, filters: SubscriptionFilter, mode: Mode = Mode.REALTIME, **extra: Any) -> str:
        async with self.factory() as session:
            sub = await create_subscription(session, self.team_id, self.channel_id, "EL watch", filters, mode)
            for key, value in extra.items():
                setattr(sub, key, value)
            await session.commit()
            return sub.id

    async def record(self, *events: DocumentClassified) -> int:
        created = 0
        async with self.factory() as session:
            routes = await load_routes(session)
            for event in events:
                created += await ledger.record(session, event, match(event, routes))
            await session.commit()
        return created

    async def rows(self) -> list[Delivery]:
        async with self.factory() as session:
            return list((await session.execute(select(Delivery).order_by(Delivery.created_at))).scalars())

    async def channel(self) -> Channel:
        async with self.factory() as session:
            return (await session.execute(select(Channel).where(Channel.id == self.channel_id))).scalar_one()

    def metric(self, name: str, **labels: str) -> float:
        return self.metrics.registry.get_sample_value(name, labels) or 0.0


@pytest.fixture
async def rig(
    database_url: str, sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> AsyncIterator[Rig]:
    server, base = sink
    engine = make_engine(database_url)
    factory = sessions(engine)
    async with factory() as session:
        team = await create_team(session, "acme")
        channel = await create_channel(
            session, team.id, "slack_webhook", {"url": f"{base}/services/{SECRET_URL_PART}"}
        )
        await session.commit()
    metrics = NotifierMetrics()
    channels = build_channels(ChannelDeps(http=slack_http, console=io.StringIO(), slack_min_interval=0.0))
    dispatcher = Dispatcher(
        factory, channels, RetryPolicy(base_seconds=1, max_attempts=3), timedelta(seconds=30), metrics=metrics
    )
    yield Rig(engine, factory, server, channel.id, team.id, dispatcher, metrics)
    await engine.dispose()


EL = SubscriptionFilter(tags=["entity_list.*"])


def _paced_at_one_per_second(rig: Rig) -> tuple[list[float], Callable[[float], Awaitable[None]]]:
    """Slack pacing at 1 s, and a sleep that records the waits instead of spending them."""
    object.__setattr__(rig.dispatcher.channels["slack_webhook"], "min_interval", 1.0)
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    return waits, sleep


async def test_a_matched_event_is_sent_once_and_marked_sent(rig: Rig) -> None:
    await rig.subscribe(EL)
    assert await rig.record(EVENT) == 1
    assert await rig.dispatcher.drain() == 1
    assert await rig.dispatcher.drain() == 0
    [row] = await rig.rows()
    assert (row.status, row.attempts) == (DeliveryStatus.SENT, 1)
    assert len(rig.sink.received) == 1
    assert rig.metric("notifier_deliveries_total", kind="slack_webhook", outcome="sent") == 1
    assert rig.metric("notifier_send_latency_seconds_count", kind="slack_webhook") == 1


async def test_429_waits_at_least_retry_after_for_every_row_of_the_channel(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    rig.sink.inject(Fault(429, "rate_limited", retry_after=40))
    await rig.dispatcher.drain()
    [row] = await rig.rows()
    assert row.status == DeliveryStatus.RETRY
    wait = row.next_attempt_at.replace(tzinfo=now().tzinfo) - now()
    assert wait >= timedelta(seconds=39)
    key = rig.dispatcher.channels["slack_webhook"].pace_key((await rig.channel()).config)
    assert rig.dispatcher.slots is not None
    assert await rig.dispatcher.slots.wait(key) >= 39
    # Another event for the same channel arrives meanwhile: it is not sent before the hold ends either.
    await rig.record(event_variant(event_id="federal_register:2099-00001", document_number="2099-00001"))
    await rig.dispatcher.drain()
    rows = {r.event_id: r for r in await rig.rows()}
    assert rows["federal_register:2099-00001"].status == DeliveryStatus.PENDING
    assert rows["federal_register:2099-00001"].attempts == 0
    assert rig.sink.received == []
    assert rig.metric("notifier_deliveries_total", kind="slack_webhook", outcome="deferred") == 1


def _events(prefix: str, n: int) -> list[DocumentClassified]:
    return [
        event_variant(event_id=f"federal_register:{prefix}{i:04d}", document_number=f"{prefix}{i:04d}")
        for i in range(n)
    ]


async def test_a_429_holds_the_sends_already_given_a_slot_in_the_same_round(rig: Rig) -> None:
    await rig.subscribe(EL)
    waits, sleep = _paced_at_one_per_second(rig)  # slots 1 s apart, but the waits are not spent
    rig.dispatcher.sleep = sleep
    await rig.record(*_events("2099-4", 4))
    rig.sink.inject(Fault(429, "rate_limited", retry_after=40))
    assert await rig.dispatcher.drain() == 4
    assert sorted(waits) == [1.0, 2.0, 3.0]  # all four had slots before the 429
    assert rig.sink.received == []
    assert rig.sink.early == []
    rows = await rig.rows()
    assert sorted(r.status for r in rows) == [DeliveryStatus.PENDING] * 3 + [DeliveryStatus.RETRY]
    for row in rows:
        wait = row.next_attempt_at.replace(tzinfo=now().tzinfo) - now()
        assert wait >= timedelta(seconds=38)
    # The held rows went back uncounted: a 429 on one message is no attempt of the others.
    assert {r.attempts for r in rows if r.status == DeliveryStatus.PENDING} == {0}
    assert rig.metric("notifier_deliveries_total", kind="slack_webhook", outcome="deferred") == 3


async def test_a_slow_429_holds_the_next_send_that_was_due_while_it_was_in_flight(rig: Rig) -> None:
    await rig.subscribe(EL)
    waits, sleep = _paced_at_one_per_second(rig)  # slots 1 s apart, but the waits are not spent
    rig.dispatcher.sleep = sleep
    await rig.record(*_events("2099-7", 2))
    # The answer takes longer than the interval: the second slot comes while the first send is in flight.
    rig.sink.inject(Fault(429, "rate_limited", retry_after=40, delay=0.3))
    assert await rig.dispatcher.drain() == 2
    assert waits == [1.0]
    assert rig.sink.received == []  # the second waited for the first's answer, and that said wait 40 s
    assert sorted(r.status for r in await rig.rows()) == [DeliveryStatus.PENDING, DeliveryStatus.RETRY]


async def test_another_replicas_429_holds_a_send_already_given_a_slot(rig: Rig, database_url: str) -> None:
    await rig.subscribe(EL)
    object.__setattr__(rig.dispatcher.channels["slack_webhook"], "min_interval", 1.0)
    key = rig.dispatcher.channels["slack_webhook"].pace_key((await rig.channel()).config)
    other_engine = make_engine(database_url)  # the replica that got the 429: its own engine
    other = SharedSlots(sessions(other_engine))

    async def sleep(seconds: float) -> None:
        # While this replica waits for its second slot (the first send is in), the other one is answered 429.
        async with asyncio.timeout(10):
            await rig.sink.wait_for(1)
        await other.hold(key, 40.0)

    rig.dispatcher.sleep = sleep
    await rig.record(*_events("2099-5", 2))
    try:
        assert await rig.dispatcher.drain() == 2
    finally:
        await other_engine.dispose()
    # The first slot needed no wait and went out; the second, reserved before the hold, did not.
    assert len(rig.sink.received) == 1
    rows = await rig.rows()
    assert sorted(r.status for r in rows) == [DeliveryStatus.PENDING, DeliveryStatus.SENT]
    [held] = [r for r in rows if r.status == DeliveryStatus.PENDING]
    assert held.next_attempt_at.replace(tzinfo=now().tzinfo) - now() >= timedelta(seconds=38)
    assert held.attempts == 0


async def test_5xx_is_retried_with_backoff_then_failed_after_the_last_attempt(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    for attempt in range(1, 4):
        rig.sink.inject(Fault(500, "internal_error"))
        assert await rig.dispatcher.drain() == 1
        [row] = await rig.rows()
        assert row.attempts == attempt
        if attempt < 3:
            assert (row.status, row.last_error) == (DeliveryStatus.RETRY, "slack answered 500")
            assert await rig.dispatcher.drain() == 0  # not due yet: backoff
            async with rig.factory() as session:
                await session.execute(update(Delivery).values(next_attempt_at=now() - timedelta(seconds=1)))
                await session.commit()
    [row] = await rig.rows()
    assert row.status == DeliveryStatus.FAILED
    assert rig.metric("notifier_failed_deliveries_total", kind="slack_webhook") == 1
    assert (await rig.channel()).status == "ok"


async def test_a_permanent_error_breaks_the_channel_instead_of_retrying(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    rig.sink.inject(Fault(400, "invalid_payload"))
    await rig.dispatcher.drain()
    [row] = await rig.rows()
    assert (row.status, row.attempts, row.last_error) == (DeliveryStatus.FAILED, 1, "invalid_payload")
    channel = await rig.channel()
    assert (channel.status, channel.broken_reason) == ("broken", "invalid_payload")
    # Later alerts for the broken channel fail at once, without another request to Slack.
    await rig.record(event_variant(event_id="federal_register:2099-00002", document_number="2099-00002"))
    await rig.dispatcher.drain()
    assert {r.status for r in await rig.rows()} == {DeliveryStatus.FAILED}
    assert rig.sink.received == []
    assert rig.metric("notifier_failed_deliveries_total", kind="slack_webhook") == 2


async def test_a_row_left_sending_by_a_dead_sender_is_resent_and_counted(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    async with rig.factory() as session:
        # A sender claims the row and dies before marking it.
        [claimed] = await ledger.claim_due(session, limit=10, lease=timedelta(seconds=30))
        assert not claimed.reclaimed
    assert await rig.dispatcher.drain() == 0  # the lease still holds
    rig.dispatcher.lease = timedelta(seconds=0)
    assert await rig.dispatcher.drain() == 1
    [row] = await rig.rows()
    assert (row.status, row.attempts) == (DeliveryStatus.SENT, 2)
    assert rig.metric("notifier_possible_duplicates_total") == 1
    assert len(rig.sink.received) == 1


async def test_messages_to_one_slack_channel_are_paced_and_the_rest_deferred(rig: Rig) -> None:
    await rig.subscribe(EL)
    waits, sleep = _paced_at_one_per_second(rig)
    rig.dispatcher.slots = SharedSlots(rig.factory, clock=lambda: 1000.0)
    rig.dispatcher.sleep = sleep
    events = [
        event_variant(event_id=f"federal_register:2099-1{i:04d}", document_number=f"2099-1{i:04d}")
        for i in range(12)
    ]
    await rig.record(*events)
    assert await rig.dispatcher.drain() == 12
    # One slot per second: sends start 1 s apart up to the longest wait a claimed row may sit through
    # (5 s, well under the lease); the others go back to pending for their slot, attempt not counted.
    assert sorted(waits) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert len(rig.sink.received) == 6
    rows = await rig.rows()
    assert sorted(r.status for r in rows) == [DeliveryStatus.PENDING] * 6 + [DeliveryStatus.SENT] * 6
    assert {r.attempts for r in rows if r.status == DeliveryStatus.PENDING} == {0}


async def test_public_inspection_then_published_is_one_alert(rig: Rig) -> None:
    await rig.subscribe(EL)
    both = await rig.subscribe(SubscriptionFilter(tags=["entity_list.*"], stages=list(Stage)))
    pi = event_variant(
        event_id="public_inspection:2020-15827",
        source=SourceKind.PUBLIC_INSPECTION,
        stage=Stage.PUBLIC_INSPECTION,
    )
    assert await rig.record(pi) == 2
    assert await rig.record(EVENT) == 1  # only the subscription that asked for both stages
    rows = await rig.rows()
    assert sorted((r.subscription_id == both, r.event_id) for r in rows) == [
        (False, "public_inspection:2020-15827"),
        (True, "federal_register:2020-15827"),
        (True, "public_inspection:2020-15827"),
    ]


async def test_a_digest_groups_its_period_into_one_message(rig: Rig) -> None:
    sub = await rig.subscribe(EL, mode=Mode.DIGEST, schedule={"every_minutes": 60})
    second = event_variant(event_id="federal_register:2099-00003", document_number="2099-00003")
    assert await rig.record(EVENT, second) == 2
    assert await rig.dispatcher.drain() == 0  # the period has not ended
    rows = await rig.rows()
    assert all(r.next_attempt_at.replace(tzinfo=now().tzinfo) > now() for r in rows)
    assert len({r.next_attempt_at for r in rows}) == 1
    async with rig.factory() as session:  # the hour passes
        await session.execute(update(Delivery).values(next_attempt_at=now() - timedelta(seconds=1)))
        await session.commit()
    # A restart in between: a new dispatcher with no memory finds the period's rows in the ledger.
    restarted = Dispatcher(rig.factory, rig.dispatcher.channels, metrics=NotifierMetrics())
    assert await restarted.drain() == 2
    [message] = rig.sink.received
    assert message.payload["blocks"][0]["text"]["text"] == "Digest: 2 alerts for EL watch"
    text = str(message.payload["blocks"])
    assert "federal_register:2020-15827" in text
    assert "federal_register:2099-00003" in text
    assert {(r.subscription_id, r.status) for r in await rig.rows()} == {(sub, DeliveryStatus.SENT)}


async def test_secrets_never_reach_the_logs(
    rig: Rig, sink: tuple[SlackSink, str], caplog: pytest.LogCaptureFixture
) -> None:
    _server, base = sink
    await rig.subscribe(EL)
    async with rig.factory() as session:
        team = await create_team(session, "other")
        bot = await create_channel(
            session, team.id, "slack_bot", {"token": "xoxb-secret-bot-token", "channel": "C1"}
        )
        mail = await create_channel(session, team.id, "email", {"to": ["a@example.com"]})
        for channel in (bot, mail):
            await create_subscription(session, team.id, channel.id, "all", EL)
        await session.commit()
    channels = build_channels(
        ChannelDeps(
            http=rig.dispatcher.channels["slack_webhook"].http,  # type: ignore[attr-defined]
            console=io.StringIO(),
            extra={"slack_api_url": f"{base}/api"},
            smtp=SmtpConfig(port=1, username="relay", password="smtp-secret-password", timeout=1),
            slack_min_interval=0.0,
        )
    )
    rig.dispatcher.channels = channels
    rig.sink.inject(Fault(500, "internal_error"))
    caplog.set_level(logging.DEBUG)  # the standard library's loggers too (httpx logs request URLs)
    with capture_logs() as logs:
        await rig.record(EVENT)
        await rig.dispatcher.drain()
    logged = repr(logs) + caplog.text
    assert "delivery.error" in logged
    statuses = sorted(r.status for r in await rig.rows())
    assert statuses == [
        DeliveryStatus.FAILED,
        DeliveryStatus.RETRY,
        DeliveryStatus.RETRY,
    ]  # webhook 500 retried, bad bot token breaks, relay down retried
    for secret in (SECRET_URL_PART, "xoxb-secret-bot-token", "smtp-secret-password"):
        assert secret not in logged
        assert all(secret not in (r.last_error or "") for r in await rig.rows())


async def test_a_timed_out_send_is_retried_and_counted_as_a_possible_duplicate(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    rig.sink.inject(Fault(200, "ok", delay=4))  # the client gives up after 2 s, the request went out
    await rig.dispatcher.drain()
    [row] = await rig.rows()
    assert (row.status, row.last_error) == (DeliveryStatus.RETRY, "webhook request failed: ReadTimeout")
    assert rig.metric("notifier_possible_duplicates_total") == 1


def _locked() -> OperationalError:
    return OperationalError("UPDATE delivery", {}, Exception("database is locked"))


async def test_a_failed_mark_sent_after_a_good_send_is_retried_not_resent(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ledger.mark_sent
    calls: list[list[str]] = []

    async def flaky(session: AsyncSession, ids: str | Sequence[str]) -> None:
        calls.append(list(ids))
        if len(calls) == 1:
            raise _locked()
        await real(session, ids)

    monkeypatch.setattr(ledger, "mark_sent", flaky)
    rig.dispatcher.write_backoff = (0.0, 0.0)
    await rig.subscribe(EL)
    await rig.record(EVENT)
    assert await rig.dispatcher.drain() == 1
    [row] = await rig.rows()
    assert row.status == DeliveryStatus.SENT
    assert len(rig.sink.received) == 1
    assert len(calls) == 2
    assert rig.metric("notifier_ledger_write_retries_total", op="mark_sent") == 1
    assert rig.metric("notifier_ledger_write_failures_total", op="mark_sent") == 0
    # Nothing left to reclaim: a later drain (even past the lease) sends nothing again.
    rig.dispatcher.lease = timedelta(seconds=-1)
    assert await rig.dispatcher.drain() == 0
    assert len(rig.sink.received) == 1


async def test_a_mark_sent_that_never_succeeds_is_counted_and_drain_goes_on(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(session: AsyncSession, ids: str | Sequence[str]) -> None:
        raise _locked()

    monkeypatch.setattr(ledger, "mark_sent", broken)
    rig.dispatcher.write_backoff = (0.0, 0.0)
    await rig.subscribe(EL)
    await rig.record(
        EVENT, event_variant(event_id="federal_register:2099-00001", document_number="2099-00001")
    )
    with capture_logs() as logs:
        assert await rig.dispatcher.drain() == 2
    # Left 'sending': reclaimed after the lease and counted as a possible duplicate, never lost.
    assert {r.status for r in await rig.rows()} == {DeliveryStatus.SENDING}
    assert len(rig.sink.received) == 2
    assert rig.metric("notifier_ledger_write_retries_total", op="mark_sent") >= 2
    assert rig.metric("notifier_ledger_write_failures_total", op="mark_sent") >= 1
    assert any(e["event"] == "ledger.write_failed" and e["op"] == "mark_sent" for e in logs)


async def test_the_sent_rows_of_one_drain_round_are_marked_in_one_write(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ledger.mark_sent
    calls: list[list[str]] = []

    async def spy(session: AsyncSession, ids: str | Sequence[str]) -> None:
        calls.append(list(ids))
        await real(session, ids)

    monkeypatch.setattr(ledger, "mark_sent", spy)
    rig.dispatcher.flush_interval = 600  # no mid-round flush: the round's end is the only one
    await rig.subscribe(EL)
    events = [
        event_variant(event_id=f"federal_register:2099-0000{n}", document_number=f"2099-0000{n}")
        for n in range(5)
    ]
    await rig.record(*events)
    assert await rig.dispatcher.drain() == 5
    assert [len(c) for c in calls] == [5]
    assert {r.status for r in await rig.rows()} == {DeliveryStatus.SENT}
    assert len(rig.sink.received) == 5


async def test_a_long_round_marks_finished_sends_before_it_ends(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    rig.dispatcher.flush_interval = 0.01
    rig.dispatcher.batch = 1
    seen: list[str] = []
    real_deliver = rig.dispatcher._deliver

    async def deliver_then_look(rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        await real_deliver(rows, pace)
        # Still inside the round: poll until the periodic flush has marked this row sent.
        for _ in range(2000):
            [row] = await rig.rows()
            if row.status == DeliveryStatus.SENT:
                seen.append(row.status)
                return
            await asyncio.sleep(0.01)

    rig.dispatcher._deliver = deliver_then_look  # type: ignore[method-assign]
    assert await rig.dispatcher.drain() == 1
    assert seen == [DeliveryStatus.SENT]
    assert len(rig.sink.received) == 1


async def test_a_row_recorded_during_a_slow_send_is_sent_without_waiting_for_it(rig: Rig) -> None:
    await rig.subscribe(EL)
    slow, fresh = EVENT, event_variant(event_id="federal_register:2099-00042", document_number="2099-00042")
    await rig.record(slow)
    real_deliver = rig.dispatcher._deliver
    order: list[str] = []
    fresh_sent = asyncio.Event()

    async def deliver(rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        if rows[0].event.event_id == slow.event_id:
            # The slow send is still in flight when the next row arrives; it may finish only once the
            # dispatcher has sent that row on its own.
            await rig.record(fresh)
            rig.dispatcher.wake()
            async with asyncio.timeout(30):
                await fresh_sent.wait()
        await real_deliver(rows, pace)
        order.append(rows[0].event.event_id)
        if rows[0].event.event_id == fresh.event_id:
            fresh_sent.set()

    rig.dispatcher._deliver = deliver  # type: ignore[method-assign]
    assert await rig.dispatcher.drain() == 2
    assert order == [fresh.event_id, slow.event_id]
    assert {r.status for r in await rig.rows()} == {DeliveryStatus.SENT}


async def test_a_crashing_send_stops_new_claims_but_lets_the_others_finish(rig: Rig) -> None:
    await rig.subscribe(EL)
    events = [
        event_variant(event_id=f"federal_register:2099-0010{n}", document_number=f"2099-0010{n}")
        for n in range(3)
    ]
    await rig.record(*events)
    real_deliver = rig.dispatcher._deliver

    async def deliver(rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        if rows[0].event.event_id == events[0].event_id:
            raise RuntimeError("bug in a channel adapter")
        await real_deliver(rows, pace)

    rig.dispatcher._deliver = deliver  # type: ignore[method-assign]
    with pytest.raises(RuntimeError, match="bug in a channel adapter"):
        await rig.dispatcher.drain()
    statuses = {r.event_id: r.status for r in await rig.rows()}
    # The crashed row stays 'sending' (reclaimed after its lease); the others were sent and marked.
    assert statuses == {
        events[0].event_id: "sending",
        events[1].event_id: DeliveryStatus.SENT,
        events[2].event_id: DeliveryStatus.SENT,
    }


async def test_a_digest_stays_one_message_behind_a_backlog_larger_than_a_batch(rig: Rig) -> None:
    # The period ends while older realtime rows still wait: they fill most of the claim batch, and the
    # digest's rows past it must not go out as a second, partial digest.
    await rig.subscribe(EL)
    digest = await rig.subscribe(EL, mode=Mode.DIGEST, schedule={"every_minutes": 60})
    events = [
        event_variant(event_id=f"federal_register:2099-0{n:04d}", document_number=f"2099-0{n:04d}")
        for n in range(4)
    ]
    assert await rig.record(*events) == 8
    async with rig.factory() as session:  # the realtime rows have waited longer than the hour
        await session.execute(
            update(Delivery)
            .where(Delivery.subscription_id != digest)
            .values(next_attempt_at=now() - timedelta(hours=2))
        )
        await session.execute(
            update(Delivery)
            .where(Delivery.subscription_id == digest)
            .values(next_attempt_at=now() - timedelta(seconds=1))
        )
        await session.commit()
    rig.dispatcher.batch = 5
    assert await rig.dispatcher.drain() == 8
    digests = [m for m in rig.sink.received if "Digest" in str(m.payload["blocks"][0])]
    assert [m.payload["blocks"][0]["text"]["text"] for m in digests] == ["Digest: 4 alerts for EL watch"]
    assert len(rig.sink.received) == 5
    assert {r.status for r in await rig.rows()} == {DeliveryStatus.SENT}


async def test_the_backlog_gauge_is_refreshed_while_a_drain_runs_on(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    async with rig.factory() as session:
        await session.execute(update(Delivery).values(created_at=now() - timedelta(minutes=10)))
        await session.commit()
    busy = asyncio.Event()

    async def endless_drain() -> int:
        busy.set()
        await asyncio.Event().wait()  # sustained load: this drain never ends
        return 0

    rig.dispatcher.drain = endless_drain  # type: ignore[method-assign]
    gauge = "notifier_oldest_pending_delivery_age_seconds"
    task = asyncio.create_task(rig.dispatcher.run(backlog_seconds=0.05))
    try:
        async with asyncio.timeout(30):
            await busy.wait()
        for _ in range(1500):
            if rig.metric(gauge) >= 600:
                break
            await asyncio.sleep(0.02)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert rig.metric(gauge) >= 600


async def test_two_replicas_pace_one_channel_together(rig: Rig, database_url: str) -> None:
    await rig.subscribe(EL)
    waits, sleep = _paced_at_one_per_second(rig)
    other_engine = make_engine(database_url)  # a second notifier process: its own engine
    other = Dispatcher(sessions(other_engine), rig.dispatcher.channels, sleep=sleep)
    rig.dispatcher.sleep = sleep
    for replica, factory in ((rig.dispatcher, rig.factory), (other, other.sessions)):
        replica.slots = SharedSlots(factory, clock=lambda: 1000.0)
    events = [
        event_variant(event_id=f"federal_register:2099-2{i:04d}", document_number=f"2099-2{i:04d}")
        for i in range(9)
    ]
    # The replicas take turns, three new alerts each time, all within the same second of the clock.
    for turn, replica in enumerate((rig.dispatcher, other, rig.dispatcher)):
        await rig.record(*events[3 * turn : 3 * turn + 3])
        assert await replica.drain() == 3
    await other_engine.dispose()
    # Between them they used each of the channel's slots once: 0 s (no sleep), 1, ..., 5 s; the third
    # turn found no slot within 5 s and went back to pending.
    assert sorted(waits) == [1.0, 2.0, 3.0, 4.0, 5.0]
    assert len(rig.sink.received) == 6
    assert (
        sorted(r.status for r in await rig.rows()) == [DeliveryStatus.PENDING] * 3 + [DeliveryStatus.SENT] * 6
    )


async def test_a_cancelled_drain_leaves_no_task_behind(rig: Rig) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    started, never = asyncio.Event(), asyncio.Event()

    async def deliver(rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        started.set()
        await never.wait()  # a send that hangs until shutdown

    rig.dispatcher._deliver = deliver  # type: ignore[method-assign]
    before = asyncio.all_tasks()
    drain = asyncio.create_task(rig.dispatcher.drain())
    async with asyncio.timeout(30):
        await started.wait()
    drain.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await drain
    await asyncio.sleep(0)  # let the cancelled helpers finish
    assert [t for t in asyncio.all_tasks() - before if not t.done()] == []


async def test_a_failing_claim_lets_the_sends_in_flight_finish(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    await rig.subscribe(EL)
    await rig.record(EVENT)
    real_claim = ledger.claim_due
    claims = 0

    async def claim_then_break(session: AsyncSession, **kwargs: Any) -> list[ledger.Claimed]:
        nonlocal claims
        claims += 1
        if claims > 1:
            raise RuntimeError("claim broke")
        return await real_claim(session, **kwargs)

    real_deliver = rig.dispatcher._deliver

    async def deliver(rows: list[ledger.Claimed], pace: Pace | None = None) -> None:
        # New rows arrive while this send is in flight; claiming them fails.
        rig.dispatcher.wake()
        await asyncio.sleep(0.2)
        await real_deliver(rows, pace)

    monkeypatch.setattr(ledger, "claim_due", claim_then_break)
    rig.dispatcher._deliver = deliver  # type: ignore[method-assign]
    with pytest.raises(RuntimeError, match="claim broke"):
        await rig.dispatcher.drain()
    assert claims == 2
    # The send that was in flight reached Slack and is recorded: nothing for a later drain to repeat.
    assert [r.status for r in await rig.rows()] == [DeliveryStatus.SENT]
    assert len(rig.sink.received) == 1
