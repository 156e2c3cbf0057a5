"""The API's channels and the dispatcher together: a channel broken by Slack and set back to ok through the
test endpoint delivers again, and /v1/alerts tells the whole story (SQLite and PostgreSQL)."""

from __future__ import annotations

import io

import httpx

from devkit.slack_sink import Fault, SlackSink
from notifier.channels import build_channels
from notifier.channels.kind import ChannelDeps
from notifier.delivery import ledger
from notifier.delivery.dispatcher import Dispatcher
from notifier.routing import routes
from schemas.events import DocumentClassified
from tests.unit.notifier.api.conftest import make_api
from tests.unit.notifier.conftest import event_variant


async def test_a_channel_set_back_to_ok_by_its_test_message_delivers_again(
    database_url: str, sink: tuple[SlackSink, str], slack_http: httpx.AsyncClient
) -> None:
    server, base = sink
    api = await make_api(database_url, SLACK_ALLOWED_HOSTS=["hooks.slack.com", "slack.com", base])
    client = api.client
    factory = api.app.state.api.sessions
    _, headers = await api.team("acme")
    channel_id = await api.slack_channel(headers, f"{base}/services/T/B/secret")
    await api.subscribe(headers, channel_id, {"tags": ["entity_list.*"]})
    cache = routes.RouteCache()
    dispatcher = Dispatcher(factory, build_channels(ChannelDeps(http=slack_http, console=io.StringIO())))

    async def deliver(event: DocumentClassified) -> None:
        async with factory() as session:
            routed = await routes.route(session, await cache.refresh(session), event)
            assert await ledger.record(session, event, routed.routes) == 1
            await session.commit()
        await dispatcher.drain()

    def variant(n: int) -> DocumentClassified:
        return event_variant(event_id=f"federal_register:2099-0{n}", document_number=f"2099-0{n}")

    server.inject(Fault(404, "no_service"))
    await deliver(variant(1))
    shown = (await client.get(f"/v1/channels/{channel_id}", headers=headers)).json()
    assert (shown["status"], shown["broken_reason"]) == ("broken", "no_service")

    await deliver(variant(2))  # broken: not even attempted
    assert server.received == []

    answer = await client.post(f"/v1/channels/{channel_id}/test", headers=headers)
    assert answer.json() == {"delivered": True, "error": None, "status": "ok"}
    await deliver(variant(3))
    assert len(server.received) == 2  # the test message and the third event

    alerts = (await client.get("/v1/alerts", headers=headers)).json()
    by_event = {a["event_id"]: (a["status"], a["last_error"]) for a in alerts}
    assert by_event == {
        "federal_register:2099-01": ("failed", "no_service"),
        "federal_register:2099-02": ("failed", "channel broken: no_service"),
        "federal_register:2099-03": ("sent", None),
    }
    await client.aclose()
    await api.app.state.api.engine.dispose()
