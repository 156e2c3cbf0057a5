"""A Public Inspection day over the real broker: an Entity List rule filed for tomorrow, then published.

Rule 2023-03929 (13 parties) is filed for Public Inspection on the replay server as the agency prints it: a
two-column PDF of several pages with its billing-code lines, built from the rule's own GPO XML. The real
watcher, classifier worker, subscriptions API and notifier run as processes. Team A watches one of the
parties under its own spelling (a typo and "Limited" for "Ltd."); team B watches a company the rule does not
name. A gets one critical Slack message naming the party, from the filing; B's critical subscription stays
quiet and its Entity List subscription gets the filing at the base severity, with no trace of A's name in
anything B receives or reads. The next day the published version (documents.json with its full-text XML)
comes out: both versions are read to the same parties, and neither team gets anything more. SQLite.
"""

from __future__ import annotations

import asyncio
import json
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest

from devkit.broker import free_port, kafka_env
from devkit.records import read_topic
from devkit.replay import ReplayServer
from devkit.replay import start as start_replay
from devkit.slack_sink import Received, SlackSink
from devkit.slack_sink import start as start_sink
from schemas.events import DocumentClassified, Stage
from schemas.topics import CLASSIFIED, DOCUMENTS
from tests.integration.delivery.notifier_support import eventually, metric
from tests.integration.processes import running, script
from tests.integration.services_support import ready, slack_subscriptions, tail
from tests.unit.watcher.rule_filing import BIS, NUMBER, RULE_XML, TITLE, listing, rule_pdf

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "fr_fulltext"
PARTIES = json.loads((FIXTURES / f"{NUMBER}.parties.json").read_text())["parties"]
ADMIN = "public-inspection-day-admin-key-0123456789abcdef"
# The rule lists "Beijing Yunze Technology Co., Ltd."; team A wrote it down with typos (the first word's
# too, which only the whole-name comparison of a party finds) and "Limited".
PARTY = "Beijing Yunze Technology Co., Ltd."
WATCHED = "Bejing Yunze Tecnology Co. Limited"
# Team B's entry: nobody the rule names.
ELSEWHERE = "Kestrel Avionics Holdings Group"
A_PATH = "/services/TA/BA/alpha"
B_PATH = "/services/TB/BB/bravo"
POLL_SECONDS = "1"


def _listing(base: str) -> dict[str, Any]:
    """The rule's entry in the Public Inspection list (current.json), its PDF on the replay server."""
    return {
        **listing(base, NUMBER, "2023-02-27"),
        "html_url": f"https://www.federalregister.gov/public-inspection/{NUMBER}",
    }


def _published(base: str) -> dict[str, Any]:
    """The rule as documents.json gives it the next day, pointing at its full-text XML."""
    return {
        "document_number": NUMBER,
        "title": TITLE,
        "type": "Rule",
        "abstract": "In this rule, the Bureau of Industry and Security (BIS) amends the Export "
        "Administration Regulations (EAR) by adding 14 entities to the Entity List.",
        "action": "Final rule.",
        "agencies": [{"name": "Industry and Security Bureau", "slug": BIS}],
        "cfr_references": [{"title": 15, "part": 744}],
        "publication_date": "2023-02-27",
        "effective_on": "2023-02-27",
        "html_url": f"https://www.federalregister.gov/documents/2023/02/27/{NUMBER}",
        "full_text_xml_url": f"{base}/full-text/{NUMBER}.xml",
        "docket_ids": [],
        "regulation_id_numbers": [],
    }


async def _team(
    api: httpx.AsyncClient, name: str, webhook: str, subscriptions: dict[str, dict[str, Any]], watch: str
) -> dict[str, str]:
    """A team made through the API: one Slack channel, these subscriptions, one watchlist entry."""
    headers, _ = await slack_subscriptions(api, ADMIN, name, webhook, subscriptions)
    entry = await api.post("/v1/watchlist", json={"name": watch}, headers=headers)
    assert entry.status_code == 201, entry.text
    return headers


def _body(message: Received) -> str:
    return json.dumps(message.payload, ensure_ascii=False)


