"""Parties in every format: the first 20, the team's own hits first and marked, Slack's limits kept."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from email.message import EmailMessage

from notifier.alert import Alert
from notifier.render.email import Envelope, build_message, subject
from notifier.render.parties import ADDRESS_LIMIT, PARTY_LIMIT, WATCH_MARK, party_listing, shorten
from notifier.render.slack import HEADER_LIMIT, MAX_BLOCKS, SECTION_LIMIT, render_slack
from notifier.render.text import render_text
from notifier.routing.revisions import party_changes
from schemas.events import (
    DocumentClassified,
    EntityMention,
    MatchKind,
    Party,
    PartyAction,
    PartySource,
    Stage,
)
from tests.unit.notifier.conftest import EVENT

WATCHED = "Zeta Precision Optics"
ENVELOPE = Envelope("alerts@x.test", ("a@x.test",))


def _party(i: int) -> Party:
    return Party(
        name=f"Company {i:03d} Electronics Co., Ltd.",
        aliases=[f"C{i:03d}"],
        destination="CHINA, PEOPLE'S REPUBLIC OF",
        country="China",
        address=f"Room {i}, " + "Building 7, Science Park Road, Nanshan District, Shenzhen " * 6,
        action=PartyAction.ADDED,
        source=PartySource.GPO_TABLE,
    )


def _hit(team_id: str, text: str, watched: str, score: float) -> EntityMention:
    return EntityMention(
        text=text,
        field="parties",
        canonical_name=watched,
        list="watchlist",
        score=score,
        match_kind=MatchKind.FUZZY,
        team_id=team_id,
    )


PARTIES = [_party(i) for i in range(400)]
# Team alpha watches a party far down the list (and, less surely, another); bravo watches none.
BIG = EVENT.model_copy(
    update={
        "parties": PARTIES,
        "entities": [
            *EVENT.entities,
            _hit("alpha", "Company 387 Electronics", WATCHED, 0.93),
            _hit("alpha", "C250", "Company Two Fifty", 0.81),
        ],
    }
)


def _body(message: EmailMessage, kind: str) -> str:
    part = message.get_body((kind,))
    assert part is not None
    return str(part.get_content())


def _rendered(alert: Alert) -> str:
    return (
        json.dumps(render_slack(alert))
        + build_message(alert, ENVELOPE).as_string()
        + "".join(render_text(e, alert.revision(e)) for e in alert.views())
    )


def test_a_400_party_rule_shows_20_with_the_teams_hits_first_inside_slacks_limits() -> None:
    alert = Alert("s", "EL", (BIG,), team_id="alpha")
    payload = render_slack(alert)
    blocks = payload["blocks"]
    assert len(blocks) <= MAX_BLOCKS
    for block in blocks:
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= HEADER_LIMIT
        if "text" in block:
            assert len(block["text"]["text"]) <= SECTION_LIMIT
    texts = [b["text"]["text"] for b in blocks if "text" in b]
    start = next(i for i, t in enumerate(texts) if t.startswith("*Parties*"))
    parties = "\n".join(t for t in texts[start:] if "Electronics Co" in t or "more" in t)
    lines = [line for line in parties.splitlines() if line.startswith("• ")]
    assert len(lines) == PARTY_LIMIT
    assert parties.startswith("*Parties* (400, 2 on your watchlist)")
    assert lines[0].startswith(f"• {WATCH_MARK} *Company 387")
    assert f"your watchlist: {WATCHED}, score 0.93" in lines[0]
    assert lines[1].startswith(f"• {WATCH_MARK} *Company 250")
    assert "score 0.81" in lines[1]
    assert lines[2].startswith("• *Company 000")
    assert WATCH_MARK not in "\n".join(lines[2:])
    assert "(China, added)" in lines[2]
    assert "and 380 more" in parties


def test_email_and_text_list_the_same_parties() -> None:
    alert = Alert("s", "EL", (BIG,), team_id="alpha")
    message = build_message(alert, ENVELOPE)
    html = _body(message, "html")
    plain = _body(message, "plain")
    text = render_text(alert.views()[0])
    for body in (re.sub(r"<[^>]+>", "", html), plain, text):
        assert "Parties (400, 2 on your watchlist)" in body
        assert "and 380 more" in body
        assert body.index("Company 387") < body.index("Company 250") < body.index("Company 000")
        assert f"your watchlist: {WATCHED}, score 0.93" in body
        assert "Company 020 Electronics" not in body  # the 21st party in document order
    assert "<mark>" in html


def test_another_team_sees_no_trace_of_the_first_teams_watched_name_or_hit_marker() -> None:
    bravo = _rendered(Alert("s", "EL", (BIG,), team_id="bravo"))
    assert WATCHED not in bravo
    assert "Company Two Fifty" not in bravo
    assert WATCH_MARK not in bravo
    assert "your watchlist" not in bravo
    # Bravo sees the rule in document order: the party alpha watches is beyond its first 20.
    assert "Company 387" not in bravo
    assert "Company 000" in bravo
    assert "and 380 more" in bravo
    # The same holds for a digest, and the watching team does see its hit.
    assert WATCHED not in _rendered(Alert("s", "EL", (BIG, BIG), digest=True, team_id="bravo"))
    assert WATCHED in _rendered(Alert("s", "EL", (BIG,), team_id="alpha"))


def test_long_addresses_are_cut_at_a_word() -> None:
    listing = party_listing(BIG)
    assert listing is not None
    address = listing.lines[0].address
    assert address is not None
    assert len(address) <= ADDRESS_LIMIT
    assert address.endswith("…")
    assert address[:-1] == address[:-1].rstrip()
    assert "Shenzhen" in address
    assert shorten("a" * 500, 10) == "a" * 9 + "…"
    assert shorten("short\n address", 100) == "short address"


def _public_inspection(event: DocumentClassified, published: date | None) -> DocumentClassified:
    doc = event.document.model_copy(
        update={
            "stage": Stage.PUBLIC_INSPECTION,
            "event_id": "public_inspection:2020-15827",
            "published": published,
        }
    )
    return event.model_copy(update={"document": doc, "event_id": doc.event_id})


def test_a_public_inspection_filing_is_tomorrows_rule_in_every_format() -> None:
    note = "Tomorrow's rule (on public inspection, to be published 2020-07-22)"
    pi = _public_inspection(EVENT, date(2020, 7, 22))
    alert = Alert("s", "EL", (pi,))
    message = build_message(alert, ENVELOPE)
    assert note in subject(alert)
    assert note in html.unescape(_body(message, "html").split("</div>")[0])  # preheader
    assert note in _body(message, "plain")
    assert note in render_text(pi)
    payload = render_slack(alert)
    assert note in payload["text"]
    assert note in payload["blocks"][1]["text"]["text"]
    assert "To be published 2020-07-22" in json.dumps(payload).replace("*\\n", " ")
    undated = render_text(_public_inspection(EVENT, None))
    assert "Tomorrow's rule (on public inspection, to be published)" in undated
    for published in (EVENT, BIG):
        assert "Tomorrow" not in _rendered(Alert("s", "EL", (published,)))


def test_a_revision_says_so_and_names_the_parties_added_and_removed() -> None:
    after = [*PARTIES[1:3], _party(999)]
    event = BIG.model_copy(update={"parties": after})
    changes = party_changes(PARTIES[:3], after)
    alert = Alert("s", "EL", (event,), team_id="bravo", revisions={event.event_id: changes})
    payload = render_slack(alert)
    message = build_message(alert, ENVELOPE)
    assert subject(alert).startswith("[HIGH] Revision: ")
    assert payload["blocks"][1]["text"]["text"].startswith("*Revision*")
    for body in (
        json.dumps(payload, ensure_ascii=False),
        _body(message, "html"),
        _body(message, "plain"),
        render_text(event, changes),
    ):
        assert "Revision: the party list changed since the last alert about this document" in body
        assert "(1 added, 1 removed)" in body
        assert "+ added: Company 999 Electronics Co., Ltd. (China)" in body
        assert "− removed: Company 000 Electronics Co., Ltd. (China)" in body
    # Not a revision: no such note (the title itself says "Revision of Existing Entries").
    plain = _rendered(Alert("s", "EL", (event,), team_id="bravo"))
    assert "party list changed" not in plain
    assert "Revision:" not in plain
    assert "*Revision*" not in plain
