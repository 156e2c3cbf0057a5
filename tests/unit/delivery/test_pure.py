"""Pure parts of delivery: digest periods, pacing, dedupe keys, Block Kit limits and escaping, probes."""

from __future__ import annotations

import json
from datetime import UTC, datetime, time

import httpx
import pytest
from prometheus_client import CollectorRegistry
from pydantic import ValidationError

from notifier.alert import Alert, single
from notifier.channels.slack_bot import SlackBotChannel
from notifier.channels.slack_webhook import SlackWebhookChannel
from notifier.probes import Probes
from notifier.render.slack import HEADER_LIMIT, MAX_BLOCKS, SECTION_LIMIT, render_slack
from notifier.routing.documents import dedupe_key
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.schedule import DigestSchedule, next_due
from schemas.events import EntityMention, MatchKind, SourceKind, Stage
from tests.unit.delivery.conftest import EVENT, event_variant


def test_interval_digests_end_on_fixed_boundaries() -> None:
    hourly = DigestSchedule(every_minutes=60)
    assert next_due(hourly, datetime(2026, 3, 1, 9, 15, tzinfo=UTC)) == datetime(2026, 3, 1, 10, tzinfo=UTC)
    # Exactly on a boundary belongs to the next period (the boundary's digest is being sent).
    assert next_due(hourly, datetime(2026, 3, 1, 10, tzinfo=UTC)) == datetime(2026, 3, 1, 11, tzinfo=UTC)


def test_daily_digests_follow_the_local_clock_across_dst() -> None:
    berlin = DigestSchedule(daily_at=time(8, 0), timezone="Europe/Berlin")
    # Winter: 08:00 in Berlin is 07:00 UTC; summer (after 29 March 2026): 06:00 UTC.
    assert next_due(berlin, datetime(2026, 3, 28, 7, 30, tzinfo=UTC)) == datetime(2026, 3, 29, 6, tzinfo=UTC)
    assert next_due(berlin, datetime(2026, 3, 28, 6, 30, tzinfo=UTC)) == datetime(2026, 3, 28, 7, tzinfo=UTC)


@pytest.mark.parametrize(
    "value",
    [
        {},
        {"every_minutes": 60, "daily_at": "08:00"},
        {"every_minutes": 1},
        {"daily_at": "08:00", "timezone": "Mars/Base"},
    ],
)
def test_bad_schedules_are_rejected(value: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        DigestSchedule.model_validate(value)


def test_no_stored_schedule_means_hourly() -> None:
    assert DigestSchedule.from_column(None) == DigestSchedule(every_minutes=60)


def test_pacing_is_per_slack_destination_and_keys_hold_no_secret() -> None:
    http = httpx.AsyncClient()
    webhook = SlackWebhookChannel(http)
    bot = SlackBotChannel(http, "https://slack.com/api")
    url = "https://hooks.slack.com/services/T0/B0/secret-part"
    assert webhook.pace_key({"url": url}) == webhook.pace_key({"url": url})
    assert webhook.pace_key({"url": url}) != webhook.pace_key({"url": url + "x"})
    assert "secret-part" not in webhook.pace_key({"url": url})
    assert bot.pace_key({"token": "xoxb-1", "channel": "C1"}) != bot.pace_key(
        {"token": "xoxb-1", "channel": "C2"}
    )
    assert "xoxb-1" not in bot.pace_key({"token": "xoxb-1", "channel": "C1"})


def test_dedupe_key_joins_a_documents_stages_unless_both_are_wanted() -> None:
    pi = event_variant(
        event_id="public_inspection:2020-15827",
        source=SourceKind.PUBLIC_INSPECTION,
        stage=Stage.PUBLIC_INSPECTION,
    )
    assert (
        dedupe_key(pi, SubscriptionFilter())
        == dedupe_key(EVENT, SubscriptionFilter())
        == "document:2020-15827"
    )
    assert dedupe_key(EVENT, SubscriptionFilter(stages=[Stage.PUBLISHED])) == "document:2020-15827"
    both = SubscriptionFilter(stages=[Stage.PUBLISHED, Stage.PUBLIC_INSPECTION])
    assert dedupe_key(pi, both) != dedupe_key(EVENT, both)
    feed = event_variant(event_id="feed:x:abc", source=SourceKind.FEED, stage=None, document_number=None)
    assert dedupe_key(feed, SubscriptionFilter()) == "feed:x:abc"


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


async def test_probes_answer_metrics_and_health() -> None:
    registry = CollectorRegistry()
    state = {"database": True, "kafka": False}

    async def ready() -> dict[str, bool]:
        return dict(state)

    probes = Probes(registry, ready)
    assert (await probes.answer("GET", "/health/live")).startswith(b"HTTP/1.1 200")
    not_ready = await probes.answer("GET", "/health/ready")
    assert not_ready.startswith(b"HTTP/1.1 503")
    assert b'"kafka": false' in not_ready
    state["kafka"] = True
    assert (await probes.answer("GET", "/health/ready")).startswith(b"HTTP/1.1 200")
    assert (await probes.answer("GET", "/nope")).startswith(b"HTTP/1.1 404")
    assert (await probes.answer("POST", "/metrics")).startswith(b"HTTP/1.1 405")
