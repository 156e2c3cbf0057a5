"""What the classifier's model learns from (the corpus and scored hold-outs), and the validation split."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from schemas.events import DocumentSeen, SourceKind, content_hash, document_type_code

HERE = Path(__file__).resolve().parent
FILES = (HERE / "dev.jsonl", HERE / "dev_v2.jsonl")
VALIDATION_IDS = HERE / "validation_ids.txt"
# Blind hold-outs: labelled after the classifier was written, by people who had not read it. A set waiting
# for its first scoring is kept beside the package (not in it), so nothing installed can learn from it.
BLIND_DIR = HERE.parents[2] / "holdout"
# After its one first scoring a set is development data: it moves into the package, and the model learns
# from it like the corpus (a wheel must fit the same model as a checkout).
LEARNT_DIR = HERE / "holdouts"
LEARNT = (
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
    "thirty-second",
    "thirty-third",
    "thirty-fourth",
    "thirty-fifth",
    "thirty-sixth",
    "thirty-seventh",
    "thirty-eighth",
    "thirty-ninth",
    "fortieth",
    "forty-first",
    "forty-second",
    "forty-third",
    "forty-fourth",
    "forty-fifth",
    "forty-sixth",
    "forty-seventh",
    "forty-eighth",
    "forty-ninth",
    "fiftieth",
    "fifty-first",
    "fifty-second",
    "fifty-third",
    "fifty-fourth",
    "fifty-fifth",
    "fifty-sixth",
    "fifty-seventh",
    "fifty-eighth",
    "fifty-ninth",
    "sixtieth",
    "sixty-first",
    "sixty-second",
    "sixty-third",
    "sixty-fourth",
    "sixty-fifth",
    "sixty-sixth",
    "sixty-seventh",
    "sixty-eighth",
    "sixty-ninth",
    "seventieth",
    "seventy-first",
    "seventy-second",
    "seventy-third",
    "seventy-fourth",
    "seventy-fifth",
    "seventy-sixth",
    "seventy-seventh",
    "seventy-eighth",
    "seventy-ninth",
    "eightieth",
    "eighty-first",
    "eighty-second",
    "eighty-third",
    "eighty-fourth",
    "eighty-fifth",
    "eighty-sixth",
    "eighty-seventh",
    "eighty-eighth",
    "eighty-ninth",
    "ninetieth",
    "ninety-first",
    "ninety-second",
    "ninety-third",
    "ninety-fourth",
    "ninety-fifth",
    "ninety-sixth",
    "ninety-seventh",
    "ninety-eighth",
    "ninety-ninth",
    "hundredth",
    "hundred-and-first",
    "hundred-and-second",
    "hundred-and-third",
    "hundred-and-fourth",
    "hundred-and-fifth",
    "hundred-and-sixth",
    "hundred-and-seventh",
    "hundred-and-eighth",
    "hundred-and-ninth",
    "hundred-and-tenth",
    "hundred-and-eleventh",
    "hundred-and-twelfth",
    "hundred-and-thirteenth",
    "hundred-and-fourteenth",
    "hundred-and-fifteenth",
    "hundred-and-sixteenth",
    "hundred-and-seventeenth",
    "hundred-and-eighteenth",
    "hundred-and-nineteenth",
    "hundred-and-twentieth",
    "hundred-and-twenty-first",
    "hundred-and-twenty-second",
    "hundred-and-twenty-third",
    "hundred-and-twenty-fourth",
    "hundred-and-twenty-fifth",
    "hundred-and-twenty-sixth",
    "hundred-and-twenty-seventh",
    "hundred-and-twenty-eighth",
    "hundred-and-twenty-ninth",
    "hundred-and-thirtieth",
    "hundred-and-thirty-first",
    "hundred-and-thirty-second",
    "hundred-and-thirty-third",
    "hundred-and-thirty-fourth",
    "hundred-and-thirty-fifth",
    "hundred-and-thirty-sixth",
    "hundred-and-thirty-seventh",
    "hundred-and-thirty-eighth",
    "hundred-and-thirty-ninth",
    "hundred-and-fortieth",
    "hundred-and-forty-first",
    "hundred-and-forty-second",
    "hundred-and-forty-third",
    "hundred-and-forty-fourth",
    "hundred-and-forty-fifth",
    "hundred-and-forty-sixth",
    "hundred-and-forty-seventh",
    "hundred-and-forty-eighth",
    "hundred-and-forty-ninth",
    "hundred-and-fiftieth",
    "hundred-and-fifty-first",
    "hundred-and-fifty-second",
    "hundred-and-fifty-third",
    "hundred-and-fifty-fourth",
    "hundred-and-fifty-fifth",
    "hundred-and-fifty-sixth",
    "hundred-and-fifty-seventh",
    "hundred-and-fifty-eighth",
    "hundred-and-fifty-ninth",
    "hundred-and-sixtieth",
    "hundred-and-sixty-first",
    "hundred-and-sixty-second",
    "hundred-and-sixty-third",
    "hundred-and-sixty-fourth",
    "hundred-and-sixty-fifth",
    "hundred-and-sixty-sixth",
    "hundred-and-sixty-seventh",
    "hundred-and-sixty-eighth",
    "hundred-and-sixty-ninth",
    "hundred-and-seventieth",
    "hundred-and-seventy-first",
    "hundred-and-seventy-second",
    "hundred-and-seventy-third",
    "hundred-and-seventy-fourth",
    "hundred-and-seventy-fifth",
    "hundred-and-seventy-sixth",
    "hundred-and-seventy-seventh",
    "hundred-and-seventy-eighth",
    "hundred-and-seventy-ninth",
    "hundred-and-eightieth",
    "hundred-and-eighty-first",
    "hundred-and-eighty-second",
    "hundred-and-eighty-third",
    "hundred-and-eighty-fourth",
    "hundred-and-eighty-fifth",
    "hundred-and-eighty-sixth",
    "hundred-and-eighty-seventh",
    "hundred-and-eighty-eighth",
    "hundred-and-eighty-ninth",
    "hundred-and-ninetieth",
    "hundred-and-ninety-first",
    "hundred-and-ninety-second",
    "hundred-and-ninety-third",
    "hundred-and-ninety-fourth",
    "hundred-and-ninety-fifth",
    "hundred-and-ninety-sixth",
    "hundred-and-ninety-seventh",
    "hundred-and-ninety-eighth",
    "hundred-and-ninety-ninth",
    "two-hundredth",
    "two-hundred-and-first",
    "two-hundred-and-second",
    "two-hundred-and-third",
    "two-hundred-and-fourth",
    "two-hundred-and-fifth",
    "two-hundred-and-sixth",
    "two-hundred-and-seventh",
    "two-hundred-and-eighth",
    "two-hundred-and-ninth",
    "two-hundred-and-tenth",
    "two-hundred-and-eleventh",
    "two-hundred-and-twelfth",
    "two-hundred-and-thirteenth",
    "two-hundred-and-fourteenth",
    "two-hundred-and-fifteenth",
    "two-hundred-and-sixteenth",
    "two-hundred-and-seventeenth",
    "two-hundred-and-eighteenth",
    "two-hundred-and-nineteenth",
    "two-hundred-and-twentieth",
    "two-hundred-and-twenty-first",
    "two-hundred-and-twenty-second",
    "two-hundred-and-twenty-third",
    "two-hundred-and-twenty-fourth",
    "two-hundred-and-twenty-fifth",
    "two-hundred-and-twenty-sixth",
    "two-hundred-and-twenty-seventh",
    "two-hundred-and-twenty-eighth",
    "two-hundred-and-twenty-ninth",
    "two-hundred-and-thirtieth",
    "two-hundred-and-thirty-first",
    "two-hundred-and-thirty-second",
    "two-hundred-and-thirty-third",
    "two-hundred-and-thirty-fourth",
    "two-hundred-and-thirty-fifth",
    "two-hundred-and-thirty-sixth",
    "two-hundred-and-thirty-seventh",
    "two-hundred-and-thirty-eighth",
    "two-hundred-and-thirty-ninth",
)
# The sets scored once and not read yet: they wait beside the package, where nothing installed learns them.
BLIND: tuple[str, ...] = ()
# Every hold-out, in the order collected: each scored once, with the code of its time, before it was read.
HOLDOUTS = {name: LEARNT_DIR / name / "items.jsonl" for name in LEARNT} | {
    name: BLIND_DIR / name / "items.jsonl" for name in BLIND
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
        # Written as the API's name ("Rule") or as the watcher's code ("RULE"): the classifier reads codes.
        document_type=document_type_code(item.get("document_type")),
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
    """A hold-out set; a set still waiting for its first scoring is empty outside a source checkout."""
    path = HOLDOUTS[name]
    return tuple(_read(path)) if path.is_file() else ()


@cache
def validation_ids() -> frozenset[str]:
    """The ids of the held-out validation split (drawn once by `python -m classifier.corpus.split`)."""
    lines = VALIDATION_IDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def learnt_items() -> tuple[Item, ...]:
    """The items of every scored hold-out the model learns from, set by set."""
    return tuple(item for name in LEARNT for item in holdout_items(name))


def model_items() -> tuple[Item, ...]:
    """What the service model fits on and its thresholds are chosen from: the corpus and the learnt sets."""
    return (*items(), *learnt_items())


def training_items() -> tuple[Item, ...]:
    """The items the rules and the model may learn from: everything outside the validation split."""
    held = validation_ids()
    return tuple(item for item in model_items() if item.id not in held)


def validation_items() -> tuple[Item, ...]:
    """The held-out items, only ever scored."""
    held = validation_ids()
    return tuple(item for item in items() if item.id in held)
