"""The command line, driven through click's CliRunner: exact lines and exit codes."""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from corroborate.cli import main
from corroborate.evaluate import EVALUATIONS

FIXTURES = Path(__file__).parent / "fixtures"


def commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        found.append((f"{prefix}{name}", command))
        if isinstance(command, click.Group):
            found += commands(command, f"{prefix}{name} ")
    return found


@pytest.mark.parametrize("name,command", commands(main), ids=lambda x: str(x))
def test_every_command_has_help_with_an_example(name, command):
    result = CliRunner().invoke(main, [*name.split(), "--help"])
    assert result.exit_code == 0
    assert command.help and "Example" in result.output, f"{name} --help has no example"


@pytest.mark.parametrize("name", EVALUATIONS)
def test_each_evaluation_module_s_help_says_what_it_measures_in_full(name):
    module = f"corroborate.evaluate.{name}"
    first_paragraph = importlib.import_module(module).__doc__.split("\n\n")[0]
    shown = subprocess.run(
        [sys.executable, "-m", module, "--help"], capture_output=True, text=True, check=True
    ).stdout
    # argparse rewraps the description (breaking "cross-validation" too): compare without spaces
    assert "".join(first_paragraph.split()) in "".join(shown.split())


def test_ingest_reports_bad_files_one_line_each_and_exits_1(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    bad = tmp_path / "bad"
    shutil.copytree(FIXTURES / "bad", bad)
    result = CliRunner().invoke(main, ["ingest", str(bad), "--db", db])
    assert result.exit_code == 1
    lines = [line.removeprefix(f"{bad}/") for line in result.stderr.splitlines()]
    assert lines == [
        "binary.txt: binary data, not text",
        "broken.jsonl:2: malformed JSON (expecting ',' delimiter at column 192)",
        "empty.txt: empty file",
        "noarticle.html: no article text found in the HTML page",
        "notext.jsonl:2: no 'text' or 'html' field with article text",
        "Ingest: 5 stored, 1 not English (stored, no facts), 5 failed.",
    ]


def test_ingest_exits_0_when_everything_was_ingested_and_again_is_a_no_op(tmp_path, examples):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    first = runner.invoke(
        main,
        [
            "ingest",
            str(examples / "meridian-raid.txt"),
            "--db",
            db,
            "--outlet",
            "The Meridian",
            "--published",
            "2015-03-12",
        ],
    )
    assert first.exit_code == 0, first.output
    assert first.stderr.strip() == "Ingest: 1 stored."
    again = runner.invoke(main, ["ingest", str(examples / "meridian-raid.txt"), "--db", db])
    assert (again.exit_code, again.stderr.strip()) == (
        0,
        "Ingest: 0 stored, 1 already in the ledger.",
    )


def test_ingest_reads_one_article_from_stdin(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    article = (
        "MULTAN: Police said they had arrested three men over the torching of a "
        "polling station on Sunday; no one was hurt, a district official said.\n"
    )
    result = CliRunner().invoke(
        main, ["ingest", "-", "--db", db, "--outlet", "Desk"], input=article
    )
    assert result.exit_code == 0
    shown = CliRunner().invoke(main, ["show", "documents", "--db", db])
    assert "Desk" in shown.output


def test_a_bad_date_option_is_one_error_line(tmp_path):
    result = CliRunner().invoke(
        main,
        ["ingest", "x.txt", "--published", "March 3", "--db", f"sqlite:///{tmp_path / 'l.db'}"],
    )
    assert result.exit_code == 2
    assert "'March 3' is not a date like 2015-03-11" in result.output


def test_export_writes_json_to_a_file(tmp_path, examples):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    runner.invoke(main, ["ingest", str(examples / "feed.jsonl"), "--db", db])
    out = tmp_path / "ledger.json"
    result = runner.invoke(main, ["export", "--format", "json", "-o", str(out), "--db", db])
    assert result.exit_code == 0
    assert result.stderr.strip() == f"Wrote json to {out}."
    assert len(json.loads(out.read_text())["documents"]) >= 3


def test_show_errors_lists_the_recorded_ingest_errors(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    for _ in range(2):  # the same bad file ingested again is still one error, not two
        runner.invoke(main, ["ingest", str(FIXTURES / "bad" / "empty.txt"), "--db", db])
    result = runner.invoke(main, ["show", "errors", "--db", db])
    assert "empty.txt" in result.output and "empty file" in result.output
    assert result.output.count("empty file") == 1


def test_an_unreachable_database_is_one_error_line(tmp_path):
    result = CliRunner().invoke(
        main, ["show", "documents", "--db", "postgresql+psycopg://u:secret@127.0.0.1:1/x"]
    )
    assert result.exit_code == 1
    assert result.output.startswith("Error: cannot open ledger postgresql+psycopg://u:***@")
    assert "secret" not in result.output


def test_demo_ingests_the_examples_and_prints_a_summary(tmp_path):
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    result = CliRunner().invoke(main, ["demo", "--db", db])
    assert result.exit_code == 0, result.output
    assert "Ledger" in result.output and "documents" in result.output
    assert "Outlets" in result.output


def test_train_types_learns_from_an_acled_style_csv(tmp_path):
    rows = ["event_date,notes,event_type,sub_event_type"]
    for n in range(1, 7):
        rows += [
            f'2024-01-0{n},"Police arrested {n} men in Quetta after a night raid.",'
            "Strategic developments,Arrests",
            f'2024-01-0{n},"A drone strike killed {n} fighters near Miranshah.",'
            "Explosions/Remote violence,Air/drone strike",
            f'2024-01-0{n},"Traders marched peacefully against a new levy, day {n}.",'
            "Protests,Peaceful protest",
        ]
    (tmp_path / "acled.csv").write_text("\n".join(rows) + "\n")
    out = tmp_path / "model"
    result = CliRunner().invoke(
        main, ["train-types", str(tmp_path / "acled.csv"), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert f"Use it: export CORROBORATE_EVENT_TYPES_MODEL={out}" in result.output
    from corroborate.extract.event_types import classify_event_types, load_event_type_model

    load_event_type_model.cache_clear()
    model = load_event_type_model(out)
    assert model is not None
    (guess,) = classify_event_types(
        ["Police arrested 9 men in Quetta after a night raid."], model_dir=out
    )
    assert guess.sub_event_type == "Arrests"


def test_an_id_after_a_list_to_show_is_an_error_not_ignored(tmp_path):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    result = CliRunner().invoke(main, ["show", "incidents", "in-3f2a", "--db", db])
    assert result.exit_code == 2
    assert "show incidents takes no ID; one incident is: show incident ID" in result.output


def test_show_without_what_names_the_argument_and_the_help_lists_its_choices(tmp_path):
    result = CliRunner().invoke(main, ["show", "--db", f"sqlite:///{tmp_path / 'l.db'}"])
    assert result.exit_code == 2
    assert "Error: Missing argument 'WHAT'" in result.output
    help_text = CliRunner().invoke(main, ["show", "--help"]).output
    assert "WHAT is one of documents, errors, outlets, events, claims" in help_text


def test_show_incident_prints_one_incident_with_its_reports(tmp_path, examples):
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    runner.invoke(
        main,
        [
            "ingest",
            str(examples / "harbour-times-raid.html"),
            str(examples / "meridian-raid.txt"),
            "--db",
            db,
        ],
    )
    exported = json.loads(runner.invoke(main, ["export", "--db", db]).output)
    incident = max(exported["incidents"], key=lambda i: len(i["reports"]))
    result = runner.invoke(main, ["show", "incident", incident["id"], "--db", db])
    assert result.exit_code == 0, result.output
    assert result.output.startswith(incident["id"])
    assert "Reports" in result.output
    # a value one voice states twice in one article is one row, with how often it is stated
    # (at the 80 columns of a pipe each row is a record: its figure, then the rest indented)
    figures = result.output.split("Figures")[1].split("Reports")[0]
    rows = [" ".join(record.split()) for record in re.split(r"\n(?! )", figures) if record]
    assert rows and len(set(rows)) == len(rows), figures
    assert all(row.split()[0] in ("fatalities", "injured", "arrested") for row in rows), rows
    # the list shows each id whole on one line (to copy into `show incident ID`), even at the
    # 80 columns of a pipe, with the best killed and injured figures
    listed = runner.invoke(main, ["show", "incidents", "--db", db]).output
    assert all(i["id"] in listed for i in exported["incidents"]), listed
    assert "killed" in listed and "injured" in listed
    # too narrow for the table, each incident takes two lines and no word is folded
    for incident in exported["incidents"]:
        assert incident["date"]["start"] in listed and incident["status"] in listed, listed
    # the editorial's judgement is listed as opinion beside its stance
    assert "opinion" in runner.invoke(main, ["show", "claims", "--db", db]).output
    # a unique beginning of the id will do
    short = runner.invoke(main, ["show", "incident", incident["id"][:9], "--db", db])
    assert short.exit_code == 0 and short.output.startswith(incident["id"]), short.output
    missing = runner.invoke(main, ["show", "incident", "in-nope", "--db", db])
    assert (missing.exit_code, missing.output) == (1, "Error: no incident 'in-nope'\n")
    bare = runner.invoke(main, ["show", "incident", "--db", db])
    assert bare.exit_code == 2 and "needs an incident id" in bare.output


def test_a_records_named_values_are_packed_into_lines_without_splitting_one() -> None:
    from corroborate.cli import _packed

    named = ["date: 2025-03-11", "place: Karachi", "type: Arrests", "killed: 120"]
    assert _packed(named, " · ", 34) == [
        "date: 2025-03-11 · place: Karachi",
        "type: Arrests · killed: 120",
    ]
    # one longer than a line is a line of its own
    assert _packed(["title: " + "word " * 10, "lang: en"], " · ", 20)[1] == "lang: en"


CONVOY = (
    "KHUZDAR (Indus Wire): Gunmen fired on a bus carrying labourers near Khuzdar on Friday, "
    "killing two men and wounding six others, a district official said.\n\n"
    "The labourers were travelling to a dam site in the hills when the attackers stopped the "
    "bus at a bend in the road, the official said. Police cordoned off the area and took the "
    "wounded to the district hospital.\n"
)


def test_ingest_names_the_wire_story_stored_after_its_reprint_the_original(tmp_path):
    """The reprint was stored first; the wire's own story that follows is not called a copy."""
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    reprint = tmp_path / "reprint.txt"
    reprint.write_text(CONVOY.replace("a district official said", "an official said"))
    wire = tmp_path / "wire.txt"
    wire.write_text(CONVOY)
    first = runner.invoke(main, ["ingest", str(reprint), "--db", db, "--outlet", "Frontier Post"])
    assert first.exit_code == 0, first.output
    then = runner.invoke(main, ["ingest", str(wire), "--db", db, "--outlet", "Indus Wire"])
    assert (then.exit_code, then.stderr.strip()) == (
        0,
        "Ingest: 1 stored, 1 of them the wire's own story of stored reports, which are now "
        "its copies.",
    )


def test_the_incident_list_shows_a_tolls_range_and_an_alleged_toll(tmp_path, examples):
    """A bare best figure reads as a settled toll: the list shows the range where sources
    differ and marks a toll resting on a confession as alleged."""
    db = f"sqlite:///{tmp_path / 'l.db'}"
    runner = CliRunner()
    files = ["metro-dispatch-raid.txt", "meridian-raid.txt", "harbour-times-confession.html"]
    runner.invoke(main, ["ingest", *(str(examples / name) for name in files), "--db", db])
    listed = " ".join(runner.invoke(main, ["show", "incidents", "--db", db]).output.split())
    # the worker's death against "no one was killed"
    assert re.search(r"killed: [01] \(0-1\)", listed), listed
    assert "killed: 120 alleged" in listed, listed  # the detainee's confession
