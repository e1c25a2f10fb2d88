"""Saved web pages: article text and metadata via trafilatura; navigation, share buttons,
comment forms and footers never become article text."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import trafilatura

from corroborate.lexicons import read_rows

# trafilatura's fallbacks return a menu's words ("Home") for a page without an article.
MIN_ARTICLE_WORDS = 20
# Below MIN_ARTICLE_WORDS a page is still an article when a line of it is a sentence this long:
# a one-paragraph alert ("Three people were killed in a blast in Quetta on Monday, police
# said.") states what, where and who says so; a menu or a share bar is never a sentence.
MIN_SENTENCE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


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


@functools.cache
def _not_article() -> re.Pattern[str]:
    rows = read_rows("corroborate.ingest", "not_article.tsv")
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows), re.IGNORECASE)


def is_article_text(text: str) -> bool:
    """Whether a page's extracted text is an article: long enough, or a short alert with a
    sentence of prose that is not an error, sign-in or consent page."""
    if len(text.split()) >= MIN_ARTICLE_WORDS:
        return True
    return not _not_article().search(text) and any(
        len(line.split()) >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(line.strip())
        for line in text.splitlines()
    )


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
    if found is None or not is_article_text(found.text or ""):
        return None
    return Page(
        text=with_headline(found.text.strip(), found.title),
        title=found.title or None,
        outlet=found.sitename or found.hostname or None,
        published=_date(found.date),
        url=found.url or url,
    )
