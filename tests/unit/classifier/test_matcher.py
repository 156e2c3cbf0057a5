"""The listed-name matcher: normalisation, aliases, short names, near-misses, the false-positive rule."""

from __future__ import annotations

import os
import random
import subprocess
import sys

import ahocorasick

from classifier.lists import Lists, ListState, screening_matcher, watchlist_matcher
from classifier.matcher import CODE_DIGITS, Matcher, NamedTarget, Target, trie_order, word_codes
from classifier.names import key_of, keys_of
from schemas.events import MatchKind, ScreeningEntry, WatchlistEntry

EL = "Entity List (EL) - Bureau of Industry and Security"


def _entry(
    name: str,
    *aliases: str,
    entry_id: str = "1",
    list_: str = EL,
    kind: str | None = None,
    addresses: tuple[str, ...] = ("Bantian, Longgang District, Shenzhen",),
) -> ScreeningEntry:
    return ScreeningEntry(
        list=list_,
        entry_id=entry_id,
        name=name,
        alt_names=list(aliases),
        entity_type=kind,
        addresses=list(addresses),
    )


def test_keys_drop_case_punctuation_diacritics_and_corporate_forms() -> None:
    assert (
        key_of("HUAWEI TECHNOLOGIES CO., LTD.")
        == key_of("Huawei Technologies Co Ltd")
        == "huawei technologies"
    )
    assert key_of("OOO Müller-Trade GmbH") == "muller trade"
    assert keys_of("Huawei Technologies Co., Ltd. (Huawei)") == {"huawei technologies": False, "huawei": True}


def test_exact_alias_and_short_name_mentions_carry_spans() -> None:
    matcher = screening_matcher(
        [_entry("National University of Defense Technology (NUDT)", "Hunan Guofang Keji University")]
    )
    text = "BIS modified the NUDT entry, adding the alias Hunan Guofang Keji University."
    found = {m.text: m for m in matcher.find(text)}
    assert found["NUDT"].match_kind is MatchKind.ALIAS
    assert found["Hunan Guofang Keji University"].match_kind is MatchKind.ALIAS
    for m in found.values():
        assert text[m.start or 0 : m.end] == m.text
        assert m.canonical_name == "National University of Defense Technology (NUDT)"


def test_written_form_includes_suffixes_and_legal_forms() -> None:
    matcher = screening_matcher(
        [_entry("Joint Stock Company Elecon"), _entry("Zibo Elim Trade Company, Ltd.")]
    )
    names = {
        m.text
        for m in matcher.find("Measures on Zibo Elim Trade Company, Ltd. and Joint Stock Company Elecon.")
    }
    assert names == {"Zibo Elim Trade Company, Ltd.", "Joint Stock Company Elecon"}


def test_a_legal_form_before_a_comma_ends_the_name_before_it() -> None:
    matcher = screening_matcher(
        [_entry("OAO Foo Azot", entry_id="1"), _entry("Bar Steklo OAO", entry_id="2")]
    )
    names = {m.text for m in matcher.find("The nine are Bar Steklo OAO, Foo Azot OAO and others.")}
    assert names == {"Bar Steklo OAO", "Foo Azot OAO"}


def test_fuzzy_near_miss_is_confirmed_with_a_score() -> None:
    matcher = screening_matcher([_entry("Advanced Engineering Research Organization (AERO)")])
    [m] = matcher.find("fronts for the Advanced Engineering Reserch Organization, officials said")
    assert m.match_kind is MatchKind.FUZZY
    assert 0.9 <= m.score < 1.0


def test_short_and_common_names_do_not_match_words() -> None:
    matcher = screening_matcher(
        [
            _entry("FOREST", kind="Vessel"),
            _entry("Sun"),
            _entry("Hassan Trading", "Hassan"),
            # A word of people's names never stands alone for a company that starts with it.
            _entry("HASSAN, Ali", entry_id="2", kind="Individual"),
            _entry("IN SEC LLC"),
        ]
    )
    text = "The national forest lies in the Sun Valley; Hassan said the rules in sec. 3 apply."
    assert matcher.find(text) == []


