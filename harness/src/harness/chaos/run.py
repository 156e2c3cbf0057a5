"""The chaos run: set everything up, serve waves, kill on schedule, drain, compare, clean up."""

from __future__ import annotations

import asyncio
import base64
import os
import random
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

from devkit.broker import Broker, down, ensure_topics, free_port
from devkit.replay import start as start_replay
from devkit.slack_sink import SlackSink
from devkit.slack_sink import start as start_sink
from harness.chaos import database
from harness.chaos.documents import Templates, generate, recorded, wave_sizes
from harness.chaos.expected import Pair, Tally, expected_pairs, received_pairs, tally, wanted_by
from harness.chaos.plan import SUBSCRIPTIONS
from harness.chaos.schedule import BROKER, Action, RandomFaults, plan
from harness.chaos.services import Service, script, stop_all
from harness.chaos.waves import WaveServer
from schemas.topics import TOPICS

WATCHER, CLASSIFIER, NOTIFIER = "watcher", "classifier", "notifier"


@dataclass(frozen=True)
class Options:
    """The command line's choices."""

    seed: int = 1
    documents: int = 5000
    duration: float = 240.0
    kills: int = 3
    relevant_share: float = 0.05
    fault_rate: float = 0.1
    pace: float = 0.2
    waves: int = 12
    drain_timeout: float = 240.0
    database_url: str = ""
    keep: bool = False
    # The classifier's group session timeout (None: the setting's default, 15 s).
    classifier_session_timeout: float | None = None


@dataclass
class Clock:
    """Seconds since the run started, and progress lines stamped with them."""

    started: float = field(default_factory=time.monotonic)

    def now(self) -> float:
        """Seconds since start."""
        return time.monotonic() - self.started

    def say(self, message: str) -> None:
        """One progress line."""
        print(f"[{self.now():6.1f}s] {message}", flush=True)


async def broker_cli(command: str, broker: Broker) -> float:
    """`python -m devkit.broker up|down` for this broker as a child process; return seconds taken."""
    started = time.monotonic()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "devkit.broker",
        command,
        "--port",
        str(broker.port),
        "--home",
        str(broker.home),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await proc.communicate()
    if proc.returncode != 0:
        raise RuntimeError(f"broker {command} failed: {out.decode(errors='replace')[-2000:]}")
    return time.monotonic() - started


def secret_keys() -> str:
    """CHANNEL_SECRET_KEYS for this run: the environment's, else a throwaway Fernet key set for the process.

    The notifier stores channel secrets encrypted and has no built-in key; the seeding done in this process
    and the services started from it must use the same key.
    """
    if not os.environ.get("CHANNEL_SECRET_KEYS"):
        os.environ["CHANNEL_SECRET_KEYS"] = base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()
    return os.environ["CHANNEL_SECRET_KEYS"]


