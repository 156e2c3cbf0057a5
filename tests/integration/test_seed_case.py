"""The product's seed case end to end over the real broker: October 2019 news of licences weighed for sales
to Huawei (130+ applications at Commerce) days after 28 Chinese organisations joined the Entity List.

The watcher's part is played in-process with the watcher's own code: the bundled May-2022 screening list's
entries for the parties the item names go to the compacted topic as its baseline writes them, and the news
item goes through the feeds source's parser and the watcher's publisher. The classifier worker, the
subscriptions API and the notifier run as processes. A team set up through the API gets one Slack message
per matching subscription (entity "Huawei", tags `license.*`: the notifier's ledger is per subscription, not
per channel, so two), none for the controls (tags `sanctions.*`, entity "ZTE"), and nothing more when the
document, or its classified event, comes again.
SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from datetime import UTC, date, datetime, time
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import httpx
import pytest

from devkit.records import read_topic
from devkit.slack_sink import Received, SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified, DocumentSeen, ScreeningEntry
from schemas.topics import CLASSIFIED, DOCUMENTS, SCREENING_LIST
from screening.csl import BUNDLED_SNAPSHOT, load
from tests.integration.delivery.notifier_support import eventually, metric
from tests.integration.kafka_io import produce_events
from tests.integration.services_support import api_classifier_notifier, slack_subscriptions
from watcher.publisher import KafkaPublisher
from watcher.settings import FeedConfig
from watcher.sources.feeds import parse_feed

pytestmark = pytest.mark.integration

SEED = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures/news/seed_huawei_licences_2019-10.json").read_text()
)
ADMIN = "seed-case-admin-key-0123456789abcdef0123456789"
WEBHOOK_PATH = "/services/T0/B0/seedcase"
EL = "Entity List (EL) - Bureau of Industry and Security"
HUAWEI = "Huawei Technologies Co., Ltd. (Huawei)"  # the parent's Entity List entry, as the CSL names it
# Subscription name -> filters: the two that must fire, then the controls that must not.
WANTED = {"Huawei": {"entities": ["Huawei"]}, "Licensing": {"tags": ["license.*"]}}
CONTROLS = {"Sanctions": {"tags": ["sanctions.*"]}, "ZTE": {"entities": ["ZTE"]}}


def _seed_as_feed_item() -> DocumentSeen:
    """The seed item as the watcher publishes news: an RSS entry read by the feeds source's own parser."""
    published = date.fromisoformat(SEED["published"])
    rss = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Trade news</title><link>https://news.example/</link>
