"""The one data model: every table of the ledger, every closed vocabulary, and the frozen
records that pass between stages (ingest -> extract -> consolidate -> assess -> store).

Every fact row carries ``document_id``, ``start`` and ``end`` so that
``document.text[start:end]`` is its evidence (EXPORT.md), the ``extractor`` that made it, and a
stable id derived from what it is, so analysts' corrections (``corrections``) survive a
re-extraction that finds the same fact again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import dataclass, fields, is_dataclass, replace
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# --------------------------------------------------------------------------- closed sets


class Modality(StrEnum):
    OCCURRED = "occurred"
    ALLEGED = "alleged"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"
    REFERENCE = "reference"


class Stance(StrEnum):
    ASSERTS = "asserts"
    DENIES = "denies"
    ALLEGES = "alleges"
    CONFESSES = "confesses"
    RETRACTS = "retracts"
    QUESTIONS = "questions"


class SpeakerKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    DOCUMENT = "document"
    ANONYMOUS = "anonymous"


class FigureKind(StrEnum):
    KILLED = "killed"
    INJURED = "injured"
    ARRESTED = "arrested"
    SEIZED = "seized"


class Qualifier(StrEnum):
    EXACT = "exact"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    ABOUT = "about"
    MORE_THAN = "more_than"
    RANGE = "range"
    ZERO = "zero"


def stated_interval(
    qualifier: str, number: int, low: int | None = None, high: int | None = None
) -> tuple[int, float]:
    """The values a figure stated as `number` with `qualifier` allows (a range: `low` to
    `high`): exact n -> [n, n]; zero -> [0, 0]; at least n and more than n -> [n, open]
    (writers use "more than 60" loosely, and a toll told as a bound rises); at most n ->
    [0, n]; about n -> [0.75 n, 1.25 n] rounded outward. The one reading of a qualifier, for
    an incident's figures (assess/figures.py) and for linking reports (consolidate/incidents.py).
    """
    if qualifier == Qualifier.ZERO:
        return 0, 0
    if qualifier in (Qualifier.AT_LEAST, Qualifier.MORE_THAN):
        return number, math.inf
    if qualifier == Qualifier.AT_MOST:
        return 0, number
    if qualifier == Qualifier.ABOUT:
        return math.floor(0.75 * number), math.ceil(1.25 * number)
    if qualifier == Qualifier.RANGE:
        return (low if low is not None else number), (high if high is not None else number)
    return number, number


def intervals_meet(a: tuple[int, float], b: tuple[int, float]) -> bool:
    """True when two stated_interval values can both be true (one count can be each)."""
    return a[0] <= b[1] and b[0] <= a[1]


class Status(StrEnum):
    CORROBORATED = "corroborated"
    SINGLE_SOURCE = "single_source"
    DISPUTED = "disputed"
    DENIED = "denied"
    ALLEGED = "alleged"


class ContradictionKind(StrEnum):
    NUMBER = "number"
    POLARITY = "polarity"
    RESPONSIBILITY = "responsibility"
    AUTHORITY = "authority"
    OCCURRENCE = "occurrence"


class Precision(StrEnum):
    """How precise a place is."""

    POINT = "point"
    TOWN = "town"
    DISTRICT = "district"
    REGION = "region"
    COUNTRY = "country"


class DatePrecision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class TimeType(StrEnum):
    DATE = "date"
    TIME = "time"
    DURATION = "duration"
    SET = "set"


class Role(StrEnum):
    ACTOR1 = "actor1"
    ACTOR2 = "actor2"
    ASSOCIATE = "associate"


class ActorKind(StrEnum):
    STATE_FORCES = "state forces"
    PARAMILITARY = "paramilitary"
    POLICE = "police"
    MILITARY = "military"
    POLITICAL_PARTY = "political party"
    REBEL_GROUP = "rebel group"
    MILITIA = "militia"
    PROTESTERS = "protesters"
    RIOTERS = "rioters"
    CIVILIANS = "civilians"
    COURT = "court"
    GOVERNMENT_BODY = "government body"
    FOREIGN_GOVERNMENT = "foreign government"
    INTERNATIONAL_ORGANISATION = "international organisation"
    JOURNALIST = "journalist"
    MEDIA = "media"
    OTHER = "other"


# ACLED interaction codes: 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
# 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
ACLED_INTER: dict[ActorKind, int] = {
    ActorKind.STATE_FORCES: 1,
    ActorKind.PARAMILITARY: 1,
    ActorKind.POLICE: 1,
    ActorKind.MILITARY: 1,
    ActorKind.REBEL_GROUP: 2,
    ActorKind.POLITICAL_PARTY: 3,
    ActorKind.MILITIA: 3,
    ActorKind.RIOTERS: 5,
    ActorKind.PROTESTERS: 6,
    ActorKind.CIVILIANS: 7,
    ActorKind.JOURNALIST: 7,
    ActorKind.MEDIA: 7,
    ActorKind.COURT: 1,
    ActorKind.GOVERNMENT_BODY: 1,
    ActorKind.FOREIGN_GOVERNMENT: 8,
    ActorKind.INTERNATIONAL_ORGANISATION: 8,
    ActorKind.OTHER: 8,
}


# --------------------------------------------------------------------------- records
# Frozen records passed between stages. Offsets are character offsets into the text the
# extractor saw; `shift` moves them when a long text was parsed in pieces.


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class ArticleInput:
    """One article as a reader found it, before it is stored."""

    text: str
    source: str  # file path (or "-") for messages
    line: int | None = None  # line number in a JSON Lines file
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: dt.date | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()  # spans of `text` that are not article text


@dataclass(frozen=True)
class IngestProblem:
    """A bad input: reported in one line, recorded, skipped."""

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class PlaceFound:
    start: int
    end: int
    text: str
    name: str | None = None
    admin1: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    lat: float | None = None
    lon: float | None = None
    precision: str | None = None  # Precision value
    gazetteer_id: str | None = None


@dataclass(frozen=True)
class TimeFound:
    start: int
    end: int
    text: str
    type: str  # TimeType value
    value: str | None = None  # TIMEX3 value
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    precision: str | None = None  # DatePrecision value


@dataclass(frozen=True)
class ActorFound:
    """An actor mention in one document, with its role in one event."""

    start: int
    end: int
    text: str
    name: str  # canonical name as far as the document tells
    kind: str  # ActorKind value
    role: str  # Role value


@dataclass(frozen=True)
class FigureFound:
    kind: str  # FigureKind value
    value: int | None
    low: int | None
    high: int | None
    qualifier: str  # Qualifier value
    start: int
    end: int
    text: str
    claim: int | None = None  # index into the document's claims, or None (the reporter)


@dataclass(frozen=True)
class EventFound:
    event_type: str | None
    sub_event_type: str | None
    plover: str | None
    modality: str  # Modality value
    trigger: Span
    actors: tuple[ActorFound, ...] = ()
    place: int | None = None  # index into the document's places
    time: int | None = None  # index into the document's times
    figures: tuple[FigureFound, ...] = ()
    evidence: tuple[Span, ...] = ()  # the first few sentences telling it (MAX_EVIDENCE)
    # every word the event was found by, in text order: which event a word belongs to even
    # where its sentence lies beyond the evidence kept
    triggers: tuple[Span, ...] = ()
    # each of `triggers`' own modality, in the same order: a word told otherwise than the event
    # it joined ("arrested for the shooting" in a report of the shooting: alleged)
    trigger_modalities: tuple[str, ...] = ()
    # Set apart from another attack of the story by the day and the place its own phrases
    # name ("19 died in Saturday's attack in Daffo and three in Sunday's attack in Richa";
    # extract.events._told_apart_on_phrases): linking keeps the two apart as well.
    apart_on_phrases: bool = False


@dataclass(frozen=True)
class ClaimFound:
    speaker_name: str | None
    speaker_kind: str  # SpeakerKind value
    speaker_role: str | None
    speaker_affiliation: str | None
    speaker_start: int | None
    speaker_end: int | None
    cue: Span
    content: Span
    stance: str  # Stance value
    hedged: bool = False
    opinion: bool = False
    event: int | None = None  # index into the document's events


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document; indexes refer within these tuples."""

    language: str
    sentences: tuple[tuple[int, int], ...] = ()
    entities: tuple[tuple[int, int, str], ...] = ()
    places: tuple[PlaceFound, ...] = ()
    times: tuple[TimeFound, ...] = ()
    events: tuple[EventFound, ...] = ()
    claims: tuple[ClaimFound, ...] = ()
    # (country, province) of the places this article taught about its outlet's home
    outlet_places: tuple[tuple[str, str], ...] = ()


