"""Plain-text rendering for the console channel and email bodies."""

from __future__ import annotations

from notifier.render.links import safe_link
from schemas.events import DocumentClassified
from schemas.tags import TAGS


def headline(event: DocumentClassified) -> str:
    """One line: severity, tags and title."""
    tags = ", ".join(t.id for t in event.tags) or "untagged"
    return f"[{event.severity.value.upper()}] {event.document.title} ({tags})"


def render_text(event: DocumentClassified) -> str:
    """A short plain-text alert with the evidence for every tag."""
    doc = event.document
    lines = [headline(event)]
    if doc.published:
        lines.append(
            f"Published: {doc.published.isoformat()}" + (f" · stage: {doc.stage.value}" if doc.stage else "")
        )
    if url := safe_link(doc.url):
        lines.append(f"Link: {url}")
    for tag in event.tags:
        title = TAGS[tag.id].title if tag.id in TAGS else tag.id
        quotes = "; ".join(f"“{e.text}”" for e in tag.evidence[:2])
        lines.append(f"- {title}: {quotes}")
    if event.entities:
        lines.append(
            "Entities: " + ", ".join(sorted({f"{m.canonical_name} ({m.list})" for m in event.entities}))
        )
    if event.countries:
        lines.append("Countries: " + ", ".join(c.name for c in event.countries))
    return "\n".join(lines)
