"""What every request may use (database, settings, publisher, limiters) and the auth dependencies."""

from __future__ import annotations

import hmac
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated, Any, TextIO

import structlog
from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from notifier import store
from notifier.api import keys, metrics
from notifier.api.limits import Rule, SharedLimiter, client_address
from notifier.api.publisher import WatchlistPublisher
from notifier.api.ratelimit import RateLimiter
from notifier.settings import NotifierSettings


@dataclass
class ApiState:
    """Shared per-app objects, created by create_app (never at import)."""

    settings: NotifierSettings
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]
    publisher: WatchlistPublisher
    limiter: RateLimiter
    shared: SharedLimiter
    console: TextIO = field(default_factory=lambda: sys.stdout)


@dataclass(frozen=True)
class Caller:
    """The authenticated team behind a request and the key it used."""

    team_id: str
    key_id: str


log = structlog.get_logger("exportwatch.api")
_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer <API key>`")


def api_state(request: Request) -> ApiState:
    """The app's ApiState."""
    state: ApiState = request.app.state.api
    return state


async def db_session(state: Annotated[ApiState, Depends(api_state)]) -> AsyncIterator[AsyncSession]:
    """One session per request (shared by the auth check and the route)."""
    async with state.sessions() as session:
        yield session


def too_many(detail: str, wait: int) -> HTTPException:
    """A 429 telling the client when to come back."""
    return HTTPException(status.HTTP_429_TOO_MANY_REQUESTS, detail, {"Retry-After": str(wait)})


def _limit(state: ApiState, key: str) -> None:
    wait = state.limiter.hit(key)
    if wait is not None:
        metrics.RATE_LIMITED.inc()
        raise too_many("too many requests for this key", wait)


class _Attempt:
    """One authentication attempt, counted against its client address (shared by every replica)."""

    def __init__(self, state: ApiState, request: Request, kind: str) -> None:
        self.state, self.kind = state, kind
        self.client = client_address(request, state.settings.api_trusted_proxies)
        self.key = f"auth:{self.client}"
        self.rule = Rule.per_minute(state.settings.api_auth_failures_per_minute)

    async def refuse_if_throttled(self) -> None:
        """429 before any key is looked at, so a throttled client cannot test keys (even a right one)."""
        wait = await self.state.shared.blocked(self.key, self.rule)
        if wait is not None:
            metrics.AUTH_THROTTLED.labels(kind=self.kind).inc()
            log.warning("authentication throttled", kind=self.kind, client=self.client, retry_after=wait)
            raise too_many("too many failed authentication attempts from this address", wait)

    async def failed(self, reason: str, detail: str) -> HTTPException:
        """Count the failure (never logging the presented key); the 401 to raise."""
        metrics.AUTH_FAILURES.inc()
        wait = await self.state.shared.take(self.key, self.rule)
        log.warning("authentication failed", kind=self.kind, client=self.client, reason=reason)
        if wait is not None:
            metrics.AUTH_THROTTLED.labels(kind=self.kind).inc()
            return too_many("too many failed authentication attempts from this address", wait)
        return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


async def caller(
    request: Request,
    state: Annotated[ApiState, Depends(api_state)],
    session: Annotated[AsyncSession, Depends(db_session)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The team whose live API key is presented; 401 otherwise, 429 past a key, team or failure limit."""
    attempt = _Attempt(state, request, "team")
    await attempt.refuse_if_throttled()
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise await attempt.failed("missing", "missing API key: send Authorization: Bearer <key>")
    row = await store.key_for_secret(session, credentials.credentials)
    if row is None:
        raise await attempt.failed("invalid", "invalid or revoked API key")
    _limit(state, row.id)
    # Per team as well, in the database: more keys or more replicas must not multiply a team's budget.
    wait = await state.shared.take(
        f"team:{row.team_id}", Rule.per_minute(state.settings.api_team_rate_limit_per_minute)
    )
    if wait is not None:
        metrics.LIMITED.labels(limit="team").inc()
        raise too_many("too many requests for this team", wait)
    return Caller(team_id=row.team_id, key_id=row.id)


async def admin(
    request: Request,
    state: Annotated[ApiState, Depends(api_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Only the ADMIN_API_KEY passes (compared as digests, in constant time); unset disables admin calls."""
    attempt = _Attempt(state, request, "admin")
    await attempt.refuse_if_throttled()
    configured = state.settings.admin_api_key
    if credentials is None or configured is None or not configured.get_secret_value():
        raise await attempt.failed("missing", "admin key required (set ADMIN_API_KEY on the server)")
    given = keys.digest(credentials.credentials)
    if not hmac.compare_digest(given, keys.digest(configured.get_secret_value())):
        raise await attempt.failed("invalid", "invalid admin key")
    _limit(state, "admin")


CallerDep = Annotated[Caller, Depends(caller)]
SessionDep = Annotated[AsyncSession, Depends(db_session)]
StateDep = Annotated[ApiState, Depends(api_state)]
AdminDep = Annotated[None, Depends(admin)]

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such object for this team"}}
