"""Start-up errors every service reports the same way: which setting is wrong, never its value, exit 2."""

from __future__ import annotations

import sys
from typing import NoReturn, TypeVar

from pydantic import BaseModel, ValidationError

SETTINGS_EXIT_CODE = 2

S = TypeVar("S", bound=BaseModel)


def fail(message: str, code: int = SETTINGS_EXIT_CODE) -> NoReturn:
    """Print `error: message` on stderr and exit with code."""
    print(f"error: {message}", file=sys.stderr)
    raise SystemExit(code)


def setting_error(exc: ValidationError) -> str:
    """The first bad setting's variable name and pydantic's message, without the value given."""
    err = exc.errors(include_input=False, include_url=False)[0]
    return f"bad setting {'.'.join(map(str, err['loc'])).upper()}: {err['msg']}"


def settings_or_exit(settings_class: type[S]) -> S:
    """The settings read from the environment, or the process exits 2 naming the variable that is wrong."""
    try:
        return settings_class()
    except ValidationError as exc:
        fail(setting_error(exc))
