"""On start the API re-publishes the watchlist and prunes the event history (its lifespan tasks)."""

from __future__ import annotations

import asyncio
import io
from datetime import timedelta

from notifier import store
from notifier.api import history
from notifier.api.app import create_app
from notifier.tables import StoredEvent, WatchlistItem, now
from tests.unit.notifier.api.conftest import RecordingPublisher, settings_for
from tests.unit.notifier.api.seed import fixture_event


async def test_start_republishes_the_watchlist_and_prunes_old_events(sqlite_url: str) -> None:
    publisher = RecordingPublisher()
    app = create_app(
        settings_for(sqlite_url, EVENT_RETENTION_DAYS=30), publisher=publisher, console=io.StringIO()
    )
    state = app.state.api
    old = fixture_event("feed:old:1", document_number=None)
    recent = fixture_event("feed:recent:1", document_number=None)
    async with state.sessions() as session:
        team = await store.create_team(session, "acme")
        session.add(WatchlistItem(id="abc", team_id=team.id, name="Kept Name", aliases=[]))
        session.add(
            StoredEvent(
                event_id=old.event_id, payload=old.model_dump_json(), received_at=now() - timedelta(days=31)
            )
        )
        session.add(
            StoredEvent(event_id=recent.event_id, payload=recent.model_dump_json(), received_at=now())
        )
        await session.commit()

    async with app.router.lifespan_context(app), asyncio.timeout(30):
        while True:  # poll: both tasks run on their own schedule
            async with state.sessions() as session:
                pruned = await history.stored_event(session, old.event_id) is None
            if pruned and publisher.records:
                break
            await asyncio.sleep(0.05)
        async with state.sessions() as session:
            assert await history.stored_event(session, recent.event_id) is not None
    assert [key for key, _ in publisher.records] == [f"{team.id}:abc"]
