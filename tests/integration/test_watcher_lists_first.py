"""The watcher's first cycle on the real broker: the screening list is on Kafka before any document."""

from __future__ import annotations

import pytest

from devkit.records import read_topic
from devkit.replay import ReplayServer
from devkit.replay import start as start_replay
from schemas.topics import DOCUMENTS, SCREENING_LIST
from tests.integration.processes import Finished, finish

pytestmark = pytest.mark.integration


def _env(
    bootstrap: str, topics: dict[str, str], database_url: str, base: str, csl_url: str
) -> dict[str, str]:
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_SCREENING_LIST": topics[SCREENING_LIST],
        "DATABASE_URL": database_url,
        "FEDERAL_REGISTER_API_URL": f"{base}/api/v1",
        "WATCHER_AGENCIES": "industry-and-security-bureau",
        "WATCHER_CFR_PARTS": "15:744",
        # Registry order: the screening list is configured last, and must still go out first.
        "WATCHER_SOURCES": "federal_register,public_inspection,screening_list",
        "WATCHER_SCREENING_LIST_URL": csl_url,
    }


async def _first_cycle(bootstrap: str, topics: dict[str, str], sqlite_url: str, path: str) -> Finished:
    server = ReplayServer.bundled()
    runner, port = await start_replay(server)
    try:
        base = f"http://127.0.0.1:{port}"
        done = await finish(
            "exportwatch-watcher", "once", env=_env(bootstrap, topics, sqlite_url, base, base + path)
        )
    finally:
        await runner.cleanup()
    assert done.returncode == 0, done.err[-3000:]
    return done


async def _assert_lists_before_documents(bootstrap: str, topics: dict[str, str]) -> None:
    screening = await read_topic(bootstrap, topics[SCREENING_LIST])
    documents = await read_topic(bootstrap, topics[DOCUMENTS])
    assert len(screening) == 14_160
    assert len(documents) >= 29
    # Every screening record was acknowledged before the first document was sent (producer timestamps).
    assert max(r.timestamp for r in screening) <= min(r.timestamp for r in documents)


async def test_the_first_cycle_puts_the_screening_list_on_kafka_before_documents(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str
) -> None:
    done = await _first_cycle(kafka_bootstrap, topics, sqlite_url, "/csl/consolidated.csv")
    assert "screening_list: seen=0 published=0 records=14160" in done.out
    assert "screening.fallback" not in done.err
    await _assert_lists_before_documents(kafka_bootstrap, topics)


async def test_a_failed_first_download_publishes_the_bundled_list_first_with_a_warning(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str
) -> None:
    done = await _first_cycle(kafka_bootstrap, topics, sqlite_url, "/csl/gone.csv")
    assert "records=14160" in done.out
    assert "published the bundled May-2022 snapshot instead" in done.out
    assert "screening.fallback" in done.err
    assert "http_4xx" in done.err
    await _assert_lists_before_documents(kafka_bootstrap, topics)
