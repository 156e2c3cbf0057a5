"""Tag rules on their own examples and on tricky negatives (other licences, lists, trade notices)."""

from __future__ import annotations

import pytest

from classifier.classify import classify
from classifier.corpus import items
from classifier.fields import field_texts
from classifier.offline import item_to_document
from classifier.rules import GATES, RULES


def _tags(title: str, text: str = "", **extra: object) -> set[str]:
    item = {"id": "t", "source": "federal_register", "title": title, "text": text} | extra
    return {t.id for t in classify(item_to_document(item)).tags}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Additions to the Entity List",
            "BIS amends the EAR by adding 16 entities to the Entity List.",
            {"entity_list.addition"},
        ),
        (
            "BIS puts 13 firms on the Entity List",
            "The rule put 13 entities on the Entity List.",
            {"entity_list.addition"},
        ),
        (
            "Additions of Entities to the Entity List; Removal of an Entity from the Entity List",
            "",
            {"entity_list.addition", "entity_list.removal"},
        ),
        ("Modification to the Entity List", "", {"entity_list.revision"}),
        # A correction notice revises the entries of the rule it corrects; the additions its title names are
        # that rule's. An "all Entity List changes" subscriber still hears of it through the revision.
        ("Entity List Additions; Correction", "", {"entity_list.revision"}),
        (
            "U.S. adds 12 Chinese firms to trade blacklist",
            "The Commerce Department added 12 companies to its trade blacklist on Tuesday.",
            {"entity_list.addition"},
        ),
        ("U.S. removes two firms from export blacklist", "", {"entity_list.removal"}),
        ("Commerce adds 33 Chinese companies to its economic blacklist", "", {"entity_list.addition"}),
        (
            "News",
            "The rule modified the existing entry for NUDT by adding an alias.",
            {"entity_list.revision"},
        ),
        (
            "Temporary General License: Extension of Validity",
            "This rule extends the temporary general license to Huawei and its affiliates on the "
            "Entity List.",
            {"license.requirement"},
        ),
        (
            "Encryption",
            "BIS is amending the Export Administration Regulations' requirements of License Exception ENC.",
            {"license.requirement"},
        ),
        (
            "US revokes export licences",
            "Commerce revoked certain export licences covering sales to Huawei.",
            {"license.decision"},
        ),
        ("Imposition of Nonproliferation Measures Against a Chinese Entity", "", {"sanctions.designation"}),
        (
            "Designations",
            "OFAC designated 28 individuals and entities as Specially Designated Global Terrorists.",
            {"sanctions.designation"},
        ),
        (
            "Revisions to the Unverified List",
            "BIS is adding 31 persons to the Unverified List (UVL).",
            {"other_list.change"},
        ),
        ("Order Denying Export Privileges", "In the Matter of: John Doe.", {"other_list.change"}),
        (
            "Wassenaar Arrangement 2014 Plenary",
            "BIS revises the Commerce Control List.",
            {"export_control.other"},
        ),
    ],
)
def test_rule_examples(title: str, text: str, expected: set[str]) -> None:
    assert _tags(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text", "agencies"),
    [
        (
            "Tennessee Valley Authority; Watts Bar Nuclear Plant, Unit 2",
            "The NRC is considering issuance of an amendment to Facility Operating License No. NPF-96 "
            "and would "
            "revise the associated license condition.",
            ["Nuclear Regulatory Commission"],
        ),
        (
            "Petitions for Reconsideration of Action in Proceeding",
            "Petitions have been filed in the Commission's proceeding on spectrum licenses.",
            ["Federal Communications Commission"],
        ),
        (
            "Procurement List; Additions",
            "This action adds products and services to the Procurement List that will be furnished "
            "by nonprofit "
            "agencies.",
            ["Committee for Purchase From People Who Are Blind or Severely Disabled"],
        ),
        (
            "Hot-Rolled Steel Flat Products From Australia, Brazil, Japan; Antidumping Duty Investigations",
            "The Commission gives notice of the final phase of antidumping and countervailing duty "
            "investigations "
            "concerning imports from Australia, Brazil and Japan.",
            ["International Trade Commission"],
        ),
        (
            "Section 610 Review",
            "The review determines whether provisions affecting small entities should be continued.",
            ["Environmental Protection Agency"],
        ),
    ],
)
def test_tricky_negatives_get_no_tag(title: str, text: str, agencies: list[str]) -> None:
    assert _tags(title, text, agencies=agencies) == set()


