"""The console kind: prints alerts to the terminal (local runs and the offline demo)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO

from notifier.alert import Alert
from notifier.channels.kind import ChannelConfig, ChannelDeps, ChannelKind
from notifier.render.text import render_text


class ConsoleConfig(ChannelConfig):
    """Prints alerts on the notifier's terminal (local runs)."""


class ConsoleChannel:
    """Writes a boxed plain-text alert to a stream."""

    min_interval = 0.0

    def __init__(self, out: TextIO) -> None:
        self.out = out

    @classmethod
    def from_deps(cls, deps: ChannelDeps) -> ConsoleChannel:
        """Wired to the process's terminal."""
        return cls(deps.console)

    def pace_key(self, config: Mapping[str, Any]) -> str:
        """One terminal."""
        return "console"

    async def send(self, config: Mapping[str, Any], alert: Alert) -> None:
        """Print the alert (a digest prints one box per event)."""
        rule = "=" * 78
        for event in alert.views():
            self.out.write(f"\n{rule}\nALERT {render_text(event, alert.revision(event))}\n{rule}\n")
        self.out.flush()


KIND = ChannelKind("console", "Create a console channel.", ConsoleConfig, ConsoleChannel.from_deps)
