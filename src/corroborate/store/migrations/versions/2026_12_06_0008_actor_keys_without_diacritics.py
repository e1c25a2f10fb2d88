"""actor_aliases.key: names compared without diacritics

"Ousmane Gaoual Touré" and a wire's "Ousmane Gaoual Toure" had been two actors, and two
independent sources. Actor keys now drop diacritics (consolidate.actors.actor_key); the stored
keys are folded the same way, and an actor's aliases that now share a key keep one row.
Going down, keys stay folded: an older ledger finds a folded key only for a name spelt
without diacritics, as before.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06 00:10:00
"""

from __future__ import annotations

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_aliases = sa.table(
    "actor_aliases",
    sa.column("id", sa.Integer()),
    sa.column("actor_id", sa.String()),
    sa.column("key", sa.String()),
)


def _bare(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


def upgrade() -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_aliases.c.id, _aliases.c.actor_id, _aliases.c.key).order_by(_aliases.c.id)
    ).all()
    kept: set[tuple[str, str]] = {(actor, key) for _, actor, key in rows if _bare(key) == key}
    for alias_id, actor, key in rows:
        bare = _bare(key)
        if bare == key:
            continue
        if (actor, bare) in kept:
            connection.execute(sa.delete(_aliases).where(_aliases.c.id == alias_id))
        else:
            kept.add((actor, bare))
            connection.execute(
                sa.update(_aliases).where(_aliases.c.id == alias_id).values(key=bare)
            )


def downgrade() -> None:
    pass  # folded keys still work for the names an older ledger matched
