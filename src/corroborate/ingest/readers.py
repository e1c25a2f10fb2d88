"""Readers: files, folders, JSON Lines and stdin -> ArticleInput, or IngestProblem for bad input.

Readers are generators, so a 100k-line JSON Lines file streams: nothing here holds more than
one article at a time.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dateutil import parser as dateutil_parser

from corroborate.errors import InputError
from corroborate.ingest.boilerplate import line_spans, mark_boilerplate, merged_spans
from corroborate.ingest.dedupe import wire_outlet
from corroborate.ingest.html import extract_page
from corroborate.lexicons import read_rows
from corroborate.model import ArticleInput, IngestProblem

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

# Text has few control characters; more than this share means the bytes are not text.
_MAX_CONTROL_SHARE = 0.01


@dataclass(frozen=True)
class ReadOptions:
    """What the user said about the inputs; applies where the input itself does not say."""

    outlet: str | None = None
    published: dt.date | None = None
    title: str | None = None
    encoding: str | None = None  # force an encoding instead of UTF-8 then fallback
    fallback_encoding: str = "cp1252"
    max_bytes: int = 20_000_000


# Byte-order marks of the wide Unicode encodings (UTF-32 first: its little-endian mark begins
# with UTF-16's), and the codec that reads and drops each: Windows Notepad's "Unicode" and
# Word's "Unicode text" save UTF-16 with its mark, whose NUL bytes would read as binary.
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes, options: ReadOptions) -> str:
    """Bytes -> str: UTF-8 (BOM allowed), UTF-16 or UTF-32 with its BOM, else the fallback
    (Windows-1252, then Latin-1); the encoding the user names, where one is named.

    Raises InputError when the bytes are empty or not text at all.
    """
    if not data.strip():
        raise InputError("empty file")
    wide = next((codec for bom, codec in _WIDE_BOMS if data.startswith(bom)), None)
    # NUL bytes are binary unless a wide encoding, marked or named, makes them text
    if wide is None and not options.encoding and b"\x00" in data[:65536]:
        raise InputError("binary data, not text")
    if options.encoding or wide:
        encodings = [options.encoding or wide]
    else:
        encodings = ["utf-8-sig", options.fallback_encoding]
        if options.fallback_encoding.lower() not in ("latin-1", "latin1"):
            encodings.append("latin-1")  # decodes any byte: the last resort for 8-bit archives
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        except LookupError as error:
            raise InputError(f"unknown encoding {encoding!r}") from error
        controls = sum(1 for ch in text[:65536] if ord(ch) < 32 and ch not in "\t\n\r\f")
        if controls > _MAX_CONTROL_SHARE * min(len(text), 65536):
            raise InputError("binary data, not text")
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise InputError(f"not decodable as {encodings[0]}; try another --encoding")


def _looks_binary(head: bytes) -> bool:
    """A file's first bytes hold NUL, or more control characters than text has (the same test
    decode_text makes; bytes below 32 are the same characters in every encoding we read)."""
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    return controls > _MAX_CONTROL_SHARE * len(head)


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) string -> date; a date with its month written out and its
    year ("Mon, 12 May 2025 08:00:00 GMT", as RSS feeds give it, or "May 12, 2025") too;
    anything else -> None (unknown, never guessed: "12/05/2025" is May or December)."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return _header_date(value) if _MONTH_NAME.search(value) else None


_MONTH_NAME = re.compile(
    r"\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?"
    r"|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    re.IGNORECASE,
)
_DATE_LINE = re.compile(
    r"^(?:published|posted|updated|date|first published)\s*(?:on)?\s*:?\s*(?P<date>.+)$",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(by\s|staff reporter|our correspondent|from our)", re.IGNORECASE)
_HEADER_LINES = 8  # a header block is short; prose starts soon
_PROSE_WORDS = 25


# day and month in figures, either order ("12/05/2025", "5.12.2025"); an ISO date is not one
_NUMERIC_DATE = re.compile(r"(?<![\d-])(\d{1,2})[/.-](\d{1,2})[/.-]\d{2,4}\b")


def _header_date(value: str) -> dt.date | None:
    """A header's date when it names day, month and year ("11 March 2025", "Aug. 7, 2025")."""
    if not re.search(r"\b\d{4}\b", value):
        return None  # no year: unknown, never guessed
    numeric = _NUMERIC_DATE.search(value)
    if numeric and max(parts := [int(x) for x in numeric.groups()]) <= 12 and len(set(parts)) > 1:
        return None  # "12/05/2025": May or December, never guessed
    try:
        # parsed twice with different defaults: a part the text leaves out ("March 2025" has
        # no day) comes out different, and a date with a part filled in is a guess
        first, second = (
            dateutil_parser.parse(value, fuzzy=True, ignoretz=True, default=dt.datetime(1, 1, 1)),
            dateutil_parser.parse(value, fuzzy=True, ignoretz=True, default=dt.datetime(2, 2, 2)),
        )
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


