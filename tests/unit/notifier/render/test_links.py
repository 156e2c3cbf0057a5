"""Feed links: only http(s) reaches a Slack link, an email or a text alert; other schemes are dropped."""

from __future__ import annotations

import json

import pytest

from notifier.alert import Alert, single
from notifier.render.email import Envelope, build_message
from notifier.render.links import safe_link
from notifier.render.slack import render_slack
from notifier.render.text import render_text
from tests.unit.notifier.conftest import event_variant

HOSTILE = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "\tjavascript:alert(1)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//evil.example/x",
    "https:///no-host",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_only_plain_http_and_https_links_pass(url: str) -> None:
    assert safe_link(url) is None


@pytest.mark.parametrize("url", ["https://www.federalregister.gov/d/2020-15827", "http://example.gov/a?b=c"])
def test_http_and_https_links_pass_unchanged(url: str) -> None:
    assert safe_link(url) == url


@pytest.mark.parametrize("url", HOSTILE)
def test_a_hostile_feed_link_never_reaches_slack_email_or_text(url: str) -> None:
    event = event_variant(url=url, title="Rule adding entities")
    for alert in (
        single(event),
        Alert("s", "subs", (event, event_variant(url=url, event_id="x:2")), digest=True),
    ):
        payload = json.dumps(render_slack(alert)).lower()
        assert "javascript" not in payload
        assert "script:" not in payload
        assert url.lower() not in payload
    message = build_message(single(event), Envelope("from@example.com", ("to@example.com",)))
    # Decoded, so a quoted-printable or base64 part cannot hide the link from the check.
    body = " ".join(str(part.get_content()) for part in message.walk() if not part.is_multipart()).lower()
    assert "rule adding entities" in body
    assert "javascript" not in body
    assert "vbscript" not in body
    assert url.lower() not in body
    assert url not in render_text(event)


def test_the_title_stays_as_plain_text_when_its_link_is_dropped() -> None:
    event = event_variant(url="javascript:alert(1)", title="Rule adding entities")
    title_block = render_slack(single(event))["blocks"][1]["text"]["text"]
    assert title_block == "Rule adding entities"
