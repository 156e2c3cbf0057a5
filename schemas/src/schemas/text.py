"""Text as it may go into events: whitespace collapsed, and always encodable as UTF-8."""

from __future__ import annotations

from typing import Any


def utf8_safe(text: str) -> str:
    """text with lone surrogates (from JSON `\\ud800` escapes or `&#55296;` references) replaced by '?'."""
    # Python decodes such escapes into str, but they cannot be encoded: hashing or serialising would raise.
    return text.encode("utf-8", "replace").decode("utf-8") if not text.isascii() else text


def one_line(value: Any) -> str:
    """A scalar as text with whitespace runs collapsed, UTF-8 safe; '' for None, lists and objects."""
    # A nested value is not text, and str() of a deeply nested one would exhaust the recursion limit.
    if value is None or isinstance(value, (list, tuple, dict, set)):
        return ""
    return utf8_safe(" ".join(str(value).split()))
