"""Build the bundled replay data: real recorded API results plus real corpus documents in the API's shape."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TYPE_NAMES = {
    "RULE": "Rule",
    "PRORULE": "Proposed Rule",
    "NOTICE": "Notice",
    "PRESDOCU": "Presidential Document",
}


def slug(name: str) -> str:
    """The Federal Register's agency slug for an agency name."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def corpus_to_result(item: dict[str, Any]) -> dict[str, Any]:
    """A corpus item (title + summary text) as a documents.json result."""
    title, text = item["title"], item["text"]
    abstract = text[len(title) :].lstrip(" .") if text.startswith(title) else text
    abstract = re.sub(r"^SUMMARY:\s*", "", abstract)
    cfr = []
    for part in item.get("cfr_parts") or []:
        title_no, _, part_no = part.partition(" CFR ")
        cfr.append({"title": int(title_no), "part": int(part_no), "chapter": None, "citation_url": None})
    return {
        "title": title,
        "abstract": abstract or None,
        "action": None,
        "agencies": [{"name": a, "slug": slug(a), "raw_name": a.upper()} for a in item.get("agencies") or []],
        "cfr_references": cfr,
        "document_number": item["id"].removeprefix("fr-"),
        "type": TYPE_NAMES.get(item.get("document_type") or "", item.get("document_type")),
        "publication_date": item["published"],
        "effective_on": None,
        "html_url": item.get("url") or None,
        "docket_ids": [],
        "regulation_id_numbers": [],
        "significant": None,
    }


def build(shared: Path) -> dict[str, Any]:
    """The replay documents.json: the 2016-02-29 recorded page, then every corpus FR document."""
    recorded = json.loads(
        (shared / "data/fr_api/documents_search_pubdate-2016-02-29_per_page-1000.json").read_text()
    )
    corpus = [
        json.loads(line) for line in (shared / "corpus/dev/items.jsonl").read_text().splitlines() if line
    ]
    results = list(recorded["results"]) + [
        corpus_to_result(i) for i in corpus if i["source"] == "federal_register"
    ]
    return {
        "description": "exportwatch replay: recorded Federal Register API results and corpus documents",
        "count": len(results),
        "total_pages": 1,
        "results": results,
    }


if __name__ == "__main__":
    shared_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parents[3] / "shared"
    out = HERE / "replay_data" / "documents.json"
    out.write_text(json.dumps(build(shared_dir), indent=1) + "\n")
    print(out)
