"""What the ingest asks of the database: SQL statements and bytes sent, by kind and by table.

Ingests the first N articles of ../shared/data/india-police-events into a fresh SQLite ledger
the way bench/parser_floor.py does (same texts, outlet and publication date, one warm-up
article first, not counted) and prints the statements sent (SELECT, INSERT, UPDATE, DELETE;
an executemany counts once, its rows beside it) and the bytes of their parameters (text and
blobs by their UTF-8 length, numbers as 8): what grows with the ledger shows here before it
shows in the timings of a shared machine. `--export FILE` writes the ledger's JSON export.

    python bench/sql_traffic.py [--limit 150] [--data ../shared/data] [--export out.json]
"""

from __future__ import annotations

import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from parser_floor import (  # the same texts as the timing (run from bench/'s folder)
    WARM_UP,
    ipe_arguments,
    ipe_articles,
    ipe_texts,
)
from sqlalchemy import event

from corroborate.ledger import Ledger
from corroborate.settings import load_settings

_TABLE = re.compile(r"\b(?:FROM|INTO|UPDATE)\s+\"?(\w+)", re.IGNORECASE)


def _size(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, str):
        return len(value.encode("utf-8"))
    if isinstance(value, bytes | bytearray | memoryview):
        return len(value)
    return 8


def _rows(parameters: Any, executemany: bool) -> list[Any]:
    if not parameters:
        return []
    # (an "insertmanyvalues" batch, one INSERT of many VALUES, comes as one flat tuple)
    if executemany and all(isinstance(row, dict | list | tuple) for row in parameters):
        return list(parameters)
    return [parameters]


def _values(row: Any) -> list[Any]:
    return list(row.values()) if isinstance(row, dict) else list(row or ())


class Traffic:
    """Statements and parameter bytes counted by an engine listener."""

    def __init__(self) -> None:
        self.statements: Counter[str] = Counter()
        self.rows: Counter[str] = Counter()
        self.bytes: Counter[str] = Counter()
        self.on = False

    def __call__(
        self, _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, many: bool
    ) -> None:
        if not self.on:
            return
        verb = statement.lstrip().split(None, 1)[0].upper()
        found = _TABLE.search(statement)
        key = f"{verb} {found.group(1) if found else '-'}"
        rows = _rows(parameters, many)
        self.statements[key] += 1
        self.rows[key] += len(rows) or 1
        self.bytes[key] += sum(_size(v) for row in rows for v in _values(row))


def main() -> None:
    parser = ipe_arguments(__doc__, 150)
    parser.add_argument("--export", type=Path, default=None, help="write the JSON export here")
    args = parser.parse_args()
    texts = ipe_texts(args)
    traffic = Traffic()
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(f"sqlite:///{tmp}/bench.db", settings=load_settings())
        event.listen(ledger.engine, "before_cursor_execute", traffic)
        ledger.ingest_articles([WARM_UP])
        traffic.on = True
        ledger.ingest_articles(ipe_articles(texts))
        traffic.on = False
        if args.export:
            with args.export.open("w", encoding="utf-8") as out:
                ledger.export("json", out)
        ledger.close()
    print(f"{'statement':<34}{'count':>8}{'rows':>8}{'bytes':>12}")
    for key in sorted(traffic.statements, key=lambda k: -traffic.bytes[k]):
        print(
            f"{key:<34}{traffic.statements[key]:>8}{traffic.rows[key]:>8}{traffic.bytes[key]:>12,}"
        )
    by_verb: Counter[str] = Counter()
    for key, count in traffic.statements.items():
        by_verb[key.split()[0]] += count
    written = sum(b for k, b in traffic.bytes.items() if k.split()[0] in ("INSERT", "UPDATE"))
    print(
        f"statements: {sum(traffic.statements.values())} "
        f"({', '.join(f'{v} {n}' for v, n in by_verb.most_common())}); "
        f"bytes written (INSERT/UPDATE parameters): {written:,}; "
        f"all parameters: {sum(traffic.bytes.values()):,}"
    )


if __name__ == "__main__":
    main()
