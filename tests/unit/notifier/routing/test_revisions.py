"""A document's party list across stages: fingerprints, the revision key, and what changed."""

from __future__ import annotations

from notifier.routing.revisions import Told, party_changes, party_fingerprint, revision_key
from schemas.events import Party, PartySource

BASE = "document:2020-15827"


def _party(name: str, destination: str = "CHINA", country: str | None = "China", **more: object) -> Party:
    return Party(name=name, destination=destination, country=country, source=PartySource.GPO_TABLE, **more)


LIST = [_party("Alpha Co., Ltd."), _party("Beta Inc.", "CANADA", "Canada")]


def test_the_fingerprint_ignores_order_spelling_and_repeats_but_not_names_or_destinations() -> None:
    fp = party_fingerprint(LIST)
    assert fp is not None
    # The PDF's and the XML's spelling of the same list are one list.
    assert party_fingerprint([_party("BETA INC", "CANADA", "Canada"), _party("Alpha Co.,Ltd."), *LIST]) == fp
    assert party_fingerprint([LIST[0]]) != fp
    assert party_fingerprint([LIST[0], _party("Beta Inc.", "IRAN", "Iran")]) != fp
    assert party_fingerprint([LIST[0], _party("Beta Corp.", "CANADA", "Canada")]) != fp
    assert party_fingerprint(None) is None
    assert party_fingerprint([]) not in (None, fp)


def test_only_a_different_list_than_the_last_told_makes_a_revision_key() -> None:
    fp, other = party_fingerprint(LIST), party_fingerprint(LIST[:1])
    assert fp is not None
    assert other is not None
    told = [Told("public_inspection:2020-15827", fp)]
    published = "federal_register:2020-15827"
    # Nothing told yet, the same list, or a list not read on either side: the document's own key.
    assert revision_key(BASE, published, other, []) == (BASE, None)
    assert revision_key(BASE, published, fp, told) == (BASE, None)
    assert revision_key(BASE, published, None, told) == (BASE, None)
    assert revision_key(BASE, published, other, [Told("public_inspection:2020-15827", None)]) == (BASE, None)
    # A changed list: a key of its own, revising the event last told.
    key, revises = revision_key(BASE, published, other, told)
    assert key == f"{BASE}#parties:{other[:16]}"
    assert revises == "public_inspection:2020-15827"
    # The same event again (a replay) is never a revision of anything.
    assert revision_key(BASE, published, fp, [*told, Told(published, other)]) == (BASE, None)
    # Compared with the last told, not the first.
    assert revision_key(BASE, published, other, [Told("a", other), Told("b", fp)])[1] == "b"


def test_changes_name_parties_added_removed_renamed_and_moved() -> None:
    before = [
        _party("Alpha Co., Ltd."),
        _party("Beta Inc.", "CANADA", "Canada"),
        _party("Gamma LLC", address="1 Road, Shenzhen"),
        _party("Delta Ltd."),
    ]
    after = [
        _party("ALPHA CO LTD"),  # the same party, spelled as the other layout prints it
        _party("Beta Inc.", "HONG KONG", "Hong Kong"),  # moved
        _party("Gamma Technologies LLC", address="1 Road,  Shenzhen"),  # renamed: same address
        _party("Epsilon GmbH", "GERMANY", "Germany"),  # added; Delta removed
    ]
    changes = party_changes(before, after)
    assert [p.name for p in changes.added] == ["Epsilon GmbH"]
    assert [p.name for p in changes.removed] == ["Delta Ltd."]
    assert [(a.name, b.name) for a, b in changes.renamed] == [("Gamma LLC", "Gamma Technologies LLC")]
    assert [(a.country, b.country) for a, b in changes.moved] == [("Canada", "Hong Kong")]
    assert changes.summary() == "1 added, 1 removed, 1 renamed, 1 destination changed"
    assert not changes.empty
    assert party_changes(before, list(reversed(before))).empty
    # An alias naming the old entry also makes a rename.
    renamed = party_changes([_party("Old Name Co.")], [_party("New Name Co.", aliases=["Old Name Co"])])
    assert [(a.name, b.name) for a, b in renamed.renamed] == [("Old Name Co.", "New Name Co.")]
