"""Gunmen raid a village in Bokkos, Plateau State, on a Sunday night and a neighbouring village
is attacked the next evening in reprisal, told by a Nigerian daily's page, a wire story, a
radio station's feed and a follow-up on both attacks (fictional, written for these tests;
tests/fixtures/stories/plateau-villages), read through the extraction pipeline and the
linking rules, and ingested whole as an analyst would and read back from the JSON export: two
attacks a day and a few kilometres apart are two incidents, and the houses burnt are an
event of their own."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from extracting import extractor

from corroborate.ingest.readers import ReadOptions, read_file

STORY = Path(__file__).parent / "fixtures" / "stories" / "plateau-villages"
extract = extractor(dt.date(2026, 12, 1))


def test_a_village_the_text_calls_one_is_a_place_whatever_the_tagger_says():
    extraction = extract(
        "Armed men attacked Richa, a village a few kilometres from Daffo, on Monday evening "
        "and burnt at least 15 houses. The police said no one was killed."
    )
    # GeoNames gives Richa no population, and spaCy tagged it a person: it had been no place,
    # and the attack had been placed at Daffo, the village it was a reprisal for
    (attack,) = [e for e in extraction.events if e.sub_event_type == "Attack"]
    assert extraction.places[attack.place].name == "Richa"


def test_a_village_named_after_its_kind_is_a_place():
    extraction = extract(
        "Gunmen attacked the village of Richa in Plateau State on Monday evening. The police "
        "said no one was killed."
    )
    assert "Richa" in {p.name for p in extraction.places}


def test_a_small_namesake_of_a_village_is_no_place_without_a_word_calling_it_one():
    extraction = extract(
        "Residents said Richa had warned the youths to stay at home. The police said no one "
        "was arrested on Monday."
    )
    assert "Richa" not in {p.name for p in extraction.places}


def test_an_attack_on_a_village_in_a_province_is_placed_at_the_village():
    extraction = extract(
        "Gunmen kill 12 in Plateau village, police say\n\n"
        "Gunmen stormed Daffo, a farming village in Bokkos Local Government Area of Plateau "
        "State, on Sunday night, killing 12 people and setting several houses on fire, the "
        "police said.",
        dt.date(2026, 11, 30),
    )
    # the headline's "Plateau village" had placed the attack in the state, which the
    # reprisal on the next village could not be told apart from
    attack = extraction.events[0]
    assert extraction.places[attack.place].name == "Daffo"


def _village_report(document: str, village: str, lat: float, lon: float, day: str, **fields):
    from corroborate.consolidate.incidents import Report
    from corroborate.consolidate.wording import name_vector, word_vector

    text = (
        f"Gunmen attacked {village}, a village near Daffo in Bokkos Local Government Area, "
        "and burnt houses, residents said. Police said the attackers fled into the forest."
    )
    place = {"name": village, "admin1": "Plateau State", "country": "NG", "lat": lat, "lon": lon}
    return Report(
        document=document,
        event=f"{document}-event",
        modality="occurred",
        published=fields.pop("published", "2026-12-01"),
        event_type="Violence against civilians",
        date_start=day,
        date_end=day,
        date_precision="day",
        place=place | {"precision": "town"},
        words=word_vector(text),
        names=name_vector(text),
        **fields,
    )


def test_attacks_on_two_villages_on_two_days_a_few_kilometres_apart_are_two_incidents():
    from corroborate.consolidate.incidents import THRESHOLD, pair_score

    sunday = _village_report("a", "Daffo", 9.2185, 8.8403, "2026-11-29", published="2026-11-30")
    monday = _village_report("b", "Richa", 9.1245, 8.8754, "2026-11-30")
    # a day's slack and "near" places (11 km) had made them one attack
    assert pair_score(sunday, monday) < THRESHOLD
    # the same village told by two outlets, each of its own day, is one
    again = _village_report("c", "Richa", 9.1245, 8.8754, "2026-11-30", outlet="Reuters")
    assert pair_score(monday, again) > THRESHOLD
    # a report naming the victim the other names is the same attack, whatever day it gives
    named = _village_report("d", "Daffo", 9.2185, 8.8403, "2026-11-29", persons=["pam choji"])
    misdated = _village_report("e", "Richa", 9.1245, 8.8754, "2026-11-30", persons=["pam choji"])
    assert pair_score(named, misdated) > -20.0


def test_a_councillor_for_a_ward_named_after_a_village_is_the_one_who_speaks():
    extraction = extract(
        "The police said no one was killed in Richa. But the councillor for Richa ward, Pam "
        "Choji, said two people died."
    )
    # "Richa" (tagged a person on "ward") had been the speaker
    (councillor,) = [c for c in extraction.claims if "two people died" in c.content.text]
    assert councillor.speaker_name == "Pam Choji"


def test_bodies_recovered_since_are_part_of_the_toll_told_beside_them():
    extraction = extract(
        "Community leaders said 33 people had died in Sunday's attack in Daffo, after rescuers "
        "recovered six more bodies from burnt houses on Tuesday. The police said 12 were killed.",
        dt.date(2026, 12, 2),
    )
    killed = {f.value for e in extraction.events for f in e.figures if f.kind == "killed"}
    assert killed == {33, 12}  # the six more had been a toll of six


def test_a_denial_that_a_group_was_behind_an_attack_disputes_who_did_it():
    from corroborate.assess.contradictions import culprit_named

    assert culprit_named("herders were behind the Daffo attack") == "herder"
    assert culprit_named("that herders were involved") == "herder"
    assert culprit_named("33 people died in Sunday's attack in Daffo") is None


def test_one_name_spelt_mohammed_and_muhammad_with_or_without_alhaji_is_one_voice():
    from corroborate.assess.contradictions import _distinct
    from corroborate.consolidate.actors import actor_key

    assert actor_key("Alhaji Muhammad Adamu Bello") == actor_key("Mohammed Adamu Bello")
    assert actor_key("Mohammed Adamu Bello") != actor_key("Ahmed Adamu Bello")
    assert len(_distinct(["Alhaji Muhammad Adamu Bello", "Mohammed Adamu Bello"])) == 1


def test_attacks_a_curfew_was_imposed_after_are_not_of_the_curfews_day():
    # the follow-up: "on Wednesday imposed a curfew ... after the two attacks that left dozens
    # dead": Wednesday dates the curfew; the attacks were on Sunday and Monday
    (article,) = read_file(STORY / "followup.txt", ReadOptions())
    extraction = extract(article.text, article.published)
    main = extraction.events[0]
    assert main.sub_event_type == "Attack"
    assert extraction.times[main.time].value == "2026-11-29"
    assert extraction.places[main.place].name == "Daffo"


# --------------------------------------------------------------------------- the whole story


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The story's four reports ingested into a fresh ledger, as its JSON export."""
    from corroborate.ledger import Ledger

    url = f"sqlite:///{tmp_path_factory.mktemp('plateau')}/story.db"
    with Ledger(url) as ledger:
        report = ledger.ingest([STORY])
        assert not report.problems
        return json.loads(ledger.export("json"))


