"""Assessment of the incidents a new article touched: actors, figures, contradictions,
corroboration, status and open questions, all recomputed from the incident's reports (so the
result does not depend on the order the articles came in)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session, lazyload, selectinload

from corroborate.assess.contradictions import (
    Found,
    Statement,
    authority_contradictions,
    number_contradictions,
    occurrence_contradictions,
    polarity_contradictions,
    responsibility_contradictions,
)
from corroborate.assess.corroboration import claim_source, outlet_source
from corroborate.assess.figures import FIGURE_FIELDS, Reported, best_of, value_entry
from corroborate.assess.questions import questions_for
from corroborate.assess.status import figure_status, incident_status
from corroborate.model import (
    Actor,
    Claim,
    Contradiction,
    ContradictionKind,
    Document,
    Event,
    Incident,
    Modality,
    stable_id,
)


def assess_incidents(session: Session, incident_ids: Iterable[str]) -> None:
    """Recompute what is known of each incident (skipping ids merged away meanwhile)."""
    for incident_id in sorted(set(incident_ids)):
        incident = session.get(Incident, incident_id)
        if incident is not None:
            assess_incident(session, incident)
    session.flush()


def _events_of(session: Session, incident: Incident) -> list[Event]:
    """The incident's events with their actors and figures, each event's read once a session:
    an ingest batch re-assesses a large incident for every article that joins it."""
    events = list(
        session.scalars(
            select(Event)
            .where(Event.incident_id == incident.id)
            .order_by(Event.document_id, Event.rank)
            .options(lazyload(Event.actors), lazyload(Event.figures))
        )
    )
    unloaded = [e.id for e in events if {"actors", "figures"} & inspect(e).unloaded]
    if unloaded:
        session.scalars(
            select(Event)
            .where(Event.id.in_(unloaded))
            .options(selectinload(Event.actors), selectinload(Event.figures))
        ).all()
    return events


def assess_incident(session: Session, incident: Incident) -> None:
    """Actors, figures, contradictions, status and questions of one incident."""
    events = _events_of(session, incident)
    documents = {
        d.id: d
        for d in session.scalars(
            select(Document).where(Document.id.in_({e.document_id for e in events}))
        )
    }
    claims = list(
        session.scalars(
            select(Claim)
            .where(Claim.event_id.in_([e.id for e in events]))
            .order_by(Claim.document_id, Claim.start)
        )
    )
    claims_by_id = {c.id: c for c in claims}
    for figure in (f for e in events for f in e.figures):
        if figure.claim_id and figure.claim_id not in claims_by_id:
            claim = session.get(Claim, figure.claim_id)
            if claim is not None:
                claims_by_id[claim.id] = claim
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_of[claim.event_id or ""].append(claim)

    # Whose voice each event is told in: the claim it rests on, else the outlet.
    sources = {}
    for event in events:
        asserting = [c for c in claims_of.get(event.id, []) if c.stance != "denies"]
        sources[event.id] = (
            claim_source(session, asserting[0], documents[event.document_id])
            if asserting
            else outlet_source(session, documents[event.document_id])
        )
    statements = [
        Statement(c, documents[c.document_id], claim_source(session, c, documents[c.document_id]))
        for c in claims
    ]

    values: dict[str, list[Reported]] = defaultdict(list)
    for event in events:
        if event.modality == Modality.HYPOTHETICAL.value:
            continue
        document = documents[event.document_id]
        for figure in event.figures:
            if figure.kind not in FIGURE_FIELDS:
                continue
            claim = claims_by_id.get(figure.claim_id or "")
            values[figure.kind].append(
                Reported(
                    figure=figure,
                    event=event,
                    document=document,
                    claim=claim,
                    source=claim_source(session, claim, document),
                )
            )

    actors = {
        a.id: a
        for a in session.scalars(
            select(Actor).where(Actor.id.in_({a.actor_id for e in events for a in e.actors}))
        )
    }
    found: list[Found] = [
        *occurrence_contradictions(events, documents, claims_of),
        *number_contradictions(values),
        *polarity_contradictions(
            [s for s in statements if not _about_denied_event(s, events)], events, documents
        ),
        *responsibility_contradictions(events, actors, sources, documents, claims_of),
        *authority_contradictions(statements),
    ]
    session.execute(delete(Contradiction).where(Contradiction.incident_id == incident.id))
    for item in found:
        session.add(
            Contradiction(
                id=stable_id("ct", incident.id, item.kind, item.key),
                incident_id=incident.id,
                kind=item.kind,
                summary=item.summary,
                sides=[s.as_json() for s in item.sides],
            )
        )

    summary: dict[str, Any] = dict(incident.summary or {})
    summary["actors"] = incident_actors(events)
    disputed = {f.key for f in found if f.kind == ContradictionKind.NUMBER.value}
    for kind, name in FIGURE_FIELDS.items():
        reported = sorted(
            values.get(kind, []),
            key=lambda v: (
                v.published.isoformat() if v.published else "",
                v.document.id,
                v.figure.start,
            ),
        )
        low, best, high = best_of(reported)
        summary[name] = {
            "low": low,
            "best": best,
            "high": high,
            "status": figure_status(reported, best, kind in disputed),
            "values": [value_entry(v) for v in reported],
        }
    incident.summary = summary
    occurred_sources = [
        sources[e.id]
        for e in events
        if e.modality in (Modality.OCCURRED.value, Modality.REFERENCE.value)
    ]
    if not events:
        # Linked on document-level evidence only: each document's outlet is a source.
        members = summary.get("documents", [])
        occurred_sources = [
            outlet_source(session, d)
            for d in session.scalars(select(Document).where(Document.id.in_(members)))
        ]
    incident.status = incident_status(incident.modality, len(found), occurred_sources)
    main = min(
        events, key=lambda e: (e.modality != incident.modality, e.rank, e.document_id), default=None
    )
    incident.questions = questions_for(
        found,
        statements,
        trigger=main.text if main is not None else None,
        sub_event_type=incident.sub_event_type,
        victims=_victims(summary),
    )


def _about_denied_event(statement: Statement, events: list[Event]) -> bool:
    """A denial carried by an event of modality "denied" is an occurrence contradiction."""
    return any(
        e.id == statement.claim.event_id and e.modality == Modality.DENIED.value for e in events
    )


def _victims(summary: dict[str, Any]) -> list[str]:
    """Full names of persons the incident's reports name, most reported first."""
    named = Counter(p for m in summary.get("members", []) for p in m.get("persons", []))
    return [name.title() for name, _ in named.most_common(2)]


def incident_actors(events: list[Event]) -> list[dict[str, str]]:
    """The incident's actors with the role most reports give them, most reported first."""
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for event in events:
        for link in event.actors:
            roles[link.actor_id][link.role] += 1
    ranked = sorted(roles, key=lambda a: (-sum(roles[a].values()), a))
    return [{"actor": a, "role": min(roles[a], key=lambda r: (-roles[a][r], r))} for a in ranked]
