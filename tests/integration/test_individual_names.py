"""A listed individual named as the text names them, over the real broker: the faust classifier reads a
surname-first SDN entry from the compacted screening topic, and a news item writing the given name first
comes out under the listed name in reading order, while one writing the list's order keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from devkit.broker import free_port
from schemas.events import DocumentSeen, ScreeningEntry, SourceKind
from schemas.topics import CLASSIFIED, DOCUMENTS, SCREENING_LIST
from tests.integration.classifier_support import Reader, classifier_env, events_by_id, wait_http
from tests.integration.processes import running, script

pytestmark = pytest.mark.integration

SDN = "Specially Designated Nationals (SDN) - Treasury Department"


def _news(event_id: str, text: str) -> DocumentSeen:
    return DocumentSeen(
        event_id=event_id,
        source=SourceKind.FEED,
        source_id="test",
        content_hash=f"sha256:{event_id}",
        title="Treasury sanctions Xland officials",
        text=text,
    )


async def test_an_individual_is_named_in_the_order_the_text_writes(
    kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    env = classifier_env(kafka_bootstrap, topics, tmp_path, port)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    classified = Reader(kafka_bootstrap, topics[CLASSIFIED])
    await classified.start()
    try:
        person = ScreeningEntry(
            list=SDN, entry_id="sdn-1", name="AL-ZEPHYRI, Bashar Hafez", entity_type="Individual"
        )
        await producer.send_and_wait(topics[SCREENING_LIST], key=person.key.encode(), value=person.to_bytes())
        with running([script("exportwatch-classifier"), "worker", "-l", "info"], env, tmp_path / "clf.log"):
            try:
                await wait_http(f"http://127.0.0.1:{port}/health/ready", 200)
            except TimeoutError:
                raise AssertionError((tmp_path / "clf.log").read_text()[-3000:]) from None
            news = {
                "feed:n:1": "OFAC on Tuesday designated Bashar al-Zephyri and froze his U.S. assets.",
                "feed:n:2": "OFAC on Tuesday designated AL-ZEPHYRI, Bashar Hafez and froze his U.S. assets.",
            }
            for event_id, text in news.items():
                document = _news(event_id, text)
                await producer.send_and_wait(
                    topics[DOCUMENTS], key=event_id.encode(), value=document.to_bytes()
                )
            values = await classified.wait_for(lambda v: set(news) <= set(events_by_id(v)))
    finally:
        await classified.stop()
        await producer.stop()

    events = events_by_id(values)
    names = {
        event_id: {(m.text, m.canonical_name) for m in events[event_id].entities if m.entry_id == "sdn-1"}
        for event_id in news
    }
    assert names["feed:n:1"] == {("Bashar al-Zephyri", "Bashar Hafez AL-ZEPHYRI")}, names
    assert names["feed:n:2"] == {("AL-ZEPHYRI, Bashar Hafez", "AL-ZEPHYRI, Bashar Hafez")}, names