def test_licences_received_are_news_and_requirements_in_a_notice_are_not() -> None:
    news = "Suppliers received 40 export licences to ship parts to the company, officials said."
    assert _tags("Suppliers get licences", news, source="news") == {"license.decision"}
    notice = "Importers must obtain a waiver from the Department before storing the goods."
    assert "license.decision" not in _tags("Measures on storage", notice, document_type="NOTICE")


def test_another_governments_ministry_deciding_on_licences_is_no_decision() -> None:
    text = "Exporters must apply to the ministry, which will decide whether to issue licences for the metals."
    assert _tags("Metals to need export licences", text, source="news") == set()


def test_a_title_repeated_as_text_is_title_only() -> None:
    # Feeds and tables deliver a title alone, often repeated as the text: its fallback needs no more words.
    bis = {"agencies": ["Industry and Security Bureau"], "document_type": "NOTICE"}
    assert _tags("Settlement Agreement", "Settlement Agreement", **bis) == {"export_control.other"}
    assert _tags("Settlement Agreement", "", **bis) == {"export_control.other"}


def test_calls_to_list_a_company_are_no_listing() -> None:
    text = "Senators urged the Commerce Department to add the memory chipmaker to the Entity List."
    assert _tags("Lawmakers urge Commerce to add chipmaker to Entity List", text, source="news") == set()
    done = "The Commerce Department added the memory chipmaker to the Entity List on Monday."
    assert _tags("Commerce adds chipmaker to Entity List", done, source="news") == {"entity_list.addition"}


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Chipmaker gets U.S. licence to sell accelerators to China",
            "The company said the U.S. government told it licences to sell the chips would be granted.",
            {"license.decision"},
        ),
        (
            "U.S. tightens chip rules",
            "New rules unveiled on Monday require export licences for shipments of advanced chips to China.",
            {"license.requirement"},
        ),
    ],
)
def test_news_wording_of_licences(title: str, text: str, expected: set[str]) -> None:
    assert _tags(title, text, source="news") == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Entity List Additions; Revisions", {"entity_list.addition", "entity_list.revision"}),
        (
            "Revisions to the Entity List; Removal of Certain Entries",
            {"entity_list.removal", "entity_list.revision"},
        ),
        ("Entity List: Removal of Persons", {"entity_list.removal"}),
        (
            "Additions to the Entity List; Amendment to Existing Entries",
            {"entity_list.addition", "entity_list.revision"},
        ),
        ("Removal of Persons From the Unverified List; Revision to the Entity List", None),
    ],
)
def test_a_list_named_once_for_several_actions_in_a_title(title: str, expected: set[str] | None) -> None:
    tags = _tags(title)
    if expected is None:
        assert "entity_list.removal" not in tags
    else:
        assert tags == expected


def test_a_listing_told_as_background_is_no_listing() -> None:
    news = (
        "Commerce has approved some licences for suppliers of Huawei, which was added to the Entity List in "
        "May, officials said."
    )
    assert _tags("Commerce approves some Huawei licences", news, source="news") == {"license.decision"}
    removal = "BIS removed Huawei Cuba, which was added in 2019, from the Entity List."
    assert _tags("BIS delists one entity", removal, source="news") == {"entity_list.removal"}
    since = "Commerce received 200 licence requests since the company was put on the Entity List in May."
    assert "entity_list.addition" not in _tags("Huawei licence requests", since, source="news")
    seed = "Twenty-eight Chinese organisations had just been added to the U.S. trade blacklist."
    assert "entity_list.addition" in _tags("U.S. weighs Huawei licences", seed, source="news")


def test_the_owner_may_stand_between_article_and_list() -> None:
    text = "A Chinese chipmaker has been taken off the U.S. Entity List after an end-use check."
    assert _tags("Chipmaker removed from U.S. entity list", text, source="news") == {"entity_list.removal"}


def test_another_governments_controls_in_the_lead_are_out_of_scope() -> None:
    text = (
        "Japan's trade ministry said on Friday that exports of 23 types of chipmaking equipment will require "
        "licences from July. Analysts saw the move as aligned with U.S. curbs."
    )
    assert _tags("Japan to require licences for chip tool exports", text, source="news") == set()


def test_ofac_sdn_notice_is_a_designation() -> None:
    text = (
        "OFAC is publishing the names of one or more persons that have been placed on OFAC's Specially "
        "Designated Nationals and Blocked Persons List (SDN List) based on OFAC's determination that one or "
        "more applicable legal criteria were satisfied. All property and interests in property subject "
        "to U.S. jurisdiction of these persons are blocked."
    )
    assert _tags("Notice of OFAC Sanctions Actions", text) == {"sanctions.designation"}


