"""API keys: generation, hashing and constant-time verification (pure; the rows are in notifier.store)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

KEY_PREFIX = "ew_"
_PREFIX_LENGTH = len(KEY_PREFIX) + 12


@dataclass(frozen=True)
class NewKey:
    """A freshly generated key: `secret` is shown once, only `prefix` and `digest` are stored."""

    secret: str
    prefix: str
    digest: str


def digest(secret: str) -> str:
    """SHA-256 hex digest of a key (keys are long random strings, so a slow hash buys nothing)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def generate() -> NewKey:
    """A new random key `ew_<12 hex>_<43 urlsafe chars>`; the first part is its visible prefix."""
    prefix = KEY_PREFIX + secrets.token_hex(6)
    secret = f"{prefix}_{secrets.token_urlsafe(32)}"
    return NewKey(secret=secret, prefix=prefix, digest=digest(secret))


def prefix_of(secret: str) -> str | None:
    """The visible prefix of a presented key, or None when it cannot be one of ours."""
    if not secret.startswith(KEY_PREFIX) or len(secret) < _PREFIX_LENGTH + 2:
        return None
    return secret[:_PREFIX_LENGTH]


def verify(secret: str, stored_digest: str) -> bool:
    """Whether secret hashes to stored_digest, compared in constant time."""
    return hmac.compare_digest(digest(secret), stored_digest)
