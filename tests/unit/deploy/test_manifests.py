"""Static checks of deploy/: compose, Kubernetes, Grafana and Prometheus files are coherent with the code."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
IMAGE = "exportwatch"
SERVICES = {"watcher": 9101, "classifier": 6066, "notifier": 9103, "api": 8000, "monitor": 9104}


def env_example() -> set[str]:
    lines = (ROOT / ".env.example").read_text().splitlines()
    return {line.split("=", 1)[0] for line in lines if re.match(r"^[A-Z][A-Z0-9_]*=", line)}


def console_scripts() -> set[str]:
    scripts: set[str] = set()
    for pyproject in ROOT.glob("services/*/pyproject.toml"):
        scripts |= set(tomllib.loads(pyproject.read_text())["project"].get("scripts", {}))
    return scripts


def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return doc


def k8s_documents() -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted((DEPLOY / "k8s").glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def ours(service: dict[str, Any]) -> bool:
    return str(service.get("image", "")).split(":")[0] == IMAGE


def test_compose_runs_every_service_with_real_console_scripts() -> None:
    services = compose()["services"]
    assert {"kafka", "postgres", "prometheus", "grafana", *SERVICES} <= set(services)
    assert "process.roles=broker,controller" in (DEPLOY / "kafka" / "compose-server.properties").read_text()
    scripts = console_scripts()
    for name in SERVICES:
        command = services[name]["command"]
        assert command[0] in scripts, f"{name} runs {command[0]}, not a console script"
    assert services["topics"]["command"][:3] == ["python", "-m", "devkit.broker"]
    assert (DEPLOY / "Dockerfile").is_file()


def test_compose_settings_all_exist_in_env_example() -> None:
    known = env_example()
    text = (DEPLOY / "compose.yaml").read_text()
    interpolated = set(re.findall(r"\$\{([A-Z0-9_]+)", text))
    assert interpolated <= known, interpolated - known
    for name, service in compose()["services"].items():
        if ours(service):
            unknown = set(service.get("environment", {})) - known
            assert not unknown, f"{name} sets {unknown}, missing from .env.example"


def test_compose_mounts_files_that_exist() -> None:
    for name, service in compose()["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"{name} mounts missing {source}"


def test_every_deployment_has_probes_resources_and_known_settings() -> None:
    docs = k8s_documents()
    deployments = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Deployment"}
    assert set(deployments) == set(SERVICES)
    services = {d["metadata"]["name"]: d for d in docs if d["kind"] == "Service"}
    config = next(d for d in docs if d["kind"] == "ConfigMap")
    secret = next(d for d in docs if d["kind"] == "Secret")
    known = env_example()
    assert set(config["data"]) <= known, set(config["data"]) - known
    scripts = console_scripts()
    for name, deployment in deployments.items():
        [container] = deployment["spec"]["template"]["spec"]["containers"]
        assert container["command"][0] in scripts
        port = container["ports"][0]["containerPort"]
        assert port == SERVICES[name]
        for probe, path in (("livenessProbe", "/health/live"), ("readinessProbe", "/health/ready")):
            assert container[probe]["httpGet"]["path"] == path, (name, probe)
        requests = container["resources"]["requests"]
        assert {"cpu", "memory"} <= set(requests), name
        assert "memory" in container["resources"]["limits"], name
        refs = [e["configMapRef"]["name"] for e in container["envFrom"] if "configMapRef" in e]
        assert refs == [config["metadata"]["name"]]
        for env in container.get("env", []):
            assert env["name"] in known, env["name"]
            if "value" in env:  # a plain value only for what is not a secret
                assert not re.search(r"PASSWORD|KEY|URL", env["name"]), env["name"]
                continue
            ref = env["valueFrom"]["secretKeyRef"]
            assert ref["name"] == secret["metadata"]["name"]
            assert ref["key"] in secret["stringData"]
        selector = deployment["spec"]["selector"]["matchLabels"]
        assert selector.items() <= deployment["spec"]["template"]["metadata"]["labels"].items()
        assert services[name]["spec"]["selector"] == selector
        assert services[name]["spec"]["ports"][0]["port"] == port


def test_kustomization_lists_every_manifest_but_the_secret_example() -> None:
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    files = {p.name for p in (DEPLOY / "k8s").glob("*.yaml")} - {"kustomization.yaml"}
    assert set(kustomization["resources"]) == files - {"secret.example.yaml"}


def test_prometheus_scrapes_every_service_on_its_port() -> None:
    config = yaml.safe_load((DEPLOY / "prometheus" / "prometheus.yml").read_text())
    targets = {
        job["job_name"]: target
        for job in config["scrape_configs"]
        for target in job["static_configs"][0]["targets"]
    }
    assert targets == {name: f"{name}:{port}" for name, port in SERVICES.items()}


@pytest.mark.parametrize(
    "path", sorted((DEPLOY / "grafana" / "dashboards").glob("*.json")), ids=lambda p: p.name
)
def test_grafana_dashboard_is_valid_and_queries_known_metrics(path: Path) -> None:
    dashboard = json.loads(path.read_text())
    exprs = [t["expr"] for panel in dashboard["panels"] for t in panel["targets"]]
    titles = " ".join(p["title"].lower() for p in dashboard["panels"])
    for topic in ("lag", "throughput", "delivery", "freshness"):
        assert topic in titles
    assert len({p["id"] for p in dashboard["panels"]}) == len(dashboard["panels"])
    documented = (DEPLOY / "README.md").read_text()
    for metric in {
        m for e in exprs for m in re.findall(r"\b([a-z_]+_(?:total|seconds|lag|offset|status))\b", e)
    }:
        assert f"`{metric}`" in documented, f"{metric} is not in the metric table of deploy/README.md"
