"""One article through the whole extraction pipeline, as the story tests read it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from corroborate.extract.pipeline import ArticleContext, extract_articles
from corroborate.model import Extraction


def extract_one(text: str, published: dt.date | None) -> Extraction:
    (extraction,) = extract_articles([ArticleContext(text, published)])
    return extraction


def extractor(published_by_default: dt.date) -> Callable[..., Extraction]:
    """extract_one with the publication date a story's tests mostly use."""

    def extract(text: str, published: dt.date = published_by_default) -> Extraction:
        return extract_one(text, published)

    return extract


def story_in_ledger(folder: Path, ledger_file: Path) -> Iterator[dict[str, Any]]:
    """A story folder's reports ingested into a fresh SQLite ledger, and what an analyst
    reads of it (for a module-scoped fixture: yield from it)."""
    from corroborate.ledger import Ledger

    with Ledger(f"sqlite:///{ledger_file}") as ledger:
        report = ledger.ingest(sorted(folder.iterdir()))
        documents = {d.id: d for d in ledger.documents()}
        yield {
            "problems": [str(p) for p in report.problems],
            "documents": documents,
            "incidents": ledger.incidents(),
            "events": ledger.events(),
            "claims": ledger.claims(),
            "actors": {a.id: a for a in ledger.actors()},
            "contradictions": ledger.contradictions(),
            "places": ledger.facts("place_mentions"),
            "figures": ledger.facts("figures"),
            "outlets": {i: d.outlet.name if d.outlet else None for i, d in documents.items()},
        }
