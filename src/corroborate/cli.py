"""The command line: a thin skin over corroborate.Ledger; each command calls one method."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import click
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from corroborate import __version__
from corroborate.errors import CorroborateError
from corroborate.evaluate import EVALUATIONS, run_evaluation

console = Console()
err_console = Console(stderr=True)

DEMO_DB = "corroborate-demo.db"


def _open_ledger(db: str | None):  # type: ignore[no-untyped-def]
    from corroborate.ledger import Ledger

    try:
        return Ledger(db)
    except CorroborateError as error:
        raise click.ClickException(str(error)) from error


def ledger_command(function: Callable[..., Any]) -> Callable[..., Any]:
    """Options every ledger command shares (--db), and errors as one `Error: ...` line."""

    @click.option(
        "--db",
        envvar="CORROBORATE_DB",
        metavar="URL",
        help="Ledger database: sqlite:///path.db (default ./corroborate.db) or "
        "postgresql+psycopg://user:pass@host/db. Also $CORROBORATE_DB.",
    )
    @functools.wraps(function)
    def wrapper(*args: Any, db: str | None, **kwargs: Any) -> Any:
        ledger = _open_ledger(db)
        try:
            return function(ledger, *args, **kwargs)
        except CorroborateError as error:
            raise click.ClickException(str(error)) from error
        finally:
            ledger.close()

    return wrapper


@contextmanager
def progress_bar(quiet: bool, label: str) -> Iterator[Callable[[int], None] | None]:
    """A rich progress line on stderr counting articles; nothing with --quiet or off a terminal."""
    if quiet or not err_console.is_terminal:
        yield None
        return
    columns = (SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=None)
        yield lambda n: bar.advance(task, n)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="corroborate")
@click.option("-v", "--verbose", is_flag=True, help="Log what the library does to stderr.")
def main(verbose: bool) -> None:
    """corroborate: a sourced ledger of political violence and security operations.

    Ingest news reports; get one incident per real event, every account side by side, and
    what is corroborated, disputed, denied or only alleged.

    \b
    Example:
      corroborate demo
      corroborate ingest reports/ --db sqlite:///karachi.db
      corroborate export --format json -o ledger.json --db sqlite:///karachi.db
    """
    logging.basicConfig(
        level=logging.INFO if verbose else logging.ERROR, format="%(levelname)s %(message)s"
    )


def _parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date like 2015-03-11") from error


def _print_report(report: Any) -> None:
    for problem in report.problems:
        click.echo(str(problem), err=True)
    parts = [f"{len(report.stored)} stored"]
    if report.copies:
        parts.append(f"{len(report.copies)} of them copies of stored reports")
    if report.originals:
        # the wire's own story stored after its reprints: they are its copies, not it theirs
        parts.append(
            f"{len(report.originals)} of them the wire's own story of stored reports, "
            "which are now its copies"
        )
    if report.changed_figures:
        parts.append(
            f"{len(report.changed_figures)} of them near copies of stored reports but "
            "with other figures, kept as reports of their own"
        )
    if report.duplicates:
        parts.append(f"{len(report.duplicates)} already in the ledger")
    if report.not_english:
        parts.append(f"{len(report.not_english)} not English (stored, no facts)")
    if report.problems:
        parts.append(f"{len(report.problems)} failed")
    click.echo("Ingest: " + ", ".join(parts) + ".", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--outlet", help="Outlet of these articles, where the input does not say.")
@click.option(
    "--published",
    callback=_parse_date,
    metavar="DATE",
    help="Publication date (YYYY-MM-DD) where the input does not say.",
)
@click.option("--title", help="Title, where the input does not say.")
@click.option(
    "--encoding",
    help="Force this text encoding (default: UTF-8, or UTF-16/32 by its byte-order mark, "
    "then Windows-1252, then Latin-1).",
)
@click.option(
    "--max-bytes",
    type=int,
    help="Reject a file larger than this (default: max_bytes in the settings, 20 MB unless "
    "changed); a .jsonl file streams, each line held to it.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@ledger_command
def ingest(
    ledger: Any,
    paths: tuple[str, ...],
    outlet: str | None,
    published: dt.date | None,
    title: str | None,
    encoding: str | None,
    max_bytes: int | None,
    quiet: bool,
) -> None:
    """Ingest articles from files, folders (recursively) or - (stdin).

    .txt is plain text; .html/.htm a saved web page (article text, title, date and site found
    with trafilatura); .jsonl one article a line: {text or html, title, url, outlet,
    published}. Bad inputs are reported one line each (file[:line]: reason), recorded in the
    ledger, and skipped. Exit code 0 when every input was ingested, 1 when some failed.

    \b
    Example:
      corroborate ingest reports/ wire.jsonl --db sqlite:///ledger.db
      curl -s URL | corroborate ingest - --outlet "Daily Example" --published 2015-03-11
    """
    with progress_bar(quiet, "Ingesting") as progress:
        report = ledger.ingest(
            paths,
            outlet=outlet,
            published=published,
            title=title,
            encoding=encoding,
            max_bytes=max_bytes,
            progress=progress,
        )
    _print_report(report)
    if not report.ok:
        sys.exit(1)


# Identifiers stay on one line, so that one can be copied into `show incident ID`, and so do
# the headers of short numbers; the other columns fold.
WHOLE_COLUMNS = frozenset({"id", "document", "incident", "copy of", "killed", "injured"})


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> RenderableType:
    """The rows as a table, or, where the console is too narrow for the table without
    breaking words (a pipe's or a small terminal's 80 columns), as records: each row's first
    value on a line of its own, the others named on an indented line below it."""
    cells = [["" if v is None else str(v) for v in row] for row in rows]
    table = Table(title=title, title_justify="left")
    for column in columns:
        if column in WHOLE_COLUMNS:
            table.add_column(column, no_wrap=True)
        else:
            table.add_column(column, overflow="fold")
    for row in cells:
        table.add_row(*row)
    unbounded = console.options.update_width(10_000)  # (measured within the width, it fits)
    if console.measure(table, options=unbounded).minimum <= console.width:
        return table
    records: list[RenderableType] = [Text(title, style="table.title")]
    for first, *rest in cells:
        records.append(Text(first, style="bold"))
        named = [f"{name}: {value}" for name, value in zip(columns[1:], rest, strict=True) if value]
        for line in _packed(named, " · ", console.width - RECORD_INDENT):
            records.append(Padding(Text(line), (0, 0, 0, RECORD_INDENT), expand=False))
    return Group(*records)


RECORD_INDENT = 4


def _packed(items: list[str], separator: str, width: int) -> list[str]:
    """`items` joined by `separator` into lines of at most `width` characters, none split
    across two lines (one longer than a line is a line of its own, wrapped as text)."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(separator) + len(item) <= width:
            lines[-1] += separator + item
        else:
            lines.append(item)
    return lines


