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


# ------------------------------------------------------------ stop 38 (helper per38, #4/#6)

RAID_HEADLINE = "Title: Twelve civilians killed in army raid"


def _story_with_headline(tmp_path: Path) -> list[Path]:
    """The local daily's report under the headline "Twelve civilians killed in army raid",
    with the wire story and the follow-up as they are."""
    told = (STORY / "sokoto-ledger.txt").read_text(encoding="utf-8").splitlines()
    headlined = tmp_path / "sokoto-ledger.txt"
    headlined.write_text("\n".join([RAID_HEADLINE, *told[1:]]) + "\n", encoding="utf-8")
    return [headlined, STORY / "wire.txt", STORY / "followup.txt"]


def test_they_who_shot_are_the_soldiers_not_the_residents_who_told_it(tmp_path: Path):
    extract = extractor(dt.date(2026, 11, 18))
    text = _story_with_headline(tmp_path)[0].read_text(encoding="utf-8").split("\n\n", 1)[1]
    events = extract(f"Twelve civilians killed in army raid\n\n{text}").events
    # the quote's "They came after midnight and shot at anyone who ran" had taken the
    # residents who told the toll (the nearest group) for the shooters: civilians the
    # perpetrators of the killing of civilians
    perpetrators = {a.name for e in events for a in e.actors if a.role == "actor1"}
    assert perpetrators == {"Military Forces of Nigeria"}
    victims = {a.name for e in events if e.figures for a in e.actors if a.role == "actor2"}
    assert "Civilians (Nigeria)" in victims
    # a group that tells of its own act keeps its pronoun
    (own,) = extract("Residents said they shot two thieves who broke into the shop.").events
    assert [a.name for a in own.actors if a.role == "actor1"] == ["Civilians"]


def test_civilians_killed_in_army_raid_is_no_dispute_of_who_did_it(ledger, tmp_path: Path):
    ledger.ingest(_story_with_headline(tmp_path))
    kinds = {c.kind for c in ledger.contradictions()}
    # "Civilians (Nigeria)" against the army had been a responsibility contradiction
    assert kinds == {"number", "polarity"}


SOLDIERS_KILLED_NO_ONE = TROOPS_DENY.replace(
    "its troops did not kill anyone", "its soldiers killed no one"
)


def test_its_soldiers_killed_no_one_is_none_killed_by_them_not_the_toll(ledger):
    from corroborate.assess.victims import acted_by

    assert acted_by("killed no one", "said its soldiers ") == "soldiers"
    assert acted_by("kill anyone", "that it did not ") == "it"
    assert acted_by("no one was killed", "the army said ") is None
    assert acted_by("killed no one", "said the villagers ") is None  # civilians: a toll
    _ingest(ledger, (FIVE_KILLED, SOLDIERS_KILLED_NO_ONE))
    # the army's zero had been a toll of none for the market attack: a number contradiction
    # against the police's five and a best figure of 0
    assert ledger.contradictions() == []
    (incident,) = ledger.incidents()
    fatalities = incident.summary["fatalities"]
    assert (fatalities["best"], fatalities["status"]) == (5, "single_source")


def test_its_soldiers_killed_no_one_where_soldiers_are_blamed_is_no_dispute_of_numbers(ledger):
    blamed = FIVE_KILLED.replace("gunmen attack", "soldiers raid").replace(
        "gunmen attacked", "soldiers raided"
    )
    _ingest(ledger, (blamed, SOLDIERS_KILLED_NO_ONE))
    assert "number" not in {c.kind for c in ledger.contradictions()}


def test_did_not_kill_a_single_civilian_is_a_zero_of_civilians():
    extract = extractor(dt.date(2026, 11, 18))
    for said, kinds in (
        ("The army said it did not kill a single civilian in the raid.", ["killed"]),
        ("The army said its troops did not kill any civilians in the raid.", ["killed"]),
        ("The army said its troops did not harm anyone in the raid.", ["killed", "injured"]),
        (
            "The army said its troops did not harm a single civilian in the raid.",
            ["killed", "injured"],
        ),
    ):
        figures = [f for e in extract(said).events for f in e.figures]
        # each had given no figure
        assert [(f.kind, f.value, f.qualifier) for f in figures] == [
            (kind, 0, "zero") for kind in kinds
        ], said
    # a negated count of some is no count
    assert not [
        f for e in extract("Police said they did not kill two men.").events for f in e.figures
    ]


def test_army_that_did_not_kill_a_single_civilian_disputes_that_civilians_died(ledger, tmp_path):
    wire = (STORY / "wire.txt").read_text(encoding="utf-8")
    denied = wire.replace(
        "that no civilians were killed", "that its troops did not kill a single civilian"
    )
    assert denied != wire
    (tmp_path / "wire.txt").write_text(denied, encoding="utf-8")
    ledger.ingest([STORY / "sokoto-ledger.txt", tmp_path / "wire.txt", STORY / "followup.txt"])
    civilians = [c for c in ledger.contradictions() if c.summary.startswith("Whether civilians")]
    # the army's word on who the dead were had gone unread (no figure)
    (polarity,) = civilians
    assert "Nigerian army" in polarity.sides[1]["summary"]


def test_no_civilians_were_harmed_after_a_raid_is_a_zero_of_civilians_killed_and_hurt():
    extract = extractor(dt.date(2026, 11, 18))
    (raid,) = extract(
        "Soldiers raided Gidan Tanko on Monday night. No civilians were harmed, the army said."
    ).events
    # the zero, in a sentence with no word of violence, had found no event to join: now it is
    # the raid's (none killed, none hurt: harm_zeros.tsv), a zero of civilians, which assess
    # reads as who the dead were, never as a toll of none
    assert sorted((f.kind, f.value, f.qualifier) for f in raid.figures) == [
        ("injured", 0, "zero"),
        ("killed", 0, "zero"),
    ]
