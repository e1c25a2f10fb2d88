"""The Ledger and its store: migrations, crash consistency, language, long texts, corrections."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import os
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, update
from sqlalchemy import inspect as sa_inspect

from corroborate.consolidate.incidents import members_of
from corroborate.errors import DatabaseError, NotFound, SettingsError
from corroborate.ledger import Ledger
from corroborate.model import (
    ActorAlias,
    ArticleInput,
    Document,
    Event,
    Figure,
    Incident,
    IncidentMember,
    MinHashSignature,
    NearDuplicateBand,
    Outlet,
    TextSpan,
)
from corroborate.settings import load_settings
from corroborate.store.engine import alembic_config, migrate_to, open_engine

REPORT = (
    "QUETTA: Security forces detained at least a dozen men after a grenade was thrown at a "
    "police checkpoint on Jinnah Road on Monday night, officials said. Two constables were "
    "injured in the attack, according to police. A spokesman for the provincial government "
    "said the men would be questioned about their links to a banned group.\n"
)


def test_migrations_form_one_chain_in_file_order():
    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    revisions = list(script.walk_revisions())
    assert len(script.get_heads()) == 1
    files = sorted(Path(script.versions).glob("*.py"))
    files = [f for f in files if f.name != "__init__.py"]
    assert [r.revision for r in reversed(revisions)] == [f.name.split("_")[3] for f in files]


def test_opening_a_ledger_migrates_it_once(sqlite_url):
    with Ledger(sqlite_url) as first:
        first.ingest_articles([])
    with Ledger(sqlite_url) as again:  # already at head: nothing to do
        assert again.summary()["documents"] == 0


def test_sqlite_ledger_runs_in_wal_mode(sqlite_url):
    with Ledger(sqlite_url) as ledger, ledger.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"


def test_a_bad_database_url_is_one_clear_error():
    with pytest.raises(DatabaseError, match="cannot open ledger postgresql"):
        Ledger("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")


def test_json_written_by_the_standard_library_still_reads(sqlite_url):
    # Ledgers written before JSON went through orjson may hold NaN, which orjson refuses.
    with Ledger(sqlite_url) as ledger, ledger.engine.begin() as connection:
        connection.exec_driver_sql(
            "INSERT INTO incidents (id, modality, status, summary, questions, updated_at) "
            "VALUES ('in-1', 'occurred', 'single_source', '{\"best\": NaN, \"é\": 1}', '[]', "
            "'2024-01-01 00:00:00')"
        )
    with Ledger(sqlite_url) as ledger:
        (incident,) = ledger.incidents()
    assert incident.summary["é"] == 1
    assert math.isnan(incident.summary["best"])


def _assessments(ledger: Ledger) -> list[tuple]:
    return sorted(
        (i.id, i.status, repr(i.summary), repr(i.questions), i.assessed) for i in ledger.incidents()
    )


def test_an_ingest_killed_before_assessing_is_finished_by_the_next(
    sqlite_url, tmp_path, monkeypatch
):
    import corroborate.ledger as ledger_module

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "quetta.txt").write_text(REPORT)
    (folder / "follow-up.txt").write_text(
        "QUETTA: Police said on Tuesday that the men detained after Monday night's grenade "
        "attack on a checkpoint on Jinnah Road had been moved to a jail. Three constables "
        "were injured in the attack, a hospital official said.\n"
    )
    with Ledger(f"sqlite:///{tmp_path / 'whole.db'}") as whole:
        whole.ingest([folder])
        expected = _assessments(whole)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    with Ledger(sqlite_url) as ledger:
        monkeypatch.setattr(ledger_module, "assess_incidents", killed)
        with pytest.raises(KeyboardInterrupt):
            ledger.ingest([folder])
        monkeypatch.undo()
        assert len(ledger.documents()) == 2  # stored whole, each in its transaction
        assert not any(i.assessed for i in ledger.incidents())
    with Ledger(sqlite_url) as ledger:
        report = ledger.ingest([folder])  # nothing new, yet the assessment is finished
        assert len(report.duplicates) == 2
        assert _assessments(ledger) == expected
        assert all(i.assessed for i in ledger.incidents())


FOLLOW_UP = (
    "QUETTA: Police said on Tuesday that the men detained after Monday night's grenade "
    "attack on a checkpoint on Jinnah Road had been moved to a jail. Three constables "
    "were injured in the attack, a hospital official said.\n"
)


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    engine = open_engine(url, migrate=False)
    migrate_to(engine, url, revision, down=down)
    engine.dispose()


def _summaries(url: str) -> dict[str, dict]:
    engine = open_engine(url, migrate=False)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT id, summary FROM incidents").all()
        tables = set(sa_inspect(connection).get_table_names())
    engine.dispose()
    return {"tables": tables, **{i: json.loads(summary) for i, summary in rows}}


def _as_numbers(field: str, value):
    """A member's killed or injured intervals as the numbers revisions before 0006 kept."""
    if field not in ("killed", "injured"):
        return value
    return sorted({high if low == 0 and high else low for low, high in value})


