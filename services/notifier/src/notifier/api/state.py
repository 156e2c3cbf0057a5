"""What every request may use (database, settings, publisher, limiter) and the auth dependencies."""

from __future__ import annotations

import hmac
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Annotated, Any, TextIO

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from notifier import store
from notifier.api import keys, metrics
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
    console: TextIO = field(default_factory=lambda: sys.stdout)


@dataclass(frozen=True)
class Caller:
    """The authenticated team behind a request and the key it used."""

    team_id: str
    key_id: str


_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer <API key>`")


def api_state(request: Request) -> ApiState:
    """The app's ApiState."""
    state: ApiState = request.app.state.api
    return state


async def db_session(state: Annotated[ApiState, Depends(api_state)]) -> AsyncIterator[AsyncSession]:
    """One session per request (shared by the auth check and the route)."""
    async with state.sessions() as session:
        yield session


def _unauthorized(detail: str) -> HTTPException:
    metrics.AUTH_FAILURES.inc()
    return HTTPException(status.HTTP_401_UNAUTHORIZED, detail, headers={"WWW-Authenticate": "Bearer"})


def _limit(state: ApiState, key: str) -> None:
    wait = state.limiter.hit(key)
    if wait is not None:
        metrics.RATE_LIMITED.inc()
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS, "too many requests for this key", {"Retry-After": str(wait)}
        )


async def caller(
    state: Annotated[ApiState, Depends(api_state)],
    session: Annotated[AsyncSession, Depends(db_session)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """The team whose live API key is presented; 401 otherwise, 429 past the key's rate limit."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorized("missing API key: send Authorization: Bearer <key>")
    row = await store.key_for_secret(session, credentials.credentials)
    if row is None:
        raise _unauthorized("invalid or revoked API key")
    _limit(state, row.id)
    return Caller(team_id=row.team_id, key_id=row.id)


async def admin(
    state: Annotated[ApiState, Depends(api_state)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Only the ADMIN_API_KEY passes (compared as digests, in constant time); unset disables admin calls."""
    configured = state.settings.admin_api_key
    if credentials is None or configured is None or not configured.get_secret_value():
        raise _unauthorized("admin key required (set ADMIN_API_KEY on the server)")
    given = keys.digest(credentials.credentials)
    if not hmac.compare_digest(given, keys.digest(configured.get_secret_value())):
        raise _unauthorized("invalid admin key")
    _limit(state, "admin")


CallerDep = Annotated[Caller, Depends(caller)]
SessionDep = Annotated[AsyncSession, Depends(db_session)]
StateDep = Annotated[ApiState, Depends(api_state)]
AdminDep = Annotated[None, Depends(admin)]

NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"description": "No such object for this team"}}
