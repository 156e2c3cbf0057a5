"""Start, stop and provision a local single-node KRaft Kafka broker from Maven Central jars."""

from __future__ import annotations

import argparse
import asyncio
import base64
import contextlib
import hashlib
import logging
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError
from pydantic import ValidationError

from devkit.acls import ADMIN_USER, AclError, create_acls, grants
from schemas.kafka_security import KafkaSecurity
from schemas.topics import CLASSIFIED, DEADLETTER, DOCUMENTS, SCREENING_LIST, TOPICS, WATCHLIST, TopicSpec

ROOT = Path(__file__).resolve().parents[3]
RECIPE = ROOT / "deploy" / "kafka"
CACHE = Path(os.environ.get("EXPORTWATCH_CACHE", ROOT / ".cache")) / "kafka"


class BrokerError(RuntimeError):
    """A broker problem with a one-line explanation of what to do."""


@dataclass(frozen=True)
class Scram:
    """SASL/SCRAM-SHA-512 on the client listener and the standard authorizer; users exist from format time."""

    admin_password: str
    users: tuple[tuple[str, str], ...] = ()
    admin: str = ADMIN_USER

    @classmethod
    def generate(cls, users: Iterable[str]) -> Scram:
        """Random passwords for the admin and each user (alphanumeric: the storage tool splits on , and =)."""
        return cls(secrets.token_hex(16), tuple((user, secrets.token_hex(16)) for user in users))

    def password(self, user: str) -> str:
        """The password of the admin or of one user."""
        return self.admin_password if user == self.admin else dict(self.users)[user]

    def client_kwargs(self, user: str | None = None, password: str | None = None) -> dict[str, Any]:
        """aiokafka keyword arguments that log in as a user (the admin unless given)."""
        user = user or self.admin
        return {
            "security_protocol": "SASL_PLAINTEXT",
            "sasl_mechanism": "SCRAM-SHA-512",
            "sasl_plain_username": user,
            "sasl_plain_password": self.password(user) if password is None else password,
        }

    def format_args(self) -> list[str]:
        """StorageTool format arguments that write every credential into the bootstrap metadata."""
        args: list[str] = []
        for user, password in ((self.admin, self.admin_password), *self.users):
            args += ["--add-scram", f"SCRAM-SHA-512=[name={user},password={password}]"]
        return args


@dataclass(frozen=True)
class Broker:
    """Where one local broker lives: its ports and its directory in the cache."""

    port: int
    controller_port: int
    home: Path
    # None: the PLAINTEXT broker without authorisation that every other test uses.
    scram: Scram | None = None

    @classmethod
    def at(
        cls,
        port: int,
        controller_port: int | None = None,
        home: Path | None = None,
        scram: Scram | None = None,
    ) -> Broker:
        """The broker for a client port (controller on port+1 unless given)."""
        return cls(port, controller_port or port + 1, home or CACHE / f"broker-{port}", scram)

    def client_kwargs(self) -> dict[str, Any]:
        """aiokafka keyword arguments for an administrative client of this broker."""
        return {} if self.scram is None else self.scram.client_kwargs()

    @property
    def bootstrap(self) -> str:
        """Client bootstrap address."""
        return f"127.0.0.1:{self.port}"

    @property
    def pid_file(self) -> Path:
        """File recording the running broker's pid."""
        return self.home / "broker.pid"

    @property
    def log_file(self) -> Path:
        """The broker's combined stdout/stderr log."""
        return self.home / "broker.log"

    def properties(self) -> str:
        """server.properties for a combined broker+controller node."""
        template = (RECIPE / "server.properties.template").read_text()
        text = template.format(
            port=self.port, controller_port=self.controller_port, data_dir=self.home / "data"
        )
        if self.scram is not None:
            text += "\n" + (RECIPE / "server-scram.properties.template").read_text().format(
                port=self.port,
                controller_port=self.controller_port,
                admin=self.scram.admin,
                admin_password=self.scram.admin_password,
            )
        return text