def _clip(text: str | None, width: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


SHOWABLE = (
    "documents",
    "errors",
    "outlets",
    "events",
    "claims",
    "actors",
    "incidents",
    "incident",
    "contradictions",
)


def print_incident(ledger: Any, incident_id: str) -> None:
    """One incident: where, when, status, every figure with who reports it, the reports,
    contradictions and open questions."""
    incident, events, contradictions = ledger.incident(incident_id)
    documents = {d.id: d for d in ledger.documents() if d.id in {e.document_id for e in events}}
    summary = incident.summary or {}
    place = ", ".join(x for x in (incident.place_name, incident.admin1, incident.country) if x)
    console.print(
        f"[bold]{incident.id}[/bold]  {incident.sub_event_type or incident.event_type or '?'}"
        f"  {incident.date_start or 'date unknown'}  {place or 'place unknown'}"
        f"  status: {incident.status}  modality: {incident.modality}",
        highlight=False,
    )
    # A value one voice states twice in one article is one row, with how often it is stated.
    mentions: Counter[tuple[Any, ...]] = Counter()
    for name in ("fatalities", "injured", "arrested"):
        figure = summary.get(name) or {}
        for value in figure.get("values", []):
            outlet = documents.get(value.get("document"))
            row = (
                name,
                figure.get("best"),
                figure.get("status"),
                value.get("value"),
                value.get("qualifier"),
                value.get("speaker") or "(reporter)",
                outlet.outlet.name if outlet and outlet.outlet else value.get("document"),
            )
            mentions[row] += 1
    if mentions:
        console.print(
            _table(
                "Figures",
                ["figure", "best", "status", "value", "qualifier", "who says", "outlet", "times"],
                [[*row, times] for row, times in mentions.items()],
            )
        )

    def outlet_name(document: Any) -> str | None:
        return document.outlet.name if document.outlet else None

    # Each article's events together, in order of publication, its main event first.
    by_article = sorted(
        events,
        key=lambda e: (str(documents[e.document_id].published or ""), e.document_id, e.rank),
    )
    console.print(
        _table(
            "Reports",
            ["document", "outlet", "published", "event", "modality"],
            [
                [
                    e.document_id,
                    outlet_name(documents[e.document_id]),
                    documents[e.document_id].published,
                    e.text,
                    e.modality,
                ]
                for e in by_article
            ],
        )
    )
    if contradictions:
        console.print(
            _table(
                "Contradictions", ["kind", "summary"], [[c.kind, c.summary] for c in contradictions]
            )
        )
    for question in incident.questions or []:
        console.print(f"? {question}", highlight=False)


@main.command()
@click.argument("what", type=click.Choice(SHOWABLE), metavar="WHAT")
@click.argument("incident_id", required=False, metavar="[ID]")
@ledger_command
def show(ledger: Any, what: str, incident_id: str | None) -> None:
    """Print what the ledger holds, as a table; `show incident ID` prints one incident with
    every account side by side.

    WHAT is one of documents, errors, outlets, events, claims, actors, incidents, incident,
    contradictions.

    \b
    Example:
      corroborate show documents
      corroborate show incidents --db sqlite:///ledger.db
      corroborate show incident in-3f2a9c1d0b7e44 --db sqlite:///ledger.db
    """
    if what == "incident":
        if not incident_id:
            raise click.UsageError("show incident needs an incident id (see: show incidents)")
        print_incident(ledger, incident_id)
        return
    if incident_id:
        # "show incidents in-3f2a" would otherwise list every incident, the ID unread
        raise click.UsageError(f"show {what} takes no ID; one incident is: show incident ID")
    if what == "documents":
        rows = [
            [
                d.id,
                d.published,
                d.outlet.name if d.outlet else None,
                _clip(d.title, 50),
                d.copy_of,
                d.language,
            ]
            for d in ledger.documents()
        ]
        table = _table("Documents", ["id", "published", "outlet", "title", "copy of", "lang"], rows)
    elif what == "errors":
        rows = [
            [e.source if e.line is None else f"{e.source}:{e.line}", e.reason]
            for e in ledger.errors()
        ]
        table = _table("Ingest errors", ["input", "reason"], rows)
    elif what == "outlets":
        rows = [[o.name, o.documents, o.first, o.last] for o in ledger.outlets()]
        table = _table("Outlets", ["outlet", "documents", "first", "last"], rows)
    elif what == "events":
        rows = [
            [
                e.id,
                e.document_id,
                e.sub_event_type or e.event_type,
                e.modality,
                e.text,
                ", ".join(f"{f.kind} {f.value}" for f in e.figures),
            ]
            for e in ledger.events()
        ]
        table = _table("Events", ["id", "document", "type", "modality", "trigger", "figures"], rows)
    elif what == "claims":
        # an editorial judgement and a hedged claim say so beside their stance
        rows = [
            [
                c.document_id,
                c.speaker_name,
                ", ".join([c.stance] + ["hedged"] * c.hedged + ["opinion"] * c.opinion),
                _clip(c.text),
            ]
            for c in ledger.claims()
        ]
        table = _table("Claims", ["document", "speaker", "stance", "content"], rows)
    elif what == "actors":
        rows = [
            [a.id, a.name, a.kind, a.inter, ", ".join(sorted({x.alias for x in a.aliases}))]
            for a in ledger.actors()
        ]
        table = _table("Actors", ["id", "name", "kind", "inter", "aliases"], rows)
    elif what == "incidents":
        table = _incidents_table(ledger, ledger.incidents())
    else:
        rows = [[c.id, c.incident_id, c.kind, c.summary] for c in ledger.contradictions()]
        table = _table("Contradictions", ["id", "incident", "kind", "summary"], rows)
    console.print(table)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "csv", "geojson"]),
    default="json",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write here instead of stdout.",
)
@ledger_command
def export(ledger: Any, fmt: str, output: str | None) -> None:
    """Export the ledger: JSON (the stable contract), ACLED-style CSV, or GeoJSON.

    \b
    Example:
      corroborate export --format json -o ledger.json
      corroborate export --format csv > incidents.csv
    """
    if output:
        # Written whole to a temporary name first: a failed export leaves no half file.
        target = Path(output)
        partial = target.with_name(target.name + ".partial")
        with partial.open("w", encoding="utf-8") as handle:
            ledger.export(fmt, handle)
        partial.replace(target)
        click.echo(f"Wrote {fmt} to {output}.", err=True)
    else:
        ledger.export(fmt, sys.stdout)


