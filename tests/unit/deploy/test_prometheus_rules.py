"""promtool (Debian's prometheus package) checks the Prometheus config and unit-tests every alert rule."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[3]
PROMETHEUS = ROOT / "deploy" / "prometheus"


def promtool(*args: str) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("promtool")
    assert binary, "promtool is missing: apt-get install prometheus (.ci/run installs it)"
    return subprocess.run(
        [binary, *args], capture_output=True, text=True, cwd=PROMETHEUS, timeout=120, check=False
    )


def test_config_and_rules_are_valid() -> None:
    for args in (("check", "config", "prometheus.yml"), ("check", "rules", "alerts.yml")):
        result = promtool(*args)
        assert result.returncode == 0, result.stdout + result.stderr


def test_alert_rules_fire_as_the_tests_expect() -> None:
    result = promtool("test", "rules", "alerts.test.yml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


def test_every_alert_has_a_test_and_uses_documented_metrics() -> None:
    rules = [r for g in yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())["groups"] for r in g["rules"]]
    tested = {
        case["alertname"]
        for t in yaml.safe_load((PROMETHEUS / "alerts.test.yml").read_text())["tests"]
        for case in t.get("alert_rule_test", [])
        if case.get("exp_alerts")
    }
    assert {r["alert"] for r in rules} == tested
    documented = (ROOT / "deploy" / "README.md").read_text()
    for rule in rules:
        bare = re.sub(r"by\s*\([^)]*\)|\{[^}]*\}|\[[^\]]*\]", "", rule["expr"])
        for metric in re.findall(r"\b([a-z_][a-z0-9_]*)\b(?!\s*\()", bare):
            assert f"`{metric}`" in documented, f"{rule['alert']} uses {metric}, not in deploy/README.md"
