"""Static security checks of deploy/: locked-down pods, NetworkPolicies, loopback ports, passwords, ACLs."""

from __future__ import annotations

import functools
import ipaddress
import re
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped]

from devkit.acls import USERS, grants

ROOT = Path(__file__).resolve().parents[3]
DEPLOY = ROOT / "deploy"
SERVICES = ("watcher", "classifier", "notifier", "api", "monitor")
BIND = "${EXPORTWATCH_BIND:-127.0.0.1}:"


@functools.cache
def k8s(path: Path = DEPLOY / "k8s") -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for file in sorted(path.glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(file.read_text()) if d]
    return docs


@functools.cache
def deployments() -> dict[str, dict[str, Any]]:
    return {d["metadata"]["name"]: d for d in k8s() if d["kind"] == "Deployment"}


def compose() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return doc


def test_every_workload_is_covered() -> None:
    assert set(deployments()) == set(SERVICES)


@pytest.mark.parametrize("name", SERVICES)
def test_pod_runs_unprivileged_on_a_read_only_root(name: str) -> None:
    pod = deployments()[name]["spec"]["template"]["spec"]
    assert pod.get("automountServiceAccountToken") is False
    assert pod.get("hostNetwork", False) is False
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert pod["securityContext"]["runAsUser"] != 0
    assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
    volumes = {v["name"]: v for v in pod.get("volumes", [])}
    for container in pod["containers"] + pod.get("initContainers", []):
        sc = container["securityContext"]
        assert sc["readOnlyRootFilesystem"] is True, container["name"]
        assert sc["allowPrivilegeEscalation"] is False, container["name"]
        assert sc.get("privileged", False) is False
        assert sc["capabilities"]["drop"] == ["ALL"]
        assert not sc["capabilities"].get("add")
        assert sc.get("seccompProfile", {"type": "RuntimeDefault"}) == {"type": "RuntimeDefault"}
        mounts = {m["mountPath"]: m for m in container.get("volumeMounts", [])}
        assert "/tmp" in mounts, f"{name}: a read-only root needs a writable /tmp"
        for path, mount in mounts.items():
            volume = volumes[mount["name"]]
            # Writable mounts are scratch space only; secrets and config are mounted read-only.
            assert "emptyDir" in volume or mount.get("readOnly") is True, (name, path)
            assert "hostPath" not in volume


def test_paths_the_services_write_are_writable_volumes() -> None:
    config = next(d for d in k8s() if d["kind"] == "ConfigMap")["data"]
    writable = {
        name: {m["mountPath"] for m in d["spec"]["template"]["spec"]["containers"][0]["volumeMounts"]}
        for name, d in deployments().items()
    }
    assert any(config["CLASSIFIER_DATA_DIR"].startswith(path + "/") for path in writable["classifier"])
    # The watcher keeps its state in SQLite under /app/.cache when DATABASE_URL is not set.
    watcher_env = {
        e["name"] for e in deployments()["watcher"]["spec"]["template"]["spec"]["containers"][0]["env"]
    }
    assert "DATABASE_URL" in watcher_env or "/app/.cache" in writable["watcher"]


# --- NetworkPolicies: a small evaluator of the subset of the API the manifests use ---


def _labels(name: str) -> dict[str, str]:
    labels: dict[str, str] = deployments()[name]["spec"]["template"]["metadata"]["labels"]
    return labels


def _selects(selector: dict[str, Any], labels: dict[str, str]) -> bool:
    if not selector.get("matchLabels", {}).items() <= labels.items():
        return False
    for expr in selector.get("matchExpressions", []):
        assert expr["operator"] == "In", "extend the evaluator"
        if labels.get(expr["key"]) not in expr["values"]:
            return False
    return True


def _peer_matches(peer: dict[str, Any], target: tuple[str, str]) -> bool:
    kind, value = target
    if "ipBlock" in peer:
        if kind != "ip":
            return False
        address = ipaddress.ip_address(value)
        block = peer["ipBlock"]
        excluded = any(address in ipaddress.ip_network(cidr) for cidr in block.get("except", []))
        return address in ipaddress.ip_network(block["cidr"]) and not excluded
    assert set(peer) == {"namespaceSelector"}, "extend the evaluator"
    return kind == "namespace" and _selects(peer["namespaceSelector"], {"kubernetes.io/metadata.name": value})