@main.command()
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@ledger_command
def reprocess(ledger: Any, quiet: bool) -> None:
    """Re-run extraction on every stored document, keeping analysts' corrections.

    \b
    Example:
      corroborate reprocess --db sqlite:///ledger.db
    """
    with progress_bar(quiet, "Reprocessing") as progress:
        count = ledger.reprocess(progress=progress)
    click.echo(f"Reprocessed {count} documents.", err=True)


@main.command()
@click.argument("claim")
@click.option("--incident", metavar="ID", help="Only the reports of this incident.")
@ledger_command
def stance(ledger: Any, claim: str, incident: str | None) -> None:
    """How each stored report stands towards CLAIM: agree, disagree (refutes it, or tells
    someone denying it), discuss (passes it on without vouching) or unrelated, with the words
    it rests on.

    \b
    Example:
      corroborate stance "Rangers killed a party worker in the raid" --incident in-3f2a
    """
    rows = [
        [
            document.id,
            document.outlet.name if document.outlet else None,
            _clip(document.title, 40),
            found.label,
            _clip(found.spans[0].text, 80) if found.spans else None,
        ]
        for document, found in ledger.stance(claim, incident)
    ]
    columns = ["document", "outlet", "title", "stance", "because"]
    console.print(_table(f"Stance towards: {_clip(claim, 80)}", columns, rows))


