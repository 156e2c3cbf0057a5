"""Bad environments stop start-up with one clear line, not a stack trace."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from devkit.broker import free_port
from tests.integration.processes import script

pytestmark = pytest.mark.integration


def _run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, env=os.environ | env, capture_output=True, text=True, timeout=120, check=False
    )


def test_occupied_port_is_named(tmp_path: Path) -> None:
    port = free_port()
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", port))
        blocker.listen()
        result = _run(
            [sys.executable, "-m", "devkit.broker", "up", "--port", str(port), "--home", str(tmp_path)]
        )
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_java_is_named(tmp_path: Path) -> None:
    result = _run(
        [sys.executable, "-m", "devkit.broker", "up", "--port", str(free_port()), "--home", str(tmp_path)],
        PATH=str(Path(sys.executable).parent),
    )
    assert result.returncode == 1
    assert "Java is not installed" in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_database_is_named() -> None:
    result = _run(
        [script("exportwatch-notifier"), "migrate"],
        DATABASE_URL="postgresql://exportwatch:hunter2@127.0.0.1:1/exportwatch",
    )
    assert result.returncode == 1
    assert result.stderr.startswith("error: cannot connect to DATABASE_URL postgresql://exportwatch:***@")
    assert "hunter2" not in result.stderr
    assert "Traceback" not in result.stderr


def test_unreachable_broker_is_named() -> None:
    result = _run([script("exportwatch-watcher"), "once"], KAFKA_BOOTSTRAP_SERVERS=f"127.0.0.1:{free_port()}")
    assert result.returncode == 1
    assert "cannot reach Kafka" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_setting_is_named() -> None:
    result = _run([script("exportwatch-watcher"), "once"], WATCHER_POLL_SECONDS="soon")
    assert result.returncode == 2
    assert "WATCHER_POLL_SECONDS" in result.stderr
