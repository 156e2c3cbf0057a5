"""Rules on wording unseen items showed: sentence ends, anaphora, penalties, OFAC's instruments, scope."""

from __future__ import annotations

import numpy as np
import pytest

from classifier.classify import classify
from classifier.model.scorer import Scorer
from classifier.offline import item_to_document
from classifier.scope import out_of_scope


def _classified(title: str, text: str = "", **extra: object) -> dict[str, set[str]]:
    item = {"id": "t", "source": "news", "title": title, "text": text} | extra
    return {t.id: {e.rule_id for e in t.evidence} for t in classify(item_to_document(item)).tags}


def _tags(title: str, text: str = "", **extra: object) -> set[str]:
    return set(_classified(title, text, **extra))


def _bis_rule_tags(
    title: str, cfr_parts: list[str], text: str = "This rule amends the regulations."
) -> set[str]:
    """The tags of a BIS final rule known by its title, the CFR parts it amends and its summary."""
    return _tags(
        title,
        text,
        source="federal_register",
        document_type="RULE",
        cfr_parts=cfr_parts,
        agencies=["Industry and Security Bureau"],
    )


def _names(title: str, text: str) -> set[str]:
    """The entity mentions of a news item, as written."""
    item = {"id": "t", "source": "news", "title": title, "text": text}
    return {m.text for m in classify(item_to_document(item)).entities}


def test_an_abbreviation_does_not_end_the_sentence_of_a_listing() -> None:
    tags = _tags(
        "Commerce widens curbs on Acme",
        "The Commerce Department on Tuesday added 12 non-U.S. subsidiaries of Acme Corp, located in five "
        "countries, to the Entity List.",
    )
    assert "entity_list.addition" in tags


def test_a_veto_reads_the_whole_sentence_past_an_abbreviation() -> None:
    tags = _classified(
        "State bars nine from arms trade",
        "The State Department imposed a statutory debarment on nine people after U.S. courts convicted them "
        "of smuggling rifles in breach of the Arms Export Control Act.",
    )
    assert "other_list.change" in tags
    assert "export_control.other" not in tags


def test_the_list_taken_off_is_the_list_named_last() -> None:
    assert "entity_list.removal" in _tags(
        "BIS lists four firms, delists two",
        "BIS added four firms to the Entity List on Friday. It took two Malaysian companies off the list.",
    )
    tags = _tags(
        "Commerce names 20 parties on its Unverified List",
        "Commerce added 20 companies to the Unverified List. Three research institutes were taken off the "
        "list. Parties that stall checks for 60 days may later be moved to the Entity List.",
    )
    assert "entity_list.removal" not in tags
    assert "other_list.change" in tags


def test_fixed_entries_in_an_entity_list_story_are_revisions() -> None:
    tags = _tags(
        "BIS lists five parties and fixes three Iranian entries",
        "The Bureau of Industry and Security added five parties to the Entity List.",
    )
    assert {"entity_list.addition", "entity_list.revision"} <= tags
    assert "entity_list.revision" not in _tags(
        "BIS revises three entries on the Commerce Control List",
        "The rule revises three entries on the Commerce Control List; it does not change the Entity List.",
    )


def test_removing_an_entrys_addresses_is_no_removal() -> None:
    tags = _tags(
        "Revisions to the Entity List",
        "This rule revises existing entries on the Entity List by removing three addresses associated with "
        "Foo Trading Co., Ltd. from the Entity List.",
        source="federal_register",
        document_type="RULE",
    )
    assert "entity_list.revision" in tags
    assert "entity_list.removal" not in tags


def test_a_penalty_settlement_is_enforcement_not_a_list_or_licence_change() -> None:
    tags = _tags(
        "Acme to pay $2 million BIS penalty",
        "Acme agreed to pay a $2 million civil penalty to BIS for unlicensed exports to a listed company in "
        "violation of the foreign direct product rule; the settlement includes a three-year suspended denial "
        "order.",
    )
    assert tags == {"export_control.other"}


def test_an_ofac_penalty_is_enforcement() -> None:
    tags = _classified(
        "OFAC fines Foo GmbH",
        "OFAC announced a civil penalty of $1 million against Foo GmbH for violations of the Cuban Assets "
        "Control Regulations.",
    )
    assert "export_control.enforcement" in tags.get("export_control.other", set())


def test_adjusting_penalty_amounts_for_inflation_imposes_none() -> None:
    tags = _classified(
        "Inflation Adjustment of Civil Monetary Penalties",
        "This rule adjusts for inflation the maximum civil penalties that BIS may impose for export "
        "violations.",
        source="federal_register",
        document_type="RULE",
    )
    assert "export_control.enforcement" not in tags.get("export_control.other", set())


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "President orders new sanctions on Xland officials",
            "President Biden signed an executive order on Monday that blocks the property of officials who "
            "undermine peace in Xland.",
        ),
        (
            "White House acts on Xland",
            "Executive Order 14999, which blocks the property of Xland's generals, took effect on Monday.",
        ),
        (
            "Treasury opens Xland's mining industry to sanctions",
            "Treasury identified the mining sector of the Xland economy under Executive Order 14024, letting "
            "it sanction any person operating in it.",
        ),
        ("Treasury widens Xland sanctions to its shipping and metals sectors", ""),
    ],
)
def test_orders_and_sector_determinations_are_sanctions_regulations(title: str, text: str) -> None:
    assert "sanctions.regulation" in _tags(title, text)


def test_an_ofac_numbered_general_licence_is_a_sanctions_regulation() -> None:
    tags = _tags(
        "OFAC eases Xland telecom rules",
        "OFAC issued General License 25B, authorizing transactions related to telecommunications in Xland.",
    )
    assert "sanctions.regulation" in tags
    assert "license.requirement" not in tags
    concurrent = _classified(
        "Licence exception for Xland software",
        "This export rule is published simultaneously with OFAC's issuance of General License No. 9.",
        source="federal_register",
        document_type="RULE",
    )
    assert "sanctions.general_licence" not in concurrent.get("sanctions.regulation", set())


@pytest.mark.parametrize(
    ("title", "text", "extra"),
    [
        (
            "UK freezes assets of three Xland banks",
            "Britain's HM Treasury added the banks to its consolidated list, freezing their funds there.",
            {},
        ),
        (
            "Agency Information Collection Activities; Submission for OMB Review; Comment Request; Export "
            "Licensing Procedures",
            "",
            {
                "source": "federal_register",
                "document_type": "NOTICE",
                "agencies": ["Commerce Department", "Industry and Security Bureau"],
            },
        ),
        (
            "Privacy Act of 1974; System of Records",
            "The Directorate of Defense Trade Controls gives notice of a modified system of records for ITAR "
            "registration and export licence files.",
            {"source": "federal_register", "document_type": "NOTICE", "agencies": ["State Department"]},
        ),
        (
            "Order Granting Long-Term Authorization To Export Liquefied Natural Gas to Non-Free Trade "
            "Agreement Nations",
            "The Department of Energy grants the authorizations to export LNG under the Natural Gas Act.",
            {"source": "federal_register", "document_type": "NOTICE"},
        ),
    ],
)
def test_other_governments_paperwork_and_gas_exports_are_out_of_scope(
    title: str, text: str, extra: dict[str, object]
) -> None:
    document = item_to_document({"id": "t", "source": "news", "title": title, "text": text} | extra)
    assert out_of_scope(document) is not None
    assert _tags(title, text, **extra) == set()


def _always(tag: str) -> Scorer:
    """A model that gives `tag` whatever it reads."""
    return Scorer(
        tags=[tag], blocks=[], weights=np.zeros((0, 1)), bias=np.array([5.0]), thresholds={tag: 0.5}
    )


def test_a_model_tag_needs_a_word_of_its_kind() -> None:
    notice = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Culturally Significant Objects Imported for Exhibition Determinations: Bronze Age",
            "text": "Notice is hereby given that the objects in the exhibition are of cultural significance.",
            "document_type": "NOTICE",
            "agencies": ["State Department"],
        }
    )
    assert classify(notice, model=_always("sanctions.designation")).tags == []
    news = item_to_document(
        {"id": "t", "source": "news", "title": "Treasury freezes funds of Xland navy chief", "text": ""}
    )
    tags = classify(news, model=_always("sanctions.designation")).tags
    assert [(t.id, t.evidence[0].rule_id) for t in tags] == [
        ("sanctions.designation", "model.sanctions.designation")
    ]


def test_the_model_adds_no_designation_to_a_sanctions_programme_rule() -> None:
    news = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "OFAC amends Xland rules",
            "text": "OFAC amended the Xland Sanctions Regulations to authorise remittances.",
        }
    )
    assert {t.id for t in classify(news, model=_always("sanctions.designation")).tags} == {
        "sanctions.regulation"
    }


def test_deleted_from_the_list_is_a_removal_and_ends_its_licence_requirements() -> None:
    tags = _tags(
        "Two Xland labs leave U.S. trade blacklist",
        "Two Xland research laboratories were deleted from the Entity List on Monday, ending the licence "
        "requirements imposed on them in 2001.",
    )
    assert tags == {"entity_list.removal"}


def test_licence_applications_of_other_regulators_are_no_licence_decision() -> None:
    assert (
        _tags(
            "FDA clears new vaccine",
            "The Food and Drug Administration approved a biologics licence application for a new vaccine.",
        )
        == set()
    )


def test_an_order_banning_investment_is_a_sanctions_regulation() -> None:
    assert "sanctions.regulation" in _tags(
        "White House curbs money for Xland chip firms",
        "The President signed an executive order directing Treasury to prohibit certain U.S. investments in "
        "Xland companies that develop chips.",
    )


def test_a_designation_under_an_order_or_far_from_the_list_name() -> None:
    assert "sanctions.designation" in _tags(
        "OFAC designates Xland's navy and two shipping firms under a counter-terrorism order", ""
    )
    assert "sanctions.designation" in _tags(
        "Treasury acts on Xland oil",
        "OFAC added Xland's Ministry of Oil, the Xland National Oil Company and the Xland Tanker Company, "
        "together with several front companies and their senior executives, to the SDN List.",
    )


def test_suspended_licence_exceptions_and_an_orders_renewal_are_no_licence_decision() -> None:
    exceptions = _tags(
        "U.S. ends Xland's special export treatment",
        "Commerce said rules giving Xland preferential export-control treatment, including licence "
        "exceptions, were suspended on Monday.",
        source="news",
    )
    assert "license.decision" not in exceptions
    assert "license.requirement" in exceptions
    order = _tags(
        "Three firms barred from exporting",
        "BIS issued a temporary denial order against three Xland firms. The order strips them of all export "
        "privileges, including applying for or using any licence or licence exception, and can be renewed.",
        source="news",
    )
    assert "license.decision" not in order
    granted = _tags(
        "Chipmaker's licences restored",
        "Commerce said the chipmaker's export licences, suspended in May, were restored on Monday.",
        source="news",
    )
    assert "license.decision" in granted


@pytest.mark.parametrize(
    ("title", "cfr_parts", "tidying"),
    [
        ("Corrections and Clarifications to the Export Administration Regulations", ["15 CFR 740"], True),
        (
            "Amendments to the International Traffic in Arms Regulations: Office Names, Corrected "
            "Cross-Referencing, and Other Administrative Changes",
            ["22 CFR 126"],
            True,
        ),
        ("Conforming and Clarifying Changes to the Export Administration Regulations", ["15 CFR 742"], True),
        # A correction that names the licence, exception or exemption it changes is a licence rule.
        (
            "International Traffic in Arms Regulations: Corrections and Clarifications; Canadian Exemption",
            ["22 CFR 126"],
            False,
        ),
        ("Revisions to License Exception ENC", ["15 CFR 740"], False),
    ],
)
def test_a_rule_that_only_tidies_the_regulations_changes_no_licence_requirement(
    title: str, cfr_parts: list[str], tidying: bool
) -> None:
    tags = _bis_rule_tags(title, cfr_parts)
    assert ("license.requirement" not in tags) is tidying, tags


@pytest.mark.parametrize(
    "text",
    [
        "Commerce is reviewing whether more Xland companies should join Foo Corp on its entity list, which "
        "obliges U.S. suppliers to obtain licences before selling to listed firms.",
        "The Commerce Department proposed requiring U.S. exporters of 47 classes of goods, among them "
        "certain software, computers and machine tools, to obtain a licence for Xland whenever the items may "
        "go to military use.",
    ],
)
def test_a_duty_to_obtain_licences_is_no_licence_received(text: str) -> None:
    assert "license.decision" not in _tags("Commerce and Xland exports", text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("FCC lets Foo Telecom hand its paging licences to Bar Mobile",
         "Foo Telecom said the Federal Communications Commission had approved the transfer of its radio "
         "paging licences to Bar Mobile."),
        ("Regulator approves the surrender of the Qux River dam licence",
         "The Federal Energy Regulatory Commission voted to approve the surrender of the licence for the Qux "
         "hydroelectric project."),
        ("NRC grants Foo Fuels its first fuel fabrication licence",
         "The Nuclear Regulatory Commission issued Foo Fuels a special nuclear material licence for its "
         "plant."),
        ("FDA issues marketing denial orders to 20 more vape makers",
         "The Food and Drug Administration denied applications for 5,000 flavoured products."),
    ],
)  # fmt: skip
def test_a_regulators_own_licences_and_orders_are_out_of_scope(title: str, text: str) -> None:
    assert _tags(title, text) == set()


def test_a_regulator_in_a_story_of_exports_stays_in_scope() -> None:
    # The NRC's export licences are export licences.
    tags = _tags(
        "NRC grants Foo Isotopes a licence to export enriched uranium to Xland",
        "The Nuclear Regulatory Commission granted Foo Isotopes an export licence for its shipment to Xland.",
    )
    assert "license.decision" in tags


def test_sanctions_on_ranked_officials_are_a_designation_not_a_blacklisting() -> None:
    tags = _tags(
        "U.S. blacklists three Xland election officials",
        "The Treasury's Office of Foreign Assets Control on Thursday imposed sanctions on three senior "
        "officials of Xland's electoral commission, blocking their assets.",
    )
    assert tags == {"sanctions.designation"}
    # Uncounted, the officials are a class a law names.
    tags = _tags(
        "President signs the Xland Accountability Act",
        "Within 180 days the President must impose sanctions on senior officials of Xland's military.",
    )
    assert "sanctions.designation" not in tags


def test_an_entry_updated_on_the_sanctions_list_is_no_entity_list_revision() -> None:
    tags = _tags(
        "Treasury sanctions suppliers of Xland's drone maker",
        "The Treasury Department imposed sanctions on four companies that shipped parts to Foo Aircraft "
        "Industries. OFAC also updated Foo Aircraft Industries' existing entry on its sanctions list with "
        "the alias Bar.",
    )
    assert "entity_list.revision" not in tags
    assert "sanctions.designation" in tags


def test_a_persons_own_designation_told_as_a_time_is_background() -> None:
    tags = _tags(
        "Xland seizes a sanctioned tycoon's yacht at U.S. request",
        "A warrant alleges that Foo Bar hid his ownership of the yacht and, after his designation, kept "
        "paying for its upkeep in U.S. dollars through American banks.",
    )
    assert "sanctions.designation" not in tags


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("OFAC fines Foo Realty $7.1 million over payments from a blocked company",
         "Foo Realty accepted 24 payments from a company owned by a blocked person."),
        ("Property manager pays for accepting blocked funds",
         "The Office of Foreign Assets Control announced on Monday a $2,100,000 penalty on Foo Realty, Inc., "
         "which accepted payments from a blocked company."),
    ],
)  # fmt: skip
def test_the_sanctions_office_fining_a_party_is_enforcement(title: str, text: str) -> None:
    assert "export_control.other" in _tags(title, text)


def test_another_government_adopting_sanctions_is_out_of_scope() -> None:
    document = item_to_document(
        {"id": "t", "source": "news", "title": "EU adopts new sanctions package against Xland", "text": ""}
    )
    assert out_of_scope(document) is not None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Entity List: Removals", "", {"entity_list.removal"}),
        ("Entity List: Revisions", "", {"entity_list.revision"}),
        (
            "Commerce names 12 Xland firms to its trade blacklist",
            "The Commerce Department named 12 companies to its trade blacklist on Monday.",
            {"entity_list.addition"},
        ),
        (
            "Xland chip designer hit with U.S. licensing rules",
            "Washington has placed the chip designer Foo Micro on a list that requires U.S. suppliers to "
            "obtain licences before selling to it.",
            {"entity_list.addition"},
        ),
        (
            "BIS fixes a listed agent's entry",
            "A technical rule amended the Entity List entry for a Xland procurement agent to fix its "
            "address.",
            {"entity_list.revision"},
        ),
        (
            "Addition of Entities to the Entity List",
            "This rule adds 12 entities to the Entity List. BIS imposes a license requirement for all items "
            "subject to the EAR, with a license review policy of a presumption of denial.",
            {"entity_list.addition"},
        ),
        (
            "Export controls on Xland",
            "BIS imposes a license requirement for all items subject to the EAR when exported to Xland.",
            {"license.requirement"},
        ),
        (
            "Toolmakers told to seek permits",
            "Commerce told three toolmakers they need licences to export equipment to Xland fabs.",
            {"license.requirement"},
        ),
    ],
)
def test_listing_and_licence_wording(title: str, text: str, expected: set[str]) -> None:
    assert _tags(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Senate bill would force Commerce to blacklist Xland drone maker",
            "A bill introduced on Tuesday would require the Commerce Department to add Foo Drones to the "
            "Entity List within 90 days.",
        ),
        ("Foo Micro supplier shares fall after U.S. blacklisting report", ""),
        (
            "Foo Memory expands its Xland plant",
            "Foo Memory, blacklisted by Washington in December 2022, is expanding its plant with local "
            "tools.",
        ),
    ],
)
def test_bills_reports_and_past_listings_are_no_listing(title: str, text: str) -> None:
    assert "entity_list.addition" not in _tags(title, text)


def test_a_presidential_blocking_order_creates_a_programme() -> None:
    title = "Blocking Property of Certain Persons Contributing to the Situation in Xland"
    tags = _tags(title, title, source="federal_register", document_type="PRESDOCU")
    assert tags == {"sanctions.regulation"}


def test_revoking_a_sanctions_order_is_a_sanctions_regulation() -> None:
    assert "sanctions.regulation" in _tags(
        "President ends Xland court sanctions",
        "The President revoked an executive order that had authorised sanctions against Xland judges.",
    )


def test_licence_wording_of_rules_and_country_groups() -> None:
    assert _tags(
        "U.S. issues sweeping rule on chip exports",
        "The Commerce Department issued a rule requiring licences for exports of advanced chips to most "
        "countries.",
    ) == {"license.requirement"}
    assert _tags(
        "U.S. eases export rules for Xland",
        "Commerce moved Xland into a more favourable country group, so more items ship without licences.",
    ) == {"license.requirement"}


def test_a_fisheries_licence_is_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Licenses for Commercial Fishing in the Gulf",
            "text": "NMFS issues licenses for commercial fishing vessels and revises permit requirements.",
            "agencies": ["Commerce Department", "National Oceanic and Atmospheric Administration"],
            "document_type": "RULE",
        }
    )
    assert out_of_scope(document) is not None


def test_the_forced_labour_entity_list_by_its_full_name_is_out_of_scope() -> None:
    title = "DHS adds three Xland firms to the Uyghur Forced Labor Prevention Act Entity List"
    document = item_to_document({"id": "t", "source": "news", "title": title, "text": ""})
    assert out_of_scope(document) is not None


def test_ofac_rules_that_designate_nobody() -> None:
    assert _tags(
        "OFAC reissues Xland sanctions regulations",
        "OFAC amended and reissued the Xland Sanctions Regulations with new general licences; no one was "
        "added to the sanctions list.",
    ) == {"sanctions.regulation"}
    assert "sanctions.designation" not in _tags(
        "Updates to the 50 Percent Rule Interpretive Guidance in OFAC Sanctions Regulations",
        "OFAC updates an interpretation explaining that the property and interests in property of an entity "
        "are blocked if blocked persons own 50 percent or more of it.",
        source="federal_register",
        document_type="RULE",
    )


def test_licence_applications_sent_for_review_are_a_licence_decision() -> None:
    assert "license.decision" in _tags(
        "U.S. reviews Foo chip licences for Xland",
        "The Commerce Department has begun an inter-agency review of licence applications for Foo's export "
        "of AI chips to Xland.",
    )


def test_a_taking_additional_steps_order_widens_a_programme() -> None:
    title = "Taking Additional Steps With Respect to the Situation in Xland"
    assert _tags(title, title, source="federal_register", document_type="PRESDOCU") == {
        "sanctions.regulation"
    }


def test_a_comment_period_extension_is_procedural_only() -> None:
    title = "Extension of Comment Period for Entity List Additions; Revisions to License Requirements"
    assert _tags(title, title, source="federal_register", document_type="RULE") == {"export_control.other"}


def test_licence_news_naming_the_rule_behind_the_licence_is_a_decision() -> None:
    assert _tags(
        "Foo wins U.S. licence to sell chips to Bar",
        "The U.S. government granted Foo a licence to sell some chips to Bar, cut off since the expanded "
        "foreign direct product rule took effect.",
    ) == {"license.decision"}


def test_a_nuclear_regulators_licence_is_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Research Reactor License Renewal",
            "text": "The NRC issues a renewed license for a university research reactor.",
            "agencies": ["Nuclear Regulatory Commission"],
            "document_type": "NOTICE",
        }
    )
    assert out_of_scope(document) is not None


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        (
            "Commerce acts on Xland supercomputers",
            "The U.S. Commerce Department added seven Xland computing entities to a blacklist on Friday.",
            {"entity_list.addition"},
        ),
        (
            "Entity listing hits Xland distributors",
            "BIS designated 12 Xland electronics distributors for inclusion on the Entity List.",
            {"entity_list.addition"},
        ),
        (
            "Treasury eases Xland oil sanctions",
            "OFAC issued a general licence authorising transactions in Xland's oil sector for six months.",
            {"sanctions.regulation"},
        ),
        (
            "Foo fined over exports",
            "Foo agreed to pay $2.5 million to settle BIS allegations that it exported tech data to Xland.",
            {"export_control.other"},
        ),
    ],
)
def test_news_wording_of_listings_general_licences_and_settlements(
    title: str, text: str, expected: set[str]
) -> None:
    assert _tags(title, text) == expected


def test_a_rule_permitting_certain_exports_is_a_licence_exception_not_a_decision() -> None:
    assert _tags(
        "Establishment of License Exception Foo",
        "BIS establishes License Exception Foo to permit certain exports of computing items to allies.",
        source="federal_register",
        document_type="RULE",
    ) == {"license.requirement"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "U.S. slows licences for AI-chip shipments to Xland",
            "U.S. officials have slowed the issuance of export licences for chipmakers shipping to Xland.",
        ),
        (
            "Xland chip orders stuck",
            "Export licence applications for customers in Xland have been delayed, people familiar said.",
        ),
        ("Commerce clears Foo AI-chip sales to Xland's Bar", ""),
        (
            "Foo says it holds licences",
            "Foo said it holds U.S. export licences covering part of its planned chip shipments to Xland.",
        ),
    ],
)
def test_the_pace_and_the_holding_of_licences_are_decisions(title: str, text: str) -> None:
    assert "license.decision" in _tags(title, text)


def test_a_rule_authorising_exports_is_not_a_headline_decision() -> None:
    assert "license.decision" not in _tags(
        "Treasury, Commerce ease Xland rules",
        "Commerce authorized non-agricultural exports to Xland state enterprises under a licence exception.",
    )


def test_a_headline_sanctioning_a_named_firm_is_a_designation() -> None:
    assert "sanctions.designation" in _tags("U.S. sanctions Xland satellite firm Foo for aiding Bar", "")
    assert "sanctions.designation" not in _tags("U.S. sanctions on Xland hurt its economy, study finds", "")


def test_a_story_led_by_another_government_is_out_of_scope_whatever_it_recalls() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "China bans gallium exports to the United States",
            "text": "China's commerce ministry said gallium exports to the United States will no longer be "
            "permitted. It came a day after Washington added 140 companies to the U.S. Entity List.",
        }
    )
    assert out_of_scope(document) is not None


def test_an_office_sanctioning_a_refinery_designates_it() -> None:
    assert "sanctions.designation" in _tags(
        "U.S. acts on Xland oil buyer",
        "The State Department said it was sanctioning a refinery in Xland for buying embargoed crude.",
    )


def test_a_statute_named_sanctioning_designates_nobody() -> None:
    assert "sanctions.designation" not in _tags(
        "Global Terrorism Sanctions Regulations",
        "OFAC is amending the regulations to reference the Sanctioning the Use of Civilians as Defenseless "
        "Shields Act of 2018.",
        source="federal_register",
        document_type="RULE",
    )


def test_a_speaker_who_added_that_lists_nobody() -> None:
    tags = _tags(
        "Export licensing took longer last year, official says",
        "Officials approved most licence applications for Vietnam last year. The under secretary added that "
        "about 400 Vietnamese parties are on the Entity List.",
    )
    assert "entity_list.addition" not in tags
    assert "entity_list.addition" in _tags(
        "Commerce lists a drone maker",
        "The Commerce Department added that company to the Entity List on Monday.",
    )


def test_a_wind_down_licence_belongs_to_the_designations() -> None:
    tags = _tags(
        "Treasury sanctions shipping magnate and his fleet",
        "OFAC designated the magnate and nine tanker companies he controls, adding them to the SDN List. "
        "It also issued General License 12 giving U.S. persons 30 days to wind down dealings with them.",
    )
    assert "sanctions.designation" in tags
    assert "sanctions.regulation" not in tags
    assert "sanctions.regulation" in _tags(
        "OFAC eases food trade with Syria",
        "OFAC issued General License 25 authorising transactions in agricultural goods with Syria.",
    )


def test_ccl_based_licence_requirements_change_no_ccl_entry() -> None:
    tags = _tags(
        "Expansion of Sanctions Against Moldova Under the Export Administration Regulations",
        "This rule imposes new Commerce Control List (CCL)-based license requirements for Moldova.",
        source="federal_register",
        document_type="RULE",
        agencies=["Commerce Department", "Industry and Security Bureau"],
    )
    assert "license.requirement" in tags
    assert "export_control.other" not in tags


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Treasury renews Acme Oil's Angola licence for six months",
            "The renewal keeps limits on Acme's dealings with the state oil company under U.S. sanctions.",
        ),
        (
            "OFAC pulls Nordwind Energy's Cuba licence",
            "Nordwind must wind down its joint venture with the sanctioned state firm by June.",
        ),
        (
            "Acme stays in Angola for now",
            "The U.S. Treasury gave Acme Oil a new, narrower licence that limits its work with the "
            "sanctioned state oil firm.",
        ),
        (
            "Acme stays in Angola for now",
            "Acme Oil said it had received a new licence from the U.S. Treasury to keep operating there.",
        ),
        (
            "Chipmaker gets a reprieve",
            "The Commerce Department's BIS authorised the company and its suppliers to keep shipping tools "
            "to its fabs for one year under the export rules.",
        ),
    ],
)
def test_one_companys_licence_acted_on_is_a_licence_decision(title: str, text: str) -> None:
    tags = _tags(title, text)
    assert "license.decision" in tags, tags
    assert "license.requirement" not in tags, tags


def test_a_general_licence_revoked_for_a_company_is_the_decision() -> None:
    tags = _tags(
        "OFAC revokes Nordwind Energy's Cuba licence",
        "OFAC cancelled General License 7, the authorisation that let Nordwind Energy run its joint venture.",
    )
    assert tags == {"license.decision"}


def test_a_bis_order_titled_in_the_matter_of_a_party_is_a_list_change() -> None:
    title = "In the Matter of: Jan Kowalski, ul. Dluga 5, Gdansk, Poland"
    agencies = ["Commerce Department", "Industry and Security Bureau"]
    tags = _tags(title, title, source="federal_register", document_type="NOTICE", agencies=agencies)
    assert tags == {"other_list.change"}


def test_a_stock_exchanges_delisting_is_out_of_scope() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Nasdaq drops plan to delist three Chinese airlines",
        "text": "The exchange cited OFAC guidance on the order barring U.S. investment in military firms.",
    }
    assert out_of_scope(item_to_document(item)) is not None
    assert _tags(item["title"], item["text"]) == set()


def test_licence_news_naming_exceptions_and_eccns_is_the_decision() -> None:
    tags = _tags(
        "Commerce freezes new rifle export licences for 60 days",
        "The Commerce Department said it will not issue new licences for rifles classified under ECCN 0A501 "
        "while it reviews diversion risks. Licences already issued stay valid and licence exceptions can "
        "still be used.",
    )
    assert tags == {"license.decision"}


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department lifted the licence suspensions it had imposed on engine sales to Xair.",
        "The Commerce Department's licence allowing the refiner to keep buying crude had not been extended.",
        "The Commerce Department sent letters allowing the two shippers to load propane for Xland.",
    ],
)
def test_lifted_lapsed_and_partial_authorisations_are_decisions(text: str) -> None:
    assert "license.decision" in _tags("Exporters hear from Washington", text)


def test_another_government_suspending_its_licences_is_out_of_scope() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Canada suspends 12 arms export licences for Xland",
        "text": "",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_a_policy_to_deny_licences_for_a_country_is_no_decision() -> None:
    tags = _tags(
        "International Traffic in Arms Regulations: Addition of Xland",
        "The Department of State is amending the ITAR to add Xland to the list of countries for which it "
        "is the policy of the United States to deny licenses and other approvals for defense articles.",
        source="federal_register",
        document_type="RULE",
        agencies=["State Department"],
    )
    assert "license.decision" not in tags


def test_a_delayed_effective_date_is_only_a_procedural_rule() -> None:
    tags = _tags(
        "Encryption Controls: Cloud Items; Delay of Effective Date",
        "This rule delays by 30 days the effective date of the interim final rule that established a new "
        "license exception for cloud items.",
        source="federal_register",
        document_type="RULE",
        agencies=["Commerce Department", "Industry and Security Bureau"],
        cfr_parts=["15 CFR 740", "15 CFR 774"],
    )
    assert tags == {"export_control.other"}


def test_a_title_naming_end_use_restrictions_beside_a_listing_makes_both() -> None:
    title = "Xland Sanctions: Addition of Persons to the Entity List and Restrictions on Military End Uses"
    agencies = ["Commerce Department", "Industry and Security Bureau"]
    tags = _tags(title, title, source="federal_register", document_type="RULE", agencies=agencies)
    assert {"entity_list.addition", "license.requirement"} <= tags


def test_a_designation_told_as_background_designates_nobody() -> None:
    tags = _tags(
        "Trader drops bid for refiner's foreign assets",
        "The deal needed approval from the Office of Foreign Assets Control, because the refiner was "
        "blacklisted in October and foreign firms had weeks to wind down dealings.",
    )
    assert "sanctions.designation" not in tags


def test_a_lapsed_veu_status_is_background_and_a_revoked_one_a_requirement() -> None:
    lapsed = _tags(
        "U.S. grants chipmaker annual licence for its Xland fab",
        "The Commerce Department granted the plant an annual export licence. The approval follows the expiry "
        "of the plant's validated end-user status in December.",
    )
    assert lapsed == {"license.decision"}
    revoked = _tags(
        "U.S. ends chipmakers' VEU status",
        "BIS will remove the two plants from the Validated End-User program, after which such exports will "
        "need licences.",
    )
    assert "license.requirement" in revoked


def test_the_cuba_restricted_list_is_a_state_sanctions_list() -> None:
    tags = _tags(
        "Updating Cuba Restricted List",
        "The Department of State is adding five hotels to the Cuba Restricted List.",
        source="federal_register",
        document_type="NOTICE",
        agencies=["State Department"],
    )
    assert tags == {"sanctions.designation"}


def test_a_designated_terrorist_organisation_is_background_and_names_no_list() -> None:
    tags = _tags(
        "BIS lists 12 over missile procurement",
        "BIS added 12 parties to the Entity List, among them a trader tied to a designated foreign terrorist "
        "organisation. It also took one German firm off the list after a removal request.",
    )
    assert "sanctions.designation" not in tags
    assert {"entity_list.addition", "entity_list.removal"} <= tags


def test_entity_list_removals_and_modifications_counted_in_a_listing_story() -> None:
    tags = _tags(
        "Commerce lists 20 entities; three removed",
        "BIS added 20 entities to the Entity List. The rule also modified one Omani entry and removed one "
        "entity each in Oman, Chile and Peru.",
    )
    assert {"entity_list.addition", "entity_list.revision", "entity_list.removal"} <= tags
    other_list = _tags(
        "Entity List and MEU List changes",
        "BIS added one entity to the Entity List. This rule also removes two entities from the MEU List.",
    )
    assert "entity_list.removal" not in other_list


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Hotel chain told to leave Xland as U.S. declines to renew licence",
            "The Treasury Department told the firm that its government-issued licence would not be renewed.",
        ),
        (
            "Exporters wait as BIS sits on applications",
            "BIS faces a backlog of export licence applications after it began holding many licence reviews.",
        ),
        (
            "Applications pile up at Commerce",
            "Applications for licences to export chips are stuck at the Commerce Department, sources said.",
        ),
        (
            "Oil major gets a narrow permit",
            "Acme Oil has been granted a restricted U.S. licence to operate in Xland under U.S. sanctions.",
        ),
        (
            "Trader gets a licence to sell Xland crude",
            "The trader received a preliminary U.S. government licence to sell Xland oil under sanctions.",
        ),
    ],
)
def test_more_ways_news_reports_a_licence_decision(title: str, text: str) -> None:
    assert _tags(title, text) == {"license.decision"}


def test_a_requirement_already_in_force_is_background_to_a_decision() -> None:
    tags = _tags(
        "Two sensor makers granted U.S. licences to resume sales to Acme",
        "Since September, suppliers that use American technology have needed a licence to sell to Acme. The "
        "two firms have been granted U.S. export licences for some parts.",
    )
    assert tags == {"license.decision"}


def test_another_trades_licence_from_a_foreign_regulator_is_no_decision() -> None:
    tags = _tags(
        "Drugmaker gets licence for new plant",
        "The company received a manufacturing licence from Xland's medicines regulator for its new plant.",
    )
    assert "license.decision" not in tags


def test_a_comment_deadline_extended_under_the_rules_own_title_is_procedural() -> None:
    tags = _tags(
        "Additional Export Controls: Advanced Computing Items; Entity List Modification",
        "This document extends the deadline for written comments on the interim final rule to March 1.",
        source="federal_register",
        document_type="RULE",
        agencies=["Commerce Department", "Industry and Security Bureau"],
        cfr_parts=["15 CFR 744"],
    )
    assert tags == {"export_control.other"}


def test_a_letter_imposing_export_restrictions_is_a_requirement_and_a_fear_is_not() -> None:
    assert "license.requirement" in _tags(
        "U.S. orders foundry to halt AI-chip shipments",
        "The Commerce Department sent the foundry a letter imposing export restrictions on advanced chips "
        "bound for Xland customers.",
    )
    assert (
        _tags(
            "Chip stocks slide on curb worries",
            "Stocks fell on worries that Washington would tighten export controls on Xland.",
        )
        == set()
    )


def test_a_us_licence_suspension_stays_in_scope_beside_tariff_talk() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "U.S. suspends licences for turbine parts to Xland",
        "text": "The move came as the trade war shifted from tariffs to supply chains.",
    }
    assert out_of_scope(item_to_document(item)) is None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Washington okays tool shipments",
            "The Commerce Department signed off on export licences for the tools.",
        ),
        (
            "Acme says U.S. rejected its bid",
            "The Commerce Department turned down its application for an export licence.",
        ),
        (
            "Commerce sits on chip licence requests",
            "Requests for export licences have gone unanswered for months.",
        ),
        (
            "Acme wins U.S. nod",
            "Acme received approval from the U.S. Commerce Department to restart shipments to Xtel.",
        ),
        (
            "Treasury acts on Acme's stake",
            "The Treasury Department's OFAC issued a specific licence to Acme Oil to wind down.",
        ),
        (
            "Acme gets the go-ahead",
            "Acme has been given the green light by U.S. authorities to export turbines to Xland.",
        ),
        ("Commerce extends Acme's authorisation to serve Xtel", "The Commerce Department acted on Friday."),
        (
            "Acme still waiting",
            "Acme said it had applied for a U.S. export licence and had not heard from Commerce.",
        ),
    ],
)
def test_licence_decisions_in_the_words_of_the_issue_list(title: str, text: str) -> None:
    assert _tags(title, text) == {"license.decision"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Lawmakers urge Commerce to deny Acme licences",
            "Senators urged the Commerce Department to deny any export licences.",
        ),
        (
            "Treasury eases Xland oil sanctions",
            "OFAC issued a general licence authorising oil transactions for six months.",
        ),
        ("UK issues licence for Xoil's German units", "The licence lets firms keep dealing with the units."),
    ],
)
def test_advocacy_general_licences_and_foreign_licences_decide_no_us_licence(title: str, text: str) -> None:
    assert "license.decision" not in _tags(title, text)


def test_another_government_reimposing_sanctions_is_out_of_scope() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Japan reimposes Xland sanctions on 40 entities",
        "text": "",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_the_pentagons_military_company_label_is_no_designation() -> None:
    tags = _tags(
        "Phone maker and Pentagon ask court to vacate its label",
        "The company and the Department of Defense asked the court to vacate the Pentagon's designation "
        "of the company as a Communist Chinese military company.",
    )
    assert "sanctions.designation" not in tags


def test_a_removal_beside_an_added_address_is_still_a_removal() -> None:
    tags = _tags(
        "BIS amends the Entity List",
        "BIS adds 30 persons to the Entity List. The rule also corrects a Swedish entry by adding an address "
        "in Estonia, revises two entries in Canada, and removes one person in Peru.",
    )
    assert {"entity_list.addition", "entity_list.revision", "entity_list.removal"} <= tags


def test_shipping_only_after_obtaining_a_licence_is_a_requirement() -> None:
    tags = _tags(
        "Tool makers told to seek licences for Xland fabs",
        "The Commerce Department sent letters telling tool makers they may not ship to Xland fabs without "
        "first obtaining an export licence.",
    )
    assert tags == {"license.requirement"}


def test_licensing_data_recalling_policies_is_a_decision_only() -> None:
    tags = _tags(
        "BIS data: a third of licence requests refused",
        "BIS said it approved 2,000 export licence applications for listed Xland firms and denied 900. Many "
        "approvals reflected licensing policies set in 2019, it said.",
    )
    assert tags == {"license.decision"}


def test_a_us_licence_in_a_supply_chain_story_is_in_scope() -> None:
    tags = _tags(
        "Panel maker wins U.S. approval to ship to Xtel",
        "The panel maker has received a U.S. Commerce Department licence to supply Xtel; it is unclear "
        "whether others in the supply chain will get one.",
    )
    assert tags == {"license.decision"}


def test_an_approval_beside_a_lapsed_general_licence_is_the_decision() -> None:
    tags = _tags(
        "Refiner wins U.S. approval to resume Xland oil imports",
        "The refiner has obtained U.S. approval to resume importing Xland crude despite U.S. sanctions. "
        "Sanctions returned in April when General License 44 lapsed.",
    )
    assert tags == {"license.decision"}


def test_a_licence_named_by_its_office_and_a_rule_named_for_licences() -> None:
    assert "license.decision" in _tags(
        "Treasury grants gas field licence",
        "The U.S. Treasury granted an Office of Foreign Assets Control licence allowing talks on the field.",
    )
    assert "license.decision" not in _tags(
        "BIS eases chip review policy",
        "BIS issued a final rule, Revision to License Review Policy for Advanced Computing Commodities.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Treasury revokes licence",
            "The State Department announced the U.S. Treasury's revocation of Foo's license.",
        ),
        (
            "U.S. exempts Xland from sanctions over port",
            "The United States exempted Xland from certain sanctions.",
        ),
        ("U.S. lets waivers lapse", "Washington let the sanctions waivers for oil buyers expire on May 2."),
        (
            "OFAC extends deadline for Foo Group",
            "OFAC extended the wind-down deadline for dealings with Foo Group.",
        ),
    ],
)
def test_licences_named_by_their_decision_and_sanctions_waivers_are_decisions(title: str, text: str) -> None:
    assert "license.decision" in _tags(title, text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Xland seeks exemption", "Xland asked to be exempted from U.S. sanctions for its port."),
        ("Commerce extends comment period", "BIS extended the deadline for comments on its sanctions rule."),
        ("Lawmakers may end waivers", "Senators said they could let the waivers lapse."),
    ],
)
def test_requests_hedges_and_comment_deadlines_are_no_licence_decision(title: str, text: str) -> None:
    assert "license.decision" not in _tags(title, text)


def test_an_arms_embargo_changed_is_a_licence_requirement_unless_the_un_decides() -> None:
    assert "license.requirement" in _tags(
        "US Lifts Arms Embargo on Xland", "The State Department announced it."
    )
    assert "license.requirement" in _tags(
        "Xland sanctions", "President Bush imposed an export ban against Xland."
    )
    assert "license.requirement" not in _tags(
        "Council acts", "The U.N. Security Council lifted its arms embargo on Xland."
    )


def test_nrc_export_licensing_is_in_scope_and_its_reactor_licensing_is_not() -> None:
    fields: dict[str, object] = {"source": "federal_register", "agencies": ["Nuclear Regulatory Commission"]}
    export = item_to_document(
        {
            "id": "t",
            "title": "Order Suspending General License Authority To Export to Xland",
            "text": "",
            "cfr_parts": ["10 CFR 110"],
        }
        | fields
    )
    reactor = item_to_document(
        {
            "id": "t",
            "title": "Foo Nuclear Station; Transfer of Licenses",
            "text": "",
            "cfr_parts": ["10 CFR 50", "10 CFR 110"],
        }
        | fields
    )
    assert out_of_scope(export) is None
    assert out_of_scope(reactor) is not None


def test_sanctions_waived_for_a_transfer_are_a_licence_decision() -> None:
    assert "license.decision" in _tags(
        "U.S. allows Xland funds transfer",
        "The Secretary of State waived U.S. sanctions to let the funds move to a third country.",
    )
    assert "license.decision" in _tags(
        "U.S. grants temporary exemption for Xland regarding the sanctions against Foo Oil",
        "OFAC issued a licence for the refinery.",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The administration decided to lift its three-year-old ban on sales of offensive weapons to Xland.",
        "The President signed an executive order imposing a ban on trade with Xland.",
    ],
)
def test_a_ban_on_weapons_sales_or_trade_changed_is_a_licence_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Xland policy", text)


def test_a_third_executive_order_allowing_sanctions_creates_a_programme() -> None:
    assert "sanctions.regulation" in _tags(
        "U.S. sanctions Xland officials",
        "The President also signed a third executive order that allows future sanctions on key sectors.",
    )


def test_an_entity_list_title_naming_revisions_and_additions_makes_both() -> None:
    tags = _tags("Entity List: Revisions and Additions", source="federal_register", document_type="RULE")
    assert {"entity_list.addition", "entity_list.revision"} <= tags


def test_a_country_joining_a_regime_changes_no_licence_requirement_from_metadata_alone() -> None:
    parts = ["15 CFR 740", "15 CFR 742"]
    joined = _tags(
        "Addition of Xland to the Nuclear Suppliers Group (NSG), and other revisions",
        source="federal_register",
        document_type="RULE",
        cfr_parts=parts,
    )
    assert "license.requirement" not in joined
    assert "license.requirement" in _tags(
        "Revisions to License Exception ENC", source="federal_register", document_type="RULE", cfr_parts=parts
    )


def test_a_sanctions_actions_notice_is_no_regulation_whatever_parts_it_cites() -> None:
    def tags(title: str) -> set[str]:
        return _tags(title, source="federal_register", document_type="NOTICE", cfr_parts=["31 CFR 594"])

    assert "sanctions.regulation" not in tags("Notice of OFAC Sanctions Actions")
    assert "sanctions.regulation" in tags("Publication of Xland Sanctions Regulations Web General License 6")


def test_frozen_assets_are_a_designation_and_a_power_to_freeze_is_not() -> None:
    assert "sanctions.designation" in _tags(
        "Treasury freezes assets of Xland's president", "The U.S. Treasury froze the assets of Jon Foo."
    )
    assert "sanctions.designation" not in _tags(
        "Bush signs Xland order", "The order lets the Treasury freeze the assets of Xland officials."
    )


def test_a_us_trade_embargo_lifted_is_in_scope_beside_tariff_talk() -> None:
    tags = _tags(
        "President ends Xland trade embargo",
        "The President said he was lifting the U.S. trade embargo on Xland. Xland goods still face high "
        "U.S. tariffs.",
    )
    assert "license.requirement" in tags


def test_a_government_secures_a_sanctions_exemption() -> None:
    assert "license.decision" in _tags(
        "Xland secures US exemption for Foobank sanctions", "The minister announced it on Friday."
    )


def test_an_entity_list_title_removing_and_modifying_persons_is_a_removal() -> None:
    tags = _tags(
        "Removal and Modifications for Persons Listed Under Xland on the Entity List",
        source="federal_register",
        document_type="RULE",
    )
    assert "entity_list.removal" in tags


def test_an_advisory_committees_meeting_is_no_export_control_item() -> None:
    fields: dict[str, object] = {
        "source": "federal_register",
        "document_type": "NOTICE",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
    }
    title = "Regulations and Procedures Technical Advisory Committee; Notice of Partially Closed Meeting"
    assert _tags(title, "The committee advises on export control regulations.", **fields) == set()


def test_recruiting_an_advisory_committee_is_no_export_control_item_though_it_names_the_ear() -> None:
    fields: dict[str, object] = {
        "source": "federal_register",
        "document_type": "NOTICE",
        "agencies": ["Industry and Security Bureau"],
    }
    title = "Technical Advisory Committees; Notice of Recruitment of Members"
    assert (
        _tags(title, "The committees advise on the Export Administration Regulations (EAR).", **fields)
        == set()
    )


def test_a_state_s_assets_frozen_make_a_programme_not_a_designation() -> None:
    for text in (
        "The order builds on an earlier one that froze Xlandian government assets in the United States.",
        "The U.S. Treasury froze the assets of the government of Xland.",
        "Washington announced a freeze on the regime's assets.",
    ):
        assert "sanctions.designation" not in _tags("Bush widens Xland measures", text), text
    assert "sanctions.designation" in _tags(
        "Treasury acts on Xland", "The U.S. Treasury froze the assets of the regime's leaders."
    )


def test_nrc_notices_of_export_licence_applications_decide_a_licence_without_metadata() -> None:
    def tags(title: str, text: str) -> set[str]:
        return _tags(
            title, text, source="federal_register", agencies=["Nuclear Regulatory Commission"], cfr_parts=[]
        )

    assert "license.decision" in tags(
        "Foo Technologies, Inc.",
        "The NRC received and is considering issuing an export license (XW031), requested by Foo "
        "Technologies, Inc. by application dated November 28, 2022.",
    )
    assert "license.decision" in tags(
        "Foo, Inc.",
        "The NRC received and is considering issuing an extension on an export license (XW015), requested "
        "by Foo, Inc.",
    )
    # A change of owner of an export-licence holder decides no export.
    assert not tags(
        "Foo Inc.; Consideration of Approval of Transfer of Control of Licenses",
        "The NRC is considering approval of the indirect transfer of control of Foo's interest in a holder "
        "of NRC export license number XSOU8789.",
    )


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Europeans Set Arms Embargo On Xland",
            "European Union officials said the bloc's foreign ministers would approve an arms embargo and a "
            "freeze on the military rulers' assets.",
        ),
        ("UK media regulator revokes licenses of Xland TV group", "The regulator revoked six licences."),
        ("Australia applies Magnitsky sanctions for first time", "Canberra designated 39 officials."),
    ],
)
def test_a_headline_led_by_another_government_is_out_of_scope(title: str, text: str) -> None:
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))
    assert not _tags(title, text)


def test_a_company_named_for_its_country_is_no_foreign_government() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "China Mobile banned from operating in the U.S.",
            "text": "The FCC voted to revoke the carrier's authorisation.",
        }
    )
    reason = out_of_scope(document) or ""
    assert "another government" not in reason


@pytest.mark.parametrize(
    "text",
    [
        "The order bars exports of U.S. goods, technology and services to Xland.",
        "The President signed the order, cutting off nearly all U.S. trade with Xland.",
    ],
)
def test_an_order_barring_exports_to_a_country_is_a_licence_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Bush acts on Xland", text)


def test_sanctions_imposed_on_counted_parties_designate_them() -> None:
    assert "sanctions.imposed_on_parties" in _classified(
        "U.S. applies sanctions for chemical sales",
        "The United States had imposed trade sanctions on five Xlandian individuals and two companies.",
    ).get("sanctions.designation", set())
    for text in (
        "The United States would impose sanctions on Xlandian companies that help the programme.",
        "The European Union imposed sanctions on 12 Xlandian officials.",
        "The United States imposed sanctions on Xland last year.",
    ):
        assert "sanctions.imposed_on_parties" not in _classified("Xland", text).get(
            "sanctions.designation", set()
        ), text


def test_an_order_barring_dealings_is_a_programme() -> None:
    assert "sanctions.regulation" in _tags(
        "Trump sanctions seek to halt Xland financing",
        "President Trump signed an executive order on August 24, barring U.S. persons from dealing in new "
        "debt of the Xland government.",
    )


def test_a_rule_on_denial_procedures_denies_nobody() -> None:
    text = "This rule amends how BIS decides whether to deny the export privileges of a convicted person."

    def tags(document_type: str) -> set[str]:
        return _tags(
            "Revision to the Export Administration Regulations; Administrative Enforcement Proceedings",
            text,
            source="federal_register",
            document_type=document_type,
            agencies=["Commerce Department", "Industry and Security Bureau"],
        )

    assert "other_list.change" not in tags("RULE")
    assert "export_control.other" in tags("RULE")
    assert "other_list.change" in tags("NOTICE")


def test_a_rule_simplifying_the_regulations_changes_no_licence_requirement() -> None:
    tags = _tags(
        "Export Administration Regulation; Simplification of Export Administration Regulations",
        "This interim rule restructures and reorganizes the Export Administration Regulations (EAR).",
        source="federal_register",
        document_type="RULE",
        cfr_parts=["15 CFR 740", "15 CFR 742", "15 CFR 744"],
        agencies=["Commerce Department", "Export Administration Bureau"],
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Xtech Two-Day Hybrid Conference at the Department of Commerce", "BIS is announcing a conference."),
        (
            "Impact of the Implementation of the Chemical Weapons Convention During Calendar Year 2030",
            "The Bureau of Industry and Security is seeking public comments on the impact that the "
            "Chemical Weapons Convention Regulations have had. The purpose of this notice of inquiry is to "
            "collect information for the annual certification.",
        ),
    ],
)
def test_a_bis_conference_or_inquiry_gets_no_export_control_fallback(title: str, text: str) -> None:
    agencies = ["Commerce Department", "Industry and Security Bureau"]
    tags = _tags(title, text, source="federal_register", document_type="NOTICE", agencies=agencies)
    assert "export_control.other" not in tags
    assert "export_control.other" in _tags(
        "Request for Public Comments on the Recordkeeping Requirements of the EAR",
        "BIS is seeking public comment on the recordkeeping requirements of the EAR.",
        source="federal_register",
        document_type="NOTICE",
        agencies=agencies,
    )


def test_the_security_council_s_sanctions_are_the_united_nations() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "UN Security Council slaps sanctions on Xland's leader",
            "text": "The United Nations Security Council voted 15-0 for an arms embargo and an asset freeze "
            "on the leader. The council may add further names to the sanctions list.",
        }
    )
    assert out_of_scope(document)


def test_a_country_s_sanctions_eased_or_its_travel_limits_lifted_are_its_programme() -> None:
    def rules(title: str, text: str) -> set[str]:
        return _classified(title, text).get("sanctions.regulation", set())

    assert "sanctions.country_programme_eased" in rules(
        "Bush acts", "President Bush ended the economic sanctions on South Africa on Wednesday."
    )
    assert "sanctions.country_programme_eased" in rules(
        "White House acts", "The White House lifted the ban on Americans travelling to Libya on Thursday."
    )
    assert "sanctions.country_programme_eased" in rules(
        "Obama Eases Limits On Cuba Travel, Remittances", "The White House announced it."
    )
    assert "sanctions.country_programme_eased" in rules(
        "White House acts", "The President lifted all limits on family visits and remittances."
    )
    for text in (
        "Treasury lifted sanctions on Russia's Rusal and En+ Group.",
        "The United States would ease sanctions on Cuba if talks succeed.",
        "The European Union lifted sanctions on Belarus.",
    ):
        assert "sanctions.country_programme_eased" not in rules("Sanctions news", text), text


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Treasury acts on Foo",
            "The U.S. Treasury on Monday renewed for another three months, through January 22, the licence "
            "that lets Foo Oil keep working in Xland despite sanctions.",
        ),
        (
            "Administration renews three-month license for Foo Oil in Xland",
            "The Treasury said so on Monday, despite sanctions on the state oil company.",
        ),
        ("U.S. Exempts 7 Countries From Xland Oil Sanctions", "Secretary Clinton decided it on Monday."),
    ],
)
def test_one_licence_or_exemption_renewed_or_granted_is_a_licence_decision(title: str, text: str) -> None:
    assert "license.decision" in _tags(title, text)


def test_a_ban_on_arms_sales_to_a_country_is_a_licence_requirement() -> None:
    assert "license.requirement" in _tags("US bans arms sales to Xland", "The State Department said so.")
    assert "license.requirement" not in _tags(
        "Xland talks", "The United States would ban arms sales to Xland if the talks fail."
    )


def test_an_nrc_title_naming_an_application_to_export_is_a_licence_decision() -> None:
    title = "Application for a License To Export High-Enriched Uranium"
    tags = _tags(
        title, title, source="federal_register", document_type="NOTICE", cfr_parts=[],
        agencies=["Nuclear Regulatory Commission"],
    )  # fmt: skip
    assert "license.decision" in tags


def test_designations_counted_are_designations_and_a_year_is_no_count() -> None:
    def rules(text: str) -> set[str]:
        return _classified("Sanctions news", text).get("sanctions.designation", set())

    assert "sanctions.counted_designations" in rules(
        "The United States began enforcing the act with 39 Treasury and State Department designations."
    )
    assert "sanctions.counted_designations" not in rules(
        "The rule took effect in March 2018 alongside OFAC sectoral sanctions designations."
    )


def test_a_sanctions_action_notice_title_is_a_designation() -> None:
    title = "Notice of Department of State Sanctions Action"
    assert "sanctions.designation" in _tags(
        title, title, source="federal_register", document_type="NOTICE", agencies=["State Department"]
    )


def test_a_regime_s_plenary_implemented_gets_no_licence_requirement_from_its_parts() -> None:
    def tags(title: str) -> set[str]:
        return _tags(
            title,
            "BIS is amending the EAR to reflect changes to the MTCR Annex agreed at the Plenary.",
            source="federal_register",
            document_type="RULE",
            cfr_parts=["15 CFR 742", "15 CFR 774"],
            agencies=["Commerce Department", "Industry and Security Bureau"],
        )

    planned = tags(
        "Revisions to the EAR Based on the 2016 Missile Technology Control Regime Plenary Agreements"
    )
    assert "license.requirement" not in planned
    assert "export_control.other" in planned
    assert "license.requirement" in tags(
        "Revisions to License Exception STA Based on MTCR Plenary Agreements"
    )


def test_assets_of_counted_people_blocked_are_a_designation() -> None:
    assert "sanctions.designation" in _tags(
        "Obama sanctions five over Xland crisis",
        "In an executive order the President blocked the U.S. assets of five people named in its annex.",
    )
    assert "sanctions.frozen" not in _classified(
        "Order on Xland", "The order blocks the property of the Government of Xland in the United States."
    ).get("sanctions.designation", set())


def test_a_country_programme_revoked_is_a_regulation() -> None:
    assert "sanctions.regulation" in _tags(
        "Sanctions revoked",
        "The State Department said the Xlandian Sanctions Regulations are to be removed from the code.",
    )
    assert "sanctions.regulation" in _tags(
        "U.S. acts on Sudan", "The United States revoked the economic sanctions on Sudan on Friday."
    )


def test_another_government_s_court_leads_its_own_story() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Government freezes new arms licences for Xland after court ruling",
            "text": "Britain's Court of Appeal ruled on June 20 that the government had acted unlawfully by "
            "licensing arms exports to Xland. The minister said no new licences would be granted.",
        }
    )
    assert out_of_scope(document)


def test_a_reason_clause_with_could_is_no_hedge_on_the_listing() -> None:
    text = (
        "The Commerce Department placed three Xlandian organisations on its Entity List over concerns that "
        "their exports could help develop missiles."
    )
    assert "entity_list.addition" in _tags("Three firms listed", text)
    assert "entity_list.addition" not in _tags(
        "Firms may be listed", "The Commerce Department could add three Xlandian firms to its Entity List."
    )


def test_the_energy_department_s_subsequent_arrangement_is_a_licence_decision() -> None:
    tags = _tags(
        "Proposed Subsequent Arrangement",
        "The Department is providing notice of a proposed subsequent arrangement under the Agreement for "
        "Cooperation Concerning Civil Uses of Nuclear Energy.",
        source="federal_register",
        document_type="NOTICE",
        agencies=["Energy Department"],
    )
    assert "license.decision" in tags


def test_defense_production_act_designations_are_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Notice of Designation of Scarce Materials Subject to Hoarding Prevention Measures",
            "text": "HHS announces a Notice under Executive Order 13910 and section 102 of the Defense "
            "Production Act designating scarce resources.",
            "agencies": ["Health and Human Services Department"],
            "document_type": "NOTICE",
        }
    )
    assert out_of_scope(document)


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        (
            "President Bush signed Executive Order 13382 on June 29, letting the Treasury freeze the assets "
            "of proliferators.",
            "sanctions.regulation",
        ),
        (
            "The order blocks the U.S. property of four men accused of atrocities in Xland.",
            "sanctions.designation",
        ),
    ],
)
def test_orders_that_freeze_or_block_the_property_of_counted_men(text: str, tag: str) -> None:
    assert tag in _tags("Bush orders sanctions", text)


def test_editorial_clarifications_tidy_the_regulations() -> None:
    tags = _tags(
        "Editorial Clarifications and Revisions to the Export Administration Regulations",
        "This rule amends the EAR by making certain editorial revisions and clarifications.",
        source="federal_register",
        document_type="RULE",
        cfr_parts=["15 CFR 734", "15 CFR 742"],
        agencies=["Commerce Department", "Export Administration Bureau"],
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    "text",
    [
        "The order blocks all property and assets of President Jon Foo and 76 government officials.",
        "The Treasury published its first list of 18 people facing asset freezes and visa bans.",
    ],
)
def test_property_blocked_of_a_leader_and_counted_officials_designates_them(text: str) -> None:
    assert "sanctions.designation" in _tags("Sanctions on Xland", text)


def test_a_rule_on_the_validity_or_revocation_of_a_class_of_licences_is_a_requirement() -> None:
    title = (
        "Establishment of 24-Month Validity Period for Certain Reexport Authorizations and Revocation of "
        "Other Authorizations"
    )
    tags = _tags(title, title, source="federal_register", document_type="RULE")
    assert tags == {"license.requirement"}
    news = _tags("Commerce revokes licences", "Commerce revoked the export licences of Foo Corp on Monday.")
    assert "license.decision" in news


def test_a_rule_that_consolidates_information_collections_is_no_paperwork_notice() -> None:
    title = "Reporting and Procedures Regulations: Consolidation of Information Collections"
    fields = {
        "source": "federal_register",
        "agencies": ["Treasury Department", "Foreign Assets Control Office"],
    }
    rule = item_to_document({"id": "r", "title": title, "text": title, "document_type": "RULE"} | fields)
    notice = item_to_document({"id": "n", "title": title, "text": title, "document_type": "NOTICE"} | fields)
    assert out_of_scope(rule) is None
    assert out_of_scope(notice)


@pytest.mark.parametrize(
    "text",
    [
        "The law bars foreign subsidiaries of U.S. companies from trading with Xland.",
        "Commerce published a list of luxury goods that may no longer be exported to Xland.",
        "It is no longer the policy of the United States to deny all requests for licenses to export lethal "
        "items to Xland. All requests will henceforth be reviewed on a case-by-case basis.",
        "BXA proposes revising the restrictions on exports of heavy crude oil under the EAR.",
    ],
)
def test_a_country_or_class_of_goods_barred_or_its_licence_policy_changed_is_a_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Export rules change", text)


def test_items_moved_between_the_commerce_and_munitions_lists_are_export_control_only() -> None:
    tags = _tags(
        "Removal of Satellites From the Commerce Control List for Retransfer to the Munitions List",
        "BXA is amending the EAR by removing satellites from the CCL.",
        source="federal_register",
        document_type="RULE",
        cfr_parts=["15 CFR 740", "15 CFR 742", "15 CFR 774"],
        agencies=["Commerce Department", "Export Administration Bureau"],
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    "title",
    ["UK gov't freezes Foo's assets", "The British government froze the assets of Foo and granted a licence"],
)
def test_another_government_by_abbreviation_or_demonym_is_out_of_scope(title: str) -> None:
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": title}))


@pytest.mark.parametrize(
    "text",
    [
        "The administration imposed two-year sanctions on the Xland space organisation Foocosmos.",
        "The order bars U.S. persons from dealing in the property of the people listed in its annex.",
        "The State Department at once named the first four targets, all Xland settlers.",
    ],
)
def test_sanctions_on_a_named_body_an_annex_and_named_targets_designate(text: str) -> None:
    assert "sanctions.designation" in _tags("Sanctions on Xland", text)


def test_a_headline_targeting_threats_designates_nobody() -> None:
    assert "sanctions.designation" not in _tags("U.S. targets threats to Xland transition")


def test_defence_sales_licensed_case_by_case_are_a_requirement_but_a_rule_told_as_background_is_not() -> None:
    eased = (
        "The State Department eased its restrictions on defence sales to Xland to allow exports of patrol "
        "boats, which may now be licensed case by case."
    )
    assert "license.requirement" in _tags("U.S. eases Xland defence sales", eased)
    background = (
        "Commerce granted Foo Corp a one-year authorisation to keep shipping tools to its Xland plant. "
        "Under the new rules, such exports otherwise need a licence reviewed case by case."
    )
    assert "license.requirement" not in _tags("Foo gets one-year authorisation", background)


def test_another_government_named_with_a_date_in_the_first_sentence_is_out_of_scope() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "LONDON - First own human rights sanctions target Xland",
        "text": "Britain on July 6, 2020 made the first designations under its own regime, freezing assets "
        "of 49 people.",
    }
    assert out_of_scope(item_to_document(item))


@pytest.mark.parametrize(
    "text",
    [
        "Clinton Freezes Belgrade's Assets. The order blocks the U.S. property of the governments of Xland.",
        "Officials let Foo Corp sell spare parts to Xland, although U.S. sanctions bar such sales.",
    ],
)
def test_a_capital_s_or_governments_assets_and_sanctions_as_a_noun_designate_nobody(text: str) -> None:
    title, _, body = text.partition(". ")
    assert "sanctions.designation" not in _tags(title, body or title)


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Treasury on Monday sanctioned General Foo Barrow, chief of staff of the Xland army.",
        "Treasury on Tuesday sanctioned Xland navy commander Foo Bar and a defence ministry director.",
        "OFAC blacklisted two senior Xland officials over the base contract.",
    ],
)
def test_the_treasury_sanctioning_a_person_by_name_or_office_designates(text: str) -> None:
    assert _tags("U.S. blacklists Xland official", text) == {"sanctions.designation"}


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury sanctioned North Korea over its weapons programme.",
        "Treasury Secretary Foo said Zarif would be blacklisted that week, and a spokesman said officials "
        "were exploring further sanctions.",
    ],
)
def test_a_country_sanctioned_or_a_preview_of_a_blacklisting_designates_nobody(text: str) -> None:
    assert "sanctions.designation" not in _tags("Xland news", text)


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        (
            "Entity List: Removals and Revisions of Certain Entities",
            {"entity_list.removal", "entity_list.revision"},
        ),
        (
            "Entity List Additions, Removals, and Revisions",
            {"entity_list.addition", "entity_list.removal", "entity_list.revision"},
        ),
    ],
)
def test_an_entity_list_title_naming_several_actions_after_a_colon_or_a_comma_gives_each(
    title: str, tags: set[str]
) -> None:
    assert _tags(title, title) == tags


def test_a_first_sentence_is_not_cut_after_an_initialism() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Xland faces oil embargo",
        "text": "The U.N. Security Council voted on June 16 for a ban on oil shipments to Xland and a "
        "freeze of Xlandian assets abroad. The measures take effect in a week.",
    }
    assert out_of_scope(item_to_document(item))
    text = "The U.S. Treasury on June 16 froze the assets of Foo Bar. The U.N. Security Council voted on the "
    us = {**item, "text": text + "same day for a ban on oil shipments."}
    assert not out_of_scope(item_to_document(us))


@pytest.mark.parametrize(
    "title",
    [
        "Order freezes assets of those undermining Xland",
        "Order freezes the assets of anyone who aids Xland rebels",
    ],
)
def test_assets_frozen_of_a_class_of_persons_designate_nobody(title: str) -> None:
    assert "sanctions.designation" not in _tags(title, title)
    assert "sanctions.designation" in _tags(
        "Treasury freezes assets of Foo Bar", "Treasury freezes assets of Foo Bar"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Secretary invoked an emergency provision to complete 22 pending arms transfers worth $8 billion "
        "to Xland.",
        "The State Department halted a planned commercial sale of 26,000 assault rifles to the Xland police.",
        # Going ahead with a sale, releasing held deliveries, notifying Congress of a sale.
        "The administration told Congress it would go ahead with more than $10 billion of weapons sales to "
        "Xland agreed last year.",
        "The White House said it was lifting the freeze on deliveries of major weapons to Xland.",
        "Washington ended the hold on shipments of fighter jets to Xland.",
        "The State Department formally notified Congress on May 2, 2011 of a possible sale to Xland of 40 "
        "fighter jets worth about $3 billion.",
        # Named deliveries held: "delay indefinitely the delivery of", "paused a shipment to Xland of".
        "The President decided to delay indefinitely the delivery of four F-16 fighter jets to Xland's air "
        "force.",
        "The United States had paused a shipment to Xland of 1,800 2,000-pound bombs the week before.",
        "The administration said it had blocked a planned transfer of precision-guided munitions to Xland.",
    ],
)
def test_a_given_arms_sale_halted_or_pushed_through_is_a_licence_decision(text: str) -> None:
    assert _tags("Arms sales to Xland", text) == {"license.decision"}


def test_arms_sales_to_a_country_banned_or_a_sale_not_blocked_are_no_decision() -> None:
    assert "license.decision" not in _tags(
        "US bans arms sales to Xland", "The U.S. banned arms sales to Xland."
    )
    assert "license.decision" not in _tags(
        "Xland deal", "Congress did not block the $2 billion arms package."
    )
    assert "license.decision" not in _tags(
        "Xland deal", "The administration did not go ahead with the planned $2 billion arms package."
    )
    # Another government's freeze lifted is its own decision.
    assert "license.decision" not in _tags(
        "EU arms", "The European Union lifted the freeze on deliveries of arms to Xland."
    )


@pytest.mark.parametrize(
    "text",
    [
        "OFAC removed the general licence for group people-to-people educational travel to Xland.",
        "The directive came with a sixth package of Treasury and Commerce rule changes easing the Xland "
        "embargo.",
    ],
)
def test_a_general_licence_removed_or_treasury_rule_changes_under_an_embargo_are_a_programme_change(
    text: str,
) -> None:
    assert "sanctions.regulation" in _tags("Xland travel", text)
    assert "sanctions.regulation" not in _tags(
        "Tax", "Treasury rule changes on partnership audits took effect."
    )


def test_a_bis_notice_titled_impact_of_is_an_inquiry_without_a_tag() -> None:
    item = {
        "id": "t",
        "source": "federal_register",
        "title": "Impact of Reducing the Threshold for Commercial Xland Chemical Activities",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "document_type": "NOTICE",
    }
    assert classify(item_to_document(item)).tags == []
    rule = {**item, "title": "Reducing the Threshold for Commercial Xland Chemical Activities"}
    assert [t.id for t in classify(item_to_document(rule)).tags] == ["export_control.other"]


@pytest.mark.parametrize(
    ("title", "tags"),
    [
        (
            "Entity List: Removal of Persons Based on Request; Implementation of Annual Review Changes and "
            "Modifications and Corrections",
            {"entity_list.removal", "entity_list.revision"},
        ),
        (
            "Certain Persons and Modification of Certain Entries to the Entity List; Additions and Removals",
            {"entity_list.addition", "entity_list.removal", "entity_list.revision"},
        ),
        (
            "Addition of Entities to the Entity List; Removal of an Entity From the Military End User List",
            {"entity_list.addition", "other_list.change"},
        ),
    ],
)
def test_an_entity_list_title_s_actions_after_a_semicolon(title: str, tags: set[str]) -> None:
    assert _tags(title, title) == tags


def test_a_subsequent_arrangement_titled_after_its_office_is_a_licence_decision() -> None:
    item = {
        "id": "t",
        "source": "federal_register",
        "title": "Office of Arms Control and Nonproliferation; Proposed Subsequent Arrangement",
        "agencies": ["Energy Department"],
        "document_type": "NOTICE",
    }
    assert [t.id for t in classify(item_to_document(item)).tags] == ["license.decision"]


def test_a_licence_that_would_have_been_granted_is_no_decision() -> None:
    text = (
        "Commerce settled with the laboratory over shipments made without the licences the EAR required; an "
        "official said the export licences would probably have been granted."
    )
    assert "license.decision" not in _tags("Commerce settles export case", text)


def test_a_ban_on_exports_of_a_class_of_goods_ended_is_a_requirement() -> None:
    text = (
        "The President determined that exports of crude oil from Xland's north were in the national "
        "interest, ending a 23-year-old ban under the law."
    )
    assert "license.requirement" in _tags("President ends oil export ban", text)


def test_a_security_council_embargo_on_a_us_drafted_resolution_is_the_united_nations() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "UN imposes arms embargo on Xland",
        "text": "The U.N. Security Council imposed an arms embargo on Xland on July 13, adopting a "
        "U.S.-drafted resolution with nine votes.",
    }
    assert out_of_scope(item_to_document(item))


@pytest.mark.parametrize(
    "text",
    [
        "The ITAR amendment published on February 14 took effect at once.",
        "The State Department added Xland to the list of proscribed countries.",
    ],
)
def test_an_itar_amendment_by_its_noun_or_a_country_proscribed_is_an_itar_change(text: str) -> None:
    assert "export_control.other" in _tags("State restricts arms exports to Xland", text)


def test_an_entity_list_title_with_deletions_and_an_oxford_comma_gives_each_action() -> None:
    title = "Entity List: Additions, Deletions, and Revisions"
    assert _tags(title, title) == {"entity_list.addition", "entity_list.removal", "entity_list.revision"}


@pytest.mark.parametrize(
    "text",
    [
        "The President ended the five-year-old U.S. trade embargo against Nicaragua on March 13.",
        "State announced the first easing of the trade embargo the United States had kept on North Korea.",
    ],
)
def test_a_country_s_trade_embargo_eased_or_ended_is_its_programme_and_a_requirement(text: str) -> None:
    assert _tags("U.S. eases embargo", text) == {"license.requirement", "sanctions.regulation"}
    arms = "The U.S. lifted its arms embargo on Vietnam."
    assert _tags("U.S. lifts arms embargo", arms) == {"license.requirement"}


@pytest.mark.parametrize(
    "text",
    [
        "Xland said the State Department had approved its request to sell the Foo missile system to Yland.",
        "The Secretary pledged to expedite the third-party transfer approvals for the jets.",
    ],
)
def test_consent_to_another_country_s_transfer_of_us_arms_is_a_licence_decision(text: str) -> None:
    assert _tags("Arms transfer", text) == {"license.decision"}


def test_cocom_is_an_export_control_regime() -> None:
    text = "The United States agreed with its COCOM partners in Paris on a framework for telecoms exports."
    assert _tags("Allies ease curbs on fiber optics", text) == {"export_control.other"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Norway suspends arms exports to Xland",
            "Norway said it had suspended exports of weapons to Xland.",
        ),
        (
            "Council of State scraps 27 export licences",
            "Belgium's Council of State on March 9 suspended 27 licences for arms exports to Xland.",
        ),
    ],
)
def test_any_other_state_leading_a_story_is_out_of_scope(title: str, text: str) -> None:
    item = {"id": "t", "source": "news", "title": title, "text": text}
    assert out_of_scope(item_to_document(item))


def test_another_state_named_as_a_source_or_a_beneficiary_keeps_a_us_licence_decision() -> None:
    text = (
        "Chevron has been granted a restricted U.S. licence to operate in Xland, on condition that no oil "
        "revenue goes to the Venezuelan government."
    )
    assert "license.decision" in _tags("Chevron granted restricted U.S. licence", text)


def test_a_conviction_for_exports_past_a_company_s_inc_is_enforcement() -> None:
    text = (
        "A federal jury on May 17 convicted Foo Bar, Baz Qux and Waltham-based Xland Electronics Inc. of "
        "conspiring to ship military and export-restricted electronics without licences."
    )
    assert _tags("Jury convicts exporters", text) == {"export_control.other"}


def test_assets_frozen_of_an_unnamed_class_of_officials_designate_nobody() -> None:
    text = "The order freezes the assets of senior Xland officials and bans remittances to Xland."
    assert "sanctions.designation" not in _tags("President signs Xland ban", text)
    named = "The order freezes the assets of senior Xland officials, including Foo Bar."
    assert "sanctions.designation" in _tags("President signs Xland ban", named)


@pytest.mark.parametrize(
    "text",
    [
        "The President signed a law that bars U.S. exports to the Xland police of crowd-control munitions "
        "such as tear gas and rubber bullets.",
        "The new law prohibits the export of tear gas and rubber bullets to Xland police.",
        "The order forbids sales of riot-control equipment to the Xland security forces.",
    ],
)
def test_a_class_of_goods_barred_for_a_country_s_forces_is_a_licence_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Xland bill signed", text)


def test_a_bill_that_would_bar_exports_to_a_police_force_requires_nothing_yet() -> None:
    text = "A bill that would bar exports of tear gas to the Xland police passed the House."
    assert "license.requirement" not in _tags("Xland bill", text)


def test_deliberation_reported_with_nothing_done_changes_no_programme() -> None:
    text = "Advisers to the President were discussing ways to ease sanctions on Cuba, including on travel."
    assert "sanctions.regulation" not in _tags("Washington weighs easing sanctions", text)
    assert "sanctions.regulation" in _tags("Sanctions eased", "The administration eased sanctions on Cuba.")


def test_an_application_to_amend_or_renew_an_export_licence_awaits_a_decision() -> None:
    text = (
        "Foo Services, Inc.. SUMMARY: The U.S. Nuclear Regulatory Commission (NRC) received and is "
        "considering an application (XW010/04) from Foo Services, Inc. (FSI) to amend and renew an existing "
        "license authorizing the export of radioactive waste to Xland."
    )
    tags = _tags(
        "Foo Services, Inc.", text, source="federal_register", document_type="NOTICE",
        agencies=["Nuclear Regulatory Commission"],
    )  # fmt: skip
    assert "license.decision" in tags


def test_a_blocking_order_naming_its_persons_designates_them_and_a_denial_order_does_not() -> None:
    text = (
        "The President signed an executive order declaring a national emergency and blocking all property of "
        "the Government of Xland. The order names Foo Bar and four of his children, Baz Bar and Qux Bar."
    )
    assert {"sanctions.designation", "sanctions.regulation"} <= _tags("President moves on Xland", text)
    text = (
        "Commerce issued a temporary denial order. The 180-day order names Foo Aviation and bars its exports."
    )
    assert "sanctions.designation" not in _tags("Commerce denial order", text)


def test_a_sanctions_general_licence_authorising_exports_of_goods_lifts_a_licence_requirement() -> None:
    text = (
        "OFAC issued general licenses authorizing the exportation or reexportation of food items to Xland "
        "without a specific license."
    )
    assert "license.requirement" in _tags("General licenses for food exports to Xland", text)
    text = "OFAC issued a general license that authorizes the exportation of financial services to Xland."
    assert "license.requirement" not in _tags("General license for financial services", text)


def test_a_regime_s_list_implemented_on_the_ccl_is_no_licence_rule_by_its_cfr_parts() -> None:
    title = (
        "Implementation of the Wassenaar Arrangement List of Dual-Use Items: Revisions to the Commerce "
        "Control List and Reporting Under the Wassenaar Arrangement"
    )
    tags = _tags(
        title, title, source="federal_register", document_type="RULE", cfr_parts=["15 CFR 740", "15 CFR 774"],
    )  # fmt: skip
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_officials_designated_are_a_designation_unless_none_was_made() -> None:
    text = "The Treasury designated seven Xland officials and blocked two government bodies over abuses."
    assert "sanctions.designation" in _tags("Treasury acts on Xland", text)
    text = "Senators urged the Treasury to act; the letter only asked, and no designation of them followed."
    assert "sanctions.designation" not in _tags("Senators write to Treasury", text)


def test_the_united_nations_in_capitals_is_another_body_and_kim_jong_un_is_not() -> None:
    assert "license.requirement" not in _tags("UN defeats US demand to extend arms embargo on Xland", "")
    assert "sanctions.designation" in _tags(
        "Treasury acts", "The Treasury designated three officials close to Kim Jong Un."
    )


def test_the_ear_s_other_licence_types_are_licence_rules() -> None:
    text = "BIS proposes to amend the EAR by removing the Special Comprehensive License authorization."
    assert "license.requirement" in _tags("Removal of Special Comprehensive License Provisions", text)


@pytest.mark.parametrize(
    "text",
    [
        "The Commerce Department had approved its request for a medical material exemption allowing it to "
        "buy American medical supplies.",
        "Senators wrote to the Commerce Secretary about his department's approval of an export of 227 tons "
        "of graphite to Xland.",
    ],
)
def test_a_request_for_an_exemption_approved_or_one_export_approved_is_a_licence_decision(text: str) -> None:
    assert "license.decision" in _tags("Export approved", text)


def test_a_licence_refused_before_the_event_told_is_background_and_all_requests_denied_a_policy() -> None:
    text = (
        "Foo's unit pleaded guilty to exporting computers without licences, after Commerce had turned down "
        "an earlier licence request for a sale to the laboratory."
    )
    assert "license.decision" not in _tags("Foo fined", text)
    text = "It is the policy of the United States to deny all requests for licenses to export arms to Xland."
    assert "license.decision" not in _tags("Policy on arms exports to Xland", text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the initiative, exporters need a Commerce Department licence for any shipment they know is "
        "destined for a missile programme.",
        "Exporters must obtain a licence for any shipment destined for a chemical weapons project.",
    ],
)
def test_what_exporters_now_need_a_licence_for_is_a_licence_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Export control initiative", text)


def test_a_licence_a_bill_would_require_or_a_listing_s_own_licence_is_no_requirement_of_its_own() -> None:
    assert "license.requirement" not in _tags(
        "Bill", "Suppliers would need a licence to ship to Foo, a bill says."
    )
    tags = _tags(
        "Commerce adds Foo to Entity List",
        "Commerce added Foo to the Entity List, so suppliers must obtain a licence to ship to it.",
    )
    assert tags == {"entity_list.addition"}


def test_sanctions_waivers_for_named_projects_ended_are_a_licence_decision() -> None:
    text = (
        "The Secretary of State announced that the United States would end the sanctions waivers that let "
        "foreign companies work on civil nuclear projects in Iran."
    )
    assert "license.decision" in _tags("US ends waivers", text)


def test_a_country_s_sector_in_a_headline_is_no_party_but_its_minister_is() -> None:
    text = "The President signed an executive order authorising sanctions on Iran's metals sectors."
    assert "sanctions.designation" not in _tags("U.S. Sanctions Iran's Metals", text)
    assert "sanctions.designation" in _tags("U.S. Sanctions Iran's Foreign Minister Zarif", "")


def test_a_law_s_menu_of_penalties_decides_no_licence() -> None:
    text = "The law lists penalties that include denial of U.S. export licences and a ban on loans."
    assert "license.decision" not in _tags("Sanctions act signed", text)
    assert "license.decision" in _tags("Licences denied", "Commerce denied the export licences of Foo Corp.")


def test_a_sanctions_law_signed_is_a_programme() -> None:
    text = "The President signed the Xland Sanctions Act on Monday, a law that punishes foreign investors."
    assert "sanctions.regulation" in _tags("President signs sanctions law", text)
    assert "sanctions.regulation" not in _tags("Senate debates", "Senators debated a Xland Sanctions Act.")


def test_designated_as_an_adjective_or_in_the_past_perfect_is_no_new_designation() -> None:
    assert "sanctions.designation" not in _tags(
        "OFAC settles with Foo Bank over sanctions violations",
        "The bank agreed to pay $18 million over dealings with designated persons in Zimbabwe.",
    )
    assert "sanctions.designation" not in _tags(
        "OFAC issues a general licence for Foo Metals",
        "Foo Metals had been designated because it is controlled through Bar Group by its owner.",
    )
    assert "sanctions.designation" in _tags(
        "OFAC designates Foo Metals", "The Treasury designated two companies controlled by Bar Group."
    )


def test_an_arms_sale_approved_with_its_count_after_the_noun_is_a_licence_decision() -> None:
    text = "The President said he would approve the sale of 72 F-15 fighter jets to Saudi Arabia."
    assert "license.decision" in _tags("Saudis get jets", text)
    assert "license.decision" not in _tags("Saudis may get jets", text.replace("would", "may"))


def test_an_order_to_one_exporter_suspending_its_exports_is_a_licence_decision() -> None:
    nrc = {
        "source": "federal_register", "agencies": ["Nuclear Regulatory Commission"], "document_type": "NOTICE"
    }  # fmt: skip
    title = "Order To Foo Logistics International Suspending Exports of Certain Source Material"
    assert "license.decision" in _tags(title, title, **nrc)
    title = "Order Suspending General License Authority To Export Byproduct Material to Pakistan"
    assert "license.decision" not in _tags(title, title, **nrc)


def test_a_sanctioned_country_s_goods_let_in_again_ease_its_programme() -> None:
    text = "Americans would be allowed to buy and import Iranian carpets and foodstuffs such as caviar."
    assert "sanctions.regulation" in _tags("US lifts sanctions on Iran's caviar and rugs", text)
    text = "Washington lifted the ban on imports of Cuban cigars."
    assert "sanctions.regulation" in _tags("Embargo eased", text)
    text = "China will allow companies to import Japanese seafood again after sanctions."
    assert not _tags("Seafood trade", text)


def test_a_request_to_sell_at_home_approved_is_no_arms_transfer() -> None:
    text = "Commerce had approved the company's request to sell its sharpest pictures to all customers."
    assert "license.decision" not in _tags("Foo Imaging wins approval", text)
    text = "Washington approved Israel's request to sell the Arrow 3 system to Germany."
    assert "license.decision" in _tags("U.S. clears Arrow 3 sale", text)


def test_a_later_wind_down_date_put_for_an_earlier_deadline_is_a_licence_decision() -> None:
    text = (
        "OFAC issued General License 14, letting U.S. persons wind down business with Foo Metals until "
        "October 23 instead of the June 5 deadline."
    )
    assert "license.decision" in _tags("OFAC issues a general licence for Foo Metals", text)
    text = "OFAC set a June 5 deadline for U.S. persons to wind down business with Foo Metals."
    assert "license.decision" not in _tags("OFAC issues a general licence for Foo Metals", text)


def test_a_general_licence_kept_for_one_named_company_is_a_licence_decision() -> None:
    text = (
        "OFAC on Thursday extended for the fourth time a general licence letting U.S. companies keep doing "
        "business with Foo Refining AB, a joint venture of a blocked state oil company."
    )
    tags = _tags("U.S. continues sanctions break for Foo Refining", text)
    assert "license.decision" in tags
    assert "license.requirement" not in tags
    text = "OFAC extended a general licence letting U.S. persons wind down business with Foo Refining AB."
    assert "license.decision" not in _tags("OFAC extends a wind-down licence", text)


def test_a_general_licence_for_transactions_supporting_the_supply_of_goods_lifts_a_requirement() -> None:
    text = (
        "OFAC issued General License 24, authorizing transactions supporting the sale, supply, storage or "
        "donation of energy such as petroleum and electricity to or within Syria."
    )
    assert "license.requirement" in _tags("OFAC issues a Syria general licence", text)
    text = "OFAC issued General License 25, authorizing transactions for financial services to Syria."
    assert "license.requirement" not in _tags("OFAC issues a Syria general licence", text)


def test_licences_that_may_be_approved_for_a_class_are_a_policy_not_a_decision() -> None:
    text = (
        "The Commerce Department said commercial satellites are not covered by the missile sanctions and "
        "that export licences for them may be approved."
    )
    tags = _tags("Commerce says satellites not covered by sanctions", text)
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_a_denied_report_of_easing_and_sanctions_as_a_noun_before_a_clause_change_nothing() -> None:
    text = (
        "Treasury Secretary Foo said reports he favoured easing sanctions on Iran were misinformation. A "
        "credit line for Iran would breach U.S. sanctions unless the United States approved it."
    )
    tags = _tags("Foo denies wanting to loosen Iran sanctions", text)
    assert "sanctions.designation" not in tags
    assert "sanctions.regulation" not in tags


def test_a_company_seeking_us_clearance_for_one_deal_awaits_a_licence_decision() -> None:
    text = "Foo Oil was seeking clearance from U.S., British and Dutch authorities to pay a sanctioned firm."
    assert "license.decision" in _tags("Foo Oil seeks a sanctions workaround", text)
    text = "Exporters may seek approval from Beijing in special cases under China's export controls."
    assert "license.decision" not in _tags("China lists U.S. firms", text)


def test_items_moved_into_the_ear_s_licensing_jurisdiction_are_an_export_control_change() -> None:
    title = "Exports of Foo Grade Graphite: Change in Licensing Jurisdiction"
    text = (
        f"{title}. SUMMARY: BIS makes foo grade graphite subject to the EAR's licensing jurisdiction and "
        "imposes a license requirement for exports to destinations of concern."
    )
    extra = {"source": "federal_register", "agencies": ["Industry and Security Bureau"]}
    assert "export_control.other" in _tags(title, text, document_type="RULE", **extra)


def test_all_licences_and_every_pending_application_of_a_country_are_a_policy_not_a_decision() -> None:
    text = (
        "BXA issued guidance suspending all existing licences for exports of missile-controlled items to "
        "Indian and Pakistani government bodies. It put every pending Indian and Pakistani licence "
        "application on hold."
    )
    assert "license.decision" not in _tags("Interim Guidance on Export Control Licensing Policy", text)
    text = "BXA suspended the licence of Foo Electronics for exports to Pakistan."
    assert "license.decision" in _tags("BXA suspends a licence", text)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("India lifts Xland arms embargo", "India said it would release some military supplies for Xland."),
        (
            "UK cuts arms licences to Xland",
            "Britain's Foreign Office confirmed that it had revoked five export licences for naval parts.",
        ),
    ],
)
def test_another_government_lifting_or_cutting_its_own_controls_is_no_tag(title: str, text: str) -> None:
    assert not _tags(title, text)


@pytest.mark.parametrize(
    "text",
    [
        "OFAC issued General License 20, authorising transactions ordinarily incident to exports of goods, "
        "technology or non-financial services to or from Burma.",
        "OFAC issued a general licence letting U.S. persons keep dealing with Foo Port Co. where the "
        "dealings relate to exports of agricultural commodities and medicine to Iran.",
    ],
)
def test_a_general_licence_for_dealings_incident_to_exports_lifts_a_requirement(text: str) -> None:
    assert "license.requirement" in _tags("OFAC issues a general licence", text)


def test_a_programme_s_licensing_provisions_amended_for_exports_are_a_requirement() -> None:
    title = "Exports of Agricultural Products to Xland; Travel-Related Transactions"
    text = (
        f"{title}. SUMMARY: OFAC is amending regulations. These regulations amend the licensing provisions "
        "of the Xland Sanctions Regulations as they relate to the exportation of farm goods to Xland."
    )
    extra = {"source": "federal_register", "agencies": ["Foreign Assets Control Office"]}
    assert "license.requirement" in _tags(title, text, document_type="RULE", **extra)


def test_companies_approved_as_validated_end_users_in_the_news_are_a_licence_decision() -> None:
    text = (
        "BIS named the first five companies approved as validated end-users in China on Friday, among them "
        "Foo Materials China and Bar Semiconductor Corp."
    )
    assert "license.decision" in _tags("US eases export curbs on China chip firms", text)


def test_a_rule_making_the_ccl_clearer_sets_no_licence_requirement_by_its_cfr_parts() -> None:
    title = "Revisions to the Export Administration Regulations To Make the Commerce Control List Clearer"
    extra = {
        "source": "federal_register", "agencies": ["Industry and Security Bureau"],
        "cfr_parts": ["15 CFR 740", "15 CFR 742", "15 CFR 774"],
    }  # fmt: skip
    text = f"{title}. SUMMARY: This final rule revises descriptions of items on the Commerce Control List."
    assert "license.requirement" not in _tags(title, text, document_type="RULE", **extra)


def test_a_listing_announced_before_its_notice_is_an_addition_and_a_condition_keeps_it_open() -> None:
    text = (
        "Commerce officials told exporters in mid-May that Foo Avionics Ltd. would be named on the Entity "
        "List "
        "for aiding a missile programme, with the notice expected next week."
    )
    assert "entity_list.addition" in _tags("Xland firm faces U.S. listing", text)
    text = "Foo Avionics Ltd. would be named on the Entity List if the site checks do not take place."
    assert "entity_list.addition" not in _tags("Xland firm at risk of U.S. listing", text)


def test_guidance_on_what_one_entity_list_entry_covers_is_a_revision() -> None:
    text = (
        "The Bureau of Export Administration said its Entity List entry for Foo Electronics reaches every "
        "plant and division of the company in Xland."
    )
    assert "entity_list.revision" in _tags("BXA clarifies an Entity List entry", text)


def test_a_government_s_own_property_blocked_is_a_programme_not_a_designation() -> None:
    title = "Blocking Property of the Government of Xland Relating to a Fuel Agreement"
    text = "The order blocks property of the Xland government held by U.S. persons relating to the agreement."
    assert "sanctions.designation" not in _tags(title, text)
    assert "sanctions.designation" in _tags("Treasury blocks property of Foo Trading Co.", "Treasury acted.")


def test_a_rule_on_collecting_civil_penalties_imposes_none() -> None:
    title = "Administrative Collection of Civil Penalties in the Xland Sanctions Regulations"
    extra = {"source": "federal_register", "agencies": ["Foreign Assets Control Office"]}
    assert "export_control.other" not in _tags(title, title, document_type="RULE", **extra)


def test_a_sanction_barring_parties_from_receiving_export_licences_decides_no_licence() -> None:
    text = (
        "The State Department imposed sanctions on Foo Chemicals Ltd. and Bar Metals Co. for transfers to "
        "Xland. The measures bar the companies from U.S. government contracts and from receiving U.S. export "
        "licences."
    )
    assert "license.decision" not in _tags("U.S. sanctions two firms", text)
    text = "Foo Corp. received U.S. export licences on Monday."
    assert "license.decision" in _tags("Foo wins licence", text)


def test_another_country_let_keep_importing_a_sanctioned_country_s_goods_is_no_programme_change() -> None:
    text = (
        "The United States gave Xland a further 90-day waiver from its Iran sanctions, letting Baghdad keep "
        "paying for imports of Iranian gas."
    )
    assert "sanctions.regulation" not in _tags("Xland gets a new sanctions waiver", text)


def test_an_unverified_list_placement_told_as_background_is_no_list_change() -> None:
    text = (
        "Foo Memory Co. could face further curbs next month, an official said. The firm had been placed on "
        "the Unverified List on October 6."
    )
    assert "other_list.change" not in _tags("Chip firm at risk", text)


def test_a_party_s_request_to_be_taken_off_the_sdn_list_is_no_designation() -> None:
    text = "Foo Oil said it had applied in March to be taken off the Specially Designated Nationals list."
    assert "sanctions.designation" not in _tags("Foo Oil seeks relief", text)


@pytest.mark.parametrize(
    "text",
    [
        "OFAC issued General License No. 9 under the Xland Sanctions Regulations, letting U.S. persons "
        "deal with "
        "companies owned by the Xland National Oil Co. without first obtaining a specific licence.",
        "OFAC issued General License 31, authorising U.S. persons to carry out transactions prohibited by "
        "the "
        "Xland Sanctions Regulations.",
    ],
)
def test_a_general_licence_letting_a_class_of_dealings_go_ahead_lifts_a_requirement(text: str) -> None:
    assert "license.requirement" in _tags("OFAC issues a general licence", text)


def test_commerce_moving_to_let_a_described_company_sell_is_a_decision_and_a_licence_type_is_not() -> None:
    text = (
        "The Commerce Department was moving to let Foo Tools, a machine-tool maker in Springfield, Ohio, "
        "sell "
        "a five-axis milling machine to Xland's Bar Engine Co."
    )
    assert "license.decision" in _tags("Commerce weighs a machine-tool sale", text)
    text = (
        "The rules widen the goods that can be shipped under a distribution licence, which lets about 150 "
        "approved companies sell without case-by-case Commerce review."
    )
    assert "license.decision" not in _tags("U.S. relaxes export controls", text)


def test_an_indictment_told_in_the_past_perfect_is_background_not_enforcement() -> None:
    text = (
        "Commerce was weighing a licence for Foo Tools. Bar Aero Co. had been indicted two months earlier "
        "for "
        "diverting similar export-controlled tools."
    )
    assert "export_control.other" not in _tags("Commerce weighs a sale", text)


def test_another_government_strengthening_its_own_controls_is_out_of_scope() -> None:
    text = (
        "Japan may strengthen its export control laws and is set to take Xland off its export blacklist, "
        "trade ministry officials said."
    )
    assert not _tags("Export control may get tougher", text)


def test_sanctions_on_a_country_s_office_holders_or_a_network_are_designations() -> None:
    text = (
        "The U.S. Treasury Department imposed sanctions on Belarus's Attorney General Foo Bar and the "
        "financial "
        "institution Baz Credit Union."
    )
    tags = _tags("U.S. blacklists Belarusian officials", text)
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags
    text = "The Treasury imposed sanctions on a procurement network that supports Xland's drone programme."
    assert "sanctions.designation" in _tags("Treasury acts", text)


@pytest.mark.parametrize(
    "text",
    [
        "The president decided to offer Xland four Kidd-class destroyers and deferred Xland's request for "
        "Aegis-equipped destroyers.",
        "The president deferred Xland's request for Arleigh Burke-class destroyers.",
        "The Defense Security Cooperation Agency told Congress on Wednesday of a possible sale to Xland of "
        "up to "
        "four littoral combat ships.",
    ],
)
def test_arms_offered_deferred_or_notified_to_congress_are_a_decision(text: str) -> None:
    assert "license.decision" in _tags("Arms package for Xland", text)


def test_a_general_licence_issued_for_one_named_company_is_that_company_s_licence() -> None:
    text = (
        "OFAC issued General License No. 3, authorising all transactions with Foo Bank that a sanctions "
        "directive would otherwise prohibit."
    )
    tags = _tags("US authorizes transactions with Foo Bank", text)
    assert "license.decision" in tags
    assert "sanctions.regulation" not in tags
    text = "OFAC issued General License 35, authorising transactions with the Government of Xland for taxes."
    tags = _tags("OFAC issues a general licence", text)
    assert "license.decision" not in tags
    assert "sanctions.regulation" in tags


def test_parties_added_to_the_us_list_of_global_terrorists_are_designated() -> None:
    text = (
        "The Treasury said the Foo Support Committee had been added to the U.S. list of Specially Designated "
        "Global Terrorists."
    )
    assert "sanctions.designation" in _tags("Treasury acts on charities", text)


def test_a_terrorist_designation_title_with_aliases_is_a_designation() -> None:
    title = (
        "In the Matter of the Review of the Designation of al-Foo in the Islamic Bar (a.k.a. AQFB, a.k.a. "
        "Tanzim "
        "al-Foo fi Bilad al-Bar al-Islamiya) as a Foreign Terrorist Organization Pursuant to Section 219 "
        "of the "
        "Immigration and Nationality Act, as Amended"
    )
    extra = {"source": "federal_register", "agencies": ["State Department"]}
    assert "sanctions.designation" in _tags(title, title, document_type="NOTICE", **extra)


def test_a_country_programme_s_emergency_continued_is_a_sanctions_regulation() -> None:
    title = "Continuation of the National Emergency With Respect to Libya"
    extra = {"source": "federal_register", "agencies": ["Executive Office of the President"]}
    assert "sanctions.regulation" in _tags(title, title, document_type="PRESDOCU", **extra)


@pytest.mark.parametrize(
    "text",
    [
        "The administration had quietly let the Xland armed forces buy American-made military equipment from "
        "commercial exporters for a year and a half.",
        "The items licensed for export included spare parts for Xland's U.S.-built fighters.",
    ],
)
def test_a_country_s_forces_let_buy_us_arms_or_items_licensed_for_export_are_a_decision(text: str) -> None:
    assert "license.decision" in _tags("Despite ban, U.S. arms are sold to Xland", text)


def test_drug_smuggling_is_no_export_enforcement() -> None:
    text = (
        "The President designated Foo Bar under the Foreign Narcotics Kingpin Designation Act. Bar was first "
        "indicted in Florida in 2000 for cocaine smuggling."
    )
    tags = _tags("U.S. names drug kingpins", text)
    assert "export_control.other" not in tags
    assert "sanctions.designation" in tags


def test_a_tally_of_listings_over_a_tenure_is_no_addition() -> None:
    text = (
        "The Commerce Secretary said hundreds of Xland firms had been added to the Entity List during her "
        "time "
        "in office."
    )
    assert "entity_list.addition" not in _tags("Secretary urges more listings", text)


def test_parties_made_specially_designated_nationals_are_designated() -> None:
    text = (
        "OFAC made public a list of 52 companies and 37 individuals it found to be fronts of the Xland "
        "government, making them specially designated nationals whose U.S. assets are frozen."
    )
    assert "sanctions.designation" in _tags("U.S. cites fronts for Xland", text)


def test_a_law_signed_that_authorises_blocking_is_a_sanctions_regulation() -> None:
    text = (
        "President Foo signed the Xland Human Rights and Anticorruption Act of 2018 into law. The law "
        "authorises "
        "the blocking of assets of officials found responsible for abuses."
    )
    assert "sanctions.regulation" in _tags("Foo signs new sanctions on Xland", text)


def test_a_name_that_starts_like_a_verb_of_change_revises_nothing() -> None:
    text = "The judge's ruling keeps the Changji Foo Textile unit on the Entity List."
    assert "entity_list.revision" not in _tags("Court rules on a listing", text)


def test_a_company_s_suit_against_its_listing_is_no_addition() -> None:
    text = (
        "The companies had sued the Commerce Department, claiming that placing the Foo Textile unit on the "
        "Entity List went beyond the agency's powers."
    )
    assert "entity_list.addition" not in _tags("Foo Textile v. Commerce", text)


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury was freezing the American assets of 46 businesses controlled by the Xland government, "
        "making them specially designated nationals with whom Americans could no longer deal.",
        "The Treasury made them specially designated nationals.",
    ],
)
def test_parties_made_sdns_with_whom_americans_can_no_longer_deal_are_designated(text: str) -> None:
    assert "sanctions.designation" in _tags("Firms Xland controls have assets frozen", text)


def test_a_licence_that_a_condition_would_grant_is_no_decision() -> None:
    text = (
        "OFAC issued General License 5H. Transfers of the shares remain prohibited unless OFAC grants a "
        "specific licence."
    )
    assert "license.decision" not in _tags("Treasury delays a bond licence", text)


def test_another_state_selling_its_own_arms_is_out_of_scope() -> None:
    text = (
        "The new government in Britain decided to let Foo Aerospace complete a contract for 16 jets for "
        "Xland. "
        "Ministers said the export licences granted by the previous government could not be revoked."
    )
    assert not _tags("Britain to Sell Hawks to Xland", text)


def test_which_national_emergencies_are_sanctions_programmes() -> None:
    extra = {"source": "federal_register", "agencies": ["Executive Office of the President"]}
    title = "Continuation of the National Emergency With Respect to Certain Terrorist Attacks"
    assert "sanctions.regulation" not in _tags(title, title, document_type="PRESDOCU", **extra)
    title = (
        "Declaration of National Emergency and Invocation of Emergency Authority Relating to the "
        "Regulation of "
        "the Anchorage and Movement of Xland-Affiliated Vessels to United States Ports"
    )
    assert "sanctions.regulation" in _tags(title, title, document_type="PRESDOCU", **extra)


def test_an_order_banning_a_country_s_goods_in_many_words_is_a_programme() -> None:
    text = (
        "President Foo signed Executive Order 13213, banning the direct or indirect import into the United "
        "States of all rough diamonds from Xland."
    )
    assert "sanctions.regulation" in _tags("No Xland diamonds", text)


def test_a_buyer_s_purchase_agreement_with_the_united_states_for_arms_is_a_decision() -> None:
    text = (
        "Xland signed a $500 million agreement with the United States on February 1 to buy 10 F-16C/D "
        "fighter "
        "aircraft."
    )
    assert "license.decision" in _tags("Xland commits to purchase F-16 fighters", text)


def test_a_legal_form_s_abbreviation_before_another_does_not_end_the_sentence() -> None:
    text = (
        "OFAC added the tanker-chartering firm Foo Shipbrokers Pte. Ltd. and its managing director Bar Baz "
        "to the Specially Designated Nationals list."
    )
    assert "sanctions.designation" in _tags("Shipbroker blacklisted", text)


def test_one_office_holder_designated_is_a_designation() -> None:
    text = "The Treasury designated Foo Bar, prime minister of the Tripoli-based Baz Government."
    assert "sanctions.designation" in _tags("US sanctions head of a rival government", text)


def test_counted_parties_singled_out_by_sanctions_are_designated() -> None:
    text = (
        "The measures include sanctions singling out two Xland firms, the Foo Machinery Corporation and the "
        "Bar Industry Corporation."
    )
    assert "sanctions.designation" in _tags("US curbs exports to Xland", text)
    text = "The State Department formalised the sanctions on the two companies on June 25."
    assert "sanctions.designation" in _tags("US curbs exports to Xland", text)


def test_a_policy_of_granting_no_new_waivers_is_no_licence_decision() -> None:
    text = (
        "Officials announced a policy of granting no new waivers of the ban on satellite export licences "
        "for Xland."
    )
    assert "license.decision" not in _tags("US curbs satellite exports to Xland", text)


def test_a_company_s_past_validated_end_user_status_is_background() -> None:
    text = (
        "Foo Semiconductor denied any military ties and pointed out that it had held Validated End-User "
        "authorisation from the Bureau of Industry and Security in 2016."
    )
    assert "license.requirement" not in _tags("Chipmaker denies military ties", text)


def test_general_authorisations_withdrawn_for_a_class_of_travel_are_a_requirement() -> None:
    text = (
        "OFAC amended the Cuban Assets Control Regulations. The amendment also withdrew the general "
        "authorisations for travel to attend professional meetings, which now need a specific licence."
    )
    tags = _tags("OFAC tightens Cuba rules", text)
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_licence_rules_a_licence_news_story_follows_are_background() -> None:
    text = (
        "Foo Semiconductor has received a one-year U.S. licence for its factory in Xland. The authorisation "
        "came days after the Commerce Department's October 7 controls required licences for such tools."
    )
    assert _tags("Chipmaker gets US licence", text) == {"license.decision"}


def test_a_general_licence_for_counted_blocked_companies_is_their_licence() -> None:
    text = (
        "OFAC issued General License No. 2 on October 29, allowing U.S. persons from October 30 until "
        "April 30 to deal with nine blocked Xland companies."
    )
    assert _tags("OFAC licenses dealings with Xland firms", text) == {"license.decision"}


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "US blocks cluster-bomb sales to Xland",
            "The administration quietly put a hold on transfers of cluster bombs to Xland, officials said.",
        ),
        (
            "White House backs Xland arms sale",
            "The administration notified the Senate that it would go ahead with shipping to Xland about $368 "
            "million in conventional U.S. arms.",
        ),
    ],
)
def test_named_arms_held_or_released_for_one_buyer_are_a_decision(title: str, text: str) -> None:
    assert "license.decision" in _tags(title, text)


def test_an_oil_embargo_ended_is_a_requirement() -> None:
    text = "The President directed the Treasury to start lifting sanctions on Xland, ending the oil embargo."
    assert "license.requirement" in _tags("US ends Xland embargo", text)


def test_people_counted_by_nationality_are_no_party() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Treasury sanctions judge",
        "text": "The Treasury sanctioned 11 Mexicans and 10 companies, designating judge Foo Bar.",
    }
    names = {e.text for e in classify(item_to_document(item)).entities}
    assert "11 Mexicans" not in names


def test_an_order_titled_for_the_proliferation_emergency_is_a_programme() -> None:
    title = "Proliferation of Weapons of Mass Destruction"
    extra = {"source": "federal_register", "agencies": ["Executive Office of the President"]}
    assert "sanctions.regulation" in _tags(title, title, document_type="PRESDOCU", **extra)
    assert not _tags(title, title, document_type="NOTICE", **extra)


def test_a_law_signed_that_tightens_an_embargo_is_a_programme() -> None:
    text = (
        "President Foo signed the Bar bill, the Xland Liberty (LIBERTY) Act, into law on March 12, "
        "tightening the U.S. embargo against Xland."
    )
    assert "sanctions.regulation" in _tags("Foo signs bill aimed at Xland", text)


def test_a_debarment_suspended_is_an_other_list_change() -> None:
    text = (
        "The two governments said defence trade was normalised by suspending the debarment of Xland firms "
        "barred from U.S. defence trade."
    )
    assert "other_list.change" in _tags("US and Xland normalise defence trade", text)


def test_a_licence_requirement_already_in_force_is_background() -> None:
    text = (
        "President Foo signed an order banning imports from Xland unless licensed. Existing rules already "
        "required a licence for Xland-origin goods."
    )
    assert "license.requirement" not in _tags("Foo widens Xland sanctions", text)


def test_a_rule_updating_authority_citations_changes_no_licence_requirement() -> None:
    title = "Export Administration Regulations: Authority Citations Updates and Technical Corrections"
    extra = {
        "source": "federal_register",
        "agencies": ["Industry and Security Bureau"],
        "cfr_parts": ["15 CFR 740", "15 CFR 742", "15 CFR 774"],
    }
    assert "license.requirement" not in _tags(
        title, title + ". SUMMARY: This rule revises citations.", document_type="RULE", **extra
    )


def test_a_headline_s_us_without_stops_is_who_acts() -> None:
    text = (
        "Qatar's Ministry of Defense said on June 14 that it had signed an agreement with the United States "
        "to buy F-15 fighter jets for $12 billion."
    )
    assert "license.decision" in _tags("US signs $12 billion deal to sell F-15 jets to Qatar", text)


def test_us_named_as_the_setting_of_another_government_s_act_keeps_it_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "China curbs exports of drone parts amid US tech tension",
            "text": "China's commerce ministry announced export controls on some drone engines.",
        }
    )
    assert out_of_scope(document) is not None


def test_another_government_reported_speeding_up_its_licences_is_out_of_scope() -> None:
    text = (
        "Britain was reported on July 22 to be speeding up its approval of arms export licences for Xland, "
        "a spokesman said."
    )
    assert not _tags("UK 'clearing backlog' of arms licence applications for Xland", text)


def test_a_services_ban_by_determination_and_commerce_s_wider_requirements_are_both_kinds() -> None:
    text = (
        "The Treasury announced a determination under Executive Order 14071 that bars supplying anyone in "
        "Xland with IT consultancy services, so foreign banks now risk U.S. secondary sanctions. The "
        "Commerce Department at the same time extended its licence requirements for exports to Xland to "
        "certain software."
    )
    tags = _tags("US fires fresh barrage of sanctions at Xland", text)
    assert {"sanctions.regulation", "license.requirement"} <= tags


def test_sanctions_imposed_on_one_named_person_are_a_designation() -> None:
    text = (
        "The Secretary of State said the United States was imposing sanctions on Foo Bar, the Xland lawyer "
        "serving as a special rapporteur."
    )
    assert "sanctions.designation" in _tags("U.S. imposes sanctions on Foo Bar", text)


def test_designees_listed_after_a_colon_are_named_without_their_home_countries() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "US sanctions four judges",
        "text": (
            "The Secretary of State designated four judges of the court on June 5 under Executive Order "
            "14203: Foo Bar Baz of Uganda, Qux Quux of Peru, Corge Grault of Benin and Garply Waldo of "
            "Slovenia. The designations block any U.S. property of the judges."
        ),
    }
    result = classify(item_to_document(item))
    names = {e.text for e in result.entities}
    assert {"Foo Bar Baz", "Qux Quux", "Corge Grault", "Garply Waldo"} <= names
    assert {"Uganda", "Peru", "Benin", "Slovenia"} <= {c.name for c in result.countries}


def test_what_firms_could_do_once_an_embargo_is_eased_is_no_hedge() -> None:
    text = (
        "The administration announced that it was easing the 17-year-old U.S. trade embargo on Vietnam so "
        "that American companies could sign contracts and open offices there."
    )
    assert "sanctions.regulation" in _tags("U.S. relaxes trade ban against Vietnam", text)


def test_an_investigation_into_unlicensed_sales_is_enforcement_not_a_requirement() -> None:
    text = (
        "The Commerce Department's Bureau of Export Administration opened an investigation into Foo "
        "Computer's sales of its faster computers in Xland. The agreed restrictions on computer sales there "
        "still required a licence for the faster machines."
    )
    assert _tags("The Cold War is over, except in computing", text) == {"export_control.other"}


def test_an_exception_to_an_embargo_for_american_companies_is_a_requirement() -> None:
    text = (
        "The President decided to let American companies bid for projects in Vietnam financed by the World "
        "Bank, while keeping the trade embargo otherwise in place."
    )
    assert "license.requirement" in _tags("Vietnam embargo left almost intact", text)


def test_an_ear_rule_titled_for_a_country_s_exports_and_its_sanctions_is_a_requirement() -> None:
    title = "Exports to Xland; Imposition of Economic Sanctions"
    extra = {"source": "federal_register", "agencies": ["Export Administration Bureau"]}
    text = title + ". SUMMARY: The Bureau is amending the Export Administration Regulations."
    assert "license.requirement" in _tags(title, text, document_type="RULE", **extra)


def test_a_paperwork_notice_on_an_export_licence_form_is_out_of_scope() -> None:
    title = (
        "Documents Containing Reporting or Recordkeeping Requirements: Notice of Pending Submittal to the "
        "Office of Management and Budget (OMB) for Review"
    )
    text = (
        title + ". SUMMARY: The title of the information collection: Application for License to Export. "
        "Exports under a general license need no application."
    )
    extra = {"source": "federal_register", "agencies": ["Nuclear Regulatory Commission"]}
    assert not _tags(title, text, document_type="NOTICE", **extra)


def test_a_vetoed_bill_s_menu_of_sanctions_decides_no_licence() -> None:
    text = (
        "The President vetoed the bill. It would have required sanctions, including the denial of munitions "
        "and dual-use export licences, on entities found to have helped Xland's missile programme."
    )
    assert "license.decision" not in _tags("President vetoes sanctions bill", text)


def test_a_multilateral_regime_s_exemption_is_out_of_scope() -> None:
    text = (
        "Meeting in Vienna, the 45 members of the Nuclear Suppliers Group agreed to exempt India from the "
        "group's rule against nuclear trade with states outside the treaty."
    )
    assert not _tags("NSG hurdle over, India gets waiver", text)


def test_a_party_which_was_designated_years_before_is_background() -> None:
    text = (
        "The court upheld OFAC's refusal to license the release of a blocked transfer by Foo Business, a "
        "deposit for an auction run by Bar Trading House, which was designated under Executive Order 13405 "
        "in 2008."
    )
    assert "sanctions.designation" not in _tags("Court defers to OFAC", text)


def test_a_country_s_embargo_eased_by_a_law_is_a_requirement() -> None:
    text = (
        "President Foo signed into law a spending bill whose provisions allow sales of U.S. food and drugs "
        "to Cuba."
    )
    assert "license.requirement" in _tags("US eases Cuba embargo", text)


def test_licence_approval_won_for_a_project_is_a_decision() -> None:
    text = (
        "Foo Corp. said it would build a chip plant in Xland and had already won U.S. export licence "
        "approval for the project."
    )
    assert "license.decision" in _tags("Foo's plant in Xland", text)


def test_an_exemption_from_the_itar_granted_to_one_party_is_a_decision() -> None:
    text = (
        "Under the settlement the State Department granted the group an exemption from the International "
        "Traffic in Arms Regulations for the files, which it had called an unlicensed export of data."
    )
    assert "license.decision" in _tags("Settlement lets Foo share files", text)


def test_sanctions_on_a_country_s_state_oil_company_are_a_designation() -> None:
    text = "OFAC barred Americans from providing financial services to the state oil company."
    assert "sanctions.designation" in _tags(
        "U.S. imposes sanctions against Myanmar's state-owned oil enterprise", text
    )


def test_names_removed_from_the_sdn_appendix_are_a_designation_change() -> None:
    title = "Xland Sanctions Regulations: Removal of Names from Appendix C to 31 CFR Chapter V"
    extra = {"source": "federal_register", "agencies": ["Foreign Assets Control Office"]}
    text = title + ". SUMMARY: OFAC is authorizing all transactions with five blocked vessels."
    assert "sanctions.designation" in _tags(title, text, document_type="RULE", **extra)


def test_a_fine_by_the_export_agency_is_enforcement_and_a_suspended_denial_no_list_change() -> None:
    text = (
        "The Commerce Department's Bureau of Industry and Security fined the Foo maintenance company more "
        "than $50,000 for procuring U.S.-origin parts for a sanctioned airline. The order also denies the "
        "company's export privileges for three years, but the denial will be waived if it pays the penalty."
    )
    assert _tags("BIS fines aircraft maintenance firm", text) == {"export_control.other"}


def test_a_sanctions_exception_revoked_for_one_project_is_a_decision() -> None:
    text = (
        "The State Department announced that the Secretary had revoked the sanctions exception granted in "
        "2018 under the Iran Freedom and Counter-Proliferation Act for work on Xland's port. Its operators "
        "may now face U.S. sanctions."
    )
    assert "license.decision" in _tags("US ends waiver for port operations", text)


def test_sanctions_on_a_country_s_state_oil_trader_are_a_designation() -> None:
    text = (
        "The United States imposed sanctions on China's state-run oil trader Foo Zhenrong Corp under the "
        "Iran Sanctions Act."
    )
    assert "sanctions.designation" in _tags("US puts sanctions on firms due to Iran ties", text)


def test_some_of_a_country_s_sanctions_eased_is_a_programme() -> None:
    text = "The President decided to ease some of the sanctions imposed on India and Pakistan."
    assert "sanctions.regulation" in _tags("Statement on easing of sanctions", text)


def test_assets_frozen_with_a_longer_object_are_a_designation() -> None:
    text = (
        "OFAC froze the U.S. bank accounts and other assets of all Xland military officers, adding the names "
        "of 523 officers to its list."
    )
    assert "sanctions.designation" in _tags("U.S. tightens Xland embargo", text)


def test_a_rule_changing_categories_of_the_ccl_is_an_export_control_change() -> None:
    title = (
        "Export Administration Regulations: Changes in Categories 3, 4, and 5 of the Commerce Control List; "
        "Revisions to Country Groups and Policies"
    )
    extra = {"source": "federal_register", "agencies": ["Export Administration Bureau"]}
    text = title + ". SUMMARY: The Bureau is revising certain entries."
    tags = _tags(title, text, document_type="RULE", **extra)
    assert {"export_control.other", "license.requirement"} <= tags


def test_another_state_joining_a_regime_is_out_of_scope() -> None:
    text = "India became the 35th member of the Missile Technology Control Regime on June 27."
    assert not _tags("India Becomes 35th Member of Missile Technology Control Regime", text)


def test_an_nrc_rule_carrying_a_law_s_export_provisions_is_a_requirement() -> None:
    title = "Export and Import of Nuclear Equipment and Material; Export of Foo Material"
    extra = {
        "source": "federal_register",
        "agencies": ["Nuclear Regulatory Commission"],
        "cfr_parts": ["10 CFR 110"],
    }
    text = (
        title
        + ". SUMMARY: The Nuclear Regulatory Commission (NRC) is amending its regulations pertaining to "
        "the export and import of nuclear equipment and material to implement Section 12 of the Foo Act of "
        "1999. The final rule adds the criteria the Act specifies."
    )
    assert _tags(title, text, document_type="RULE", **extra) == {"license.requirement"}


def test_a_country_moved_on_the_nrc_s_destination_lists_is_a_requirement() -> None:
    title = "Removal of Xland from the Restricted Destinations List"
    extra = {
        "source": "federal_register",
        "agencies": ["Nuclear Regulatory Commission"],
        "cfr_parts": ["10 CFR 110"],
    }
    text = (
        title + ". SUMMARY: The U.S. Nuclear Regulatory Commission (NRC) is amending its export and import "
        "regulations by removing Xland from the list of restricted destinations."
    )
    assert "license.requirement" in _tags(title, text, document_type="RULE", **extra)


def test_an_arms_sale_held_back_is_a_decision() -> None:
    text = (
        "The State Department said it would hold back a planned $53 million arms sale to Xland until it had "
        "reviewed the findings of an inquiry into the crackdown."
    )
    assert _tags("U.S. delays Xland arms sale pending rights probe", text) == {"license.decision"}


def test_fighter_bombers_offered_to_a_named_buyer_are_a_decision() -> None:
    text = "The administration said it had offered to sell Xland 20 F-15E fighter-bombers built by Foo Corp."
    assert _tags("Xland hopes to buy top-of-line U.S. fighters", text) == {"license.decision"}


def test_the_licence_under_which_a_group_travelled_suspended_is_a_decision() -> None:
    text = (
        "The group said a Treasury Department letter suspended, with immediate effect, the special licence "
        "under which it sponsored religious travel to Cuba, while the Office of Foreign Assets Control "
        "investigated one of its trips."
    )
    assert _tags("Group's Cuba travel license pulled pending investigation", text) == {"license.decision"}


def test_a_draft_rule_reported_as_not_finalised_is_no_requirement() -> None:
    text = (
        "The Commerce Department was drafting a rule to restrict shipments of advanced chips to Xland, "
        "people familiar with the plan said. The draft, which had not been finalised and could still change, "
        "would require licences for such shipments."
    )
    assert "license.requirement" not in _tags("US plans chip curbs on Xland", text)


def test_penalties_an_order_provides_are_no_enforcement() -> None:
    text = (
        "The President signed Executive Order 13999 to carry out parts of the Foo Act. It bars foreign "
        "subsidiaries of U.S. companies from doing business with the Government of Xland and makes the U.S. "
        "parent liable for civil penalties of up to $250,000."
    )
    assert "export_control.other" not in _tags("Xland sanctions extended by executive order", text)


def test_entries_added_to_categories_of_the_ccl_are_an_export_control_change() -> None:
    text = (
        "The Bureau of Industry and Security published a proposed rule adding new entries to Categories 4 "
        "and 5 of the Commerce Control List for intrusion software. Under the proposal a licence would be "
        "required to export such items to nearly every destination."
    )
    tags = _tags("Commerce proposes new rule on intrusion items", text)
    assert {"export_control.other", "license.requirement"} <= tags


def test_a_sanctions_order_amended_to_cover_more_is_a_programme() -> None:
    text = (
        "The President amended his April 2015 cyber-sanctions order on December 29 so that it also covers "
        "interference with elections, and under it blocked the property of the Foo agency."
    )
    assert {"sanctions.designation", "sanctions.regulation"} <= _tags("US sanctions Foo agency", text)


def test_a_judge_s_decision_in_a_bis_case_is_enforcement_not_a_list_change() -> None:
    title = (
        "In the Matter of: Foo Bar, a/k/a F. Bar, 1 Main Street, Springfield, Respondent; Decision and Order"
    )
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
    }
    assert _tags(title, title, document_type="NOTICE", **extra) == {"export_control.other"}


def test_a_bxa_title_on_one_party_s_export_privileges_is_a_list_change() -> None:
    title = "Foo Bar; Export Privileges"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Export Administration Bureau"],
    }
    assert _tags(title, title, document_type="NOTICE", **extra) == {"other_list.change"}


def test_an_itar_rule_titled_for_a_country_is_a_requirement_and_an_itar_change() -> None:
    title = "International Traffic in Arms Regulations: Amendment of Central African Republic"
    extra = {"source": "federal_register", "agencies": ["State Department"]}
    tags = _tags(title, title, document_type="RULE", **extra)
    assert tags == {"license.requirement", "export_control.other"}


def test_a_title_only_rule_of_the_bureau_of_export_administration_is_an_export_control_item() -> None:
    title = "Harmonization of Definitions of Terms"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Export Administration Bureau"],
    }
    assert _tags(title, title, document_type="RULE", **extra) == {"export_control.other"}


def test_a_country_s_exports_under_foreign_policy_controls_is_a_requirement() -> None:
    title = "Exports to the Federal Republic of Xland (Foo and Bar); Imposition of Foreign Policy Controls"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Export Administration Bureau"],
    }
    assert "license.requirement" in _tags(title, title, document_type="RULE", **extra)


def test_a_rule_permitting_consideration_of_applications_decides_no_licence() -> None:
    title = "Exports to Xland; Revision of Foreign Policy Controls"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Export Administration Bureau"],
    }
    text = (
        title
        + ". SUMMARY: This final rule amends the Export Administration Regulations (EAR) by revising the "
        "export licensing policy for exports to Xland military and police entities: by revising policy to "
        "permit the consideration of certain license applications."
    )
    assert _tags(title, text, document_type="RULE", **extra) == {"license.requirement"}


def test_the_state_department_s_denial_policy_for_named_parties_is_a_list_change() -> None:
    title = "Munitions Exports Involving Foo Aeronautical Systems Company and Jon Bar"
    extra = {"source": "federal_register", "agencies": ["State Department"]}
    text = (
        title
        + ". SUMMARY: Notice is hereby given that it shall be the policy of the Department of State to deny "
        "all export license applications and other requests for approval involving, directly or indirectly: "
        "the Foo Aeronautical Systems Company; Jon BAR, a/k/a ``Baz''; Ann QUX. Tim ZED; and any divisions, "
        "subsidiaries or successor entities."
    )
    document = item_to_document({"id": "t", "title": title, "text": text, "document_type": "NOTICE"} | extra)
    result = classify(document)
    assert {t.id for t in result.tags} == {"other_list.change"}
    names = {m.text for m in result.entities}
    assert {"Foo Aeronautical Systems Company", "Jon BAR", "Ann QUX", "Tim ZED"} <= names


def test_a_class_of_licences_no_longer_granted_is_no_decision() -> None:
    text = (
        "The Treasury Department's Office of Foreign Assets Control announced amended Cuba travel rules "
        "under which it stopped granting new or renewed specific licences for people-to-people educational "
        "exchanges."
    )
    assert "license.decision" not in _tags("U.S. tightens rules for travel to Cuba", text)


def test_a_correction_to_a_rule_of_several_parts_is_tidying() -> None:
    title = (
        "Amendment to the International Traffic in Arms Regulations: Third Rule Implementing Export Control "
        "Reform; Correction"
    )
    extra = {
        "source": "federal_register",
        "agencies": ["State Department"],
        "cfr_parts": ["22 CFR 121", "22 CFR 126"],
    }
    text = title + ". SUMMARY: The Department of State is correcting a final rule that amended the ITAR."
    assert _tags(title, text, document_type="RULE", **extra) == {"export_control.other"}


def test_names_that_came_off_the_sdn_list_are_a_designation_change() -> None:
    text = (
        "The revocation ended the sanctions on the court's prosecutor and a division head, whose names came "
        "off the Specially Designated Nationals list."
    )
    assert "sanctions.designation" in _tags("US lifts sanctions on court officials", text)


def test_sanctions_on_the_receiving_company_named_in_apposition_are_a_designation() -> None:
    text = (
        "On October 15 the administration imposed two-year sanctions on the receiving company, the Xland "
        "state arms agency Fooscor, which had bought missile components."
    )
    assert "sanctions.designation" in _tags("Sanctions waived after arms sale", text)


def test_firms_free_to_apply_again_for_licences_is_a_requirement() -> None:
    text = (
        "The administration lifted the sanctions it had imposed on Xland in 1991. U.S. firms may again apply "
        "for licences to export high-performance computers and satellites to Xland."
    )
    assert "license.requirement" in _tags("U.S. lifts missile sanctions on Xland", text)


def test_a_conviction_under_another_country_s_export_laws_is_out_of_scope() -> None:
    text = (
        "A state court in Foostadt on June 27 convicted Jon Bar, the former head of a chemical firm, of "
        "breaking West German export laws for his part in building a plant in Xland."
    )
    assert not _tags("West German gets 5 years for aiding plant", text)


def test_a_buyer_agreeing_to_buy_named_arms_from_the_united_states_is_a_decision() -> None:
    text = (
        "Xland agreed to buy 236 M1A2 Abrams main battle tanks from the United States in a deal worth about "
        "$4 billion, Pentagon officials said."
    )
    assert _tags("Xland to buy U.S. tanks", text) == {"license.decision"}


def test_the_property_of_every_enterprise_of_a_country_frozen_is_no_designation() -> None:
    text = (
        "The President signed an executive order that froze the U.S. property of every commercial, "
        "industrial and public utility enterprise organised or located in Xland."
    )
    assert "sanctions.designation" not in _tags("Xland sanctions toughened", text)


def test_another_government_s_minister_on_its_licences_is_out_of_scope() -> None:
    text = (
        "Britain's Business Secretary Vince Foo said a review of export licences for Xland had found 12 that "
        "would be suspended if hostilities resumed, and that no new military licences for the Xland forces "
        "had been issued during the review."
    )
    assert not _tags("UK in export licences warning", text)


def test_a_shipment_made_without_the_licence_it_needed_sets_no_requirement() -> None:
    text = (
        "The Bureau imposed a $20,000 civil penalty on Foo, Inc. According to the department, Foo sent "
        "U.S.-origin plasma tubes to Xland's atomic agency without the validated export licences they "
        "needed, even though a letter had told the company that such systems required a licence."
    )
    assert _tags("Penalty imposed on Foo to settle charges", text) == {"export_control.other"}


def test_sanctions_on_a_company_named_with_its_corporate_word_are_a_designation() -> None:
    text = (
        "The State Department said it had imposed missile-proliferation sanctions on Xland Metallurgical "
        "Equipment Corporation (XMEC) for shipping missile components."
    )
    assert "sanctions.designation" in _tags("Administration slaps sanctions on arms producer", text)


def test_a_proposed_rule_withdrawn_changes_no_licence() -> None:
    title = "Mandatory Use of the Foo Application System"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "cfr_parts": ["15 CFR 740", "15 CFR 742", "15 CFR 748"],
    }
    text = (
        title
        + ". SUMMARY: The Bureau of Industry and Security (BIS) is withdrawing a proposed rule that would "
        "have made use of the Foo system mandatory and revised the provisions of the Export Administration "
        "Regulations (EAR) that govern electronic filing."
    )
    assert "license.requirement" not in _tags(title, text, document_type="PRORULE", **extra)


def test_a_judge_s_decision_in_a_bis_case_told_in_news_is_enforcement_too() -> None:
    text = (
        "The Commerce Department's Bureau of Industry and Security released an administrative law judge's "
        "decision recommending a 15-year denial of export privileges for Foo Engineering, which was then "
        "added to the Denied Persons List."
    )
    assert _tags("Duped or duplicitous?", text) == {"other_list.change", "export_control.other"}


_PRESIDENTIAL = {
    "source": "federal_register",
    "document_type": "PRESDOCU",
    "agencies": ["Executive Office of the President"],
}


def test_an_older_presidential_order_titled_for_what_it_bars_is_a_programme() -> None:
    trade = "Prohibiting Trade and Certain Other Transactions Involving Nicaragua"
    assert _tags(trade, trade, **_PRESIDENTIAL) == {"sanctions.regulation", "license.requirement"}
    imports = "Prohibiting Imports From Nicaragua"
    assert _tags(imports, imports, **_PRESIDENTIAL) == {"sanctions.regulation"}


def test_an_emergency_continued_under_its_older_title_is_a_programme() -> None:
    title = "Continuation of Syrian Emergency"
    assert _tags(title, title, **_PRESIDENTIAL) == {"sanctions.regulation"}


def test_a_model_may_read_a_programme_in_an_order_that_only_prohibits() -> None:
    order = item_to_document({"id": "t", "title": "Measures Prohibiting Dealings With Xland"} | _PRESIDENTIAL)
    tags = classify(order, model=_always("sanctions.regulation")).tags
    assert [(t.id, t.evidence[0].rule_id) for t in tags] == [
        ("sanctions.regulation", "model.sanctions.regulation")
    ]


def test_the_security_council_and_its_committees_act_on_their_own_lists() -> None:
    vote = (
        "The U.N. Security Council on Monday, March 3, 2003 adopted a resolution freezing the assets of the "
        "Foo movement's leaders and barring arms deliveries to it."
    )
    assert out_of_scope(item_to_document({"id": "t", "title": "UN Passes Arms Embargo on Foo", "text": vote}))
    listing = (
        "The U.N. Security Council committee that oversees the Xland sanctions regime said on Friday that it "
        "had decided to place four individuals on its sanctions list."
    )
    title = "Statement by Security Council 1234 Committee on the Xland Sanctions List"
    assert _tags(title, listing) == set()


def test_an_order_s_own_words_for_an_export_ban_set_a_requirement() -> None:
    text = (
        "The President signed an order on Monday that bans new investment in the Foo region, imports of "
        "goods from it, and the export, re-export, sale or supply of goods, services or technology to Foo "
        "from the United States."
    )
    assert "license.requirement" in _tags("White House restricts trade with Foo region", text)


def test_an_embargo_relaxed_so_that_firms_may_apply_again_is_a_requirement() -> None:
    done = (
        "The administration said it was relaxing the trade embargo on Xland so that U.S. companies with "
        "factories there could apply for permission to ship parts."
    )
    assert "license.requirement" in _tags("U.S. eases Xland sanctions", done)
    planned = done.replace("said it was relaxing", "is considering whether to relax")
    assert "license.requirement" not in _tags("U.S. weighs Xland sanctions", planned)


def test_requirements_blamed_for_a_delay_and_a_shipment_under_a_general_licence_set_no_requirement() -> None:
    delay = "Export License Requirements Delay Sale of Radar Parts to the Navy"
    assert "license.requirement" not in _tags(delay, delay + ". The company waited a year for approval.")
    penalty = (
        "The Commerce Department imposed a civil penalty on Foo Corp. to settle allegations that it exported "
        "test equipment to Britain under general license G-DEST although it knew the goods were bound for "
        "Iran."
    )
    assert _tags("Foo pays penalty to settle export charges", penalty) == {"export_control.other"}


def test_an_itar_exemption_title_is_a_requirement() -> None:
    title = (
        "Amendment to the International Traffic in Arms Regulations: Temporary Export Exemption for Helmets"
    )
    extra = {"source": "federal_register", "agencies": ["State Department"], "document_type": "RULE"}
    assert "license.requirement" in _tags(title, title, **extra)


def test_a_country_placed_on_the_terrorism_list_takes_on_its_licence_requirements() -> None:
    text = (
        "The State Department said on Wednesday that the Secretary had placed Syria on the U.S. list of "
        "countries that sponsor international terrorism, which brings tighter controls on exports."
    )
    assert "license.requirement" in _tags("U.S. adds Syria to terrorism list", text)


def test_one_company_s_export_approved_and_a_commodity_jurisdiction_ruling_are_decisions() -> None:
    approved = (
        "Foo Systems said on Monday that the Commerce Department had approved its export of encryption "
        "products with longer keys, on condition that they carry key recovery."
    )
    assert "license.decision" in _tags("U.S. to allow Foo's encryption exports", approved)
    ruling = (
        "The State Department rejected an engineer's appeal after its Office of Defense Trade Controls had "
        "ruled in his commodity jurisdiction request that the disk was a defense article."
    )
    assert "license.decision" in _tags("Only Americans can type", ruling)


def test_a_person_designated_by_name_under_a_programme_is_a_designation_not_a_listing() -> None:
    text = (
        "The Treasury's Office of Foreign Assets Control on Monday designated Foo Barra, a national of "
        "Xland, under the Global Magnitsky programme for moving cash to a mining tycoon."
    )
    assert _tags("U.S. blacklists individual linked to Xland tycoon", text) == {"sanctions.designation"}


def test_sanctions_lifted_from_the_maker_they_were_imposed_on_are_a_designation_change() -> None:
    text = (
        "Xland's foreign minister said on Sunday that the United States had lifted the sanctions it imposed "
        "in August on the Xland aircraft maker Foo, after a meeting of the two presidents."
    )
    assert "sanctions.designation" in _tags("U.S. lifts sanctions on aircraft maker", text)


def test_a_sanctions_law_renewed_and_an_order_widened_to_sectors_are_a_programme() -> None:
    law = (
        "The President signed into law on Friday a bill extending for five years the Xland Sanctions Act, "
        "which penalises foreign firms investing in its oil industry."
    )
    assert "sanctions.regulation" in _tags("President signs sanctions extension", law)
    sectors = (
        "Treasury also issued a determination extending its April 2021 Xland sanctions order to the "
        "aerospace, electronics and marine sectors."
    )
    assert "sanctions.regulation" in _tags("U.S. widens sanctions on Xland", sectors)


def test_controlled_goods_seized_on_their_way_out_are_enforcement() -> None:
    text = (
        "Customs officers, working with the U.S. Customs Service, seized 20 U.S.-made trigger switches at an "
        "airport on Wednesday as they were about to be loaded on a flight to Xland, ending an undercover "
        "sting."
    )
    assert "export_control.other" in _tags("Nuclear triggers for Xland seized", text)
    drugs = text.replace("U.S.-made trigger switches", "kilograms of cocaine")
    assert "export_control.other" not in _tags("Cocaine seized at airport", drugs)


def test_a_regime_s_members_agreeing_to_change_their_list_is_an_export_control_item() -> None:
    text = (
        "The White House said the United States and its partners in COCOM had agreed in Paris to replace "
        "their list of controlled dual-use goods with a much shorter core list."
    )
    evidence = _classified("Statement on multilateral export controls", text)
    assert "export_control.regime_decision" in evidence["export_control.other"]
    background = (
        "The Commerce Department approved an export licence on Monday allowing Foo Corp. to sell six "
        "computers to Xland, the first such sale since the COCOM allies agreed in June to lift most "
        "restrictions on the bloc, and Foo Corp. welcomed it."
    )
    assert _tags("Foo licensed to sell computers", background) == {"license.decision"}


def test_another_government_relaxing_its_own_embargo_is_out_of_scope() -> None:
    text = (
        "Britain relaxed the arms embargo it had kept on Xland since 1982, with a minister announcing that "
        "arms export licences would in future be considered case by case."
    )
    assert _tags("Embargo lift 'will help' talks", text) == set()


def test_a_request_for_a_licence_refused_is_a_decision() -> None:
    text = (
        "The Office of Foreign Assets Control on Wednesday refused a request from Foo Society of America "
        "leader John Barr for a licence to accept a gift pledged by the Xland government."
    )
    assert "license.decision" in _tags("Group denied permission to take Xland gift", text)


def test_a_law_signed_that_freezes_assets_or_bars_a_government_s_loans_is_a_programme() -> None:
    freezes = (
        "The President signed into law on Friday a bill that ends old trade limits on Xland and also carries "
        "the Foo Accountability Act, which subjects the officials it names to visa bans and asset freezes."
    )
    assert "sanctions.regulation" in _tags("President enacts Foo Act", freezes)
    loans = (
        "The President signed the Xland Democracy Act of 2004 into law on Wednesday; it bars U.S. government "
        "agencies from providing loans or investment to the Xland government."
    )
    assert "sanctions.regulation" in _tags("President signs Xland Democracy Act", loans)


def test_a_statute_s_arms_prohibitions_waived_for_a_country_set_a_requirement() -> None:
    text = (
        "The President signed a determination on Monday waiving the prohibitions in sections 40 and 40A of "
        "the Arms Export Control Act so that the government can license certain protective equipment for "
        "Xland."
    )
    assert "license.requirement" in _tags("President waives ban for protective gear", text)


def test_deliveries_of_named_weapon_systems_frozen_are_a_decision() -> None:
    text = (
        "The State Department said on Wednesday that the United States was freezing delivery of certain "
        "large-scale military systems to Xland's government, including helicopters and fighter jets."
    )
    assert "license.decision" in _tags("US suspends military aid to Xland", text)


def test_an_authorisation_that_should_have_been_sought_is_no_licence_received() -> None:
    text = (
        "The State Department said that Foo plc had acknowledged in writing that it did not seek prior "
        "authorisation for the sale of its avionics unit, and that authorisation should have been obtained "
        "to cover the State Department licences to which the unit was a party."
    )
    assert "license.decision" not in _tags("Fallout from the avionics sale", text)


def test_a_rule_moving_provisions_to_another_section_changes_no_licence_requirement() -> None:
    title = (
        "Amendments to the Export Administration Regulations: Facilitating Understanding of the Xland Rules"
    )
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "cfr_parts": ["15 CFR 736", "15 CFR 740", "15 CFR 742", "15 CFR 746"],
    }
    text = (
        title
        + ". SUMMARY: In this rule, BIS amends the Export Administration Regulations (EAR) by moving the "
        "substantive provisions of the Xland embargo from a general order to a revised section of part 746."
    )
    assert "license.requirement" not in _tags(title, text, document_type="RULE", **extra)


def test_an_arms_sale_or_a_licence_notified_to_congress_is_a_decision() -> None:
    sale = (
        "The administration formally notified Congress on Wednesday of a $1.2 billion arms sale package for "
        "Xland, including frigates and anti-tank missiles."
    )
    assert "license.decision" in _tags("U.S. notifies Congress of Xland arms package", sale)
    title = (
        "Bureau of Political-Military Affairs, Directorate of Defense Trade Controls: Notifications to the "
        "Congress of Proposed Commercial Export Licenses"
    )
    extra = {"source": "federal_register", "agencies": ["State Department"], "document_type": "NOTICE"}
    assert "license.decision" in _tags(title, title, **extra)


def test_an_emergency_extended_is_a_programme_and_a_freeze_that_remained_is_background() -> None:
    text = (
        "The President signed orders on Friday that extended the national emergency behind the U.S. "
        "sanctions on Xland, so the trade ban and the freeze on Xland assets remained."
    )
    assert _tags("U.S. renews Xland curbs", text) == {"sanctions.regulation"}


def test_persons_related_to_a_denial_order_and_persons_on_the_sdn_list_are_not_designated_here() -> None:
    title = "Revised Appeal Procedure for Persons Designated as Related Persons to Denial Orders"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "document_type": "RULE",
    }
    assert "sanctions.designation" not in _tags(title, title, **extra)
    law = (
        "The law requires the President to put strict conditions on the correspondent accounts of foreign "
        "banks if they knowingly handle transactions for persons on the Specially Designated Nationals list."
    )
    assert "sanctions.designation" not in _tags("President signs bank measure", law)


def test_a_country_s_assets_unblocked_end_a_programme_and_delist_no_one() -> None:
    title = "Foreign Assets Control Regulations; Unblocking of Xland Assets"
    text = (
        title
        + ". SUMMARY: Pursuant to a settlement agreement, the Office of Foreign Assets Control is unblocking "
        "assets in which Cambodia or a national thereof has an interest."
    )
    extra = {
        "source": "federal_register",
        "agencies": ["Treasury Department", "Foreign Assets Control Office"],
        "cfr_parts": ["31 CFR 500"],
    }
    assert "sanctions.designation" not in _tags(title, text, document_type="RULE", **extra)


def test_a_power_to_decide_licences_decides_none() -> None:
    order = (
        "The order blocked property of the Xland government related to the agreement, and it gave the "
        "Treasury Department power to issue rules and licences."
    )
    assert "license.decision" not in _tags("Order blocks Xland property", order)
    law = (
        "The President signed H.R. 1234, the Xland Nonproliferation Act of 2000, which lets the President "
        "deny U.S. export licences and aid to foreign persons that supply Xland's weapons programmes."
    )
    assert _tags("President signs law on Xland weapons suppliers", law) == {"sanctions.regulation"}


def test_a_sanctions_law_signed_by_its_name_and_year_is_a_programme() -> None:
    text = (
        "The President on Thursday signed the Foo International Financing Amendments Act of 2018, which "
        "obliges the president to block the property of foreign persons who support the group."
    )
    assert "sanctions.regulation" in _tags("President signs Foo sanctions bill", text)


def test_a_named_sale_delayed_for_a_time_and_holds_lifted_on_security_assistance_are_decisions() -> None:
    delayed = (
        "The administration said on Thursday that it would delay for four months the sale of at least nine "
        "F-16 fighters to Xland, holding back the notification to Congress."
    )
    assert "license.decision" in _tags("Administration puts off Xland fighter sale", delayed)
    lifted = (
        "The State Department announced that it was lifting the holds it had placed on security assistance "
        "to the Xland Defense Force, opening the way to supply anti-tank missiles."
    )
    assert "license.decision" in _tags("U.S. lifts holds on weapons aid to Xland", lifted)


def test_licences_to_wind_down_dealings_with_the_designated_are_the_designation_s() -> None:
    text = (
        "The Treasury's Office of Foreign Assets Control designated Foo Bank and 17 subsidiaries of Bar "
        "Bank, and OFAC issued licences to wind down dealings with Foo Bank until March."
    )
    assert _tags("U.S. sanctions Foo Bank", text) == {"sanctions.designation"}


def test_controls_imposed_on_designated_terrorists_by_title_are_a_requirement() -> None:
    title = "Imposition and Expansion of Controls on Designated Terrorists"
    extra = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "document_type": "RULE",
    }
    assert _tags(title, title, **extra) == {"license.requirement"}


def test_a_law_that_provides_for_sanctions_carried_in_a_longer_act_is_a_programme() -> None:
    text = (
        "The President on Friday signed the National Defense Authorization Act for fiscal 2020, which "
        "carries the Foo Civilian Protection Act of 2019. The law provides for sanctions and travel bans on "
        "foreign persons who support the Xland government."
    )
    assert "sanctions.regulation" in _tags("President signs Foo Act with defence bill", text)


def test_the_european_community_and_another_government_s_department_act_for_themselves() -> None:
    community = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "European Community foreign ministers end sanctions on Xland",
            "text": "The ministers of the Community's member states decided on Monday to lift the measures.",
        }
    )
    assert out_of_scope(community) is not None
    department = (
        "A letter from the director of export controls at Britain's Department of Trade and Industry said "
        "that licences had been refused for equipment licensed to Xland before."
    )
    assert _tags("Leaked letter shows tighter arms licensing for Xland", department) == set()


def test_money_laundering_measures_and_gas_export_permits_are_out_of_scope() -> None:
    fincen = {
        "source": "federal_register",
        "agencies": ["Treasury Department", "Financial Crimes Enforcement Network"],
        "document_type": "RULE",
    }
    title = "Repeal of the Final Rule Imposing Special Measures Against Foo Bank"
    assert (
        _tags(
            title,
            f"{title}. SUMMARY: This document repeals the Imposition of Special Measures Against Foo Bank.",
            **fincen,
        )
        == set()
    )
    gas = (
        "The Department of Energy on Tuesday authorised Foo LNG, LP to export up to one billion cubic feet a "
        "day of liquefied natural gas to countries without a free-trade agreement."
    )
    assert _tags("Energy Department approves gas terminal's exports", gas) == set()


def test_a_suspended_denial_and_a_probation_s_terms_are_a_penalty_s_not_a_list_change() -> None:
    tags = _tags(
        "Parts maker settles export charges",
        "Foo Aerospace agreed to pay a $500,000 civil penalty to settle allegations that it exported parts "
        "to Xland without licences. The department also denied its export privileges for three years but "
        "suspended the denial, and during the probation the company may not use certain licence exceptions.",
    )
    assert tags == {"export_control.other"}


def test_a_forfeiture_in_a_sanctions_case_is_enforcement_and_designates_no_one() -> None:
    tags = _tags(
        "Bank agrees forfeiture over payments for sanctioned countries",
        "Foo Bank agreed on Tuesday to forfeit $600 million to resolve charges that it moved payments for "
        "Xland customers through U.S. banks, and entered a deferred prosecution agreement. The penalty was "
        "the largest yet in a U.S. sanctions case.",
    )
    assert tags == {"export_control.other"}


def test_sanctions_imposed_on_a_named_company_after_a_date_or_under_a_sanctions_law_designate_it() -> None:
    dated = (
        "The United States imposed sanctions on March 24 on Xland's Foo Trading Corporation for transferring "
        "missile items, State Department spokesman Bar said."
    )
    assert "sanctions.designation" in _tags("U.S. penalises missile seller", dated)
    passive = (
        "The State Department announced the first penalties ever imposed under the Xland Sanctions Act, as "
        "amended by a later law, on Foo Intertrade Company, a trading unit of the national oil company."
    )
    assert "sanctions.designation" in _tags("First penalties under the law fall on Foo", passive)


def test_a_designation_as_global_terrorists_counts_however_far_the_class_stands() -> None:
    tags = _tags(
        "U.S. blacklists militant splinter group and an attack suspect",
        "The State Department on Wednesday designated Foo al-Bar, a splinter faction of a militant movement "
        "based on the Xland border, and Baz Qux, a member of the cell behind two bombings in European "
        "capitals, as Specially Designated Global Terrorists.",
    )
    assert tags == {"sanctions.designation"}


def test_goods_exempted_from_country_sanctions_are_a_programme_a_waiver_power_decides_nothing() -> None:
    tags = _tags(
        "President signs law freeing farm credits from Chile sanctions",
        "The President signed legislation exempting U.S. agricultural export credit guarantees and other "
        "farm products from the economic sanctions imposed on Chile after its tests. The Senate also "
        "approved a measure to let him waive the remaining non-military sanctions on Chile for nine months.",
    )
    assert tags == {"sanctions.regulation"}


def test_a_country_made_eligible_for_us_defence_articles_opens_arms_licensing() -> None:
    tags = _tags(
        "President clears Xland to receive U.S. defence articles",
        "The President on Monday sent the Secretary of State a determination that Xland is eligible to "
        "receive U.S. defense articles and defense services under the Arms Export Control Act.",
    )
    assert tags == {"license.requirement"}


def test_a_sanctions_statute_s_provision_waived_for_a_term_is_a_programme() -> None:
    tags = _tags(
        "President keeps property-lawsuit provision on hold",
        "The President said on Monday that he would sign a six-month waiver of Title III of the 1996 "
        "Helms-Burton Act, the provision that lets Americans sue people using property confiscated in Cuba.",
    )
    assert tags == {"sanctions.regulation"}


def test_another_list_s_existing_entries_updated_are_no_entity_list_revision() -> None:
    tags = _tags(
        "State Department adds 26 sub-entities to Cuba Restricted List",
        "The State Department said it was adding 26 sub-entities to its Cuba Restricted List and updating "
        "five existing entries.",
    )
    assert tags == {"sanctions.designation"}


def test_the_export_control_emergency_as_the_export_law_lapses_is_no_sanctions_programme() -> None:
    tags = _tags(
        "President keeps export controls alive under emergency powers",
        "The President signed Executive Order 12000 on Friday, declaring a national emergency under the "
        "International Emergency Economic Powers Act because the Export Administration Act of 1979 had "
        "lapsed, so that the Export Administration Regulations stay in force.",
    )
    assert tags == {"export_control.other"}


def test_a_whole_country_s_licences_denied_or_suspended_are_a_requirement_not_a_decision() -> None:
    tags = _tags(
        "Washington halts arms exports to Chile",
        "The State Department said it would deny all new applications for licences to export defence "
        "articles to Chile, and it had suspended existing commercial defence export licences for the "
        "country.",
    )
    assert tags == {"license.requirement"}


def test_a_minister_of_another_state_acts_for_it() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Belgian minister resigns over export licence for machine guns",
            "text": "The export licence had been approved in July, the government confirmed.",
        }
    )
    assert out_of_scope(document) is not None


def test_penalties_risked_and_a_general_licence_one_meeting_misses_are_no_enforcement_or_rule() -> None:
    tags = _tags(
        "Treasury keeps researchers away from a conference in Cuba",
        "OFAC had warned participants that they risked criminal or civil penalties if they went without a "
        "specific licence, finding that the meeting did not qualify for the general licence for professional "
        "conferences.",
    )
    assert "export_control.other" not in tags
    assert "license.requirement" not in tags


def test_a_country_s_export_bar_and_arms_sales_ended_set_requirements_and_designate_no_one() -> None:
    tags = _tags(
        "U.S. imposes chemical-weapons sanctions on Chile",
        "The measures come on top of the comprehensive U.S. sanctions already in force and include an end to "
        "sales of defence articles and a bar on exports of national security-sensitive goods and technology "
        "to the country.",
    )
    assert tags == {"license.requirement"}


def test_ending_the_suspension_of_a_sanctions_statute_s_provision_is_a_programme() -> None:
    tags = _tags(
        "Secretary lets property lawsuits go ahead",
        "The Secretary of State announced that the administration would no longer suspend Title III of the "
        "1996 Cuban Liberty and Democratic Solidarity (LIBERTAD) Act, so that nationals could sue.",
    )
    assert tags == {"sanctions.regulation"}


def test_an_energy_department_part_810_authorisation_for_one_company_is_a_decision() -> None:
    tags = _tags(
        "Energy Department authorises reactor technology transfer",
        "The Department of Energy on Wednesday granted Foo International a specific authorisation under its "
        "10 CFR Part 810 rules to share reactor technology with three Xland companies.",
    )
    assert tags == {"license.decision"}


def test_a_sanctions_law_that_became_law_and_a_nonproliferation_sanctions_law_headline_are_programmes() -> (
    None
):
    tags = _tags(
        "Iran nonproliferation sanctions law widened to cover Syria",
        "The Foo Nonproliferation Amendments Act of 2005 became law on November 22, 2005. The law directs "
        "the "
        "President to apply the act's sanctions to foreign persons that transfer missile technology.",
    )
    assert tags == {"sanctions.regulation"}


def test_parties_added_to_a_list_of_specially_designated_nationals_or_ordered_blocked_are_designated() -> (
    None
):
    listed = (
        "The Treasury's Office of Foreign Assets Control added three hotels, Foo Village Ltd. and Bar Hotel, "
        "to its list of specially designated nationals of Libya, by amending the appendix of the Libyan "
        "Sanctions Regulations."
    )
    assert _tags("Treasury adds three hotels to Libyan blacklist", listed) == {"sanctions.designation"}
    blocked = (
        "The Treasury's Office of Foreign Assets Control told banks that transactions with the Foo Bank for "
        "Investment of Khartoum must also be blocked under the Sudan sanctions."
    )
    assert "sanctions.designation" in _tags("Treasury orders banks to block Foo Bank", blocked)


def test_a_country_designated_a_state_sponsor_of_terrorism_has_its_licensing_changed() -> None:
    tags = _tags(
        "Secretary puts Cuba back on the list",
        "The Secretary of State announced that the United States was again designating Cuba a state sponsor "
        "of terrorism.",
    )
    assert tags == {"license.requirement"}


def test_an_initialism_s_stop_does_not_end_the_sentence_a_veto_reads() -> None:
    law = (
        "The law lets the President sanction foreign suppliers. The penalties available include a ban on "
        "procurement, a prohibition on selling it items on the U.S. Munitions List, and denial or suspension "
        "of licences for controlled dual-use exports."
    )
    assert "license.decision" not in _tags("President signs Xland nonproliferation law", law)
    rapporteur = (
        "The Secretary of State announced that the United States was imposing sanctions on Francesca Foo, "
        "the Xland lawyer serving as the U.N. Human Rights Council's special rapporteur."
    )
    assert _tags("U.S. imposes sanctions on rapporteur", rapporteur) == {"sanctions.designation"}


def test_a_body_named_for_two_fields_is_one_designated_party() -> None:
    names = _names(
        "U.S. blacklists Xland's intelligence ministry",
        "The Treasury Department on Thursday designated Xland's Ministry of Intelligence and "
        "Security (MOIS), the country's main intelligence agency, freezing any property it has.",
    )
    assert "Ministry of Intelligence and Security" in names
    assert "Security" not in names


def test_a_statute_s_restrictions_waived_for_named_countries_reopen_their_licensing() -> None:
    tags = _tags(
        "President waives child-soldier ban on U.S. arms for four governments",
        "The President signed a memorandum on Monday waiving, as being in the national interest, the "
        "restrictions of the Child Soldiers Prevention Act of 2008 for Chad and Yemen. The law bars such "
        "governments from buying American arms unless the President grants a waiver.",
    )
    assert tags == {"license.requirement"}


def test_a_ban_on_us_nuclear_trade_with_a_country_lifted_opens_its_licensing() -> None:
    tags = _tags(
        "President signs law clearing civil nuclear trade with India",
        "The President signed the approval act on Wednesday, giving congressional approval to the agreement "
        "and lifting a ban on U.S. nuclear trade with India in place since 1974.",
    )
    assert "license.requirement" in tags


def test_a_country_put_back_on_the_list_of_terrorism_supporting_states_has_its_licensing_changed() -> None:
    tags = _tags(
        "Washington puts Chile back on its list of terrorism-supporting states",
        "The State Department determined on Thursday that Chile had repeatedly supported acts of terrorism.",
    )
    assert tags == {"license.requirement"}


def test_a_presidential_title_on_export_controls_and_a_respondent_s_case_are_export_control_items() -> None:
    order = {
        "source": "federal_register",
        "agencies": ["Executive Office of the President"],
        "document_type": "PRESDOCU",
    }
    assert _tags("Administration of Export Controls", "Administration of Export Controls", **order) == {
        "export_control.other"
    }
    title = "In the Matter of: Foo Trading Corporation, 12 Business Centre, Karachi, Pakistan, Respondent"
    bis = {
        "source": "federal_register",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "document_type": "NOTICE",
    }
    text = (
        f"{title}. In a charging letter, BIS alleged that Respondent committed two violations of the Export "
        "Administration Regulations, a charge based on actions taken to evade licensing requirements."
    )
    assert _tags(title, text, **bis) == {"export_control.other"}


def test_a_sale_congress_is_told_of_and_lethal_arms_sales_halted_for_a_country() -> None:
    told = "The administration gave notice in a classified memorandum on Friday."
    assert "license.decision" in _tags(
        "Administration tells Congress it plans $400 million missile sale to Chile", told
    )
    halted = "The State Department announced the measures after the coup."
    assert "license.requirement" in _tags("U.S. cuts aid and halts lethal arms sales to Chile", halted)


def test_assets_a_resolution_asks_states_to_freeze_are_no_designation() -> None:
    tags = _tags(
        "President's order extends asset freeze to relatives of former officials",
        "The President signed Executive Order 13000 on Thursday, expanding the national emergency. A "
        "spokeswoman "
        "said it brought the earlier order into line with a U.N. resolution, which asks member states to "
        "freeze "
        "such assets.",
    )
    assert "sanctions.designation" not in tags


def test_a_presidential_certification_that_named_exports_may_go_ahead_is_a_decision() -> None:
    tags = _tags(
        "President writes to Congress on graphite for Chinese factories",
        "In a letter to congressional leaders, the President certified under section 1512 of the defence "
        "act that "
        "three exports to China would not harm the U.S. space launch industry.",
    )
    assert tags == {"license.decision"}


def test_paperwork_shipping_licences_regimes_admitting_members_and_court_rulings_are_out_of_scope() -> None:
    paperwork = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Reporting and Recordkeeping Requirements Under the Wassenaar Arrangement",
            "document_type": "NOTICE",
            "agencies": ["Commerce Department", "Export Administration Bureau"],
        }
    )
    assert out_of_scope(paperwork) is not None
    maritime = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "Revocation of Licenses for Failure To Meet Financial Responsibility Requirements",
            "document_type": "NOTICE",
            "agencies": ["Federal Maritime Commission"],
        }
    )
    assert out_of_scope(maritime) is not None
    regime = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Wassenaar export-control group agrees to take in Chile",
            "text": "",
        }
    )
    assert out_of_scope(regime) is not None
    court = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Ohio federal judge upholds encryption export rules",
            "text": "The judge ruled that the licence requirement for encryption software was lawful.",
        }
    )
    assert out_of_scope(court) is not None


def test_a_statutory_finding_that_named_parties_engaged_in_proliferation_designates_them() -> None:
    tags = _tags(
        "U.S. bars licences and contracts for two firms over missile trade",
        "The United States determined on Friday that two concerns, the Foo Machineries Export Corporation "
        "and "
        "the Bar Credit Corporation, had engaged in missile proliferation activities. For two years no U.S. "
        "export licences are to be granted to them.",
    )
    assert tags == {"sanctions.designation"}


def test_a_class_of_backers_frozen_and_such_waivers_told_as_background_name_no_one() -> None:
    backers = "The President reported that he had signed a new executive order under the emergency."
    assert "sanctions.designation" not in _tags("Order freezes assets of the Xland regime's backers", backers)
    waivers = (
        "The President signed a determination waiving in the national interest the law's ban on arms-sale "
        "licences for Chile and Peru. It was the third year in a row that the administration issued such "
        "waivers."
    )
    assert "license.decision" not in _tags("President again waives child-soldier penalties", waivers)


def test_a_sanctions_law_s_trade_ban_renewed_and_ieepa_amended_are_programmes() -> None:
    renewed = (
        "The President signed a bill on Tuesday renewing the import restrictions of the Foo Freedom and "
        "Democracy Act of 2003, which keep goods from Xland out of the United States."
    )
    assert _tags("President signs another renewal of the Xland import ban", renewed) == {
        "sanctions.regulation"
    }
    ieepa = (
        "The President signed the International Emergency Economic Powers Enhancement Act, the statute "
        "behind the "
        "Export Administration Regulations since the Export Administration Act lapsed."
    )
    assert "sanctions.regulation" in _tags("President signs law raising penalties", ieepa)


def test_a_waiver_named_by_whom_it_lets_act_is_a_decision_and_a_class_authorisation_is_not() -> None:
    waiver = "The Secretary of State signed a new 120-day national security waiver on Tuesday."
    assert _tags("Secretary signs 120-day waiver letting Iraq pay for Iranian power", waiver) == {
        "license.decision"
    }
    veu = (
        "The Commerce Department made India eligible for the Validated End-User authorization, which lets "
        "exporters ship certain items to approved end users without individual licences."
    )
    assert "license.decision" not in _tags("Commerce makes India eligible for VEU", veu)


def test_a_fee_charged_for_an_export_certificate_is_no_charge_brought() -> None:
    tags = _tags(
        "User Fees for Phytosanitary Certificates",
        "The rule raises the user fees charged for export phytosanitary certificates issued to exporters.",
    )
    assert "export_control.other" not in tags


def test_a_law_named_a_designation_act_designates_no_one_but_its_class_named_does() -> None:
    law = (
        "The President signed the Foreign Gadget Smugglers Designation Act, a provision that sets up a "
        "sanctions "
        "programme aimed at significant smugglers and their organisations."
    )
    assert "sanctions.designation" not in _tags("President signs smuggler sanctions law", law)
    named = (
        "The President named four people and two groups as significant foreign narcotics traffickers under "
        "the Kingpin Act on Friday."
    )
    assert "sanctions.named_kingpins" in _classified("President names six new kingpins", named).get(
        "sanctions.designation", set()
    )


def test_the_noun_sanctions_before_its_participle_names_no_party() -> None:
    text = (
        "The President continued the national emergency over Xland for a year, so that the U.S. sanctions "
        "built on it stay in force."
    )
    assert "sanctions.designation" not in _tags("President keeps the Xland emergency", text)


def test_an_order_amended_by_another_is_a_citation_not_a_programme_change() -> None:
    tags = _tags(
        "Notice of OFAC Sanctions Actions",
        "OFAC is publishing the names of persons unblocked pursuant to Executive Order 13000 of May 1, 2003, "
        'as amended by Executive Order 13100 of June 2, 2005, "Blocking Property of Persons Undermining '
        'Xland".',
        source="federal_register",
        agencies=["Treasury Department", "Foreign Assets Control Office"],
        document_type="NOTICE",
    )
    assert "sanctions.regulation" not in tags


def test_benefits_and_policy_classes_decide_no_licence() -> None:
    ally = (
        "The President designated Xland a major non-NATO ally, making it eligible for priority delivery of "
        "defence material and expedited handling of commercial satellite export licences."
    )
    assert "license.decision" not in _tags("President makes Xland a major ally", ally)
    itar = (
        "The State Department amended the ITAR to take Xland off the list of destinations for which licences "
        "are denied; licences for peacekeeping support may be considered case by case."
    )
    assert "license.decision" not in _tags("State opens case-by-case arms exports for Xland", itar)


def test_a_policy_said_to_stay_sets_no_requirement() -> None:
    tags = _tags(
        "Secretary says Commerce will license safe sales to Acme",
        "The Commerce Secretary said his department would issue licences to U.S. companies selling to Acme "
        "where sales pose no threat. At a Commerce Department conference he said applications would still be "
        "reviewed under a presumption of denial and the range of items needing a licence would not change.",
    )
    assert "license.decision" in tags
    assert "license.requirement" not in tags


def test_the_fdp_rule_applied_to_existing_entries_revises_the_entity_list() -> None:
    tags = _tags(
        "Additional Export Controls on Xland",
        "This rule applies the Foreign Direct Product (FDP) rule to twelve existing entries for eight "
        "entities "
        "that supply parties on the Entity List.",
        source="federal_register",
        agencies=["Commerce Department", "Industry and Security Bureau"],
        document_type="RULE",
    )
    assert "entity_list.revision" in tags


def test_an_exemption_added_to_the_itar_and_the_ear_aligned_with_a_regime_change_the_control_lists() -> None:
    treaty = (
        "The treaty's entry into force made effective a rule that added a new exemption, section 126.99, "
        "to the "
        "International Traffic in Arms Regulations, letting approved exporters ship defence articles "
        "without an "
        "individual licence."
    )
    assert "export_control.itar_change" in _classified("Treaty opens licence-free exports", treaty).get(
        "export_control.other", set()
    )
    regime = (
        "BIS published a rule that brings the Export Administration Regulations into line with changes the "
        "Wassenaar Arrangement made to its sensor controls, letting such items go to most destinations "
        "without a "
        "licence."
    )
    assert "export_control.other" in _tags("Commerce eases sensor exports", regime)


def test_a_control_list_a_bill_would_have_set_up_is_no_change() -> None:
    tags = _tags(
        "Senate passes an export law rewrite",
        "The Senate passed a bill rewriting the export law; it would have set up a Commerce Control List, "
        "but "
        "the House never acted on it.",
    )
    assert "export_control.other" not in tags


def test_a_moratorium_on_exports_and_an_arms_transfer_policy_set_requirements() -> None:
    moratorium = "A one-year moratorium on the sale, transfer or export of cluster munitions became law."
    assert "license.requirement" in _tags("New law bars cluster munition exports", moratorium)
    policy = (
        "The President issued a new Conventional Arms Transfer policy on Thursday, setting how agencies "
        "review "
        "arms exports."
    )
    assert "license.requirement" in _tags("President issues arms export policy", policy)


def test_reports_the_sanctions_office_demands_and_a_sanctions_statute_implemented_are_programmes() -> None:
    report = (
        "OFAC required every U.S. bank holding such accounts for foreign exchange houses to file a special "
        "report listing them, the regional Federal Reserve bank told members."
    )
    assert "sanctions.regulation" in _tags("Treasury orders banks to report accounts", report)
    title = "Implementation of the Xland Sanctions Act"
    assert "sanctions.regulation" in _tags(
        title,
        title,
        source="federal_register",
        agencies=["Executive Office of the President"],
        document_type="PRESDOCU",
    )


def test_a_headline_s_place_does_not_run_into_the_first_sentence_s_regulator() -> None:
    item = {
        "id": "t", "source": "news", "title": "NRC licenses uranium shipment for reactors in the Netherlands",
        "text": "The Nuclear Regulatory Commission on Monday issued an export licence to ship 4 kilograms of "
                "uranium to a research group in Petten.",
    }  # fmt: skip
    assert out_of_scope(item_to_document(item)) is None
    assert "license.decision" in _tags(item["title"], item["text"])


def test_a_freeze_held_in_reserve_designates_no_one() -> None:
    text = (
        "The draft proposed an arms embargo. Tougher steps, such as a freeze on Xland assets, were held in "
        "reserve in case Xland expelled the inspectors."
    )
    assert "sanctions.designation" not in _tags("U.S. circulates draft sanctions on Xland", text)


def test_a_ban_on_the_export_and_transfer_of_a_class_sets_a_requirement() -> None:
    text = "The President said Washington would observe a permanent ban on the export and transfer of mines."
    assert "license.requirement" in _tags("President makes the mine export ban permanent", text)


def test_a_law_that_bars_loans_and_exports_to_a_country_is_a_programme() -> None:
    text = (
        "The President signed the Xland Democracy Act of 2006 into law on Friday; it has the "
        "administration bar "
        "U.S. loans and most exports to Xland."
    )
    assert "sanctions.regulation" in _tags("President signs Xland democracy law", text)


def test_countries_removed_from_the_itar_s_proscribed_list_by_its_full_name_change_the_itar() -> None:
    text = (
        "The State Department removed the Republic of Xland (North and South) and Yland from the "
        "International "
        "Traffic in Arms Regulations' list of proscribed destinations, ending its policy of denial."
    )
    assert "export_control.other" in _tags("Washington drops its arms-export ban on Xland", text)


def test_background_to_a_case_and_a_general_licence_left_to_lapse_decide_no_licence() -> None:
    case = (
        "The government charged that the company sold the radios without the required licence, after its own "
        "licence application had been refused. It agreed to pay a civil penalty to settle the export charges."
    )
    assert "license.decision" not in _tags("Exporter pays $5 million to settle charges", case)
    lapse = (
        "OFAC revoked the general licence for the gold sector and said General License 44 for the oil sector "
        "would not be renewed when it expires."
    )
    assert "license.decision" not in _tags("Treasury pulls Xland gold relief", lapse)


def test_a_denial_order_reciting_its_conviction_is_no_enforcement_item() -> None:
    tags = _tags(
        "Order Denying Export Privileges",
        "Order Denying Export Privileges. In the Matter of: John Foo. On May 1, 2019, John Foo was "
        "convicted of "
        "violating the Arms Export Control Act by attempting to export defense articles on the United States "
        "Munitions List without a licence.",
        source="federal_register", agencies=["Commerce Department", "Industry and Security Bureau"],
        document_type="NOTICE",
    )  # fmt: skip
    assert tags == {"other_list.change"}


def test_a_country_s_licensing_suspended_as_a_class_is_a_requirement_not_a_decision() -> None:
    tags = _tags(
        "Washington stops licensing arms exports to Xland",
        "The United States suspended the issue of licences for exports of defence articles to Xland from "
        "March 3 under a new appropriations law. A notice said licence applications would be denied, "
        "although licences could still be granted case by case for coastal radar.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_a_law_that_suspends_licences_and_mandates_freezes_is_a_programme() -> None:
    tags = _tags(
        "Congress writes curbs on Xland into law",
        "The Foreign Relations Authorization Act for Fiscal Years 1990 and 1991 became law on February 16, "
        "1990, and it kept suspended the issue of licences to export munitions to Xland.",
    )
    assert {"license.requirement", "sanctions.regulation"} <= tags
    assert "license.decision" not in tags
    tags = _tags(
        "President signs Xland rights act extension",
        "The president signed the Xland Human Rights Extension Act of 2016 on Friday. The 2014 act requires "
        "the president to freeze the assets of any foreign person found responsible for abuses in Xland.",
    )
    assert "sanctions.regulation" in tags
    assert "sanctions.designation" not in tags
    assert "sanctions.regulation" in _tags(
        "Proliferation act becomes law",
        "The Foo Prevention Act of 1994, Title VIII of the Foreign Relations Authorization Act for Fiscal "
        "Years 1994 and 1995, became law on April 30, 1994. It requires the President to impose sanctions "
        "on any country that detonates a nuclear device.",
    )


def test_an_approved_licence_as_an_adjective_and_licences_under_regulations_change_no_programme() -> None:
    assert "license.decision" not in _tags(
        "Contractor pleads guilty over jet parts",
        "Foo Electronics pleaded guilty to export violations. It sold gyroscopes it made under a "
        "U.S.-approved licence for Japanese military use only.",
    )
    tags = _tags(
        "President reports Treasury licences for trips to Xland",
        "The President told Congress that the Treasury had issued nine new licences under the Xland "
        "Sanctions Regulations since his last report.",
    )
    assert "license.decision" in tags
    assert "sanctions.regulation" not in tags


def test_one_chamber_s_vote_to_lift_an_embargo_and_a_regime_admitting_a_member_tag_nothing() -> None:
    assert not _tags(
        "Senate defies president with veto-proof vote to lift the arms embargo on Xland",
        "The Senate voted 69 to 29 for a bill ending U.S. participation in the arms embargo on Xland; the "
        "House still had to act.",
    )
    assert not _tags(
        "Wassenaar plenary takes in Xland as a new participating state",
        "The plenary meeting of the Wassenaar Arrangement welcomed Xland as a new participating state.",
    )


def test_a_regime_agreeing_to_tighten_controls_is_an_export_control_item_and_no_us_requirement() -> None:
    tags = _tags(
        "Wassenaar states agree to tighten controls on shoulder-fired missiles",
        "The 33 participating states of the Wassenaar Arrangement agreed on December 12, 2003, at the close "
        "of three days of talks ending the regime's assessment, to tighten controls over shoulder-fired "
        "missiles. The participating states also agreed to adopt end-use controls encouraging members to "
        "apply export controls to unlisted items.",
    )
    assert tags == {"export_control.other"}


def test_ofac_s_instruments_by_their_words_determinations_penalties_orders_and_general_licences() -> None:
    assert "sanctions.regulation" in _tags(
        "Treasury widens Xland energy sanctions",
        "OFAC also issued a determination under Executive Order 14024 exposing anyone who operates in "
        "Xland's energy sector to sanctions.",
    )
    assert "sanctions.regulation" in _tags(
        "Inflation Adjustment of Civil Monetary Penalties",
        "Inflation Adjustment of Civil Monetary Penalties. SUMMARY: The Department of the Treasury's Office "
        "of Foreign Assets Control (OFAC) is issuing this final rule to adjust certain civil monetary "
        "penalties for inflation.",
        source="federal_register",
        document_type="RULE",
    )
    assert "sanctions.regulation" in _tags(
        "President orders investors out of Xland military firms",
        "The President signed Executive Order 13974 on Wednesday, amending his earlier order on securities "
        "of Xland military companies. The order invokes the International Emergency Economic Powers Act.",
    )
    tags = _tags(
        "Treasury shuts Xland's military firms out of remittances",
        "OFAC amended the Cuban Assets Control Regulations; the rule removes from the general licences for "
        "remittances any transaction involving an entity or subentity on the State Department's Cuba "
        "Restricted List.",
    )
    assert "license.requirement" in tags
    assert "sanctions.designation" not in tags


def test_a_sanctions_statute_s_provision_suspended_in_other_words_is_a_programme() -> None:
    assert "sanctions.regulation" in _tags(
        "President keeps property suits on hold",
        "The President on Friday suspended for another six months the provision of the 1996 Helms-Burton "
        "Act that would let Americans sue foreign companies.",
    )
    assert "sanctions.regulation" in _tags(
        "President blocks property lawsuits again",
        "The President imposed another six-month waiver on litigation under the 1996 Helms-Burton Act.",
    )


def test_sanctions_announced_on_a_named_company_designate_and_their_measures_decide_no_licence() -> None:
    tags = _tags(
        "State penalises Xland missile seller again",
        "The State Department announced on July 25, 2003 new missile-proliferation sanctions on Xland's Foo "
        "Sinyong Corporation. The notice also applied measures for three years to all Xland government "
        "activities tied to missile development, including denial of U.S. government licences and contracts.",
    )
    assert "sanctions.designation" in tags
    assert "license.decision" not in tags


def test_blocked_funds_released_for_one_party_is_a_licence_decision() -> None:
    assert "license.decision" in _tags(
        "Xland regains its U.N. vote",
        "Xland paid its U.N. dues after the U.S. Treasury allowed it to draw the money from an account "
        "that had been frozen under U.S. sanctions.",
    )
    assert "license.decision" not in _tags(
        "Xland funds stay frozen",
        "Officials said the Treasury might consider whether to let Xland tap funds frozen abroad.",
    )


def test_penalties_lifted_on_counted_parties_and_a_treasury_blacklisting_are_designations() -> None:
    assert "sanctions.designation" in _tags(
        "Washington lifts penalties on two Xland missile suppliers",
        "The State Department said on Monday that the United States would lift the trade and administrative "
        "penalties it had imposed in July 1998 on two Xland organisations, Foo Scientific Center and Bar "
        "Research Association.",
    )
    tags = _tags(
        "U.S. blacklists network of companies run by Xland's Foo",
        "The U.S. Treasury Department on Tuesday, June 4, 2013 blacklisted the Foo Holding Order, an "
        "organisation set up by Xland's leaders to manage their commercial holdings, and the companies it "
        "controls.",
    )
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags


def test_a_general_licence_for_companies_described_before_their_names_is_their_licence() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Treasury licence eases sanctions on Xland potash producers",
        "text": "The U.S. Treasury granted limited sanctions relief on Monday, issuing a general licence "
        "that authorises transactions involving the state-owned producer Fookali and its subsidiary Barvit. "
        "The step followed the release of prisoners, among them Nobel Peace Prize laureate Ales Foo, in a "
        "deal after which Washington said it would lift its potash sanctions.",
    }
    result = classify(item_to_document(item))
    assert "license.decision" in result.tag_ids
    assert "license.requirement" not in result.tag_ids
    # An honour is no party, however a listing sentence lists it.
    assert "Nobel Peace Prize" not in {m.text for m in result.entities}


def test_controls_an_order_directs_and_an_arms_transfer_policy_described_are_requirements() -> None:
    assert "license.requirement" in _tags(
        "President uses emergency powers to curb weapons exports",
        "The President signed an executive order declaring a national emergency. The order directed that "
        "export controls be imposed on goods, technology and services that could help build such weapons.",
    )
    assert "license.requirement" in _tags(
        "President sets a conventional arms transfer policy",
        "The White House announced that the President had approved a comprehensive policy on transfers of "
        "conventional arms that supports transfers meeting the defence needs of allies and strengthens the "
        "defence industrial base.",
    )


def test_a_past_perfect_licence_denial_and_a_clause_past_although_decide_nothing() -> None:
    assert "license.decision" not in _tags(
        "Foo's Shanghai unit pleads guilty over coatings shipped to a Xland reactor",
        "Foo Trading pleaded guilty to conspiring to violate the Export Administration Regulations; Commerce "
        "had turned down Foo's application for a licence for such shipments in June 2006.",
    )
    assert "license.requirement" not in _tags(
        "Auditors count licensed missile-related exports to Xland",
        "The auditors said existing procedures could not keep most exports from sensitive end users "
        "although controls on satellite-related exports looked adequate.",
    )


def test_a_sanctions_statute_s_title_suspended_many_words_later_is_a_programme() -> None:
    assert "sanctions.regulation" in _tags(
        "President again holds off property suits",
        "The President decided to suspend for another six months the part of Title III of the Helms-Burton "
        "Act that allows lawsuits in U.S. courts.",
    )


def test_regulators_ordering_a_bank_to_pay_penalties_over_sanctioned_payments_is_enforcement() -> None:
    assert "export_control.other" in _tags(
        "Regulators fine Foo Bank over disguised Xland payments",
        "Federal and state bank regulators on Monday ordered Foo Bank N.V. to pay $80 million in penalties "
        "after finding that its branch had stripped sanctioned parties from payment instructions.",
    )


def test_a_civil_money_penalty_and_a_plea_over_dealings_with_designated_terrorists_are_enforcement() -> None:
    # A bank regulator's formula, and a plea whose only sanctions word is the designation the dealings broke.
    assert "export_control.other" in _tags(
        "Central bank fines Foo AG over cash sent to embargoed countries",
        "The Board announced an Order of Assessment of a Civil Money Penalty of $90 million against Foo AG "
        "over banknote transactions with counterparties in countries subject to U.S. sanctions.",
    )
    assert "export_control.other" in _tags(
        "Fruit grower pleads guilty over payments to militia",
        "Foo Brands pleaded guilty to one count of engaging in transactions with a specially designated "
        "global terrorist, admitting that its unit paid the Xland militia $2 million.",
    )


def test_a_designation_recalled_as_background_and_sanctioned_as_an_adjective_designate_no_one() -> None:
    assert "sanctions.designation" not in _tags(
        "Treasury fines Foo Oil $2 million for signing contracts with sanctioned Xland oil chief Ivan Bar",
        "OFAC assessed a $2 million civil penalty against Foo Oil for violating the Xland sanctions: its "
        "managers signed contracts with Ivan Bar a few weeks after he had been put on the Specially "
        "Designated Nationals list.",
    )


def test_exports_approved_without_an_individual_licence_decide_no_licence() -> None:
    assert "license.decision" not in _tags(
        "Administration eases licensing for encryption exports",
        "Makers could ship encryption products to countries already approved without an individual licence "
        "for each end user.",
    )


def test_a_companys_licence_extended_or_renewed_is_a_decision_on_it() -> None:
    assert "license.decision" in _tags(
        "Foo Chemicals says Washington renewed the OFAC licence that keeps it operating",
        "Foo Chemicals said the Treasury's Office of Foreign Assets Control had extended, through June 30, "
        "its licence to carry out transactions despite the sanctions on Xland's government.",
    )
    assert "license.decision" in _tags(
        "Foo Chemicals says Washington renewed the OFAC licence that keeps it operating",
    )


def test_a_bank_named_for_two_nations_keeps_its_demonyms() -> None:
    names = _names(
        "Treasury blacklists a bank",
        "The Treasury Department on Thursday designated the Tehran-based Iranian-Venezuelan "
        "Bi-National Bank (IVB), saying it acted for Iran's military.",
    )
    assert "Iranian-Venezuelan Bi-National Bank" in names


def test_a_designees_relatives_and_companies_named_by_co_are_parties() -> None:
    found = _names(
        "Treasury blacklists a tycoon and his family",
        "The Treasury on Monday designated the businessman Ivan Foo, his father Lo Bar Han and his "
        "wife Mira Foo, and the family's units Foo World Port Management Co. and Foo Light Co.",
    )
    # A name's closing full stop may be read as the sentence's.
    names = {n.rstrip(".") for n in found}
    assert {"Lo Bar Han", "Foo World Port Management Co", "Foo Light Co"} <= names


def test_a_verdict_and_charges_reported_in_the_past_perfect_are_enforcement() -> None:
    assert "export_control.other" in _tags(
        "Jury convicts arms dealer over helicopters for Xland",
        "A federal jury on Monday found the arms dealer Ivan Foo, a resident of Miami, guilty on six counts, "
        "among them conspiring to deliver military helicopters to Xland without the licences the Arms Export "
        "Control Act requires.",
    )
    # Reported speech moves the news into the past perfect; a charge recalled as background does not.
    assert "export_control.other" in _tags(
        "Two charged with routing chips to Xland",
        "The Justice Department said on Tuesday that two men had been charged with conspiring to violate the "
        "Export Control Reform Act by sending processors to Xland without licences.",
    )


def test_export_enforcement_disclosure_policy_and_the_antiboycott_rules_are_export_control_news() -> None:
    assert "export_control.other" in _tags(
        "Export enforcement chief: sitting on a violation will count against the company",
        "The Bureau of Industry and Security released a memorandum saying that a company deciding not to "
        "file a voluntary self-disclosure of a significant violation will have it weighed against it.",
    )
    assert "export_control.other" in _tags(
        "Restrictive Trade Practices or Boycotts",
        source="federal_register",
        document_type="RULE",
        agencies=["Commerce Department"],
    )


def test_a_bill_to_bar_arms_sales_requires_no_licence() -> None:
    assert "license.requirement" not in _tags(
        "Commerce fines an exporter for going along with a boycott",
        "Pressure to end the boycott grew: a congresswoman had just introduced a bill to bar U.S. arms sales "
        "to countries taking part in it.",
    )


def test_every_businessman_a_designation_enumerates_is_a_party() -> None:
    names = _names(
        "Treasury sanctions fishing fleets",
        "OFAC used the Magnitsky order to designate two businessmen, Ivan Foo and Lin Bar, and "
        "the companies they control.",
    )
    assert {"Ivan Foo", "Lin Bar"} <= names


def test_counts_under_the_sanctions_statute_spelled_out_are_enforcement() -> None:
    assert "export_control.other" in _tags(
        "Telecom maker indicted over Xland sanctions",
        "An indictment unsealed on Monday charges Foo Telecom Co. and its affiliate. Foo Telecom faces "
        "counts of wire fraud and of violating the International Emergency Economic Powers Act by doing "
        "business in Xland.",
    )


def test_a_reactor_licence_at_home_is_no_licence_decision() -> None:
    tags = _tags(
        "Regulator licenses two new reactors",
        "The Nuclear Regulatory Commission voted on Thursday to approve combined construction and operating "
        "licences for two reactors at a plant in Georgia. One commissioner said he could not vote to issue "
        "the licences without further safety commitments.",
    )
    assert "license.decision" not in tags
    # An export licence decided stays a decision.
    assert "license.decision" in _tags(
        "Commerce approves chip sales",
        "The Commerce Department approved export licences for shipments of chips to Foo Corp on Friday.",
    )


def test_entity_list_statistics_in_a_report_revise_no_entry() -> None:
    assert "entity_list.revision" not in _tags(
        "Export agency approved most licence applications last year",
        "The agency approved 85% of the applications. Its annual report also tallies nine Entity List rules "
        "in the year, which added 67 persons in 88 entries, removed 26 and amended 61 entries.",
    )


def test_a_multilateral_regimes_plenary_is_no_foreign_governments_control() -> None:
    title = "Missile regime's plenary renews its export-control pledge"
    text = (
        "The Missile Technology Control Regime held its plenary meeting in Xcity, chaired by an ambassador "
        "of Japan's foreign ministry. The partners renewed their commitment to strengthen their export "
        "controls."
    )
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text})) is None
    assert "export_control.other" in _tags(title, text)


def test_a_new_arms_transfer_policy_of_the_united_states_sets_licence_review_criteria() -> None:
    assert "license.requirement" in _tags(
        "President issues a new arms transfer policy",
        "The White House on Monday released a directive, a new United States Conventional Arms Transfer "
        "Policy that replaces the one of 1995. It sets the criteria the government applies to transfers of "
        "arms.",
    )


def test_licensing_authority_moved_between_agencies_is_an_export_control_change() -> None:
    assert "export_control.other" in _tags(
        "Updates on the Export of Foo Isotope",
        "Updates on the Export of Foo Isotope. SUMMARY: The Commission is revising its regulations to remove "
        "its licensing authority for exports of the isotope for non-nuclear end use.",
        source="federal_register",
        document_type="RULE",
        agencies=["Nuclear Regulatory Commission"],
    )


def test_a_country_found_not_cooperating_on_terrorism_loses_arms_licensing() -> None:
    assert "license.requirement" in _tags(
        "State takes Xland off the 'not fully cooperating' list",
        "The Secretary of State on Wednesday removed Xland from the list of countries certified as 'not "
        "fully cooperating' with U.S. counterterrorism efforts, a certification made each year under the "
        "Arms Export Control Act.",
    )


def test_transactions_a_violator_reported_under_a_general_licence_are_its_conduct() -> None:
    assert "license.requirement" not in _tags(
        "Retailer settles sanctions case",
        "Foo Corp agreed to pay $100,000 to settle OFAC allegations that it processed orders from Xland. Foo "
        "also reported 300 transactions under General License No. 5, a wind-down authorisation, only after "
        "its reporting deadline had passed.",
    )


def test_technical_corrections_to_the_regulations_are_housekeeping_whatever_they_touch() -> None:
    rule = {"source": "federal_register", "document_type": "RULE", "agencies": ["Commerce Department"]}
    title = "Technical Corrections to the Export Administration Regulations"
    tags = _tags(
        title,
        f"{title}. SUMMARY: This rule corrects citations, removes an endnote to the Entity List and "
        "clarifies license exceptions. None of these corrections change the licensing requirements of the "
        "EAR.",
        **rule,
    )
    assert tags == {"export_control.other"}
    # A title that names a list action as well is that action's.
    listed = "Addition of Certain Entities to the Entity List; Technical Corrections"
    assert "entity_list.addition" in _tags(
        listed, f"{listed}. SUMMARY: This rule adds five entities to the Entity List.", **rule
    )


def test_a_verdict_and_a_conviction_told_at_length_are_enforcement() -> None:
    assert "export_control.other" in _tags(
        "Jury convicts engineer over stealth know-how for Xland",
        "A federal jury on Monday found Ivan Foo, a 66-year-old former aerospace engineer who helped design "
        "the propulsion system of a stealth bomber for the air force, guilty on 14 of 17 counts, including "
        "violating the Arms Export Control Act.",
    )
    assert "export_control.other" in _tags(
        "Ex-engineer convicted over missile files taken to Xland",
        "A federal jury on Wednesday convicted Ivan Foo, a 49-year-old citizen of Xland and former senior "
        "engineer at the space and navigation division of Foo Communications, on nine of eleven counts, six "
        "of them for violating the Arms Export Control Act.",
    )


def test_prosecutors_closing_an_export_investigation_is_enforcement_news() -> None:
    assert "export_control.other" in _tags(
        "Prosecutors close export investigation of software author",
        "The U.S. Attorney announced on Thursday that his office had declined to prosecute anyone over the "
        "posting of the encryption program and that the investigation was closed. The author had been under "
        "investigation on suspicion of exporting the software without a licence.",
    )


def test_an_audit_office_report_on_export_controls_is_export_control_news() -> None:
    assert "export_control.other" in _tags(
        "Auditors fault the basis of the computer export easing",
        "In a report released on Wednesday, the General Accounting Office found that the study behind the "
        "easing of export controls on high performance computers offered no evidence for its claims, and "
        "recommended that the agencies jointly evaluate the controls.",
    )


def test_presidential_orders_titled_for_exports_trade_or_measures_on_a_country() -> None:
    def order(title: str) -> set[str]:
        return _tags(
            title,
            title,
            source="federal_register",
            document_type="PRESDOCU",
            agencies=["Executive Office of the President"],
        )

    assert order("Export of Enriched Uranium to India") == {"license.decision"}
    assert order("Export of Banned or Significantly Restricted Substances") == {"export_control.other"}
    assert order("Continuing the Regulation of Exports") == {"export_control.other"}
    assert "license.requirement" in order("Procedures for an Export Licensing Policy as to Nuclear Materials")
    assert order("Trade Involving Southern Rhodesia") == {"sanctions.regulation"}
    assert order("Additional Measures with Respect to Xland") == {"sanctions.regulation"}


def test_the_property_of_a_class_of_persons_blocked_designates_no_one() -> None:
    assert "sanctions.designation" not in _tags(
        "President keeps the Xland sanctions emergency in force",
        "The President continued for one year the national emergency with respect to Xland. The emergency is "
        "the legal basis for blocking the property of persons tied to the government of Xland.",
    )


def test_another_governments_police_enforce_its_own_export_law() -> None:
    title = "Tokyo police arrest machinery-maker officials over unlicensed jet-mill exports"
    text = (
        "Tokyo's Metropolitan Police Department arrested five officials of Foo Enterprise Co. on suspicion "
        "of exporting strategic equipment without government authorisation."
    )
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))


def test_a_headline_barring_convicted_men_from_exporting_tells_a_denial_order() -> None:
    tags = _tags(
        "Commerce bars two men convicted of gun-running to Xland from exporting for seven years",
        "The Commerce Department denied the export privileges of two men for seven years. Both were "
        "convicted on April 12, 2019 of violating the Arms Export Control Act.",
    )
    assert "export_control.other" not in tags


def test_a_listing_dated_in_an_earlier_year_before_its_verb_is_background() -> None:
    tags = _tags(
        "Treasury designates three Xland research institutes",
        "The Treasury today designated three entities under the proliferators order. The Commerce "
        "Department's Bureau of Industry and Security in March 2005 added the three to the Entity List.",
    )
    assert "entity_list.addition" not in tags
    assert "sanctions.designation" in tags
    assert "entity_list.addition" in _tags(
        "Commerce blacklists 28 Xland organisations",
        "The Commerce Department on Monday added 28 Xland organisations to the Entity List.",
    )


def test_a_regimes_own_news_names_members_and_hosts_not_destinations() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Missile Technology Control Regime plenary in Xcity admits Poland and Ukraine",
        "text": "The Missile Technology Control Regime held its plenary in Budapest, Hungary, admitted "
        "Poland and Ukraine as partners and agreed to tighten its controls on transshipment.",
    }
    result = classify(item_to_document(item))
    assert {t.id for t in result.tags} == {"export_control.other"}
    assert result.countries == []
    # The states it aims at are named as its concern.
    item["text"] = (
        f"{item['text']} Members pledged to keep such items from states whose behaviour causes serious "
        "concern, such as Iran, Iraq, Libya and North Korea."
    )
    aimed = classify(item_to_document(item))
    assert {c.name for c in aimed.countries} == {"Iran", "Iraq", "Libya", "North Korea"}


@pytest.mark.parametrize(
    ("title", "cfr_parts", "requirement"),
    [
        (
            "Addition of New Export Control Classification Number 9A999 Acoustic Probes to the Commerce "
            "Control List",
            ["15 CFR 742", "15 CFR 774"],
            False,
        ),
        (
            "Proposed Revisions to the Support Document Requirements of the EAR",
            ["15 CFR 742", "15 CFR 748"],
            False,
        ),
        (
            "International Traffic in Arms Regulations: Registration and Licensing of Brokers",
            ["22 CFR 122", "22 CFR 126", "22 CFR 129"],
            False,
        ),
        (
            "International Traffic in Arms Regulations: U.S. Munitions List Category XV",
            ["22 CFR 121", "22 CFR 126"],
            False,
        ),
        # A title naming the licence rule it changes keeps the licence parts' reading.
        ("Revision of License Requirements for Acoustic Probes", ["15 CFR 742", "15 CFR 774"], True),
        ("International Traffic in Arms Regulations: Updates to Country Policies", ["22 CFR 126"], True),
    ],
)
def test_a_rule_on_the_lists_entries_registration_or_papers_cites_the_licence_parts_only_to_conform(
    title: str, cfr_parts: list[str], requirement: bool
) -> None:
    tags = _bis_rule_tags(title, cfr_parts)
    assert ("license.requirement" in tags) is requirement, tags


@pytest.mark.parametrize(
    "text",
    [
        # Members keep their policies as they are.
        "The export-control group's participants met in Xcity and committed to keep their licensing policies "
        "consistent with the chemical weapons treaty.",
        # A case's goods, their status told as background to the offence.
        "Foo admitted buying thermal sights from a U.S. maker, which required a license from the State "
        "Department for export, and shipping them to Xland.",
        # Who determines the requirements for a routed transaction.
        "The proposed rule lets the foreign principal party determine license requirements for routed "
        "export transactions.",
    ],
)
def test_licence_requirements_kept_told_as_a_cases_background_or_delegated_set_no_requirement(
    text: str,
) -> None:
    assert "license.requirement" not in _tags("Export news", text)


@pytest.mark.parametrize(
    "text",
    [
        # A power, nothing decided.
        "The auditors contrasted the State Department's broad discretion to deny a licence with Commerce's "
        "system for export licensing.",
        "The import ban signed in May lets the Energy Department grant waivers until 2028 for exports of "
        "reactor fuel where no other supply exists.",
        # Import licences are another regime's.
        "In March the Treasury announced a crackdown on such rifles, suspending importers' licences for "
        "the export-grade models.",
        "The importer, who holds a federal licence to bring in legal weapons, was not named in the export "
        "case.",
        # A refusal told as the step before the offence.
        "When the license application was denied by the Department of State, Foo agreed with others to "
        "export the equipment illegally.",
    ],
)
def test_a_power_an_import_licence_or_a_refusal_before_an_offence_decides_no_export_licence(
    text: str,
) -> None:
    assert "license.decision" not in _tags("Export news", text)


def test_a_foreign_blocs_governments_in_the_lead_make_their_own_rules() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "EU governments agree common rules for policing arms brokers",
        "text": "The Council of the European Union adopted a common position on arms brokering. Brokering "
        "is to require a licence or written authorisation.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_an_unverified_listing_told_with_the_lists_reason_is_a_list_change() -> None:
    tags = _tags(
        "Commerce puts 30 Xland companies among 40 new names on its 'unverified' red-flag list",
        "The Commerce Department said on Wednesday that it was adding 40 companies to its Unverified List, "
        "a roster of foreign parties whose bona fides the Bureau of Industry and Security could not "
        "establish through end-use checks.",
    )
    assert "other_list.change" in tags
    hedged = _tags(
        "Commerce weighs a red-flag list",
        "Officials said Commerce could add 40 companies to its Unverified List next month.",
    )
    assert "other_list.change" not in hedged


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Engineer held in Xcity over valve blueprints",
            "Federal agents arrested Foo Bar, an engineer, on a criminal complaint filed in federal court. "
            "Prosecutors said he tried to export the drawings without a licence.",
        ),
        (
            "Former pilot gets three years for fighter parts destined for Iran",
            "A federal judge sentenced Foo Bar to three years in prison. Xland flies the jets, and U.S. "
            "export law bars any sale of their parts to it.",
        ),
    ],
)
def test_a_criminal_complaint_or_a_headlines_sentence_for_export_goods_is_enforcement(
    title: str, text: str
) -> None:
    assert "export_control.other" in _tags(title, text)


def test_commerce_barring_a_convicted_man_is_his_denial_not_enforcement_news() -> None:
    tags = _tags(
        "Commerce bars man convicted over turbine parts bound for Iran",
        "The Bureau of Industry and Security denied the export privileges of Foo Bar in an order dated "
        "June 3, following his conviction for illegally exporting gas turbine parts.",
    )
    assert "export_control.other" not in tags


def test_a_rule_defining_a_term_of_a_sanctions_programme_designates_nobody() -> None:
    tags = _tags(
        "Definition of the Term ``Material Support'' Under the Xland Sanctions Regulations",
        "OFAC is amending the regulations to define a term used in the criteria for designation as a "
        "person whose property and interests in property are blocked.",
        source="federal_register",
        document_type="RULE",
        cfr_parts=["31 CFR 543"],
        agencies=["Foreign Assets Control Office"],
    )
    assert "sanctions.designation" not in tags
    assert "sanctions.regulation" in tags


def test_vessels_named_in_a_row_and_trailing_registry_forms_are_parties() -> None:
    names = _names(
        "Treasury hits a shipping network",
        "The Treasury's Office of Foreign Assets Control on Thursday designated 12 entities and identified "
        "three vessels as blocked property, including Xland-based Foo Ship Management DMCC and Bar Trade "
        "OOO; the vessels identified are the SEA STAR, NORTH M and BLUE ROCK.",
    )
    assert {"Foo Ship Management DMCC", "Bar Trade OOO", "SEA STAR", "NORTH M", "BLUE ROCK"} <= names
    described = _names(
        "Treasury targets a movement's financiers",
        "The Treasury designated five people in its action against Fooallah, the Iran-backed Xland movement.",
    )
    assert "Fooallah" in described
    assert not any("Iran-backed" in n for n in described)


@pytest.mark.parametrize(
    "title",
    [
        "Xth Circuit says export defendants cannot probe why Commerce put items on the control list",
        "Appeals court revives export case against Foo and upholds the act's bar on court review",
    ],
)
def test_a_courts_ruling_in_a_headline_is_the_courts_act(title: str) -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": title,
        "text": "The court ruled in the case of Foo Bar, who was charged with exporting oscilloscopes.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_end_use_checks_told_as_news_of_their_own_are_export_control_news() -> None:
    tags = _tags(
        "Commerce completes its 100th end-use check in Xland",
        "The Bureau of Export Administration said it had completed its 100th end-use check in Xland, "
        "visiting the buyers of U.S. high-technology exports.",
    )
    assert "export_control.other" in tags
    hedged = _tags(
        "Commerce may widen checks",
        "The Commerce Department could start new end-use checks next year, officials said.",
    )
    assert "export_control.other" not in hedged


@pytest.mark.parametrize(
    ("title", "tag"),
    [
        ("Administration of Section 32(h) of the Trading With the Enemy Act", "sanctions.regulation"),
        (
            "Designating the Custodian to Administer the Powers Conferred Upon the President by Section 5 of "
            "the Trading With the Enemy Act",
            "sanctions.regulation",
        ),
        ("Nuclear Non-Proliferation", "export_control.other"),
        (
            "Providing for the Carrying Out of Certain Provisions of the Atomic Energy Act, Relating to "
            "International Cooperation",
            "export_control.other",
        ),
    ],
)
def test_a_presidential_order_titled_for_a_sanctions_or_nuclear_export_statute_acts_on_it(
    title: str, tag: str
) -> None:
    tags = _tags(
        title,
        title,
        source="federal_register",
        document_type="PRESDOCU",
        agencies=["Executive Office of the President"],
    )
    assert tag in tags


def test_a_violators_reasoning_about_a_general_licence_sets_no_requirement() -> None:
    tags = _tags(
        "Foo Bank pays OFAC over a wire for a tractor bound for Xland",
        "The bank's compliance officers let the payment go after wrongly concluding that a general licence "
        "covered it, and agreed to pay a civil penalty under the sanctions regulations for exports.",
    )
    assert "license.requirement" not in tags


def test_a_dated_earlier_designation_in_a_time_clause_is_the_background_of_a_case() -> None:
    tags = _tags(
        "Foo Games pays OFAC over an app developer's payments",
        "Foo Games agreed to pay $200,000 to settle apparent violations, OFAC said. When OFAC designated Bar "
        "Soft and its owner on March 3, 2014 as part of a smuggling network, Foo's screening missed them.",
    )
    assert "sanctions.designation" not in tags
    assert "export_control.other" in tags
    fresh = _tags(
        "Treasury designates Bar Soft",
        "OFAC designated Bar Soft and its owner as part of a smuggling network on Tuesday.",
    )
    assert "sanctions.designation" in fresh


def test_the_terrorist_exclusion_list_is_the_immigration_laws_not_a_sanctions_designation() -> None:
    tags = _tags(
        "Two groups put on the Terrorist Exclusion List",
        "The Secretary of State designated the Foo Front and the Bar League as terrorist organisations for "
        "immigration purposes, placing them on the Terrorist Exclusion List.",
    )
    assert "sanctions.designation" not in tags


def test_an_alias_added_to_a_departments_list_of_terrorist_organisations_is_a_designation() -> None:
    tags = _tags(
        "Xland thanks the President",
        "The prime minister thanked the President for adding another alias of the group to the U.S. State "
        "Department list of foreign terrorist organizations.",
    )
    assert "sanctions.designation" in tags
    bare = _tags(
        "Relief rules for Xland",
        "OFAC put in place a general licence for relief donations, while transfers to anyone on its list of "
        "specially designated nationals stayed barred.",
    )
    assert "sanctions.designation" not in bare


def test_an_application_returned_without_action_is_an_answer_to_its_applicant() -> None:
    tags = _tags(
        "State sends back Foo's encryption bid",
        "The State Department's licensing office returned without action an application by Foo Inc. to "
        "export its tunnelling software to Xland.",
    )
    assert "license.decision" in tags
    history = _tags(
        "Foo fined for amplifier exports",
        "BIS said Foo shipped on the strength of submitted licence applications, some of them returned "
        "without action, and agreed to pay a civil penalty for the exports.",
    )
    assert "license.decision" not in history


def test_releases_made_while_an_application_was_pending_are_a_violation_not_a_decision() -> None:
    tags = _tags(
        "BIS fines Foo over releases of technology",
        "BIS fined Foo Inc. Foo applied for a deemed export license but failed to prevent further releases "
        "while the license application was pending.",
    )
    assert "license.decision" not in tags


def test_one_exporters_terms_agreed_with_the_government_are_its_export_authorisation() -> None:
    tags = _tags(
        "Foo strikes deal to ship stronger encryption abroad",
        "Foo Corp. said it had reached a compromise with the federal government allowing the international "
        "version of its mail software to use 56-bit encryption instead of the export limit.",
    )
    assert "license.decision" in tags


def test_a_denial_order_a_forwarder_violated_is_the_background_of_its_settlement() -> None:
    tags = _tags(
        "Forwarder settles charge of dealing with a denied person",
        "The Commerce Department said Foo Freight agreed to pay a civil penalty of $5,000 to settle charges "
        "under the export regulations. It had violated the terms of a Department of Commerce order denying "
        "the export privileges of Bar Ltd. when it forwarded pumps to Bar. Firms that are subject to such "
        "denial orders may not take part in exports. Bar is no longer subject to a denial order.",
    )
    assert "other_list.change" not in tags
    assert "export_control.other" in tags


def test_a_rule_saying_it_leaves_the_requirements_unchanged_sets_no_requirement() -> None:
    tags = _bis_rule_tags(
        "Clarifications to the Export Administration Regulations for the Use of License Exceptions",
        ["15 CFR 740"],
        "This final rule makes clarifications to the EAR on the use of two license exceptions. The "
        "clarifications do not change the EAR requirements for the use of the license exceptions.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    "title",
    [
        "Establishing the Xland Alien Property Administration and Defining Its Functions",
        "Administration of the Claims Act Relating to the Vesting and Liquidation of Xlandic Property",
        "Transferring Jurisdiction Over Blocked Assets to the Attorney General",
    ],
)
def test_a_presidential_order_on_vested_or_blocked_enemy_property_acts_on_a_programme(title: str) -> None:
    tags = _tags(
        title,
        title,
        source="federal_register",
        document_type="PRESDOCU",
        agencies=["Executive Office of the President"],
    )
    assert "sanctions.regulation" in tags


def test_the_defense_departments_own_rules_on_munitions_list_items_are_outside_the_taxonomy() -> None:
    item = {
        "id": "t",
        "source": "federal_register",
        "title": "Procedures for Eligible Purchasers of Munitions List Items",
        "text": "This proposed rule sets procedures for screening buyers of surplus United States "
        "Munitions List items before they are sold.",
        "document_type": "PRORULE",
        "agencies": ["Defense Department"],
        "cfr_parts": ["32 CFR 161"],
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_an_order_widening_a_countrys_controls_told_as_ordered_actions_sets_a_requirement() -> None:
    tags = _tags(
        "Statement on actions against Xland",
        "As a result, the President is ordering the following actions: -- The Secretary of Commerce will "
        "expand current controls on exports of any items controlled for national security purposes to Xland.",
    )
    assert "license.requirement" in tags


def test_an_agreement_letting_a_named_buyer_buy_one_machine_is_a_licence_decision() -> None:
    tags = _tags(
        "Xland gets its supercomputer",
        "U.S. and Xlandic negotiators finalised an agreement in Washington allowing Xland to buy a Cray "
        "supercomputer under agreed safeguards.",
    )
    assert "license.decision" in tags


def test_guidelines_restricting_exports_agreed_by_several_governments_are_export_control_news() -> None:
    tags = _tags(
        "Seven nations agree guidelines to curb exports of missiles",
        "The United States and six allies announced a jointly agreed set of guidelines restricting exports "
        "of missiles and related equipment that could deliver nuclear weapons.",
    )
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    "text",
    [
        "Commerce announced that manufacturers would no longer need special licences to export desktop "
        "computers to non-Communist countries.",
        "Officials said the bloc would soon be able to import basic personal computers from the United "
        "States without export licences.",
    ],
)
def test_a_class_of_goods_freed_from_licences_lifts_a_requirement(text: str) -> None:
    assert "license.requirement" in _tags("Computers freed from export licences", text)


def test_a_member_dropping_its_objections_in_a_regime_is_the_regimes_decision() -> None:
    tags = _tags(
        "Basic computers to go east",
        "Officials said the United States had dropped its objections in the Coordinating Committee for "
        "Multilateral Export Controls (COCOM) and that the bloc would soon be able to import basic computers "
        "without export licences.",
    )
    assert {"export_control.other", "license.requirement"} <= tags


def test_arms_sales_and_weapons_exports_halted_to_a_country_set_a_requirement() -> None:
    tags = _tags(
        "President halts arms sales and weapons exports to Xland",
        "The President suspended all U.S. government-to-government military sales and commercial exports of "
        "weapons to Xland.",
    )
    assert "license.requirement" in tags


def test_what_a_cases_goods_are_sets_no_requirement() -> None:
    tags = _tags(
        "Broker admits plot to ship engines to Xland",
        "A broker pleaded guilty to conspiring to export fighter-jet engines to Xland. The engines are "
        "defense articles that need State and Treasury licences for Xland.",
    )
    assert "license.requirement" not in tags


def test_a_debarment_said_not_to_be_appropriate_is_no_debarment() -> None:
    tags = _tags(
        "State fines Foo over a coating export",
        "The State Department settled alleged ITAR violations with Foo GmbH for a $1 million penalty. The "
        "Department said an administrative debarment was not appropriate at this time.",
    )
    assert "other_list.change" not in tags


def test_an_agencys_past_record_of_denials_is_no_denial_order() -> None:
    tags = _tags(
        "Commerce reminds exporters of the antiboycott rules",
        "He noted that the bureau had a long record of enforcing those rules and had imposed civil penalties "
        "on violators and denied export privileges to some.",
    )
    assert "other_list.change" not in tags


@pytest.mark.parametrize(
    ("title", "first"),
    [
        (
            "India updates its export-control list",
            "India's trade directorate said it had notified the 2024 update of its list of controlled items.",
        ),
        (
            "Taipei tells exporters to screen buyers",
            "Taiwan's Bureau of Foreign Trade on Sunday urged local firms to check their trading partners.",
        ),
    ],
)
def test_another_governments_own_list_or_advice_is_outside_the_taxonomy(title: str, first: str) -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": title,
        "text": first + " It names the Wassenaar Arrangement.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_people_named_as_subjects_of_their_designation_are_parties() -> None:
    names = _names(
        "Treasury sanctions two officials",
        "OFAC on Monday designated two officials under an executive order. Foo Barovic, president of the "
        "Xland federation, was sanctioned for blocking judges. Baz 'Quux' Corvic, director of the agency, "
        "was designated for corruption.",
    )
    assert {"Foo Barovic", "Baz 'Quux' Corvic"} <= names


def test_a_person_opening_the_sentence_that_puts_him_on_a_sanctions_list_is_a_party() -> None:
    names = _names(
        "U.S. blacklists Xland court official",
        "The Treasury on Wednesday designated the court's prosecutor, Foo Barova. Baz Quxenko, head of the "
        "court's Cooperation, Liaison and Records Division, was also added to the Specially Designated "
        "Nationals list for materially assisting her.",
    )
    assert "Baz Quxenko" in names


def test_a_person_an_authority_was_used_to_designate_is_a_party_and_his_office_is_not() -> None:
    names = _names(
        "U.S. sanctions head of Xland's rival government",
        "President Foo signed an order on Tuesday authorising sanctions on those who undermine Xland's unity "
        "government. The Treasury Department used the new authority the same day to designate Qux Barovi, "
        "prime minister of the Xville-based National Unity Council, freezing any property he has under U.S. "
        "jurisdiction.",
    )
    assert "Qux Barovi" in names
    assert "National Unity Council" not in names


def test_two_people_said_together_to_be_designated_are_both_parties() -> None:
    names = _names(
        "U.S. sanctions two over Xland conflict",
        "Foo Barov and Baz Qux Olawo were designated by the Treasury's Office of Foreign Assets Control for "
        "leading entities whose actions extend the conflict in Xland.",
    )
    assert {"Foo Barov", "Baz Qux Olawo"} <= names


def test_the_us_sanctioning_a_foreign_parliament_and_its_members_is_a_designation() -> None:
    tags = _tags(
        "US sanctions 300 members of Russia's State Duma and 40 Xlandic defence firms",
        "The U.S. Treasury's Office of Foreign Assets Control on Thursday sanctioned 40 defence companies, "
        "300 "
        "members of Russia's State Duma and the State Duma itself, together with Foo Barov, chief executive "
        "of "
        "Barbank.",
    )
    assert "sanctions.designation" in tags
    # Another state's retaliation for those sanctions stays that state's proceedings.
    item = {
        "id": "t",
        "source": "news",
        "title": "Mirror sanctions: 400 US congressmen on Xland's blacklist",
        "text": "Xland's Foreign Ministry announced on Wednesday that it was putting 400 members of the "
        "U.S. House of Representatives on its stop list in retaliation for Washington's sanctions on "
        "members of the State Duma.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_the_order_a_designation_was_made_under_is_no_new_regulation() -> None:
    tags = _tags(
        "US sanctions three Foo Front financiers",
        "The US Treasury announced sanctions on Tuesday against three people it says finance the Foo Front. "
        "All "
        "three were designated under Executive Order 13224, which blocks their US property.",
    )
    assert tags == {"sanctions.designation"}


def test_another_states_central_bank_freezing_assets_is_not_a_us_designation() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Bank freezes plot suspects' assets",
        "text": "The Bank of England froze the British assets of 19 people arrested over an alleged plot and "
        "published their names, acting on orders from the Chancellor.",
    }
    result = classify(item_to_document(item))
    assert result.tags == []
    assert result.countries == []


def test_a_years_thousands_of_licences_recalled_beside_a_treaty_are_no_licence_decision() -> None:
    tags = _tags(
        "US and Xland sign defence trade treaty",
        "The two leaders signed a treaty on Thursday that is meant to let Xland obtain U.S. defence goods "
        "without individual American export licences, the two governments said. They aimed to settle the "
        "arrangements by the end of the year; the United States had reportedly approved some 7,400 "
        "Xland-related defence export licences the previous year.",
    )
    assert "license.decision" not in tags


def test_a_requirement_told_by_the_date_of_its_rules_or_by_a_critic_sets_none() -> None:
    dated = _tags(
        "Foo releases a slower graphics card for Xland",
        "Foo released a Xland-only version of its gaming card, about 11 percent slower, which brings it "
        "under "
        "the performance level above which the U.S. rules of October 2023 require a licence for shipments to "
        "Xland.",
    )
    assert "license.requirement" not in dated
    critic = _tags(
        "Administration to renegotiate a software control",
        "The administration said it would not revise the proposed rule on the intrusion software control. "
        "Researchers had objected that the wording would require export licences for testing tools.",
    )
    assert "license.requirement" not in critic


def test_the_earlier_withdrawal_a_move_follows_is_no_licence_decision() -> None:
    tags = _tags(
        "US to end Foo's authorisation for its Xland plant",
        "Foo said the U.S. government had notified it that the Validated End-User authorization for its "
        "plant in "
        "Xland would be revoked at the end of the year. The move follows the Commerce Department's "
        "withdrawal of "
        "similar authorizations for Bar and Baz plants in Xland.",
    )
    assert "license.decision" not in tags


def test_sanctions_announced_on_a_foreign_judge_named_by_office_are_a_designation() -> None:
    tags = _tags(
        "Washington blacklists Iranian judges and a prison",
        "Secretary of State Foo Bar announced on September 24, 2020 U.S. sanctions on Iranian judge Baz "
        "Quxi, "
        "judge Qux Barzadeh and the Xville Prison for gross human rights violations.",
    )
    assert tags == {"sanctions.designation"}


def test_a_determination_that_makes_supplying_a_sector_sanctionable_is_a_regulation() -> None:
    tags = _tags(
        "The US has imposed further sanctions on Xland",
        "The State Department said Xland's construction sector is controlled by the Foo Guard and decided "
        "that "
        "supplying certain materials used in construction would now be sanctionable.",
    )
    assert "sanctions.regulation" in tags


def test_blocking_imposed_before_the_news_in_the_past_perfect_is_no_designation() -> None:
    tags = _tags(
        "Xland's plant got no relief from the sanctions on Foobank",
        "The U.S. Treasury suspended the sanctions on Foobank for payments connected with nuclear energy. "
        "The "
        "United States had imposed the measures blocking transactions with Foobank on November 21.",
    )
    assert "sanctions.designation" not in tags


def test_a_national_sanctioned_by_name_and_a_list_widened_by_its_new_parties_are_designations() -> None:
    national = _tags(
        "Ransomware chief sanctioned",
        "On May 7 the U.S. Treasury's Office of Foreign Assets Control, together with Xland and Yland, "
        "sanctioned Russian national Foo Barovich Quxov, the administrator of a ransomware operation.",
    )
    assert national == {"sanctions.designation"}
    widened = _tags(
        "US expands its Xland sanctions list",
        "The U.S. Treasury's Office of Foreign Assets Control widened its Xland sanctions list, adding a "
        "Xlandic "
        "national and six companies that moved oil for Xland's national oil company.",
    )
    assert widened == {"sanctions.designation"}


def test_a_revocation_of_several_terrorist_designations_delists_each_party() -> None:
    title = (
        "Revocation of the Designations of Foo Barow, Baz Qux Quxow, and Abu al-Foo (and Their Respective "
        "Aliases) as Specially Designated Global Terrorists"
    )
    assert _tags(title, title) == {"sanctions.designation"}
    assert {"Foo Barow", "Baz Qux Quxow", "Abu al-Foo"} <= _names(title, title)


def test_parties_sanctioned_beside_a_partner_government_and_blocked_among_companies_are_named() -> None:
    partner = _names(
        "US and Xland sanction two hackers",
        "On Thursday the U.S. Treasury, acting with the British government, sanctioned two Russians, Xland "
        "security officer Foo Barov and Baz Quxenko, over a long-running hacking campaign.",
    )
    assert {"Foo Barov", "Baz Quxenko"} <= partner
    blocked = _names(
        "US Treasury blacklists four Xville men",
        "The Treasury's Office of Foreign Assets Control on Monday added four Xville businessmen, Foo Bar, "
        "Baz "
        "Bar, Qux Bar and Quux Bar, to its Specially Designated Nationals list. Companies owned or "
        "controlled "
        "by the men, among them FB Gold Traders, Barley Holdings and QB Construction, were blocked as well.",
    )
    assert {"FB Gold Traders", "Barley Holdings", "QB Construction"} <= blocked
    # A censor's blocking lists no one: the channels it jams are no parties.
    censor = _names(
        "Treasury designates Xland's censors",
        "The Treasury on Wednesday designated the Xland Cyber Police. Treasury said the regulator enforces "
        "internet filtering and blocking, while Xland had stepped up jamming of foreign channels such as the "
        "Foo Service and Bar Radio.",
    )
    assert not {"Foo Service", "Bar Radio"} & censor
    tankers = _names(
        "US sanctions three more tankers",
        "The U.S. Treasury added three more tankers, FB Champion, Baz Quxov and QB Atlantica, to its "
        "sanctions "
        "list, saying they had carried oil above the price cap.",
    )
    assert {"FB Champion", "Baz Quxov", "QB Atlantica"} <= tankers


def test_a_firms_home_state_before_its_name_and_a_speakers_cut_name_are_no_parties() -> None:
    names = _names(
        "US sanctions Xland procurement networks",
        "The United States sanctioned companies in Xland, Turkey and Germany, including Germany's Foo Bar "
        "GmbH "
        "and Co KG and Turkey's Baz Dis Ticaret Limited Sirketi. Treasury official Qux Quuxson said the "
        "United "
        "States would keep acting, and Under Secretary Corge E. Graultson said the same.",
    )
    assert {"Foo Bar GmbH", "Baz Dis Ticaret Limited"} <= names
    assert not {n for n in names if n.startswith(("Germany", "Turkey", "Qux", "Corge"))}


def test_another_states_licensing_agency_regulator_or_port_acting_decides_no_us_licence() -> None:
    for title, text in (
        (
            "Foo to reapply after Swedish agency refuses export licence for drones to Xland",
            "Drone maker Foo said Sweden's Inspectorate of Strategic Products had decided on Friday not to "
            "grant "
            "the export licence it sought for deliveries to its Xlandic customer.",
        ),
        (
            "Regulators seek legal ground for revoking licences of firms who breach AML rules",
            "The three European Supervisory Authorities published a joint report calling for a ground to "
            "withdraw a firm's licence for serious breaches of anti-money-laundering rules.",
        ),
        (
            "Port authority revokes licences of two bunker licensees",
            "The port authority withdrew the bunker craft operator licence of Foo Tanker Pte Ltd and the "
            "bunker "
            "supplier licence of Bar Bunkering Pte Ltd over false declarations.",
        ),
    ):
        assert "license.decision" not in _tags(title, text), title


def test_another_states_treasury_and_finance_ministry_freezing_assets_is_not_a_us_designation() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Turkey freezes assets of 500 terror-linked individuals",
        "text": "Turkey froze the assets of 500 people and institutions accused of links to terrorist "
        "groups, in "
        "a decision signed by Treasury and Finance Minister Foo Bar and Interior Minister Baz Qux.",
    }
    assert classify(item_to_document(item)).tags == []


def test_a_trend_of_listings_names_no_entity_list_addition() -> None:
    tags = _tags(
        "US export controls raise research collaboration concerns",
        "Universities are growing nervous about working with Xlandic partners as more Xlandic universities "
        "and research institutes are placed on the Commerce Department's Entity List.",
    )
    assert "entity_list.addition" not in tags


def test_a_countrys_renewed_sanctions_coming_into_force_are_a_regulation() -> None:
    tags = _tags(
        "Trade embargo is psychological warfare, Cuba says",
        "The first stage of the administration's renewed sanctions on Cuba came into force overnight, "
        "covering "
        "the car industry and trade in gold and steel.",
    )
    assert "sanctions.regulation" in tags


def test_a_body_placed_under_us_sanctions_and_named_carriers_sanctioned_are_designations() -> None:
    placed = _tags(
        "Xville's Institute of Foo put under U.S. sanctions",
        "The Institute of Foo in Xville has been placed under U.S. sanctions, local outlets reported, citing "
        "the Treasury Department's website.",
    )
    assert placed == {"sanctions.designation"}
    carriers = _tags(
        "U.S. targets more ships serving Xland's gas project",
        "The United States on Thursday sanctioned the LNG carriers Foo Energy and Barlan together with their "
        "registered owner.",
    )
    assert carriers == {"sanctions.designation"}


def test_renewing_a_numbered_general_licence_is_no_licence_decision_unless_a_specific_one_is_told() -> None:
    general = _tags(
        "US renews for another year the licence allowing gas exports to Xland",
        "The Treasury's Office of Foreign Assets Control issued Xland General License 40B on Thursday, "
        "renewing "
        "for one more year the authorisation that was due to expire.",
    )
    assert "license.decision" not in general
    specific = _tags(
        "Yland says amended OFAC licence lets it pay Xland for gas",
        "The Office of Foreign Assets Control issued an amendment to the specific licence held by the Yland "
        "government for the Foo gas field. The minister said the licence was separate from General License "
        "44.",
    )
    assert "license.decision" in specific


def test_parties_named_after_the_list_they_leave_and_a_rector_are_named() -> None:
    delisted = _names(
        "Washington lifts Xland sanctions",
        "The Treasury Department confirmed it had removed from its sanctions list the Ministry of Foo and "
        "the "
        "Ministry of Bar as well as Defense Minister Baz Quxoglu, Interior Minister Qux Foolu and Energy "
        "Minister Quux Barlu, all designated on October 14.",
    )
    assert {"Ministry of Foo", "Baz Quxoglu", "Qux Foolu", "Quux Barlu"} <= delisted
    rector = _names(
        "U.S. sanctions Xland's mining universities",
        "The United States added several Xlandic universities to its sanctions list, among them Xville "
        "Mining "
        "University and its rector Foo Barenko.",
    )
    assert "Foo Barenko" in rector


def test_a_local_boards_retail_licence_is_another_trades() -> None:
    tags = _tags(
        "Foo County Board minutes",
        "The Foo County Board met on May 8 and, on its consent agenda, approved a tobacco license for Bar "
        "Marketplace and a contract with the county attorneys' union.",
    )
    assert "license.decision" not in tags
    # An export licence granted in the same story stays a decision.
    assert "license.decision" in _tags(
        "Commerce grants Foo an export licence",
        "The Commerce Department granted Foo Corp an export licence for its lathes to Xland.",
    )


def test_a_sale_the_department_backs_or_a_purchase_greenlit_is_a_licence_decision() -> None:
    assert "license.decision" in _tags(
        "Foo rockets for Latvia",
        "The US State Department backed a possible sale of Foo rocket launcher systems to Latvia worth "
        "about $220 million, the broadcaster reported.",
    )
    assert "license.decision" in _tags("US State Department greenlights Latvia Foo acquisition")
    # Lawmakers backing a sale decide nothing.
    assert "license.decision" not in _tags(
        "Foo rockets for Latvia",
        "Several lawmakers backed a possible sale of Foo rocket launcher systems to Latvia.",
    )


def test_an_emergency_extended_to_a_new_date_is_its_programme() -> None:
    tags = _tags(
        "America extends the sanctions it had imposed on Xland",
        "The broadcaster reported that President Foo had again extended for one year, to September 2031, the "
        "national emergency with respect to Xland that underpins US sanctions.",
    )
    assert "sanctions.regulation" in tags


def test_parties_already_designated_are_a_forfeiture_cases_background() -> None:
    tags = _tags(
        "Justice Department sues to forfeit $3 million laundered for Xland banks",
        "The U.S. Attorney's Office filed a civil complaint seeking forfeiture of $3 million tied to Foo "
        "Limited, alleging violations of IEEPA. Prosecutors say Foo laundered funds for Xland banks and "
        "companies already designated under U.S. sanctions, including the Bar Trade Bank.",
    )
    assert "sanctions.designation" not in tags
    assert "export_control.other" in tags


def test_designations_named_by_their_date_are_a_reports_background() -> None:
    tags = _tags(
        "Report on network sanctions in Xland",
        "The investigative group Foo published a brief on August 8 describing recent Treasury network "
        "sanctions as a shift. It looked back at the December 2018 designations of a retired general, two "
        "businessmen and six companies.",
    )
    assert "sanctions.designation" not in tags


def test_parties_put_under_sanctions_in_a_month_are_background() -> None:
    tags = _classified(
        "US exempts Foo pipeline from Bar sanctions",
        "The licence authorises all transactions related to the operation of the Foo pipeline. Treasury put "
        "Bar Oil and 34 of its subsidiaries under sanctions in October.",
    )
    assert "sanctions.placed_under" not in {r for rules in tags.values() for r in rules}


def test_a_seat_in_a_foreign_parliament_names_a_defendant_not_the_house_acting() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "U.S. charges sanctioned Xland deputy Foo Bar",
        "text": "An indictment unsealed in New York on April 14 charges Foo Bar, a deputy chairman of "
        "Russia's "
        "State Duma who was already under U.S. sanctions, with conspiring to violate and evade U.S. "
        "sanctions.",
    }
    assert out_of_scope(item_to_document(item)) is None
    assert "export_control.other" in _tags(item["title"], item["text"])
    # The house itself acting is another parliament's proceedings.
    other = item | {"title": "Duma votes", "text": "Russia's State Duma voted on Tuesday to ban imports."}
    assert out_of_scope(item_to_document(other)) is not None


def test_an_indictment_unsealed_is_the_export_cases_step() -> None:
    tags = _tags(
        "DOJ: Foo firm duped into exporting parts to Xland",
        "An unnamed Foo company was deceived into selling 6,000 modules to buyers who shipped them through "
        "Yland to Iran. Five people were named in an indictment returned in September and unsealed that day.",
    )
    assert "export_control.other" in tags


def test_washingtons_blacklisting_in_a_treasury_story_is_not_the_entity_list() -> None:
    tags = _tags(
        "USA prolongs sanctions imposed on Xland enterprises",
        "The U.S. Treasury Department has again prolonged its easing of sanctions on nine Xland enterprises: "
        "Foo, Bar and Baz. Washington blacklisted the companies after the 2006 election.",
    )
    assert "entity_list.addition" not in tags
    assert "license.decision" in tags
    # Relief for a whole country is its programme's, no licence.
    assert "license.decision" not in _tags(
        "Xland relief", "The Treasury extended the suspension of sanctions on Xland for another six months."
    )


def test_a_foreign_government_body_placing_firms_on_its_own_list_is_its_own() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Xland Says Five Shipping Firms Placed on Sanctions List",
        "text": "A Ukrainian government body placed five shipping companies on its online portal as "
        "sponsors of "
        "war, the paper wrote.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_blocked_ships_a_party_added_with_a_company_and_a_company_sanctioned_in_a_month_are_named() -> None:
    names = _names(
        "OFAC sanctions tankers",
        "Treasury sanctioned seven tankers on Thursday. The blocked ships are the Foo Star, Bar Gas and Baz "
        "Voyager.",
    )
    assert {"Foo Star", "Bar Gas", "Baz Voyager"} <= names
    names = _names(
        "US expands sanctions against Xland leader's network",
        "The US Treasury on Wednesday added Foo Barovic and the company Bazring to its sanctions list. "
        "Treasury "
        "said Barovic, general director of Quxter ITSS, a company sanctioned in June 2024, kept working for "
        "them.",
    )
    assert {"Foo Barovic", "Bazring", "Quxter ITSS"} <= names


def test_sanctions_imposed_on_counted_state_enterprises_are_a_designation() -> None:
    tags = _tags(
        "Treasury blocks four Xland state plants",
        "The Treasury Department's Office of Foreign Assets Control on August 11 imposed sanctions on four "
        "Xlandic state enterprises: the refinery Foo, the fertiliser maker Bar and the tyre maker Baz.",
    )
    assert "sanctions.designation" in tags


def test_recommendations_a_group_backs_set_no_licence_requirement() -> None:
    tags = _tags(
        "Foo council urges upgrades to US export-control policy",
        "The Foo Council said on January 15 that it backs a set of export-control reform recommendations "
        "that "
        "an industry coalition sent to the President. For its members the council highlighted closer "
        "coordination of licensing, dropping re-export licence requirements for trade among allied "
        "countries.",
    )
    assert "license.requirement" not in tags


def test_a_licence_forecast_or_a_duty_to_see_licences_granted_decides_none() -> None:
    tags = _tags(
        "Student's arrest followed undercover probe",
        "Foo Bar was arrested and charged with arms-export violations after he tried to ship sensors to "
        "China. "
        "The agent told him such a licence would probably not be granted for China.",
    )
    assert "license.decision" not in tags
    assert "license.decision" not in _tags(
        "Court ruling on aircraft parts",
        "The judges said the United States must lift the measures that bar exports of aircraft parts to Iran "
        "and ensure that licences and authorisations are granted.",
    )
    item = {
        "id": "t",
        "source": "news",
        "title": "International Court Requires U.S. to Sell Aircraft Parts",
        "text": "The court ruled on Wednesday.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_another_states_decree_freezing_assets_is_no_designation() -> None:
    tags = _tags(
        "Foo Mining scraps its dividend",
        "Foo Mining said a restructuring had been complicated by a Russian decree freezing sales of some "
        "assets held by residents of unfriendly countries.",
    )
    assert "sanctions.designation" not in tags


def test_a_product_rule_considered_or_expected_and_another_states_requirement_set_nothing() -> None:
    for text in (
        "Foo shares fell after a report that the administration had told allies it was considering applying "
        "the foreign direct product rule to companies such as Foo that supply Xland chipmakers.",
        "The sources expected Washington to invoke its foreign direct product rule against Xland fabs.",
        "On top of the Dutch licence requirement for certain machines due from September, more may come.",
    ):
        assert "license.requirement" not in _tags("Foo curbs may tighten", text), text


def test_a_planned_package_that_would_add_parties_adds_none() -> None:
    tags = _tags(
        "Foo escapes new U.S. export restrictions",
        "The planned package would also add about 120 entities, including Xland chip factories, to the trade "
        "blacklist, but allies were expected to be exempt. The measures had not yet been issued.",
    )
    assert "entity_list.addition" not in tags


def test_a_general_licence_read_as_one_companys_is_no_programme_regulation() -> None:
    tags = _tags(
        "U.S. sanctions on Xland: OFAC issues General License 128B",
        "OFAC on December 4 issued General License 128B, which until April 29 authorises certain "
        "transactions "
        "involving Foo International GmbH in connection with its service stations.",
    )
    assert tags == {"license.decision"}
    tags = _tags(
        "U.S. renews Foo's licence to operate in Xland",
        "The U.S. Treasury issued General License 8E, renewing for another three months the authorisation "
        "that "
        "lets Foo Oil keep operating there despite the sanctions on the state oil company.",
    )
    assert "sanctions.regulation" not in tags
    assert "license.decision" in tags
    tags = _tags(
        "US exempts Foo pipeline from Bar sanctions",
        "The U.S. Treasury has issued General License No. 124B, exempting the Foo Pipeline Consortium, Baz "
        "Oil "
        "and the Qux field project from the sanctions imposed on Bar Oil.",
    )
    assert tags == {"license.decision"}


def test_trading_with_the_enemy_authorities_continued_are_a_programme() -> None:
    tags = _tags(
        "Continuation of the Exercise of Certain Authorities Under the Trading With the Enemy Act",
        source="federal_register",
        document_type="PRESDOCU",
    )
    assert "sanctions.regulation" in tags


def test_a_round_of_sanctions_told_with_its_parties_is_a_designation() -> None:
    title = "US issues new batch of sanctions"
    text = (
        "The administration on Wednesday issued its sixth round of sanctions over settler violence, "
        "blacklisting Foo Yosh, a group that provides guards for outposts, and Bar Baz Qux, a security chief."
    )
    assert "sanctions.designation" in _tags(title, text)
    assert {"Foo Yosh", "Bar Baz Qux"} <= _names(title, text)


def test_entity_list_restrictions_reversed_are_a_removal() -> None:
    tags = _tags(
        "Foo Electronics says US trade curbs on its affiliates are being reversed",
        "Foo Electronics said on 18 October that the Commerce Department was reversing the Entity List "
        "restrictions it had imposed on October 8 on Foo (Xland) Electronics Trading Co.",
    )
    assert "entity_list.removal" in tags


def test_parties_past_a_lower_case_role_a_count_of_nationals_and_a_named_list_are_read() -> None:
    names = _names(
        "U.S. imposes sanctions on senior Xland officials",
        "OFAC on Friday imposed sanctions on eight senior officials. Those designated include Foo Andres "
        "Bar, "
        "president of the state oil company, Baz Celestino Qux, the transport minister who also heads the "
        "state airline, and Corge Arnoldo Grault, director of the police.",
    )
    assert {"Foo Andres Bar", "Baz Celestino Qux", "Corge Arnoldo Grault"} <= names
    names = _names(
        "US sanctions Xland company",
        "The Treasury said it had designated the Xville-based Foo Resources Company, together with two "
        "Xlandic "
        "nationals tied to it, Bar Kazim Baz and Qux Husayn Quux.",
    )
    assert {"Bar Kazim Baz", "Qux Husayn Quux"} <= names
    names = _names(
        "US sanctions Xland firm",
        "The US Treasury said that it had put the Xlandic corporation Fooamericana on OFAC's Specially "
        "Designated Nationals (SDN) list over its oil trade.",
    )
    assert "Fooamericana" in names
    names = _names(
        "Xland recruiter on US list",
        "OFAC has added Foo Wanndy Bar, a Xlandic group leader based in Yland, and his Zlandic associate Baz "
        "Qux Quux to its Specially Designated Global Terrorists list.",
    )
    assert {"Foo Wanndy Bar", "Baz Qux Quux"} <= names


def test_nationals_designated_by_count_are_a_designation_and_a_visa_waiver_country_is_none() -> None:
    assert "sanctions.designation" in _tags(
        "U.S. blacklists Xland bankers over laundering",
        "The Treasury designated eight Xland nationals on Tuesday.",
    )
    assert "sanctions.designation" not in _tags(
        "Visa Waiver Pilot Program",
        "Foo has been designated to participate in the Visa Waiver Pilot Program, permitting nationals of "
        "Foo to enter the United States without a visa.",
        source="federal_register",
        document_type="RULE",
    )


def test_sanctions_rescinded_by_the_office_that_imposed_them_are_a_delisting() -> None:
    tags = _tags(
        "Foo Mining's statement regarding its delisting by OFAC today",
        "Xland miner Foo Mining said the Office of Foreign Assets Control had rescinded the sanctions it "
        "imposed "
        "on the company in 2022.",
    )
    assert "sanctions.designation" in tags
    # Only the office's own undoing counts: a call for it is advocacy.
    assert not _tags("Foo Mining asks for relief", "Foo Mining asked OFAC to reconsider its listing.")


def test_a_general_licence_for_dealings_with_the_designated_belongs_to_the_designation() -> None:
    tags = _tags(
        "OFAC designates three Xland ship owners",
        "OFAC designated three Xland-based companies, Foo Shipping Inc. and Bar Navigation Ltd. among them. "
        "OFAC also issued General License 99, allowing limited safety transactions with the designated "
        "companies and vessels until March 1.",
    )
    assert tags == {"sanctions.designation"}


def test_a_demand_to_halt_arms_sales_is_no_embargo_and_the_agency_notice_is_the_sale() -> None:
    tags = _tags(
        "Xland defence ministry slams U.S. arms sale to Yland",
        "Xland's defence ministry said it was strongly dissatisfied with a new U.S. arms sale to Yland, "
        "responding to the Defense Security Cooperation Agency's recent announcement of a sale worth about "
        "$300 million. It urged Washington to halt arms sales to the island.",
    )
    assert tags == {"license.decision"}


def test_another_state_widening_or_requiring_its_own_export_licences_is_its_own_control() -> None:
    assert not _tags(
        "Norway widens its catch-all export controls",
        "Norway has widened the catch-all controls in its export-permit regime: military end-use controls "
        "now cover all countries.",
    )
    assert not _tags(
        "Chile to Require Export Licenses for Electric Cars",
        "Chile will require export licences for electric passenger vehicles from January 1.",
    )
    assert not _tags(
        "Kenya's arms control committee reports quarterly permits to MPs",
        "The committee authorised 162 export permits and issued 23 dual-use authorisations to 11 countries.",
    )


def test_another_states_own_sanctions_law_broken_is_its_own_enforcement() -> None:
    assert not _tags(
        "Foo Ltd fined in first Xland sanctions prosecution",
        "Foo Ltd. pleaded guilty on April 14 in Alberta provincial court to breaching Canada's Special "
        "Economic Measures (Xland) Regulations and was fined $90,000 over O-rings shipped to Iran.",
    )


def test_a_sentence_for_routing_us_parts_to_a_country_is_an_export_case() -> None:
    tags = _tags(
        "Foo Bar gets three years in U.S. prison for routing U.S. parts to Iran",
        "Foo Bar was sentenced in the United States on Monday to three years in prison for shipping "
        "prohibited goods to Iran through his company.",
    )
    assert tags == {"export_control.other"}


def test_a_modification_of_a_munitions_list_category_is_an_itar_change() -> None:
    tags = _tags(
        "Temporary Modification of Category XI of the U.S. Munitions List",
        "Temporary Modification of Category XI of the U.S. Munitions List",
        agencies=["State Department"],
        document_type="RULE",
        source="federal_register",
    )
    assert "export_control.other" in tags


def test_parties_taken_up_by_their_count_in_the_next_sentence_are_named() -> None:
    names = _names(
        "US sanctions 13 companies over Xland petrochemicals",
        "The Treasury on Thursday imposed sanctions on 13 companies. Seven of the 13 are Yland companies, "
        "among "
        "them Foo Wonder Imp. and Exp. Co., Ltd and Hong Kong-based Bar Co., Limited.",
    )
    assert {"Foo Wonder Imp. and Exp. Co., Ltd", "Bar Co., Limited"} <= names


def test_two_parties_with_their_seats_targeted_together_are_named() -> None:
    names = _names(
        "US sanctions six companies over Xland oil",
        "The United States imposed sanctions on six companies. Foo Energy Private Limited of Lahore and Bar "
        "Consulting Services of New Delhi were targeted for their alleged role in a network.",
    )
    assert {"Foo Energy Private Limited", "Bar Consulting Services"} <= names


def test_a_general_licence_or_exemption_for_a_class_of_goods_is_a_requirement_eased() -> None:
    tags = _tags(
        "US temporarily allows sales of Xland oil already loaded on tankers",
        "The Treasury's Office of Foreign Assets Control issued a general licence temporarily authorising "
        "the sale, delivery and unloading of Xland-origin crude oil loaded onto vessels as of March 12.",
    )
    assert {"license.requirement", "sanctions.regulation"} <= tags
    tags = _tags(
        "US exempts Xland oil at sea from sanctions for 30 days",
        "A general licence posted on the Treasury website permits the sale of Xland crude oil loaded on "
        "ships.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_sanctions_on_a_billionaire_named_by_nationality_are_a_designation() -> None:
    tags = _tags(
        "Foo Barov sanctioned by the USA",
        "The United States on March 3 imposed full blocking sanctions on Chilean billionaire Foo Barov, one "
        "of eight oligarchs it linked to the Xland president.",
    )
    assert tags == {"sanctions.designation"}


def test_general_licences_named_for_one_company_are_its_licence() -> None:
    tags = _tags(
        "OFAC extends general licenses for Foo Group",
        "On November 1 OFAC replaced General Licenses 13L and 15F for Xlandic vehicle and components maker "
        "Foo Group with new versions running to March 31.",
    )
    assert tags == {"license.decision"}


def test_a_deadline_pushed_back_with_its_new_date_first_is_a_licence_extended() -> None:
    tags = _tags(
        "U.S. gives Xlandic van maker Foo more time to comply with sanctions",
        "The U.S. Treasury pushed back to October 23 (from June 5) the deadline for U.S. customers of Foo "
        "Group to wind down contracts with the company, blacklisted a month earlier.",
    )
    assert "license.decision" in tags


def test_the_european_union_listing_under_its_own_regime_is_its_own() -> None:
    assert not _tags(
        "Foo Barov placed on EU sanctions list",
        "The European Union on February 28 put Foo Barov on its sanctions list as one of 26 people targeted.",
    )


def test_a_bill_introduced_or_what_it_would_require_decides_nothing() -> None:
    assert not _tags(
        "Senator Introduces Bill to Add Genetic Technology to the Export Control List",
        "Senator Foo Bar introduced a bill that would add genetic sequencers to the Commerce Control List.",
    )
    assert "license.decision" not in _tags(
        "Senators weigh genetic technology exports",
        "The bill would require the End-User Review Committee to deny licence applications for such exports "
        "to Xland.",
    )


def test_parties_named_as_the_companies_placed_on_the_list_or_beside_their_chiefs_are_read() -> None:
    names = _names(
        "U.S. Treasury sanctions two exchange houses",
        "The Treasury imposed sanctions on two financial institutions. According to OFAC, the companies "
        "placed on its list are Foo Exchange and Bar Exchange.",
    )
    assert {"Foo Exchange", "Bar Exchange"} <= names
    names = _names(
        "U.S. imposes sanctions against two truck makers",
        "OFAC on March 24 put Xland vehicle makers Foo Automobile Plant and Bar Motor Works on the SDN list, "
        "together with their chiefs Baz Qux and Quux Corge.",
    )
    assert {"Baz Qux", "Quux Corge"} <= names


def test_a_role_named_as_the_subject_of_what_he_had_done_is_no_party() -> None:
    names = _names(
        "U.S. sanctions Xlandic tycoon Foo Barov",
        "The Treasury on Monday imposed blocking sanctions on Xlandic businessman Foo Barov, a former "
        "sponsor of the Qux Rovers club. The club had already ended its deals with his companies, and "
        "majority owner Baz Quuxley had stepped down from the board of Barov Holdings.",
    )
    assert "Foo Barov" in names
    assert "Baz Quuxley" not in names


def test_small_states_demonyms_name_them_and_are_no_party() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "U.S. sanctions nine evasion targets",
        "text": "The Treasury designated two Foo Tech companies, and six individuals holding Iranian or "
        "Kittitian citizenship were also listed. Their dealings ran through a Vincentian bank.",
    }
    result = classify(item_to_document(item))
    assert {"Saint Kitts and Nevis", "Saint Vincent and the Grenadines"} <= {c.name for c in result.countries}
    assert not {"Kittitian", "Vincentian"} & {e.text for e in result.entities}


def test_a_province_named_after_a_state_is_not_that_state() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "U.S. sanctions Iranian commanders over a crackdown",
        "text": "The Treasury designated Foo Barzadeh, the police commander for East Azerbaijan province, "
        "over the crackdown on protests in the north-west of Iran.",
    }
    assert "Azerbaijan" not in {c.name for c in classify(item_to_document(item)).countries}


def test_a_town_line_of_a_denial_orders_address_is_no_party() -> None:
    names = {
        e.text
        for e in classify(
            item_to_document(
                {
                    "id": "t",
                    "source": "federal_register",
                    "title": "In the Matter of: Jana Foo, 12 East Bar Lane; Springfield, AZ 85747; Order "
                    "Denying Export Privileges",
                    "text": "",
                    "agencies": ["Industry and Security Bureau"],
                    "document_type": "NOTICE",
                }
            )
        ).entities
    }
    assert "Jana Foo" in names
    assert "Springfield" not in names


def test_another_states_cabinet_acts_for_it() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Xland's Cabinet adds 90 names to asset freezes and bans exports to the Foo Group",
            "text": "Norway's Cabinet approved new sanctions on Tuesday, adding 40 organisations to its list "
            "of entities barred from receiving Norwegian exports.",
        }
    )
    assert out_of_scope(document) is not None


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Xland and the misuse of the Global Magnitsky Act",
            "In September 2020 the United States used the Global Magnitsky Act to sanction Foo Development "
            "Group (FDG), a Yland-owned developer operating in Xland.",
        ),
        (
            "Foo Telecom says new sanctions will not hit its services",
            "Foo Telecom said it expected no material impact from being added to U.S. sanctions on April 12, "
            "2023, together with its owner's holding company.",
        ),
    ],
)
def test_a_law_used_on_a_party_and_a_party_added_to_us_sanctions_are_designations(
    title: str, text: str
) -> None:
    assert "sanctions.designation" in _tags(title, text)


def test_a_call_for_a_rule_sets_no_requirement() -> None:
    assert "license.requirement" not in _tags(
        "Aligning export controls with priorities",
        "In a paper, three analysts proposed a new framework for chip exports. The authors also call for "
        "tighter curbs on Xland, such as enhanced foreign direct product rules.",
    )


def test_a_licence_named_before_the_office_that_issued_it_is_a_decision() -> None:
    tags = _tags(
        "Sale of the Foo yacht given the green light",
        "The Treasury removed the superyacht Foo from its sanctions list on June 1. The step followed a "
        "specific licence that OFAC issued on May 18 to the government of Xland, allowing it to auction the "
        "yacht.",
    )
    assert "license.decision" in tags


def test_a_listings_other_additions_are_its_parties() -> None:
    names = _names(
        "Five more names on the Cuba Restricted List",
        "The State Department added five more Cuban sub-entities, among them the airline Fooaviota, to its "
        "Cuba Restricted List. The other additions were Hotel Santa Foo, Hotel El Bar Varadero and the Qux "
        "Marina Apartments.",
    )
    assert {"Hotel Santa Foo", "Hotel El Bar Varadero"} <= names


def test_a_correction_notice_named_for_its_issuer_corrects_and_adds_no_one() -> None:
    tags = _bis_rule_tags(
        "Addition of Certain Entities to the Entity List, Revision of Entries on the Entity List and "
        "Removal of Certain Entities from the Entity List: BIS Correction",
        ["15 CFR 744"],
    )
    assert "entity_list.revision" in tags
    assert not {"entity_list.addition", "entity_list.removal"} & tags


def test_the_entity_lists_requirements_clarified_are_no_entry_revised() -> None:
    tags = _bis_rule_tags(
        "Clarification of Entity List Requirements for Listed Entities When Acting as a Party to the "
        "Transaction Under the Export Administration Regulations",
        ["15 CFR 744"],
    )
    assert "entity_list.revision" not in tags


def test_a_freight_forwarders_licence_revoked_is_no_export_licence_decision() -> None:
    tags = _tags(
        "Maritime judge revokes licence of Foo Trading",
        "A Federal Maritime Commission judge upheld the move to revoke the ocean transportation intermediary "
        "licence of Miami freight forwarder Foo Trading. Its owners were sentenced last year for conspiring "
        "to export stolen outboard motors.",
    )
    assert "license.decision" not in tags


def test_a_regime_meeting_that_ended_without_a_decision_is_no_export_control_news() -> None:
    tags = _tags(
        "Xland's entry into the group remains in limbo",
        "The Nuclear Suppliers Group ended its plenary in Foo City on June 23 without any decision on "
        "Xland's request to join.",
    )
    assert "export_control.other" not in tags


def test_a_general_licence_letting_a_class_of_buyers_trade_a_good_eases_a_requirement() -> None:
    tags = _tags(
        "U.S. allows some Xland gold trade under a new Treasury licence",
        "The Treasury's Office of Foreign Assets Control on Friday issued a general licence that lets "
        "established US companies buy Xland-origin gold, refine it and resell it.",
    )
    assert "license.requirement" in tags


def test_a_state_to_be_refused_exports_of_defence_articles_is_a_licence_requirement() -> None:
    tags = _tags(
        "Washington punishes Xland under the religious-freedom law",
        "The State Department said on Monday that, under an arms-export statute, Xland is to be refused "
        "commercial exports of defense articles and services.",
    )
    assert "license.requirement" in tags
    others = _tags(
        "European ministers tighten export rules",
        "Foreign ministers of the European Union agreed that licences for exports of arms are to be refused "
        "whenever the goods may reach areas of tension.",
    )
    assert "license.requirement" not in others


def test_a_place_after_a_listed_name_does_not_end_the_enumeration() -> None:
    names = _names(
        "Three hotels added to the Cuba Restricted List",
        "The State Department added three Cuban businesses to its Cuba Restricted List: Hotel Foo Palace "
        "in Old Bartown, the Qux Beach Resort and the Baz Marina Hotel.",
    )
    assert {"Hotel Foo Palace", "Qux Beach Resort", "Baz Marina Hotel"} <= names
    assert not {"Old Bartown", "Bartown"} & names


def test_a_listing_dated_by_its_year_in_a_time_clause_is_a_penalty_cases_background() -> None:
    tags = _tags(
        "Foo Insurance pays OFAC over a listed owner's policies",
        "Foo Insurance agreed to pay $466,200 to settle apparent violations of OFAC's sanctions. It kept "
        "renewing four policies after Bar Baz was added to the SDN List on April 6, 2018.",
    )
    assert "sanctions.designation" not in tags


def test_a_designation_that_makes_its_subject_ineligible_to_enter_is_a_visa_ban() -> None:
    tags = _tags(
        "Former Bosnian lawmaker banned from the U.S. over corruption",
        "Secretary of State Foo Bar on May 28 publicly designated Baz Qux, a former member of the House of "
        "Representatives of Bosnia's Federation entity, for involvement in significant corruption. The "
        "designation makes Qux and his immediate family ineligible to enter the United States.",
    )
    assert "sanctions.designation" not in tags


def test_a_call_for_a_sanctions_programme_creates_none() -> None:
    tags = _tags(
        "New Sanctions Program Needed for Illegal Logging, Group Says",
        "In a report released on Tuesday, the Foo Coalition urged the State and Treasury departments to "
        "create a sanctions programme against illegal logging.",
    )
    assert "sanctions.regulation" not in tags


def test_parties_already_under_a_denial_order_are_no_new_denial() -> None:
    tags = _tags(
        "BIS fines Foo Maritime and its chairman $31 million",
        "The Bureau of Industry and Security fined Foo Maritime Pte. Ltd. and its chairman, Bar Baz, more "
        "than $31 million for violating the Export Administration Regulations. Both were already under a "
        "15-year BIS denial order.",
    )
    assert "other_list.change" not in tags


def test_an_order_fining_a_party_or_a_penalty_imposed_on_it_is_enforcement() -> None:
    for text in (
        "The Bureau of Industry and Security announced a final order fining Foo Maritime Pte. Ltd. more than "
        "$31 million for violating the Export Administration Regulations.",
        "The Bureau of Industry and Security imposed a $31 million penalty on Foo Maritime Pte. Ltd. for "
        "violating the Export Administration Regulations.",
    ):
        assert "export_control.other" in _tags("Foo Maritime penalised", text)


def test_the_people_a_designation_counts_by_nationality_are_its_parties() -> None:
    names = _names(
        "Treasury sanctions cartel members for illegal fishing",
        "The Treasury's Office of Foreign Assets Control sanctioned four Mexicans tied to the Foo Cartel, "
        "Juan Bar Baz, Pedro Bar Baz, Luis Qux Quux and Jose Corge Grault, for illegal fishing.",
    )
    assert {"Juan Bar Baz", "Pedro Bar Baz", "Luis Qux Quux", "Jose Corge Grault"} <= names


def test_one_governments_own_export_guidelines_are_not_a_regimes() -> None:
    tags = _tags(
        "Xland sets licensing rules for its own nuclear exports after the U.S. deal",
        "Xland's government issued new guidelines for exports of nuclear material, to be licensed case by "
        "case.",
    )
    assert "export_control.other" not in tags


def test_a_suspended_denial_in_a_settlement_is_no_denial_order() -> None:
    tags = _tags(
        "Foo Computer penalised over an Iran shipment",
        "The Department of Commerce imposed a $5,000 civil penalty on Foo Computer for violating the embargo "
        "against Iran. It also denied the export privileges of Foo and his company for five years, which was "
        "suspended.",
    )
    assert "other_list.change" not in tags
    assert "export_control.other" in tags


def test_a_watchdogs_audit_told_with_its_source_is_export_control_news() -> None:
    tags = _tags(
        "Audit finds labs ignored deemed-export rules",
        "An internal audit by the Defense Department's inspector general, reported by a news agency on "
        "Wednesday, found that laboratories briefed foreign visitors without asking whether export licences "
        "were required.",
    )
    assert "export_control.other" in tags


def test_a_watchdogs_report_on_the_validated_end_user_programme_sets_no_requirement() -> None:
    tags = _tags(
        "GAO finds gaps in Commerce's Validated End-User checks",
        "The Government Accountability Office released a report on the Commerce Department's Validated "
        "End-User programme, under which approved end users may receive controlled items without individual "
        "export licences.",
    )
    assert "license.requirement" not in tags


def test_a_rule_making_no_substantive_change_sets_no_requirement() -> None:
    tags = _bis_rule_tags(
        "Technical Amendment to the Authorization Validated End-User Regulations",
        ["15 CFR 748"],
        "In this rule, BIS amends the Export Administration Regulations to add a column of citations to the "
        "list of Validated End-Users. This rule does not make any substantive changes to the EAR.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_a_finding_of_violation_is_enforcement() -> None:
    tags = _tags(
        "OFAC finds Foo Bank broke the old Xland sanctions",
        "The Treasury's Office of Foreign Assets Control issued a Finding of Violation to Foo Bank for "
        "breaches of the Xland Sanctions Regulations.",
    )
    assert "export_control.other" in tags


def test_a_plea_over_goods_got_from_american_makers_for_a_foreign_buyer_is_enforcement() -> None:
    tags = _tags(
        "Engineer admits optics plot",
        "Foo Bar pleaded guilty on Monday to conspiring to help an Xlandic company illegally obtain optical "
        "lenses and guidance systems from two U.S. companies, the Justice Department said.",
    )
    assert "export_control.other" in tags


def test_parties_described_as_sanctioned_after_a_preposition_are_no_designation() -> None:
    tags = _tags(
        "Treasury keeps energy payments through sanctioned Xland banks open until December",
        "The Treasury extended a general licence for energy payments.",
    )
    assert "sanctions.designation" not in tags


def test_another_government_declaring_a_halt_of_its_own_sales_is_outside_the_taxonomy() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Israel declares a three-month halt to small-arms sales",
        "text": "The moratorium covers sales of small arms to civilian buyers abroad for three months.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def _presidential(title: str) -> dict[str, object]:
    """A title-only presidential document, as Public Inspection lists it."""
    return {
        "id": "t",
        "source": "federal_register",
        "title": title,
        "text": title,
        "document_type": "PRESDOCU",
        "agencies": ["Executive Office of the President"],
    }


def test_an_order_amending_an_export_control_executive_order_is_export_control_administration() -> None:
    order = item_to_document(_presidential("Amendment to Executive Order 13026, as Amended"))
    tags = {t.id for t in classify(order, model=_always("sanctions.regulation")).tags}
    assert tags == {"export_control.other"}


def test_an_order_on_property_in_which_a_country_has_an_interest_is_a_programme_rule() -> None:
    order = item_to_document(
        _presidential("Protecting Certain Property in Which the Government of Xland Has an Interest")
    )
    assert {t.id for t in classify(order).tags} == {"sanctions.regulation"}


def test_a_licence_to_import_takes_no_licence_tag_from_the_model() -> None:
    rule = item_to_document(
        {
            "id": "t",
            "source": "federal_register",
            "title": "General License for Import of Certain Radioactive Sources",
            "text": "The Commission issues a general license for the import of sealed sources.",
            "document_type": "RULE",
            "agencies": ["Nuclear Regulatory Commission"],
            "cfr_parts": ["10 CFR 110"],
        }
    )
    assert classify(rule, model=_always("license.requirement")).tags == []


def test_a_settlements_denial_of_export_privileges_is_a_list_change_unless_suspended() -> None:
    kept = _tags(
        "Forwarder's founder settles",
        "Foo Bar agreed to a $2 million civil penalty and a four-year denial of his export privileges, one "
        "year of which is suspended.",
    )
    assert "other_list.change" in kept
    for told in (
        "Foo Corp agreed to a $2 million civil penalty and a three-year denial of export privileges that is "
        "suspended.",
        "Foo Corp agreed to a two-year denial of export privileges. The denial of export privileges will be "
        "suspended and then waived.",
        "Foo Corp agreed to a two-year denial of export privileges, suspended for a probationary period.",
        "Foo Corp faces a civil penalty and a possible denial of export privileges.",
    ):
        assert "other_list.change" not in _tags("Exporter settles charges", told)


def test_a_denial_stands_when_only_the_settlements_money_is_suspended() -> None:
    tags = _tags(
        "Defunct maker and its president accept export bans",
        "Foo Microwave and its former president Bar Baz settled the charges. Each agreed to a civil penalty "
        "and each accepted a 20-year denial of export privileges; because the company had stopped trading, "
        "the money was suspended.",
    )
    assert "other_list.change" in tags


def test_a_foreign_availability_finding_weighs_an_export_control() -> None:
    for told in (
        "The Commerce Department concluded on Monday that the switches were available from foreign "
        "suppliers, a finding that would normally lead to the lifting of U.S. export restrictions on them.",
        "The Commerce Department was slow to finish its foreign availability assessments of controlled "
        "goods, auditors said.",
    ):
        assert "export_control.other" in _tags("Commerce weighs switch controls", told)


def test_a_licence_to_export_gas_or_power_is_an_energy_regulators_not_an_export_licence() -> None:
    for told in (
        "The regulator approved a 40-year licence for Foo LNG to export up to 3 billion cubic metres of "
        "natural gas a year from a planned terminal.",
        "The board granted Bar Power a licence to export electricity to its neighbours.",
    ):
        assert "license.decision" not in _tags("Terminal wins long-term licence", told)


def test_another_states_board_deciding_a_licence_is_that_states_act() -> None:
    told = "Canada's National Energy Board announced on Monday that it had approved a licence for Foo."
    ours = told.replace("Canada's National Energy Board", "Commerce")
    assert "license.decision" in _tags("Foo wins licence", ours)
    assert "license.decision" not in _tags("Foo wins licence", told)


def test_an_order_barring_investment_in_companies_it_names_designates_them() -> None:
    told = (
        "The President signed an executive order that bars U.S. persons from buying or selling publicly "
        "traded securities of 59 named Xland companies from August 2."
    )
    assert "sanctions.designation" in _tags("Order widens investment ban", told)
    unnamed = told.replace("59 named Xland companies", "Xland companies tied to its army")
    assert "sanctions.designation" not in _tags("Order widens investment ban", unnamed)


def test_a_settlement_told_without_a_denial_order_changes_no_list() -> None:
    told = (
        "Foo Test agreed with BIS to a $76,000 civil penalty over oscilloscopes exported to Xland without "
        "the licences they needed. It had disclosed the matter itself and no denial order was imposed."
    )
    tags = _tags("Distributor settles BIS charges", told)
    assert "export_control.other" in tags
    assert "other_list.change" not in tags


def test_a_case_under_another_states_export_statute_is_that_states_own() -> None:
    told = (
        "Prosecutors charged the software group Foo GmbH with breaking the Foreign Trade and Payments Act by "
        "exporting its spyware to Xland without a licence."
    )
    assert "export_control.other" not in _tags("Spyware maker charged", told)
    ours = told.replace("the Foreign Trade and Payments Act", "the Export Control Reform Act")
    assert "export_control.other" in _tags("Spyware maker charged", ours)


def test_a_plea_to_defrauding_the_government_over_military_aid_is_no_export_case() -> None:
    told = (
        "Foo Corp pleaded guilty to conspiracy to defraud the U.S. government and money laundering over "
        "military aid that paid for jet engines for the Xland air force."
    )
    assert "export_control.other" not in _tags("Foo pleads guilty in aid fraud", told)
    exported = told.replace("over military aid that paid for", "over the unlicensed export of")
    assert "export_control.other" in _tags("Foo pleads guilty in aid fraud", exported)


def test_another_state_refusing_licences_under_a_headline_label_is_that_states_act() -> None:
    told = "Its export control office refused 65 standard licences in the first quarter, 17 for Yland."
    assert "license.decision" in _tags("Law-firm note: Commerce refused 65 export licences", told)
    assert "license.decision" not in _tags("Law-firm note: Britain refused 65 export licences", told)


def test_a_congressional_research_offices_report_on_export_controls_is_export_control_other() -> None:
    tags = _tags(
        "Congress's researchers weigh the dual-use regime",
        "The Congressional Research Service, the research arm of Congress, published a report on how export "
        "controls on dual-use goods could slow the spread of missiles.",
    )
    assert "export_control.other" in tags


def test_approving_a_named_products_sale_to_a_country_is_a_licence_decision() -> None:
    tags = _tags(
        "Administration set to clear turbine deal",
        "The administration is preparing to approve a sale of Foo turbofan engines and related technology to "
        "Xland, a deal that could be worth as much as $1 billion.",
    )
    assert "license.decision" in tags
    for told in (
        "Regulators approved the sale of the Foo Company to Bar Group of Xland.",
        "Investigators found that the Xland president had approved the sale of Foo radar systems to Yland.",
    ):
        assert "license.decision" not in _tags("Sale approved", told)


def test_a_whole_trade_let_ship_more_is_a_policy_not_a_licence_decision() -> None:
    tags = _tags(
        "Commerce widens high-tech categories for Xland",
        "The Commerce Department changes let U.S. companies ship more advanced products in 13 categories to "
        "Xland, and a single export licence may now cover several shipments.",
    )
    assert "license.decision" not in tags


def test_a_general_licence_removed_because_its_parties_were_delisted_designates_nobody() -> None:
    tags = _tags(
        "Xland Sanctions Regulations",
        "OFAC is amending the Xland Sanctions Regulations to remove a general license that authorizes all "
        "transactions involving Foo Bank as a result of this entity being removed from OFAC's Specially "
        "Designated Nationals and Blocked Persons List (SDN List).",
        source="federal_register",
        document_type="RULE",
        agencies=["Foreign Assets Control Office"],
        cfr_parts=["31 CFR 599"],
    )
    assert "sanctions.designation" not in tags
    assert "sanctions.regulation" in tags


def test_a_prosecution_told_by_what_was_sent_where_is_enforcement() -> None:
    tags = _tags(
        "Researcher in court over scanner part",
        "A hospital researcher was being prosecuted for trying to send a part for an imaging machine to "
        "Iran, a weblog reported. The part could have had an export licence as medical equipment.",
    )
    assert "export_control.other" in tags


def test_a_licence_holder_found_outside_the_licence_is_enforcement() -> None:
    tags = _tags(
        "OFAC faults a travel group",
        "The Office of Foreign Assets Control told a doctor that he broke the terms of his humanitarian "
        "travel licence on his latest trip to Cuba.",
    )
    assert "export_control.other" in tags


def test_an_ear_rule_on_a_countrys_accession_to_nato_changes_licence_requirements() -> None:
    title = (
        "Amendments to the Export Administration Regulations: Accession of Montenegro to Formal "
        "Membership in the North Atlantic Treaty Organization"
    )
    tags = _bis_rule_tags(title, [], title)
    assert tags == {"license.requirement"}


def test_the_council_of_the_european_union_acts_for_another_government() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Brussels widens its Xland measures",
        "text": "The Council of the European Union adopted on Friday a new package of restrictive measures "
        "against Xland. It froze the assets of a further 100 people.",
    }
    assert out_of_scope(item_to_document(item)) is not None
    assert _tags(item["title"], item["text"]) == set()


def test_controls_on_a_countrys_trade_lifted_or_widened_change_licence_requirements() -> None:
    assert "license.requirement" in _tags(
        "President ends grain limit",
        "The President said on Monday that he is ending the limit on further grain sales to the Soviet "
        "Union.",
    )
    # An announced decision told in the future is the decision.
    assert "license.requirement" in _tags(
        "Commerce to drop drilling curbs",
        "Commerce announced on Thursday that the administration would remove the controls on exports of "
        "drilling equipment and know-how to the Soviet Union.",
    )
    assert "license.requirement" in _tags(
        "Washington frees arms purchases",
        "The Secretary of State said Washington was lifting its restrictions on the military items Egypt may "
        "buy.",
    )
    assert "license.requirement" in _tags(
        "Order reaches licensees abroad",
        "The new order bans sales to the Soviet Union of compressors built abroad under U.S. licences.",
    )
    # Wanted, not done.
    assert "license.requirement" not in _tags(
        "Farm lobby presses the White House",
        "Farm groups want the administration to lift the limit on grain sales to the Soviet Union.",
    )
    assert "license.requirement" not in _tags(
        "Talks on drilling curbs",
        "Officials said the administration would remove the controls on exports of drilling equipment to the "
        "Soviet Union if the talks succeed.",
    )


def test_allies_agreeing_to_ban_exports_to_a_country_named_with_its_article_change_requirements() -> None:
    tags = _tags(
        "Allies shut off chip-making know-how",
        "The members of the Coordinating Committee for Multilateral Export Controls agreed in Paris to ban "
        "exports of chip-making know-how to the Soviet Union and its allies.",
    )
    assert "license.requirement" in tags


def test_a_country_named_a_supporter_of_terrorism_takes_on_the_lists_licence_requirements() -> None:
    assert "license.requirement" in _tags(
        "Washington names Syria a backer of terrorism",
        "The State Department on Monday designated Syria as a country that supports international terrorism, "
        "tightening controls on exports there.",
    )
    assert "license.requirement" in _tags("Washington lists Libya as a supporter of international terrorism")
    assert "license.requirement" not in _tags(
        "No move on Cuba",
        "The State Department has not designated Cuba as a country that supports international terrorism, "
        "a spokesman said when asked about export controls.",
    )


def test_a_rule_that_changes_how_many_licences_are_required_changes_requirements() -> None:
    tags = _bis_rule_tags(
        "Revisions to ECCNs 1C350 and 2B352",
        ["15 CFR 774"],
        "This rule revises two ECCNs. This rule will increase the number of validated export licenses "
        "required for items classified under ECCN 2B352.",
    )
    assert "license.requirement" in tags
    tags = _bis_rule_tags(
        "Revisions to ECCN 1C350",
        ["15 CFR 774"],
        "This rule revises one ECCN. It will not increase the number of export licenses required.",
    )
    assert "license.requirement" not in tags


def test_charges_of_evading_sanctions_are_enforcement() -> None:
    tags = _tags(
        "Five charged in Xland payments scheme",
        "Prosecutors on Friday announced charges against five people accused of a years-long scheme to evade "
        "U.S. sanctions on the Xland oil ministry through front companies.",
    )
    assert "export_control.other" in tags


def test_a_customs_seizure_of_illegal_technology_shipments_is_enforcement() -> None:
    tags = _tags(
        "Computer pulled off a freighter",
        "Customs officers took a Soviet-bound computer off a freighter in Rotterdam, the largest seizure yet "
        "in the campaign against illegal technology exports.",
    )
    assert "export_control.other" in tags


def test_a_study_of_what_export_controls_do_to_an_industry_reviews_the_system() -> None:
    tags = _tags(
        "Commerce study on machine tools",
        "The study, prepared by the Commerce Department, assesses the impact of U.S. export controls on the "
        "machine-tool industry.",
    )
    assert tags == {"export_control.other"}


def test_denial_orders_named_in_quotes_are_list_changes() -> None:
    tags = _tags(
        "Commerce cuts off two French firms",
        "The Commerce Department on Thursday issued 'temporary denial' orders against two French firms after "
        "the compressors sailed.",
    )
    assert "other_list.change" in tags


def test_a_trade_law_waiver_and_a_provision_on_licence_issuance_decide_no_licence() -> None:
    assert "license.decision" not in _tags(
        "Mongolia waiver",
        "The President has granted Mongolia a waiver of the Jackson-Vanik Amendment, opening export credit "
        "programmes to it.",
    )
    assert "license.decision" not in _tags(
        "Letter on encryption controls",
        "The new order says that any provision dealing with issuance of licenses on foreign-availability "
        "grounds shall not apply to export controls on these products.",
    )


def test_the_licence_approved_is_a_decision_and_its_end_use_check_is_its_reason() -> None:
    tags = _tags(
        "Commerce cleared a computer for a university",
        "Commerce could not visit the university for an end-use check, gathered information on the end user "
        "through other channels and approved the licence for the export.",
    )
    assert "license.decision" in tags
    assert "export_control.other" not in tags


def test_news_of_one_companys_validated_end_user_authorisation_is_its_licence_decided() -> None:
    tags = _tags(
        "BIS reshapes a chipmaker's authorisation",
        "BIS changed the facilities covered by the validated end-user authorisation held by Foo "
        "Semiconductor Co. in China.",
    )
    assert "license.decision" in tags


def test_a_designations_semicolon_enumeration_names_each_item_by_its_first_words() -> None:
    names = _names(
        "Treasury blacklists five Xland officials",
        "The Treasury Department on Friday added five Xland officials to its list of Specially Designated "
        "Nationals. Those named are Juan Foo, brother of the former president Carlos Foo and once mayor of "
        "Ciudad Bar; Maria Baz, a minister; Ana Qux and Luis Quux, both assembly delegates; and Pedro Corge, "
        "a guard commander. Their assets are frozen.",
    )
    assert {"Juan Foo", "Maria Baz", "Ana Qux", "Luis Quux", "Pedro Corge"} <= names
    assert not names & {"Carlos Foo", "Ciudad Bar"}


def test_a_semicolon_enumeration_item_may_carry_a_rank_and_a_nickname_in_parentheses() -> None:
    names = _names(
        "Treasury sanctions three Foo Forces commanders",
        "The Treasury Department on Thursday designated three commanders of the Foo Forces. Those named are "
        "Brigadier General Jan Abdullah Bar, known as 'Abu Baz', who led the siege; Major General Piet "
        "Hamdan Qux ('Abu Quux'), the commander for the north since 2021; and field commander Ali Ibrahim "
        "Corge.",
    )
    assert {"Jan Abdullah Bar", "Piet Hamdan Qux", "Ali Ibrahim Corge"} <= names
    assert not any(n.startswith("Major General") for n in names)


def test_those_named_may_be_described_in_lower_case_before_a_colon() -> None:
    names = _names(
        "Treasury blacklists fifteen Foo Front leaders",
        "OFAC announced the designation of fifteen leaders of the Foo Front. Those named include commanders "
        "described as heavily involved in drug trafficking: Jan Cabrera Bar, Piet Caicedo Baz and Ann Qux "
        "Quux.",
    )
    assert {"Jan Cabrera Bar", "Piet Caicedo Baz", "Ann Qux Quux"} <= names


def test_a_place_a_listing_sentence_names_after_of_is_no_example_party() -> None:
    names = _names(
        "Treasury blacklists two commanders",
        "OFAC on Wednesday designated two senior commanders of the Foo Forces. The pair were sanctioned for "
        "pushing the war onto new fronts, including the encirclement of El Qux, the North Baz capital.",
    )
    assert not names & {"El Qux", "North Baz"}
    names = _names(
        "Treasury blacklists two banks",
        "OFAC on Wednesday sanctioned two banks, including Foo Bank and the state lender Bar Bank.",
    )
    assert {"Foo Bank", "Bar Bank"} <= names


def test_the_parent_a_denied_party_is_described_by_is_no_party() -> None:
    names = _names(
        "Commerce cuts off a French unit",
        "The Commerce Department on Thursday issued temporary denial orders against Foo France, the French "
        "subsidiary of Foo Industries, and against Bar Holdings Ltd.",
    )
    assert "Bar Holdings Ltd" in names or "Bar Holdings Ltd." in names
    assert "Foo Industries" not in names


def test_the_treasurys_blacklist_is_the_sdn_list() -> None:
    tags = _tags(
        "Washington blacklists more evaders",
        "The administration on Thursday put a new group of companies and individuals on the Treasury "
        "Department's blacklist for helping Xland evade U.S. sanctions.",
    )
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags


def test_us_sanctions_imposed_on_officials_designate_them() -> None:
    tags = _tags(
        "New order on Xland officials",
        "The President signed an order on Friday that imposes U.S. sanctions on Xland officials for abuses.",
    )
    assert "sanctions.designation" in tags


def test_licences_revoked_for_sales_of_any_item_on_a_list_are_a_class_not_a_decision() -> None:
    tags = _tags(
        "Sanctions on Xland after its test",
        "The State Department revoked licences for the commercial sale of any item on the U.S. Munitions "
        "List to Xland after the test.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_curbs_lifted_for_a_countrys_plants_change_requirements() -> None:
    assert "license.requirement" in _tags(
        "Commerce lifts curbs on equipment for two Soviet tractor plants",
        "The Commerce Department ended a ban that had kept U.S. equipment from the plants.",
    )


def test_a_warning_letter_and_a_voluntary_disclosure_are_enforcement() -> None:
    tags = _tags(
        "University slip ends in a warning letter",
        "A university disclosed the export-control lapse to the State Department's Directorate of Defense "
        "Trade Controls, which answered with a warning letter and no penalty.",
    )
    assert "export_control.other" in tags
    assert "export_control.other" in _tags(
        "University reports a slip",
        "The university filed a voluntary disclosure of the export-control lapse with the State Department.",
    )


def test_what_a_cases_goods_need_is_background_to_the_case() -> None:
    tags = _tags(
        "Forwarder indicted over a spectrometer",
        "A freight forwarder was indicted on Tuesday for smuggling a spectrometer to Russia. Spectrometers "
        "of this kind were added to the Commerce Control List in 2022 and need a Commerce Department licence "
        "for export to Russia.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_a_presidential_document_implementing_the_chemical_weapons_convention_is_export_control() -> None:
    assert _tags(
        "Implementation of the Chemical Weapons Convention and the Chemical Weapons Convention "
        "Implementation Act",
        source="federal_register",
        document_type="PRESDOCU",
    ) == {"export_control.other"}


def test_what_a_partys_listing_requires_is_background_to_its_suppliers_case() -> None:
    tags = _tags(
        "Forwarder pays BIS over shipments to a listed Xland trader",
        "Foo Freight has agreed to pay $40,000 to settle Bureau of Industry and Security charges over three "
        "shipments of EAR99 pumps to Bar Trading, a firm on the Entity List. The listing required a licence "
        "for such items, with a presumption that such licences will be approved; none was sought.",
    )
    assert tags == {"export_control.other"}


def test_a_denial_order_broken_is_enforcement_and_a_party_under_one_is_background() -> None:
    tags = _tags(
        "Forwarder gets a year for serving a company under a U.S. temporary denial order",
        "Jan Foo was sentenced on Tuesday to a year in prison for violating a Temporary Denial Order issued "
        "by the Bureau of Industry and Security against Bar Aviation of Xland.",
    )
    assert tags == {"export_control.other"}


def test_a_denial_a_missed_payment_could_bring_is_no_denial() -> None:
    tags = _tags(
        "BIS fines Foo Machinery over engines sent to Xland",
        "Foo Machinery agreed to pay a civil penalty of $300,000 to settle charges that it re-exported U.S. "
        "engines to Xland. Missing a payment could bring further penalties, including a two-year denial of "
        "export privileges.",
    )
    assert tags == {"export_control.other"}


def test_a_visa_ban_under_section_7031c_is_no_sanctions_designation() -> None:
    tags = _tags(
        "Secretary bars former Xland leader from entry",
        "The Secretary of State on Wednesday publicly designated Foo Bar, Xland's former prime minister, "
        "under Section 7031(c), making him and his family ineligible to enter the United States.",
    )
    assert "sanctions.designation" not in tags


def test_a_state_sponsor_status_held_since_a_year_is_background_and_its_rescission_a_requirement() -> None:
    assert "license.requirement" not in _tags(
        "Official describes the Iran embargo",
        "He said the United States has listed Iran as a state sponsor of terrorism since 1984, and that "
        "nearly every export there needs Treasury's authorisation.",
    )
    assert "license.requirement" in _tags("Rescission of Libya's Designation as a State Sponsor of Terrorism")


def test_what_importers_need_is_an_import_licence() -> None:
    assert "license.requirement" not in _tags(
        "Steel importers need a Commerce licence for covered products from February",
        "Importers of covered steel products must obtain the licence from the Commerce Department before "
        "entry, under the safeguard's monitoring system.",
    )


def test_all_pending_applications_denied_for_a_class_is_no_decision() -> None:
    tags = _tags(
        "President orders curbs on exports to Xland",
        "The President directed the Secretary of Commerce to deny all pending validated license applications "
        "for exports to Xland of goods for the games, and to require validated export licences for them.",
    )
    assert "license.decision" not in tags
    assert "license.requirement" in _tags(
        "President orders curbs on exports for the games",
        "He directed the Secretary of Commerce to deny all pending validated license applications for goods "
        "and technology to be used at the games in Xland.",
    )


def test_a_regime_trimming_its_control_list_changes_requirements() -> None:
    tags = _tags(
        "COCOM allies pledge tighter enforcement and a shorter control list",
        "The COCOM partners ended a meeting in Paris on Thursday by agreeing to tighten enforcement of "
        "export controls, while also deciding to trim the list of products that need control.",
    )
    assert {"license.requirement", "export_control.other"} <= tags
    assert "license.requirement" not in _tags(
        "Exporters urge a shorter list",
        "Exporters urged the allies to trim the list of products that need export licences.",
    )


def test_a_ban_lifted_for_a_counted_set_of_exports_is_a_decision() -> None:
    tags = _tags(
        "President clears three satellites for launch in Xland",
        "The President told Congress on Tuesday that he was lifting the ban on export licences for three "
        "U.S.-built communications satellites that were to be launched on Xland rockets.",
    )
    assert "license.decision" in tags


def test_an_evader_listed_by_ofac_is_a_designation() -> None:
    tags = _tags(
        "OFAC settles with Foo Corp and lists its unit's ex-chief",
        "On the same day OFAC added Jan Bar, the unit's former managing director, to its Foreign Sanctions "
        "Evaders List under Executive Order 13608.",
    )
    assert "sanctions.designation" in tags


def test_an_allys_own_sanctions_regime_is_no_us_programme() -> None:
    tags = _tags(
        "Washington and London sanction seven members of a ransomware gang",
        "The Treasury Department designated seven Xland individuals for malicious cyber-enabled activity. "
        "Britain imposed the same measures in its first use of its cyber sanctions regime.",
    )
    assert "sanctions.regulation" not in tags
    assert "sanctions.designation" in tags


def test_a_class_of_licences_halted_for_a_whole_country_is_a_requirement() -> None:
    tags = _tags(
        "President answers the crackdown by halting high-technology export licences for Moscow",
        "The President said the United States would stop issuing licences for oil and gas equipment.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_a_counted_designation_names_the_parties_set_off_by_dashes() -> None:
    names = _names(
        "U.S. sanctions a militia's commander and seven firms",
        "The Treasury at the same time designated seven militia-owned companies located in Xland - Foo "
        "Holding, Foo Management, Bar Python, Baz Gold and Qux Advanced Solutions - and Jan Quux, who owns "
        "and runs the Foo group, for procuring weapons.",
    )
    assert {
        "Foo Holding",
        "Foo Management",
        "Bar Python",
        "Baz Gold",
        "Qux Advanced Solutions",
        "Jan Quux",
    } <= names


def test_a_semicolon_enumeration_is_read_in_a_licence_decision_story_too() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Commerce revokes export licences of three Xland traders",
        "text": "The Commerce Department said on Monday that it had revoked the export licences of three "
        "traders. Those named are Jan Foo, a broker in Xland; Piet Bar, owner of a freight firm; and Ann "
        "Baz, a director of the Qux company.",
    }
    result = classify(item_to_document(item))
    assert "license.decision" in {t.id for t in result.tags}
    assert {"Jan Foo", "Piet Bar", "Ann Baz"} <= {m.text for m in result.entities}


def test_guidance_on_petitions_for_removal_delists_nobody() -> None:
    tags = _tags(
        "OFAC posts answers on petitioning for removal from its sanctions lists",
        "The Office of Foreign Assets Control published answers on petitions to be removed from its "
        "Specially Designated Nationals and Blocked Persons List.",
    )
    assert "sanctions.designation" not in tags


def test_a_yearly_sum_of_assets_blocked_designates_nobody() -> None:
    tags = _tags(
        "Treasury counts terrorist assets for the year",
        "The Treasury released its annual report to Congress on assets belonging to designated international "
        "terrorist groups and individuals. Blocked assets of terrorist organisations totalled more than $20 "
        "million at the end of the year.",
    )
    assert "sanctions.designation" not in tags


def test_a_participles_clause_ends_a_sanctions_object() -> None:
    names = _names(
        "President clears three satellites and eases other curbs on Xland",
        "He lifted the ban on export licences for three satellites and eased other sanctions on Xland, "
        "allowing the Foo Credit Agency to resume support for American companies.",
    )
    assert "Foo Credit Agency" not in names


def test_the_company_a_settlement_is_with_is_no_party() -> None:
    names = _names(
        "OFAC settles with Foo Corporation and lists its unit's ex-chief",
        "OFAC announced a $13,000 settlement with Foo Corporation, a motion-control maker, over its Xland "
        "unit's work. On the same day OFAC added Jan Bar, the unit's former managing director, to its "
        "Foreign Sanctions Evaders List.",
    )
    assert "Foo Corporation" not in names


def test_a_licences_own_terms_told_in_a_penalty_case_decide_nothing() -> None:
    tags = _tags(
        "Instrument maker fined for breaking its licence conditions",
        "The Commerce Department imposed a $10,000 civil penalty on Foo Instruments, charging that it "
        "broke the terms of its validated export licence. The licence allowed the company to ship Foo "
        "machines to a Xland firm but barred their resale without Commerce approval.",
    )
    assert "license.decision" not in tags
    assert "export_control.other" in tags


def test_nobody_holding_a_licence_is_no_licence_received() -> None:
    tags = _tags(
        "Two dealers charged over jet parts for Xland",
        "Prosecutors charged Jan Foo and Piet Bar with shipping fighter-jet parts to Xland through Dubai, "
        "and neither man held an export licence, in breach of the arms export laws.",
    )
    assert "license.decision" not in tags


def test_an_application_under_review_while_a_violation_went_on_is_no_decision() -> None:
    tags = _tags(
        "Chipmaker settles export charges",
        "Foo Integrated agreed to pay a civil penalty to settle charges of unlicensed exports. Foo applied "
        "for a deemed export licence for the engineer, but failed to restrict his access to the technology "
        "while the licence application was under review.",
    )
    assert "license.decision" not in tags


def test_a_relative_clause_stating_a_listing_adds_nobody() -> None:
    tags = _tags(
        "OFAC finds a tanker owner broke Xland sanctions",
        "Its vessel took on crude oil in a ship-to-ship transfer from a tanker owned by the Xland Tanker "
        "Company, which was on the SDN list.",
    )
    assert "sanctions.designation" not in tags


def test_an_office_not_accepting_licence_applications_is_a_licence_decision() -> None:
    tags = _tags(
        "Shutdown halts export licensing",
        "With the government shut down, the Bureau of Industry and Security posted notice that it was not "
        "accepting export licence applications, commodity classification requests or advisory opinion "
        "requests.",
    )
    assert "license.decision" in tags


def test_the_united_states_sanctioning_counted_entities_designates() -> None:
    tags = _tags(
        "Secretary announces sanctions over repression in Xland",
        "Today, the United States has sanctioned three Xland government entities complicit in the "
        "repression, the Foo Guard, the Bar Force and the Baz Police, as well as their commander.",
    )
    assert "sanctions.designation" in tags
    tags = _tags(
        "Exporters to the United States face new screening",
        "Goods sold to the United States by sanctioned entities face new checks at the border.",
    )
    assert "sanctions.designation" not in tags


def test_adding_aircraft_to_the_list_of_aircraft_flown_into_russia_changes_a_list() -> None:
    tags = _tags(
        "Commerce names more aircraft flown in violation of its controls",
        "The Bureau of Industry and Security is updating its list of aircraft that have flown into Russia in "
        "apparent violation of the Export Administration Regulations by adding three cargo aircraft operated "
        "by Foo Air.",
    )
    assert "other_list.change" in tags


def test_another_governments_implementation_of_regime_changes_is_its_own_control() -> None:
    rules = _classified(
        "Member states back a faster update of the dual-use annex",
        "The delegated act is meant to speed up the EU's implementation of changes agreed in the "
        "international export-control regimes, notably the Wassenaar Arrangement.",
    )
    assert "export_control.regime_decisions" not in rules.get("export_control.other", set())
    item = {"id": "t", "source": "news", "title": "Brussels adds intrusion software to the EU dual-use list",
            "text": "The Commission added intrusion software to the list."}  # fmt: skip
    assert out_of_scope(item_to_document(item)) is not None


def test_a_foreign_court_or_enforcer_named_in_the_lead_is_that_states_enforcement() -> None:
    for title, text in (
        (
            "Retired businessman jailed over jet parts smuggled to Xland",
            "Jan Foo was sentenced at the Old Bailey after an HM Revenue and Customs prosecution for "
            "supplying military aircraft parts to Xland.",
        ),
        (
            "Toronto man convicted over transducers bound for Xland",
            "An Ontario Court of Justice judge convicted Jan Foo on nine counts arising from his attempt to "
            "send two pressure transducers to a buyer in Xland.",
        ),
    ):
        assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))
        assert not _tags(title, text)
    # Extradited to face U.S. charges, the case is a U.S. prosecution.
    text = (
        "A Crown Court judge approved the extradition of Jan Foo to face U.S. charges of "
        "exporting missile parts to Xland."
    )
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": "Foo to be extradited",
                                          "text": text})) is None  # fmt: skip


def test_a_bribery_case_without_an_export_law_is_another_laws_enforcement() -> None:
    text = (
        "Foo Drilling agreed to pay a $1 million penalty under a non-prosecution agreement to resolve "
        "violations of the Foreign Corrupt Practices Act by subsidiaries that paid customs officials so that "
        "equipment could be imported and exported outside local rules."
    )
    assert not _tags("Driller settles bribery of customs officials", text)
    text = (
        "Foo Services agreed to pay $250 million to settle bribery charges under the Foreign Corrupt "
        "Practices Act and export-control violations over shipments to Xland."
    )
    item = {"id": "t", "source": "news", "title": "Foo settles", "text": text}
    assert out_of_scope(item_to_document(item)) is None


def test_an_office_designating_a_named_officer_on_a_dated_day_designates() -> None:
    tags = _tags(
        "Washington blacklists a general and his resort",
        "The Treasury Department's Office of Foreign Assets Control on Thursday, June 1, 2017 designated "
        "General Jan Foo, head of the Military House of Xland's president.",
    )
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags


def test_a_listing_in_an_earlier_year_told_in_the_past_perfect_is_background() -> None:
    for text in (
        "The Commerce Department had already put the company on the Entity List in 2019 over surveillance.",
        "Foo Technology had been placed on the Commerce Department's Entity List in 2014 for illicit "
        "procurement.",
    ):
        assert "entity_list.addition" not in _tags("Engineer convicted of exporting chips", text)
    text = "Foo Technology had just been added to the Entity List, officials said on Monday."
    assert "entity_list.addition" in _tags("Commerce blacklists Foo", text)


def test_licences_obtained_before_or_in_an_earlier_year_are_a_cases_background() -> None:
    for text in (
        "The author argued that negotiating a sale before obtaining an export licence does not make "
        "someone a broker.",
        "The company knew a licence was needed because it had obtained BIS licences in 2013 and 2014 for "
        "similar machines; it was fined for an unlicensed export.",
    ):
        assert "license.decision" not in _tags("Exporter fined over a milling machine", text)


def test_an_office_designated_adjective_names_an_earlier_designation() -> None:
    text = (
        "The group often fights alongside Foo Front, a State Department-designated terrorist organization. "
        "Jan Foo pleaded guilty to exporting rifle scopes to Xland without a licence."
    )
    assert "sanctions.designation" not in _tags("Man admits smuggling gear", text)


def test_charges_of_arms_sales_in_defiance_of_an_embargo_or_without_an_ofac_licence_are_enforcement() -> None:
    for text in (
        "Federal prosecutors charged 17 people with conspiring to sell Iran some $2 billion of American-made "
        "weapons in defiance of the U.S. arms embargo.",
        "A judge sentenced Jan Foo to a year in prison. His indictment had charged a contract to buy Xland "
        "oil without a licence from the Treasury's Office of Foreign Assets Control.",
    ):
        assert "export_control.other" in _tags("Seventeen charged", text)


def test_a_decision_to_let_a_country_buy_named_aircraft_is_a_licence_decision() -> None:
    text = (
        "The administration has decided to let Iraq buy between six and 12 Foo L-100 transport aircraft "
        "for civilian use, congressional sources said."
    )
    assert "license.decision" in _tags("Washington clears a sale of transports", text)


def test_a_shipment_of_named_munitions_to_one_country_suspended_is_a_licence_decision() -> None:
    text = (
        "The President has suspended indefinitely the delivery of cluster-type ammunition to Israel, a "
        "spokesman announced. Other U.S. military supplies to Israel are not affected."
    )
    assert "license.decision" in _tags("Hold on shell deliveries made indefinite", text)


def test_a_partially_closed_meeting_of_an_export_council_changes_no_control() -> None:
    tags = _tags(
        "President's Export Council Subcommittee on Encryption; Partially Closed Meeting",
        "The subcommittee will meet to discuss export controls on encryption products.",
        source="federal_register",
        document_type="NOTICE",
        agencies=["Export Administration Bureau"],
    )
    assert "export_control.other" not in tags


def test_items_received_without_a_licence_are_no_licence_received() -> None:
    text = (
        "Agencies need to assess how the reform affects their compliance work, such as checks on whether "
        "foreign parties may receive items without a license."
    )
    assert "license.decision" not in _tags("Export Controls: Agencies Need to Assess Reform", text)


def test_trading_privileges_denied_to_named_importers_change_a_list() -> None:
    text = (
        "The department also denied all U.S. trading privileges to the two French importers, Foo SA and "
        "Bar SARL."
    )
    assert "other_list.change" in _tags("Commerce cuts off two importers", text)


def test_a_foreign_district_court_or_sanctions_office_is_that_states_enforcement() -> None:
    for title, text in (
        (
            "Trader admits selling luxury goods to Xland",
            "Jan Foo and three companies pleaded guilty in a Singapore District Court to breaching "
            "Singapore's sanctions regulations by supplying luxury items to Xland.",
        ),
        (
            "Sanctions office fines a supplier over payments",
            "The Office of Financial Sanctions Implementation imposed a civil penalty on Foo Ltd, the UK "
            "subsidiary of a U.S.-headquartered supplier, for payments made through blocked banks.",
        ),
    ):
        assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))
    text = "A jury in the U.S. District Court convicted Jan Foo of exporting parts to Xland."
    item = {"id": "t", "source": "news", "title": "Foo convicted", "text": text}
    assert out_of_scope(item_to_document(item)) is None


def test_an_indictment_told_by_parts_passed_on_or_by_its_counts_next_sentence_is_enforcement() -> None:
    for text in (
        "Prosecutors unsealed an indictment that charges eight people and eight companies with buying "
        "U.S.-made electronic parts and passing them on to Iran through third countries. Iran is under a "
        "U.S. embargo.",
        "A grand jury returned an indictment against the Xland company Foo Trading Co. Ltd., its founder Jan "
        "Bar and three managers: Ann Baz, Piet Qux and Li Quux. The counts are violating the International "
        "Emergency Economic Powers Act and conspiring to launder money.",
    ):
        assert "export_control.other" in _tags("Grand jury indicts a network", text), text


def test_a_judge_dropping_counts_is_the_courts_ruling() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Judge drops 46 of 50 counts against arms dealers",
        "text": "A district judge dismissed 46 of the 50 counts in the indictment of four men accused of "
        "conspiring to sell American weapons to Iran without approval.",
    }
    assert out_of_scope(item_to_document(item))
    item["title"] = "Jury convicts arms dealer of selling missile parts to Iran"
    assert out_of_scope(item_to_document(item)) is None


def test_a_court_named_by_its_states_demonym_is_that_states_enforcement() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Xcity court jails exporter over parts sent to Yland carriers",
        "text": "A Dutch court in Xcity sentenced a defendant to two years in prison for exporting aircraft "
        "parts to three Yland companies in breach of the European Union's sanctions, a U.S. trade-law daily "
        "reported on Wednesday.",
    }
    assert out_of_scope(item_to_document(item))
    item["text"] = "A federal court in Xcity sentenced Jan Foo to two years for exporting parts to Yland."
    assert out_of_scope(item_to_document(item)) is None


def test_a_rule_amending_only_the_firearms_import_regulations_is_out_of_scope() -> None:
    item = {
        "id": "t",
        "source": "federal_register",
        "title": "Importation of Defense Articles--U.S. Munitions Import List",
        "text": "The Department of Justice is amending its regulations to remove the cross reference to the "
        "United States Munitions List (USML) of the International Traffic in Arms Regulations (ITAR).",
        "document_type": "RULE",
        "cfr_parts": ["27 CFR 447"],
        "agencies": ["Justice Department", "Alcohol, Tobacco, Firearms, and Explosives Bureau"],
    }
    assert out_of_scope(item_to_document(item)) is not None
    extra = {k: v for k, v in item.items() if k not in ("id", "title", "text")}
    assert "export_control.other" not in _tags(str(item["title"]), str(item["text"]), **extra)


def test_an_embargo_to_be_lifted_on_a_named_day_is_a_decision_announced() -> None:
    text = (
        "The President will lift the ban on arms sales to Xland on Saturday, December 10, the day its new "
        "civilian president takes office, a spokesman announced."
    )
    assert "license.requirement" in _tags("Arms sales ban to end", text)
    text = "The President will lift the ban on arms sales to Xland once its elections are held, aides said."
    assert "license.requirement" not in _tags("Arms sales ban may end", text)


def test_the_licence_an_enforcement_story_says_was_needed_is_no_requirement_set() -> None:
    for text in (
        "Foo Cargo agreed to pay a $36,000 civil penalty to settle charges that it exported helmets to "
        "Xland without obtaining a license from the Commerce Department.",
        "Jan Foo pleaded guilty to exporting sonar buoys, which need an export licence for Xland, without "
        "telling the shipper.",
    ):
        tags = _tags("Exporter settles export charges", text)
        assert "export_control.other" in tags
        assert "license.requirement" not in tags
    text = "From Monday exporters will need licences for shipments of sensors to Xland, Commerce said."
    assert "license.requirement" in _tags("Commerce sets licence rule for sensors", text)


def test_an_immunities_designation_of_a_public_international_organization_is_no_sanction() -> None:
    text = (
        "By virtue of the authority vested in me, I hereby designate the Foo Research Council "
        "as a public international organization entitled to enjoy the privileges, exemptions, and immunities "
        "conferred by the International Organizations Immunities Act."
    )
    assert "sanctions.designation" not in _tags("Foo Research Council", text)


def test_an_earlier_sdn_listing_in_a_past_perfect_relative_clause_is_background() -> None:
    text = (
        "OFAC announced a settlement with Foo Bank, which kept accounts for six persons whom OFAC had "
        "previously added to its SDN List, over its apparent violations."
    )
    assert "sanctions.designation" not in _tags("Settlement with Foo Bank", text)
    text = "OFAC on Tuesday added ten individuals to its SDN List for trafficking narcotics."
    assert "sanctions.designation" in _tags("OFAC adds ten traffickers", text)


def test_a_count_of_parties_by_nationality_names_none() -> None:
    text = "The Treasury removed them from its Specially Designated Nationals list."
    title = "Treasury lifts sanctions on more than 30 Peruvian, Bolivian and Chilean firms and people"
    assert not any(name[:1].isdigit() for name in _names(title, text))


def test_a_foreign_capital_stands_for_its_government() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Paris's defence council approves arms exports to Xland and Yland",
        "text": "The council approved the sale of patrol boats and rifles, ministers said.",
    }
    assert out_of_scope(item_to_document(item))
    item["title"] = "Washington approves arms exports to Xland and Yland"
    assert out_of_scope(item_to_document(item)) is None


def test_a_law_barring_a_class_of_licences_is_a_requirement_and_its_waiver_clause_decides_none() -> None:
    text = (
        "Section 9 of the Foo Act, signed on May 2, prohibits the use of its funds to approve export "
        "licences for the launch of U.S.-made satellites on Xland boosters. The bar may end if the "
        "President determines that the licences serve the national interest."
    )
    tags = _tags("Spending law bars satellite launch licences", text)
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_a_countrys_sales_of_a_class_halted_are_a_requirement() -> None:
    text = (
        "The President said that sales of computers and other sensitive goods to Cuba would be halted while "
        "export licences were reviewed, and that the wheat already ordered would not be shipped."
    )
    tags = _tags("President halts high-technology sales", text)
    assert "license.requirement" in tags
    assert "license.decision" not in tags
    text = "Sales of computers to Cuba could be halted if talks fail, aides said."
    assert "license.requirement" not in _tags("Computer sales may stop", text)


def test_ofac_reporting_forms_decide_no_licence_and_delist_nobody() -> None:
    text = (
        "OFAC is amending its reporting regulations. This rule says how information filed with OFAC in "
        "blocking or unblocking reports, in reports on rejected transactions or with license applications "
        "may be released."
    )
    tags = _tags("Reporting Regulations", text, source="federal_register", document_type="RULE")
    assert not {"license.decision", "sanctions.designation"} & tags


def test_smuggling_goods_to_a_country_is_an_export_crime_without_the_word_export() -> None:
    text = (
        "A Foo trading firm and its owner pleaded guilty to smuggling helicopter parts and night-vision "
        "gear to Iran, court papers show."
    )
    assert "export_control.other" in _tags("Supplier admits smuggling parts", text)
    text = "Two men pleaded guilty to smuggling cocaine to Canada, prosecutors said."
    assert "export_control.other" not in _tags("Two men admit smuggling", text)


def test_a_sale_of_counted_arms_to_a_two_word_country_and_counted_approvals_are_decisions() -> None:
    text = "The administration decided to sell Saudi Arabia 120 Foo air-defence missiles this week."
    assert "license.decision" in _tags("Administration decides on missile sale", text)
    text = (
        "A committee released a list showing that the Commerce Department approved 31 exports of dual-use "
        "goods worth $90 million to Xland."
    )
    assert "license.decision" in _tags("Panel releases licence list", text)


def test_a_tariff_code_added_to_export_controls_keeps_a_settlement_in_scope() -> None:
    text = (
        "Foo Devices agreed to a $2 million civil penalty to settle charges that it shipped amplifiers to "
        "Russia without licences, the Bureau of Industry and Security said; the items had needed a licence "
        "since BIS added their tariff code to its Russia controls."
    )
    assert "export_control.other" in _tags("Foo Devices settles BIS case", text)
    item = {"id": "t", "source": "news", "title": "Tariffs on steel rise", "text": "New tariffs hit steel."}
    assert out_of_scope(item_to_document(item))


def test_a_suspension_of_all_military_exports_to_a_country_is_a_requirement() -> None:
    text = "The President ordered the suspension of all military exports to Xland after the talks failed."
    assert "license.requirement" in _tags("Military exports to Xland suspended", text)


def test_licences_a_violator_failed_to_obtain_decide_nothing() -> None:
    text = (
        "Foo Corp. agreed to pay a civil penalty to settle charges that it exported chips to Xland. Foo "
        "failed to obtain export licenses for three foreign engineers who worked on the chips."
    )
    assert "license.decision" not in _tags("Foo Corp. settles export charges", text)


def test_electronic_export_information_is_a_filing_not_an_export_let() -> None:
    text = (
        "Foo Lab was fined $140,000 after it described its shipments as household goods to let it avoid "
        "filing Electronic Export Information for them, prosecutors said."
    )
    assert "license.decision" not in _tags("Foo Lab fined over false export filings", text)


def test_a_commonwealth_magistrates_court_and_the_uk_treasury_are_another_states() -> None:
    for title, text in (
        (
            "Two firms fined over unlicensed amplifiers",
            "Two companies were fined at the Eastern Magistrates' Courts after pleading guilty to exporting "
            "strategic commodities without a licence.",
        ),
        (
            "Britain's Treasury gains civil penalty powers for sanctions breaches",
            "The new law gives Her Majesty's Treasury powers to impose civil penalties for breaches.",
        ),
    ):
        assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))


def test_a_lease_of_goods_to_a_country_is_an_export_in_an_indictment() -> None:
    text = (
        "A federal grand jury indicted five men over a plan to lease two transport planes to Libya, telling "
        "the Commerce Department they were for oil exploration."
    )
    assert "export_control.other" in _tags("Five charged over transport planes", text)


def test_a_regime_working_group_meeting_is_the_regimes_whoever_reports_it() -> None:
    text = (
        "The British Foreign Office reported that a Nuclear Suppliers Group working group met in Foo and "
        "agreed a new annex of dual-use items."
    )
    assert "export_control.other" in _tags("Suppliers group agrees dual-use annex", text)


def test_a_state_that_overhauls_its_controls_or_licenses_its_own_exports_acts_for_itself() -> None:
    for title in ("Brazil overhauls export control law", "Paris licenses helicopter sales to Qatar"):
        item = {"id": "t", "source": "news", "title": title, "text": "The change takes effect on May 1."}
        assert out_of_scope(item_to_document(item))


def test_a_ruling_on_a_new_trial_or_an_extradition_is_a_step_in_the_prosecution() -> None:
    for title, text in (
        (
            "Judge rejects new trial bid by Foo, convicted of shipping valves to Iran",
            "A federal judge rejected Foo's request for a new trial; a jury had found him guilty of "
            "violating the trade embargo against Iran.",
        ),
        (
            "Judge orders Bar extradited to face export charges",
            "The judge ordered Bar sent to the United States, where he is charged with illegally exporting "
            "amplifiers to Iran.",
        ),
    ):
        assert "export_control.other" in _tags(title, text)
    item = {"id": "t", "source": "news", "title": "Judge rules Foo export rules unconstitutional", "text": ""}
    assert out_of_scope(item_to_document(item))


def test_a_sanctions_import_ban_printed_by_customs_is_a_sanctions_regulation() -> None:
    customs = ["Homeland Security Department", "U.S. Customs and Border Protection", "Treasury Department"]
    for title in (
        "Prohibition on Importation of Gold of Russian Origin",
        "Interim Rule: Prohibiting Importation of Rough Diamonds From Non-Participant States",
    ):
        tags = _tags(title, "", source="federal_register", document_type="RULE", agencies=customs)
        assert tags == {"sanctions.regulation"}
    fruit = "Import Requirements for the Importation of Fresh Pears From Japan Into the United States"
    assert not _tags(fruit, "", source="federal_register", document_type="NOTICE", agencies=customs)


def test_an_order_barring_all_transactions_with_a_country_sets_a_requirement() -> None:
    for title in (
        "Blocking Property of and Prohibiting Transactions With Kuwait",
        "Prohibiting Transactions With the Foo Republic (Serbia and Montenegro)",
    ):
        order = item_to_document(_presidential(title))
        assert "license.requirement" in {t.id for t in classify(order).tags}
    haiti = item_to_document(_presidential("Prohibiting Certain Transactions With Respect to Haiti"))
    assert "license.requirement" not in {t.id for t in classify(haiti).tags}


def test_a_count_of_licence_holders_is_no_decision() -> None:
    text = "Commerce wants to narrow its bulk licences; some 1,200 exporters held these licences last year."
    assert "license.decision" not in _tags("Commerce to narrow bulk licences", text)


def test_a_listing_told_from_the_case_record_or_dated_in_a_relative_clause_is_background() -> None:
    text = (
        "Foo admitted shipping guidance software to the Xland Institute. According to court documents, "
        "the Xland Institute was placed on the Entity List over its missile work."
    )
    assert "entity_list.addition" not in _tags("Engineer admits software shipments", text)
    text = "Prosecutors charged Foo, a manager at Bar Trading, which OFAC designated in 2016 for arms work."
    assert "sanctions.designation" not in _tags("U.S. charges Bar Trading manager", text)


def test_an_itar_section_amended_and_a_ccl_entry_removed_change_the_control_lists() -> None:
    text = (
        "The Department of State amends Section 123.4 of the International Traffic in Arms Regulations to "
        "add an exemption for parts returned for repair."
    )
    tags = _tags(
        "Exemption for Returned Parts",
        text,
        source="federal_register",
        document_type="RULE",
        agencies=["State Department"],
        cfr_parts=["22 CFR 123", "22 CFR 126"],
    )
    assert {"export_control.other", "license.requirement"} <= tags
    text = (
        "This rule removes the CCL entries for unprocessed red cedar and the licence requirement they "
        "carried for exports of the logs."
    )
    assert {"export_control.other", "license.requirement"} <= _bis_rule_tags(
        "Removal of License Requirements for Red Cedar", ["15 CFR 754", "15 CFR 774"], text
    )


def test_an_office_is_no_party() -> None:
    text = "OFAC designated Bar Qux, Xland's Minister of State for Mining, and Baz Trading, his company."
    names = _names("Treasury sanctions Xland minister", text)
    assert "Bar Qux" in names
    assert not any(name.startswith("Minister") for name in names)


def test_a_designations_count_and_colon_open_a_semicolon_enumeration() -> None:
    text = (
        "Treasury designated four members of the Qux network: Amir Bar, its treasurer; Sami al-Foo, a "
        "courier; and Layla Baz, who keeps its books."
    )
    assert {"Amir Bar", "Sami al-Foo", "Layla Baz"} <= _names("Treasury sanctions Qux network", text)


def test_another_parliaments_proceedings_and_a_capital_that_puts_exports_under_licence_are_its_own() -> None:
    for title, text in (
        (
            "Minister sets out Britain's curbs on Moscow",
            "Answering a question in the House of Commons, the minister listed the COCOM steps kept.",
        ),
        ("MPs criticise COCOM in a Commons debate", "The debate on May 2 turned on COCOM and U.S. law."),
        ("Brussels puts vaccine exports under licence", "Exporters need an authorisation from Monday."),
    ):
        assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))


def test_an_investigation_of_illegal_exports_is_enforcement() -> None:
    text = (
        "A Pentagon official said U.S. authorities were pursuing an investigation of illegal computer "
        "exports to the Soviet Union."
    )
    assert "export_control.other" in _tags("Official discloses computer export probe", text)


def test_earlier_listings_licences_and_laws_in_a_case_are_background() -> None:
    cases = (
        (
            "Treasury sanctions Foo Exchange",
            "OFAC designated the Foo Exchange on Monday. Lithuanian regulators withdrew Bar UAB's licence "
            "in May.",
            "license.decision",
        ),
        (
            "Foo Logistics pays OFAC $2 million",
            "Foo Logistics agreed to pay OFAC $2 million to settle apparent violations for chartering a "
            "tanker that had been identified as blocked property of Baz Shipping.",
            "sanctions.designation",
        ),
        (
            "Qux Bank pays OFAC $1 million",
            "Qux Bank agreed to settle apparent violations over payments to Baz Holdings, a firm placed on "
            "the SDN list in 2012.",
            "sanctions.designation",
        ),
        (
            "Foo Corp. fined over valve exports",
            "The Commerce Department fined Foo Corp. for shipping valves without the licences they needed. "
            "Foo had already obtained similar licences earlier in the decade.",
            "license.decision",
        ),
        (
            "Man settles BIS charge over press sent to Iran",
            "BIS settled with Foo over the unlicensed export of a press to Iran. Foo admitted he was aware "
            "that the rules barred exports to Iran.",
            "license.requirement",
        ),
    )
    for title, text, tag in cases:
        assert tag not in _tags(title, text), title


def test_an_ear_rule_of_editorial_revisions_sets_no_requirement() -> None:
    tags = _bis_rule_tags(
        "The Export Administration Regulations; Editorial Revisions and Corrections",
        ["15 CFR 740", "15 CFR 744"],
        "This rule makes editorial revisions to the EAR.",
    )
    assert "license.requirement" not in tags


def test_a_designation_category_and_a_name_cut_inside_a_nickname_are_no_parties() -> None:
    text = (
        "OFAC designated the Foo Relief Network on Tuesday. The State Department designated the Bar Front a "
        "Foreign Terrorist Organization in 2004."
    )
    assert "Foreign Terrorist Organization" not in _names("Treasury sanctions Foo Relief Network", text)
    text = "OFAC designated gang leader Ana Qux, known as 'Jefa', with two former officials."
    names = _names("Treasury blacklists gang boss 'Jefa'", text)
    assert "Ana Qux" in names
    assert not any(name.endswith("'") for name in names)


def test_a_charge_of_sanctions_evasion_is_enforcement() -> None:
    text = (
        "Prosecutors unsealed an indictment charging Foo, an engineer at Bar Carbon, with sanctions evasion "
        "and bank fraud over payments for graphite."
    )
    assert "export_control.other" in _tags("U.S. charges Bar Carbon engineer", text)


def test_a_denied_intent_and_an_appointment_are_no_designations() -> None:
    text = (
        "The embassy said on Monday that the administration had no plans to impose trade sanctions or any "
        "other punitive economic measures on Xland over its ban on port calls."
    )
    assert "sanctions.designation" not in _tags("Embassy rules out penalties on Xland", text)
    notice = {"source": "federal_register", "document_type": "NOTICE", "agencies": ["Foo Commission"]}
    title = "Notice of Designation of Entity To Maintain and Operate the Foo Records Program"
    text = "The Commission has designated an entity to maintain and operate the Foo Records Program."
    assert "sanctions.designation" not in _tags(title, text, **notice)


def test_the_export_control_statute_signed_is_the_control_systems_news() -> None:
    text = (
        "President Foo signed the Export Administration Amendments Act of 1999 on Friday. The law lets him "
        "bar imports from a foreign company found to have broken U.S. controls. It frees exports of "
        "low-technology goods to allied states from licensing and eases licensing where comparable goods are "
        "sold freely abroad."
    )
    tags = _tags("Foo signs the export law", text)
    assert {"export_control.other", "license.requirement"} <= tags
    assert "sanctions.regulation" not in tags


def test_outbound_investment_named_in_full_is_a_programme() -> None:
    order = _presidential("Addressing United States Investments in Certain National Security Technologies")
    assert "sanctions.regulation" in {t.id for t in classify(item_to_document(order)).tags}


def test_a_denial_an_agency_will_seek_is_no_denial_order() -> None:
    text = (
        "The enforcement chief said the bureau would now consider seeking denial of export privileges and "
        "fines against individuals who break the rules on purpose."
    )
    assert "other_list.change" not in _tags("Enforcement chief warns individuals", text)


def test_approvals_counted_by_their_value_are_licence_decisions() -> None:
    text = (
        "A study found that from 1986 to 1990 the Commerce Department approved more than $120 million of "
        "sensitive, mostly dual-use American exports to Xland."
    )
    assert "license.decision" in _tags("Study tallies sensitive sales to Xland", text)


def test_a_control_list_scope_widened_is_a_control_list_change() -> None:
    tags = _bis_rule_tags(
        "Expansion of the Country Scope of the License Requirements that Apply to Foo Equipment",
        ["15 CFR 742", "15 CFR 774"],
        "This rule amends the EAR by increasing the country scope of foo controls on those Commerce Control "
        "List (CCL) entries that contain foo equipment, and expands the licence requirements for them.",
    )
    assert {"export_control.other", "license.requirement"} <= tags


def test_an_arms_embargo_and_a_section_40a_finding_in_the_federal_register_set_requirements() -> None:
    for title in (
        "Prohibiting Certain Transactions With Respect to Xland and Delegating Authority With Respect to "
        "Other United Nations Arms Embargoes",
        "Determination and Certification Under Section 40A of the Arms Export Control Act",
    ):
        assert "license.requirement" in {t.id for t in classify(item_to_document(_presidential(title))).tags}


def test_a_blacklist_barring_purchases_from_its_parties_is_a_sanctions_list() -> None:
    text = (
        "The United States put 40 Xland officials on a blacklist on Monday, forbidding U.S. companies and "
        "government agencies from buying from them."
    )
    tags = _tags("Washington blacklists 40 Xland officials, barring purchases from them", text)
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags


def test_parties_in_apposition_to_their_count_or_kind_are_read() -> None:
    text = (
        "The Treasury on Friday designated 20 individuals and entities in a money-laundering network. The "
        "network is run by three Xland brothers, Amir Qurban, Sami Qurban and Reza Qurban, through the "
        "exchange houses Foo Exchange, Bar Exchange and Baz Exchange, and paid sanctioned oil sellers."
    )
    names = _names("Treasury sanctions Qurban network", text)
    assert {"Amir Qurban", "Sami Qurban", "Reza Qurban"} <= names
    assert {"Foo Exchange", "Bar Exchange", "Baz Exchange"} <= names


def test_a_ban_on_military_sales_lifted_sets_a_requirement() -> None:
    text = "Congress on Wednesday passed an aid bill that lifts the ban on U.S. military sales to Xland."
    assert "license.requirement" in _tags("Congress passes the foreign aid bill", text)


def test_a_regimes_agreement_carried_out_is_the_regimes_news() -> None:
    text = (
        "The Commerce Department issued export rules that lift licence requirements on simple personal "
        "computers, carrying out an agreement reached last summer in COCOM."
    )
    assert {"export_control.other", "license.requirement"} <= _tags("Commerce frees small computers", text)


def test_a_sanctions_law_enacted_over_a_veto_is_a_programme() -> None:
    text = (
        "The Senate voted 70 to 29 to override the President's veto of the Comprehensive Foo Act, and the "
        "sanctions bill became law at once. The law bans most new U.S. investment in Xland and prohibits "
        "imports of its steel."
    )
    assert "sanctions.regulation" in _tags("Senate overrides veto of Xland measures", text)


def test_a_bis_rule_on_reporting_procedures_sets_no_requirement() -> None:
    tags = _bis_rule_tags(
        "Exports of Foo Computers; Post-shipment Verification Reporting Procedures",
        ["15 CFR 740", "15 CFR 742"],
        "The Bureau is amending the Export Administration Regulations by revising the reporting procedures "
        "for exports of foo computers.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_a_named_buyer_cleared_to_buy_arms_is_a_licence_decision() -> None:
    text = "The defence secretary said Washington had cleared Xland to buy eight Foo attack helicopters."
    assert "license.decision" in _tags("Foo tells Xland it can buy helicopters", text)


def test_a_party_named_with_the_list_it_stands_on_is_read_and_a_demonym_pair_is_no_name() -> None:
    text = (
        "Foo Corp. agreed to pay $19,000 to settle BIS charges over exports to the Qurban Centre for Atomic "
        "Research, an Xland organisation on the Commerce Department's Entity List. It also shipped goods to "
        "Bar Trading Limited, a company on the Specially Designated Nationals List."
    )
    names = _names("Foo Corp. pays over shipments", text)
    assert {"Qurban Centre for Atomic Research", "Bar Trading Limited"} <= names
    text = "OFAC designated members of the Foo family, among them Baz Qux, dual British-Syrian nationals."
    assert "British-Syrian" not in _names("Treasury sanctions Foo family", text)


def test_a_person_described_by_a_foreign_parliament_seat_is_no_proceeding() -> None:
    text = (
        "The U.S. Treasury on Tuesday imposed sanctions on Ana Foo, a former gymnast and State Duma member "
        "whom it described as close to the president. Also designated were Baz Qux and his son."
    )
    assert "sanctions.designation" in _tags("U.S. sanctions Ana Foo and tycoon Baz Qux", text)


def test_a_sanctions_act_named_for_its_target_approved_is_a_programme_and_a_requirement() -> None:
    text = (
        "The Xland Sanctions Act of 1990, sections 586 to 586J of the appropriations law (Public Law "
        "101-513, H.R. 5114), was approved on November 5, 1990. It spells out further sanctions, including a "
        "bar on U.S. arms sales and Munitions List export licences for Xland."
    )
    tags = _tags("Xland Sanctions Act of 1990 writes the embargo into law", text)
    assert {"sanctions.regulation", "license.requirement"} <= tags


def test_an_arms_sale_agreed_with_congress_or_let_go_ahead_is_a_decision() -> None:
    cases = (
        (
            "President and senators agree an arms package for Xland",
            "The President reached agreement with Senate leaders on Thursday on a $1 billion arms sale to "
            "Xland after the missiles were dropped from it.",
        ),
        (
            "Revised $2 billion arms sale to Xland goes ahead as the review period runs out",
            "The State Department said Xland had accepted the compromise worked out with Congress.",
        ),
    )
    for title, text in cases:
        assert "license.decision" in _tags(title, text), title


def test_a_presidential_order_on_nuclear_cooperation_with_a_partner_sets_a_requirement() -> None:
    order = _presidential("Nuclear Cooperation With Xland")
    assert "license.requirement" in {t.id for t in classify(item_to_document(order)).tags}


def test_a_trade_secret_theft_is_another_laws_enforcement() -> None:
    title = "Jury convicts Xland turbine maker of stealing software from Foo Corp."
    text = "A federal jury convicted the company of stealing trade secrets; prosecutors said it faces a fine."
    assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))
    text = "The jury convicted it of stealing trade secrets and of violating export controls on the software."
    assert not out_of_scope(item_to_document({"id": "t", "source": "news", "title": title, "text": text}))


def test_designees_named_in_the_next_sentence_a_compass_point_and_a_trading_name() -> None:
    text = (
        "The Treasury on Thursday added the Xland hacking group Foo and eight Xland nationals to its "
        "sanctions list. Among the individuals were Choe Bar-chol and Choe Baz-hyok. It was the three "
        "countries' first joint sanctions move against the North."
    )
    names = _names("U.S. sanctions Xland agents", text)
    assert {"Choe Bar-chol", "Choe Baz-hyok"} <= names
    assert "North" not in names
    caption = (
        "Foo Airlines d/b/a F7 Airlines, 633104, Xland, Qurban obl.; Order Renewing Temporary Denial of "
        "Export Privileges"
    )
    item = {"id": "t", "source": "federal_register", "title": caption, "text": "", "document_type": "NOTICE"}
    assert "Foo Airlines" in {m.text for m in classify(item_to_document(item)).entities}


def test_a_case_s_licence_exception_and_a_licence_held_are_its_background() -> None:
    text = (
        "The Bureau of Industry and Security charged Foo Oil with violating U.S. export controls, saying it "
        "reexported a U.S.-origin business jet to Xland without the required licence. Since March, aircraft "
        "owned by Xland nationals could no longer use the licence exception for aircraft."
    )
    assert _tags("Commerce charges Foo Oil over jet flown to Xland", text) == {"export_control.other"}
    text = (
        "Prosecutors dropped charges that Bar Qux had illegally exported jet-engine blades to Yland after "
        "finding that Yland's government held a licence to receive them. A new complaint charged him with "
        "illegally exporting military aircraft parts to Zland."
    )
    assert _tags("Prosecutors charge Bar Qux anew over aircraft parts", text) == {"export_control.other"}


def test_a_sale_notified_to_lawmakers_or_soon_to_be_notified_to_congress_is_a_decision() -> None:
    cases = (
        (
            "Pentagon seeks to sell Xland helicopters and vehicles",
            "The Pentagon notified U.S. lawmakers on Tuesday of a possible sale to Xland of up to $500 "
            "million in helicopters, weapons and vehicles.",
        ),
        (
            "Defence secretary says Congress will be told of a helicopter sale to Xland",
            "The defence secretary said on Tuesday that Congress would soon be notified of a sale of 20 "
            "attack helicopters to Xland.",
        ),
    )
    for title, text in cases:
        assert "license.decision" in _tags(title, text), title


def test_a_policy_of_denying_licences_for_defence_articles_is_an_arms_export_control() -> None:
    notice = _tags(
        "Bureau of Political-Military Affairs; Denial Policy of Munitions Export Licenses to Xland",
        "Notice is hereby given that all licenses and other approvals to export defense articles or defense "
        "services to Xland will continue to be denied, in line with the policy of the United States to deny "
        "exports of all defense articles to Xland.",
        document_type="NOTICE",
        source="federal_register",
    )
    assert {"license.requirement", "export_control.other"} <= notice
    news = _tags(
        "State Department opens defence exports to Xland's new government",
        "The State Department on Tuesday ended its policy of denying commercial defence trade with the "
        "Government of Xland; licence requests will be reviewed case by case.",
    )
    assert {"license.requirement", "export_control.other"} <= news


def test_items_moved_between_the_munitions_list_and_the_control_list_change_the_controls() -> None:
    tags = _tags(
        "Foo Items Transferred From the U.S. Munitions List to the Commerce Control List",
        "This interim rule amends the Export Administration Regulations by exercising jurisdiction over "
        "certain foo items that were on the United States Munitions List.",
        source="federal_register",
        document_type="RULE",
    )
    assert "export_control.other" in tags
    assert "export_control.itar_change" in _classified(
        "Foo Items Transferred From the U.S. Munitions List to the Commerce Control List",
        "",
        source="federal_register",
    ).get("export_control.other", set())


def test_a_grand_jury_subpoena_or_a_referral_to_prosecutors_is_enforcement() -> None:
    cases = (
        "The company said a federal grand jury had subpoenaed documents about its unit's work in Xland, "
        "which OFAC had questioned under the Xland Transactions Regulations.",
        "OFAC, which had questioned the company about compliance with the Xland Transactions Regulations, "
        "had referred the matter to the Justice Department.",
    )
    for text in cases:
        assert _tags("Foo Corp faces inquiry over its Xland unit", text) == {"export_control.other"}, text


def test_a_national_emergency_or_an_asset_freeze_extended_for_a_year_is_the_programme() -> None:
    text = (
        "The President on Friday extended by one year the national emergency under which the U.S. assets of "
        "Xland's former president, his family and members of his former regime are frozen."
    )
    assert _tags("President extends freeze on assets of Xland's former president", text) == {
        "sanctions.regulation"
    }


def test_a_listing_of_a_party_described_between_commas_after_after_is_background() -> None:
    text = (
        "The distributor says Foo Corp breached their agreement by suspending shipments after an affiliate, "
        "Bar Electronics of Xland, was placed on the Commerce Department's Entity List in September 2008."
    )
    assert "entity_list.addition" not in _tags(
        "Distributor takes Foo Corp to court over halted shipments", text
    )


def test_a_terrorism_listing_refused_or_dating_the_story_sets_no_requirement() -> None:
    # The rule reads a real country's name; the wording is invented.
    refused = _tags(
        "State Department sees no grounds to put Libya back on the terrorism list",
        "A spokesman said there was no justification to redesignate Libya.",
    )
    assert refused == set()
    text = (
        "OFAC on Friday designated the Foo Interior Ministry under Executive Order 13818. The action came "
        "days after the outgoing administration put Libya back on the list of state sponsors of terrorism."
    )
    assert "license.requirement" not in _tags("Treasury blacklists Foo Interior Ministry", text)


def test_a_denial_order_s_goods_named_by_eccn_are_no_control_list_change() -> None:
    text = (
        "The Bureau of Industry and Security renewed for one year its temporary denial order against Foo "
        "Airways after finding that it carried microcircuits classified under ECCN 3A991.a.2 to Xland."
    )
    assert _tags("BIS renews Foo Airways denial order", text) == {"other_list.change"}


def test_sales_to_a_country_weighed_case_by_case_set_its_licensing_policy() -> None:
    text = (
        "The Defense Department confirmed that it would consider, case by case, selling Xland military "
        "trucks and communications equipment. Allies in the committee for strategic exports must also agree."
    )
    assert "license.requirement" in _tags("Pentagon to weigh support equipment sales to Xland", text)


def test_companies_barred_from_receiving_us_goods_are_denied_parties() -> None:
    text = (
        "The Commerce Department barred four Xland companies from receiving any U.S. oil and gas equipment, "
        "services or technology, in retaliation for their work on the pipeline."
    )
    assert _tags("Commerce bars exports to four Xland pipeline suppliers", text) == {"other_list.change"}
    # A listing says the same of its parties, and an effect is no bar of its own.
    listing = (
        "The Commerce Department added Foo Corp to the Entity List, effectively barring it from buying "
        "American components."
    )
    assert _tags("Commerce blacklists Foo Corp", listing) == {"entity_list.addition"}


def test_policies_a_nominee_would_re_examine_are_not_set() -> None:
    text = (
        "In his written answers the nominee said he would review whether the bureau needs more authority and "
        "re-examine end-use controls, licensing policies and due-diligence requirements."
    )
    assert _tags("Senate committee advances nominee to run the export bureau", text) == set()


def test_the_world_bank_is_nobody_s_designee() -> None:
    text = (
        "Removal ends some restrictions tied to the designation, such as the bar on U.S. arms exports and "
        "U.S. opposition to World Bank lending."
    )
    assert "sanctions.designation" not in _tags("U.S. removes Xland from the terrorism list", text)


def test_permission_still_needed_is_no_sale_allowed() -> None:
    text = (
        "The administration said it would let U.S. companies sell strong encryption abroad after a review. "
        "Companies would still need permission to sell to foreign governments and militaries."
    )
    assert "license.decision" not in _tags("Encryption export limits eased", text)


def test_a_regime_agreeing_to_cut_the_categories_it_reviews_is_its_decision() -> None:
    text = (
        "The allies and Japan had agreed to cut by half the number of high-technology categories whose "
        "export to Xland required approval by the Coordinating Committee for Multilateral Export Controls "
        "(COCOM), which would generally ease the granting of export licences."
    )
    tags = _tags("Allies to halve the categories needing their review for Xland", text)
    assert "export_control.other" in tags
    assert "license.decision" not in tags


def test_a_country_put_on_the_list_of_countries_that_support_terrorism_sets_a_requirement() -> None:
    # The rule reads a real country's name; the wording is invented.
    text = "The State Department on Tuesday put Libya on the U.S. list of countries that support terrorism."
    assert "license.requirement" in _tags("State Department acts against Libya", text)


def test_a_forecast_of_a_bill_or_a_committee_s_vote_sets_no_requirement() -> None:
    bill = (
        "Two senators introduced a bill to reform export licensing; one predicted that licensing "
        "requirements would fall by two thirds."
    )
    assert _tags("Senators introduce an export licensing bill", bill) == set()
    vote = "The Foreign Affairs Committee voted on Tuesday to ease restrictions on exports to Xland."
    assert _tags("Committee votes to lift controls on exports to Xland", vote) == set()


def test_a_named_buyer_s_fighters_decided_either_way_is_a_licence_decision() -> None:
    # The rule reads a real country's name; the wording is invented.
    text = (
        "The State Department said the administration had decided not to sell Jordan the advanced Foo "
        "fighter aircraft it had been seeking."
    )
    assert "license.decision" in _tags("Administration decides against selling advanced fighters", text)


def test_an_extradition_over_us_sanctions_is_enforcement() -> None:
    text = (
        "Authorities in Xland arrested Ana Foo, finance chief of Bar Telecom, at the request of the United "
        "States. She faces extradition to the U.S. on suspicion of violating U.S. sanctions against Yland."
    )
    assert _tags("Xland arrests Bar Telecom finance chief", text) == {"export_control.other"}


def test_a_global_magnitsky_delisting_stays_in_scope_beside_tariffs() -> None:
    text = (
        "The U.S. Treasury said on Friday it had removed two Xland ministers from its sanctions list. "
        "Washington had sanctioned the two in August under the Global Magnitsky Act; it had also doubled "
        "tariffs on Xland steel."
    )
    assert "sanctions.designation" in _tags(
        "Treasury drops two Xland ministers from its sanctions list", text
    )


@pytest.mark.parametrize(
    "text",
    [
        "The administration has proposed selling up to six Foo-60 helicopters to Xland for its army, a "
        "newspaper reported on Thursday.",
        "The administration said it plans to go ahead with the sale of 300 Foo tanks to Xland, a deal worth "
        "about $1 billion.",
    ],
)
def test_an_arms_sale_proposed_or_gone_ahead_with_for_a_buyer_is_a_licence_decision(text: str) -> None:
    assert "license.decision" in _tags("Administration moves on arms for Xland", text)


def test_a_buyer_told_it_may_buy_is_a_licence_decision() -> None:
    text = (
        "U.S. officials said the United States had told Xland it could buy an American supercomputer, "
        "though not the model it had asked for."
    )
    assert "license.decision" in _tags("Xland may buy a supercomputer", text)


def test_licensees_described_by_their_licence_are_no_decision() -> None:
    text = (
        "The secretary said the encryption export limits were failing industry. Under the policy in force "
        "since January, companies granted licences to export stronger encryption had to show plans to add "
        "key-recovery features."
    )
    assert "license.decision" not in _tags("Secretary calls encryption export limits a failure", text)


def test_guidance_reviewing_licence_requirements_sets_none() -> None:
    text = (
        "The Commerce Department published guidance for exports to Xland. It reviews the end-use and "
        "end-user licence requirements of the Export Administration Regulations and sets out best practices "
        "for screening customers."
    )
    assert "license.requirement" not in _tags("Commerce issues export guidance for Xland", text)


@pytest.mark.parametrize(
    "title",
    [
        "Mandatory Use of Simplified Network Application Processing System",
        "Mandatory Electronic Filing of Export License Applications and Classification Requests",
    ],
)
def test_a_rule_on_how_applications_are_filed_changes_procedure_not_requirements(title: str) -> None:
    tags = _bis_rule_tags(
        title,
        ["15 CFR 740", "15 CFR 742", "15 CFR 748"],
        "This rule would require that export license applications be filed through the system.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_a_foreign_government_sanctioning_us_companies_is_out_of_scope() -> None:
    # The scope check reads a real country's name; the wording and companies are invented.
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "China sanctions five U.S. defence companies over arms sales",
            "text": (
                "China's foreign ministry said on Friday it was freezing the assets in China of five "
                "American defence companies, Foo Aero and Bar Systems among them."
            ),
        }
    )
    assert out_of_scope(document) is not None


@pytest.mark.parametrize(
    ("text", "alias"),
    [
        (
            "The Treasury removed Foo Industrial Group, also known as Foo Industries, and its subsidiary Bar "
            "Diesel from the Specially Designated Nationals list on Friday.",
            "Foo Industries",
        ),
        (
            "The Treasury on Wednesday designated militia leader Ibrahim Qurban (spelled Kurban in some "
            "reports) under the Xland sanctions order.",
            "Kurban",
        ),
    ],
)
def test_a_name_the_text_gives_as_an_alias_of_a_party_is_no_second_party(text: str, alias: str) -> None:
    names = _names("Treasury acts on sanctions", text)
    assert alias not in names
    assert names - {alias}


def test_export_licences_and_privileges_withdrawn_are_a_denial() -> None:
    text = (
        "The Commerce Department has withdrawn the export licences and privileges of three companies "
        "suspected of diverting chips to unauthorised buyers."
    )
    tags = _tags("Commerce acts against chip diverters", text)
    assert "other_list.change" in tags
    assert "license.decision" not in tags


def test_proposals_sent_to_congress_set_no_requirement() -> None:
    text = (
        "The President sent Congress proposals to streamline export controls. The proposals included "
        "exempting a number of low-technology items from licence requirements."
    )
    assert "license.requirement" not in _tags("President proposes export control changes", text)


def test_parties_the_treasury_has_put_on_the_sdn_list_are_background_to_a_general_licence() -> None:
    text = (
        "OFAC on Friday issued two general licences covering dealings with Xland banks that it has blocked "
        "and put on the SDN list."
    )
    assert "sanctions.designation" not in _tags("Treasury widens two Xland general licences", text)


def test_what_a_designation_does_described_designates_no_one() -> None:
    text = (
        "The newspaper ran an explainer on what U.S. Treasury sanctions mean for their targets. It describes "
        "an OFAC listing as a kind of civil death that freezes assets and exposes anyone who deals with the "
        "target to penalties."
    )
    assert "sanctions.designation" not in _tags("Why nobody wants to be on the sanctions list", text)


def test_designated_groups_a_bank_supported_are_background() -> None:
    text = (
        "Ana Foo was sentenced to 30 months for exporting goods to Xland's Bar Bank. The government noted "
        "that the bank has supported designated terrorist organisations, among them the Qurban Brigade."
    )
    assert "sanctions.designation" not in _tags("Exporter sentenced over goods for Xland bank", text)


def test_the_grounds_on_which_parties_may_be_listed_are_procedure() -> None:
    text = (
        "BIS released a proposed rule that would widen the grounds on which foreign parties may be put on "
        "the Entity List."
    )
    tags = _tags("BIS proposes wider grounds for listing", text)
    assert "entity_list.addition" not in tags
    assert "export_control.other" in tags


def test_a_party_that_may_ask_to_have_its_entry_changed_changes_none() -> None:
    text = (
        "BIS published a final rule setting out the criteria for putting foreign parties on the Entity "
        "List. The rule also states that a listed party may ask BIS to remove or modify its entry."
    )
    tags = _tags("BIS publishes Entity List criteria", text)
    assert not tags & {"entity_list.removal", "entity_list.revision"}


def test_a_denial_order_issued_before_the_story_is_background() -> None:
    text = (
        "A lawyer wrote that the Foo 51 powerboat had reached Xland. In January the Bureau of Industry and "
        "Security had issued a temporary denial order meant to stop Bar Marine from shipping the boat."
    )
    assert "other_list.change" not in _tags("Powerboat reaches Xland", text)


def test_the_model_adds_no_entity_list_action_to_a_rule_on_the_list_s_criteria() -> None:
    news = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "BIS widens the criteria for the Entity List",
            "text": "BIS published a final rule that widens the criteria for putting foreign parties on the "
            "Entity List. No party was added or removed by the rule.",
        }
    )
    tags = {t.id for t in classify(news, model=_always("entity_list.addition")).tags}
    assert tags == {"export_control.other"}


def test_a_surname_alone_beside_the_full_name_is_the_same_party() -> None:
    names = _names(
        "State Department designates Qurban leader Haniyah and two groups as global terrorists",
        "The State Department on Wednesday designated Ismail Haniyah, head of the Qurban political bureau, "
        "as a Specially Designated Global Terrorist.",
    )
    assert "Ismail Haniyah" in names
    assert "Haniyah" not in names


def test_a_bill_passed_by_a_chamber_sets_nothing() -> None:
    text = (
        "The Senate on Tuesday passed a bill that would make the Commerce Department report each year on "
        "licence applications for entities in Country Group D:5 countries that are on the Entity List, with "
        "the ECCNs of the items; the House passed it in May."
    )
    assert _tags("Senate passes bill requiring Commerce to report on Xland licences", text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury official said the new rules would let U.S. companies obtain Treasury licences to sell "
        "food and medicine to Xland.",
        "The affidavit said the company had tried without success for two years to obtain export licences "
        "for its more sophisticated products for Xland.",
    ],
)
def test_licences_a_class_may_obtain_or_a_company_failed_to_obtain_decide_none(text: str) -> None:
    assert "license.decision" not in _tags("Export licences and Xland", text)


def test_bis_guidance_for_exporters_is_an_export_control_item() -> None:
    text = (
        "The Commerce Department's Bureau of Industry and Security issued guidance on Tuesday on steps "
        "exporters can take to keep their goods from being diverted to Xland's missile programme."
    )
    assert _tags("BIS tells exporters how to guard against diversion", text) == {"export_control.other"}


def test_a_party_named_a_military_end_user_is_an_other_list_change() -> None:
    text = (
        "The Commerce Department's Bureau of Industry and Security designated the Foo Group as a Russian "
        "'military end user' under the Export Administration Regulations."
    )
    tags = _tags("Commerce designates Foo Group a Russian 'military end user'", text)
    assert "other_list.change" in tags
    assert "sanctions.designation" not in tags


def test_a_trade_complaint_charging_that_taxes_subsidise_exports_is_no_enforcement() -> None:
    text = (
        "Washington was drafting options against Xland in a dispute over its export taxes. The case had been "
        "filed by a processors' association, which charged that the differential taxes implicitly subsidised "
        "Xland's soyproduct exports."
    )
    assert "export_control.other" not in _tags("U.S. drafts retaliation in Xland soy case", text)


def test_a_denial_and_a_penalty_both_suspended_deny_nothing() -> None:
    text = (
        "Under the settlement Ana Foo agreed to a $75,000 civil penalty and a three-year denial of export "
        "privileges, both suspended for three years on condition that she commits no further violations."
    )
    assert "other_list.change" not in _tags("Exporter settles BIS charges over parts for Xland", text)


def test_a_foreign_leader_signing_his_own_law_is_out_of_scope() -> None:
    # The scope check reads a real leader's title; the wording is invented.
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Putin signs law allowing countermeasures against Western sanctions",
            "text": "Russian President Vladimir Putin on Monday signed a law allowing countermeasures "
            "against countries that take unfriendly actions.",
        }
    )
    assert out_of_scope(document) is not None


def test_a_law_said_to_set_no_licence_requirement_sets_none() -> None:
    text = (
        "The Foo Trade Promotion Act became law on Monday. It helps small firms form export trading "
        "companies and shields their joint export conduct from antitrust suits. The act sets no export "
        "licence requirement and changes no control list."
    )
    assert "license.requirement" not in _tags("Foo Trade Promotion Act becomes law", text)


def test_a_party_that_had_earlier_been_blacklisted_is_background() -> None:
    text = (
        "Customs officers questioned three men, among them Ivan Foo, who ran a small computer firm and had "
        "earlier been put on a U.S. blacklist for dealings with Xland."
    )
    assert "entity_list.addition" not in _tags("Customs hold computers bound for Xland", text)


def test_a_settlement_barring_denial_of_the_allegations_denies_no_privileges() -> None:
    text = (
        "Foo Imports LLC agreed to pay a $98,000 civil penalty to settle charges over unlicensed exports "
        "to Xland. Under the settlement the company may not publicly deny the allegations and risks losing "
        "its export privileges if it breaks the agreement."
    )
    tags = _tags("Foo Imports pays $98,000 to settle export charges", text)
    assert "other_list.change" not in tags
    assert "export_control.other" in tags


def test_testimony_recalling_the_export_act_lapse_decides_nothing() -> None:
    text = (
        "The Commerce under secretary told a House subcommittee on Wednesday that a short extension of the "
        "Export Administration Act, which had lapsed five years earlier, would be better than running "
        "controls under the International Emergency Economic Powers Act."
    )
    assert _tags("Official urges Congress to renew the export act", text) == set()


def test_a_seizure_of_goods_about_to_leave_is_an_export_control_item() -> None:
    text = (
        "Customs officers seized a container of U.S.-made computers at the port of Foo just before it was "
        "to board a ferry. The load was officially bound for Xland."
    )
    assert _tags("Customs seize computers at Foo port", text) == {"export_control.other"}


def test_a_review_of_licensing_procedures_is_an_export_control_item() -> None:
    tags = _tags(
        "Comment Request Regarding the Effectiveness of Licensing Procedures for Exportation of "
        "Agricultural Commodities to Xland",
        source="federal_register",
        document_type="PRORULE",
        agencies=["Treasury Department", "Foreign Assets Control Office"],
    )
    assert tags == {"export_control.other"}


def test_ofac_alphabetical_listing_rule_is_a_programme_rule() -> None:
    tags = _tags(
        "Alphabetical Listing of Blocked Persons, Blocked Vessels, Specially Designated Nationals and "
        "Specially Designated Terrorists",
        source="federal_register",
        document_type="RULE",
        agencies=["Treasury Department", "Foreign Assets Control Office"],
    )
    assert tags == {"sanctions.regulation"}


def test_health_care_programme_penalties_are_no_export_enforcement() -> None:
    tags = _tags(
        "Health Care Programs: Fraud and Abuse; Revised OIG Civil Money Penalties",
        "This rule revises the Inspector General's exclusion and civil money penalty authorities, "
        "enhancing its administrative sanction authority over Medicare fraud.",
        source="federal_register",
        document_type="RULE",
        agencies=[
            "Health and Human Services Department",
            "Inspector General Office, Health and Human Services Department",
        ],
    )
    assert "export_control.other" not in tags


def test_a_programme_continued_recalls_what_its_order_does() -> None:
    text = (
        "The White House has extended for another year the national emergency behind the sanctions order "
        "against Xland. The order bars U.S. exports to Xland other than food and medicine and freezes the "
        "assets of certain Xland officials. The Treasury has so far sanctioned about 20 individuals, "
        "including the intelligence chief Ivan Foo."
    )
    assert _tags("President keeps the Xland sanctions order for another year", text) == {
        "sanctions.regulation"
    }


def test_a_designation_dated_by_its_year_is_background_to_a_case() -> None:
    text = (
        "The Justice Department unsealed an indictment charging Ivan Foo, the Xland magnate whom the "
        "Treasury sanctioned in 2018, with conspiring to evade those sanctions."
    )
    assert "sanctions.designation" not in _tags("U.S. charges Ivan Foo with violating sanctions", text)


def test_fcc_equipment_authorisations_are_no_export_licences() -> None:
    text = (
        "The Federal Communications Commission added Foo Drones to its Covered List. Equipment on the list "
        "cannot receive new FCC equipment authorisations, so new models cannot be sold or imported."
    )
    assert "license.decision" not in _tags("FCC puts Foo Drones on its Covered List", text)


def test_the_eu_publishing_its_own_regulation_is_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "EU publishes regulation phasing out Xland gas imports",
            "text": "The regulation introduces a step-by-step ban on imports of Xland gas; customs "
            "authorities will grant the prior authorisations for the exemptions.",
        }
    )
    assert out_of_scope(document) is not None


def test_a_yearly_count_of_licence_requests_decides_none() -> None:
    text = (
        "Commerce received about 110,000 licence requests a year and sent roughly 15 percent of them to "
        "the Pentagon for review."
    )
    assert "license.decision" not in _tags("License lag stirs debate on exports", text)


def test_a_law_ending_a_ban_on_exporting_goods_is_a_licence_requirement() -> None:
    text = (
        "The President signed the bill into law on Tuesday, ending the 22-year ban on exporting crude oil "
        "from the Foo field. The same law gave royalty relief for leases in the Gulf of Mexico."
    )
    classified = classify(
        item_to_document({"id": "t", "source": "news", "title": "Foo oil bill signed", "text": text})
    )
    assert {t.id for t in classified.tags} == {"license.requirement"}
    assert "Mexico" not in {c.name for c in classified.countries}


def test_transactions_of_one_company_blocked_designate_it() -> None:
    text = (
        "U.S. authorities acted near Cleveland on Monday, when they blocked transactions by Foo Machine "
        "Corp., an Ohio tool maker that Xland interests had bought, under the Xland sanctions."
    )
    assert "sanctions.designation" in _tags("U.S. draws the Xland embargo tighter", text)


def test_an_order_naming_its_first_targets_designates_them() -> None:
    text = (
        "The President signed an executive order that lets Washington freeze the assets of people who "
        "supply surveillance technology to Xland. At the same time the order named its first targets: the "
        "Xland Ministry of Intelligence and the internet firm Foo Telecom."
    )
    assert "sanctions.designation" in _tags("New order creates sanctions over Xland surveillance", text)


def test_an_entity_list_correction_notice_revises_entries() -> None:
    tags = _tags(
        "Entity List Additions; Corrections",
        source="federal_register",
        document_type="RULE",
        agencies=["Industry and Security Bureau"],
    )
    assert "entity_list.revision" in tags


def test_arms_agreements_signed_with_a_buyer_are_a_licence_decision() -> None:
    text = (
        "The President attended the signing in the Xland capital of agreements for U.S. defence equipment "
        "worth close to $110 billion."
    )
    assert "license.decision" in _tags(
        "President and Xland king sign $110 billion in U.S. arms agreements", text
    )


def test_licences_counted_and_suspended_decide_no_one_licence() -> None:
    text = (
        "After the rules were announced more than 400 issued export licences and some 300 pending "
        "applications for Xland were temporarily suspended."
    )
    assert "license.decision" not in _tags("Stricter licensing for computers bound for Xland", text)


def test_a_hotline_for_tips_on_export_violations_is_an_export_control_item() -> None:
    text = (
        "The Commerce Department has set up a telephone hotline, staffed around the clock, to collect "
        "information about possible violations of the Export Administration Act."
    )
    assert _tags("Commerce opens hotline for export violation tips", text) == {"export_control.other"}


def test_the_ec_commission_granting_its_own_licences_is_out_of_scope() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "EC Commission grants export licences - trade",
            "text": "The cereal management committee granted export licences for 5,000 tonnes of wheat.",
        }
    )
    assert out_of_scope(document) is not None


def test_no_amendments_to_a_programme_amend_nothing() -> None:
    text = (
        "In his report to Congress the President said there had been no amendments to the Xland Sanctions "
        "Regulations since July."
    )
    assert "sanctions.regulation" not in _tags("Report on the Xland national emergency", text)


def test_what_an_earlier_rule_added_is_background_to_a_removal() -> None:
    text = (
        "On November 18, 1998, the Bureau published a rule in the Federal Register (63 FR 64322) that added "
        "certain Xland entities to the Entity List. This rule removes 51 Xland entities and re-designates "
        "one existing entry on the list as a government entity."
    )
    tags = _bis_rule_tags("Entity List: Removal of Entities", ["15 CFR 744"], text)
    assert "entity_list.removal" in tags
    assert "entity_list.addition" not in tags
    assert "sanctions.designation" not in tags


def test_an_ofac_settlement_naming_a_general_licence_is_enforcement() -> None:
    text = (
        "OFAC announced a $133,860 settlement with an unnamed U.S.-based individual over apparent violations "
        "of the Xland sanctions regulations. OFAC said the family link did not bring the payments under the "
        "general licence for personal remittances."
    )
    assert _tags("OFAC settles with an individual over Xland payments", text) == {"export_control.other"}


def test_a_bank_settling_findings_of_sanctions_violations_is_enforcement() -> None:
    text = (
        "Foo Bank agreed to pay $258 million to settle findings that it cleared dollar payments for "
        "customers subject to U.S. sanctions."
    )
    assert _tags("Foo Bank to pay $258 million over sanctions-evading payments", text) == {
        "export_control.other"
    }


def test_parties_added_to_the_pentagon_1260h_list_are_no_entity_list_addition() -> None:
    tags = _tags(
        "Xland answers the Pentagon by listing ten Foo firms",
        "The Defense Department added 65 entities, including Foo Tech and Bar Motors, to its Section 1260H "
        "list of Chinese military companies on June 8. Two weeks later the Xland commerce ministry put ten "
        "companies on its own Export Control Entity List.",
    )
    assert "entity_list.addition" not in tags


def test_part_of_the_sanctions_a_country_has_been_kept_under_eased_is_its_programme() -> None:
    tags = _tags(
        "President relaxes trade curbs on North Korea",
        "The President decided on Friday to ease part of the sanctions the United States has kept on North "
        "Korea since the Korean War.",
    )
    assert "sanctions.regulation" in tags


def test_a_presidential_message_on_a_countrys_sanctions_is_its_programme() -> None:
    tags = _tags(
        "Message to the Congress Reporting on the Economic Sanctions Against Libya",
        "In a periodic message the President reported on the measures he had taken a year earlier.",
    )
    assert "sanctions.regulation" in tags


def test_a_chamber_voting_to_approve_a_waiver_decides_no_licence() -> None:
    tags = _tags(
        "Senate moves to waive ban on arms sales to Xland",
        "The Senate voted 55 to 45 on Thursday to approve a waiver of the ban on arms sales to Xland, which "
        "would let it take delivery of equipment held up since 1990.",
    )
    assert "license.decision" not in tags


def test_parties_named_under_the_kingpin_act_are_designated() -> None:
    tags = _tags(
        "U.S. blacklists two associates of trafficker Foo Bar",
        "The Office of Foreign Assets Control said on Wednesday that it had named two women as money "
        "launderers for the network of Foo Bar under the Kingpin Act. Their assets are frozen.",
    )
    assert "sanctions.designation" in tags
    assert "entity_list.addition" not in tags


def test_a_licence_issued_later_in_a_sentenced_exporters_story_is_no_decision() -> None:
    tags = _tags(
        "Exporter jailed over radio gear challenges sentence after U.S. issues a licence for similar items",
        "Foo Bar is contesting his 30-month sentence for conspiring to export radio gear to Xland; he "
        "pleaded guilty last year. His lawyers argue that the government afterwards issued a licence that "
        "authorises exports of the same kind of gear.",
    )
    assert "license.decision" not in tags
    assert "export_control.other" in tags


def test_a_standard_notice_printed_on_every_licence_is_licensing_practice() -> None:
    tags = _tags(
        "BIS to print a standard notice on every new export licence",
        "The Bureau of Industry and Security said that all new licences it issues for exports will carry a "
        "standard clarifying notice. The notice states that BIS granted the licence relying on the "
        "applicant's representations.",
    )
    assert "license.decision" not in tags
    assert "export_control.other" in tags


def test_a_fine_and_all_us_export_privileges_denied_are_enforcement_and_a_denial() -> None:
    tags = _tags(
        "Businessman fined for smuggling computers",
        "The Commerce Department announced on Monday that Foo Bar, a fugitive businessman, has been fined "
        "$1.24 million and denied all U.S. export privileges for 30 years.",
    )
    assert tags == {"export_control.other", "other_list.change"}


def test_us_export_privileges_denied_for_a_term_are_a_denial_and_the_civil_penalty_enforcement() -> None:
    tags = _tags(
        "Commerce fines a Bartown firm and bars it from exporting",
        "A Bureau of Industry and Security order closed a case against Foo Associates, Inc. and its "
        "president, Jan Bar. Each respondent received a $100,000 civil penalty, and both were denied U.S. "
        "export privileges for ten years, until February 26, 2028.",
    )
    assert tags == {"export_control.other", "other_list.change"}
    # A denial told as a party's status when another firm dealt with it is no order.
    tags = _tags(
        "Forwarder settles a charge of dealing with a denied person",
        "The Bureau of Industry and Security said Foo Logistics facilitated an export to a company in Xland "
        "that was, at the time, denied U.S. export privileges.",
    )
    assert "other_list.change" not in tags


def test_an_investigation_of_claims_that_a_firm_broke_export_controls_is_enforcement() -> None:
    for text in (
        "The administration is investigating allegations that the Xland computer maker Foo has been selling "
        "Yland machine tools in violation of Western export restrictions, officials said.",
        "The Commerce Department is investigating reports that two firms evaded the computer embargo on "
        "Yland.",
    ):
        assert "export_control.other" in _tags("Washington looks into Foo sales", text), text
    text = "The maritime commission is investigating reports that Xland is denying port access to vessels."
    assert "export_control.other" not in _tags("Commission looks into port access", text)


def test_an_order_suspending_a_firms_export_privileges_is_a_denial() -> None:
    tags = _tags(
        "Bartown company loses export rights",
        "The Commerce Department on Monday issued a temporary order suspending for 60 days the export "
        "privileges of Foo Bar and his firm, Baz Tool.",
    )
    assert "other_list.change" in tags


def test_a_grain_inspection_and_weighing_waiver_is_no_licence_decision() -> None:
    tags = _tags(
        "Grain exporters keep their Export Inspection and Weighing Waiver for container shipments",
        "The grain inspection service extended for two years a waiver for grain exported in containers from "
        "the mandatory inspection and weighing requirements.",
    )
    assert "license.decision" not in tags


def test_a_bis_rule_on_encryption_registration_is_an_export_control_item() -> None:
    tags = _bis_rule_tags(
        "Clarification of Grace Period for Encryption Registration Requirement",
        ["15 CFR 740", "15 CFR 742"],
        "This rule clarifies the intent of the encryption registration requirement that appeared in a rule "
        "published on June 25. It also corrects the e-mail address of the public contact.",
    )
    assert tags == {"export_control.other"}


def test_a_denial_a_settlement_holds_over_a_breach_of_its_terms_denies_nothing() -> None:
    tags = _tags(
        "Freight forwarder avoids BIS fine after illegal exports to Xland",
        "Foo Cargo settled with the Bureau of Industry and Security without paying a civil penalty. Under "
        "the agreement it is on two years' probation and faces a two-year denial of export privileges if "
        "it breaks the terms.",
    )
    assert "other_list.change" not in tags
    assert "export_control.other" in tags


def test_a_forfeiture_complaint_over_goods_seized_for_export_is_enforcement() -> None:
    tags = _tags(
        "Justice Department seeks forfeiture of two trainers bound for a foreign military",
        "The Justice Department filed a forfeiture complaint over two flight trainers seized in 2024. "
        "Prosecutors allege they were bound for the Xland military from an academy on the Commerce "
        "Department's Entity List.",
    )
    assert tags == {"export_control.other"}


def test_an_exception_to_the_time_limit_for_deciding_licence_applications_is_licensing_practice() -> None:
    tags = _tags(
        "New processing time exception announced by DDTC",
        "The Directorate of Defense Trade Controls published a notice adding a sixth exception to the 60-day "
        "limit for deciding export licence applications.",
    )
    assert tags == {"export_control.other"}


def test_a_recommended_general_licence_and_one_expected_decide_nothing() -> None:
    tags = _tags(
        "State Department recommends that OFAC issue general licence for software exports to Xland",
        "The State Department notified Congress, recommending that Treasury's Office of Foreign Assets "
        "Control issue a general licence for downloads of free software to Xland. The blog expected OFAC "
        "to issue the licence early next year.",
    )
    assert "license.decision" not in tags
    assert "sanctions.regulation" not in tags


def test_a_listing_before_a_temporary_general_licence_is_its_background() -> None:
    tags = _tags(
        "Commerce extends Foo's temporary general licence a third time",
        "The Bureau of Industry and Security extended the temporary general licence for exports to Foo "
        "Corporation, letting suppliers use the licence exceptions that applied before the firm was put on "
        "the Entity List on 8 March 2016. BIS has said it will keep renewing the licence while the company "
        "cooperates.",
    )
    assert tags == {"license.requirement"}


def test_a_chamber_voting_down_a_resolution_to_block_an_arms_sale_lets_it_go_ahead() -> None:
    tags = _tags(
        "Senate narrowly backs munitions sale to Xland",
        "The Senate voted 53 to 47 against a joint resolution that would have blocked the sale of about $510 "
        "million in precision-guided munitions to Xland.",
    )
    assert "license.decision" in tags


def test_the_treasury_designating_a_named_firm_is_a_designation() -> None:
    tags = _tags(
        "U.S. blacklists Foo Financial Society over Xland accounts",
        "The U.S. Treasury had on Wednesday designated the Foo Financial Society and frozen its U.S. assets.",
    )
    assert tags == {"sanctions.designation"}


def test_a_corpus_item_typed_by_the_apis_name_is_read_as_the_watchers_code() -> None:
    # The watcher turns the API's "Rule" into "RULE"; an item written either way is the same document.
    item = {"id": "t", "source": "federal_register", "title": "T", "document_type": "Rule"}
    document = item_to_document(item)
    assert document.document_type == "RULE"


def test_an_order_suspending_general_and_specific_licences_for_a_destination_decides_no_ones() -> None:
    tags = _tags(
        "General and Specific Licenses Authorizing Exports of Reactor Components to Xland; Order Suspending "
        "Licenses",
        "The licensees subject to this order are authorized through general and specific licenses to export "
        "reactor components to Xland.",
        source="federal_register",
        document_type="NOTICE",
        agencies=["Nuclear Regulatory Commission"],
    )
    assert "license.decision" not in tags


def test_a_refusal_to_let_parts_be_supplied_is_a_licence_decision() -> None:
    tags = _tags(
        "U.S. sanctions block Xland naval repairs in Britain",
        "The minister said the United States was refusing to let spare parts be supplied for Xland Navy jets "
        "under repair in Britain, citing the sanctions imposed after the nuclear tests.",
    )
    assert "license.decision" in tags


def test_a_presidential_certification_of_named_sales_is_a_licence_decision() -> None:
    tags = _tags(
        "President clears way for high-tech goods to Xland",
        "The President certified to Congress that two sales of high-technology goods to Xland would not harm "
        "the U.S. space launch industry.",
    )
    assert "license.decision" in tags


def test_a_lobbys_complaint_about_stalled_licence_processing_decides_nothing() -> None:
    tags = _tags(
        "Business lobby urges end of new export curbs",
        "The trade group also complained that Commerce had sharply slowed, and at times halted, the "
        "processing of export licence applications for Xland customers.",
    )
    assert "license.decision" not in tags


def test_smuggling_goods_out_of_the_united_states_is_an_export_offence() -> None:
    tags = _tags(
        "In Xland, U.S. charges meet official silence",
        "Commentators reacted angrily to U.S. charges that Xland officials tried to smuggle carbon-carbon, a "
        "missile material, out of the United States.",
    )
    assert "export_control.other" in tags


def test_a_duty_charged_per_dollar_of_exports_is_no_charge_of_an_offence() -> None:
    tags = _tags(
        "Xland to raise taxes on crop exports",
        "Xland will tax exports of farm goods to close its budget gap: shipments would be charged four pesos "
        "per dollar, which the president called a bad tax that works against more exports.",
    )
    assert "export_control.other" not in tags


def test_a_charge_of_breaching_the_us_embargo_on_a_country_is_an_export_offence() -> None:
    # The story never says "export": the embargo it broke is the export control.
    tags = _tags(
        "Two traders indicted over helicopter parts",
        "A federal grand jury indicted two traders, Ivan Foo and Ann Bar, on charges of trying to obtain "
        "military helicopter parts for Iran in breach of American embargoes.",
    )
    assert "export_control.other" in tags


def test_men_charged_with_supplying_goods_to_an_embargoed_country_are_an_export_case() -> None:
    tags = _tags(
        "Six men charged over satellite equipment",
        "Six men have been charged in the United States with supplying satellite equipment and technology "
        "to Iran. The charges include conspiracy and violating the embargo on Iran.",
    )
    assert "export_control.other" in tags


def test_an_export_charge_of_some_percent_is_a_levy_not_a_charge_of_an_offence() -> None:
    tags = _tags(
        "Xland's lumber export charge law passes",
        "When prices are low, Xland's exporting regions collect an export charge of 5 to 15 percent, or a "
        "lower charge combined with volume limits, and shipments need Xland export permits.",
    )
    assert "export_control.other" not in tags


def test_a_complaint_charging_an_unlicensed_export_rules_out_a_new_licence_requirement() -> None:
    # The goods' need of a licence is the offence's background, told by a blog after the charge.
    tags = _tags(
        "Woman charged with taking autopilots to Xland without a licence",
        "Prosecutors filed a criminal complaint charging Ann Foo with exporting miniature autopilots to "
        "Xland without the required export licence. A trade blog noted that such guidance systems are "
        "classified under ECCN 9A012 and need a Commerce licence for Xland.",
    )
    assert "export_control.other" in tags
    assert "license.requirement" not in tags


def test_a_listing_dated_months_before_the_story_is_its_background() -> None:
    tags = _tags(
        "Chipmaker faces penalty over chip found in Foo processor",
        "Investigators are looking at chips made for Bar Tech, a designer, after one was found inside Foo's "
        "processor. Bar Tech itself was put on the Entity List in January 2025.",
    )
    assert "entity_list.addition" not in tags


def test_an_order_that_companies_get_licences_before_exporting_is_a_licence_requirement() -> None:
    # Told beside one exporter's denial, the order is still a requirement of its own.
    tags = _tags(
        "Commerce moves to deny Foo Energy's gas cargoes to Xland",
        "Foo Energy said the Commerce Department had notified it of an intent to deny planned export cargoes "
        "to Xland. The notice followed Commerce's instruction last month that U.S. companies get licences "
        "before exporting ethane and butane to Xland.",
    )
    assert {"license.requirement", "license.decision"} <= tags


def test_no_licence_approved_without_an_officials_concurrence_is_a_review_rule_not_a_decision() -> None:
    tags = _tags(
        "Licences for Xland held up",
        "The Commerce Department said that since April 3 no export licence application for Xland would be "
        "approved without the concurrence of the assistant secretary for export administration.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags


def test_an_ofac_rule_amending_its_regulations_is_a_sanctions_regulation() -> None:
    tags = _tags(
        "Updating Contact Information and Grammatical Terminology in OFAC Regulations",
        "The Office of Foreign Assets Control is adopting a final rule to update contact information and "
        "grammatical terminology in existing regulations.",
        source="federal_register",
        document_type="RULE",
        agencies=["Treasury Department", "Foreign Assets Control Office"],
    )
    assert "sanctions.regulation" in tags


def test_settling_an_export_control_investigation_is_enforcement() -> None:
    tags = _tags(
        "Chipmaker could face a record penalty",
        "Foo Semiconductor could have to pay $1 billion or more to settle a Commerce Department "
        "export-control investigation, two people familiar with the matter said.",
    )
    assert "export_control.other" in tags


def test_a_review_of_the_whole_export_control_system_is_an_export_control_item() -> None:
    for text in (
        "The White House said the President had launched an interagency process to review the whole U.S. "
        "export control system, covering dual-use and defence trade.",
        "The President signed a directive ordering recommendations by January 29 for overhauling the U.S. "
        "export control system.",
    ):
        assert "export_control.other" in _tags("White House moves on exports", text), text


def test_an_exemption_from_sanctions_so_that_a_named_firm_can_deliver_is_a_licence_decision() -> None:
    tags = _tags(
        "President lets jets go to Xland",
        "The President granted an exemption from his month-old sanctions against Xland so that Foo Aircraft "
        "could deliver four passenger jets to the country's airline, the State Department said.",
    )
    assert "license.decision" in tags


def test_a_presidents_report_on_a_countrys_national_emergency_is_its_programme() -> None:
    tags = _tags(
        "President's periodic report to Congress on the Libya emergency",
        "A message from the President reporting on the national emergency with respect to Libya was laid "
        "before the House. The resolution freezes worldwide certain financial assets owned or controlled by "
        "the Government of Libya.",
    )
    assert "sanctions.regulation" in tags
    assert "sanctions.designation" not in tags


def test_sanctions_brought_into_line_with_a_resolution_designate_no_one() -> None:
    tags = _tags(
        "President reports on the Xland emergency",
        "The prohibitions were continued and enlarged a week later to bring U.S. sanctions into line with "
        "the Security Council's resolution.",
    )
    assert "sanctions.designation" not in tags


def test_a_country_recognised_as_a_regimes_member_is_an_export_control_item() -> None:
    tags = _bis_rule_tags(
        "Export Administration Regulations: Update of Arms Embargoes on Xland, and Recognition of India as "
        "Member of Missile Technology Control Regime",
        [],
        "",
    )
    assert "export_control.other" in tags


def test_paying_a_penalty_under_an_export_control_deal_is_enforcement() -> None:
    tags = _tags(
        "Commerce reaches deal with Foo Telecom",
        "Under the deal Foo Telecom pays a $1 billion penalty and replaces its board, after Commerce found "
        "it had lied about its exports to Xland.",
    )
    assert "export_control.other" in tags


def test_urging_the_treasury_not_to_lift_sanctions_delists_no_one() -> None:
    tags = _tags(
        "Treasury extends wind-down licences",
        "The extension came as Senator Foo urged Treasury Secretary Bar not to lift sanctions on Ivan Baz.",
    )
    assert "sanctions.designation" not in tags


def test_a_bill_that_would_bar_a_removal_and_block_waivers_removes_and_decides_nothing() -> None:
    tags = _tags(
        "Lawmakers file bill on Foo Telecom",
        "The bill would bar the removal of Foo Telecom from the Commerce Department's Entity List without an "
        "act of Congress, and let Congress block waivers allowing U.S. companies to do business with Foo.",
    )
    assert not {"entity_list.removal", "license.decision"} & tags


def test_implementing_entity_list_annual_review_changes_revises_entries() -> None:
    tags = _bis_rule_tags(
        "Addition of Certain Persons to the Entity List: Implementation of Entity List Annual Review Changes",
        ["15 CFR 744"],
        "",
    )
    assert {"entity_list.addition", "entity_list.revision"} <= tags


def test_the_arms_regulations_named_in_a_private_lawsuit_are_no_government_act() -> None:
    # A student suing to overturn a control is his news, not the government's.
    tags = _tags(
        "Student sues over code export rules",
        "Ivan Foo, a graduate student, filed suit in federal court to overturn restrictions on exporting "
        "his encryption program. The State Department had told him a licence was needed under the "
        "International Traffic in Arms Regulations.",
    )
    assert "export_control.other" not in tags
    assert "export_control.other" in _tags(
        "State revises arms rules",
        "The State Department amended the International Traffic in Arms Regulations to revise a definition.",
    )


def test_a_bills_provisions_that_would_let_exporters_sell_decide_no_licence() -> None:
    tags = _tags(
        "House panel rebuffs the administration on encryption",
        "The committee voted for a bill with provisions proposed by Representative Foo that would let "
        "software publishers export programs with any kind of encryption.",
    )
    assert "license.decision" not in tags


def test_lifting_defence_trade_restrictions_on_a_country_is_a_licence_requirement() -> None:
    tags = _tags(
        "U.S. lifts defence trade restrictions on Xland",
        "The Secretary of State lifted U.S. defence trade restrictions on Xland for the next fiscal year, "
        "the State Department said.",
    )
    assert "license.requirement" in tags


def test_sanctions_exceptions_renewed_for_named_countries_are_licence_decisions() -> None:
    for title, text in (
        ("Secretary renews Xland oil-sanctions exceptions for Foo and Bar", ""),
        (
            "Buyers keep their exceptions",
            "The Secretary of State said Foo and Bar had again qualified for an exception to the sanctions, "
            "having cut their purchases of Xland crude.",
        ),
    ):
        assert "license.decision" in _tags(title, text), title


def test_a_bank_taken_off_ofacs_part_561_list_is_a_sanctions_list_change() -> None:
    # OFAC's list of foreign banks barred from U.S. correspondent accounts is a sanctions list of its own.
    tags = _tags(
        "OFAC takes Foo Islamic Bank off its Part 561 list",
        "The Treasury's Office of Foreign Assets Control has removed Xland's Foo Islamic Bank from its "
        "Part 561 List after the bank froze the accounts of a sanctioned bank.",
    )
    assert "sanctions.designation" in tags


def test_a_blacklisting_told_in_the_past_perfect_is_background() -> None:
    tags = _tags(
        "President says Foo Telecom could be part of a trade deal",
        "The president said Foo Telecom was very dangerous but could be part of a trade deal. The trade war "
        "had escalated in recent weeks, and Washington had also put Foo Telecom on a trade blacklist.",
    )
    assert "entity_list.addition" not in tags


def test_a_presidential_order_titled_for_imports_from_a_country_is_its_programme() -> None:
    tags = _tags(
        "Imports From Libya",
        "",
        source="federal_register",
        document_type="PRESDOCU",
        agencies=["Executive Office of the President"],
    )
    assert "sanctions.regulation" in tags


def test_a_sentence_to_probation_in_an_export_case_is_enforcement() -> None:
    # The verdict before it is told in the past perfect; the sentence is the news.
    tags = _tags(
        "Foo Materials fined and its executives put on probation",
        "A federal court sentenced Ivan Foo and Ann Bar, executives of Foo Materials Inc., to three years of "
        "probation and fined the company $250,000. They had been found guilty of conspiring to export a "
        "control panel to a Xland missile laboratory without a licence.",
    )
    assert "export_control.other" in tags


def test_a_private_patent_licence_granted_in_a_settlement_decides_no_export_licence() -> None:
    tags = _tags(
        "Foo settles patent fight with Bar",
        "Foo Inc. agreed to pay $600 million to end the dispute. In return Bar granted Foo a virtually "
        "perpetual licence covering all its products, with the right to grant sublicences, so that Foo could "
        "sell and export free of any claim.",
    )
    assert "license.decision" not in tags


def test_a_regulators_licence_for_low_power_testing_of_a_plant_is_no_export_licence() -> None:
    tags = _tags(
        "Commission approves low-power licence for Foo plant",
        "The Nuclear Regulatory Commission approved a licence for low-power testing of the Foo nuclear "
        "plant. The plant's owners hope to export power to a neighbouring grid.",
    )
    assert "license.decision" not in tags


def test_a_consignee_named_in_a_pending_licence_application_is_a_licence_decision_under_way() -> None:
    tags = _tags(
        "Embassy checks Xland consignee",
        "The embassy's export control officer visited Foo Ltd., named as the ultimate consignee in a pending "
        "licence application filed by Bar Inc. to export a hot isostatic press.",
    )
    assert "license.decision" in tags


def test_taxes_and_charges_on_exports_are_levies_not_charges_of_an_offence() -> None:
    tags = _tags(
        "Panel rules against Xland's export duties",
        "A trade panel found that Xland's export duties and quotas broke its commitment to eliminate taxes "
        "and charges on exports.",
    )
    assert "export_control.other" not in tags


def test_a_bill_one_chamber_passed_bars_no_arms_sales_yet() -> None:
    tags = _tags(
        "Administration approves arms study",
        "The study was to back requests to sell Xland aircraft, while a House-passed foreign aid bill barred "
        "weapons sales to Xland until it entered direct talks.",
    )
    assert "license.requirement" not in tags


def test_a_settled_potential_civil_liability_is_enforcement_and_a_designee_described_is_background() -> None:
    tags = _tags(
        "Foo Bank pays OFAC $3.7 million",
        "The Office of Foreign Assets Control said Foo Bank AG agreed to pay $3,740,442 to settle its "
        "potential civil liability for 873 securities transactions that apparently violated the Cuban Assets "
        "Control Regulations. Some trades were made for a person designated under the Kingpin Act who had "
        "opened an account in 2009.",
    )
    assert "export_control.other" in tags
    assert "sanctions.designation" not in tags


def test_a_settlement_named_with_its_party_described_at_length_is_enforcement() -> None:
    tags = _tags(
        "Foo Credit pays OFAC",
        "OFAC announced a settlement with Foo Trade Credit Insurance, Inc., a Maryland-based subsidiary of "
        "the Xland insurer Foo N.V., over two apparent violations of the Foreign Narcotics Kingpin Sanctions "
        "Regulations. It had collected a debt owed by Bar S.A., a holding company that OFAC had designated "
        "under the Kingpin Act in May 2016.",
    )
    assert "export_control.other" in tags
    assert "sanctions.designation" not in tags


def test_another_countrys_anti_dumping_measures_impose_no_sanctions() -> None:
    tags = _tags(
        "Xland imposes anti-dumping deposits on U.S. grains",
        "Xland's Ministry of Commerce decided to impose anti-dumping measures on dried grains from the "
        "United States; importers must place cash deposits with customs.",
    )
    assert "sanctions.designation" not in tags


def test_named_warplanes_held_back_from_a_buyer_are_a_licence_decision() -> None:
    tags = _tags(
        "President shelves decision on jets for Xland",
        "The Secretary of State announced that six F-16s due to fly to Xland would be held back until the "
        "fighting ends.",
    )
    assert "license.decision" in tags


def test_an_office_charged_with_administering_a_law_is_charged_with_no_offence() -> None:
    tags = _tags(
        "Defence trade office moves",
        "The Office of Defense Trade Controls, the office charged with administering the Arms Export Control "
        "Act, moved to a new building on Monday.",
    )
    assert "export_control.other" not in tags


def test_investigators_examining_possible_shipments_are_an_enforcement_case() -> None:
    for text in (
        "Customs Service and Commerce Department investigators were examining possible shipments of "
        "munitions and chemicals from Foo City to Xland, the Office of Export Enforcement said.",
        "Federal prosecutors in Foo City investigated possible export-law violations in Bar Corp's purchase "
        "of zirconium from a U.S. supplier.",
    ):
        assert "export_control.other" in _tags("Agents look into shipments", text), text


def test_a_denial_a_settlement_holds_over_its_party_is_no_denial_order() -> None:
    tags = _tags(
        "BIS fines laser maker",
        "The Bureau of Industry and Security fined Foo Lasers Inc. $350,000 for shipping lasers to Xland "
        "without the required licences. Most of the penalty is waived if the company keeps to a two-year "
        "probation; otherwise BIS may revoke its export privileges.",
    )
    assert "export_control.other" in tags
    assert "other_list.change" not in tags


def test_a_private_lawsuit_against_the_government_is_the_plaintiffs_act() -> None:
    suit = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Jan Foo files suit against the State Department over encryption export ruling",
            "text": "Foo asked the court to overturn the department's decision refusing him permission to "
            "export cryptographic source code.",
        }
    )
    assert out_of_scope(suit) is not None
    assert not classify(suit).tags
    # The government's own suit is enforcement, and a headline naming the decision sued over reports it.
    for title in (
        "Justice Department sues Foo Corp over exports to Xland",
        "FBI agents file suit to seize Foo Corp's tanker cargo bound for Xland",
        "Foo Air sues OFAC for blocking a transaction and denying a licence",
    ):
        assert out_of_scope(item_to_document({"id": "t", "source": "news", "title": title})) is None, title


def test_another_governments_export_licence_for_sales_to_us_buyers_is_its_own() -> None:
    tags = _tags(
        "Canada approves U.S. gas exports by Foo Gas",
        "Canada's federal energy department issued Foo Gas Ltd an export licence to sell 10.3 billion cubic "
        "metres of natural gas to Bar Power Co of Rhode Island, Reuters reported.",
    )
    assert "license.decision" not in tags


def test_people_blacklisted_by_number_and_nationality_are_designated() -> None:
    tags = _tags(
        "Treasury lists five under rights law",
        "The Treasury Department on Monday blacklisted five Freedonians under the Magnitsky Act for human "
        "rights abuses.",
    )
    assert "sanctions.designation" in tags


def test_a_sanctions_exemption_named_by_whom_it_lets_act_is_a_licence_decision() -> None:
    tags = _tags(
        "U.S. extends Xland's exemption",
        "The United States has extended the exemption that lets Xland keep paying for gas through Foo Bank "
        "despite U.S. sanctions on the bank.",
    )
    assert "license.decision" in tags


def test_arms_sales_announced_refused_or_notified_in_a_paper_are_licence_decisions() -> None:
    for text in (
        "The administration would announce next week arms deals worth at least $20 billion with Xland and "
        "five other Gulf states.",
        "The Secretary of State later ruled out supplying the F-16 fighters Xland had long wanted.",
        "The State Department sent Congress a two-page notification proposing that aid for Xland be used to "
        "upgrade the radar of its F-16 fighters.",
    ):
        assert "license.decision" in _tags("Arms for Xland", text), text


def test_the_state_departments_end_use_monitoring_is_export_control_news() -> None:
    tags = _tags(
        "Unfavourable arms end-use checks slip",
        "The State Department's Directorate of Defense Trade Controls posted its report on Blue Lantern, its "
        "end-use monitoring programme for exported defence articles; 18 percent of cases were unfavourable.",
    )
    assert "export_control.other" in tags


def test_a_listing_told_in_the_past_perfect_with_its_date_is_background() -> None:
    tags = _tags(
        "Foo Jewellers pays OFAC",
        "Foo Jewellers agreed to pay $300,000 to settle four apparent violations of the Foreign Narcotics "
        "Kingpin Sanctions Regulations. The parcels went to Bar Holding Limited in Xland, a company OFAC had "
        "placed on its Specially Designated Nationals list under the Kingpin Act in November 2008.",
    )
    assert "export_control.other" in tags
    assert "sanctions.designation" not in tags


def test_a_sentence_for_sending_a_country_goods_and_a_case_under_investigation_are_enforcement() -> None:
    for text in (
        "A federal judge sentenced Jan Foo to 40 months in prison for sending China tiny integrated circuits "
        "used in military radar.",
        "The case under investigation involved several companies and millions of dollars' worth of "
        "controlled commodities exported without authorisation to Xland.",
    ):
        assert "export_control.other" in _tags("Export case", text), text


def test_ofac_programme_regulations_known_by_their_names_amended_or_dated_background() -> None:
    amended = _tags(
        "Report on the Xland sanctions",
        "OFAC had amended the Xlandian Trade Control Regulations, effective March 8, to add procedures for "
        "imposing civil monetary penalties.",
    )
    assert "sanctions.regulation" in amended
    background = _tags(
        "OFAC warns licence holders",
        "The notice comes after OFAC in September 2006 amended the Xlandian Sanctions Regulations to cut Foo "
        "Bank out of the general licence for U-turn payments.",
    )
    assert "sanctions.regulation" not in background


def test_a_general_licence_to_wind_down_dealings_sets_no_requirement() -> None:
    tags = _tags(
        "OFAC allows wind-down",
        "OFAC issued General License 9 allowing the wind-down of dealings with the sanctioned Foo Tankers "
        "unit until December 20.",
    )
    assert "license.requirement" not in tags


def test_a_designation_announced_in_the_past_perfect_is_the_news() -> None:
    tags = _tags(
        "Rubio names four more court officials",
        "The Secretary of State announced on August 20, 2025 that four more court officials had been "
        "designated under Executive Order 14203.",
    )
    assert "sanctions.designation" in tags


def test_a_foreign_provinces_government_and_the_euro_areas_central_bank_act_for_themselves() -> None:
    province = _tags(
        "Xland province bars toy factories from exporting",
        "The government of China's Foo province said on Thursday that 764 toy factories had lost or had "
        "suspended their export licences because of quality problems.",
    )
    assert province == set()
    bank = _tags(
        "ECB shuts Foo Bank",
        "The European Central Bank's governing council withdrew the banking licence of Foo Bank. Xland had "
        "frozen its assets after its owner was arrested in the United States on charges of evading Yland "
        "sanctions.",
    )
    assert bank == set()


def test_a_state_regulators_virtual_currency_licence_is_another_trades() -> None:
    tags = _tags(
        "State regulator issues its first licence to a payments start-up",
        "The state's Department of Financial Services said it had granted the first licence under its new "
        "virtual-currency rules to Foo Internet Financial.",
    )
    assert "license.decision" not in tags


def test_a_suspects_unlicensed_exports_are_an_enforcement_case() -> None:
    tags = _tags(
        "Technology transfer had approval, minister says",
        "The minister said he had met the ambassador about an American investigation of Foo Inc., a company "
        "suspected of sending classified U.S. military technology to Xland without the export licences the "
        "Defense and Commerce Departments require.",
    )
    assert "export_control.other" in tags


def test_an_arms_sale_put_off_and_a_purchase_cleared_are_decisions() -> None:
    shelved = _tags(
        "Administration puts off arms sale",
        "Administration officials agreed on Thursday to put off indefinitely the proposed $1.9 billion sale "
        "of arms to Xland.",
    )
    assert "license.decision" in shelved
    cleared = _tags(
        "Selling spree",
        "Pentagon officials learned that the Commerce Department had cleared the way for Xland's military to "
        "buy 15 jet engines made by Foo.",
    )
    assert "license.decision" in cleared


def test_the_world_trade_organizations_rulings_and_another_states_authority_are_theirs() -> None:
    wto = _tags(
        "WTO grants sanctions against Xland",
        "The World Trade Organization gave Yland the right to impose up to $226 million a year in "
        "retaliatory trade measures on Xland in their fight over aircraft subsidies.",
    )
    assert wto == set()
    authority = _tags(
        "Broadcasting Authority revokes a licence",
        "Malta's Broadcasting Authority announced that it had cancelled the broadcasting licence it had "
        "granted to Foo Media Limited.",
    )
    assert authority == set()


def test_a_licence_named_as_another_trades_is_that_licence_throughout() -> None:
    tags = _tags(
        "Board cancels a channel's licence",
        "The board said it had cancelled the broadcasting licence it had granted to Foo Media Limited. The "
        "channel had stopped transmitting, and with no sign it could resume, the board decided to revoke the "
        "licence.",
    )
    assert "license.decision" not in tags


def test_a_sanctions_order_in_a_headline_is_a_noun() -> None:
    tags = _tags(
        "Foo and Bar stop card services in Xland after new U.S. sanctions order",
        "Foo and Bar said on Friday they could no longer support bank cards used in Xland.",
    )
    assert "sanctions.designation" not in tags


def test_the_customs_drive_against_technology_exports_and_an_impounded_cargo_are_enforcement() -> None:
    for text in (
        "U.S. Customs presented the seizure of the computer exports in Washington as a catch of Operation "
        "Exodus.",
        "Customs officers impounded four minicomputers that were about to be trucked on to Xland.",
    ):
        assert "export_control.other" in _tags("Customs seize computers", text), text


def test_deliveries_of_military_equipment_authorised_are_a_decision() -> None:
    tags = _tags(
        "President clears held-up arms for Xland",
        "The President on Tuesday authorised the first deliveries of American military equipment to Xland "
        "since the 1989 crackdown.",
    )
    assert "license.decision" in tags


def test_an_ofac_rule_is_a_sanctions_regulation_whatever_its_title() -> None:
    tags = _tags(
        "Removing Duplicative Penalties Information and Reorganizing Certain Parts",
        "",
        source="federal_register",
        document_type="RULE",
        agencies=["Treasury Department", "Foreign Assets Control Office"],
    )
    assert tags == {"sanctions.regulation"}


def test_a_judges_acquittal_is_the_courts_ruling() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Judge acquits retired Xland general caught in Customs missile sting",
        "text": "A federal judge acquitted the general, who was caught in a Customs sting under Operation "
        "Exodus while trying to export missile parts.",
    }
    assert out_of_scope(item_to_document(item)) is not None
    assert _tags(str(item["title"]), str(item["text"])) == set()


def test_sanctions_imposed_on_a_wire_day_and_date_name_their_parties() -> None:
    tags = _tags(
        "U.S. blacklists five Xland-linked firms",
        "The U.S. Treasury imposed sanctions on Monday, June 11, 2018 on five companies and three "
        "individuals it said had helped Xland's security service.",
    )
    assert tags == {"sanctions.designation"}


def test_placement_on_the_us_blacklist_named_as_a_penalty_lists_nobody() -> None:
    tags = _tags(
        "Lawyer explains U.S. controls",
        "He listed the penalties open to Washington against foreign exporters: prison, fines and long-term "
        "placement on the U.S. blacklist.",
    )
    assert "entity_list.addition" not in tags


def test_a_sale_that_goes_ahead_unless_congress_objects_is_a_decision() -> None:
    for text in (
        "The administration said it planned to sell Xland $84 million of radar kits. The sale was expected "
        "to become final after 30 days unless Congress objected.",
        "The administration had told Congress it intended to sell fighter jets to Xland and Yland.",
    ):
        assert "license.decision" in _tags("U.S. to sell radar kits to Xland", text), text


def test_an_appeal_turned_down_in_a_commodity_jurisdiction_case_is_a_decision() -> None:
    tags = _tags(
        "State Department reaffirms ruling on a software disk",
        "The State Department turned down his second appeal in commodity jurisdiction case 012-34 and "
        "confirmed that the disk is a defense article.",
    )
    assert "license.decision" in tags


def test_a_commodity_jurisdiction_ruling_named_by_its_date_or_case_number_is_a_decision() -> None:
    tags = _tags(
        "State Department rules Foo software outside the Munitions List",
        "In a commodity jurisdiction ruling dated March 3, 1994 (case CJ-034-94), the Office of Defense "
        "Trade Controls told Foo Support that its software falls under the Commerce Department's licensing.",
    )
    assert tags == {"license.decision"}
    pending = _tags(
        "State Department fines Foo Optics",
        "Many of the shipments went out while its commodity jurisdiction request was still pending.",
    )
    assert "license.decision" not in pending


def test_an_administrative_settlement_and_an_export_without_the_required_licence_are_enforcement() -> None:
    for text in (
        "The Bureau of Industry and Security announced a $120,000 administrative settlement with Foo Parts "
        "Inc.",
        "BIS said the company had exported aircraft parts to end users in Xland without the required "
        "authorisation.",
    ):
        tags = _tags("BIS fines a parts distributor", text + " It had claimed License Exception STA.")
        assert tags == {"export_control.other"}, text


def test_charges_over_arms_bought_for_a_country_are_enforcement() -> None:
    for title, text in (
        ("Man charged with trying to buy 200 missiles for Iran", "The complaint cites IEEPA."),
        (
            "Prosecutors unseal charges",
            "Prosecutors unsealed charges against Ivan Foo, accusing him of trying to acquire Xland-made "
            "missiles for the government of Iran. The four counts include violating the International "
            "Emergency Economic Powers Act.",
        ),
    ):
        assert "export_control.other" in _tags(title, text), title


def test_another_state_opening_its_first_sentence_with_the_date_acts_on_its_own() -> None:
    for title, text in (
        ("Ottawa adds suppliers to its sanctions schedules", "The listings name 34 entities."),
        (
            "New listings name 34 entities",
            "On April 5, 2023, Canada amended its regulations to list 34 entities and designated eight "
            "persons.",
        ),
    ):
        assert _tags(title, text) == set(), title


def test_a_lawsuit_over_a_licence_denial_named_as_a_noun_is_a_decision() -> None:
    tags = _tags(
        "Fuse maker Foo sues the State Department over a blanket denial of its export licences",
        "Foo filed a complaint in federal court on Friday.",
    )
    assert "license.decision" in tags


def test_a_title_that_is_only_an_ear_parts_heading_is_an_export_control_item() -> None:
    extra = {
        "source": "federal_register",
        "document_type": "RULE",
        "agencies": ["Commerce Department", "Industry and Security Bureau"],
        "cfr_parts": ["15 CFR 744"],
    }
    assert _tags("Control Policy: End-User and End-Use Based", "", **extra) == {"export_control.other"}
    item = {"id": "t", "title": "Control Policy: End-User and End-Use Based", "text": ""} | extra
    modelled = classify(item_to_document(item), model=_always("license.requirement")).tags
    assert {t.id for t in modelled} == {"export_control.other"}
    # With words of its own, the heading says nothing against what they say.
    tags = _tags("License Exceptions", "This rule adds a new license exception for exports to Foo.", **extra)
    assert "license.requirement" in tags


def test_a_decision_to_sell_named_arms_to_a_buyer_named_after_them_is_a_decision() -> None:
    tags = _tags(
        "U.S. to sell jets",
        "The administration has decided to sell F-16 jet fighters to South Korea and expects to send the "
        "proposed sale to Congress soon.",
    )
    assert "license.decision" in tags


def test_shipments_released_before_the_licences_were_granted_are_the_violation() -> None:
    tags = _tags(
        "Export violations cost Foo $2.4m",
        "The Commerce Department fined Foo Corp. 2.4 million dollars for export-control violations. A "
        "company spokesman said employees had released the shipments before licences were granted.",
    )
    assert tags == {"export_control.other"}


def test_another_state_announcing_its_own_sanctions_acts_on_its_own() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "A second anniversary, and more sanctions",
        "text": "Norway announced a further package of sanctions on Thursday. The government said 40 persons "
        "and entities were being designated, among them organisations that supply the Xland army.",
    }
    assert _tags(str(item["title"]), str(item["text"])) == set()


def test_a_past_designation_dated_after_its_party_is_background_to_a_sanctions_case() -> None:
    tags = _tags(
        "Gang boss and an associate charged",
        "Prosecutors unsealed an indictment charging Ivan Foo and Bar Baz with conspiring to violate the "
        "U.S. sanctions imposed on Foo. The Treasury blacklisted Foo in December 2020 under a human-rights "
        "programme.",
    )
    assert tags == {"export_control.other"}


def test_a_designation_that_bars_entry_to_the_united_states_is_no_sanctions_designation() -> None:
    tags = _tags(
        "State Department bars a senator",
        "The U.S. State Department on Tuesday publicly designated Ivan Foo, president of Yland's Senate, for "
        "involvement in significant corruption, making him ineligible to enter the United States.",
    )
    assert "sanctions.designation" not in tags


def test_a_conviction_under_another_states_own_law_is_that_states_enforcement() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Court convicts two men over navigation units",
        "text": "A regional court convicted two men of illegally exporting navigation units to Iran without "
        "a licence under section 34 of Germany's Foreign Trade and Payments Act.",
    }
    assert out_of_scope(item_to_document(item)) is not None
    assert _tags(str(item["title"]), str(item["text"])) == set()


def test_a_ranked_officer_designated_under_section_7031c_is_no_sanctions_designation() -> None:
    tags = _tags(
        "State Department bars Xland's army chief and his family from the United States",
        "The State Department on Friday publicly designated General Foo Bar, commander of the Xland Army, "
        "under Section 7031(c) of the appropriations act, citing gross violations of human rights.",
    )
    assert "sanctions.designation" not in tags


def test_sanctions_imposed_under_an_order_on_a_named_person_are_a_designation() -> None:
    # Told as the Treasury's sanctions, the headline's "blacklists" is no Entity List addition.
    tags = _tags(
        "Washington blacklists Xland's envoy to the Qux rebels",
        "The U.S. Treasury on Tuesday imposed terrorism sanctions under Executive Order 13224 on Foo Bar, "
        "whom Xland had sent to Qux in October as its envoy.",
    )
    assert tags == {"sanctions.designation"}


def test_a_counted_group_of_countries_is_no_country_group() -> None:
    tags = _tags(
        "Foo Arrangement affirms export control enforcement, Commerce says",
        "The Foo Arrangement, a 33-country group which promotes restraint in transfers of dual-use goods, "
        "today affirmed the importance of export control enforcement.",
    )
    assert "license.requirement" not in tags


def test_a_power_to_designate_any_person_is_no_designation() -> None:
    tags = _tags(
        "Message to the Congress on the national emergency with respect to Xland",
        "An amendment restored wording that lets the Treasury designate any person or organisation as part "
        "of the Government of Xland.",
    )
    assert "sanctions.designation" not in tags


def test_an_appeal_against_a_denial_order_is_no_new_order() -> None:
    tags = _tags(
        "BIS throws out Foo Bar's appeal against the Qux Aviation parts denial order",
        "The Under Secretary dismissed an appeal by Xland national Foo Bar against the temporary denial "
        "order issued on June 12, accepting an administrative law judge's recommendation.",
    )
    assert "other_list.change" not in tags


def test_a_multilateral_scheme_letting_a_member_sell_is_no_licence_decision() -> None:
    tags = _tags(
        "Kimberley Process chair lets Xland sell Foo diamonds as Washington disputes consensus",
        "The chair announced that Xland could resume exports of rough diamonds from the Foo fields; the "
        "United States said no consensus had been reached.",
    )
    assert "license.decision" not in tags


def test_the_aircraft_list_by_other_names_changes_a_list() -> None:
    tags = _tags(
        "BIS names 12 more planes on its list of aircraft flown into Xland",
        "The Commerce Department's Bureau of Industry and Security added 12 foreign-built aircraft to its "
        "public list of planes that have flown into Xland in apparent violation of the Export Administration "
        "Regulations.",
    )
    assert "other_list.change" in tags


def test_denial_orders_counted_in_a_yearly_tally_deny_no_one() -> None:
    tags = _tags(
        "BIS enforcement chief counts last year's cases",
        "He said BIS investigations led to 31 people being sentenced in fiscal 2019, with 14 denial orders "
        "issued in those cases.",
    )
    assert "other_list.change" not in tags


def test_a_currency_manipulator_named_is_no_sanctions_designation() -> None:
    tags = _tags(
        "Treasury names Xland a currency manipulator",
        "The U.S. Treasury Department designated Xland and Yland as currency manipulators on Friday in its "
        "semiannual report to Congress on the foreign-exchange policies of major trading partners.",
    )
    assert "sanctions.designation" not in tags


def test_a_licence_issued_in_a_procedure_told_in_the_present_is_no_decision() -> None:
    tags = _tags(
        "State Department posts its yearly end-use monitoring report",
        "Checks are made before a licence is issued, after it is issued or after shipment, the Directorate "
        "of Defense Trade Controls said of its export compliance programme.",
    )
    assert "license.decision" not in tags


def test_a_licence_to_use_a_name_is_a_contract() -> None:
    tags = _tags(
        "Foo Resorts asks regulators to approve a Bar services and name licence deal",
        "The petition sought approval of a services agreement with Bar Hotel Corp., and the regulators must "
        "approve a Bar services and name licence before the casino opens.",
    )
    assert "license.decision" not in tags


def test_an_extradition_to_a_state_of_the_union_is_a_us_prosecution() -> None:
    tags = _tags(
        "London judge clears extradition of Briton Foo Bar over missile batteries for Xland",
        "A district judge at City of Westminster magistrates' court ruled that Foo Bar can be extradited to "
        "Texas to face charges of trying to export batteries for Xland's surface-to-air missiles.",
    )
    assert "export_control.other" in tags


def test_the_us_treasury_acting_on_its_sanctions_list_is_sanctions_beside_a_tariff() -> None:
    tags = _tags(
        "U.S. quietly lifts sanctions on Xland junta allies",
        "The U.S. Treasury on Thursday removed several allies of Xland's military rulers from its sanctions "
        "list without giving a reason. The delisting came after the junta chief asked for a lower tariff.",
    )
    assert "sanctions.designation" in tags


def test_another_state_refusing_a_licence_to_a_us_buyer_is_its_own() -> None:
    tags = _tags(
        "Norway refuses export licence for Foo portrait after U.S. buyer rejects museum offer",
        "Norway's culture minister refused to grant an export licence for the Foo portrait after its buyer "
        "declined to sell it to the national gallery.",
    )
    assert "license.decision" not in tags


def test_designated_parties_as_a_class_are_no_designation() -> None:
    tags = _tags(
        "United States seizes more websites of a designated group",
        "The seizures are critical to preventing designated entities and terrorist organizations from using "
        "U.S. websites to recruit, the Justice Department said.",
    )
    assert "sanctions.designation" not in tags


def test_a_designation_dated_earlier_in_the_year_is_background() -> None:
    tags = _tags(
        "Three Xland groups named on a new immigration list",
        "The paper contrasted the step with the Foo Front's designation earlier in 2001 under the "
        "anti-terrorism law, which bars fund-raising and requires banks to freeze the group's accounts.",
    )
    assert "sanctions.designation" not in tags


def test_export_controls_eased_for_a_class_of_goods_change_the_requirements() -> None:
    tags = _tags(
        "Commerce to ease export rules for laboratory instruments",
        "The U.S. Commerce Department relaxed its export rules for laboratory instruments bound for "
        "non-communist countries, with the new provisions applying from March.",
    )
    assert "license.requirement" in tags


def test_a_call_to_ease_export_controls_is_no_change() -> None:
    tags = _tags(
        "Exporters press Commerce on instruments",
        "Instrument makers urged the Commerce Department to relax export controls on laboratory instruments.",
    )
    assert "license.requirement" not in tags


def test_an_indictment_dated_a_year_before_is_background() -> None:
    tags = _tags(
        "U.S. freezes assets of a Xland couple and their firms",
        "The Treasury said Foo Bar, indicted in Xland the previous year for illegally exporting restricted "
        "goods to Yland, had supported the procurement network.",
    )
    assert "export_control.other" not in tags


def test_a_sale_the_government_will_not_allow_nor_let_is_no_licence_decision() -> None:
    tags = _tags(
        "Beijing demands Washington withdraw missile sanctions on Foo Trading",
        "The sanctions mean the U.S. government will not do business with the company nor let it export "
        "goods to the United States.",
    )
    assert "license.decision" not in tags


def test_a_waiver_given_the_previous_year_is_background() -> None:
    tags = _tags(
        "State Department report drops Xland to its lowest tier",
        "Xland had been given a waiver to stay off the lowest tier the previous year, which the Secretary "
        "chose not to renew; the export ranking may lead to restrictions on aid.",
    )
    assert "license.decision" not in tags


def test_a_state_pressed_to_join_an_export_control_regime_is_diplomacy() -> None:
    tags = _tags(
        "Washington keeps pressing Xland to sign up to COCOM export curbs",
        "The administration had been pressing the Xland government to accept the commitments of COCOM. Xland "
        "had already said it did not intend to join COCOM.",
    )
    assert "export_control.other" not in tags


def test_another_state_writing_regime_lists_into_its_own_law_is_its_own() -> None:
    tags = _tags(
        "Portugal writes COCOM's control lists into its own export law",
        "The official gazette published lists of dual-use technologies whose export will need prior "
        "authorisation, based on COCOM guidelines.",
    )
    assert "export_control.other" not in tags


def test_a_wildlife_trade_law_case_is_another_law_enforcement() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Foo Instruments agrees to resolve Lacey Act investigation",
        "text": "Foo Instruments entered into a criminal enforcement agreement resolving allegations that it "
        "violated the Lacey Act by illegally importing ebony, and will pay a penalty of $300,000 and "
        "implement a compliance program.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_the_kingpin_act_list_is_a_sanctions_list() -> None:
    tags = _tags(
        "U.S. blacklists three Xland nationals said to launder drug money",
        "The U.S. Treasury on Thursday placed three Xland nationals living in Norway on its Kingpin Act "
        "list, accusing them of running a money-laundering network for a cartel.",
    )
    assert tags == {"sanctions.designation"}


def test_the_drug_kingpin_sanctions_list_by_its_descriptive_name() -> None:
    tags = _tags(
        "U.S. blacklists relatives of a trafficker",
        "The U.S. Treasury on Wednesday added four people and two companies to its drug-kingpin sanctions "
        "list for acting on behalf of a trafficker.",
    )
    assert tags == {"sanctions.designation"}


def test_what_an_exporter_must_also_get_is_no_licence_received() -> None:
    tags = _tags(
        "Customs sting nets two over encryption units",
        "Anyone who wants to export the unit must be registered with the State Department. The exporter must "
        "also get an export license which covers that specific item before any units are exported.",
    )
    assert "license.decision" not in tags


def test_a_procurement_suspension_is_no_export_enforcement() -> None:
    tags = _tags(
        "Agency suspends Foo Oil from new U.S. government contracts",
        "The agency temporarily suspended Foo Oil from new federal contracts and grants. The step followed "
        "the company's agreement to plead guilty to misconduct charges over a spill.",
    )
    assert "export_control.other" not in tags


def test_a_market_status_conferred_is_no_designation() -> None:
    tags = _tags(
        "House panel votes reciprocity test for bond dealers",
        "The committee approved a provision barring foreign securities firms from being designated primary "
        "dealers in U.S. government securities unless their home government gives U.S. firms the same "
        "rights.",
    )
    assert "sanctions.designation" not in tags


def test_refusals_to_join_a_regime_over_a_year_are_diplomacy() -> None:
    tags = _tags(
        "Ambassador proposes a re-export pact to Xland",
        "The ambassador urged the foreign minister to open talks on a bilateral agreement. The offer "
        "followed Norway's repeated refusals during 1984 to join the Western export-control committee COCOM.",
    )
    assert "export_control.other" not in tags


def test_export_privileges_suspended_for_years_until_a_date() -> None:
    tags = _tags(
        "Commerce bars a man over laptops",
        "The Bureau of Industry and Security issued an order suspending for five years, until Jan. 30, 2018, "
        "the export privileges of a man convicted of exporting laptops, and revoked any export licences in "
        "which he had an interest.",
    )
    assert tags == {"other_list.change"}


def test_arms_smuggled_into_a_country_is_export_enforcement() -> None:
    tags = _tags(
        "Border officers seize ammunition",
        "Officers arrested a man for attempting to smuggle nearly 7,500 rounds of ammunition into Mexico "
        "yesterday.",
    )
    assert "export_control.other" in tags


def test_arms_seized_in_outbound_inspections_are_export_enforcement() -> None:
    tags = _tags(
        "Border officers seize weapons at a bridge",
        "Border Protection officers conducting outbound (southbound) inspections referred a car for a "
        "secondary inspection. CBP arrested the driver, seized the vehicle, firearms, and ammunition and "
        "turned them over to special agents.",
    )
    assert "export_control.other" in tags


def test_the_uk_treasury_is_the_united_kingdoms() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "UK sanctions office publishes its first breach notice",
        "text": "The UK Treasury's Office of Financial Sanctions Implementation said a payments company had "
        "breached Britain's sanctions regulations, a day after a person was designated.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_another_states_president_imposing_sanctions_by_decree_is_its_own() -> None:
    item = {
        "id": "t",
        "source": "news",
        "title": "Decree sanctions 95 people and 70 companies",
        "text": "Ukrainian President Foo Bar signed decree No. 8 on Monday, putting into force a decision to "
        "impose sanctions on 95 individuals and 70 legal entities.",
    }
    assert out_of_scope(item_to_document(item)) is not None


def test_a_registrys_capitalised_legal_form_names_a_party() -> None:
    names = _names(
        "Treasury sanctions four shipping firms",
        "The U.S. Treasury imposed sanctions on four companies. The tanker Foo Star is managed by Qux Myrtle "
        "Co LTD; the supertanker Bar is owned by Baz Global Investment LTD.",
    )
    assert {"Qux Myrtle Co LTD", "Baz Global Investment LTD"} <= names


def test_a_people_enumerated_after_a_designation() -> None:
    names = _names(
        "Treasury sanctions five cartel leaders",
        "The Treasury sanctioned five Xland leaders of the Foo cartel under Executive Order 14059. The "
        "Colombians are Ivo Quintero Marsal, indicted in August 2023; Aldo Beltran Ruiz, the group's "
        "financial chief; and Ciro Dolan Vega and Remo de Jesus Palma, accused of moving drugs.",
    )
    assert {"Ivo Quintero Marsal", "Aldo Beltran Ruiz", "Ciro Dolan Vega", "Remo de Jesus Palma"} <= names


def test_a_count_named_again_with_its_names_in_apposition() -> None:
    names = _names(
        "U.S. blacklists four Xland nationals",
        "The U.S. Treasury placed four Xland nationals on its Kingpin Act list. The four, Ivo Quintero "
        "Marsal, Aldo Beltran Ruiz, Ciro Dolan Vega and Remo Palma Soto, allegedly worked for a cartel.",
    )
    assert {"Ivo Quintero Marsal", "Aldo Beltran Ruiz", "Ciro Dolan Vega", "Remo Palma Soto"} <= names


def test_a_listing_dated_by_a_year_opening_its_sentence_is_background() -> None:
    tags = _tags(
        "Norway hands Foo Bar to the United States to face export charges",
        "Norway handed its citizen Foo Bar to the United States, where he is charged with illegally shipping "
        "U.S. electronics to Xland. In 2012 the United States had placed Bar and companies linked to him on "
        "a trade blacklist.",
    )
    assert "entity_list.addition" not in tags


def test_licences_a_sanctioned_party_might_hold_are_the_sanctions_terms() -> None:
    tags = _tags(
        "Washington penalises 16 foreign companies under its nonproliferation law",
        "The State Department imposed sanctions on 16 foreign companies under the Iran, North Korea and "
        "Syria Nonproliferation Act. The measures bar any U.S. government agency from contracting with them "
        "and suspend any U.S. export licences they might hold.",
    )
    assert "license.decision" not in tags


def test_charges_of_violating_the_us_trade_embargo() -> None:
    tags = _tags(
        "Foo Bar extradited to face U.S. charges",
        "Foo Bar was extradited to the United States on Monday to face charges of violating the U.S. trade "
        "embargo on Xland.",
    )
    assert "export_control.other" in tags


def test_a_sentence_for_taking_ammunition_into_a_country() -> None:
    tags = _tags(
        "Border man sentenced over ammunition",
        "Foo Bar has been sentenced to 57 months in prison for trying to take 10,498 rounds of ammunition "
        "into Mexico. A woman who arranged for it to be smuggled into Mexico pleaded guilty.",
    )
    assert "export_control.other" in tags


def test_planes_identified_as_flying_in_breach_of_export_controls() -> None:
    tags = _tags(
        "U.S. names ten more planes",
        "The Bureau of Industry and Security on Thursday identified ten more aircraft as likely operating in "
        "violation of U.S. export controls, among them seven jets of Xland's national carrier.",
    )
    assert "other_list.change" in tags


def test_an_audits_account_of_the_licensing_policy_sets_no_requirement() -> None:
    tags = _tags(
        "Auditors urge a review of chip equipment export policy",
        "The General Accounting Office found that the gap had narrowed. It said that under the Export "
        "Administration Regulations the general licensing policy for Xland was to approve applications.",
    )
    assert "license.requirement" not in tags


def test_a_design_bureau_and_a_scientific_production_association_are_parties() -> None:
    names = _names(
        "U.S. sanctions Xland defence enterprises",
        "The Treasury on Tuesday designated five Xland defence enterprises, among them the Foo Design Bureau "
        "in Barville and NPO Quxstroyeniya of Bazov.",
    )
    assert {"Foo Design Bureau", "NPO Quxstroyeniya"} <= names


def test_a_deputy_named_after_his_role_is_a_party() -> None:
    names = _names(
        "U.S. sanctions riot-police chiefs",
        "The Treasury designated four people under the Global Magnitsky programme: Foo Barov, chief of the "
        "special task department, and his deputy Qux Bazov, whose forces dispersed the protests.",
    )
    assert "Qux Bazov" in names


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Island council brands two groups as terrorist organisations",
            "The Maldives' Anti-Terrorism Council on Monday designated the Foo Front and its armed wing as "
            "terrorist organisations under the country's new law.",
        ),
        (
            "Nairobi's Counter-Terrorism Council tags ten people as terrorists",
            "Ten people, among them a former negotiator, were named under the law.",
        ),
    ],
)
def test_a_plural_states_and_a_hyphenated_council_are_another_government(title: str, text: str) -> None:
    document = item_to_document({"id": "t", "source": "news", "title": title, "text": text})
    assert out_of_scope(document) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Producers said a settlement could soon end their dispute with the European Community over EC export "
        "licensing policy.",
        "The makers complained to the government in Paris about French export licensing policy for grain.",
    ],
)
def test_another_states_own_licensing_policy_sets_no_requirement(text: str) -> None:
    assert "license.requirement" not in _tags("Sugar makers see a deal near in the export licence row", text)


def test_an_exclusive_licence_is_a_contracts() -> None:
    tags = _tags(
        "Foo unit grants an exclusive licence for its stores in Bar City",
        "Foo Corp said its distribution unit had granted an exclusive licence agreement to Bar Stores Inc.",
    )
    assert "license.decision" not in tags


def test_an_embargo_case_ended_is_no_embargo_lifted() -> None:
    tags = _tags(
        "Salesman ends Cuba embargo case with a plea and probation",
        "Foo Bar was sentenced on Friday to a year of probation after pleading guilty to smuggling supplies "
        "to Cuba in breach of the U.S. embargo.",
    )
    assert "license.requirement" not in tags
    assert "export_control.other" in tags


def test_the_antiboycott_office_named_is_no_antiboycott_matter() -> None:
    tags = _tags(
        "Export enforcement chief reviews priorities at a conference",
        "He introduced his team, among them Foo Bar, director of the Office of Antiboycott Compliance.",
    )
    assert "export_control.other" not in tags
    # The boycott complied with is the matter, whatever its adjective.
    rules = _classified(
        "Commerce fines three companies over the boycott",
        "Foo Inc. was accused of complying with the Arab economic boycott of Xland between 1985 and 1987.",
    )
    assert "export_control.antiboycott" in rules.get("export_control.other", set())


def test_penalties_totalling_an_amount_are_imposed() -> None:
    rules = _classified(
        "Commerce fines three companies",
        "The Commerce Department is imposing penalties totalling $64,500 on three companies over exports.",
    )
    assert "export_control.civil_penalty_amount" in rules.get("export_control.other", set())


def test_sanctions_on_a_described_vessel_named() -> None:
    tags = _tags(
        "A pipelayer and its owner in the news",
        "The administration on Tuesday imposed sanctions on the Xland pipe-laying vessel Foo, which was to "
        "work on the Bar pipeline, and on its owner.",
    )
    assert "sanctions.designation" in tags


def test_a_civil_penalty_by_amount_beside_a_denial_is_enforcement() -> None:
    tags = _tags(
        "Pump maker's chief takes a three-year BIS denial order",
        "Foo Bar has signed a consent agreement with the Bureau of Industry and Security accepting a "
        "three-year denial of export privileges and a $300,000 civil penalty, of which $275,000 is "
        "suspended.",
    )
    assert "export_control.other" in tags
    # The law's maximum is no penalty imposed.
    rules = _classified(
        "Export penalties explained",
        "Each export violation carries a civil penalty of up to $300,000 under the Export Administration "
        "Act.",
    )
    assert "export_control.civil_penalty_amount" not in rules.get("export_control.other", set())


def test_a_foiled_plot_to_smuggle_is_a_case() -> None:
    tags = _tags(
        "Customs says a sting foiled a radar plot",
        "The Customs Service said on Friday that it had thwarted a plot to smuggle out of the United States "
        "a radar-tracking system.",
    )
    assert "export_control.other" in tags


@pytest.mark.parametrize(
    "text",
    [
        "The Energy Department said it was deferring action on the request from Foo Corp. to export reactor "
        "technology to Xland until its policy review ends.",
        # A retransfer needs U.S. consent as an export does, though the regulator's paper never says "export".
        "NRC staff told the commissioners it had no objection to a proposed retransfer of U.S.-origin spent "
        "fuel from Xland to Yland for reprocessing.",
    ],
)
def test_a_request_deferred_or_met_with_no_objection_is_decided(text: str) -> None:
    assert "license.decision" in _tags("Nuclear staff answers a request", text)


def test_ships_named_before_their_identification_as_blocked_property() -> None:
    names = _names(
        "U.S. blacklists two tanker owners",
        "The Treasury said on Tuesday that it had sanctioned two shipping companies, Foo Maritime Ltd and "
        "Bar Shiptrade Ltd. Their tankers Qux Star, Barwind and Baz I were identified as blocked property.",
    )
    assert {"Qux Star", "Barwind", "Baz I"} <= names


@pytest.mark.parametrize(
    ("title", "text"),
    [
        (
            "Xland to ground 200 airline pilots whose flying licences are suspected to be fake",
            "The minister said 200 of the country's pilots held dubious licences.",
        ),
        (
            "Foo Island refuses fishing licences to 75 boats",
            "The island's government said it was refusing licences to fish in its waters to 75 vessels, "
            "while granting licences to 64 boats.",
        ),
    ],
)
def test_another_trades_licences_without_exports_are_no_licence_decision(title: str, text: str) -> None:
    assert "license.decision" not in _tags(title, text)


def test_a_sanctions_waiver_in_a_headline_is_a_noun() -> None:
    rules = _classified("Xland minister says oil transit needs no U.S. sanctions waiver", "")
    assert "sanctions.sanctioned_parties" not in rules.get("sanctions.designation", set())


def test_sanctions_on_counted_members_name_parties() -> None:
    tags = _tags(
        "Two governments act against a cybercrime gang",
        "The United States and the United Kingdom imposed sanctions on September 7, 2023 on 11 more members "
        "of Foo, a cybercrime group.",
    )
    assert "sanctions.designation" in tags


def test_an_ofac_case_settled_is_enforcement() -> None:
    assert "export_control.other" in _tags("Foo pays $4 million to settle OFAC case over its unit", "")


def test_goods_got_round_us_trade_restrictions_are_an_export_case() -> None:
    tags = _tags(
        "Appeals court clears extradition of a trader",
        "The court ruled that a man can be extradited to the United States, where he is accused of using a "
        "shell company to get U.S.-made microchips to Xland around U.S. trade restrictions. The exports in "
        "question were older.",
    )
    assert "export_control.other" in tags


def test_named_parties_exempted_from_sanctions_are_a_licence_decision() -> None:
    tags = _tags(
        "U.S. spares Foo's Xland units",
        "The U.S. Treasury said that Foo GmbH and Bar GmbH are exempted from the sanctions Washington "
        "imposed on their parent in October.",
    )
    assert "license.decision" in tags


def test_an_embargo_told_in_a_time_clause_is_background() -> None:
    tags = _tags(
        "Card company gets a Finding of Violation",
        "The company had restricted the accounts since May 1995, after Executive Order 12959 barred exports "
        "of goods, services and technology to Iran.",
    )
    assert "license.requirement" not in tags


def test_a_denial_a_later_sentence_suspends_is_no_list_change() -> None:
    tags = _tags(
        "Settlement reached with a components maker",
        "Foo Corp. will pay a $400,000 administrative penalty. Foo was also denied export privileges for a "
        "seven-year period. The denial period was suspended for seven years.",
    )
    assert "other_list.change" not in tags


def test_an_order_as_amended_is_no_amendment() -> None:
    rules = _classified(
        "Washington sanctions members of a gang",
        "The Treasury acted under Executive Order 13694 as amended, and Xland under its cyber sanctions "
        "regulations.",
    )
    assert "sanctions.programme" not in rules.get("sanctions.regulation", set())


def test_an_exchange_paying_a_penalty_is_no_market_decision() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Nasdaq pays $4 million to settle OFAC case over its former unit",
            "text": "The exchange operator agreed to pay to settle apparent violations of Iran sanctions.",
        }
    )
    assert out_of_scope(document) is None


def test_a_statute_s_sanctions_suspended_as_a_whole_are_its_regulation() -> None:
    tags = _tags(
        "Determination To Suspend the Imposition of Sanctions Pursuant to the Xland Civilian Protection Act",
        source="federal_register",
        document_type="NOTICE",
        agencies=["State Department"],
    )
    assert "sanctions.regulation" in tags


def test_a_company_blacklisted_by_washington_is_described_not_listed() -> None:
    tags = _tags(
        "Court clears extradition of an engineer wanted in the U.S.",
        "A court in Xland approved the extradition of an engineer accused of trying to ship microwave "
        "systems to Iran for Foo Afzar, an Iranian company blacklisted by Washington.",
    )
    assert "entity_list.addition" not in tags


def test_a_ban_dated_by_its_year_is_background() -> None:
    tags = _tags(
        "Chipmaker has had U.S. permission to sell memory to Foo",
        "A chipmaker has been allowed to export memory to Foo Technologies, a report said. The Commerce "
        "Department barred U.S. exports to Foo on national-security grounds in 2019.",
    )
    assert "license.requirement" not in tags


@pytest.mark.parametrize(
    "text",
    [
        "The President lifted the arms embargo on Xland on Monday, ending a ban imposed in 1979.",
        "The President on Monday lifted the arms embargo on Xland imposed in 1979.",
    ],
)
def test_a_ban_lifted_today_keeps_its_requirement_whatever_year_its_imposition(text: str) -> None:
    assert "license.requirement" in _tags("U.S. lifts Xland arms embargo", text)


def test_a_sentence_naming_the_screening_lists_changes_none() -> None:
    tags = _tags(
        "BIS gathers its screening lists on one page",
        "The page points to the Denied Persons List (parties whose export privileges have been denied), the "
        "Unverified List, the Entity List (parties whose presence can trigger a licence requirement) and "
        "OFAC's Specially Designated Nationals List (for which the rules require a licence for some "
        "entries).",
    )
    assert "other_list.change" not in tags
    assert "license.requirement" not in tags


def test_parties_named_by_their_kind_and_also_designated_are_parties() -> None:
    names = _names(
        "Washington sanctions four Costa Ricans over cocaine",
        "The Treasury designated four Costa Rican nationals. It said Foo laundered money through the law "
        "firm Bufete Foo and Asociados and the football club Limón Bar FC, which were also designated.",
    )
    assert {"Bufete Foo and Asociados", "Limón Bar FC"} <= names


def test_a_lifting_beside_an_imposition_dated_by_its_year_keeps_its_requirement() -> None:
    tags = _tags(
        "President lifts Xland sanctions",
        "The President directed the Treasury on October 12 to start lifting the sanctions imposed on Xland "
        "in 1998, ending the oil embargo with immediate effect.",
    )
    assert "license.requirement" in tags


def test_investigators_suspecting_someone_of_getting_goods_to_a_country_is_an_export_case() -> None:
    tags = _tags(
        "Court clears extradition of an engineer",
        "Judges in Washington suspect him of trying to get industrial microwave systems from the United "
        "States to Iran by way of a third country.",
    )
    assert "export_control.other" in tags


def test_brussels_naming_companies_is_its_own_listing() -> None:
    tags = _tags(
        "Brussels names Foo, Bar and Baz as 'gatekeepers'",
        "The European Commission on Wednesday designated three technology companies - Foo, Bar and Baz - "
        "as 'gatekeepers' under its digital markets law.",
    )
    assert "sanctions.designation" not in tags


def test_a_court_ruling_on_a_hand_over_to_the_united_states_is_the_prosecution_s_step() -> None:
    tags = _tags(
        "Xland court overturns decision to hand Foo Bar to the U.S. over electronics for Russia",
        "The court annulled the government's decision to extradite Foo Bar to the United States, where he "
        "was charged with evading the sanctions on Russia by supplying it with U.S.-made electronics.",
    )
    assert "export_control.other" in tags


def test_a_plea_of_not_guilty_to_sanctions_counts_is_a_case() -> None:
    tags = _tags(
        "Former agent charged over work for a sanctioned magnate",
        "Foo Bar pleaded not guilty on Monday to four counts: conspiracy to violate the International "
        "Emergency Economic Powers Act and money laundering.",
    )
    assert "export_control.other" in tags


def test_charges_over_us_technology_obtained_for_a_country_are_an_export_case() -> None:
    tags = _tags(
        "Xland contractor charged over sensitive technology for Russia",
        "Prosecutors unsealed charges of wire-fraud conspiracy and smuggling against Foo Bar. They allege he "
        "worked to obtain sensitive U.S. technology used in quantum computing for Russia's defence research.",
    )
    assert "export_control.other" in tags


def test_parties_added_to_the_sectoral_or_blocked_persons_list_are_designated() -> None:
    tags = _tags(
        "Washington widens its Russia sanctions",
        "Foo Bank was added to the sectoral list's financial-sector directive, and five defence firms, Bar "
        "Plant and Baz Works among them, were put on the blocked-persons list.",
    )
    assert "sanctions.designation" in tags


def test_a_statute_waiver_keeping_military_aid_going_sets_a_requirement_and_decides_no_licence() -> None:
    tags = _tags(
        "President waives arms-aid bar for Xland",
        "The President has issued waivers under the 2010 Foo Protection Act that keep U.S. military "
        "assistance going to Xland and four other governments, officials said.",
    )
    assert "license.requirement" in tags
    assert "license.decision" not in tags
    assert "license.requirement" in _tags(
        "State Department names nine governments on its Foo Act list",
        "The State Department released the list required by the Foo Protection Act, naming nine governments. "
        "Listed governments lose certain U.S. military assistance and licences for commercial arms sales.",
    )


def test_a_communications_regulators_licence_transfer_is_no_licence_decision() -> None:
    assert "license.decision" not in _tags(
        "Foo Telecom transaction approved",
        "Washington, D. C.-- Today, Foo Telecom received approval to transfer control of its FCC "
        "authorizations and licenses to Bar Holdings Limited, subject to certain conditions.",
    )


def test_a_denial_that_follows_only_on_default_is_no_denial_order() -> None:
    tags = _tags(
        "Foo Shipping pays $50,000 to settle antiboycott charges",
        "Foo Shipping agreed to pay a $50,000 civil penalty to settle BIS allegations that it furnished "
        "boycott information. If it fails to pay, BIS will deny its export privileges for one year.",
    )
    assert "export_control.other" in tags
    assert "other_list.change" not in tags


def test_parties_said_to_fall_under_an_investment_ban_already_ordered_are_no_ban() -> None:
    assert "sanctions.regulation" not in _tags(
        "Pentagon adds four Xland firms to its military-companies list",
        "The Defense Department added four companies to its list of Xland military companies. The four would "
        "be covered by the President's November executive order barring U.S. investment in such companies.",
    )


def test_a_regional_courts_sentence_is_another_states_enforcement() -> None:
    assert "export_control.other" not in _tags(
        "Law-firm note: Foostadt court jails trader over engines",
        "The Higher Regional Court in Foostadt has sentenced a trader to three years in prison for making 20 "
        "shipments of aircraft engines to Iran without official approval; his firm had declared them for "
        "export as boat motors.",
    )


def test_a_law_firm_cited_by_its_note_is_the_source_not_a_party() -> None:
    names = _names(
        "OFAC targets Xland trading firms",
        "The Treasury Department's Office of Foreign Assets Control on March 1 designated three entities and "
        "two individuals that it said earn money for the Xland government, a Foo Farr & Bar compliance note "
        "reported. Baz Trading Corporation and Qux Trading Corporation were designated.",
    )
    assert {"Baz Trading Corporation", "Qux Trading Corporation"} <= names
    assert not {n for n in names if n.startswith("Foo Farr")}


def test_a_penalty_paid_in_civil_penalties_beside_a_denial_is_also_enforcement() -> None:
    tags = _tags(
        "Researcher pays BIS penalty and loses export privileges for ten years",
        "BIS announced a settlement with Dr. Foo Bar over its charges that he had exported vials of bacteria "
        "to Xland without a licence. Under the agreement Bar pays $34,700 in civil penalties and consents to "
        "the denial of his export privileges for 10 years.",
    )
    assert {"export_control.other", "other_list.change"} <= tags


def test_penalties_proposed_by_letter_are_enforcement() -> None:
    assert "export_control.other" in _tags(
        "Treasury's Cuba-travel penalty letters jump",
        "The Treasury Department's Office of Foreign Assets Control sent 443 letters seeking fines of about "
        "$7,500 from Americans who had visited Cuba without a licence.",
    )
    assert "export_control.other" in _tags(
        "OFAC proposes fine on a charity",
        "The Office of Foreign Assets Control issued a pre-penalty notice proposing a $120,000 civil fine on "
        "the Foo Group for shipping medicine to Xland without a licence.",
    )


def test_a_governments_request_to_buy_arms_turned_down_by_washington_is_a_licence_decision() -> None:
    assert "license.decision" in _tags(
        "Washington turns down Xland's bid for F-35 fighters",
        "The United States has declined, for now, the Xland Air Force's request to buy F-35 stealth "
        "fighters, an air force source said, and offered F-16s instead.",
    )
    assert "license.decision" not in _tags(
        "Foo's president turns down a request for tank ammunition",
        "Foo's president turned down Xland's request to buy ammunition for tanks from Foo's arms maker.",
    )


def test_a_story_about_the_immigration_exclusion_list_is_no_designation() -> None:
    assert "sanctions.designation" not in _tags(
        "Attorney General asks State to bar members of nine more groups under the exclusion list",
        "The Attorney General asked the State Department to designate nine foreign groups as terrorist "
        "organisations for immigration purposes, so that their members could be kept out of the country. "
        "He said the designations would help secure U.S. borders against those who come to commit terrorist "
        "acts.",
    )


def test_a_name_does_not_end_at_a_legal_form_inside_the_next_word() -> None:
    names = _names(
        "Washington sanctions two Xland officials",
        "The U.S. Treasury's Office of Foreign Assets Control on Friday sanctioned two senior officials of "
        "the Xland government under the Global Magnitsky corruption authority: Labour Minister Foo Bar and "
        "the Presidency's Legal Secretary, Conan Baz Qux.",
    )
    assert "Conan Baz Qux" in names
    assert not {n for n in names if n.endswith(", Co")}


def test_a_listing_dated_by_its_month_or_year_is_the_background_of_other_news() -> None:
    assert "entity_list.addition" not in _tags(
        "Washington freezes Foo export-licence approvals",
        "The White House put on hold decisions on licences that would let American companies resume some "
        "sales "
        "to Foo, people familiar with the matter said. Foo was put on Commerce's export blacklist in May, so "
        "U.S. suppliers need a special licence to ship to it.",
    )
    assert "entity_list.addition" not in _tags(
        "Ten charged over aircraft parts for Xland's oil company",
        "Prosecutors say the defendants routed the goods through third parties, including Foo Group SA in "
        "Yland and Bar SL in Zland, both added to the Commerce Department's Entity List in November 2023.",
    )
    assert "sanctions.designation" not in _tags(
        "Xland gets 30 more days for Foo Oil",
        "The United States granted the oil company Foo Oil another 30 days. Foo Oil was placed on the U.S. "
        "sanctions list in January 2025 and has kept operating under a series of OFAC licences since then.",
    )


def test_a_correction_notice_does_not_repeat_the_corrected_rules_additions_and_removals() -> None:
    bis = {
        "source": "federal_register",
        "document_type": "RULE",
        "agencies": ["Industry and Security Bureau"],
    }
    title = (
        "Correction to: Addition of Entities to the Entity List, Revision of an Entry on the Entity List, "
        "and "
        "Removal of Entities from the Entity List"
    )
    assert _tags(title, title, **bis) == {"entity_list.revision"}
    tags = _tags(
        "Addition of Entities to the Entity List and Removal of an Entity From the Entity List; Correction",
        "Addition of Entities to the Entity List and Removal of an Entity From the Entity List; Correction. "
        "SUMMARY: The Department of Commerce is amending the Export Administration Regulations (EAR) by "
        "adding "
        "an inadvertently omitted entity to the Entity List.",
        **bis,
    )
    assert "entity_list.addition" in tags
    assert "entity_list.removal" not in tags


def test_a_law_cited_by_what_an_order_under_it_blocks_is_no_designation() -> None:
    tags = _tags(
        "U.S. files civil forfeiture complaint against a jet used by Foo",
        "The U.S. Attorney's Office filed a civil forfeiture complaint against an aircraft it says was "
        "smuggled "
        "out of the United States in violation of U.S. sanctions and export control laws. It claims the "
        "aircraft is forfeitable for violations of U.S. law including the International Emergency Economic "
        "Powers Act, under which Executive Order 13884 blocks dealings with the Foo regime.",
    )
    assert "export_control.other" in tags
    assert not tags & {"sanctions.designation", "sanctions.regulation"}


def test_a_power_kept_in_place_to_require_licences_sets_no_requirement() -> None:
    assert "license.requirement" not in _tags(
        "President extends the export-control emergency by one year",
        "The President continued for one more year the national emergency that keeps dual-use export "
        "controls "
        "in force, keeping in place the Commerce, State and Treasury powers to require licences for, or bar, "
        "exports of certain goods and technology.",
    )


def test_a_settlement_for_breaking_sanctions_regulations_is_enforcement_not_a_regulation() -> None:
    tags = _tags(
        "OFAC settles with manufacturer for violating Xland Transactions and Sanctions Regulations",
        "The Office of Foreign Assets Control said an unnamed manufacturer would pay $216,464 to resolve "
        "alleged "
        "breaches of the Xland Transactions and Sanctions Regulations over goods its buyers passed on.",
    )
    assert tags == {"export_control.other"}


def test_stolen_cars_and_waste_shipped_abroad_are_other_laws_cases() -> None:
    assert "export_control.other" not in _tags(
        "Customs officers recover stolen car at the seaport",
        "U.S. Customs and Border Protection officers at the port seized a stolen Toyota Camry that was "
        "waiting "
        "to be exported to Xland; the car had been reported stolen in New York.",
    )
    assert "export_control.other" not in _tags(
        "Grand jury indicts recycler over e-waste shipped overseas",
        "A federal grand jury indicted Foo Recycling, which told customers it recycled electronic waste at "
        "home "
        "but exported hazardous monitors abroad without the required EPA notification. The charges include "
        "wire fraud, exportation contrary to law and falsification of records.",
    )


def test_a_lawmaker_asking_the_treasury_to_add_parties_to_the_sdn_list_adds_none() -> None:
    assert "sanctions.designation" not in _tags(
        "Senator presses Treasury to close gaps in Xland sanctions",
        "Senator Foo used a hearing and a letter to urge the Treasury Secretary to tighten sanctions on "
        "Xland. "
        "He said Foo Bank, sanctioned in 2014, kept operating through companies in which it holds stakes, "
        "and "
        "asked Treasury to sanction Yland-based Bar Investments and the Dutch firm Baz Investments and to "
        "add "
        "Qux Oil, Quux Gas and Quuxbank to the SDN list.",
    )


def test_no_new_licence_requirement_issued_is_none_set_or_decided() -> None:
    tags = _tags(
        "White House warns chip firms to be ready for export curbs on Xland",
        "National Security Council officials told chip executives to prepare for possible new export rules "
        "under which Xland could be cut off from electronics. The warning concerned measures that might be "
        "taken in future; no new rule, licence requirement or listing was issued.",
    )
    assert not tags & {"license.requirement", "license.decision"}


def test_a_listing_that_dates_something_else_is_background() -> None:
    assert "entity_list.addition" not in _tags(
        "Chip company receives BIS warning letter",
        "The company told BIS it had kept doing business with two Entity-Listed companies, and had supplied "
        "Foo Technologies in the same week in 2019 that Foo Technologies was added to the Entity List.",
    )


def test_a_car_theft_ring_exporting_stolen_vehicles_is_no_export_control_case() -> None:
    assert "export_control.other" not in _tags(
        "24 charged in connection with export of $6 million in stolen vehicles",
        "Twenty-four people were charged in three criminal complaints as part of an international car-theft "
        "ring that illegally exported stolen and carjacked vehicles through the seaports to Xland and Yland.",
    )


def test_another_governments_sanctions_and_customs_are_its_own() -> None:
    assert "sanctions.designation" not in _tags(
        "Xland's president puts council sanctions on 18 people into force",
        "President Volodymyr Zelensky signed a decree giving force to a council decision imposing sanctions "
        "on "
        "18 people, among them Foo Bar and Baz Qux.",
    )
    assert "export_control.other" not in _tags(
        "Singapore firm fined over attempted missile parts export to Iran",
        "Singapore forwarder Foo Freight Pte Ltd was fined about US$14,500 after pleading guilty to trying "
        "to "
        "ship missile connectors to Iran without a permit, the Straits Times reported, quoting Singapore "
        "Customs.",
    )


def test_a_dates_day_after_a_past_sanction_is_no_count_of_parties() -> None:
    assert "sanctions.designation" not in _tags(
        "Xland deregisters 17 U.S.-sanctioned ships",
        "The Xland Maritime Authority said it was deregistering 17 Xland-flagged vessels that the U.S. "
        "Treasury's Office of Foreign Assets Control had sanctioned on July 30 for carrying Yland oil.",
    )
