"""Loading every CSL layout, diffing snapshots, and the screening-list source's refusals."""

from __future__ import annotations

import csv
import gzip
import io
import re
import zlib
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from schemas.events import ChangeKind, ScreeningEntry, SourceKind
from schemas.text import one_line
from screening import csl
from watcher import screening_diff
from watcher.fetching import Fetcher, FetchError
from watcher.sources.base import PollContext
from watcher.sources.screening_list import BUNDLED, ScreeningListSource
from watcher.state import StateStore

CSL = Path(__file__).resolve().parents[2] / "fixtures" / "csl"


@pytest.fixture(scope="module")
def snapshot() -> list[ScreeningEntry]:
    return csl.load(BUNDLED.read_bytes())


def test_the_bundled_2022_snapshot_loads_whole_with_unique_keys(snapshot: list[ScreeningEntry]) -> None:
    assert len(snapshot) == 14_160
    assert len({e.key for e in snapshot}) == 14_160
    lists = {e.list for e in snapshot}
    assert len(lists) == 13
    el = [e for e in snapshot if csl.list_code(e.list) == "EL"]
    assert len(el) == 2001


def test_every_bundled_row_becomes_one_well_formed_entry(snapshot: list[ScreeningEntry]) -> None:
    rows = list(csv.DictReader(io.StringIO(gzip.decompress(BUNDLED.read_bytes()).decode())))
    # One entry per row, with the row's list and its name (whitespace collapsed): none lost or invented.
    assert Counter((e.list, e.name) for e in snapshot) == Counter(
        (r["source"], one_line(r["name"])) for r in rows
    )
    assert {e.list for e in snapshot} == set(csl.LIST_NAMES.values())
    assert all(e.name and e.name == " ".join(e.name.split()) for e in snapshot)
    assert all(re.fullmatch(r"[A-Z]{2}", c) for e in snapshot for c in e.countries)
    numbers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for r in rows:
        numbers[(r["source"], one_line(r["name"]))].add(r["entity_number"].strip())
    suffixed = 0
    for e in snapshot:
        found = re.fullmatch(r"(?:n(\d+)|[0-9a-f]{24})(-\d+)?", e.entry_id)
        assert found, e.entry_id
        # An entity number (OFAC's stable id) when the row has one, else a hash.
        assert (found[1] or "") in numbers[(e.list, e.name)], e.entry_id
        suffixed += found[2] is not None
    # Only the few upstream collisions (two names with one entity number, identical rows) need a suffix.
    assert suffixed == 5


def test_ids_are_stable_when_the_csl_reorders_and_renumbers(snapshot: list[ScreeningEntry]) -> None:
    header, *rows = list(csv.reader(io.StringIO(gzip.decompress(BUNDLED.read_bytes()).decode())))
    out = io.StringIO()
    # `_id` is not stable across snapshots: new ids and reversed rows must not change our keys.
    csv.writer(out).writerows([header, *([f"x{i}", *row[1:]] for i, row in enumerate(reversed(rows)))])
    assert {e.key for e in csl.load(out.getvalue().encode())} == {e.key for e in snapshot}


@pytest.mark.parametrize(
    ("name", "count", "first_name"),
    [
        ("consolidated_subset_2025.csv", 13, "Sinobright Import and Export Company"),
        ("csl_subset_2019_no_id_format.csv", 115, "ADRIAN MANUEL HERNANDEZ"),
        ("ita_webservices_el_fixture_legacy_format.csv", 5, "Fazal Rahim Farid"),
        ("ita_webservices_el_expected_results_fixture.json", 7, "Fazal Rahim Farid"),
    ],
)
def test_every_layout_loads(name: str, count: int, first_name: str) -> None:
    entries = csl.load((CSL / name).read_bytes())
    assert len(entries) == count
    assert entries[0].name.startswith(first_name)


def test_legacy_rows_merge_into_one_entry_with_aliases_and_addresses() -> None:
    legacy = {
        e.name: e for e in csl.load((CSL / "ita_webservices_el_fixture_legacy_format.csv").read_bytes())
    }
    modern = {
        e.name: e for e in csl.load((CSL / "ita_webservices_el_expected_results_fixture.json").read_bytes())
    }
    farid = legacy["Fazal Rahim Farid"]
    assert farid.list == "Entity List (EL) - Bureau of Industry and Security"
    assert farid.alt_names == ["Fazel Rahim Farid", "Farid", "Engineer Idris"]
    assert len(farid.addresses) == 2
    assert farid.key == modern["Fazal Rahim Farid"].key  # same entry whatever the layout


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"<html><body>Service unavailable</body></html>", "html_error_page"),
        (b"[{", "invalid_json"),
        (b"a,b,c\n1,2,3\n", "not_a_page"),
        (b"source,name\n", "empty"),
    ],
)
def test_bad_downloads_raise_with_a_reason(payload: bytes, reason: str) -> None:
    with pytest.raises(csl.ScreeningListError) as caught:
        csl.load(payload)
    assert caught.value.reason == reason


