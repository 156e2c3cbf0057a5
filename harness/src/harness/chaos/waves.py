"""The replay server serving synthetic documents in waves, so the watcher keeps publishing during a run."""

from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from devkit.replay import ReplayServer
from harness.chaos.documents import Record


@dataclass
class WaveServer(ReplayServer):
    """A ReplayServer whose documents grow when `released` grows, only between two paged searches."""

    pending: list[Record] = field(default_factory=list)
    released: int = 0

    @classmethod
    def of(cls, documents: list[Record]) -> WaveServer:
        """A server holding documents, none released yet."""
        return cls({"results": []}, pending=documents)

    async def documents_json(self, request: web.Request) -> web.StreamResponse:
        """The API's search; a new wave shows up only at page 1 (results growing mid-paging is a fault)."""
        if request.query.get("page", "1") == "1":
            self.documents["results"] = self.pending[: self.released]
        return await super().documents_json(request)

    @property
    def served(self) -> int:
        """How many documents a search currently answers with."""
        return len(self.documents["results"])
