"""The run's subscriptions: one team and Slack channel each, filtering on tags (explicit registry)."""

from __future__ import annotations

from dataclasses import dataclass

from notifier.routing.filters import SubscriptionFilter


@dataclass(frozen=True)
class Planned:
    """One subscription of the run; its channel is the Slack sink's webhook at /services/chaos/<name>."""

    name: str
    filter: SubscriptionFilter

    def webhook_path(self) -> str:
        """The sink path this subscription's alerts arrive at (one path per channel)."""
        return f"/services/chaos/{self.name}/secret"


SUBSCRIPTIONS: tuple[Planned, ...] = (
    Planned("entity-list-all", SubscriptionFilter(tags=["entity_list.*"])),
    Planned("entity-list-additions", SubscriptionFilter(tags=["entity_list.addition"])),
    Planned("additions-second-team", SubscriptionFilter(tags=["entity_list.addition"])),
    Planned("licensing", SubscriptionFilter(tags=["license.requirement"])),
    Planned("other-lists", SubscriptionFilter(tags=["other_list.change", "sanctions.designation"])),
    Planned("removals-revisions", SubscriptionFilter(tags=["entity_list.removal", "entity_list.revision"])),
)