def _port_matches(ports: list[dict[str, Any]] | None, port: int, named: dict[str, int]) -> bool:
    if not ports:
        return True
    return any(named.get(str(p["port"]), p["port"]) == port for p in ports)


def allowed(name: str, direction: str, port: int, peer: tuple[str, str]) -> bool:
    """Whether the policies let traffic of one workload in or out on a port from or to a peer."""
    policy_type, rules_key, peers_key = {
        "egress": ("Egress", "egress", "to"),
        "ingress": ("Ingress", "ingress", "from"),
    }[direction]
    container = deployments()[name]["spec"]["template"]["spec"]["containers"][0]
    named = {p["name"]: p["containerPort"] for p in container["ports"]}
    policies = [
        d["spec"]
        for d in k8s()
        if d["kind"] == "NetworkPolicy"
        and policy_type in d["spec"]["policyTypes"]
        and _selects(d["spec"]["podSelector"], _labels(name))
    ]
    assert policies, f"{name} has no {direction} policy at all: everything would be open"
    for spec in policies:
        for rule in spec.get(rules_key, []):
            peers = rule.get(peers_key)
            if _port_matches(rule.get("ports"), port, named) and (
                not peers or any(_peer_matches(p, peer) for p in peers)
            ):
                return True
    return False


PUBLIC = ("ip", "151.101.2.1")
INTERNAL = ("ip", "10.12.0.7")


def test_default_deny_for_every_pod_both_ways() -> None:
    [deny] = [d for d in k8s() if d["kind"] == "NetworkPolicy" and d["metadata"]["name"] == "default-deny"]
    assert deny["spec"]["podSelector"] == {}
    assert set(deny["spec"]["policyTypes"]) == {"Ingress", "Egress"}
    assert not deny["spec"].get("ingress")
    assert not deny["spec"].get("egress")
    kustomization = yaml.safe_load((DEPLOY / "k8s" / "kustomization.yaml").read_text())
    assert "networkpolicy.yaml" in kustomization["resources"]


@pytest.mark.parametrize("name", SERVICES)
def test_network_policies_allow_only_what_each_service_needs(name: str) -> None:
    port = {
        p["name"]: p["containerPort"]
        for p in deployments()[name]["spec"]["template"]["spec"]["containers"][0]["ports"]
    }["http"]
    assert allowed(name, "egress", 9093, ("namespace", "kafka"))
    assert allowed(name, "egress", 53, ("namespace", "kube-system"))
    assert not allowed(name, "egress", 9093, ("namespace", "default"))
    assert allowed(name, "egress", 5432, PUBLIC) == (name in {"notifier", "api"})
    assert allowed(name, "egress", 443, PUBLIC) == (name in {"watcher", "notifier"})
    assert not allowed(name, "egress", 443, INTERNAL), (
        "HTTPS egress must not reach cluster-internal addresses"
    )
    assert allowed(name, "egress", 587, PUBLIC) == (name == "notifier")
    assert not allowed(name, "egress", 80, PUBLIC)
    assert allowed(name, "ingress", port, ("namespace", "monitoring"))
    assert allowed(name, "ingress", port, ("namespace", "ingress-nginx")) == (name == "api")
    assert not allowed(name, "ingress", port, ("namespace", "default"))
    assert not allowed(name, "ingress", port + 1, ("namespace", "monitoring"))


# --- Kafka users and ACLs ---


