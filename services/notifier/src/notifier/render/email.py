"""Email rendering: multipart text + HTML from Jinja2 templates, with headers that cannot be injected.

This Python (3.11.7) has CVE-2024-6923: the email generator does not quote newlines when folding, so an
encoded word holding a newline can become a header of its own (say `Bcc:`). Header values here are
stripped of control characters and encoded words before they are set, and the finished message is parsed
back to prove it carries exactly the headers we wrote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from notifier.alert import Alert
from notifier.render.links import document_links, safe_link
from notifier.render.parties import WATCH_MARK, describe, party_listing, revision_lines
from notifier.render.text import REVISION_NOTE, headline, published_label, stage_note
from notifier.routing.revisions import PartyChanges
from schemas.events import DocumentClassified
from schemas.tags import TAGS

SUBJECT_LIMIT = 200
# Explicit folding: lines of at most 78 characters, CRLF, and strict header checks where the stdlib has them.
POLICY = policy.SMTP.clone(max_line_length=78)
_ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[A-Za-z]?\?[^?]*\?=")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]+")


class HeaderInjectionError(ValueError):
    """The generated message does not carry exactly the headers that were set."""


def safe_header(text: str, limit: int = SUBJECT_LIMIT) -> str:
    """text fit for a header: no CR/LF or other controls, no encoded words, single spaces, clipped."""
    text = _CONTROL.sub(" ", text)
    while (stripped := _ENCODED_WORD.sub(" ", text)) != text:
        text = stripped
    text = text.replace("=?", "= ?")
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Envelope:
    """Who sends, who receives, and how to unsubscribe (addresses already validated)."""

    sender: str
    recipients: tuple[str, ...]
    unsubscribe_url: str | None = None


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("notifier.render", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


_ENV = _environment()


def _parties(event: DocumentClassified) -> dict[str, Any] | None:
    listing = party_listing(event)
    if listing is None:
        return None
    return {
        "lines": listing.lines,
        "text": [describe(line) for line in listing.lines],
        "total": listing.total,
        "watched": listing.watched,
        "more": listing.more,
    }


def _revision(changes: PartyChanges | None) -> dict[str, Any] | None:
    if changes is None:
        return None
    return {"note": REVISION_NOTE, "summary": changes.summary(), "lines": revision_lines(changes)}


def _item(event: DocumentClassified, revision: PartyChanges | None = None) -> dict[str, Any]:
    doc = event.document
    facts = [
        ("Stage", doc.stage.value.replace("_", " ") if doc.stage else None),
        ("Agency", ", ".join(doc.agencies) or None),
        ("Document type", doc.document_type),
        (published_label(event), doc.published.isoformat() if doc.published else None),
        ("Effective", doc.effective_on.isoformat() if doc.effective_on else None),
        ("Countries", ", ".join(c.name for c in event.countries) or None),
    ]
    best: dict[tuple[str, str], float] = {}
    for m in event.entities:
        best[(m.canonical_name, m.list)] = max(best.get((m.canonical_name, m.list), 0.0), m.score)
    return {
        "event_id": event.event_id,
        "severity": event.severity.value.upper(),
        "title": doc.title,
        "url": safe_link(doc.url),
        "facts": [(label, value) for label, value in facts if value],
        "tags": [
            {
                "id": t.id,
                "title": TAGS[t.id].title if t.id in TAGS else t.id,
                "quotes": [e.text for e in t.evidence[:2]],
            }
            for t in event.tags
        ],
        "entities": [
            {"name": name, "list": lst, "score": score}
            for (name, lst), score in sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))[:25]
        ],
        "links": document_links(doc),
        "stage_note": stage_note(event),
        "revision": _revision(revision),
        "parties": _parties(event),
    }


def _preheader(items: list[dict[str, Any]]) -> str:
    # The line mail clients show after the subject: what kind of alert this is before any title.
    notes = [
        note
        for item in items[:1]
        for note in (
            f"Revision: {item['revision']['summary']}" if item["revision"] else None,
            item["stage_note"],
            f"{item['parties']['total']} parties" if item["parties"] else None,
        )
        if note
    ]
    return " · ".join(notes)


def subject(alert: Alert) -> str:
    """The subject line (made header-safe)."""
    if alert.digest:
        return safe_header(f"exportwatch digest: {len(alert.events)} alerts for {alert.subscription_name}")
    event = alert.views()[0]
    return safe_header(headline(event, alert.revision(event)))


def _list_unsubscribe(alert: Alert, envelope: Envelope) -> tuple[str, str | None]:
    mailto = f"<mailto:{envelope.sender}?subject={quote(f'unsubscribe {alert.subscription_id}')}>"
    if envelope.unsubscribe_url:
        url = envelope.unsubscribe_url.replace("{subscription_id}", quote(alert.subscription_id, safe=""))
        return f"<{safe_header(url, 1000)}>, {mailto}", "List-Unsubscribe=One-Click"
    return mailto, None


def build_message(alert: Alert, envelope: Envelope) -> EmailMessage:
    """The complete message; raises HeaderInjectionError if any header would not survive as written."""
    # Only the subscribing team's view of each event reaches the message.
    views = alert.views()
    items = [_item(e, alert.revision(e)) for e in views]
    context = {
        "digest": alert.digest,
        "events": views,
        "items": items,
        "preheader": _preheader(items),
        "watch_mark": WATCH_MARK,
        "subscription_name": alert.subscription_name,
        "subscription_id": alert.subscription_id,
    }
    headers: dict[str, str] = {
        "Subject": subject(alert),
        "From": safe_header(envelope.sender, 320),
        "To": ", ".join(safe_header(r, 320) for r in envelope.recipients),
        "Date": formatdate(usegmt=True),
        "Message-ID": make_msgid(domain=envelope.sender.rpartition("@")[2] or "localhost"),
    }
    headers["List-Unsubscribe"], one_click = _list_unsubscribe(alert, envelope)
    if one_click:
        headers["List-Unsubscribe-Post"] = one_click
    message = EmailMessage(policy=POLICY)
    for name, value in headers.items():
        message[name] = value
    message.set_content(_ENV.get_template("alert.txt").render(context))
    message.add_alternative(_ENV.get_template("alert.html").render(context), subtype="html")
    _verify(message, headers)
    return message


def _verify(message: EmailMessage, headers: dict[str, str]) -> None:
    parsed = BytesParser(policy=policy.default).parsebytes(message.as_bytes())
    names = [n.lower() for n, _ in parsed.items()]
    expected = sorted({n.lower() for n in headers} | {"mime-version", "content-type"})
    if sorted(set(names)) != expected or len(names) != len(set(names)):
        raise HeaderInjectionError(f"generated headers {sorted(names)} differ from {expected}")
    if " ".join(str(parsed["Subject"]).split()) != headers["Subject"]:
        raise HeaderInjectionError("the subject did not survive generation unchanged")
