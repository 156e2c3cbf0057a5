"""A document's links: the document page, its PDF and its Public Inspection PDF."""

from __future__ import annotations

from urllib.parse import urlsplit

from schemas.events import DocumentSeen, SourceKind

FR_SOURCES = (SourceKind.FEDERAL_REGISTER, SourceKind.PUBLIC_INSPECTION)


def safe_link(url: str | None) -> str | None:
    """url when it is a plain http(s) address with a host, else None (feeds are untrusted input).

    `javascript:`, `data:` and other schemes never become a link, in any letter case or after leading
    blanks or control characters (which browsers and Slack strip before reading the scheme).
    """
    if not url or url != url.strip() or any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def document_links(doc: DocumentSeen) -> list[tuple[str, str]]:
    """(label, URL) pairs; PDF addresses are derived from the document number where the event has none."""
    links: list[tuple[str, str]] = []
    if doc.url:
        links.append(("Document", doc.url))
    number = doc.document_number
    # Newer producers may carry the PDF addresses themselves (additive schema fields); prefer those.
    pdf = getattr(doc, "pdf_url", None)
    if not pdf and number and doc.source == SourceKind.FEDERAL_REGISTER and doc.published:
        pdf = f"https://www.govinfo.gov/content/pkg/FR-{doc.published.isoformat()}/pdf/{number}.pdf"
    if pdf:
        links.append(("PDF", str(pdf)))
    pi_pdf = getattr(doc, "public_inspection_pdf_url", None)
    if not pi_pdf and number and doc.source in FR_SOURCES:
        pi_pdf = f"https://public-inspection.federalregister.gov/{number}.pdf"
    if pi_pdf:
        links.append(("Public Inspection PDF", str(pi_pdf)))
    return [(label, safe) for label, url in links if (safe := safe_link(url)) is not None]
