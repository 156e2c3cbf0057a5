"""exportwatch-api as a real process: migrates on start, serves /docs, publishes the watchlist to Kafka."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
import pytest
from aiokafka import AIOKafkaConsumer

from devkit.broker import free_port, kafka_env
from schemas.events import WatchlistEntry
from schemas.topics import WATCHLIST
from tests.integration.processes import running, script

pytestmark = pytest.mark.integration

ADMIN = "integration-admin-key-0123456789abcdef"
WEBHOOK = "https://hooks.slack.com/services/T9/B9/IntegrationSecretPart0000"


async def _ready(base: str, seconds: float = 90.0) -> None:
    async with httpx.AsyncClient() as client, asyncio.timeout(seconds):
        while True:
            try:
                if (await client.get(f"{base}/health/ready")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.3)


async def _records(
    bootstrap: str, topic: str, count: int, seconds: float = 60.0
) -> list[tuple[str, bytes | None]]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest")
    await consumer.start()
    found: list[tuple[str, bytes | None]] = []
    try:
        async with asyncio.timeout(seconds):
            while len(found) < count:
                batch = await consumer.getmany(timeout_ms=500)
                found += [(r.key.decode(), r.value) for rs in batch.values() for r in rs]
    finally:
        await consumer.stop()
    return found


async def test_api_process_publishes_watchlist_entries_and_tombstones(
    kafka_bootstrap: str, topics: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    if database_url.startswith("sqlite"):
        # A database file that does not exist yet: the API must create its schema on start.
        database_url = f"sqlite:///{tmp_path / 'fresh' / 'api.db'}"
    env = {
        "DATABASE_URL": database_url,
        "ADMIN_API_KEY": ADMIN,
        **kafka_env(kafka_bootstrap, topics),
    }
    log = tmp_path / "api.log"
    with running([script("exportwatch-api"), "--host", "127.0.0.1", "--port", str(port)], env, log):
        await _ready(base)
        async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
            assert (await client.get("/docs")).status_code == 200
            team = await client.post(
                "/v1/teams", json={"name": "acme"}, headers={"Authorization": f"Bearer {ADMIN}"}
            )
            assert team.status_code == 201, log.read_text()
            headers = {"Authorization": f"Bearer {team.json()['api_key']}"}
            channel = await client.post(
                "/v1/channels", json={"kind": "slack_webhook", "config": {"url": WEBHOOK}}, headers=headers
            )
            assert channel.status_code == 201
            entry = await client.post(
                "/v1/watchlist", json={"name": "Acme Dual-Use GmbH", "aliases": ["Acme DU"]}, headers=headers
            )
            assert entry.status_code == 201, log.read_text()
            entry_id = entry.json()["id"]
            assert (await client.delete(f"/v1/watchlist/{entry_id}", headers=headers)).status_code == 204
            metrics = (await client.get("/metrics")).text
        key = f"{team.json()['id']}:{entry_id}"
        records = await _records(kafka_bootstrap, topics[WATCHLIST], 2)
        assert [k for k, _ in records] == [key, key]
        published = WatchlistEntry.model_validate_json(records[0][1] or b"")
        assert published.name == "Acme Dual-Use GmbH"
        assert published.aliases == ["Acme DU"]
        assert records[1][1] is None  # the tombstone
        assert 'api_watchlist_published_total{kind="tombstone"} 1.0' in metrics
    output = log.read_text()
    assert "team created" in output
    assert "IntegrationSecretPart0000" not in output
    assert team.json()["api_key"] not in output
