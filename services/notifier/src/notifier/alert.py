"""What a channel sends: one subscription's alert about one event, or a digest of several."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from notifier.routing.matching import for_team
from notifier.routing.revisions import PartyChanges
from schemas.events import DocumentClassified


@dataclass(frozen=True)
class Alert:
    """The unit of delivery: events for one subscription (exactly one unless it is a digest)."""

    subscription_id: str
    subscription_name: str
    events: tuple[DocumentClassified, ...]
    digest: bool = False
    # The subscribing team: renderers read the events through its view (see views()).
    team_id: str | None = None
    # By event id: how the party list changed since the version this subscription was told about.
    revisions: Mapping[str, PartyChanges] = field(default_factory=dict)

    @property
    def event(self) -> DocumentClassified:
        """The first (for a realtime alert: the only) event."""
        return self.events[0]

    def views(self) -> tuple[DocumentClassified, ...]:
        """The events as the subscribing team may see them (as given when the alert names no team)."""
        if self.team_id is None:
            return self.events
        # Idempotent: the ledger already hands out team views; this holds for any other caller too.
        return tuple(for_team(e, self.team_id) for e in self.events)

    def revision(self, event: DocumentClassified) -> PartyChanges | None:
        """How event's party list changed since the version already told, None when it is no revision."""
        return self.revisions.get(event.event_id)


def single(event: DocumentClassified, subscription_id: str = "", subscription_name: str = "") -> Alert:
    """A realtime alert about one event (tests, previews, the channel test endpoint)."""
    return Alert(subscription_id, subscription_name, (event,))
