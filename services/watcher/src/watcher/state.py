"""What the watcher has already published: event id -> content hash and revision."""

from __future__ import annotations

from dataclasses import dataclass, field

from schemas.events import DocumentSeen


@dataclass
class SeenState:
    """In-process memory of published events (durable state in the database is the watcher issue's job)."""

    hashes: dict[str, tuple[str, int]] = field(default_factory=dict)

    def fresh(self, events: list[DocumentSeen]) -> list[DocumentSeen]:
        """Events not yet published, or published with other content (as a new revision)."""
        out: list[DocumentSeen] = []
        for event in events:
            known = self.hashes.get(event.event_id)
            if known is None:
                out.append(event)
            elif known[0] != event.content_hash:
                out.append(event.model_copy(update={"revision": known[1] + 1}))
        return out

    def remember(self, events: list[DocumentSeen]) -> None:
        """Record events as published (call only after the broker acknowledged them)."""
        for event in events:
            self.hashes[event.event_id] = (event.content_hash, event.revision)