def service_env(
    opts: Options, bootstrap: str, db_url: str, replay_port: int, sink_origin: str, run_dir: Path
) -> dict[str, str]:
    """The environment every service shares (its own ports are added per service)."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "DATABASE_URL": db_url,
        "CHANNEL_SECRET_KEYS": secret_keys(),
        "FEDERAL_REGISTER_API_URL": f"http://127.0.0.1:{replay_port}/api/v1",
        "WATCHER_SOURCES": "federal_register",
        "WATCHER_AGENCIES": "industry-and-security-bureau",
        "WATCHER_CFR_PARTS": "",
        "WATCHER_POLL_SECONDS": "2",
        "WATCHER_REQUESTS_PER_SECOND": "20",
        # A poll failing while the broker restarts backs off; 30 s caps it within the run.
        "WATCHER_BACKOFF_MAX_SECONDS": "30",
        "CLASSIFIER_APP_ID": "exportwatch-chaos-classifier",
        "CLASSIFIER_DATA_DIR": str(run_dir / "classifier"),
        # The watcher runs without the screening-list source here: classify at once instead of waiting.
        "CLASSIFIER_SCREENING_WAIT_SECONDS": "0",
        "NOTIFIER_GROUP_ID": "exportwatch-chaos-notifier",
        "SLACK_ALLOWED_HOSTS": f'["{sink_origin}"]',
        # Slack's 1 message/s per channel is tested elsewhere; here it would only stretch the run.
        "NOTIFIER_SLACK_MIN_INTERVAL_SECONDS": str(opts.pace),
        # A killed sender's claims are taken over soon after the restart.
        "NOTIFIER_LEASE_SECONDS": "5",
        "NOTIFIER_RETRY_BASE_SECONDS": "0.5",
    } | (
        # A SIGKILLed classifier member holds its partitions this long.
        {"CLASSIFIER_SESSION_TIMEOUT_SECONDS": str(opts.classifier_session_timeout)}
        if opts.classifier_session_timeout
        else {}
    )


def make_services(env: dict[str, str], run_dir: Path) -> dict[str, Service]:
    """Watcher, classifier worker and notifier consumer, each with its own ports and log."""
    return {
        WATCHER: Service(
            WATCHER,
            [script("exportwatch-watcher"), "run"],
            env | {"WATCHER_METRICS_PORT": str(free_port())},
            run_dir / "watcher.log",
        ),
        CLASSIFIER: Service(
            CLASSIFIER,
            [script("exportwatch-classifier"), "worker", "-l", "info"],
            env | {"CLASSIFIER_WEB_PORT": str(free_port())},
            run_dir / "classifier.log",
        ),
        NOTIFIER: Service(
            NOTIFIER,
            [script("exportwatch-notifier"), "run"],
            env | {"NOTIFIER_METRICS_PORT": str(free_port())},
            run_dir / "notifier.log",
        ),
    }


@dataclass
class Chaos:
    """The moving parts of one run and what it observed."""

    opts: Options
    clock: Clock
    db: database.Throwaway
    broker: Broker
    services: dict[str, Service]
    replay: WaveServer
    sink: SlackSink
    faults: RandomFaults
    by_path: dict[str, str]
    expected: set[Pair]
    in_flight: set[tuple[str, int]] = field(default_factory=set)
    down: set[str] = field(default_factory=set)
    broker_restarts: int = 0

    def received(self) -> int:
        """Expected alerts that arrived at least once."""
        got = received_pairs(((r.path, r.payload) for r in self.sink.received), self.by_path)
        return sum(1 for pair in self.expected if got[pair])

    async def act(self, action: Action) -> None:
        """Carry out one scheduled action."""
        if action.target == BROKER:
            self.clock.say("broker: stopping (down) for a restart on the same port and data")
            took = await broker_cli("down", self.broker)
            self.clock.say(f"broker: down in {took:.1f}s; starting again")
            took = await broker_cli("up", self.broker)
            self.broker_restarts += 1
            self.clock.say(f"broker: up again in {took:.1f}s")
            return
        service = self.services[action.target]
        if action.kind == "kill":
            if service.name == NOTIFIER:
                await self.aim()
            service.kill()
            self.down.add(service.name)
            extra = ""
            if service.name == NOTIFIER:
                caught = await database.sending(self.db.url)
                self.in_flight |= caught
                extra = f" ({len(caught)} sends in flight)"
            self.clock.say(f"{service.name}: SIGKILL #{service.kills}{extra}")
        else:
            service.start()
            self.down.discard(service.name)
            self.clock.say(f"{service.name}: restarted (start #{service.starts})")

    async def aim(self, patience: float = 10.0) -> None:
        """Wait (a little) for a moment when the ledger shows sends in flight: the kill that matters most."""
        deadline = self.clock.now() + patience
        while self.clock.now() < deadline:
            if await database.sending(self.db.url):
                return
            await asyncio.sleep(0.05)

    def supervise(self) -> None:
        """Restart a service that died without being killed (as a process supervisor would), loudly."""
        for service in self.services.values():
            if service.name in self.down:
                continue
            code = service.exited_by_itself()
            if code is not None:
                self.clock.say(f"{service.name}: exited by itself with code {code}; restarting (see its log)")
                service.start()

    async def progress(self) -> None:
        """One line of where the run stands."""
        statuses = await database.ledger_statuses(self.db.url)
        self.clock.say(
            f"served={self.replay.served} slack_received={len(self.sink.received)} "
            f"expected_delivered={self.received()}/{len(self.expected)} ledger={statuses} "
            f"faults_injected={self.faults.injected}"
        )


async def _every(seconds: float, clock: Clock, last: list[float], job: Callable[[], Awaitable[None]]) -> None:
    if clock.now() - last[0] >= seconds:
        last[0] = clock.now()
        await job()


async def chaos_phase(chaos: Chaos, start: float, actions: list[Action], sizes: list[int]) -> None:
    """Serve waves and carry out the schedule for the run's duration, counted from start."""
    opts, clock = chaos.opts, chaos.clock
    wave_every = 0.6 * opts.duration / len(sizes)
    queue = list(actions)
    last = [clock.now()]
    wave = 0
    while clock.now() < start + opts.duration or queue:
        while wave < len(sizes) and clock.now() >= start + wave * wave_every:
            chaos.replay.released = sizes[wave]
            wave += 1
            clock.say(f"replay: wave {wave}/{len(sizes)}, {sizes[wave - 1]} documents served")
        while queue and clock.now() >= queue[0].at:
            await chaos.act(queue.pop(0))
        chaos.supervise()
        await _every(15, clock, last, chaos.progress)
        await asyncio.sleep(0.2)
    chaos.replay.released = sizes[-1]


