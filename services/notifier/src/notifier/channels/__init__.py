"""Channel plug-ins: one module per kind (config model, masking, sender), one explicit registry (CHANNELS).

Adding a kind is one module defining `KIND = ChannelKind(...)`, named like the kind, and its name in KINDS.
"""

from __future__ import annotations

from importlib import import_module

from notifier.channels.kind import ChannelDeps, ChannelKind, Sender

# The registry, in the order the API lists the kinds; each name is also its module's name.
KINDS: tuple[str, ...] = (
    "slack_webhook",
    "slack_bot",
    "email",
    "console",
)


def _load(name: str) -> ChannelKind:
    kind = import_module(f"{__name__}.{name}").KIND
    if not isinstance(kind, ChannelKind) or kind.name != name:
        raise TypeError(f"notifier.channels.{name}.KIND must be the ChannelKind named {name!r}")
    return kind


CHANNELS: dict[str, ChannelKind] = {name: _load(name) for name in KINDS}


def build_channels(deps: ChannelDeps) -> dict[str, Sender]:
    """Every kind's sender, wired to deps."""
    return {name: kind.sender(deps) for name, kind in CHANNELS.items()}