@functools.cache
def _header_labels() -> dict[str, str]:
    """Header-line label ("Title", "Outlet", "Date") -> the field it fills."""
    return {
        row["label"]: row["field"] for row in read_rows("corroborate.ingest", "header_labels.tsv")
    }


_LABELLED_LINE = re.compile(r"^(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(?P<value>\S.*)$")


def _labelled(line: str) -> tuple[str, str] | None:
    """("title", "Gunmen kill four") for "Title: Gunmen kill four"; None for other lines."""
    match = _LABELLED_LINE.match(line)
    field = match and _header_labels().get(match["label"].lower())
    return (field, match["value"].strip()) if field else None


def read_header(text: str) -> dict[str, Any]:
    """Title, outlet and date from the header block a saved plain-text article often opens
    with (headline, outlet line, byline, "Published: 11 March 2025", or lines labelled
    "Title:", "Outlet:", "Date:", "URL:"); only what it states.
    "meta" holds the spans of the outlet, byline and URL lines and of a headline's label: they
    are not article text (an outlet line's "Northern Herald" read as prose made the article's
    place Herald, California, and its soldiers American). The headline and the date line stay:
    the headline often states the toll, and the date is a time the text states (events take
    no time from it: extract.times.page_stamp)."""
    found: dict[str, Any] = {}
    spans = line_spans(text)
    first = next((i for i, (start, end) in enumerate(spans) if text[start:end].strip()), 0)
    lines = spans[first : first + _HEADER_LINES]
    header: list[tuple[int, int]] = []
    labelled_block = bool(lines) and _labelled(text[slice(*lines[0])].strip()) is not None
    for start, end in lines:
        line = text[start:end].strip()
        if len(line.split()) >= _PROSE_WORDS:
            break
        if labelled_block and line and _labelled(line) is None:
            break  # labels say where the header ends, however short the prose after it
        if line:
            header.append((start, end))
    if len(header) < 2 or len(header) == len([x for x in lines if text[x[0] : x[1]].strip()]):
        return found  # no prose after it: not a header
    meta: list[tuple[int, int]] = []
    for number, (start, end) in enumerate(header):
        line = text[start:end].strip()
        if labelled := _labelled(line):
            field, value = labelled
            if field == "published":
                found.setdefault("published", _header_date(value))
            elif field == "title":
                found.setdefault("title", value)
                label = text.index(":", start) + 1  # the headline stays text, its label not
                meta.append((start, label))
            else:
                if field != "byline":
                    found.setdefault(field, value.split(" | ")[0].strip())
                meta.append((start, end))
        elif number == 0:
            found["title"] = line
        elif match := _DATE_LINE.match(line):
            found.setdefault("published", _header_date(match["date"]))
        elif _BYLINE.match(line):
            meta.append((start, end))
        elif "outlet" not in found and not line.endswith("."):
            found["outlet"] = line.split(" | ")[0].strip()
            meta.append((start, end))
    found["meta"] = tuple(meta)
    return found


def _plain_article(
    text: str, source: str, options: ReadOptions, line: int | None = None, **fields: Any
) -> ArticleInput:
    if not text.strip():
        raise InputError("no article text")
    header = read_header(text) if line is None else {}
    return ArticleInput(
        text=text,
        source=source,
        line=line,
        title=fields.get("title") or options.title or header.get("title"),
        outlet=(
            fields.get("outlet") or options.outlet or header.get("outlet") or wire_outlet(text)
        ),
        url=fields.get("url") or header.get("url"),
        published=(
            parse_date(fields.get("published")) or options.published or header.get("published")
        ),
        boilerplate=merged_spans(text, mark_boilerplate(text) + header.get("meta", ())),
    )


def _html_article(
    html: str, source: str, options: ReadOptions, line: int | None = None, **fields: Any
) -> ArticleInput:
    page = extract_page(html, url=fields.get("url"))
    if page is None:
        raise InputError("no article text found in the HTML page")
    return ArticleInput(
        text=page.text,
        source=source,
        line=line,
        title=fields.get("title") or page.title or options.title,
        outlet=fields.get("outlet") or options.outlet or page.outlet or wire_outlet(page.text),
        url=fields.get("url") or page.url,
        published=parse_date(fields.get("published")) or page.published or options.published,
    )


def _read_bytes(path: Path, options: ReadOptions) -> bytes:
    size = path.stat().st_size
    if size > options.max_bytes:
        raise InputError(
            f"{size:,} bytes is larger than the {options.max_bytes:,}-byte limit "
            "(raise it with --max-bytes)"
        )
    return path.read_bytes()


