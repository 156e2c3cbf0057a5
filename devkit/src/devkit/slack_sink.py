"""A local HTTP server speaking Slack's incoming-webhook and chat.postMessage protocols, with fault modes."""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from devkit.serving import serve


@dataclass
class Received:
    """One message the sink accepted."""

    path: str
    channel: str | None
    payload: dict[str, Any]
    at: float


@dataclass
class Early:
    """A request to a channel before the Retry-After this server gave it had passed (never allowed)."""

    channel: str
    at: float
    held_until: float


@dataclass
class Fault:
    """A scripted answer instead of success: HTTP status, body, optional Retry-After and delay (timeouts)."""

    status: int
    body: str
    retry_after: int | None = None
    delay: float = 0.0


@dataclass
class SlackSink:
    """The server's state: what it received and the faults still to inject."""

    token: str = "xoxb-test-token"  # noqa: S105 - the fake server's own test token
    received: list[Received] = field(default_factory=list)
    faults: deque[Fault] = field(default_factory=deque)
    arrived: asyncio.Condition = field(default_factory=asyncio.Condition)
    # Seconds to wait after accepting a message before answering: a send "in flight" that already arrived.
    latency: float = 0.0
    # Asked once the scripted faults are used up: a fault to answer with, or None (chaos runs).
    random_faults: Callable[[], Fault | None] | None = None
    # Per channel (webhook path, or `chat:<channel>`): when the last Retry-After it was answered ends.
    held_until: dict[str, float] = field(default_factory=dict)
    # Requests that arrived while their channel was held: a sender ignoring Retry-After.
    early: list[Early] = field(default_factory=list)

    def inject(self, *faults: Fault) -> None:
        """Answer the next requests with these faults, in order."""
        self.faults.extend(faults)

    async def _record(self, path: str, payload: dict[str, Any], channel: str | None) -> None:
        async with self.arrived:
            self.received.append(Received(path, channel, payload, time.time()))
            self.arrived.notify_all()

    async def wait_for(self, count: int) -> list[Received]:
        """Wait until at least count messages arrived (callers bound it with asyncio.timeout)."""
        async with self.arrived:
            await self.arrived.wait_for(lambda: len(self.received) >= count)
            return list(self.received)

    def _arrived(self, channel: str) -> None:
        """Count the request as early when its channel is still under a Retry-After from this server."""
        at = time.time()
        until = self.held_until.get(channel, 0.0)
        if at < until:
            self.early.append(Early(channel, at, until))

    async def _fault_response(self, channel: str, *, api: bool) -> web.Response | None:
        self._arrived(channel)
        if self.faults:
            fault = self.faults.popleft()
        elif self.random_faults is None or (chosen := self.random_faults()) is None:
            return None
        else:
            fault = chosen
        if fault.delay:
            await asyncio.sleep(fault.delay)
        if fault.retry_after is not None:
            # Held from the moment of answering: the sender reads the answer later, so it cannot be stricter.
            until = time.time() + fault.retry_after
            self.held_until[channel] = max(self.held_until.get(channel, 0.0), until)
        headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
        if api and fault.status == 200:
            return web.json_response({"ok": False, "error": fault.body}, headers=headers)
        return web.Response(status=fault.status, text=fault.body, headers=headers)

    async def webhook(self, request: web.Request) -> web.Response:
        """POST /services/{path}: an incoming webhook; answers plain `ok`."""
        if (fault := await self._fault_response(request.path, api=False)) is not None:
            return fault
        try:
            payload = await request.json()
        except json.JSONDecodeError:
            return web.Response(status=400, text="invalid_payload")
        if not isinstance(payload, dict) or not (payload.get("text") or payload.get("blocks")):
            return web.Response(status=400, text="no_text")
        await self._record(request.path, payload, None)
        if self.latency:
            await asyncio.sleep(self.latency)
        return web.Response(text="ok")

    async def post_message(self, request: web.Request) -> web.Response:
        """POST /api/chat.postMessage: Web API; HTTP 200 with an `ok` field either way."""
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"ok": False, "error": "invalid_auth"})
        try:
            payload = await request.json()
        except json.JSONDecodeError:
            payload = None
        named = payload.get("channel") if isinstance(payload, dict) else None
        if (fault := await self._fault_response(f"chat:{named}", api=True)) is not None:
            return fault
        if not isinstance(payload, dict):
            return web.json_response({"ok": False, "error": "invalid_json"})
        channel = payload.get("channel")
        if not channel:
            return web.json_response({"ok": False, "error": "channel_not_found"})
        await self._record(request.path, payload, str(channel))
        return web.json_response({"ok": True, "channel": channel, "ts": f"{time.time():.6f}"})

    async def listing(self, _: web.Request) -> web.Response:
        """GET /_sink/received: everything accepted so far (for scripts and chaos runs)."""
        return web.json_response([r.__dict__ for r in self.received])

    async def early_listing(self, _: web.Request) -> web.Response:
        """GET /_sink/early: every request that came before its channel's Retry-After had passed."""
        return web.json_response([e.__dict__ for e in self.early])

    def app(self) -> web.Application:
        """The aiohttp application."""
        application = web.Application()
        application.router.add_post("/services/{path:.*}", self.webhook)
        application.router.add_post("/api/chat.postMessage", self.post_message)
        application.router.add_get("/_sink/received", self.listing)
        application.router.add_get("/_sink/early", self.early_listing)
        return application


async def start(sink: SlackSink, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    """Serve on host:port (0 = any free port); return the runner and the bound port."""
    return await serve(sink.app(), host, port)


def main() -> None:
    """Run the sink in the foreground."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8098)
    args = parser.parse_args()
    web.run_app(SlackSink().app(), host="127.0.0.1", port=args.port)


if __name__ == "__main__":
    main()