def test_news_short_forms_match_their_listed_entries() -> None:
    matcher = screening_matcher(
        [
            _entry("Huawei Technologies Co., Ltd.", entry_id="1"),
            _entry("Huawei Cuba", entry_id="2"),
            _entry("Huawei Technologies Co., Ltd.", entry_id="1"),
            _entry("Hangzhou Hikvision Digital Technology Co., Ltd.", entry_id="3"),
            _entry("Shenzhen Lingyi Technology Co., Ltd.", entry_id="4"),
            _entry("Apex Trading Co., Ltd.", entry_id="5"),
        ]
    )
    text = "Huawei and Hikvision were named; Shenzhen officials and Apex said nothing; huawei in lower case."
    found = {(m.text, m.canonical_name) for m in matcher.find(text)}
    # "Shenzhen" leads a name but it is a place; "Apex" is an English word; a lower-case word is no name.
    assert found == {
        ("Huawei", "Huawei Technologies Co., Ltd."),
        ("Hikvision", "Hangzhou Hikvision Digital Technology Co., Ltd."),
    }
    assert all(m.score == 0.825 and m.match_kind is MatchKind.ALIAS for m in matcher.find(text))


def test_surname_first_individuals_match_as_news_writes_them() -> None:
    matcher = screening_matcher([_entry("AL-ASSAD, Bashar", "ASSAD, Bashar", kind="Individual")])
    [m] = matcher.find("Sanctions remain on Bashar al-Assad and his associates.")
    assert (m.text, m.canonical_name) == ("Bashar al-Assad", "Bashar AL-ASSAD")


def test_an_individual_is_named_in_the_order_the_text_writes() -> None:
    matcher = screening_matcher(
        [
            _entry("KIM, Jong Un", entry_id="1", kind="Individual"),
            _entry("SECHIN, Igor Ivanovich", entry_id="2", kind="Individual"),
            _entry("KALAYE ELECTRIC COMPANY", "KALAYE, Electric", entry_id="3"),
        ]
    )
    text = "Kim Jong Un met Igor Sechin; KALAYE, Electric."
    found = {(m.text, m.canonical_name) for m in matcher.find(text)}
    # Korean news writes the surname first, as the list does; the Russian name turns; a company never does.
    assert found == {
        ("Kim Jong Un", "KIM, Jong Un"),
        ("Igor Sechin", "Igor Ivanovich SECHIN"),
        ("KALAYE, Electric", "KALAYE ELECTRIC COMPANY"),
    }


def test_british_spellings_match_listed_american_ones() -> None:
    matcher = screening_matcher([_entry("Bhabha Atomic Research Center (BARC)")])
    assert [m.text for m in matcher.find("the Bhabha Atomic Research Centre in Mumbai")] == [
        "Bhabha Atomic Research Centre"
    ]


def test_word_boundaries_are_respected() -> None:
    matcher = screening_matcher([_entry("Iran Air")])
    assert matcher.find("Iran Airtours flew") == []
    assert [m.text for m in matcher.find("Iran Air flew")] == ["Iran Air"]


def test_watchlist_mentions_carry_the_team() -> None:
    matcher = watchlist_matcher(
        [WatchlistEntry(team_id="t1", entry_id="w", name="Acme Rotor Works", aliases=["ACRW"])]
    )
    found = matcher.find("ACRW, also known as Acme Rotor Works, was named.")
    assert {(m.text, m.team_id, m.list) for m in found} == {
        ("ACRW", "t1", "watchlist"),
        ("Acme Rotor Works", "t1", "watchlist"),
    }


def test_list_state_applies_values_and_tombstones() -> None:
    state = ListState()
    entry = _entry("Zephyr Optics Co., Ltd.")
    state.apply_screening(entry.key, entry)
    watched = WatchlistEntry(team_id="t", entry_id="1", name="Acme Rotor Works")
    state.apply_watch(watched.key, watched)
    lists: Lists = state.snapshot()
    assert {m.canonical_name for m in lists.find("Zephyr Optics and Acme Rotor Works", "text")} == {
        "Zephyr Optics Co., Ltd.",
        "Acme Rotor Works",
    }
    state.apply_watch(watched.key, None)
    assert {m.canonical_name for m in state.snapshot().find("Acme Rotor Works", "text")} == set()
    assert state.snapshot().screening is lists.screening  # unchanged list, matcher not rebuilt


def test_bare_corporate_forms_and_ordinary_words_are_not_names() -> None:
    matcher = screening_matcher([_entry("LIMITED"), _entry("WORLD"), _entry("HOLDING"), _entry("Hizballah")])
    text = "Limited Approval of the World War One Centennial HOLDING plan; Hizballah was named."
    assert [m.text for m in matcher.find(text)] == ["Hizballah"]


