"""Slack Block Kit rendering within Slack's limits, always with a top-level text fallback."""

from __future__ import annotations

from typing import Any

from notifier.render.text import headline
from schemas.events import DocumentClassified
from schemas.tags import TAGS

SECTION_LIMIT = 3000
HEADER_LIMIT = 150


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _escape(text: str) -> str:
    # Slack mrkdwn treats these three as control characters.
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_slack(event: DocumentClassified) -> dict[str, Any]:
    """A chat.postMessage / incoming-webhook payload for event."""
    doc = event.document
    title = _escape(doc.title)
    link = f"<{doc.url}|{_clip(title, 500)}>" if doc.url else title
    evidence = "\n".join(
        f"• *{TAGS[t.id].title if t.id in TAGS else t.id}*: _{_escape(t.evidence[0].text)}_"
        for t in event.tags
    )
    blocks: list[dict[str, Any]] = [
        {
            "type": "header",
            "text": {
                "type": "plain_text",
                "text": _clip(f"{event.severity.value.upper()}: {doc.title}", HEADER_LIMIT),
            },
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": _clip(link, SECTION_LIMIT)}},
    ]
    if evidence:
        blocks.append({"type": "section", "text": {"type": "mrkdwn", "text": _clip(evidence, SECTION_LIMIT)}})
    if event.entities:
        names = ", ".join(sorted({_escape(m.canonical_name) for m in event.entities}))
        blocks.append(
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": _clip(f"*Entities:* {names}", SECTION_LIMIT)},
            }
        )
    context = [f"event `{event.event_id}`"]
    if doc.published:
        context.append(f"published {doc.published.isoformat()}")
    blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": " · ".join(context)}]})
    return {"text": _clip(headline(event), SECTION_LIMIT), "blocks": blocks, "unfurl_links": False}
