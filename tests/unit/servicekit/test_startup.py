"""settings_or_exit: a bad setting names its variable, never its value, and exits 2."""

from __future__ import annotations

import pytest
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings

from servicekit.startup import SETTINGS_EXIT_CODE, settings_or_exit


class ExampleSettings(BaseSettings):
    """Two settings read from the environment."""

    poll_seconds: int = Field(default=5, validation_alias="EXAMPLE_POLL_SECONDS")
    token: SecretStr = Field(default=SecretStr("x"), min_length=8, validation_alias="EXAMPLE_TOKEN")


def test_good_settings_are_returned(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXAMPLE_POLL_SECONDS", "7")
    monkeypatch.setenv("EXAMPLE_TOKEN", "long-enough-token")
    assert settings_or_exit(ExampleSettings).poll_seconds == 7


def test_a_bad_setting_is_named_and_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EXAMPLE_POLL_SECONDS", "soon")
    with pytest.raises(SystemExit) as stopped:
        settings_or_exit(ExampleSettings)
    assert stopped.value.code == SETTINGS_EXIT_CODE == 2
    err = capsys.readouterr().err
    assert err.startswith("error: bad setting EXAMPLE_POLL_SECONDS: ")
    assert "soon" not in err


def test_a_bad_secret_never_shows_its_value(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("EXAMPLE_TOKEN", "hunter2")
    with pytest.raises(SystemExit):
        settings_or_exit(ExampleSettings)
    err = capsys.readouterr().err
    assert "EXAMPLE_TOKEN" in err
    assert "hunter2" not in err
