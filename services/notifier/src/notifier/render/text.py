"""Plain-text rendering for the console channel and email bodies."""

from __future__ import annotations

from notifier.render.links import safe_link
from notifier.render.parties import describe, party_listing, revision_lines
from notifier.routing.revisions import PartyChanges
from schemas.events import DocumentClassified, Stage
from schemas.tags import TAGS

REVISION_NOTE = "Revision: the party list changed since the last alert about this document"


def stage_note(event: DocumentClassified) -> str | None:
    """The "Tomorrow's rule (...)" note for a Public Inspection filing, else None."""
    doc = event.document
    if doc.stage != Stage.PUBLIC_INSPECTION:
        return None
    # The Public Inspection listing carries the scheduled publication date as the document's date.
    when = f"to be published {doc.published.isoformat()}" if doc.published else "to be published"
    return f"Tomorrow's rule (on public inspection, {when})"


def published_label(event: DocumentClassified) -> str:
    """'To be published' for a Public Inspection filing (its date is the scheduled one), else 'Published'."""
    return "To be published" if event.document.stage == Stage.PUBLIC_INSPECTION else "Published"


def headline(event: DocumentClassified, revision: PartyChanges | None = None) -> str:
    """One line: severity, revision or stage note, title and tags."""
    tags = ", ".join(t.id for t in event.tags) or "untagged"
    notes = [n for n in (("Revision" if revision is not None else None), stage_note(event)) if n]
    lead = f"{' · '.join(notes)}: " if notes else ""
    return f"[{event.severity.value.upper()}] {lead}{event.document.title} ({tags})"


def revision_text(changes: PartyChanges) -> list[str]:
    """The revision note and its changes, one line each."""
    return [f"{REVISION_NOTE} ({changes.summary()}):", *revision_lines(changes)]


def party_text(event: DocumentClassified) -> list[str]:
    """The parties section: a count line, then one line per party shown, then how many more."""
    listing = party_listing(event)
    if listing is None:
        return []
    watched = f", {listing.watched} on your watchlist" if listing.watched else ""
    lines = [f"Parties ({listing.total}{watched}):"]
    lines += [f"- {describe(line)}" for line in listing.lines]
    if listing.more:
        lines.append(f"  and {listing.more} more")
    return lines


def render_text(event: DocumentClassified, revision: PartyChanges | None = None) -> str:
    """A short plain-text alert with the evidence for every tag, the parties and any revision."""
    doc = event.document
    lines = [headline(event, revision)]
    if revision is not None:
        lines += revision_text(revision)
    if doc.published:
        stage = f" · stage: {doc.stage.value}" if doc.stage else ""
        lines.append(f"{published_label(event)}: {doc.published.isoformat()}{stage}")
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
    lines += party_text(event)
    return "\n".join(lines)
