"""CPU time of each stage of an ingest: our components, storage, linking, assessment.

Ingests the first N articles of ../shared/data/india-police-events into a fresh SQLite ledger
the way bench/parser_floor.py does (same texts, outlet and publication date, one warm-up
ingest first, not counted), `--runs` times in one process, and prints the process CPU time
spent in each stage of each run, no profiler running: cProfile, and a sampling profiler
timing CPU, more than double the weight of code of many small calls, and led helpers to
cuts that the plain timing did not show. With CORROBORATE_PARSE_CACHE set to a warm cache
the parse is read, not run ("parse cache"), and the rest is our own work; without one,
spaCy's parse is in "rest". A stage called inside another is counted in the outer one only.
The first run is the bench's case (a process's first ingest: the tokenizer's and the times
scanner's caches cold); later runs show the same code with them warm.

    python bench/stage_cpu.py [--limit 150] [--data ../shared/data] [--runs 2]
"""

from __future__ import annotations

import functools
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from parser_floor import WARM_UP, ipe_arguments, ipe_articles, ipe_texts

import corroborate.extract.parse_cache as parse_cache
import corroborate.extract.pipeline as pipeline
import corroborate.ledger as ledger_module
from corroborate.ledger import Ledger
from corroborate.settings import load_settings

# Functions the ledger module calls by these names: storage, linking, assessment, dedupe.
LEDGER_STAGES = (
    "fingerprint",
    "begin_writing",
    "find_original",
    "store_fingerprint",
    "store_facts",
    "link_document",
    "assess_incidents",
)


class StageClock:
    """CPU time per stage; a stage entered inside another is the outer one's."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()
        self.depth = 0

    def timed(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def timed(*positional: Any, **named: Any) -> Any:
            if self.depth:
                return function(*positional, **named)
            self.depth += 1
            start = time.process_time()
            try:
                return function(*positional, **named)
            finally:
                self.spent[name] += time.process_time() - start
                self.depth -= 1

        return timed


def watch(clock: StageClock, settings: dict[str, Any]) -> None:
    """Time the stages: the ledger's functions, the parse cache, our components' calls."""
    for name in LEDGER_STAGES:
        setattr(ledger_module, name, clock.timed(name, getattr(ledger_module, name)))
    restored = parse_cache._restored
    parse_cache._restored = clock.timed("parse cache", restored)
    pipeline._make_doc = clock.timed("make_doc", pipeline._make_doc)
    nlp = pipeline.pipeline_from_settings(settings)
    for name in settings["extract"]["components"]:
        component = nlp.get_pipe(name)
        kind = type(component)
        methods = ("prepare", "_classify", "finish") if name == "corroborate_events" else ()
        for method in methods:  # the events component works a batch at a time
            label = f"{name.removeprefix('corroborate_')}.{method.lstrip('_')}"
            setattr(kind, method, clock.timed(label, getattr(kind, method)))
        if not methods:
            kind.__call__ = clock.timed(name.removeprefix("corroborate_"), kind.__call__)


def main() -> None:
    parser = ipe_arguments(__doc__, 150)
    parser.add_argument("--runs", type=int, default=2, help="ingests timed, one process")
    args = parser.parse_args()
    articles = ipe_articles(ipe_texts(args))
    settings = load_settings()
    clock = StageClock()
    watch(clock, settings)
    runs: list[tuple[float, Counter[str]]] = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            ledger = Ledger(f"sqlite:///{tmp}/bench.db", settings=settings)
            ledger.ingest_articles([WARM_UP])
            clock.spent.clear()
            start = time.process_time()
            ledger.ingest_articles(articles)
            runs.append((time.process_time() - start, Counter(clock.spent)))
            ledger.close()
    names = sorted({n for _, spent in runs for n in spent}, key=lambda n: -runs[0][1][n])
    print(f"{len(articles)} articles, CPU seconds per run")
    print(f"{'whole ingest':24s}" + "".join(f"{total:8.2f}" for total, _ in runs))
    parse = [spent["parse cache"] + spent["make_doc"] for _, spent in runs]
    print(
        f"{'less parse and make_doc':24s}"
        + "".join(f"{t - p:8.2f}" for (t, _), p in zip(runs, parse, strict=True))
    )
    for name in names:
        print(f"  {name:22s}" + "".join(f"{spent[name]:8.2f}" for _, spent in runs))
    rest = [total - sum(spent.values()) for total, spent in runs]
    print(f"  {'rest':22s}" + "".join(f"{r:8.2f}" for r in rest))


if __name__ == "__main__":
    main()
