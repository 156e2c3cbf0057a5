"""The local broker recipe's pure parts."""

from __future__ import annotations

import base64
import logging
import uuid
from pathlib import Path

import pytest

from devkit import broker


def test_cluster_ids_never_start_with_a_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    # A UUID whose base64url form starts with "-" once made `kafka-storage format -t <id>` fail.
    dashed = uuid.UUID(bytes=b"\xf8" + bytes(15))
    plain = uuid.UUID(bytes=b"\x00" * 16)
    assert base64.urlsafe_b64encode(dashed.bytes).decode().startswith("-")
    draws = iter([dashed, dashed, plain])
    monkeypatch.setattr(uuid, "uuid4", lambda: next(draws))
    cluster_id = broker._cluster_id()
    assert cluster_id == base64.urlsafe_b64encode(plain.bytes).decode().rstrip("=")
    assert len(cluster_id) == 22


def test_waiting_for_a_broker_quiets_aiokafka_only_while_it_waits(tmp_path: Path) -> None:
    aiokafka_log = logging.getLogger("aiokafka")
    aiokafka_log.setLevel(logging.WARNING)
    nobody = broker.Broker.at(broker.free_port(), home=tmp_path)  # nothing listens there
    with pytest.raises(broker.BrokerError, match="did not answer"):
        broker.wait_ready(nobody, timeout=0)
    assert aiokafka_log.level == logging.WARNING