def test_migration_0004_moves_summary_members_into_rows_and_back(sqlite_url):
    articles = [
        ArticleInput(text=text, source=name, outlet=name, published=dt.date(2015, 3, day))
        for text, name, day in ((REPORT, "dawn", 10), (FOLLOW_UP, "the news", 11))
    ]
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles(articles)
        with ledger.session() as session:
            members = {
                i.id: [asdict(m) for m in members_of(session, i)]
                for i in session.scalars(select(Incident))
            }
        summaries = {i.id: i.summary for i in ledger.incidents()}
    # the follow-up joined the attack's incident
    (joined,) = [i for i, m in members.items() if len({r["document"] for r in m}) == 2]
    # Down: the ledger as revision 0003's code wrote it, every member in its incident's summary.
    _migrate(sqlite_url, "0003", down=True)
    old = _summaries(sqlite_url)
    assert "incident_members" not in old.pop("tables")
    for incident_id, summary in old.items():
        # ("accidental" came with revision 0004: no field of 0003's members, nor "set_apart",
        # which came with 0009; figures as intervals with 0006, numbers before)
        assert summary["members"] == [
            {k: _as_numbers(k, v) for k, v in m.items() if k not in ("accidental", "set_apart")}
            for m in members[incident_id]
        ]
        assert summary["documents"] == sorted({m["document"] for m in members[incident_id]})
        rest = {k: v for k, v in summary.items() if k not in ("members", "documents")}
        assert rest == summaries[incident_id]
    # A member whose document the ledger no longer holds is no report: not moved into a row.
    stale = {**members[joined][0], "document": "dc-gone", "event": None}
    engine = open_engine(sqlite_url, migrate=False)
    with engine.begin() as connection:
        connection.execute(
            update(Incident.__table__)
            .where(Incident.__table__.c.id == joined)
            .values(summary={**old[joined], "members": [*old[joined]["members"], stale]})
        )
    engine.dispose()
    # Up again (opening the ledger migrates it): rows in their order, summaries without them.
    with Ledger(sqlite_url) as ledger:
        assert {i.id: i.summary for i in ledger.incidents()} == summaries
        with ledger.session() as session:
            again = {
                i.id: [asdict(m) for m in members_of(session, i)]
                for i in session.scalars(select(Incident))
            }
            rows = session.scalars(
                select(IncidentMember).where(IncidentMember.incident_id == joined)
            ).all()
    assert again == members
    assert sorted(r.position for r in rows) == list(range(len(members[joined])))


def _member_figures(url: str) -> list[tuple[str, bool, object, object]]:
    """(document, main, killed, injured) of every incident_members row, as stored."""
    engine = open_engine(url, migrate=False)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT document_id, main, killed, injured FROM incident_members ORDER BY document_id"
        ).all()
    engine.dispose()
    return [(d, bool(m), json.loads(k), json.loads(i)) for d, m, k, i in rows]