_OFFSET_NAMES = {"start", "end", "speaker_start", "speaker_end"}


def shift(record: Any, offset: int) -> Any:
    """Return `record` with every character offset in it moved by `offset`."""
    if offset == 0:
        return record
    if isinstance(record, tuple):
        if record and all(isinstance(x, int) for x in record[:2]) and not is_dataclass(record):
            # (start, end[, label]) tuples of sentences and entities
            return (record[0] + offset, record[1] + offset, *record[2:])
        return tuple(shift(x, offset) for x in record)
    if not is_dataclass(record):
        return record
    changes: dict[str, Any] = {}
    for f in fields(record):
        value = getattr(record, f.name)
        if f.name in _OFFSET_NAMES and isinstance(value, int):
            changes[f.name] = value + offset
        elif is_dataclass(value) or isinstance(value, tuple):
            changes[f.name] = shift(value, offset)
    return replace(record, **changes)


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from what a fact is, so that re-extraction finds the same id."""
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:14]}"


# --------------------------------------------------------------------------- tables

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


def utc_now() -> dt.datetime:
    """Now, in UTC, without a time zone (as the ledger's DateTime columns store it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class LedgerWrites(Base):
    """One row: how many writing transactions the ledger has committed. A writer bumps it
    first thing, which makes writers wait for one another (the row's lock on PostgreSQL, the
    database's write lock on SQLite) and tells a long-lived session whether someone else wrote
    since its own last write, so that what it holds in memory must be read again."""

    __tablename__ = "ledger_writes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class Outlet(Base):
    __tablename__ = "outlets"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    domain: Mapped[str | None] = mapped_column(String(200))
    affiliation: Mapped[str | None] = mapped_column(String(200))  # owner / party (independence)
    country: Mapped[str | None] = mapped_column(String(2))
    # Where its articles' places lie, learned from them in ingest order (places.OutletHome):
    # [[country, province, places], ...]
    home: Mapped[list[Any] | None] = mapped_column(JSON)


class Document(Base):
    __tablename__ = "documents"
    # One text once an outlet: a second outlet's print of the same words is its copy.
    __table_args__ = (
        UniqueConstraint("content_hash", "outlet_id", name="uq_documents_content_hash_outlet"),
    )
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    copy_of: Mapped[str | None] = mapped_column(ForeignKey("documents.id"))
    similarity: Mapped[float | None] = mapped_column(Float)  # estimated Jaccard to copy_of
    text: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(8), default="en")
    source: Mapped[str | None] = mapped_column(Text)  # path it came from
    extractor: Mapped[str | None] = mapped_column(String(80))
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)

    outlet: Mapped[Outlet | None] = relationship(lazy="joined")


