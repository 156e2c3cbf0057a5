"""Reader for Consolidated Screening List CSV files (the bundled 2022 snapshot is the offline default)."""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

from schemas.events import ScreeningEntry

BUNDLED = "csl_snapshot_2022-05.csv.gz"


def bundled_path() -> Path:
    """Where the bundled CSL snapshot lives inside the installed package."""
    return Path(str(resources.files("classifier") / "data" / BUNDLED))


def _split(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(";") if part.strip()]


def _entry_id(row: dict[str, str], source: str) -> str:
    """The source's own number if it has one, else a hash of list, name, addresses (CSL _id is unstable)."""
    if number := (row.get("entity_number") or "").strip():
        return number
    basis = "\x1f".join([source, row.get("name", ""), row.get("addresses", "")])
    return hashlib.sha256(basis.encode()).hexdigest()[:16]


def parse_rows(rows: Iterator[dict[str, str]]) -> Iterator[ScreeningEntry]:
    """ScreeningEntry per CSV row; rows without a name are skipped."""
    for row in rows:
        name = (row.get("name") or "").strip()
        source = (row.get("source") or "").strip() or "Consolidated Screening List"
        if not name:
            continue
        yield ScreeningEntry(
            list=source,
            entry_id=_entry_id(row, source),
            name=name,
            alt_names=_split(row.get("alt_names")),
            entity_type=(row.get("type") or None),
            addresses=_split(row.get("addresses")),
            programs=_split(row.get("programs")),
            federal_register_notice=(row.get("federal_register_notice") or None),
            remarks=(row.get("remarks") or None),
        )


def read_csl(path: Path) -> list[ScreeningEntry]:
    """Every entry of a CSL CSV file (plain or gzip-compressed)."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return list(parse_rows(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))))