def test_migration_0006_reads_a_ledgers_bare_tolls_again_as_what_their_figures_allow(
    sqlite_url, market_bombing
):
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles(market_bombing)
    now = _member_figures(sqlite_url)
    ((local,), (wire,)) = (
        [d for d, main, killed, _ in now if main and killed == [toll]]
        for toll in ([19, None], [23, 23])
    )
    # Down: the ledger as revision 0005's code wrote it, each toll a bare number.
    _migrate(sqlite_url, "0005", down=True)
    old = {(d, main): (k, i) for d, main, k, i in _member_figures(sqlite_url)}
    assert old[(local, True)] == ([19], [30]) and old[(wire, True)] == ([23], [])
    # A number no figure of its document states (a figure since corrected away) is exact.
    engine = open_engine(sqlite_url, migrate=False)
    with engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE incident_members SET injured = '[4]' WHERE document_id = ? AND main",
            (wire,),
        )
    engine.dispose()
    # Up (opening the ledger migrates it): "at least 19" and "more than 30" open again.
    with Ledger(sqlite_url):
        pass
    again = {(d, main): (k, i) for d, main, k, i in _member_figures(sqlite_url)}
    assert again[(local, True)] == ([[19, None]], [[30, None]])
    assert again[(wire, True)] == ([[23, 23]], [[4, 4]])
    assert len(again) == len(now)


def test_migration_0007_keeps_a_ledgers_documents_and_facts_and_refuses_to_drop_copies(
    sqlite_url,
):
    report = ArticleInput(text=REPORT, source="a.txt", outlet="dawn")
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles([report])
        before = ledger.summary()
    # Down and up again (rebuilding the documents table) loses none of what hangs on it.
    _migrate(sqlite_url, "0006", down=True)
    with Ledger(sqlite_url) as ledger:
        assert ledger.summary() == before
        ledger.ingest_articles([dataclasses.replace(report, source="b.txt", outlet="the news")])
        assert ledger.summary()["documents"] == 2
    # Two outlets' prints of one text cannot go back under a key on the text alone.
    with pytest.raises(RuntimeError, match=r"1 text.* more than one outlet's print"):
        _migrate(sqlite_url, "0006", down=True)
    with Ledger(sqlite_url) as ledger:
        assert ledger.summary()["documents"] == 2


def test_migration_0008_folds_the_diacritics_of_stored_actor_keys(sqlite_url):
    text = "CONAKRY: Protesters blocked roads in Ratoma on Tuesday, witnesses said.\n"
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles([ArticleInput(text=text, source="a.txt")])
    _migrate(sqlite_url, "0007", down=True)
    engine = open_engine(sqlite_url, migrate=False)
    with engine.begin() as connection:
        # as revision 0007's code keyed them: one actor spelt with and without an accent,
        # another with an accent only
        actor = connection.exec_driver_sql("SELECT actor_id FROM actor_aliases").scalar()
        for alias, key in (
            ("Gendarmerie nationale", "gendarmerie nationale"),
            ("Gendarmerie Nationalé", "gendarmerie nationalé"),
            ("Forces Armées", "forces armées"),
        ):
            connection.exec_driver_sql(
                "INSERT INTO actor_aliases (actor_id, alias, key) VALUES (?, ?, ?)",
                (actor, alias, key),
            )
    engine.dispose()
    with Ledger(sqlite_url) as ledger, ledger.session() as session:
        keys = list(session.scalars(select(ActorAlias.key).where(ActorAlias.actor_id == actor)))
    assert sorted(k for k in keys if k.startswith(("gendarmerie", "forces"))) == [
        "forces armees",
        "gendarmerie nationale",
    ]


