"""Kafka with SASL/SCRAM-SHA-512 and the standard authorizer: each service's user can do only its own part."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import (
    ClusterAuthorizationFailedError,
    GroupAuthorizationFailedError,
    KafkaError,
    TopicAuthorizationFailedError,
)

from devkit.acls import USERS, create_acls, grants
from devkit.broker import Broker, Scram, down, ensure_topics, free_port, up
from schemas import topics
from schemas.kafka_security import KafkaSecurity

pytestmark = pytest.mark.integration

# Written independently of devkit.acls: who may produce to each topic.
WRITERS = {
    topics.DOCUMENTS: {"watcher"},
    topics.SCREENING_LIST: {"watcher"},
    topics.CLASSIFIED: {"classifier"},
    topics.WATCHLIST: {"api"},
    topics.DEADLETTER: {"watcher", "classifier", "notifier"},
}
# A user with Write on no topic at all is refused one step earlier: an idempotent producer id.
REFUSED = (TopicAuthorizationFailedError, ClusterAuthorizationFailedError)


@pytest.fixture(scope="module")
def secured(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Broker]:
    """One SCRAM + ACL broker for the module, with the standard topics and exportwatch's ACLs."""
    broker = Broker.at(
        free_port(), home=tmp_path_factory.mktemp("kafka-scram"), scram=Scram.generate(USERS.values())
    )
    up(broker)
    try:
        admin = broker.client_kwargs()
        asyncio.run(ensure_topics(broker.bootstrap, topics.TOPICS, admin))
        asyncio.run(create_acls(broker.bootstrap, grants(), admin))
        yield broker
    finally:
        down(broker)


def login(broker: Broker, service: str) -> dict[str, Any]:
    """The aiokafka kwargs a service builds from its environment, through the shared settings helper."""
    assert broker.scram is not None
    user = USERS[service]
    return KafkaSecurity.from_environ(
        {
            "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
            "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
            "KAFKA_SASL_USERNAME": user,
            "KAFKA_SASL_PASSWORD": broker.scram.password(user),
        }
    ).kafka_client_kwargs()


async def produce(bootstrap: str, topic: str, kwargs: dict[str, Any]) -> None:
    """One record through an idempotent producer, as the services send them."""
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, enable_idempotence=True, request_timeout_ms=10000, **kwargs
    )
    try:
        await producer.start()
        await producer.send_and_wait(topic, key=b"k", value=uuid.uuid4().hex.encode())
    finally:
        await producer.stop()


async def first_fetch(consumer: AIOKafkaConsumer) -> None:
    """Start a consumer and fetch once (either step may be the one the broker refuses)."""
    await consumer.start()
    await consumer.getmany(timeout_ms=5000)


async def test_notifier_cannot_write_classified_but_the_classifier_can(secured: Broker) -> None:
    with pytest.raises(TopicAuthorizationFailedError):
        await produce(secured.bootstrap, topics.CLASSIFIED, login(secured, "notifier"))
    await produce(secured.bootstrap, topics.CLASSIFIED, login(secured, "classifier"))

    # ... and the notifier reads it in its own group, which is what it is there for.
    consumer = AIOKafkaConsumer(
        topics.CLASSIFIED,
        bootstrap_servers=secured.bootstrap,
        group_id="exportwatch-notifier",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **login(secured, "notifier"),
    )
    await consumer.start()
    try:
        batch = await consumer.getmany(timeout_ms=10000)
        assert sum(len(records) for records in batch.values()) >= 1
        await consumer.commit()
    finally:
        await consumer.stop()


@pytest.mark.parametrize("topic", sorted(WRITERS))
async def test_only_the_owning_services_write_each_topic(secured: Broker, topic: str) -> None:
    for service in USERS:
        if service in WRITERS[topic]:
            await produce(secured.bootstrap, topic, login(secured, service))
        else:
            with pytest.raises(REFUSED):
                await produce(secured.bootstrap, topic, login(secured, service))


async def test_a_service_cannot_read_outside_its_topics_or_use_another_group(secured: Broker) -> None:
    # The API may only publish the watchlist: reading alerts is refused.
    api = AIOKafkaConsumer(
        topics.CLASSIFIED,
        bootstrap_servers=secured.bootstrap,
        group_id=None,
        auto_offset_reset="earliest",
        **login(secured, "api"),
    )
    try:
        with pytest.raises(TopicAuthorizationFailedError):
            await first_fetch(api)
    finally:
        await api.stop()
    # The watcher cannot join (and so cannot move the offsets of) the notifier's group.
    watcher = AIOKafkaConsumer(
        topics.DOCUMENTS,
        bootstrap_servers=secured.bootstrap,
        group_id="exportwatch-notifier",
        **login(secured, "watcher"),
    )
    try:
        with pytest.raises(GroupAuthorizationFailedError):
            await first_fetch(watcher)
    finally:
        await watcher.stop()


async def test_monitor_describes_groups_and_offsets(secured: Broker) -> None:
    await produce(secured.bootstrap, topics.CLASSIFIED, login(secured, "classifier"))
    notifier = AIOKafkaConsumer(
        topics.CLASSIFIED,
        bootstrap_servers=secured.bootstrap,
        group_id="exportwatch-notifier",
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **login(secured, "notifier"),
    )
    await notifier.start()
    try:
        await notifier.getmany(timeout_ms=10000)
        await notifier.commit()
    finally:
        await notifier.stop()
    admin = AIOKafkaAdminClient(bootstrap_servers=secured.bootstrap, **login(secured, "monitor"))
    await admin.start()
    try:
        groups = {str(row[0]) for row in await admin.list_consumer_groups()}
        assert "exportwatch-notifier" in groups
        offsets = await admin.list_consumer_group_offsets("exportwatch-notifier")
        assert any(tp.topic == topics.CLASSIFIED and meta.offset > 0 for tp, meta in offsets.items())
    finally:
        await admin.close()
    with pytest.raises(REFUSED):
        await produce(secured.bootstrap, topics.DOCUMENTS, login(secured, "monitor"))


@pytest.mark.parametrize("how", ["no credentials", "wrong password"])
async def test_unauthenticated_clients_are_refused(secured: Broker, how: str) -> None:
    kwargs: dict[str, Any] = {}
    if how == "wrong password":
        assert secured.scram is not None
        kwargs = secured.scram.client_kwargs(USERS["classifier"], password="not-the-password")
    producer = AIOKafkaProducer(bootstrap_servers=secured.bootstrap, request_timeout_ms=5000, **kwargs)
    with pytest.raises(KafkaError):
        await asyncio.wait_for(producer.start(), 20)
    await producer.stop()


def test_the_broker_runs_with_the_standard_authorizer(secured: Broker) -> None:
    properties = Path(secured.home / "server.properties").read_text()
    assert "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer" in properties
    assert "allow.everyone.if.no.acl.found=false" in properties
