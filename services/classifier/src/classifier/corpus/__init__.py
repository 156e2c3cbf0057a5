"""The labelled corpus the classifier's model trains from, and its fixed validation split."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from schemas.events import DocumentSeen, SourceKind, content_hash

HERE = Path(__file__).resolve().parent
FILES = (HERE / "dev.jsonl", HERE / "dev_v2.jsonl")
VALIDATION_IDS = HERE / "validation_ids.txt"
# Labelled after the classifier was written, by someone who had not read it; kept beside the package (not in
# it) so that nothing installed can train from it.
HOLDOUT_DIR = HERE.parents[2] / "holdout"
# Each hold-out was labelled blind, after the rules of its time; each is scored once before it is studied.
HOLDOUTS = {
    "first": HOLDOUT_DIR / "items.jsonl",
    "second": HOLDOUT_DIR / "second" / "items.jsonl",
    "third": HOLDOUT_DIR / "third" / "items.jsonl",
    "fourth": HOLDOUT_DIR / "fourth" / "items.jsonl",
    "fifth": HOLDOUT_DIR / "fifth" / "items.jsonl",
    "sixth": HOLDOUT_DIR / "sixth" / "items.jsonl",
    "seventh": HOLDOUT_DIR / "seventh" / "items.jsonl",
    "eighth": HOLDOUT_DIR / "eighth" / "items.jsonl",
}


@dataclass(frozen=True)
class Item:
    """One labelled item: the raw corpus record and its gold tags."""

    id: str
    record: dict[str, Any]

    @property
    def tags(self) -> frozenset[str]:
        """The expected taxonomy tags."""
        return frozenset(self.record.get("expected_tags") or ())

    def document(self) -> DocumentSeen:
        """The item as the watcher would have published it."""
        return item_to_document(self.record)


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


def _read(path: Path) -> list[Item]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [
        Item(str(record["id"]), record) for record in (json.loads(line) for line in lines if line.strip())
    ]


@cache
def items() -> tuple[Item, ...]:
    """Every labelled item of both corpus files, in file order."""
    return tuple(item for path in FILES for item in _read(path))


def holdout_items(name: str = "first") -> tuple[Item, ...]:
    """A hold-out set (only ever scored, never trained on); empty outside a source checkout."""
    path = HOLDOUTS[name]
    return tuple(_read(path)) if path.is_file() else ()


@cache
def validation_ids() -> frozenset[str]:
    """The ids of the held-out validation split (drawn once by `python -m classifier.corpus.split`)."""
    lines = VALIDATION_IDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def training_items() -> tuple[Item, ...]:
    """The items the rules and the model may learn from: everything outside the validation split."""
    held = validation_ids()
    return tuple(item for item in items() if item.id not in held)


def validation_items() -> tuple[Item, ...]:
    """The held-out items, only ever scored."""
    held = validation_ids()
    return tuple(item for item in items() if item.id in held)