async def drain(chaos: Chaos) -> bool:
    """Wait (bounded) until every expected alert arrived and the ledger has nothing open."""
    clock = chaos.clock
    deadline = clock.now() + chaos.opts.drain_timeout
    last = [clock.now()]
    clock.say("chaos over: every service running; draining")
    while clock.now() < deadline:
        chaos.supervise()
        if chaos.received() == len(chaos.expected):
            statuses = await database.ledger_statuses(chaos.db.url)
            if database.still_open(statuses) == 0:
                clock.say(f"drained: ledger={statuses}")
                return True
        await _every(15, clock, last, chaos.progress)
        await asyncio.sleep(0.5)
    clock.say("drain timed out")
    await chaos.progress()
    return False


def longest_gap(sink: SlackSink) -> float:
    """The longest time the Slack server waited for the next alert, from the first to the last one."""
    times = sorted(r.at for r in sink.received)
    return max((b - a for a, b in pairwise(times)), default=0.0)


async def run(opts: Options) -> int:
    """The whole run; returns the exit code. Everything started is stopped on every way out."""
    clock = Clock()
    rng = random.Random(opts.seed)  # noqa: S311 - reproducible runs, not secrecy
    run_dir = Path(tempfile.mkdtemp(prefix="exportwatch-chaos-"))
    clock.say(f"seed={opts.seed} run directory {run_dir} (logs of every process)")
    templates = Templates.split(recorded(), lambda r: bool(wanted_by(r, SUBSCRIPTIONS)))
    docs = generate(templates, opts.documents, opts.relevant_share, opts.seed)
    expected = expected_pairs(docs, SUBSCRIPTIONS)
    clock.say(
        f"{len(docs)} documents, {len(expected)} expected alerts over {len(SUBSCRIPTIONS)} subscriptions "
        f"(each its own Slack channel, pacing {opts.pace}s instead of 1s)"
    )
    db = database.Throwaway(opts.database_url, run_dir)
    broker = Broker.at(free_port(), home=run_dir / "kafka")
    services: dict[str, Service] = {}
    runners = []
    ok = False
    last_line = ""
    try:
        await asyncio.to_thread(db.create)
        clock.say(f"database: {db.backend} ({db.name if db.backend == 'postgresql' else db.url})")
        took = await broker_cli("up", broker)
        clock.say(f"broker: up on {broker.bootstrap} in {took:.1f}s")
        await ensure_topics(broker.bootstrap, TOPICS)
        faults = RandomFaults(random.Random(opts.seed + 1), opts.fault_rate)  # noqa: S311 - reproducible
        # Each answer takes a moment, so a SIGKILL can find sends that already reached Slack in flight.
        sink = SlackSink(latency=0.15, random_faults=faults)
        sink_runner, sink_port = await start_sink(sink)
        runners.append(sink_runner)
        replay = WaveServer.of(docs)
        replay_runner, replay_port = await start_replay(replay)
        runners.append(replay_runner)
        origin = f"http://127.0.0.1:{sink_port}"
        secret_keys()
        by_path = await database.seed(db.url, SUBSCRIPTIONS, origin)
        env = service_env(opts, broker.bootstrap, db.url, replay_port, origin, run_dir)
        services.update(make_services(env, run_dir))
        chaos = Chaos(opts, clock, db, broker, services, replay, sink, faults, by_path, expected)
        for service in services.values():
            service.start()
        clock.say("watcher, classifier and notifier started")
        actions = plan(rng, list(services), opts.kills, opts.duration)
        start = clock.now()
        actions = [Action(a.at + start, a.kind, a.target) for a in actions]
        await chaos_phase(chaos, start, actions, wave_sizes(len(docs), opts.waves))
        await drain(chaos)
        await asyncio.sleep(3)  # would a duplicate still arrive?
        got = received_pairs(((r.path, r.payload) for r in sink.received), by_path)
        result: Tally = tally(expected, got, len(chaos.in_flight), len(sink.early))
        clock.say(
            "kills: "
            + ", ".join(f"{s.name}={s.kills}" for s in services.values())
            + f", broker restarts={chaos.broker_restarts}, exited by themselves: "
            + (", ".join(f"{s.name}={s.crashes}" for s in services.values() if s.crashes) or "none")
            + f"; slack faults injected={faults.injected}; unexpected alerts={result.unexpected}"
        )
        for early in sink.early[:10]:
            ahead = early.held_until - early.at
            clock.say(f"early send to {early.channel}: {ahead:.2f}s before its Retry-After ended")
        clock.say(f"longest wait between two alerts while some were outstanding: {longest_gap(sink):.1f}s")
        ok = not result.failed()
        last_line = result.line()
        return 0 if ok else 1
    finally:
        # The blocking steps first: a second Ctrl-C during the awaits below cannot leave processes behind.
        stop_all(services.values())
        down(broker)
        db.drop()
        for runner in runners:
            await runner.cleanup()
        if ok and not opts.keep:
            shutil.rmtree(run_dir, ignore_errors=True)
        else:
            clock.say(f"logs kept in {run_dir}")
        if last_line:
            print(last_line, flush=True)  # the very last line, after the clean-up's own lines