def test_migration_0009_adds_the_set_apart_flags_as_unset_to_a_ledgers_events_and_members(
    sqlite_url,
):
    with Ledger(sqlite_url) as ledger:
        ledger.ingest_articles([ArticleInput(text=REPORT, source="a.txt", outlet="dawn")])
    _migrate(sqlite_url, "0008", down=True)
    engine = open_engine(sqlite_url, migrate=False)
    with engine.connect() as connection:
        columns = {
            table: {c["name"] for c in sa_inspect(connection).get_columns(table)}
            for table in ("incident_members", "events")
        }
    engine.dispose()
    assert "set_apart" not in columns["incident_members"]
    assert "apart_on_phrases" not in columns["events"]
    # Up (opening the ledger migrates it): an older ledger's events and reports read as not
    # set apart.
    with Ledger(sqlite_url) as ledger, ledger.session() as session:
        flags = session.scalars(select(IncidentMember.set_apart)).all()
        marks = session.scalars(select(Event.apart_on_phrases)).all()
    assert flags and not any(flags)
    assert marks and not any(marks)


def test_unknown_setting_names_the_known_ones(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[ingest]\nmax_byte = 5\n")
    with pytest.raises(SettingsError, match=r"unknown setting ingest.max_byte \(known: "):
        load_settings(path)


def test_text_that_is_not_english_is_stored_flagged_and_yields_no_facts(ledger, tmp_path):
    spanish = (
        "La policía detuvo a veinte manifestantes durante la protesta frente al ayuntamiento "
        "el martes por la tarde, según informaron las autoridades locales a los periodistas.\n"
    )
    (tmp_path / "es.txt").write_text(spanish)
    report = ledger.ingest([tmp_path / "es.txt"])
    assert report.not_english == [str(tmp_path / "es.txt")]
    (document,) = ledger.documents()
    assert document.language == "und" and document.text == spanish
    with ledger.session() as session:
        assert session.scalar(select(func.count()).select_from(TextSpan)) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Cafe owner shot dead in Karachi on Monday, police said.\n",
        "BREAKING: Rangers raid party HQ in Karachi, one worker shot dead\n",
    ],
)
def test_a_one_line_alert_in_english_is_english(ledger, tmp_path, text):
    # few function words: the toll and "said" tell the language
    (tmp_path / "alert.txt").write_text(text)
    report = ledger.ingest([tmp_path / "alert.txt"])
    assert report.not_english == []
    (document,) = ledger.documents()
    assert document.language == "en"
    with ledger.session() as session:
        assert session.scalar(select(func.count()).select_from(Figure)) >= 1


def test_a_text_longer_than_a_piece_is_parsed_in_pieces_with_true_offsets(tmp_path):
    settings = load_settings(extract={"piece_chars": 1500})
    text = REPORT * 12  # ~4,000 characters: three pieces
    (tmp_path / "long.txt").write_text(text)
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}", settings=settings) as ledger:
        assert ledger.ingest([tmp_path / "long.txt"]).ok
        with ledger.session() as session:
            sentences = session.execute(
                select(TextSpan.start, TextSpan.end)
                .where(TextSpan.kind == "sentence")
                .order_by(TextSpan.start)
            ).all()
    # Every copy of the report, in every piece, starts a sentence at its true offset.
    starts = [s for s, _ in sentences if text[s:].startswith("QUETTA")]
    assert starts == [n * len(REPORT) for n in range(12)]
    assert sentences[-1][1] >= len(text.rstrip())


def test_a_correction_is_kept_with_an_audit_entry_and_survives_reprocessing(sqlite_url, tmp_path):
    (tmp_path / "r.txt").write_text(REPORT)
    with Ledger(sqlite_url) as ledger:
        ledger.ingest([tmp_path / "r.txt"])
        mentions = ledger.facts("time_mentions")
        if not mentions:
            pytest.skip("no time extractor in this pipeline")
        fact = mentions[0]
        ledger.correct(
            "time_mentions",
            fact.id,
            "value",
            "2015-03-09",
            author="analyst-1",
            reason="Monday before publication",
        )
        ledger.reprocess()
        again = {m.id: m for m in ledger.facts("time_mentions")}
        assert again[fact.id].value == "2015-03-09"
        (entry,) = ledger.audit_log()
        assert (entry.author, entry.field, entry.after) == (
            "analyst-1",
            "value",
            {"value": "2015-03-09"},
        )
        with pytest.raises(NotFound):
            ledger.correct("time_mentions", "tm-missing", "value", "x", author="a")


