"""Fixtures for the notifier's delivery half: events, a local Slack server, an egress-checked client."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from devkit.slack_sink import SlackSink, start
from notifier.channels.egress import EgressPolicy, egress_client
from schemas.events import DocumentClassified

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EVENT = DocumentClassified.model_validate_json((FIXTURES / "events/v1/DocumentClassified.json").read_bytes())
SECRET_URL_PART = "T000/B000/very-secret-webhook-token"


def event_variant(**document: object) -> DocumentClassified:
    """The fixture event with some document fields replaced (event_id follows document.event_id)."""
    doc = EVENT.document.model_copy(update=document)
    return EVENT.model_copy(update={"document": doc, "event_id": doc.event_id})


@pytest.fixture
async def sink() -> AsyncIterator[tuple[SlackSink, str]]:
    """A running local Slack server and its base URL."""
    server = SlackSink()
    runner, port = await start(server)
    yield server, f"http://127.0.0.1:{port}"
    await runner.cleanup()


@pytest.fixture
async def slack_http(sink: tuple[SlackSink, str]) -> AsyncIterator[httpx.AsyncClient]:
    """An egress-checked client that names the local Slack server explicitly, as tests must."""
    policy = EgressPolicy.from_setting(["hooks.slack.com", "slack.com", sink[1]])
    async with egress_client(policy, timeout=2.0) as http:
        yield http