def read_jsonl(
    lines: Iterable[bytes], source: str, options: ReadOptions
) -> Iterator[ArticleInput | IngestProblem]:
    """One article per JSON line: {text or html, title, url, outlet, published}."""
    blank = True
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        if blank and not raw.removeprefix(b"\xef\xbb\xbf").lstrip().startswith(b"{"):
            # a first line that is no JSON object at all: a text, a page or a JSON array
            # under a .jsonl name, one line for the file rather than one per line of it
            yield IngestProblem(source, "not JSON Lines (the first line is not a JSON object)")
            return
        blank = False
        try:
            if len(raw) > options.max_bytes:
                raise InputError(
                    f"line is larger than the {options.max_bytes:,}-byte limit "
                    "(raise it with --max-bytes)"
                )
            try:
                record = json.loads(decode_text(raw.rstrip(b"\r\n"), options))
            except json.JSONDecodeError as error:
                what = error.msg[:1].lower() + error.msg[1:]
                at = "" if what.endswith(" at") else " at"
                raise InputError(f"malformed JSON ({what}{at} column {error.colno})") from error
            if not isinstance(record, dict):
                raise InputError("a JSON line must be an object")
            fields = {k: record.get(k) for k in ("title", "url", "outlet", "published")}
            if isinstance(record.get("text"), str) and record["text"].strip():
                text = record["text"].replace("\r\n", "\n")
                yield _plain_article(text, source, options, number, **fields)
            elif isinstance(record.get("html"), str) and record["html"].strip():
                yield _html_article(record["html"], source, options, number, **fields)
            else:
                raise InputError("no 'text' or 'html' field with article text")
        except InputError as error:
            yield IngestProblem(source, str(error), number)
    if blank:
        yield IngestProblem(source, "empty file")


def read_file(path: Path, options: ReadOptions) -> Iterator[ArticleInput | IngestProblem]:
    """The articles in one file (several for JSON Lines)."""
    source = str(path)
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                # one line for a binary file, not one per "line" of its bytes
                if _looks_binary(handle.read(65536)):
                    raise InputError("binary data, not text")
                handle.seek(0)
                yield from read_jsonl(handle, source, options)
            return
        text = decode_text(_read_bytes(path, options), options)
        if suffix in HTML_SUFFIXES:
            yield _html_article(text, source, options)
        else:
            yield _plain_article(text, source, options)
    except InputError as error:
        yield IngestProblem(source, str(error))
    except OSError as error:
        yield IngestProblem(source, f"cannot read ({error.strerror or error})")


def read_stdin(options: ReadOptions) -> Iterator[ArticleInput | IngestProblem]:
    """One article from standard input; HTML when it looks like a page."""
    try:
        # read one byte past the limit, not the whole stream: an endless pipe is refused too
        data = sys.stdin.buffer.read(options.max_bytes + 1)
        if len(data) > options.max_bytes:
            raise InputError(
                f"larger than the {options.max_bytes:,}-byte limit (raise it with --max-bytes)"
            )
        text = decode_text(data, options)
        if text.lstrip()[:1] == "<" and "</" in text:
            yield _html_article(text, "-", options)
        else:
            yield _plain_article(text, "-", options)
    except InputError as error:
        yield IngestProblem("-", str(error))


def _walk(folder: Path) -> Iterator[Path | IngestProblem]:
    def on_error(error: OSError) -> None:
        raise error

    try:
        for root, dirs, files in os.walk(folder, onerror=on_error):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(root, name)
                if not name.startswith(".") and path.suffix.lower() in SUFFIXES:
                    yield path
    except OSError as error:
        yield IngestProblem(str(error.filename or folder), f"cannot read ({error.strerror})")


def read_inputs(
    paths: Iterable[str | Path], options: ReadOptions
) -> Iterator[ArticleInput | IngestProblem]:
    """Every article under `paths` (files, folders read recursively, or "-" for stdin)."""
    for given in paths:
        if str(given) == "-":
            yield from read_stdin(options)
            continue
        path = Path(given)
        if path.is_dir():
            found_any = False
            for found in _walk(path):
                found_any = True
                if isinstance(found, IngestProblem):
                    yield found
                else:
                    yield from read_file(found, options)
            if not found_any:
                # a folder of .pdf or .docx would otherwise be "0 stored" and exit 0, unexplained
                known = ", ".join(sorted(SUFFIXES))
                yield IngestProblem(str(path), f"no file to ingest in this folder ({known})")
        elif not path.exists():
            yield IngestProblem(str(path), "no such file or folder")
        elif path.suffix.lower() not in SUFFIXES:
            known = ", ".join(sorted(SUFFIXES))
            yield IngestProblem(str(path), f"unsupported file type (expected one of {known})")
        else:
            yield from read_file(path, options)


def with_defaults(article: ArticleInput, **values: Any) -> ArticleInput:
    """The article with empty fields filled from `values`."""
    return replace(article, **{k: v for k, v in values.items() if getattr(article, k) is None})
