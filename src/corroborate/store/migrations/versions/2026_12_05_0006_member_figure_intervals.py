"""member_figure_intervals: incident_members.killed / injured as the values each figure allows

Linking kept a report's killed and injured figures as bare numbers, so "at least 19 killed" read
as 19 and did not meet a later "the toll rose to 23". Each is now [low, high] (high null: open),
the figure's interval (model.stated_interval). Going up, each stored number is read again from
the figures its document states with that number (the report's own event for a later event of
an article; the article's occurred events for its main report); a number no figure states now
reads as exact. Going down, each interval becomes the number stated.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 18:45:00
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_KINDS = ("killed", "injured")
_members = sa.table(
    "incident_members",
    sa.column("id", sa.Integer()),
    sa.column("document_id", sa.String()),
    sa.column("event_id", sa.String()),
    sa.column("main", sa.Boolean()),
    sa.column("killed", sa.JSON()),
    sa.column("injured", sa.JSON()),
)
_events = sa.table(
    "events",
    sa.column("id", sa.String()),
    sa.column("document_id", sa.String()),
    sa.column("modality", sa.String()),
)
_figures = sa.table(
    "figures",
    sa.column("event_id", sa.String()),
    sa.column("kind", sa.String()),
    sa.column("value", sa.Integer()),
    sa.column("low", sa.Integer()),
    sa.column("high", sa.Integer()),
    sa.column("qualifier", sa.String()),
)

# (event id, kind, number stated) -> the intervals of the figures stating it
_Stated = dict[tuple[str, str, int], set[tuple[int, int | None]]]


def _interval(qualifier: str, number: int, low: int | None, high: int | None) -> tuple[int, Any]:
    """model.stated_interval as of this revision (high None: open), frozen here as migrations
    are."""
    if qualifier == "zero":
        return 0, 0
    if qualifier in ("at_least", "more_than"):
        return number, None
    if qualifier == "at_most":
        return 0, number
    if qualifier == "about":
        return math.floor(0.75 * number), math.ceil(1.25 * number)
    if qualifier == "range":
        return (low if low is not None else number), (high if high is not None else number)
    return number, number


def _stated(bind: sa.Connection, documents: set[str]) -> tuple[_Stated, dict[str, list[str]]]:
    """The intervals the occurred events of those documents state, by event, kind and number;
    and each document's occurred events."""
    stated: _Stated = defaultdict(set)
    events: dict[str, list[str]] = defaultdict(list)
    ordered = sorted(documents)
    for start in range(0, len(ordered), 500):
        rows = bind.execute(
            sa.select(
                _events.c.id,
                _events.c.document_id,
                _figures.c.kind,
                _figures.c.value,
                _figures.c.low,
                _figures.c.high,
                _figures.c.qualifier,
            )
            .select_from(_events.outerjoin(_figures, _figures.c.event_id == _events.c.id))
            .where(_events.c.document_id.in_(ordered[start : start + 500]))
            .where(_events.c.modality == "occurred")
        ).all()
        for event, document, kind, value, low, high, qualifier in rows:
            if event not in events[document]:
                events[document].append(event)
            number = value if value is not None else low
            if kind in _KINDS and number is not None and qualifier != "about":
                stated[(event, kind, number)].add(_interval(qualifier, number, low, high))
    return stated, events


def upgrade() -> None:
    bind = op.get_bind()
    rows = [r for r in bind.execute(sa.select(_members)).all() if r.killed or r.injured]
    stated, events = _stated(bind, {r.document_id for r in rows})
    for row in rows:
        own = events.get(row.document_id, []) if row.main else [row.event_id]
        values: dict[str, list[list[Any]]] = {}
        for kind in _KINDS:
            intervals: set[tuple[int, Any]] = set()
            for number in getattr(row, kind) or []:
                if isinstance(number, list):  # (already an interval)
                    intervals.add((number[0], number[1]))
                    continue
                found = set().union(*(stated.get((e, kind, number), set()) for e in own))
                intervals |= found or {(number, number)}
            values[kind] = [
                [low, high] for low, high in sorted(intervals, key=lambda i: (i[0], _high(i)))
            ]
        bind.execute(_members.update().where(_members.c.id == row.id).values(**values))


def _high(interval: tuple[int, Any]) -> float:
    return math.inf if interval[1] is None else interval[1]


def downgrade() -> None:
    bind = op.get_bind()
    for row in bind.execute(sa.select(_members)).all():
        if not (row.killed or row.injured):
            continue
        values = {kind: sorted({_number(i) for i in getattr(row, kind) or []}) for kind in _KINDS}
        bind.execute(_members.update().where(_members.c.id == row.id).values(**values))


def _number(interval: Any) -> int:
    """The number an interval was stated with: its low end, or its high end for one from 0
    ("at most 5")."""
    if not isinstance(interval, list):
        return interval
    low, high = interval
    return high if low == 0 and high else low
