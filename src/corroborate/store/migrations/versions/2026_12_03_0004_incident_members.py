"""incident_members: an incident's reports for linking, a row each, out of incidents.summary

summary["members"] becomes rows; summary["documents"] (its members' documents) is dropped with
it, as the rows tell which documents an incident holds.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 17:00:00
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# A member of summary["members"] as the code of revision 0003 wrote it (consolidate.incidents.
# Report's fields, in its order), and where each field goes in a row.
_FIELDS = {
    "document": "document_id",
    "event": "event_id",
    "modality": "modality",
    "published": "published",
    "event_type": "event_type",
    "sub_event_type": "sub_event_type",
    "date_start": "date_start",
    "date_end": "date_end",
    "date_precision": "date_precision",
    "place": "place",
    "actors": "actors",
    "persons": "persons",
    "copy_of": "copy_of",
    "outlet": "outlet",
    "main": "main",
    "words": "words",
    "names": "names",
    "ages": "ages",
    "streets": "streets",
    "killed": "killed",
    "injured": "injured",
    "accidental": "accidental",
}
_DATES = ("published", "date_start", "date_end")
# Fields revision 0003's Report lacks: read as their default going up, left out going down.
_NEW_FIELDS = ("accidental",)
# What a member written by older code lacks reads as Report's default.
_DEFAULTS: dict[str, Any] = {
    "main": True,
    "actors": [],
    "persons": [],
    "ages": [],
    "streets": [],
    "killed": [],
    "injured": [],
    "accidental": False,
    "words": {},
    "names": {},
}

_incidents = sa.table("incidents", sa.column("id", sa.String()), sa.column("summary", sa.JSON()))
_documents = sa.table("documents", sa.column("id", sa.String()))
_events = sa.table("events", sa.column("id", sa.String()))


def _columns() -> list[sa.SchemaItem]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.String(length=40), nullable=True),
        sa.Column("main", sa.Boolean(), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("event_type", sa.String(length=80), nullable=True),
        sa.Column("sub_event_type", sa.String(length=80), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.String(length=10), nullable=True),
        sa.Column("place", sa.JSON(), nullable=True),
        sa.Column("copy_of", sa.String(length=40), nullable=True),
        sa.Column("outlet", sa.String(length=200), nullable=True),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("persons", sa.JSON(), nullable=False),
        sa.Column("ages", sa.JSON(), nullable=False),
        sa.Column("streets", sa.JSON(), nullable=False),
        sa.Column("killed", sa.JSON(), nullable=False),
        sa.Column("injured", sa.JSON(), nullable=False),
        sa.Column("accidental", sa.Boolean(), nullable=False),
        sa.Column("words", sa.JSON(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_incident_members_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_incident_members_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["incidents.id"],
            name=op.f("fk_incident_members_incident_id_incidents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident_members")),
    ]


def upgrade() -> None:
    members = op.create_table("incident_members", *_columns())
    op.create_index(op.f("ix_incident_members_incident_id"), "incident_members", ["incident_id"])
    op.create_index(op.f("ix_incident_members_document_id"), "incident_members", ["document_id"])
    # The members of each incident's summary become its rows, in their order (a few hundred
    # incidents at a time: an old summary holds every member's vectors).
    bind = op.get_bind()
    documents = set(bind.scalars(sa.select(_documents.c.id)))
    events = set(bind.scalars(sa.select(_events.c.id)))
    for chunk in _chunks(bind):
        rows = []
        for incident_id, summary in bind.execute(
            sa.select(_incidents.c.id, _incidents.c.summary).where(_incidents.c.id.in_(chunk))
        ).all():
            if not summary or "members" not in summary:
                continue
            for position, member in enumerate(summary["members"]):
                # A member whose document or event is gone from the ledger is no report now.
                if member["document"] not in documents or (
                    member.get("event") is not None and member["event"] not in events
                ):
                    continue
                row: dict[str, Any] = {"incident_id": incident_id, "position": position}
                for name, column in _FIELDS.items():
                    value = member.get(name, _DEFAULTS.get(name))
                    if name in _DATES and value is not None:
                        value = dt.date.fromisoformat(value)
                    row[column] = value
                rows.append(row)
            rest = {k: v for k, v in summary.items() if k not in ("members", "documents")}
            bind.execute(
                _incidents.update().where(_incidents.c.id == incident_id).values(summary=rest)
            )
        if rows:
            bind.execute(members.insert(), rows)


def downgrade() -> None:
    # Each incident's rows, in their order, become its summary's members again.
    bind = op.get_bind()
    members = sa.Table("incident_members", sa.MetaData(), *_columns())
    for chunk in _chunks(bind):
        stored: dict[str, list[dict[str, Any]]] = {incident_id: [] for incident_id in chunk}
        for row in bind.execute(
            sa.select(members)
            .where(members.c.incident_id.in_(chunk))
            .order_by(members.c.incident_id, members.c.position)
        ).mappings():
            member = {}
            for name, column in _FIELDS.items():
                if name in _NEW_FIELDS:
                    continue
                value = row[column]
                if name in _DATES and value is not None:
                    value = value.isoformat()
                member[name] = value
            stored[row["incident_id"]].append(member)
        for incident_id, summary in bind.execute(
            sa.select(_incidents.c.id, _incidents.c.summary).where(_incidents.c.id.in_(chunk))
        ).all():
            restored = dict(summary or {})
            restored["members"] = stored[incident_id]
            restored["documents"] = sorted({m["document"] for m in stored[incident_id]})
            bind.execute(
                _incidents.update().where(_incidents.c.id == incident_id).values(summary=restored)
            )
    op.drop_index(op.f("ix_incident_members_document_id"), table_name="incident_members")
    op.drop_index(op.f("ix_incident_members_incident_id"), table_name="incident_members")
    op.drop_table("incident_members")


def _chunks(bind: sa.Connection, size: int = 500) -> list[list[str]]:
    """Every incident id, a few hundred at a time."""
    ids = list(bind.scalars(sa.select(_incidents.c.id).order_by(_incidents.c.id)))
    return [ids[start : start + size] for start in range(0, len(ids), size)]
