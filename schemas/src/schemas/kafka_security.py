"""Kafka client security settings every service shares: PLAINTEXT by default, SASL/SCRAM and TLS when set."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, Field, SecretStr, model_validator

SecurityProtocol = Literal["PLAINTEXT", "SASL_PLAINTEXT", "SASL_SSL", "SSL"]
SaslMechanism = Literal["SCRAM-SHA-512", "SCRAM-SHA-256", "PLAIN"]

_SASL = {"SASL_PLAINTEXT", "SASL_SSL"}
_TLS = {"SASL_SSL", "SSL"}


class KafkaSecurity(BaseModel):
    """KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_* and KAFKA_SSL_CAFILE; mixed into each service's settings."""

    kafka_security_protocol: SecurityProtocol = Field(
        default="PLAINTEXT", validation_alias="KAFKA_SECURITY_PROTOCOL"
    )
    kafka_sasl_mechanism: SaslMechanism = Field(
        default="SCRAM-SHA-512", validation_alias="KAFKA_SASL_MECHANISM"
    )
    kafka_sasl_username: str | None = Field(default=None, validation_alias="KAFKA_SASL_USERNAME")
    kafka_sasl_password: SecretStr | None = Field(default=None, validation_alias="KAFKA_SASL_PASSWORD")
    # Empty: the system's trust store; a private cluster CA (e.g. Strimzi's) is mounted as a file.
    kafka_ssl_cafile: str | None = Field(default=None, validation_alias="KAFKA_SSL_CAFILE")

    @model_validator(mode="after")
    def _credentials_with_sasl(self) -> KafkaSecurity:
        if self.kafka_security_protocol in _SASL and not (
            self.kafka_sasl_username
            and self.kafka_sasl_password
            and self.kafka_sasl_password.get_secret_value()
        ):
            raise ValueError(
                f"KAFKA_SECURITY_PROTOCOL={self.kafka_security_protocol} needs KAFKA_SASL_USERNAME and "
                "KAFKA_SASL_PASSWORD"
            )
        return self

    @classmethod
    def from_environ(cls, environ: Mapping[str, str]) -> KafkaSecurity:
        """The settings named in an environment mapping (for tools that have no settings class)."""
        names = {field.validation_alias for field in cls.model_fields.values()}
        return cls.model_validate({k: v for k, v in environ.items() if k in names and v != ""})

    def kafka_ssl_context(self) -> ssl.SSLContext | None:
        """A verifying TLS context for SSL and SASL_SSL, None otherwise."""
        if self.kafka_security_protocol not in _TLS:
            return None
        return ssl.create_default_context(cafile=self.kafka_ssl_cafile or None)

    def kafka_client_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for any aiokafka client (producer, consumer, admin); empty for PLAINTEXT."""
        if self.kafka_security_protocol == "PLAINTEXT":
            return {}
        kwargs: dict[str, Any] = {"security_protocol": self.kafka_security_protocol}
        if (context := self.kafka_ssl_context()) is not None:
            kwargs["ssl_context"] = context
        if self.kafka_security_protocol in _SASL and self.kafka_sasl_password is not None:
            kwargs |= {
                "sasl_mechanism": self.kafka_sasl_mechanism,
                "sasl_plain_username": self.kafka_sasl_username,
                "sasl_plain_password": self.kafka_sasl_password.get_secret_value(),
            }
        return kwargs
