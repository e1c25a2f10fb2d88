"""Writing one document's extraction: fact rows with stable ids, corrections re-applied."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session, make_transient_to_detached
from sqlalchemy.orm.attributes import set_committed_value

from corroborate.consolidate.actors import ActorResolver, document_referent, speaking_body
from corroborate.consolidate.incidents import DocumentFacts, facts_of
from corroborate.model import (
    FACT_TABLES,
    Actor,
    Claim,
    Correction,
    Document,
    Event,
    EventActor,
    Extraction,
    Figure,
    PlaceMention,
    TextSpan,
    TimeMention,
    stable_id,
)


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


def _insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> None:
    # Core executemany, in dependency order: the ORM's unit of work costs ~10x more for these
    # plain rows and orders inserts by relationships, not by bare foreign keys.
    if rows:
        session.connection().execute(insert(model.__table__), rows)


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
    bodies = {name: (name, speaking_body(name)[1], None) for name in speaking if name}
    named += bodies.values()
    resolver = ActorResolver(session, named)
    # a speaking body is the actor the document otherwise names so ("Police", "JSM")
    referents = {
        name: document_referent(name, [other for other in named if other[0] != name]) or body
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
    # the speakers' actors too, so that the document's new actors go out in one flush
    speaker_actors = [actor_of(*named_as).id if named_as else None for named_as in speaking_as]
    session.flush()  # new actors before the rows that name them
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
        (PlaceMention(**row) for row in places if row["id"] in place_ids),
        (TimeMention(**row) for row in times if row["id"] in time_ids),
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
        figures.setdefault(row["event_id"], []).append(Figure(**row))
    actors: dict[str, list[EventActor]] = {}
    for row in actor_rows:  # in insertion order, as their ids order them
        actors.setdefault(row["event_id"], []).append(EventActor(**row))
    events = []
    for row in event_rows:  # by rank
        event = Event(**row)
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
