"""classify() on real titles and abstracts from the development corpus."""

from __future__ import annotations

from classifier.classify import classify, model_may_add
from classifier.offline import item_to_document
from schemas.events import Severity


def _doc(title: str, text: str = "", **extra: object) -> dict[str, object]:
    return {"id": "t", "source": "federal_register", "title": title, "text": text} | extra


def test_entity_list_addition_carries_evidence_spans() -> None:
    text = (
        "This final rule amends the Export Administration Regulations (EAR) by adding eleven entities "
        "to the Entity List."
    )
    result = classify(item_to_document(_doc("Addition of Certain Entities to the Entity List", text)))
    tag = next(t for t in result.tags if t.id == "entity_list.addition")
    for ev in tag.evidence:
        source = {"title": result.document.title, "text": result.document.text}[ev.field]
        assert source[ev.start : ev.end] == ev.text
    assert any(ev.field == "text" and "adding eleven entities" in ev.text for ev in tag.evidence)
    assert result.severity is Severity.HIGH


def test_removal_and_revision_are_separate_tags() -> None:
    title = "Additions of Entities, Revisions of Entries, and Removal of an Entity From the Entity List"
    text = "This rule removes one entity from the Entity List and revises two entries on the Entity List."
    ids = {t.id for t in classify(item_to_document(_doc(title, text))).tags}
    assert {"entity_list.removal", "entity_list.revision"} <= ids


def test_fcc_spectrum_licence_is_not_an_export_tag() -> None:
    result = classify(
        item_to_document(
            _doc(
                "Petitions for Reconsideration of Action in Proceeding",
                "Petitions for Reconsideration have been filed in the Commission's rulemaking proceeding on "
                "spectrum licenses.",
            )
        )
    )
    assert result.tags == []
    assert result.severity is Severity.LOW


def test_one_licence_weighed_for_a_named_company_is_a_licence_decision() -> None:
    def tags(title: str, text: str, **extra: object) -> list[str]:
        return [
            t.id for t in classify(item_to_document(_doc(title, text, **({"source": "news"} | extra)))).tags
        ]

    assert tags(
        "U.S. mulls chip sales", "Officials are weighing whether to grant Acme a licence to ship chips."
    ) == ["license.decision"]
    # Another government's decision, and another regime's operating licence, are not.
    assert tags("Dutch move", "The Dutch government revoked a licence held by Acme to ship tools.") == []
    nrc = {
        "source": "federal_register",
        "document_type": "NOTICE",
        "agencies": ["Nuclear Regulatory Commission"],
    }
    assert tags("Acme Power Station", "The Commission granted a license to operate the reactor.", **nrc) == []


def test_the_model_adds_no_list_action_beside_a_ruled_list_action() -> None:
    texts = {"title": "Entity List licence sanctions designation", "text": ""}
    assert model_may_add("entity_list.revision", ["entity_list.addition"], texts) is False
    assert model_may_add("entity_list.revision", ["other_list.change"], texts) is False
    assert model_may_add("sanctions.designation", ["other_list.change"], texts) is False
    assert model_may_add("sanctions.regulation", ["sanctions.designation"], texts) is True
    assert model_may_add("entity_list.addition", ["license.requirement"], texts) is True
    assert model_may_add("license.requirement", ["entity_list.addition"], texts) is True


def test_the_model_adds_no_tag_without_a_word_of_its_kind() -> None:
    # The model leans on metadata (State notices mostly designate someone); a guess with no word of its kind
    # in the text would be an alert about a museum loan.
    museum = {
        "title": "Culturally Significant Objects Imported for Exhibition",
        "text": "A loan of paintings.",
    }
    assert model_may_add("sanctions.designation", [], museum) is False
    assert (
        model_may_add("sanctions.designation", [], {**museum, "text": "OFAC blocked the property."}) is True
    )
    # A list of goods is no list of parties.
    goods = {"title": "Commerce Control List Additions and Revisions; Correction", "text": "Errors fixed."}
    assert model_may_add("entity_list.revision", [], goods) is False
    revised = {**goods, "text": "Entity List entries revised."}
    assert model_may_add("entity_list.revision", [], revised) is True
    # A penalty alone is any regulator's; an export case names what the law guards.
    fined = {"title": "State regulator fines Foo Crypto", "text": "Foo Crypto pays a $30 million penalty."}
    assert model_may_add("export_control.other", [], fined) is False
    smuggled = {**fined, "text": "Foo pays a $30 million penalty for sanctions violations."}
    assert model_may_add("export_control.other", [], smuggled) is True


def test_a_listing_made_by_another_document_is_not_this_documents_listing() -> None:
    text = (
        "BIS is amending the EAR to expand license requirements for aircraft parts to Russia. In a "
        "concurrent rule published elsewhere in this issue, BIS adds entities to the Entity List."
    )
    found = classify(item_to_document(_doc("Expansion of Controls on Aircraft Parts", text)))
    assert [t.id for t in found.tags] == ["license.requirement"]


def test_the_us_blacklisting_a_party_is_an_entity_list_addition_unless_it_is_background() -> None:
    def tags(text: str) -> list[str]:
        return [t.id for t in classify(item_to_document(_doc("Chip news", text, source="news"))).tags]

    assert tags("The U.S. blacklisted four supercomputing centres linked to a defence university.") == [
        "entity_list.addition"
    ]
    assert tags("Acme halted shipments after the Commerce Department blacklisted the company in May.") == []
    assert tags("Treasury blacklisted three shipping firms on Tuesday.") != ["entity_list.addition"]


def test_the_model_adds_no_designation_beside_a_waiver_the_rules_read() -> None:
    title = "Extension of Waiver of Missile Proliferation Sanctions Against Xland Government Activities"
    assert not model_may_add("sanctions.designation", {"license.decision"}, {"title": title, "text": title})
    title = "Imposition of Missile Proliferation Sanctions Against Xland Entities"
    assert model_may_add("sanctions.designation", {"license.decision"}, {"title": title, "text": title})


def test_the_model_adds_no_designation_to_a_headline_of_someone_urged_to_sanction() -> None:
    text = "An advocacy group asked the Treasury to sanction three Xland judges under the Magnitsky Act."
    urged = {"title": "Administration urged to sanction Xland judges", "text": text}
    assert not model_may_add("sanctions.designation", [], urged)
    done = {"title": "Treasury sanctions three Xland judges", "text": text}
    assert model_may_add("sanctions.designation", [], done)


def test_the_model_adds_nothing_to_one_chamber_s_vote_the_rules_leave_untagged() -> None:
    texts = {
        "title": "House votes to withhold high-technology export licences for Xland",
        "text": "The House voted 390 to 24 for an amendment; the bill still has to pass the Senate.",
    }
    assert model_may_add("license.requirement", [], texts) is False
    # A tag the rules found lets the model add what they missed, and a law enacted is no chamber's vote.
    assert model_may_add("export_control.other", ["license.requirement"], texts) is True
    signed = {**texts, "title": "President signs law to withhold high-technology export licences for Xland"}
    assert model_may_add("license.requirement", [], signed) is True


def test_the_model_adds_nothing_to_a_chamber_taking_up_a_bill() -> None:
    texts = {
        "title": "House takes up bill to bar arms exports to Xland",
        "text": "The bill would restrict arms exports and require licences for them.",
    }
    assert model_may_add("license.requirement", [], texts) is False
