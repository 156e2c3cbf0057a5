"""The one exception party extraction raises for input it cannot read safely."""

from __future__ import annotations


class PartiesError(ValueError):
    """The input could not be read safely; `reason` labels the error ("malformed_xml", "unsafe_xml", ...)."""

    def __init__(self, message: str, reason: str = "malformed_xml") -> None:
        super().__init__(message)
        self.reason = reason
