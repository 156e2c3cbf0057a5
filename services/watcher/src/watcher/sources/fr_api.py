"""Federal Register API v1 documents search: query building and response parsing (pure)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from pydantic import ValidationError

from schemas.events import DocumentSeen, SourceKind, Stage, content_hash, document_type_code
from schemas.text import one_line

# Everything the classifier reads; the API returns only a small default set without fields[].
FIELDS: tuple[str, ...] = (
    "title",
    "abstract",
    "action",
    "agencies",
    "cfr_references",
    "document_number",
    "type",
    "publication_date",
    "effective_on",
    "html_url",
    "pdf_url",
    "full_text_xml_url",
    "raw_text_url",
    "docket_ids",
    "regulation_id_numbers",
    "significant",
    "dates",
)

MAX_PER_PAGE = 1000  # the API silently turns anything outside 2..2000 into 20


class FederalRegisterError(ValueError):
    """The API answered with something that is not a documents page; `reason` labels the error metric."""

    def __init__(self, message: str, reason: str = "bad_document") -> None:
        super().__init__(message)
        self.reason = reason


MAX_PAGE = 50  # a higher page silently becomes page 1
MAX_RESULTS = 10_000  # page x per_page beyond this silently resets to page 1


def documents_query(
    *,
    agencies: Sequence[str] = (),
    since: date,
    until: date | None = None,
    per_page: int = MAX_PER_PAGE,
    page: int = 1,
    cfr: tuple[int, int] | None = None,
    types: Sequence[str] = (),
) -> tuple[tuple[str, str], ...]:
    """Query parameters for one page of documents published in [since, until]."""
    if not 2 <= per_page <= 2000:
        raise ValueError("per_page must be within 2..2000 (the API silently uses 20 otherwise)")
    if not 1 <= page <= MAX_PAGE or page * per_page > MAX_RESULTS:
        raise ValueError("page beyond 50 or past 10,000 results: the API silently returns page 1")
    params: list[tuple[str, str]] = [("fields[]", f) for f in FIELDS]
    params += [("conditions[agencies][]", a) for a in agencies]
    if cfr is not None:
        params += [("conditions[cfr][title]", str(cfr[0])), ("conditions[cfr][part]", str(cfr[1]))]
    params += [("conditions[type][]", t) for t in types]
    params.append(("conditions[publication_date][gte]", since.isoformat()))
    if until is not None:
        params.append(("conditions[publication_date][lte]", until.isoformat()))
    params += [("order", "oldest"), ("per_page", str(per_page)), ("page", str(page))]
    return tuple(params)


def parse_page(payload: bytes, *, source_id: str = "federal_register") -> tuple[list[DocumentSeen], int]:
    """Parse a documents.json page into events; also return the API's total count."""
    events, count, _raw = parse_results(payload, source_id=source_id)
    return events, count


def parse_results(
    payload: bytes, *, source_id: str = "federal_register", stage: Stage = Stage.PUBLISHED
) -> tuple[list[DocumentSeen], int, list[Mapping[str, Any]]]:
    """Parse a results page into events, the API's total count and the raw result objects."""
    if payload.lstrip()[:1] == b"<":
        raise FederalRegisterError(
            f"an HTML or XML page, not JSON: {payload[:120]!r}", reason="html_error_page"
        )
    try:
        data = json.loads(payload)
    except (ValueError, RecursionError) as exc:
        # ValueError covers bad JSON, bad UTF-8 and integers past Python's 4300-digit limit;
        # RecursionError a hostile nesting depth.
        raise FederalRegisterError(f"not JSON: {str(exc)[:200]}", reason="invalid_json") from exc
    # An empty search may omit "results" but always has "count"; an error body has neither.
    if not isinstance(data, dict) or ("results" not in data and "count" not in data):
        raise FederalRegisterError(f"not a documents page: {payload[:200]!r}", reason="not_a_page")
    results = data.get("results", [])
    if not isinstance(results, list) or not all(isinstance(r, Mapping) for r in results):
        raise FederalRegisterError("'results' is not a list of objects", reason="not_a_page")
    events = [to_event(raw, source_id=source_id, stage=stage) for raw in results]
    try:
        count = int(data.get("count", len(events)))
    except (TypeError, ValueError, OverflowError) as exc:
        raise FederalRegisterError(f"bad count {_text(data.get('count'))[:50]}", reason="not_a_page") from exc
    return events, count, results


