"""A market bombing told by a local paper, a wire follow-up and an arrest report (fictional,
written for these tests), read through the whole extraction pipeline: what an analyst
reading the ledger of such reports would trip on."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import extract_one as extract

WIRE = (
    "MAIDUGURI, Nigeria (Reuters) - Islamic State West Africa Province (ISWAP) claimed "
    "responsibility on Saturday for a suicide bombing at a fish market in the northeastern "
    "Nigerian city of Maiduguri, as the death toll rose to 23, hospital officials said.\n\n"
    "A doctor at the state hospital said four of the wounded died overnight.\n\n"
    "Friday's attack was the deadliest in Maiduguri since 2021."
)


def test_a_claim_of_responsibility_does_not_date_the_bombing_and_the_days_attack_is_it():
    # the bombing was on Friday; "on Saturday" dates the claim (it had dated the bombing,
    # and "Friday's attack" had been an attack of its own, so the wire story split in two)
    extraction = extract(WIRE, dt.date(2026, 11, 29))
    violent = [e for e in extraction.events if e.event_type != "Strategic developments"]
    assert len(violent) == 1
    (bombing,) = violent
    assert bombing.sub_event_type == "Suicide bomb"
    assert extraction.times[bombing.time].value == "2026-11-27"
    assert extraction.places[bombing.place].name == "Maiduguri"
    assert [a.name for a in bombing.actors if a.role == "actor1"] == [
        "Islamic State West Africa Province"
    ]


def test_a_group_named_a_province_is_no_place():
    extraction = extract(WIRE, dt.date(2026, 11, 29))
    assert "Province" not in {p.text for p in extraction.places}


def test_a_headline_claiming_a_bombing_tells_it_happened_and_who_claims_it():
    extraction = extract(
        "ISWAP claims Nigeria market bombing\n\n"
        "The group said its fighter had targeted militiamen at the market in Maiduguri.",
        dt.date(2026, 11, 29),
    )
    bombing = extraction.events[0]
    assert bombing.modality == "occurred"
    assert [a.name for a in bombing.actors if a.role == "actor1"] == [
        "Islamic State West Africa Province"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The suspects could face the death penalty if convicted.",
        "Two of the men were sentenced to death by a military tribunal in Maiduguri.",
        "The lawyer said she had received death threats since taking the case.",
    ],
)
def test_a_death_sentence_or_threat_is_no_killing(sentence):
    extraction = extract(sentence, dt.date(2026, 12, 2))
    assert not [e for e in extraction.events if e.event_type == "Violence against civilians"]


def test_last_weeks_bombing_the_suspects_helped_plan_is_no_plan_of_one():
    extraction = extract(
        "Police said they had arrested three men suspected of helping to plan last week's "
        "suicide bombing at a Maiduguri market.",
        dt.date(2026, 12, 2),
    )
    bombing = next(e for e in extraction.events if e.sub_event_type == "Suicide bomb")
    assert bombing.modality != "hypothetical"


def test_an_armed_group_the_tagger_takes_for_a_person_is_the_lexicons():
    extraction = extract(
        "Boko Haram fighters attacked the village of Kawuri on Sunday.",
        dt.date(2026, 12, 2),
    )
    actor1 = [a for e in extraction.events for a in e.actors if a.role == "actor1"]
    assert [(a.name, a.kind) for a in actor1] == [("Boko Haram", "rebel group")]


def test_a_bombing_a_headline_places_in_a_country_is_placed_in_the_town_the_lead_names():
    extraction = extract(
        "Islamic State affiliate claims Nigeria market bombing as toll rises to 23\n\n" + WIRE,
        dt.date(2026, 11, 29),
    )
    bombing = extraction.events[0]
    assert extraction.places[bombing.place].name == "Maiduguri"


def test_arrests_over_a_bombing_are_the_news_and_the_bombing_is_told_back():
    extraction = extract(
        "Police arrest three over Maiduguri market bombing\n\n"
        "Police in Borno State said on Tuesday they had arrested three men in a raid on a "
        "house in the Gwange area on Monday night.",
        dt.date(2026, 12, 2),
    )
    main = extraction.events[0]
    assert main.sub_event_type == "Arrests"
    assert [f.value for f in main.figures if f.kind == "arrested"][:1] == [3]
    bombing = next(e for e in extraction.events if e.event_type == "Explosions/Remote violence")
    assert bombing.modality == "reference"
    assert not [f for f in bombing.figures if f.kind == "arrested"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "KANO, Nigeria (Reuters) - The death toll from a bomb blast at a cattle market in "
            "the northeastern Nigerian town of Gashua rose to 15 on Sunday, a doctor said.",
            "Gashua",
        ),
        (
            "QUETTA, Pakistan - A bomb exploded at a bus stop in the Pakistani border town of "
            "Chaman on Monday, killing four people, police said.",
            "Chaman",
        ),
    ],
)
def test_a_town_a_countrys_adjective_describes_places_the_event(text, town):
    # "the Nigerian town of Gashua": the event was placed in the country the adjective names
    extraction = extract(text, dt.date(2026, 12, 2))
    bombing = next(e for e in extraction.events if e.event_type != "Strategic developments")
    assert extraction.places[bombing.place].name == town
