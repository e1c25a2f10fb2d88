"""outlets.home: where an outlet's articles' places lie, learned in ingest order

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 05:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # An older ledger's homes were never stored: empty until `corroborate reprocess` relearns.
    op.add_column("outlets", sa.Column("home", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outlets") as batch:
        batch.drop_column("home")
