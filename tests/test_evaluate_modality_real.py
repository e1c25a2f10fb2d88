"""The real-text modality scorer (evaluate.events.evaluate_modality_real) on a gold of its own
over fictional articles, and the shipped gold's offsets against the shared data."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from real_text_sets import gold_row, recording_annotator, span_of, write_sets

from corroborate.evaluate import data_dir
from corroborate.evaluate.events import (
    MODALITY_CLASSES,
    MODALITY_FRESH,
    evaluate_modality,
    evaluate_modality_real,
    mention_modality,
    modality_real_gold,
    modality_sentences,
    real_articles,
)
from corroborate.model import EventFound, FigureFound, Span

# Fictional articles in the two data sets' layouts.
GUN_TITLE = "Man shot dead in Elm Street"
GUN_TEXT = (
    "A man was shot dead on Elm Street on Friday. Police said no one was arrested. "
    "The suspect may be charged with murder."
)
INDIA_TEXT = (
    "This story is from March 1, 2002\n\nsurat: the 1992 riots were recalled as mobs torched shops."
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return write_sets(tmp_path, GUN_TITLE, GUN_TEXT, 7, INDIA_TEXT, "2002-03-01")


def _row(name: str, doc_id: object, text: str, word: str, modality: str, part: str) -> dict:
    return gold_row(name, doc_id, text, word, part, modality=modality)


def _event(text: str, word: str, modality: str, evidence: str | None = None) -> EventFound:
    start, end = span_of(text, word)
    spans = ()
    if evidence is not None:
        s, e = span_of(text, evidence)
        spans = (Span(s, e, evidence),)
    return EventFound(None, None, None, modality, Span(start, end, word), evidence=spans)


def test_scorer_counts_right_wrong_and_missing(folder: Path) -> None:
    gun = GUN_TITLE + "\n\n" + GUN_TEXT
    gold = [
        _row("gun_violence", "g1", gun, "shot", "occurred", "tuning"),  # trigger: right
        _row("gun_violence", "g1", gun, "arrested", "denied", "tuning"),  # trigger: wrong
        _row("gun_violence", "g1", gun, "murder", "alleged", "tuning"),  # evidence: right
        _row("india", 7, INDIA_TEXT, "riots", "reference", "held_out"),  # no event: none
        _row("india", 7, INDIA_TEXT, "torched", "occurred", "held_out"),  # trigger: right
    ]
    events = {
        gun: [
            _event(gun, "shot", "occurred"),
            _event(gun, "arrested", "occurred"),
            _event(gun, "charged", "alleged", evidence="charged with murder"),
        ],
        INDIA_TEXT: [_event(INDIA_TEXT, "torched", "occurred")],
    }
    parsed: list[str] = []
    annotate = recording_annotator(events, parsed)
    result = evaluate_modality_real(folder, annotate, gold)
    assert sorted(parsed) == sorted([gun, INDIA_TEXT])  # the unlabelled article is not parsed
    tuning, held = result["tuning"], result["held_out"]
    assert (tuning["n"], tuning["accuracy"], tuning["coverage"]) == (3, 0.667, 1.0)
    assert tuning["confusion"] == {
        "alleged>alleged": 1,
        "denied>occurred": 1,
        "occurred>occurred": 1,
    }
    assert (held["n"], held["accuracy"], held["coverage"], held["accuracy_found"]) == (
        2,
        0.5,
        0.5,
        1.0,
    )
    assert held["confusion"]["reference>none"] == 1
    assert len(result["misses"]) == 1 and "gold denied, got occurred" in result["misses"][0]
    assert "modality real held_out: accuracy 0.500 (n=2)" in result["report"]


def test_scorer_refuses_offsets_off_their_word(folder: Path) -> None:
    gold = [_row("india", 7, INDIA_TEXT, "riots", "reference", "tuning")]
    gold[0]["start"] += 1
    empty = SimpleNamespace(_=SimpleNamespace(corroborate_events=[]))
    with pytest.raises(ValueError, match="no longer fall on"):
        evaluate_modality_real(folder, lambda items: iter([empty for _ in items]), gold)


@pytest.mark.skipif(
    not (data_dir() / "gun-violence").is_dir() or not (data_dir() / "india-police-events").is_dir(),
    reason="gun-violence or india-police-events absent from ../shared/data: the shipped modality "
    "gold cannot be checked against its articles",
)
def test_shipped_gold_offsets_fall_on_their_words() -> None:
    gold = modality_real_gold()
    assert len(gold) >= 100
    assert {row["modality"] for row in gold} == {
        "occurred",
        "alleged",
        "denied",
        "hypothetical",
        "reference",
    }
    assert {row["part"] for row in gold} == {"tuning", "held_out"}
    articles = real_articles(data_dir(), {(row["set"], row["doc_id"]) for row in gold})
    for row in gold:
        text = articles[row["set"], row["doc_id"]].text
        assert text[row["start"] : row["end"]].lower() == row["trigger"], row


def test_a_harm_word_in_an_explicit_zero_of_its_event_is_denied() -> None:
    text = "Police fired at the crowd, but no one was injured in the firing."
    start, end = span_of(text, "injured")
    zero = FigureFound("injured", 0, 0, 0, "zero", *span_of(text, "no one was injured"), "")
    fired = replace(_event(text, "fired", "occurred", evidence=text), figures=(zero,))
    assert mention_modality([fired], start, end) == "denied"
    assert mention_modality([fired], *span_of(text, "fired")) == "occurred"
    assert mention_modality([], start, end) == "none"


def test_a_word_of_an_event_beyond_its_evidence_finds_the_event() -> None:
    # the evidence keeps the first sentences only; the event's words say which event it is
    text = "Gunfire on Oak Lane. A teller was shot. The shooting shut the bank."
    start, end = span_of(text, "shooting")
    shot = replace(
        _event(text, "shot", "occurred", evidence="A teller was shot."),
        triggers=(Span(*span_of(text, "shot"), "shot"), Span(start, end, "shooting")),
    )
    assert mention_modality([shot], start, end) == "occurred"


def test_a_word_of_an_event_is_scored_by_its_own_modality() -> None:
    # the gold labels mentions: a word the event joined though told otherwise (here the
    # shooting a suspect is charged in) keeps its own modality, the others the event's
    text = "A clerk was shot at the depot. A cousin was charged in the shooting on Friday."
    shot_span, shooting = Span(*span_of(text, "shot"), "shot"), Span(*span_of(text, "shooting"), "")
    shot = replace(
        _event(text, "shot", "occurred", evidence=text),
        triggers=(shot_span, shooting),
        trigger_modalities=("occurred", "alleged"),
    )
    assert mention_modality([shot], shooting.start, shooting.end) == "alleged"
    assert mention_modality([shot], shot_span.start, shot_span.end) == "occurred"
    # an event made without its words' modalities is read whole, as before
    whole = replace(shot, trigger_modalities=())
    assert mention_modality([whole], shooting.start, shooting.end) == "occurred"


def test_our_sentences_are_scored_by_the_word_s_own_modality_too() -> None:
    # a harm word denied inside an event that happened: the word's modality, not the event's
    text = "Police said nobody was hurt when officers fired at the van."
    fired = replace(
        _event(text, "fired", "occurred", evidence=text),
        triggers=(Span(*span_of(text, "hurt"), "hurt"), Span(*span_of(text, "fired"), "fired")),
        trigger_modalities=("denied", "occurred"),
    )
    annotate = recording_annotator({text: [fired]}, [])
    gold = ((text, "hurt", "denied"), (text, "fired", "occurred"))
    assert evaluate_modality(annotate, gold)["accuracy"] == 1.0


def test_the_fresh_own_sentences_hold_their_trigger_and_six_of_each_class() -> None:
    rows = modality_sentences(MODALITY_FRESH)
    assert len(rows) == 30 and all(word in sentence for sentence, word, _ in rows)
    classes = [modality for _, _, modality in rows]
    assert {classes.count(m) for m in MODALITY_CLASSES} == {6}
