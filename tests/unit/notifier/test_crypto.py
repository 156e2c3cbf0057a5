"""CHANNEL_SECRET_KEYS: key parsing, rotation, the migration that encrypts existing rows, start-up errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from cryptography.fernet import Fernet
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from notifier import crypto
from notifier.__main__ import app as cli
from notifier.db import alembic_config, sync_url

WEBHOOK = "https://hooks.slack.com/services/T0001/B0001/SECRETmigratedPART123456"
CONFIG = {"url": WEBHOOK}
MIGRATION = "0006"


@pytest.fixture
def keyring_swap() -> Iterator[None]:
    """Tests here install their own keys; the session's keyring comes back afterwards."""
    before = crypto.installed()
    yield
    crypto.install(before)


def raw_configs(database_url: str) -> list[object]:
    """channels.config as stored (no model in between)."""
    engine = create_engine(sync_url(database_url))
    try:
        with engine.connect() as conn:
            values = [row[0] for row in conn.execute(text("select config from channels order by id"))]
    finally:
        engine.dispose()
    return [json.loads(v) if isinstance(v, str) else v for v in values]


def test_the_first_key_encrypts_and_every_key_decrypts() -> None:
    old, new = crypto.generate_key(), crypto.generate_key()
    sealed_by_old = crypto.Keyring.parse(old).seal(CONFIG)
    both = crypto.Keyring.parse(f"{new}, {old}")
    assert both.open(sealed_by_old) == CONFIG
    assert not both.is_current(sealed_by_old)
    resealed = both.reseal(sealed_by_old)
    assert both.is_current(resealed)
    assert crypto.Keyring.parse(new).open(resealed) == CONFIG
    assert WEBHOOK not in json.dumps(resealed)


def test_a_removed_key_is_a_clear_error_without_the_secret() -> None:
    sealed = crypto.Keyring.parse(crypto.generate_key()).seal(CONFIG)
    with pytest.raises(crypto.SecretKeyError, match="CHANNEL_SECRET_KEYS") as caught:
        crypto.Keyring.parse(crypto.generate_key()).open(sealed)
    assert WEBHOOK not in str(caught.value)


@pytest.mark.parametrize("value", [None, "", " , "])
def test_a_missing_key_names_the_setting(value: str | None) -> None:
    with pytest.raises(crypto.SecretKeyError, match="CHANNEL_SECRET_KEYS is not set"):
        crypto.Keyring.parse(value)


def test_a_malformed_key_names_its_position_not_its_value() -> None:
    bad = "not-a-fernet-key-but-maybe-a-password"
    with pytest.raises(crypto.SecretKeyError, match="CHANNEL_SECRET_KEYS key 2") as caught:
        crypto.Keyring.parse(f"{crypto.generate_key()},{bad}")
    assert bad not in str(caught.value)


@pytest.mark.usefixtures("keyring_swap")
@pytest.mark.parametrize("command_name", ["run", "seed-demo", "rotate-secrets"])
def test_start_up_without_a_key_stops_naming_the_variable(command_name: str, tmp_path: object) -> None:
    result = CliRunner().invoke(
        cli, [command_name], env={"CHANNEL_SECRET_KEYS": "", "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"}
    )
    assert result.exit_code == 2
    assert "CHANNEL_SECRET_KEYS is not set" in result.output


def _revision_before(url: str) -> str:
    down = ScriptDirectory.from_config(alembic_config(url)).get_revision(MIGRATION).down_revision
    assert isinstance(down, str)
    return down


@pytest.mark.usefixtures("keyring_swap")
def test_the_migration_encrypts_existing_rows_and_its_downgrade_decrypts(database_url: str) -> None:
    cfg = alembic_config(database_url)
    command.downgrade(cfg, _revision_before(database_url))
    engine = create_engine(sync_url(database_url))
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text("insert into teams (id, name, created_at) values ('t', 'acme', :at)"), {"at": stamp}
        )
        conn.execute(
            text(
                "insert into channels (id, team_id, kind, name, config, status, created_at) "
                "values ('c', 't', 'slack_webhook', 'alerts', :config, 'ok', :at)"
            ),
            {"config": json.dumps(CONFIG), "at": stamp},
        )
    engine.dispose()
    keyring = crypto.Keyring.parse(crypto.generate_key())
    crypto.install(keyring)

    command.upgrade(cfg, "head")
    (stored,) = raw_configs(database_url)
    assert crypto.is_sealed(stored)
    assert WEBHOOK not in json.dumps(stored)
    assert keyring.open(stored) == CONFIG

    command.downgrade(cfg, _revision_before(database_url))
    assert raw_configs(database_url) == [CONFIG]


@pytest.mark.usefixtures("keyring_swap")
def test_rotate_secrets_re_encrypts_with_the_first_key(database_url: str) -> None:
    old, new = crypto.generate_key(), crypto.generate_key()
    engine = create_engine(sync_url(database_url))
    stamp = datetime(2026, 1, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text("insert into teams (id, name, created_at) values ('t', 'acme', :at)"), {"at": stamp}
        )
        conn.execute(
            text(
                "insert into channels (id, team_id, kind, name, config, status, created_at) "
                "values ('c', 't', 'slack_webhook', 'alerts', :config, 'ok', :at)"
            ),
            {"config": json.dumps(crypto.Keyring.parse(old).seal(CONFIG)), "at": stamp},
        )
    engine.dispose()

    result = CliRunner().invoke(
        cli, ["rotate-secrets"], env={"CHANNEL_SECRET_KEYS": f"{new},{old}", "DATABASE_URL": database_url}
    )
    assert result.exit_code == 0, result.output
    assert "1 of 1 channels re-encrypted" in result.output
    (stored,) = raw_configs(database_url)
    assert crypto.Keyring.parse(new).open(stored) == CONFIG
    with pytest.raises(crypto.SecretKeyError):
        crypto.Keyring.parse(old).open(stored)
    assert Fernet(new.encode())  # the new key alone is enough from now on
