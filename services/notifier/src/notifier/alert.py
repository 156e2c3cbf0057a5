"""What a channel sends: one subscription's alert about one event, or a digest of several."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.events import DocumentClassified


@dataclass(frozen=True)
class Alert:
    """The unit of delivery: events for one subscription (exactly one unless it is a digest)."""

    subscription_id: str
    subscription_name: str
    events: tuple[DocumentClassified, ...]
    digest: bool = False

    @property
    def event(self) -> DocumentClassified:
        """The first (for a realtime alert: the only) event."""
        return self.events[0]


def single(event: DocumentClassified, subscription_id: str = "", subscription_name: str = "") -> Alert:
    """A realtime alert about one event (tests, previews, the channel test endpoint)."""
    return Alert(subscription_id, subscription_name, (event,))
