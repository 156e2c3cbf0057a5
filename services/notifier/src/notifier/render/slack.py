"""Slack Block Kit rendering within Slack's limits, always with a top-level text fallback.

Everything that came from a feed or a document is escaped (`&`, `<`, `>`), so a title cannot become a
link, a user mention or `<!channel>`.
"""

from __future__ import annotations

from typing import Any

from notifier.alert import Alert
from notifier.render.links import document_links, safe_link
from notifier.render.parties import WATCH_MARK, PartyLine, party_listing, revision_lines
from notifier.render.text import REVISION_NOTE, headline, published_label, stage_note
from notifier.routing.revisions import PartyChanges
from schemas.events import DocumentClassified
from schemas.tags import TAGS

MAX_BLOCKS = 50
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
FIELD_LIMIT = 2000
MAX_FIELDS = 10
# Sections the party list and a revision's changes may each take (20 long lines need about four).
MAX_LIST_SECTIONS = 6


def clip(text: str, limit: int) -> str:
    """text cut to limit characters, marked with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def escape(text: str) -> str:
    """Slack mrkdwn's three control characters, escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _link(url: str, label: str) -> str:
    # Inside <url|label> the URL must not close the link or start the label early.
    safe = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return f"<{safe}|{escape(label).replace('|', '¦')}>"


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": clip(text, SECTION_LIMIT)}}


def _facts(event: DocumentClassified) -> dict[str, Any] | None:
    doc = event.document
    facts = [
        ("Stage", doc.stage.value.replace("_", " ") if doc.stage else None),
        ("Agency", ", ".join(doc.agencies) or None),
        ("Document type", doc.document_type),
        (published_label(event), doc.published.isoformat() if doc.published else None),
        ("Effective", doc.effective_on.isoformat() if doc.effective_on else None),
        ("Countries", ", ".join(c.name for c in event.countries) or None),
    ]
    fields = [
        {"type": "mrkdwn", "text": clip(f"*{label}*\n{escape(value)}", FIELD_LIMIT)}
        for label, value in facts
        if value
    ][:MAX_FIELDS]
    return {"type": "section", "fields": fields} if fields else None


def _evidence(event: DocumentClassified) -> str:
    lines = []
    for tag in event.tags:
        title = TAGS[tag.id].title if tag.id in TAGS else tag.id
        quotes = "; ".join(f"“{escape(e.text)}”" for e in tag.evidence[:2])
        lines.append(f"• *{escape(title)}* (`{tag.id}`): _{quotes}_")
    return "\n".join(lines)


def _entities(event: DocumentClassified, limit: int = 25) -> str:
    best: dict[tuple[str, str], float] = {}
    for m in event.entities:
        key = (m.canonical_name, m.list)
        best[key] = max(best.get(key, 0.0), m.score)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
    lines = [f"• {escape(name)} — {escape(lst)}, score {score:.2f}" for (name, lst), score in ranked[:limit]]
    if len(ranked) > limit:
        lines.append(f"…and {len(ranked) - limit} more")
    return "*Matched entities*\n" + "\n".join(lines)


def _packed(title: str, lines: list[str]) -> list[dict[str, Any]]:
    """lines as few sections as fit Slack's section limit (title on the first, overflow cut and counted)."""
    texts: list[str] = []
    current = title
    for line in lines:
        line = clip(line, SECTION_LIMIT - len(title) - 1)
        if len(current) + 1 + len(line) > SECTION_LIMIT:
            texts.append(current)
            current = line
        else:
            current = f"{current}\n{line}"
    texts.append(current)
    if len(texts) > MAX_LIST_SECTIONS:
        dropped = sum(t.count("\n") + 1 for t in texts[MAX_LIST_SECTIONS - 1 :])
        texts = [*texts[: MAX_LIST_SECTIONS - 1], f"…and {dropped} more lines"]
    return [_section(t) for t in texts]


def _party(line: PartyLine) -> str:
    facts = ", ".join(escape(f) for f in (line.destination, line.action) if f)
    text = f"*{escape(line.name)}*" + (f" ({facts})" if facts else "")
    if line.address:
        text += f" — {escape(line.address)}"
    if line.hit is not None:
        watched = escape(line.hit.watched)
        text = f"{WATCH_MARK} {text} · _your watchlist: {watched}, score {line.hit.score:.2f}_"
    return f"• {text}"