CRASH_SCRIPT = """
import sys
from corroborate.ledger import Ledger
ledger = Ledger(sys.argv[1])
ledger.ingest([sys.argv[2]], progress=lambda n: print("batch", flush=True))
"""


def _ledger_state(url: str) -> dict[str, tuple[int, int, int]]:
    """Per document: sentences, LSH bands, signatures: all present if the document is."""
    with Ledger(url) as ledger, ledger.session() as session:
        state = {}
        for document_id in session.scalars(select(Document.id)):
            state[document_id] = tuple(
                session.scalar(
                    select(func.count()).select_from(model).where(model.document_id == document_id)
                )
                for model in (TextSpan, NearDuplicateBand, MinHashSignature)
            )
        return state


@pytest.mark.parametrize("ledger_kind", ["sqlite", "postgresql"])
def test_a_killed_ingest_leaves_whole_documents_and_a_rerun_completes(
    ledger_kind, request, tmp_path
):
    url = request.getfixturevalue(f"{ledger_kind}_url")
    folder = tmp_path / "reports"
    folder.mkdir()
    for n in range(120):
        (folder / f"{n:03}.txt").write_text(
            f"Report {n} from the city desk. " + REPORT * (1 + n % 3)
        )
    settings_file = tmp_path / "settings.toml"
    settings_file.write_text("[ingest]\nbatch_size = 4\n")
    env = {**os.environ, "CORROBORATE_SETTINGS": str(settings_file)}
    process = subprocess.Popen(
        [sys.executable, "-c", CRASH_SCRIPT, url, str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    for _ in range(3):  # let a few batches commit, then kill it mid-batch
        assert process.stdout.readline().strip() == "batch"
    time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    partial = _ledger_state(url)
    assert 12 <= len(partial) < 120
    complete = next(iter(partial.values()))
    assert all(counts == complete or counts[0] > 0 for counts in partial.values())
    assert all(counts[1:] == complete[1:] for counts in partial.values())

    with Ledger(url, settings=load_settings(settings_file)) as ledger:
        report = ledger.ingest([folder])
        assert report.ok
        assert len(report.duplicates) == len(partial)
        assert len(report.stored) == 120 - len(partial)
    final = _ledger_state(url)
    assert len(final) == 120
    assert all(final[d] == partial[d] for d in partial)


# An outlet's home (extract/places.py OutletHome) is part of the ledger: stored with the outlet,
# learned across ingest runs and relearned in ingest order by reprocess.
LAKE_MEETING = (
    "The mayors of Minneapolis, Minnesota, and St. Cloud, Minnesota, met in Duluth, Minnesota, "
    "on Friday to discuss a string of arson attacks on city buses, police said.\n"
)
BARN_FIRE = (
    "A fire destroyed a barn near Albany on Sunday, the fire chief said. Deputies arrested "
    "two men at the scene and said the fire had been set deliberately.\n"
)


def _albany(ledger: Ledger) -> dict[str, str | None]:
    """The province of Albany in each outlet's barn-fire report."""
    with ledger.session() as session:
        documents = {d.id: d.outlet.name for d in session.scalars(select(Document))}
    return {
        documents[p.document_id]: p.admin1
        for p in ledger.facts("place_mentions")
        if p.text == "Albany"
    }


def test_outlet_home_is_learned_across_ingest_runs_and_relearned_by_reprocess(
    sqlite_url: str,
) -> None:
    with Ledger(sqlite_url) as first:
        first.ingest_articles([ArticleInput(LAKE_MEETING, "a.txt", outlet="lake-courier.com")])
        (outlet,) = first.session().scalars(select(Outlet)).all()
        assert outlet.home == [["US", "MN", 3]]  # Minneapolis, St. Cloud, Duluth
    # A second run (a new process would start just as empty) finds the home in the ledger.
    with Ledger(sqlite_url) as second:
        second.ingest_articles(
            [
                ArticleInput(BARN_FIRE, "b.txt", outlet="lake-courier.com"),
                ArticleInput(BARN_FIRE.replace("Sunday", "Monday"), "c.txt", outlet="far.com"),
            ]
        )
        ingested = _albany(second)
        assert ingested == {"lake-courier.com": "Minnesota", "far.com": "New York"}
        second.reprocess()
        assert _albany(second) == ingested
        homes = {o.name: o.home for o in second.session().scalars(select(Outlet))}
    # Reprocess relearned the homes from scratch (not on top of what the ingest learned);
    # Albany, a close call, taught nothing.
    assert homes == {"lake-courier.com": [["US", "MN", 3]], "far.com": None}


def test_a_storing_session_renewed_between_batches_stores_the_same_ledger(
    tmp_path, examples, monkeypatch
):
    """The ingest keeps its storing session from batch to batch (what linking read stays
    read) until the session holds too many objects; a new one reads back what the old one
    held, and the ledger comes out the same either way."""
    import corroborate.ledger as ledger_module

    settings = load_settings(ingest={"batch_size": 2})
    opened: list[int] = []
    session = Ledger.session

    def counted(self):  # type: ignore[no-untyped-def]
        opened.append(1)
        return session(self)

    monkeypatch.setattr(Ledger, "session", counted)
    exports = []
    for limit in (5000, 0):  # kept for the whole ingest; new for each batch
        monkeypatch.setattr(ledger_module, "_SESSION_OBJECTS", limit)
        opened.clear()
        with Ledger(f"sqlite:///{tmp_path}/{limit}.db", settings=settings) as ledger:
            report = ledger.ingest([examples / "feed.jsonl"])
            sessions = len(opened)
            exported = json.loads(ledger.export("json") or "")
        assert report.ok and len(report.stored) >= 4
        batches = math.ceil(len(report.stored) / 2)
        # each batch asks which of its texts are stored (a session each); storing takes one
        # session in all, or one per batch
        assert sessions == batches + (1 if limit else batches)
        exported["corroborate"].pop("exported")
        exports.append(exported)
    assert exports[0] == exports[1]


def _stop(_: int) -> None:
    raise RuntimeError("stopped by the caller")


def test_an_ingest_runs_the_collector_less_often_and_gives_its_setting_back(sqlite_url):
    """While articles are ingested the cyclic collector's first threshold is raised (fewer
    collections walking what the storing session holds); after the ingest, ended or failed,
    the process's own setting is back, and a setting already rarer, or collection turned off,
    is left alone."""
    import gc

    from corroborate.ledger import INGEST_GC_THRESHOLD

    seen: list[int] = []
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, *before[1:])
        with Ledger(sqlite_url) as ledger:
            article = ArticleInput(text=REPORT, source="quetta.txt")
            ledger.ingest_articles([article], progress=lambda _: seen.append(gc.get_threshold()[0]))
            assert seen == [INGEST_GC_THRESHOLD]
            assert gc.get_threshold()[0] == 700
            with pytest.raises(RuntimeError):
                ledger.ingest_articles(
                    [ArticleInput(text=REPORT + "More.", source="again.txt")], progress=_stop
                )
            assert gc.get_threshold()[0] == 700
            gc.set_threshold(50_000, *before[1:])
            seen.clear()
            ledger.ingest_articles(
                [ArticleInput(text=REPORT + "Again.", source="third.txt")],
                progress=lambda _: seen.append(gc.get_threshold()[0]),
            )
            assert seen == [50_000]
    finally:
        gc.set_threshold(*before)


# Two analysts ingesting into one ledger at once: each process parses first, then both store
# together (a file in the folder is the starting signal), one in file order, one reversed.
WRITER_SCRIPT = """
import json, sys, time
from pathlib import Path
from corroborate.ledger import Ledger
url, go, order, files = sys.argv[1], Path(sys.argv[2]), sys.argv[3], sys.argv[4:]
with Ledger(url) as ledger:
    ledger.nlp  # loaded before the start, so that both store at the same time
    print("ready", flush=True)
    while not go.exists():
        time.sleep(0.01)
    report = ledger.ingest(files if order == "forward" else files[::-1])
    print(json.dumps({"stored": len(report.stored), "duplicates": len(report.duplicates),
                      "problems": [str(p) for p in report.problems]}), flush=True)
"""


OPENER_SCRIPT = """
import sys, time
from pathlib import Path
from corroborate.store.engine import open_engine
url, go = sys.argv[1], Path(sys.argv[2])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
open_engine(url).dispose()
"""


@pytest.mark.parametrize("ledger_kind", ["sqlite", "postgresql"])
def test_analysts_opening_a_new_ledger_at_once_each_find_it_migrated(
    ledger_kind, request, tmp_path
):
    # Each process opening a ledger migrates it: a team starting on a new database (or on a
    # newly upgraded corroborate) opens it from several desks at once. They used to run the
    # migrations side by side, and all but one stop on a table another had just created.
    url = request.getfixturevalue(f"{ledger_kind}_url")
    go = tmp_path / "go"
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER_SCRIPT, url, str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for opener in openers:
        assert opener.stdout.readline().strip() == "ready"
    go.touch()
    errors = [opener.communicate(timeout=120)[1] for opener in openers]
    assert [opener.returncode for opener in openers] == [0] * 4, "\n".join(errors)
    engine = open_engine(url, migrate=False)
    head = ScriptDirectory.from_config(alembic_config(url)).get_current_head()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
            (head,)
        ]
    engine.dispose()