def test_a_gzip_bomb_is_capped() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    payload = bomb.compress(b"a" * 50_000_000) + bomb.flush()
    with pytest.raises(csl.ScreeningListError) as caught:
        csl.load(payload, max_bytes=1_000_000)
    assert caught.value.reason == "too_large"


def _stored(entries: list[ScreeningEntry]) -> dict[str, tuple[str, str]]:
    return {e.key: (screening_diff.entry_hash(e), e.model_dump_json()) for e in entries}


def test_first_load_is_a_baseline_without_events(snapshot: list[ScreeningEntry]) -> None:
    change = screening_diff.diff({}, snapshot, "screening_list")
    assert change.events == []
    assert len(change.upserts) == 14_160


def test_diff_reports_added_removed_and_changed(snapshot: list[ScreeningEntry]) -> None:
    previous = _stored(snapshot[:-1])  # the last entry is new
    current = list(snapshot[1:])  # the first entry left
    current[10] = current[10].model_copy(update={"alt_names": [*current[10].alt_names, "NEW ALIAS"]})
    current[20] = current[20].model_copy(update={"remarks": "only a remark"})  # not alert-worthy
    change = screening_diff.diff(previous, current, "screening_list")
    kinds = {
        (e.screening_change.change, e.screening_change.entry.key) for e in change.events if e.screening_change
    }
    assert kinds == {
        (ChangeKind.ADDED, snapshot[-1].key),
        (ChangeKind.REMOVED, snapshot[0].key),
        (ChangeKind.CHANGED, current[10].key),
    }
    assert change.removals == [snapshot[0].key]
    assert set(change.upserts) == {snapshot[-1].key, current[10].key, current[20].key}
    changed = next(
        e for e in change.events if e.screening_change and e.screening_change.change is ChangeKind.CHANGED
    )
    assert changed.source is SourceKind.SCREENING_LIST
    assert changed.screening_change
    assert changed.screening_change.previous == snapshot[11]
    assert "NEW ALIAS" in changed.text
    assert changed.event_id.startswith("screening_list:")


def test_the_same_change_has_the_same_event_id(snapshot: list[ScreeningEntry]) -> None:
    a = screening_diff.diff(_stored(snapshot[:-1]), snapshot, "screening_list").events
    b = screening_diff.diff(_stored(snapshot[:-1]), snapshot, "screening_list").events
    assert [e.event_id for e in a] == [e.event_id for e in b]
    assert len(a) == 1


async def test_source_refuses_an_implausible_shrink(
    sqlite_store: StateStore, fetcher: Fetcher, tmp_path: Path
) -> None:
    source = ScreeningListSource()
    ctx = PollContext(fetcher, sqlite_store, "screening_list")
    first = await source.poll(ctx)
    assert first.events == []
    assert len(first.records) == 14_160
    await sqlite_store.advance("screening_list", first.update)
    half = tmp_path / "half.csv"
    text = gzip.decompress(BUNDLED.read_bytes()).decode().splitlines(keepends=True)
    half.write_text("".join(text[:5000]))  # cuts mid-list; a cell split at a line is fine here
    source.location = str(half)
    with pytest.raises(FetchError) as caught:
        await source.poll(ctx)
    assert caught.value.reason == "implausible_shrink"
    assert len(await sqlite_store.snapshot("screening_list")) == 14_160  # nothing changed


async def test_source_reads_a_url_conditionally(
    sqlite_store: StateStore, fetcher: Fetcher, replay: tuple[object, str]
) -> None:
    _server, base = replay
    source = ScreeningListSource(location=f"{base}/csl/consolidated.csv")
    ctx = PollContext(fetcher, sqlite_store, "screening_list")
    first = await source.poll(ctx)
    await sqlite_store.advance("screening_list", first.update)
    second = await source.poll(ctx)
    assert len(first.records) == 14_160
    assert second.not_modified == 1
    assert second.records == []


async def test_the_same_bytes_again_are_not_parsed_again(sqlite_store: StateStore, fetcher: Fetcher) -> None:
    source = ScreeningListSource()  # the bundled file: no ETag, so the content hash decides
    ctx = PollContext(fetcher, sqlite_store, "screening_list")
    first = await source.poll(ctx)
    await sqlite_store.advance("screening_list", first.update)
    second = await source.poll(ctx)
    assert second.not_modified == 1
    assert second.records == []
