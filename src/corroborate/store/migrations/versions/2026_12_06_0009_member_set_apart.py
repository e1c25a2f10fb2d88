"""events.apart_on_phrases, incident_members.set_apart: attacks one article tells apart

A follow-up telling two attacks, each of its own day in towns a few kilometres apart ("33 died
in Sunday's attack in Daffo and two in Monday's attack in Richa"), gives each its own event,
now marked so (events.apart_on_phrases, model.EventFound); linking keeps them apart and takes
the day each names as its own, though told days later (consolidate.incidents.Report.set_apart).
An older ledger's events and reports were made without them: they read as not set apart until
`corroborate reprocess` extracts and links their documents again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "events",
        sa.Column("apart_on_phrases", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.add_column(
        "incident_members",
        sa.Column("set_apart", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("incident_members") as batch:
        batch.drop_column("set_apart")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("apart_on_phrases")
