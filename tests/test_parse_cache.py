"""The parse cache ($CORROBORATE_PARSE_CACHE): a parse read back gives the very extraction a
fresh parse gives, boilerplate and casing included, and a text seen before is not parsed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.extract import parse_cache
from corroborate.extract.pipeline import ArticleContext, extract_articles
from corroborate.ingest.readers import ReadOptions, read_file

STORY = Path(__file__).parent / "fixtures" / "stories" / "conakry-protests"


def story_articles() -> list[ArticleContext]:
    # a saved page with navigation and a comment form (boilerplate), a wire story, a feed line
    articles = [
        article
        for path in sorted(STORY.iterdir())
        for article in read_file(path, ReadOptions())
        if not isinstance(article, Exception)
    ]
    assert len(articles) == 3 and any(a.boilerplate for a in articles)
    return [ArticleContext(a.text, a.published, a.outlet, a.boilerplate) for a in articles]


def test_parses_read_back_give_the_extraction_a_fresh_parse_gives(tmp_path, monkeypatch):
    articles = story_articles()
    fresh = list(extract_articles(articles))
    monkeypatch.setenv(parse_cache.CACHE_VARIABLE, str(tmp_path / "parses.db"))
    stored = list(extract_articles(articles))

    def parsed_again(self, key, doc):
        raise AssertionError("a text seen before was parsed again")

    monkeypatch.setattr(parse_cache.ParseCache, "_write", parsed_again)
    read_back = list(extract_articles(articles))
    assert fresh == stored == read_back
    assert any(extraction.events and extraction.claims for extraction in read_back)


def test_a_changed_parse_stage_or_text_is_another_key(tmp_path):
    from corroborate.extract.pipeline import COMPONENT_MODULES, make_doc, pipeline_from_settings

    nlp = pipeline_from_settings()
    stage = parse_cache.parse_stage(nlp, COMPONENT_MODULES)
    cache = parse_cache.ParseCache(tmp_path / "parses.db", parse_cache.fingerprint(nlp, stage))
    other = parse_cache.ParseCache(tmp_path / "parses.db", parse_cache.fingerprint(nlp, stage[1:]))
    text = "Gunmen Kill Two Traders In Market Attack\n\nTwo traders were shot dead on Monday."
    headline_cased = make_doc(nlp, text)
    as_written = make_doc(nlp, text, headline=False)
    assert [t.text for t in headline_cased][:3] != [t.text for t in as_written][:3]
    assert cache.key(headline_cased) != cache.key(as_written)
    assert cache.key(headline_cased) != other.key(headline_cased)
    assert cache.key(headline_cased) == cache.key(make_doc(nlp, text))


@pytest.mark.parametrize("value", ["", None])
def test_without_the_variable_nothing_is_cached(tmp_path, monkeypatch, value):
    if value is None:
        monkeypatch.delenv(parse_cache.CACHE_VARIABLE, raising=False)
    else:
        monkeypatch.setenv(parse_cache.CACHE_VARIABLE, value)
    monkeypatch.chdir(tmp_path)
    (extraction,) = extract_articles([ArticleContext("Police arrested 12 people in Lagos.")])
    assert extraction.events
    assert list(tmp_path.iterdir()) == []
