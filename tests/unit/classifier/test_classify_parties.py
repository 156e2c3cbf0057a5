"""classify() fills DocumentClassified.parties from a listing document's full text; parties meet the lists."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from classifier import listed_parties, offline
from classifier.classify import classify
from classifier.corpus import item_to_document
from classifier.lists import Lists, bundled_lists, watchlist_matcher
from classifier.metrics import REGISTRY
from schemas.events import DocumentSeen, MatchKind, PartyAction, Severity, WatchlistEntry
from schemas.severity import team_severity
from watcher.sources.rule_text import xml_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fr_fulltext"
REAL_XML = (FIXTURES / "2023-03929.xml").read_text(encoding="utf-8")
REAL = json.loads((FIXTURES / "2023-03929.parties.json").read_text())["parties"]
TITLE = "Additions of Entities to the Entity List"
ABSTRACT = (
    "In this rule, the Bureau of Industry and Security (BIS) amends the Export Administration Regulations "
    "(EAR) by adding 14 entities under 16 entries to the Entity List."
)


def _rule(**extra: Any) -> DocumentSeen:
    item = {
        "id": "2023-03929",
        "source": "federal_register",
        "title": TITLE,
        "text": ABSTRACT,
        "document_type": "RULE",
        "agencies": ["industry-and-security-bureau"],
        "cfr_parts": ["15 CFR 744"],
    }
    return item_to_document(item).model_copy(update=extra)


def _failed(reason: str) -> float:
    value = REGISTRY.get_sample_value("classifier_parties_failed_total", {"reason": reason})
    return value or 0.0


def test_the_real_rules_xml_gives_its_13_parties() -> None:
    result = classify(_rule(full_text_xml=REAL_XML, body=xml_text(REAL_XML.encode())))
    assert "entity_list.addition" in result.tag_ids
    assert result.parties is not None
    assert [(p.name, p.country) for p in result.parties] == [(e["name"], e["country"]) for e in REAL]
    assert {p.action for p in result.parties} == {PartyAction.ADDED}


def test_a_plain_text_body_alone_is_read_too() -> None:
    result = classify(_rule(body=xml_text(REAL_XML.encode())))
    assert result.parties is not None
    assert sorted(p.name for p in result.parties) == sorted(e["name"] for e in REAL)


def test_no_full_text_means_parties_were_not_read() -> None:
    assert classify(_rule()).parties is None


def test_a_document_that_lists_nobody_is_not_read_for_parties() -> None:
    fcc = item_to_document(
        {
            "id": "x",
            "source": "federal_register",
            "title": "Petitions for Reconsideration",
            "text": "Spectrum.",
        }
    ).model_copy(update={"body": "CPUNTO Inc., a.k.a. CPUNTO, 1 Main St, Toronto."})
    result = classify(fcc)
    assert result.tags == []
    assert result.parties is None


def test_unreadable_xml_costs_the_parties_not_the_event() -> None:
    before = _failed("malformed_xml")
    result = classify(_rule(full_text_xml="<RULE><P>cut short"))
    assert "entity_list.addition" in result.tag_ids
    assert result.parties is None
    assert _failed("malformed_xml") == before + 1


def test_a_parser_bug_is_counted_as_unexpected(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_source: object) -> list[object]:
        raise RuntimeError("bug")

    monkeypatch.setattr(listed_parties, "parties_for", boom)
    before = _failed("unexpected")
    result = classify(_rule(body="anything"))
    assert result.parties is None
    assert _failed("unexpected") == before + 1


def test_a_watched_alias_that_only_the_parties_name_makes_the_event_critical_for_its_team() -> None:
    # The alias appears nowhere in the title or abstract: only the full text's table names it.
    watch = watchlist_matcher([WatchlistEntry(team_id="acme", entry_id="w1", name="Promtech Komplekt")])
    result = classify(_rule(full_text_xml=REAL_XML), Lists(watchlists=watch))
    mine = [m for m in result.entities if m.team_id == "acme"]
    assert len(mine) == 1
    assert mine[0].field == listed_parties.PARTIES_FIELD
    assert mine[0].match_kind in {MatchKind.EXACT, MatchKind.ALIAS}
    assert (mine[0].start, mine[0].end) == (None, None)
    assert result.severity is Severity.HIGH  # the published base names no team's watchlist
    assert team_severity(result.tag_ids, [m.canonical_name for m in mine])[0] is Severity.CRITICAL


def test_a_party_already_mentioned_in_the_prose_is_not_repeated() -> None:
    watch = watchlist_matcher([WatchlistEntry(team_id="acme", entry_id="w1", name="CPUNTO Inc.")])
    doc = _rule(full_text_xml=REAL_XML, text=ABSTRACT + " It adds CPUNTO Inc. of Canada.")
    mine = [m for m in classify(doc, Lists(watchlists=watch)).entities if m.team_id == "acme"]
    assert [m.field for m in mine] == ["text"]


@pytest.fixture(scope="module")
def bundled() -> Lists:
    """The bundled screening list as matchers (about 14,000 entries), built once for the CLI tests."""
    return bundled_lists()


def _run(lines: list[dict[str, Any]], *flags: str, monkeypatch: pytest.MonkeyPatch, bundled: Lists) -> str:
    # Every run of the command builds these same matchers; the tests share one build of them.
    monkeypatch.setattr(offline, "bundled_lists", lambda: bundled)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(json.dumps(x) for x in lines)))
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    assert offline.main(["-", "--rules-only", *flags]) == 0
    return out.getvalue()


ITEM = {"id": "r", "source": "federal_register", "title": TITLE, "text": ABSTRACT, "document_type": "RULE"}


def test_exportwatch_classify_reads_full_text_and_full_text_xml(
    monkeypatch: pytest.MonkeyPatch, bundled: Lists
) -> None:
    lines = [
        ITEM | {"id": "xml", "full_text_xml": REAL_XML},
        ITEM | {"id": "text", "full_text": xml_text(REAL_XML.encode())},
        ITEM | {"id": "none"},
    ]
    rows = [json.loads(line) for line in _run(lines, monkeypatch=monkeypatch, bundled=bundled).splitlines()]
    assert [r["id"] for r in rows] == ["xml", "text", "none"]
    assert len(rows[0]["parties"]) == 13
    assert rows[0]["parties"][0]["name"] == "CPUNTO Inc."
    assert rows[0]["parties"][0]["source"] == "gpo_table"
    assert len(rows[1]["parties"]) == 13
    assert rows[2]["parties"] is None


def test_exportwatch_classify_explain_lists_the_parties(
    monkeypatch: pytest.MonkeyPatch, bundled: Lists
) -> None:
    text = _run([ITEM | {"full_text_xml": REAL_XML}], "--explain", monkeypatch=monkeypatch, bundled=bundled)
    assert "  parties: 13" in text
    assert "  party added: 'CPUNTO Inc.'  a.k.a. CPUNTO  [CANADA]" in text
