"""The watcher's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from schemas import topics


class WatcherSettings(BaseSettings):
    """Every setting the watcher reads; a bad value stops start-up naming the variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    topic_documents: str = topics.DOCUMENTS
    federal_register_api_url: str = "https://www.federalregister.gov/api/v1"
    sources: Annotated[list[str], NoDecode] = Field(
        default=["federal_register"], validation_alias="WATCHER_SOURCES"
    )
    agencies: Annotated[list[str], NoDecode] = Field(
        default=["industry-and-security-bureau", "foreign-assets-control-office", "state-department"],
        validation_alias="WATCHER_AGENCIES",
    )
    lookback_days: int = Field(default=3, ge=0, validation_alias="WATCHER_LOOKBACK_DAYS")
    poll_seconds: float = Field(default=60.0, gt=0, validation_alias="WATCHER_POLL_SECONDS")
    http_timeout_seconds: float = Field(default=20.0, gt=0, validation_alias="WATCHER_HTTP_TIMEOUT_SECONDS")

    @field_validator("sources", "agencies", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value
