"""A local journalist shot dead outside his home in Córdoba, Veracruz, told by a local paper's
page, a wire story and its reprint, a next-day report (two arrests, a march) and a follow-up a
week later (torture alleged, an alibi, an earlier killing in Poza Rica) (fictional, written
for these tests; tests/fixtures/stories/veracruz-journalist), read through the extraction
pipeline and ingested into a ledger as an analyst would: what an analyst reading the ledger of
such reports would trip on."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from extracting import extractor

from corroborate.ledger import Ledger

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


ARRESTS_AND_MARCH = (
    "Two arrested over killing of Orizaba radio host as colleagues march in Xalapa\n\n"
    "ORIZABA, Veracruz — State police arrested two men on Tuesday over the killing of radio "
    "host Mario Esteban Luna, who was shot dead outside his home in Orizaba on Monday night, "
    "prosecutors said.\n\n"
    "His driver, who was treated for a gunshot wound to the arm, left hospital on Tuesday.\n\n"
    "More than a hundred reporters marched through the centre of Xalapa on Tuesday evening, "
    "carrying his photograph."
)


def test_arrests_over_the_killing_are_the_killings_not_the_march_the_report_leads_with():
    # (the march, with the driver's wound read as its harm, is the report's main event)
    extraction = extract(ARRESTS_AND_MARCH, dt.date(2026, 11, 11))
    (arrest,) = [e for e in extraction.events if e.sub_event_type == "Arrests"]
    # the arrested had been counted on the march, the report's main event
    assert [f.value for f in arrest.figures if f.kind == "arrested"][:1] == [2]
    march = next(e for e in extraction.events if e.event_type == "Protests")
    assert not [f for f in march.figures if f.kind == "arrested"]


STORY = Path(__file__).parent / "fixtures" / "stories" / "veracruz-journalist"


@pytest.fixture(scope="module")
def story_ledger(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Ledger]:
    """The story's five reports ingested, as an analyst would: `corroborate ingest` the folder."""
    url = f"sqlite:///{tmp_path_factory.mktemp('story') / 'ledger.db'}"
    with Ledger(url) as ledger:
        ledger.ingest([STORY])
        yield ledger


def test_arrests_over_the_killing_join_the_killings_incident(story_ledger: Ledger):
    events = story_ledger.events()
    (arrest,) = [e for e in events if e.sub_event_type == "Arrests" and e.start < 30]
    (march,) = [e for e in events if e.event_type == "Protests"]
    assert arrest.document_id == march.document_id  # the next day's report
    killing = next(e for e in events if e.rank == 0 and e.event_type != "Protests")
    # they had joined the march's incident, that report's main event
    assert arrest.incident_id == killing.incident_id != march.incident_id


def test_the_attack_after_a_string_of_killings_is_the_storys_and_its_no_one_else_hurt():
    extraction = extract(
        "A radio host was shot dead outside his studio in the state of Veracruz on Tuesday, "
        "prosecutors said, the latest in a string of killings that have made the state one of "
        "the most dangerous places for reporters.\n\n"
        "A police spokesman said no one else was hurt in the attack."
    )
    (killing,) = [e for e in extraction.events if e.modality == "occurred"]
    # "the attack" had told back the string of killings, and its zero hurt was theirs
    assert [(f.kind, f.value) for f in killing.figures if f.kind == "injured"] == [("injured", 0)]


def test_a_bodyguard_wounded_and_no_one_else_hurt_are_a_contradiction(story_ledger: Ledger):
    killing = next(e for e in story_ledger.events() if e.rank == 0 and e.event_type != "Protests")
    _, _, contradictions = story_ledger.incident(killing.incident_id)
    (injured,) = [c for c in contradictions if c.kind == "number" and "injured" in c.summary]
    assert "hospital source" in injured.summary and "police spokesman" in injured.summary


def test_a_town_named_with_two_lower_case_words_inside_is_one_place():
    extraction = extract(
        "The two suspects were detained at a house in the nearby town of Fortín de las Flores, "
        "where police also seized a rifle.",
        dt.date(2026, 12, 4),
    )
    # "Fortín" and "Flores" had been two places, "Flores" a department of Uruguay
    assert [(p.text, p.name, p.admin1) for p in extraction.places] == [
        ("Fortín de las Flores", "Fortín de las Flores", "Veracruz")
    ]


