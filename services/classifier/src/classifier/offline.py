"""exportwatch-classify: classify a JSONL file offline with the same classify() the service uses."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from classifier.classify import classify
from classifier.lists import Lists, screening_matcher
from schemas.events import DocumentSeen, SourceKind, content_hash
from screening.csl import BUNDLED_SNAPSHOT, load


def item_to_document(item: dict[str, Any]) -> DocumentSeen:
    """A corpus item (id, source, title, text, ...) as a DocumentSeen."""
    source = SourceKind.FEDERAL_REGISTER if item.get("source") == "federal_register" else SourceKind.FEED
    title = str(item.get("title") or item["id"])
    text = str(item.get("text") or "")
    published = item.get("published")
    return DocumentSeen(
        event_id=f"offline:{item['id']}",
        source=source,
        source_id="offline",
        content_hash=content_hash(title, text),
        title=title,
        text=text,
        url=item.get("url") or None,
        published=date.fromisoformat(published) if published else None,
        agencies=list(item.get("agencies") or []),
        document_type=item.get("document_type") or None,
        cfr_parts=list(item.get("cfr_parts") or []),
    )


def main(argv: list[str] | None = None) -> int:
    """Read items from PATH.jsonl (or stdin with '-'), print one prediction per line."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: exportwatch-classify PATH.jsonl", file=sys.stderr)
        return 2
    lists = Lists(screening=screening_matcher(load(BUNDLED_SNAPSHOT.read_bytes())))
    stream = sys.stdin if args[0] == "-" else open(args[0], encoding="utf-8")  # noqa: SIM115
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                result = classify(item_to_document(item), lists)
            except (ValueError, KeyError) as exc:
                print(f"line {number}: skipped: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            print(
                json.dumps(
                    {
                        "id": item["id"],
                        "tags": [
                            {"id": t.id, "evidence": [e.model_dump() for e in t.evidence]}
                            for t in result.tags
                        ],
                        "entities": [{"name": m.text} | m.model_dump(mode="json") for m in result.entities],
                        "countries": [
                            {"name": c.name, "evidence": [e.model_dump() for e in c.evidence]}
                            for c in result.countries
                        ],
                        "severity": result.severity.value,
                    }
                )
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
