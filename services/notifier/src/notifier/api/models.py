"""Request and response bodies of teams, keys, subscriptions, watchlist, suppressions, alerts, events."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from notifier.api.fields import Label, Name, Note, ObjectId, aware
from notifier.routing.filters import SubscriptionFilter
from notifier.routing.schedule import DigestSchedule
from notifier.states import DeliveryStatus, Mode
from schemas.events import DocumentClassified


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TeamIn(_Body):
    """Create a team (admin key)."""

    name: Name


class TeamCreated(BaseModel):
    """The new team and its first API key, shown only in this answer."""

    id: str
    name: str
    api_key: str


class TeamOut(BaseModel):
    """The calling team."""

    id: str
    name: str


class KeyIn(_Body):
    """Create another API key for the calling team."""

    name: Label = ""


class KeyOut(BaseModel):
    """An API key as listed: its visible prefix, never the key."""

    id: str
    prefix: str
    name: str
    created_at: datetime
    revoked_at: datetime | None

    @classmethod
    def of(cls, row: Any) -> KeyOut:
        """From a tables.ApiKey row."""
        revoked = aware(row.revoked_at) if row.revoked_at is not None else None
        return cls(
            id=row.id, prefix=row.prefix, name=row.name, created_at=aware(row.created_at), revoked_at=revoked
        )


class KeyCreated(KeyOut):
    """A new key: `api_key` is shown only in this answer."""

    api_key: str


MAX_FILTER_VALUES = 200
MAX_FILTER_VALUE_LENGTH = 300


def _bounded(filters: SubscriptionFilter | None) -> SubscriptionFilter | None:
    # Matching cost grows with filter size; the stored SubscriptionFilter itself stays unbounded.
    if filters is None:
        return None
    for name in ("tags", "entities", "keywords", "countries", "document_types"):
        values: list[str] = getattr(filters, name)
        if len(values) > MAX_FILTER_VALUES:
            raise ValueError(f"filters.{name}: at most {MAX_FILTER_VALUES} values")
        if any(len(v) > MAX_FILTER_VALUE_LENGTH for v in values):
            raise ValueError(f"filters.{name}: values are at most {MAX_FILTER_VALUE_LENGTH} characters")
    return filters


def _check_mode(mode: Mode, schedule: DigestSchedule | None) -> None:
    if mode == Mode.DIGEST and schedule is None:
        raise ValueError("schedule is required when mode is 'digest'")
    if mode == Mode.REALTIME and schedule is not None:
        raise ValueError("schedule is only for mode 'digest'")


class SubscriptionIn(_Body):
    """Create a subscription."""

    name: Name
    channel_id: ObjectId
    filters: SubscriptionFilter = Field(default_factory=SubscriptionFilter)
    mode: Mode = Mode.REALTIME
    schedule: DigestSchedule | None = Field(
        default=None, validate_default=True, description="required for digest mode"
    )
    enabled: bool = True

    _filters_bounded = field_validator("filters")(_bounded)

    @field_validator("schedule")
    @classmethod
    def _fits_mode(cls, value: DigestSchedule | None, info: ValidationInfo) -> DigestSchedule | None:
        # A field validator (not a model one) so the 422 names `schedule`; mode is validated before it.
        if "mode" in info.data:
            _check_mode(info.data["mode"], value)
        return value


class SubscriptionPatch(_Body):
    """Change some fields of a subscription (absent fields keep their values)."""

    name: Name | None = None
    channel_id: ObjectId | None = None
    filters: SubscriptionFilter | None = None
    mode: Mode | None = None
    schedule: DigestSchedule | None = None
    enabled: bool | None = None

    _filters_bounded = field_validator("filters")(_bounded)


def check_mode(mode: Mode, schedule: DigestSchedule | None) -> str | None:
    """Why a mode/schedule pair is inconsistent, or None."""
    try:
        _check_mode(mode, schedule)
    except ValueError as exc:
        return str(exc)
    return None


class SubscriptionOut(BaseModel):
    """A subscription."""

    id: str
    name: str
    channel_id: str
    filters: SubscriptionFilter
    mode: Mode
    schedule: DigestSchedule | None
    enabled: bool
    created_at: datetime

    @classmethod
    def of(cls, row: Any) -> SubscriptionOut:
        """From a tables.Subscription row."""
        return cls(
            id=row.id,
            name=row.name,
            channel_id=row.channel_id,
            filters=SubscriptionFilter.model_validate(row.filters),
            mode=row.mode,
            schedule=DigestSchedule.model_validate(row.schedule) if row.schedule else None,
            enabled=row.enabled,
            created_at=aware(row.created_at),
        )


class PreviewIn(_Body):
    """Which stored events to try the subscription against."""

    since: date = Field(description="events received on or after this day (UTC)")
    limit: int = Field(default=100, ge=1, le=500)


class WatchlistIn(_Body):
    """A name the team wants flagged wherever it appears, with its aliases."""

    name: Name
    aliases: list[Name] = Field(default_factory=list, max_length=50)
    note: Note | None = None


class WatchlistOut(BaseModel):
    """A watchlist entry."""

    id: str
    name: str
    aliases: list[str]
    note: str | None
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, row: Any) -> WatchlistOut:
        """From a tables.WatchlistItem row."""
        return cls(
            id=row.id,
            name=row.name,
            aliases=list(row.aliases),
            note=row.note,
            created_at=aware(row.created_at),
            updated_at=aware(row.updated_at),
        )


class SuppressionIn(_Body):
    """Clear a stored event's document for the team (or one subscription) until its content changes."""

    event_id: str = Field(min_length=1, max_length=300, pattern=r"^[^\x00-\x1f\x7f]*$")
    subscription_id: ObjectId | None = Field(default=None, description="omit to clear for every subscription")
    note: Note | None = None


