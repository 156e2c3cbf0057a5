"""One document across its stages: the key its versions share, and the ledger's dedupe key built on it."""

from __future__ import annotations

from notifier.routing.filters import SubscriptionFilter
from schemas.events import DocumentClassified, Stage


def document_key(event: DocumentClassified) -> str:
    """One key for a document across its stages (public inspection and published share the number)."""
    number = event.document.document_number
    if number:
        return f"document:{number}"
    return event.event_id


def dedupe_key(event: DocumentClassified, f: SubscriptionFilter) -> str:
    """What makes two events one alert for a subscription with filter f.

    A Federal Register document is filed for Public Inspection, then published: two events, one rule. They
    share the document number, so they share a key, unless the subscription asks for both stages.
    """
    if event.document.stage is not None and set(f.stages) != set(Stage):
        return document_key(event)
    return event.event_id
