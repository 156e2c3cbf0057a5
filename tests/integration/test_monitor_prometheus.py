"""Debian's real prometheus binary scrapes the monitor while a real classifier worker consumes."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
import yaml  # type: ignore[import-untyped]

from devkit.broker import free_port
from schemas.topics import CLASSIFIED, DEADLETTER, DOCUMENTS
from tests.conftest import ROOT
from tests.integration.monitor_support import JSON, monitor, produce, wait_until
from tests.integration.processes import running, script

pytestmark = pytest.mark.integration


async def test_prometheus_scrapes_the_classifier_groups_lag(
    kafka_bootstrap: str, topics: dict[str, str], tmp_path: Path
) -> None:
    binary = shutil.which("prometheus")
    assert binary, "prometheus is missing: apt-get install prometheus (.ci/run installs it)"
    suffix = topics[DOCUMENTS][-10:]
    group = f"exportwatch-classifier-{suffix}"
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": kafka_bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_CLASSIFIED": topics[CLASSIFIED],
        "TOPIC_DEADLETTER": topics[DEADLETTER],
        "CLASSIFIER_APP_ID": group,
        "CLASSIFIER_WEB_PORT": str(free_port()),
        "CLASSIFIER_DATA_DIR": str(tmp_path / "faust"),
        # No screening list in this test: classify at once instead of waiting for one.
        "CLASSIFIER_SCREENING_WAIT_SECONDS": "0",
    }
    # Unparseable documents: the worker dead-letters and commits them, so the group has offsets.
    await produce(kafka_bootstrap, topics[DOCUMENTS], {p: 2 for p in range(6)})
    with (
        monitor(kafka_bootstrap, group, tmp_path / "monitor.log") as base,
        running([script("exportwatch-classifier"), "worker", "-l", "info"], env, tmp_path / "classifier.log"),
    ):
        prom_port = free_port()
        config = _config(base.rsplit(":", 1)[1], tmp_path)
        args = [
            binary,
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{prom_port}",
        ]
        with running(args, {}, tmp_path / "prometheus.log"):
            api = f"http://127.0.0.1:{prom_port}/api/v1"

            async def query() -> JSON:
                async with httpx.AsyncClient(timeout=10) as client:
                    response = await client.get(
                        f"{api}/query",
                        params={"query": f'kafka_consumergroup_lag{{consumergroup="{group}"}}'},
                    )
                    # Prometheus answers 503 in plain text while it starts: an HTTP error, polled again.
                    response.raise_for_status()
                    body: JSON = response.json()
                    return body

            def caught_up(body: JSON) -> bool:
                rows = body.get("data", {}).get("result", [])
                docs = [r for r in rows if r["metric"]["topic"] == topics[DOCUMENTS]]
                return len(docs) == 6 and all(r["value"][1] == "0" for r in docs)

            body = await wait_until(query, caught_up, 180, "Prometheus to hold the classifier's lag at 0")
            sample = body["data"]["result"][0]["metric"]
            assert sample["job"] == "monitor"
            assert sample["consumergroup"] == group

            async def rules() -> JSON:
                return await _get(f"{api}/rules", {})

            loaded = await wait_until(rules, lambda b: bool(b.get("data", {}).get("groups")), 60, "rules")
            names = {r["name"] for g in loaded["data"]["groups"] for r in g["rules"]}
            assert {"ExportwatchConsumerLagHigh", "ExportwatchConsumerGroupStalled"} <= names


async def _get(url: str, params: dict[str, str]) -> JSON:
    """A Prometheus API answer, or {} while Prometheus is still starting."""
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(url, params=params)
        try:
            body: JSON = response.json() if response.status_code == 200 else {}
        except ValueError:  # Prometheus answers before its API is ready
            return {}
        return body


def _config(monitor_port: str, tmp_path: Path) -> Path:
    """prometheus.yml from deploy/, pointed at the monitor under test, scraping every second."""
    config = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    config["global"] = {"scrape_interval": "1s", "evaluation_interval": "1s"}
    config["scrape_configs"] = [
        {"job_name": "monitor", "static_configs": [{"targets": [f"127.0.0.1:{monitor_port}"]}]}
    ]
    shutil.copy(ROOT / "deploy" / "prometheus" / "alerts.yml", tmp_path / "alerts.yml")
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(config))
    return path