def test_generic_aliases_tiny_keys_and_wrong_last_words_do_not_match() -> None:
    matcher = screening_matcher(
        [
            _entry("Banco Corporativo SA", "National Bank"),
            _entry("LHI Technology (H.K.) Company Limited"),
            _entry("Academy of Military Medical Sciences", "Disease Control and Prevention Institute"),
        ]
    )
    text = "The National Bank in H.K. said the Centers for Disease Control and Prevention is ready."
    assert matcher.find(text) == []


def test_a_place_in_brackets_is_no_short_name_of_the_entry() -> None:
    matcher = screening_matcher(
        [
            _entry("Orion Microelectronics (Beijing) Corporation", addresses=("1 Haidian Road, Beijing",)),
            _entry("Haidian Radar Institute", entry_id="2", addresses=("Chaoyang, Beijing",)),
            _entry("Yanqi Systems Company", entry_id="3", addresses=("Shunyi, Beijing",)),
        ]
    )
    assert matcher.find("Officials in Beijing said the rule was unfair.") == []
    found = matcher.find("It named Orion Microelectronics (Beijing) Corporation.")
    assert [m.canonical_name for m in found] == ["Orion Microelectronics (Beijing) Corporation"]


def test_a_party_given_whole_matches_a_watched_name_with_a_typo_in_any_word() -> None:
    watch = watchlist_matcher(
        [
            WatchlistEntry(team_id="a", entry_id="1", name="Promtekhkomplekt JSC"),
            WatchlistEntry(team_id="a", entry_id="2", name="Bejing Yunze Technology Co. Limited"),
        ]
    )
    lists = Lists(watchlists=watch)
    [first] = lists.find_whole("Beijing Yunze Technology Co., Ltd.", "parties")
    assert (first.canonical_name, first.team_id, first.match_kind) == (
        "Bejing Yunze Technology Co. Limited", "a", MatchKind.FUZZY
    )  # fmt: skip
    assert 0.9 <= first.score < 1.0
    [second] = lists.find_whole("Promtekhkomplet JSC", "parties")
    assert second.canonical_name == "Promtekhkomplekt JSC"
    # Free text is read only where a name's first two words occur; a typo there is not compared.
    assert watch.find("the rule names Promtekhkomplet JSC of Moscow") == []
    assert lists.find_whole("Promtorg Trading JSC", "parties") == []


def test_word_codes_match_whole_words_only_across_unknown_words() -> None:
    """Codes read a word at a time: no hit starts inside a code, and a word in no key breaks a name."""
    matcher = Matcher(
        NamedTarget(name, Target(name, EL, str(i), MatchKind.EXACT))
        for i, name in enumerate(["Alpha Beta Gamma", "Beta Gamma Delta", "Gamma Delta", "Zeta Eta"])
    )
    found = [m.canonical_name for m in matcher.find("Alpha Beta Gamma Delta, Zeta Theta Eta and Zeta Eta")]
    assert found == ["Alpha Beta Gamma", "Zeta Eta"]
    codes = word_codes(f"w{n}" for n in range(5000))
    assert len(set(codes.values())) == 5000
    assert {len(c) for c in codes.values()} == {CODE_DIGITS}


def test_trie_order_is_the_letter_automatons_listing() -> None:
    """The whole-name index's order is the one the letter-level automaton of the padded keys gave."""
    rng = random.Random(3)
    words = ["a", "ab", "abc", "b", "ba", "c"]
    for _ in range(300):
        # Keys sharing words, letters of words and whole keys as prefixes, added in a random order.
        keys = list({" ".join(rng.choices(words, k=rng.randint(1, 4))) for _ in range(rng.randint(0, 20))})
        letters = ahocorasick.Automaton()
        for key in keys:
            letters.add_word(f" {key} ", key)
        assert trie_order(keys) == list(letters.values())


def test_a_brand_written_with_a_lower_case_first_letter_matches() -> None:
    matcher = screening_matcher([_entry("IFLYTEK")])
    assert [m.text for m in matcher.find("Hikvision and iFlytek were added to the list.")] == ["iFlytek"]
    assert matcher.find("an iflytek-style speech engine") == []


TIE = """
from classifier.lists import watchlist_matcher
from schemas.events import WatchlistEntry
names = ["WENIXA MAN", "Wenxia Man", "Wenixb Man", "Wemxia Man"]
watch = watchlist_matcher([WatchlistEntry(team_id="a", entry_id=str(i), name=n) for i, n in enumerate(names)])
print([m.canonical_name for m in watch.closest("Wenia Man", "parties")])
"""


