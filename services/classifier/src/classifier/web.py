"""The classifier's probes (/metrics, /health/live, /health/ready) on CLASSIFIER_WEB_PORT, in faust's loop.

faust's own aiohttp web server is off (web_enabled=False in app.py): the port is served by the same probe app
every service uses, under uvicorn, as a faust task, so the bodies and metrics match the other services.
"""

from __future__ import annotations

import faust

from classifier import metrics
from classifier.list_sync import LiveLists
from classifier.readiness import readiness
from classifier.settings import ClassifierSettings
from servicekit.health import Readiness
from servicekit.routes import probe_app
from servicekit.server import serve


def register_probes(app: faust.App, live: LiveLists, settings: ClassifierSettings) -> None:
    """Serve the probe app on the classifier's web host and port for as long as the worker runs."""

    async def ready() -> Readiness:
        # Not ready (503) while documents are held for the screening list; ready once they are classified.
        return readiness(live.status, live.reason)

    async def serve_probes() -> None:
        await serve(probe_app(metrics.REGISTRY, ready), settings.web_host, settings.web_port)

    app.task(serve_probes)
