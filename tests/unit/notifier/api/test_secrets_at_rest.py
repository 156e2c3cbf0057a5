"""Channel secrets at rest: a dump of every column of every table shows no webhook URL or bot token."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, create_engine, select

from notifier.db import sync_url
from notifier.tables import Channel
from tests.unit.notifier.api.conftest import BOT_TOKEN, WEBHOOK, Api

# Distinctive parts, so a secret stored in pieces, re-encoded as JSON or cut short is still caught.
SECRET_PARTS = (WEBHOOK, "SECRETwebhookPART1234567890", "/services/T0001/B0001", BOT_TOKEN, "SECRETbotTOKEN")


def dump(database_url: str) -> str:
    """Every value of every column of every table, as text (a plain reflection: no model decrypts it)."""
    engine = create_engine(sync_url(database_url))
    try:
        meta = MetaData()
        meta.reflect(engine)
        lines: list[str] = []
        with engine.connect() as conn:
            for table in meta.sorted_tables:
                for row in conn.execute(select(table)):
                    lines.append(f"{table.name}: {tuple(row)!r}")
    finally:
        engine.dispose()
    return "\n".join(lines)


async def test_a_database_dump_holds_no_webhook_url_or_token(api: Api, database_url: str) -> None:
    _, auth = await api.team("acme")
    bodies: list[dict[str, Any]] = [
        {"kind": "slack_webhook", "name": "alerts", "config": {"url": WEBHOOK}},
        {"kind": "slack_bot", "name": "bot", "config": {"token": BOT_TOKEN, "channel": "#export"}},
    ]
    ids = []
    for body in bodies:
        response = await api.client.post("/v1/channels", json=body, headers=auth)
        assert response.status_code == 201, response.text
        ids.append(response.json()["id"])
    subscription = {"name": "all", "channel_id": ids[0], "filters": {}}
    assert (await api.client.post("/v1/subscriptions", json=subscription, headers=auth)).status_code == 201

    text = dump(database_url)
    assert "channels:" in text  # the dump did read the channel rows
    leaked = [part for part in SECRET_PARTS if part in text]
    assert leaked == []


async def test_the_notifier_still_reads_the_secret_it_stored(api: Api) -> None:
    _, auth = await api.team("acme")
    body = {"kind": "slack_webhook", "config": {"url": WEBHOOK}}
    channel_id = (await api.client.post("/v1/channels", json=body, headers=auth)).json()["id"]
    async with api.app.state.api.sessions() as session:
        channel = await session.get(Channel, channel_id)
    assert channel is not None
    assert channel.config == {"url": WEBHOOK}
