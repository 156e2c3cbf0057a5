"""What should reach Slack, what did, and the verdict: expected set, tally and the last line (pure)."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from classifier.classify import classify
from harness.chaos.documents import NUMBER_PREFIX, Record
from harness.chaos.plan import Planned
from notifier.routing.matching import matches
from watcher.sources.fr_api import to_event

EVENT_ID = re.compile(r"federal_register:" + re.escape(NUMBER_PREFIX) + r"\d{5}")

Pair = tuple[str, str]  # (subscription name, event id)


def wanted_by(record: Record, subscriptions: Sequence[Planned]) -> list[str]:
    """Names of the subscriptions whose filter the classified record passes."""
    event = classify(to_event(record, source_id="federal_register"))
    return [s.name for s in subscriptions if matches(event, s.filter)]


def expected_pairs(records: Iterable[Record], subscriptions: Sequence[Planned]) -> set[Pair]:
    """Every (subscription, event id) alert the run must deliver exactly once."""
    return {
        (name, f"federal_register:{record['document_number']}")
        for record in records
        for name in wanted_by(record, subscriptions)
    }


def received_pairs(
    messages: Iterable[tuple[str, Mapping[str, Any]]], by_path: Mapping[str, str]
) -> Counter[Pair]:
    """How often each (subscription, event id) arrived, from (sink path, payload) messages."""
    out: Counter[Pair] = Counter()
    for path, payload in messages:
        name = by_path.get(path, f"unknown:{path}")
        for event_id in set(EVENT_ID.findall(json.dumps(payload))):
            out[(name, event_id)] += 1
    return out


@dataclass(frozen=True)
class Tally:
    """The run's result in the numbers the last line prints."""

    expected: int
    delivered: int
    lost: int
    duplicates: int
    in_flight_at_kill: int
    unexpected: int = 0
    # Requests to a Slack channel before the Retry-After of a 429 it was answered had passed.
    early_sends: int = 0

    def line(self) -> str:
        """The last line of every run."""
        return (
            f"expected={self.expected} delivered={self.delivered} lost={self.lost} "
            f"duplicates={self.duplicates} in_flight_at_kill={self.in_flight_at_kill} "
            f"early_sends={self.early_sends}"
        )

    def failed(self) -> bool:
        """Lost alerts, more repeats than sends in flight at the kills, unasked alerts or early sends."""
        return (
            self.lost > 0
            or self.duplicates > self.in_flight_at_kill
            or self.unexpected > 0
            or self.early_sends > 0
        )


def tally(
    expected: set[Pair], received: Counter[Pair], in_flight_at_kill: int, early_sends: int = 0
) -> Tally:
    """Compare what arrived with what was expected."""
    delivered = sum(1 for pair in expected if received[pair] > 0)
    return Tally(
        expected=len(expected),
        delivered=delivered,
        lost=len(expected) - delivered,
        duplicates=sum(n - 1 for n in received.values() if n > 1),
        in_flight_at_kill=in_flight_at_kill,
        unexpected=sum(1 for pair in received if pair not in expected),
        early_sends=early_sends,
    )
