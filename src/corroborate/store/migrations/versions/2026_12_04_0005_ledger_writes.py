"""ledger_writes: one row counting writing transactions, bumped first by every writer

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    writes = op.create_table(
        "ledger_writes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_writes")),
    )
    op.bulk_insert(writes, [{"id": 1, "count": 0}])


def downgrade() -> None:
    op.drop_table("ledger_writes")
