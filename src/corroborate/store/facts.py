"""Writing one document's extraction: fact rows with stable ids, corrections re-applied."""

from __future__ import annotations

import functools
from operator import attrgetter
from typing import Any, TypeVar

from sqlalchemy import Insert, Select, Update, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value

from corroborate.consolidate.actors import (
    ActorResolver,
    document_referent,
    government_named_by_place,
    speaking_body,
)
from corroborate.consolidate.incidents import DocumentFacts, facts_of
from corroborate.model import (
    FACT_TABLES,
    Actor,
    ActorAlias,
    ActorKind,
    Base,
    Claim,
    Correction,
    Document,
    Event,
    EventActor,
    Extraction,
    Figure,
    Outlet,
    PlaceMention,
    TextSpan,
    TimeMention,
    stable_id,
)

_Row = TypeVar("_Row", bound=Base)


def _unique(ids: set[str], candidate: str) -> str:
    """`candidate`, suffixed if this document already used it (two facts on one span)."""
    unique, n = candidate, 1
    while unique in ids:
        n += 1
        unique = f"{candidate}.{n}"
    ids.add(unique)
    return unique


def clear_facts(session: Session, document_id: str) -> None:
    """Delete what extraction stored for a document (corrections are kept apart)."""
    for table in (Figure, Claim, Event, PlaceMention, TimeMention):
        session.execute(delete(table).where(table.document_id == document_id))
    session.execute(delete(TextSpan).where(TextSpan.document_id == document_id))


def _made(model: type[_Row], row: dict[str, Any]) -> _Row:
    """An object of `model` holding `row`, its state made as a query's loading makes it: the
    mapped __init__ sets each column through an attribute event, which cost more than the
    rest of making the object (1,700 objects per 150 articles)."""
    made: _Row = model.__mapper__.class_manager.new_instance()
    made.__dict__.update(row)
    return made


@functools.cache
def _document_insert() -> Insert:
    return insert(Document.__table__)


def store_document(session: Session, row: dict[str, Any], outlet: Outlet | None) -> Document:
    """Insert a document's row (every column given) and return it as the session's persistent
    object, as if flushed: through the unit of work the one row cost 0.6 ms a document."""
    session.connection().execute(_document_insert(), row)
    document = _made(Document, row)
    make_transient_to_detached(document)  # as if loaded: no pending insert
    session.add(document)
    set_committed_value(document, "outlet", outlet)
    return document


@functools.cache
def _home_statements() -> tuple[Select[Any], Update]:
    table = Outlet.__table__
    this_outlet = table.c.id == bindparam("outlet_id")
    return (
        select(table.c.home).where(this_outlet).with_for_update(),
        update(table).where(this_outlet).values(home=bindparam("home", type_=table.c.home.type)),
    )


def read_home(session: Session, outlet: Outlet) -> Any:
    """An outlet's stored home, read afresh and its row locked (on PostgreSQL) for the
    document's transaction: another writer may have added to it since it was loaded."""
    read, _ = _home_statements()
    return session.connection().scalar(read, {"outlet_id": outlet.id})


def write_home(session: Session, outlet: Outlet, home: list[Any], stored: Any) -> None:
    """Store an outlet's home where it changed from what `read_home` read, and give the object
    the value as its committed state (a Core statement: no refresh, no flush of the object)."""
    if home != stored:
        _, write = _home_statements()
        session.connection().execute(write, {"outlet_id": outlet.id, "home": home})
    set_committed_value(outlet, "home", home)


@functools.cache
def _actor_inserts() -> tuple[Insert, Insert]:
    aliases = ActorAlias.__table__
    return (
        insert(Actor.__table__),
        # ids in the order of the rows: batched on PostgreSQL, a statement a row on SQLite
        # (as the unit of work inserts them)
        insert(aliases).returning(aliases.c.id, sort_by_parameter_order=True),
    )


def _actor_key(actor_id: str) -> Any:
    return Actor.__mapper__.identity_key_from_primary_key((actor_id,))


