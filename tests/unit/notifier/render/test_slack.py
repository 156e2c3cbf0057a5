"""Block Kit rendering: feed text cannot ping or link, facts and evidence shown, Slack's limits kept."""

from __future__ import annotations

import json

from notifier.alert import Alert, single
from notifier.render.slack import HEADER_LIMIT, MAX_BLOCKS, SECTION_LIMIT, render_slack
from schemas.events import EntityMention, MatchKind
from tests.unit.notifier.conftest import EVENT, event_variant


def test_feed_text_cannot_ping_or_link_in_slack() -> None:
    event = event_variant(
        title="<!channel> urgent <https://evil.example|click> & more", url="https://x.test/a>b|c"
    )
    payload = render_slack(single(event))
    dumped = json.dumps(payload)
    assert "<!channel>" not in dumped
    assert "&lt;!channel&gt;" in payload["text"]
    assert "<https://evil.example|click>" not in dumped
    link = payload["blocks"][1]["text"]["text"]
    assert link.startswith("<https://x.test/a%3Eb%7Cc|")


def test_an_alert_carries_the_facts_evidence_entities_and_links() -> None:
    payload = render_slack(single(EVENT))
    text = json.dumps(payload)
    for expected in (
        "*Stage*\\npublished",
        "industry-and-security-bureau",
        "adding eleven entities to the Entity List",
        "Nanchang O-Film Tech. Co. Ltd. \\u2014 Entity List (EL) - Bureau of Industry and Security, "
        "score 0.97",
        "|Public Inspection PDF>",
        "https://www.govinfo.gov/content/pkg/FR-2020-07-22/pdf/2020-15827.pdf|PDF>",
        "event `federal_register:2020-15827`",
    ):
        assert expected in text


def test_huge_events_and_digests_stay_inside_slack_limits() -> None:
    mention = EntityMention(
        text="x", canonical_name="N" * 300, list="Entity List", score=0.9, match_kind=MatchKind.EXACT
    )
    big = EVENT.model_copy(
        update={
            "document": EVENT.document.model_copy(update={"title": "T" * 5000, "agencies": ["a" * 3000]}),
            "entities": [
                mention.model_copy(update={"canonical_name": f"{i}" + "N" * 300}) for i in range(100)
            ],
        }
    )
    digest = Alert("s", "S" * 500, tuple(big for _ in range(80)), digest=True)
    for payload in (render_slack(single(big)), render_slack(digest)):
        blocks = payload["blocks"]
        assert len(blocks) <= MAX_BLOCKS
        assert len(payload["text"]) <= SECTION_LIMIT
        for block in blocks:
            if block["type"] == "header":
                assert len(block["text"]["text"]) <= HEADER_LIMIT
            if block["type"] == "section" and "text" in block:
                assert len(block["text"]["text"]) <= SECTION_LIMIT
            for field in block.get("fields", []):
                assert len(field["text"]) <= 2000
    assert render_slack(digest)["blocks"][-1]["text"]["text"].startswith("…and 56 more")
