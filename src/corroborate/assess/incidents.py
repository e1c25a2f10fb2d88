"""Assessment of the incidents a new article touched: actors, figures, contradictions,
corroboration, status and open questions, all recomputed from the incident's reports (so the
result does not depend on the order the articles came in)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, inspect, select
from sqlalchemy.orm import Session, lazyload, selectinload

from corroborate.assess.contradictions import (
    Found,
    Statement,
    authority_contradictions,
    civilian_contradictions,
    claim_contradictions,
    number_contradictions,
    occurrence_contradictions,
    responsibility_contradictions,
    separate_documents,
)
from corroborate.assess.corroboration import (
    claim_source,
    full_names,
    outlet_source,
    speaker_affiliations,
)
from corroborate.assess.figures import (
    DEEP_CHARS,
    FIGURE_FIELDS,
    Reported,
    best_of,
    net_of_deaths_since,
    value_entry,
    without_roundups,
)
from corroborate.assess.questions import questions_for
from corroborate.assess.status import figure_status, incident_status
from corroborate.consolidate.incidents import VIOLENT_TYPES, Report, incident_members
from corroborate.consolidate.wording import person_key
from corroborate.model import (
    Actor,
    Claim,
    Contradiction,
    ContradictionKind,
    DatePrecision,
    Document,
    Event,
    Incident,
    Modality,
    stable_id,
)


def assess_incidents(session: Session, incident_ids: Iterable[str]) -> None:
    """Recompute what is known of each incident (skipping ids merged away meanwhile)."""
    incidents = [
        incident
        for incident_id in sorted(set(incident_ids))
        if (incident := session.get(Incident, incident_id)) is not None
    ]
    if not incidents:
        session.flush()
        return
    reads = read_incidents(session, incidents)
    # (one statement for all: each incident's own made the session flush what the one before
    # changed, a statement more per incident)
    session.execute(
        delete(Contradiction).where(Contradiction.incident_id.in_([i.id for i in incidents]))
    )
    for incident in incidents:
        _assess_incident(session, incident, reads)
    session.flush()


@dataclass(frozen=True)
class IncidentReads:
    """What assessing some incidents reads of the ledger, read once for all of them: each
    incident asked again for its events, documents, claims, commentary and actors, a dozen
    statements each, and those were most of an ingest batch's assessment time. (An assessment
    changes none of it.)"""

    events: dict[str, list[Event]]  # by incident, in (document, rank) order
    documents: dict[str, Document]  # by id: those of the events, and of event-less incidents
    claims: dict[str, list[Claim]]  # by incident: its events' claims, in (document, start) order
    commentary: dict[str, list[Claim]]  # by incident: incident_commentary's
    actors: dict[str, Actor]  # the events' actors, by id
    members: dict[str, list[Report]]  # by incident: the reports linking keeps, in join order
    # Claims and events read ahead for session.get to find (held here: outside an ingest's
    # session the identity map keeps them weakly).
    ahead: list[Claim | Event]


def read_incidents(session: Session, incidents: list[Incident]) -> IncidentReads:
    """What _assess_incident reads of the database, for all of `incidents`."""
    ids = [incident.id for incident in incidents]
    events: dict[str, list[Event]] = {incident_id: [] for incident_id in ids}
    for event in _events_of(session, ids):
        events[event.incident_id or ""].append(event)
    flat = [event for of_incident in events.values() for event in of_incident]
    members = incident_members(session, ids)
    # Linked on document-level evidence only: each document's outlet is a source.
    member_documents = {
        m.document for incident_id in ids if not events[incident_id] for m in members[incident_id]
    }
    documents = _by_id(session, Document, {e.document_id for e in flat} | member_documents)
    incident_of = {e.id: e.incident_id or "" for e in flat}
    claims: dict[str, list[Claim]] = {incident_id: [] for incident_id in ids}
    if flat:
        for claim in session.scalars(
            select(Claim)
            .where(Claim.event_id.in_(list(incident_of)))
            .order_by(Claim.document_id, Claim.start)
        ):
            claims[incident_of[claim.event_id or ""]].append(claim)
    commentary = _commentaries(session, events)
    actors = _by_id(session, Actor, {a.actor_id for e in flat for a in e.actors})
    read = {c.id for of_incident in claims.values() for c in of_incident}
    figure_claims = {
        f.claim_id for e in flat for f in e.figures if f.claim_id and f.claim_id not in read
    }
    ahead: list[Claim | Event] = list(_by_id(session, Claim, figure_claims).values())
    # the events of the commentary's claims (_assess_incident asks each statement's act)
    key_of = inspect(Event).identity_key_from_primary_key
    unread = {
        c.event_id
        for of_incident in commentary.values()
        for c in of_incident
        if c.event_id and session.identity_map.get(key_of((c.event_id,))) is None
    }
    ahead += _by_id(session, Event, unread).values()
    return IncidentReads(events, documents, claims, commentary, actors, members, ahead)


def _by_id(session: Session, model: Any, ids: set[str]) -> dict[str, Any]:
    """The rows of `model` with those ids, by id: those the session holds as they are, the
    others read in one statement (none when it holds them all). An ingest's session holds
    most of them (the documents and claims it stored), and reading them again fetched every
    document's text for nothing."""
    if not ids:
        return {}
    key_of = inspect(model).identity_key_from_primary_key
    found: dict[str, Any] = {}
    missing = []
    for row_id in ids:
        held = session.identity_map.get(key_of((row_id,)))
        if held is None:
            missing.append(row_id)
        else:
            found[row_id] = held
    if missing:
        read = session.scalars(select(model).where(model.id.in_(missing)))
        found |= {row.id: row for row in read}
    return found


