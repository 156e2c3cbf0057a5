"""A local server replaying recorded Federal Register API data, feeds and the CSL (offline demo and tests)."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web

from devkit.replay_faults import FAULTS, Fault
from devkit.serving import serve
from screening.csl import BUNDLED_SNAPSHOT

DATA = Path(__file__).resolve().parent / "replay_data"
CSL_SNAPSHOT = BUNDLED_SNAPSHOT
MAX_PAGE, MAX_RESULTS = 50, 10_000


@dataclass
class ReplayServer:
    """Serves documents.json, Public Inspection, full texts, feeds and a CSL download (the API's quirks)."""

    documents: dict[str, Any]
    requests: list[str] = field(default_factory=list)
    public_inspection: list[dict[str, Any]] | None = None
    feeds: dict[str, bytes] = field(default_factory=dict)
    csl: bytes | None = None
    # route name -> faults to inject, consumed one per request (e.g. {"documents": ["429", "html"]}).
    faults: dict[str, list[str]] = field(default_factory=dict)
    # The bundled documents are historic: replayed as current unless a test asks for date filtering.
    filter_dates: bool = False
    hits: Counter[str] = field(default_factory=Counter)
    not_modified: Counter[str] = field(default_factory=Counter)
    # Full texts by file name (a Public Inspection PDF, a published document's XML), served under /full-text/.
    full_texts: dict[str, bytes] = field(default_factory=dict)
    # (time.time(), route, path) of every request: request rates (the full-text budget is ~1/s), and when
    # a client first saw a document.
    hit_log: list[tuple[float, str, str]] = field(default_factory=list)

    @classmethod
    def bundled(cls) -> ReplayServer:
        """The replay data shipped with the project."""
        return cls(json.loads((DATA / "documents.json").read_text()))

    def _fault(self, route: str) -> Fault | None:
        queue = self.faults.get(route)
        return FAULTS[queue.pop(0)] if queue else None

    def _answer(self, request: web.Request, route: str, body: bytes, content_type: str) -> web.StreamResponse:
        """body with an ETag, or 304 when the client already has it."""
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            self.not_modified[route] += 1
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=body,
            content_type=content_type,
            headers={"ETag": etag, "Cache-Control": "public, max-age=86400"},
        )

    async def _serve(
        self, request: web.Request, route: str, body: bytes, content_type: str = "application/json"
    ) -> web.StreamResponse:
        self.hits[route] += 1
        self.hit_log.append((time.time(), route, request.path))
        fault = self._fault(route)
        if fault is not None:
            return await fault(request, body)
        return self._answer(request, route, body, content_type)

    def _matches(self, doc: dict[str, Any], query: Any) -> bool:
        agencies = set(query.getall("conditions[agencies][]", []))
        if agencies and not agencies & {a.get("slug") for a in doc.get("agencies") or []}:
            return False
        title, part = query.get("conditions[cfr][title]"), query.get("conditions[cfr][part]")
        if title and part:
            refs = {(str(r.get("title")), str(r.get("part"))) for r in doc.get("cfr_references") or []}
            if (title, part) not in refs:
                return False
        if not self.filter_dates:
            return True
        published = str(doc.get("publication_date") or "")
        gte = query.get("conditions[publication_date][gte]")
        lte = query.get("conditions[publication_date][lte]")
        return not ((gte and published < gte) or (lte and published > lte))

    async def documents_json(self, request: web.Request) -> web.StreamResponse:
        """GET /api/v1/documents.json: filters, and paging with the real API's silent resets."""
        self.requests.append(str(request.rel_url))
        results = [r for r in self.documents["results"] if self._matches(r, request.query)]
        per_page = int(request.query.get("per_page", "20"))
        if not 2 <= per_page <= 2000:
            per_page = 20  # the real API's silent clamp
        page = int(request.query.get("page", "1"))
        if page > MAX_PAGE or page * per_page > MAX_RESULTS:
            page = 1  # ... and its silent reset
        chunk = results[(page - 1) * per_page : page * per_page]
        pages = max(1, -(-len(results) // per_page))
        body: dict[str, Any] = {"count": len(results), "total_pages": pages, "results": chunk}
        if page < pages:
            body["next_page_url"] = str(request.url.update_query({"page": str(page + 1)}))
        return await self._serve(request, "documents", json.dumps(body).encode())

    def _inspection(self) -> list[dict[str, Any]]:
        if self.public_inspection is not None:
            return self.public_inspection
        # Replayed as filed-for-tomorrow: the five newest rules of the recorded data, same numbers.
        rules = [r for r in self.documents["results"] if r.get("type") == "Rule"]
        newest = sorted(rules, key=lambda r: str(r.get("publication_date")), reverse=True)[:5]
        return [
            {
                k: r.get(k)
                for k in ("document_number", "title", "type", "agencies", "publication_date", "html_url")
            }
            | {"filing_type": "regular"}
            for r in newest
        ]

    async def inspection_json(self, request: web.Request) -> web.StreamResponse:
        """GET /api/v1/public-inspection-documents/current.json (or .json?conditions[available_on]=DATE)."""
        docs = self._inspection()
        body = json.dumps({"count": len(docs), "results": docs}).encode()
        return await self._serve(request, "public_inspection", body)

    async def feed(self, request: web.Request) -> web.StreamResponse:
        """GET /feeds/{name}: a feed body the test put in `feeds`."""
        name = request.match_info["name"]
        if name not in self.feeds:
            return web.Response(status=404, text="no such feed")
        return await self._serve(request, f"feed:{name}", self.feeds[name], "application/rss+xml")

    async def full_text(self, request: web.Request) -> web.StreamResponse:
        """GET /full-text/{name}: a PDF or XML full text the test put in `full_texts`."""
        name = request.match_info["name"]
        if name not in self.full_texts:
            return web.Response(status=404, text="no such document")
        body = self.full_texts[name]
        kind = "application/pdf" if body.lstrip()[:5].startswith(b"%PDF") else "application/xml"
        return await self._serve(request, "full_text", body, kind)

    async def csl_download(self, request: web.Request) -> web.StreamResponse:
        """GET /csl/consolidated.csv: the screening list (the bundled 2022 snapshot unless replaced)."""
        body = self.csl if self.csl is not None else gzip.decompress(CSL_SNAPSHOT.read_bytes())
        return await self._serve(request, "csl", body, "text/csv")

    def app(self) -> web.Application:
        """The aiohttp application."""
        application = web.Application()
        application.router.add_get("/api/v1/documents.json", self.documents_json)
        application.router.add_get("/api/v1/public-inspection-documents/current.json", self.inspection_json)
        application.router.add_get("/api/v1/public-inspection-documents.json", self.inspection_json)
        application.router.add_get("/feeds/{name}", self.feed)
        application.router.add_get("/full-text/{name}", self.full_text)
        application.router.add_get("/csl/consolidated.csv", self.csl_download)
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
