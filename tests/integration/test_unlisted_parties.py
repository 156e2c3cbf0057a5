"""Parties on no screening list reach their subscribers over the real broker: two real State Department
notices (a determination naming three companies in its text, an SDGT designation naming its party in the
title) and a news item naming the party of an OFAC designation as the verb's object go through the watcher's
publisher, the classifier worker (with no screening list at all), the subscriptions API and the notifier. A
subscriber to each party hears once, a subscriber to a party none names hears nothing, and a redelivered
document adds nothing. A second run sends a news designation whose parties are named by what they are
("... Equipment Plant") and by a lower-case role ("its chief executive ..."): each reaches its subscriber
once, and the spokesman the story quotes reaches no one. SQLite.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from classifier.corpus import learnt_items
from classifier.offline import item_to_document
from devkit.records import read_topic
from devkit.slack_sink import Received, SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified, DocumentSeen
from schemas.topics import CLASSIFIED, DOCUMENTS, SCREENING_LIST
from tests.integration.delivery.notifier_support import eventually, metric
from tests.integration.services_support import Services, api_classifier_notifier, slack_subscriptions
from watcher.publisher import KafkaPublisher

pytestmark = pytest.mark.integration

ADMIN = "unlisted-parties-admin-key-0123456789abcdef01234"
WEBHOOK_PATH = "/services/T0/B0/unlisted"
# Real Federal Register notices of the State Department, from the classifier's labelled hold-outs: a
# determination under the WMD-proliferators order naming three companies, and an SDGT designation; and a
# labelled news item on a 2025 OFAC designation ("sanctions Brazilian Supreme Court justice ...").
DETERMINATION, DESIGNATION, NEWS = (
    "fr-2023-27544",
    "fr-2024-04065",
    "news-2025-07-30-ofac-sanctions-brazil-justice-de-moraes",
)
# Subscription name -> (entity filter, the document that names it); the control is named by none.
WANTED = {
    "Utek": ("Changzhou Utek", DETERMINATION),
    "Ansarallah": ("Ansarallah", DESIGNATION),
    "Moraes": ("Alexandre de Moraes", NEWS),
}
CONTROL = {"Hezbollah": {"entities": ["Hezbollah"]}}


def _notices() -> dict[str, DocumentSeen]:
    records = {item.id: item.record for item in learnt_items()}
    return {key: item_to_document(records[key]) for key in (DETERMINATION, DESIGNATION, NEWS)}


def _subscription_of(message: Received) -> str:
    [context] = [b for b in message.payload["blocks"] if b["type"] == "context"]
    text: str = context["elements"][0]["text"]
    return text.split(" · subscription ", 1)[1]


@dataclass
class Desk:
    """A sanctions desk's running pipeline: the Slack sink, the watcher's publisher and the services."""

    sink: SlackSink
    publisher: KafkaPublisher
    services: Services


@asynccontextmanager
async def _desk(
    kafka_bootstrap: str,
    topics: dict[str, str],
    sqlite_url: str,
    tmp_path: Path,
    filters: dict[str, dict[str, list[str]]],
) -> AsyncIterator[Desk]:
    """The services with no screening list and one Slack subscription per filter, stopped on exit."""
    sink = SlackSink()
    sink_runner, sink_port = await start_sink(sink)
    origin = f"http://127.0.0.1:{sink_port}"
    publisher = KafkaPublisher(kafka_bootstrap, topics[DOCUMENTS], topics[SCREENING_LIST])
    await publisher.start()
    try:
        async with api_classifier_notifier(
            kafka_bootstrap,
            topics,
            sqlite_url,
            tmp_path,
            admin_key=ADMIN,
            slack_origin=origin,
            # No screening list is published: every party must come from the documents' own words.
            screening_wait_seconds=0,
        ) as services:
            async with httpx.AsyncClient(base_url=services.api_url, timeout=10) as api:
                await slack_subscriptions(api, ADMIN, "Sanctions desk", origin + WEBHOOK_PATH, filters)
            yield Desk(sink, publisher, services)
    finally:
        await publisher.stop()
        await sink_runner.cleanup()


async def test_parties_a_notice_names_reach_their_subscribers_without_any_list(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    notices = _notices()
    filters = {name: {"entities": [entity]} for name, (entity, _) in WANTED.items()}
    async with _desk(kafka_bootstrap, topics, sqlite_url, tmp_path, filters | CONTROL) as desk:
        await desk.publisher.publish(list(notices.values()))
        await desk.services.slack_messages(desk.sink, len(WANTED), seconds=60)
        # A redelivered notice is classified and alerted once only.
        await desk.publisher.publish([notices[DESIGNATION]])
        async with httpx.AsyncClient(timeout=10) as probe:

            async def skipped() -> bool:
                text = (await probe.get(f"{desk.services.classifier_url}/metrics")).text
                return metric(text, "classifier_duplicates_skipped_total") >= 1

            await eventually(skipped, "the classifier to skip the republished notice", seconds=20)
        await asyncio.sleep(1)  # would anything more still arrive?
        classified = [
            DocumentClassified.model_validate_json(r.value)
            for r in await read_topic(kafka_bootstrap, topics[CLASSIFIED])
        ]
        received = list(desk.sink.received)

    events = {e.event_id: e for e in classified}
    assert len(classified) == len(events) == len(notices)
    for key, document in notices.items():
        event = events[document.event_id]
        assert "sanctions.designation" in event.tag_ids, (key, event.tag_ids)
        # Named by the notice itself, on no list: the mention says so.
        assert all(m.list == "rule text" and m.entry_id is None for m in event.entities), event.entities
    named = {key: {m.text for m in events[notices[key].event_id].entities} for key in notices}
    assert named[DESIGNATION] == {"Ansarallah"}
    assert "Changzhou Utek Composite Company Ltd" in named[DETERMINATION], named
    assert "Alexandre de Moraes" in named[NEWS], named

    # One Slack message per subscription whose party a notice names, for that notice; none for the control.
    assert Counter(_subscription_of(r) for r in received) == Counter(dict.fromkeys(WANTED, 1))
    for message in received:
        entity, key = WANTED[_subscription_of(message)]
        body = json.dumps(message.payload, ensure_ascii=False)
        assert entity in body, body
        assert notices[key].event_id in body, body


# A designation told as news, in our own words: a party named by what it is (a plant), a person by a
# lower-case role, and a spokesman the story quotes, who is nobody's party.
HEAD_NOUN_STORY = {
    "id": "news-unlisted-plant-and-chief",
    "source": "news",
    "title": "Treasury blacklists a Xland chemical plant and its chief",
    "text": (
        "The U.S. Treasury on Tuesday designated the Zorva Chemical Equipment Plant, a Xland maker of "
        "reactors it said supplied the Xland missile programme, and froze the U.S. assets of its chief "
        "executive Ilkan Voros. Americans are barred from dealing with either. A spokesman, Daniel Ruiz, "
        "said more designations would follow."
    ),
    "published": "2026-11-24",
}
ROLE_WANTED = {"Plant": "Zorva Chemical Equipment Plant", "Chief": "Ilkan Voros", "Spokesman": "Daniel Ruiz"}


async def test_parties_named_by_what_they_are_and_by_their_role_reach_their_subscribers(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    story = item_to_document(HEAD_NOUN_STORY)
    filters = {name: {"entities": [entity]} for name, entity in ROLE_WANTED.items()}
    async with _desk(kafka_bootstrap, topics, sqlite_url, tmp_path, filters) as desk:
        await desk.publisher.publish([story])
        await desk.services.slack_messages(desk.sink, 2, seconds=60)
        await asyncio.sleep(1)  # would the spokesman's subscriber still hear?
        [event] = [
            DocumentClassified.model_validate_json(r.value)
            for r in await read_topic(kafka_bootstrap, topics[CLASSIFIED])
        ]
        received = list(desk.sink.received)

    assert "sanctions.designation" in event.tag_ids, event.tag_ids
    assert {m.text for m in event.entities} == {"Zorva Chemical Equipment Plant", "Ilkan Voros"}
    assert all(m.list == "rule text" and m.entry_id is None for m in event.entities), event.entities
    assert Counter(_subscription_of(r) for r in received) == Counter({"Plant": 1, "Chief": 1})
    for message in received:
        body = json.dumps(message.payload, ensure_ascii=False)
        assert ROLE_WANTED[_subscription_of(message)] in body, body