def _grouped_sources(url: str) -> list[list[str]]:
    """The documents of each incident, by file name (and line), sorted."""
    from corroborate.consolidate.incidents import document_incidents

    with Ledger(url) as ledger, ledger.session() as session:
        source_of = {d.id: Path(d.source).name for d in ledger.documents()}
        groups: dict[str, list[str]] = {}
        for document_id, incident_id in document_incidents(session).items():
            groups.setdefault(incident_id, []).append(source_of[document_id])
        assert session.scalar(select(func.count()).where(~Incident.assessed)) == 0
    return sorted(sorted(group) for group in groups.values())


@pytest.mark.parametrize("ledger_kind", ["sqlite", "postgresql"])
def test_two_writers_at_once_store_each_text_once_and_link_as_one_would(
    ledger_kind, request, tmp_path, examples
):
    url = request.getfixturevalue(f"{ledger_kind}_url")
    files = sorted(str(p) for p in examples.iterdir() if p.suffix in (".txt", ".html", ".jsonl"))
    with Ledger(url):
        pass  # migrated once, before the writers open it
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER_SCRIPT, url, str(go), order, *files],
            stdout=subprocess.PIPE,
            text=True,
        )
        for order in ("forward", "reversed")
    ]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    go.touch()
    outputs = [writer.communicate(timeout=300)[0] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0]
    reports = [json.loads(output) for output in outputs]
    assert [r["problems"] for r in reports] == [[], []]

    serial_url = f"sqlite:///{tmp_path / 'serial.db'}"
    with Ledger(serial_url) as serial:
        inputs = len(serial.ingest(files).stored)
    # every text stored once, by one writer or the other, and a duplicate for the other
    assert sum(r["stored"] for r in reports) == inputs
    assert [r["stored"] + r["duplicates"] for r in reports] == [inputs, inputs]
    # the same reports found one another as in a run of one writer: no shooting or raid split
    # between two incidents because its reports were stored at the same moment
    assert _grouped_sources(url) == _grouped_sources(serial_url)


