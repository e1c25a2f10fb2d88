"""Assessment of consolidated incidents: figures, contradictions (and what is not one),
independent sources, status and open questions, on fictional multi-outlet reporting."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import jsonschema
import pytest
from test_consolidate import KARACHI, Cl, Ev, Story, file_story

from corroborate.assess.corroboration import outlet_affiliations
from corroborate.assess.incidents import assess_incidents
from corroborate.export.json import export_schema
from corroborate.ledger import IngestReport, Ledger
from corroborate.model import ArticleInput, Claim, Outlet

DAY = dt.date(2015, 6, 4)
WHEN = ("Wednesday", "2015-06-03", "2015-06-03", "day")


@pytest.fixture
def ledger(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/t.db") as opened:
        yield opened


def clash(text: str, outlet: str, figures, *, published=DAY, claims=(), actors=(), **kw):
    """A report of the (fictional) Orangi Town clash, with its figures and claims."""
    return Story(
        text,
        outlet,
        published,
        events=[
            Ev(
                kw.get("trigger", "clash"),
                "Battles",
                "Armed clash",
                modality=kw.get("modality", "occurred"),
                place=("Orangi Town", KARACHI),
                time=("Wednesday", *WHEN[1:]),
                actors=actors,
                figures=figures,
            )
        ],
        claims=claims,
        persons=kw.get("persons", ()),
    )


def the_incident(ledger: Ledger):
    incidents = ledger.incidents()
    assert len(incidents) == 1, [i.summary.get("documents") for i in incidents]
    return incidents[0]


def kinds(ledger: Ledger) -> list[str]:
    return sorted(c.kind for c in ledger.contradictions())


# --------------------------------------------------------------------------- numbers


def zero_against_one() -> list[Story]:
    """Two outlets' reports of one clash: none killed, per police; one, per his family."""
    return [
        clash(
            "KARACHI: No one was killed in the clash in Orangi Town on Wednesday, police said, "
            "as Rangers and gunmen exchanged fire near Qasba Colony.",
            "dawn.example",
            [("No one was killed", "killed", 0, "zero", 0)],
            claims=[
                Cl("police", "said", "No one was killed in the clash in Orangi Town on Wednesday")
            ],
        ),
        clash(
            "KARACHI: A teenager was killed in the clash between Rangers and gunmen near Qasba "
            "Colony in Orangi Town on Wednesday, his family said.",
            "thenews.example",
            [("A teenager was killed", "killed", 1, "exact", 0)],
            claims=[
                Cl(
                    "his family",
                    "said",
                    "A teenager was killed in the clash between Rangers "
                    "and gunmen near Qasba Colony in Orangi Town on Wednesday",
                    kind="person",
                )
            ],
        ),
    ]


def test_none_killed_against_one_killed_is_a_number_contradiction(ledger):
    for story in zero_against_one():
        file_story(ledger, story)
    incident = the_incident(ledger)
    assert kinds(ledger) == ["number"]
    (number,) = ledger.contradictions()
    assert [side["value"] for side in number.sides] == [0, 1]
    assert all(len(side["claims"]) == 1 for side in number.sides)
    fatalities = incident.summary["fatalities"]
    assert fatalities["status"] == "disputed"
    assert (fatalities["low"], fatalities["high"]) == (0, 1)
    assert sorted((v["value"], v["speaker"]) for v in fatalities["values"]) == [
        (0, "police"),
        (1, "his family"),
    ]
    assert incident.status == "disputed"
    assert incident.questions[0].startswith("How many were killed? Accounts: killed 0 (police)")


def test_reports_stored_in_one_session_are_assessed_as_in_their_own(ledger, tmp_path):
    # An ingest batch shares one session: what it loaded for one article (the incident, its
    # events and their figures) must not hide what the next article adds.
    for story in zero_against_one():
        file_story(ledger, story)
    with Ledger(f"sqlite:///{tmp_path}/batch.db") as batch, batch.session() as session:
        for story in zero_against_one():
            article = ArticleInput(
                text=story.text,
                source=f"{story.outlet}.txt",
                title=story.title,
                outlet=story.outlet,
                published=story.published,
            )
            batch._store(article, story.extraction(), IngestReport(), session)
        shared = the_incident(batch)
        assert kinds(batch) == kinds(ledger) == ["number"]
    alone = the_incident(ledger)
    assert (shared.status, shared.questions) == (alone.status, alone.questions)
    assert shared.summary["fatalities"] == alone.summary["fatalities"]


def test_assessing_a_batch_at_its_end_equals_assessing_after_each_article(ledger, tmp_path):
    # An ingest batch stores its articles one transaction each and assesses the incidents
    # they touched once at the end: the same incident as assessing after every article.
    for story in zero_against_one():
        file_story(ledger, story)
    with Ledger(f"sqlite:///{tmp_path}/batch.db") as batch, batch.session() as session:
        touched: set[str] = set()
        for story in zero_against_one():
            article = ArticleInput(
                text=story.text,
                source=f"{story.outlet}.txt",
                title=story.title,
                outlet=story.outlet,
                published=story.published,
            )
            touched |= batch._store(
                article, story.extraction(), IngestReport(), session, assess=False
            )
        assert touched and kinds(batch) == []  # nothing assessed yet
        with session.begin():
            assess_incidents(session, touched)
        deferred = the_incident(batch)
        assert kinds(batch) == kinds(ledger) == ["number"]
    alone = the_incident(ledger)
    assert (deferred.status, deferred.questions) == (alone.status, alone.questions)
    assert deferred.summary == alone.summary


def test_at_least_27_and_over_60_do_not_contradict(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: At least 27 people were killed in the clash in Orangi Town on Wednesday, "
            "hospital officials said.",
            "dawn.example",
            [("At least 27 people were killed", "killed", 27, "at_least", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Over 60 people were killed in the Orangi Town clash on Wednesday, a rescue "
            "service said.",
            "geo.example",
            [("Over 60 people were killed", "killed", 60, "more_than", None)],
        ),
    )
    incident = the_incident(ledger)
    assert kinds(ledger) == []
    fatalities = incident.summary["fatalities"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (27, 60, 60)
    assert fatalities["status"] == "single_source"  # only one source allows 60


def test_around_20_and_over_60_contradict(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Around 20 people were killed in the clash in Orangi Town on Wednesday, "
            "officials said.",
            "dawn.example",
            [("Around 20 people were killed", "killed", 20, "about", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Over 60 people were killed in the Orangi Town clash on Wednesday, a rescue "
            "service said.",
            "geo.example",
            [("Over 60 people were killed", "killed", 60, "more_than", None)],
        ),
    )
    assert kinds(ledger) == ["number"]
    fatalities = the_incident(ledger).summary["fatalities"]
    # Disputed, one source each: the conservative figure.
    assert (fatalities["best"], fatalities["status"]) == (20, "disputed")


def test_a_rising_toll_is_an_update_not_a_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Three people were killed", "killed", 3, "exact", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The death toll from Wednesday's clash in Orangi Town rose to five on "
            "Thursday after two of the injured died at Abbasi Shaheed Hospital.",
            "thenews.example",
            [
                (
                    "death toll from Wednesday's clash in Orangi Town rose to five",
                    "killed",
                    5,
                    "exact",
                    None,
                )
            ],
            published=DAY + dt.timedelta(days=1),
            trigger="clash",
        ),
    )
    assert kinds(ledger) == []
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["best"], fatalities["high"]) == (5, 5)
    assert [v["value"] for v in fatalities["values"]] == [3, 5]


def test_a_denial_that_anyone_was_killed_states_zero_against_a_death(ledger):
    # "No one was killed" is a denial whose content is a count: a number contradiction with a
    # reported death, and the next day's report of the death does not update the denial.
    file_story(
        ledger,
        clash(
            "KARACHI: A Rangers spokesman said no one was killed in the clash in Orangi Town on "
            "Wednesday and that his men had not fired a single shot.",
            "dawn.example",
            [("no one was killed", "killed", 0, "zero", 0)],
            claims=[
                Cl(
                    "A Rangers spokesman",
                    "said",
                    "no one was killed in the clash in Orangi Town on Wednesday and that his men "
                    "had not fired a single shot",
                    stance="denies",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A party worker died of gunshot wounds sustained in the clash in Orangi "
            "Town on Wednesday, his family said on Thursday.",
            "thenews.example",
            [("A party worker died", "killed", 1, "exact", 0)],
            claims=[
                Cl(
                    "his family",
                    "said",
                    "A party worker died of gunshot wounds sustained in the clash in Orangi Town "
                    "on Wednesday",
                    kind="person",
                )
            ],
            published=DAY + dt.timedelta(days=1),
        ),
    )
    assert kinds(ledger) == ["number"]
    (number,) = ledger.contradictions()
    assert [side["value"] for side in number.sides] == [0, 1]
    assert the_incident(ledger).summary["fatalities"]["status"] == "disputed"


def test_a_count_of_one_group_is_part_of_the_total(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: At least 41 people were injured in the clash in Orangi Town on Wednesday, "
            "a rights group said.",
            "dawn.example",
            [("At least 41 people were injured", "injured", 41, "at_least", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: 12 officers were hurt in the clash in Orangi Town on Wednesday, police said.",
            "thenews.example",
            [("12 officers were hurt", "injured", 12, "exact", None)],
        ),
    )
    assert kinds(ledger) == []
    injured = the_incident(ledger).summary["injured"]
    assert (injured["best"], injured["status"]) == (41, "single_source")


def test_a_count_of_one_group_is_no_low_estimate_of_the_total(ledger):
    # The guards hurt are some of the hurt, not a rival count of them: the range is the
    # estimates of everyone hurt (it was 9-30).
    file_story(
        ledger,
        clash(
            "KARACHI: About 30 people were hurt in the clash in Orangi Town on Wednesday, a "
            "hospital official said, and the factory's owner said nine guards were injured.",
            "dawn.example",
            [
                ("About 30 people were hurt", "injured", 30, "about", None),
                ("nine guards were injured", "injured", 9, "exact", None),
            ],
        ),
    )
    injured = the_incident(ledger).summary["injured"]
    assert (injured["low"], injured["best"], injured["high"]) == (30, 30, 30)


def test_a_count_of_one_group_that_reaches_the_total_weighs_with_it(ledger):
    # Every victim was a policeman: two outlets count four policemen wounded, a third three
    # people. A count of one group is at least so many victims, so it is no part told beside a
    # smaller total: the four, told by two outlets, are the figure (it was three, the one
    # count of everyone).
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were wounded in the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [("Three people were wounded", "injured", 3, "exact", None)],
        ),
    )
    for outlet, tail in (
        ("thenews.example", "when gunmen fired on their patrol."),
        ("express.example", "as they searched a house near the market."),
    ):
        file_story(
            ledger,
            clash(
                f"KARACHI: Four policemen were wounded in the clash in Orangi Town on Wednesday "
                f"{tail}",
                outlet,
                [("Four policemen were wounded", "injured", 4, "exact", None)],
            ),
        )
    assert the_incident(ledger).summary["injured"]["best"] == 4


def test_a_round_up_of_the_nights_shootings_does_not_set_the_toll_of_one(ledger):
    # Two reports of the Orangi Town shooting count four men wounded and no one dead; a
    # round-up of the night's shootings in the city tells it too, with the death of a man in
    # another one. Its dead and wounded are the night's: the incident's toll is the reports'.
    night = clash(
        "One dead, five wounded in overnight shootings across Karachi\n\n"
        "KARACHI: One man was killed and five people were wounded in shootings across the city "
        "overnight. Four men were wounded in Orangi Town on Wednesday when gunmen fired on a "
        "tea stall. In Lyari, a man was shot dead outside his home, police said.",
        "metro.example",
        [
            ("One dead", "killed", 1, "exact", None),
            ("five wounded", "injured", 5, "exact", None),
            ("Four men were wounded", "injured", 4, "exact", None),
            ("a man was shot dead", "killed", 1, "exact", None),
        ],
        trigger="fired",
    )
    night.title = "One dead, five wounded in overnight shootings across Karachi"
    file_story(ledger, night)
    for outlet, tail in (
        ("dawn.example", "when gunmen fired on a tea stall."),
        ("thenews.example", "as gunmen on a motorcycle fired on a tea stall."),
    ):
        file_story(
            ledger,
            clash(
                f"KARACHI: Four men were wounded in Orangi Town on Wednesday {tail}",
                outlet,
                [("Four men were wounded", "injured", 4, "exact", None)],
                trigger="fired",
            ),
        )
    summary = the_incident(ledger).summary
    assert summary["injured"]["best"] == 4
    assert summary["fatalities"]["best"] is None
    # the round-up's values are still listed
    assert len(summary["fatalities"]["values"]) == 2


def test_a_round_up_alone_sets_the_toll(ledger):
    file_story(
        ledger,
        clash(
            "Two dead in separate shootings in Karachi\n\nKARACHI: Two men were killed in "
            "separate shootings in Orangi Town on Wednesday, police said.",
            "metro.example",
            [
                ("Two dead", "killed", 2, "exact", None),
                ("Two men were killed", "killed", 2, "exact", None),
            ],
            trigger="shootings",
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["best"] == 2


def test_the_attackers_killed_are_not_the_toll_of_the_attacked(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Six soldiers were killed in the clash in Orangi Town on Wednesday, the "
            "military said. Troops killed four of the attackers, a spokesman told reporters. "
            "The Liberation Army claimed its fighters had killed more than 10 soldiers.",
            "dawn.example",
            [
                ("Six soldiers were killed", "killed", 6, "exact", 0),
                ("killed four", "killed", 4, "exact", 1),
                ("killed more than 10 soldiers", "killed", 10, "more_than", 2),
            ],
            claims=[
                Cl("the military", "said", "Six soldiers were killed in the clash"),
                Cl("a spokesman", "told reporters", "Troops killed four of the attackers"),
                Cl("The Liberation Army", "claimed", "its fighters had killed more than 10"),
            ],
        ),
    )
    fatalities = the_incident(ledger).summary["fatalities"]
    # "killed four" counts the attackers (was read as every victim, the best figure 4), and
    # it no longer links six and more than ten soldiers into one agreeing group
    assert (fatalities["best"], fatalities["status"]) == (6, "disputed")
    (number,) = ledger.contradictions()
    assert [side["value"] for side in number.sides] == [6, 10]


def test_deaths_added_to_a_toll_do_not_contradict_it(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Three people were killed", "killed", 3, "exact", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Two more people died on Thursday of wounds sustained in the clash in "
            "Orangi Town on Wednesday, hospital officials said.",
            "thenews.example",
            [("Two more people died", "killed", 2, "exact", None)],
            published=DAY + dt.timedelta(days=1),
        ),
    )
    assert kinds(ledger) == []


def test_victims_named_again_are_part_of_the_risen_toll(ledger):
    text = (
        "KARACHI: Two more people died on Thursday of wounds sustained in the clash in Orangi "
        "Town on Wednesday, and the death toll rose to five. The two, aged 17 and 34, died at "
        "Abbasi Shaheed Hospital."
    )
    file_story(
        ledger,
        clash(
            text,
            "dawn.example",
            [
                ("Two more people died", "killed", 2, "exact", None),
                ("death toll rose to five", "killed", 5, "exact", None),
                ("two, aged 17 and 34, died", "killed", 2, "exact", None),
            ],
        ),
    )
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["best"], fatalities["high"]) == (5, 5)