def _parties(event: DocumentClassified) -> list[dict[str, Any]]:
    listing = party_listing(event)
    if listing is None:
        return []
    watched = f", {listing.watched} on your watchlist" if listing.watched else ""
    lines = [_party(line) for line in listing.lines]
    if listing.more:
        lines.append(f"and {listing.more} more")
    return _packed(f"*Parties* ({listing.total}{watched})", lines)


def _revision(changes: PartyChanges) -> list[dict[str, Any]]:
    title = f"*{escape(REVISION_NOTE)}* ({escape(changes.summary())})"
    return _packed(title, [escape(line) for line in revision_lines(changes)])


def _context(event: DocumentClassified, extra: str = "") -> dict[str, Any]:
    parts = [f"event `{escape(event.event_id)}`"]
    if extra:
        parts.append(escape(extra))
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": clip(" · ".join(parts), SECTION_LIMIT)}],
    }


def _title_line(event: DocumentClassified) -> str:
    doc = event.document
    # A feed's link may be `javascript:` or similar: only http(s) becomes a link, else the plain title.
    url = safe_link(doc.url)
    return _link(url, clip(doc.title, 500)) if url else escape(doc.title)


def event_blocks(
    event: DocumentClassified, subscription_name: str = "", revision: PartyChanges | None = None
) -> list[dict[str, Any]]:
    """The full blocks for one event (at most 9 plus twice MAX_LIST_SECTIONS, well under 50)."""
    doc = event.document
    lead = " · ".join(n for n in ("Revision" if revision is not None else None, stage_note(event)) if n)
    title_line = _title_line(event)
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                # Escaped here too: Slack decodes entities in plain_text and must never see a raw `<!`.
                "text": clip(escape(f"{event.severity.value.upper()}: {doc.title}"), HEADER_LIMIT),
            },
        },
        # The header is cut at 150 characters: the stage and revision notes lead the next line instead.
        _section(f"*{escape(lead)}*\n{title_line}" if lead else title_line),
    ]
    if revision is not None:
        blocks += _revision(revision)
    if (facts := _facts(event)) is not None:
        blocks.append(facts)
    if event.tags:
        blocks.append(_section(_evidence(event)))
    if event.entities:
        blocks.append(_section(_entities(event)))
    blocks += _parties(event)
    if links := document_links(doc):
        blocks.append(_section(" · ".join(_link(url, label) for label, url in links)))
    blocks.append(_context(event, f"subscription {subscription_name}" if subscription_name else ""))
    return blocks


def _digest_blocks(alert: Alert) -> list[dict[str, Any]]:
    header = f"Digest: {len(alert.events)} alerts for {alert.subscription_name or 'your subscription'}"
    blocks: list[dict[str, Any]] = [
        {"type": "header", "text": {"type": "plain_text", "text": clip(escape(header), HEADER_LIMIT)}}
    ]
    room = (MAX_BLOCKS - 2) // 2  # two blocks per event, one header, one "and N more"
    for event in alert.views()[:room]:
        tags = ", ".join(t.id for t in event.tags) or "untagged"
        stage = f" · {event.document.stage.value.replace('_', ' ')}" if event.document.stage else ""
        if (note := stage_note(event)) is not None:
            stage = f" · {note}"
        if (changes := alert.revision(event)) is not None:
            stage += f" · revision: {changes.summary()}"
        if (listing := party_listing(event)) is not None:
            stage += f" · {listing.total} parties"
            stage += f", {listing.watched} on your watchlist" if listing.watched else ""
        blocks.append(
            _section(
                f"*{event.severity.value.upper()}* {_title_line(event)}\n`{escape(tags)}`{escape(stage)}"
            )
        )
        blocks.append(_context(event))
    if len(alert.events) > room:
        blocks.append(_section(f"…and {len(alert.events) - room} more (see the alert log)"))
    return blocks


def render_slack(alert: Alert) -> dict[str, Any]:
    """A chat.postMessage / incoming-webhook payload for alert."""
    if alert.digest:
        blocks = _digest_blocks(alert)
        text = f"exportwatch digest: {len(alert.events)} alerts for {alert.subscription_name}"
    else:
        [event] = alert.views()[:1]
        revision = alert.revision(event)
        blocks = event_blocks(event, alert.subscription_name, revision)
        text = headline(event, revision)
    return {"text": clip(escape(text), SECTION_LIMIT), "blocks": blocks[:MAX_BLOCKS], "unfurl_links": False}
