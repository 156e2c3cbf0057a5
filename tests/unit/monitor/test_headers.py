"""Every monitor response carries CSP, frame, content-type and referrer headers; the dashboard still runs."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from monitor.dashboard import CSP, REFRESH
from tests.unit.monitor.test_web import get, obs, service


@pytest.mark.parametrize("path", ["/", "/dashboard/fragment", "/lag", "/metrics", "/health/live", "/nowhere"])
async def test_every_response_carries_the_security_headers(path: str) -> None:
    svc = service(obs(100.0, 5, 10))
    await svc.poll_once()
    response = await get(svc, path)
    assert response.headers["content-security-policy"] == CSP
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"


def test_the_policy_refuses_framing_inline_scripts_and_other_origins() -> None:
    directives = dict(d.strip().split(" ", 1) for d in CSP.split(";"))
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'none'"
    assert "unsafe-inline" not in directives["script-src"]
    assert "http" not in CSP


async def test_the_dashboard_script_is_exactly_the_one_the_policy_allows() -> None:
    svc = service(obs(100.0, 5, 10))
    await svc.poll_once()
    html = (await get(svc, "/")).text
    scripts = re.findall(r"<script>(.*?)</script>", html, re.S)
    assert scripts == [REFRESH]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in CSP
    assert "<script src" not in html


async def test_the_cdn_pages_are_off() -> None:
    svc = service(obs(100.0, 5, 10))
    assert (await get(svc, "/docs")).status_code == 404
    assert (await get(svc, "/openapi.json")).status_code == 200
