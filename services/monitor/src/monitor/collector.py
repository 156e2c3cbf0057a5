"""The Kafka edge: read groups, committed offsets, log bounds and oldest-message timestamps with aiokafka."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import structlog
from aiokafka import AIOKafkaConsumer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment
from aiokafka.errors import KafkaError

from monitor.observation import GroupSnapshot, Observation, PartitionOffsets

log = structlog.get_logger("monitor.collector")

TIMESTAMP_FETCH_SECONDS = 3.0
TIMESTAMP_CACHE_LIMIT = 20_000


class CollectError(Exception):
    """The broker could not be read at all this pass (the message names why, never a credential)."""


@dataclass(frozen=True, slots=True)
class _Described:
    state: str
    members: int
    owners: dict[tuple[str, int], str]


def prefix_filter(prefix: str, all_groups: bool) -> Callable[[str], bool]:
    """Which group ids the monitor watches: those starting with prefix, or every group."""
    return lambda group: all_groups or group.startswith(prefix)


class KafkaCollector:
    """Collects one Observation per call; reconnects from scratch after any broker failure."""

    def __init__(
        self,
        bootstrap: str,
        accepts: Callable[[str], bool],
        timeout_seconds: float = 15.0,
        client_kwargs: Mapping[str, Any] | None = None,
    ) -> None:
        self.bootstrap = bootstrap
        self.accepts = accepts
        self.timeout_seconds = timeout_seconds
        self.client_kwargs = dict(client_kwargs or {})
        self._admin: AIOKafkaAdminClient | None = None
        # The message at (topic, partition, offset) never changes: remember its timestamp across passes.
        self._timestamps: dict[tuple[str, int, int], float] = {}

    async def collect(self, now: float) -> Observation:
        """Read every watched group once; raise CollectError when the broker cannot be reached."""
        try:
            async with asyncio.timeout(self.timeout_seconds):
                return await self._collect(now)
        except (KafkaError, OSError, TimeoutError) as exc:
            await self.close()
            raise CollectError(_describe_error(exc)) from exc

    async def close(self) -> None:
        """Stop the admin client (the next collect starts a new one)."""
        admin, self._admin = self._admin, None
        if admin is not None:
            await _stop_quietly(admin)

    async def _admin_client(self) -> AIOKafkaAdminClient:
        if self._admin is None:
            admin = AIOKafkaAdminClient(
                bootstrap_servers=self.bootstrap,
                request_timeout_ms=int(self.timeout_seconds * 1000),
                **self.client_kwargs,
            )
            self._admin = admin
            await admin.start()
        return self._admin

    def _consumer(self) -> AIOKafkaConsumer:
        # A fresh consumer per pass: a long-lived one keeps refreshing metadata for the topics it once
        # touched, and with auto-creation on, that would bring a deleted topic back to life.
        return AIOKafkaConsumer(
            bootstrap_servers=self.bootstrap,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            request_timeout_ms=int(self.timeout_seconds * 1000),
            max_partition_fetch_bytes=64 * 1024,
            fetch_max_wait_ms=100,
            metadata_max_age_ms=3_600_000,
            **self.client_kwargs,
        )

    async def _collect(self, now: float) -> Observation:
        admin = await self._admin_client()
        listed = await admin.list_consumer_groups()
        names = sorted({str(row[0]) for row in listed if self.accepts(str(row[0]))})
        described = await self._describe(admin, names)
        committed: dict[str, dict[TopicPartition, int | None]] = {}
        errors: dict[str, str] = {}
        for name in names:
            try:
                offsets = await admin.list_consumer_group_offsets(name)
            except KafkaError as exc:
                errors[name] = f"cannot read committed offsets: {type(exc).__name__}"
                log.warning("group_offsets_failed", group=name, error=type(exc).__name__)
                continue
            committed[name] = {tp: (o.offset if o.offset >= 0 else None) for tp, o in offsets.items()}
        # Metadata for all topics (asking for named ones would auto-create a deleted topic).
        partitions = {
            str(t["topic"]): sorted(int(p["partition"]) for p in t["partitions"])
            for t in await admin.describe_topics()
            if not t["error_code"]
        }
        wanted = {tp.topic for offsets in committed.values() for tp in offsets} | {
            topic for d in described.values() for topic, _ in d.owners
        }
        all_tps = [TopicPartition(t, p) for t in sorted(wanted & partitions.keys()) for p in partitions[t]]
        # No consumer when there is nothing to read: aiokafka leaks a CancelledError when stopping a
        # consumer right after starting it.
        consumer = self._consumer() if all_tps else None
        try:
            ends: dict[TopicPartition, int] = {}
            starts: dict[TopicPartition, int] = {}
            if consumer is not None:
                await consumer.start()
                ends = await consumer.end_offsets(all_tps)
                starts = await consumer.beginning_offsets(all_tps)
            groups = []
            for name in names:
                if name in errors:
                    groups.append(GroupSnapshot(group=name, error=errors[name]))
                    continue
                info = described.get(name, _Described(state="", members=0, owners={}))
                rows = self._rows(committed[name], info, partitions, starts, ends)
                groups.append(GroupSnapshot(name, info.state, info.members, rows))
            if consumer is not None:
                groups = await self._with_timestamps(consumer, groups)
        finally:
            if consumer is not None:
                await _stop_quietly(consumer)
        return Observation(at=now, groups=tuple(groups))

    @staticmethod
    def _rows(
        committed: dict[TopicPartition, int | None],
        info: _Described,
        partitions: dict[str, list[int]],
        starts: dict[TopicPartition, int],
        ends: dict[TopicPartition, int],
    ) -> tuple[PartitionOffsets, ...]:
        topics = {tp.topic for tp in committed} | {topic for topic, _ in info.owners}
        rows = []
        for topic in sorted(topics):
            if topic not in partitions:
                known = sorted(tp.partition for tp in committed if tp.topic == topic)
                rows += [
                    PartitionOffsets(topic, p, committed.get(TopicPartition(topic, p)), 0, None)
                    for p in known or [0]
                ]
                continue
            for p in partitions[topic]:
                tp = TopicPartition(topic, p)
                rows.append(
                    PartitionOffsets(
                        topic,
                        p,
                        committed=committed.get(tp),
                        start=starts.get(tp, 0),
                        end=ends.get(tp),
                        owner=info.owners.get((topic, p)),
                    )
                )
        return tuple(rows)

    async def _describe(self, admin: AIOKafkaAdminClient, names: list[str]) -> dict[str, _Described]:
        result: dict[str, _Described] = {}
        # One group per request: aiokafka 0.14 mis-decodes a DescribeGroups response holding several
        # groups when one of them has an empty protocol type (offsets committed without joining).
        for name in names:
            for response in await admin.describe_consumer_groups([name]):
                for group in response.groups:
                    error_code, _, state, protocol_type, _protocol, members = group[:6]
                    if error_code:
                        log.warning("describe_group_failed", group=name, error_code=error_code)
                        continue
                    owners = _owners(members) if protocol_type == "consumer" else {}
                    result[name] = _Described(state=state, members=len(members), owners=owners)
        return result

    async def _with_timestamps(
        self, consumer: AIOKafkaConsumer, groups: list[GroupSnapshot]
    ) -> list[GroupSnapshot]:
        wanted = {
            (p.topic, p.partition, max(p.committed or 0, p.start))
            for g in groups
            for p in g.partitions
            if p.end is not None and max(p.committed or 0, p.start) < p.end
        }
        missing = [key for key in wanted if key not in self._timestamps]
        if missing:
            self._timestamps.update(await _first_timestamps(consumer, missing))
        if len(self._timestamps) > TIMESTAMP_CACHE_LIMIT:
            self._timestamps = {k: v for k, v in self._timestamps.items() if k in wanted}
        out = []
        for g in groups:
            rows = tuple(
                _replace_ts(p, self._timestamps.get((p.topic, p.partition, max(p.committed or 0, p.start))))
                for p in g.partitions
            )
            out.append(GroupSnapshot(g.group, g.state, g.members, rows, g.error))
        return out


def _describe_error(exc: BaseException) -> str:
    """Class name and message once (aiokafka's messages often start with the class name already)."""
    name, text = type(exc).__name__, str(exc)
    return text if text.startswith(name) else f"{name}: {text}" if text else name


async def _stop_quietly(client: AIOKafkaConsumer | AIOKafkaAdminClient) -> None:
    """Stop a client after a failure without letting its teardown end the monitor."""
    try:
        async with asyncio.timeout(5):
            await (client.stop() if isinstance(client, AIOKafkaConsumer) else client.close())
    except (KafkaError, OSError, TimeoutError) as exc:
        log.info("client_stop_failed", error=type(exc).__name__)
    except asyncio.CancelledError:
        # aiokafka's teardown can re-raise the cancellation of its own internal tasks (seen when the
        # broker vanished mid-pass); only a cancellation of this task may propagate.
        task = asyncio.current_task()
        if task is not None and task.cancelling():
            raise
        log.info("client_stop_failed", error="CancelledError")


def _replace_ts(p: PartitionOffsets, ts: float | None) -> PartitionOffsets:
    return PartitionOffsets(p.topic, p.partition, p.committed, p.start, p.end, ts, p.owner)


def _owners(members: Iterable[Any]) -> dict[tuple[str, int], str]:
    owners: dict[tuple[str, int], str] = {}
    for member in members:
        member_id, assignment = member[0], member[-1]
        if not assignment:
            continue
        try:
            decoded = ConsumerProtocolMemberAssignment.decode(assignment)
        except Exception:  # noqa: BLE001 - a foreign assignor's bytes: ownership is optional detail
            log.info("assignment_not_decodable", member=member_id)
            continue
        for topic, partitions in decoded.assignment:
            for p in partitions:
                owners[(topic, p)] = member_id
    return owners


async def _first_timestamps(
    consumer: AIOKafkaConsumer, keys: list[tuple[str, int, int]]
) -> dict[tuple[str, int, int], float]:
    """Timestamps (epoch seconds) of the first message at or after each offset, within a short budget."""
    positions = {TopicPartition(t, p): offset for t, p, offset in keys}
    consumer.assign(list(positions))
    for tp, offset in positions.items():
        consumer.seek(tp, offset)
    found: dict[tuple[str, int, int], float] = {}
    pending = set(positions)
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(TIMESTAMP_FETCH_SECONDS):
            while pending:
                batch = await consumer.getmany(*pending, timeout_ms=500, max_records=len(pending) * 4)
                for tp, records in batch.items():
                    if records and tp in pending and records[0].timestamp >= 0:
                        found[(tp.topic, tp.partition, positions[tp])] = records[0].timestamp / 1000
                        pending.discard(tp)
    return found
