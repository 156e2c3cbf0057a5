"""The watcher metrics server binds loopback unless WATCHER_METRICS_HOST says otherwise; containers do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from servicekit.server import bind
from watcher.settings import WatcherSettings

DEPLOY = Path(__file__).resolve().parents[3] / "deploy"


def test_the_default_is_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WATCHER_METRICS_HOST", raising=False)
    assert WatcherSettings(_env_file=None).metrics_host == "127.0.0.1"
    sock = bind(0)
    assert sock is not None
    try:
        assert sock.getsockname()[0] == "127.0.0.1"
    finally:
        sock.close()


def test_the_setting_picks_the_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WATCHER_METRICS_HOST", "0.0.0.0")
    host = WatcherSettings(_env_file=None).metrics_host
    sock = bind(0, host)
    assert sock is not None
    try:
        assert sock.getsockname()[0] == "0.0.0.0"
    finally:
        sock.close()


def test_containers_set_the_metrics_host_explicitly() -> None:
    compose: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert compose["services"]["watcher"]["environment"]["WATCHER_METRICS_HOST"] == "0.0.0.0"
    configmaps = [
        doc
        for doc in yaml.safe_load_all((DEPLOY / "k8s" / "configmap.yaml").read_text())
        if doc and doc.get("kind") == "ConfigMap"
    ]
    assert any(doc["data"].get("WATCHER_METRICS_HOST") == "0.0.0.0" for doc in configmaps)