def test_a_speaking_body_is_the_actor_its_own_report_names(ledger, tmp_path):
    # "Police" in a Karachi report are Pakistan's police, though a Nairobi report's police
    # took the alias first; "JSM" is the party the report names in full
    (tmp_path / "nairobi.txt").write_text(
        "NAIROBI: Police fired tear gas at traders protesting against new market levies in "
        "the city centre on Monday. Police said four officers were hurt by stones.\n"
    )
    (tmp_path / "karachi.txt").write_text(
        "KARACHI: Police arrested nine workers of the Jamhoori Shehri Mahaz in Lyari on "
        "Tuesday. Police said the men were wanted for extortion. The JSM said the arrests "
        "were politically motivated and that its workers were innocent.\n"
    )
    assert ledger.ingest([tmp_path / "nairobi.txt"]).ok
    assert ledger.ingest([tmp_path / "karachi.txt"]).ok
    names = {a.id: a.name for a in ledger.actors()}
    documents = {d.id: d.source for d in ledger.documents()}
    spoken = {
        (Path(documents[c.document_id]).stem, c.speaker_name): names.get(c.speaker_actor_id)
        for c in ledger.claims()
    }
    assert spoken[("nairobi", "Police")] == "Police Forces of Kenya"
    assert spoken[("karachi", "Police")] == "Police Forces of Pakistan"
    assert spoken[("karachi", "Jamhoori Shehri Mahaz")] == "Jamhoori Shehri Mahaz"


