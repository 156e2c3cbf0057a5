"""The local Slack server counts requests that come before the Retry-After it gave their channel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest

from devkit.slack_sink import Fault, SlackSink, start


@pytest.fixture
async def served() -> AsyncIterator[tuple[SlackSink, httpx.AsyncClient]]:
    sink = SlackSink()
    runner, port = await start(sink)
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as http:
        yield sink, http
    await runner.cleanup()


async def test_a_request_to_a_held_channel_is_early_and_other_channels_are_not(
    served: tuple[SlackSink, httpx.AsyncClient],
) -> None:
    sink, http = served
    sink.inject(Fault(429, "rate_limited", retry_after=1))
    message = {"text": "hi"}
    first = await http.post("/services/T/B/one", json=message)
    assert (first.status_code, first.headers["Retry-After"]) == (429, "1")
    assert (await http.post("/services/T/B/two", json=message)).status_code == 200
    assert sink.early == []
    assert (await http.post("/services/T/B/one", json=message)).status_code == 200  # too soon
    assert [e.channel for e in sink.early] == ["/services/T/B/one"]
    assert (await http.get("/_sink/early")).json()[0]["channel"] == "/services/T/B/one"
    await asyncio.sleep(1.05)
    assert (await http.post("/services/T/B/one", json=message)).status_code == 200
    assert len(sink.early) == 1


async def test_bot_messages_are_held_per_channel(served: tuple[SlackSink, httpx.AsyncClient]) -> None:
    sink, http = served
    headers = {"Authorization": f"Bearer {sink.token}"}
    sink.inject(Fault(429, "ratelimited", retry_after=5))
    answer = await http.post("/api/chat.postMessage", json={"channel": "C1", "text": "a"}, headers=headers)
    assert answer.status_code == 429
    await http.post("/api/chat.postMessage", json={"channel": "C2", "text": "b"}, headers=headers)
    assert sink.early == []
    await http.post("/api/chat.postMessage", json={"channel": "C1", "text": "c"}, headers=headers)
    assert [e.channel for e in sink.early] == ["chat:C1"]