def test_victims_named_again_are_no_low_estimate_of_the_toll(ledger):
    # "The two, ..." names two of the five dead again: no toll of two beside the five (the
    # range was 2-5).
    text = (
        "KARACHI: The death toll from the clash in Orangi Town on Wednesday rose to five on "
        "Friday. The two, a mechanic and a schoolteacher, died at Abbasi Shaheed Hospital."
    )
    file_story(
        ledger,
        clash(
            text,
            "dawn.example",
            [
                (
                    "death toll from the clash in Orangi Town on Wednesday rose to five",
                    "killed",
                    5,
                    "exact",
                    None,
                ),
                ("two, a mechanic and a schoolteacher, died", "killed", 2, "exact", None),
            ],
        ),
    )
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (5, 5, 5)


def test_a_headline_and_a_quote_in_one_report_do_not_contradict(ledger):
    # One report's own inconsistency (its headline against the police it quotes) is no dispute
    # between sources.
    file_story(
        ledger,
        clash(
            "Four injured in Orangi Town clash\n\nKARACHI: Three people were injured in the "
            "clash in Orangi Town on Wednesday, according to police.",
            "dawn.example",
            [
                ("Four injured", "injured", 4, "exact", None),
                ("Three people were injured", "injured", 3, "exact", 0),
            ],
            claims=[
                Cl(
                    "police",
                    "according to",
                    "Three people were injured in the clash in Orangi Town on Wednesday",
                )
            ],
        ),
    )
    assert kinds(ledger) == []


def test_two_speakers_quoted_in_one_report_can_contradict(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday, police "
            "said. Residents said ten people were killed.",
            "dawn.example",
            [
                ("Three people were killed", "killed", 3, "exact", 0),
                ("ten people were killed", "killed", 10, "exact", 1),
            ],
            claims=[
                Cl("police", "said", "Three people were killed in the clash in Orangi Town"),
                Cl("Residents", "said", "ten people were killed", kind="anonymous"),
            ],
        ),
    )
    assert kinds(ledger) == ["number"]


def test_reports_of_separate_events_do_not_contradict_each_others_toll(ledger):
    # Linked into one incident by place and day, the second report says its clash is another one.
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in a clash near Qasba Colony in Orangi Town on "
            "Wednesday, police said.",
            "dawn.example",
            [("Three people were killed", "killed", 3, "exact", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A shopkeeper was killed in a clash at a market in Orangi Town on "
            "Wednesday. Police said it was not connected to the clash near Qasba Colony in "
            "which three people were killed.",
            "thenews.example",
            [("A shopkeeper was killed", "killed", 1, "exact", None)],
            claims=[
                Cl(
                    "Police",
                    "said",
                    "it was not connected to the clash near Qasba Colony in which three people "
                    "were killed",
                    stance="denies",
                )
            ],
        ),
    )
    the_incident(ledger)
    assert kinds(ledger) == []


# One outlet's report of a clash in Orangi Town: (text, its figures, best killed, best injured).
ONE_REPORT_TOLLS = {
    "people shot count the dead, so injured leaves them out": (
        "KARACHI: A 17-year-old boy died after he was shot in the clash in Orangi Town on "
        "Wednesday, police said.",
        [
            ("A 17-year-old boy died", "killed", 1, "exact", None),
            ("he was shot", "injured", 1, "exact", None),
        ],
        1,
        0,
    ),
    "wounded counts set injured before people shot": (
        "KARACHI: Five people were shot in the clash in Orangi Town on Wednesday. Two of "
        "them died and three were wounded, police said.",
        [
            ("Two of them died", "killed", 2, "exact", None),
            ("Five people were shot", "injured", 5, "exact", None),
            ("three were wounded", "injured", 3, "exact", None),
        ],
        2,
        3,
    ),
    "no one else hurt does not undo those shot": (
        "KARACHI: A shopkeeper was shot in the clash in Orangi Town on Wednesday. No one else "
        "was injured, police said.",
        [
            ("A shopkeeper was shot", "injured", 1, "exact", None),
            ("No one else was injured", "injured", 0, "zero", None),
        ],
        None,
        1,
    ),
    # one outlet, one voice: the lead's count, not a victim named later, is the toll
    "one named victim is one of those counted": (
        "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday. Rashid "
        "Ali died at the hospital; the other two died at the scene.",
        [
            ("Three people were killed", "killed", 3, "exact", None),
            ("Rashid Ali died", "killed", 1, "exact", None),
        ],
        3,
        None,
    ),
    "a document's lead breaks a tie between its own values": (
        "KARACHI: Four people were killed in the clash in Orangi Town on Wednesday. Last "
        "year two people were killed near the same market, police said.",
        [
            ("Four people were killed", "killed", 4, "exact", None),
            ("two people were killed", "killed", 2, "exact", None),
        ],
        4,
        None,
    ),
    # the extractor stores "4 shot" beside "1 dead" as 3 injured
    "people shot already net of the dead are not reduced twice": (
        "KARACHI: 4 shot, 1 dead in the clash in Orangi Town on Wednesday, police said.",
        [("4 shot", "injured", 3, "exact", None), ("1 dead", "killed", 1, "exact", None)],
        1,
        3,
    ),
    "others hurt beside the dead are all the hurt": (
        "KARACHI: One constable was killed and three others were hurt in the clash in Orangi "
        "Town on Wednesday. A shopkeeper was hurt, police said.",
        [
            ("One constable was killed", "killed", 1, "exact", None),
            ("three others were hurt", "injured", 3, "exact", None),
            ("A shopkeeper was hurt", "injured", 1, "exact", None),
        ],
        1,
        3,
    ),
    # a group's count beside one victim told again: the group's count is all that is told
    "a group's count over one victim told again": (
        "KARACHI: Four policemen were wounded in the clash in Orangi Town on Wednesday. The "
        "30-year-old was shot in the thigh, officials said.",
        [
            ("Four policemen were wounded", "injured", 4, "exact", None),
            ("30-year-old was shot", "injured", 1, "exact", None),
        ],
        None,
        4,
    ),
    # those in a condition are some of the hurt, and alive: at least so many injured
    "critical condition is some of those shot": (
        "KARACHI: Four people were shot in the clash in Orangi Town on Wednesday, two "
        "critically injured, police said.",
        [
            ("Four people were shot", "injured", 4, "exact", None),
            ("two critically injured", "injured", 2, "exact", None),
        ],
        None,
        4,
    ),
    "one in critical condition beside one dead is one injured": (
        "KARACHI: One man died in the clash in Orangi Town on Wednesday and he was shot, "
        "police said; one is in critical condition.",
        [
            ("One man died", "killed", 1, "exact", None),
            ("he was shot", "injured", 1, "exact", None),
            ("one is in critical condition", "injured", 1, "exact", None),
        ],
        1,
        1,
    ),
    # "one of" the wounded is some of those counted, not another count of them all
    "one of the wounded is part of the wounded": (
        "KARACHI: Three people were wounded in the clash in Orangi Town on Wednesday. One of "
        "the wounded youths is in critical condition and one of the injured was sent home, "
        "police said.",
        [
            ("Three people were wounded", "injured", 3, "exact", None),
            ("One of the wounded youths is in critical condition", "injured", 1, "exact", None),
            ("one of the injured was sent home", "injured", 1, "exact", None),
        ],
        None,
        3,
    ),
    # the extractor stores a "double shooting" beside one dead as 1 injured
    "a double shooting already net of the dead is not reduced twice": (
        "KARACHI: One man died in a double shooting during the clash in Orangi Town on "
        "Wednesday, police said.",
        [
            ("One man died", "killed", 1, "exact", None),
            ("double shooting", "injured", 1, "exact", None),
        ],
        1,
        1,
    ),
    # the extractor leaves a victim hurt at no one when the dead come off those shot: that
    # zero counts the shot, not the wounded
    "a zero left by taking the dead out of those shot sets no injured figure": (
        "KARACHI: 4 shot, 1 dead in the clash in Orangi Town on Wednesday. The victim was "
        "hospitalized at Civil Hospital, police said.",
        [
            ("4 shot", "injured", 3, "exact", None),
            ("1 dead", "killed", 1, "exact", None),
            ("The victim was hospitalized", "injured", 0, "exact", None),
        ],
        1,
        3,
    ),
    # "others" shot beside the dead are the survivors already
    "others shot beside the dead are not reduced by them": (
        "KARACHI: Two men were killed in the clash in Orangi Town on Wednesday. Four others "
        "were shot, police said.",
        [
            ("Two men were killed", "killed", 2, "exact", None),
            ("Four others were shot", "injured", 4, "exact", None),
        ],
        2,
        4,
    ),
    # with no one dead, those shot are the wounded: one of them wounded is no total
    "people shot with no one dead are the injured": (
        "KARACHI: Five people, including a 13-year-old girl, were shot in the clash in Orangi "
        "Town on Wednesday. One man was wounded in the arm, officials said.",
        [
            ("Five people, including a 13-year-old girl, were shot", "injured", 5, "exact", None),
            ("One man was wounded", "injured", 1, "exact", None),
        ],
        None,
        5,
    ),
    # "17-year-old shot" is one person shot, not 17 with the dead already taken out
    "an age opening a count of people shot": (
        "KARACHI: 17-year-old shot in Orangi Town clash\n\nA 17-year-old boy died in the clash "
        "in Orangi Town on Wednesday, police said.",
        [
            ("17-year-old shot", "injured", 1, "exact", None),
            ("A 17-year-old boy died", "killed", 1, "exact", None),
        ],
        1,
        0,
    ),
    # two values read at one place are one mention, not two against the total's one
    "two values at one place": (
        "KARACHI: The clash in Orangi Town left 4 injured on Wednesday. Two victims injured "
        "in the clash were taken to Civil Hospital, police said.",
        [
            ("4 injured", "injured", 4, "exact", None),
            ("Two victims injured", "injured", 2, "exact", None),
            ("Two victims injured in the clash were taken", "injured", 2, "exact", None),
        ],
        None,
        4,
    ),
    # a bound ("as many as 20") agrees with "14 wounded" but does not lift the figure to 20
    "a bound beside an exact count": (
        "KARACHI: Fourteen people were wounded in the clash in Orangi Town on Wednesday, police "
        "said. A doctor at Civil Hospital put the wounded at as many as 20.",
        [
            ("Fourteen people were wounded", "injured", 14, "exact", None),
            ("as many as 20", "injured", 20, "at_most", None),
        ],
        None,
        14,
    ),
    # "also shot" beside a death: one shot besides the dead, not the dead one again
    "also shot beside the dead": (
        "KARACHI: A 15-year-old boy was killed in the clash in Orangi Town on Wednesday. His "
        "uncle was also shot, police said.",
        [
            ("A 15-year-old boy was killed", "killed", 1, "exact", None),
            ("His uncle was also shot", "injured", 1, "exact", None),
        ],
        1,
        1,
    ),
    # those sent to hospital are some of the hurt: the count of the wounded is the total
    "those sent to hospital beside the wounded": (
        "KARACHI: The clash in Orangi Town on Wednesday sent three people to Civil Hospital, "
        "police said. Four people were wounded in the firing, a doctor said.",
        [
            ("sent three people", "injured", 3, "exact", None),
            ("Four people were wounded", "injured", 4, "exact", None),
        ],
        None,
        4,
    ),
    # struck by gunfire is shot, the dead among them: no one else was hurt
    "people the gunfire struck count the dead": (
        "KARACHI: A gunman opened fire during the clash in Orangi Town on Wednesday, striking "
        "a tea stall owner, who died on the way to the hospital, police said.",
        [
            ("striking a tea stall owner", "injured", 1, "exact", None),
            ("who died", "killed", 1, "exact", None),
        ],
        1,
        0,
    ),
    # the count told again ("the six injured") beside one named victim is the total
    "a count told again over one victim": (
        "KARACHI: Police are searching for the gunmen of the clash at a wedding party in Orangi "
        "Town on Wednesday. Among the six injured was a student, Rashid Ali, who was shot "
        "in the arm.",
        [
            ("the six injured", "injured", 6, "exact", None),
            ("Rashid Ali, who was shot", "injured", 1, "exact", None),
        ],
        None,
        6,
    ),
}


@pytest.mark.parametrize("case", list(ONE_REPORT_TOLLS))
def test_the_best_toll_of_one_report(ledger, case):
    text, figures, killed, injured = ONE_REPORT_TOLLS[case]
    file_story(ledger, clash(text, "dawn.example", figures))
    summary = the_incident(ledger).summary
    if killed is not None:
        assert summary["fatalities"]["best"] == killed
    if injured is not None:
        assert summary["injured"]["best"] == injured


