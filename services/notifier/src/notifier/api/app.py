"""The FastAPI application factory (routers for teams, channels and subscriptions arrive with issue 5)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Response
from sqlalchemy import text

from notifier.db import make_engine
from notifier.settings import NotifierSettings


def create_app(settings: NotifierSettings) -> FastAPI:
    """An API bound to settings' database."""
    engine = make_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        await engine.dispose()

    api = FastAPI(title="exportwatch", version="0.1.0", lifespan=lifespan)

    @api.get("/health/live")
    async def live() -> dict[str, str]:
        return {"status": "ok"}

    @api.get("/health/ready")
    async def ready(response: Response) -> dict[str, str]:
        try:
            async with engine.connect() as conn:
                await conn.execute(text("select 1"))
        except Exception as exc:  # noqa: BLE001 - readiness reports a failure, never raises
            response.status_code = 503
            return {"status": "unavailable", "database": type(exc).__name__}
        return {"status": "ok"}

    return api