def _outlet_events(story: dict, outlet: str) -> list[dict]:
    (document,) = [d["id"] for d in story["documents"] if d["outlet"] == outlet]
    return [e for e in story["events"] if e["document"] == document]


def _attacks_by_village(extraction) -> dict[str, Any]:
    """The extraction's attacks by the name of their place."""
    return {
        extraction.places[e.place].name: e
        for e in extraction.events
        if e.sub_event_type == "Attack"
    }


def _attack_at(events: list[dict], village: str) -> dict:
    (attack,) = [
        e
        for e in events
        if e["sub_event_type"] == "Attack"
        and e["modality"] == "occurred"
        and (e["place"] or {}).get("name") == village
    ]
    return attack


def test_two_attacks_told_in_one_sentence_are_two_events_each_of_its_own_day_and_village():
    extraction = extract(
        "Elders said 19 people died in Saturday's attack in Daffo and three in Sunday's attack "
        "in Richa. The police said nine people were killed in Daffo and that no one died in "
        "Richa.",
        dt.date(2026, 12, 2),
    )
    attacks = _attacks_by_village(extraction)
    # a day's slack and two villages 11 km apart had made them one attack of four tolls
    assert set(attacks) == {"Daffo", "Richa"}
    assert extraction.times[attacks["Daffo"].time].value == "2026-11-28"
    assert extraction.times[attacks["Richa"].time].value == "2026-11-29"
    killed = {
        place: {f.value for f in event.figures if f.kind == "killed"}
        for place, event in attacks.items()
    }
    assert killed["Richa"] == {0}  # "no one died in Richa" is not a toll of Daffo's
    assert 0 not in killed["Daffo"] and 9 in killed["Daffo"]


