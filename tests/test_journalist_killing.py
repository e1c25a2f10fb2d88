"""A local journalist shot dead outside his home in Córdoba, Veracruz, told by a local paper's
page, a wire story and its reprint, a next-day report (two arrests, a march) and a follow-up a
week later (torture alleged, an alibi, an earlier killing in Poza Rica) (fictional, written
for these tests; tests/fixtures/stories/veracruz-journalist), read through the extraction
pipeline: what an analyst reading the ledger of such reports would trip on."""

from __future__ import annotations

import datetime as dt

from extracting import extractor

extract = extractor(dt.date(2026, 12, 3))


def test_a_surname_the_tagger_calls_a_place_is_no_town_of_that_name():
    extraction = extract(
        "Juan Carlos Ramírez Ortega, a reporter who covered crime in central Veracruz, was shot "
        "dead outside his home in Córdoba on Wednesday night.\n\n"
        "Neighbours said two men on a motorcycle pulled up as Ramírez, 47, was getting out of "
        "his car."
    )
    # "Ramírez" (tagged GPE once) had been the town of Ramírez in Tamaulipas, and so the
    # killing's place; the same word is the surname of the man named in full
    assert "Ramírez" not in {p.name for p in extraction.places}
    (killing,) = extraction.events
    assert extraction.places[killing.place].name == "Córdoba"


def test_killings_the_story_is_the_latest_of_are_not_its_incident():
    extraction = extract(
        "A journalist was shot dead outside his home in the state of Veracruz, authorities "
        "said on Thursday, the latest in a string of killings that have made Mexico one of the "
        "deadliest countries for reporters."
    )
    (killings,) = [e for e in extraction.events if e.trigger.text == "killings"]
    assert killings.modality == "reference"  # had been an occurred killing in Mexico


def test_a_cartel_named_after_a_state_is_not_where_the_killing_was():
    extraction = extract(
        "Juan Carlos Ramirez was shot dead in the city of Cordoba in Veracruz on Wednesday "
        "night.\n\n"
        "The press union said Ramirez had been targeted because of his reporting on the "
        "Jalisco New Generation Cartel."
    )
    places = {e.place for e in extraction.events if e.modality == "occurred"}
    # "targeted" in Jalisco had been a killing of its own, another state's
    assert "Jalisco" not in {extraction.places[p].name for p in places if p is not None}
    assert len([e for e in extraction.events if e.modality == "occurred"]) == 1


def test_mexico_after_a_mexico_city_dateline_is_the_country():
    extraction = extract(
        "MEXICO CITY (Reuters) - A journalist was shot dead in the eastern state of Veracruz on "
        "Wednesday.\n\n"
        "At least seven journalists have been killed in Mexico this year."
    )
    (mexico,) = [p for p in extraction.places if p.text == "Mexico"]
    assert (mexico.name, mexico.precision) == ("Mexico", "country")  # had been Mexico City


def test_colleagues_of_the_dead_man_speak_not_he():
    extraction = extract(
        "Police arrested two men over the killing of journalist Juan Carlos Ramírez.\n\n"
        "Colleagues of Ramírez dismissed the robbery account.",
        dt.date(2026, 12, 4),
    )
    (dismissed,) = [c for c in extraction.claims if c.cue.text == "dismissed"]
    # the dead man had been the speaker of his colleagues' denial
    assert dismissed.speaker_name == "Colleagues of Ramírez"
    assert dismissed.stance == "denies"


def test_a_man_charged_with_a_murder_speaks_not_the_man_murdered():
    extraction = extract(
        "One of the two men charged with the murder of the journalist Juan Carlos Ramirez told "
        "a judge on Wednesday that police had tortured him into confessing.",
        dt.date(2026, 12, 10),
    )
    (told,) = extraction.claims
    assert told.speaker_name == "two men"  # had been "Juan Carlos Ramirez"
    assert told.stance == "alleges"


def test_a_confession_tortured_out_of_a_suspect_disowns_the_confession():
    from corroborate.assess.contradictions import disowned

    # "beaten out of him" was a claim that evidence was made up; "tortured out of him" was not
    assert disowned("confession was tortured out of him") == "confess"
    assert disowned("his confession was coerced") == "confess"


def test_a_rejected_account_of_robbery_is_of_robbery_not_of_whose_account():
    from corroborate.assess.contradictions import account_named, stem

    assert account_named("the robbery account") == stem("robbery")
    assert account_named("the police account") is None  # whose account: no proposition
    assert account_named("the Reuters report") is None
    assert account_named("the accusation") is None


def test_a_name_told_again_with_its_second_surname_is_one_person():
    extraction = extract(
        "Herald reporter Juan Carlos Ramírez shot dead outside his home in Córdoba\n\n"
        "Juan Carlos Ramírez Ortega, a reporter for this newspaper, was shot dead outside his "
        "home in Córdoba on Wednesday night.",
        dt.date(2026, 12, 2),
    )
    names = {a.name for e in extraction.events for a in e.actors if "Ramírez" in a.name}
    assert names == {"Juan Carlos Ramírez"}  # "Juan Carlos Ramírez Ortega" had been another
