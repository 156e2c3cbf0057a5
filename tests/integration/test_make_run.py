"""`make run REPLAY=1`'s script: an alert for a recorded document appears, and Ctrl-C stops everything."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from devkit.broker import CACHE, Broker, free_port, running_pid
from tests.conftest import ROOT

pytestmark = pytest.mark.integration


def test_replay_run_prints_an_entity_list_alert_and_stops_everything(tmp_path: Path) -> None:
    port = free_port()
    uv = shutil.which("uv") or "python3 -m uv"
    env = os.environ | {
        "KAFKA_PORT": str(port),
        "UV": uv,
        "REPLAY": "1",
        "PYTHONUNBUFFERED": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'run.db'}",
        "API_PORT": str(free_port()),
        "REPLAY_PORT": str(free_port()),
        "CLASSIFIER_WEB_PORT": str(free_port()),
        "MONITOR_PORT": str(free_port()),
    }
    env.pop("KAFKA_BOOTSTRAP_SERVERS", None)
    log = tmp_path / "run.log"
    broker = Broker.at(port)
    with log.open("wb") as out:
        proc = subprocess.Popen(
            ["bash", "deploy/local/run.sh"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            deadline = time.monotonic() + 180
            while "ALERT [HIGH] Addition of Certain Entities to the Entity List" not in log.read_text(
                errors="replace"
            ):
                assert proc.poll() is None, log.read_text()[-3000:]
                assert time.monotonic() < deadline, log.read_text()[-3000:]
                time.sleep(1)
            assert running_pid(broker) is not None
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in the terminal sends
            proc.wait(timeout=90)
        finally:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGKILL)
    text = log.read_text(errors="replace")
    assert "Kafka stopped" in text
    assert running_pid(broker) is None
    assert "Traceback" not in text.split("SIGINT received")[0]
    shutil.rmtree(CACHE / f"broker-{port}", ignore_errors=True)