def test_each_attack_s_own_day_and_village_on_its_noun_set_the_two_apart():
    extraction = extract(
        "Community leaders said 14 people were killed in Tuesday's attack in Daffo and two in "
        "Wednesday's attack in Richa. Soldiers said six people died in Daffo and one in Richa.",
        dt.date(2026, 12, 3),
    )
    attacks = _attacks_by_village(extraction)
    assert {name: extraction.times[e.time].value for name, e in attacks.items()} == {
        "Daffo": "2026-12-01",
        "Richa": "2026-12-02",
    }
    killed = {f.value for f in attacks["Daffo"].figures if f.kind == "killed"}
    assert killed == {14, 6}  # the soldiers' six died in Daffo


def test_attacks_set_apart_on_their_phrases_are_marked_so_for_linking():
    extraction = extract(
        "Villagers said eight people died in Saturday's attack in Daffo and one in Sunday's "
        "attack in Richa, and that many houses were burnt.",
        dt.date(2026, 12, 3),
    )
    attacks = _attacks_by_village(extraction)
    assert set(attacks) == {"Daffo", "Richa"}
    # (linking keeps such a pair apart: tests/test_consolidate.py)
    assert all(attack.apart_on_phrases for attack in attacks.values())
    one = extract(
        "Eight people died in Saturday's attack in Daffo, and the police said five were killed.",
        dt.date(2026, 12, 3),
    )
    assert not any(event.apart_on_phrases for event in one.events)


def test_one_attack_told_with_its_day_and_its_village_in_two_clauses_is_one_event():
    extraction = extract(
        "Seven people died in Tuesday's attack, and residents said the gunmen who stormed "
        "Richa fled into the hills. The police said four were killed in Richa.",
        dt.date(2026, 12, 2),
    )
    # the day on one phrase and the village on another set nothing apart
    (attack,) = [e for e in extraction.events if e.sub_event_type == "Attack"]
    assert extraction.places[attack.place].name == "Richa"
    assert {f.value for f in attack.figures if f.kind == "killed"} == {7, 4}


def test_an_attack_told_again_on_another_day_of_the_same_village_is_one_event():
    extraction = extract(
        "Eleven people died in Sunday's attack in Daffo, community leaders said. Three more "
        "died in Richa on Monday of wounds from the attack, and the police said Monday's "
        "attack on Daffo was the work of bandits.",
        dt.date(2026, 12, 2),
    )
    # another day on a phrase of the same village, and a death told of another day and
    # village on a verb, not a noun of the attack: both are the one attack's
    (attack,) = [e for e in extraction.events if e.sub_event_type == "Attack"]
    assert extraction.places[attack.place].name == "Daffo"
    assert {f.value for f in attack.figures if f.kind == "killed"} == {11, 3}


def test_the_follow_up_gives_each_attack_its_own_event_and_incident(story):
    followup = _outlet_events(story, "Middle Belt Chronicle")
    raid, reprisal = _attack_at(followup, "Daffo"), _attack_at(followup, "Richa")
    assert raid["date"]["start"] == "2026-11-29" and reprisal["date"]["start"] == "2026-11-30"
    # the reprisal joins the radio's report of it, the raid the day's reports of Daffo
    radio = _attack_at(_outlet_events(story, "Highland FM"), "Richa")
    wire = [e for e in _outlet_events(story, "Reuters") if e["modality"] == "occurred"]
    assert reprisal["incident"] == radio["incident"]
    assert raid["incident"] == wire[0]["incident"] != reprisal["incident"]
    incidents = {i["id"]: i for i in story["incidents"]}
    daffo, richa = incidents[raid["incident"]], incidents[reprisal["incident"]]
    # the police's "no one died in Richa" is a figure of Richa's, not a zero beside Daffo's 12
    assert 0 not in {v["value"] for v in daffo["fatalities"]["values"]}
    by_outlet = {
        (v["value"], next(d["outlet"] for d in story["documents"] if d["id"] == v["document"]))
        for v in richa["fatalities"]["values"]
    }
    assert (0, "Middle Belt Chronicle") in by_outlet and (2, "Highland FM") in by_outlet


