"""Start-up shared by the notifier worker and the API: secret keys, migrations, every stored secret opens."""

from __future__ import annotations

import structlog

from notifier import crypto, db
from notifier.settings import NotifierSettings
from servicekit.startup import fail


def keys(settings: NotifierSettings) -> crypto.Keyring:
    """The CHANNEL_SECRET_KEYS keyring, or exit 2 naming what is wrong with it."""
    try:
        return crypto.configure(settings)
    except crypto.SecretKeyError as exc:
        fail(str(exc), 2)


def migrate(settings: NotifierSettings) -> None:
    """Create or upgrade the database schema, or exit 1 with the reason (the URL's password masked)."""
    try:
        db.migrate(settings.database_url)
    except (db.DatabaseError, crypto.SecretKeyError) as exc:
        fail(str(exc), 1)


def check_secrets(settings: NotifierSettings, keyring: crypto.Keyring) -> None:
    """Exit 1 when a stored channel secret opens with no key; warn when one is under an older key."""
    # At start-up, so a removed key stops the process here rather than failing each delivery later.
    try:
        channels, stale = crypto.reseal_channels(settings.database_url, keyring, write=False)
    except crypto.SecretKeyError as exc:
        fail(str(exc), 1)
    if stale:
        structlog.get_logger("exportwatch.notifier").warning(
            "channel secrets under an older key; run exportwatch-notifier rotate-secrets",
            channels=channels,
            stale=stale,
        )


def prepare(settings: NotifierSettings) -> None:
    """Keys, migrations, then a check every secret opens: what the worker and the API do before serving."""
    keyring = keys(settings)
    migrate(settings)
    check_secrets(settings, keyring)
