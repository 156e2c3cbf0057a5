"""The watcher's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

from typing import Annotated

from pydantic import AliasChoices, BaseModel, Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from schemas import topics
from schemas.kafka_security import KafkaSecurity

# trade.gov's downloadable Consolidated Screening List (updated daily, no key needed).
LIVE_CSL_URL = "https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv"


class FeedConfig(BaseModel):
    """One RSS/Atom feed to watch."""

    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
    url: str = Field(min_length=1)
    kind: str = "news"


class WatcherSettings(BaseSettings, KafkaSecurity):
    """Every setting the watcher reads; a bad value stops start-up naming the variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    topic_documents: str = topics.DOCUMENTS
    topic_screening_list: str = topics.SCREENING_LIST
    database_url: str = "sqlite:///.cache/exportwatch.db"
    federal_register_api_url: str = "https://www.federalregister.gov/api/v1"
    sources: Annotated[list[str], NoDecode] = Field(
        default=["federal_register", "public_inspection", "screening_list"],
        validation_alias="WATCHER_SOURCES",
    )
    agencies: Annotated[list[str], NoDecode] = Field(
        default=["industry-and-security-bureau", "foreign-assets-control-office", "state-department"],
        validation_alias="WATCHER_AGENCIES",
    )
    # "title:part" pairs searched across every agency (the Entity List is 15 CFR 744, Supplement 4).
    cfr_parts: Annotated[list[str], NoDecode] = Field(
        default=["15:744"], validation_alias="WATCHER_CFR_PARTS"
    )
    document_types: Annotated[list[str], NoDecode] = Field(
        default=["RULE", "PRORULE", "NOTICE", "PRESDOCU"], validation_alias="WATCHER_DOCUMENT_TYPES"
    )
    lookback_days: int = Field(default=3, ge=0, validation_alias="WATCHER_LOOKBACK_DAYS")
    poll_seconds: float = Field(default=60.0, gt=0, validation_alias="WATCHER_POLL_SECONDS")
    http_timeout_seconds: float = Field(default=20.0, gt=0, validation_alias="WATCHER_HTTP_TIMEOUT_SECONDS")
    requests_per_second: float = Field(
        default=5.0, gt=0, le=50, validation_alias="WATCHER_REQUESTS_PER_SECOND"
    )
    max_body_bytes: int = Field(default=20 * 1024 * 1024, gt=0, validation_alias="WATCHER_MAX_BODY_BYTES")
    # Public Inspection's own cadence: it shows tomorrow's rules today, and an unchanged poll is one 304.
    public_inspection_poll_seconds: float = Field(
        default=15.0, gt=0, validation_alias="WATCHER_PUBLIC_INSPECTION_POLL_SECONDS"
    )
    # Full text (published: GPO XML, else raw text; Public Inspection: the PDF) is what names the parties.
    # The old WATCHER_FETCH_RAW_TEXT / WATCHER_RAW_TEXT_MAX_BYTES names still work.
    full_text: bool = Field(
        default=True, validation_alias=AliasChoices("WATCHER_FULL_TEXT", "WATCHER_FETCH_RAW_TEXT")
    )
    full_text_max_bytes: int = Field(
        default=2 * 1024 * 1024,
        gt=0,
        validation_alias=AliasChoices("WATCHER_FULL_TEXT_MAX_BYTES", "WATCHER_RAW_TEXT_MAX_BYTES"),
    )
    full_text_hosts: Annotated[list[str], NoDecode] = Field(
        default=["federalregister.gov", "govinfo.gov"], validation_alias="WATCHER_FULL_TEXT_HOSTS"
    )
    full_text_max_pages: int = Field(default=300, gt=0, validation_alias="WATCHER_FULL_TEXT_MAX_PAGES")
    full_text_timeout_seconds: float = Field(
        default=30.0, gt=0, validation_alias="WATCHER_FULL_TEXT_TIMEOUT_SECONDS"
    )
    # The Federal Register asks for about one full-text request a second (its API allows about five).
    full_text_requests_per_second: float = Field(
        default=1.0, gt=0, le=5, validation_alias="WATCHER_FULL_TEXT_REQUESTS_PER_SECOND"
    )
    # aiokafka's default max_request_size is 1 MiB: an event over this first loses its XML, then body.
    max_event_bytes: int = Field(
        default=900_000, ge=10_000, le=1_000_000, validation_alias="WATCHER_MAX_EVENT_BYTES"
    )
    feeds: list[FeedConfig] = Field(default_factory=list, validation_alias="WATCHER_FEEDS")
    feed_max_bytes: int = Field(default=5 * 1024 * 1024, gt=0, validation_alias="WATCHER_FEED_MAX_BYTES")
    # trade.gov's live list by default: the bundled 2022 snapshot misses every party listed since. Empty:
    # that snapshot (offline, REPLAY=1). Otherwise an http(s) URL or a local path.
    screening_list_url: str = Field(default=LIVE_CSL_URL, validation_alias="WATCHER_SCREENING_LIST_URL")
    # When the first download fails, publish the bundled snapshot rather than no list at all.
    screening_fallback: bool = Field(default=True, validation_alias="WATCHER_SCREENING_FALLBACK")
    screening_max_shrink: float = Field(
        default=0.5, gt=0, lt=1, validation_alias="WATCHER_SCREENING_MAX_SHRINK"
    )
    screening_max_bytes: int = Field(
        default=100 * 1024 * 1024, gt=0, validation_alias="WATCHER_SCREENING_MAX_BYTES"
    )
    backoff_max_seconds: float = Field(default=900.0, gt=0, validation_alias="WATCHER_BACKOFF_MAX_SECONDS")
    metrics_port: int = Field(default=9101, ge=0, le=65535, validation_alias="WATCHER_METRICS_PORT")
    # Loopback unless set: containers set 0.0.0.0 explicitly so Prometheus and the kubelet can reach it.
    metrics_host: str = Field(default="127.0.0.1", min_length=1, validation_alias="WATCHER_METRICS_HOST")

    @field_validator("sources", "agencies", "cfr_parts", "document_types", "full_text_hosts", mode="before")
    @classmethod
    def _comma_list(cls, value: object) -> object:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @field_validator("cfr_parts")
    @classmethod
    def _cfr_pairs(cls, value: list[str]) -> list[str]:
        for item in value:
            title, _, part = item.partition(":")
            if not (title.isdigit() and part.isdigit()):
                raise ValueError(f"{item!r} is not TITLE:PART (e.g. 15:744)")
        return value

    def cfr_part_pairs(self) -> list[tuple[int, int]]:
        """WATCHER_CFR_PARTS as (title, part) integers."""
        return [(int(t), int(p)) for t, _, p in (item.partition(":") for item in self.cfr_parts)]