def test_neighbors_who_speak_are_people_not_an_organisation(ledger):
    # in the example report the model tags the capitalised "Neighbors" an organisation
    from importlib import resources

    with resources.as_file(
        resources.files("corroborate").joinpath("examples", "lakeshore-gazette-shooting.html")
    ) as path:
        assert ledger.ingest([path]).ok
    (neighbors,) = [c for c in ledger.claims() if c.speaker_name == "Neighbors"]
    assert neighbors.speaker_kind == "anonymous"


def test_a_batch_is_stored_whole_or_not_at_all(ledger_url, tmp_path, monkeypatch):
    # one transaction per batch: a batch killed while its second report is linked leaves
    # none of its reports (the first is not kept half a batch), and a re-run stores them all
    import corroborate.ledger as ledger_module

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "quetta.txt").write_text(REPORT)
    (folder / "follow-up.txt").write_text(FOLLOW_UP)
    (folder / "zhob.txt").write_text(
        "ZHOB: Gunmen on motorcycles shot dead a shopkeeper outside his store in the main "
        "bazaar on Wednesday evening, police said. The attackers escaped.\n"
    )
    linked = ledger_module.link_document
    calls = []

    def killed_at_the_second(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return linked(*args, **kwargs)

    with Ledger(ledger_url) as ledger:
        monkeypatch.setattr(ledger_module, "link_document", killed_at_the_second)
        with pytest.raises(KeyboardInterrupt):
            ledger.ingest([folder])
        monkeypatch.undo()
        assert ledger.documents() == []
        report = ledger.ingest([folder])
        assert (len(report.stored), len(report.duplicates)) == (3, 0)
        assert len(ledger.documents()) == 3


def test_new_actors_and_aliases_are_stored_and_held_as_if_flushed(ledger_url):
    from corroborate.model import Actor
    from corroborate.store.engine import hold_loaded
    from corroborate.store.facts import write_new_actors

    with Ledger(ledger_url) as ledger:
        with ledger.session() as session, session.begin():
            stored = Actor(id="ac-river", name="River Police", kind="police", inter=1)
            stored.aliases.append(ActorAlias(alias="River Police", key="river police"))
            session.add(stored)
        with hold_loaded(ledger.session()) as session, session.begin():
            known = session.get(Actor, "ac-river")
            known.aliases.append(ActorAlias(alias="the river unit", key="river unit"))
            new = Actor(id="ac-ferry", name="Ferry Guards", kind="militia", inter=3)
            new.aliases += [
                ActorAlias(alias="Ferry Guards", key="ferry guards"),
                ActorAlias(alias="the guards", key="guards"),
            ]
            session.add(new)
            write_new_actors(session)
            assert not session.new
            assert not any(session.is_modified(held) for held in session.dirty)  # nothing to flush
            held = {(a.actor_id, a.id, a.key) for a in [*known.aliases, *new.aliases]}
        with ledger.session() as session:
            rows = session.execute(select(ActorAlias.actor_id, ActorAlias.id, ActorAlias.key))
            assert set(rows) == held
            # ids in the order the aliases were added, as the unit of work gives them
            assert [a.key for a in session.scalars(select(ActorAlias).order_by(ActorAlias.id))] == [
                "river police",
                "river unit",
                "ferry guards",
                "guards",
            ]
