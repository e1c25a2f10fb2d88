"""documents: one text once an outlet, not once a ledger

A second outlet printing the very words of a stored story had been skipped as a duplicate; it
is now stored as a copy of that story (EXPORT.md: a copy is a document of its own, counted with
its original as one source). The unique key on the text's hash becomes one on the hash and the
outlet, and the hash keeps an index of its own for the duplicate look-up.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 00:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_constraint("uq_documents_content_hash", type_="unique")
        batch.create_unique_constraint(
            "uq_documents_content_hash_outlet", ["content_hash", "outlet_id"]
        )
        batch.create_index("ix_documents_content_hash", ["content_hash"])


def downgrade() -> None:
    # A key on the text alone cannot hold while two outlets' prints of one text are stored;
    # deleting them would take their facts and claims along, so that is left to the user.
    shared = op.get_bind().exec_driver_sql(
        "SELECT count(*) FROM (SELECT content_hash FROM documents "
        "GROUP BY content_hash HAVING count(*) > 1) AS printed_twice"
    )
    if count := shared.scalar():
        raise RuntimeError(
            f"cannot downgrade below 0007: {count} text(s) are stored as more than one "
            "outlet's print; delete the later prints first"
        )
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_content_hash")
        batch.drop_constraint("uq_documents_content_hash_outlet", type_="unique")
        batch.create_unique_constraint("uq_documents_content_hash", ["content_hash"])
