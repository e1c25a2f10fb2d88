"""Alembic environment: the connection comes from corroborate.store.engine, not alembic.ini."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from corroborate.model import Base

config = context.config
target_metadata = Base.metadata


def run_migrations(connection) -> None:  # type: ignore[no-untyped-def]
    # render_as_batch: SQLite cannot ALTER most things; batch mode copies the table instead.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:  # `alembic revision --autogenerate` from a developer's shell
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as fresh:
        run_migrations(fresh)