def write_new_actors(session: Session) -> None:
    """Insert the actors and aliases the session holds as new, in the order the unit of work
    would, and make them its persistent objects as if flushed: a flush cost about 0.8 ms
    for these few rows, in half the documents. Anything else new or deleted: a flush."""
    states = sorted((instance_state(new) for new in session.new), key=attrgetter("insert_order"))
    if not states:
        return
    actors: list[Actor] = [state.obj() for state in states if state.class_ is Actor]
    if (
        session.deleted
        or any(state.class_ not in (Actor, ActorAlias) for state in states)
        # an actor of an id the session holds: the unit of work makes its insert an update
        or any(session.identity_map.get(_actor_key(actor.id)) is not None for actor in actors)
    ):
        session.flush()
        return
    aliases: list[ActorAlias] = [state.obj() for state in states if state.class_ is ActorAlias]
    insert_actors, insert_aliases = _actor_inserts()
    connection = session.connection()
    if actors:
        connection.execute(
            insert_actors,
            [{"id": a.id, "name": a.name, "kind": a.kind, "inter": a.inter} for a in actors],
        )
    owners = {id(actor): actor for actor in actors}
    if aliases:
        rows = [{"actor_id": a.actor.id, "alias": a.alias, "key": a.key} for a in aliases]
        ids = connection.execute(insert_aliases, rows).scalars().all()
        for alias, row, alias_id in zip(aliases, rows, ids, strict=True):
            alias.__dict__.update(id=alias_id, actor_id=row["actor_id"])
            owners.setdefault(id(alias.actor), alias.actor)
    new = [*actors, *aliases]
    for made in new:
        if made in session:  # (an actor's expunge takes its aliases along)
            session.expunge(made)
    for made in new:
        make_transient_to_detached(made)  # as if loaded: no pending insert
    session.add_all(new)
    # stored actors given a new alias: their alias lists as stored now
    for actor in owners.values():
        set_committed_value(actor, "aliases", list(actor.aliases))


def _insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    # Core executemany, in dependency order: the ORM's unit of work costs ~10x more for these
    # plain rows and orders inserts by relationships, not by bare foreign keys.
    if rows:
        session.connection().execute(insert(model.__table__), rows)


def _speaking_actor(name: str) -> tuple[str, str, str | None]:
    """(name, kind, alias) of the actor a speaking body is: a state named by its capital or its
    country ("Kabul denies") is its government; else the body as named, of the kind its name
    says ("National Police Service")."""
    if (government := government_named_by_place(name)) is not None:
        return government, ActorKind.GOVERNMENT_BODY.value, name
    return name, speaking_body(name)[1], None


def _country_told(extraction: Extraction) -> str | None:
    """The country of the place the document's first placed event happened in, if any."""
    for event in extraction.events:
        if event.place is not None:
            return extraction.places[event.place].country or None
    return None


def _national_body(speaker: str, country: str | None) -> tuple[str, str, str | None] | None:
    """A force of the country the document's events happen in, named by a speaking body the
    document's events do not name ("the Philippine National Police said", "Police said" in a
    report of a raid in Manila): the force of that country, as the events of other reports
    name it, with the speaker's name as its alias."""
    from corroborate.extract.actors import COUNTRY_SLOT, country_name, fill_country

    template, kind = speaking_body(speaker)
    if kind == "other" or COUNTRY_SLOT not in template or not country:
        return None
    name = fill_country(template, country_name(country))
    return (name, kind, speaker) if name != template else None


