"""Over real Kafka: a Public Inspection filing, then the published rule with a corrected party list, reach
Slack as "Tomorrow's rule" and one revision naming the change; the same rule again adds nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.broker import free_port
from devkit.slack_sink import SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified, Party, PartySource, SourceKind, Stage
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import eventually, metric, notifier_env
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.unit.notifier.api.conftest import make_api

pytestmark = pytest.mark.integration

EVENT = DocumentClassified.model_validate_json(
    (Path(__file__).resolve().parents[2] / "fixtures/events/v1/DocumentClassified.json").read_bytes()
)


def _party(name: str, country: str) -> Party:
    return Party(name=name, destination=country.upper(), country=country, source=PartySource.GPO_TABLE)


def _stage(stage: Stage, parties: list[Party], suffix: str = "") -> DocumentClassified:
    pi = stage is Stage.PUBLIC_INSPECTION
    doc = EVENT.document.model_copy(
        update={
            "event_id": ("public_inspection:" if pi else "federal_register:") + "2099-00007" + suffix,
            "document_number": "2099-00007",
            "stage": stage,
            "source": SourceKind.PUBLIC_INSPECTION if pi else SourceKind.FEDERAL_REGISTER,
        }
    )
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id, "parties": parties})


FILED = _stage(Stage.PUBLIC_INSPECTION, [_party("Alpha Co., Ltd.", "China"), _party("Beta Inc.", "Canada")])
PUBLISHED = _stage(Stage.PUBLISHED, [_party("Alpha Co., Ltd.", "China"), _party("Gamma LLC", "Iran")])
# The published rule seen again under another event id (a re-fetch): the same list, nothing new.
AGAIN = _stage(Stage.PUBLISHED, [_party("ALPHA CO LTD", "China"), _party("Gamma LLC", "Iran")], ":again")


async def test_a_corrected_party_list_is_one_revision_over_kafka(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    sink = SlackSink()
    runner, port = await start_sink(sink)
    base = f"http://127.0.0.1:{port}"
    allowed = ["hooks.slack.com", "slack.com", base]
    api = await make_api(database_url, SLACK_ALLOWED_HOSTS=allowed)
    client = api.client
    metrics_port = free_port()
    env = notifier_env(
        kafka_bootstrap,
        topics,
        database_url,
        metrics_port,
        SLACK_ALLOWED_HOSTS=str(allowed).replace("'", '"'),
        NOTIFIER_SLACK_MIN_INTERVAL_SECONDS="0.1",
    )
    try:
        _, headers = await api.team("acme")
        channel = await client.post(
            "/v1/channels",
            json={"kind": "slack_webhook", "config": {"url": f"{base}/services/T0/B0/secret"}},
            headers=headers,
        )
        assert channel.status_code == 201, channel.text
        subscription = await client.post(
            "/v1/subscriptions",
            json={"name": "EL", "channel_id": channel.json()["id"], "filters": {"tags": ["entity_list.*"]}},
            headers=headers,
        )
        assert subscription.status_code == 201, subscription.text
        with running([script("exportwatch-notifier"), "run"], env, tmp_path / "notifier.log"):
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{metrics_port}") as probe:

                async def recorded(count: int) -> None:
                    async def done() -> bool:
                        try:
                            scraped = (await probe.get("/metrics")).text
                        except httpx.TransportError:
                            return False
                        return metric(scraped, 'notifier_intake_messages_total{result="recorded"}') >= count

                    await eventually(done, f"the notifier to record {count} events")

                # One at a time, as the stages come: different keys may land on different partitions.
                for count, event in enumerate((FILED, PUBLISHED, AGAIN), start=1):
                    await produce_events(kafka_bootstrap, topics[CLASSIFIED], [event])
                    await recorded(count)

            alerts: list[dict[str, Any]] = []

            async def all_sent() -> bool:
                nonlocal alerts
                alerts = (await client.get("/v1/alerts", headers=headers)).json()
                return len(alerts) == 2 and all(a["status"] == "sent" for a in alerts)

            await eventually(all_sent, "the filing and its revision to be sent")
            await asyncio.sleep(1)  # would anything more still arrive?
    finally:
        await runner.cleanup()
        await client.aclose()
        await api.app.state.api.engine.dispose()

    assert sorted(a["event_id"] for a in alerts) == sorted([FILED.event_id, PUBLISHED.event_id])
    texts = [r.payload["text"] for r in sink.received]
    assert len(texts) == 2
    [filed] = [t for t in texts if "Tomorrow's rule (on public inspection, to be published" in t]
    [revision] = [t for t in texts if t.startswith("[HIGH] Revision: ")]
    assert filed != revision
    body = "\n".join(b["text"]["text"] for r in sink.received for b in r.payload["blocks"] if "text" in b)
    assert "+ added: Gamma LLC (Iran)" in body
    assert "− removed: Beta Inc. (Canada)" in body
