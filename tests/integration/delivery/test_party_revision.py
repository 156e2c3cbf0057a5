"""Over real Kafka: a Public Inspection filing, then the published rule with a corrected party list, reach
Slack as "Tomorrow's rule" and one revision naming the change; the same rule again adds nothing."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from devkit.slack_sink import SlackSink
from schemas.events import DocumentClassified, Party, PartySource, SourceKind, Stage
from schemas.topics import CLASSIFIED
from tests.integration.delivery.notifier_support import recorded, sent_alerts, slack_team
from tests.integration.kafka_io import produce_events
from tests.integration.processes import running, script
from tests.unit.notifier.conftest import EVENT

pytestmark = pytest.mark.integration


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
    async with slack_team(sink, kafka_bootstrap, topics, database_url) as team:
        await team.api.subscribe(team.headers, team.channel_id, {"tags": ["entity_list.*"]})
        with running([script("exportwatch-notifier"), "run"], team.env, tmp_path / "notifier.log"):
            # One at a time, as the stages come: different keys may land on different partitions.
            for count, event in enumerate((FILED, PUBLISHED, AGAIN), start=1):
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [event])
                await recorded(team.metrics_port, count)
            alerts = await sent_alerts(
                team.api, team.headers, "the filing and its revision to be sent", count=2
            )
            await asyncio.sleep(1)  # would anything more still arrive?

    assert sorted(a["event_id"] for a in alerts) == sorted([FILED.event_id, PUBLISHED.event_id])
    texts = [r.payload["text"] for r in sink.received]
    assert len(texts) == 2
    [filed] = [t for t in texts if "Tomorrow's rule (on public inspection, to be published" in t]
    [revision] = [t for t in texts if t.startswith("[HIGH] Revision: ")]
    assert filed != revision
    body = "\n".join(b["text"]["text"] for r in sink.received for b in r.payload["blocks"] if "text" in b)
    assert "+ added: Gamma LLC (Iran)" in body
    assert "− removed: Beta Inc. (Canada)" in body
