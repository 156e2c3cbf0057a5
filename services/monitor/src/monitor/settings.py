"""The monitor's configuration, read once from the environment (or .env) at start-up."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from monitor.lag import Thresholds
from schemas.kafka_security import KafkaSecurity


class MonitorSettings(BaseSettings, KafkaSecurity):
    """Every setting the monitor reads; a bad value stops start-up naming the variable."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore")

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    group_prefix: str = Field(default="exportwatch", validation_alias="MONITOR_GROUP_PREFIX")
    all_groups: bool = Field(default=False, validation_alias="MONITOR_ALL_GROUPS")
    poll_seconds: float = Field(default=10.0, gt=0, validation_alias="MONITOR_POLL_SECONDS")
    window_seconds: float = Field(default=300.0, gt=0, validation_alias="MONITOR_WINDOW_SECONDS")
    stall_seconds: float = Field(default=60.0, gt=0, validation_alias="MONITOR_STALL_SECONDS")
    stop_seconds: float = Field(default=300.0, gt=0, validation_alias="MONITOR_STOP_SECONDS")
    history_seconds: float = Field(default=3600.0, gt=0, validation_alias="MONITOR_HISTORY_SECONDS")
    forget_seconds: float = Field(default=600.0, ge=0, validation_alias="MONITOR_FORGET_SECONDS")
    kafka_timeout_seconds: float = Field(default=15.0, gt=0, validation_alias="MONITOR_KAFKA_TIMEOUT_SECONDS")

    def thresholds(self) -> Thresholds:
        """The status thresholds these settings describe."""
        return Thresholds(
            window_seconds=self.window_seconds,
            stall_seconds=self.stall_seconds,
            stop_seconds=self.stop_seconds,
        )
