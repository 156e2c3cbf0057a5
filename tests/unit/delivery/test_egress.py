"""Slack egress: allowed hosts only, https:443, public addresses, and the connection goes where we checked."""

from __future__ import annotations

import httpx
import pytest

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
