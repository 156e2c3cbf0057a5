"""The notifier's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas import topics


class NotifierSettings(BaseSettings):
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
