"""A police "encounter" killing told by a local paper, a wire story and a follow-up a week
later (fictional, written for these tests; tests/fixtures/stories/meerut-encounter), read
through the extraction pipeline: the family says it was a custodial killing, the police deny
any custody, a lawyer reads the post-mortem, an accomplice's confession is said to have been
made under pressure."""

from __future__ import annotations

import datetime as dt

import pytest
from extracting import extractor

extract = extractor(dt.date(2026, 11, 18))


def test_a_man_wanted_in_a_dozen_cases_is_one_man_shot_in_an_encounter_that_happened():
    extraction = extract(
        "A man wanted in more than a dozen cases of robbery and extortion was shot dead in "
        "an encounter with the police in Meerut district late on Tuesday night, officials said."
    )
    (encounter,) = extraction.events
    # "wanted" is the police's, no one's wish: the encounter had been hypothetical
    assert encounter.modality == "occurred"
    # the parse made "cases" the subject of "shot": twelve cases are no one killed
    assert all(f.value != 12 for f in encounter.figures)


def test_a_dated_encounter_named_in_a_sentence_about_the_future_is_the_past_one():
    extraction = extract(
        "The magisterial inquiry into the November 17 encounter is expected to submit its "
        "findings next month.",
        dt.date(2026, 11, 26),
    )
    (encounter,) = extraction.events
    assert extraction.times[encounter.time].value == "2026-11-17"  # had been 2027-11-17


def test_a_gate_of_an_old_city_quarter_is_not_a_district_elsewhere():
    extraction = extract(
        "His brother Nadeem said plainclothes policemen had picked him up from his home in "
        "Lisari Gate on Sunday afternoon."
    )
    assert "Gate" not in {p.name for p in extraction.places}


def test_a_superintendent_of_police_speaks_for_the_police_and_our_men_are_police():
    extraction = extract(
        "Senior Superintendent of Police Arvind Kesari said a police team had stopped a "
        'motorcycle at a checkpoint when the rider opened fire on them. "Our men fired in '
        'self-defence. He was declared dead at the hospital," Kesari said.'
    )
    first, second = extraction.claims
    assert (first.speaker_name, first.speaker_role) == (
        "Arvind Kesari",
        "superintendent of police",
    )
    assert first.speaker_affiliation == "Police"
    assert second.speaker_name == "Arvind Kesari"
    (shooting,) = [e for e in extraction.events if e.event_type != "Strategic developments"]
    # "Our men" had been civilians; the police are one side only, not both
    assert {a.kind for a in shooting.actors} == {"police"}
    assert len([a for a in shooting.actors if a.role in ("actor1", "actor2")]) == 1


def test_a_role_written_before_a_name_is_no_part_of_it_and_the_surname_finds_the_name():
    extraction = extract(
        "Lawyer Farhan Siddiqui said the report contradicted the police account. "
        '"This was an execution," Siddiqui said.',
        dt.date(2026, 11, 26),
    )
    first, second = extraction.claims
    assert (first.speaker_name, first.speaker_role) == ("Farhan Siddiqui", "lawyer")
    # the tagger read "Siddiqui" as a plural noun: the speaker had been an anonymous one
    assert (second.speaker_name, second.speaker_kind) == ("Farhan Siddiqui", "person")


def test_he_who_confessed_is_the_accomplice_named_in_his_own_sentence():
    extraction = extract(
        'Lawyer Farhan Siddiqui said the report contradicted the police account. "This was '
        'an execution," Siddiqui said. The police on Tuesday arrested the alleged accomplice, '
        "Arif, from a village in Ghaziabad and said he had confessed that the two had fired "
        "at the police team.",
        dt.date(2026, 11, 26),
    )
    (confession,) = [c for c in extraction.claims if c.stance == "confesses"]
    assert confession.speaker_name == "Arif"  # had been the lawyer, the last speaker
    (firing,) = [e for e in extraction.events if e.trigger.text == "fired"]
    # gunmen firing on a police team fight armed men: no violence against civilians
    assert (firing.event_type, firing.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "text",
    [
        "The police denied that Bhura had been in custody before the encounter.",
        "His family alleged that he had been held for two days before the encounter.",
    ],
)
def test_an_encounter_that_dates_a_denied_or_alleged_custody_still_happened(text):
    (encounter,) = [e for e in extract(text).events if e.trigger.text == "encounter"]
    assert encounter.modality == "occurred"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Police took three men into custody on Friday.", "took three men into custody"),
        ("Gunmen took two engineers hostage on Friday.", "took two engineers hostage"),
    ],
)
def test_a_verb_phrase_told_around_its_object_is_the_trigger(text, words):
    (event,) = extract(text).events
    assert event.trigger.text == words


def test_the_family_of_a_man_killed_belongs_to_the_man_not_to_his_story():
    (claim,) = extract(
        "The family of a 34-year-old man killed in a police encounter in Meerut on Tuesday "
        "night has alleged that he was picked up two days earlier.",
        dt.date(2026, 11, 19),
    ).claims
    assert (claim.speaker_name, claim.speaker_affiliation) == ("family", "34-year-old man")


def test_what_a_wanted_man_is_wanted_on_is_alleged():
    (assault,) = extract(
        "He was wanted on eight counts of aggravated assault, deputies said.", dt.date(2026, 7, 27)
    ).events
    assert assault.modality == "alleged"  # had been hypothetical, then occurred
