"""The classifier's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from schemas import topics
from schemas.kafka_security import KafkaSecurity


class ClassifierSettings(BaseSettings, KafkaSecurity):
    """Every setting the classifier reads; a bad value stops start-up naming the variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    topic_documents: str = topics.DOCUMENTS
    topic_classified: str = topics.CLASSIFIED
    topic_deadletter: str = topics.DEADLETTER
    topic_screening_list: str = topics.SCREENING_LIST
    topic_watchlist: str = topics.WATCHLIST
    app_id: str = Field(default="exportwatch-classifier", validation_alias="CLASSIFIER_APP_ID")
    web_port: int = Field(default=6066, ge=1, le=65535, validation_alias="CLASSIFIER_WEB_PORT")
    # Loopback by default; containers set 0.0.0.0 so Prometheus and probes can reach /metrics and /health.
    web_host: str = Field(default="127.0.0.1", validation_alias="CLASSIFIER_WEB_HOST")
    # How long a crashed worker keeps its partitions before the group moves them. faust's 60 s default
    # stalled every alert for a minute or more after a SIGKILL in the chaos run; 15 s keeps the promise.
    session_timeout_seconds: float = Field(
        default=15.0, ge=6.0, le=300.0, validation_alias="CLASSIFIER_SESSION_TIMEOUT_SECONDS"
    )
    data_dir: str = Field(default=".cache/classifier", validation_alias="CLASSIFIER_DATA_DIR")
    # Documents are held until the screening list is loaded, at most this long after start-up: on a fresh
    # install the watcher publishes it in its first cycle. Then they are classified without it (degraded).
    screening_wait_seconds: float = Field(
        default=120.0, ge=0, validation_alias="CLASSIFIER_SCREENING_WAIT_SECONDS"
    )
