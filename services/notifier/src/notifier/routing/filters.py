"""A subscription's filter: which classified events it wants (validated, stored as JSON)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.events import Severity, SourceKind, Stage
from schemas.tags import TAG_IDS


class SubscriptionFilter(BaseModel):
    """All given criteria must hold; within one list, any value may match. Empty lists mean 'any'."""

    model_config = ConfigDict(extra="forbid")

    tags: list[str] = Field(default_factory=list, description="any of these tags")
    entities: list[str] = Field(default_factory=list, description="canonical names or mentions")
    keywords: list[str] = Field(default_factory=list, description="case-insensitive words in title or text")
    countries: list[str] = Field(default_factory=list)
    sources: list[SourceKind] = Field(default_factory=list)
    document_types: list[str] = Field(default_factory=list)
    min_severity: Severity = Severity.LOW
    stages: list[Stage] = Field(default_factory=list)

    @field_validator("tags")
    @classmethod
    def _known_tags(cls, values: list[str]) -> list[str]:
        # Positions, not values: a 422 never repeats what was sent (it may be anything, a secret too).
        unknown = [str(i + 1) for i, v in enumerate(values) if v not in TAG_IDS and not v.endswith(".*")]
        if unknown:
            raise ValueError(
                f"unknown tag at position {', '.join(unknown)}; see schemas.tags "
                "(a prefix like 'entity_list.*' works)"
            )
        return values