class NearDuplicateBand(Base):
    """One LSH band of a document's MinHash: the near-duplicate index, looked up by equality."""

    __tablename__ = "near_duplicate_bands"
    band: Mapped[int] = mapped_column(Integer, primary_key=True)
    digest: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )


class MinHashSignature(Base):
    __tablename__ = "minhash_signatures"
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class IngestError(Base):
    __tablename__ = "ingest_errors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    line: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class TextSpan(Base):
    """Sentences, named entities and boilerplate of a document, by character offsets."""

    __tablename__ = "text_spans"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))  # sentence | entity | boilerplate
    label: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    __table_args__ = (Index("ix_text_spans_document_kind", "document_id", "kind"),)


class FactMixin:
    """Columns every extracted fact has."""

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    extractor: Mapped[str] = mapped_column(String(80))


class PlaceMention(FactMixin, Base):
    __tablename__ = "place_mentions"
    name: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[str | None] = mapped_column(String(20))
    gazetteer_id: Mapped[str | None] = mapped_column(String(40))


class TimeMention(FactMixin, Base):
    __tablename__ = "time_mentions"
    type: Mapped[str] = mapped_column(String(20))
    value: Mapped[str | None] = mapped_column(String(60))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    precision: Mapped[str | None] = mapped_column(String(20))