def test_houses_burnt_are_a_property_destruction_event_beside_the_attack():
    extraction = extract(
        "Armed men attacked Kwall, a village in Bassa, on Tuesday night and burnt at least 20 "
        "houses, residents said. A church and a school were also burnt."
    )
    (burning,) = [e for e in extraction.events if e.trigger.text == "burnt"]
    assert burning.sub_event_type == "Looting/property destruction"
    assert burning.modality == "occurred"
    assert extraction.events[0].sub_event_type == "Attack"  # still the main event
    assert not burning.figures  # twenty houses are no toll


def test_houses_set_on_fire_around_their_name_are_property_destroyed():
    extraction = extract(
        "Gunmen stormed Kwall on Tuesday night, killing four people and setting several houses "
        "on fire, the police said.",
    )
    # "fire" under "setting ... on" had been an event of no type
    assert [e.sub_event_type for e in extraction.events] == [
        "Attack",
        "Looting/property destruction",
    ]


def test_a_body_or_a_hand_burnt_is_no_property_destroyed():
    extraction = extract(
        "The cook burnt his hand at the market on Tuesday. Fires burned for hours in the dry "
        "season, residents said."
    )
    assert "Looting/property destruction" not in {e.sub_event_type for e in extraction.events}


def test_the_story_s_burnt_houses_are_told_as_property_destroyed(story):
    for outlet in ("The Jos Standard", "Highland FM"):
        kinds = {e["sub_event_type"] for e in _outlet_events(story, outlet)}
        assert "Looting/property destruction" in kinds, outlet
    radio = _outlet_events(story, "Highland FM")
    (burning,) = [e for e in radio if e["sub_event_type"] == "Looting/property destruction"]
    # the houses burnt in Richa are a fact of the attack on Richa
    assert burning["incident"] == _attack_at(radio, "Richa")["incident"]


def test_a_surname_alone_in_a_later_report_is_the_person_named_in_full_before(story):
    # the follow-up's "Mancha" blames herders as Istifanus Mancha did in the Jos daily
    followup = _outlet_events(story, "Middle Belt Chronicle")
    daffo = next(
        i for i in story["incidents"] if i["id"] == _attack_at(followup, "Daffo")["incident"]
    )
    (blame,) = [
        c
        for c in story["contradictions"]
        if c["incident"] == daffo["id"] and c["kind"] == "responsibility"
    ]
    voices = blame["sides"][0]["summary"].rsplit(" assert", 1)[0].split("; ")
    assert "Istifanus Mancha" in voices
    assert "Mancha" not in voices  # had been a voice of its own beside him


def test_one_person_named_in_full_and_by_surname_is_one_source():
    from types import SimpleNamespace

    from corroborate.assess.contradictions import _distinct
    from corroborate.assess.corroboration import claim_source, full_names

    def said(name: str) -> SimpleNamespace:
        return SimpleNamespace(speaker_name=name, speaker_kind="person", speaker_affiliation=None)

    claims = [said("Istifanus Mancha"), said("Mancha"), said("Pam Choji")]
    names = full_names(claims)
    sources = {claim_source(None, c, None, None, names) for c in claims[:2]}  # type: ignore[arg-type]
    assert sources == {"actor:istifanus mancha"}
    assert _distinct(["Istifanus Mancha", "Mancha", "Police", "Pam Choji"]) == [
        "Istifanus Mancha",
        "Pam Choji",
        "Police",
    ]
    # two people of one surname: the surname alone is neither
    two = full_names([*claims, said("Daniel Mancha")])
    assert "mancha" not in two
    assert "Mancha" in _distinct(["Istifanus Mancha", "Daniel Mancha", "Mancha"])


def test_a_body_named_with_an_acronym_for_part_of_its_name_is_one_voice():
    from corroborate.assess.contradictions import _distinct
    from corroborate.consolidate.actors import abbreviates

    # "KP" for "Khyber Pakhtunkhwa", whichever of the two is listed first
    for voices in (
        ["KP government", "Khyber Pakhtunkhwa government", "Shafqat Yousafzai"],
        ["Khyber Pakhtunkhwa government", "KP government", "Shafqat Yousafzai"],
    ):
        assert _distinct(voices) == ["Khyber Pakhtunkhwa government", "Shafqat Yousafzai"]
    assert abbreviates("the PNP chief", "the Philippine National Police chief")
    assert abbreviates("PNP", "Philippine National Police")
    # other initials, or other words beside them, are another body
    assert not abbreviates("KP government", "Punjab government")
    assert not abbreviates("KPK police", "Khyber Pakhtunkhwa government")
    assert not abbreviates("KP police", "Khyber Pakhtunkhwa government")
