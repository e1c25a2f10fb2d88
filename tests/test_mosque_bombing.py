"""A suicide bombing at a mosque during Friday prayers told by a local paper's page, a wire
story, a feed with a copy of it and a next-day report, and a follow-up a week later
(fictional, written for these tests; tests/fixtures/stories/timergara-mosque), read through
the extraction pipeline: what an analyst reading the ledger of such reports would trip on."""

from __future__ import annotations

import datetime as dt

from extracting import extractor

extract = extractor(dt.date(2026, 11, 13))


def test_lower_dir_is_not_upper_dir_whose_other_name_is_dir():
    extraction = extract(
        "Dozens of people were wounded in the blast in a town in the Lower Dir district of "
        "Khyber Pakhtunkhwa province, a police official said."
    )
    # GeoNames calls Upper Dir "Dir" too: "Lower Dir" had been resolved to Upper Dir
    assert "Upper Dir" not in {p.name for p in extraction.places}


def test_a_town_the_press_spells_otherwise_is_found_by_its_gazetteer_spelling():
    extraction = extract(
        "PESHAWAR, Pakistan (Reuters) - A suicide bomber killed 27 people at a mosque in "
        "northwestern Pakistan on Friday.\n\n"
        "Dozens of people were wounded in the blast in Timergara, a town near the Afghan "
        "border, a police official said."
    )
    (town,) = [p for p in extraction.places if p.text == "Timergara"]
    assert (town.name, town.country) == ("Timargara", "PK")  # GeoNames' spelling
    (bombing,) = [e for e in extraction.events if e.sub_event_type == "Suicide bomb"]
    assert extraction.places[bombing.place].name == "Timargara"  # had been Pakistan


def test_a_name_one_vowel_from_places_of_several_countries_is_not_respelt():
    # "Dunmore" names places in Ireland and the US: no one of them is meant
    extraction = extract("The family moved to a farm near Dunmere in Cornwall last year.")
    (farm,) = [p for p in extraction.places if p.text == "Dunmere"]
    assert farm.name is None


def test_an_affiliate_the_parse_left_without_its_verb_claims_the_attack():
    extraction = extract(
        "The death toll from a suicide bombing at a mosque in Peshawar rose to 27, officials "
        "said, as a regional affiliate of Islamic State claimed responsibility for the attack."
    )
    (bombing,) = extraction.events
    # "claimed" had taken the subject of "rose", the toll: no one claimed it
    assert [a.name for a in bombing.actors if a.role == "actor1"] == ["Islamic State"]


def test_an_islamic_state_affiliate_claiming_a_bombing_in_a_headline_is_its_actor():
    extraction = extract(
        "Islamic State affiliate claims Pakistan mosque bombing as toll rises to 27\n\n"
        "The death toll from a suicide bombing at a mosque rose to 27, officials said."
    )
    bombing = extraction.events[0]
    assert [a.name for a in bombing.actors if a.role == "actor1"] == ["Islamic State"]


def test_the_bombers_vest_is_not_the_police_officer_who_tells_of_it():
    extraction = extract(
        "A suicide bomber blew himself up inside a mosque in Timergara on Friday, killing 14 "
        "worshippers.\n\n"
        "District Police Officer Asif Iqbal Mohmand said the bomber, who appeared to be in "
        "his early twenties, entered the mosque through the side gate and detonated his "
        "explosives vest among the worshippers."
    )
    (bombing,) = extraction.events
    # "his" vest is the bomber's: the officer had been the bombing's actor1
    assert "Asif Iqbal Mohmand" not in {a.name for a in bombing.actors}


def test_a_police_officer_named_with_his_title_is_police():
    extraction = extract(
        "District Police Officer Asif Iqbal Mohmand was wounded when gunmen fired on his "
        "convoy near Timergara on Friday."
    )
    officers = [a for e in extraction.events for a in e.actors if a.name == "Asif Iqbal Mohmand"]
    assert officers and {a.kind for a in officers} == {"police"}  # had been civilians


def test_a_man_shown_on_television_confessing_is_the_confessor():
    (confession, family) = extract(
        "A man arrested over last week's suicide bombing at a mosque in Timergara was shown "
        "on television on Friday confessing that he had helped the bomber reach the mosque, "
        "but his family said the confession had been extracted under duress.",
        dt.date(2026, 11, 21),
    ).claims
    # the parse made "Friday confessing" a noun: the man had been what was said
    assert (confession.speaker_name, confession.stance) == ("man", "confesses")
    assert confession.content.text == "that he had helped the bomber reach the mosque"
    assert family.stance == "alleges"


def test_the_army_named_by_a_side_event_is_no_side_of_the_bombing():
    from types import SimpleNamespace as Row

    from corroborate.assess.incidents import incident_actors

    def event(event_type: str, *links: tuple[str, str]) -> Row:
        return Row(event_type=event_type, actors=[Row(actor_id=a, role=r) for a, r in links])

    events = [
        event("Explosions/Remote violence", ("civilians", "actor2")),
        # "the army's operations against the group", told twice (a wire story and its copy)
        event("Strategic developments", ("army", "actor1")),
        event("Strategic developments", ("army", "actor1")),
        event("Explosions/Remote violence", ("islamic-state", "actor1"), ("civilians", "actor2")),
    ]
    roles = {a["actor"]: a["role"] for a in incident_actors(events, "Explosions/Remote violence")}
    # the army had been the incident's actor1, ahead of the group that claimed the bombing
    assert roles == {"army": "associate", "civilians": "actor2", "islamic-state": "actor1"}
