"""/docs from installed Swagger UI files (no CDN), API_DOCS=false turns it off; security headers on all."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import pytest

from notifier.api.docs import CSP
from tests.unit.notifier.api.conftest import Api, make_api


@pytest.fixture
async def docs_off(sqlite_url: str) -> AsyncIterator[Api]:
    """The API with API_DOCS=false."""
    made = await make_api(sqlite_url, API_DOCS=False)
    yield made
    await made.client.aclose()
    await made.app.state.api.engine.dispose()


async def test_docs_page_and_every_asset_it_names_come_from_the_api(sqlite_api: Api) -> None:
    page = await sqlite_api.client.get("/docs")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    # Nothing absolute: every script, style and icon is a relative address on this server.
    assert "//" not in page.text
    assets = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert "docs/assets/swagger-ui-bundle.js" in assets
    for asset in assets:
        response = await sqlite_api.client.get(f"/{asset}")
        assert response.status_code == 200, asset
        assert response.content
    start = (await sqlite_api.client.get("/docs/start.js")).text
    assert 'url: "openapi.json"' in start
    assert "//" not in start
    assert (await sqlite_api.client.get("/openapi.json")).status_code == 200


async def test_the_cdn_pages_are_gone(sqlite_api: Api) -> None:
    assert (await sqlite_api.client.get("/redoc")).status_code == 404


async def test_api_docs_false_removes_the_page_but_not_the_schema(docs_off: Api) -> None:
    assert (await docs_off.client.get("/docs")).status_code == 404
    assert (await docs_off.client.get("/docs/assets/swagger-ui-bundle.js")).status_code == 404
    assert (await docs_off.client.get("/openapi.json")).status_code == 200


@pytest.mark.parametrize("path", ["/docs", "/openapi.json", "/health/live", "/v1/team", "/v1/nowhere"])
async def test_every_response_carries_the_security_headers(sqlite_api: Api, path: str) -> None:
    response = await sqlite_api.client.get(path)
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_the_policy_allows_only_this_server_and_no_framing() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["default-src"] == "'none'"
    assert directives["script-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "http" not in CSP
