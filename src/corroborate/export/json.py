"""The JSON export: the stable contract of ../shared/EXPORT.md, validated by schema.json."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections import defaultdict
from importlib import resources
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from corroborate import __version__
from corroborate.export import register, write_or_return
from corroborate.model import (
    Actor,
    Claim,
    Contradiction,
    Document,
    Event,
    Incident,
    PlaceMention,
    TimeMention,
)

if TYPE_CHECKING:
    from corroborate.ledger import Ledger

PLACE_FIELDS = ("name", "admin1", "country", "lat", "lon", "precision")
FIGURE_NAMES = ("fatalities", "injured", "arrested")


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def span(text: str, start: int | None, end: int | None) -> dict[str, Any]:
    """{start, end, text} for a span of a document's text."""
    if start is None or end is None:
        return {"start": None, "end": None, "text": None}
    return {"start": start, "end": end, "text": text[start:end]}


def _place(mention: PlaceMention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    return {name: getattr(mention, name) for name in PLACE_FIELDS}


def _date(mention: TimeMention | None) -> dict[str, Any] | None:
    if mention is None or mention.start_date is None:
        return None
    return {
        "start": _iso(mention.start_date),
        "end": _iso(mention.end_date),
        "precision": mention.precision,
    }


def _empty_figure() -> dict[str, Any]:
    return {"low": None, "best": None, "high": None, "status": None, "values": []}


def build_export(session: Session) -> dict[str, Any]:
    """The whole ledger as the EXPORT.md object."""
    documents = list(session.scalars(select(Document).order_by(Document.ingested_at, Document.id)))
    texts = {d.id: d.text for d in documents}
    places = {
        p.id: p
        for p in session.scalars(
            select(PlaceMention).order_by(
                PlaceMention.document_id, PlaceMention.start, PlaceMention.id
            )
        )
    }
    times = {
        t.id: t
        for t in session.scalars(
            select(TimeMention).order_by(TimeMention.document_id, TimeMention.start, TimeMention.id)
        )
    }
    events = list(session.scalars(select(Event).order_by(Event.document_id, Event.rank, Event.id)))
    incident_of_event = {e.id: e.incident_id for e in events}
    # Every order is total and the same on every database: ties broken by id, names in code
    # point order (a server's collation would sort 'army' among the capitals), undated
    # incidents first (PostgreSQL puts NULL last unless told).
    claims = list(session.scalars(select(Claim).order_by(Claim.document_id, Claim.start, Claim.id)))
    actors = sorted(session.scalars(select(Actor)), key=lambda a: (a.name, a.id))
    incidents = list(
        session.scalars(
            select(Incident).order_by(Incident.date_start.asc().nulls_first(), Incident.id)
        )
    )
    contradictions = list(session.scalars(select(Contradiction).order_by(Contradiction.id)))

    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        if event.incident_id:
            reports[event.incident_id].append(
                {
                    "document": event.document_id,
                    "event": event.id,
                    "evidence": [span(texts[event.document_id], s, e) for s, e in event.evidence],
                }
            )

    return {
        "corroborate": {
            "version": __version__,
            "exported": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        },
        "documents": [
            {
                "id": d.id,
                "title": d.title,
                "outlet": d.outlet.name if d.outlet else None,
                "url": d.url,
                "published": _iso(d.published),
                "copy_of": d.copy_of,
                "text": d.text,
            }
            for d in documents
        ],
        "mentions": {
            "places": [
                {
                    "document": p.document_id,
                    "start": p.start,
                    "end": p.end,
                    "text": texts[p.document_id][p.start : p.end],
                    **{name: getattr(p, name) for name in PLACE_FIELDS},
                    "gazetteer_id": p.gazetteer_id,
                }
                for p in places.values()
            ],
            "times": [
                {
                    "document": t.document_id,
                    "start": t.start,
                    "end": t.end,
                    "text": texts[t.document_id][t.start : t.end],
                    "type": t.type,
                    "value": t.value,
                    "start_date": _iso(t.start_date),
                    "end_date": _iso(t.end_date),
                    "precision": t.precision,
                }
                for t in times.values()
            ],
        },
        "actors": [
            {
                "id": a.id,
                "name": a.name,
                "kind": a.kind,
                "inter": a.inter,
                "aliases": sorted({alias.alias for alias in a.aliases}),
            }
            for a in actors
        ],
        "events": [
            {
                "id": e.id,
                "document": e.document_id,
                "incident": e.incident_id,
                "event_type": e.event_type,
                "sub_event_type": e.sub_event_type,
                "plover": e.plover,
                "modality": e.modality,
                "trigger": span(texts[e.document_id], e.start, e.end),
                "actors": [{"actor": a.actor_id, "role": a.role} for a in e.actors],
                "place": _place(places.get(e.place_mention_id or "")),
                "date": _date(times.get(e.time_mention_id or "")),
                "figures": [
                    {
                        "kind": f.kind,
                        "value": f.value,
                        "low": f.low,
                        "high": f.high,
                        "qualifier": f.qualifier,
                        "claim": f.claim_id,
                        "evidence": [span(texts[e.document_id], f.start, f.end)],
                    }
                    for f in e.figures
                ],
                "evidence": [span(texts[e.document_id], s, end) for s, end in e.evidence],
            }
            for e in events
        ],
        "claims": [
            {
                "id": c.id,
                "document": c.document_id,
                "speaker": {
                    "name": c.speaker_name,
                    "kind": c.speaker_kind,
                    "role": c.speaker_role,
                    "affiliation": c.speaker_affiliation,
                    "actor": c.speaker_actor_id,
                    "start": c.speaker_start,
                    "end": c.speaker_end,
                },
                "cue": span(texts[c.document_id], c.cue_start, c.cue_end),
                "content": span(texts[c.document_id], c.start, c.end),
                "stance": c.stance,
                "hedged": c.hedged,
                "opinion": c.opinion,
                "event": c.event_id,
                "incident": incident_of_event.get(c.event_id) if c.event_id else None,
            }
            for c in claims
        ],
        "incidents": [
            {
                "id": i.id,
                "event_type": i.event_type,
                "sub_event_type": i.sub_event_type,
                "modality": i.modality,
                "status": i.status,
                "date": {
                    "start": _iso(i.date_start),
                    "end": _iso(i.date_end),
                    "precision": i.date_precision,
                },
                "place": {
                    "name": i.place_name,
                    "admin1": i.admin1,
                    "country": i.country,
                    "lat": i.lat,
                    "lon": i.lon,
                    "precision": i.place_precision,
                },
                "actors": (i.summary or {}).get("actors", []),
                **{name: (i.summary or {}).get(name) or _empty_figure() for name in FIGURE_NAMES},
                "reports": reports.get(i.id, []),
                "questions": list(i.questions or []),
            }
            for i in incidents
        ],
        "contradictions": [
            {
                "id": c.id,
                "kind": c.kind,
                "incident": c.incident_id,
                "summary": c.summary,
                "sides": list(c.sides or []),
            }
            for c in contradictions
        ],
    }


@functools.cache
def export_schema() -> dict[str, Any]:
    """The JSON Schema of the export (shipped as schema.json beside this module)."""
    text = resources.files("corroborate.export").joinpath("schema.json").read_text("utf-8")
    return json.loads(text)


@register("json")
def export_json(ledger: Ledger, out: IO[str] | None = None) -> str | None:
    """The whole ledger as one JSON object (EXPORT.md)."""
    with ledger.session() as session:
        data = build_export(session)
    return write_or_return(json.dumps(data, ensure_ascii=False, indent=1) + "\n", out)
