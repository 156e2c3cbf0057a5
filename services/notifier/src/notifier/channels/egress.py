"""Outbound HTTP to Slack that can only reach allowed hosts, at the address that was checked.

A channel's URL is user input. Before each request the transport checks the host against the allowed list
(https and port 443 for real hosts), resolves it once, requires every address to be public unless the
setting names that server explicitly as a local origin (`http://127.0.0.1:8098`), then connects to the
checked address itself, keeping the name for TLS (SNI, certificate check) and the Host header, so a DNS
answer that changes between check and connect (rebinding) cannot redirect the request. Redirects are never
followed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass

import httpx

Resolver = Callable[[str, int], Awaitable[list[str]]]


class EgressRefusedError(Exception):
    """The destination is not allowed; the message names the host, never the path (it holds secrets).

    `rule` says which check refused it (host, transport, credentials, address), so the API can word it.
    """

    def __init__(self, message: str, rule: str) -> None:
        super().__init__(message)
        self.rule = rule


async def system_resolver(host: str, port: int) -> list[str]:
    """Every address the system resolver gives for host."""
    infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """Whether address is globally routable (not private, loopback, link-local, reserved or multicast)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


@dataclass(frozen=True)
class EgressPolicy:
    """Real Slack hosts (https, 443, public addresses) and explicitly named local origins."""

    hosts: frozenset[str]
    local_origins: frozenset[tuple[str, str, int]] = frozenset()

    @classmethod
    def from_setting(cls, entries: Iterable[str]) -> EgressPolicy:
        """`slack.com` allows that host over https:443; `http://127.0.0.1:8098` allows that local server."""
        hosts: set[str] = set()
        local: set[tuple[str, str, int]] = set()
        for entry in entries:
            entry = entry.strip()
            if "://" in entry:
                url = httpx.URL(entry)
                local.add((url.scheme, url.host.lower(), url.port or (443 if url.scheme == "https" else 80)))
            elif entry:
                hosts.add(entry.lower().rstrip("."))
        return cls(frozenset(hosts), frozenset(local))

    def check(self, url: httpx.URL) -> bool:
        """Raise EgressRefusedError unless url may be requested; return whether it is a named local origin."""
        host = url.host.lower().rstrip(".")
        port = url.port or (443 if url.scheme == "https" else 80)
        if (url.scheme, host, port) in self.local_origins:
            return True
        if host not in self.hosts:
            raise EgressRefusedError(f"host {host!r} is not in SLACK_ALLOWED_HOSTS", "host")
        if url.scheme != "https" or port != 443:
            raise EgressRefusedError(f"{host} must be reached over https on port 443", "transport")
        if url.userinfo:
            raise EgressRefusedError(f"credentials in the URL for {host} are not allowed", "credentials")
        return False


class EgressTransport(httpx.AsyncBaseTransport):
    """Checks, resolves once, and connects to the checked address (see the module docstring)."""

    def __init__(
        self,
        policy: EgressPolicy,
        resolver: Resolver = system_resolver,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self.policy = policy
        self.resolver = resolver
        self.verify = verify
        # One pool per host name: pooled connections are keyed by address, and a connection opened (and
        # certificate-checked) for one name must never carry a request for another name at the same address.
        self._pools: dict[str, httpx.AsyncHTTPTransport] = {}

    def _pool(self, host: str) -> httpx.AsyncHTTPTransport:
        if host not in self._pools:
            self._pools[host] = httpx.AsyncHTTPTransport(verify=self.verify, retries=0)
        return self._pools[host]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send request to the pinned, checked address."""
        url = request.url
        local = self.policy.check(url)
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = await self.resolver(host, port)
        except OSError as exc:
            raise httpx.ConnectError(
                f"cannot resolve {host}: {exc.strerror or exc}", request=request
            ) from None
        if not addresses:
            raise httpx.ConnectError(f"{host} resolves to no address", request=request)
        if not local and not all(is_public(a) for a in addresses):
            raise EgressRefusedError(f"{host} resolves to a non-public address", "address")
        # The Host header was set from the original URL when the request was built; SNI and the
        # certificate check use the name too, while the socket goes to the address checked above.
        request.url = url.copy_with(host=addresses[0].split("%", 1)[0])
        request.extensions = {**request.extensions, "sni_hostname": host}
        return await self._pool(host.lower()).handle_async_request(request)

    async def aclose(self) -> None:
        """Close the pooled connections."""
        for pool in self._pools.values():
            await pool.aclose()


def egress_client(
    policy: EgressPolicy,
    timeout: float = 15.0,
    resolver: Resolver = system_resolver,
    verify: ssl.SSLContext | bool = True,
) -> httpx.AsyncClient:
    """An HTTP client for Slack: checked destinations, no redirects, no proxies from the environment."""
    # httpx logs every request line at INFO with its full URL, and a webhook URL is a secret.
    for name in ("httpx", "httpcore"):
        logging.getLogger(name).setLevel(logging.WARNING)
    return httpx.AsyncClient(
        transport=EgressTransport(policy, resolver, verify),
        follow_redirects=False,
        timeout=timeout,
        trust_env=False,
    )