def test_ofac_regulations_part_is_a_sanctions_regulation() -> None:
    tags = _tags(
        "Hizballah Financial Sanctions Regulations", "", cfr_parts=["31 CFR 566"], document_type="RULE"
    )
    assert tags == {"sanctions.regulation"}


def test_export_controls_in_passing_are_not_an_export_item() -> None:
    text = "The applicant notified the Board of production activity; no export controls apply."
    assert _tags("Foreign-Trade Zone 26; Authorization of Production Activity", text) == set()


def test_listing_consequences_are_part_of_the_addition() -> None:
    text = (
        "Commerce added Fujian Jinhua to the Entity List. All exports now require a licence, "
        "reviewed under a "
        "presumption of denial, and the foreign direct product rule applies."
    )
    assert _tags("Company added to the Entity List", text) == {"entity_list.addition"}


def test_the_control_list_named_in_a_licence_rule_is_a_mention() -> None:
    text = (
        "This rule removes License Exception XYZ and requires a license for national security-controlled "
        "items on the Commerce Control List (CCL) to destinations listed in Country Group D:1, "
        "consistent with the Wassenaar Arrangement."
    )
    extra = {"document_type": "RULE", "cfr_parts": ["15 CFR 740", "15 CFR 774"]}
    assert _tags("Removal of a License Exception", text, **extra) == {"license.requirement"}


def test_a_control_list_change_beside_a_licence_rule_counts() -> None:
    text = (
        "This rule amends two Export Control Classification Numbers (ECCNs) on the Commerce Control List to "
        "control certain sensors, and imposes a license requirement for exports of those items to China."
    )
    assert _tags("Controls on Sensors", text, document_type="RULE") == {
        "export_control.other",
        "license.requirement",
    }


def test_a_regime_implementation_counts_and_a_mention_alone_still_tags() -> None:
    implement = "This rule amends the EAR to implement the decisions of the 2023 Australia Group Plenary."
    assert _tags("Implementation of Australia Group Decisions", implement) == {"export_control.other"}
    mention = "BIS requests comments on items controlled for Missile Technology Control Regime reasons."
    assert _tags("Request for comments", mention) == {"export_control.other"}


def test_entity_list_criteria_are_procedure_not_addition() -> None:
    text = "This rule expands the scope of reasons for adding parties to the Entity List."
    assert _tags("Entity List procedures", text) == {"export_control.other"}


def test_cfr_parts_are_evidence() -> None:
    result = classify(
        item_to_document(
            {
                "id": "t",
                "source": "federal_register",
                "title": "Amendments",
                "document_type": "RULE",
                "cfr_parts": ["15 CFR 740"],
                "agencies": ["Industry and Security Bureau"],
            }
        )
    )
    [tag] = result.tags
    assert tag.id == "license.requirement"
    assert tag.evidence[0].field == "cfr_parts"
    assert tag.evidence[0].text == "15 CFR 740"


def test_bis_procedural_notice_falls_back_to_other_with_low_severity() -> None:
    item = {
        "id": "t",
        "source": "federal_register",
        "title": "Updated Legal Authority Citations",
        "agencies": ["Industry and Security Bureau"],
    }
    result = classify(item_to_document(item))
    assert result.tag_ids == {"export_control.other"}
    assert result.severity.value == "low"


def test_rule_ids_are_unique() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))


def test_a_rule_silenced_by_other_rules_names_rules_of_the_first_pass() -> None:
    # A silencing rule must have fired before the rules it silences are read: a plain rule, not one of them.
    by_id = {r.id: r for r in RULES}
    for rule in RULES:
        for other in rule.unless_rules:
            assert other in by_id, (rule.id, other)
            silencer = by_id[other]
            assert not silencer.unless_tags
            assert not silencer.unless_rules
            assert not silencer.fallback


def test_every_gate_is_implied_by_its_rule() -> None:
    # A gate may only spare work: wherever a rule's pattern matches in the corpus or its own examples, the
    # gate's substring is there too, so gating changes no result.
    by_id = {rule.id: rule for rule in RULES}
    assert set(GATES) <= set(by_id)
    for item in items():
        texts = field_texts(item.document())
        for rule_id, gate in GATES.items():
            for field in by_id[rule_id].fields:
                text = texts.get(field, "")
                if by_id[rule_id].pattern.search(text):
                    assert any(g in text.lower() for g in gate), (rule_id, item.id, field)
