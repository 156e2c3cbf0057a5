"""Deterministic synthetic Federal Register documents derived from the recorded replay data (pure)."""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from devkit.replay import DATA

AGENCY = "industry-and-security-bureau"
BIS = {
    "raw_name": "DEPARTMENT OF COMMERCE, Bureau of Industry and Security",
    "name": "Industry and Security Bureau",
    "slug": AGENCY,
}
NUMBER_PREFIX = "2099-"

Record = dict[str, Any]


def recorded(path: Path = DATA / "documents.json") -> list[Record]:
    """The recorded API results the synthetic documents are shaped after."""
    results: list[Record] = json.loads(path.read_text())["results"]
    return results


def as_bis(record: Mapping[str, Any]) -> Record:
    """A copy of record that the watcher's agency search finds (BIS added to its agencies if missing)."""
    out = copy.deepcopy(dict(record))
    agencies = list(out.get("agencies") or [])
    if AGENCY not in {a.get("slug") for a in agencies if isinstance(a, Mapping)}:
        agencies.append(dict(BIS))
    out["agencies"] = agencies
    return out


@dataclass(frozen=True)
class Templates:
    """Recorded shapes split by whether some subscription of the run wants a document like them."""

    relevant: list[Record]
    other: list[Record]

    @classmethod
    def split(cls, records: Sequence[Mapping[str, Any]], wanted: Callable[[Record], bool]) -> Templates:
        """De-duplicated (by document number) BIS-visible templates, split by wanted."""
        unique = {str(r.get("document_number")): as_bis(r) for r in records}
        relevant = [r for r in unique.values() if wanted(r)]
        other = [r for r in unique.values() if not wanted(r)]
        if not relevant or not other:
            raise ValueError("the recorded data must hold both relevant and other documents")
        return cls(relevant, other)


def number(index: int) -> str:
    """The document number of the index-th synthetic document (distinct from every real one)."""
    return f"{NUMBER_PREFIX}{index:05d}"


def generate(templates: Templates, count: int, relevant_share: float, seed: int) -> list[Record]:
    """count documents, each a copy of a template with its own number; the same seed gives the same list."""
    rng = random.Random(seed)  # noqa: S311 - reproducible runs, not secrecy
    out = []
    for i in range(count):
        pool = templates.relevant if rng.random() < relevant_share else templates.other
        doc = copy.deepcopy(rng.choice(pool))
        doc["document_number"] = number(i)
        doc["html_url"] = f"https://www.federalregister.gov/d/{number(i)}"
        out.append(doc)
    return out


def wave_sizes(count: int, waves: int) -> list[int]:
    """How many documents are served after each wave: cumulative, even steps, ending at count."""
    waves = max(1, min(waves, count))
    return [round(count * (k + 1) / waves) for k in range(waves)]
