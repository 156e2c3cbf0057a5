"""The screening gate: documents held until the list is loaded or the wait is over; /health/ready says why."""

from __future__ import annotations

from classifier.readiness import ListStatus, ScreeningGate, explain, readiness
from servicekit.health import readiness_body

L, W, OK, DEG = ListStatus.LOADING, ListStatus.WAITING, ListStatus.LOADED, ListStatus.DEGRADED


def test_an_empty_topic_read_to_its_end_is_waited_for_until_the_timeout() -> None:
    gate = ScreeningGate(wait_s=120, started=0)
    assert gate.update(1, caught_up=False, entries=0) is L
    assert gate.update(2, caught_up=True, entries=0) is W
    assert gate.update(119.9, caught_up=True, entries=0) is W
    assert gate.update(120, caught_up=True, entries=0) is DEG


def test_the_timeout_never_cuts_short_reading_to_the_end() -> None:
    gate = ScreeningGate(wait_s=0, started=0)
    assert gate.update(5, caught_up=False, entries=0) is L
    assert gate.update(6, caught_up=True, entries=0) is DEG  # wait 0: no wait, but what is there is read


def test_a_list_still_arriving_is_not_taken_for_the_whole_list() -> None:
    gate = ScreeningGate(wait_s=120, started=0, settle_s=1.0)
    gate.record(10.0)  # a batch of the baseline just arrived
    assert gate.update(10.0, caught_up=True, entries=5000) is W
    assert gate.update(10.5, caught_up=True, entries=5000) is W
    gate.record(10.6)
    assert gate.update(11.2, caught_up=True, entries=14_160) is W
    assert gate.update(11.6, caught_up=True, entries=14_160) is OK


def test_a_list_read_at_start_up_loads_once_settled() -> None:
    gate = ScreeningGate(wait_s=120, started=0, settle_s=1.0)
    gate.record(0.3)
    assert gate.update(0.3, caught_up=False, entries=5000) is L
    assert gate.update(0.8, caught_up=True, entries=14_160) is W
    assert gate.update(1.3, caught_up=True, entries=14_160) is OK
    # Loaded is final: later records or a moment behind the end do not hold documents again.
    gate.record(50)
    assert gate.update(50, caught_up=False, entries=14_161) is OK
    assert not gate.pending(14_161)


def test_after_a_timeout_a_list_that_arrives_still_loads_and_nothing_is_held_again() -> None:
    gate = ScreeningGate(wait_s=3, started=0, settle_s=1.0)
    assert gate.update(3, caught_up=True, entries=0) is DEG
    assert not gate.pending(0)  # nothing to check while degraded and empty
    gate.record(40)
    assert gate.pending(2000)
    assert gate.update(40, caught_up=False, entries=2000) is DEG  # never back to holding
    assert gate.update(40.5, caught_up=True, entries=14_160) is DEG
    assert gate.update(41.5, caught_up=True, entries=14_160) is OK


def test_ready_answers_503_with_the_reason_while_documents_are_held() -> None:
    why = explain(W, "exportwatch.screening_list.v1", 120, 0)
    assert "exportwatch.screening_list.v1" in why
    assert "120 s" in why
    assert readiness_body(readiness(W, why)) == (
        503,
        {"status": "not_ready", "checks": {"lists": False}, "detail": {"lists": "waiting", "reason": why}},
    )
    assert readiness_body(readiness(L, explain(L, "t", 120, 0)))[0] == 503
    assert "still arriving (5000 entries" in explain(W, "t", 120, 5000)


def test_ready_answers_200_once_classifying_and_says_degraded_without_a_list() -> None:
    degraded = explain(DEG, "t", 120, 0)
    assert "without listed parties" in degraded
    assert readiness_body(readiness(DEG, degraded)) == (
        200,
        {"status": "ready", "checks": {"lists": True}, "detail": {"lists": "degraded", "reason": degraded}},
    )
    code, body = readiness_body(readiness(OK, explain(OK, "t", 120, 14_160)))
    assert (code, body["status"], body["detail"]["lists"]) == (200, "ready", "loaded")
    assert [s for s in ListStatus if s.classifying] == [OK, DEG]
