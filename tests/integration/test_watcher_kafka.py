"""The watcher process over the real broker: restarts never duplicate; screening changes reach both topics."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter

import pytest

from devkit.records import read_topic
from devkit.replay import ReplayServer
from devkit.replay import start as start_replay
from schemas.events import ChangeKind, DocumentSeen, ScreeningEntry
from schemas.topics import DOCUMENTS, SCREENING_LIST
from tests.integration.processes import finish
from watcher.sources.screening_list import BUNDLED

pytestmark = pytest.mark.integration

BIS = "industry-and-security-bureau"


async def _drain(bootstrap: str, topic: str) -> list[tuple[bytes | None, bytes | None]]:
    """Every record on topic as (key, value), from the beginning to the current end."""
    return [(r.key, r.value) for r in await read_topic(bootstrap, topic)]


async def _once(env: dict[str, str]) -> str:
    done = await finish("exportwatch-watcher", "once", env=env)
    assert done.returncode == 0, done.err[-3000:]
    return done.out


def _env(
    bootstrap: str, topics: dict[str, str], database_url: str, base: str, sources: str
) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_SCREENING_LIST": topics[SCREENING_LIST],
        "DATABASE_URL": database_url,
        "FEDERAL_REGISTER_API_URL": f"{base}/api/v1",
        "WATCHER_AGENCIES": BIS,
        "WATCHER_CFR_PARTS": "15:744",
        "WATCHER_SOURCES": sources,
        "WATCHER_SCREENING_LIST_URL": f"{base}/csl/consolidated.csv",
    }


async def test_restarts_never_publish_a_document_twice(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str
) -> None:
    server = ReplayServer.bundled()
    runner, port = await start_replay(server)
    try:
        env = _env(
            kafka_bootstrap,
            topics,
            database_url,
            f"http://127.0.0.1:{port}",
            "federal_register,public_inspection",
        )
        first = await _once(env)
        second = await _once(env)  # a restart: new process, same database
        # The same document again, with new content: one new revision.
        doc = next(r for r in server.documents["results"] if r["document_number"] == "2020-15827")
        doc["title"] += " (correction)"
        third = await _once(env)
    finally:
        await runner.cleanup()
    assert "federal_register: seen=29 published=29" in first
    assert "federal_register: seen=0 published=0" in second
    assert "not_modified=2" in second
    assert "federal_register: seen=29 published=1" in third
    records = await _drain(kafka_bootstrap, topics[DOCUMENTS])
    events = [DocumentSeen.model_validate_json(v) for _k, v in records if v]
    counts = Counter((e.event_id, e.revision) for e in events)
    assert all(n == 1 for n in counts.values()), counts.most_common(3)
    assert counts[("federal_register:2020-15827", 2)] == 1
    assert len([e for e in events if e.stage and e.stage.value == "published"]) == 30
    inspected = {e.document_number for e in events if e.event_id.startswith("public_inspection:")}
    published = {e.document_number for e in events if e.event_id.startswith("federal_register:")}
    assert inspected
    assert inspected <= published
    assert all(
        k == v and k is not None
        for k, v in ((k, e.event_id.encode()) for (k, _), e in zip(records, events, strict=True))
    )


def _edited_csl() -> tuple[bytes, str, str]:
    """The bundled CSL with its first row removed and one entry's aliases changed."""
    header, *rows = list(csv.reader(io.StringIO(gzip.decompress(BUNDLED.read_bytes()).decode())))
    removed = rows.pop(0)
    name_col, alias_col = header.index("name"), header.index("alt_names")
    changed = next(r for r in rows if r[header.index("source")].startswith("Entity List"))
    changed[alias_col] = (changed[alias_col] + "; " if changed[alias_col] else "") + "NEW TRADING NAME LTD"
    out = io.StringIO()
    csv.writer(out).writerows([header, *rows])
    return out.getvalue().encode(), removed[name_col].strip(), changed[name_col].strip()


async def test_screening_list_changes_publish_events_and_keep_the_compacted_topic(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str
) -> None:
    server = ReplayServer.bundled()
    runner, port = await start_replay(server)
    try:
        env = _env(kafka_bootstrap, topics, sqlite_url, f"http://127.0.0.1:{port}", "screening_list")
        baseline = await _once(env)
        server.csl, removed_name, changed_name = _edited_csl()
        changes = await _once(env)
        server.csl = b"source,name\nEntity List (EL) - Bureau of Industry and Security,ONLY ONE\n"
        shrink = await _once_failing(env)
    finally:
        await runner.cleanup()
    assert "screening_list: seen=0 published=0 records=14160" in baseline
    assert "seen=2 published=2 records=2" in changes
    assert "implausible_shrink" in shrink
    compacted = await _drain(kafka_bootstrap, topics[SCREENING_LIST])
    assert len(compacted) == 14_162
    tombstones = [k for k, v in compacted if v is None]
    assert len(tombstones) == 1
    assert tombstones[0] is not None
    latest = {k: v for k, v in compacted}
    assert len([v for v in latest.values() if v is not None]) == 14_159
    updated = [
        ScreeningEntry.model_validate_json(v) for v in latest.values() if v and b"NEW TRADING NAME" in v
    ]
    assert [e.name for e in updated] == [changed_name]
    events = [
        DocumentSeen.model_validate_json(v) for _k, v in await _drain(kafka_bootstrap, topics[DOCUMENTS]) if v
    ]
    kinds = {(e.screening_change.change, e.screening_change.entry.name) for e in events if e.screening_change}
    assert kinds == {(ChangeKind.REMOVED, removed_name), (ChangeKind.CHANGED, changed_name)}


async def _once_failing(env: dict[str, str]) -> str:
    done = await finish("exportwatch-watcher", "once", env=env)
    assert done.returncode == 1
    return done.out + done.err
