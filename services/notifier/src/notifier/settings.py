"""The notifier's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

import ipaddress

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas import topics
from schemas.kafka_security import KafkaSecurity

ADMIN_KEY_MIN_LENGTH = 32


class NotifierSettings(BaseSettings, KafkaSecurity):
    """Every setting the notifier and API read; a bad value stops start-up naming the variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    topic_classified: str = topics.CLASSIFIED
    topic_deadletter: str = topics.DEADLETTER
    database_url: str = "sqlite:///.cache/exportwatch.db"
    group_id: str = Field(default="exportwatch-notifier", validation_alias="NOTIFIER_GROUP_ID")
    slack_api_url: str = Field(default="https://slack.com/api", validation_alias="SLACK_API_URL")
    lease_seconds: float = Field(default=30.0, gt=0, validation_alias="NOTIFIER_LEASE_SECONDS")
    max_attempts: int = Field(default=8, ge=1, validation_alias="NOTIFIER_MAX_ATTEMPTS")
    retry_base_seconds: float = Field(default=1.0, gt=0, validation_alias="NOTIFIER_RETRY_BASE_SECONDS")
    metrics_port: int = Field(default=9103, ge=0, validation_alias="NOTIFIER_METRICS_PORT")
    # Slack destinations a channel may name. Slack's own hosts only; tests and `make run REPLAY=1` list
    # their local Slack server here explicitly instead of any switch that turns the checks off.
    slack_allowed_hosts: list[str] = Field(
        default=["hooks.slack.com", "slack.com"], validation_alias="SLACK_ALLOWED_HOSTS"
    )
    smtp_host: str = Field(default="127.0.0.1", validation_alias="SMTP_HOST")
    smtp_port: int = Field(default=25, ge=1, le=65535, validation_alias="SMTP_PORT")
    smtp_username: str | None = Field(default=None, validation_alias="SMTP_USERNAME")
    smtp_password: SecretStr | None = Field(default=None, validation_alias="SMTP_PASSWORD")
    smtp_starttls: bool = Field(default=False, validation_alias="SMTP_STARTTLS")
    smtp_from: str = Field(default="exportwatch@localhost", validation_alias="SMTP_FROM")
    # --- delivery half ---
    slack_min_interval_seconds: float = Field(
        default=1.0, ge=0, validation_alias="NOTIFIER_SLACK_MIN_INTERVAL_SECONDS"
    )
    smtp_timeout_seconds: float = Field(default=15.0, gt=0, validation_alias="SMTP_TIMEOUT_SECONDS")
    # Optional one-click unsubscribe page for email (List-Unsubscribe); "{subscription_id}" is filled in.
    email_unsubscribe_url: str | None = Field(default=None, validation_alias="EMAIL_UNSUBSCRIBE_URL")
    metrics_host: str = Field(default="127.0.0.1", validation_alias="NOTIFIER_METRICS_HOST")
    # Fernet keys for channel secrets at rest, comma-separated: the first encrypts, all decrypt.
    channel_secret_keys: SecretStr | None = Field(default=None, validation_alias="CHANNEL_SECRET_KEYS")
    # Per-team caps on what one team can store (and fan out to); a create past one answers 409.
    api_max_channels_per_team: int = Field(default=50, ge=1, validation_alias="API_MAX_CHANNELS_PER_TEAM")
    api_max_subscriptions_per_team: int = Field(
        default=200, ge=1, validation_alias="API_MAX_SUBSCRIPTIONS_PER_TEAM"
    )
    api_max_watchlist_entries_per_team: int = Field(
        default=5000, ge=1, validation_alias="API_MAX_WATCHLIST_ENTRIES_PER_TEAM"
    )
    # The OpenAPI page (Swagger UI from installed files); false removes /docs (/openapi.json stays).
    api_docs: bool = Field(default=True, validation_alias="API_DOCS")
    admin_api_key: SecretStr | None = Field(default=None, validation_alias="ADMIN_API_KEY")
    api_rate_limit_per_minute: int = Field(default=600, ge=1, validation_alias="API_RATE_LIMIT_PER_MINUTE")
    # --- API abuse limits (shared by every API replica through the database) ---
    api_team_rate_limit_per_minute: int = Field(
        default=1200, ge=1, validation_alias="API_TEAM_RATE_LIMIT_PER_MINUTE"
    )
    api_auth_failures_per_minute: int = Field(
        default=10, ge=1, validation_alias="API_AUTH_FAILURES_PER_MINUTE"
    )
    # Peers (IPs or CIDRs) whose X-Forwarded-For is believed; empty: the direct peer is the client.
    api_trusted_proxies: list[str] = Field(default=[], validation_alias="API_TRUSTED_PROXIES")
    api_max_keys_per_team: int = Field(default=5, ge=1, validation_alias="API_MAX_KEYS_PER_TEAM")
    api_channel_test_interval_seconds: float = Field(
        default=60.0, ge=0, validation_alias="API_CHANNEL_TEST_INTERVAL_SECONDS"
    )
    # Email recipients at these domains need no confirmation (the operator vouches for them).
    email_allowed_domains: list[str] = Field(default=[], validation_alias="EMAIL_ALLOWED_DOMAINS")
    email_confirmations_per_hour: int = Field(
        default=20, ge=1, validation_alias="EMAIL_CONFIRMATIONS_PER_HOUR"
    )
    topic_watchlist: str = Field(default=topics.WATCHLIST, validation_alias="TOPIC_WATCHLIST")
    # The event history behind previews and /v1/events; events the audit log refers to are always kept.
    event_retention_days: int = Field(default=90, ge=1, validation_alias="EVENT_RETENTION_DAYS")
    event_retention_max: int = Field(default=50_000, ge=100, validation_alias="EVENT_RETENTION_MAX")

    @field_validator("admin_api_key")
    @classmethod
    def _long_admin_key(cls, value: SecretStr | None) -> SecretStr | None:
        # Empty keeps meaning "team creation disabled"; a short key would be guessable.
        if value is None or not value.get_secret_value():
            return None
        if len(value.get_secret_value()) < ADMIN_KEY_MIN_LENGTH:
            raise ValueError(
                f"ADMIN_API_KEY must be at least {ADMIN_KEY_MIN_LENGTH} characters "
                "(e.g. `openssl rand -hex 32`), or empty to disable team creation"
            )
        return value

    @field_validator("api_trusted_proxies")
    @classmethod
    def _networks(cls, values: list[str]) -> list[str]:
        # Parsed once here so a typo stops start-up instead of silently trusting nobody.
        return [str(ipaddress.ip_network(v.strip(), strict=False)) for v in values]

    @field_validator("email_allowed_domains")
    @classmethod
    def _domains(cls, values: list[str]) -> list[str]:
        return [v.strip().lower().lstrip("@") for v in values if v.strip()]
