"""Soldiers raid Gidan Tanko, a farming village in Sokoto State, on a Monday night, told by a
local daily whose villagers count twelve civilians killed, a wire story whose army spokesman
says nobody was killed and whose army statement says no civilians were, and a follow-up in
which a villager repeats the toll (fictional, written for these tests;
tests/fixtures/stories/gidan-tanko-raid). Then a market attack in Kalgo, told by outlets that
word one toll differently, and an army that denies its troops killed anyone where others blame
gunmen: accounts that agree are no contradiction."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from extracting import extractor

from corroborate.ledger import Ledger
from corroborate.model import ArticleInput

STORY = Path(__file__).parent / "fixtures" / "stories" / "gidan-tanko-raid"


@pytest.fixture
def ledger(sqlite_url: str):
    with Ledger(sqlite_url) as opened:
        yield opened


def test_nobody_killed_is_a_count_of_none_not_one_victim_told_without_a_number():
    from corroborate.assess.victims import counted

    # "nobody" had been no count word: the zero was read as one victim told without a number
    # ("he died"), a part of any toll, and so agreed with "twelve civilians were killed"
    for zero in ("Nobody was killed", "nobody died", "No-one was killed", "no one was killed"):
        assert not counted(zero).one, zero
    assert counted("nobody else was hurt").added  # none besides those told before
    assert counted("he died").one


def test_no_one_hyphenated_or_not_a_single_person_killed_is_a_toll_of_none():
    from corroborate.assess.victims import counted

    extract = extractor(dt.date(2026, 11, 18))
    for said in (
        "No-one was killed in the operation, the army said.",
        "Not a single person was killed in the operation, the army said.",
        "Not one person was killed in the operation, the army said.",
    ):
        # each had read as one killed: the spokesman's denial as a toll of one
        (figure,) = [f for e in extract(said).events for f in e.figures]
        assert (figure.kind, figure.value, figure.qualifier) == ("killed", 0, "zero"), said
        assert not counted(figure.text).one, said
    # "not one of the villagers" is a zero of civilians, none of some counted before
    found = counted("Not one of the villagers was killed")
    assert (found.group, found.part) == ("civilians", False)


def test_twelve_civilians_killed_against_nobody_killed_is_a_dispute_of_the_toll(ledger):
    ledger.ingest(sorted(STORY.iterdir()))
    (incident,) = ledger.incidents()
    contradictions = {c.kind: c for c in ledger.contradictions()}
    # the spokesman's "Nobody was killed" is a toll of none held against the villagers'
    # twelve (a count of civilians is at least twelve dead); it had gone unseen
    assert set(contradictions) == {"number", "polarity"}
    number = contradictions["number"]
    assert [side["value"] for side in number.sides] == [0, 12]
    assert "Bello Sani" in number.sides[0]["summary"]
    assert "Musa Garba" in number.sides[1]["summary"]
    # the army's "no civilians were killed" is still no toll of none but its word on who the
    # dead were (stop 37's rule): the polarity side, not the number's
    assert "Nigerian army" not in number.sides[0]["summary"]
    civilians = contradictions["polarity"]
    assert civilians.summary.startswith("Whether civilians were among the dead")
    assert "Nigerian army" in civilians.sides[1]["summary"]
    fatalities = incident.summary["fatalities"]
    assert (fatalities["best"], fatalities["status"]) == (12, "disputed")


KALGO = "KALGO, Nov 17 - "
FIVE_KILLED = (
    "Five killed as gunmen attack Kalgo market\n\n"
    f"{KALGO}Five people were killed when gunmen attacked the market in Kalgo, Kebbi State, on "
    "Monday, police said."
)
AGREEING = (
    "Five dead in Kalgo market attack\n\n"
    f"{KALGO}Five people are dead after gunmen attacked the market in Kalgo, Kebbi State, on "
    "Monday, police said.",
    "Gunmen kill five at Kalgo market\n\n"
    f"{KALGO}Gunmen attacked the market in Kalgo, Kebbi State, on Monday, leaving five dead, "
    'the police said. "Five people lost their lives," police spokesman Nafiu Abubakar said.',
    "Kalgo traders mourn\n\n"
    f"{KALGO}Gunmen attacked the market in Kalgo, Kebbi State, on Monday. Police spokesman "
    "Nafiu Abubakar said that five people died and that nobody else was killed.",
)
TROOPS_DENY = (
    "Army denies role in Kalgo attack\n\n"
    f"{KALGO}The army said on Tuesday that its troops did not kill anyone at the market in "
    "Kalgo, Kebbi State, on Monday, and that gunmen were to blame."
)
OUTLETS = ("Kebbi Herald", "Sahel Wire", "Argungu Post", "Rima Times")


def _ingest(ledger: Ledger, texts: tuple[str, ...]) -> None:
    ledger.ingest_articles(
        [
            ArticleInput(text, f"{n}.txt", outlet=outlet, published=dt.date(2026, 11, 17))
            for n, (text, outlet) in enumerate(zip(texts, OUTLETS, strict=False))
        ]
    )


def test_one_toll_worded_killed_dead_died_or_lives_lost_is_no_contradiction(ledger):
    # (a guard: "killed" and "dead" are one word of meaning in contradictions since stop 37)
    _ingest(ledger, (FIVE_KILLED, *AGREEING))
    (incident,) = ledger.incidents()
    assert ledger.contradictions() == []
    assert incident.summary["fatalities"]["best"] == 5
    assert incident.summary["fatalities"]["status"] != "disputed"


def test_troops_that_killed_no_one_where_others_blame_gunmen_is_no_contradiction(ledger):
    _ingest(ledger, (FIVE_KILLED, TROOPS_DENY))
    # the army's denial of its troops' act had been held as a polarity against the police's
    # account of gunmen killing five: both say others did it
    assert ledger.contradictions() == []


def test_troops_that_killed_no_one_where_others_blame_soldiers_is_a_contradiction(ledger):
    blamed = FIVE_KILLED.replace("gunmen attack", "soldiers raid").replace(
        "gunmen attacked", "soldiers raided"
    )
    _ingest(ledger, (blamed, TROOPS_DENY))
    (denial,) = ledger.contradictions()
    assert denial.kind == "polarity"
    assert "army" in denial.sides[1]["summary"]
