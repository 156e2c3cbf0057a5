"""Channel secrets at rest: a channel's config is stored Fernet-encrypted with keys from CHANNEL_SECRET_KEYS.

The setting holds one or more Fernet keys, comma-separated: the first encrypts, every one decrypts
(MultiFernet), so a key is rotated by putting a new one first, running `exportwatch-notifier
rotate-secrets`, then removing the old one. There is no built-in fallback key: a process that stores or
reads channels without the setting stops and names it (`make run` and the tests supply their own keys).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from sqlalchemy import JSON, String, column, create_engine, select, table
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from notifier.settings import NotifierSettings
from storage.database import sync_url

SETTING = "CHANNEL_SECRET_KEYS"
# A stored config is {"fernet": "<token>"}: still valid JSON for the column, and never a legal plain config
# (every kind's config model forbids unknown fields), so the migration can tell the two apart.
SEALED = "fernet"


class SecretKeyError(Exception):
    """CHANNEL_SECRET_KEYS is missing or unusable; the message names the setting, never a key or a secret."""


@dataclass(frozen=True)
class Keyring:
    """The configured Fernet keys: the first encrypts, all decrypt."""

    fernet: MultiFernet
    primary: Fernet
    size: int

    @classmethod
    def parse(cls, value: str | None) -> Keyring:
        """Keys from the setting's value; SecretKeyError naming the setting when missing or malformed."""
        entries = [entry.strip() for entry in (value or "").split(",") if entry.strip()]
        if not entries:
            raise SecretKeyError(
                f"{SETTING} is not set: channel secrets are stored encrypted and need a key "
                "(create one with `exportwatch-notifier generate-secret-key`)"
            )
        keys = []
        for position, entry in enumerate(entries, start=1):
            try:
                keys.append(Fernet(entry.encode()))
            except (ValueError, TypeError):
                raise SecretKeyError(
                    f"{SETTING} key {position} is not a Fernet key (32 url-safe base64-encoded bytes)"
                ) from None
        return cls(MultiFernet(keys), keys[0], len(keys))

    def seal(self, config: dict[str, Any]) -> dict[str, str]:
        """config encrypted with the first key, in its stored form."""
        plain = json.dumps(config, separators=(",", ":"), sort_keys=True).encode()
        return {SEALED: self.fernet.encrypt(plain).decode()}

    def open(self, stored: Any) -> dict[str, Any]:
        """The config inside a stored value; SecretKeyError when no configured key opens it."""
        if not is_sealed(stored):
            raise SecretKeyError("a stored channel config is not encrypted (run the notifier's migrations)")
        try:
            plain = self.fernet.decrypt(str(stored[SEALED]).encode())
        except InvalidToken:
            raise SecretKeyError(
                f"a stored channel secret cannot be decrypted with any key in {SETTING} "
                "(was the key that encrypted it removed?)"
            ) from None
        config = json.loads(plain)
        if not isinstance(config, dict):
            raise SecretKeyError("a stored channel config did not decrypt to an object")
        return config

    def reseal(self, stored: Any) -> dict[str, str]:
        """stored re-encrypted with the first key (key rotation)."""
        return self.seal(self.open(stored))

    def is_current(self, stored: Any) -> bool:
        """Whether stored was encrypted with the first key (else rotate-secrets has work to do)."""
        try:
            self.primary.decrypt(str(stored[SEALED]).encode())
        except (InvalidToken, KeyError, TypeError):
            return False
        return True


def is_sealed(stored: Any) -> bool:
    """Whether a stored config value is in the encrypted form."""
    return isinstance(stored, dict) and set(stored) == {SEALED} and isinstance(stored[SEALED], str)


def generate_key() -> str:
    """A new random Fernet key (for CHANNEL_SECRET_KEYS)."""
    return Fernet.generate_key().decode()


# The process's keyring. Set at start-up from the settings (install); until then the first use reads the
# environment, which is what migrations and scripts that build their own engines rely on.
_installed: Keyring | None = None


def install(keyring: Keyring | None) -> None:
    """Use keyring for every channel read and write of this process (None: read the environment again)."""
    global _installed
    _installed = keyring


def installed() -> Keyring | None:
    """The installed keyring, if any (tests that swap keys restore it)."""
    return _installed


def configure(settings: NotifierSettings) -> Keyring:
    """Install the keyring CHANNEL_SECRET_KEYS names (start-up); SecretKeyError naming it when unusable."""
    value = settings.channel_secret_keys.get_secret_value() if settings.channel_secret_keys else None
    keyring = Keyring.parse(value)
    install(keyring)
    return keyring


def current() -> Keyring:
    """The installed keyring, else one read from CHANNEL_SECRET_KEYS (SecretKeyError when unset)."""
    if _installed is None:
        install(Keyring.parse(os.environ.get(SETTING)))
    assert _installed is not None
    return _installed


class SealedJSON(TypeDecorator[dict[str, Any]]):
    """A JSON column whose value is stored Fernet-encrypted (the whole object, so no field is missed)."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: dict[str, Any] | None, dialect: Dialect) -> Any:
        """Encrypt on the way in."""
        return None if value is None else current().seal(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dict[str, Any] | None:
        """Decrypt on the way out."""
        return None if value is None else current().open(value)


# The column as stored (plain JSON, no decryption), for checks and rotation over raw rows.
_CHANNELS = table("channels", column("id", String(32)), column("config", JSON()))


def reseal_channels(database_url: str, keyring: Keyring, write: bool) -> tuple[int, int]:
    """Open every stored channel config; with write, re-encrypt those not under the first key.

    Returns (channels, not under the first key before this ran); SecretKeyError when any fails to open,
    so a start-up check stops instead of failing one delivery at a time.
    """
    engine = create_engine(sync_url(database_url))
    try:
        with engine.begin() as conn:
            rows = list(conn.execute(select(_CHANNELS.c.id, _CHANNELS.c.config)))
            stale = 0
            for channel_id, stored in rows:
                keyring.open(stored)
                if keyring.is_current(stored):
                    continue
                stale += 1
                if write:
                    conn.execute(
                        _CHANNELS.update()
                        .where(_CHANNELS.c.id == channel_id)
                        .values(config=keyring.reseal(stored))
                    )
    finally:
        engine.dispose()
    return len(rows), stale
