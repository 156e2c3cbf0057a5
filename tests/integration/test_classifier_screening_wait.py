"""The classifier on the real broker holds documents until the screening list is loaded, or its wait ends."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer

from devkit.broker import free_port
from devkit.records import read_topic
from schemas.events import DocumentClassified, DocumentSeen, ScreeningEntry, SourceKind
from schemas.topics import CLASSIFIED, DOCUMENTS, SCREENING_LIST
from tests.integration.classifier_support import classifier_env, get
from tests.integration.processes import running, script

pytestmark = pytest.mark.integration

LISTED = ScreeningEntry(list="Entity List (EL)", entry_id="el-1", name="Zephyr Optics Co., Ltd.")


def _doc(event_id: str) -> DocumentSeen:
    return DocumentSeen(
        event_id=event_id,
        source=SourceKind.FEED,
        source_id="test",
        content_hash=f"sha256:{event_id}",
        title="Commerce adds entities to the Entity List",
        text="BIS added Zephyr Optics Co., Ltd. to the Entity List.",
    )


async def _ready(
    port: int, until: Callable[[int, dict[str, Any]], bool], seconds: float = 90
) -> dict[str, Any]:
    """/health/ready's body once until(status, body) holds."""
    async with asyncio.timeout(seconds):
        while True:
            try:
                code, text = await asyncio.to_thread(get, f"http://127.0.0.1:{port}/health/ready")
                body: dict[str, Any] = json.loads(text)
                if until(code, body):
                    return body
            except (OSError, ValueError):
                pass
            await asyncio.sleep(0.3)


async def _classified(bootstrap: str, topic: str) -> dict[str, DocumentClassified]:
    records = await read_topic(bootstrap, topic)
    return {
        c.event_id: c for c in (DocumentClassified.model_validate_json(r.value) for r in records if r.value)
    }


async def _wait_classified(
    bootstrap: str, topic: str, event_id: str, seconds: float = 90
) -> DocumentClassified:
    async with asyncio.timeout(seconds):
        while True:
            found = (await _classified(bootstrap, topic)).get(event_id)
            if found is not None:
                return found
            await asyncio.sleep(0.5)


def _on_the_list(result: DocumentClassified) -> set[str]:
    """Parties matched against the screening list entry (not, say, read from the rule's text)."""
    return {m.canonical_name for m in result.entities if m.list == LISTED.list}


async def test_a_document_before_the_screening_list_is_held_then_emitted_with_its_listed_party(
    kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "clf.log"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        with running(
            [script("exportwatch-classifier"), "worker", "-l", "info"],
            classifier_env(kafka_bootstrap, topics, tmp_path, port, CLASSIFIER_SCREENING_WAIT_SECONDS="600"),
            log,
        ):
            # A fresh install: both topics exist, the screening list is still empty.
            waiting = await _ready(port, lambda code, b: code == 503 and b["detail"]["lists"] == "waiting")
            assert topics[SCREENING_LIST] in waiting["detail"]["reason"], waiting
            await producer.send_and_wait(
                topics[DOCUMENTS], key=b"feed:t:held", value=_doc("feed:t:held").to_bytes()
            )
            await asyncio.sleep(8)  # ample time to classify one document, were it not held
            assert await _classified(kafka_bootstrap, topics[CLASSIFIED]) == {}, log.read_text()[-3000:]
            assert (await _ready(port, lambda code, b: True))["detail"]["lists"] == "waiting"

            # The watcher's baseline arrives: the held document goes out, matched against it.
            await producer.send_and_wait(
                topics[SCREENING_LIST], key=LISTED.key.encode(), value=LISTED.to_bytes()
            )
            result = await _wait_classified(kafka_bootstrap, topics[CLASSIFIED], "feed:t:held")
            assert _on_the_list(result) == {LISTED.name}, log.read_text()[-3000:]
            ready = await _ready(port, lambda code, b: code == 200)
            assert (ready["status"], ready["detail"]["lists"]) == ("ready", "loaded")
            metrics = (await asyncio.to_thread(get, f"http://127.0.0.1:{port}/metrics"))[1]
            assert "classifier_lists_ready 1.0" in metrics
            assert "classifier_screening_wait_timeouts_total 0.0" in metrics
    finally:
        await producer.stop()


async def test_after_the_wait_documents_go_out_degraded_and_the_list_still_loads_later(
    kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "clf.log"
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    try:
        await producer.send_and_wait(
            topics[DOCUMENTS], key=b"feed:t:early", value=_doc("feed:t:early").to_bytes()
        )
        with running(
            [script("exportwatch-classifier"), "worker", "-l", "info"],
            classifier_env(kafka_bootstrap, topics, tmp_path, port, CLASSIFIER_SCREENING_WAIT_SECONDS="15"),
            log,
        ):
            await _ready(port, lambda code, b: code == 503 and b["detail"]["lists"] == "waiting")
            assert await _classified(kafka_bootstrap, topics[CLASSIFIED]) == {}
            # No list within 15 s: the document is classified without listed parties, and that is visible.
            result = await _wait_classified(kafka_bootstrap, topics[CLASSIFIED], "feed:t:early")
            assert _on_the_list(result) == set()
            degraded = await _ready(port, lambda code, b: code == 200)
            # Ready (documents flow), and the detail says it is without a screening list.
            assert (degraded["status"], degraded["detail"]["lists"]) == ("ready", "degraded")
            assert "without listed parties" in degraded["detail"]["reason"]
            metrics = (await asyncio.to_thread(get, f"http://127.0.0.1:{port}/metrics"))[1]
            assert "classifier_screening_wait_timeouts_total 1.0" in metrics
            assert "classifier.screening_wait_timeout" in log.read_text()

            # The list arriving late is still loaded, without a restart.
            await producer.send_and_wait(
                topics[SCREENING_LIST], key=LISTED.key.encode(), value=LISTED.to_bytes()
            )
            await _ready(port, lambda code, b: b["detail"]["lists"] == "loaded")
            await producer.send_and_wait(
                topics[DOCUMENTS], key=b"feed:t:late", value=_doc("feed:t:late").to_bytes()
            )
            late = await _wait_classified(kafka_bootstrap, topics[CLASSIFIED], "feed:t:late")
            assert _on_the_list(late) == {LISTED.name}
    finally:
        await producer.stop()
