"""Parties from Entity List rules (GPO XML, printed text) and OFAC notices: 2023-03929 and built rules."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from classifier.parties import MAX_CHARS, PartiesError, parties_for
from schemas.events import PartyAction, PartySource
from tests.unit.classifier import rule_builder as rb
from tests.unit.classifier.party_scores import Scores, score
from watcher.sources.rule_text import xml_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "fr_fulltext"
REAL_XML = (FIXTURES / "2023-03929.xml").read_bytes()
REAL = json.loads((FIXTURES / "2023-03929.parties.json").read_text())["parties"]
TITLE = "Additions of Entities to the Entity List"

BUILT: dict[str, Callable[[], rb.Rule]] = {
    "84 FR 54002": lambda: rb.Rule(rb.csl_entries("84 FR 54002")),
    "85 FR 83420": lambda: rb.Rule(rb.csl_entries("85 FR 83420"), volume=85, first_page=83416),
    "85 FR 34497": lambda: rb.Rule(rb.csl_entries("85 FR 34497"), volume=85, first_page=34495),
    "mixed": lambda: rb.Rule(
        rb.csl_entries("81 FR 14953")
        + rb.csl_entries("86 FR 71557", limit=8, action="revised")
        + rb.csl_entries("83 FR 12475", limit=10, action="removed")
    ),
}
LAYOUTS: dict[str, Callable[[rb.Rule], bytes | str]] = {
    "xml": lambda rule: rb.gpo_xml(rule, 1),
    "printed": lambda rule: rb.printed(rule, 2),
    "printed--": lambda rule: rb.printed(rule, 3, dash="--", lines_per_page=45),
}


def assert_targets(found: Scores) -> None:
    assert found.name_recall >= 0.98, found
    assert found.name_precision >= 0.95, found
    assert found.alias_recall >= 0.95, found
    assert found.destination >= 0.98, found


def test_the_real_rule_xml_gives_every_party_as_printed() -> None:
    parties = parties_for(REAL_XML)
    assert_targets(score(parties, REAL))
    assert [(p.name, p.country, p.aliases) for p in parties] == [
        (e["name"], e["country"], e["aliases"]) for e in REAL
    ]
    assert [p.address for p in parties][:5] == [e["address"] for e in REAL][:5]
    first = parties[0]
    assert first.destination == "CANADA"
    assert first.action is PartyAction.ADDED
    assert first.source is PartySource.GPO_TABLE
    assert first.license_requirement is not None
    assert first.license_requirement.startswith("For all items")
    assert first.review_policy is not None
    assert first.review_policy.startswith("Policy of denial")
    assert first.citation == "88 FR [INSERT FR PAGE NUMBER AND 2/27/2023]."
    # A continuation row carries the address of the entry above it.
    assert parties[1].address == REAL[1]["address"]


def test_the_watchers_flattened_body_of_the_real_rule() -> None:
    # What DocumentSeen.body holds today: the XML's paragraphs and each table as one line.
    parties = parties_for({"title": TITLE, "body": xml_text(REAL_XML)})
    assert_targets(score(parties, REAL))
    assert {p.action for p in parties} == {PartyAction.ADDED}
    assert {p.source for p in parties} == {PartySource.PRINTED}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize("notice", sorted(BUILT))
def test_built_rules_meet_the_targets(notice: str, layout: str) -> None:
    rule = BUILT[notice]()
    assert_targets(score(parties_for(LAYOUTS[layout](rule)), rule.answers()))


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_removals_revisions_and_additions_are_told_apart(layout: str) -> None:
    rule = BUILT["mixed"]()
    found = score(parties_for(LAYOUTS[layout](rule)), rule.answers())
    assert found.action == 1.0
    parties = parties_for(LAYOUTS[layout](rule))
    removed = [p for p in parties if p.action is PartyAction.REMOVED]
    assert len(removed) == 10
    assert {p.country for p in removed} <= {"South Sudan", "Pakistan", "Singapore"}
    assert sum(p.action is PartyAction.REVISED for p in parties) == 8


def test_printed_pages_keep_their_furniture_out_of_the_parties() -> None:
    rule = BUILT["85 FR 83420"]()
    text = rb.printed(rule, 2, lines_per_page=30)
    assert "BILLING CODE 3510-33-P" in text
    assert text.count("Federal Register / Vol.") > 5
    for party in parties_for(text):
        blob = " ".join([party.name, *party.aliases, party.address or ""])
        assert "BILLING" not in blob
        assert "VerDate" not in blob
        assert "Federal Register /" not in blob


def test_ofac_notice_built_from_sdn_rows() -> None:
    text, answers = rb.sdn_notice()
    parties = parties_for(text)
    by_name = {p.name: p for p in parties}
    names = [a["name"] for a in answers]
    assert sum(n in by_name for n in names) / len(names) >= 0.95
    assert sum(p.name in names for p in parties) / len(parties) >= 0.95
    wanted = [(a["name"], alias) for a in answers for alias in a["aliases"]]  # type: ignore[attr-defined]
    assert sum(n in by_name and alias in by_name[n].aliases for n, alias in wanted) / len(wanted) >= 0.95
    ids = sum(int(a["ids"]) for a in answers)  # type: ignore[call-overload]
    assert sum(i.kind in {"passport", "national_id"} for p in parties for i in p.identifiers) == ids
    assert all(p.source is PartySource.OFAC_LIST and p.programs for p in parties)


def test_ofac_entry_fields() -> None:
    text = (
        "OFAC designated the following individual:\n"
        "1. NAME, Given (a.k.a. X, Y; a.k.a. “Z”), Tehran, Iran; DOB 01 Jan 1970; alt. DOB 1971; "
        "nationality Iran; Passport A123 (Iran); Gender Male; (individual) [SDGT] [IRGC]."
    )
    (party,) = parties_for(text)
    assert party.name == "NAME, Given"
    assert party.aliases == ["X, Y", "Z"]
    assert party.address == "Tehran, Iran"
    assert party.entity_type == "individual"
    assert party.programs == ["SDGT", "IRGC"]
    assert party.action is PartyAction.ADDED
    kinds = [(i.kind, i.value, i.country) for i in party.identifiers]
    assert kinds == [
        ("dob", "01 Jan 1970", None),
        ("dob", "1971", None),
        ("nationality", "Iran", None),
        ("passport", "A123", "Iran"),
        ("gender", "Male", None),
    ]


def test_prose_that_quotes_a_programme_tag_lists_nobody() -> None:
    rule = (Path(__file__).resolve().parents[2] / "fixtures" / "fr_xml").joinpath(
        "FR-2016-04-15_excerpt_RULE_2016-08720_OFAC.xml"
    )
    assert parties_for(rule.read_bytes()) == []


def test_truncated_text_keeps_what_was_printed() -> None:
    text = rb.printed(BUILT["84 FR 54002"](), 2)
    half = parties_for(text[: len(text) // 2])
    full = {p.name for p in parties_for(text)}
    assert 0 < len(half) < len(full) + 1
    assert {p.name for p in half} <= full | {p.name for p in half}
    assert all(p.name for p in half)


@pytest.mark.parametrize(
    "payload",
    [
        b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><RULE><P>&x;</P></RULE>',
        b'<!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><RULE><P>&b;</P></RULE>',
    ],
)
def test_doctypes_and_entities_are_refused(payload: bytes) -> None:
    with pytest.raises(PartiesError) as caught:
        parties_for(payload)
    assert caught.value.reason == "unsafe_xml"


def test_malformed_xml_is_a_clear_error() -> None:
    with pytest.raises(PartiesError) as caught:
        parties_for(REAL_XML[: len(REAL_XML) // 2])
    assert caught.value.reason == "malformed_xml"


def test_oversized_input_is_refused() -> None:
    with pytest.raises(PartiesError) as caught:
        parties_for("x" * (MAX_CHARS + 1))
    assert caught.value.reason == "too_large"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "no parties here",
        "a.k.a. " * 20_000,
        "—" * 50_000,
        ("For all items subject to the EAR " * 2000) + "88 FR 1, 1/1/23.",
        "CHINA " * 20_000 + "88 FR 12170, 2/27/23.",
        "Country " + " " * 50_000 + "x",
        "[SDGT] " * 20_000,
        "1. NAME (" * 10_000 + "[SDGT].",
        ("A, " * 30_000) + "; [SDGT].",
        "Under CHINA, by adding “" + "x" * 100_000,
        ". " * 100_000 + "88 FR 1, 1/1/23.",
        "Name, a.k.a., the following two aliases: "
        + "—A. " * 30_000
        + "For all items subject to the EAR 88 FR 1.",
        "\n" * 100_000 + "[SDGT].",
        "[SDGT]" + " " * 100_000 + "x",
    ],
    ids=range(15),
)
def test_hostile_text_ends_quickly(text: str) -> None:
    started = time.monotonic()
    parties_for(text)
    assert time.monotonic() - started < 5
