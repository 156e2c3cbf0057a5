"""The event history stays bounded by age and count, and never drops an event the audit log uses."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from notifier.api import history
from notifier.tables import StoredEvent, now
from tests.unit.notifier.api.conftest import Api
from tests.unit.notifier.api.seed import fixture_event, seed_team, store_event


async def _ids(api: Api) -> set[str]:
    async with api.app.state.api.sessions() as session:
        return set((await session.execute(select(StoredEvent.event_id))).scalars())


async def test_prune_by_age_and_count_keeps_ledger_events(api: Api) -> None:
    referenced = fixture_event()
    await store_event(api, referenced, now() - timedelta(days=400))
    await seed_team(api, "acme", referenced)
    for day in range(5):
        event = fixture_event(f"feed:x:{day}", document_number=None)
        await store_event(api, event, now() - timedelta(days=day * 30))
    async with api.app.state.api.sessions() as session:
        removed = await history.prune(session, max_age=timedelta(days=100), max_events=1000)
        await session.commit()
    assert removed == 1  # feed:x:4 (120 days); the 400-day-old event is in the audit log
    assert await _ids(api) == {referenced.event_id, "feed:x:0", "feed:x:1", "feed:x:2", "feed:x:3"}
    async with api.app.state.api.sessions() as session:
        removed = await history.prune(session, max_age=timedelta(days=100), max_events=2)
        await session.commit()
    assert removed == 2
    assert await _ids(api) == {referenced.event_id, "feed:x:0", "feed:x:1"}
