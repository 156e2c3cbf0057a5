"""faust web views on the classifier's port (6066): /metrics, /health/live, /health/ready."""

from __future__ import annotations

from typing import Any

import faust
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from classifier.list_sync import LiveLists
from classifier.readiness import answer


def register_views(app: faust.App, live: LiveLists) -> None:
    """Attach the three views to app's embedded web server."""

    @app.page("/metrics")
    async def metrics_view(self: Any, request: Any) -> Any:
        # aiohttp refuses a charset inside content_type=, so the exposition type goes in as a header.
        return self.bytes(generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/health/live")
    async def live_view(self: Any, request: Any) -> Any:
        return self.json({"status": "ok"})

    @app.page("/health/ready")
    async def ready_view(self: Any, request: Any) -> Any:
        # 503 while documents are held for the screening list; 200 once they are classified, "degraded"
        # when that is without a screening list.
        status, body = answer(live.status, live.reason)
        return self.json(body, status=status)