def test_a_colleagues_reaction_to_the_killing_is_a_claim_not_an_event():
    extraction = extract(
        "Herald reporter shot dead outside his home in Córdoba\n\n"
        "Juan Carlos Ramírez, a reporter for this newspaper, was shot dead outside his home in "
        "Córdoba on Wednesday night.\n\n"
        'A fellow reporter, Elena Ruiz, wrote on Twitter: "They murdered our friend for his '
        'stories. Reporting on the cartels must not be a death sentence."',
        dt.date(2026, 12, 2),
    )
    # "a death sentence" had been a sentencing, an event of its own
    assert [(e.trigger.text, e.modality) for e in extraction.events] == [("shot", "occurred")]
    (reaction,) = [c for c in extraction.claims if c.speaker_name == "Elena Ruiz"]
    assert "death sentence" in reaction.content.text


def test_the_local_papers_page_tells_the_killing_and_its_reactions_are_claims(
    story_ledger: Ledger,
):
    (herald,) = [d for d in story_ledger.documents() if "Herald reporter" in (d.title or "")]
    events = [e for e in story_ledger.events() if e.document_id == herald.id]
    # the photographer's tweet ("should not be a death sentence") had been a sentencing
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert any(c.speaker_name == "Patricia Morales" for c in story_ledger.claims())


def test_a_shooting_a_beaten_suspect_signed_to_is_no_one_hurt_by_the_beating():
    extraction = extract(
        "A radio host was shot dead outside his studio in Orizaba on Monday.\n\n"
        "One of the two men arrested told a judge that officers had beaten him for hours "
        "until he signed a statement saying he had shot the radio host.",
        dt.date(2026, 12, 9),
    )
    (beating,) = [e for e in extraction.events if e.trigger.text == "beaten"]
    # the confessed shooting had been the beating's harm: one injured, said by the suspect
    assert (beating.modality, beating.figures) == ("alleged", ())
    assert [
        (f.kind, f.value) for e in extraction.events for f in e.figures if f.kind == "injured"
    ] == []
    killing = next(e for e in extraction.events if e.modality == "occurred")
    assert [(f.kind, f.value) for f in killing.figures if f.kind != "arrested"] == [("killed", 1)]


def test_the_suspects_torture_claim_adds_no_injured_to_the_killing(story_ledger: Ledger):
    killing = next(e for e in story_ledger.events() if e.rank == 0 and e.event_type != "Protests")
    incident, events, _ = story_ledger.incident(killing.incident_id)
    (week_later,) = [d for d in story_ledger.documents() if "tortured" in (d.title or "")]
    assert week_later.id in {e.document_id for e in events}  # the follow-up is the killing's
    injured = (incident.summary or {}).get("injured", {}).get("values", [])
    # the shooting the tortured suspect signed to had been one injured, said by him
    assert not [v for v in injured if "Gomez" in (v.get("speaker") or "")]
    assert sorted(v["value"] for v in injured) == [0, 0, 1]  # the spokesman's, the bodyguard


def test_arrests_for_that_killing_are_the_earlier_killings_not_the_storys():
    extraction = extract(
        "A crime reporter was shot dead outside his home in Orizaba on Monday night.\n\n"
        "He was the third reporter killed in the state this year. In March, a radio host was "
        "shot dead outside a bar in Tuxpan. Three men arrested for that killing were freed in "
        "May for lack of evidence.",
        dt.date(2026, 12, 9),
    )
    killing = next(e for e in extraction.events if e.modality == "occurred")
    # the Tuxpan arrests had been counted on the Orizaba killing, the story's incident
    assert [(f.kind, f.value) for f in killing.figures] == [("killed", 1)]
    (arrest,) = [e for e in extraction.events if e.sub_event_type == "Arrests"]
    assert arrest.modality == "reference"


def test_arrests_for_the_earlier_killing_add_no_arrests_to_the_storys(story_ledger: Ledger):
    killing = next(e for e in story_ledger.events() if e.rank == 0 and e.event_type != "Protests")
    incident, events, _ = story_ledger.incident(killing.incident_id)
    arrested = (incident.summary or {}).get("arrested", {}).get("values", [])
    # "Two men arrested for that killing" (Poza Rica's, in July) had been the story's two
    (week_later,) = [d for d in story_ledger.documents() if "tortured" in (d.title or "")]
    assert week_later.id in {e.document_id for e in events}
    assert not [v for v in arrested if v.get("document") == week_later.id]
