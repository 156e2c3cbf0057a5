"""exportwatch-classify: classify documents offline with the same classify() and model the service uses."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from typing import Any, TextIO

from classifier.classify import classify
from classifier.corpus import item_to_document
from classifier.lists import bundled_lists
from classifier.model.evaluation import prediction
from classifier.model.service import service_model
from classifier.parties import PartiesError, gpo_xml
from schemas.events import DocumentClassified, DocumentSeen, Party

__all__ = ["item_to_document", "main"]


def _items(stream: TextIO) -> Iterator[tuple[int, dict[str, Any] | Exception]]:
    """Each JSON object of a JSONL stream (or of one whole JSON document), or the error that line raised."""
    text = stream.read()
    try:
        whole = json.loads(text)
    except ValueError:
        whole = None
    if isinstance(whole, dict):
        yield 1, whole
        return
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip():
            try:
                yield number, json.loads(line)
            except ValueError as exc:
                yield number, exc


def with_full_text(document: DocumentSeen, item: dict[str, Any]) -> DocumentSeen:
    """The document with an item's `full_text` (plain, e.g. from a PDF) or `full_text_xml` added.

    As from the watcher: the XML travels beside a plain-text body (its paragraphs), so rules and name matching
    read text and the parties parser reads the table."""
    update: dict[str, str] = {}
    xml = item.get("full_text_xml")
    if isinstance(xml, str) and xml.strip():
        update["full_text_xml"] = xml
        # Unreadable XML: classify() reports it (log, metric) and leaves parties None.
        with contextlib.suppress(PartiesError):
            update["body"] = gpo_xml.paragraphs(gpo_xml.load(xml))
    text = item.get("full_text")
    if isinstance(text, str) and text.strip():
        update["body"] = text
    return document.model_copy(update=update) if update else document


def party_line(party: Party) -> str:
    """One party for --explain: action, name, aliases, destination."""
    aliases = f"  a.k.a. {'; '.join(party.aliases)}" if party.aliases else ""
    where = f"  [{party.destination or party.country}]" if party.destination or party.country else ""
    return f"  party {party.action.value if party.action else '-'}: {party.name!r}{aliases}{where}"


def explanation(item_id: str, result: DocumentClassified) -> str:
    """A reader's view of one result: each tag with its evidence and score, then entities and countries."""
    lines = [f"{item_id}  severity={result.severity.value}  ({result.severity_reason})"]
    if not result.tags:
        lines.append("  no tag")
    for tag in result.tags:
        lines.append(f"  {tag.id}")
        for e in tag.evidence:
            if e.score is not None:
                lines.append(f"    model p={e.score:.2f}  top n-grams: {', '.join(e.terms) or '-'}")
            else:
                lines.append(f"    rule {e.rule_id} [{e.field} {e.start}:{e.end}] {e.text[:120]!r}")
    for m in result.entities:
        lines.append(
            f"  entity {m.text!r} -> {m.canonical_name} ({m.list}, {m.match_kind.value}, {m.score:.2f})"
        )
    if result.countries:
        lines.append(f"  countries: {', '.join(c.name for c in result.countries)}")
    if result.parties is not None:
        lines.append(f"  parties: {len(result.parties)}")
        lines.extend(party_line(p) for p in result.parties)
    return "\n".join(lines)


def with_parties(item_id: str, result: DocumentClassified) -> dict[str, Any]:
    """The JSON prediction line plus `parties` (null when the item was not read for parties)."""
    parties = None if result.parties is None else [p.model_dump(mode="json") for p in result.parties]
    return prediction(item_id, result) | {"parties": parties}


def main(argv: list[str] | None = None) -> int:
    """Read items (JSONL, or one JSON object; '-' for stdin), print a prediction (or an explanation) each."""
    parser = argparse.ArgumentParser(prog="exportwatch-classify", description=__doc__)
    parser.add_argument(
        "path",
        help="JSONL file of items (id, source, title, text, optional full_text or full_text_xml, ...) or '-'",
    )
    parser.add_argument("--explain", action="store_true", help="print each tag with its evidence and score")
    parser.add_argument("--rules-only", action="store_true", help="leave the learned model out")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    lists = bundled_lists()
    model = None if args.rules_only else service_model()
    stream = sys.stdin if args.path == "-" else open(args.path, encoding="utf-8")  # noqa: SIM115
    with stream:
        for number, item in _items(stream):
            try:
                if isinstance(item, Exception):
                    raise item
                item_id = str(item.get("id") or f"line-{number}")
                result = classify(with_full_text(item_to_document(item), item), lists, model)
            except (ValueError, KeyError, TypeError) as exc:
                print(f"line {number}: skipped: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            print(explanation(item_id, result) if args.explain else json.dumps(with_parties(item_id, result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
