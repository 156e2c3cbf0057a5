"""A local server replaying recorded Federal Register API data (offline demo and tests)."""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from devkit.serving import serve

DATA = Path(__file__).resolve().parent / "replay_data"


@dataclass
class ReplayServer:
    """Serves a documents.json body, honouring the agency filter and paging like the real API."""

    documents: dict[str, Any]
    requests: list[str] = field(default_factory=list)

    @classmethod
    def bundled(cls) -> ReplayServer:
        """The replay data shipped with the project."""
        return cls(json.loads((DATA / "documents.json").read_text()))

    async def documents_json(self, request: web.Request) -> web.Response:
        """GET /api/v1/documents.json."""
        self.requests.append(str(request.rel_url))
        agencies = set(request.query.getall("conditions[agencies][]", []))
        results = [
            r
            for r in self.documents["results"]
            if not agencies or agencies & {a.get("slug") for a in r.get("agencies") or []}
        ]
        per_page = int(request.query.get("per_page", "20"))
        if not 2 <= per_page <= 2000:
            per_page = 20  # the real API's silent clamp
        page = int(request.query.get("page", "1"))
        chunk = results[(page - 1) * per_page : page * per_page]
        pages = max(1, -(-len(results) // per_page))
        body: dict[str, Any] = {"count": len(results), "total_pages": pages, "results": chunk}
        if page < pages:
            body["next_page_url"] = str(request.url.update_query({"page": str(page + 1)}))
        return web.json_response(body, headers={"ETag": f'"replay-{len(results)}-{page}"'})

    def app(self) -> web.Application:
        """The aiohttp application."""
        application = web.Application()
        application.router.add_get("/api/v1/documents.json", self.documents_json)
        return application


async def start(server: ReplayServer, host: str = "127.0.0.1", port: int = 0) -> tuple[web.AppRunner, int]:
    """Serve on host:port (0 = any free port); return the runner and the bound port."""
    return await serve(server.app(), host, port)


def main() -> None:
    """Run the replay server in the foreground."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8099)
    args = parser.parse_args()
    print(f"replaying recorded Federal Register data on http://127.0.0.1:{args.port}/api/v1", flush=True)
    web.run_app(ReplayServer.bundled().app(), host="127.0.0.1", port=args.port, print=None)


if __name__ == "__main__":
    main()
