"""URL -> migrated SQLAlchemy engine. SQLite gets WAL and foreign keys; PostgreSQL via psycopg."""

from __future__ import annotations

import functools
import json
import os
from importlib import resources
from pathlib import Path

import orjson
from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Update, create_engine, event, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session

from corroborate.errors import DatabaseError
from corroborate.model import LedgerWrites

DEFAULT_URL = "sqlite:///corroborate.db"
# The PostgreSQL advisory lock key that migrations take turns on (any constant of our own).
MIGRATION_LOCK = 0x636F72726F62  # "corrob"


def resolve_url(url: str | None) -> str:
    """The URL given, else $CORROBORATE_DB, else ./corroborate.db; a bare path means SQLite."""
    url = url or os.environ.get("CORROBORATE_DB") or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return url


def public_url(url: str) -> str:
    """The URL with its password hidden, for messages and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    # first: switching a new file to WAL takes a lock another process opening it at the same
    # moment (migrating it) may hold longer than the driver's default 5 s wait
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # NORMAL is durable in WAL mode except against power loss, and keeps each batch's commit cheap.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def dump_json(value: object) -> str:
    """JSON columns written with orjson: every linked report writes its vectors and every
    candidate incident's members are read back, and json's codec took 7% of the ingest."""
    try:
        return orjson.dumps(value, default=_plain_float, option=orjson.OPT_NON_STR_KEYS).decode()
    except TypeError:
        # What orjson refuses and json takes (integers beyond 64 bits): json's own output.
        return json.dumps(value)


def _plain_float(value: object) -> float:
    # numpy.float64 is a float, which json writes and orjson does not without being asked.
    if isinstance(value, float):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def load_json(text: str | bytes) -> object:
    """JSON columns read with orjson, and with json what orjson refuses (NaN, which json wrote
    and orjson writes as null; SQLite's REAL columns hold no NaN, so nothing of ours has one)."""
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def hold_loaded(session: Session) -> Session:
    """Keep every object the session loads until it closes (SQLAlchemy's strong-reference
    recipe). The identity map holds clean objects weakly, so an incident read to link a report
    was dropped and read again (its summary decoded again) to assess it."""
    held: set[object] = set()

    def hold(_session: Session, instance: object) -> None:
        held.add(instance)

    def release(_session: Session, instance: object) -> None:
        held.discard(instance)

    for name in (
        "pending_to_persistent",
        "deleted_to_persistent",
        "detached_to_persistent",
        "loaded_as_persistent",
    ):
        event.listen(session, name, hold)
    for name in ("persistent_to_detached", "persistent_to_deleted", "persistent_to_transient"):
        event.listen(session, name, release)
    return session


@functools.cache
def _bump_writes() -> Update:
    """The statement begin_writing runs, built once (statements are immutable): built anew
    for each document it cost more than running it. A Core statement: nothing of the ORM's
    is wanted of it (no object holds the count)."""
    table = LedgerWrites.__table__
    return (
        update(table)
        .where(table.c.id == 1)
        .values(count=table.c.count + 1)
        .returning(table.c.count)  # SQLite 3.35 and newer
    )


def begin_writing(session: Session) -> bool:
    """Make the session's transaction the ledger's one writer until it ends; first thing in
    every writing transaction. Two analysts ingesting into one ledger at once otherwise both
    store a text they both found new, or found two incidents for one shooting.

    Bumping the one row of ledger_writes waits for any other writer to commit (the row's lock
    on PostgreSQL, the database's write lock on SQLite, which WAL readers do not wait for). A
    session that finds the count moved by someone else since its own last write forgets what
    it holds (its objects outlive commits), so that it links against what is stored now.
    Returns whether someone else may have written since the session's own last write."""
    # On the session's connection, as Core: through the ORM (an ORM-enabled UPDATE, an
    # autoflush first) the one statement cost 0.6 ms a document.
    count = session.connection().scalar(_bump_writes())
    if count is None:
        raise DatabaseError("the ledger's ledger_writes row is missing: was it edited by hand?")
    others_wrote = session.info.get("corroborate_writes") != count - 1
    if others_wrote:
        session.expire_all()
    session.info["corroborate_writes"] = count
    return others_wrote


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option(
        "script_location", str(resources.files("corroborate.store").joinpath("migrations"))
    )
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def open_engine(url: str | None = None, *, migrate: bool = True) -> Engine:
    """An engine on `url`, its schema upgraded to the newest migration."""
    url = resolve_url(url)
    try:
        sa_url = make_url(url)
    except ArgumentError as error:
        raise DatabaseError(f"not a database URL: {url!r} ({error})") from error
    if sa_url.get_backend_name() == "sqlite" and sa_url.database not in (None, "", ":memory:"):
        Path(sa_url.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        sa_url, future=True, json_serializer=dump_json, json_deserializer=load_json
    )
    if sa_url.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    if migrate:
        try:
            upgrade(engine, url)
        except OperationalError as error:
            reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
            raise DatabaseError(f"cannot open ledger {public_url(url)}: {reason}") from error
    return engine


def upgrade(engine: Engine, url: str) -> None:
    """Apply migrations when the database is behind the scripts; nobody runs alembic by hand."""
    config = alembic_config(url)
    head = ScriptDirectory.from_config(config).get_current_head()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
    if current == head:
        return
    migrate_to(engine, url, "head")


def migrate_to(engine: Engine, url: str, revision: str, *, down: bool = False) -> None:
    """Upgrade (or downgrade) the schema to `revision` in one transaction. On SQLite, foreign
    keys are off meanwhile: batch mode rebuilds a table by dropping it, and a dropped
    `documents` table would take every row that cascades from it (events, members) along."""
    config = alembic_config(url)
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:  # a no-op inside a transaction: set before it begins
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                # Two processes opening a new (or newly upgraded) ledger at once would both
                # run the migrations, and one fail on a table the other just made: they take
                # turns, and the second finds the schema at head (Alembic reads the version
                # after the lock). Released at the commit.
                if sqlite:
                    # pysqlite begins no transaction before DDL: without this each statement
                    # committed on its own, and the migration was not one transaction either
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
                elif engine.dialect.name == "postgresql":
                    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                config.attributes["connection"] = connection
                (command.downgrade if down else command.upgrade)(config, revision)
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                    raise DatabaseError(f"migrating to {revision} broke a foreign key")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()
