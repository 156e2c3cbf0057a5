"""The watcher's durable state on SQLite and PostgreSQL, next to the notifier's tables."""

from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from schemas.events import DocumentSeen, SourceKind
from watcher.db import VERSION_TABLE, sync_url
from watcher.state import StateStore, StateUpdate, StoredEntry, Validators


def _doc(number: str, content: str = "a") -> DocumentSeen:
    return DocumentSeen(
        event_id=f"federal_register:{number}",
        source=SourceKind.FEDERAL_REGISTER,
        source_id="federal_register",
        document_number=number,
        content_hash=f"sha256:{content}",
        title=f"Document {number}",
    )


def test_watcher_and_notifier_keep_separate_alembic_histories(database_url: str) -> None:
    from watcher.db import migrate

    migrate(database_url)
    migrate(database_url)  # idempotent
    engine = create_engine(sync_url(database_url))
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        watcher_version = conn.execute(text(f"select version_num from {VERSION_TABLE}")).scalar_one()
        notifier_version = conn.execute(text("select version_num from alembic_version")).scalar_one()
    engine.dispose()
    assert {
        "watcher_seen",
        "watcher_cursors",
        "watcher_http_validators",
        "watcher_screening_entries",
    } <= tables
    assert {"teams", "events"} <= tables  # the notifier's, untouched
    assert watcher_version == "w0001"
    assert notifier_version != watcher_version


async def test_fresh_then_advance_then_nothing_fresh(store: StateStore) -> None:
    docs = [_doc("2024-00001"), _doc("2024-00002")]
    assert await store.fresh(docs) == docs
    await store.advance("federal_register", StateUpdate(published=docs))
    assert await store.fresh(docs) == []


async def test_changed_content_is_the_next_revision(store: StateStore) -> None:
    await store.advance("federal_register", StateUpdate(published=[_doc("2024-00001", "a")]))
    [again] = await store.fresh([_doc("2024-00001", "b")])
    assert again.revision == 2
    await store.advance("federal_register", StateUpdate(published=[again]))
    [third] = await store.fresh([_doc("2024-00001", "c")])
    assert third.revision == 3
    await store.advance("federal_register", StateUpdate(published=[third]))
    [back] = await store.fresh([_doc("2024-00001", "b")])  # going back is a change too
    assert back.revision == 4


async def test_the_same_document_twice_in_one_poll_is_fresh_once(store: StateStore) -> None:
    assert len(await store.fresh([_doc("2024-00001"), _doc("2024-00001")])) == 1


async def test_cursor_and_validators_survive_a_new_store(store: StateStore) -> None:
    update = StateUpdate(cursor="2024-05-01", validators={"http://x/a": Validators('"e1"', None)})
    await store.advance("federal_register", update)
    await store.advance("federal_register", StateUpdate(validators={"http://x/a": Validators('"e2"', "Mon")}))
    fresh_store = StateStore(store.engine)
    assert await fresh_store.cursor("federal_register") == "2024-05-01"
    assert await fresh_store.validators("federal_register") == {"http://x/a": Validators('"e2"', "Mon")}
    assert await fresh_store.validators("feeds") == {}
    assert await fresh_store.cursor("feeds") is None


async def test_snapshot_upserts_and_deletes(store: StateStore) -> None:
    rows = {f"EL:{i}": StoredEntry(f"h{i}", "{}") for i in range(1200)}  # more than one bulk chunk
    await store.advance("screening_list", StateUpdate(snapshot_upserts=rows))
    await store.advance(
        "screening_list",
        StateUpdate(snapshot_upserts={"EL:1": StoredEntry("new", "{}")}, snapshot_deletes=["EL:2", "EL:3"]),
    )
    snap = await store.snapshot("screening_list")
    assert len(snap) == 1198
    assert snap["EL:1"].entry_hash == "new"
    assert "EL:2" not in snap


async def test_many_ids_are_looked_up_in_chunks(store: StateStore) -> None:
    docs = [_doc(f"2024-{i:05d}") for i in range(1500)]
    await store.advance("federal_register", StateUpdate(published=docs[:1000]))
    fresh = await store.fresh(docs)
    assert [d.document_number for d in fresh] == [d.document_number for d in docs[1000:]]