@pytest.mark.parametrize("name", SERVICES)
def test_each_deployment_logs_in_to_kafka_as_its_own_user(name: str) -> None:
    container = deployments()[name]["spec"]["template"]["spec"]["containers"][0]
    env = {e["name"]: e for e in container["env"]}
    assert env["KAFKA_SASL_USERNAME"]["value"] == USERS[name]
    assert env["KAFKA_SASL_PASSWORD"]["valueFrom"]["secretKeyRef"]["key"] == f"KAFKA_{name.upper()}_PASSWORD"
    config = next(d for d in k8s() if d["kind"] == "ConfigMap")["data"]
    assert config["KAFKA_SECURITY_PROTOCOL"] in {"SASL_SSL", "SASL_PLAINTEXT"}
    assert config["KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"


def test_strimzi_kafka_users_grant_exactly_the_acl_table() -> None:
    users = {
        d["metadata"]["name"]: d for d in k8s(DEPLOY / "k8s" / "kafka-users") if d["kind"] == "KafkaUser"
    }
    assert set(users) == set(USERS.values())
    pattern = {"literal": "literal", "prefix": "prefixed"}
    declared = {
        (name, acl["resource"]["type"], acl["resource"]["name"], pattern[acl["resource"]["patternType"]], op)
        for name, user in users.items()
        for acl in user["spec"]["authorization"]["acls"]
        for op in acl["operations"]
    }
    for user in users.values():
        assert user["spec"]["authentication"]["type"] == "scram-sha-512"
        assert user["spec"]["authorization"]["type"] == "simple"
    table = {(g.user, g.resource, g.name, g.pattern, op) for g in grants() for op in g.operations}
    assert declared == table


def test_no_service_may_write_another_services_topic() -> None:
    writes = {(g.user, g.name) for g in grants() if "Write" in g.operations and g.resource == "topic"}
    assert (USERS["notifier"], "exportwatch.classified.v1") not in writes
    assert {u for u, t in writes if t == "exportwatch.classified.v1"} == {USERS["classifier"]}
    assert {u for u, t in writes if t == "exportwatch.watchlist.v1"} == {USERS["api"]}
    assert not any(u == USERS["monitor"] for u, _ in writes)


# --- compose ---


def test_compose_publishes_ports_on_loopback_by_default() -> None:
    published = 0
    for name, service in compose()["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith(BIND), f"{name} publishes {port} on every interface"
            published += 1
    assert published >= 4


def test_compose_has_no_default_passwords() -> None:
    text = (DEPLOY / "compose.yaml").read_text()
    secrets = set(re.findall(r"\$\{([A-Z0-9_]*(?:PASSWORD|SECRET|TOKEN)[A-Z0-9_]*)", text))
    required = {"POSTGRES_PASSWORD", "GRAFANA_ADMIN_PASSWORD", "KAFKA_ADMIN_PASSWORD"}
    required |= {f"KAFKA_{name.upper()}_PASSWORD" for name in SERVICES}
    assert required <= secrets
    for var in secrets:
        # Empty is allowed only where it means "no login" (an SMTP relay without authentication).
        assert not re.search(rf"\$\{{{var}:?-[^}}]", text), f"{var} has a default value"
    for var in required:
        assert re.search(rf"\$\{{{var}:\?", text), f"{var} must be required (${{{var}:?...}})"
        assert not re.search(rf"\$\{{{var}:?-", text), f"{var} has a default"
    assert "change-me" not in text.lower()


def test_compose_kafka_requires_scram_for_every_service() -> None:
    services = compose()["services"]
    for name in SERVICES:
        env = services[name]["environment"]
        assert env["KAFKA_SECURITY_PROTOCOL"] == "SASL_PLAINTEXT"
        assert env["KAFKA_SASL_MECHANISM"] == "SCRAM-SHA-512"
        assert env["KAFKA_SASL_USERNAME"] == USERS[name]
        assert env["KAFKA_SASL_PASSWORD"].startswith(f"${{KAFKA_{name.upper()}_PASSWORD:?")
    topics = services["topics"]
    assert topics["command"][-2:] == ["topics", "--acls"]
    assert topics["environment"]["KAFKA_SASL_USERNAME"] == "exportwatch-admin"
    properties = (DEPLOY / "kafka" / "compose-server.properties").read_text()
    settings = dict(
        line.split("=", 1) for line in properties.splitlines() if line and not line.startswith("#")
    )
    assert settings["authorizer.class.name"] == "org.apache.kafka.metadata.authorizer.StandardAuthorizer"
    assert settings["allow.everyone.if.no.acl.found"] == "false"
    assert settings["sasl.enabled.mechanisms"] == "SCRAM-SHA-512"
    # Only the loopback-bound controller listener may be PLAINTEXT.
    assert settings["listener.security.protocol.map"] == "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT"
    assert "CONTROLLER://127.0.0.1:" in settings["listeners"]
    script = (DEPLOY / "kafka" / "compose-broker.sh").read_text()
    for name in SERVICES:
        assert f"SCRAM_{name.upper()}_PASSWORD" in services["kafka"]["environment"]
        assert name in script
    assert "--add-scram" in script
