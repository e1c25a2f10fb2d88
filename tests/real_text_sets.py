"""A miniature ../shared/data of our own writing for the real-text gold scorers' tests: a
gun-violence docs.jsonl with one report beside an unrelated one, and an IndiaPoliceEvents
docs.jsonl (with metadata.jsonl where a date is given)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

from corroborate.extract.pipeline import ArticleContext


def span_of(text: str, word: str) -> tuple[int, int]:
    """The offsets of the first `word` in `text`."""
    start = text.index(word)
    return start, start + len(word)


def gold_row(name: str, doc_id: object, text: str, word: str, part: str, **labels: object) -> dict:
    """A gold line of a real-text set: the set, the document, the offsets of `word` (its first
    occurrence) in `text`, the labels the set records, and the part it belongs to."""
    start, end = span_of(text, word)
    return {
        "set": name,
        "doc_id": doc_id,
        "start": start,
        "end": end,
        "trigger": word,
        **labels,
        "part": part,
    }


def write_sets(
    folder: Path,
    gun_title: str,
    gun_text: str,
    india_id: int,
    india_text: str,
    india_date: str | None = None,
) -> Path:
    """Write the two sets' files under `folder`, as the shared data lays them out."""
    (folder / "gun-violence").mkdir()
    (folder / "india-police-events").mkdir()
    gun = {"id": "g1", "title": gun_title, "text": gun_text, "published": "2015-03-07"}
    other = {"id": "g2", "title": "Unrelated", "text": "Nothing here.", "published": None}
    (folder / "gun-violence" / "docs.jsonl").write_text(
        "\n".join(json.dumps(row) for row in (gun, other)) + "\n", encoding="utf-8"
    )
    india = {"doc_id": india_id, "doc_text": india_text, "doc_labels": []}
    (folder / "india-police-events" / "docs.jsonl").write_text(json.dumps(india) + "\n")
    if india_date is not None:
        meta = {"doc_id": india_id, "date": india_date, "url": "", "full_text": ""}
        (folder / "india-police-events" / "metadata.jsonl").write_text(json.dumps(meta) + "\n")
    return folder


def recording_annotator(
    events: dict[str, list], parsed: list[str]
) -> Callable[[list[ArticleContext]], Iterator[SimpleNamespace]]:
    """A stand-in for the pipeline: each article's events from `events` (by text), with the
    texts it was given recorded in `parsed`."""

    def annotate(items: list[ArticleContext]) -> Iterator[SimpleNamespace]:
        for item in items:
            parsed.append(item.text)
            yield SimpleNamespace(_=SimpleNamespace(corroborate_events=events[item.text]))

    return annotate
