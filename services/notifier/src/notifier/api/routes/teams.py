"""Teams (created with the admin key) and the calling team's API keys."""

from __future__ import annotations

from typing import Any

import structlog
from fastapi import APIRouter, HTTPException, status
from sqlalchemy import func, select

from notifier import store
from notifier.api.models import KeyCreated, KeyIn, KeyOut, TeamCreated, TeamIn, TeamOut
from notifier.api.state import NOT_FOUND, AdminDep, CallerDep, SessionDep, StateDep
from notifier.tables import ApiKey, Team

router = APIRouter(tags=["teams"])
log = structlog.get_logger("exportwatch.api")
KEY_CAP: dict[int | str, dict[str, Any]] = {
    409: {"description": "The team already has API_MAX_KEYS_PER_TEAM live keys: revoke one first"}
}


@router.post("/v1/teams", status_code=status.HTTP_201_CREATED, response_model=TeamCreated)
async def create_team(body: TeamIn, _: AdminDep, session: SessionDep) -> TeamCreated:
    """Create a team and its first API key (admin key only); the key is shown only in this answer."""
    team = await store.create_team(session, body.name)
    key, secret = await store.create_api_key(session, team.id, "initial")
    await session.commit()
    log.info("team created", team_id=team.id, key_prefix=key.prefix)
    return TeamCreated(id=team.id, name=team.name, api_key=secret)


@router.get("/v1/team", response_model=TeamOut)
async def whoami(caller: CallerDep, session: SessionDep) -> TeamOut:
    """The team the presented key belongs to."""
    team = await session.get(Team, caller.team_id)
    assert team is not None  # the key row references it
    return TeamOut(id=team.id, name=team.name)


@router.get("/v1/keys", response_model=list[KeyOut])
async def list_keys(caller: CallerDep, session: SessionDep) -> list[KeyOut]:
    """The team's API keys (prefixes only), revoked ones included."""
    return [KeyOut.of(k) for k in await store.team_keys(session, caller.team_id)]


@router.post("/v1/keys", status_code=status.HTTP_201_CREATED, response_model=KeyCreated, responses=KEY_CAP)
async def create_key(body: KeyIn, caller: CallerDep, session: SessionDep, state: StateDep) -> KeyCreated:
    """Another API key for the team (rotate: create, switch, revoke the old one), up to the key cap."""
    # Lock the team row so concurrent creates on PostgreSQL replicas cannot both see room for one more
    # key (SQLite has no row locks; it serves a single API process).
    await session.execute(select(Team.id).where(Team.id == caller.team_id).with_for_update())
    live = await session.scalar(
        select(func.count())
        .select_from(ApiKey)
        .where(ApiKey.team_id == caller.team_id, ApiKey.revoked_at.is_(None))
    )
    cap = state.settings.api_max_keys_per_team
    if (live or 0) >= cap:
        log.info("api key refused: cap reached", team_id=caller.team_id, cap=cap)
        raise HTTPException(
            status.HTTP_409_CONFLICT, f"the team has {cap} live API keys (the cap): revoke one first"
        )
    row, secret = await store.create_api_key(session, caller.team_id, body.name)
    await session.commit()
    log.info("api key created", team_id=caller.team_id, key_prefix=row.prefix)
    return KeyCreated(**KeyOut.of(row).model_dump(), api_key=secret)


@router.delete("/v1/keys/{key_id}", status_code=status.HTTP_204_NO_CONTENT, responses=NOT_FOUND)
async def revoke_key(key_id: str, caller: CallerDep, session: SessionDep) -> None:
    """Revoke one of the team's keys; it stops working immediately."""
    row = await store.revoke_key(session, caller.team_id, key_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "no such key")
    await session.commit()
    log.info("api key revoked", team_id=caller.team_id, key_prefix=row.prefix)
