"""Diffing two screening-list snapshots into change events and compacted-topic records (pure)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from schemas.events import ChangeKind, DocumentSeen, ScreeningChange, ScreeningEntry, SourceKind, content_hash
from screening.csl import digest, list_code


def entry_hash(entry: ScreeningEntry) -> str:
    """Hash of everything the compacted topic carries for an entry."""
    return content_hash(entry.model_dump_json())


def alert_hash(entry: ScreeningEntry) -> str:
    """Hash of what makes a change worth an event: name, aliases, addresses, FR notice, start date."""
    return content_hash(
        entry.name,
        "; ".join(entry.alt_names),
        "; ".join(entry.addresses),
        entry.federal_register_notice,
        entry.start_date.isoformat() if entry.start_date else None,
    )


@dataclass
class Diff:
    """What changed between the stored snapshot and a download."""

    events: list[DocumentSeen] = field(default_factory=list)
    upserts: dict[str, ScreeningEntry] = field(default_factory=dict)
    removals: list[str] = field(default_factory=list)


def diff(
    previous: Mapping[str, tuple[str, str]],
    current: Sequence[ScreeningEntry],
    source_id: str,
    baseline: bool = False,
) -> Diff:
    """previous (key -> (entry hash, payload json)) against current; events only when a snapshot existed.

    baseline=True replaces previous without events (e.g. a fallback list superseded by a download).
    """
    out = Diff()
    baseline = baseline or not previous
    seen: set[str] = set()
    for entry in current:
        key = entry.key
        seen.add(key)
        known = previous.get(key)
        if known is not None and known[0] == entry_hash(entry):
            continue
        out.upserts[key] = entry
        if baseline:
            continue
        before = ScreeningEntry.model_validate_json(known[1]) if known else None
        if before is None:
            out.events.append(change_event(ChangeKind.ADDED, entry, None, source_id))
        elif alert_hash(before) != alert_hash(entry):
            out.events.append(change_event(ChangeKind.CHANGED, entry, before, source_id))
    for key in previous.keys() - seen:
        out.removals.append(key)
        if baseline:
            continue
        before = ScreeningEntry.model_validate_json(previous[key][1])
        out.events.append(change_event(ChangeKind.REMOVED, before, None, source_id))
    return out


def change_event(
    change: ChangeKind, entry: ScreeningEntry, previous: ScreeningEntry | None, source_id: str
) -> DocumentSeen:
    """One DocumentSeen for one added, removed or changed entry."""
    hashed = digest(change.value, entry.key, entry_hash(entry), entry_hash(previous) if previous else "")
    details = [
        f"Aliases: {'; '.join(entry.alt_names)}" if entry.alt_names else "",
        f"Addresses: {'; '.join(entry.addresses)}" if entry.addresses else "",
        f"Federal Register notice: {notice}" if (notice := entry.federal_register_notice) else "",
    ]
    return DocumentSeen(
        event_id=f"screening_list:{list_code(entry.list)}:{hashed}",
        source=SourceKind.SCREENING_LIST,
        source_id=source_id,
        content_hash=alert_hash(entry),
        title=f"{entry.list}: {change.value} {entry.name}",
        text=" ".join(d + "." for d in details if d),
        published=entry.start_date,
        screening_change=ScreeningChange(change=change, entry=entry, previous=previous),
    )
