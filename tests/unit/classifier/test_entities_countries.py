"""Rule-text parties, countries as destinations, severity and idempotence memory."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from classifier.agents import handle
from classifier.classify import classify
from classifier.countries import find_countries
from classifier.dedup import Emitted
from classifier.lists import Lists, ListState, screening_matcher
from classifier.mentions import at_the_name
from classifier.offline import item_to_document
from classifier.rule_text import (
    designated_parties,
    determined_parties,
    example_parties,
    extract,
    extract_examples,
    extract_legal_forms,
)
from schemas.events import (
    ChangeKind,
    DocumentSeen,
    EntityMention,
    MatchKind,
    ScreeningChange,
    ScreeningEntry,
    Severity,
    SourceKind,
    WatchlistEntry,
)
from schemas.severity import team_severity


def test_denial_order_caption_names_every_party() -> None:
    title = "Action Affecting Export Privileges; Balli Group PLC; Vahid Alaghband; Blue Sky One Ltd."
    assert [m.text for m in extract({"title": title})] == [
        "Balli Group PLC",
        "Vahid Alaghband",
        "Blue Sky One Ltd.",
    ]


def test_a_denial_order_caption_names_each_alias_of_its_party() -> None:
    title = (
        "In the Matter of: Tina Foo a/k/a Ya Wen Foo, a/k/a Tina Barr, Inmate Number: 47268-509, "
        "P.O. Box 27137, Fort Worth, TX 76127; Order Denying Export Privileges"
    )
    assert {"Ya Wen Foo", "Tina Barr"} <= {m.text for m in extract({"title": title})}


def test_following_entity_and_added_to_list_are_rule_text_mentions() -> None:
    text = (
        "The measures shall apply to the following foreign entity identified in the report: Jiangsu Yongli "
        "Chemicals Corporation (China). Commerce removed Canada-based Sandvine from the list."
    )
    found = extract({"text": text})
    assert [(m.text, m.list) for m in found] == [
        ("Jiangsu Yongli Chemicals Corporation", "rule text"),
        ("Sandvine", "rule text"),
    ]


def test_supplement_4_instructions_name_each_new_entry() -> None:
    body = (
        "a. By adding, under China, People's Republic of, in alphabetical order, entries for “Beijing "
        "Zhongke Microelectronics Co., Ltd.”, “Shenzhen Ascend Optics” and “Wuhan Lidar Technology”; and"
    )
    assert [m.text for m in extract({"body": body})] == [
        "Beijing Zhongke Microelectronics Co., Ltd.",
        "Shenzhen Ascend Optics",
        "Wuhan Lidar Technology",
    ]


def test_legal_forms_mark_organisations_in_a_listing() -> None:
    text = (
        "The Department of Commerce added OOO Volna Systems, Orion Avia JSC and Lumen Optics (Shenzhen) Co., "
        "Ltd. to the Entity List. The Tallis Instruments Corporation and Birch Trading Ltd. were revised."
    )
    assert [m.text for m in extract_legal_forms({"text": text})] == [
        "Orion Avia JSC",
        "Lumen Optics (Shenzhen) Co., Ltd.",
        "Tallis Instruments Corporation",
        "Birch Trading Ltd.",
        "OOO Volna Systems",
    ]
    spans = [(m.start, m.end) for m in extract_legal_forms({"text": text})]
    assert next(text[s:e] for s, e in spans if s is not None and e is not None) == "Orion Avia JSC"


def test_a_company_named_for_its_country_keeps_the_country_in_its_name() -> None:
    text = "The penalties fell on China Northern Gadget Corporation and on the Chinese firm Lumen Optics Ltd."
    assert [m.text for m in extract_legal_forms({"text": text})] == [
        "China Northern Gadget Corporation",
        "Lumen Optics Ltd.",
    ]


def test_bodies_named_by_what_they_are_are_parties_of_a_listing() -> None:
    text = (
        "The names were Zorva Chemical Equipment Plant, Kestrel Aviation Institute, the Talin Institute of "
        "Applied Optics and Brenna Trading of Malaysia. Members of the Australia Group and the Export-Import "
        "Bank were told; a Foreign Terrorist Organization was named; Xland's Bank said nothing."
    )
    assert [m.text for m in extract_legal_forms({"text": text})] == [
        "Zorva Chemical Equipment Plant",
        "Kestrel Aviation Institute",
        "Talin Institute of Applied Optics",
        "Brenna Trading",
    ]
    # A headline capitalises every word: its "Iranian Bank" is no name.
    assert extract_legal_forms({"title": "U.S. Designates Iranian Bank And Zorva Trading"}) == []


def test_a_listing_s_people_introduced_by_their_role_are_parties_but_not_its_speakers() -> None:
    listing = item_to_document(
        {"id": "a", "title": "Treasury sanctions a drone parts network",
         "text": "The network OFAC sanctioned on Tuesday runs through Zorva Avia LLC, its chief executive "
                 "Javad Talinzadeh Horra, the Montana resident Kenneth Brill and three officials, Shuvai "
                 "Marro, Naison Kettle and Ahmed Musa Qarra. Opposition leader Juan Brava welcomed it, and "
                 "spokesman Adam Ekel said more would follow."}
    )  # fmt: skip
    result = classify(listing)
    assert "sanctions.designation" in {t.id for t in result.tags}
    names = {m.text for m in result.entities}
    people = {"Javad Talinzadeh Horra", "Kenneth Brill", "Shuvai Marro", "Naison Kettle", "Ahmed Musa Qarra"}
    assert people <= names
    assert not names & {"Juan Brava", "Adam Ekel"}
    background = item_to_document(
        {"id": "b", "title": "Treasury sanctions a front network",
         "text": "OFAC named 40 fronts of the Xland government; the two U.S. firms among them were "
                 "reportedly tied to the businessman Anees Kettle, and the list came out after a speech at "
                 "Talin University."}
    )  # fmt: skip
    assert not {m.text for m in classify(background).entities} & {"Anees Kettle", "Talin University"}
    plural = item_to_document(
        {"id": "c", "title": "Treasury sanctions a chemical supplier",
         "text": "OFAC designated Zorva Chemical Co., Ltd. on Friday; the designees include its sales "
                 "representatives Wu Talin and Wu Kestrel."}
    )  # fmt: skip
    assert {"Wu Talin", "Wu Kestrel"} <= {m.text for m in classify(plural).entities}


def test_legal_forms_name_parties_of_listings_but_not_exporters_of_licence_news() -> None:
    listing = item_to_document(
        {"id": "a", "title": "Commerce adds Orion Avia JSC to the Entity List",
         "text": "The Commerce Department added Orion Avia JSC to the Entity List on Tuesday."}
    )  # fmt: skip
    licence = item_to_document(
        {"id": "b", "title": "U.S. grants Tallis Instruments Corporation licences to sell to a listed firm",
         "text": "Commerce granted licences to Tallis Instruments Corporation to ship chips."}
    )  # fmt: skip
    assert "Orion Avia JSC" in {m.text for m in classify(listing).entities}
    assert "Tallis Instruments Corporation" not in {m.text for m in classify(licence).entities}


def test_places_are_not_parties() -> None:
    assert extract({"text": "BIS added 71 entities in Russia and Belarus to the Entity List."}) == []


def test_countries_names_demonyms_and_background() -> None:
    text = (
        "BIS added nine Pakistani entities and firms in the People's Republic of China and the UAE, over "
        "Russia's aggression against Ukraine; Australia Group members agreed."
    )
    found = {c.name: c for c in find_countries({"text": text})}
    assert set(found) == {"Pakistan", "China", "United Arab Emirates", "Russia"}
    ev = found["Pakistan"].evidence[0]
    assert text[ev.start : ev.end] == "Pakistani"


def test_every_un_member_is_a_destination_and_a_place_is_no_party() -> None:
    text = (
        "The rule revises policy for Côte d’Ivoire, the Democratic Republic of the Congo, Guinea-Bissau and "
        "Papua New Guinea, and removes one entity under the destination of Hong Kong from the Entity List."
    )
    names = {c.name for c in find_countries({"text": text})}
    assert names == {
        "Côte d'Ivoire", "Democratic Republic of the Congo", "Guinea-Bissau", "Papua New Guinea", "Hong Kong"
    }  # fmt: skip
    assert extract({"text": text}) == []


def test_licence_review_policy_keeps_a_report_that_mentions_tariffs_in_scope() -> None:
    item = {
        "id": "t", "source": "news", "title": "Chip exports move to case-by-case review",
        "text": "The final rule changes the licence review policy for advanced chips to China from a "
        "presumption of denial to case-by-case review. A separate proclamation imposes a tariff on chips.",
    }  # fmt: skip
    assert [t.id for t in classify(item_to_document(item)).tags] == ["license.requirement"]


def test_untagged_documents_name_no_countries() -> None:
    item = {"id": "t", "source": "federal_register", "title": "Hot-Rolled Steel From Japan and Korea"}
    assert classify(item_to_document(item)).countries == []


def test_another_government_s_story_names_no_listed_party_but_keeps_a_team_s_watched_name() -> None:
    state = ListState()
    listed = ScreeningEntry(
        list="Specially Designated Nationals (SDN) - Treasury Department",
        entry_id="s1",
        name="Acme Rotor Works",
        entity_type="Entity",
    )
    state.apply_screening(listed.entry_id, listed)
    item = {
        "id": "t",
        "source": "news",
        "title": "UK freezes assets of Acme Rotor Works",
        "text": "Britain froze the assets of Acme Rotor Works on Monday under its own regime.",
    }
    assert classify(item_to_document(item), state.snapshot()).entities == []
    watched = WatchlistEntry(team_id="t", entry_id="1", name="Acme Rotor Works")
    state.apply_watch(watched.key, watched)
    result = classify(item_to_document(item), state.snapshot())
    assert result.tags == []
    assert {(m.canonical_name, m.team_id) for m in result.entities} == {("Acme Rotor Works", "t")}
    # In scope but untagged, the name stays: the tags may be what was missed.
    ours = {**item, "title": "Acme Rotor Works cut off", "text": "Treasury cut Acme Rotor Works off."}
    assert classify(item_to_document(ours), state.snapshot()).tags == []
    assert "Specially Designated Nationals (SDN) - Treasury Department" in {
        m.list for m in classify(item_to_document(ours), state.snapshot()).entities
    }


def test_watched_entity_in_an_addition_is_critical_only_for_its_team() -> None:
    state = ListState()
    watched = WatchlistEntry(team_id="t", entry_id="1", name="Acme Rotor Works")
    state.apply_watch(watched.key, watched)
    item = {"id": "t", "source": "news", "title": "BIS adds Acme Rotor Works to the Entity List"}
    result = classify(item_to_document(item), state.snapshot())
    # Published to every team: the base severity, which no watchlist raises or names.
    assert result.severity is Severity.HIGH
    assert "watched" not in result.severity_reason
    own = [m.canonical_name for m in result.entities if m.team_id == "t"]
    assert own == ["Acme Rotor Works"]
    severity, reason = team_severity(result.tag_ids, own)
    assert severity is Severity.CRITICAL
    assert "Acme Rotor Works" in reason


def test_emitted_memory_is_per_content_and_bounded() -> None:
    emitted = Emitted(capacity=2)
    emitted.record("a", "h1")
    assert emitted.already("a", "h1")
    assert not emitted.already("a", "h2")  # a revision is emitted again
    emitted.record("b", "h")
    emitted.record("c", "h")
    assert not emitted.already("a", "h1")  # forgotten beyond capacity


def test_agent_handle_raises_on_poison_so_the_agent_dead_letters() -> None:
    with pytest.raises(ValidationError):
        handle(b"{not json", Lists())
    with pytest.raises(ValueError, match="empty"):
        handle(None, Lists())


def test_screening_list_change_names_its_entry_and_watching_teams() -> None:
    entry = ScreeningEntry(
        list="Entity List (EL) - Bureau of Industry and Security", entry_id="e1", name="Acme Rotor Works Ltd."
    )
    state = ListState()
    watched = WatchlistEntry(team_id="t9", entry_id="w", name="Acme Rotor Works")
    state.apply_watch(watched.key, watched)
    document = DocumentSeen(
        event_id="screening_list:el:e1",
        source=SourceKind.SCREENING_LIST,
        source_id="csl",
        content_hash="h",
        title="Entity List: Acme Rotor Works Ltd. added",
        screening_change=ScreeningChange(change=ChangeKind.ADDED, entry=entry),
    )
    result = classify(document, state.snapshot())
    assert result.tag_ids == {"entity_list.addition"}
    assert {(m.list, m.team_id) for m in result.entities if m.field == "screening_change"} == {
        (entry.list, None),
        ("watchlist", "t9"),
    }
    assert result.severity is Severity.HIGH  # critical only in team t9's own view (schemas.severity)


def test_supplement_4_destination_headings_in_capitals() -> None:
    found = find_countries({"body": "CHINA, PEOPLE'S REPUBLIC OF: Wuhan Lidar Technology, Wuhan."})
    assert [c.name for c in found] == ["China"]


def test_a_caption_party_is_named_before_its_address() -> None:
    title = "Foo Airlines, Pilot St 18-4, Xcity, Xland; Order Renewing Temporary Denial of Export Privileges"
    assert [m.text for m in extract({"title": title})] == ["Foo Airlines"]


def test_a_short_form_introduced_after_a_listed_name_is_that_entry() -> None:
    entry = ScreeningEntry(
        list="Entity List (EL) - Bureau of Industry and Security",
        entry_id="e1",
        name="University of Xland Science and Technology",
        entity_type="Entity",
    )
    lists = Lists(screening=screening_matcher([entry]))
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "Foo settles BIS charges",
            "text": "Foo shipped detectors to the University of Xland Science and Technology (UXST) without "
            "licences and agreed to pay a civil penalty to settle charges of export violations.",
        }
    )
    found = {m.text: m.canonical_name for m in classify(document, lists).entities}
    assert found["UXST"] == found["University of Xland Science and Technology"] == entry.name


def test_parties_enumerated_in_parentheses_and_names_with_and() -> None:
    document = item_to_document(
        {
            "id": "t",
            "source": "news",
            "title": "U.S. takes Xland labs off its Entity List",
            "text": "BIS removed four Xland defence laboratories (the Foo Research and Development "
            "Establishment, the Bar Electronics Lab and the Baz Solid State Physics Laboratory) from the "
            "Entity List. Treasury designated two entities, which include the Xland-based Qux Technology and "
            "Science Research Center and its procurement company Quux Industrial Engineering.",
        }
    )
    names = {m.text for m in classify(document, Lists()).entities}
    assert {
        "Foo Research and Development Establishment",
        "Bar Electronics Lab",
        "Baz Solid State Physics Laboratory",
        "Qux Technology and Science Research Center",
        "Quux Industrial Engineering",
    } <= names


def test_the_first_example_after_the_cue_is_a_party_too() -> None:
    text = "Commerce added 12 firms to the Entity List, such as Foochip and Barcarrier."
    assert [m.text for m in example_parties(text, "text")] == ["Foochip", "Barcarrier"]


def test_the_targets_of_a_designation_are_parties() -> None:
    text = "The targets include the Xland-based Qux Research Center and its procurement arm Quux Engineering."
    assert [m.text for m in example_parties(text, "text")] == ["Qux Research Center", "Quux Engineering"]


def test_a_designation_category_after_an_alias_is_no_party() -> None:
    text = (
        "Treasury designated crime boss Jon Foo, also known as Sheikh Jon Bar, a Specially Designated Global "
        "Terrorist under Executive Order 13224."
    )
    assert [m.text for m in example_parties(text, "text")] == ["Sheikh Jon Bar"]


def test_a_state_determination_names_each_party_it_enumerates() -> None:
    text = (
        "The Under Secretary of State has determined that the Xland Ministry of Defense and Armed Forces "
        "Supply (XMODAS), Foo Aviation Works Co., Ltd., 12th Bar Test Center, and Qux Director Jon Baz "
        "engaged in activity that materially contributes to the proliferation of weapons."
    )
    assert [m.text for m in determined_parties(text, "text")] == [
        "Xland Ministry of Defense and Armed Forces Supply",
        "Foo Aviation Works Co., Ltd.",
        "12th Bar Test Center",
        "Qux Director Jon Baz",
    ]
    # Two parties are joined by "and"; "each of" opens the list; a description is no party.
    two = "The Secretary determined that each of Jon Foo (Jon Fu) and Bar Shipping Lines met the criteria."
    assert [m.text for m in determined_parties(two, "text")] == ["Jon Foo", "Bar Shipping Lines"]
    vague = "The Secretary determined that such items have the potential of making a material contribution."
    assert list(determined_parties(vague, "text")) == []


def test_a_designation_names_unlisted_parties_of_a_determination() -> None:
    document = item_to_document(
        {
            "id": "d",
            "source": "federal_register",
            "title": "Notice of Department of State Sanctions Actions",
            "text": (
                "Pursuant to the Executive Order Blocking Property of Certain Persons With Respect to Xland, "
                "the Secretary of State has determined that Foo Aviation Works and Bar Test Center engaged "
                "in activity that materially contributes to the supply of arms to Xland."
            ),
            "agencies": ["State Department"],
            "document_type": "NOTICE",
        }
    )
    found = classify(document)
    assert "sanctions.designation" in {t.id for t in found.tags}
    assert {"Foo Aviation Works", "Bar Test Center"} <= {e.text for e in found.entities}


@pytest.mark.parametrize(
    ("title", "names"),
    [
        ("Designation of Foo Bar Front as a Specially Designated Global Terrorist", ["Foo Bar Front"]),
        (
            "Foreign Terrorist Organization Designation of Cartel de los Foos and Los Bares",
            ["Cartel de los Foos", "Los Bares"],
        ),
        ("Review of the Foreign Terrorist Organization Designation of al-Fooab", ["al-Fooab"]),
        (
            "In the Matter of the Amendment of the Designation of Foo State of Xland and the Levant, Also "
            "Known as Foo State, Also Known as FSXL, as a Foreign Terrorist Organization",
            ["Foo State of Xland and the Levant"],
        ),
        (
            "In the Matter of the Designation of Harakat Foo (and Other Aliases) as a Foreign Terrorist "
            "Organization",
            ["Harakat Foo"],
        ),
        (
            "Designation of Jon Foo, Bar Yahya Baz, and Qari Qux as Specially Designated Global Terrorists",
            ["Jon Foo", "Bar Yahya Baz", "Qari Qux"],
        ),
        (
            "Specially Designated Global Terrorist Designation of Foo Ost, Informal Bar "
            "Federation/International Baz Front, and Qux Justice",
            ["Foo Ost", "Informal Bar Federation/International Baz Front", "Qux Justice"],
        ),
        # Descriptions and other designations name no party.
        ("Designation of Three Entities Contributing to Ballistic Missile Proliferation", []),
        ("Designation of Xland for Temporary Protected Status", []),
        ("Designation of the Kingdom of Xland as a Major Non-NATO Ally", []),
    ],
)
def test_a_designation_notice_names_its_party_in_the_title(title: str, names: list[str]) -> None:
    found = extract({"title": title})
    assert [m.text for m in found] == names
    assert all(title[m.start or 0 : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "OFAC designated Xland's Ministry of Defence together with Defence Minister Jon Foo and Energy "
            "Minister Bar Baz on Monday.",
            ["Ministry of Defence", "Jon Foo", "Bar Baz"],
        ),
        (
            "Treasury sanctioned Xlandian national Jon Foo Barov and Yland consular official Kim Qux Sun, "
            "who it said moved funds for the Foo Bureau.",
            ["Jon Foo Barov", "Kim Qux Sun"],
        ),
        (
            "OFAC designated the Xland mining authority, the General Directorate of Foo (DGF), and official "
            "Jon Bar Baz under Executive Order 13851.",
            ["General Directorate of Foo", "Jon Bar Baz"],
        ),
        (
            "Treasury lifts sanctions on Foomet, Barco Group and Bazenergo; Jon Foo stays listed",
            ["Foomet", "Barco Group", "Bazenergo"],
        ),
        (
            "Those named are Foo Machinery Co, Bar Trade and Jon Qux.",
            ["Foo Machinery Co", "Bar Trade", "Jon Qux"],
        ),
        (
            "Treasury sanctioned Xland's Vice President, Rosaria Foo, and the Finance Minister, Jon Bar, on "
            "Tuesday.",
            ["Rosaria Foo", "Jon Bar"],
        ),
        # No proper name in the object: a count, a country, the programme.
        ("Treasury designated 12 companies under Executive Order 13382.", []),
        ("The United States sanctioned Venezuela over the crackdown.", []),
        ("OFAC designated SDNs in 2025 under the EAR99 rule.", []),
    ],
)
def test_a_designation_sentence_names_its_object(text: str, names: list[str]) -> None:
    found = list(designated_parties(text, "text"))
    assert [m.text for m in found] == names
    assert all(text[m.start or 0 : m.end] == m.text for m in found)


def test_a_debarment_notice_names_its_parties_in_the_title() -> None:
    title = (
        "Bureau of Political-Military Affairs; Rescission of Statutory Debarment of Jon Foo Smith, Bar Metal "
        "Industries, Inc., and Baz Corporation Under the International Traffic in Arms Regulations"
    )
    assert [m.text for m in extract({"title": title})] == [
        "Jon Foo Smith",
        "Bar Metal Industries, Inc.",
        "Baz Corporation",
    ]


def test_sa_and_ag_are_legal_forms() -> None:
    text = "Treasury sanctioned its subsidiary Foo Luxembourg SA and the trader Bar Holding AG."
    assert [m.text for m in extract_legal_forms({"text": text})] == ["Foo Luxembourg SA", "Bar Holding AG"]


def test_a_party_known_by_another_name() -> None:
    text = "Treasury sanctioned the Xland Space Research Institute, known as Foospace, and its subsidiary."
    assert "Foospace" in [m.text for m in example_parties(text, "text")]


def test_an_authoritys_or_a_laws_acronym_is_no_party() -> None:
    text = (
        "The Office of Foreign Assets Control (OFAC) designated Foo Trading Company (FOOTCO) under the Xland "
        "Sanctions Act (XSA)."
    )
    assert [m.text for m in example_parties(text, "text")] == ["Foo Trading Company", "FOOTCO"]


def test_a_law_is_no_designated_party() -> None:
    text = "Treasury designated Jon Foo under the Foreign Narcotics Kingpin Designation Act."
    assert [m.text for m in designated_parties(text, "text")] == ["Jon Foo"]


def test_an_nrc_order_in_the_matter_of_its_licensee_names_no_party() -> None:
    text = "In the Matter of Foo Electric Company LLC; Order Suspending License To Export to Xland."
    bis = {"title": "Order", "text": text, "agencies": "Commerce Department; Industry and Security Bureau"}
    nrc = {"title": "Order", "text": text, "agencies": "Nuclear Regulatory Commission"}
    assert [m.text for m in extract(bis)] == ["Foo Electric Company LLC"]
    assert extract(nrc) == []


def test_a_designation_title_describing_its_parties_names_none() -> None:
    title = "Designation of Certain Foo Brotherhood Chapters as Specially Designated Global Terrorists"
    assert extract({"title": title}) == []


def _caption_entities(title: str, lists: Lists) -> list[EntityMention]:
    """The entities classify() finds in a title-only BIS order captioned with its parties."""
    document = item_to_document(
        {"id": "t", "source": "federal_register", "title": title, "text": title, "document_type": "NOTICE"}
    )
    return classify(document, lists).entities


def test_a_listed_name_that_is_only_the_leading_words_of_a_caption_party_is_another_party() -> None:
    entries = [
        ScreeningEntry(
            list="Specially Designated Nationals (SDN) - Treasury Department",
            entry_id="p1",
            name="FOOBAR, Hassan Ali",
            entity_type="Individual",
        ),
        ScreeningEntry(
            list="Entity List (EL) - Bureau of Industry and Security",
            entry_id="c1",
            name="Quxian Aviation Co., Ltd.",
            entity_type="Entity",
        ),
    ]
    lists = Lists(screening=screening_matcher(entries))
    title = (
        "In the Matter of: Hassan Ali Moshir-Fatemi, 290 Summit Road, Xtown, CA 95076; Order Denying Export "
        "Privileges"
    )
    found = {(m.text, m.list) for m in _caption_entities(title, lists)}
    assert found == {("Hassan Ali Moshir-Fatemi", "rule text")}
    # A corporate form after a listed name is the same company, which keeps its list match.
    title = "In the Matter of: Quxian Aviation Co., Ltd., 1 Xroad, Xcity; Order Denying Export Privileges"
    lists_found = {m.entry_id for m in _caption_entities(title, lists)}
    assert "c1" in lists_found
    # A particle may join the listed words to the rest of the longer name: "Foo Empresa de Transporte ...".
    lists = Lists(
        screening=screening_matcher(
            [
                *entries,
                ScreeningEntry(list=entries[1].list, entry_id="c2", name="Foo Empresa", entity_type="Entity"),
            ]
        )
    )
    title = (
        "Foo Empresa de Transporte Quxcargo del Sur, S.A., a/k/a Quxcargo Transportation Company; "
        "Avenida Uno, Xcity; Order Renewing Temporary Denial of Export Privileges"
    )
    found_ids = {(m.text, m.entry_id) for m in _caption_entities(title, lists)}
    assert ("Foo Empresa de Transporte Quxcargo del Sur, S.A.", None) in found_ids
    assert "c2" not in {entry for _, entry in found_ids}
    # ... unless the longer name is the listed name in full, which keeps its list match.
    listed = ScreeningEntry(
        list=entries[0].list, entry_id="c3", name="QUXELEOS DE XLANDIA, S.A.", entity_type="Entity"
    )
    lists = Lists(screening=screening_matcher([listed]))
    text = "Treasury sanctioned the state oil company Quxeleos de Xlandia for its trade with Foo."
    document = item_to_document({"id": "t", "source": "news", "title": "Oil firm sanctioned", "text": text})
    assert "c3" in {m.entry_id for m in classify(document, lists).entities}


def test_a_denial_order_s_object_names_its_parties_listed_or_not() -> None:
    text = (
        "BIS imposed a temporary denial order suspending for 180 days the export privileges of Foo Airways "
        "Company Limited, Andy Barman and Jon Edward Quux, who were trying to sell two aircraft."
    )
    found = [m.text for m in extract_examples({"text": text})]
    assert found == ["Foo Airways Company Limited", "Andy Barman", "Jon Edward Quux"]
    unnamed = "BIS denied the export privileges of two Iranians over a drill press."
    assert [m.text for m in extract_examples({"text": unnamed})] == []


def test_the_parties_a_designation_lists_in_its_next_sentence_and_after_an_apposition() -> None:
    text = (
        "The President blocked the U.S. assets of four officials. They are Minister of Public Security "
        "Alain Foo, deputy police chief Jean Barre and former spy chief Paul Quux, who face visa bans."
    )
    assert [m.text for m in extract_examples({"text": text})] == ["Alain Foo", "Jean Barre", "Paul Quux"]
    added = "OFAC added Foo LNG 2 LLC, the company behind the Xland plant, to its sanctions list."
    assert "Foo LNG 2 LLC" in {m.text for m in extract({"text": added})}


def test_a_counted_listing_names_its_parties_in_the_next_sentence() -> None:
    text = (
        "Commerce placed three Xlandian organisations on its Entity List. The three are the Foo University "
        "of Chemical Technology, the Xcity Aviation Institute and the Bar Design Institute of Power."
    )
    assert [m.text for m in extract_examples({"text": text})] == [
        "Foo University of Chemical Technology",
        "Xcity Aviation Institute",
        "Bar Design Institute of Power",
    ]


def test_the_united_states_is_never_an_example_party() -> None:
    text = (
        "The Treasury put Xland's leader Jon Foo on its sanctions blacklist; the designations freeze any "
        "assets of the targets under U.S. jurisdiction."
    )
    assert "U.S." not in {m.text for m in extract_examples({"text": text})}


def test_an_order_s_annex_and_those_listed_name_their_parties() -> None:
    text = (
        "The order blocks any U.S. assets of the four principals named in its annex, Jon Foo Barra, Ana "
        "Quux Lopez and Pedro Baz. Those listed include his wife Maria Foo and his brother Luis Foo as well "
        "as senior security officials."
    )
    assert [m.text for m in extract_examples({"text": text})] == [
        "Jon Foo Barra",
        "Ana Quux Lopez",
        "Pedro Baz",
        "Maria Foo",
        "Luis Foo",
    ]


def test_an_office_aircraft_and_the_order_itself_are_no_parties() -> None:
    office = (
        "OFAC designated four officials. Those named are Xcity Communist Party Secretary and Politburo "
        "member Jon Foo, and the bureau's director Lee Bar."
    )
    assert [m.text for m in extract_examples({"text": office})] == ["Jon Foo", "Lee Bar"]
    aircraft = (
        "BIS renewed its denial order against Foo Airways, which re-exported U.S.-origin aircraft, "
        "including Boeing 747s, Airbus A310s and an MD-82, to Xland."
    )
    assert {m.text for m in extract_examples({"text": aircraft})}.isdisjoint(
        {"Boeing 747s", "Airbus A310s", "an MD-82", "MD-82"}
    )
    caption = "Action Affecting Export Privileges; Foo Materials, Inc.; Decision and Order"
    assert [m.text for m in extract({"title": caption})] == ["Foo Materials, Inc."]


def test_places_descriptions_and_addresses_are_no_parties_and_an_office_is_stripped() -> None:
    text = (
        "Commerce added Foo Trading to the Entity List and will revoke licences for exports to occupied "
        "Crimea. OFAC sanctioned Bar Industries for buying European-made engines, and its parent Quux Ltd."
    )
    found = {m.text for m in extract_examples({"text": text})}
    assert {"Crimea", "European-made"}.isdisjoint(found)
    caption = (
        "Action Affecting Export Privileges; Foo Air, S.A., Avenida Lecuna Torre Oeste Piso 49, Caracas, "
        "Xland; Avenida Lecuna Torre Oeste Piso 49, Caracas, Xland"
    )
    assert [m.text for m in extract({"title": caption})] == ["Foo Air, S.A."]
    title = "OFAC designates Colombian President Barro, his wife and Interior Minister Jon Bar"
    assert [m.text for m in extract_examples({"title": title})] == ["Barro", "Jon Bar"]


def test_a_law_named_for_a_country_names_no_destination() -> None:
    text = "State imposed measures on a Xland entity under the Iran Nonproliferation Act of 2000."
    assert "Iran" not in {c.name for c in find_countries({"text": text}, {})}


def test_blocked_assets_a_colon_list_and_ranks_name_their_parties() -> None:
    text = (
        "Treasury blocked the U.S. assets of rebel commander Jon Foo and Major-General Ali Barro, head of "
        "the guard. State named the first four targets, all Xland settlers: Ana Quux, Ben Baz, Cy Foo and "
        "Dov Levi, accused of leading a riot."
    )
    found = [m.text for m in extract_examples({"text": text})]
    assert found == ["Jon Foo", "Ali Barro", "Ana Quux", "Ben Baz", "Cy Foo", "Dov Levi"]
    glavkosmos = (
        "Washington imposed two-year sanctions on the Xland space organisation Foocosmos over a sale."
    )
    assert [m.text for m in extract_examples({"text": glavkosmos})] == ["Foocosmos"]


def test_an_office_and_a_nation_s_people_are_no_parties() -> None:
    text = (
        "The order blocks the property of the Supreme Leader and the Supreme Leader's Office. OFAC "
        "sanctioned Jon Foo and Americans are barred from dealing with him."
    )
    found = {m.text for m in extract_examples({"text": text})}
    assert "Supreme Leader" not in found
    assert "Americans" not in found


def test_south_sudanese_is_south_sudan_and_the_un_is_no_party() -> None:
    found = {c.name for c in find_countries({"text": "Treasury sanctioned two South Sudanese generals."}, {})}
    assert found == {"South Sudan"}
    text = "OFAC sanctioned Jon Foo, who supplied arms against the U.N. embargo, and the U.N."
    assert "U.N." not in {m.text for m in extract_examples({"text": text})}


def test_an_apposition_between_commas_does_not_end_a_designation_s_object() -> None:
    text = (
        "OFAC designated four firms. The army-linked targets are Foo Industries System, the country's "
        "largest arms maker, and the trader Bar Technology, and the other ones are the holding company Baz "
        "Activities Co Ltd and Quux General Trading, a front based in Xland."
    )
    assert [m.text for m in designated_parties(text, "text")] == [
        "Foo Industries System",
        "Bar Technology",
        "Baz Activities Co Ltd",
        "Quux General Trading",
    ]


def test_a_designated_person_named_before_the_body_they_serve_is_the_party() -> None:
    text = (
        "OFAC designated three Xland judicial officials under Executive Order 13851: Ivan Foo Bar of "
        "the Quxville appeals court, Nadia Camila Baz of a Quxville district trial court, and Octavio "
        "Ernesto Qux of the city's first criminal appeals court."
    )
    assert [m.text for m in designated_parties(text, "text")] == [
        "Ivan Foo Bar",
        "Nadia Camila Baz",
        "Octavio Ernesto Qux",
    ]


def test_an_order_titled_by_its_kind_alone_names_the_parties_its_text_captions() -> None:
    title = "Order Renewing Order Temporarily Denying Export Privileges"
    text = (
        "In the matter of: Foo Airways, Foo Tower, No. 21, Bar St., Xcity, Xland; Baz Aviation a/k/a GIE Baz "
        "Aviation, 42 Qux Avenue, 75008 Ycity, Yland; and 112 Quux Avenue, Ycity, Yland; Ivan Corge, 4th "
        "Floor, 33 Grault Square, Zcity."
    )
    found = [m.text for m in extract({"title": title, "text": text})]
    assert found == ["Foo Airways", "Baz Aviation", "Ivan Corge"]
    prose = "BIS renewed the order against Foo Airways for 180 days; the airline kept flying to Xland."
    assert extract({"title": title, "text": prose}) == []


def test_an_order_with_no_caption_names_the_party_it_defines_by_a_short_form() -> None:
    title = "Order Denying Export Privileges"
    text = (
        "On June 2, 1997, Jon Quxley Barrow (Barrow) was convicted in the United States District Court of "
        "violating the Arms Export Control Act (Act)."
    )
    assert [m.text for m in extract({"title": title, "text": text})] == ["Jon Quxley Barrow"]
    prose = "The Federal Register Act (Act) governs how Foo Barrow publishes its orders."
    assert extract({"title": "Notice of Meeting", "text": prose}) == []


def test_a_decision_captioned_with_its_subject_and_export_privileges_names_its_party() -> None:
    assert [m.text for m in extract({"title": "Foo Barrow; Export Privileges"})] == ["Foo Barrow"]
    assert extract({"title": "Export Privileges of Xland Nationals"}) == []


def test_former_states_older_documents_name_are_destinations() -> None:
    text = "COCOM eased controls on exports to the Soviet Union, Poland and Czechoslovakia in 1990."
    assert {c.name for c in find_countries({"text": text})} == {"Soviet Union", "Poland", "Czechoslovakia"}


@pytest.mark.parametrize(
    ("title", "names"),
    [
        (
            "Review of the Designation of Foo al-Bar (aka Foo Al-Baz and Other Aliases) as a Foreign "
            "Terrorist Organization",
            ["Foo al-Bar"],
        ),
        (
            "In the Matter of the Review of the Designation of Foo al-Bar (Foo al-Bar and Other Aliases) as "
            "a Foreign Terrorist Organization",
            ["Foo al-Bar"],
        ),
        (
            "In the Matter of the Designation of Ansar al-Foo in Xcity; Also Known as Supporters of Foo; "
            "Also Known as Ansar al-Foo in Xland; as a Foreign Terrorist Organization",
            ["Ansar al-Foo in Xcity"],
        ),
    ],
)
def test_a_designation_title_s_party_without_its_aliases_and_with_its_place(
    title: str, names: list[str]
) -> None:
    assert [m.text for m in extract({"title": title})] == names


def test_a_country_inside_a_group_s_name_is_no_destination_in_any_field() -> None:
    # Title-only: the text repeats the title, and the name there must hide its country too.
    title = "Designation of Jund al-Khilafah in Algeria as a Foreign Terrorist Organization"
    result = classify(
        item_to_document({"id": "t", "source": "federal_register", "title": title, "text": title})
    )
    assert [t.id for t in result.tags] == ["sanctions.designation"]
    assert "Jund al-Khilafah in Algeria" in {m.text for m in result.entities}
    assert result.countries == []


def test_a_state_s_own_body_names_its_country() -> None:
    item = {
        "id": "t", "source": "news", "title": "Treasury designates the Central Bank of Iran",
        "text": "The Treasury designated the Central Bank of Iran under its counterterrorism authority.",
    }  # fmt: skip
    result = classify(item_to_document(item))
    assert "Central Bank of Iran" in {m.text for m in result.entities}
    assert [c.name for c in result.countries] == ["Iran"]


def test_the_aliases_a_text_lists_for_a_listed_party_are_one_entity() -> None:
    entry = ScreeningEntry(
        list="Specially Designated Nationals (SDN) - Treasury Department",
        entry_id="s1",
        name="Jamaat Foo al-Bar",
        alt_names=["Foo Brigade of Xland", "Supporters of Foo"],
        entity_type="Entity",
    )
    lists = Lists(screening=screening_matcher([entry]))
    title = (
        "In the Matter of the Designation of Jamaat Foo al-Bar, Also Known as Foo Brigade of Xland, Also "
        "Known as Supporters of Foo, as a Specially Designated Global Terrorist"
    )
    document = item_to_document({"id": "t", "source": "federal_register", "title": title, "text": title})
    listed = [m for m in classify(document, lists).entities if m.entry_id == "s1"]
    assert {m.text for m in listed} == {"Jamaat Foo al-Bar"}
    # Named apart, without an alias cue, each name is still a mention of the entry.
    text = "Treasury designated Jamaat Foo al-Bar. Separately, the Foo Brigade of Xland was fined."
    document = item_to_document({"id": "t", "source": "news", "title": "Treasury action", "text": text})
    listed = [m for m in classify(document, lists).entities if m.entry_id == "s1"]
    assert {m.text for m in listed} == {"Jamaat Foo al-Bar", "Foo Brigade of Xland"}


def test_a_possessive_is_no_party() -> None:
    item = {
        "id": "t", "source": "news", "title": "US imposes sanctions on officials, bank",
        "text": "The Treasury designated 20 senior officials and the bank Qux Holdings. Those blacklisted "
        "include Foo's chief of staff Bar Baz and speaker Baz Qux.",
    }  # fmt: skip
    names = {m.text for m in classify(item_to_document(item)).entities}
    assert not {n for n in names if n.endswith("'s")}


def _listed(*names: str) -> Lists:
    entries = [
        ScreeningEntry(
            list="Specially Designated Nationals (SDN) - Treasury Department",
            entry_id=f"s{i}",
            name=name,
            alt_names=[],
            entity_type="Individual" if name.split()[-1].isupper() else "Entity",
        )
        for i, name in enumerate(names)
    ]
    return Lists(screening=screening_matcher(entries))


def test_a_name_in_the_possessive_before_another_party_s_is_its_owner_not_a_party() -> None:
    lists = _listed("Qux Relief Fund", "Foo Brigade", "Jon Qux BAR")
    text = "Treasury designated the Qux Relief Fund, which moved money for Jon Qux Bar's Foo Brigade."
    item = {"id": "t", "source": "news", "title": "Treasury designates a charity", "text": text}
    names = {m.text for m in classify(item_to_document(item), lists).entities}
    assert {"Qux Relief Fund", "Foo Brigade"} <= names
    assert not {n for n in names if n.startswith("Jon Qux Bar")}
    # The possessive before an ordinary word ("Jon Qux Bar's network") still names him.
    item["text"] = "Treasury designated the Qux Relief Fund, which moved money for Jon Qux Bar's network."
    names = {m.text for m in classify(item_to_document(item), lists).entities}
    assert {n for n in names if n.startswith("Jon Qux Bar")}


def test_a_listed_person_named_for_a_tie_to_the_one_acted_on_stays_a_party() -> None:
    lists = _listed("Qux Relief Fund", "Foo Brigade", "Jon Qux BAR")
    text = (
        "Treasury designated the Qux Relief Fund, which acted on behalf of Jon Qux Bar. The fund is linked "
        "to Foo Brigade."
    )
    item = {"id": "t", "source": "news", "title": "Treasury designates a charity", "text": text}
    names = {m.text for m in classify(item_to_document(item), lists).entities}
    assert {"Qux Relief Fund", "Jon Qux Bar", "Foo Brigade"} <= names


def test_a_party_described_by_nationality_and_trade_keeps_its_legal_form() -> None:
    item = {
        "id": "t", "source": "news", "title": "BIS order strands flight crews",
        "text": "BIS issued a temporary denial order against the Spanish charter company Foo Air, S.L. and "
        "Bar Pearl Airlines, cutting off their export privileges for 180 days.",
    }  # fmt: skip
    names = {m.text for m in classify(item_to_document(item)).entities}
    assert "Foo Air, S.L." in names


def test_a_conjunction_is_no_descriptor_before_a_party_name() -> None:
    item = {
        "id": "t", "source": "news", "title": "Treasury sanctions nine over corruption",
        "text": "OFAC sanctioned nine individuals. They include the former lawmaker and Qux Party leader Jon "
        "Bar, designated for bribing officials.",
    }  # fmt: skip
    names = {m.text for m in classify(item_to_document(item)).entities}
    assert "Qux Party" not in names


def test_a_place_or_programme_after_a_preposition_is_no_example_party() -> None:
    text = (
        "The Treasury designated Foo Kuok-koi, the gangster known as Broken Tooth, under the Global "
        "Magnitsky programme, and the Foo Relief Foundation, a charity with offices including one in "
        "Cumberland, Maryland, as a financier of terrorist groups, including groups active in Kashmir."
    )
    names = [m.text for m in example_parties(text, "text")]
    assert "Broken Tooth" in names
    assert not {"Global Magnitsky", "Cumberland", "Maryland", "Kashmir"} & set(names)


def test_the_older_spelling_of_kazakhstan_is_the_country() -> None:
    found = find_countries({"text": "destined for Georgia, Kazakstan, Kyrgyzstan and Moldova"})
    assert "Kazakhstan" in {c.name for c in found}


def test_a_counted_block_s_colon_list_names_its_parties_without_their_nationality() -> None:
    text = (
        "The Treasury said it had blocked the assets of six men accused of running smuggling networks in "
        "Xland: the Libyans Ahmad Foo, Mus'ab Bar and Mohammed Baz and the Eritreans Ermias Qux and "
        "Fitiwi Quux."
    )
    assert [m.text for m in designated_parties(text, "text")] == [
        "Ahmad Foo",
        "Mus'ab Bar",
        "Mohammed Baz",
        "Ermias Qux",
        "Fitiwi Quux",
    ]


def test_the_sanctions_imposed_on_people_name_them_without_office_or_role() -> None:
    text = (
        "The revocation ended the sanctions imposed on ICC Prosecutor Fatou Foo and Phakiso Bar, head of the "
        "court's Jurisdiction, Complementarity and Cooperation Division, whose names came off the list."
    )
    assert [m.text for m in designated_parties(text, "text")] == ["Fatou Foo", "Phakiso Bar"]


def test_those_named_and_the_companies_are_lists_of_parties() -> None:
    text = (
        "OFAC froze the U.S. assets of 13 officials. Those named included electoral council head Tibisay "
        "Foo, former vice president Elias Bar and ombudsman Tarek Baz. The companies are the ranch Qux Norte "
        "and Quux Holdings."
    )
    names = [m.text for m in designated_parties(text, "text")]
    assert {"Tibisay Foo", "Elias Bar", "Tarek Baz", "Qux Norte", "Quux Holdings"} <= set(names)


def test_a_plural_demonym_names_its_country() -> None:
    names = {c.name for c in find_countries({"text": "Treasury added six Venezuelans and two Syrians."})}
    assert names == {"Venezuela", "Syria"}
    # An ethnic group is a people, not the state its name shares.
    assert not find_countries({"text": "attacks on ethnic Albanians in the province"})


def _one_list(*entries: tuple[str, str, list[str]]) -> Lists:
    """Lists holding these (entry id, name, aliases) SDN entries."""
    return Lists(
        screening=screening_matcher(
            [
                ScreeningEntry(
                    list="Specially Designated Nationals (SDN) - Treasury Department",
                    entry_id=entry_id,
                    name=name,
                    alt_names=aliases,
                    entity_type="Individual",
                )
                for entry_id, name, aliases in entries
            ]
        )
    )


def _listed_names(lists: Lists, title: str, text: str) -> list[str]:
    document = item_to_document({"id": "t", "source": "news", "title": title, "text": text})
    return [m.text for m in classify(document, lists).entities if m.entry_id is not None]


def test_an_alias_given_after_a_named_party_is_that_partys_whatever_it_matches() -> None:
    lists = _one_list(("s1", "Jan Foo Barzani", []), ("s2", "Piet Quxley", ["Abu Zed"]))
    names = _listed_names(
        lists,
        "Treasury designates financiers",
        "Treasury designated Jan Foo Barzani, known as Abu Zed, a financier of the group.",
    )
    assert names == ["Jan Foo Barzani"]


def test_a_nickname_in_parentheses_after_a_listed_name_is_the_same_party() -> None:
    lists = _one_list(("s1", "Ivan Foo Barrera", ["El Quxo"]))
    names = _listed_names(
        lists, "OFAC designates cartel leaders", "OFAC designated Ivan Foo Barrera (El Quxo) as a kingpin."
    )
    assert names == ["Ivan Foo Barrera"]


def test_a_later_shorter_form_of_a_listed_name_is_the_same_party() -> None:
    lists = _one_list(("s1", "La Foo Michoacana", ["La Foo"]))
    names = _listed_names(
        lists,
        "OFAC designates cartel",
        "OFAC designated La Foo Michoacana as a trafficking organisation. Leaders of La Foo run its "
        "finances.",
    )
    assert names == ["La Foo Michoacana"]


def test_an_alias_cue_may_carry_an_article() -> None:
    lists = _one_list(("s1", "Foo Front", ["Victory Foo Front"]))
    title = "In the Matter of the Designation of Foo Front Also Known as The Victory Foo Front"
    document = item_to_document({"id": "t", "source": "federal_register", "title": title, "text": title})
    assert {m.text for m in classify(document, lists).entities if m.entry_id == "s1"} == {"Foo Front"}


def test_a_defendant_on_a_list_made_after_the_case_is_no_party_of_the_case() -> None:
    def debarred(list_name: str) -> Lists:
        entry = ScreeningEntry(
            list=list_name, entry_id="d1", name="Jan Foo Quxley", alt_names=[], entity_type="Individual"
        )
        return Lists(screening=screening_matcher([entry]))

    for list_name in (
        "ITAR Debarred (DTC) - State Department",
        "Denied Persons List (DPL) - Bureau of Industry and Security",
    ):
        lists = debarred(list_name)
        text = "A jury convicted Jan Foo Quxley of exporting encryption gear to Xland without a licence."
        assert _listed_names(lists, "Engineer convicted", text) == []
        # A change to the list itself names him as its party.
        text = "The Department added Jan Foo Quxley to the Denied Persons List and debarred him."
        assert _listed_names(lists, "Commerce denies export privileges", text) == ["Jan Foo Quxley"]


def test_a_counted_passive_designation_names_the_parties_after_its_colon() -> None:
    text = (
        "Treasury sanctioned Jan Foo on Thursday. Seven Xland companies linked to him were blacklisted as "
        "well: Foo Gas SAL Offshore, Bar Foods SARL, Baz International SAL Offshore and Qux Marine SAL."
    )
    names = {m.text for m in designated_parties(text, "text")}
    expected = {"Foo Gas SAL Offshore", "Bar Foods SARL", "Baz International SAL Offshore", "Qux Marine SAL"}
    assert expected <= names


def test_an_iberian_name_s_e_or_y_joins_its_words() -> None:
    text = "OFAC designated Ana Foo and Distribuidora e Productos Qurban del Norte, a medical-supply company."
    names = {m.text for m in designated_parties(text, "text")}
    assert names == {"Ana Foo", "Distribuidora e Productos Qurban del Norte"}


def test_another_government_s_sanctions_name_no_parties_of_the_item() -> None:
    text = (
        "The State Department approved a possible sale of missiles to Xland. Earlier the same day "
        "China's foreign ministry said Beijing would impose sanctions on Foo Martin, Bar Defense and other "
        "U.S. firms."
    )
    assert [m.text for m in designated_parties(text, "text")] == []
    assert {m.text for m in designated_parties("Treasury imposed sanctions on Foo Martin.", "text")} == {
        "Foo Martin"
    }


def test_the_rest_of_a_count_and_a_counted_part_before_a_colon_list_designees() -> None:
    text = (
        "The Treasury designated six people for fuelling the conflict in Xland. Three are figures of the "
        "Foo Front: defence commissioner Ajax Qurbanov, intelligence chief Brigadier General Bram Tolley "
        "and Cato Wendel, leader of the Bar group. The others are Dario Emsley, deputy commander of the Baz "
        "rebels; Colonel Elio Fenwick of the Xland army, who led a coalition; and Brigadier General Fabio "
        "Gantry, "
        "commander of a division."
    )
    names = {m.text for m in designated_parties(text, "text")}
    assert names == {
        "Ajax Qurbanov",
        "Bram Tolley",
        "Cato Wendel",
        "Dario Emsley",
        "Elio Fenwick",
        "Fabio Gantry",
    }


def test_a_denial_order_caption_s_matter_formula_is_no_part_of_the_name() -> None:
    title = (
        "Order Denying Export Privileges; In the Matter of: Jana Foo Quxley, 12 Bar Drive, Qurban, TX 78223"
    )
    item = {"id": "t", "source": "federal_register", "title": title, "text": "", "document_type": "NOTICE"}
    assert [m.text for m in classify(item_to_document(item)).entities] == ["Jana Foo Quxley"]


def test_a_name_known_in_another_language_is_an_alias() -> None:
    lists = _one_list(("s1", "Foo-in-Law", ["Vory v Fooe"]))
    text = (
        "The Treasury designated the Foo-in-Law, known in Russian as 'Vory v Fooe', as a transnational "
        "criminal organization."
    )
    assert _listed_names(lists, "Treasury blacklists the Foo-in-Law", text) == ["Foo-in-Law"]


def test_a_body_owning_a_report_is_no_party_but_one_with_agents_is() -> None:
    text = (
        "OFAC designated Ana Foo and Bo Bar, who act for the Qux Trade Bank's representative office. The "
        "action was reported in the Baz Bankers Association's weekly round-up."
    )
    names = {m.text for m in extract_legal_forms({"text": text})}
    assert "Baz Bankers Association" not in names
    assert "Qux Trade Bank" in names


def test_a_colon_may_close_a_denial_order_s_name_before_its_party() -> None:
    title = (
        "Order Renewing Temporary Denial of Export Privileges: Foo Airlines, Qurban St 18-4, Bartown, Xland"
    )
    item = {"id": "t", "source": "federal_register", "title": title, "text": "", "document_type": "NOTICE"}
    assert [m.text for m in classify(item_to_document(item)).entities] == ["Foo Airlines"]


def test_a_state_s_armed_body_keeps_its_demonym() -> None:
    text = "OFAC designated Foo Trading and the Syrian Navy under Executive Order 13382."
    assert {m.text for m in designated_parties(text, "text")} == {"Foo Trading", "Syrian Navy"}


def test_another_government_opening_its_sentence_names_no_parties_of_the_item() -> None:
    text = (
        "The Treasury removed two Xland ministers from its sanctions list. Britain lifted its own sanctions "
        "on Secretary Jan Foo and Secretary Bo Bar the same day."
    )
    assert [m.text for m in designated_parties(text, "text")] == []


def test_a_sea_and_a_us_state_named_for_a_country_are_no_country_but_new_sanctions_name_theirs() -> None:
    # The wording is invented; the country reader reads real countries' names.
    text = (
        "The law gave royalty relief for leases in the Gulf of Mexico and was signed in New Mexico. "
        "The Treasury also announced new Iran sanctions."
    )
    assert {c.name for c in find_countries({"text": text})} == {"Iran"}


def test_parties_listed_after_a_colon_and_past_a_semicolon_are_named() -> None:
    text = (
        "OFAC imposed sanctions on three Xland-based entities under the Xland executive order: the Foo "
        "Police Academy, a unit of the Bar interior ministry; and two gold companies said to fund the "
        "regime, Compania Minera Foo, Sociedad Anonima (COMIFOO) and Baz Mining Xland, Sociedad Anonima."
    )
    names = [m.text for m in example_parties(text, "text")]
    assert "Compania Minera Foo, Sociedad Anonima" in names
    assert "Baz Mining Xland, Sociedad Anonima" in names
    assert "Foo Police Academy" in names


def test_a_news_outlets_name_or_kind_names_no_country() -> None:
    # Where a story comes from is not where goods go.
    for text in (
        "Six men were charged, Radio France Internationale reported.",
        "The jet left Xland, the Polish daily Rzeczpospolita reported.",
        "Agence France-Presse said the parts went to Xland.",
    ):
        assert not find_countries({"text": text}), text
    assert [c.name for c in find_countries({"text": "France sold the parts to Xland."})] == ["France"]


def test_a_language_named_for_a_country_names_no_country() -> None:
    # "a German-language relay" says how a story was told, not where goods went.
    for text in (
        "The sentence was reported by a German-language relay of a wire report.",
        "Russian-speaking brokers arranged the shipment to Xland.",
    ):
        assert not find_countries({"text": text}), text
    assert [c.name for c in find_countries({"text": "German firms sold the parts."})] == ["Germany"]


def test_a_broadcaster_named_by_its_country_and_a_war_with_a_country_name_no_destination() -> None:
    for text in (
        "The Pakistani news channel 24 News reported the sanctions the next day.",
        "The administration backed Xland in its war with Iran.",
    ):
        assert not find_countries({"text": text}), text


def test_an_outlet_described_by_a_country_it_covers_names_no_destination() -> None:
    assert not find_countries({"text": "The settlement was reported by the Korea-focused blog Free Foo."})


def test_countries_listed_in_a_laws_name_are_no_destinations() -> None:
    text = (
        "The State Department imposed measures under the Iran, North Korea, and Syria Nonproliferation Act "
        "on three entities in Russia."
    )
    assert [c.name for c in find_countries({"text": text})] == ["Russia"]


def test_a_bosnian_names_bosnia() -> None:
    names = {c.name for c in find_countries({"text": "Treasury sanctioned three Bosnian politicians."})}
    assert names == {"Bosnia and Herzegovina"}


def test_a_region_is_where_parties_are_not_a_party() -> None:
    text = "The Treasury sanctioned eight people and six entities across the Balkans for corruption."
    assert "Balkans" not in {m.text for m in extract({"text": text})}
    assert "Balkans" not in _names_in_news("Treasury sanctions Balkan figures", text)


def _names_in_news(title: str, text: str) -> set[str]:
    document = item_to_document({"id": "t", "source": "news", "title": title, "text": text})
    return {m.text for m in classify(document).entities}


def test_an_armys_common_name_is_no_listed_partys_alias() -> None:
    lists = _one_list(("s1", "Foo Path", ["People's Liberation Army"]))
    names = _listed_names(
        lists,
        "Man charged over hydrophones",
        "Prosecutors said the university works closely with the People's Liberation Army.",
    )
    assert names == []


def test_an_order_captioned_with_its_respondent_names_it_before_the_address() -> None:
    title = "In the Matter of Foo Trading International Barweg 37 1101 EX Amsterdam, Netherlands; Respondent"
    assert [m.text for m in extract({"title": title})] == ["Foo Trading International"]


def test_a_captions_street_segment_is_no_party() -> None:
    title = (
        "Order Renewing Temporary Denial of Export Privileges; Foo Airlines; Barskaya Str., Building 25, "
        "Moscow Region, Russia"
    )
    assert [m.text for m in extract({"title": title})] == ["Foo Airlines"]


def test_a_groups_people_counted_before_a_colon_are_its_parties() -> None:
    text = (
        "The Treasury designated six members of a network it says buys weapons, moves money and recruits "
        "fighters for the group: Jan Foo, Piet Bar and Ali Baz Qux. It also named three men it accuses of "
        "smuggling arms in Xland: Omar Quxley, Hamid Zed and Karim Foobar. The State Department added five "
        "Foo Front leaders: Yasin Barley, Musa 'Bazo and Idris Zedley."
    )
    names = _names_in_news("U.S. sanctions 11 men tied to the Foo Front", text)
    assert {"Jan Foo", "Piet Bar", "Ali Baz Qux", "Omar Quxley", "Hamid Zed", "Karim Foobar"} <= names
    assert {"Yasin Barley", "Musa 'Bazo", "Idris Zedley"} <= names


def test_a_description_between_two_listed_names_keeps_the_list_going() -> None:
    text = (
        "OFAC sanctioned eight people and eight entities. Among the entities are Foo Group, a Xland-based "
        "company the department calls a financial facilitator for the group, and Bar Bus Services, a "
        "Yland-based firm accused of giving it logistical support."
    )
    names = _names_in_news("Treasury targets a laundering network", text)
    assert {"Foo Group", "Bar Bus Services"} <= names
    assert not names & {"Xland-based", "Yland-based", "Xland", "Yland"}


def test_a_group_named_as_the_partys_parent_is_no_party() -> None:
    lists = _one_list(("s1", "Foo Front", []), ("s2", "Bar Brigade", []))
    names = _listed_names(
        lists,
        "U.S. designates Bar Brigade",
        "The State Department designated Bar Brigade, a Foo Front offshoot that seized the city, and said "
        "the Foo Front affiliate raises money by kidnapping.",
    )
    assert names == ["Bar Brigade"]


def test_groups_that_name_a_sanctions_list_or_committee_are_no_parties() -> None:
    lists = _one_list(("s1", "Foo Front", []), ("s2", "Bar Army", []), ("s3", "Jon Quxley", []))
    names = _listed_names(
        lists,
        "Treasury designates a financier",
        "Treasury designated Jon Quxley and said it would ask that he be added to the United Nations Foo "
        "Front and Bar Army sanctions list. The U.N. Bar Army Sanctions Committee meets on Monday.",
    )
    assert names == ["Jon Quxley"]
    names = _listed_names(
        lists,
        "Treasury designates a financier",
        "Treasury designated Jon Quxley, a financier of the Foo Front.",
    )
    assert "Foo Front" in names


def test_a_firms_name_keeps_the_trades_it_joins_with_and() -> None:
    names = _names_in_news(
        "Treasury targets a fuel network",
        "Treasury designated Quxal Petroleum and Shipping FZC, Barzan Aviation and Cargo Company Limited and "
        "Foo Exchange and Transfer Company. It also named Foo Group and Baz Shipping FZC.",
    )
    assert {
        "Quxal Petroleum and Shipping FZC",
        "Barzan Aviation and Cargo Company Limited",
        "Foo Exchange and Transfer Company",
        "Baz Shipping FZC",
    } <= names
    assert not names & {
        "Shipping FZC",
        "Cargo Company Limited",
        "Transfer Company",
        "Foo Group and Baz Shipping FZC",
    }
    names = _names_in_news(
        "Treasury designates two firms",
        "Treasury designated two Xland firms, Quxal Metals and Minerals Company, Ltd. and Baz Triple "
        "International, Ltd., freezing their assets.",
    )
    assert "Quxal Metals and Minerals Company, Ltd." in names


def test_a_firms_name_is_read_whole_where_its_trades_meet_at_and_or_its_form_follows_a_stop() -> None:
    # No legal form to read it whole: the designation's own object keeps the two trades together.
    names = _names_in_news(
        "Treasury sanctions a satellite firm",
        "Treasury on Thursday sanctioned Xcity Quxal Space Science and Technology Research Institute, known "
        "as Quxal Xland, and its subsidiary Quxal Yland SA.",
    )
    assert "Xcity Quxal Space Science and Technology Research Institute" in names
    assert not names & {"Xcity Quxal Space Science", "Technology Research Institute"}
    # A listing sentence cut at "Co." by its stop: the name read with its form replaces the cut one.
    names = _names_in_news(
        "Treasury sanctions fuel suppliers",
        "Treasury sanctioned three firms, including Foo Sun Group, Foo Sun Trading Co. Ltd. and Bar Link "
        "Petroleum Logistics Co. Ltd., for supplying jet fuel.",
    )
    assert "Foo Sun Trading Co. Ltd." in names
    assert "Foo Sun Trading Co" not in names


def test_a_listing_sentence_goes_on_past_a_legal_forms_stop() -> None:
    # "Co. Ltd." ends no sentence: the names after it belong to the same listing.
    for text in (
        "Treasury sanctioned three firms, including Foo Sun Trading Co. Ltd., Quxal Xbank and Bar Link "
        "Energy, for supplying jet fuel.",
        "Treasury sanctioned Foo Sun Trading Co. Ltd. and two other firms, such as Quxal Xbank and Bar Link "
        "Energy, for supplying jet fuel.",
    ):
        names = _names_in_news("Treasury sanctions fuel suppliers", text)
        assert {"Foo Sun Trading Co. Ltd.", "Quxal Xbank", "Bar Link Energy"} <= names


def test_a_person_delisted_or_placed_under_sanctions_is_named() -> None:
    names = _names_in_news(
        "Washington drops Xland minister Bar from its sanctions list",
        "Foo Bar, the minister in charge of Xland Prime Minister Baz Qux's Cabinet Office, was taken off the "
        "Treasury Department's Specially Designated Nationals and Blocked Persons List on Tuesday.",
    )
    assert "Foo Bar" in names
    names = _names_in_news(
        "Treasury blacklists the head of Xland's arms directorate",
        "The U.S. Treasury Department on Tuesday placed Lt. Gen. Foo Bar, head of Xland's Directorate of "
        "Defense Industries, under sanctions for buying arms, which blocks any property he holds.",
    )
    assert "Foo Bar" in names


def test_the_state_that_extradites_a_suspect_is_no_destination() -> None:
    for text, state in (
        ("Cyprus extradites Jan Foo to New York over microelectronics for Iran", "Cyprus"),
        ("Australia's Supreme Court clears extradition of arms dealer Jan Foo over jet parts for Iran",
         "Australia"),
        ("The High Court approved the extradition of Jan Foo, and Canada extradited him in May.", "Canada"),
        ("The Cyprus Court of Appeal had approved his extradition in April.", "Cyprus"),
    ):  # fmt: skip
        names = {c.name for c in find_countries({"text": text}, {})}
        assert state not in names, text
    # The goods' destination in the same words stays.
    text = "Cyprus extradites Jan Foo to New York over microelectronics for Iran"
    assert "Iran" in {c.name for c in find_countries({"text": text}, {})}


def test_a_british_virgin_islands_company_is_not_british() -> None:
    text = "Treasury designated Foo Holdings, a British Virgin Islands company owned by Jan Bar of Xland."
    names = {c.name for c in find_countries({"text": text}, {})}
    assert "British Virgin Islands" in names
    assert "United Kingdom" not in names


def test_a_country_of_origin_or_patronage_is_no_destination() -> None:
    text = (
        "Treasury designated a Syrian-born financier of the Iran-backed militia near Russian-annexed Crimea."
    )
    assert {c.name for c in find_countries({"text": text}, {})} == set()


def test_an_attacks_target_and_a_counterpart_are_no_destinations() -> None:
    for text in (
        "The group is responsible for rocket fire at Israel.",
        "The sanctions follow missile attacks on Saudi Arabia.",
        "Drones Russia has been firing at Ukrainian cities.",
        "Hussein refused to negotiate with Israel.",
        "The sale was meant to draw him into peace talks with Israel.",
        "Caracas deepened its ties with Iran.",
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert not names & {"Israel", "Saudi Arabia", "Ukraine", "Iran"}, text


def test_a_model_numbered_after_a_listed_makers_word_is_not_the_maker() -> None:
    entry = ScreeningEntry(
        list="Specially Designated Nationals (SDN) - Treasury Department",
        entry_id="s1",
        name="Foobar Pharm",
        alt_names=[],
        entity_type="Entity",
    )
    lists = Lists(screening=screening_matcher([entry]))
    title = "Treasury sanctions drone makers"
    assert _listed_names(lists, title, "Treasury sanctioned suppliers of Xland's Foobar-136 drones.") == []
    assert _listed_names(lists, title, "Treasury sanctioned suppliers of Xland's Foobar.") == ["Foobar"]


def test_a_counterparts_company_in_the_possessive_keeps_its_home() -> None:
    text = "The licence lets companies negotiate with Russia's Foo Oil over buying its foreign assets."
    assert {c.name for c in find_countries({"text": text}, {})} == {"Russia"}


def test_a_country_given_as_an_example_is_no_party_cut_after_its_first_word() -> None:
    names = _names_in_news(
        "Treasury sanctions shipping firms",
        "Treasury sanctioned firms in countries such as Saudi Arabia and Oman, including Foo Shipping.",
    )
    assert "Foo Shipping" in names
    assert not names & {"Arabia", "Saudi Arabia", "Oman"}


def test_americans_are_the_united_states_people_never_a_party() -> None:
    names = _names_in_news(
        "Treasury sanctions three companies",
        "Treasury sanctioned three companies as proliferators, barring Americans from dealing with them.",
    )
    assert "Americans" not in names


def test_people_and_businesses_counted_before_their_names_are_parties() -> None:
    names = _names_in_news(
        "Treasury targets a guerrilla group's money network",
        "Treasury designated two entities and four individuals for acting for the Foo Front. Two people tied "
        "to the exchangers, Ana Bar Quxley and Jose Baz Zedley, were among those designated.",
    )
    assert {"Ana Bar Quxley", "Jose Baz Zedley"} <= names


def test_people_a_listing_story_names_as_those_it_counted_are_parties() -> None:
    names = _names_in_news(
        "U.S. blacklists five tanker captains",
        "Treasury put five ship masters on its sanctions list on Wednesday. It named the men as Ali Quxari, "
        "Omid Barzadeh and Reza Foozani.",
    )
    assert {"Ali Quxari", "Omid Barzadeh", "Reza Foozani"} <= names


def test_a_coalitions_leader_and_a_boycotts_target_are_no_destinations() -> None:
    for text in (
        "Its jets flew in Saudi-led air operations over the region.",
        "The firms complied with the Arab League boycott of Israel.",
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert not names & {"Saudi Arabia", "Israel"}, text


def test_regions_half_a_states_name_a_treaty_and_a_date_are_no_parties() -> None:
    names = _names_in_news(
        "Treasury sanctions a network",
        "Treasury designated five companies in Europe, West Africa and the Middle East. It also designated "
        "three people in Bosnia and Herzegovina, for obstructing the Dayton Peace Agreement, and 39 more "
        "people and groups, widening President Foo's September 24 order.",
    )
    not_parties = {"West Africa", "Herzegovina", "Dayton Peace Agreement", "President Foo's September 24"}
    assert not names & not_parties


def test_a_makers_country_a_treaty_partner_and_states_acting_beside_are_no_destinations() -> None:
    for text, partner in (
        ("He tried to buy Xland-made missiles, such as Russian-made ones, for the navy.", "Russia"),
        ("Foo pledged to keep its peace treaty with Israel.", "Israel"),
        ("The action was coordinated with Britain and Canada.", "Canada"),
        ("The action was coordinated with Britain and Canada.", "United Kingdom"),
        ("In coordination with the United States, Australia and Japan, it froze the assets.", "Japan"),
        ("Its owners were sanctioned by the United States, Britain and the EU.", "United Kingdom"),
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert partner not in names, text
    names = {c.name for c in find_countries({"text": "It sold the missiles to Russia and Japan."}, {})}
    assert {"Russia", "Japan"} <= names


def test_an_outlets_country_and_states_acting_with_the_us_are_no_destinations() -> None:
    for text, other in (
        ("OFAC widened its Xland sanctions list, Kazakh outlet Foo Times reported.", "Kazakhstan"),
        ("The Czech edition of Foo News reported the testimony.", "Czech Republic"),
        ("Treasury removed him from its list, the Kuwait News Agency reported.", "Kuwait"),
        ("On Thursday the U.S. Treasury, acting with the British government, sanctioned two Russians.",
         "United Kingdom"),
        ("LockBit chief identified, sanctioned in US, UK, Australia", "Australia"),
        ("OFAC, together with the United Kingdom and Australia, sanctioned a Russian national.", "Australia"),
        ("OFAC, together with the United Kingdom and Australia, sanctioned a Russian national.",
         "United Kingdom"),
    ):  # fmt: skip
        names = {c.name for c in find_countries({"text": text}, {})}
        assert other not in names, text
    # A state named as a party's home beside "together with" is where the party is.
    for text, home in (
        ("It designated Foo, together with Malaysia's First Foo Bank.", "Malaysia"),
        ("It named Foo Bar, together with Cypriot business partners.", "Cyprus"),
    ):
        assert home in {c.name for c in find_countries({"text": text}, {})}, text


def test_a_broadcasters_language_service_and_a_state_broadcasters_name_are_no_destinations() -> None:
    for text, other in (
        ("The radio's Somali service reported that Treasury sanctioned two Yemeni exchangers.", "Somalia"),
        ("China Radio International's Hausa service reported the renewal of the emergency.", "China"),
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert other not in names, text
    # A state's service members are its people.
    assert "Somalia" in {
        c.name for c in find_countries({"text": "It sold rifles to Somali service members."}, {})
    }


def test_a_list_alias_matched_with_lower_case_words_is_read_from_the_name() -> None:
    listed = EntityMention(
        text="oil company Foonet",
        field="text",
        start=10,
        end=28,
        canonical_name="FOONET",
        list="Entity List (EL) - Bureau of Industry and Security",
        entry_id="1",
        score=1.0,
        match_kind=MatchKind.ALIAS,
    )
    moved = at_the_name(listed)
    assert (moved.text, moved.start, moved.end, moved.canonical_name) == ("Foonet", 22, 28, "FOONET")
    for kept in ("bin Foo", "al-Foo Front", "Foo Oil Company"):
        same = listed.model_copy(update={"text": kept})
        assert at_the_name(same).text == kept


def test_a_state_that_itself_sanctioned_the_parties_is_a_partner_not_a_destination() -> None:
    already = "OFAC blocked the group in Xland; Britain and Canada had already sanctioned the group."
    for text, partner in (
        (already, "Canada"),
        (already, "United Kingdom"),
        ("Treasury named two Iranian firms, and Japan designated the same firms the same day.", "Japan"),
        ("Washington joined Australia in sanctioning Jan Foo, a Russian national.", "Australia"),
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert partner not in names, text
    # A headline's states that sanction together, and the state a suspect is extradited from.
    for text, partner in (
        ("U.S., Britain and Canada sanction Xland's former central bank chief", "Canada"),
        ("U.S., Britain and Canada sanction Xland's former central bank chief", "United Kingdom"),
        ("Jan Foo was extradited from Australia to face charges over parts for Iran.", "Australia"),
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert partner not in names, text
    text = "Treasury officials freeze more assets as part of Libya sanction effort"
    assert "Libya" in {c.name for c in find_countries({"text": text}, {})}
    # A party's home in the possessive keeps its country, whatever the verb describes.
    text = "OFAC authorised dealings with subsidiaries of Russia's sanctioned oil company Foo Oil."
    assert "Russia" in {c.name for c in find_countries({"text": text}, {})}
    text = "Treasury designated Foo Trading, a company in Japan, and Bar Ltd in Canada."
    assert {"Japan", "Canada"} <= {c.name for c in find_countries({"text": text}, {})}


def test_a_news_agency_the_story_cites_is_no_party() -> None:
    names = _names_in_news(
        "Treasury blacklists ten companies",
        "Treasury imposed sanctions on ten companies owned by the army, the Foo Times reported. The list "
        "included Bar Holdings Limited and Baz Trading Corp.",
    )
    assert "Foo Times" not in names
    assert {"Bar Holdings Limited", "Baz Trading Corp."} <= names


def test_a_country_goods_pass_through_is_no_destination() -> None:
    for text, route in (
        ("He arranged exports of parts to Iran by way of Taiwan and Hong Kong.", "Hong Kong"),
        ("He arranged exports of parts to Iran by way of Taiwan and Hong Kong.", "Taiwan"),
        ("The goods were shipped to China via Singapore.", "Singapore"),
        ("The engines were to be routed through Colombia.", "Colombia"),
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert route not in names, text
    assert "Iran" in {c.name for c in find_countries({"text": "He shipped parts to Iran via Taiwan."}, {})}


def test_a_country_goods_were_moved_through_is_no_destination() -> None:
    text = "They had the parts forwarded to Iran through Malaysia and the United Arab Emirates."
    names = {c.name for c in find_countries({"text": text}, {})}
    assert names == {"Iran"}
    text = "The fuel was smuggled by sea through Malta to buyers in Italy."
    assert "Malta" not in {c.name for c in find_countries({"text": text}, {})}


def test_the_state_a_boycott_keeps_out_is_no_destination_of_its_story() -> None:
    text = (
        "Foo Valves will pay $22,000 to settle antiboycott charges. Bidding on tenders from Pakistan's gas "
        "company, it certified that its goods held no Israeli parts and were not of Israeli origin."
    )
    assert {c.name for c in find_countries({"text": text}, {})} == {"Pakistan"}
    helped = "Commerce charged Foo Cargo with helping Kuwait's boycott office."
    assert {c.name for c in find_countries({"text": helped}, {})} == {"Kuwait"}


def test_a_state_a_sale_is_expected_to_anger_is_no_destination() -> None:
    for text in (
        "The Pentagon told Congress of a sale of radar upgrades to Taiwan, likely to anger China.",
        "Officials cleared the helicopters for Pakistan but were wary of upsetting India.",
    ):
        names = {c.name for c in find_countries({"text": text}, {})}
        assert not names & {"China", "India"}, text
        assert names & {"Taiwan", "Pakistan"}, text


def test_the_object_of_a_boycott_outside_an_antiboycott_story_is_still_a_buyer() -> None:
    text = (
        "The State Department approved a possible sale of 5,000 guided rockets to Qatar. The deal went ahead "
        "while its neighbours kept up their trade boycott of Qatar."
    )
    assert "Qatar" in {c.name for c in find_countries({"text": text}, {})}


def test_parties_named_after_a_long_description_and_a_colon_are_parties() -> None:
    names = _names_in_news(
        "Treasury blacklists an arms network",
        "Treasury blacklisted seven men and one company it called key links in a weapons-trafficking network "
        "operating mainly between Xland and Yland, with ties to two older groups it had designated before: "
        "Ivan Bar Foo, Omar Baz Quxley and Foo General Trading Co.",
    )
    assert {"Ivan Bar Foo", "Omar Baz Quxley"} <= names


def test_a_counted_listing_with_ages_names_every_person() -> None:
    names = _names_in_news(
        "U.S. sanctions list names four Xland businessmen",
        "The Treasury imposed sanctions on 400 people and companies on Friday. The four named are Foo "
        "Bar, 81, director of Baz Instruments; Qux Quux, 53, director of a machine-tool firm; Corge Grault, "
        "64, a partner in a telecoms company; and Garply Waldo, 58, from Xville.",
    )
    assert {"Qux Quux", "Corge Grault", "Garply Waldo"} <= names


def test_counted_people_named_after_a_colon_or_as_bankers_are_named() -> None:
    names = _names_in_news(
        "U.S. blacklists Xland bankers over laundering",
        "The Treasury designated eight Xland nationals on Tuesday. The bankers Garply Waldo and Fred Plugh "
        "managed funds for Quux Bank. Also listed were five representatives of Xland financial institutions: "
        "Foo Bar, Baz Qux and Corge Grault.",
    )
    assert {"Garply Waldo", "Fred Plugh", "Foo Bar", "Baz Qux", "Corge Grault"} <= names


def test_korea_inside_a_north_korean_partys_name_is_not_the_south() -> None:
    text = (
        "Treasury designated Korea Foo Trading Corporation, a North Korean exporter that serves the Workers' "
        "Party of Korea, and two of its managers."
    )
    assert {c.name for c in find_countries({"text": text})} == {"North Korea"}
    both = (
        "Treasury designated Korea Foo Trading Corporation, a North Korean firm with an office in "
        "South Korea."
    )
    assert {c.name for c in find_countries({"text": both})} == {"North Korea", "South Korea"}
    south = "The firm sold lathes to Korea and Japan."
    assert {c.name for c in find_countries({"text": south})} == {"South Korea", "Japan"}


def test_an_outlet_described_before_its_kind_and_states_acting_together_are_no_destinations() -> None:
    together = "Treasury, acting together with Britain and Australia, sanctioned Foo Hosting in Russia."
    for text, other in (
        ("Treasury blacklisted two Xland firms, Japan's public broadcaster reported.", "Japan"),
        (together, "Australia"),
        (together, "United Kingdom"),
    ):
        names = {c.name for c in find_countries({"text": text})}
        assert other not in names, text
    assert "Russia" in {c.name for c in find_countries({"text": together})}


def test_states_a_suspect_was_arrested_in_or_goods_passed_through_are_no_destinations() -> None:
    for text, other in (
        (
            "He is accused of exporting chips to Russia; he was arrested in Greece at Washington's request.",
            "Greece",
        ),
        ("Greece hands Foo Bar to the U.S. over chips bound for Russia.", "Greece"),
        (
            "They tried to buy chips from U.S. suppliers and export them to Russia through Bulgaria.",
            "Bulgaria",
        ),
        ("One system was exported from the United States to Austria for re-export to Iran.", "Austria"),
    ):
        names = {c.name for c in find_countries({"text": text})}
        assert other not in names, text
        assert names & {"Russia", "Iran"}, text


def test_a_state_goods_were_seized_in_is_no_destination() -> None:
    text = "The jet was illegally exported to Venezuela and was seized in the Dominican Republic last year."
    names = {c.name for c in find_countries({"text": text})}
    assert "Dominican Republic" not in names
    assert "Venezuela" in names
