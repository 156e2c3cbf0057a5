"""Plain text of a rule from the Federal Register's full-text XML (pure; defusedxml keeps entities inert)."""

from __future__ import annotations

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import ParseError, fromstring  # type: ignore[import-untyped]


class RuleTextError(ValueError):
    """The XML could not be read safely; `reason` labels the error metric."""

    def __init__(self, message: str, reason: str = "malformed_xml") -> None:
        super().__init__(message)
        self.reason = reason


def xml_text(payload: bytes) -> str:
    """Paragraph text of a GPO XML document, one paragraph per line."""
    try:
        root = fromstring(payload, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise RuleTextError(f"refused XML: {type(exc).__name__}", reason="unsafe_xml") from exc
    except ParseError as exc:
        raise RuleTextError(f"malformed XML: {exc}") from exc
    except (LookupError, ValueError) as exc:
        # An XML declaration naming an unknown or unsupported encoding (expat raises these, not ParseError).
        raise RuleTextError(f"unreadable XML encoding: {exc}", reason="malformed_xml") from exc
    lines = []
    for element in root.iter():
        if element.tag in {"P", "FP", "HD", "SUBJECT", "AGENCY", "SUBAGY", "CFR", "GPOTABLE"}:
            text = " ".join("".join(element.itertext()).split())
            if text:
                lines.append(text)
    return "\n".join(lines)
