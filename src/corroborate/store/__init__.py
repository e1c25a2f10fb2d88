"""The ledger database: engine from a URL, schema by Alembic migrations applied on open."""

from corroborate.store.engine import open_engine, public_url

__all__ = ["open_engine", "public_url"]