def to_event(raw: Mapping[str, Any], *, source_id: str, stage: Stage = Stage.PUBLISHED) -> DocumentSeen:
    """One API document -> DocumentSeen."""
    number = _text(raw.get("document_number"))
    title = _text(raw.get("title"))
    if not number or not title:
        keys = sorted(map(str, raw))[:20]
        raise FederalRegisterError(f"document without number or title (fields {keys})", "missing_fields")
    published = raw.get("publication_date")
    if published not in (None, "") and _date(published) is None:
        raise FederalRegisterError(
            f"document {number}: invalid publication_date {_text(published)[:50]!r}", "invalid_date"
        )
    abstract = _text(raw.get("abstract"))
    action = _text(raw.get("action")) or None
    doc_type = document_type_code(_text(raw.get("type")))
    cfr = cfr_parts(_list(raw, "cfr_references", number))
    prefix = "public_inspection" if stage is Stage.PUBLIC_INSPECTION else "federal_register"
    fields: dict[str, Any] = dict(
        event_id=f"{prefix}:{number}",
        source=SourceKind.PUBLIC_INSPECTION
        if stage is Stage.PUBLIC_INSPECTION
        else SourceKind.FEDERAL_REGISTER,
        source_id=source_id,
        stage=stage,
        document_number=number,
        content_hash=content_hash(title, abstract, action, doc_type, ",".join(cfr)),
        title=title,
        text=abstract,
        action=action,
        url=_text(raw.get("html_url")) or None,
        published=_date(raw.get("publication_date")),
        effective_on=_date(raw.get("effective_on")),
        agencies=agency_slugs(_list(raw, "agencies", number)),
        document_type=doc_type,
        cfr_parts=cfr,
        docket_ids=[t for d in _list(raw, "docket_ids", number) if (t := _text(d))],
        regulation_id_numbers=[t for r in _list(raw, "regulation_id_numbers", number) if (t := _text(r))],
        significant=raw.get("significant") if isinstance(raw.get("significant"), bool) else None,
    )
    try:
        return DocumentSeen(**fields)
    except ValidationError as exc:
        raise FederalRegisterError(f"document {number}: {exc.errors()[0]['msg']}", "invalid_field") from exc


def agency_slugs(agencies: Sequence[Any]) -> list[str]:
    """Agency slugs (or names when a slug is missing) from the API's agency objects."""
    out = []
    for agency in agencies:
        if isinstance(agency, Mapping):
            name = agency.get("slug") or agency.get("name") or agency.get("raw_name")
            if name and (slug := _text(name)):
                out.append(slug)
        elif isinstance(agency, str) and (slug := _text(agency)):
            out.append(slug)
    return out


def cfr_parts(references: Sequence[Any]) -> list[str]:
    """'15 CFR 744' strings from the API's cfr_references objects, de-duplicated in order."""
    out: list[str] = []
    for ref in references:
        if not isinstance(ref, Mapping):
            continue
        title, number = _text(ref.get("title")), _text(ref.get("part"))
        if title and number:
            part = f"{title} CFR {number}"
            if part not in out:
                out.append(part)
    return out


def _list(raw: Mapping[str, Any], key: str, number: str) -> list[Any]:
    """A list field of a document: absent or empty is [], one string is a list of one, else a typed error."""
    value = raw.get(key)
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return value
    raise FederalRegisterError(f"document {number}: {key} is not a list", "invalid_field")


def _text(value: Any) -> str:
    return one_line(value)


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None
