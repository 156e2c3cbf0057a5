"""Shared fixtures: a real Kafka broker, unique topics per test, SQLite and PostgreSQL databases."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from devkit.broker import Broker, down, ensure_topics, free_port
from notifier.crypto import SETTING as SECRET_KEYS_SETTING
from notifier.crypto import generate_key
from notifier.db import migrate
from schemas.topics import TOPICS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
# Channel secrets are stored encrypted and there is no built-in key: the test process and every service it
# starts share one throwaway key (unless the environment names one).
os.environ.setdefault(SECRET_KEYS_SETTING, generate_key())


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Give each test a node id of its own: schemathesis names its generated tests apart only in `name`.

    pytest-xdist's file-by-file scheduling keys tests by node id and would run one of each shared id."""
    seen = Counter(item.nodeid for item in items)
    for item in items:
        if seen[item.nodeid] > 1 and item.parent is not None:
            # pytest offers no setter: `nodeid` reads `_id` (pytest is pinned in pyproject.toml).
            item._id = item.parent.id.child(item.name)


@pytest.fixture(scope="session")
def kafka_bootstrap(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """KAFKA_BOOTSTRAP_SERVERS when set; otherwise a broker started through devkit.broker on a free port."""
    if bootstrap := os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        yield bootstrap
        return
    port = free_port()
    broker = Broker.at(port, home=tmp_path_factory.mktemp("kafka"))
    result = subprocess.run(
        [sys.executable, "-m", "devkit.broker", "up", "--port", str(port), "--home", str(broker.home)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.fail(f"could not start Kafka: {result.stderr.strip()}")
    try:
        yield broker.bootstrap
    finally:
        down(broker)


@pytest.fixture
def topics(kafka_bootstrap: str) -> dict[str, str]:
    """Fresh, unique names for every exportwatch topic (created on the broker) so tests cannot interfere."""
    suffix = uuid.uuid4().hex[:10]
    specs = [spec.renamed(f"{spec.name}.t{suffix}") for spec in TOPICS]
    asyncio.run(ensure_topics(kafka_bootstrap, specs))
    return {original.name: spec.name for original, spec in zip(TOPICS, specs, strict=True)}


def _postgres_database() -> Iterator[str]:
    admin_url = os.environ.get("DATABASE_URL", "")
    if not admin_url.startswith("postgres"):
        if os.environ.get("CI"):
            pytest.fail("CI must export DATABASE_URL pointing at PostgreSQL (.ci/run does)")
        pytest.skip("PostgreSQL variant needs DATABASE_URL=postgresql://... (CI always sets it)")
    name = f"ew_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(
        make_url(admin_url).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT"
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: SQLite in a temp dir, and a throwaway PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'exportwatch.db'}"
        migrate(url)
        yield url
    else:
        for url in _postgres_database():
            migrate(url)
            yield url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A migrated SQLite database (for tests where the backend does not matter)."""
    url = f"sqlite:///{tmp_path / 'exportwatch.db'}"
    migrate(url)
    return url
