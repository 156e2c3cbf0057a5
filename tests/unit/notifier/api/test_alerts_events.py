"""The audit log (/v1/alerts) and the recent-events search (/v1/events)."""

from __future__ import annotations

from datetime import UTC, datetime

from schemas.events import SourceKind
from tests.unit.notifier.api.conftest import Api
from tests.unit.notifier.api.seed import fixture_event, seed_team, store_delivery, store_event


async def test_alerts_join_the_ledger_with_subscription_and_channel(api: Api) -> None:
    event = fixture_event()
    await store_event(api, event)
    team = await seed_team(api, "acme", event)
    failed_event = fixture_event("federal_register:2021-00002", document_number="2021-00002")
    await store_event(api, failed_event)
    failed_id = await store_delivery(
        api, team.team_id, team.subscription_id, team.channel_id, failed_event.event_id, status="failed"
    )
    client = api.client
    log = (await client.get("/v1/alerts", headers=team.headers)).json()
    assert {a["id"] for a in log} == {team.delivery_id, failed_id}
    failed = (await client.get("/v1/alerts?status=failed", headers=team.headers)).json()
    assert [a["id"] for a in failed] == [failed_id]
    row = failed[0]
    assert row["subscription_name"] == "EL"
    assert row["channel_name"] == "alerts"
    assert row["channel_kind"] == "slack_webhook"
    assert row["attempts"] == 1
    assert row["last_error"] == "slack answered 500"
    assert row["title"].startswith("Addition of Certain Entities")
    future = (
        await client.get("/v1/alerts", params={"since": "2999-01-01T00:00:00Z"}, headers=team.headers)
    ).json()
    assert future == []
    bad = await client.get("/v1/alerts?status=lost", headers=team.headers)
    assert bad.status_code == 422
    assert bad.json()["detail"][0]["loc"] == ["query", "status"]


async def test_deleted_subscriptions_stay_in_the_audit_log(api: Api) -> None:
    event = fixture_event()
    await store_event(api, event)
    team = await seed_team(api, "acme", event)
    await api.client.delete(f"/v1/subscriptions/{team.subscription_id}", headers=team.headers)
    [row] = (await api.client.get("/v1/alerts", headers=team.headers)).json()
    assert row["id"] == team.delivery_id
    assert row["subscription_name"] == "EL"


async def test_events_search_by_tag_entity_and_since(api: Api) -> None:
    _, headers = await api.team("acme")
    listed = fixture_event()
    news = fixture_event(
        "feed:news:1", title="Chip export news", document_number=None, source=SourceKind.FEED
    )
    news = news.model_copy(update={"tags": [], "entities": []})
    await store_event(api, listed, datetime(2025, 1, 1, tzinfo=UTC))
    await store_event(api, news, datetime(2025, 2, 1, tzinfo=UTC))
    client = api.client

    async def ids(**params: str) -> list[str]:
        response = await client.get("/v1/events", params=params, headers=headers)
        assert response.status_code == 200, response.text
        return [e["event_id"] for e in response.json()]

    assert await ids() == [news.event_id, listed.event_id]
    assert await ids(tag="entity_list.*") == [listed.event_id]
    assert await ids(tag="entity_list.addition", entity="o-film tech") == [listed.event_id]
    assert await ids(entity="Huawei") == []
    assert await ids(since="2025-01-15T00:00:00Z") == [news.event_id]
    assert await ids(limit="1") == [news.event_id]
    full = await client.get(f"/v1/events/{listed.event_id}", headers=headers)
    assert full.json()["document"]["document_number"] == "2020-15827"
    assert (await client.get("/v1/events/federal_register:none", headers=headers)).status_code == 404