def _incidents_table(ledger: Any, incidents: list[Any]) -> RenderableType:
    """One row per incident: where, when, what, its status, the best killed and injured
    figures and how many articles report it."""
    # Articles, not event reports: one article tells of the raid, its arrests and seizures.
    articles = ledger.incident_articles()

    def best(incident: Any, name: str) -> Any:
        """The best figure, with the range where sources differ ("1 (0-1)") and "alleged"
        where it rests on an accusation or a confession: a bare 120 reads as a toll."""
        figure = (incident.summary or {}).get(name) or {}
        value = figure.get("best")
        if value is None:
            return None
        low, high = figure.get("low", value), figure.get("high", value)
        shown = f"{value} ({low}-{high})" if (low, high) != (value, value) else str(value)
        return f"{shown} alleged" if figure.get("status") == "alleged" else shown

    rows = [
        [
            i.id,
            i.date_start,
            i.place_name,
            i.sub_event_type or i.event_type,
            i.status if i.modality in ("occurred", i.status) else f"{i.status}, {i.modality}",
            best(i, "fatalities"),
            best(i, "injured"),
            articles.get(i.id, 0),
        ]
        for i in incidents
    ]
    columns = ["id", "date", "place", "type", "status", "killed", "injured", "articles"]
    return _table("Incidents", columns, rows)


def print_summary(ledger: Any) -> None:
    """The readable summary the demo ends with."""
    counts = ledger.summary()
    table = _table("Ledger", ["what", "count"], [[k, v] for k, v in counts.items()])
    console.print(table)
    outlets = ledger.outlets()
    console.print(
        _table("Outlets", ["outlet", "documents"], [[o.name, o.documents] for o in outlets])
    )
    incidents = ledger.incidents()
    if incidents:
        console.print(_incidents_table(ledger, incidents))
    contradictions = ledger.contradictions()
    if contradictions:
        console.print(
            _table(
                "Contradictions", ["kind", "summary"], [[c.kind, c.summary] for c in contradictions]
            )
        )