async def test_a_filing_alerts_its_watcher_once_and_its_publication_adds_nothing(
    kafka_bootstrap: str, topics: dict[str, str], sqlite_url: str, tmp_path: Path
) -> None:
    replay = ReplayServer({"count": 0, "results": []}, public_inspection=[])
    replay_runner, replay_port = await start_replay(replay)
    sink = SlackSink()
    sink_runner, sink_port = await start_sink(sink)
    base = f"http://127.0.0.1:{replay_port}"
    origin = f"http://127.0.0.1:{sink_port}"
    replay.full_texts = {f"{NUMBER}.pdf": rule_pdf(), f"{NUMBER}.xml": RULE_XML}
    ports = {name: free_port() for name in ("api", "classifier", "notifier", "watcher")}
    url = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
    suffix = topics[DOCUMENTS][-10:]
    env = {
        **kafka_env(kafka_bootstrap, topics),
        "DATABASE_URL": sqlite_url,
        "ADMIN_API_KEY": ADMIN,
        "SLACK_ALLOWED_HOSTS": json.dumps([origin]),
        "FEDERAL_REGISTER_API_URL": f"{base}/api/v1",
        # The documents search and Public Inspection only (no screening-list download): the party comes
        # from the rule's text and the team's watchlist, not from a list that predates the rule.
        "WATCHER_SOURCES": "federal_register,public_inspection",
        "WATCHER_AGENCIES": BIS,
        "WATCHER_CFR_PARTS": "",
        "WATCHER_POLL_SECONDS": POLL_SECONDS,
        "WATCHER_PUBLIC_INSPECTION_POLL_SECONDS": POLL_SECONDS,
        # The replay server stands in for federalregister.gov, so it is the one full-text host allowed.
        "WATCHER_FULL_TEXT_HOSTS": "127.0.0.1",
        "WATCHER_METRICS_PORT": str(ports["watcher"]),
        "CLASSIFIER_APP_ID": f"classifier-{suffix}",
        "CLASSIFIER_WEB_PORT": str(ports["classifier"]),
        "CLASSIFIER_DATA_DIR": str(tmp_path / "faust"),
        # No screening list in this test: classify at once instead of waiting for one.
        "CLASSIFIER_SCREENING_WAIT_SECONDS": "0",
        "NOTIFIER_GROUP_ID": f"notifier-{suffix}",
        "NOTIFIER_METRICS_PORT": str(ports["notifier"]),
        "NOTIFIER_SLACK_MIN_INTERVAL_SECONDS": "0.1",
    }
    names = ("api", "classifier", "notifier", "watcher")
    logs = [tmp_path / f"{name}.log" for name in names]
    commands = [
        [script("exportwatch-api"), "--host", "127.0.0.1", "--port", str(ports["api"])],
        [script("exportwatch-classifier"), "worker", "-l", "info"],
        [script("exportwatch-notifier"), "run"],
        [script("exportwatch-watcher"), "run"],
    ]
    critical = {"min_severity": "critical"}
    try:
        with ExitStack() as stack:
            procs = {
                name: stack.enter_context(running(args, env, log))
                for name, args, log in zip(names, commands, logs, strict=True)
            }
            async with httpx.AsyncClient(timeout=10) as probe:
                await asyncio.gather(
                    *(ready(probe, procs[n], f"{url[n]}/health/ready", n, logs, 90) for n in names)
                )

                async def scraped(name: str, series: str, at_least: float) -> bool:
                    return metric((await probe.get(f"{url[name]}/metrics")).text, series) >= at_least

                async with httpx.AsyncClient(base_url=url["api"], timeout=10) as api:
                    a = await _team(api, "alpha", f"{origin}{A_PATH}", {"alpha-critical": critical}, WATCHED)
                    b = await _team(
                        api,
                        "bravo",
                        f"{origin}{B_PATH}",
                        {"bravo-critical": critical, "bravo-entity-list": {"tags": ["entity_list.*"]}},
                        ELSEWHERE,
                    )
                    # Both watchlist entries reached the classifier through the compacted topic.
                    await eventually(
                        lambda: scraped("classifier", 'classifier_list_entries{list="watchlist"}', 2),
                        "the classifier to load both watchlist entries",
                        seconds=30,
                    )

                    # Filing day: the rule shows up on Public Inspection with its PDF.
                    replay.public_inspection = [_listing(base)]

                    async def filing_alerts() -> bool:
                        return {r.path for r in sink.received} == {A_PATH, B_PATH}

                    try:
                        await eventually(filing_alerts, "the filing's alerts to A and B", seconds=45)
                    except AssertionError:
                        raise AssertionError(
                            f"Slack got {[r.path for r in sink.received]}\n" + "\n".join(map(tail, logs))
                        ) from None
                    after_filing = list(sink.received)

                    # The next day: published, with its full-text XML; Public Inspection moves on.
                    replay.public_inspection = []
                    replay.documents = {"count": 1, "results": [_published(base)]}
                    await eventually(
                        lambda: scraped("notifier", 'notifier_intake_messages_total{result="recorded"}', 2),
                        "the notifier to take in the published version",
                        seconds=30,
                    )
                    await asyncio.sleep(2)  # would anything more still arrive?
                    received = list(sink.received)
                    b_alerts = (await api.get("/v1/alerts", headers=b)).json()
                    b_events = await api.get("/v1/events", headers=b)
                    b_filing = await api.get(f"/v1/events/public_inspection:{NUMBER}", headers=b)
                    b_published = await api.get(f"/v1/events/federal_register:{NUMBER}", headers=b)
                    a_alerts = (await api.get("/v1/alerts", headers=a)).json()
            for name, proc in procs.items():
                logged = "\n".join(map(tail, logs))
                assert proc.poll() is None, f"{name} exited with {proc.returncode}\n{logged}"
        classified = [
            DocumentClassified.model_validate_json(r.value or b"")
            for r in await read_topic(kafka_bootstrap, topics[CLASSIFIED])
        ]
    finally:
        await sink_runner.cleanup()
        await replay_runner.cleanup()

    # The watcher fetched the PDF once (the filing) and the XML once (the publication), and the classifier
    # read the rule's 13 parties from each: the printed columns and the GPO table agree.
    assert replay.hits["full_text"] == 2, replay.hits
    # (Several partitions: the topic's order is not the filing's.)
    classified.sort(key=lambda e: e.document.stage is Stage.PUBLISHED)
    assert [(e.event_id, e.document.stage) for e in classified] == [
        (f"public_inspection:{NUMBER}", Stage.PUBLIC_INSPECTION),
        (f"federal_register:{NUMBER}", Stage.PUBLISHED),
    ]
    for event in classified:
        assert event.document.body is not None
        assert "entity_list.addition" in event.tag_ids, event.tag_ids
        assert event.parties is not None
        assert sorted(p.name for p in event.parties) == sorted(p["name"] for p in PARTIES)
        watched = [m for m in event.entities if m.team_id is not None]
        assert [m.canonical_name for m in watched] == [WATCHED], watched
        assert event.severity.value == "high"  # the base: no watchlist raises it for everyone
    assert "BILLING CODE 3510-33-P" in (classified[0].document.body or "")

    # Slack: everything arrived on the filing day; the published version added nothing.
    assert received == after_filing
    to_a = [r for r in received if r.path == A_PATH]
    to_b = [r for r in received if r.path == B_PATH]
    assert len(to_a) == 1, [_body(r) for r in to_a]
    assert "CRITICAL" in _body(to_a[0])
    assert WATCHED in _body(to_a[0])
    assert PARTY in _body(to_a[0])  # the party as the rule lists it, beside A's own spelling
    assert f"public_inspection:{NUMBER}" in _body(to_a[0])
    assert len(to_b) == 1, [_body(r) for r in to_b]
    assert "CRITICAL" not in _body(to_b[0])
    assert "HIGH" in _body(to_b[0])
    assert f"public_inspection:{NUMBER}" in _body(to_b[0])
    assert [(x["subscription_name"], x["status"]) for x in a_alerts] == [("alpha-critical", "sent")]
    assert [(x["subscription_name"], x["status"]) for x in b_alerts] == [("bravo-entity-list", "sent")]

    # Nothing B receives or reads names A's entry, nor the party as A's watched match.
    assert b_filing.status_code == 200, b_filing.text
    assert b_published.status_code == 200, b_published.text
    for response in (b_filing, b_published):
        assert response.json()["severity"] == "high"
        assert all(m["team_id"] is None for m in response.json()["entities"])
    for text in (_body(to_b[0]), b_events.text, b_filing.text, b_published.text, json.dumps(b_alerts)):
        assert WATCHED not in text
        assert "Tecnology" not in text
