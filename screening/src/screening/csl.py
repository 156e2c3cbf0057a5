"""The Consolidated Screening List: loading any of its layouts (csv three ways, json, gzip) (pure)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from schemas.events import ScreeningEntry
from schemas.text import one_line

# The May-2022 Consolidated Screening List (public domain, trade.gov): the offline default of the watcher
# and the list `exportwatch-classify` matches against.
BUNDLED_SNAPSHOT = Path(__file__).resolve().parent / "data" / "consolidated_csl_snapshot_2022-05.csv.gz"

# The legacy per-list CSV names lists by code only; the modern layouts spell them out.
LIST_NAMES: dict[str, str] = {
    "DPL": "Denied Persons List (DPL) - Bureau of Industry and Security",
    "EL": "Entity List (EL) - Bureau of Industry and Security",
    "MEU": "Military End User (MEU) List - Bureau of Industry and Security",
    "UVL": "Unverified List (UVL) - Bureau of Industry and Security",
    "SDN": "Specially Designated Nationals (SDN) - Treasury Department",
    "SSI": "Sectoral Sanctions Identifications List (SSI) - Treasury Department",
    "FSE": "Foreign Sanctions Evaders (FSE) - Treasury Department",
    "PLC": "Palestinian Legislative Council List (PLC) - Treasury Department",
    "CAP": "Capta List (CAP) - Treasury Department",
    "CMIC": "Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department",
    "NS-MBS List": "Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department",
    "ISN": "Nonproliferation Sanctions (ISN) - State Department",
    "DTC": "ITAR Debarred (DTC) - State Department",
}
_CODE = re.compile(r"\(([^()]+)\)")
_GZIP_MAGIC = b"\x1f\x8b"


class ScreeningListError(ValueError):
    """A download that is not a screening list we can read; `reason` labels the error metric."""

    def __init__(self, message: str, reason: str = "bad_screening_list") -> None:
        super().__init__(message)
        self.reason = reason


def list_code(name: str) -> str:
    """'Entity List (EL) - Bureau ...' -> 'EL' (the name itself when it carries no code)."""
    match = _CODE.search(name)
    return match.group(1) if match else name


def gunzip(payload: bytes, max_bytes: int) -> bytes:
    """Decompress gzip with an output cap, so a small bomb cannot fill memory."""
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        out = inflater.decompress(payload, max_bytes + 1)
    except zlib.error as exc:
        raise ScreeningListError(f"not a readable gzip stream: {exc}", reason="invalid_gzip") from exc
    if len(out) > max_bytes or inflater.unconsumed_tail:
        raise ScreeningListError(f"decompresses past the {max_bytes}-byte cap", reason="too_large")
    if not inflater.eof:
        raise ScreeningListError("gzip stream is truncated", reason="truncated")
    return out


def load(payload: bytes, max_bytes: int = 200 * 1024 * 1024) -> list[ScreeningEntry]:
    """Every entry of a CSL download: csv (three layouts) or json, optionally gzipped."""
    if payload[:2] == _GZIP_MAGIC:
        payload = gunzip(payload, max_bytes)
    text = payload.decode("utf-8-sig", errors="replace")
    head = text.lstrip()[:1]
    if head in ("[", "{"):
        rows = _json_rows(text)
    elif head == "<":
        raise ScreeningListError("an HTML or XML page, not a screening list", reason="html_error_page")
    else:
        rows = _csv_rows(text)
    entries = assign_ids(rows)
    if not entries:
        raise ScreeningListError("no entries", reason="empty")
    return entries


@dataclass
class Row:
    """One entry before it has an id: the fields common to every layout."""

    list_name: str
    name: str
    number: str = ""
    alt_names: list[str] = field(default_factory=list)
    entity_type: str | None = None
    addresses: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    programs: list[str] = field(default_factory=list)
    federal_register_notice: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    remarks: str | None = None
    source_url: str | None = None


def _split(value: Any) -> list[str]:
    if isinstance(value, list):
        return [t for v in value if (t := one_line(v))]
    return [t for p in one_line(value).split(";") if (t := p.strip())]


def _clean(value: Any) -> str | None:
    return one_line(value) or None


def _date(value: Any) -> date | None:
    text = one_line(value)
    for fmt in ("%Y-%m-%d", "%m/%d/%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _country(address: str) -> str | None:
    tail = address.rsplit(",", 1)[-1].strip()
    return tail if len(tail) == 2 and tail.isalpha() and tail.isupper() else None


def _modern(record: Mapping[str, Any]) -> Row:
    addresses = _split(record.get("addresses"))
    countries = [c for a in addresses if (c := _country(a))]
    countries += _split(record.get("citizenships")) + _split(record.get("nationalities"))
    return Row(
        list_name=_clean(record.get("source")) or "",
        name=_clean(record.get("name")) or "",
        number=_clean(record.get("entity_number")) or "",
        alt_names=_split(record.get("alt_names")),
        entity_type=_clean(record.get("type")),
        addresses=addresses,
        countries=list(dict.fromkeys(countries)),
        programs=_split(record.get("programs")),
        federal_register_notice=_clean(record.get("federal_register_notice")),
        start_date=_date(record.get("start_date")),
        end_date=_date(record.get("end_date")),
        remarks=_clean(record.get("remarks")),
        source_url=_clean(record.get("source_list_url")),
    )


def _json_address(value: Any) -> str:
    if isinstance(value, Mapping):
        parts = [value.get(k) for k in ("address", "city", "state", "postal_code", "country")]
        return ", ".join(t for p in parts if (t := one_line(p)))
    return one_line(value)


def _json_rows(text: str) -> list[Row]:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        # ValueError: bad JSON, or an integer past Python's 4300-digit limit; RecursionError: deep nesting.
        raise ScreeningListError(f"not JSON: {str(exc)[:200]}", reason="invalid_json") from exc
    records = data.get("results", data.get("entries")) if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ScreeningListError("JSON without a list of entries", reason="not_a_page")
    rows = []
    for record in records:
        if not isinstance(record, Mapping):
            raise ScreeningListError("an entry is not an object", reason="not_a_page")
        flat = dict(record)
        if isinstance(flat.get("addresses"), list):
            flat["addresses"] = [_json_address(a) for a in flat["addresses"]]
        rows.append(_modern(flat))
    return rows


def _csv_rows(text: str) -> list[Row]:
    try:
        return _csv_layout(csv.DictReader(io.StringIO(text)))
    except csv.Error as exc:
        # e.g. a field past the csv module's 128 KiB limit (an unclosed quote swallows the file).
        raise ScreeningListError(f"unreadable CSV: {exc}", reason="invalid_csv") from exc


def _csv_layout(reader: csv.DictReader[str]) -> list[Row]:
    header = set(reader.fieldnames or [])
    if {"source", "name"} <= header:
        return [_modern(r) for r in reader]
    if {"Source List", "Name"} <= header:
        return _legacy(reader)
    raise ScreeningListError(f"unknown CSV layout: {sorted(header)[:8]}", reason="not_a_page")


def _legacy(reader: Iterable[Mapping[str, str]]) -> list[Row]:
    """The old per-list layout: one row per address or alias, merged here into one entry per name."""
    merged: dict[tuple[str, str], Row] = {}
    for record in reader:
        code = (record.get("Source List") or "").strip()
        name = _clean(record.get("Name")) or ""
        row = merged.setdefault(
            (code, name),
            Row(
                list_name=LIST_NAMES.get(code, code),
                name=name,
                entity_type=_clean(record.get("SDN Type")),
                programs=_split(record.get("Programs")),
                federal_register_notice=_clean(record.get("Federal Register Notice")),
                start_date=_date(record.get("Effective Date")),
                end_date=_date(record.get("Date Lifted/Waived/Expired")),
                remarks=_clean(record.get("Remarks/Notes")),
                source_url=_clean(record.get("Web Link")),
            ),
        )
        parts = [record.get(k) for k in ("Address", "City", "State/Province", "Postal Code", "Country")]
        address = ", ".join(" ".join(p.split()) for p in parts if p and p.strip())
        if address and address not in row.addresses:
            row.addresses.append(address)
        country = _clean(record.get("Country"))
        if country and country not in row.countries:
            row.countries.append(country)
        alias = _clean(record.get("Alternate Name"))
        if alias and alias not in row.alt_names:
            row.alt_names.append(alias)
    return list(merged.values())


def digest(*parts: str) -> str:
    """A short sha256 over parts (ids and event hashes)."""
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:24]


def assign_ids(rows: Sequence[Row]) -> list[ScreeningEntry]:
    """Entries with ids stable across snapshots (the CSL's own `_id` is not)."""
    groups: dict[tuple[str, str], list[Row]] = defaultdict(list)
    for row in rows:
        if row.list_name and row.name:
            groups[(row.list_name, row.name.casefold())].append(row)
    out = []
    # Per list, not per name: two names can carry the same entity number (a data error upstream), and
    # their keys on the compacted topic must still differ.
    used: dict[str, set[str]] = defaultdict(set)
    for (list_name, name), group in groups.items():
        taken = used[list_name]
        for row in group:
            if row.number:
                # OFAC's entity numbers are stable identifiers.
                entry_id = f"n{row.number}"
            elif len(group) == 1:
                entry_id = digest(list_name, name)
            else:
                entry_id = digest(list_name, name, "; ".join(row.addresses), str(row.start_date or ""))
            base, n = entry_id, 1
            while entry_id in taken:
                n += 1
                entry_id = f"{base}-{n}"
            taken.add(entry_id)
            try:
                out.append(ScreeningEntry(entry_id=entry_id, **_entry_fields(row)))
            except ValidationError as exc:
                raise ScreeningListError(
                    f"entry {row.name!r}: {exc.errors()[0]['msg']}", "missing_fields"
                ) from exc
    return out


def _entry_fields(row: Row) -> dict[str, Any]:
    return {
        "list": row.list_name,
        "name": row.name,
        "alt_names": row.alt_names,
        "entity_type": row.entity_type,
        "addresses": row.addresses,
        "countries": row.countries,
        "programs": row.programs,
        "federal_register_notice": row.federal_register_notice,
        "start_date": row.start_date,
        "end_date": row.end_date,
        "remarks": row.remarks,
        "source_url": row.source_url,
    }
