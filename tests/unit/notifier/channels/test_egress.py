"""Slack egress: allowed hosts only, https:443, public addresses, and the connection goes where we checked."""

from __future__ import annotations

import ssl
import subprocess
from pathlib import Path

import httpx
import pytest
from aiohttp import web

from devkit.slack_sink import SlackSink
from notifier.channels.egress import EgressPolicy, EgressRefusedError, egress_client, is_public

SLACK_ONLY = EgressPolicy.from_setting(["hooks.slack.com", "slack.com"])


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://evil.example/services/x", "not in SLACK_ALLOWED_HOSTS"),
        ("https://hooks.slack.com.evil.example/services/x", "not in SLACK_ALLOWED_HOSTS"),
        ("http://hooks.slack.com/services/x", "https on port 443"),
        ("https://hooks.slack.com:8443/services/x", "https on port 443"),
        ("https://user:pw@hooks.slack.com/services/x", "credentials"),
        ("http://127.0.0.1:8098/services/x", "not in SLACK_ALLOWED_HOSTS"),
    ],
)
def test_policy_refuses_what_the_setting_does_not_name(url: str, problem: str) -> None:
    with pytest.raises(EgressRefusedError, match=problem) as caught:
        SLACK_ONLY.check(httpx.URL(url))
    assert "/services/x" not in str(caught.value)


def test_policy_allows_slack_over_https_and_named_local_origins_exactly() -> None:
    policy = EgressPolicy.from_setting(["hooks.slack.com", "http://127.0.0.1:8098"])
    assert policy.check(httpx.URL("https://hooks.slack.com/services/T/B/x")) is False
    assert policy.check(httpx.URL("https://HOOKS.slack.com./services/T/B/x")) is False
    assert policy.check(httpx.URL("http://127.0.0.1:8098/services/T/B/x")) is True
    with pytest.raises(EgressRefusedError):
        policy.check(httpx.URL("http://127.0.0.1:8099/services/T/B/x"))
    with pytest.raises(EgressRefusedError):
        policy.check(httpx.URL("https://127.0.0.1:8098/services/T/B/x"))


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("52.1.2.3", True),
        ("2600:1f18::1", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("172.16.0.5", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("0.0.0.0", False),
        ("::1", False),
        ("fe80::1%eth0", False),
        ("fd00::1", False),
        ("::ffff:127.0.0.1", False),  # IPv4-mapped loopback
        ("224.0.0.1", False),
    ],
)
def test_public_address_check(address: str, public: bool) -> None:
    assert is_public(address) is public


async def _refused(resolved: list[str]) -> str:
    async def resolver(host: str, port: int) -> list[str]:
        return resolved

    async with egress_client(SLACK_ONLY, resolver=resolver) as http:
        with pytest.raises(EgressRefusedError) as caught:
            await http.post("https://hooks.slack.com/services/T/B/secret", json={"text": "x"})
    return str(caught.value)


async def test_a_slack_name_resolving_to_a_private_address_is_refused() -> None:
    assert "non-public" in await _refused(["10.0.0.7"])
    # One bad address among good ones is enough: the connection could land on any of them.
    assert "non-public" in await _refused(["52.1.2.3", "169.254.169.254"])


async def test_the_connection_goes_to_the_checked_address_with_the_original_name(
    sink: tuple[SlackSink, str],
) -> None:
    server, base = sink
    port = int(base.rsplit(":", 1)[1])
    calls: list[tuple[str, int]] = []

    async def resolver(host: str, port: int) -> list[str]:
        calls.append((host, port))
        return ["127.0.0.1"]

    # A name only our resolver knows: the request can only arrive if the transport used its answer.
    policy = EgressPolicy.from_setting([f"http://slack-sink.test:{port}"])
    async with egress_client(policy, resolver=resolver) as http:
        response = await http.post(f"http://slack-sink.test:{port}/services/T/B/x", json={"text": "hi"})
    assert response.text == "ok"
    assert calls == [("slack-sink.test", port)]
    assert [r.payload["text"] for r in server.received] == ["hi"]


def _certificate(tmp_path: Path, name: str) -> tuple[Path, Path]:
    cert, key = tmp_path / f"{name}.crt", tmp_path / f"{name}.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={name}",
            "-addext",
            f"subjectAltName=DNS:{name}",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.mark.parametrize(("served_name", "ok"), [("slack-sink.test", True), ("other.test", False)])
async def test_tls_to_the_pinned_address_still_checks_the_certificate_for_the_name(
    tmp_path: Path, served_name: str, ok: bool
) -> None:
    cert, key = _certificate(tmp_path, served_name)
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    sink = SlackSink()
    runner = web.AppRunner(sink.app(), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0, ssl_context=server_tls).start()
    port = int(runner.addresses[0][1])

    async def resolver(host: str, port: int) -> list[str]:
        return ["127.0.0.1"]

    trust = ssl.create_default_context(cafile=str(cert))
    policy = EgressPolicy.from_setting([f"https://slack-sink.test:{port}"])
    try:
        async with egress_client(policy, resolver=resolver, verify=trust) as http:
            url = f"https://slack-sink.test:{port}/services/T/B/x"
            if ok:
                assert (await http.post(url, json={"text": "tls"})).text == "ok"
            else:
                with pytest.raises(httpx.ConnectError, match=r"CERTIFICATE_VERIFY_FAILED|match"):
                    await http.post(url, json={"text": "tls"})
    finally:
        await runner.cleanup()
    assert [r.payload["text"] for r in sink.received] == (["tls"] if ok else [])
