"""The real-text arrest-count scorer (evaluate.events.evaluate_arrests_real) on a gold of its
own over fictional articles, its sampler's words, and the shipped gold against the shared data."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from real_text_sets import gold_row, recording_annotator, span_of, write_sets

from corroborate.evaluate import data_dir
from corroborate.evaluate.arrests_real_sample import patterns, sentence_of
from corroborate.evaluate.events import (
    ARRESTS_REAL_GOLD,
    evaluate_arrests_real,
    mention_arrested,
    real_articles,
    real_gold,
)
from corroborate.evaluate.modality_real_sample import sample
from corroborate.model import EventFound, FigureFound, Span

# Fictional articles in the two data sets' layouts.
GUN_TITLE = "Two held after Elm Street shooting"
GUN_TEXT = (
    "A man was shot dead on Elm Street on Friday. Police arrested two men near the scene. "
    "Officers detained more than 12 people at a party later that night. "
    "A third suspect was taken into custody on Sunday. No one else has been arrested."
)
INDIA_TEXT = (
    "This story is from March 4, 2002\n\nvadodara: police arrested about 40 persons after the "
    "riots on sunday. the leaders should be arrested, the opposition said."
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_sets(tmp_path, GUN_TITLE, GUN_TEXT, 9, INDIA_TEXT)


def _row(
    name: str, doc_id: object, text: str, word: str, value: int, qualifier: str, part: str
) -> dict:
    s, e = sentence_of(text, span_of(text, word)[0])
    return gold_row(
        name,
        doc_id,
        text,
        word,
        part,
        sentence_start=s,
        sentence_end=e,
        value=value,
        qualifier=qualifier,
    )


def _figure(text: str, words: str, value: int, qualifier: str) -> FigureFound:
    return FigureFound("arrested", value, value, value, qualifier, *span_of(text, words), words)


def test_scorer_counts_exact_value_only_and_unstated(folder: Path) -> None:
    gun = GUN_TITLE + "\n\n" + GUN_TEXT
    gold = [
        _row("gun_violence", "g1", gun, "arrested", 2, "exact", "tuning"),  # right
        _row("gun_violence", "g1", gun, "detained", 12, "more_than", "tuning"),  # value only
        _row("gun_violence", "g1", gun, "custody", 1, "exact", "tuning"),  # no figure
        _row("india", 9, INDIA_TEXT, "arrested", 40, "about", "held_out"),  # right
    ]
    arrests = EventFound(
        "Riots",
        "Arrests",
        None,
        "occurred",
        Span(*span_of(gun, "arrested two"), "arrested"),
        figures=(
            _figure(gun, "two men", 2, "exact"),
            _figure(gun, "12 people", 12, "exact"),  # "more than" lost
            # a figure in another sentence is never the custody sentence's
            _figure(gun, "No one else", 0, "zero"),
        ),
    )
    india = EventFound(
        "Riots",
        "Arrests",
        None,
        "occurred",
        Span(*span_of(INDIA_TEXT, "arrested"), "arrested"),
        figures=(_figure(INDIA_TEXT, "about 40 persons", 40, "about"),),
    )
    events = {gun: [arrests], INDIA_TEXT: [india]}
    parsed: list[str] = []
    annotate = recording_annotator(events, parsed)
    result = evaluate_arrests_real(folder, annotate, gold)
    assert sorted(parsed) == sorted([gun, INDIA_TEXT])  # the unlabelled article is not parsed
    tuning, held = result["tuning"], result["held_out"]
    assert (tuning["n"], tuning["exact"], tuning["value"], tuning["stated_share"]) == (
        3,
        0.333,
        0.667,
        0.667,
    )
    assert (tuning["exact_stated"], tuning["value_stated"]) == (0.5, 1.0)
    assert tuning["per_set"]["gun_violence"]["n"] == 3
    assert (held["n"], held["exact"], held["exact_stated"]) == (1, 1.0, 1.0)
    assert len(result["misses"]) == 2  # tuning only
    assert any("gold 1 exact, got none" in line for line in result["misses"])
    assert any("gold 12 more_than, got 12 exact" in line for line in result["misses"])
    assert "arrests real held_out: exact 1.000 value 1.000 (n=1)" in result["report"]


def test_the_figure_nearest_the_word_in_its_sentence_is_taken() -> None:
    text = "Police arrested 14 men on Monday and detained 3 women on Tuesday. Then 50 more."
    s, e = sentence_of(text, text.index("detained"))
    figures = (
        _figure(text, "14 men", 14, "exact"),
        _figure(text, "3 women", 3, "exact"),
        _figure(text, "50 more", 50, "exact"),
    )
    event = EventFound(None, "Arrests", None, "occurred", Span(7, 15, "arrested"), figures=figures)
    assert mention_arrested([event], text.index("detained"), (s, e)).value == 3
    assert mention_arrested([event], text.index("arrested"), (s, e)).value == 14
    assert mention_arrested([], text.index("arrested"), (s, e)) is None


def test_a_name_list_begun_before_the_samplers_sentence_break_is_that_sentences() -> None:
    # the sampler splits after "Jr." ; the figure of the two names starts before the split
    text = "Marcus Dell Jr. and Tavon Reese were already in police custody."
    start = text.index("custody")
    s, e = sentence_of(text, start)
    assert s == text.index("and")
    names = _figure(text, "Marcus Dell Jr. and Tavon Reese", 2, "exact")
    event = EventFound(
        None, "Arrests", None, "occurred", Span(start, start + 7, "custody"), figures=(names,)
    )
    assert mention_arrested([event], start, (s, e)) == names


def test_scorer_refuses_offsets_off_their_word(folder: Path) -> None:
    gold = [_row("india", 9, INDIA_TEXT, "arrested", 40, "about", "tuning")]
    gold[0]["start"] += 1
    empty = SimpleNamespace(_=SimpleNamespace(corroborate_events=[]))
    with pytest.raises(ValueError, match="no longer fall on"):
        evaluate_arrests_real(folder, lambda items: iter([empty for _ in items]), gold)


def test_the_sampler_draws_arrest_words_and_counts_half_its_quota(folder: Path) -> None:
    import random

    words = patterns()
    rows = sample(
        folder, "gun_violence", random.Random(1), 2, keywords=words["keyword"], cues=words["count"]
    )
    # the custody sentence states no number: it is the half of the quota without a count
    assert sorted((row["cue"], row["trigger"]) for row in rows)[0] == (False, "custody")
    assert [row["cue"] for row in rows].count(True) == 1
    assert not words["keyword"].search("the police held a meeting")


@pytest.mark.skipif(
    not (data_dir() / "gun-violence").is_dir() or not (data_dir() / "india-police-events").is_dir(),
    reason="gun-violence or india-police-events absent from ../shared/data: the shipped arrests "
    "gold cannot be checked against its articles",
)
def test_shipped_gold_offsets_fall_on_their_words_and_sentences() -> None:
    gold = real_gold(ARRESTS_REAL_GOLD)
    assert len(gold) >= 80
    assert {row["part"] for row in gold} == {"tuning", "held_out"}
    assert {"exact", "zero", "more_than", "at_least", "about"} <= {r["qualifier"] for r in gold}
    articles = real_articles(data_dir(), {(row["set"], row["doc_id"]) for row in gold})
    for row in gold:
        text = articles[row["set"], row["doc_id"]].text
        assert text[row["start"] : row["end"]].lower() == row["trigger"], row
        assert (row["sentence_start"], row["sentence_end"]) == sentence_of(text, row["start"])
