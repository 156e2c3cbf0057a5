"""The Kafka principals and ACLs of exportwatch: one user per service, only the operations it needs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.protocol.admin import CreateAclsRequest

from schemas import topics

Resource = Literal["topic", "group", "cluster"]
Pattern = Literal["literal", "prefixed"]
Operation = Literal["Read", "Write", "Create", "Describe", "DescribeConfigs"]

# SASL user names, also the KafkaUser names in deploy/k8s/kafka-users and the users compose formats into
# the broker's metadata.
USERS: dict[str, str] = {
    "watcher": "exportwatch-watcher",
    "classifier": "exportwatch-classifier",
    "notifier": "exportwatch-notifier",
    "api": "exportwatch-api",
    "monitor": "exportwatch-monitor",
}
# The super user that creates topics and ACLs (compose's one-shot `topics` job); no service runs as it.
ADMIN_USER = "exportwatch-admin"

# Kafka's wire codes (org.apache.kafka.common.resource / acl): aiokafka ships the request, not the enums.
_RESOURCE_CODES = {"topic": 2, "group": 3, "cluster": 4}
_PATTERN_CODES = {"literal": 3, "prefixed": 4}
_OPERATION_CODES = {"Read": 3, "Write": 4, "Create": 5, "Describe": 8, "DescribeConfigs": 10}
_ALLOW = 3


class AclError(RuntimeError):
    """The broker refused to create an ACL."""


@dataclass(frozen=True, slots=True)
class Grant:
    """ALLOW for one user on one resource pattern, any host."""

    user: str
    resource: Resource
    name: str
    pattern: Pattern
    operations: tuple[Operation, ...]

    @property
    def principal(self) -> str:
        """The principal as the authorizer names it."""
        return f"User:{self.user}"


def grants(
    topic_names: Mapping[str, str] | None = None,
    *,
    classifier_app_id: str = "exportwatch-classifier",
    notifier_group: str = "exportwatch-notifier",
    group_prefix: str = "exportwatch",
) -> list[Grant]:
    """Every ACL exportwatch needs; topic_names maps the standard names to others (tests use unique ones)."""
    names = dict(topic_names or {})

    def topic(name: str) -> str:
        return names.get(name, name)

    def on_topics(user: str, ops: tuple[Operation, ...], *names_: str) -> list[Grant]:
        return [Grant(user, "topic", topic(n), "literal", ops) for n in names_]

    write: tuple[Operation, ...] = ("Write", "Describe")
    read: tuple[Operation, ...] = ("Read", "Describe")
    return [
        *on_topics(USERS["watcher"], write, topics.DOCUMENTS, topics.SCREENING_LIST, topics.DEADLETTER),
        *on_topics(USERS["classifier"], read, topics.DOCUMENTS, topics.SCREENING_LIST, topics.WATCHLIST),
        *on_topics(USERS["classifier"], write, topics.CLASSIFIED, topics.DEADLETTER),
        # faust names its group and any internal topic (changelogs, repartitions) after the app id.
        Grant(
            USERS["classifier"],
            "topic",
            classifier_app_id,
            "prefixed",
            ("Create", "Read", "Write", "Describe", "DescribeConfigs"),
        ),
        Grant(USERS["classifier"], "group", classifier_app_id, "prefixed", ("Read",)),
        *on_topics(USERS["notifier"], read, topics.CLASSIFIED),
        *on_topics(USERS["notifier"], write, topics.DEADLETTER),
        Grant(USERS["notifier"], "group", notifier_group, "literal", ("Read",)),
        *on_topics(USERS["api"], write, topics.WATCHLIST),
        # Lag in seconds needs the timestamp of the message at each committed offset, hence Read.
        Grant(USERS["monitor"], "topic", group_prefix, "prefixed", ("Read", "Describe")),
        Grant(USERS["monitor"], "group", group_prefix, "prefixed", ("Describe",)),
    ]


def _request(grant: Grant, operation: Operation) -> Any:
    return CreateAclsRequest(
        _RESOURCE_CODES[grant.resource],
        grant.name,
        _PATTERN_CODES[grant.pattern],
        grant.principal,
        "*",
        _OPERATION_CODES[operation],
        _ALLOW,
    )


async def create_acls(bootstrap: str, wanted: Iterable[Grant], client_kwargs: Mapping[str, Any]) -> int:
    """Create the ACLs (creating an existing one is a no-op for Kafka); return how many were sent."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000, **client_kwargs)
    await admin.start()
    sent = 0
    try:
        for grant in wanted:
            for operation in grant.operations:
                # aiokafka's admin client has no create_acls; its protocol layer has the request.
                response = await admin._send_request(_request(grant, operation))
                for error_code, message in response.creation_responses:
                    if error_code:
                        raise AclError(
                            f"{grant.principal} {operation} on {grant.resource} {grant.name}: "
                            f"error {error_code} {message or ''}".rstrip()
                        )
                sent += 1
    finally:
        await admin.close()
    return sent
