"""A real SMTP server (aiosmtpd) for tests: a mailbox that stores what arrives, or answers as scripted."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from typing import Any

from aiosmtpd.controller import Controller

from devkit.broker import free_port


@dataclass
class Mailbox:
    """An aiosmtpd handler that stores messages, or answers RCPT/DATA with a scripted reply."""

    messages: list[tuple[list[str], bytes]] = field(default_factory=list)
    rcpt_reply: str | None = None
    data_reply: str | None = None

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        """Accept the recipient, unless a reply is scripted."""
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        """Store the message with its envelope recipients, unless a reply is scripted."""
        if self.data_reply:
            return self.data_reply
        self.messages.append((list(envelope.rcpt_tos), bytes(envelope.original_content)))
        return "250 Message accepted"

    def parsed(self) -> list[tuple[list[str], EmailMessage]]:
        """Every stored message so far, parsed, with its envelope recipients."""
        return [(rcpts, parse(raw)) for rcpts, raw in list(self.messages)]


def parse(raw: bytes) -> EmailMessage:
    """A message as it arrived, parsed with the modern email policy."""
    message = BytesParser(policy=policy.default).parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


@contextmanager
def smtp_server(mailbox: Mailbox) -> Iterator[int]:
    """Serve mailbox over SMTP on 127.0.0.1 at a free port (yielded) until the block ends."""
    port = free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()
