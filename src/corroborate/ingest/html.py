"""Saved web pages: article text and metadata via trafilatura; navigation, share buttons,
comment forms and footers never become article text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import trafilatura

# trafilatura's fallbacks return a menu's words ("Home") for a page without an article.
MIN_ARTICLE_WORDS = 20


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    outlet: str | None
    published: dt.date | None
    url: str | None


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def with_headline(text: str, title: str | None) -> str:
    """The article text led by its headline: trafilatura keeps a page's headline in the text
    only when it sits inside the article's markup, and the headline is where many reports state
    their toll ("5 shot, 2 fatally"), so every page's text starts with it."""
    headline = " ".join((title or "").split())
    if not headline or " ".join(text[: len(headline) * 2].split()).startswith(headline):
        return text
    return f"{headline}\n\n{text}"


def extract_page(html: str, url: str | None = None) -> Page | None:
    """The article of a page, or None when the page has no article text."""
    found = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        # Only dates the page states; htmldate's extensive search guesses from any date string.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if found is None or len((found.text or "").split()) < MIN_ARTICLE_WORDS:
        return None
    return Page(
        text=with_headline(found.text.strip(), found.title),
        title=found.title or None,
        outlet=found.sitename or found.hostname or None,
        published=_date(found.date),
        url=found.url or url,
    )