@main.command()
@click.option(
    "--db",
    envvar="CORROBORATE_DEMO_DB",
    default=f"sqlite:///{DEMO_DB}",
    show_default=True,
    metavar="URL",
    help="Ledger to fill with the example reports.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def demo(db: str, quiet: bool) -> None:
    """Ingest the bundled example reports into a ledger and summarise it.

    The examples are fictional reports by several outlets on several incidents, with the hard
    cases: denials, disagreeing numbers, a wire copy, a confession said to be made under duress,
    a tweet, page furniture, a Windows-1252 file. Re-running is harmless (nothing is stored
    twice).

    \b
    Example:
      corroborate demo
      corroborate show claims --db sqlite:///corroborate-demo.db
    """
    ledger = _open_ledger(db)
    try:
        examples = resources.files("corroborate").joinpath("examples")
        with resources.as_file(examples) as folder, progress_bar(quiet, "Ingesting") as progress:
            report = ledger.ingest([folder], progress=progress)
        _print_report(report)
        print_summary(ledger)
        console.print(f"\nLedger: {db}. Try: corroborate show claims --db {db}", highlight=False)
    except CorroborateError as error:
        raise click.ClickException(str(error)) from error
    finally:
        ledger.close()


EVALUATE_HELP = (
    "Measure accuracy against gold annotations and print the figures.\n\n\b\nNAME is one of:\n"
    + "\n".join(f"  {name:<12} {what}" for name, what in EVALUATIONS.items())
    + "\n  all          every one of them"
    + "\n\nMeasuring again and again: with CORROBORATE_PARSE_CACHE=FILE set, spaCy's parse"
    " of a text seen before is read back from FILE and only our components run again."
    + "\n\n\b\nExample:\n  corroborate evaluate times --limit 20\n"
    "  corroborate evaluate all --data ../shared/data"
)


@main.command(help=EVALUATE_HELP)
@click.argument(
    "names", nargs=-1, required=True, type=click.Choice([*EVALUATIONS, "all"]), metavar="NAME..."
)
@click.option(
    "--data",
    type=click.Path(file_okay=False),
    metavar="DIR",
    help="The shared data sets (default: ../shared/data beside the repository).",
)
@click.option("--limit", type=int, help="Only the first N documents of each data set.")
def evaluate(names: tuple[str, ...], data: str | None, limit: int | None) -> None:
    chosen = list(EVALUATIONS) if "all" in names else list(dict.fromkeys(names))
    for name in chosen:
        try:
            figures = run_evaluation(name, data, limit)
        except CorroborateError as error:
            raise click.ClickException(str(error)) from error
        console.rule(name)
        click.echo(figures["report"])


@main.command("train-types")
@click.argument("csv_file", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--out",
    type=click.Path(file_okay=False),
    default="event-types-model",
    show_default=True,
    help="Folder to write the trained model to.",
)
def train_types(csv_file: str, out: str) -> None:
    """Train the event-type classifier on your own ACLED export.

    CSV_FILE has ACLED's columns notes, event_type and sub_event_type. ACLED's terms forbid
    shipping a model trained on their data, so the shipped model learns only from public data
    and rules; this one stays with you. Prints the cross-validated figures, then how to use it.

    \b
    Example:
      corroborate train-types acled-2024-pakistan.csv --out models/pakistan
      export CORROBORATE_EVENT_TYPES_MODEL=models/pakistan
    """
    from corroborate.extract.event_types import MODEL_ENV, train_event_types

    try:
        figures = train_event_types(Path(csv_file), Path(out))
    except CorroborateError as error:  # its message names the file
        raise click.ClickException(str(error)) from error
    for name, value in figures.items():
        if isinstance(value, float):
            click.echo(f"{name}: {value:.3f}")
    click.echo(f"Trained on {figures['n_texts']} notes; model in {figures['model']}.")
    click.echo(f"Use it: export {MODEL_ENV}={out}")


@main.group()
def gazetteer() -> None:
    """Add places to the gazetteer the places component resolves against.

    \b
    Example:
      corroborate gazetteer add PK.zip
    """


@gazetteer.command("add")
@click.argument("dump", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--index",
    type=click.Path(dir_okay=False),
    metavar="PATH",
    help="The SQLite index to add to (default: the one the places component reads "
    "by itself, in $CORROBORATE_CACHE or ~/.cache/corroborate).",
)
def gazetteer_add(dump: str, index: str | None) -> None:
    """Import a GeoNames dump you downloaded (allCountries.txt, PK.txt or PK.zip) into an
    on-disk index, for finer place coverage than the shipped extract.

    Places already in the index (by GeoNames id) are replaced. The default index is used by
    every later ingest; another one is named in the settings (extract.places_indexes).

    \b
    Example:
      corroborate gazetteer add ~/Downloads/PK.zip
      corroborate gazetteer add allCountries.txt --index /data/geonames.sqlite
    """
    from corroborate.extract.gazetteer import import_geonames_dump
    from corroborate.extract.pipeline import default_places_index

    target = Path(index) if index else default_places_index()
    try:
        count = import_geonames_dump(dump, target)
    except CorroborateError as error:
        raise click.ClickException(str(error)) from error
    noun = "place" if count == 1 else "places"
    click.echo(f"Imported {count:,} {noun} from {dump} into {target}.")


if __name__ == "__main__":  # python -m corroborate.cli
    main()