class Actor(Base):
    __tablename__ = "actors"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(40))
    inter: Mapped[int | None] = mapped_column(Integer)
    aliases: Mapped[list[ActorAlias]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", lazy="selectin"
    )


class ActorAlias(Base):
    __tablename__ = "actor_aliases"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)  # normalised for lookup
    actor: Mapped[Actor] = relationship(back_populates="aliases")
    __table_args__ = (UniqueConstraint("actor_id", "key"),)


class Incident(Base):
    __tablename__ = "incidents"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_type: Mapped[str | None] = mapped_column(String(80))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    modality: Mapped[str] = mapped_column(String(20), default="occurred")
    status: Mapped[str] = mapped_column(String(20), default="single_source")
    date_start: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place_name: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    place_precision: Mapped[str | None] = mapped_column(String(20))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # figures, actors
    questions: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # False from the moment a document joins until the incident is assessed again: an ingest
    # assesses at the end of its batch, and a batch killed before that leaves the flag for the
    # next ingest to finish.
    assessed: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class IncidentMember(Base):
    """One report an incident holds for linking (consolidate.incidents.Report: what linking
    compares of one event, or of a document in which no event was found). A row per report: a
    report joining an incident writes its own row, where the incident's whole member list was
    written again inside its summary each time one joined."""

    __tablename__ = "incident_members"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    # Join order within the incident (a merged incident's reports after the keeper's): linking
    # reads the reports in this order, and its ties go to the first.
    position: Mapped[int] = mapped_column(Integer)
    document_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    main: Mapped[bool] = mapped_column(Boolean)  # the document's main event, or the document
    modality: Mapped[str] = mapped_column(String(20))
    published: Mapped[dt.date | None] = mapped_column(Date)
    event_type: Mapped[str | None] = mapped_column(String(80))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    date_start: Mapped[dt.date | None] = mapped_column(Date)
    date_end: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    copy_of: Mapped[str | None] = mapped_column(String(40))
    outlet: Mapped[str | None] = mapped_column(String(200))
    # Lists and vectors as JSON: read whole, never queried into.
    actors: Mapped[list[Any]] = mapped_column(JSON)
    persons: Mapped[list[Any]] = mapped_column(JSON)
    ages: Mapped[list[Any]] = mapped_column(JSON)
    streets: Mapped[list[Any]] = mapped_column(JSON)
    killed: Mapped[list[Any]] = mapped_column(JSON)
    injured: Mapped[list[Any]] = mapped_column(JSON)
    accidental: Mapped[bool] = mapped_column(Boolean)
    # Its article told another attack apart from it, of another day in a town nearby
    # (consolidate.incidents.Report.set_apart).
    set_apart: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    words: Mapped[dict[str, Any]] = mapped_column(JSON)
    names: Mapped[dict[str, Any]] = mapped_column(JSON)


