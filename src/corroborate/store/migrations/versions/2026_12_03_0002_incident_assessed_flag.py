"""incidents.assessed: whether an incident's assessment includes its latest reports

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Every incident of an older ledger was assessed after each document that joined it.
    op.add_column(
        "incidents",
        sa.Column("assessed", sa.Boolean(), nullable=False, server_default=sa.true()),
    )


def downgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.drop_column("assessed")