def store_facts(
    session: Session,
    document: Document,
    extraction: Extraction,
    boilerplate: tuple[tuple[int, int], ...],
    extractor: str,
    *,
    corrections: bool = True,
) -> tuple[list[Event], DocumentFacts | None]:
    """Insert the extraction's rows for `document`; returns its events, main event first, and
    what linking reads of its rows, made from the rows written (None when an analyst's
    correction changed some of them: then it is read back). `corrections`: whether to look for
    corrections to re-apply; a document stored for the first time has none (documents are never
    deleted and a text is stored once), so its ingest skips the query."""
    doc_id, text = document.id, document.text
    used: set[str] = set()
    actors: dict[tuple[str, str, str | None], Actor] = {}
    session.flush()  # the document row first
    # each claim's speaker when an organisation speaks (an actor of its own), else None
    speaking = [
        c.speaker_name if c.speaker_name and c.speaker_kind == "organisation" else None
        for c in extraction.claims
    ]
    # the actors the document names, its events' first; a speaking body of its own is of the
    # kind its name says ("National Police Service")
    named = [(a.name, a.kind, a.text) for found in extraction.events for a in found.actors]
    bodies = {name: _speaking_actor(name) for name in speaking if name}
    named += bodies.values()
    resolver = ActorResolver(session, named)
    # a speaking body is the actor the document otherwise names so ("Police", "JSM")
    country = _country_told(extraction)
    referents = {
        name: document_referent(name, [other for other in named if other[0] != name])
        or _national_body(name, country)
        or body
        for name, body in bodies.items()
    }
    speaking_as = [referents[name] if name else None for name in speaking]

    def actor_of(name: str, kind: str, alias: str | None = None) -> Actor:
        # A name met again in this document is the actor it resolved to the first time (whose
        # aliases it already added): one look-up per name, not one per mention.
        key = (name, kind, alias)
        if key not in actors:
            actors[key] = resolver.resolve(name, kind, alias=alias)
        return actors[key]

    spans = [("boilerplate", None, s, e) for s, e in boilerplate]
    spans += [("sentence", None, s, e) for s, e in extraction.sentences]
    spans += [("entity", label, s, e) for s, e, label in extraction.entities]
    _insert(
        session,
        TextSpan,
        [
            {"document_id": doc_id, "kind": kind, "label": label, "start": s, "end": e}
            for kind, label, s, e in spans
        ],
    )

    def fact(prefix: str, start: int, end: int, *key: object) -> dict[str, Any]:
        return {
            "id": _unique(used, stable_id(prefix, doc_id, start, end, *key)),
            "document_id": doc_id,
            "extractor": extractor,
            "start": start,
            "end": end,
            "text": text[start:end],
        }

    places = [
        fact("pl", p.start, p.end)
        | {
            "name": p.name,
            "admin1": p.admin1,
            "country": p.country,
            "lat": p.lat,
            "lon": p.lon,
            "precision": p.precision,
            "gazetteer_id": p.gazetteer_id,
        }
        for p in extraction.places
    ]
    times = [
        fact("tm", t.start, t.end)
        | {
            "type": t.type,
            "value": t.value,
            "start_date": t.start_date,
            "end_date": t.end_date,
            "precision": t.precision,
        }
        for t in extraction.times
    ]
    _insert(session, PlaceMention, places)
    _insert(session, TimeMention, times)

    events, event_actors = [], []
    for rank, found in enumerate(extraction.events):
        trigger = found.trigger
        event = fact("ev", trigger.start, trigger.end) | {
            "rank": rank,
            "incident_id": None,
            "event_type": found.event_type,
            "sub_event_type": found.sub_event_type,
            "plover": found.plover,
            "modality": found.modality,
            "place_mention_id": places[found.place]["id"] if found.place is not None else None,
            "time_mention_id": times[found.time]["id"] if found.time is not None else None,
            "evidence": [[span.start, span.end] for span in found.evidence]
            or [[trigger.start, trigger.end]],
            "apart_on_phrases": found.apart_on_phrases,
        }
        events.append(event)
        for actor in found.actors:
            row = actor_of(actor.name, actor.kind, actor.text)
            event_actors.append(
                {
                    "event_id": event["id"],
                    "actor_id": row.id,
                    "role": actor.role,
                    "start": actor.start,
                    "end": actor.end,
                }
            )
    # the speakers' actors too, so that the document's new actors go out together
    speaker_actors = [actor_of(*named_as).id if named_as else None for named_as in speaking_as]
    write_new_actors(session)  # new actors before the rows that name them
    _insert(session, Event, events)
    _insert(session, EventActor, event_actors)

    claims = []
    for found, speaker_actor in zip(extraction.claims, speaker_actors, strict=True):
        claims.append(
            fact("cl", found.content.start, found.content.end, found.cue.start)
            | {
                "speaker_name": found.speaker_name,
                "speaker_kind": found.speaker_kind,
                "speaker_role": found.speaker_role,
                "speaker_affiliation": found.speaker_affiliation,
                "speaker_actor_id": speaker_actor,
                "speaker_start": found.speaker_start,
                "speaker_end": found.speaker_end,
                "cue_start": found.cue.start,
                "cue_end": found.cue.end,
                "stance": found.stance,
                "hedged": found.hedged,
                "opinion": found.opinion,
                "event_id": events[found.event]["id"] if found.event is not None else None,
            }
        )
    _insert(session, Claim, claims)

    figure_rows = [
        fact("fg", figure.start, figure.end, figure.kind)
        | {
            "event_id": event["id"],
            "kind": figure.kind,
            "value": figure.value,
            "low": figure.low,
            "high": figure.high,
            "qualifier": figure.qualifier,
            "claim_id": claims[figure.claim]["id"] if figure.claim is not None else None,
        }
        for event, found in zip(events, extraction.events, strict=True)
        for figure in found.figures
    ]
    _insert(session, Figure, figure_rows)
    corrected = corrections and apply_corrections(session, used)
    if corrected:  # read back as corrected
        events_read = select(Event).where(Event.document_id == doc_id).order_by(Event.rank)
        return list(session.scalars(events_read)), None
    stored = _stored_events(session, events, figure_rows, event_actors)
    # Rows in text order as the database orders them (by start, then insertion).
    spans.sort(key=lambda span: span[2])
    # ORM objects only for the places and times the events name (all linking reads of them)
    place_ids = {e.place_mention_id for e in stored}
    time_ids = {e.time_mention_id for e in stored}
    return stored, facts_of(
        spans,
        (claim["speaker_name"] for claim in claims),
        stored,
        (_made(PlaceMention, row) for row in places if row["id"] in place_ids),
        (_made(TimeMention, row) for row in times if row["id"] in time_ids),
    )


