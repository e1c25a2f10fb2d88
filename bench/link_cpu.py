"""CPU time of linking alone (consolidate.incidents.link_document) over an ingest.

Ingests the first N articles of ../shared/data/india-police-events into a fresh SQLite ledger
the way bench/parser_floor.py does (same texts, outlet and publication date, one warm-up
article first, not counted) and prints the process CPU time spent inside link_document; with
`--profile FILE`, cProfile runs inside link_document only and its cumulative listing is
printed (the profiler inflates code of many small calls: compare timings without it).

    python bench/link_cpu.py [--limit 600] [--data ../shared/data] [--profile out.prof]
"""

from __future__ import annotations

import cProfile
import pstats
import tempfile
import time
from pathlib import Path
from typing import Any

from parser_floor import WARM_UP, ipe_arguments, ipe_articles, ipe_texts

import corroborate.ledger as ledger_module
from corroborate.ledger import Ledger
from corroborate.settings import load_settings


def main() -> None:
    parser = ipe_arguments(__doc__, 600)
    parser.add_argument("--profile", type=Path, default=None, help="write cProfile stats here")
    args = parser.parse_args()
    texts = ipe_texts(args)
    profiler = cProfile.Profile() if args.profile else None
    spent = [0.0]
    link_document = ledger_module.link_document

    def timed(*positional: Any, **named: Any) -> set[str]:
        start = time.process_time()
        if profiler:
            profiler.enable()
        try:
            return link_document(*positional, **named)
        finally:
            if profiler:
                profiler.disable()
            spent[0] += time.process_time() - start

    ledger_module.link_document = timed  # (the ledger calls it by this module's name)
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(f"sqlite:///{tmp}/bench.db", settings=load_settings())
        ledger.ingest_articles([WARM_UP])
        spent[0] = 0.0
        if profiler:
            profiler = cProfile.Profile()
        ledger.ingest_articles(ipe_articles(texts))
        ledger.close()
    print(f"link_document CPU over {len(texts)} articles: {spent[0]:.2f} s")
    if profiler and args.profile:
        profiler.dump_stats(args.profile)
        pstats.Stats(str(args.profile)).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