def test_a_death_told_only_deep_in_a_report_of_people_shot_is_background(ledger):
    # The headline and lead count four shot and no one dead; the only death is told far
    # down, of an earlier clash: no death of this incident is reported.
    body = (
        "Residents said the firing began after a dispute over a water connection and went on "
        "for nearly an hour before police arrived. Shopkeepers pulled down their shutters and "
        "the main road to the market stayed closed until late evening. Police said no one had "
        "been arrested by Thursday morning and that officers were still recording the "
        "statements of witnesses. The area has seen repeated clashes between rival groups over "
        "the control of water tankers, and residents have complained for months that the "
        "police do not patrol the lanes behind the market after dark. Community elders met "
        "the station house officer on Thursday and asked for a permanent picket at the "
        "junction. A spokesman for the district administration said the water board would "
        "be asked to restore the supply to the lanes by the end of the week. "
    )
    text = (
        "KARACHI: Four men were shot in the clash in Orangi Town on Wednesday, police said. "
        + body
        + "Ahmed Khan, a shopkeeper, was killed in a clash in the same lane last year."
    )
    assert text.index("Ahmed Khan") > 800
    figures = [
        ("Four men were shot", "injured", 4, "exact", None),
        ("Ahmed Khan, a shopkeeper, was killed", "killed", 1, "exact", None),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    incident = the_incident(ledger)
    assert incident.summary["fatalities"]["best"] is None
    assert incident.summary["injured"]["best"] == 4
    # the analyst is asked, with what the report says of the death
    [question] = [q for q in incident.questions if q.startswith("Did anyone die")]
    assert "Ahmed Khan, a shopkeeper, was killed" in question


def test_a_death_told_deep_in_every_report_of_one_boy_hurt_is_background(ledger):
    # One report's headline counts a boy wounded; the next day's tells the boy fired at
    # without a number (the extractor took the dead off him, leaving none) and, far down
    # in each, a girl killed in the lane last year. That death is another shooting's: no
    # death of this incident is told, and the boy told in the follow-up is the one hurt.
    deep = "Sana Bibi, a 12-year-old girl, was killed in a clash in the same lane last year."
    first = (
        "Boy wounded in Orangi Town clash\n\nKARACHI: A boy was wounded in the clash in "
        "Orangi Town on Wednesday, police said. " + PASSING_BODY + PASSING_BODY + deep
    )
    second = (
        "KARACHI: Police are still looking for the men who fired at a schoolboy in Orangi "
        "Town on Wednesday. " + PASSING_BODY + PASSING_BODY + deep
    )
    assert min(first.index("Sana Bibi"), second.index("Sana Bibi")) > 800
    file_story(
        ledger,
        clash(
            first,
            "dawn.example",
            [
                ("A boy was wounded", "injured", 1, "exact", None),
                ("Sana Bibi, a 12-year-old girl, was killed", "killed", 1, "exact", None),
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            second,
            "tribune.example",
            [
                ("fired at a schoolboy", "injured", 0, "exact", None),
                ("Sana Bibi, a 12-year-old girl, was killed", "killed", 1, "exact", None),
            ],
            published=DAY + dt.timedelta(days=1),
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] is None
    assert summary["injured"]["best"] == 1


def test_a_death_told_deep_of_the_one_person_shot_up_front_is_his(ledger):
    # The lead tells one teenager shot; far down, that he later died: his death, not another.
    text = (
        "KARACHI: A teenager was shot in the clash in Orangi Town on Wednesday, police said. "
        + PASSING_BODY
        + PASSING_BODY
        + "He was taken to Civil Hospital, where he later died."
    )
    assert text.index("he later died") > 800
    figures = [
        ("A teenager was shot", "injured", 1, "exact", None),
        ("he later died", "killed", 1, "exact", None),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 1
    assert summary["injured"]["best"] == 0


def test_one_outlets_partial_count_beside_its_total_keeps_the_total(ledger):
    # Two reports of one outlet: the larger is the whole, the smaller a part of the victims.
    file_story(
        ledger,
        clash(
            "KARACHI: The clash in Orangi Town left 4 injured on Wednesday, police said.",
            "dawn.example",
            [("4 injured", "injured", 4, "exact", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Two victims injured in the clash in Orangi Town on Wednesday were taken to "
            "Civil Hospital, police said.",
            "dawn.example",
            [("Two victims injured", "injured", 2, "exact", None)],
            published=DAY + dt.timedelta(days=1),
        ),
    )
    assert the_incident(ledger).summary["injured"]["best"] == 4


@pytest.mark.parametrize(
    ("later_text", "later_figures", "injured"),
    [
        # the boy in critical condition died since: no floor of one injured left
        (
            "KARACHI: The boy shot in the clash in Orangi Town on Wednesday has died, police "
            "said. The boy was shot in the chest.",
            [
                (
                    "The boy shot in the clash in Orangi Town on Wednesday has died",
                    "killed",
                    1,
                    "exact",
                    None,
                ),
                ("The boy was shot", "injured", 0, "exact", None),
            ],
            0,
        ),
        # the dead were known before: the one in critical condition is still alive and hurt
        (
            "KARACHI: A man was killed in the clash in Orangi Town on Wednesday, officials "
            "said. The man was shot in the chest.",
            [
                ("A man was killed", "killed", 1, "exact", None),
                ("The man was shot", "injured", 0, "exact", None),
            ],
            1,
        ),
    ],
    ids=["died since", "no more dead since"],
)
def test_a_critical_condition_is_a_floor_until_more_deaths_are_reported(
    ledger, later_text, later_figures, injured
):
    first_figures = [("a boy in critical condition", "injured", 1, "exact", None)]
    first_text = (
        "KARACHI: The clash in Orangi Town on Wednesday left a boy in critical condition, "
        "police said."
    )
    if injured:  # the man's death was told on the first day already
        first_text += " A man was killed."
        first_figures.append(("A man was killed", "killed", 1, "exact", None))
    file_story(ledger, clash(first_text, "dawn.example", first_figures))
    file_story(
        ledger,
        clash(later_text, "thenews.example", later_figures, published=DAY + dt.timedelta(days=2)),
    )
    assert the_incident(ledger).summary["injured"]["best"] == injured


LATER = DAY + dt.timedelta(days=1)
# Reports of one victim hurt and of a death: (report, outlet, figures, day) each; best injured.
ONE_HURT_THEN_DEAD = {
    # hurt one day, dead the next: the victim told hurt is the one who died
    "a day later": (
        [
            (
                "KARACHI: 2-year-old injured in Orangi Town clash\n\nA 2-year-old boy was hit by "
                "a stray bullet in the clash in Orangi Town on Wednesday, police said.",
                "dawn.example",
                [("2-year-old injured", "injured", 1, "exact", None)],
                DAY,
            ),
            (
                "KARACHI: The 2-year-old boy hit by a stray bullet in the clash in Orangi Town "
                "on Wednesday has died, his family said.",
                "thenews.example",
                [
                    (
                        "The 2-year-old boy hit by a stray bullet in the clash in Orangi Town "
                        "on Wednesday has died",
                        "killed",
                        1,
                        "exact",
                        None,
                    )
                ],
                LATER,
            ),
        ],
        0,
    ),
    # hurt one day; the next day's report tells only the death, in no words of news
    # ("Student killed in Orangi Town clash"): the only death is told after the only hurt
    "dead in a later report": (
        [
            (
                "KARACHI: Wounded teen found near Orangi Town market\n\nA wounded teenager was "
                "found near the market after the clash in Orangi Town on Wednesday, police said.",
                "dawn.example",
                [("Wounded teen", "injured", 1, "exact", None)],
                DAY,
            ),
            (
                "KARACHI: Student killed in Orangi Town clash\n\nA college student was killed "
                "in the clash in Orangi Town on Wednesday. He was taken to Civil Hospital but "
                "could not be saved, his family said.",
                "thenews.example",
                [("Student killed", "killed", 1, "exact", None)],
                LATER,
            ),
        ],
        0,
    ),
    # one report: "the wounded man ... later died"
    "later in one report": (
        [
            (
                "KARACHI: A shopkeeper was wounded in the clash in Orangi Town on Wednesday. "
                "He was taken to Civil Hospital, where he later died, police said.",
                "dawn.example",
                [
                    ("A shopkeeper was wounded", "injured", 1, "exact", None),
                    ("he later died", "killed", 1, "exact", None),
                ],
                DAY,
            ),
        ],
        0,
    ),
    # the one hurt told one day as a child in grave condition (a group's count, set aside
    # beside the ungrouped ones), the next day dead, and again as taken to hospital in a
    # report of that day: still the one who died
    "told in a group the day before": (
        [
            (
                "KARACHI: Girl in grave condition after Orangi Town clash\n\nA 6-year-old girl "
                "was in grave condition after a stray bullet hit her in the clash in Orangi "
                "Town on Wednesday, police said.",
                "dawn.example",
                [("A 6-year-old girl was in grave condition", "injured", 1, "exact", None)],
                DAY,
            ),
            (
                "KARACHI: 6-year-old dies\n\nThe girl hit by a stray bullet in the clash in "
                "Orangi Town on Wednesday has died, her uncle said.",
                "thenews.example",
                [("6-year-old dies", "killed", 1, "exact", None)],
                LATER,
            ),
            (
                "KARACHI: A girl hit by a stray bullet in the Orangi Town clash on Wednesday "
                "is dead. Her father said Nadia was taken to Civil Hospital that evening.",
                "tribune.example",
                [
                    ("A girl hit by a stray bullet", "killed", 1, "exact", None),
                    ("Nadia was taken to Civil Hospital", "injured", 1, "exact", None),
                ],
                LATER,
            ),
        ],
        0,
    ),
    # the death is told first and the hurt one after it: a second victim
    "told after the death": (
        [
            (
                "KARACHI: Teen dies in Orangi Town clash, child injured\n\nA teenager was "
                "killed and a child hurt in the clash in Orangi Town on Wednesday.",
                "dawn.example",
                [
                    ("Teen dies", "killed", 1, "exact", None),
                    ("child injured", "injured", 1, "exact", None),
                ],
                DAY,
            ),
        ],
        1,
    ),
}


@pytest.mark.parametrize("case", list(ONE_HURT_THEN_DEAD))
def test_one_victim_told_hurt_then_dead_is_not_also_injured(ledger, case):
    reports, injured = ONE_HURT_THEN_DEAD[case]
    for text, outlet, figures, day in reports:
        file_story(ledger, clash(text, outlet, figures, published=day))
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 1
    assert summary["injured"]["best"] == injured


def file_two_dead_five_wounded(ledger) -> None:
    """The first day's report of the Orangi Town clash: two killed, five others wounded."""
    file_story(
        ledger,
        clash(
            "KARACHI: Two people were killed and five others were wounded in the clash in "
            "Orangi Town on Wednesday, police said.",
            "dawn.example",
            [
                ("Two people were killed", "killed", 2, "exact", None),
                ("five others were wounded", "injured", 5, "exact", None),
            ],
        ),
    )


def test_the_wounded_who_died_since_leave_the_injured_count(ledger):
    # Five wounded beside two dead; a day later one of the wounded has died: four wounded.
    file_two_dead_five_wounded(ledger)
    file_story(
        ledger,
        clash(
            "KARACHI: Three people were killed in the clash in Orangi Town on Wednesday: a "
            "33-year-old man wounded in it has died in hospital, police said.",
            "thenews.example",
            [
                ("Three people were killed", "killed", 3, "exact", None),
                ("a 33-year-old man wounded in it has died", "killed", 1, "exact", None),
            ],
            published=LATER,
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 3
    assert summary["injured"]["best"] == 4
    # the values stay as stated
    assert [v["value"] for v in summary["injured"]["values"]] == [5]


def test_a_toll_risen_as_more_bodies_were_found_leaves_the_injured_count(ledger):
    # Two dead and five wounded; a day later "six are now known to have died" after more
    # bodies were found: the dead who came to light were not among the wounded
    file_two_dead_five_wounded(ledger)
    file_story(
        ledger,
        clash(
            "KARACHI: Six people are now known to have died in the clash in Orangi Town on "
            "Wednesday, after rescuers found four more bodies in a burnt house, police said.",
            "thenews.example",
            [("Six people are now known to have died", "killed", 6, "exact", None)],
            published=LATER,
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 6
    assert summary["injured"]["best"] == 5


def test_a_toll_risen_after_some_of_the_wounded_died_leaves_the_injured_count(ledger):
    # Two dead and five wounded; the same day a group claims 20 dead; a day later the toll
    # "rose to 3 after one of the wounded died": four wounded (the death is told after the
    # toll, not in its phrase, and the group's 20 is no toll the five were counted beside)
    file_two_dead_five_wounded(ledger)
    file_story(
        ledger,
        clash(
            "KARACHI: A banned group said in a statement that 20 people were killed in the "
            "clash in Orangi Town on Wednesday.",
            "express.example",
            [("20 people were killed", "killed", 20, "exact", 0)],
            claims=[
                Cl(
                    "A banned group",
                    "said in a statement",
                    "20 people were killed in the clash in Orangi Town on Wednesday",
                    kind="organisation",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The toll from the clash in Orangi Town on Wednesday rose to 3 after one "
            "of the wounded died in hospital, police said.",
            "thenews.example",
            [
                (
                    "The toll from the clash in Orangi Town on Wednesday rose to 3",
                    "killed",
                    3,
                    "exact",
                    None,
                )
            ],
            published=LATER,
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["injured"]["best"] == 4


def four_dead_nine_wounded() -> Story:
    return clash(
        "KARACHI: Four people were killed and nine others were wounded in the clash in "
        "Orangi Town on Wednesday, police said.",
        "dawn.example",
        [
            ("Four people were killed", "killed", 4, "exact", None),
            ("nine others were wounded", "injured", 9, "exact", None),
        ],
    )


def test_fewer_wounded_a_day_later_by_as_many_as_have_died_is_an_update(ledger):
    # 4 dead and 9 wounded; the next day 7 dead and 6 still in hospital: the same 13
    file_story(ledger, four_dead_nine_wounded())
    file_story(
        ledger,
        clash(
            "KARACHI: The toll of Wednesday's clash in Orangi Town has risen to seven after three "
            "of the wounded died in hospital; six others are still being treated, a doctor said.",
            "thenews.example",
            [
                (
                    "toll of Wednesday's clash in Orangi Town has risen to seven",
                    "killed",
                    7,
                    "exact",
                    None,
                ),
                ("six others are still being treated", "injured", 6, "exact", None),
            ],
            published=LATER,
        ),
    )
    assert kinds(ledger) == []  # was a number contradiction, injured 6 against 9
    summary = the_incident(ledger).summary
    assert (summary["fatalities"]["best"], summary["injured"]["best"]) == (7, 6)
    assert [v["value"] for v in summary["injured"]["values"]] == [9, 6]  # as stated


def test_fewer_wounded_a_day_later_than_the_deaths_explain_still_contradicts(ledger):
    file_story(ledger, four_dead_nine_wounded())
    file_story(
        ledger,
        clash(
            "KARACHI: Five people were killed and two were wounded in Wednesday's clash in "
            "Orangi Town, a doctor said.",
            "thenews.example",
            [
                ("Five people were killed", "killed", 5, "exact", None),
                ("two were wounded", "injured", 2, "exact", None),
            ],
            published=LATER,
        ),
    )
    assert "number" in kinds(ledger)


# Sentences of a later report (a funeral, a trial) that state no figure of the clash.
PASSING_BODY = (
    "Hundreds of mourners followed the coffin through the narrow lanes of the market, "
    "where shopkeepers had pulled down their shutters for the day. The family asked the "
    "provincial government to pay the hospital bills of the wounded and to post police at "
    "the junction, and a spokesman for the district administration said the request would "
    "be considered. Elders of the area met the station house officer on Saturday and asked "
    "for a permanent picket behind the market, where residents have complained for months "
    "that no one patrols the lanes after dark. The water board said the supply to the "
    "lanes would be restored by the end of the week. Traders said business had not "
    "recovered since the firing and that many customers now avoid the market after dusk. "
)


def test_a_toll_told_in_passing_by_a_later_article_does_not_count(ledger):
    # The clash's own report: two dead. Ten days later a report of the funeral of another
    # man tells, deep in its text, of four dead (a wrong toll, or another clash's): listed,
    # but the incident's toll stays two.
    file_story(
        ledger,
        clash(
            "KARACHI: Two people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Two people were killed", "killed", 2, "exact", None)],
        ),
    )
    text = (
        "KARACHI: A funeral was held in Orangi Town on Saturday for a shopkeeper of the "
        "market. "
        + PASSING_BODY
        + "Residents recalled the clash in Orangi Town on Wednesday in which four people were "
        "killed. Four people were killed in that clash, a trader said."
    )
    assert text.index("four people were killed") > 800
    file_story(
        ledger,
        clash(
            text,
            "thenews.example",
            [
                ("four people were killed", "killed", 4, "exact", None),
                ("Four people were killed", "killed", 4, "exact", None),
            ],
            published=DAY + dt.timedelta(days=10),
        ),
    )
    fatalities = the_incident(ledger).summary["fatalities"]
    assert fatalities["best"] == 2
    assert sorted(v["value"] for v in fatalities["values"]) == [2, 4, 4]


def next_day_follow_up(published: dt.date) -> Story:
    """The next day's follow-up of the tea-stall clash: the men named in its lead; deep in
    its body, people hurt by the gunmen's car as it fled, told twice (not the firing's toll)."""
    text = (
        "KARACHI: Police on Thursday named the men wounded in the clash at a tea stall in "
        "Orangi Town on Wednesday. "
        + PASSING_BODY
        + "As the gunmen sped off their car struck a rickshaw, hurting three people. A "
        "shopkeeper said three people were hurt and taken to a clinic."
    )
    assert text.index("hurting three people") > 600
    return clash(
        text,
        "thenews.example",
        [
            ("hurting three people", "injured", 3, "exact", None),
            ("three people were hurt", "injured", 3, "exact", None),
        ],
        published=published,
    )


def two_wounded_at_the_tea_stall() -> Story:
    return clash(
        "KARACHI: Two men were wounded in the clash at a tea stall in Orangi Town on "
        "Wednesday, police said.",
        "dawn.example",
        [("Two men were wounded", "injured", 2, "exact", None)],
    )


def test_the_next_days_follow_up_tells_deep_in_passing(ledger):
    # Two wounded in the clash, told the day it happened; the next day's follow-up tells
    # deep in its body, twice, of three hurt by the fleeing car: listed, not the toll (with a
    # day of slack its two mentions outweighed the first report's one).
    file_story(ledger, two_wounded_at_the_tea_stall())
    file_story(ledger, next_day_follow_up(DAY + dt.timedelta(days=1)))
    injured = the_incident(ledger).summary["injured"]
    assert injured["best"] == 2
    assert sorted(v["value"] for v in injured["values"]) == [2, 3, 3]


def test_a_count_told_deep_the_same_day_still_counts(ledger):
    # The same two reports, both of the clash's day: the second is no follow-up yet, and
    # what its body tells twice outweighs the first report's one mention.
    file_story(ledger, two_wounded_at_the_tea_stall())
    file_story(ledger, next_day_follow_up(DAY))
    assert the_incident(ledger).summary["injured"]["best"] == 3


def test_deaths_told_only_in_passing_later_leave_the_toll_unknown(ledger):
    # Four men shot, no one said dead; a month later a report of a trial tells, deep in its
    # text, of four children dead: not this clash's toll, and none of the four shot.
    file_story(
        ledger,
        clash(
            "KARACHI: Four men were shot in the clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [("Four men were shot", "injured", 4, "exact", None)],
        ),
    )
    text = (
        "KARACHI: The trial of two men accused of firing in the clash in Orangi Town on "
        "Wednesday opened on Monday. " + PASSING_BODY + "A lawyer for the families said four "
        "children died in the same lanes the year before."
    )
    assert text.index("four children died") > 800
    file_story(
        ledger,
        clash(
            text,
            "thenews.example",
            [("four children died", "killed", 4, "exact", None)],
            published=DAY + dt.timedelta(days=30),
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] is None
    assert summary["fatalities"]["low"] == 4  # stated, and listed
    assert summary["injured"]["best"] == 4


def test_the_hurt_told_only_in_passing_by_a_trial_report_are_the_incidents(ledger):
    # The day's report counts the two dead and no one hurt; a month later the report of the
    # trial tells, deep in its text, of the two killed and two passers-by wounded. The dead
    # are counted already; the wounded, told by no other report, are this clash's.
    file_story(
        ledger,
        clash(
            "KARACHI: Two men were killed in the clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [("Two men were killed", "killed", 2, "exact", None)],
        ),
    )
    text = (
        "KARACHI: The trial of two men accused of firing in the clash in Orangi Town on "
        "Wednesday opened on Monday. " + PASSING_BODY + "A prosecutor told the court that the "
        "accused had killed two men and wounded two passers-by."
    )
    assert text.index("wounded two passers-by") > 600
    file_story(
        ledger,
        clash(
            text,
            "thenews.example",
            [
                ("killed two men", "killed", 2, "exact", None),
                ("wounded two passers-by", "injured", 2, "exact", None),
            ],
            published=DAY + dt.timedelta(days=30),
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 2
    assert summary["injured"]["best"] == 2


def test_a_death_told_as_news_the_same_day_lifts_the_critical_floor(ledger):
    # One outlet: a boy shot and critically injured; another, that day: the boy dies. The one
    # in critical condition is the one who died, not one more alive and hurt.
    file_story(
        ledger,
        clash(
            "KARACHI: Teen critically injured in Orangi Town clash\n\nA 16-year-old boy was "
            "shot during the clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [
                ("Teen critically injured", "injured", 1, "exact", None),
                ("A 16-year-old boy was shot", "injured", 1, "exact", None),
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Teen dies after Orangi Town clash\n\nThe 16-year-old boy shot in the "
            "clash in Orangi Town on Wednesday died in hospital, his family said.",
            "thenews.example",
            [("Teen dies", "killed", 1, "exact", None)],
        ),
    )
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 1
    assert summary["injured"]["best"] == 0


def year_toll_told_back(opening: str, trigger: str) -> Story:
    """A report a year on, of something else in Orangi Town (`opening`, its event told by
    `trigger`), that tells back the city's toll of that year."""
    return Story(
        f"KARACHI: {opening} in Orangi Town on Sunday. A total of 287 people were killed in "
        "clashes in Orangi Town last year, police said.",
        "thenews.example",
        dt.date(2016, 6, 6),
        events=[
            Ev(
                trigger,
                "Protests",
                "Peaceful protest",
                place=("Orangi Town", KARACHI),
                time=("Sunday", "2016-06-05", "2016-06-05", "day"),
            ),
            Ev(
                "killed in clashes",
                "Battles",
                "Armed clash",
                modality="reference",
                place=("Orangi Town", KARACHI),
                time=("last year", "2015-01-01", "2015-12-31", "year"),
                figures=[("A total of 287 people were killed", "killed", 287, "exact", None)],
            ),
        ],
    )


def test_a_years_total_told_back_is_not_the_incidents_toll(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Two people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Two people were killed", "killed", 2, "exact", None)],
        ),
    )
    # a year on, the city's toll of that year, told back to it
    file_story(ledger, year_toll_told_back("Mourners gathered", "gathered"))
    clash_incident = next(i for i in ledger.incidents() if i.event_type == "Battles")
    assert ledger.incident_articles()[clash_incident.id] == 2  # the reference joined it
    assert clash_incident.summary["fatalities"]["best"] == 2


def test_a_years_total_told_back_takes_no_one_off_those_shot(ledger):
    # The clash's four shot, no one said dead; a later article's year total of deaths, set
    # aside as too vague to be this incident's, is no death among the four either.
    file_story(
        ledger,
        clash(
            "KARACHI: Four men were shot in the clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [("Four men were shot", "injured", 4, "exact", None)],
        ),
    )
    file_story(ledger, year_toll_told_back("Traders closed their shops", "closed their shops"))
    clash_incident = next(i for i in ledger.incidents() if i.event_type == "Battles")
    assert ledger.incident_articles()[clash_incident.id] == 2  # the reference joined it
    assert clash_incident.summary["fatalities"]["best"] is None
    assert clash_incident.summary["injured"]["best"] == 4


# --------------------------------------------------------------------------- claims


def test_a_denial_of_what_another_source_asserts_is_a_polarity_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Residents said Rangers opened fire on a crowd in Orangi Town on Wednesday "
            "during the clash near Qasba Colony.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Residents",
                    "said",
                    "Rangers opened fire on a crowd in Orangi Town on Wednesday",
                    kind="person",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A Rangers spokesman denied that Rangers opened fire on a crowd in Orangi "
            "Town during Wednesday's clash near Qasba Colony.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A Rangers spokesman",
                    "denied",
                    "Rangers opened fire on a crowd in Orangi Town",
                    stance="denies",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (polarity,) = ledger.contradictions()
    assert [side["value"] for side in polarity.sides] == ["asserts", "denies"]
    assert "A Rangers spokesman denies it" in polarity.summary
    assert the_incident(ledger).status == "disputed"


def test_a_denial_that_soldiers_were_among_the_dead_answers_a_claim_of_soldiers_killed(ledger):
    # a phrase in scare quotes is part of its clause, and "among the dead" and "killed" are
    # one word of meaning: the claim and the denial share soldiers and deaths
    file_story(
        ledger,
        clash(
            'KARACHI: A banned group said in a statement that 12 "enemy soldiers" had been '
            "killed in the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl("A banned group", "said in a statement", '12 "enemy soldiers" had been killed')
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The army denied that any soldiers were among the dead of the clash in "
            "Orangi Town on Wednesday.",
            "thenews.example",
            [],
            claims=[
                Cl("The army", "denied", "that any soldiers were among the dead", stance="denies")
            ],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (polarity,) = ledger.contradictions()
    assert "The army denies it" in polarity.summary


def test_an_accusation_answered_in_passing_is_no_contradiction_of_the_incident(ledger):
    # "X accuses Y of Z, which Y denies": one content span, a standing dispute kept as claims.
    file_story(
        ledger,
        clash(
            "KARACHI: Rangers fought gunmen in Orangi Town on Wednesday during the clash near "
            "Qasba Colony. Rights groups have accused the force of killing suspects in custody, "
            "which it denies.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Rights groups",
                    "accused",
                    "the force of killing suspects in custody",
                    stance="alleges",
                ),
                Cl(
                    "it",
                    "denies",
                    "the force of killing suspects in custody",
                    stance="denies",
                    affiliation="Rangers",
                ),
            ],
        ),
    )
    assert kinds(ledger) == []
    assert sorted(c.stance for c in ledger.claims()) == ["alleges", "denies"]


def test_a_court_and_the_army_named_as_ordering_the_raid_is_an_authority_contradiction(ledger):
    raid = {"trigger": "raid"}
    file_story(
        ledger,
        clash(
            "KARACHI: The Rangers said the raid in Orangi Town on Wednesday was ordered by the "
            "Supreme Court, which had sought action against illegal weapons near Qasba Colony.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "The Rangers",
                    "said",
                    "the raid in Orangi Town on Wednesday was ordered by the Supreme Court",
                )
            ],
            **raid,
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A journalist who witnessed Wednesday's raid in Orangi Town suggested it was "
            "carried out on the orders of the Army, not the court, near Qasba Colony.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A journalist",
                    "suggested",
                    "it was carried out on the orders of the Army",
                    kind="person",
                    hedged=True,
                )
            ],
            **raid,
        ),
    )
    assert kinds(ledger) == ["authority"]
    (authority,) = ledger.contradictions()
    assert sorted(side["value"] for side in authority.sides) == ["Army", "Supreme Court"]
    assert the_incident(ledger).questions == [
        "Who ordered the raid? A journalist suggests the Army; The Rangers say the Supreme Court."
    ]


def test_the_forces_fire_against_another_gunman_is_a_responsibility_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Bilal Ahmed, 17, was killed by Rangers fire during the clash in Orangi Town "
            "on Wednesday, his father said.",
            "dawn.example",
            [("Bilal Ahmed, 17, was killed", "killed", 1, "exact", None)],
            actors=[
                ("Rangers", "Pakistan Rangers", "paramilitary", "actor1"),
                ("Bilal Ahmed", "Bilal Ahmed", "civilians", "actor2"),
            ],
            persons=["Bilal Ahmed"],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Bilal Ahmed was killed by a gunman firing from a rooftop during the clash in "
            "Orangi Town on Wednesday, the Rangers said.",
            "thenews.example",
            [("Bilal Ahmed was killed", "killed", 1, "exact", None)],
            actors=[
                ("a gunman", "Unidentified Armed Group (Pakistan)", "militia", "actor1"),
                ("Bilal Ahmed", "Bilal Ahmed", "civilians", "actor2"),
            ],
            persons=["Bilal Ahmed"],
        ),
    )
    assert kinds(ledger) == ["responsibility"]
    question = the_incident(ledger).questions[0]
    assert question.startswith("Who fired the shot that killed Bilal Ahmed? Accounts: ")
    assert "Pakistan Rangers" in question and "Unidentified Armed Group (Pakistan)" in question


def test_guns_laid_beside_the_dead_against_a_denial_of_planting_is_polarity(ledger):
    # "placing pistols beside the bodies" says the guns were planted as "planted" would; the
    # police's denial of planting is opposed by it, and the question says they deny it.
    file_story(
        ledger,
        clash(
            "KARACHI: Families accused the police of placing pistols beside the bodies after the "
            "clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Families",
                    "accused",
                    "the police of placing pistols beside the bodies",
                    stance="alleges",
                    kind="group",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The police denied planting guns on the dead men after the clash in Orangi "
            "Town on Wednesday.",
            "thenews.example",
            [],
            claims=[Cl("The police", "denied", "planting guns on the dead men", stance="denies")],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (question,) = the_incident(ledger).questions
    assert "The police deny “planting guns on the dead men”" in question


def test_an_actor_on_both_sides_of_a_killing_blames_no_one(ledger):
    # "the suspects opened fire on officers and were killed": the suspects are actor1 and
    # actor2 of one killing, which says nothing against the police who killed them.
    file_story(
        ledger,
        clash(
            "KARACHI: Police killed three suspects in a raid in Orangi Town on Wednesday, "
            "residents said.",
            "dawn.example",
            [("Police killed three suspects", "killed", 3, "exact", None)],
            actors=[
                ("Police", "Police Forces of Pakistan", "police", "actor1"),
                ("three suspects", "Civilians (Pakistan)", "civilians", "actor2"),
            ],
            trigger="raid",
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The three suspects opened fire on officers in Orangi Town on Wednesday and "
            "were killed, the police said.",
            "thenews.example",
            [("were killed", "killed", 3, "exact", None)],
            actors=[
                ("The three suspects", "Unidentified Armed Group (Pakistan)", "militia", "actor1"),
                ("suspects", "Unidentified Armed Group (Pakistan)", "militia", "actor2"),
            ],
            trigger="opened fire",
        ),
    )
    assert kinds(ledger) == []


def test_a_denied_clause_against_what_another_source_alleges_is_polarity(ledger):
    # "had not used live ammunition" (its negated clause) against "fired live rounds": live
    # rounds are live ammunition; the spokesperson's two denials are one contradiction.
    file_story(
        ledger,
        clash(
            "KARACHI: Police fired live rounds at protesters during the clash in Orangi Town on "
            "Wednesday, a rights group said.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "a rights group",
                    "said",
                    "Police fired live rounds at protesters during the clash in Orangi Town on "
                    "Wednesday",
                    stance="alleges",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Police spokesperson Sana Baloch said the clash in Orangi Town on Wednesday "
            'was under inquiry and that officers had not used live ammunition. "No officer '
            'used live ammunition," she said.',
            "thenews.example",
            [],
            claims=[
                Cl(
                    "Sana Baloch",
                    "said",
                    "the clash in Orangi Town on Wednesday was under inquiry and that officers "
                    "had not used live ammunition",
                    stance="denies",
                    kind="person",
                    affiliation="Police",
                ),
                Cl(
                    "she",
                    "she said",
                    "No officer used live ammunition",
                    stance="denies",
                    kind="person",
                    affiliation="Police",
                ),
            ],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (polarity,) = ledger.contradictions()
    asserting, denying = polarity.sides
    assert (asserting["value"], len(asserting["claims"])) == ("asserts", 1)
    assert (denying["value"], len(denying["claims"])) == ("denies", 2)
    assert the_incident(ledger).questions == [
        "Is it true? A rights group alleges “Police fired live rounds at protesters during the "
        "clash in Orangi Town on Wednesday”; Sana Baloch says “officers had not used live "
        "ammunition”; She says “No officer used live ammunition”."
    ]


def test_a_speakers_denial_reported_by_two_outlets_is_no_contradiction(ledger):
    # An outlet reporting the Rangers' denial does not assert the opposite.
    reports = (
        ("dawn.example", DAY, "Rangers say no one was killed in Orangi Town clash\n\nKARACHI: "),
        ("thenews.example", DAY + dt.timedelta(days=1), "KARACHI: Residents mourned. "),
    )
    for outlet, published, opening in reports:
        file_story(
            ledger,
            clash(
                f"{opening}The Rangers have said no one was killed in the clash in Orangi Town "
                "on Wednesday.",
                outlet,
                [("no one was killed in the clash", "killed", 0, "zero", 0)],
                claims=[
                    Cl(
                        "The Rangers",
                        "have said",
                        "no one was killed in the clash in Orangi Town on Wednesday",
                        stance="denies",
                    )
                ],
                published=published,
            ),
        )
    assert kinds(ledger) == []
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["best"], fatalities["status"]) == (0, "single_source")


def test_a_denied_link_to_another_event_is_no_contradiction(ledger):
    # The extractor reads "not linked" as a denied clash; it denies a link, not the clash.
    file_story(
        ledger,
        clash(
            "KARACHI: Rangers and gunmen fought a clash in Orangi Town on Wednesday near Qasba "
            "Colony, residents said.",
            "dawn.example",
            [],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Police said the clash in Orangi Town on Wednesday was not linked to "
            "Monday's killing of a trader near Qasba Colony.",
            "thenews.example",
            [],
            modality="denied",
            claims=[
                Cl(
                    "Police",
                    "said",
                    "the clash in Orangi Town on Wednesday was not linked to Monday's killing of "
                    "a trader near Qasba Colony",
                    stance="denies",
                )
            ],
        ),
    )
    assert kinds(ledger) == []


def test_a_negated_remark_sharing_a_word_or_two_is_no_polarity_contradiction(ledger):
    file_story(
        ledger,
        clash(
            'KARACHI: "We need to provide the safety these people deserve," a councillor said '
            "after the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "a councillor",
                    "said",
                    "We need to provide the safety these people deserve",
                    kind="person",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            'KARACHI: "Nothing matters more to us as a force than the safety of our people," '
            "the Rangers said after the clash in Orangi Town on Wednesday.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "the Rangers",
                    "said",
                    "Nothing matters more to us as a force than the safety of our people",
                    stance="denies",
                )
            ],
        ),
    )
    assert kinds(ledger) == []


def test_a_denial_that_says_who_fired_instead_is_a_responsibility_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Gunmen fired at the police as soon as the team entered the lane, SSP Farhan "
            "Baig said of the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Farhan Baig",
                    "said",
                    "Gunmen fired at the police as soon as the team entered the lane",
                    kind="person",
                    affiliation="police",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            'KARACHI: A shopkeeper who saw the clash in Orangi Town on Wednesday said: "Nobody '
            'fired at the police. They came in and started shooting."',
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A shopkeeper",
                    "said",
                    "Nobody fired at the police. They came in and started shooting.",
                    stance="denies",
                    kind="anonymous",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["responsibility"]
    assert the_incident(ledger).questions == [
        "Who is responsible? Farhan Baig says “Gunmen fired at the police as soon as the team "
        "entered the lane”; A shopkeeper says “Nobody fired at the police”."
    ]


def test_weapons_said_to_be_planted_is_a_responsibility_contradiction(ledger):
    file_story(
        ledger,
        clash(
            'KARACHI: "We recovered weapons stolen from NATO containers," a Rangers spokesman '
            "said after the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "a Rangers spokesman",
                    "said",
                    "We recovered weapons stolen from NATO containers",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The party chief said the weapons had been planted by the Rangers to malign "
            "the party after the clash in Orangi Town on Wednesday.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "The party chief",
                    "said",
                    "the weapons had been planted by the Rangers to malign the party",
                    stance="alleges",
                    kind="person",
                    affiliation="JSM",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["responsibility"]
    (responsibility,) = ledger.contradictions()
    assert [len(side["claims"]) for side in responsibility.sides] == [1, 1]


def test_a_bomb_planted_is_the_attack_not_evidence_said_to_be_planted(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Five people were killed when a bomb planted on a motorcycle exploded near "
            "the clash in Orangi Town on Wednesday, police said. The Sindh Liberation Front "
            'called the attack an act of "enemies of the people".',
            "dawn.example",
            [],
            claims=[
                Cl(
                    "police",
                    "said",
                    "Five people were killed when a bomb planted on a motorcycle exploded near "
                    "the clash in Orangi Town on Wednesday",
                ),
                Cl(
                    "The Sindh Liberation Front",
                    "called",
                    'the attack an act of "enemies of the people"',
                    kind="organisation",
                ),
            ],
        ),
    )
    # was "The Sindh Liberation Front asserts it ...; police dispute it": police 'disowned'
    # the people of the bombing, as if they were evidence made up
    assert kinds(ledger) == []


def test_a_confession_against_a_denial_of_the_order_is_a_responsibility_contradiction(ledger):
    file_story(
        ledger,
        clash(
            'KARACHI: "I killed people on the orders of the party," the suspect arrested after '
            "the clash in Orangi Town on Wednesday said in his confession.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "the suspect",
                    "said in his confession",
                    "I killed people on the orders of the party",
                    stance="confesses",
                    kind="anonymous",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            'KARACHI: "I have never ordered a killing," the party chief said of the confession '
            "after the clash in Orangi Town on Wednesday.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "the party chief",
                    "said",
                    "I have never ordered a killing",
                    stance="denies",
                    kind="person",
                    affiliation="JSM",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["responsibility"]


# The defence lawyer's word against the raid's court order (two authority tests)
NO_COURT_ORDER = clash(
    'KARACHI: "There was no court order for this raid," defence lawyer Rubina Kazmi '
    "told the court on Wednesday, of the raid in Orangi Town.",
    "thenews.example",
    [],
    claims=[
        Cl(
            "Rubina Kazmi",
            "told",
            "There was no court order for this raid",
            stance="denies",
            kind="person",
        )
    ],
    trigger="raid",
)


def test_an_authority_question_gives_each_voice_once(ledger):
    raid = {"trigger": "raid"}
    spokesman = {"kind": "person", "affiliation": "Rangers"}
    file_story(
        ledger,
        clash(
            "KARACHI: Colonel Tariq Bashir said the raid in Orangi Town on Wednesday was ordered "
            "by an anti-terrorism court. Bashir suggested the raid was ordered by the court.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Colonel Tariq Bashir",
                    "said",
                    "the raid in Orangi Town on Wednesday was ordered by an anti-terrorism court",
                    **spokesman,
                ),
                Cl(
                    "Colonel Tariq Bashir",
                    "suggested",
                    "the raid was ordered by the court",
                    hedged=True,
                    **spokesman,
                ),
            ],
            **raid,
        ),
    )
    file_story(ledger, NO_COURT_ORDER)
    assert the_incident(ledger).questions == [
        "Who ordered the raid? Colonel Tariq Bashir says the anti-terrorism court; "
        "Rubina Kazmi says no court ordered it."
    ]


def test_a_court_order_against_no_court_order_is_an_authority_contradiction(ledger):
    raid = {"trigger": "raid"}
    file_story(
        ledger,
        clash(
            "KARACHI: Colonel Tariq Bashir said the raid in Orangi Town on Wednesday was carried "
            "out on the orders of the court, after an anti-terrorism court issued warrants.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Colonel Tariq Bashir",
                    "said",
                    "the raid in Orangi Town on Wednesday was carried out on the orders of the "
                    "court, after an anti-terrorism court issued warrants",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
            **raid,
        ),
    )
    file_story(ledger, NO_COURT_ORDER)
    assert kinds(ledger) == ["authority"]
    (authority,) = ledger.contradictions()
    assert [side["value"] for side in authority.sides] == ["court", "no order of the court"]
    assert the_incident(ledger).questions == [
        "Who ordered the raid? Colonel Tariq Bashir says the court; Rubina Kazmi says no court "
        "ordered it."
    ]


def test_a_gunman_and_a_named_man_are_no_responsibility_contradiction(ledger):
    # Two accounts that blame no security force may name one shooter twice.
    for outlet, text, phrase, name in (
        (
            "dawn.example",
            "KARACHI: Bilal Ahmed, 17, was killed by Zahid Khan during the clash in Orangi Town "
            "on Wednesday, his father said.",
            "Zahid Khan",
            "Zahid Khan",
        ),
        (
            "thenews.example",
            "KARACHI: Bilal Ahmed was killed by a gunman firing from a rooftop during the clash "
            "in Orangi Town on Wednesday, the Rangers said.",
            "a gunman",
            "Unidentified Armed Group (Pakistan)",
        ),
    ):
        file_story(
            ledger,
            clash(
                text,
                outlet,
                [("Bilal Ahmed", "killed", 1, "exact", None)],
                actors=[(phrase, name, "militia", "actor1")],
                persons=["Bilal Ahmed"],
            ),
        )
    assert kinds(ledger) == []


def test_it_happened_against_it_did_not_is_an_occurrence_contradiction(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Rangers and gunmen fought a two-hour clash in Orangi Town on Wednesday near "
            "Qasba Colony, residents said.",
            "dawn.example",
            [],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The police denied any clash took place in Orangi Town on Wednesday "
            "near Qasba "
            "Colony, calling the reports baseless.",
            "thenews.example",
            [],
            modality="denied",
            claims=[
                Cl(
                    "The police",
                    "denied",
                    "any clash took place in Orangi Town on Wednesday",
                    stance="denies",
                )
            ],
        ),
    )
    assert kinds(ledger) == ["occurrence"]
    incident = the_incident(ledger)
    assert incident.modality == "occurred" and incident.status == "disputed"
    assert incident.questions[0].startswith("Did the clash happen at all?")


def test_a_denied_killing_in_the_clash_is_a_number_not_an_occurrence(ledger):
    # "No one was killed" denies a killing inside the clash, not the clash itself.
    file_story(
        ledger,
        clash(
            "KARACHI: One man was killed in the clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [("One man was killed", "killed", 1, "exact", None)],
        ),
    )
    text = (
        "KARACHI: Rangers fought gunmen in a clash in Orangi Town on Wednesday. The Rangers "
        "said no one was killed."
    )
    file_story(
        ledger,
        Story(
            text,
            "thenews.example",
            DAY,
            events=[
                Ev(
                    "clash",
                    "Battles",
                    "Armed clash",
                    place=("Orangi Town", KARACHI),
                    time=WHEN[:1] + WHEN[1:],
                ),
                Ev(
                    "killed",
                    modality="denied",
                    figures=[("no one was killed", "killed", 0, "zero", 0)],
                ),
            ],
            claims=[Cl("The Rangers", "said", "no one was killed", stance="denies", event=1)],
        ),
    )
    assert kinds(ledger) == ["number"]


def test_no_arrests_made_is_a_count_not_a_denial_of_the_arrests(ledger):
    arrests = {"trigger": "arrested"}
    file_story(
        ledger,
        clash(
            "KARACHI: Police arrested three men after the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            **arrests,
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: After the clash in Orangi Town on Wednesday, no arrests were made, police "
            "said.",
            "thenews.example",
            [],
            modality="denied",
            trigger="arrests",
        ),
    )
    assert kinds(ledger) == []


def at_orangi(trigger: str, kind: tuple[str, str], time, figure, **kw) -> Ev:
    """An event at Orangi Town with one figure."""
    return Ev(trigger, *kind, place=("Orangi Town", KARACHI), time=time, figures=[figure], **kw)


CLASH = ("Battles", "Armed clash")
ARRESTS = ("Strategic developments", "Arrests")


def test_arrests_told_of_days_a_week_apart_are_two_acts_not_two_counts(ledger):
    four_killed = ("people were killed", "killed", 4, "exact", None)
    file_story(
        ledger,
        Story(
            "KARACHI: Four people were killed in the clash in Orangi Town on Wednesday. Police "
            "arrested three suspects on Thursday.",
            "dawn.example",
            DAY,
            events=[
                at_orangi("clash", CLASH, WHEN, four_killed),
                at_orangi(
                    "arrested",
                    ARRESTS,
                    ("Thursday", "2015-06-04", "2015-06-04", "day"),
                    ("arrested three suspects", "arrested", 3, "exact", None),
                ),
            ],
        ),
    )
    file_story(
        ledger,
        Story(
            "KARACHI: Police arrested a man on Tuesday suspected of planning last week's clash "
            "in Orangi Town, in which four people were killed.",
            "thenews.example",
            DAY + dt.timedelta(days=6),
            events=[
                at_orangi(
                    "arrested",
                    ARRESTS,
                    ("Tuesday", "2015-06-09", "2015-06-09", "day"),
                    ("arrested a man", "arrested", 1, "exact", None),
                ),
                at_orangi(
                    "clash",
                    CLASH,
                    ("last week", "2015-06-01", "2015-06-07", "week"),
                    four_killed,
                    modality="reference",
                ),
            ],
        ),
    )
    assert len(ledger.incidents()) == 1
    assert kinds(ledger) == []  # was arrested 1 against arrested 3


def test_a_protest_beside_a_raid_keeps_its_figures_to_itself(ledger):
    # "no arrests were made" at the workers' protest outside the court is not a count of
    # those the raid detained: no 0 against 27
    raid_place = ("Azizabad", KARACHI)
    file_story(
        ledger,
        Story(
            "KARACHI: Rangers raided the party headquarters in Azizabad on Wednesday, detaining "
            "at least 27 people.",
            "dawn.example",
            DAY,
            events=[
                Ev(
                    "raided",
                    "Strategic developments",
                    "Arrests",
                    place=raid_place,
                    time=WHEN,
                    figures=[("detaining at least 27 people", "arrested", 27, "at_least", None)],
                )
            ],
        ),
    )
    file_story(
        ledger,
        Story(
            "KARACHI: Rangers raided the party headquarters in Azizabad on Wednesday. Outside "
            "the court, party workers chanted slogans; police kept them behind a barricade and "
            "no arrests were made.",
            "thenews.example",
            DAY,
            events=[
                Ev("raided", "Strategic developments", "Arrests", place=raid_place, time=WHEN),
                Ev(
                    "chanted",
                    "Protests",
                    "Peaceful protest",
                    figures=[("no arrests were made", "arrested", 0, "zero", None)],
                ),
            ],
        ),
    )
    incident = the_incident(ledger)
    arrested = incident.summary["arrested"]
    assert [v["value"] for v in arrested["values"]] == [27]
    assert arrested["best"] == 27
    assert kinds(ledger) == []


def test_a_denied_event_given_a_toll_is_no_occurrence_contradiction(ledger):
    # The negation is about the information, not the clash the report gives a toll for.
    file_story(
        ledger,
        clash(
            "KARACHI: Rangers and gunmen fought a clash in Orangi Town on Wednesday near Qasba "
            "Colony, residents said.",
            "dawn.example",
            [],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Police are not releasing any information about the clash in Orangi Town on "
            "Wednesday in which one man was killed.",
            "thenews.example",
            [("one man was killed", "killed", 1, "exact", None)],
            modality="denied",
        ),
    )
    assert kinds(ledger) == []


# --------------------------------------------------------------------------- independence


FOUR_KILLED = (
    "KARACHI: Four people were killed in the clash between Rangers and gunmen in Orangi Town "
    "on Wednesday, hospital officials said, as shops near Qasba Colony stayed shut."
)


def test_a_wire_copy_counts_once(ledger):
    figure = [("Four people were killed", "killed", 4, "exact", None)]
    file_story(ledger, clash(FOUR_KILLED, "app-wire.example", figure))
    file_story(
        ledger,
        clash(FOUR_KILLED.replace("stayed shut", "remained shut"), "reprint.example", figure),
    )
    incident = the_incident(ledger)
    assert ledger.incident_articles()[incident.id] == 2
    assert incident.summary["fatalities"]["status"] == "single_source"
    assert incident.status == "single_source"
    file_story(
        ledger,
        clash(
            "KARACHI: Four people died in Wednesday's clash in Orangi Town near Qasba Colony, "
            "according to Edhi volunteers.",
            "thenews.example",
            [("Four people died", "killed", 4, "exact", None)],
        ),
    )
    incident = the_incident(ledger)
    assert incident.summary["fatalities"]["status"] == "corroborated"
    assert incident.status == "corroborated"


def test_a_wire_copy_is_not_listed_beside_its_original(ledger):
    wire = (
        "KARACHI: A Rangers spokesman said some of the weapons seized after the clash in Orangi "
        "Town on Wednesday had been stolen from NATO containers. The governments of Pakistan and "
        "the United States have long denied that any weapons went missing from the containers."
    )
    claims = [
        Cl(
            "A Rangers spokesman",
            "said",
            "some of the weapons seized after the clash in Orangi Town on Wednesday had been "
            "stolen from NATO containers",
            kind="person",
            affiliation="Rangers",
        ),
        Cl(
            "The governments of Pakistan and the United States",
            "have long denied",
            "that any weapons went missing from the containers",
            stance="denies",
            event=None,
        ),
    ]
    original = file_story(ledger, clash(wire, "app-wire.example", [], claims=claims))
    copy = file_story(
        ledger,
        clash(
            wire.replace("long denied", "always denied").replace(
                "have long denied", "have always denied"
            ),
            "reprint.example",
            [],
            claims=[
                claims[0],
                Cl(
                    claims[1].speaker,
                    "have always denied",
                    claims[1].content,
                    stance="denies",
                    event=None,
                ),
            ],
        ),
    )
    assert kinds(ledger) == ["polarity"]
    (polarity,) = ledger.contradictions()
    with ledger.session() as session:
        documents = {
            session.get(Claim, claim).document_id
            for side in polarity.sides
            for claim in side["claims"]
        }
    assert documents == {original} and copy != original


def test_a_party_and_its_own_media_count_once(ledger):
    assert outlet_affiliations()["mqm.org"] == "MQM"
    file_story(
        ledger,
        clash(
            "KARACHI: Four party workers were killed in the clash in Orangi Town on Wednesday, an "
            "MQM spokesman said, blaming the Rangers.",
            "dawn.example",
            [("Four party workers were killed", "killed", 4, "exact", 0)],
            claims=[
                Cl(
                    "an MQM spokesman",
                    "said",
                    "Four party workers were killed in the clash in Orangi Town on Wednesday",
                    kind="person",
                    affiliation="Muttahida Qaumi Movement",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "Four of our workers were martyred in Orangi Town on Wednesday in the clash near Qasba "
            "Colony.",
            "mqm.org",
            [("Four of our workers were martyred", "killed", 4, "exact", None)],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"
    # An outlet's owner recorded in the ledger works the same way.
    with ledger.session() as session, session.begin():
        session.add(Outlet(name="party-tv.example", affiliation="MQM"))
    file_story(
        ledger,
        clash(
            "Four MQM workers were killed in Orangi Town on Wednesday in the clash near Qasba "
            "Colony.",
            "party-tv.example",
            [("Four MQM workers were killed", "killed", 4, "exact", None)],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"


def test_an_unnamed_officer_speaks_for_the_police(ledger):
    figure = [("Four people were killed", "killed", 4, "exact", 0)]
    file_story(
        ledger,
        clash(
            "KARACHI: Four people were killed in the clash in Orangi Town on Wednesday, a senior "
            "police officer said.",
            "dawn.example",
            figure,
            claims=[
                Cl(
                    "a senior police officer",
                    "said",
                    "Four people were killed in the clash in Orangi Town on Wednesday",
                    kind="anonymous",
                    affiliation="police",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Four people were killed in Wednesday's clash in Orangi Town near Qasba "
            "Colony, police said.",
            "thenews.example",
            figure,
            claims=[
                Cl("police", "said", "Four people were killed in Wednesday's clash in Orangi Town")
            ],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"


def test_one_person_named_with_and_without_his_force_is_one_source(ledger):
    figure = [("Four people were killed", "killed", 4, "exact", 0)]
    file_story(
        ledger,
        clash(
            "KARACHI: Four people were killed in the clash in Orangi Town on Wednesday, Rangers "
            "spokesman Tariq Bashir said.",
            "dawn.example",
            figure,
            claims=[
                Cl(
                    "Tariq Bashir",
                    "said",
                    "Four people were killed in the clash in Orangi Town on Wednesday",
                    kind="person",
                    affiliation="Rangers",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Four people were killed in Wednesday's clash in Orangi Town near Qasba "
            "Colony, Bashir told reporters.",
            "thenews.example",
            figure,
            claims=[
                Cl(
                    "Bashir",
                    "told",
                    "Four people were killed in Wednesday's clash in Orangi Town",
                    kind="person",
                )
            ],
        ),
    )
    assert the_incident(ledger).summary["fatalities"]["status"] == "single_source"


def test_the_export_of_an_assessed_incident_follows_the_schema(ledger):
    test_none_killed_against_one_killed_is_a_number_contradiction(ledger)
    data = json.loads(ledger.export("json"))
    jsonschema.validate(data, export_schema())
    (incident,) = data["incidents"]
    assert len(incident["reports"]) == 2
    value = next(v for v in incident["fatalities"]["values"] if v["value"] == 0)
    (evidence,) = value["evidence"]
    document = next(d for d in data["documents"] if d["id"] == value["document"])
    assert document["text"][evidence["start"] : evidence["end"]] == "No one was killed"
    assert data["contradictions"][0]["incident"] == incident["id"]


def test_outlet_affiliations_parse_without_duplicates():
    from importlib import resources

    text = resources.files("corroborate.assess").joinpath("outlet_affiliations.tsv")
    lines = [line for line in text.read_text("utf-8").splitlines()[2:] if line]
    outlets = [line.split("\t")[0].lower() for line in lines]
    assert len(outlets) == len(set(outlets)) == len(outlet_affiliations())


def test_the_examples_contradictions_meet_their_floor():
    # The bundled reports through the whole pipeline against gold.json (evaluate fixtures).
    from corroborate.evaluate.fixtures import evaluate_fixtures

    figures = evaluate_fixtures()
    assert figures["contradiction_precision"] >= 0.8, figures["report"]
    assert figures["contradiction_recall"] >= 0.8, figures["report"]
    assert figures["non_contradictions_flagged"] == 0, figures["report"]


# --------------------------------------------------------------------------- best of several


def reported(text: str, value: int, qualifier: str, document: str, day: int, source: str):
    """One injured value of a fictional report, as assessment reads it from the ledger."""
    from corroborate.assess.figures import Reported
    from corroborate.model import Document, Event, Figure

    return Reported(
        figure=Figure(
            id=f"{document}-{value}-{qualifier}",
            kind="injured",
            value=value,
            low=value,
            high=None if qualifier == "at_least" else value,
            qualifier=qualifier,
            start=0,
            end=len(text),
        ),
        event=Event(modality="occurred", incident_id=None),
        document=Document(id=document, published=DAY + dt.timedelta(days=day), text=text),
        claim=None,
        source=source,
    )


@pytest.mark.parametrize(("stance", "best"), [(None, 5), ("alleges", 4)])
def test_the_dead_of_killings_someone_is_accused_of_are_dead(stance, best):
    """A day after "Four men were killed in a shooting at a house in Orangi Town", a report
    that "Police arrested a man in the five killings at the house" tells its act as alleged of
    him (modality alleged), but not the deaths: its five, in the reporter's words, updates the
    toll. A spokesman's allegation of a toll is still no credible count beside the reports'."""
    from corroborate.assess.figures import best_of
    from corroborate.model import Claim, Modality

    first = reported("Four men were killed", 4, "exact", "a", 0, "outlet a")
    later = reported("the five killings", 5, "exact", "b", 1, "outlet b")
    for value in (first, later):
        value.figure.kind = "killed"
        value.figure.text = value.document.text
    later.event.modality = Modality.ALLEGED.value
    if stance is not None:
        later = dataclasses.replace(
            later, claim=Claim(id="c", speaker_name="a spokesman", stance=stance, hedged=False)
        )
    assert best_of([first, later], lambda kind: [])[1] == best


def test_a_count_in_a_reports_fourth_paragraph_beside_its_lead_toll_is_another_shooting():
    """Two men wounded when gunmen fired on a tea stall, in the lead; some 650 characters in,
    after the police's account, "four people were wounded at a wedding in the same lane in
    March ... four were hurt by one burst": the body's count, told twice, is the earlier
    shooting, not the toll."""
    from corroborate.assess.figures import best_of

    lead = reported("Two men were wounded", 2, "exact", "a", 0, "outlet a")
    body = [
        reported(text, 4, "exact", "a", 0, "outlet a")
        for text in ("four people were wounded", "four were hurt")
    ]
    for value, start in zip(body, (650, 720), strict=True):
        value.figure.text = value.document.text  # whom a count counts is read from its words
        value.figure.start = start
        value.figure.id += str(start)
    lead.figure.text = lead.document.text
    body = [dataclasses.replace(v, document=lead.document) for v in body]
    assert best_of([lead, *body], lambda kind: [])[1] == 2


def test_a_count_of_a_part_does_not_join_two_counts_that_disagree():
    # "four suspects" fits any larger count, but "around 20" and "over 60" still disagree
    from corroborate.assess.contradictions import number_contradictions
    from corroborate.assess.figures import conflicting

    values = [
        reported("injuring around 20 people", 20, "about", "a", 0, "outlet a"),
        reported("injuring over 60 people", 60, "at_least", "b", 0, "outlet b"),
        reported("four suspects injured", 4, "exact", "c", 0, "outlet c"),
    ]
    for value in values:
        value.figure.text = value.document.text  # whom a count counts is read from its words
    groups = conflicting(values)
    assert len(groups) == 2
    assert not any({20, 60} <= {v.point for v in g} for g in groups)
    # and the part is no side's number
    (found,) = number_contradictions({"injured": values})
    assert found.summary == (
        "Accounts of how many were injured differ: "
        "injured about 20 (the report a) vs injured at least 60 (the report b)"
    )
    # and with no count of the whole beside them, counts of parts agree
    parts = [
        reported("three officers injured", 3, "exact", "a", 0, "outlet a"),
        reported("two bystanders injured", 2, "exact", "b", 0, "outlet b"),
    ]
    for value in parts:
        value.figure.text = value.document.text
    assert conflicting(parts) == []


def test_exact_numbers_an_open_value_fits_are_weighed_apart():
    # "at least three" fits 3 and 19 alike; 3 has more outlets behind it than 19
    from corroborate.assess.figures import best_of

    values = [
        reported("3 injured", 3, "exact", "a", 0, "outlet a"),
        reported("three people were hurt", 3, "exact", "b", 0, "outlet b"),
        reported("at least three others hurt", 3, "at_least", "c", 0, "outlet c"),
        reported("19 injured", 19, "exact", "d", 0, "outlet d"),
    ]
    assert best_of(values) == (3, 3, 19)


def test_an_open_count_does_not_bridge_two_exact_tolls_that_disagree():
    # "at least 19" fits 19 and 27 alike: it goes with the 19 it states, and 19 against 27
    # stays a dispute of three sides with "at least 27" beside the 27 (not one side of all)
    from corroborate.assess.contradictions import number_contradictions
    from corroborate.assess.figures import conflicting

    values = [
        reported("19 people died", 19, "exact", "a", 0, "outlet a"),
        reported("left at least 19 people dead", 19, "at_least", "b", 0, "outlet b"),
        reported("27 were killed", 27, "exact", "c", 0, "outlet c"),
        reported("at least 27 were killed", 27, "at_least", "d", 0, "outlet d"),
    ]
    groups = conflicting(values)
    assert [sorted((v.point, v.figure.qualifier) for v in g) for g in groups] == [
        [(19, "at_least"), (19, "exact")],
        [(27, "at_least"), (27, "exact")],
    ]
    (found,) = number_contradictions({"killed": values})
    assert " vs " in found.summary


def test_an_open_count_joins_no_group_through_another_open_count():
    # "at least 40" fits neither 19 nor 27: it does not join the 19s through "at least 19"
    from corroborate.assess.figures import agreeing_groups

    values = [
        reported("19 people died", 19, "exact", "a", 0, "outlet a"),
        reported("left at least 19 people dead", 19, "at_least", "b", 0, "outlet b"),
        reported("27 were killed", 27, "exact", "c", 0, "outlet c"),
        reported("at least 40 were killed", 40, "at_least", "d", 0, "outlet d"),
    ]
    groups = agreeing_groups(values)
    assert [sorted(v.point for v in g) for g in groups] == [[19, 19], [27], [40]]


def test_a_later_report_still_stating_the_number_does_not_update_it():
    # the next day's story says "3 wounded" too: its "19 injured" counts something else
    from corroborate.assess.figures import current

    first = reported("3 injured", 3, "exact", "a", 0, "outlet a")
    again = reported("3 wounded", 3, "exact", "b", 1, "outlet b")
    other = reported("19 injured", 19, "exact", "b", 1, "outlet b")
    assert current([first, again, other]) == [first, again, other]
    # a larger number alone the next day is an update
    assert current([first, other]) == [other]


def test_a_later_reports_count_of_some_of_the_hurt_does_not_hold_back_its_update():
    # the next day's story says four were wounded, "three of them in stable condition": its
    # three are some of its four, not the day before's count told again, so the four update
    # "3 wounded" (the three had kept the old count current, and the conservative 3 best)
    from corroborate.assess.figures import best_of, current

    first = reported("3 wounded", 3, "exact", "a", 0, "outlet a")
    total = reported("four men were wounded", 4, "exact", "b", 1, "outlet b")
    some = reported("three of them in stable condition", 3, "exact", "b", 1, "outlet b")
    for value in (first, total, some):
        value.figure.text = value.document.text  # whom it counts is read from its phrase
    assert current([first, total, some]) == [total, some]
    assert best_of([first, total, some])[1] == 4


def test_speakers_named_in_the_plural_take_a_plural_verb():
    from corroborate.assess.contradictions import _plural

    plural = [
        "governments",
        "party officials",
        "Rangers",
        "the Rangers",
        "Police",
        "Human rights groups",
        "governments of Pakistan and the United States",
        "Parents",  # sentence-initial: "Parents told the Sentinel that a ransom was paid"
        "Witnesses",
        "Colleagues of Ramírez",  # a lone common noun before "of", capitalised as it opens
        "Relatives of the victims",
    ]
    singular = [
        "Human Rights Forum of Sindh",
        "Ministry of Defence",
        "Jones",
        "A Rangers spokesman",
        "Daily Harbour Times",
        "Haki Watch",
        "Tariq Bashir",
        "the press",
    ]
    assert [_plural(n) for n in plural] == [True] * len(plural)
    assert [_plural(n) for n in singular] == [False] * len(singular)


def test_a_side_of_several_voices_takes_a_plural_verb():
    from corroborate.assess.contradictions import _voiced

    assert _voiced(["Haki Watch"], "asserts") == "Haki Watch asserts"
    # one voice spelt twice, or by its initials beside its name, is one voice
    assert _voiced(["Police", "police"], "asserts") == "Police assert"
    assert (
        _voiced(["JIT", "joint investigation team", "the report in Daily Harbour Times"], "asserts")
        == "joint investigation team; the report in Daily Harbour Times assert"
    )
    assert (
        _voiced(["Faisal Ahmed", "Tariq Bashir"], "asserts") == "Faisal Ahmed; Tariq Bashir assert"
    )
    assert (
        _voiced(["governments of Pakistan and the United States"], "denies")
        == "governments of Pakistan and the United States deny"
    )


def test_a_denial_that_echoes_its_clause_is_quoted_with_it(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: Police said the killings were carried out on the orders of party leader "
            "Haroon Siddiqui, in the clash in Orangi Town on Wednesday.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "Police",
                    "said",
                    "the killings were carried out on the orders of party leader Haroon Siddiqui",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: Of the clash on Wednesday, party chief Altamash Rizvi said: I have never "
            "ordered a killing in Orangi Town, and neither has Haroon Siddiqui.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "Altamash Rizvi",
                    "said",
                    "I have never ordered a killing in Orangi Town, "
                    "and neither has Haroon Siddiqui",
                    stance="denies",
                    kind="person",
                )
            ],
        ),
    )
    quoted = [q for q in the_incident(ledger).questions if "neither" in q]
    assert quoted and all(
        "“I have never ordered a killing in Orangi Town, and neither has Haroon Siddiqui”" in q
        for q in quoted
    )


def test_a_clause_split_off_before_its_and_is_quoted_without_it():
    from corroborate.assess.contradictions import clauses

    found = clauses('"I never ordered any killing, and neither did the party chief," he said')
    assert [c.text for c in found][:2] == [
        "I never ordered any killing",
        "neither did the party chief",
    ]
    assert all(c.negated for c in found[:2])


def test_counts_told_deep_in_a_report_whose_lead_states_the_toll_are_not_counted(ledger):
    # The lead says two were killed; far down, the report recalls an earlier clash in the same
    # lane and its three dead, twice: another incident's toll, not this one's.
    text = (
        "KARACHI: Two men were killed in the clash in Orangi Town on Wednesday, police said. "
        + PASSING_BODY
        + PASSING_BODY
        + "Residents recalled that three people were killed in a clash in the same lane in "
        "March. Police said three people were killed in that clash by the same gang."
    )
    assert text.index("Residents recalled") > 800
    figures = [
        ("Two men were killed", "killed", 2, "exact", None),
        ("three people were killed", "killed", 3, "exact", None),
        ("three people were killed in that", "killed", 3, "exact", None),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 2
    # every value is still listed, with the low and high of all that are told
    assert (summary["fatalities"]["low"], summary["fatalities"]["high"]) == (2, 3)


def test_a_leads_open_bound_leaves_the_toll_to_the_body(ledger):
    # "at least one dead" up front bounds the toll; the body's count, however deep, sets it.
    text = (
        "KARACHI: At least one man was killed in the clash in Orangi Town on Wednesday. "
        + PASSING_BODY
        + PASSING_BODY
        + "Police later said three men were killed in the clash."
    )
    assert text.index("three men were killed") > 800
    figures = [
        ("At least one man was killed", "killed", 1, "at_least", None),
        ("three men were killed", "killed", 3, "exact", None),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    assert the_incident(ledger).summary["fatalities"]["best"] == 3


def test_a_count_of_the_shot_net_of_the_dead_weighs_with_the_wounded(ledger):
    # "shot six people, killing one" is stored as 5 injured: five wounded, told twice, against
    # one count of others wounded elsewhere that night.
    text = (
        "KARACHI: Gunmen shot six people in the clash in Orangi Town on Wednesday, killing one, "
        "police said. Witnesses said the gunmen shot six people from a passing car. Eight "
        "other people were wounded in two more clashes in the city that night."
    )
    figures = [
        ("shot six people", "injured", 5, "exact", None),
        ("killing one", "killed", 1, "exact", None),
        ("shot six people from a passing car", "injured", 5, "exact", None),
        ("Eight other people were wounded", "injured", 8, "exact", None),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    summary = the_incident(ledger).summary
    assert summary["fatalities"]["best"] == 1
    assert summary["injured"]["best"] == 5


def test_an_articles_own_voice_beside_a_source_it_quotes_is_that_source_relayed():
    from corroborate.assess.corroboration import relayed
    from corroborate.assess.status import incident_status

    # one local report: the shooting in its own words, and the police it quotes
    one_article = [("doc-a", "outlet:lakeshore gazette"), ("doc-a", "actor:police")]
    assert relayed(one_article) == ["actor:police"]
    assert incident_status("occurred", 0, one_article) == "single_source"
    # a second outlet telling it in its own words is another source
    two_outlets = [*one_article, ("doc-b", "outlet:metro dispatch")]
    assert incident_status("occurred", 0, two_outlets) == "corroborated"
    # two sources quoted in one article stay two
    assert incident_status("occurred", 0, [*one_article, ("doc-a", "actor:fire brigade")]) == (
        "corroborated"
    )


@pytest.mark.parametrize(("word", "contradicts"), [("only ", True), ("", False)])
def test_a_speakers_counter_count_disputes_the_toll(ledger, word, contradicts):
    file_story(
        ledger,
        clash(
            "KARACHI: Five people were killed in the clash in Orangi Town on Wednesday, police "
            "said.",
            "dawn.example",
            [("Five people were killed", "killed", 5, "exact", 0)],
            claims=[Cl("police", "said", "Five people were killed in the clash in Orangi Town")],
        ),
    )
    content = f"{word}two people had died in the clash on Wednesday"
    file_story(
        ledger,
        clash(
            f"KARACHI: A spokesman for the Lyari group claimed that {content} in Orangi Town.",
            "thenews.example",
            [("two people had died", "killed", 2, "exact", 0)],
            claims=[Cl("spokesman", "claimed", content, stance="alleges")],
            modality="alleged",
        ),
    )
    # "only two" holds a whole toll against the police's; an alleged count alone sets nothing
    assert kinds(ledger) == (["number"] if contradicts else [])
    assert the_incident(ledger).summary["fatalities"]["best"] == 5


# ------------------------------------------- one victim's family, an encounter said to be staged


def test_a_mothers_account_of_her_sons_death_is_one_of_the_toll_not_another_count(ledger):
    """A mother tells of her son ("he had died", "They shot him.") beside a police count of
    three dead and a constable hurt: one of the dead, no count of the incident's; the shot
    son, not hurt once he died, takes nothing from the constable's injury."""
    file_story(
        ledger,
        clash(
            "KOHAT: Three suspected militants were killed and one constable was injured in a "
            "clash in Orangi Town on Wednesday, police said.",
            "dawn.example",
            [
                ("Three suspected militants were killed", "killed", 3, "exact", 0),
                ("one constable was injured", "injured", 1, "exact", 0),
            ],
            claims=[
                Cl(
                    "police",
                    "said",
                    "Three suspected militants were killed and one constable was injured in a "
                    "clash in Orangi Town on Wednesday",
                )
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            'KOHAT: "The next morning we heard he had died in a clash in Orangi Town on '
            'Wednesday. They shot him," said Salma Bibi, the mother of one of the men.',
            "thenews.example",
            [
                ("he had died", "killed", 1, "exact", 0),
                ("shot him", "injured", 0, "exact", 0),
            ],
            claims=[
                Cl(
                    "Salma Bibi",
                    "said",
                    "The next morning we heard he had died in a clash in Orangi Town on "
                    "Wednesday. They shot him",
                    kind="person",
                )
            ],
            published=DAY + dt.timedelta(days=1),
        ),
    )
    assert kinds(ledger) == []
    summary = the_incident(ledger).summary
    assert (summary["fatalities"]["best"], summary["injured"]["best"]) == (3, 1)


def encounter_said_to_be_staged(police_says: str, family_says: str) -> list[Story]:
    return [
        clash(
            f"KOHAT: {police_says}, a police spokesman said of the clash in Orangi Town on "
            "Wednesday.",
            "dawn.example",
            [],
            claims=[Cl("a police spokesman", "said", police_says, affiliation="police")],
        ),
        clash(
            f"KOHAT: Relatives said {family_says}, after the clash in Orangi Town on Wednesday. "
            "A rights group said the killing was a staged encounter.",
            "thenews.example",
            [],
            claims=[
                Cl("Relatives", "said", family_says, stance="alleges", kind="person"),
                Cl("A rights group", "said", "the killing was a staged encounter"),
            ],
        ),
    ]


def test_killed_in_crossfire_against_a_staged_encounter_is_a_responsibility_contradiction(
    ledger,
):
    for story in encounter_said_to_be_staged(
        "The men were killed in crossfire when they fired at officers",
        "the men were taken from their homes the night before",
    ):
        file_story(ledger, story)
    assert kinds(ledger) == ["responsibility"]
    (responsibility,) = ledger.contradictions()
    assert "crossfire" in responsibility.summary


def test_a_gunfight_named_as_the_polices_account_does_not_assert_it(ledger):
    """ "hours before the police said the gunfight took place": the relatives tell what the
    police say in order to dispute it; they are not on the side that asserts the gunfight."""
    for story in encounter_said_to_be_staged(
        "The men died in a gunfight when they fired at officers",
        "the men were detained at home hours before the police said the gunfight took place",
    ):
        file_story(ledger, story)
    (responsibility,) = ledger.contradictions()
    asserting, _ = responsibility.sides
    assert len(asserting["claims"]) == 1
    assert "Relatives" not in responsibility.summary.split(";")[0]


def test_a_confession_said_to_be_beaten_out_of_him_is_not_held_against_his_torture_claim(
    ledger,
):
    """The accused's own words told twice, in a headline ("confession was beaten out of
    him") and in the body ("extracted under torture"), are one allegation, not a dispute."""
    file_story(
        ledger,
        clash(
            "Accused tells court confession was beaten out of him\n\n"
            "KOHAT: A man arrested after the clash in Orangi Town on Wednesday told a court that "
            "his confession had been extracted under torture.",
            "dawn.example",
            [],
            claims=[
                Cl("Accused", "tells", "confession was beaten out of him", kind="person"),
                Cl(
                    "A man arrested after the clash in Orangi Town on Wednesday",
                    "told",
                    "his confession had been extracted under torture",
                    stance="alleges",
                    kind="person",
                ),
            ],
        ),
    )
    assert kinds(ledger) == []


def test_two_reports_of_one_day_each_giving_the_latest_arrest_count_contradict(ledger):
    """ "rose to around 15" in one paper and "over 20 have now been arrested" in another, on
    the same day: neither is known to update the other, and they cannot both be true."""
    later_day = DAY + dt.timedelta(days=1)
    file_story(
        ledger,
        clash(
            "KARACHI: Police said at least 12 people were arrested after the clash in Orangi "
            "Town on Wednesday.",
            "dawn.example",
            [("at least 12 people were arrested", "arrested", 12, "at_least", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The number of people detained after the clash in Orangi Town on Wednesday "
            "rose to around 15 on Thursday.",
            "geo.example",
            [
                (
                    "detained after the clash in Orangi Town on Wednesday rose to around 15",
                    "arrested",
                    15,
                    "about",
                    None,
                )
            ],
            published=later_day,
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: The clash in Orangi Town on Wednesday has led to many arrests: over 20 "
            "people have now been arrested, an officer said.",
            "thenews.example",
            [("over 20 people have now been arrested", "arrested", 20, "more_than", None)],
            published=later_day,
        ),
    )
    assert kinds(ledger) == ["number"]
    (number,) = ledger.contradictions()
    assert "arrested about 15" in number.summary
    assert "arrested more than 20" in number.summary


def test_the_killing_said_to_be_staged_stands_for_its_side_over_an_injury(ledger):
    """ "the killings followed a pattern of staged encounters": of the police's words, the
    killing in crossfire answers it (killings, killed: one word), not a constable's injury."""
    file_story(
        ledger,
        clash(
            "KOHAT: One constable was injured in the shootout, said DCP Imran Baig, after the "
            "clash in Orangi Town on Wednesday. The men were killed in crossfire, a police "
            "spokesman said.",
            "dawn.example",
            [],
            claims=[
                Cl(
                    "DCP Imran Baig",
                    "said",
                    "One constable was injured in the shootout",
                    kind="person",
                ),
                Cl("a police spokesman", "said", "The men were killed in crossfire", kind="person"),
            ],
        ),
    )
    file_story(
        ledger,
        clash(
            "KOHAT: A rights group said the killings followed a pattern of staged encounters, "
            "after the clash in Orangi Town on Wednesday.",
            "thenews.example",
            [],
            claims=[
                Cl(
                    "A rights group", "said", "the killings followed a pattern of staged encounters"
                ),
            ],
        ),
    )
    (responsibility,) = ledger.contradictions()
    assert "killed in crossfire" in responsibility.summary


STRIKE_TOLL = (
    "Air strike on Kuz Khel kills 9, health officials say\n\n"
    "KUZ KHEL, May 3 - An air strike on the village of Kuz Khel killed nine people, including "
    "four children, on Friday night, district health officials said on Saturday.\n\n"
    "Six other villagers were wounded and taken to the clinic in Mandori, the officials said."
)
STRIKE_DENIAL = (
    "Coalition says Kuz Khel strike hit militant hideout\n\n"
    "MANDORI, May 3 - The coalition said on Saturday that its air strike near Kuz Khel on "
    "Friday night had destroyed a hideout of the Red Valley Front.\n\n"
    "A coalition spokesman said no civilians were harmed in the operation, which he said had "
    "been planned for weeks. He said it also harmed two warehouses the fighters used."
)


def test_no_civilians_harmed_disputes_who_the_victims_were_not_the_toll(ledger):
    ledger.ingest_articles(
        [
            ArticleInput(
                STRIKE_TOLL, "a.txt", outlet="Hill Courier", published=dt.date(2025, 5, 3)
            ),
            ArticleInput(
                STRIKE_DENIAL, "b.txt", outlet="Plains Post", published=dt.date(2025, 5, 3)
            ),
        ]
    )
    incident = the_incident(ledger)
    # the coalition gives no toll: its zero of civilians says the dead were not civilians,
    # which had been a count of none held against the nine dead and six hurt
    (civilians,) = ledger.contradictions()
    assert civilians.kind == "polarity", civilians.summary
    assert civilians.summary.startswith("Whether civilians were among the victims")
    asserting, denying = civilians.sides
    assert "district health officials" in asserting["summary"]
    assert "coalition spokesman" in denying["summary"]
    assert incident.status == "disputed"
    fatalities, injured = incident.summary["fatalities"], incident.summary["injured"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (9, 9, 9)
    assert fatalities["status"] != "disputed"
    assert injured["best"] == 6
    # the zero is still listed, the coalition's; the warehouses harmed are no one's toll
    assert {v["value"] for v in fatalities["values"]} == {0, 9}
    assert any(q.startswith("Were civilians among the victims?") for q in incident.questions)


def test_no_civilians_harmed_does_not_contradict_fighters_killed(ledger):
    fighters = STRIKE_TOLL.replace("nine people, including four children", "nine fighters")
    fighters = fighters.replace("kills 9", "kills 9 fighters").replace(
        "Six other villagers were", "Six other fighters were"
    )
    ledger.ingest_articles(
        [
            ArticleInput(fighters, "a.txt", outlet="Hill Courier", published=dt.date(2025, 5, 3)),
            ArticleInput(
                STRIKE_DENIAL, "b.txt", outlet="Plains Post", published=dt.date(2025, 5, 3)
            ),
        ]
    )
    assert ledger.contradictions() == []
    assert the_incident(ledger).summary["fatalities"]["best"] == 9


RAID_TOLL = (
    "Soldiers kill 12 civilians in Tanga raid, residents say\n\n"
    "TANGA, Aug 14 - Soldiers killed 12 civilians in a raid on the market town of Tanga on "
    "Wednesday, residents said on Thursday."
)
RAID_DENIAL = (
    "Army says Tanga raid targeted rebel fighters\n\n"
    "TANGA, Aug 14 - The army said its raid on Tanga on Wednesday had targeted a rebel "
    "command post and that no civilians were killed."
)


def test_a_count_of_civilians_killed_is_held_against_no_civilians_as_who_they_were(ledger):
    ledger.ingest_articles(
        [
            ArticleInput(RAID_TOLL, "a.txt", outlet="Coast Herald", published=dt.date(2025, 8, 14)),
            ArticleInput(
                RAID_DENIAL, "b.txt", outlet="Capital Daily", published=dt.date(2025, 8, 14)
            ),
        ]
    )
    incident = the_incident(ledger)
    assert kinds(ledger) == ["polarity"], [c.summary for c in ledger.contradictions()]
    (civilians,) = ledger.contradictions()
    assert civilians.summary.startswith("Whether civilians were among the dead")
    assert "army" in civilians.sides[1]["summary"]
    assert incident.summary["fatalities"]["best"] == 12


def test_no_civilians_alone_is_no_toll_but_no_one_killed_is_a_zero(ledger):
    ledger.ingest_articles(
        [ArticleInput(RAID_DENIAL, "b.txt", outlet="Capital Daily", published=dt.date(2025, 8, 14))]
    )
    fatalities = the_incident(ledger).summary["fatalities"]
    # who the dead were, not how many: the army's zero is listed, and the toll unknown
    assert [v["value"] for v in fatalities["values"]] == [0]
    assert fatalities["best"] is None
    none_killed = (
        "Defence ministry: nobody died in Tanga operation\n\n"
        "A defence ministry spokesman told reporters in the capital on Thursday that the "
        "operation in Tanga on Wednesday had been carried out without firing a shot and that "
        "no one was killed."
    )
    ledger.ingest_articles(
        [ArticleInput(none_killed, "c.txt", outlet="Plains Post", published=dt.date(2025, 8, 15))]
    )
    people = RAID_TOLL.replace("12 civilians", "12 people")
    ledger.ingest_articles(
        [ArticleInput(people, "a.txt", outlet="Coast Herald", published=dt.date(2025, 8, 14))]
    )
    # a zero of everyone is a toll of none, and it disputes the twelve
    incident = the_incident(ledger)
    (number,) = [c for c in ledger.contradictions() if c.kind == "number"]
    assert [side["value"] for side in number.sides] == [0, 12]
    assert incident.summary["fatalities"]["status"] == "disputed"


def test_wounded_who_have_died_since_are_no_longer_counted_hurt(ledger):
    first = (
        "At least 12 killed in Kessa bus station attack\n\n"
        "KESSA, Aug 1 - At least 12 people were killed and 30 wounded when gunmen attacked the "
        "bus station in Kessa on Monday, police said."
    )
    later = (
        "Kessa bus station toll passes 20\n\n"
        "KESSA, Aug 3 - More than 20 people are now known to have been killed in Monday's "
        "attack on the bus station in Kessa, police said on Wednesday. A doctor at the district "
        "hospital said two of the wounded had died there."
    )
    ledger.ingest_articles(
        [
            ArticleInput(first, "a.txt", outlet="Coast Herald", published=dt.date(2025, 8, 1)),
            ArticleInput(later, "b.txt", outlet="Capital Daily", published=dt.date(2025, 8, 3)),
        ]
    )
    incident = the_incident(ledger)
    # the doctor counts the hurt who died: 30 less two, not less the rough toll's rise (12 to
    # more than 20: bodies found, dead counted late), which had left 22
    injured = incident.summary["injured"]
    assert (injured["low"], injured["best"], injured["high"]) == (28, 28, 30)
    # nor is "two of the wounded" the low of the dead: it is added to a toll, no toll itself
    # (and the dateline's "3" before "More than 20" is no count: "3 more" had made the toll
    # an addition too, and the low 2)
    assert incident.summary["fatalities"]["low"] == 20


def test_a_burial_count_is_a_floor_of_the_dead_and_the_buriers_no_side(ledger):
    first = (
        "Gunmen kill at least 20 in Doro\n\n"
        "DORO, Sept 7 - Gunmen on motorbikes killed at least 20 people in an attack on the "
        "village of Doro on Sunday, local officials said."
    )
    later = (
        "Doro buries its dead\n\n"
        "DORO, Sept 8 - Villagers in Doro buried 26 people on Monday, a day after gunmen on "
        "motorbikes attacked the village, the mayor said."
    )
    ledger.ingest_articles(
        [
            ArticleInput(first, "a.txt", outlet="Coast Herald", published=dt.date(2025, 9, 7)),
            ArticleInput(later, "b.txt", outlet="Capital Daily", published=dt.date(2025, 9, 8)),
        ]
    )
    incident = the_incident(ledger)
    # those buried are at least so many dead: a toll above "at least 20", no dispute of it
    assert incident.summary["fatalities"]["best"] == 26
    assert [c.kind for c in ledger.contradictions()] == []
    # the villagers who buried them did not kill them
    sides = {a["actor"] for a in incident.summary["actors"] if a["role"] == "actor1"}
    names = {a.id: a.name for a in ledger.actors()}
    assert not any("ivilian" in names[a] or "illager" in names[a] for a in sides)


def test_speakers_within_one_report_do_not_outweigh_its_headline(ledger):
    # One outlet's report: its headline and lead count three dead; the police officer it
    # quotes, earlier in the day, two, and a post it embeds at least two (the third victim died
    # after both). A speaker is no source independent of the one report that quotes him, so
    # he does not outvote its own count: best 3.
    text = (
        "Three dead in shooting outside Orangi Town market\n\n"
        "KARACHI: Three people are dead after a shooting outside the Orangi Town market on "
        "Wednesday. Inspector Farooq Ali told reporters that two men in their twenties were "
        "killed and a third man was taken to hospital in critical condition. He died there "
        "later. At least 2 people dead near the market, a reporter wrote on social media."
    )
    figures = [
        ("Three dead", "killed", 3, "exact", None),
        ("Three people are dead", "killed", 3, "exact", None),
        ("two men in their twenties were killed", "killed", 2, "exact", 0),
        ("At least 2 people dead", "killed", 2, "at_least", None),
    ]
    claims = [
        Cl(
            "Inspector Farooq Ali",
            "told",
            "two men in their twenties were killed",
            kind="person",
            affiliation="police",
        ),
    ]
    file_story(ledger, clash(text, "dawn.example", figures, claims=claims, trigger="shooting"))
    fatalities = the_incident(ledger).summary["fatalities"]
    assert (fatalities["low"], fatalities["best"], fatalities["high"]) == (2, 3, 3)


def test_speakers_of_two_reports_still_count_as_sources(ledger):
    # Across reports the speakers stay independent sources: the police (two outlets quoting
    # them) say two were killed, a single report's own count says three: best 2.
    first = clash(
        "KARACHI: Two men were killed in the clash in Orangi Town on Wednesday, police said.",
        "dawn.example",
        [("Two men were killed", "killed", 2, "exact", 0)],
        claims=[Cl("police", "said", "Two men were killed in the clash in Orangi Town")],
    )
    second = clash(
        "KARACHI: Police said two men were killed in the clash in Orangi Town on Wednesday.",
        "thenews.example",
        [("two men were killed", "killed", 2, "exact", 0)],
        claims=[Cl("Police", "said", "two men were killed in the clash in Orangi Town")],
    )
    third = clash(
        "KARACHI: Three men were killed in the clash in Orangi Town on Wednesday.",
        "express.example",
        [("Three men were killed", "killed", 3, "exact", None)],
    )
    for story in (first, second, third):
        file_story(ledger, story)
    assert the_incident(ledger).summary["fatalities"]["best"] == 2


@pytest.mark.parametrize(
    ("headline", "is_roundup"),
    [
        ("3 dead, 9 wounded in weekend shootings across the city", True),
        ("Police investigate two deadly shootings in Orangi Town", True),
        ("Separate shootings leave 2 dead in Lyari", True),
        ("One dead, four wounded in overnight Karachi shootings", True),
        # one incident of several shots or victims
        ("Arrest made in fatal shootings at Orangi Town tea stall", False),
        ("Victims of Lyari market shootings named", False),
        ("Teen killed in Orangi Town shooting", False),
    ],
)
def test_a_headline_counting_several_shootings_is_a_round_up(headline, is_roundup):
    from corroborate.assess.figures import roundup
    from corroborate.model import Document

    assert roundup(Document(title=headline, text=f"{headline}\n\nKARACHI: ...")) is is_roundup


def test_a_denied_account_is_named_by_the_word_that_opens_it():
    from corroborate.assess.contradictions import account_named

    assert account_named("Colleagues dismissed the robbery account") == "robbery"
    # whose account, or a word inside a longer name, names no proposition
    assert account_named("the party rejected a joint investigation team report") is None
    assert account_named("they rejected the police account") is None


def test_bodies_identified_are_a_floor_of_the_dead_not_a_smaller_toll(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: More than 30 people were killed in the clash in Orangi Town on Wednesday, "
            "a rescue service said.",
            "geo.example",
            [("More than 30 people were killed", "killed", 30, "more_than", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A rights group said on Monday it had identified around 20 bodies of people "
            "killed in the Orangi Town clash on Wednesday.",
            "dawn.example",
            [("around 20 bodies", "killed", 20, "about", None)],
            published=DAY + dt.timedelta(days=5),
        ),
    )
    # those found and named so far are at least so many dead: no dispute with "more than 30"
    # (it had been the conservative figure of a dispute, as "around 20 people were killed" is)
    assert kinds(ledger) == []
    fatalities = the_incident(ledger).summary["fatalities"]
    assert fatalities["best"] == 30


def test_wounded_who_died_since_add_to_the_dead_and_dispute_no_toll(ledger):
    file_story(
        ledger,
        clash(
            "KARACHI: At least 27 people were killed in the clash in Orangi Town on Wednesday, "
            "hospital officials said.",
            "dawn.example",
            [("At least 27 people were killed", "killed", 27, "at_least", None)],
        ),
    )
    file_story(
        ledger,
        clash(
            "KARACHI: A councillor said on Monday that two of the wounded had died since in "
            "hospital after the Orangi Town clash on Wednesday.",
            "geo.example",
            [("two of the wounded had died", "killed", 2, "exact", None)],
            published=DAY + dt.timedelta(days=5),
        ),
    )
    # the two are added to those counted dead, not a toll of two against 27
    assert kinds(ledger) == []
    assert the_incident(ledger).summary["fatalities"]["best"] == 27


def test_a_phrase_counting_two_hurt_without_a_number_is_no_one_victim(ledger):
    # One outlet tells a triple shooting (one dead, so two hurt) and that "he and the boy"
    # were taken to hospital; another tells only the second man, his age set off by commas.
    # Two hurt is the count; the other outlet's "another man, 24," is one of them, no count
    # of one against it (it had tied with the triple shooting's two, and the tie went low).
    first = clash(
        "KARACHI: A shopkeeper was killed and two others were hurt in a triple shooting in "
        "Orangi Town on Wednesday. He and the boy were taken to hospital after the clash.",
        "dawn.example",
        [
            ("A shopkeeper was killed", "killed", 1, "exact", None),
            ("triple shooting", "injured", 2, "exact", None),
        ],
    )
    second = clash(
        "KARACHI: A shopkeeper was shot dead in Orangi Town on Wednesday. Another man, 24, "
        "also suffered a gunshot wound in the clash.",
        "thenews.example",
        [
            ("A shopkeeper was shot dead", "killed", 1, "exact", None),
            ("Another man, 24, also suffered a gunshot wound", "injured", 1, "exact", None),
        ],
    )
    for story in (first, second):
        file_story(ledger, story)
    assert the_incident(ledger).summary["injured"]["best"] == 2


def test_an_age_between_commas_is_no_count():
    from corroborate.assess.victims import counted

    assert counted("Another man, 24, also suffered a gunshot wound").one
    assert counted("Rashid Khan, 31, died").one
    assert not counted("three men, 24, 25 and 31, were hurt").one


def test_a_victim_told_by_the_toll_he_brings_sets_it(ledger):
    # "Four women were killed; a fifth victim, a man, was flown to hospital in critical
    # condition and died": the fifth victim's death brings the toll to five. Told in his
    # condition before he died, he is no part of the hurt, and no one victim beside a count.
    text = (
        "KARACHI: Four women were killed in the clash in Orangi Town on Wednesday. A fifth "
        "victim, a man, was flown to hospital in critical condition and died there."
    )
    figures = [
        ("Four women were killed", "killed", 4, "exact", None),
        (
            "A fifth victim, a man, was flown to hospital in critical condition and died",
            "killed",
            5,
            "exact",
            None,
        ),
    ]
    file_story(ledger, clash(text, "dawn.example", figures))
    assert the_incident(ledger).summary["fatalities"]["best"] == 5


@pytest.mark.parametrize(
    ("sentence", "phrase", "value", "best"),
    [
        # the killer's own death told after the toll, in its sentence: one dead more
        (
            "KARACHI: A trader killed his wife and son in the clash in Orangi Town on "
            "Wednesday before shooting himself.",
            "killed his wife and son in the clash in Orangi Town on Wednesday",
            2,
            3,
        ),
        # a toll that counts him already
        (
            "KARACHI: A trader killed his wife and himself in the clash in Orangi Town on "
            "Wednesday.",
            "killed his wife and himself",
            2,
            2,
        ),
        # his death is not told
        (
            "KARACHI: A trader killed his wife and son in the clash in Orangi Town on "
            "Wednesday before fleeing.",
            "killed his wife and son in the clash in Orangi Town on Wednesday",
            2,
            2,
        ),
    ],
)
def test_a_killers_own_death_told_after_the_toll_is_one_dead_more(
    ledger, sentence, phrase, value, best
):
    figures = [(phrase, "killed", value, "exact", None)]
    file_story(ledger, clash(sentence, "dawn.example", figures))
    assert the_incident(ledger).summary["fatalities"]["best"] == best


def test_those_a_later_step_is_taken_with_are_some_of_those_counted():
    """A day after a raid "detaining at least 27 people", a court "remanded four men detained
    in the raid": the four are some of the detained, not a count of them all, so the arrests
    are no contradiction and the best figure stays 27."""
    from corroborate.assess.figures import best_of, conflicting
    from corroborate.assess.victims import counted

    assert counted("four men detained in the raid", before="court on Friday remanded ").again
    assert counted("12 of them", before="police charged ").again
    assert not counted("four men", before="in the raid police detained ").again

    raid = reported("detaining at least 27 people", 27, "at_least", "a", 0, "outlet a")
    remand = reported("A court remanded four men detained in the raid", 4, "exact", "b", 1, "b")
    for value in (raid, remand):
        value.figure.kind = "arrested"
    raid.figure.text = raid.document.text
    remand.figure.start = remand.document.text.index("four")
    remand.figure.text = "four men detained in the raid"
    assert conflicting([raid, remand]) == []
    assert best_of([raid, remand], lambda kind: [])[1] == 27


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("the confession had been obtained under torture", "confess"),
        ("police planted guns on the dead", "gun"),
        ("the weapons had been planted", "weapon"),
        ("he signed a confession under duress", "confess"),
        # a passive's subject, not the nearest word before the cue
        ("the weapons shown to the media by the Rangers had been brought from outside", "weapon"),
        ("the so-called confession of party worker Ali Raza was extracted under duress", "confess"),
    ],
)
def test_what_a_claim_of_fabrication_disowns_is_no_verb_of_it(text, thing):
    from corroborate.assess.contradictions import disowned

    # "obtained", the participle after "had been", is how it was made up, not what
    assert disowned(text) == thing


def test_a_concession_opening_a_clause_is_no_condition():
    from corroborate.assess.contradictions import _conditional, _fabricated

    assert _conditional(
        "If the inquiry finds the encounter was staged, the officers may be charged"
    )
    assert _conditional("Whether the men were armed remains unclear")
    # what follows the comma is told whatever the case
    assert not _conditional("Whether or not the men were armed, the soldiers shot them")
    assert not _conditional("Whether armed or not, the men were shot at close range")
    assert _fabricated("If anything, the police planted the weapons on the bodies")


def test_the_wounded_known_to_have_died_died_since():
    from corroborate.assess.figures import _tells_death_since

    # the dead come to light
    assert not _tells_death_since("Six people are now known to have died in the clash")
    # the hurt who died since, however the death came to be known
    assert _tells_death_since("Two of the wounded are now known to have died")
    assert _tells_death_since("three of the injured are believed to have since died")
    assert _tells_death_since("Six people have died in the clash")
