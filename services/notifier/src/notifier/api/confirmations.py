"""Email recipient confirmation: codes, the confirmation message and the rule for who needs one."""

from __future__ import annotations

import dataclasses
import hmac
import secrets
from collections.abc import Sequence
from datetime import date, timedelta

import structlog

from notifier.alert import single
from notifier.api import keys, metrics
from notifier.channels.email import EmailChannel
from notifier.channels.kind import DeliveryError, SmtpConfig
from notifier.settings import NotifierSettings
from notifier.tables import now
from schemas.events import DocumentClassified, DocumentSeen, SourceKind, content_hash

log = structlog.get_logger("exportwatch.api")
CODE_LIFETIME = timedelta(hours=24)
# Wrong codes before a code is void (a new one must be requested): 5 tries at 8 hex digits.
MAX_ATTEMPTS = 5


@dataclasses.dataclass(frozen=True)
class Code:
    """A confirmation code: `secret` is mailed once, only `digest` is stored."""

    secret: str
    digest: str


def new_code() -> Code:
    """A random 8-hex-digit code (the attempt cap, not its length, is what stops guessing)."""
    secret = secrets.token_hex(4).upper()
    return Code(secret=secret, digest=keys.digest(secret))


def matches(given: str, stored_digest: str) -> bool:
    """Whether given is the mailed code (case and surrounding spaces ignored), in constant time."""
    return hmac.compare_digest(keys.digest(given.strip().upper()), stored_digest)


def needs_confirmation(address: str, allowed_domains: Sequence[str]) -> bool:
    """False only for an address at a domain the operator allowed (EMAIL_ALLOWED_DOMAINS)."""
    domain = address.rpartition("@")[2].lower()
    return domain not in allowed_domains


def _message(code: str) -> DocumentClassified:
    # Fixed wording: nothing a team typed (its name, the channel name) reaches a stranger's inbox.
    title = f"exportwatch: confirm that this address may receive alerts (code {code})"
    stamp = now().isoformat()
    return DocumentClassified(
        event_id=f"confirm:{stamp}",
        document=DocumentSeen(
            event_id=f"confirm:{stamp}",
            source=SourceKind.FEED,
            source_id="exportwatch-confirmation",
            content_hash=content_hash(title, stamp),
            title=title,
            text=(
                "A team asked exportwatch to send export-control alerts to this address. If you agree, "
                f"give them the code {code} (valid for 24 hours). If not, ignore this message: "
                "nothing else is sent to this address unless the code is confirmed."
            ),
            published=date.today(),
        ),
    )


async def send_code(settings: NotifierSettings, address: str, code: str) -> bool:
    """Mail code to address through the email channel's own sender; whether the relay took it."""
    smtp = dataclasses.replace(SmtpConfig.from_settings(settings), unsubscribe_url=None)
    try:
        await EmailChannel(smtp).send({"to": [address]}, single(_message(code)))
    except DeliveryError as exc:
        metrics.EMAIL_CONFIRMATIONS.labels(outcome="send_failed").inc()
        log.warning("confirmation mail failed", reason=exc.reason)
        return False
    metrics.EMAIL_CONFIRMATIONS.labels(outcome="sent").inc()
    return True
