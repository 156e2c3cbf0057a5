"""Email against aiosmtpd as a real SMTP server: multipart, safe headers, 4xx retried, 5xx permanent."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devkit.broker import free_port
from notifier.alert import Alert, single
from notifier.channels.email import EmailChannel
from notifier.channels.kind import DeliveryError, SmtpConfig
from notifier.render.email import Envelope, build_message, safe_header
from tests.mailbox import Mailbox, parse, smtp_server
from tests.unit.notifier.conftest import EVENT, event_variant


@pytest.fixture
def smtp() -> Iterator[tuple[Mailbox, SmtpConfig]]:
    mailbox = Mailbox()
    with smtp_server(mailbox) as port:
        yield mailbox, SmtpConfig(host="127.0.0.1", port=port, sender="alerts@exportwatch.test", timeout=5)


async def test_an_alert_arrives_as_multipart_text_and_html(smtp: tuple[Mailbox, SmtpConfig]) -> None:
    mailbox, config = smtp
    alert = Alert("sub-1", "Entity List", (EVENT,))
    await EmailChannel(config).send({"to": ["Officer@Example.com", "team@example.org"]}, alert)
    [(rcpts, raw)] = mailbox.messages
    assert rcpts == ["Officer@example.com", "team@example.org"]
    message = parse(raw)
    assert message["Subject"].startswith("[HIGH] Addition of Certain Entities")
    assert message.get_content_type() == "multipart/alternative"
    text = message.get_body(("plain",))
    html = message.get_body(("html",))
    assert text is not None
    assert html is not None
    plain = text.get_content()
    assert "adding eleven entities to the Entity List" in plain
    assert (
        "Nanchang O-Film Tech. Co. Ltd. (Entity List (EL) - Bureau of Industry and Security, score 0.97)"
        in plain
    )
    assert "https://public-inspection.federalregister.gov/2020-15827.pdf" in plain
    assert "https://www.govinfo.gov/content/pkg/FR-2020-07-22/pdf/2020-15827.pdf" in plain
    assert '<a href="https://federalregister.gov/d/2020-15827">' in html.get_content()
    assert message["List-Unsubscribe"] == "<mailto:alerts@exportwatch.test?subject=unsubscribe%20sub-1>"


async def test_html_escapes_what_came_from_the_document(smtp: tuple[Mailbox, SmtpConfig]) -> None:
    mailbox, config = smtp
    event = event_variant(title='<script>alert("x")</script> & <b>bold</b>')
    await EmailChannel(config).send({"to": ["a@example.com"]}, single(event))
    html = parse(mailbox.messages[0][1]).get_body(("html",))
    assert html is not None
    body = html.get_content()
    assert "<script>" not in body
    assert "&lt;script&gt;" in body
    assert "&lt;b&gt;bold&lt;/b&gt;" in body


@pytest.mark.parametrize(
    "title",
    [
        "Entity List\r\nBcc: victim@example.com",
        "Entity List =?utf-8?q?x=0ABcc=3A_victim=40example=2Ecom?=",
        "Entity List =?UTF-8?B?eAoKQmNjOiB2aWN0aW1AZXhhbXBsZS5jb20=?= rule",
        "Entity List\u2028Bcc: victim@example.com",
    ],
)
async def test_a_subject_cannot_add_headers(smtp: tuple[Mailbox, SmtpConfig], title: str) -> None:
    mailbox, config = smtp
    await EmailChannel(config).send({"to": ["a@example.com"]}, single(event_variant(title=title)))
    [(rcpts, raw)] = mailbox.messages
    assert rcpts == ["a@example.com"]
    message = parse(raw)
    assert message["Bcc"] is None
    assert "\n" not in message["Subject"]
    assert "=?" not in message["Subject"]
    assert b"\nBcc:" not in raw.split(b"\r\n\r\n", 1)[0]


def test_safe_header_strips_controls_and_encoded_words() -> None:
    assert safe_header("a\r\nb\tc") == "a b c"
    assert safe_header("x =?utf-8?b?QmNjOg==?= y") == "x y"
    assert safe_header("=?=?utf-8?q?a?=?=") == "= ? ?="
    assert len(safe_header("x" * 500)) == 200


def test_one_click_unsubscribe_when_a_page_is_configured() -> None:
    envelope = Envelope("alerts@x.test", ("a@x.test",), "https://ew.example/unsubscribe/{subscription_id}")
    message = build_message(Alert("s/1", "S", (EVENT,)), envelope)
    assert message["List-Unsubscribe"].startswith("<https://ew.example/unsubscribe/s%2F1>, <mailto:")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


async def test_a_digest_is_one_message_listing_every_event(smtp: tuple[Mailbox, SmtpConfig]) -> None:
    mailbox, config = smtp
    other = event_variant(
        event_id="federal_register:2021-00001", document_number="2021-00001", title="Second rule"
    )
    await EmailChannel(config).send({"to": ["a@example.com"]}, Alert("s", "Weekly EL", (EVENT, other), True))
    [(_, raw)] = mailbox.messages
    message = parse(raw)
    assert message["Subject"] == "exportwatch digest: 2 alerts for Weekly EL"
    text = message.get_body(("plain",))
    assert text is not None
    assert "event federal_register:2020-15827" in text.get_content()
    assert "event federal_register:2021-00001" in text.get_content()


@pytest.mark.parametrize(
    ("reply_at", "reply", "permanent"),
    [
        ("rcpt", "450 4.2.1 mailbox busy, try later", False),
        ("data", "451 4.3.0 local error, try later", False),
        ("rcpt", "550 5.1.1 no such user", True),
        ("data", "554 5.7.1 rejected as spam", True),
    ],
)
async def test_smtp_4xx_is_retried_and_5xx_is_permanent(
    smtp: tuple[Mailbox, SmtpConfig], reply_at: str, reply: str, permanent: bool
) -> None:
    mailbox, config = smtp
    setattr(mailbox, f"{reply_at}_reply", reply)
    with pytest.raises(DeliveryError) as caught:
        await EmailChannel(config).send({"to": ["a@example.com"]}, single(EVENT))
    assert caught.value.permanent is permanent
    assert reply[:3] in caught.value.reason
    assert mailbox.messages == []


async def test_an_unreachable_relay_is_transient() -> None:
    config = SmtpConfig(host="127.0.0.1", port=free_port(), timeout=2)
    with pytest.raises(DeliveryError) as caught:
        await EmailChannel(config).send({"to": ["a@example.com"]}, single(EVENT))
    assert not caught.value.permanent


@pytest.mark.parametrize("to", [[], ["not an address"], ["a@example.com\r\nBcc: b@example.com"], "x"])
async def test_bad_recipients_are_permanent(smtp: tuple[Mailbox, SmtpConfig], to: object) -> None:
    mailbox, config = smtp
    with pytest.raises(DeliveryError) as caught:
        await EmailChannel(config).send({"to": to}, single(EVENT))
    assert caught.value.permanent
    assert mailbox.messages == []
