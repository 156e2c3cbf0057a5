"""HTTP for every source: request budget, retries with jitter, size cap, conditional GET, https redirects."""

from __future__ import annotations

import asyncio
import random
import re
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime

import httpx

from watcher import metrics
from watcher.state import Validators

RETRYABLE = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


_SECRET_PARAM = re.compile(r"key|token|secret|password|signature|auth", re.IGNORECASE)


def loggable_url(url: str) -> str:
    """url without userinfo and with secret-looking query values masked (it goes into logs and errors)."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return "<unparseable url>"
    params = [(k, "***" if _SECRET_PARAM.search(k) else v) for k, v in parsed.params.multi_items()]
    return str(parsed.copy_with(userinfo=b"", params=params or None))


class FetchError(Exception):
    """A fetch or parse that failed; `reason` is the label of watcher_fetch_errors_total."""

    def __init__(self, reason: str, message: str, url: str = "", counted: bool = False) -> None:
        super().__init__(message)
        self.reason = reason
        self.url = loggable_url(url) if url else ""
        # True when the source already counted the underlying errors (the poller must not again).
        self.counted = counted


class RequestBudget:
    """At most `rate` requests per second across every source sharing it (a token bucket of size 1)."""

    def __init__(
        self,
        rate: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = 1.0 / rate if rate > 0 else 0.0
        self._clock = clock
        self._sleep = sleep
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait until the next request may go out."""
        async with self._lock:
            now = self._clock()
            wait = self._next - now
            self._next = max(now, self._next) + self.interval
        if wait > 0:
            await self._sleep(wait)


@dataclass(frozen=True)
class Fetched:
    """A response body (None when the server said 304 Not Modified) and the validators to store."""

    url: str
    body: bytes | None
    validators: Validators
    content_type: str = ""

    @property
    def not_modified(self) -> bool:
        """True when the server answered 304."""
        return self.body is None


