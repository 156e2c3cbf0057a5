"""The shared security headers: on every response, an app's own values win, the CSP keeps its refusals."""

from __future__ import annotations

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from servicekit.headers import SecurityHeaders, content_security_policy


def test_the_policy_starts_from_nothing_and_always_refuses_framing() -> None:
    csp = content_security_policy(["script-src 'self'"])
    directives = [d.strip().split(" ", 1)[0] for d in csp.split(";")]
    assert directives == ["default-src", "script-src", "base-uri", "form-action", "frame-ancestors"]
    assert "frame-ancestors 'none'" in csp


async def test_every_response_carries_the_headers_unless_it_sets_its_own() -> None:
    async def plain(_request: Request) -> Response:
        return PlainTextResponse("hello")

    async def framed(_request: Request) -> Response:
        return PlainTextResponse("own", headers={"X-Frame-Options": "SAMEORIGIN"})

    app = Starlette(routes=[Route("/", plain), Route("/own", framed)])
    app.add_middleware(SecurityHeaders, csp="default-src 'none'")
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as client:
        for path in ("/", "/missing"):
            response = await client.get(path)
            assert response.headers["content-security-policy"] == "default-src 'none'"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["referrer-policy"] == "no-referrer"
        own = await client.get("/own")
        assert own.headers.get_list("x-frame-options") == ["SAMEORIGIN"]
