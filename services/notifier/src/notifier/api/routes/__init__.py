"""The API's routers, one module per resource; ROUTERS lists them all."""

from __future__ import annotations

from fastapi import APIRouter

from notifier.api.routes import alerts, channels, subscriptions, suppressions, teams, watchlist

ROUTERS: tuple[APIRouter, ...] = (
    teams.router,
    channels.router,
    subscriptions.router,
    watchlist.router,
    suppressions.router,
    alerts.router,
)