def classpath() -> Path:
    """Directory of broker jars, fetched once with Maven (re-fetched when the pom changes)."""
    pom = RECIPE / "pom.xml"
    stamp = hashlib.sha256(pom.read_bytes()).hexdigest()[:16]
    libs = CACHE / f"libs-{stamp}"
    if (libs / ".complete").exists():
        return libs
    if shutil.which("mvn") is None:
        raise BrokerError("Maven (mvn) is not installed: install it (apt-get install maven) and retry")
    tmp = libs.with_suffix(".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"fetching Kafka jars with Maven into {libs} (once)", file=sys.stderr)
    result = subprocess.run(  # noqa: S603 - fixed argv
        [  # noqa: S607 - mvn from PATH, checked above
            "mvn",
            "-q",
            "-B",
            "-f",
            str(pom),
            "dependency:copy-dependencies",
            "-DincludeScope=runtime",
            f"-DoutputDirectory={tmp}",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).splitlines()[-15:])
        raise BrokerError(f"Maven could not fetch the Kafka jars (is Maven Central reachable?):\n{tail}")
    (tmp / ".complete").touch()
    shutil.rmtree(libs, ignore_errors=True)
    tmp.rename(libs)
    return libs


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        raise BrokerError("Java is not installed: install Java 17+ (apt-get install openjdk-17-jre-headless)")
    return java


def port_is_free(port: int) -> bool:
    """Whether nothing listens on 127.0.0.1:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """An unused TCP port on 127.0.0.1 whose successor is free too (for the controller)."""
    for _ in range(50):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        if port < 65535 and port_is_free(port + 1):
            return port
    raise BrokerError("could not find two adjacent free ports")


def running_pid(broker: Broker) -> int | None:
    """The recorded pid if that process is still alive."""
    try:
        pid = int(broker.pid_file.read_text().strip())
    except (OSError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    return pid


async def _list_topics(bootstrap: str, client_kwargs: Mapping[str, Any] | None = None) -> set[str]:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=5000, **(client_kwargs or {}))
    await admin.start()
    try:
        return set(await admin.list_topics())
    finally:
        await admin.close()


def wait_ready(broker: Broker, timeout: float, pid: int | None = None) -> float:
    """Block until a client can list topics; return seconds waited."""
    started = time.monotonic()
    # aiokafka logs every refused connection; while the broker boots those are expected. Only then.
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)
    try:
        while True:
            try:
                asyncio.run(_list_topics(broker.bootstrap, broker.client_kwargs()))
                return time.monotonic() - started
            except (KafkaError, OSError):
                pass
            if pid is not None and running_pid(broker) is None:
                raise BrokerError(
                    f"the broker exited during start-up; last log lines:\n{tail(broker.log_file)}"
                )
            if time.monotonic() - started > timeout:
                last = tail(broker.log_file)
                raise BrokerError(f"the broker did not answer within {timeout:.0f}s; last log lines:\n{last}")
            time.sleep(0.5)
    finally:
        quiet.setLevel(level)


def tail(path: Path, lines: int = 30) -> str:
    """The last lines of a file, or a note that it does not exist."""
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return f"({path} does not exist)"


def up(broker: Broker, timeout: float = 120.0) -> float:
    """Start the broker (formatting storage on first use); return seconds until it answered."""
    if (pid := running_pid(broker)) is not None:
        wait_ready(broker, timeout)
        print(f"Kafka already running on {broker.bootstrap} (pid {pid})", file=sys.stderr)
        return 0.0
    java = _java()
    libs = classpath()
    for port in (broker.port, broker.controller_port):
        if not port_is_free(port):
            raise BrokerError(
                f"port {port} on 127.0.0.1 is already in use: stop what listens there or set KAFKA_PORT"
            )
    broker.home.mkdir(parents=True, exist_ok=True)
    props = broker.home / "server.properties"
    props.write_text(broker.properties())
    cp = f"{libs}/*"
    started = time.monotonic()
    if not (broker.home / "data" / "meta.properties").exists():
        fmt = subprocess.run(  # noqa: S603 - fixed argv
            [
                java,
                "-cp",
                cp,
                "kafka.tools.StorageTool",
                "format",
                "-t",
                _cluster_id(),
                "-c",
                str(props),
                *(broker.scram.format_args() if broker.scram else []),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if fmt.returncode != 0:
            output = fmt.stdout[-2000:] + fmt.stderr[-2000:]
            for password in broker.scram.format_args()[1::2] if broker.scram else []:
                output = output.replace(password, "[credential]")
            raise BrokerError(f"formatting Kafka storage failed:\n{output}")
    heap = os.environ.get("KAFKA_HEAP", "512m")
    with broker.log_file.open("ab") as log:
        proc = subprocess.Popen(  # noqa: S603 - fixed argv
            [
                java,
                f"-Xmx{heap}",
                "-Xms128m",
                "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-cp",
                cp,
                "kafka.Kafka",
                str(props),
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    broker.pid_file.write_text(str(proc.pid))
    try:
        wait_ready(broker, timeout - (time.monotonic() - started), pid=proc.pid)
    except BrokerError:
        down(broker)
        raise
    return time.monotonic() - started


def _cluster_id() -> str:
    # Kafka wants a base64url 16-byte UUID; making it here saves a JVM start (StorageTool random-uuid).
    # One in 64 starts with "-", which the storage tool's parser reads as an option ("--cluster-id:
    # expected one argument"); Kafka's own Uuid.randomUuid() redraws those too.
    while (cluster_id := base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")).startswith("-"):
        pass
    return cluster_id


def down(broker: Broker, grace: float = 30.0) -> bool:
    """Stop exactly the recorded broker process; return whether one was running."""
    pid = running_pid(broker)
    if pid is None:
        broker.pid_file.unlink(missing_ok=True)
        return False
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.2)
    else:
        os.kill(pid, signal.SIGKILL)
    broker.pid_file.unlink(missing_ok=True)
    return True


async def ensure_topics(
    bootstrap: str, specs: Iterable[TopicSpec], client_kwargs: Mapping[str, Any] | None = None
) -> list[str]:
    """Create the topics that do not exist yet; return the names created."""
    admin = AIOKafkaAdminClient(
        bootstrap_servers=bootstrap, request_timeout_ms=15000, **(client_kwargs or {})
    )
    await admin.start()
    created = []
    try:
        existing = set(await admin.list_topics())
        for spec in specs:
            if spec.name in existing:
                continue
            new = NewTopic(spec.name, spec.partitions, 1, topic_configs=spec.configs())
            try:
                await admin.create_topics([new])
                created.append(spec.name)
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()
    return created


def kafka_env(bootstrap: str, topics: Mapping[str, str]) -> dict[str, str]:
    """The variables that point our services at bootstrap and at a run's own names for each topic."""
    return {
        "KAFKA_BOOTSTRAP_SERVERS": bootstrap,
        "TOPIC_DOCUMENTS": topics[DOCUMENTS],
        "TOPIC_CLASSIFIED": topics[CLASSIFIED],
        "TOPIC_DEADLETTER": topics[DEADLETTER],
        "TOPIC_SCREENING_LIST": topics[SCREENING_LIST],
        "TOPIC_WATCHLIST": topics[WATCHLIST],
    }


def main(argv: list[str] | None = None) -> int:
    """Command line: up, down, topics."""
    parser = argparse.ArgumentParser(prog="python -m devkit.broker", description=__doc__)
    parser.add_argument("command", choices=["up", "down", "topics", "status"])
    parser.add_argument("--port", type=int, default=int(os.environ.get("KAFKA_PORT", "9092")))
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--home", type=Path, default=None, help="broker directory (default: in the cache)")
    parser.add_argument(
        "--acls",
        action="store_true",
        help="topics: also create every service's ACLs (log in with KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_*)",
    )
    args = parser.parse_args(argv)
    broker = Broker.at(args.port, home=args.home)
    try:
        if args.command == "up":
            seconds = up(broker, args.timeout)
            print(
                f"Kafka ready on {broker.bootstrap} in {seconds:.1f}s (pid {running_pid(broker)}, "
                f"log {broker.log_file})"
            )
        elif args.command == "down":
            print("Kafka stopped" if down(broker) else f"no Kafka recorded on port {broker.port}")
        elif args.command == "status":
            pid = running_pid(broker)
            print(f"Kafka on {broker.bootstrap}: " + (f"running (pid {pid})" if pid else "not running"))
            return 0 if pid else 1
        else:
            bootstrap = os.environ.get("KAFKA_BOOTSTRAP_SERVERS", broker.bootstrap)
            login = KafkaSecurity.from_environ(os.environ).kafka_client_kwargs()
            created = asyncio.run(ensure_topics(bootstrap, TOPICS, login))
            print(f"topics ready on {bootstrap}" + (f" (created {', '.join(created)})" if created else ""))
            if args.acls:
                count = asyncio.run(create_acls(bootstrap, grants(), login))
                print(f"ACLs ready on {bootstrap} ({count} entries)")
    except (BrokerError, AclError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ValidationError as exc:
        print(f"error: bad Kafka security setting: {exc.errors()[0]['msg']}", file=sys.stderr)
        return 2
    except KafkaError as exc:
        print(
            f"error: Kafka did not answer ({type(exc).__name__}: {exc}); is it running? try make kafka-up",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
