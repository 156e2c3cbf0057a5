"""The fetcher against the replay server's fault modes: retries, Retry-After, caps, 304, redirects, budget."""

from __future__ import annotations

import pytest

from devkit.replay import ReplayServer
from tests.unit.watcher.conftest import Sleeps
from watcher.fetching import Fetcher, FetchError, RequestBudget, retry_after_seconds

Replay = tuple[ReplayServer, str]
DOCS = "/api/v1/documents.json?per_page=50"


async def test_429_is_retried_after_the_servers_retry_after(
    replay: Replay, fetcher: Fetcher, sleeps: Sleeps
) -> None:
    server, base = replay
    server.faults["documents"] = ["429", "429"]
    fetched = await fetcher.get(base + DOCS)
    assert fetched.body
    assert b'"results"' in fetched.body
    assert sleeps.calls == [1.0, 1.0]  # Retry-After: 1, not our own backoff
    assert server.hits["documents"] == 3


async def test_5xx_is_retried_with_growing_jittered_backoff(
    replay: Replay, fetcher: Fetcher, sleeps: Sleeps
) -> None:
    server, base = replay
    server.faults["documents"] = ["503", "503", "503"]
    await fetcher.get(base + DOCS)
    assert len(sleeps.calls) == 3
    assert all(0 <= s <= fetcher.backoff_base * 2**i for i, s in enumerate(sleeps.calls))


async def test_retries_give_up_with_a_reason(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["429"] * fetcher.attempts
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS)
    assert caught.value.reason == "rate_limited"
    assert server.hits["documents"] == fetcher.attempts


async def test_a_404_is_not_retried(replay: Replay, fetcher: Fetcher, sleeps: Sleeps) -> None:
    server, base = replay
    server.faults["documents"] = ["404"]
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS)
    assert caught.value.reason == "http_4xx"
    assert sleeps.calls == []


async def test_etag_round_trip_gives_304(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    first = await fetcher.get(base + DOCS)
    assert first.validators.etag
    second = await fetcher.get(base + DOCS, validators=first.validators)
    assert second.not_modified
    assert second.body is None
    assert server.not_modified["documents"] == 1


async def test_a_50_mb_body_stops_at_the_cap(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["huge"]
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS, max_bytes=2 * 1024 * 1024)
    assert caught.value.reason == "too_large"


async def test_a_gzip_bomb_stops_at_the_cap_of_decoded_bytes(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["gzip_bomb"]
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS, max_bytes=5 * 1024 * 1024)
    assert caught.value.reason == "too_large"


async def test_a_truncated_body_is_an_error_not_data(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["truncated"] * fetcher.attempts
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS)
    assert caught.value.reason in {"truncated", "transport"}


async def test_redirects_to_plain_http_are_refused(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["redirect_http"]
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS)
    assert caught.value.reason == "redirect"
    assert "non-https" in str(caught.value)


async def test_redirects_to_https_are_followed(replay: Replay, fetcher: Fetcher) -> None:
    server, base = replay
    server.faults["documents"] = ["redirect_https"]
    fetcher.attempts = 1
    with pytest.raises(FetchError) as caught:
        await fetcher.get(base + DOCS)
    assert caught.value.reason == "transport"  # it went to the https target (closed port here)


async def test_budget_spaces_requests(sleeps: Sleeps) -> None:
    budget = RequestBudget(5.0, clock=lambda: 0.0, sleep=sleeps)
    for _ in range(6):
        await budget.acquire()
    assert sleeps.calls == pytest.approx([0.2, 0.4, 0.6, 0.8, 1.0])  # 6 requests take a second at 5/s


async def test_budget_lets_requests_through_after_idle_time(sleeps: Sleeps) -> None:
    now = [0.0]
    budget = RequestBudget(5.0, clock=lambda: now[0], sleep=sleeps)
    await budget.acquire()
    now[0] = 10.0
    await budget.acquire()
    assert sleeps.calls == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [("3", 3.0), (None, None), ("soon", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0)],
)
def test_retry_after_forms(header: str | None, expected: float | None) -> None:
    assert retry_after_seconds(header) == expected


def test_retry_after_http_date_in_the_future() -> None:
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:30 GMT", now=1445412480.0) == pytest.approx(30.0)


def test_urls_in_errors_and_logs_carry_no_secrets() -> None:
    error = FetchError(
        "http_4xx", "HTTP 401", "https://bob:hunter2@api.example.gov/csl.csv?subscription-key=s3cr3t&x=1"
    )
    assert "hunter2" not in error.url
    assert "s3cr3t" not in error.url
    assert error.url.endswith("x=1")
