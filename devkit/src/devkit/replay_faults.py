"""Faults the replay server injects: rate limits, 5xx, HTML pages, truncation, huge and gzip-bomb bodies."""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable

from aiohttp import web

Fault = Callable[[web.Request, bytes], Awaitable[web.StreamResponse]]


async def rate_limited(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """429 with Retry-After: 1."""
    return web.Response(status=429, text="Too Many Requests", headers={"Retry-After": "1"})


async def server_error(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """503 without Retry-After."""
    return web.Response(status=503, text="Service Unavailable")


async def html_page(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """200 with an HTML error page where JSON was expected (what a proxy or the API's 404 route sends)."""
    return web.Response(
        text="<!DOCTYPE html><html><body><h1>Oops</h1></body></html>", content_type="text/html"
    )


async def not_found_json(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """The API's real JSON 404 body."""
    return web.json_response({"status": 404, "message": "Record Not Found"}, status=404)


async def invalid_json(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """200 with a body that is not JSON."""
    return web.Response(body=b'{"count": 3, "results": [', content_type="application/json")


async def truncated(request: web.Request, body: bytes) -> web.StreamResponse:
    """Announces the full length, sends half, then closes the connection."""
    response = web.StreamResponse(headers={"Content-Length": str(len(body) + 100)})
    await response.prepare(request)
    await response.write(body[: len(body) // 2])
    if request.transport is not None:
        request.transport.close()
    return response


async def huge(request: web.Request, _body: bytes) -> web.StreamResponse:
    """A 50 MB body streamed without Content-Length (the client must stop reading at its cap)."""
    response = web.StreamResponse(headers={"Content-Type": "application/json"})
    response.enable_chunked_encoding()
    await response.prepare(request)
    chunk = b" " * (1024 * 1024)
    try:
        for _ in range(50):
            await response.write(chunk)
    except (ConnectionResetError, RuntimeError):
        pass  # the client hung up at its cap, as it should
    return response


def _bomb() -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    zeros = b"\0" * (1024 * 1024)
    return b"".join(compressor.compress(zeros) for _ in range(200)) + compressor.flush()


_BOMB: list[bytes] = []


async def gzip_bomb(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """About 200 KB of gzip that inflates to 200 MB, sent with Content-Encoding: gzip."""
    if not _BOMB:
        _BOMB.append(_bomb())
    return web.Response(
        body=_BOMB[0], headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
    )


async def redirect_http(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """A redirect to plain http (a client must refuse it)."""
    raise web.HTTPFound("http://example.invalid/feed.xml")


async def redirect_https(_request: web.Request, _body: bytes) -> web.StreamResponse:
    """A redirect to https (allowed; unreachable here, so the fetch then fails on transport)."""
    raise web.HTTPFound("https://127.0.0.1:9/feed.xml")


FAULTS: dict[str, Fault] = {
    "429": rate_limited,
    "503": server_error,
    "html": html_page,
    "404": not_found_json,
    "invalid_json": invalid_json,
    "truncated": truncated,
    "huge": huge,
    "gzip_bomb": gzip_bomb,
    "redirect_http": redirect_http,
    "redirect_https": redirect_https,
}
