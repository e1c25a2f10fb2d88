"""Shared fixtures: real ledgers on a temporary SQLite file and, when a server is given, on
PostgreSQL (`.ci/run` starts one and sets CORROBORATE_TEST_POSTGRES_URL)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from corroborate.evaluate import data_dir

POSTGRES_URL = os.environ.get("CORROBORATE_TEST_POSTGRES_URL")
FIXTURES = Path(__file__).parent / "fixtures"
SHARED_DATA = data_dir()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'ledger.db'}"


def _postgresql_database(options: str = "") -> Iterator[str]:
    """A fresh PostgreSQL database (CREATE DATABASE ... `options`), dropped afterwards."""
    if not POSTGRES_URL:
        if os.environ.get("CI"):
            # CI starts a server: without its URL the PostgreSQL tests fail, never pass unrun
            pytest.fail("CI must set CORROBORATE_TEST_POSTGRES_URL (.ci/run starts a server)")
        pytest.skip("no PostgreSQL server: set CORROBORATE_TEST_POSTGRES_URL (.ci/run does)")
    name = f"corroborate_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" {options}'))
    try:
        yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgresql_url() -> Iterator[str]:
    """A fresh PostgreSQL database for one test, dropped afterwards."""
    yield from _postgresql_database()


@pytest.fixture
def postgresql_collated_url() -> Iterator[str]:
    """A fresh PostgreSQL database that sorts text as most teams' servers do (English, ICU:
    'army' among the capitals), whatever the test server's own locale (CI's is C)."""
    if POSTGRES_URL:
        admin = create_engine(POSTGRES_URL)
        with admin.connect() as connection:
            icu = connection.execute(
                text("SELECT count(*) FROM pg_collation WHERE collprovider = 'i'")
            ).scalar()
        admin.dispose()
        if not icu:
            pytest.skip("this PostgreSQL server was built without ICU")
    yield from _postgresql_database(
        "TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
    )


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest) -> str:
    """Each database test runs on SQLite and on PostgreSQL."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def ledger(ledger_url: str):  # type: ignore[no-untyped-def]
    from corroborate.ledger import Ledger

    with Ledger(ledger_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def examples() -> Iterator[Path]:
    """The bundled example reports (the demo set)."""
    with resources.as_file(resources.files("corroborate").joinpath("examples")) as folder:
        yield folder


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent: the shared data sets are not in this clone")
    return SHARED_DATA


@pytest.fixture(scope="session")
def market_bombing() -> list:
    """A market bombing told twice (fictional): a local paper's "at least 19 killed" on the
    day after, then a wire story's "the death toll ... rose to 23" the day after that."""
    import datetime as dt

    from corroborate.model import ArticleInput

    stories = FIXTURES / "stories"
    return [
        ArticleInput(
            text=(stories / f"potiskum-market-{name}.txt").read_text(),
            source=name,
            outlet=outlet,
            published=dt.date(2026, 3, day),
        )
        for name, outlet, day in (("local", "Yobe Herald", 14), ("wire", "Reuters", 15))
    ]
