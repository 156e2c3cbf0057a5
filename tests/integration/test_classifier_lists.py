"""The faust classifier on the real broker: lists from compacted topics, live updates, idempotence."""

from __future__ import annotations

import asyncio
import functools
import json
from pathlib import Path

from aiokafka import AIOKafkaProducer

from devkit.broker import free_port
from schemas.events import (
    DeadLetter,
    DocumentClassified,
    DocumentSeen,
    ScreeningEntry,
    SourceKind,
    WatchlistEntry,
)
from schemas.topics import CLASSIFIED, DEADLETTER, DOCUMENTS, SCREENING_LIST, WATCHLIST
from tests.integration.classifier_support import Reader, classifier_env, events_by_id, wait_http
from tests.integration.processes import running, script


def _doc(event_id: str, text: str, content: str = "v1") -> DocumentSeen:
    return DocumentSeen(
        event_id=event_id,
        source=SourceKind.FEED,
        source_id="test",
        content_hash=f"sha256:{content}",
        title="Commerce adds entities to the Entity List",
        text=text,
    )


def _has_hash(content_hash: str, values: list[bytes]) -> bool:
    return any(
        x.document.content_hash == content_hash for x in map(DocumentClassified.model_validate_json, values)
    )


async def test_watchlist_and_screening_topics_drive_mentions_without_restart(
    kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    env = classifier_env(kafka_bootstrap, topics, tmp_path, port)
    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap)
    await producer.start()
    classified = Reader(kafka_bootstrap, topics[CLASSIFIED])
    dead = Reader(kafka_bootstrap, topics[DEADLETTER])
    await classified.start()
    await dead.start()
    try:
        # Present before start-up: must be loaded by the rebuild from the compacted topics.
        listed = ScreeningEntry(
            list="Entity List (EL)",
            entry_id="el-1",
            name="Zephyr Optics Co., Ltd.",
            alt_names=["Zephyr Lens Works"],
        )
        acme = WatchlistEntry(team_id="team-a", entry_id="w1", name="Acme Rotor Works")
        await producer.send_and_wait(topics[SCREENING_LIST], key=listed.key.encode(), value=listed.to_bytes())
        await producer.send_and_wait(topics[WATCHLIST], key=acme.key.encode(), value=acme.to_bytes())
        with running([script("exportwatch-classifier"), "worker", "-l", "info"], env, tmp_path / "clf.log"):
            try:
                await wait_http(f"http://127.0.0.1:{port}/health/ready", 200)
            except TimeoutError:
                raise AssertionError((tmp_path / "clf.log").read_text()[-3000:]) from None
            first = _doc(
                "feed:t:1", "BIS added Zephyr Optics Co. Ltd. and Acme Rotor Works to the Entity List."
            )
            await producer.send_and_wait(topics[DOCUMENTS], key=b"feed:t:1", value=first.to_bytes())
            values = await classified.wait_for(lambda v: "feed:t:1" in events_by_id(v))
            mentions = {m.canonical_name: m for m in events_by_id(values)["feed:t:1"].entities}
            assert "Zephyr Optics Co., Ltd." in mentions, (tmp_path / "clf.log").read_text()[-4000:]
            assert mentions["Zephyr Optics Co., Ltd."].list == "Entity List (EL)"
            assert mentions["Acme Rotor Works"].team_id == "team-a"
            # The published severity is the base every team reads: no team's watchlist raises or names it.
            assert events_by_id(values)["feed:t:1"].severity.value == "high"
            assert "Acme" not in events_by_id(values)["feed:t:1"].severity_reason

            # Another government's own action names no listed party of ours; a team's watched name still
            # matches.
            foreign = DocumentSeen(
                event_id="feed:t:uk",
                source=SourceKind.FEED,
                source_id="test",
                content_hash="sha256:uk",
                title="UK freezes assets of Zephyr Optics and Acme Rotor Works",
                text="Britain froze the assets of Zephyr Optics Co. Ltd. and Acme Rotor Works under its own "
                "regime.",
            )
            await producer.send_and_wait(topics[DOCUMENTS], key=b"feed:t:uk", value=foreign.to_bytes())
            values = await classified.wait_for(lambda v: "feed:t:uk" in events_by_id(v))
            uk = events_by_id(values)["feed:t:uk"]
            assert uk.tags == []
            assert {(m.canonical_name, m.team_id) for m in uk.entities} == {("Acme Rotor Works", "team-a")}

            # A Federal Register rule: its title's actions are read by the title grammar, and the alias the
            # text lists for the listed party is that one party.
            rule = DocumentSeen(
                event_id="fr:t:titles",
                source=SourceKind.FEDERAL_REGISTER,
                source_id="test",
                content_hash="sha256:titles",
                title="Entity List: Removal of Certain Entities; Revision of an Existing Entry",
                text="BIS removes Zephyr Optics Co., Ltd., also known as Zephyr Lens Works, from the Entity "
                "List.",
            )
            await producer.send_and_wait(topics[DOCUMENTS], key=b"fr:t:titles", value=rule.to_bytes())
            values = await classified.wait_for(lambda v: "fr:t:titles" in events_by_id(v))
            titled = events_by_id(values)["fr:t:titles"]
            evidence = {t.id: {e.rule_id for e in t.evidence} for t in titled.tags}
            assert set(evidence) == {"entity_list.removal", "entity_list.revision"}
            assert "el.removal.title" in evidence["entity_list.removal"]
            assert "el.revision.title" in evidence["entity_list.revision"]
            assert [m.text for m in titled.entities if m.entry_id == "el-1"] == ["Zephyr Optics Co., Ltd."]

            # A watchlist change while running is effective without a restart; a tombstone removes.
            bolt = WatchlistEntry(team_id="team-b", entry_id="w9", name="Boltzmann Dynamics")
            await producer.send_and_wait(topics[WATCHLIST], key=bolt.key.encode(), value=bolt.to_bytes())
            await producer.send_and_wait(topics[WATCHLIST], key=acme.key.encode(), value=None)
            second = _doc("feed:t:2", "Boltzmann Dynamics and Acme Rotor Works were named in the report.")
            deadline = asyncio.get_running_loop().time() + 60
            n = 0
            while True:
                n += 1
                doc = _doc("feed:t:2", second.text, content=f"try{n}")
                await producer.send_and_wait(topics[DOCUMENTS], key=b"feed:t:2", value=doc.to_bytes())
                values = await classified.wait_for(functools.partial(_has_hash, f"sha256:try{n}"))
                latest = next(
                    x
                    for x in map(DocumentClassified.model_validate_json, values)
                    if x.document.content_hash == f"sha256:try{n}"
                )
                teams = {m.canonical_name: m.team_id for m in latest.entities}
                # The tombstone ends team-a's watch; "Acme Rotor Works" may stay a party the text names.
                if teams.get("Boltzmann Dynamics") == "team-b" and teams.get("Acme Rotor Works") is None:
                    break
                assert asyncio.get_running_loop().time() < deadline, teams
                await asyncio.sleep(1)

            # Idempotence: the same event id and content hash is not emitted twice; poison is dead-lettered.
            before = len(classified.values)
            await producer.send_and_wait(topics[DOCUMENTS], key=b"feed:t:1", value=first.to_bytes())
            await producer.send_and_wait(topics[DOCUMENTS], key=b"poison", value=b"{not json")
            marker = _doc("feed:t:3", "Nothing listed here.")
            await producer.send_and_wait(topics[DOCUMENTS], key=b"feed:t:3", value=marker.to_bytes())
            values = await classified.wait_for(lambda v: "feed:t:3" in events_by_id(v))
            assert [DocumentClassified.model_validate_json(v).event_id for v in values[before:]] == [
                "feed:t:3"
            ]
            [letter] = await dead.wait_for(lambda v: len(v) >= 1)
            assert DeadLetter.model_validate_json(letter).original_value() == b"{not json"

            metrics = await wait_http(f"http://127.0.0.1:{port}/metrics", 200)
            assert "classifier_duplicates_skipped_total 1.0" in metrics
            assert 'classifier_list_entries{list="screening"} 1.0' in metrics
            assert json.loads(await wait_http(f"http://127.0.0.1:{port}/health/live", 200)) == {
                "status": "alive"
            }
    finally:
        await producer.stop()
        await classified.stop()
        await dead.stop()
