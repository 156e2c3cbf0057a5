"""Slack Block Kit rendering within Slack's limits, always with a top-level text fallback.

Everything that came from a feed or a document is escaped (`&`, `<`, `>`), so a title cannot become a
link, a user mention or `<!channel>`.
"""

from __future__ import annotations

from typing import Any

from notifier.alert import Alert
from notifier.render.links import document_links, safe_link
from notifier.render.text import headline
from schemas.events import DocumentClassified
from schemas.tags import TAGS

MAX_BLOCKS = 50
SECTION_LIMIT = 3000
HEADER_LIMIT = 150
FIELD_LIMIT = 2000
MAX_FIELDS = 10


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
        ("Published", doc.published.isoformat() if doc.published else None),
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


def event_blocks(event: DocumentClassified, subscription_name: str = "") -> list[dict[str, Any]]:
    """The full blocks for one event (at most 8)."""
    doc = event.document
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                # Escaped here too: Slack decodes entities in plain_text and must never see a raw `<!`.
                "text": clip(escape(f"{event.severity.value.upper()}: {doc.title}"), HEADER_LIMIT),
            },
        },
        _section(_title_line(event)),
    ]
    if (facts := _facts(event)) is not None:
        blocks.append(facts)
    if event.tags:
        blocks.append(_section(_evidence(event)))
    if event.entities:
        blocks.append(_section(_entities(event)))
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
    for event in alert.events[:room]:
        tags = ", ".join(t.id for t in event.tags) or "untagged"
        stage = f" · {event.document.stage.value.replace('_', ' ')}" if event.document.stage else ""
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
        blocks = event_blocks(alert.event, alert.subscription_name)
        text = headline(alert.event)
    return {"text": clip(escape(text), SECTION_LIMIT), "blocks": blocks[:MAX_BLOCKS], "unfurl_links": False}
