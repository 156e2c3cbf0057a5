"""The OpenAPI page at /docs, served with Swagger UI files installed beside the API, so it needs no CDN.

The files are the swagger-ui-dist build that the fastapi-offline package ships; only its static folder is
used. The page's start-up script is a file too, so the CSP needs no inline script.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Response
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from servicekit.headers import content_security_policy

# JSON answers need none of this; /docs needs the API's own script and style files, the inline styles
# Swagger UI sets on its elements, its data: icons, and fetches of /openapi.json and "Try it out" calls.
CSP = content_security_policy(
    (
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
    )
)
ASSETS = Path(fastapi_offline.__file__).resolve().parent / "static"
# Relative addresses: the page works under any root path a proxy puts in front of the API.
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>exportwatch API</title>
<link rel="stylesheet" href="docs/assets/swagger-ui.css"><link rel="icon" href="docs/assets/favicon.png">
</head><body><div id="swagger-ui"></div>
<script src="docs/assets/swagger-ui-bundle.js"></script><script src="docs/start.js"></script>
</body></html>
"""
START = """window.ui = SwaggerUIBundle({
  url: "openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  layout: "BaseLayout",
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIBundle.SwaggerUIStandalonePreset],
});
"""


def add_docs(app: FastAPI) -> None:
    """Serve /docs and its assets from the installed files (call only when API_DOCS is on)."""
    app.mount("/docs/assets", StaticFiles(directory=ASSETS), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return HTMLResponse(PAGE)

    @app.get("/docs/start.js", include_in_schema=False)
    async def start() -> Response:
        return Response(START, media_type="text/javascript")