def test_equally_close_entries_resolve_the_same_way_whatever_the_hash_seed() -> None:
    runs = {
        subprocess.run(
            [sys.executable, "-c", TIE],
            env=os.environ | {"PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(runs) == 1, runs
    assert runs.pop().strip() == "['WENIXA MAN']"  # the first of the equally close keys in sorted order


SDN = "Specially Designated Nationals (SDN) - Treasury Department"


def test_an_acronym_alias_matches_in_capitals_even_where_addresses_use_it() -> None:
    matcher = screening_matcher(
        [
            _entry(
                "NATIONAL IRANIAN OIL COMPANY",
                "NIOC",
                list_=SDN,
                kind="Entity",
                addresses=("NIOC Building, Tehran", "NIOC Tower, Tehran"),
            ),
            # "HOMA" is not made of IRAN AIR's initials: a name in capitals, not an acronym.
            _entry("IRAN AIR", "HOMA", entry_id="2", list_=SDN, kind="Entity", addresses=("Tehran",)),
        ]
    )
    found = [
        (m.text, m.canonical_name) for m in matcher.find("OFAC designated NIOC and HOMA; Nioc denied it.")
    ]
    assert found == [("NIOC", "NATIONAL IRANIAN OIL COMPANY")]


def test_news_names_a_person_without_middle_names() -> None:
    matcher = screening_matcher(
        [
            _entry("KHAMENEI, Ali Husseini", list_=SDN, kind="Individual", addresses=("IR",)),
            _entry("PUTIN, Vladimir Vladimirovich", entry_id="2", list_=SDN, kind="Individual"),
        ]
    )
    found = {m.text: m.canonical_name for m in matcher.find("Ali Khamenei met Vladimir Putin in Tehran.")}
    assert found == {
        "Ali Khamenei": "Ali Husseini KHAMENEI",
        "Vladimir Putin": "Vladimir Vladimirovich PUTIN",
    }


def test_news_names_a_person_without_a_kunya() -> None:
    matcher = screening_matcher([_entry("AL-BAGHDADI, Abu Bakr", list_=SDN, kind="Individual")])
    found = {
        m.text: m.canonical_name
        for m in matcher.find("Bakr al-Baghdadi was named; Abu Bakr al-Baghdadi too.")
    }
    assert found == {
        "Bakr al-Baghdadi": "Abu Bakr AL-BAGHDADI",
        "Abu Bakr al-Baghdadi": "Abu Bakr AL-BAGHDADI",
    }


def test_a_listed_three_letter_name_matches_in_capitals_only() -> None:
    matcher = screening_matcher(
        [
            _entry("XJI"),
            # A three-letter word left after the legal forms is another company's abbreviation too.
            _entry("QGI PTE LTD", entry_id="2"),
            _entry("ZED TRADING", "ZED", entry_id="3"),
        ]
    )
    found = [m.canonical_name for m in matcher.find("Commerce listed XJI; Xji and QGI and ZED said nothing.")]
    assert found == ["XJI"]


def test_an_acronym_written_with_one_small_letter_is_still_the_acronym() -> None:
    matcher = screening_matcher(
        [_entry("PETROLEOS DE VENEZUELA, S.A.", "PDVSA", list_=SDN, kind="Entity", addresses=("Caracas",))]
    )
    found = [m.text for m in matcher.find("Chevron's venture with PdVSA; Pdvsa is not written so.")]
    assert found == ["PdVSA"]


def test_a_phrase_opening_a_listed_name_is_no_name_unless_it_ends_in_a_capital() -> None:
    entries = [_entry("IRANIAN OIL COMPANY (U.K.) LIMITED"), _entry("SUMIYOSHI-KAI", entry_id="2")]
    matcher = screening_matcher(entries)
    assert matcher.find("Refinery sanctioned over Iranian oil purchases") == []
    assert [m.text for m in matcher.find("Shipping Iranian Oil Company cargoes")] == ["Iranian Oil Company"]
    # A hyphenated name is one word, its capital at the start.
    assert [m.text for m in matcher.find("The Sumiyoshi-kai syndicate was named.")] == ["Sumiyoshi-kai"]


def test_the_opening_of_a_hyphenated_word_is_no_name() -> None:
    matcher = screening_matcher([_entry("INTRA")])
    assert matcher.find("Intra-company transfers of technology") == []
    assert [m.text for m in matcher.find("Shipments to Intra were held.")] == ["Intra"]


def test_a_name_within_a_clause_wins_over_the_list_s_order_across_a_comma() -> None:
    matcher = screening_matcher(
        [
            _entry("RODRIGUEZ OREJUELA, Miguel Angel", entry_id="1", list_=SDN, kind="Individual"),
            _entry("RODRIGUEZ OREJUELA, Gilberto Jose", entry_id="2", list_=SDN, kind="Individual"),
        ]
    )
    text = "named in its annex, Gilberto Rodriguez Orejuela, Miguel Angel Rodriguez Orejuela and Jose Baz."
    found = {(m.text, m.entry_id) for m in matcher.find(text)}
    # "Rodriguez Orejuela, Miguel Angel" reads the list's order out of the enumeration; the two brothers
    # are named each in a clause of their own.
    assert found == {("Gilberto Rodriguez Orejuela", "2"), ("Miguel Angel Rodriguez Orejuela", "1")}


def test_a_listed_leading_word_inside_another_name_is_no_mention() -> None:
    matcher = screening_matcher(
        [_entry("Multiforce Trading LLC", entry_id="1"), _entry("Ardenta Bearings LLC", entry_id="2")]
    )
    inside = "OFAC designated Al Junaid Multiforce Activities Co Ltd on Thursday."
    assert matcher.find(inside) == []
    opening = "State cited Xland's Ardenta Group of Companies LLC and Multiforce, its supplier."
    assert {m.text for m in matcher.find(opening)} == {"Ardenta", "Multiforce"}


def test_a_name_cut_through_a_bracket_is_a_piece_of_a_longer_name() -> None:
    matcher = screening_matcher(
        [
            _entry("Lumen Trading Company", "Dalian Carbon", addresses=("Dalian",)),
            _entry("Reach Holding Group Shanghai Company Limited", entry_id="2", addresses=("Pudong",)),
        ]
    )
    assert matcher.find("It named Sinotech (Dalian) Carbon and Graphite Corporation.") == []
    [found] = matcher.find("Treasury named Reach Holding Group (Shanghai) on Monday.")
    assert found.text == "Reach Holding Group (Shanghai)"


def test_a_name_written_in_the_possessive_is_not_matched_by_its_first_words() -> None:
    sdn = "Specially Designated Nationals (SDN) - Treasury Department"
    matcher = screening_matcher(
        [
            _entry("QURBAN HARAM", list_=sdn, kind="Entity"),
            _entry("Hurras al-Din", entry_id="2", kind="Entity"),
        ]
    )
    for text in ("The cell broke away from Qurban Haram's leaders.", "Hurras al-Din's leader spoke."):
        assert matcher.find(text) == []
    assert [m.text for m in matcher.find("Qurban Haram split in 2016.")] == ["Qurban Haram"]
    assert [m.text for m in matcher.find("Hurras al-Din spoke.")] == ["Hurras al-Din"]


def test_a_leading_word_written_as_a_place_is_not_the_listed_name() -> None:
    matcher = screening_matcher([_entry("Qurbandong Foo Trade Co. Ltd.")])
    assert matcher.find("The bank ran a branch in Qurbandong, China, for years.") == []
    assert [m.text for m in matcher.find("Qurbandong was added to the list.")] == ["Qurbandong"]


def test_a_short_form_takes_in_the_listed_words_the_text_writes_before_it() -> None:
    # "Libre" is a word of listed addresses, so the short form is the word after it.
    free_zone = ("Zona Libre, Colon",)
    matcher = screening_matcher(
        [
            _entry("LIBRE QURBANO, S.A. DE C.V.", kind="Entity"),
            _entry("Bar Trading", entry_id="2", addresses=free_zone),
            _entry("Baz Shipping", entry_id="3", addresses=free_zone),
        ]
    )
    [found] = matcher.find("Two firms, Libre Qurbano SA and Bar Group, took the crude.")
    assert found.text == "Libre Qurbano SA"
    # The short form alone, or after words the listed name does not have, stays the short form.
    assert [m.text for m in matcher.find("Qurbano took the crude.")] == ["Qurbano"]
    assert [m.text for m in matcher.find("The firm, Grande Qurbano, took the crude.")] == ["Qurbano"]


def test_a_bare_ministry_of_defence_names_no_listed_ministry() -> None:
    # Every state has one; the listed ministries are known by their longer names.
    matcher = screening_matcher(
        [
            _entry("Ministry of Defence", entry_id="1"),
            _entry("Ministry of Defense and Armed Forces Logistics", entry_id="2"),
        ]
    )
    assert matcher.find("A former official of Xland's Ministry of Defence was charged.") == []
    found = matcher.find("It named the Ministry of Defense and Armed Forces Logistics.")
    assert [m.canonical_name for m in found] == ["Ministry of Defense and Armed Forces Logistics"]
