"""The console channel: prints alerts to the terminal (local runs and the offline demo)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TextIO

from notifier.render.text import render_text
from schemas.events import DocumentClassified


class ConsoleChannel:
    """Writes a boxed plain-text alert to a stream."""

    def __init__(self, out: TextIO) -> None:
        self.out = out

    async def send(self, config: Mapping[str, Any], event: DocumentClassified) -> None:
        """Print the alert."""
        rule = "=" * 78
        self.out.write(f"\n{rule}\nALERT {render_text(event)}\n{rule}\n")
        self.out.flush()
