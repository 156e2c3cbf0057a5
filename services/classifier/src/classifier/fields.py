"""A document's searchable text per field: the prose fields rules and names are read from."""

from __future__ import annotations

from schemas.events import DocumentSeen

PROSE = ("title", "action", "text", "body")


def field_texts(document: DocumentSeen) -> dict[str, str]:
    """The document's searchable text per field name, structured fields rendered as text."""
    return {
        "title": document.title,
        "action": document.action or "",
        "text": document.text,
        # Full text is noisy boilerplate; tag rules read it only when there is no abstract.
        "body": document.body or "",
        "cfr_parts": "; ".join(document.cfr_parts),
        "agencies": "; ".join(document.agencies),
        "document_type": document.document_type or "",
    }