def _events_of(session: Session, incident_ids: list[str]) -> list[Event]:
    """The incidents' events with their actors and figures, each event's read once a session:
    an ingest batch re-assesses a large incident for every article that joins it."""
    if not incident_ids:
        return []
    events = list(
        session.scalars(
            select(Event)
            .where(Event.incident_id.in_(incident_ids))
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


# A protest told beside another kind of incident ("workers chanted slogans outside the court;
# no arrests were made" after a raid) counts its own arrests, not the incident's. Its dead and
# wounded stay: a vigil typed as a protest often names the incident's victims again.
_PROTEST_SUB_TYPES = frozenset({"Peaceful protest", "Protest with intervention"})


def _side_protest_arrests(event: Event, figure_kind: str, incident: Incident) -> bool:
    return (
        figure_kind == "arrested"
        and event.sub_event_type in _PROTEST_SUB_TYPES
        and incident.event_type != "Protests"
    )


_COARSE_PRECISIONS = frozenset({"year", "decade", "century"})


def _vague_references(incident: Incident, members: list[Report]) -> set[str]:
    """Event ids of back-references dated no finer than a year ("344 people were killed in
    the city last year") in an incident dated finer: their counts are too vague to be this
    incident's (a year's total, or another incident of that year)."""
    if incident.date_precision in _COARSE_PRECISIONS or incident.date_precision is None:
        return set()
    return {
        m.event
        for m in members
        if m.event
        and m.modality == Modality.REFERENCE.value
        and m.date_precision in _COARSE_PRECISIONS
    }


def _assess_incident(session: Session, incident: Incident, reads: IncidentReads) -> None:
    """Actors, figures, contradictions, status and questions of one incident (`reads`: what
    read_incidents read for it; its contradictions deleted)."""
    incident.assessed = True
    events = reads.events[incident.id]
    documents = {e.document_id: reads.documents[e.document_id] for e in events}
    claims = reads.claims[incident.id]
    claims_by_id = {c.id: c for c in claims}
    for figure in (f for e in events for f in e.figures):
        if figure.claim_id and figure.claim_id not in claims_by_id:
            claim = session.get(Claim, figure.claim_id)
            if claim is not None:
                claims_by_id[claim.id] = claim
    claims_of: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_of[claim.event_id or ""].append(claim)

    about = claims + reads.commentary[incident.id]
    # Who speaks for whom, from every claim of the incident (a name given once with its
    # organisation and once without is one source).
    affiliations = speaker_affiliations([*about, *claims_by_id.values()])
    names = full_names([*about, *claims_by_id.values()])

    def source_of(claim: Claim | None, document: Document) -> str:
        return claim_source(session, claim, document, affiliations, names)

    # Whose voice each event is told in: the claim it rests on, else the outlet.
    sources = {}
    for event in events:
        asserting = [c for c in claims_of.get(event.id, []) if c.stance != "denies"]
        sources[event.id] = (
            source_of(asserting[0], documents[event.document_id])
            if asserting
            else outlet_source(session, documents[event.document_id])
        )
    statements = [
        Statement(c, documents[c.document_id], source_of(c, documents[c.document_id]))
        for c in about
    ]

    values: dict[str, list[Reported]] = defaultdict(list)
    vague = _vague_references(incident, reads.members[incident.id])
    event_days = {
        m.event: m.event_days[0]
        for m in reads.members[incident.id]
        if m.event and m.event_days and m.date_precision == DatePrecision.DAY.value
    }
    for event in events:
        if event.modality == Modality.HYPOTHETICAL.value or event.id in vague:
            continue
        document = documents[event.document_id]
        for figure in event.figures:
            if figure.kind not in FIGURE_FIELDS or _side_protest_arrests(
                event, figure.kind, incident
            ):
                continue
            claim = claims_by_id.get(figure.claim_id or "")
            values[figure.kind].append(
                Reported(
                    figure=figure,
                    event=event,
                    document=document,
                    claim=claim,
                    source=source_of(claim, document),
                    event_day=event_days.get(event.id),
                )
            )

    actors = reads.actors  # (looked up by the events' actor ids only)
    # A wire copy beside its original is the original's report: its evidence is not listed twice.
    copies = {d.id for d in documents.values() if _copy_of_one(d, documents)}
    own_events = [e for e in events if e.document_id not in copies]
    own_statements = [s for s in statements if s.document.id not in copies]
    own_values = {
        kind: [v for v in reported if v.document.id not in copies]
        for kind, reported in values.items()
    }
    if "injured" in own_values:
        own_values["injured"] = net_of_deaths_since(
            own_values["injured"], own_values.get("killed", [])
        )
    # The act a claim is about: its event's sub-event type, else the incident's.
    act_of = {}
    for statement in own_statements:
        event = session.get(Event, statement.claim.event_id) if statement.claim.event_id else None
        act_of[statement.claim.id] = event.sub_event_type if event else incident.sub_event_type
    occurrence = occurrence_contradictions(
        own_events, documents, claims_of, sources, incident.sub_event_type
    )
    in_occurrence = {c for item in occurrence for side in item.sides for c in side.claims}
    separate = separate_documents(own_statements, own_events, documents)
    found: list[Found] = [
        *occurrence,
        *number_contradictions(own_values, separate),
        *civilian_contradictions(own_values, own_statements, separate),
        *claim_contradictions(
            [s for s in own_statements if s.claim.id not in in_occurrence], own_events, documents
        ),
        *responsibility_contradictions(own_events, actors, sources, documents, claims_of),
        *authority_contradictions(own_statements, act_of),
    ]
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
    summary["actors"] = incident_actors(events, incident.event_type)
    disputed = {f.key for f in found if f.kind == ContradictionKind.NUMBER.value}
    ordered = {
        kind: sorted(
            values.get(kind, []),
            key=lambda v: (
                v.published.isoformat() if v.published else "",
                v.document.id,
                v.figure.start,
            ),
        )
        for kind in FIGURE_FIELDS
    }
    first_day = min((d.published for d in documents.values() if d.published), default=None)
    counting = without_roundups(
        {kind: _news_values(reported, first_day) for kind, reported in ordered.items()}
    )
    for kind, name in FIGURE_FIELDS.items():
        reported = ordered[kind]
        # the injured figure reads the killed values counted here, not every one stored
        low, best, high = best_of(counting[kind], counting.__getitem__)
        if reported and not counting[kind]:  # told only in passing: stated, but not counted
            low, passing_best, high = best_of(reported, ordered.__getitem__)
            if kind == "injured":
                # the dead told only so are another shooting's (a trial's, a vigil's): no toll;
                # the hurt told only so are the incident's, retold by a follow-up where no
                # report of the day counts them (set as the dead too, two right tolls of none
                # on the tuning part broke for one gained)
                best = passing_best
        summary[name] = {
            "low": low,
            "best": best,
            "high": high,
            "status": figure_status(reported, best, kind in disputed),
            "values": [value_entry(v) for v in reported],
        }
    incident.summary = summary
    occurred_sources = [
        (e.document_id, sources[e.id])
        for e in events
        if e.modality in (Modality.OCCURRED.value, Modality.REFERENCE.value)
    ]
    if not events:
        # Linked on document-level evidence only: each document's outlet is a source.
        occurred_sources = [
            (d, outlet_source(session, reads.documents[d]))
            for d in sorted({m.document for m in reads.members[incident.id]})
            if d in reads.documents
        ]
    incident.status = incident_status(incident.modality, len(found), occurred_sources)
    main = min(
        events, key=lambda e: (e.modality != incident.modality, e.rank, e.document_id), default=None
    )
    fatalities = summary["fatalities"]
    # a low and no best: deaths stated but not counted, told only as background
    background = fatalities["best"] is None and fatalities["low"] is not None
    background_deaths = [
        entry["evidence"][0]["text"]
        for entry in (fatalities["values"] if background else [])
        if entry["value"] and entry["evidence"]
    ]
    incident.questions = questions_for(
        found,
        trigger=main.text if main is not None else None,
        sub_event_type=incident.sub_event_type,
        victims=_victims(reads.members[incident.id], events, actors),
        background_deaths=background_deaths,
    )


def _news_values(values: list[Reported], first_day: dt.date | None) -> list[Reported]:
    """The values that count for the figure: without those told in passing by a later article,
    deep in its text (past DEEP_CHARS) and published on a later day than the incident's first
    one ("... the shooting last month left two dead" in a report of a trial or another
    shooting). The next day's article is already a follow-up (the victim named, a suspect
    sought): what it tells deep is the story around the toll (officers hurt by a car that
    rammed theirs, another shooting that week), not the toll; a day of slack had let such a
    count set the figure (gun-violence tuning part: two incidents' injured). A count of the
    incident's hurt who have died since ("two of the wounded had died") is news of its own
    victims wherever it is told."""

    def in_passing(value: Reported) -> bool:
        day = value.published
        late = first_day is not None and day is not None and day > first_day
        return late and value.figure.start > DEEP_CHARS and not value.counted.died_hurt

    return [v for v in values if not in_passing(v)]


def _copy_of_one(document: Document, documents: dict[str, Document]) -> bool:
    """True when the document is a wire copy of another document of the incident."""
    return document.copy_of is not None and document.copy_of in documents


def incident_commentary(session: Session, incident: Incident, events: list[Event]) -> list[Claim]:
    """Claims of the incident's documents that belong to no incident of their own: a claim with
    no event, or whose event is in no incident or in one no report says occurred ("the
    governments have long denied that any weapons went missing"). A claim about an act goes to
    the incident of the same act told in its document, nearest first ("there was no court order
    for this raid": the raid); any other to its document's main incident, that of its first
    event that occurred, else of its first event."""
    return _commentaries(session, {incident.id: events})[incident.id]


def _commentaries(session: Session, events: dict[str, list[Event]]) -> dict[str, list[Claim]]:
    """incident_commentary of each incident (by id, with its events), read at once: where a
    claim belongs is a matter of its own document alone."""
    found: dict[str, list[str]] = {incident_id: [] for incident_id in events}
    document_ids = {e.document_id for of_incident in events.values() for e in of_incident}
    if not document_ids:
        return {incident_id: [] for incident_id in events}
    # The columns asked of them, not whole events: a large incident's documents hold hundreds,
    # read again whenever an article joins it.
    all_events = session.execute(
        select(
            Event.id,
            Event.document_id,
            Event.incident_id,
            Event.modality,
            Event.rank,
            Event.sub_event_type,
            Event.start,
        )
        .where(Event.document_id.in_(document_ids))
        .order_by(Event.rank)
    ).all()
    # Two columns, not the incidents: a whole row's summary is decoded again when read.
    modality = {
        incident_id: modality
        for incident_id, modality in session.execute(
            select(Incident.id, Incident.modality).where(
                Incident.id.in_({e.incident_id for e in all_events})
            )
        )
    }
    standing = (Modality.OCCURRED.value, Modality.REFERENCE.value)
    placed = [e for e in all_events if modality.get(e.incident_id or "") in standing]
    main: dict[str, str] = {}
    for event in sorted(placed, key=lambda e: (e.modality != Modality.OCCURRED.value, e.rank)):
        main.setdefault(event.document_id, event.incident_id or "")
    placed_in: dict[str, list[Any]] = defaultdict(list)  # by document, in rank order
    for event in placed:
        placed_in[event.document_id].append(event)
    by_id = {e.id: e for e in all_events}
    placed_ids = {e.id for e in placed}
    homeless = {e.id for e in all_events if e.id not in placed_ids}
    loose = session.execute(
        select(Claim.id, Claim.document_id, Claim.event_id, Claim.start)
        .where(
            Claim.document_id.in_(document_ids),
            Claim.event_id.is_(None) | Claim.event_id.in_(homeless),
        )
        .order_by(Claim.document_id, Claim.start)
    )
    for claim in loose:
        act = by_id[claim.event_id].sub_event_type if claim.event_id else None
        same_act = [e for e in placed_in[claim.document_id] if act and e.sub_event_type == act]
        if same_act:
            home = min(
                same_act, key=lambda e: (e.start > claim.start, abs(e.start - claim.start))
            ).incident_id
        else:
            home = main.get(claim.document_id)
        if home in found:
            found[home].append(claim.id)
    read = _by_id(session, Claim, {i for ours in found.values() for i in ours})
    return {incident_id: [read[i] for i in ours] for incident_id, ours in found.items()}


def _victims(members: list[Report], events: list[Event], actors: dict[str, Actor]) -> list[str]:
    """Full names of persons the incident's reports name as the target of its violence, most
    reported first: not one they say was arrested, nor words of a hospital's name the tagger
    took for a person ("Jaramogi Teaching")."""
    targets = {
        person_key(actors[link.actor_id].name)
        for event in events
        if event.event_type in VIOLENT_TYPES
        for link in event.actors
        if link.role == "actor2" and link.actor_id in actors
    }
    named = Counter(p for m in members for p in m.persons if p in targets)
    return [name.title() for name, _ in named.most_common(2)]


def incident_actors(events: list[Event], event_type: str | None = None) -> list[dict[str, str]]:
    """The incident's actors with the role most reports give them, most reported first. The
    sides of an event of another type than the incident's (the army's "operations against
    the group" beside a bombing, the police's arrests after it) are no sides of the incident:
    where no event of its type names them, they are associates."""
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    own = {a.actor_id for e in events if e.event_type == event_type for a in e.actors}
    for event in events:
        for link in event.actors:
            side = link.actor_id in own or event.event_type == event_type or event_type is None
            roles[link.actor_id][link.role if side else "associate"] += 1
    ranked = sorted(roles, key=lambda a: (-sum(roles[a].values()), a))
    return [{"actor": a, "role": min(roles[a], key=lambda r: (-roles[a][r], r))} for a in ranked]
