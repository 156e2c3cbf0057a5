"""The chaos run's pure parts: the document generator, the expected set, the schedule and the verdict."""

from __future__ import annotations

import random
from collections import Counter

import httpx
import pytest

from devkit.replay import start as start_replay
from devkit.slack_sink import Fault, Received, SlackSink
from harness.chaos.documents import AGENCY, Templates, generate, number, recorded, wave_sizes
from harness.chaos.expected import Tally, expected_pairs, received_pairs, tally, wanted_by
from harness.chaos.plan import SUBSCRIPTIONS
from harness.chaos.run import longest_gap
from harness.chaos.schedule import BROKER, RandomFaults, plan
from harness.chaos.waves import WaveServer


@pytest.fixture(scope="module")
def templates() -> Templates:
    return Templates.split(recorded(), lambda r: bool(wanted_by(r, SUBSCRIPTIONS)))


def test_the_same_seed_gives_the_same_documents_and_another_seed_others(templates: Templates) -> None:
    first = generate(templates, 300, 0.1, seed=7)
    assert first == generate(templates, 300, 0.1, seed=7)
    assert first != generate(templates, 300, 0.1, seed=8)
    assert [d["document_number"] for d in first] == [number(i) for i in range(300)]
    assert len({d["document_number"] for d in first}) == 300
    # Every document is found by the watcher's agency search.
    assert all(AGENCY in {a.get("slug") for a in d["agencies"]} for d in first)


def test_the_relevant_share_decides_how_many_documents_are_alerted_on(templates: Templates) -> None:
    docs = generate(templates, 1000, 0.05, seed=3)
    relevant = [d for d in docs if wanted_by(d, SUBSCRIPTIONS)]
    assert 25 <= len(relevant) <= 80  # 5% of 1,000, with the seeded draw's spread
    assert not any(wanted_by(d, SUBSCRIPTIONS) for d in generate(templates, 200, 0.0, seed=3))


def test_expected_pairs_name_each_subscription_that_wants_a_document(templates: Templates) -> None:
    docs = generate(templates, 400, 0.2, seed=5)
    pairs = expected_pairs(docs, SUBSCRIPTIONS)
    by_sub = Counter(name for name, _ in pairs)
    # Two subscriptions with the same filter (different teams and channels) expect the same alerts.
    assert by_sub["entity-list-additions"] == by_sub["additions-second-team"] > 0
    # "entity_list.*" includes every addition.
    additions = {e for n, e in pairs if n == "entity-list-additions"}
    assert additions <= {e for n, e in pairs if n == "entity-list-all"}
    assert {e for _, e in pairs} <= {f"federal_register:{d['document_number']}" for d in docs}


def test_received_pairs_count_each_event_once_per_message_and_map_paths_to_subscriptions() -> None:
    path = SUBSCRIPTIONS[0].webhook_path()
    event = f"federal_register:{number(12)}"
    message = {"text": f"see {event}", "blocks": [{"type": "context", "text": f"event `{event}`"}]}
    got = received_pairs([(path, message), (path, message), ("/services/x", message)], {path: "a"})
    assert got == Counter({("a", event): 2, ("unknown:/services/x", event): 1})


def test_tally_counts_lost_duplicates_and_unexpected_and_formats_the_last_line() -> None:
    expected = {("a", "e1"), ("a", "e2"), ("b", "e1")}
    received = Counter({("a", "e1"): 3, ("b", "e1"): 1, ("c", "e9"): 1})
    result = tally(expected, received, in_flight_at_kill=2)
    assert result == Tally(expected=3, delivered=2, lost=1, duplicates=2, in_flight_at_kill=2, unexpected=1)
    assert result.line() == "expected=3 delivered=2 lost=1 duplicates=2 in_flight_at_kill=2 early_sends=0"
    late = tally(expected, received, in_flight_at_kill=2, early_sends=1)
    assert late.line().endswith("early_sends=1")
    assert late.failed()


@pytest.mark.parametrize(
    ("lost", "duplicates", "in_flight", "unexpected", "failed"),
    [
        (0, 0, 0, 0, False),
        (0, 2, 2, 0, False),  # repeats of sends in flight at a kill are allowed
        (0, 3, 2, 0, True),  # one more is not
        (1, 0, 0, 0, True),
        (0, 0, 0, 1, True),
    ],
)
def test_the_exit_rule(lost: int, duplicates: int, in_flight: int, unexpected: int, failed: bool) -> None:
    assert Tally(10, 10 - lost, lost, duplicates, in_flight, unexpected).failed() is failed


def test_the_schedule_kills_every_service_apart_and_restarts_the_broker_once() -> None:
    actions = plan(random.Random(4), ["watcher", "classifier"], kills=3, duration=200)
    assert actions == plan(random.Random(4), ["watcher", "classifier"], kills=3, duration=200)
    assert actions == sorted(actions)
    assert [a.kind for a in actions if a.target == BROKER] == ["restart"]
    for name in ("watcher", "classifier"):
        mine = [a for a in actions if a.target == name]
        assert [a.kind for a in mine] == ["kill", "start"] * 3
        assert all(20 <= a.at <= 165 for a in mine)
        kills = [a.at for a in mine if a.kind == "kill"]
        starts = [a.at for a in mine if a.kind == "start"]
        assert all(1 <= s - k <= 5 for k, s in zip(kills, starts, strict=True))


def test_wave_sizes_grow_to_the_total() -> None:
    assert wave_sizes(5000, 4) == [1250, 2500, 3750, 5000]
    assert wave_sizes(3, 10) == [1, 2, 3]


def test_random_faults_are_seeded_and_near_their_rate() -> None:
    faults = RandomFaults(random.Random(9), 0.2)
    drawn = [faults() for _ in range(2000)]
    again = RandomFaults(random.Random(9), 0.2)
    assert drawn == [again() for _ in range(2000)]
    hits = [f for f in drawn if f is not None]
    assert 300 <= len(hits) <= 500
    assert faults.injected == len(hits)
    assert {f.status for f in hits} == {429, 500, 503}
    assert all(f.retry_after == 1 for f in hits if f.status == 429)
    assert RandomFaults(random.Random(9), 0.0)() is None
    assert isinstance(hits[0], Fault)


async def test_the_wave_server_grows_only_at_the_first_page_of_a_search(templates: Templates) -> None:
    server = WaveServer.of(generate(templates, 30, 0.1, seed=1))
    runner, port = await start_replay(server)
    url = f"http://127.0.0.1:{port}/api/v1/documents.json"
    try:
        async with httpx.AsyncClient() as http:
            server.released = 10
            first = (await http.get(url, params={"per_page": "4", "page": "1"})).json()
            server.released = 30  # a wave arrives while the watcher is paging
            third = (await http.get(url, params={"per_page": "4", "page": "3"})).json()
            again = (await http.get(url, params={"per_page": "4", "page": "1"})).json()
    finally:
        await runner.cleanup()
    assert (first["count"], len(third["results"]), again["count"]) == (10, 2, 30)
    assert server.served == 30


def test_longest_gap_is_the_longest_silence_between_two_alerts() -> None:
    sink = SlackSink(received=[Received("/p", None, {}, at) for at in (10.0, 11.0, 19.5, 20.0)])
    assert longest_gap(sink) == 8.5
    assert longest_gap(SlackSink()) == 0.0
