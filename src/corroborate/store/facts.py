"""Writing one document's extraction: fact rows with stable ids, corrections re-applied."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from corroborate.consolidate.actors import resolve_actor
from corroborate.model import (
    FACT_TABLES,
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


def store_facts(
    session: Session,
    document: Document,
    extraction: Extraction,
    boilerplate: tuple[tuple[int, int], ...],
    extractor: str,
) -> list[Event]:
    """Insert the extraction's rows for `document`; returns its events, main event first."""
    doc_id, text = document.id, document.text
    used: set[str] = set()
    spans: list[dict[str, Any]] = [
        {"document_id": doc_id, "kind": "boilerplate", "label": None, "start": s, "end": e}
        for s, e in boilerplate
    ]
    spans += [
        {"document_id": doc_id, "kind": "sentence", "label": None, "start": s, "end": e}
        for s, e in extraction.sentences
    ]
    spans += [
        {"document_id": doc_id, "kind": "entity", "label": label, "start": s, "end": e}
        for s, e, label in extraction.entities
    ]
    if spans:
        session.execute(insert(TextSpan), spans)

    common = {"document_id": doc_id, "extractor": extractor}
    places = [
        PlaceMention(
            id=_unique(used, stable_id("pl", doc_id, p.start, p.end)),
            start=p.start,
            end=p.end,
            text=text[p.start : p.end],
            name=p.name,
            admin1=p.admin1,
            country=p.country,
            lat=p.lat,
            lon=p.lon,
            precision=p.precision,
            gazetteer_id=p.gazetteer_id,
            **common,
        )
        for p in extraction.places
    ]
    times = [
        TimeMention(
            id=_unique(used, stable_id("tm", doc_id, t.start, t.end)),
            start=t.start,
            end=t.end,
            text=text[t.start : t.end],
            type=t.type,
            value=t.value,
            start_date=t.start_date,
            end_date=t.end_date,
            precision=t.precision,
            **common,
        )
        for t in extraction.times
    ]
    session.add_all(places + times)
    # Flushed in dependency order: the unit of work orders by relationships, not bare FKs.
    session.flush()

    events: list[Event] = []
    for rank, found in enumerate(extraction.events):
        trigger = found.trigger
        event = Event(
            id=_unique(used, stable_id("ev", doc_id, trigger.start, trigger.end)),
            rank=rank,
            start=trigger.start,
            end=trigger.end,
            text=text[trigger.start : trigger.end],
            event_type=found.event_type,
            sub_event_type=found.sub_event_type,
            plover=found.plover,
            modality=found.modality,
            place_mention_id=places[found.place].id if found.place is not None else None,
            time_mention_id=times[found.time].id if found.time is not None else None,
            evidence=[[span.start, span.end] for span in found.evidence]
            or [[trigger.start, trigger.end]],
            **common,
        )
        for actor in found.actors:
            row = resolve_actor(session, actor.name, actor.kind, alias=actor.text)
            event.actors.append(
                EventActor(actor_id=row.id, role=actor.role, start=actor.start, end=actor.end)
            )
        events.append(event)
    session.add_all(events)
    session.flush()

    claims: list[Claim] = []
    for found in extraction.claims:
        speaker_actor = None
        if found.speaker_name and found.speaker_kind == "organisation":
            speaker_actor = resolve_actor(session, found.speaker_name, "other").id
        claims.append(
            Claim(
                id=_unique(
                    used,
                    stable_id(
                        "cl", doc_id, found.content.start, found.content.end, found.cue.start
                    ),
                ),
                start=found.content.start,
                end=found.content.end,
                text=text[found.content.start : found.content.end],
                speaker_name=found.speaker_name,
                speaker_kind=found.speaker_kind,
                speaker_role=found.speaker_role,
                speaker_affiliation=found.speaker_affiliation,
                speaker_actor_id=speaker_actor,
                speaker_start=found.speaker_start,
                speaker_end=found.speaker_end,
                cue_start=found.cue.start,
                cue_end=found.cue.end,
                stance=found.stance,
                hedged=found.hedged,
                opinion=found.opinion,
                event_id=events[found.event].id if found.event is not None else None,
                **common,
            )
        )
    session.add_all(claims)
    session.flush()

    for event, found in zip(events, extraction.events, strict=True):
        for figure in found.figures:
            event.figures.append(
                Figure(
                    id=_unique(
                        used, stable_id("fg", doc_id, figure.kind, figure.start, figure.end)
                    ),
                    start=figure.start,
                    end=figure.end,
                    text=text[figure.start : figure.end],
                    kind=figure.kind,
                    value=figure.value,
                    low=figure.low,
                    high=figure.high,
                    qualifier=figure.qualifier,
                    claim_id=claims[figure.claim].id if figure.claim is not None else None,
                    **common,
                )
            )
    session.flush()
    apply_corrections(session, used)
    return events


def apply_corrections(session: Session, fact_ids: set[str]) -> None:
    """Re-apply analysts' corrections to the facts just extracted (newest last, so it wins)."""
    if not fact_ids:
        return
    corrections = session.scalars(
        select(Correction).where(Correction.fact_id.in_(fact_ids)).order_by(Correction.id)
    ).all()
    for correction in corrections:
        row = session.get(FACT_TABLES[correction.table], correction.fact_id)
        if row is not None:
            setattr(row, correction.field, correction.value["value"])
