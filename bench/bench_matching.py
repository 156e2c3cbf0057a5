"""Events/s matched against 10,000 subscriptions: matching.match and RouteIndex vs decoding the events."""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

from notifier.routing.filters import SubscriptionFilter
from notifier.routing.index import RouteIndex
from notifier.routing.matching import Route, match
from schemas.events import (
    CountryMention,
    DocumentClassified,
    DocumentSeen,
    EntityMention,
    Evidence,
    MatchKind,
    Severity,
    SourceKind,
    Stage,
    TagAssignment,
    content_hash,
)
from schemas.tags import TAG_IDS

ROOT = Path(__file__).resolve().parents[1]
# The labelled development corpus (61 items), kept with the tests.
CORPUS = ROOT / "tests/fixtures/classifier/items.jsonl"
FIXTURE = ROOT / "tests/fixtures/events/v1/DocumentClassified.json"
RESULTS = ROOT / "bench/results/matching.json"
SUBSCRIPTIONS = 10_000
SECONDS = 3.0
COUNTRIES = ["China", "Russia", "Iran", "United Arab Emirates", "Hong Kong", "Pakistan", "Belarus", "Turkey"]
WORDS = [
    "semiconductor",
    "drone",
    "aircraft",
    "supercomputer",
    "encryption",
    "military",
    "nuclear",
    "missile",
]


def _evidence(text: str) -> list[Evidence]:
    return [Evidence(rule_id="bench", field="title", start=0, end=len(text), text=text)]


def corpus_events() -> list[DocumentClassified]:
    """Classified events built from the labelled corpus (its expected labels as the classification)."""
    if not CORPUS.exists():
        return [DocumentClassified.model_validate_json(FIXTURE.read_bytes())]
    events = []
    for line in CORPUS.read_text().splitlines():
        item = json.loads(line)
        fr = item["source"] == "federal_register"
        doc = DocumentSeen(
            event_id=f"bench:{item['id']}",
            source=SourceKind.FEDERAL_REGISTER if fr else SourceKind.FEED,
            source_id="bench",
            stage=Stage.PUBLISHED if fr else None,
            content_hash=content_hash(item["title"], item["text"]),
            title=item["title"],
            text=item["text"],
            document_type=item.get("document_type"),
            agencies=item.get("agencies", []),
        )
        events.append(
            DocumentClassified(
                event_id=doc.event_id,
                document=doc,
                tags=[TagAssignment(id=t, evidence=_evidence(t)) for t in item["expected_tags"]],
                entities=[
                    EntityMention(
                        text=e, canonical_name=e, list="bench", score=0.95, match_kind=MatchKind.EXACT
                    )
                    for e in item["expected_entities"]
                ],
                countries=[CountryMention(name=c) for c in item["expected_countries"]],
                severity=Severity.HIGH if item["expected_tags"] else Severity.LOW,
            )
        )
    return events


def subscriptions(count: int, names: list[str], rng: random.Random) -> list[Route]:
    """A plausible mix: tag lists, tags + countries, watched entities, keywords, severity-only."""
    tags = [*sorted(TAG_IDS), "entity_list.*", "sanctions.*"]
    routes = []
    for i in range(count):
        kind = rng.random()
        if kind < 0.4:
            f = SubscriptionFilter(tags=rng.sample(tags, rng.randint(1, 3)))
        elif kind < 0.6:
            f = SubscriptionFilter(tags=rng.sample(tags, 2), countries=rng.sample(COUNTRIES, 2))
        elif kind < 0.8:
            f = SubscriptionFilter(entities=rng.sample(names, 2))
        elif kind < 0.9:
            f = SubscriptionFilter(keywords=rng.sample(WORDS, 2), min_severity=Severity.MEDIUM)
        else:
            f = SubscriptionFilter(min_severity=Severity.HIGH, stages=[Stage.PUBLISHED])
        routes.append(Route(f"s{i}", f"t{i % 500}", f"c{i}", f))
    return routes


def rate(work: Callable[[], int]) -> float:
    """Items per second of work() (which returns how many items it handled), over ~SECONDS."""
    done, started = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - started) < SECONDS:
        done += work()
    return done / elapsed


def main() -> int:
    """Print the table, write bench/results/matching.json."""
    rng = random.Random(5)
    events = corpus_events()
    raw = [e.model_dump_json().encode() for e in events]
    names = sorted({m.canonical_name for e in events for m in e.entities}) + [
        f"Company {i} Ltd" for i in range(500)
    ]
    routes = subscriptions(SUBSCRIPTIONS, names, rng)
    started = time.perf_counter()
    index = RouteIndex(routes)
    build_seconds = time.perf_counter() - started
    matched = sum(len(match(e, routes)) for e in events)
    if any(index.match(e) != match(e, routes) for e in events):
        print("RouteIndex disagrees with matching.match", file=sys.stderr)
        return 1

    decode = rate(lambda: len([DocumentClassified.model_validate_json(b) for b in raw]))
    one = rate(lambda: len([match(e, routes[:1]) for e in events]))
    naive = rate(lambda: len([match(e, routes) for e in events]))
    indexed = rate(lambda: len([index.match(e) for e in events]))
    figures = {
        "events": len(events),
        "subscriptions": SUBSCRIPTIONS,
        "matches_per_event": matched / len(events),
        "decode_events_per_s": decode,
        "match_1_sub_events_per_s": one,
        "match_10k_events_per_s": naive,
        "index_10k_events_per_s": indexed,
        "index_build_seconds": build_seconds,
        "index_vs_match_speedup": indexed / naive,
        "index_10k_vs_decode": indexed / decode,
        "match_10k_vs_decode": naive / decode,
    }
    print(f"{'measure':<40}{'value':>16}")
    for key, value in figures.items():
        print(f"{key:<40}{value:>16,.4f}" if isinstance(value, float) else f"{key:<40}{value:>16,}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
