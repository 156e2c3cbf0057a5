"""Schemathesis against the OpenAPI spec: generated requests (valid and invalid) never get a 5xx."""

from __future__ import annotations

import asyncio
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from notifier.api import metrics
from notifier.api.app import create_app
from notifier.db import migrate
from tests.unit.notifier.api.conftest import ADMIN_KEY, RecordingPublisher, settings_for

# Building the app connects nothing (the engine is lazy), so the spec can be read at collection time;
# the database is migrated and seeded by the module fixture before the first generated call.
_DIR = Path(tempfile.mkdtemp(prefix="ew-api-fuzz-"))
_URL = f"sqlite:///{_DIR / 'api.db'}"
APP = create_app(settings_for(_URL), publisher=RecordingPublisher(), console=io.StringIO(), upkeep=False)
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)
KEY: dict[str, str] = {}


@pytest.fixture(scope="module", autouse=True)
def seeded() -> Iterator[None]:
    """A migrated database with one team, whose key every generated call presents."""
    migrate(_URL)

    async def seed() -> None:
        transport = httpx.ASGITransport(app=APP)
        async with httpx.AsyncClient(transport=transport, base_url="http://api.test") as client:
            admin = {"Authorization": f"Bearer {ADMIN_KEY}"}
            created = await client.post("/v1/teams", json={"name": "fuzz"}, headers=admin)
            KEY["Authorization"] = f"Bearer {created.json()['api_key']}"
            await client.post("/v1/channels", json={"kind": "console"}, headers=KEY)
        # The next calls run on schemathesis' own event loop: start it with a fresh connection pool.
        await APP.state.api.engine.dispose()

    asyncio.run(seed())
    yield
    # Guards the fuzz test: generated calls must get past authentication, or they prove little.
    answered = {
        (sample.labels["route"], sample.labels["status"])
        for family in metrics.REQUESTS.collect()
        for sample in family.samples
        if sample.name == "api_requests_total"
    }
    assert ("/v1/subscriptions/{subscription_id}", "404") in answered
    assert ("/v1/channels", "201") in answered


@schema.parametrize()
@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.filter_too_much,
        HealthCheck.function_scoped_fixture,
    ],
)
def test_no_server_errors(case: Any) -> None:
    # Only the 5xx check: the API's 401/404/422 answers are the contract, asserted by the other tests.
    case.call_and_validate(headers=dict(KEY), checks=[not_a_server_error])