def _stored_events(
    session: Session,
    event_rows: list[dict[str, Any]],
    figure_rows: list[dict[str, Any]],
    actor_rows: list[dict[str, Any]],
) -> list[Event]:
    """The events just inserted, as the session's own persistent objects made from their rows
    (with their figures and actors), not read back with three statements more."""
    figures: dict[str, list[Figure]] = {}
    for row in sorted(figure_rows, key=lambda r: r["start"]):  # as Event.figures orders them
        figures.setdefault(row["event_id"], []).append(_made(Figure, row))
    actors: dict[str, list[EventActor]] = {}
    for row in actor_rows:  # in insertion order, as their ids order them
        actors.setdefault(row["event_id"], []).append(_made(EventActor, row))
    events = []
    for row in event_rows:  # by rank
        event = _made(Event, row)
        make_transient_to_detached(event)  # as if loaded: no pending insert
        session.add(event)
        # after add, so that no cascade makes the figures and actors pending inserts
        set_committed_value(event, "figures", figures.get(event.id, []))
        set_committed_value(event, "actors", actors.get(event.id, []))
        events.append(event)
    return events


def apply_corrections(session: Session, fact_ids: set[str]) -> bool:
    """Re-apply analysts' corrections to the facts just extracted (newest last, so it wins);
    True when there were some."""
    if not fact_ids:
        return False
    corrections = session.scalars(
        select(Correction).where(Correction.fact_id.in_(fact_ids)).order_by(Correction.id)
    ).all()
    for correction in corrections:
        row = session.get(FACT_TABLES[correction.table], correction.fact_id)
        if row is not None:
            setattr(row, correction.field, correction.value["value"])
    return bool(corrections)