class Event(FactMixin, Base):
    """One event reported in one document; `start`/`end` is its trigger."""

    __tablename__ = "events"
    rank: Mapped[int] = mapped_column(Integer)  # 0 = the document's main event
    incident_id: Mapped[str | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="SET NULL"), index=True
    )
    event_type: Mapped[str | None] = mapped_column(String(80))
    sub_event_type: Mapped[str | None] = mapped_column(String(80))
    plover: Mapped[str | None] = mapped_column(String(40))
    modality: Mapped[str] = mapped_column(String(20))
    place_mention_id: Mapped[str | None] = mapped_column(
        ForeignKey("place_mentions.id", ondelete="SET NULL")
    )
    time_mention_id: Mapped[str | None] = mapped_column(
        ForeignKey("time_mentions.id", ondelete="SET NULL")
    )
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [[start, end], ...]
    # Set apart from another attack of its article by the day and place its own words name
    # (EventFound.apart_on_phrases).
    apart_on_phrases: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    actors: Mapped[list[EventActor]] = relationship(
        cascade="all, delete-orphan", lazy="selectin", order_by="EventActor.id"
    )
    figures: Mapped[list[Figure]] = relationship(
        # (two figures of one phrase, "Nobody was harmed": killed and injured, by id)
        cascade="all, delete-orphan",
        lazy="selectin",
        order_by="[Figure.start, Figure.id]",
    )


class EventActor(Base):
    __tablename__ = "event_actors"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[str] = mapped_column(ForeignKey("actors.id"))
    role: Mapped[str] = mapped_column(String(20))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Figure(FactMixin, Base):
    __tablename__ = "figures"
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    value: Mapped[int | None] = mapped_column(Integer)
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(20))
    claim_id: Mapped[str | None] = mapped_column(ForeignKey("claims.id", ondelete="SET NULL"))


class Claim(FactMixin, Base):
    """An attributed claim; `start`/`end` is its content span."""

    __tablename__ = "claims"
    speaker_name: Mapped[str | None] = mapped_column(String(300))
    speaker_kind: Mapped[str] = mapped_column(String(20))
    speaker_role: Mapped[str | None] = mapped_column(String(200))
    speaker_affiliation: Mapped[str | None] = mapped_column(String(300))
    speaker_actor_id: Mapped[str | None] = mapped_column(ForeignKey("actors.id"))
    speaker_start: Mapped[int | None] = mapped_column(Integer)
    speaker_end: Mapped[int | None] = mapped_column(Integer)
    cue_start: Mapped[int] = mapped_column(Integer)
    cue_end: Mapped[int] = mapped_column(Integer)
    stance: Mapped[str] = mapped_column(String(20))
    hedged: Mapped[bool] = mapped_column(Boolean, default=False)
    opinion: Mapped[bool] = mapped_column(Boolean, default=False)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"))


class Contradiction(Base):
    __tablename__ = "contradictions"
    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    incident_id: Mapped[str] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str] = mapped_column(Text)
    sides: Mapped[list[Any]] = mapped_column(JSON, default=list)


class Correction(Base):
    """An analyst's correction of one field of one fact, re-applied after every extraction."""

    __tablename__ = "corrections"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    table: Mapped[str] = mapped_column(String(40))
    fact_id: Mapped[str] = mapped_column(String(40), index=True)
    field: Mapped[str] = mapped_column(String(60))
    value: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"value": ...}
    author: Mapped[str] = mapped_column(String(120))
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)


class AuditEntry(Base):
    """Who changed what, when, from what to what, and why."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utc_now)
    author: Mapped[str] = mapped_column(String(120))
    table: Mapped[str] = mapped_column(String(40))
    fact_id: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(60))
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)


FACT_TABLES: dict[str, type[Base]] = {
    "place_mentions": PlaceMention,
    "time_mentions": TimeMention,
    "events": Event,
    "figures": Figure,
    "claims": Claim,
}
