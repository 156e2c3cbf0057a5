"""What tests running several services as processes share: starting the API, classifier and notifier,
waiting for readiness, a team's Slack subscriptions through the API, showing their logs."""

from __future__ import annotations

import asyncio
import json
import subprocess
from collections.abc import AsyncIterator, Mapping
from contextlib import ExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from devkit.broker import free_port, kafka_env
from devkit.slack_sink import SlackSink
from schemas.topics import DOCUMENTS
from tests.integration.processes import running, script


def tail(log: Path, chars: int = 3000) -> str:
    """The end of a service's log, headed by its name (for failure messages)."""
    return f"--- {log.name} ---\n{log.read_text(errors='replace')[-chars:]}" if log.exists() else ""


async def ready(
    client: httpx.AsyncClient,
    process: subprocess.Popen[bytes],
    url: str,
    what: str,
    logs: list[Path],
    seconds: float = 60,
) -> Any:
    """Poll url until it answers 200; its JSON body. Fails with the logs if the process exits or times out."""

    async def answered() -> httpx.Response | None:
        try:
            response = await client.get(url)
        except httpx.TransportError:
            return None
        return response if response.status_code == 200 else None

    deadline = asyncio.get_running_loop().time() + seconds
    while (response := await answered()) is None:
        if process.poll() is not None:
            raise AssertionError(f"{what} exited with {process.returncode}\n" + "\n".join(map(tail, logs)))
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"{what} not ready after {seconds:g} s\n" + "\n".join(map(tail, logs)))
        await asyncio.sleep(0.3)
    return response.json()


@dataclass(frozen=True)
class Services:
    """The API, the classifier worker and the notifier running as processes: where they answer, their logs."""

    api_url: str
    classifier_url: str
    notifier_url: str
    logs: list[Path]
    classifier_ready: dict[str, Any]

    async def slack_messages(self, sink: SlackSink, count: int, seconds: float) -> None:
        """Wait for count messages at the Slack server; fail with the services' logs if they do not come."""
        try:
            async with asyncio.timeout(seconds):
                await sink.wait_for(count)
        except TimeoutError:
            raise AssertionError(
                f"{len(sink.received)} Slack messages after {seconds:g} s\n" + "\n".join(map(tail, self.logs))
            ) from None


@asynccontextmanager
async def api_classifier_notifier(
    kafka_bootstrap: str,
    topics: Mapping[str, str],
    database_url: str,
    tmp_path: Path,
    *,
    admin_key: str,
    slack_origin: str,
    screening_wait_seconds: int,
) -> AsyncIterator[Services]:
    """Start the three services on this broker and database, ready to use; stop them on exit."""
    api_port, classifier_port, notifier_port = free_port(), free_port(), free_port()
    api_url, classifier_url, notifier_url = (
        f"http://127.0.0.1:{port}" for port in (api_port, classifier_port, notifier_port)
    )
    suffix = topics[DOCUMENTS][-10:]
    env = {
        **kafka_env(kafka_bootstrap, topics),
        "DATABASE_URL": database_url,
        "ADMIN_API_KEY": admin_key,
        "SLACK_ALLOWED_HOSTS": json.dumps(["hooks.slack.com", "slack.com", slack_origin]),
        "CLASSIFIER_APP_ID": f"classifier-{suffix}",
        "CLASSIFIER_WEB_PORT": str(classifier_port),
        "CLASSIFIER_DATA_DIR": str(tmp_path / "faust"),
        "CLASSIFIER_SCREENING_WAIT_SECONDS": str(screening_wait_seconds),
        "NOTIFIER_GROUP_ID": f"notifier-{suffix}",
        "NOTIFIER_METRICS_PORT": str(notifier_port),
    }
    logs = [tmp_path / "api.log", tmp_path / "classifier.log", tmp_path / "notifier.log"]
    commands = [
        [script("exportwatch-api"), "--host", "127.0.0.1", "--port", str(api_port)],
        [script("exportwatch-classifier"), "worker", "-l", "info"],
        [script("exportwatch-notifier"), "run"],
    ]
    with ExitStack() as stack:
        api, classifier, notifier = (
            stack.enter_context(running(args, env, log)) for args, log in zip(commands, logs, strict=True)
        )
        async with httpx.AsyncClient(timeout=10) as probe:
            _, classifier_ready, _ = await asyncio.gather(
                ready(probe, api, f"{api_url}/health/ready", "the API", logs),
                ready(probe, classifier, f"{classifier_url}/health/ready", "the classifier", logs),
                ready(probe, notifier, f"{notifier_url}/health/ready", "the notifier", logs),
            )
        yield Services(api_url, classifier_url, notifier_url, logs, classifier_ready)


async def slack_subscriptions(
    api: httpx.AsyncClient, admin_key: str, team: str, webhook: str, filters: Mapping[str, dict[str, Any]]
) -> tuple[dict[str, str], dict[str, str]]:
    """A team made through the API, with one Slack webhook channel and a subscription per name and filter.

    Returns the team's auth headers and each subscription's id by name."""
    made = await api.post("/v1/teams", json={"name": team}, headers={"Authorization": f"Bearer {admin_key}"})
    assert made.status_code == 201, made.text
    headers = {"Authorization": f"Bearer {made.json()['api_key']}"}
    channel = await api.post(
        "/v1/channels",
        json={"kind": "slack_webhook", "name": "#export-alerts", "config": {"url": webhook}},
        headers=headers,
    )
    assert channel.status_code == 201, channel.text
    ids: dict[str, str] = {}
    for name, wanted in filters.items():
        subscription = await api.post(
            "/v1/subscriptions",
            json={"name": name, "channel_id": channel.json()["id"], "filters": wanted},
            headers=headers,
        )
        assert subscription.status_code == 201, subscription.text
        ids[name] = subscription.json()["id"]
    return headers, ids
