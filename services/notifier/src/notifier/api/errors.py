"""Error answers: 422 bodies that name the field but never echo the input (it may hold a secret)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import structlog
from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from notifier.api import metrics

log = structlog.get_logger("exportwatch.api")


def field_error(loc: Sequence[str | int], msg: str, kind: str = "value_error") -> RequestValidationError:
    """A 422 for one field, shaped like FastAPI's own validation errors."""
    return RequestValidationError([{"loc": tuple(loc), "msg": msg, "type": kind}])


def _clean(error: dict[str, Any]) -> dict[str, Any]:
    # Drop `input` and `ctx`: they can contain the rejected value, e.g. a webhook URL or a token.
    loc = list(error.get("loc", ()))
    if error.get("type") in ("union_tag_invalid", "union_tag_not_found"):
        # Name the discriminator itself (e.g. `kind`), not just the enclosing body.
        loc.append(str(error.get("ctx", {}).get("discriminator", "kind")).strip("'"))
    return {"loc": loc, "msg": str(error.get("msg", "")), "type": error.get("type")}


async def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    """422 naming each bad field, without the rejected values."""
    errors = exc.errors() if isinstance(exc, RequestValidationError) else []
    route = getattr(request.scope.get("route"), "path", "unmatched")
    metrics.INVALID_REQUESTS.labels(route=route).inc()
    cleaned = [_clean(e) for e in errors]
    log.info("invalid request", route=route, fields=[".".join(map(str, e["loc"])) for e in cleaned])
    return JSONResponse(status_code=422, content={"detail": cleaned})