<description>Export-control news</description>
<item><guid isPermaLink="false">{escape(SEED["id"])}</guid><title>{escape(SEED["title"])}</title>
<description>{escape(SEED["text"])}</description>
<pubDate>{format_datetime(datetime.combine(published, time(12), tzinfo=UTC))}</pubDate></item>
</channel></rss>"""
    feed = FeedConfig(id="trade-news", url="https://news.example/rss")
    [document], bozo, why = parse_feed(feed, rss.encode())
    assert not bozo, why
    assert (document.title, document.text, document.published) == (SEED["title"], SEED["text"], published)
    return document


def _entries_naming(parties: list[str]) -> list[ScreeningEntry]:
    """Every entry of the bundled May-2022 list whose name or alternative names contain one of parties.

    For Huawei that is 138 entries (the parent and its affiliates on the Entity List, Treasury's two CMIC
    entries), so the matcher still has to pick the parent's Entity List entry among look-alikes. The whole
    list (14,160 entries) gives the same matches but costs the worker ~10 s of loading on a shared machine;
    the whole baseline on Kafka is test_watcher_lists_first's subject.
    """
    wanted = [p.casefold() for p in parties]
    return [
        e
        for e in load(BUNDLED_SNAPSHOT.read_bytes())
        if any(p in " ".join([e.name, *e.alt_names]).casefold() for p in wanted)
    ]


def _context(message: Received) -> str:
    [context] = [b for b in message.payload["blocks"] if b["type"] == "context"]
    text: str = context["elements"][0]["text"]
    return text


def _subscription_of(message: Received) -> str:
    """The subscription a realtime message was sent for (its context line ends `subscription <name>`)."""
    return _context(message).split(" · subscription ", 1)[1]


def _body(message: Received) -> str:
    return json.dumps(message.payload, ensure_ascii=False)


async def test_seed_case_huawei_licences_reach_slack_once_per_subscription(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    sink = SlackSink()
    sink_runner, sink_port = await start_sink(sink)
    origin = f"http://127.0.0.1:{sink_port}"
    document = _seed_as_feed_item()
    listed = {e.entry_id: e for e in _entries_naming(SEED["expected_entities"])}

    publisher = KafkaPublisher(kafka_bootstrap, topics[DOCUMENTS], topics[SCREENING_LIST])
    await publisher.start()
    try:
        # The watcher's baseline, before any document: the bundled list's entries for the parties the item
        # names (see _entries_naming), keyed and written as the watcher writes them.
        await publisher.publish_records([(e.key, e) for e in listed.values()])
        async with api_classifier_notifier(
            kafka_bootstrap,
            topics,
            sqlite_url,
            tmp_path,
            admin_key=ADMIN,
            slack_origin=origin,
            # Longer than this test may take: documents are held until the list is loaded, never
            # classified without it (the readiness check below insists on "loaded", not "degraded").
            screening_wait_seconds=120,
        ) as services:
            # Ready means the whole screening list is loaded, not the wait given up.
            classifier = services.classifier_ready
            assert (classifier["status"], classifier["detail"]["lists"]) == ("ready", "loaded"), classifier

            async with httpx.AsyncClient(base_url=services.api_url, timeout=10) as api:
                headers, ids = await slack_subscriptions(
                    api, ADMIN, "Seed compliance", f"{origin}{WEBHOOK_PATH}", WANTED | CONTROLS
                )
                await publisher.publish([document])
                await services.slack_messages(sink, len(WANTED), seconds=30)
                emitted = await read_topic(kafka_bootstrap, topics[CLASSIFIED])
                assert len(emitted) == 1, [r.value for r in emitted]
                event = DocumentClassified.model_validate_json(emitted[0].value)

                # Redelivery: the watcher publishes the same item again (as after a crash before its state
                # advanced), and Kafka hands the notifier the classified event a second time.
                await publisher.publish([document])
                await produce_events(kafka_bootstrap, topics[CLASSIFIED], [event])
                async with httpx.AsyncClient(timeout=10) as probe:

                    async def scraped(url: str, name: str, at_least: float) -> bool:
                        return metric((await probe.get(f"{url}/metrics")).text, name) >= at_least

                    await eventually(
                        lambda: scraped(services.classifier_url, "classifier_duplicates_skipped_total", 1),
                        "the classifier to skip the republished document",
                        seconds=20,
                    )
                    await eventually(
                        lambda: scraped(
                            services.notifier_url, 'notifier_intake_messages_total{result="recorded"}', 2
                        ),
                        "the notifier to consume the redelivered event",
                        seconds=20,
                    )
                alerts: list[dict[str, Any]] = []

                async def all_sent() -> bool:
                    nonlocal alerts
                    alerts = (await api.get("/v1/alerts", headers=headers)).json()
                    return bool(alerts) and all(a["status"] == "sent" for a in alerts)

                await eventually(all_sent, "the ledger's rows to be sent", seconds=20)
                await asyncio.sleep(1)  # would anything more still arrive?
            classified = await read_topic(kafka_bootstrap, topics[CLASSIFIED])
            received = list(sink.received)
    finally:
        await publisher.stop()
        await sink_runner.cleanup()

    # The classifier emitted the document once (the second record is the replay above), with both tags and
    # Huawei matched to its Entity List entry in the list it read from Kafka.
    assert [DocumentClassified.model_validate_json(r.value).event_id for r in classified] == [
        document.event_id,
        document.event_id,
    ]
    assert event.event_id == document.event_id
    assert event.document.content_hash == document.content_hash
    assert {"license.decision", "entity_list.addition"} <= event.tag_ids, event.tag_ids
    assert not {t for t in event.tag_ids if t.startswith("sanctions.")}, event.tag_ids
    huawei = [m for m in event.entities if m.text == "Huawei"]
    assert huawei, [(m.text, m.canonical_name, m.list) for m in event.entities]
    for mention in huawei:
        assert (mention.list, mention.canonical_name) == (EL, HUAWEI)
        assert mention.entry_id in listed
        assert (listed[mention.entry_id].list, listed[mention.entry_id].name) == (EL, HUAWEI)

    # Slack: exactly one message per matching subscription, both for this document, each naming Huawei and
    # its listed entry; none for the controls; the redeliveries added nothing.
    assert {r.path for r in received} == {WEBHOOK_PATH}
    assert Counter(_subscription_of(r) for r in received) == Counter(dict.fromkeys(WANTED, 1))
    for message in received:
        assert f"event `{document.event_id}`" in _context(message)
        assert f"{HUAWEI} — {EL}" in _body(message)
        assert "Huawei" in message.payload["text"]

    # The audit log agrees: one sent row per matching subscription, each sent at the first attempt.
    assert sorted((a["subscription_id"], a["event_id"], a["attempts"]) for a in alerts) == sorted(
        (ids[name], document.event_id, 1) for name in WANTED
    )
