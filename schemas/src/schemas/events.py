"""Pydantic v2 models for every value on exportwatch's Kafka topics (schema version 1)."""

from __future__ import annotations

import base64
import hashlib
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from schemas.tags import TAG_IDS

NonEmpty = Annotated[str, Field(min_length=1)]
# Models with a field called `list` cannot say `list[str]` in their own body.
StrList = list[str]


def utcnow() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


# The Federal Register API's type names -> the GPO codes the corpus and the classifier use.
DOCUMENT_TYPE_CODES: dict[str, str] = {
    "rule": "RULE",
    "proposed rule": "PRORULE",
    "notice": "NOTICE",
    "presidential document": "PRESDOCU",
}


def document_type_code(name: str | None) -> str | None:
    """A document type as its GPO code ("Rule" -> "RULE"); a code passes through, and no type is None."""
    name = (name or "").strip()
    return DOCUMENT_TYPE_CODES.get(name.casefold(), name) or None


def content_hash(*parts: str | None) -> str:
    """A stable sha256 over the parts that define a document's content."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return "sha256:" + digest.hexdigest()


class Event(BaseModel):
    """Base of every topic value: immutable, and tolerant of fields added by newer producers."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    def to_bytes(self) -> bytes:
        """JSON bytes as they go on the wire."""
        return self.model_dump_json(exclude_none=False).encode("utf-8")


class SourceKind(StrEnum):
    """Where a document came from."""

    FEDERAL_REGISTER = "federal_register"
    PUBLIC_INSPECTION = "public_inspection"
    FEED = "feed"
    SCREENING_LIST = "screening_list"


class Stage(StrEnum):
    """Publication stage of a Federal Register document."""

    PUBLIC_INSPECTION = "public_inspection"
    PUBLISHED = "published"


class ChangeKind(StrEnum):
    """What happened to a screening-list entry."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class ScreeningEntry(Event):
    """One entry of a screening list (value of exportwatch.screening_list.v1, key `list:entry_id`)."""

    schema_version: Literal[1] = 1
    list: NonEmpty = Field(
        description="Short list name as the CSL writes it, e.g. 'Entity List (EL) - Bureau "
        "of Industry and Security'"
    )
    entry_id: NonEmpty = Field(
        description="Stable id of the entry within its list (hash of list+name+address "
        "when the source has no stable id)"
    )
    name: NonEmpty
    alt_names: StrList = Field(default_factory=StrList)
    entity_type: str | None = None
    addresses: StrList = Field(default_factory=StrList)
    countries: StrList = Field(default_factory=StrList, description="ISO 3166 alpha-2 codes or names")
    programs: StrList = Field(default_factory=StrList)
    federal_register_notice: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    remarks: str | None = None
    source_url: str | None = None

    @property
    def key(self) -> str:
        """Kafka key on the compacted topic."""
        return f"{self.list}:{self.entry_id}"


class ScreeningChange(Event):
    """A screening-list entry added, removed or changed, as carried inside a DocumentSeen."""

    change: ChangeKind
    entry: ScreeningEntry
    previous: ScreeningEntry | None = None


class DocumentSeen(Event):
    """A document or news item the watcher saw (value of exportwatch.documents.v1, key `event_id`)."""

    schema_version: Literal[1] = 1
    event_id: NonEmpty = Field(
        description="Deterministic: federal_register:<doc number>, "
        "public_inspection:<doc number>, feed:<feed id>:<sha256>, "
        "screening_list:<list>:<entry hash>"
    )
    source: SourceKind
    source_id: NonEmpty = Field(
        description="Which configured source produced it (agency query, feed id, ...)"
    )
    stage: Stage | None = Field(default=None, description="Federal Register documents only")
    document_number: str | None = Field(
        default=None, description="Shared by a document's public-inspection and published events"
    )
    revision: int = Field(
        default=1, ge=1, description="Incremented when the same event_id is seen with a new content_hash"
    )
    content_hash: NonEmpty
    title: NonEmpty
    text: str = Field(default="", description="Abstract, summary or feed item description")
    body: str | None = Field(default=None, description="Full text when fetched (size-capped)")
    full_text_xml: str | None = Field(
        default=None,
        description="The GPO full-text XML when fetched and under the size cap (keeps the parties table)",
    )
    action: str | None = None
    url: str | None = None
    published: date | None = None
    effective_on: date | None = None
    seen_at: datetime = Field(default_factory=utcnow)
    agencies: list[str] = Field(default_factory=list, description="Agency slugs or names")
    document_type: str | None = Field(
        default=None, description="RULE, PRORULE, NOTICE, PRESDOCU, or None for news"
    )
    cfr_parts: list[str] = Field(default_factory=list, description="e.g. '15 CFR 744'")
    docket_ids: list[str] = Field(default_factory=list)
    regulation_id_numbers: list[str] = Field(default_factory=list)
    significant: bool | None = None
    screening_change: ScreeningChange | None = None


class Evidence(Event):
    """A text span that made a rule fire."""

    rule_id: NonEmpty
    field: NonEmpty = Field(description="Which document field: title, text, body, action, cfr_parts, ...")
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    score: float | None = Field(
        default=None, ge=0.0, le=1.0, description="For the learned model's evidence: its probability"
    )
    terms: list[str] = Field(
        default_factory=list, description="For the learned model's evidence: the n-grams that pushed it most"
    )


class TagAssignment(Event):
    """A taxonomy tag on a document, with the evidence for it."""

    id: NonEmpty
    evidence: list[Evidence] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _known_tag(cls, value: str) -> str:
        if value not in TAG_IDS:
            raise ValueError(f"unknown tag {value!r}; the taxonomy is in schemas.tags")
        return value


class MatchKind(StrEnum):
    """How an entity mention was found."""

    EXACT = "exact"
    ALIAS = "alias"
    FUZZY = "fuzzy"
    RULE_TEXT = "rule_text"


class EntityMention(Event):
    """A listed (or about-to-be-listed) party named in a document."""

    text: NonEmpty = Field(description="The mention as written")
    field: str = "text"
    start: int | None = Field(default=None, ge=0)
    end: int | None = Field(default=None, ge=0)
    canonical_name: NonEmpty
    list: NonEmpty = Field(description="Screening list name, 'watchlist', or 'rule text'")
    entry_id: str | None = None
    score: float = Field(ge=0.0, le=1.0)
    match_kind: MatchKind
    team_id: str | None = Field(default=None, description="Set for a team's own watchlist entries")


class CountryMention(Event):
    """A country named as the destination or location of listed parties."""

    name: NonEmpty = Field(description="Short English name, e.g. 'China'")
    evidence: list[Evidence] = Field(default_factory=list)


class PartyAction(StrEnum):
    """What a rule does to a party's entry."""

    ADDED = "added"
    REMOVED = "removed"
    REVISED = "revised"
    CORRECTED = "corrected"


