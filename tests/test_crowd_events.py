"""Protests and riots, each its own day's event (fictional reports of marches in Conakry,
written for these tests; tests/fixtures/stories/conakry-protests): a march two days after
another is another event, a toll "from Tuesday's march" is that march's, protesters' own
violence is a riot, and the crowd's clashes are no battle."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from extracting import extractor

STORY = Path(__file__).parent / "fixtures" / "stories" / "conakry-protests"
THURSDAY = dt.date(2026, 11, 26)


extract = extractor(THURSDAY)


def radio_report() -> str:
    (line,) = (STORY / "radio.jsonl").read_text(encoding="utf-8").splitlines()
    return json.loads(line)["text"]


def day_of(extraction, event) -> str:
    return extraction.times[event.time].value


def test_thursdays_march_and_the_officer_stabbed_are_thursdays_and_tuesdays_march_apart():
    extraction = extract(radio_report())
    main, *others = extraction.events
    # the officer stabbed by protesters: a violent demonstration on Thursday
    assert (main.sub_event_type, day_of(extraction, main)) == (
        "Violent demonstration",
        "2026-11-26",
    )
    assert {f.value for f in main.figures if f.kind == "killed"} == {1}
    protests = {day_of(extraction, e): e for e in others if e.event_type == "Protests"}
    # "protests resume" in the headline and "took to the streets" on Thursday: not Tuesday's
    assert set(protests) == {"2026-11-24", "2026-11-26"}
    # "the toll from Tuesday's march now stood at five dead" is Tuesday's march's toll
    assert [f.value for f in protests["2026-11-24"].figures if f.kind == "killed"] == [5]
    # "a crossroads in Cosa, in Ratoma" is no village of Aragon
    assert {extraction.places[e.place].country for e in extraction.events} == {"GN"}


def test_a_crowd_that_took_to_the_streets_shares_the_day_of_what_happened_as_it_did():
    extraction = extract(
        "Two traders were injured on Thursday when shopkeepers took to the streets of the "
        "market district to protest against a new tax."
    )
    (protest,) = [
        e
        for e in extraction.events
        if e.event_type in ("Protests", "Riots") and e.modality == "occurred"
    ]
    assert day_of(extraction, protest) == "2026-11-26"


def test_clashes_told_beside_a_march_are_the_crowds_not_a_battle():
    extraction = extract(
        "Deadly clashes as opposition marches on the capital\n\n"
        "At least two people were killed on Tuesday when youths threw stones at gendarmes "
        "and set tyres alight at several crossroads, witnesses said."
    )
    assert extraction.events[0].event_type == "Riots"
    assert "Armed clash" not in {e.sub_event_type for e in extraction.events}


def test_the_tail_of_a_name_opened_by_an_article_is_no_place():
    extraction = extract(
        "Security forces fired tear gas at marchers along the Le Prince road in Conakry on Tuesday."
    )
    assert [p.name for p in extraction.places if p.name] == ["Conakry"]


def test_those_still_being_treated_are_injured_whoever_else_counts_dead():
    extraction = extract(
        "At least three people were killed on Tuesday. A doctor said three bodies had been "
        "brought in and that 21 people were being treated for injuries. The coalition said "
        "four of its members were killed.",
        dt.date(2026, 11, 24),
    )
    injured = [f.value for e in extraction.events for f in e.figures if f.kind == "injured"]
    assert injured == [21]  # had been 17: the coalition's four dead taken off the doctor's count


def test_an_event_at_a_name_the_gazetteer_lacks_takes_the_nearest_place_it_can_have():
    extraction = extract(
        "CONAKRY - Protesters stabbed a police officer at a crossroads in Cosa on Thursday, "
        "the security ministry in Conakry said."
    )
    (stabbing,) = extraction.events
    # "Cosa" stays unresolved (no village of Aragon), and the event is not placed nowhere
    assert "Cosa" not in {p.name for p in extraction.places}
    assert extraction.places[stabbing.place].name == "Conakry"


def test_tuesdays_killings_named_in_thursdays_report_are_not_the_stabbing():
    # "the officer's death was being used to justify Tuesday's killings": the killings are of
    # Tuesday's march, though a word of Thursday's violence opens their sentence
    extraction = extract(radio_report())
    main = extraction.events[0]
    assert "stabbed" in {t.text for t in main.triggers}
    assert "killings" not in {t.text for t in main.triggers}
    assert all(
        day_of(extraction, e) == "2026-11-24"
        for e in extraction.events
        if "killings" in {t.text for t in e.triggers}
    )
