"""Idempotence: remembers which (event_id, content_hash) pairs were already classified and emitted."""

from __future__ import annotations

from collections import OrderedDict

DEFAULT_CAPACITY = 100_000


class Emitted:
    """A bounded memory of emitted documents; a revised document (new content hash) is emitted again."""

    def __init__(self, capacity: int = DEFAULT_CAPACITY) -> None:
        """Remember at most `capacity` documents, forgetting the least recently seen first."""
        self.capacity = capacity
        self._seen: OrderedDict[str, str] = OrderedDict()

    def already(self, event_id: str, content_hash: str) -> bool:
        """Whether this exact content of this event was emitted before."""
        if self._seen.get(event_id) == content_hash:
            self._seen.move_to_end(event_id)
            return True
        return False

    def record(self, event_id: str, content_hash: str) -> None:
        """Note that this content of this event was emitted."""
        self._seen[event_id] = content_hash
        self._seen.move_to_end(event_id)
        while len(self._seen) > self.capacity:
            self._seen.popitem(last=False)