class PartySource(StrEnum):
    """Which layout a party was read from."""

    GPO_TABLE = "gpo_table"
    PRINTED = "printed"
    OFAC_LIST = "ofac_list"


class PartyIdentifier(Event):
    """One identifying detail of a designated person (date of birth, passport, registration number, ...)."""

    kind: NonEmpty = Field(description="e.g. dob, pob, nationality, citizen, passport, national_id, gender")
    value: NonEmpty
    country: str | None = Field(default=None, description="Issuing country when printed, e.g. 'Iran'")


class Party(Event):
    """A party a rule or notice names in its own list (Entity List table, OFAC designations)."""

    name: NonEmpty = Field(description="The name exactly as printed")
    aliases: StrList = Field(default_factory=StrList)
    destination: str | None = Field(
        default=None, description='Destination heading as printed, e.g. "CHINA, PEOPLE\'S REPUBLIC OF"'
    )
    country: str | None = Field(
        default=None, description="Short English name of the destination, e.g. 'China'"
    )
    address: str | None = None
    license_requirement: str | None = None
    review_policy: str | None = None
    citation: str | None = Field(default=None, description="Federal Register citation as printed")
    action: PartyAction | None = None
    identifiers: list[PartyIdentifier] = Field(default_factory=list)
    programs: StrList = Field(default_factory=StrList, description="Sanctions programme tags, e.g. SDGT")
    entity_type: str | None = Field(default=None, description="individual, entity, vessel, aircraft")
    source: PartySource


class Severity(StrEnum):
    """How urgently a compliance officer should look."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """Ordering for min_severity filters."""
        return list(Severity).index(self)


class DocumentClassified(Event):
    """A document with its tags, entities and countries (value of exportwatch.classified.v1)."""

    schema_version: Literal[1] = 1
    event_id: NonEmpty
    document: DocumentSeen
    tags: list[TagAssignment] = Field(default_factory=list)
    entities: list[EntityMention] = Field(default_factory=list)
    countries: list[CountryMention] = Field(default_factory=list)
    parties: list[Party] | None = Field(
        default=None,
        description="Parties the document lists itself; None when not read for parties, [] when none",
    )
    severity: Severity = Severity.LOW
    severity_reason: str = ""
    classifier_version: str = "0"
    classified_at: datetime = Field(default_factory=utcnow)

    @property
    def tag_ids(self) -> frozenset[str]:
        """The ids of all tags on the event."""
        return frozenset(t.id for t in self.tags)


class WatchlistEntry(Event):
    """A team's own watched name (value of exportwatch.watchlist.v1, key `team_id:entry_id`)."""

    schema_version: Literal[1] = 1
    team_id: NonEmpty
    entry_id: NonEmpty
    name: NonEmpty
    aliases: list[str] = Field(default_factory=list)
    note: str | None = None
    updated_at: datetime = Field(default_factory=utcnow)

    @property
    def key(self) -> str:
        """Kafka key on the compacted topic."""
        return f"{self.team_id}:{self.entry_id}"


class DeadLetter(Event):
    """A message a service could not handle (value of exportwatch.deadletter.v1, key = original key)."""

    schema_version: Literal[1] = 1
    service: NonEmpty
    topic: NonEmpty
    partition: int | None = None
    offset: int | None = None
    key_b64: str | None = None
    value_b64: str = Field(description="The original value bytes, base64")
    error_type: NonEmpty
    error: str
    failed_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def wrap(
        cls,
        *,
        service: str,
        topic: str,
        value: bytes | None,
        key: bytes | None,
        error: BaseException,
        partition: int | None = None,
        offset: int | None = None,
    ) -> DeadLetter:
        """Build a dead letter around the original bytes and the exception that stopped them."""
        return cls(
            service=service,
            topic=topic,
            partition=partition,
            offset=offset,
            key_b64=base64.b64encode(key).decode() if key is not None else None,
            value_b64=base64.b64encode(value or b"").decode(),
            error_type=type(error).__name__,
            error=str(error)[:4000],
        )

    def original_value(self) -> bytes:
        """The original message bytes."""
        return base64.b64decode(self.value_b64)


EVENT_MODELS: dict[str, type[Event]] = {
    "DocumentSeen": DocumentSeen,
    "DocumentClassified": DocumentClassified,
    "ScreeningEntry": ScreeningEntry,
    "WatchlistEntry": WatchlistEntry,
    "DeadLetter": DeadLetter,
}
