"""Fuzzing the API's request models in-process: random bodies and parameters get a 2xx or 4xx, never a 5xx."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from notifier.db import migrate
from schemas.events import Severity, SourceKind, Stage
from schemas.tags import TAG_IDS
from tests.conftest import _postgres_database
from tests.unit.fuzz.conftest import scaled
from tests.unit.fuzz.strategies import DATES, FEED_DATES, JSON_VALUES, TEXT, dumps, mutated, optional_keys
from tests.unit.fuzz.strategies import field as mutable
from tests.unit.notifier.api.conftest import ADMIN_KEY, WEBHOOK, Api, make_api
from tests.unit.notifier.api.seed import TeamObjects, fixture_event, seed_team, store_event

API = scaled(0.5)

# URL parts must be encodable; the bodies below carry the unencodable text instead.
URL_TEXT = st.one_of(
    st.text(st.characters(codec="utf-8"), max_size=40),
    st.sampled_from(["", "0", "a" * 33, "%00", "..", "0" * 32]),
)
HEX = st.from_regex(r"\A[0-9a-f]{1,32}\Z")

TAGS = st.lists(st.sampled_from([*sorted(TAG_IDS), "entity_list.*", "x.*", "nope"]) | TEXT, max_size=4)
FILTERS = optional_keys(
    {
        "tags": mutable(TAGS),
        "entities": mutable(st.lists(TEXT, max_size=3)),
        "keywords": mutable(st.lists(TEXT | st.text(min_size=290, max_size=310), max_size=3)),
        "countries": mutable(st.lists(TEXT, max_size=3)),
        "sources": mutable(st.lists(st.sampled_from([s.value for s in SourceKind]) | TEXT, max_size=2)),
        "document_types": mutable(st.lists(TEXT, max_size=201)),
        "min_severity": mutable(st.sampled_from([s.value for s in Severity]) | TEXT),
        "stages": mutable(st.lists(st.sampled_from([s.value for s in Stage]) | TEXT, max_size=2)),
    }
)
SCHEDULE = optional_keys(
    {
        "every_minutes": mutable(st.integers(-10, 20_000) | st.sampled_from([4, 5, 10_080, 10_081])),
        "daily_at": mutable(
            st.sampled_from(["08:30", "23:59:59.999999", "24:00", "08:30+02:00", "8", "T08"]) | TEXT
        ),
        "timezone": mutable(
            st.sampled_from(["UTC", "Europe/Berlin", "America", "America/", "Etc", "../UTC", "", "UTC\x00"])
            | TEXT
        ),
    }
)
# Plausible, valid values, so a share of the examples gets past validation into the handlers and the store.
NAME = st.text(st.characters(codec="utf-8", exclude_categories=["Cc"]), min_size=1, max_size=40)
VALID_FILTERS = st.fixed_dictionaries(
    {},
    optional={
        "tags": st.lists(st.sampled_from([*sorted(TAG_IDS), "entity_list.*"]), max_size=3),
        "keywords": st.lists(NAME, max_size=3),
        "entities": st.lists(NAME, max_size=3),
        "sources": st.lists(st.sampled_from([s.value for s in SourceKind]), max_size=2),
        "min_severity": st.sampled_from([s.value for s in Severity]),
    },
)
VALID_TIMING: st.SearchStrategy[dict[str, Any]] = st.one_of(
    st.just({}),
    st.just({"mode": "realtime"}),
    st.builds(lambda n: {"mode": "digest", "schedule": {"every_minutes": n}}, st.integers(5, 10_080)),
    st.builds(
        lambda t, z: {"mode": "digest", "schedule": {"daily_at": t.isoformat(), "timezone": z}},
        st.times(),
        # 'America' and 'Etc' are zone directories, not zones: plausible input that must be a 422.
        st.sampled_from(["UTC", "Europe/Berlin", "America/New_York", "Pacific/Chatham", "America", "Etc"]),
    ),
)
WEBHOOKS = st.sampled_from(
    [
        WEBHOOK,
        "http://hooks.slack.com/services/T/B/x",
        "https://user:pw@hooks.slack.com/services/x",
        "https://hooks.slack.com:99999/services/x",
        "https://[::1/services/x",
        "https://evil.test/services/x",
        "https://hooks.slack.com/services/",
        "https://hooks.slack.com/services/x#frag",
    ]
)
CHANNEL_CONFIG = st.one_of(
    optional_keys({"url": mutable(WEBHOOKS | TEXT)}),
    optional_keys({"token": mutable(st.just("xoxb-1111-2222-abcdefghij") | TEXT), "channel": mutable(TEXT)}),
    optional_keys({"to": mutable(st.lists(st.emails() | TEXT, max_size=21))}),
)


@dataclass
class Target:
    """The app, and one team with one of every object (so ids in paths can hit real rows)."""

    api: Api
    team: TeamObjects
    # Status codes per route template, to show the fuzzers got past validation as well as into it.
    statuses: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def fuzz_database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database per backend for the whole module (PostgreSQL is the stricter one: NUL, lengths)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('api-fuzz') / 'api.db'}"
        migrate(url)
        yield url
        return
    for url in _postgres_database():
        migrate(url)
        yield url


@pytest.fixture(scope="module")
async def target(fuzz_database: str) -> AsyncIterator[Target]:
    """One app for every example (a new database per example would eat the budget)."""
    url = fuzz_database
    api = await make_api(url, API_RATE_LIMIT_PER_MINUTE=10**9)
    event = fixture_event()
    await store_event(api, event)
    team = await seed_team(api, "fuzz", event)
    made = Target(api, team)
    yield made
    await api.client.aclose()
    await api.app.state.api.engine.dispose()
    for route in ("/v1/channels", "/v1/subscriptions", "/v1/watchlist", "/v1/suppressions", "/v1/alerts"):
        if route in made.statuses:
            codes = made.statuses[route]
            assert any(c < 300 for c in codes), (route, codes)
            assert 422 in codes, (route, codes)


async def send(
    target: Target, method: str, path: str, body: bytes | None = None, **params: Any
) -> httpx.Response:
    """One request as the team (or the admin for /v1/teams); asserts the contract for error answers."""
    key = ADMIN_KEY if path == "/v1/teams" else None
    headers = {"Authorization": f"Bearer {key}"} if key else dict(target.team.headers)
    if body is not None:
        headers["Content-Type"] = "application/json"
    response = await target.api.client.request(
        method, path, content=body, headers=headers, params={k: v for k, v in params.items() if v is not None}
    )
    assert response.status_code < 500, (method, path, response.status_code, response.text[:300])
    target.statuses[path].add(response.status_code)
    if response.status_code == 422:
        detail = response.json()["detail"]
        assert isinstance(detail, list)
        assert detail
        for error in detail:
            # Never the rejected input: it may be a webhook URL or a token.
            assert set(error) == {"loc", "msg", "type"}, error
    assert "SECRETwebhookPART" not in response.text
    return response


def _body(objects: st.SearchStrategy[Any]) -> st.SearchStrategy[bytes]:
    """A body shaped like the model with mutated fields, any JSON, or mutated bytes."""
    return st.one_of(
        objects.map(dumps), objects.map(dumps), JSON_VALUES.map(dumps), mutated(objects.map(dumps))
    )


@API
@given(_body(optional_keys({"name": mutable(TEXT)})), st.booleans())
async def test_teams_and_keys(target: Target, body: bytes, team: bool) -> None:
    await send(target, "POST", "/v1/teams" if team else "/v1/keys", body)


@API
@given(
    _body(
        optional_keys(
            {
                "kind": mutable(st.sampled_from(["slack_webhook", "slack_bot", "email", "console", "sms"])),
                "name": mutable(TEXT),
                "config": mutable(CHANNEL_CONFIG),
            },
            required=("kind", "config"),
        )
    )
)
@example(dumps({"kind": "slack_webhook", "config": {"url": WEBHOOK}}))
async def test_channels(target: Target, body: bytes) -> None:
    await send(target, "POST", "/v1/channels", body)


@API
@given(
    st.data(),
    st.sampled_from(["POST", "PATCH"]),
)
# 'America' is a zone directory: ZoneInfo raised IsADirectoryError, a 500, before the fix.
@example(data=None, method="POST")
async def test_subscriptions_with_filters_and_schedules(target: Target, data: Any, method: str) -> None:
    if data is None:
        body = {
            "name": "d",
            "channel_id": target.team.channel_id,
            "mode": "digest",
            "schedule": {"daily_at": "08:00", "timezone": "America"},
        }
        response = await send(target, method, "/v1/subscriptions", dumps(body))
        assert response.status_code == 422
        return
    subscription = optional_keys(
        {
            "name": mutable(TEXT),
            "channel_id": mutable(st.sampled_from([target.team.channel_id, "0" * 32]) | HEX | TEXT),
            "filters": mutable(FILTERS),
            "mode": mutable(st.sampled_from(["realtime", "digest", "weekly"])),
            "schedule": mutable(SCHEDULE | st.none()),
            "enabled": mutable(st.booleans()),
        },
        required=("name", "channel_id"),
    )
    valid = st.builds(
        lambda base, timing: {**base, **timing},
        st.fixed_dictionaries(
            {"name": NAME, "channel_id": st.just(target.team.channel_id)},
            optional={"filters": VALID_FILTERS, "enabled": st.booleans()},
        ),
        VALID_TIMING,
    )
    # Half the bodies valid: the handlers and the store get fuzzed too, not only the validation.
    body = data.draw(valid.map(dumps) if data.draw(st.booleans()) else _body(subscription))
    if method == "POST":
        await send(target, "POST", "/v1/subscriptions", body)
    else:
        sub_id = data.draw(st.sampled_from([target.team.subscription_id, "0" * 32]) | URL_TEXT)
        await send(target, "PATCH", f"/v1/subscriptions/{quote(sub_id, safe='')}", body)


@API
@given(
    _body(
        optional_keys({"since": mutable(DATES), "limit": mutable(st.integers(-5, 1000))}, required=("since",))
    ),
    st.booleans(),
)
async def test_preview(target: Target, body: bytes, own: bool) -> None:
    sub_id = target.team.subscription_id if own else "f" * 32
    await send(target, "POST", f"/v1/subscriptions/{sub_id}/preview", body)


@API
@given(
    _body(
        optional_keys(
            {
                "name": mutable(TEXT),
                "aliases": mutable(st.lists(TEXT, max_size=52)),
                "note": mutable(TEXT | st.text(min_size=1990, max_size=2010)),
            },
            required=("name",),
        )
    )
)
# The valid path always runs once: the module's teardown wants a 2xx beside the 422s, and random bodies
# under a short example budget may all be refused.
@example(dumps({"name": "Foo Trading Ltd", "aliases": ["Foo Trading"]}))
async def test_watchlist(target: Target, body: bytes) -> None:
    await send(target, "POST", "/v1/watchlist", body)


@API
@given(st.data())
async def test_suppressions(target: Target, data: Any) -> None:
    suppression = optional_keys(
        {
            "event_id": mutable(st.just(fixture_event().event_id) | TEXT),
            "subscription_id": mutable(st.sampled_from([target.team.subscription_id, "0" * 32]) | HEX | TEXT),
            "note": mutable(TEXT),
        },
        required=("event_id",),
    )
    await send(target, "POST", "/v1/suppressions", data.draw(_body(suppression)))


DATETIMES = st.one_of(FEED_DATES, DATES, URL_TEXT, st.none())


@API
@given(
    st.sampled_from(["alerts", "events", "watchlist", "path"]),
    DATETIMES,
    st.one_of(st.none(), st.integers(-5, 1000).map(str), URL_TEXT),
    st.one_of(st.none(), st.sampled_from(["sent", "failed", "entity_list.*"]), URL_TEXT),
    URL_TEXT,
)
@example("alerts", "9999-12-31T23:59:59-23:00", "1", None, "")
@example("events", "0001-01-01T00:00:00+14:00", "1", None, "")
async def test_query_parameters(
    target: Target, route: str, since: str | None, limit: str | None, word: str | None, ident: str
) -> None:
    if route == "alerts":
        await send(target, "GET", "/v1/alerts", since=since, limit=limit, status=word)
    elif route == "events":
        await send(target, "GET", "/v1/events", since=since, limit=limit, tag=word, entity=word)
    elif route == "watchlist":
        await send(target, "DELETE", "/v1/watchlist", entry_id=ident)
    else:
        for path in ("channels", "subscriptions", "watchlist", "events", "suppressions"):
            await send(target, "GET", f"/v1/{path}/{quote(ident, safe='')}")


@API
@given(
    st.one_of(
        st.binary(max_size=60).filter(lambda b: b"\r" not in b and b"\n" not in b and b"\x00" not in b),
        st.builds(lambda key: b"Bearer " + key, st.binary(max_size=60)).filter(
            lambda b: not any(c in b for c in (b"\r", b"\n", b"\x00"))
        ),
    ),
    st.sampled_from(["/v1/team", "/v1/teams", "/v1/channels"]),
)
async def test_authorization_header(target: Target, header: bytes, path: str) -> None:
    # Any Authorization value (latin-1 bytes included) is a 401 or 422 for a stranger, never a 5xx.
    method = "POST" if path == "/v1/teams" else "GET"
    response = await target.api.client.request(
        method, path, headers={b"Authorization": header}, content=b'{"name": "x"}'
    )
    assert response.status_code in (401, 422), (path, response.status_code, response.text[:200])


THROTTLE = 3
_clients = iter(range(1, 1 << 24))


@pytest.fixture(scope="module")
async def throttled(fuzz_database: str) -> AsyncIterator[Target]:
    """An app with a tight failed-authentication limit, behind a trusted proxy (each example a new client)."""
    api = await make_api(
        fuzz_database, API_AUTH_FAILURES_PER_MINUTE=THROTTLE, API_TRUSTED_PROXIES=["127.0.0.1/32"]
    )
    event = fixture_event("federal_register:throttled")
    await store_event(api, event)
    team = await seed_team(api, "throttled", event)
    yield Target(api, team)
    await api.client.aclose()
    await api.app.state.api.engine.dispose()


@API
@given(
    st.lists(
        st.builds(lambda key: b"Bearer " + key, st.binary(max_size=60)).filter(
            lambda b: not any(c in b for c in (b"\r", b"\n", b"\x00"))
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from(["/v1/team", "/v1/teams"]),
)
async def test_wrong_keys_are_throttled_per_client(throttled: Target, keys: list[bytes], path: str) -> None:
    # Any run of wrong keys from one client: 401 for the first THROTTLE, then 429 with Retry-After, and
    # then even the team's right key is refused, so a guess can never be told apart.
    n = next(_clients)
    client = {b"X-Forwarded-For": f"10.{n >> 16}.{(n >> 8) & 255}.{n & 255}".encode()}
    method = "POST" if path == "/v1/teams" else "GET"
    statuses = []
    for key in keys:
        response = await throttled.api.client.request(
            method, path, headers={b"Authorization": key, **client}, content=b'{"name": "x"}'
        )
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) >= 1
    assert statuses == [401] * min(len(keys), THROTTLE) + [429] * max(0, len(keys) - THROTTLE)
    good = {k.encode(): v.encode() for k, v in throttled.team.headers.items()}
    expected = 429 if len(keys) >= THROTTLE else 200
    assert (await throttled.api.client.get("/v1/team", headers={**good, **client})).status_code == expected
