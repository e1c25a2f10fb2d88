"""One article through the whole extraction pipeline, as the story tests read it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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
