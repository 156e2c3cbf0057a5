"""The shared Kafka security settings: PLAINTEXT by default, SASL only with credentials, never printed."""

from __future__ import annotations

import ssl

import faust
import pytest
from pydantic import ValidationError
from pydantic_settings import BaseSettings

from classifier.app import broker_credentials
from classifier.settings import ClassifierSettings
from monitor.settings import MonitorSettings
from notifier.settings import NotifierSettings
from schemas.kafka_security import KafkaSecurity
from watcher.settings import WatcherSettings

SASL = {
    "KAFKA_SECURITY_PROTOCOL": "SASL_PLAINTEXT",
    "KAFKA_SASL_MECHANISM": "SCRAM-SHA-512",
    "KAFKA_SASL_USERNAME": "exportwatch-notifier",
    "KAFKA_SASL_PASSWORD": "s3cret-value",
}


def test_plaintext_by_default_adds_nothing() -> None:
    assert KafkaSecurity().kafka_client_kwargs() == {}
    assert KafkaSecurity.from_environ({"KAFKA_SECURITY_PROTOCOL": ""}).kafka_client_kwargs() == {}


def test_sasl_gives_aiokafka_scram_kwargs() -> None:
    assert KafkaSecurity.from_environ(SASL).kafka_client_kwargs() == {
        "security_protocol": "SASL_PLAINTEXT",
        "sasl_mechanism": "SCRAM-SHA-512",
        "sasl_plain_username": "exportwatch-notifier",
        "sasl_plain_password": "s3cret-value",
    }


def test_sasl_ssl_verifies_the_broker_certificate() -> None:
    kwargs = KafkaSecurity.from_environ({**SASL, "KAFKA_SECURITY_PROTOCOL": "SASL_SSL"}).kafka_client_kwargs()
    context = kwargs["ssl_context"]
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname


@pytest.mark.parametrize("missing", ["KAFKA_SASL_USERNAME", "KAFKA_SASL_PASSWORD"])
def test_sasl_without_credentials_is_refused(missing: str) -> None:
    env = {k: v for k, v in SASL.items() if k != missing}
    with pytest.raises(ValidationError, match="needs KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD"):
        KafkaSecurity.from_environ(env)


def test_unknown_protocol_is_refused() -> None:
    with pytest.raises(ValidationError):
        KafkaSecurity.from_environ({"KAFKA_SECURITY_PROTOCOL": "SASL_TYPO"})


@pytest.mark.parametrize("settings", [WatcherSettings, ClassifierSettings, NotifierSettings, MonitorSettings])
def test_every_service_reads_the_settings_and_never_prints_the_password(
    settings: type[BaseSettings], monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in SASL.items():
        monkeypatch.setenv(name, value)
    loaded = settings()
    assert isinstance(loaded, KafkaSecurity)
    assert loaded.kafka_client_kwargs()["sasl_plain_username"] == "exportwatch-notifier"
    assert "s3cret-value" not in repr(loaded)
    assert "s3cret-value" not in str(loaded.model_dump())


def test_classifier_hands_faust_the_same_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in SASL.items():
        monkeypatch.setenv(name, value)
    credentials = broker_credentials(ClassifierSettings())
    assert isinstance(credentials, faust.SASLCredentials)
    assert (credentials.username, credentials.password) == ("exportwatch-notifier", "s3cret-value")
    assert credentials.mechanism.value == "SCRAM-SHA-512"
    assert credentials.protocol.value == "SASL_PLAINTEXT"
    assert "s3cret-value" not in repr(credentials)


def test_classifier_without_security_settings_passes_no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in SASL:
        monkeypatch.delenv(name, raising=False)
    assert broker_credentials(ClassifierSettings()) is None
