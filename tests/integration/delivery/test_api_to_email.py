"""End to end over real Kafka: a team set up through the API with an email channel (a real SMTP server), a
realtime and a digest subscription, the notifier as a process; one email per matching event, one digest
holding every due event, nothing for a non-matching event, nothing twice, the audit log showing them sent.
SQLite and PostgreSQL.

The shortest digest schedule the API accepts is every 5 minutes, and no setting moves the notifier's clock;
the ledger's due time (deliveries.next_attempt_at) is what the dispatcher obeys. So the digest is daily, due
about 12 hours after the test starts (no period boundary can fall inside the test and split it), and the
test brings that due time forward in the ledger once it has checked the rows wait for exactly that moment.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from devkit.broker import free_port
from notifier.db import make_engine, sessions
from notifier.routing.schedule import DigestSchedule, next_due
from notifier.states import DeliveryStatus
from notifier.tables import Delivery, now
from schemas.events import DocumentClassified
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import api_on, eventually, notifier_env, recorded
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.mailbox import Mailbox, smtp_server
from tests.unit.notifier.conftest import EVENT

pytestmark = pytest.mark.integration

SENDER = "alerts@exportwatch.test"
RECIPIENTS = ["Officer@Example.com", "team@example.org"]
DELIVERED_TO = ["Officer@example.com", "team@example.org"]  # as the channel normalises them
ZONE = "Europe/Berlin"


def _event(number: str, title: str, tag: str = "entity_list.addition") -> DocumentClassified:
    doc = EVENT.document.model_copy(
        update={"event_id": f"federal_register:{number}", "document_number": number, "title": title}
    )
    tags = [EVENT.tags[0].model_copy(update={"id": tag})]
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id, "tags": tags})


EL_1 = _event("2099-01001", "Additions to the Entity List: first")
EL_2 = _event("2099-01002", "Additions to the Entity List: second")
SANCTIONS = _event("2099-01003", "Designation of sanctioned persons", "sanctions.designation")
UNWANTED = _event("2099-01004", "Licence requirement for something else", "license.requirement")
EL_3 = _event("2099-01005", "Additions to the Entity List: third")


def _event_ids(message: EmailMessage) -> list[str]:
    """The events a message lists (the text part ends every item with 'event <id>')."""
    body = message.get_body(("plain",))
    assert body is not None
    return re.findall(r"^event (\S+)\r?$", body.get_content(), flags=re.MULTILINE)


def _unsubscribe(subscription_id: str) -> str:
    return f"<mailto:{SENDER}?subject=unsubscribe%20{subscription_id}>"


async def _bring_digest_forward(database_url: str, subscription_id: str) -> list[str]:
    """Make the digest's waiting rows due now, as the end of their period would; return their ids."""
    engine = make_engine(database_url)
    try:
        async with sessions(engine)() as session:
            moved = await session.execute(
                update(Delivery)
                .where(Delivery.subscription_id == subscription_id, Delivery.status == DeliveryStatus.PENDING)
                .values(next_attempt_at=now())
                .returning(Delivery.id)
            )
            ids = list(moved.scalars())
            await session.commit()
            return ids
    finally:
        await engine.dispose()