def host_allowed(url: str, hosts: Sequence[str]) -> bool:
    """True when url is https (or http to loopback: tests, replay) on one of hosts or a subdomain of one."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return False
    host = parsed.host.lower()
    loopback = host in {"127.0.0.1", "localhost", "::1"}
    if parsed.scheme != "https" and not (parsed.scheme == "http" and loopback):
        return False
    return any(host == h.lower() or host.endswith("." + h.lower()) for h in hosts)


def request_url(url: str, params: Sequence[tuple[str, str]] | Mapping[str, str] | None = None) -> str:
    """The full URL a GET with params asks for (also the key its validators are stored under)."""
    return str(httpx.URL(url, params=params)) if params else url


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError):
        return None
    return max(0.0, when - (time.time() if now is None else now))


@dataclass
class Fetcher:
    """GETs with the shared budget, bounded retries and a body size cap, for one source."""

    http: httpx.AsyncClient
    budget: RequestBudget
    source: str
    max_bytes: int = 20 * 1024 * 1024
    attempts: int = 4
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    https_redirects_only: bool = True
    max_redirects: int = 5
    # When set, every hop (the first URL and each redirect) must go to one of these hosts or a subdomain.
    allowed_hosts: tuple[str, ...] | None = None
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    requests: int = field(default=0, init=False)

    async def get(
        self,
        url: str,
        params: Sequence[tuple[str, str]] | Mapping[str, str] | None = None,
        validators: Validators | None = None,
        max_bytes: int | None = None,
    ) -> Fetched:
        """GET url; retry 429/5xx/transport errors with backoff and jitter (honouring Retry-After)."""
        try:
            full = request_url(url, params)
        except (httpx.InvalidURL, TypeError):
            raise _bad_url(url) from None
        for attempt in range(1, self.attempts + 1):
            try:
                return await self._once(full, validators, max_bytes or self.max_bytes)
            except _RetryableError as retry:
                if attempt == self.attempts:
                    raise FetchError(retry.reason, str(retry), full) from None
                delay = retry.after if retry.after is not None else self._backoff(attempt)
                await self.sleep(min(delay, self.backoff_cap * 4))
        raise AssertionError("unreachable")  # pragma: no cover

    def _backoff(self, attempt: int) -> float:
        # Full jitter: spreads retries of many watchers instead of synchronising them.
        ceiling = min(self.backoff_cap, self.backoff_base * 2 ** (attempt - 1))
        return random.uniform(0, ceiling)  # noqa: S311 - jitter, not secrecy

    async def _once(self, url: str, validators: Validators | None, cap: int) -> Fetched:
        headers = {"Accept-Encoding": "gzip, deflate"}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        current = url
        for _hop in range(self.max_redirects + 1):
            self._check_host(current)
            await self.budget.acquire()
            self.requests += 1
            started = time.perf_counter()
            try:
                async with self.http.stream("GET", current, headers=headers) as response:
                    if response.status_code in REDIRECTS:
                        current = self._redirect_target(current, response)
                        continue
                    result = await self._read(current, response, validators, cap)
            except httpx.TimeoutException as exc:
                raise _RetryableError("timeout", f"timed out: {type(exc).__name__}") from exc
            except httpx.TransportError as exc:
                raise _RetryableError("transport", f"{type(exc).__name__}: {exc}") from exc
            finally:
                metrics.FETCH_SECONDS.labels(self.source).observe(time.perf_counter() - started)
            return result
        raise FetchError("redirect", f"more than {self.max_redirects} redirects", url)

    def _check_host(self, url: str) -> None:
        try:
            host = httpx.URL(url).host
        except (httpx.InvalidURL, TypeError):
            raise _bad_url(url) from None
        if self.allowed_hosts is not None and not host_allowed(url, self.allowed_hosts):
            raise FetchError("host_not_allowed", f"{host} is not an allowed host", url)

    def _redirect_target(self, current: str, response: httpx.Response) -> str:
        location = response.headers.get("Location")
        if not location:
            raise FetchError("redirect", f"{response.status_code} without Location", current)
        target = httpx.URL(current).join(location)
        if self.https_redirects_only and target.scheme != "https":
            raise FetchError(
                "redirect", f"refused redirect to non-https {target.scheme}://{target.host}", current
            )
        return str(target)

    async def _read(self, url: str, response: httpx.Response, sent: Validators | None, cap: int) -> Fetched:
        status = response.status_code
        if status == 304:
            return Fetched(url, None, sent or Validators())
        if status in RETRYABLE:
            after = retry_after_seconds(response.headers.get("Retry-After"))
            raise _RetryableError("rate_limited" if status == 429 else "http_5xx", f"HTTP {status}", after)
        if status != 200:
            raise FetchError(f"http_{status // 100}xx", f"HTTP {status}", url)
        declared = response.headers.get("Content-Length")
        if (
            declared
            and declared.isdigit()
            and int(declared) > cap
            and "content-encoding" not in response.headers
        ):
            raise FetchError("too_large", f"Content-Length {declared} exceeds the {cap}-byte cap", url)
        chunks: list[bytes] = []
        size = 0
        try:
            # aiter_bytes yields *decoded* bytes, so the cap also stops a gzip bomb.
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > cap:
                    raise FetchError("too_large", f"body exceeds the {cap}-byte cap", url)
                chunks.append(chunk)
        except httpx.DecodingError as exc:
            raise FetchError("truncated", f"undecodable body: {exc}", url) from exc
        except httpx.RemoteProtocolError as exc:
            raise FetchError("truncated", f"body cut short: {exc}", url) from exc
        return Fetched(
            url,
            b"".join(chunks),
            Validators(response.headers.get("ETag"), response.headers.get("Last-Modified")),
            response.headers.get("Content-Type", ""),
        )


def _bad_url(url: str) -> FetchError:
    # A URL taken from a payload (a next page, a PDF link) may hold control characters: the payload's fault,
    # counted as such, never an unexpected crash of the poll.
    return FetchError("bad_url", "unparseable URL", url)


class _RetryableError(Exception):
    def __init__(self, reason: str, message: str, after: float | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.after = after