class SuppressionOut(BaseModel):
    """A suppression; `active` is false once the document's content has changed since it was cleared."""

    id: str
    event_id: str
    document_key: str
    content_hash: str
    subscription_id: str | None
    note: str | None
    created_at: datetime
    active: bool


class AlertOut(BaseModel):
    """One row of the delivery log: which event went (or is going) where, and how it went."""

    id: str
    event_id: str
    title: str | None
    subscription_id: str
    subscription_name: str | None
    channel_id: str
    channel_name: str | None
    channel_kind: str | None
    status: DeliveryStatus
    attempts: int
    last_error: str | None
    created_at: datetime
    updated_at: datetime
    next_attempt_at: datetime | None
    sent_at: datetime | None


class EntityOut(BaseModel):
    """A matched party."""

    canonical_name: str
    text: str
    list: str
    score: float
    match_kind: str


class EventOut(BaseModel):
    """A classified event, summarised."""

    event_id: str
    title: str
    source: str
    stage: str | None
    document_number: str | None
    document_type: str | None
    url: str | None
    published: date | None
    agencies: list[str]
    tags: list[str]
    entities: list[EntityOut]
    countries: list[str]
    severity: str
    received_at: datetime
    suppressed: bool | None = Field(default=None, description="previews only: cleared by a suppression")

    @classmethod
    def of(cls, event: DocumentClassified, received_at: datetime, suppressed: bool | None = None) -> EventOut:
        """From a (team-filtered) event and when it was stored."""
        doc = event.document
        return cls(
            event_id=event.event_id,
            title=doc.title,
            source=doc.source.value,
            stage=doc.stage.value if doc.stage else None,
            document_number=doc.document_number,
            document_type=doc.document_type,
            url=doc.url,
            published=doc.published,
            agencies=list(doc.agencies),
            tags=sorted(event.tag_ids),
            entities=[
                EntityOut(
                    canonical_name=m.canonical_name,
                    text=m.text,
                    list=m.list,
                    score=m.score,
                    match_kind=m.match_kind.value,
                )
                for m in event.entities
            ],
            countries=[c.name for c in event.countries],
            severity=event.severity.value,
            received_at=aware(received_at),
            suppressed=suppressed,
        )


class PreviewOut(BaseModel):
    """The stored events a subscription would have matched."""

    subscription_id: str
    since: date
    scanned: int = Field(description="stored events examined (the history is bounded)")
    events: list[EventOut]