async def test_email_alerts_and_one_digest_over_kafka(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    mailbox = Mailbox()
    daily_at = (datetime.now(ZoneInfo(ZONE)) + timedelta(hours=12)).time().replace(second=0, microsecond=0)
    schedule = DigestSchedule(daily_at=daily_at, timezone=ZONE)
    metrics_port = free_port()
    alerts: list[dict[str, Any]] = []
    with smtp_server(mailbox) as smtp_port:
        env = notifier_env(
            kafka_bootstrap,
            topics,
            database_url,
            metrics_port,
            SMTP_HOST="127.0.0.1",
            SMTP_PORT=str(smtp_port),
            SMTP_FROM=SENDER,
            SMTP_TIMEOUT_SECONDS="10",
        )
        # The operator vouches for these domains, so the recipients need no confirmation code (that path
        # is tested in tests/unit/notifier/api/test_security_probes.py).
        async with api_on(database_url, EMAIL_ALLOWED_DOMAINS=["example.com", "example.org"]) as api:
            client = api.client
            _, headers = await api.team("acme")
            channel = await client.post(
                "/v1/channels",
                json={"kind": "email", "name": "compliance", "config": {"to": RECIPIENTS}},
                headers=headers,
            )
            assert channel.status_code == 201, channel.text
            realtime = await client.post(
                "/v1/subscriptions",
                json={
                    "name": "Entity List now",
                    "channel_id": channel.json()["id"],
                    "filters": {"tags": ["entity_list.*"]},
                },
                headers=headers,
            )
            assert realtime.status_code == 201, realtime.text
            digest = await client.post(
                "/v1/subscriptions",
                json={
                    "name": "Daily lists",
                    "channel_id": channel.json()["id"],
                    "filters": {"tags": ["entity_list.*", "sanctions.*"]},
                    "mode": "digest",
                    "schedule": schedule.model_dump(mode="json"),
                },
                headers=headers,
            )
            assert digest.status_code == 201, digest.text
            realtime_id, digest_id = realtime.json()["id"], digest.json()["id"]

            async def audit_log_shows(what: str, ready: Callable[[], bool]) -> None:
                """Poll /v1/alerts (kept in `alerts`) until ready() holds for it."""

                async def check() -> bool:
                    nonlocal alerts
                    alerts = (await client.get("/v1/alerts", headers=headers)).json()
                    return ready()

                await eventually(check, what)

            def rows(subscription_id: str, status: str | None = None) -> list[dict[str, Any]]:
                return [
                    a
                    for a in alerts
                    if a["subscription_id"] == subscription_id and status in (None, a["status"])
                ]

            with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"):
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [EL_1, EL_2, SANCTIONS, UNWANTED])
                await recorded(metrics_port, 4)
                # Every event is in the ledger: the realtime rows go out, the digest rows wait.
                await audit_log_shows(
                    "the realtime alerts to be sent",
                    lambda: len(rows(realtime_id, DeliveryStatus.SENT)) == 2 and len(rows(digest_id)) == 3,
                )
                waiting = rows(digest_id)
                assert {a["status"] for a in waiting} == {DeliveryStatus.PENDING}
                for row in waiting:
                    due = datetime.fromisoformat(row["next_attempt_at"])
                    assert due == next_due(schedule, datetime.fromisoformat(row["created_at"]))
                    assert due > now() + timedelta(hours=6)  # hours away, whatever DST does
                assert len(mailbox.messages) == 2

                moved = await _bring_digest_forward(database_url, digest_id)
                assert sorted(moved) == sorted(a["id"] for a in waiting)
                await audit_log_shows(
                    "the digest to be sent", lambda: len(rows(digest_id, DeliveryStatus.SENT)) == 3
                )

                # Kafka redelivers an event already sent (both ways), and a new one follows: the
                # redelivery adds nothing; the new one alerts now and waits for the next digest.
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [EL_1, EL_3])
                await recorded(metrics_port, 6)
                await audit_log_shows(
                    "the alert after the digest to be sent",
                    lambda: len(rows(realtime_id, DeliveryStatus.SENT)) == 3 and len(rows(digest_id)) == 4,
                )
            events = (await client.get("/v1/events", headers=headers)).json()

    # The audit log: one row per (subscription, matching event), each sent once; the event that came
    # after the digest waits for the next one; the unwanted event has no row at all.
    assert sorted(a["event_id"] for a in rows(realtime_id, DeliveryStatus.SENT)) == [
        EL_1.event_id,
        EL_2.event_id,
        EL_3.event_id,
    ]
    assert sorted(a["event_id"] for a in rows(digest_id, DeliveryStatus.SENT)) == sorted(
        [EL_1.event_id, EL_2.event_id, SANCTIONS.event_id]
    )
    assert [a["event_id"] for a in rows(digest_id, DeliveryStatus.PENDING)] == [EL_3.event_id]
    assert len(alerts) == 7
    assert all(
        a["attempts"] == 1 and a["channel_kind"] == "email" for a in rows(realtime_id, DeliveryStatus.SENT)
    )
    assert all(a["attempts"] == 1 for a in rows(digest_id, DeliveryStatus.SENT))
    assert UNWANTED.event_id in {e["event_id"] for e in events}  # stored, so it was consumed

    received = mailbox.parsed()
    assert all(rcpts == DELIVERED_TO for rcpts, _ in received)
    assert all(m["To"] == ", ".join(DELIVERED_TO) and m["From"] == SENDER for _, m in received)
    digests = [m for _, m in received if m["Subject"].startswith("exportwatch digest:")]
    singles = [m for _, m in received if not m["Subject"].startswith("exportwatch digest:")]

    assert len(singles) == 3
    assert Counter(e for m in singles for e in _event_ids(m)) == Counter(
        {EL_1.event_id: 1, EL_2.event_id: 1, EL_3.event_id: 1}
    )
    titles = {e.event_id: e.document.title for e in (EL_1, EL_2, EL_3)}
    for message in singles:
        [event_id] = _event_ids(message)
        assert message["Subject"] == f"[HIGH] {titles[event_id]} (entity_list.addition)"
        assert message["List-Unsubscribe"] == _unsubscribe(realtime_id)

    [only] = digests
    assert only["Subject"] == "exportwatch digest: 3 alerts for Daily lists"
    assert sorted(_event_ids(only)) == sorted([EL_1.event_id, EL_2.event_id, SANCTIONS.event_id])
    assert only["List-Unsubscribe"] == _unsubscribe(digest_id)
