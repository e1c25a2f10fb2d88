"""Time expressions in article text, resolved against the publication date (TimeML TIMEX3).

The patterns are data: ``time_rules.tsv`` holds regular expressions (with ``@macro``s for
word classes) and what each resolves to; ``time_words.tsv`` holds the words of each class
(months, weekdays, units, numbers...) and their values. All rules run over the text; the
longest matches win, earlier rules breaking ties. A value that depends on the publication
date is None when the date is unknown: nothing is invented.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import functools
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from corroborate.extract.pipeline import doc_text, in_boilerplate
from corroborate.lexicons import alternation, read_rows, word_values
from corroborate.model import DatePrecision, TimeFound, TimeType

RULES_FILE = "time_rules.tsv"
# Rules of this type claim text that looks like a time but is not one ("$2 million a year",
# the TV show "This Week"): their matches keep other rules off (winning ties) and are not
# reported.
NOT_TIME = "not_time"
WORDS_FILE = "time_words.tsv"
DATE_ORDERS_FILE = "date_orders.tsv"
MOVING_HOLIDAYS_FILE = "moving_holidays.tsv"
# Holidays that are a whole lunar month (Ramadan, Muharram): written as the Gregorian month
# that holds the middle of it, their first day plus this many days.
HOLIDAY_MONTHS = frozenset({"ramadan", "muharram"})
HOLIDAY_MONTH_MIDDLE = 14
# TIMEX3's unknown month and day: a date in figures that may be read either way
AMBIGUOUS_DAY = "-XX-XX"
_MACRO = re.compile(r"@(\w+)")
# Where every rule may start: not inside a word, an e-mail address, an amount or a number
# (nor after a thousands comma: "1,000 years" is not "000 years");
# after a hyphen only as the second year of a range ("2009-2010", "1957-58") or the second day
# of one ("Dec. 18-19": only the rule second_day may take it, see _after_hyphen).
_RULE_START = (
    r"(?<![\w@$.])(?<!\d,)(?:(?<!-)|(?<=(?:1[6-9]|20)\d\d-)(?=\d\d)"
    r"|(?<=\s\d-)(?=\d)|(?<=\s\d\d-)(?=\d))"
)
# Where every rule may end: not inside a word or a number, nor before a hyphen unless a
# number follows it (a range: "2009-2010", "March 3-5").
_RULE_END = r"(?!\w|-(?!\d)|\.\d)"
_RULE_STARTS = re.compile(_RULE_START, re.S)


@dataclass(frozen=True)
class TimeRule:
    name: str
    type: str  # TimeType value
    pattern: re.Pattern[str]
    value: str  # a literal TIMEX3 value, or "=resolver arg ..." (see RESOLVERS)


def _read_tsv(name: str) -> tuple[dict[str, str], ...]:
    return read_rows("corroborate.extract", name)


@functools.cache
def load_time_words() -> dict[str, dict[str, str]]:
    """time_words.tsv as {kind: {lower-case word: value}} (the shared reader's categories; the
    test of the data files checks that no word of a kind is listed twice in any case)."""
    return {
        kind: {word.lower(): value for word, value in words.items()}
        for kind, words in word_values("corroborate.extract", WORDS_FILE).items()
    }


def _word_alternatives(kind: str) -> str:
    """A regex alternation of the words of one kind, longest first, case as the file says."""
    alternatives = []
    rows = [row for row in _read_tsv(WORDS_FILE) if row["category"] == kind]
    for row in sorted(rows, key=lambda r: -len(r["word"])):
        word = re.escape(row["word"]).replace(r"\ ", r"\s+")
        if row["case"] == "cap":
            alternatives.append(f"(?-i:{word}|{re.escape(row['word'].upper())})")
        else:
            alternatives.append(word)
    return "|".join(alternatives)


def _expand(pattern: str, macros: dict[str, str]) -> str:
    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in macros:
            return _expand(macros[name], macros)
        if name.endswith("_words") and name[: -len("_words")] in load_time_words():
            return f"(?:{_word_alternatives(name[: -len('_words')])})"
        if name in load_time_words():
            return f"(?P<{name}>{_word_alternatives(name)})"
        raise ValueError(f"{RULES_FILE}: unknown macro @{name}")

    return _MACRO.sub(substitute, pattern.replace(" ", r"\s+"))


@functools.cache
def load_time_rules() -> tuple[TimeRule, ...]:
    """time_rules.tsv compiled, macros expanded, in file order."""
    rows = _read_tsv(RULES_FILE)
    macros = {row["name"]: row["pattern"] for row in rows if row["type"] == "macro"}
    rules = []
    seen: set[str] = set()
    for row in rows:
        if row["name"] in seen:
            raise ValueError(f"{RULES_FILE}: rule {row['name']!r} listed twice")
        seen.add(row["name"])
        if row["type"] == "macro":
            continue
        if row["type"] != NOT_TIME:
            TimeType(row["type"])
        regex = rf"{_RULE_START}(?:{_expand(row['pattern'], macros)}){_RULE_END}"
        rules.append(TimeRule(row["name"], row["type"], re.compile(regex, re.I), row["value"]))
    return tuple(rules)


# --------------------------------------------------------------------------- calendar


def _word_value(kind: str, word: str | None) -> str | None:
    if word is None:
        return None
    return load_time_words()[kind].get(re.sub(r"\s+", " ", word.lower()))


def parse_number(text: str | None) -> float | None:
    """'3', '2 1/2', 'two', 'twenty-five', 'two hundred', 'a few' (None: vague) as a number."""
    if text is None:
        return 1.0
    text = re.sub(r"\s+", " ", text.lower()).replace(",", "")
    fraction = re.fullmatch(r"(\d+) 1/2", text)
    if fraction:
        return int(fraction.group(1)) + 0.5
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    numbers = load_time_words()["number"]
    if text in numbers:
        return None if numbers[text] == "X" else float(numbers[text])
    multipliers = load_time_words()["multiplier"]
    total = 0.0
    for word in re.split(r"[- ]", text):
        if total and word in multipliers:  # "two hundred", "three thousand"
            total *= float(multipliers[word])
            continue
        if numbers.get(word, "X") == "X":
            return None
        total += float(numbers[word])
    return total


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def format_at(day: dt.date, unit: str) -> str:
    """`day` written at the granularity of `unit` (D, W, FN, M, Q, Y, DE, CE, H, MIN, S)."""
    if unit in ("W", "FN"):
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{_quarter(day)}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def shift_date(day: dt.date, unit: str, amount: int) -> dt.date:
    """`day` moved by `amount` units (hours and smaller move nothing: we know no time)."""
    if unit == "D":
        return day + dt.timedelta(days=amount)
    if unit in ("W", "FN"):  # a fortnight is two weeks
        return day + dt.timedelta(weeks=amount * (2 if unit == "FN" else 1))
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    return _add_months(day, amount * months) if months else day


# A month or day named without a year is taken as the latest one on or before publication,
# unless it falls at most this many days after it (news looks back more than ahead; a deadline
# "by February" in late October is still the coming one).
AHEAD_DAYS = 120


def _nearest_year(published: dt.date, month: int, day: int, direction: int) -> int:
    """The year of month/day: ahead of publication in future tense, else mostly behind it."""
    behind = ahead = None
    for year in (published.year - 1, published.year, published.year + 1):
        date = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
        if date <= published:
            behind = date
        elif ahead is None:
            ahead = date
    assert behind is not None and ahead is not None
    if behind == published:
        return behind.year
    if direction < 0:
        return behind.year
    if direction > 0 or (ahead - published).days <= AHEAD_DAYS:
        return ahead.year
    return behind.year


@functools.cache
def moving_holidays() -> dict[str, dict[int, tuple[dt.date, ...]]]:
    """moving_holidays.tsv as {holiday: {Gregorian year: its first days that year}} (a year
    may hold two, or none: a lunar year is some 11 days shorter)."""
    days: dict[str, dict[int, list[dt.date]]] = {}
    for row in _read_tsv(MOVING_HOLIDAYS_FILE):
        day = dt.date.fromisoformat(row["date"])
        days.setdefault(row["holiday"], {}).setdefault(day.year, []).append(day)
    return {name: {year: tuple(d) for year, d in years.items()} for name, years in days.items()}


def _holidays(name: str, year: int) -> tuple[dt.date, ...]:
    """The holiday's days in one Gregorian year: those of the Islamic, Hebrew and Hindu
    calendars from the table (none outside its years), the others by rule. A lunar month's
    day is its middle."""
    either = _word_value("holiday_either", name)
    if either:  # "Eid" alone: whichever Eid lies nearest
        return tuple(sorted(d for one in either.split() for d in _holidays(one, year)))
    moving = moving_holidays().get(name)
    if moving is None:
        return (_holiday(name, year),)
    if name in HOLIDAY_MONTHS:
        return tuple(d + dt.timedelta(days=HOLIDAY_MONTH_MIDDLE) for d in moving.get(year, ()))
    return moving.get(year, ())


def _holiday(name: str, year: int) -> dt.date:
    fixed = {
        "christmas": (12, 25),
        "christmas_eve": (12, 24),
        "new_year": (1, 1),
        "new_year_eve": (12, 31),
        "july4": (7, 4),
        "valentine": (2, 14),
        "halloween": (10, 31),
        "veterans_day": (11, 11),
        "boxing_day": (12, 26),
        "st_patrick": (3, 17),
        "may_day": (5, 1),
    }
    if name in fixed:
        return dt.date(year, *fixed[name])
    # days counted from Easter Sunday
    from_easter = {"good_friday": -2, "ash_wednesday": -46, "palm_sunday": -7, "easter_monday": 1}
    if name == "easter" or name in from_easter:
        # Anonymous Gregorian computus (Meeus/Jones/Butcher).
        a, b, c = year % 19, year // 100, year % 100
        d, e = divmod(b, 4)
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = divmod(c, 4)
        ell = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 22 * ell) // 451
        month, day = divmod(h + ell - 7 * m + 114, 31)
        return dt.date(year, month, day + 1) + dt.timedelta(days=from_easter.get(name, 0))
    if name == "thanksgiving":  # fourth Thursday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    if name == "election_day":  # Tuesday after the first Monday of November
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 1)
    # Mondays by their number in the month: Labor Day the first of September, Columbus Day the
    # second of October, Martin Luther King Day and Presidents' Day the third of January and
    # February
    mondays = {
        "labor_day": (9, 0),
        "columbus_day": (10, 1),
        "mlk_day": (1, 2),
        "presidents_day": (2, 2),
    }
    if name in mondays:
        month, weeks = mondays[name]
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(0 - first.weekday()) % 7 + 7 * weeks)
    if name == "memorial_day":  # last Monday of May
        last = dt.date(year, 5, 31)
        return last - dt.timedelta(days=last.weekday())
    if name in ("mothers_day", "fathers_day"):  # second Sunday of May, third Sunday of June
        first = dt.date(year, 5, 1) if name == "mothers_day" else dt.date(year, 6, 1)
        weeks = 1 if name == "mothers_day" else 2
        return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * weeks)
    raise ValueError(f"{WORDS_FILE}: unknown holiday {name!r}")


# --------------------------------------------------------------------------- resolvers


@dataclass(frozen=True)
class Context:
    """What a resolver may use beside the match: the date and the verb's direction in time."""

    published: dt.date | None
    # +1 future (will...), -1 plain past verb, OVER a day behind, PAST_PLAN, else 0
    direction: int
    args: tuple[str, ...]
    text: str = ""  # the whole text; the expression ends at `end`
    end: int = 0
    last_day: str | None = None  # the last day (YYYY-MM-DD) an earlier expression named
    # the last such day not after publication (a past clock time cannot belong to a day ahead)
    last_day_behind: str | None = None
    # the last quarter (YYYY-Qn) an earlier expression named by its number: the one an
    # earnings story reports on ("fiscal first quarter"), which "the quarter" then means
    last_quarter: str | None = None
    # the last month (YYYY-MM) an earlier expression named, alone or with its day
    last_month: str | None = None
    # how the outlet's country writes dates in figures: True day first, False month first,
    # None not known (see date_order)
    day_first: bool | None = None
    # where the last year an anaphor gave ("the following year") ends, and that year
    last_anaphor: tuple[int, int] | None = None
    # where the expression just before this one ends, and its value
    previous: tuple[int, str] | None = None

    @property
    def before(self) -> str:
        """The text up to the end of the expression (sliced only when a resolver asks)."""
        return self.text[: self.end]


Resolver = Callable[[dict[str, str | None], Context], str | None]


def year_number(text: str) -> int | None:
    """'1994', '94' (in m/d/y), 'nineteen ninety-four', 'two thousand' as a year."""
    text = re.sub(r"\s+", " ", text.lower())
    if text.isdigit():
        year = int(text)
        return year + (1900 if year > 30 else 2000) if year < 100 else year
    for prefix, base in (("nineteen hundred", 1900), ("nineteen ", 1900), ("two thousand", 2000)):
        if text.startswith(prefix):
            rest = text[len(prefix) :].strip().removeprefix("and ").strip()
            number = parse_number(rest) if rest else 0.0
            return None if number is None else base + int(number)
    return None


def _year_of(groups: dict[str, str | None], published: dt.date | None) -> int | None:
    if groups.get("year"):
        return year_number(groups["year"])  # type: ignore[arg-type]
    return published.year if published else None


# A named day's night or morning ("Friday night", "the night of Oct. 23") is annotated as
# that day far more often than with a part-of-day suffix (TBAQ-cleaned tuning part: about
# two to one); evenings and afternoons keep theirs.
_PARTS_OF_NAMED_DAY = frozenset({"AF", "EV", "MI"})


def _with_part(
    value: str | None, groups: dict[str, str | None], *, named_day: bool = False
) -> str | None:
    part = _word_value("part", groups.get("part"))
    if named_day and part not in _PARTS_OF_NAMED_DAY:
        return value
    if value and part and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return f"{value}T{part}"
    return value


# How far (characters) after a date written with its year a month and day without one, not
# told as ahead, take that date's year: about a sentence. (A month alone does not: "agreed in
# April" after a background date is publication's April, and neither does a day ahead: "were
# invited in July 1997 and will join on March 12".)
TOLD_YEAR_REACH = 250
# How far before that date such a day may lie and still be of its year.
TOLD_DAYS_BACK = 31


def _told_year(context: Context, month: int, day: int) -> int | None:
    """The year a month and day written without one belong to when the expression just
    before gave a full date of a year well behind publication ('killed on Oct. 23, 1998 ...
    buried on Oct. 27', written in 2000): the first such day on or after that date, or one
    within TOLD_DAYS_BACK before it; else None."""
    previous, published = context.previous, context.published
    if previous is None or published is None or context.end - previous[0] > TOLD_YEAR_REACH:
        return None
    told = re.match(r"(\d{4})-(\d\d)(?:-(\d\d))?", previous[1])
    if told is None or int(told.group(1)) >= published.year - 1:
        return None
    year = int(told.group(1))
    written = context.text[max(0, previous[0] - 30) : previous[0]]
    if told.group(1) not in written:
        return None  # the year came from publication, not from the text
    anchor = dt.date(year, int(told.group(2)), int(told.group(3) or 15))
    candidates = [
        dt.date(y, month, min(day, calendar.monthrange(y, month)[1]))
        for y in (year - 1, year, year + 1)
    ]
    # a story told in order goes on from the date it named: the first such day on or after
    # it, unless one lies just before it ("on Aug. 7, 1998 ... a day earlier, on Aug. 6")
    before = [c for c in candidates if anchor - dt.timedelta(days=TOLD_DAYS_BACK) <= c < anchor]
    return (before or [c for c in candidates if c >= anchor])[0].year


def resolve_date(groups: dict[str, str | None], context: Context) -> str | None:
    """An absolute date from year/month/day groups; a missing year comes from the context."""
    month = int(_word_value("month", groups.get("month")) or groups.get("month_number") or 0)
    day_word = _word_value("day_ordinal", groups.get("day_ordinal"))  # "March eighth"
    day = int(groups["day"]) if groups.get("day") else int(day_word) if day_word else None
    if month and day and not groups.get("year") and context.direction <= 0:
        told = _told_year(context, month, day)
        if told is not None:
            groups = {**groups, "year": str(told)}
    if groups.get("year") and not month:
        year = _year_of(groups, None)
        return None if year is None else f"{year:04d}"
    if context.published is None and not groups.get("year"):
        return None
    if day is None:
        year = _year_of(groups, context.published) or 0
        if not groups.get("year") and context.published is not None:
            # the month of publication is this year's in any tense ("fell in December" written
            # on Dec. 14 tells of this December, whose middle is still ahead)
            if month == context.published.month:
                year = context.published.year
            else:
                year = _nearest_year(context.published, month, 15, context.direction)
        if context.args and context.args[0] == "quarter":  # "the September quarter"
            return f"{year:04d}-Q{(month - 1) // 3 + 1}"
        return f"{year:04d}-{month:02d}"
    if groups.get("year"):
        year = _year_of(groups, None)
        if year is None:
            return None
    else:
        assert context.published is not None
        # A past verb does not place a full date ("declared a dividend payable Dec. 7"); the
        # end of a period that has ended does ("the fiscal year ended Jan. 31").
        direction = -1 if context.direction == OVER else max(context.direction, 0)
        if "ahead" in context.args:  # "next June 30", "this coming May 1"
            direction = 1
        year = _nearest_year(context.published, month, day, direction)
    if day > calendar.monthrange(year, month)[1]:
        return None
    if context.args and context.args[0] == "quarter":  # "the Sept. 30 quarter"
        return f"{year:04d}-Q{(month - 1) // 3 + 1}"
    if context.args and context.args[0] == "week":
        return format_at(dt.date(year, month, day), "W")
    return _with_part(f"{year:04d}-{month:02d}-{day:02d}", groups, named_day=True)


@functools.cache
def date_orders() -> dict[str, str]:
    """Country code -> "month_first" or "mixed" (date_orders.tsv); others write the day first."""
    return {row["country"]: row["order"] for row in _read_tsv(DATE_ORDERS_FILE)}


def date_order(countries: Counter[str]) -> bool | None:
    """Day first (True), month first (False) or not known (None) for the country most of
    `countries` (the outlet's earlier places, else the article's own) lie in."""
    total = sum(countries.values())
    if not total:
        return None
    country, count = countries.most_common(1)[0]
    if 2 * count < total:
        return None  # no country of its own
    order = date_orders().get(country)
    return None if order == "mixed" else order != "month_first"


def numeric_readings(groups: dict[str, str | None]) -> list[dt.date]:
    """The days "first/second/year" can be: month/day, day/month, or both (distinct)."""
    year = year_number(groups["year"] or "")
    first, second = int(groups["first"] or 0), int(groups["second"] or 0)
    readings: list[dt.date] = []
    for month, day in ((first, second), (second, first)):
        with contextlib.suppress(ValueError, TypeError):
            reading = dt.date(year, month, day)  # type: ignore[arg-type]
            if reading not in readings:
                readings.append(reading)
    return readings


def resolve_numeric_date(groups: dict[str, str | None], context: Context) -> str | None:
    """A date in figures ("12/05/2025", "12.05.2025"). Where day and month could be swapped:
    the order of the outlet's country when known; else the one reading not after publication
    (or the one that is the publication day); else AMBIGUOUS_DAY, the year with month and day
    unknown, whose two readings the mention keeps as its first and last day."""
    readings = numeric_readings(groups)
    if not readings:
        return None
    if len(readings) > 1:
        if context.day_first is not None:
            readings = readings[1:] if context.day_first else readings[:1]
        elif context.published is not None:
            on_day = [r for r in readings if r == context.published]
            behind = [r for r in readings if r <= context.published]
            readings = on_day or (behind if len(behind) == 1 else readings)
    if len(readings) > 1:
        return f"{readings[0].year:04d}{AMBIGUOUS_DAY}"
    return readings[0].isoformat()


def ambiguous_day(value: str | None) -> bool:
    """A date in figures whose day and month could not be told apart (resolve_numeric_date)."""
    return bool(value) and value.endswith(AMBIGUOUS_DAY)  # type: ignore[union-attr]


def resolve_weekday(groups: dict[str, str | None], context: Context) -> str | None:
    """A weekday: 'recent' the nearest on or before (after, in future tense); 'last', 'next';
    'following' the next after the day the story last named."""
    if context.published is None:
        return None
    weekday = int(_word_value("weekday", groups["weekday"]) or 0)
    mode = context.args[0] if context.args else "recent"
    published = context.published
    if mode in ("following", "preceding"):
        # "the following Monday": the first after the day the story last named (else after
        # publication, as "next Monday"); "the previous Monday" the last before it
        last_day = _last_day(context)
        if last_day is not None:
            published = dt.date.fromisoformat(last_day[:10])
        mode = "next" if mode == "following" else "last"
    back = (published.isoweekday() - weekday) % 7
    ahead = (weekday - published.isoweekday()) % 7
    if mode == "last":
        day = published - dt.timedelta(days=back or 7)
    elif mode == "next":
        day = published + dt.timedelta(days=ahead or 7)
    elif context.direction > 0:
        day = published + dt.timedelta(days=ahead)
    else:
        day = published - dt.timedelta(days=back)
    return _with_part(day.isoformat(), groups, named_day=True)


def resolve_weekday_of_week(groups: dict[str, str | None], context: Context) -> str | None:
    """'Tuesday of next week': that weekday of publication's week moved by one ('the following
    week', 'the previous week', 'the same week': of the week of the day the story last named)."""
    week_of = (groups.get("week_of") or "").lower()
    anchored = week_of.startswith("the ")
    day = _last_day(context) if anchored else None
    base = dt.date.fromisoformat(day[:10]) if day else context.published
    if base is None:
        return None
    shift = {"next": 1, "following": 1, "last": -1, "previous": -1}.get(week_of.split()[-1], 0)
    weekday = int(_word_value("weekday", groups["weekday"]) or 1)
    monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=shift)
    return _with_part((monday + dt.timedelta(days=weekday - 1)).isoformat(), groups, named_day=True)


def resolve_day_beside(groups: dict[str, str | None], context: Context) -> str | None:
    """'the day before last Tuesday's hearing', 'the day after March 3': the day named, as it
    resolves alone, moved one day back or on."""
    if groups.get("weekday"):
        mode = _word_value("beside_mode", groups.get("beside_mode")) or "recent"
        day = resolve_weekday(groups, replace(context, args=(mode,)))
    else:
        day = resolve_date(groups, replace(context, args=()))
    if day is None or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
        return day
    shift = -1 if (groups.get("relation") or "").lower() == "before" else 1
    return (dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat()


def _unit_of(text: str, groups: dict[str, str | None]) -> str:
    if text == "{unit}":
        unit = _word_value("unit", groups.get("unit"))
        return unit or _word_value("frequency", groups.get("frequency")) or "D"
    return text


# The reporting periods of earnings stories; the last one named before "a year earlier"
# says which period that is. A quarter of something else ("a quarter-century low", "a
# quarter-point cut", "a quarter of the staff") is no reporting period.
_PERIOD_TALK = re.compile(
    r"\b(?:(?P<quarter>quarter(?![- ](?:century|point|mile|inch|of\b))|three months)"
    r"|nine months|six months|first half|half year)\b",
    re.I,
)


def _talks_of_quarter(before: str) -> bool:
    periods = list(_PERIOD_TALK.finditer(before))
    return bool(periods) and periods[-1].group("quarter") is not None


def _end_ahead(unit: str, context: Context) -> bool:
    """The end of publication's year, month or week is some days ahead of it (a week ends on
    Friday for this)."""
    published = context.published
    assert published is not None
    if unit == "Y":
        return published.month < 12
    if unit == "M":
        return published.day < 25
    if unit == "Q":
        return published.month % 3 != 0 or published.day < 25
    return unit == "W" and published.isoweekday() < 5


def resolve_shift(groups: dict[str, str | None], context: Context) -> str | None:
    """The publication date moved by N units, written at that unit: 'last year' -> 2014."""
    unit = _unit_of(context.args[0], groups)
    amount_text = context.args[1]
    sign = -1 if amount_text.startswith("-") else 1
    if "{number}" in amount_text:
        number = parse_number(groups.get("number"))
        if number is None:
            return "PAST_REF" if sign < 0 else "FUTURE_REF"
        half = groups.get("half") or groups.get("half_number")
        if half and unit == "Y":  # "a year and a half ago", "two and a half years ago"
            unit, number = "M", number * 12 + 6
        amount = sign * round(number)
    else:
        amount = int(amount_text)
    if context.published is None:
        return None
    last_day = _last_day(context) if groups.get("earlier") and unit in ("D", "W") else None
    if last_day is not None:
        # "arrested on Oct. 3; two days earlier he had bought a gun": counted back from the
        # day the story last named, not from publication ("a year earlier" in an earnings
        # report is the publication's year before)
        return format_at(shift_date(dt.date.fromisoformat(last_day[:10]), unit, amount), unit)
    if unit in ("H", "MIN", "S"):
        unit = "D"
        amount = 0
    past = context.direction in (-1, OVER)
    if "past-behind" in context.args and past and amount == 0:
        told = _told_period(unit, context)
        if told is not None:
            return told
    if (
        "past-behind" in context.args
        and context.direction in (-1, OVER)
        and _end_ahead(unit, context)
    ):
        # "the flu peaked by the end of the year" written in March: the end of this year is
        # still ahead, so a plain past tells of last year's
        amount -= 1
    if "reported" in context.args and context.last_quarter is not None:
        return _quarter_moved(context.last_quarter, amount + 1 if unit == "Q" else 0)
    same_quarter = "same-quarter" in context.args
    if same_quarter and unit == "Y" and amount == -1 and _talks_of_quarter(context.before):
        # Earnings reports compare the quarter just ended with the same quarter a year
        # before: "a year earlier" there is that quarter (as TimeBank annotates it), the
        # one the story named if it did.
        if context.last_quarter is not None:
            return _quarter_moved(context.last_quarter, -4)
        unit, amount = "Q", -5
    day = shift_date(context.published, unit, amount)
    value = format_at(day, unit)
    part = [arg for arg in context.args[2:] if arg.isupper()]
    if part:
        return f"{value}T{part[0]}"
    return _with_part(value, groups)


def _told_period(unit: str, context: Context) -> str | None:
    """The year, month or week of the date the story last named, when a past verb tells of
    the end of 'the month' and that date lies further back than the unit before
    publication's ('seized on Jan. 4, 2012; by the end of the month troops had retaken
    it': January 2012); else None (the end of publication's own or the last one)."""
    published = context.published
    assert published is not None
    before = format_at(shift_date(published, unit, -1), unit)
    told: str | None = None
    if unit == "M":
        told = context.last_month
    elif unit == "W" and context.last_day is not None:
        told = format_at(dt.date.fromisoformat(context.last_day), "W")
    elif unit == "Y":
        offset = max(0, len(context.before) - ANAPHOR_YEAR_REACH)
        years = [m.group() for m in _YEAR.finditer(context.before, offset)]
        told = years[-1] if years else None
    return told if told is not None and told < before else None


def _quarter_moved(quarter: str, amount: int) -> str:
    """A YYYY-Qn value moved by `amount` quarters."""
    index = int(quarter[:4]) * 4 + int(quarter[-1]) - 1 + amount
    return f"{index // 4:04d}-Q{index % 4 + 1}"


_YEAR = re.compile(r"(?<![\w$.,-])(?:1[6-9]|20)\d\d(?![\w%.,-]\d|s\b|%)")


def resolve_following_quarter(groups: dict[str, str | None], context: Context) -> str | None:
    """'the following quarter': the one after the quarter named just before it, else after the
    one an earnings story reports on, else after publication's."""
    previous = context.previous[1] if context.previous else ""
    if re.fullmatch(r"\d{4}-Q[1-4]", previous):
        return _quarter_moved(previous, 1)
    if context.last_quarter is not None:
        return _quarter_moved(context.last_quarter, 1)
    return resolve_shift(groups, replace(context, args=("Q", "1")))


def resolve_anaphor(groups: dict[str, str | None], context: Context) -> str | None:
    """'that year', 'the following year': the year last written out before, moved by N, or
    the one an anaphor after it gave ('in 2009 ... the following year ... that year': 2010)."""
    years = list(_YEAR.finditer(context.before))
    anaphor = context.last_anaphor
    if anaphor is not None and (not years or years[-1].start() < anaphor[0]):
        return f"{anaphor[1] + int(context.args[0]):04d}"
    if years:
        return f"{int(years[-1].group()) + int(context.args[0]):04d}"
    # No year written out before: the story's own year is the anchor.
    anchor = replace(context, direction=0, args=("Y", context.args[0]))
    return resolve_shift(groups, anchor)


def resolve_month_anaphor(groups: dict[str, str | None], context: Context) -> str | None:
    """'September that year': that month of the year last written out before (else none);
    'January of the following year': of the year after it; 'that September' of the year the
    story last told (with none, as 'September' alone)."""
    month = int(_word_value("month", groups["month"]) or 0)
    shift = int(context.args[0]) if context.args else 0
    if "told" in context.args:
        year = _told_year_of_anaphor(context)
        if year is None:
            return resolve_date(groups, replace(context, args=()))
        return f"{year:04d}-{month:02d}"
    years = _YEAR.findall(context.before)
    return f"{int(years[-1]) + shift:04d}-{month:02d}" if years else None


def resolve_following_month(groups: dict[str, str | None], context: Context) -> str | None:
    """'the following January': the first such month after the month the story last named
    (after the year last written out, with no month named; else 'next January')."""
    month = int(_word_value("month", groups["month"]) or 0)
    anchor = context.last_month
    if anchor is not None:
        year, anchor_month = map(int, anchor.split("-"))
        return f"{year + (month <= anchor_month):04d}-{month:02d}"
    years = _YEAR.findall(context.before)
    if years:
        return f"{int(years[-1]) + 1:04d}-{month:02d}"
    return resolve_month(groups, replace(context, args=("1",)))


def resolve_quarter(groups: dict[str, str | None], context: Context) -> str | None:
    """'the third quarter' -> 2015-Q3 (publication year unless one is named), halves too; a
    quarter not yet begun, under a plain past verb, is last year's; one already over, in the
    future tense or a plan, next year's."""
    year = _year_of(groups, context.published)
    if year is None:
        return None
    shifted = bool(context.args) and context.args[0].lstrip("-").isdigit()
    if shifted:
        year += int(context.args[0])
    ordinal = (
        ("4" if "last" in context.args else None)  # "the last quarter of 1988"
        or _word_value("ordinal", groups.get("ordinal"))
        or _word_value("quarter_code", groups.get("quarter_code"))
        or "X"
    )
    ordinal_text = (groups.get("ordinal") or "").lower()
    # ("the first and second halves": a pair of halves)
    half = (context.args and context.args[-1] == "half") or groups.get("halves")
    letter = "H" if half else "Q"
    named_alone = not groups.get("year") and not shifted
    if "pair" in context.args and context.direction == 0:
        # "is usually done in the second and fourth quarters": quarters of any year
        return f"XXXX-{letter}{ordinal}"
    if named_alone and ordinal != "X" and context.published is not None:
        # "profits fell in the fourth quarter", written in January: last year's quarter.
        now = _quarter(context.published) if letter == "Q" else context.published.month // 7 + 1
        if int(ordinal) > now and context.direction < 0:
            year -= 1
        # "plans to finish the sale by the end of the first quarter", written in October: next
        # year's; not the quarter just ended, whose results are still to come ("expects to
        # report a third-quarter loss"), nor a fiscal one, numbered by its fiscal year
        elif int(ordinal) < now - 1 and context.direction > 0 and "fiscal" not in ordinal_text:
            year += 1
    return f"{year:04d}-{letter}{ordinal}"


def resolve_quarter_ended(groups: dict[str, str | None], context: Context) -> str | None:
    """'the quarter ended Jan. 31': the three months up to that day, named by the calendar
    quarter holding most of them (November to January: the fourth); after a quarter named by its
    number, that one (a fiscal year numbers its quarters off the calendar)."""
    if context.last_quarter is not None:
        return context.last_quarter
    if context.published is None:
        return None
    month = int(_word_value("month", groups.get("month")) or 0)
    day = int(groups["day"] or 1)
    direction = -1 if (groups.get("ending") or "").lower() == "ended" else 0
    year = _nearest_year(context.published, month, day, direction)
    end = dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))
    middle = end - dt.timedelta(days=45)
    return f"{middle.year:04d}-Q{_quarter(middle)}"


def resolve_day_of_month(groups: dict[str, str | None], context: Context) -> str | None:
    """'on the 15th': that day of the month the story last named, else of the nearest month
    (behind publication unless the verb looks ahead)."""
    day = int(groups["day"] or 0)
    if context.last_month is not None:
        year, month = map(int, context.last_month.split("-"))
    elif context.published is not None:
        published = context.published
        ahead = day > published.day
        # a day still to come this month lies a month back, one gone a month on, as the verb says
        step = (-1 if context.direction <= 0 else 0) if ahead else int(context.direction > 0)
        month_start = _add_months(dt.date(published.year, published.month, 1), step)
        year, month = month_start.year, month_start.month
    else:
        return None
    if day > calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def resolve_period(groups: dict[str, str | None], context: Context) -> str | None:
    """'the 1988 quarter' / 'the 1988 period' in an earnings story: that year's quarter
    matching the one just ended; otherwise the year."""
    year = _year_of(groups, None)
    if year is None:
        return None
    if context.published is None or not _talks_of_quarter(context.before):
        return f"{year:04d}"
    if context.last_quarter is not None:
        return f"{year:04d}-Q{context.last_quarter[-1]}"
    return f"{year:04d}-Q{_quarter(shift_date(context.published, 'Q', -1))}"


def resolve_month(groups: dict[str, str | None], context: Context) -> str | None:
    """'last March' (the most recent before this month), 'next March', 'this March';
    with the arg 'year', the month of the year moved by N: 'April next year'; with the arg
    'beyond_last_month', 'last February' written in March is the year before's (the month
    just ended is "last month"; across the new year "last December" is also last year's, so
    that one stays)."""
    if context.published is None:
        return None
    month = int(_word_value("month", groups["month"]) or 0)
    mode = int(context.args[0])
    year = context.published.year
    if "year" in context.args[1:]:
        year += mode
    elif mode < 0 and (
        month >= context.published.month
        or ("beyond_last_month" in context.args[1:] and month == context.published.month - 1)
    ):
        year -= 1
    elif mode > 0 and month <= context.published.month:
        year += 1
    return f"{year:04d}-{month:02d}"


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def resolve_season(groups: dict[str, str | None], context: Context) -> str | None:
    """'last fall' (the most recent fall over), 'the summer' of this year (the coming one when
    it lies ahead: 'in the fall' written in August), 'winter of 1994'."""
    season = _word_value("season", groups["season"]) or "SU"
    if groups.get("year"):
        year = _year_of(groups, None)
        return None if year is None else f"{year:04d}-{season}"
    if context.published is None:
        return None
    relative_year = (groups.get("relative_year") or "").lower()
    if relative_year:  # "the spring of last year"
        shift = {"last": -1, "next": 1}.get(relative_year, 0)
        return f"{context.published.year + shift:04d}-{season}"
    mode = int(context.args[0]) if context.args else 0
    published = context.published
    start = dt.date(published.year, _SEASON_START[season], 1)
    if start > published:
        start = start.replace(year=start.year - 1)
    # `start` is now the latest beginning of that season on or before publication.
    under_way = published < _add_months(start, 3)
    if mode < 0 and start + dt.timedelta(days=91) > published:
        start = start.replace(year=start.year - 1)
    elif mode > 0:
        start = start.replace(year=start.year + 1)
    elif mode == 0 and not under_way and context.direction >= 0:
        # "the fall" named in August is the coming one, as a month named alone is (in future
        # tense, or within AHEAD_DAYS); under a past verb it is the one over
        ahead = start.replace(year=start.year + 1)
        if context.direction > 0 or (ahead - published).days <= AHEAD_DAYS:
            start = ahead
    year = start.year + 1 if season == "WI" and mode == 0 and published.month <= 2 else start.year
    return f"{year:04d}-{season}"


def _told_year_of_anaphor(context: Context) -> int | None:
    """The year 'that summer' or 'that September' is of: the one last written out, or that
    an expression after it gave ('in 2014 ... the following March ... that summer': 2015)."""
    years = list(_YEAR.finditer(context.before))
    written = years[-1].end() if years else -1
    anaphor, previous = context.last_anaphor, context.previous
    # (a week's year is the ISO year, which may not be the story's)
    if previous is not None and previous[0] > written and re.match(r"\d{4}-[^W]", previous[1]):
        return int(previous[1][:4])
    if anaphor is not None and anaphor[0] > written:
        return anaphor[1]
    return int(years[-1].group()) if years else None


def resolve_season_anaphor(groups: dict[str, str | None], context: Context) -> str | None:
    """'that summer', 'the spring of that year': that season of the year the story last wrote
    out (or an anaphor gave); 'the following spring' the first after the month named in that
    year, else of the next year ('the previous summer' the last before it); 'the spring of the
    following year' of the next year. With no year written before, as 'the summer' or 'next
    summer'."""
    season = _word_value("season", groups["season"]) or "SU"
    shift = int(context.args[0])
    year = _told_year_of_anaphor(context)
    if year is None:
        return resolve_season(groups, replace(context, args=(str(shift),)))
    if shift and "year" not in context.args[1:]:
        anchor = context.last_month
        month = int(anchor[5:7]) if anchor is not None and int(anchor[:4]) == year else None
        start = _SEASON_START[season]
        # the season after (before) a month named in that year may lie in the same year
        same_year = month is not None and (start > month if shift > 0 else start + 3 <= month)
        if not same_year:
            year += shift
    elif shift:
        year += shift
    return f"{year:04d}-{season}"


# How many days ahead a holiday may be that a plain past tells of (its eve, its week).
HOLIDAY_NEAR_DAYS = 31


def resolve_holiday(groups: dict[str, str | None], context: Context) -> str | None:
    """A holiday in the named year, else the occurrence nearest publication (tense-aware);
    'Easter week' is the week it falls in."""
    name = _word_value("holiday", groups["holiday"]) or ""
    mode = int(context.args[0]) if context.args else 0
    if groups.get("holiday_year"):  # "Christmas of last year", "Easter next year"
        mode = -1 if groups["holiday_year"].lower() == "last" else 1
    unit = "W" if "week" in context.args else "M" if name in HOLIDAY_MONTHS else "D"
    year = _year_of(groups, None)
    if year is not None:
        days = _holidays(name, year)
        # a lunar holiday of a year the table does not hold: that year, no finer
        return _holiday_at(days[0], unit, context) if days else f"{year:04d}"
    if context.published is None:
        return None
    published = context.published
    dates = [
        d for year in range(published.year - 1, published.year + 2) for d in _holidays(name, year)
    ]
    direction = mode or max(context.direction, 0)
    if not mode and context.direction in (-1, OVER):
        # under a plain past a holiday lies behind unless it is days away, its eve or week
        # perhaps under way ("saw them armed on New Year's Eve" written in July is the last
        # one; "gunfire at a Halloween party" written on Oct. 30 is this one)
        dates = [d for d in dates if (d - published).days <= HOLIDAY_NEAR_DAYS]
    if not mode and context.direction == OVER and unit == "D" and "weekend" not in context.args:
        # a day the past verb itself places ("met on Valentine's Day") is no day still ahead
        # (its week may be under way: "as Easter week began")
        dates = [d for d in dates if d <= published]
    # "next Christmas" on Christmas Day is a year away; "on Christmas" in future tense is today.
    today = 0 if mode else 1
    if direction > 0:
        dates = [d for d in dates if (d - published).days >= 1 - today]
    elif direction < 0:
        dates = [d for d in dates if (published - d).days >= 1 - today]
    if not dates:  # a lunar holiday told in a year the table does not hold
        return None
    return _holiday_at(min(dates, key=lambda d: abs((d - published).days)), unit, context)


def _holiday_at(day: dt.date, unit: str, context: Context) -> str:
    """The holiday's day or week; 'the Memorial Day weekend' the weekend nearest it (before a
    Monday, after a Thursday)."""
    if "weekend" not in context.args:
        return format_at(day, unit)
    saturday = day + dt.timedelta(days=5 - day.weekday())
    if (saturday - day).days > 3:
        saturday -= dt.timedelta(weeks=1)
    return format_at(saturday, "W") + "-WE"


def resolve_clock(groups: dict[str, str | None], context: Context) -> str | None:
    """'10:35 a.m.' on the day named beside it (or publication day), 'noon Thursday'."""
    if groups.get("noon"):
        hour, minute = (24, None) if groups["noon"].lower() == "midnight" else (12, "00")
    elif groups.get("hour24"):  # "1400 GMT", "at 14:30", "0600 local time"
        hour, minute = int(groups["hour24"]), groups["minute24"]
    else:
        hour, minute = int(parse_number(groups["hour"] or "0") or 0), groups.get("minute")
        ampm = (groups.get("ampm") or "").lower()
        # "four in the morning", "3 in the afternoon", "10 at night" (but "2 at night" is 2am)
        part = (groups.get("part") or groups.get("part_night") or "").lower()
        if groups.get("tonight"):  # "8 o'clock tonight"
            part = "night"
        later = part in ("afternoon", "evening") or (part == "night" and hour >= 6)
        if (ampm.startswith("p") or later) and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
        minute = minute or "00"
        if hour > 24:
            return None
    day_groups = {**groups, "part": None}  # the clock already says the part of the day
    relative_day = (groups.get("relative_day") or groups.get("tonight") or "").lower()
    if relative_day and context.published is not None:  # "11 a.m. yesterday"
        shift = int(load_time_words()["relative_day"][relative_day])
        day = shift_date(context.published, "D", shift).isoformat()
    elif groups.get("month"):
        day = resolve_date(day_groups, context)
    elif groups.get("weekday"):
        day = resolve_weekday(day_groups, replace(context, args=()))
    else:
        day = _story_day(context)
    if day is None:
        return None
    return f"{day}T{hour:02d}" + (f":{minute}" if minute else "")


# What a web page prints before its own time stamp ("Updated: Tuesday, June 9, 2015 7:12 PM").
_PAGE_STAMP = re.compile(
    rf"\b(?:(?:{alternation(load_time_words()['page_stamp'])})(?: on| at)?\s*:?|(?m:^)date\s*:)\s*"
    # its clock time after its date: "Updated: Tuesday, June 9, 2015 7:12 PM"
    r"(?:(?:[a-z]+,?\s+)?[a-z]+\.?\s+\d{1,2},?\s+\d{4},?\s*(?:at\s+)?)?$",
    re.IGNORECASE,
)


def page_stamp(text: str, start: int) -> bool:
    """True when the time expression at `start` is the page's own stamp, no event's time: nor
    the day the story talks of (an update may be a year after the story)."""
    return _PAGE_STAMP.search(text[max(0, start - 60) : start]) is not None


_STAMP_LINE = re.compile(
    rf"\s*(?:{alternation([*load_time_words()['page_stamp'], 'date'])})(?: on| at)?\s*:"
    r"[^\n]{1,60}\s*",
    re.IGNORECASE,
)


def is_stamp_line(text: str) -> bool:
    """True for a line that is only the page's stamp ("Date: 2026-11-20", "Published: March
    19, 2025"): no sentence of the report."""
    return _STAMP_LINE.fullmatch(text) is not None


def _last_day(context: Context) -> str | None:
    """The day the story was just talking about; told in the past, the last one named behind
    publication ("A hearing is set for July 14. At 3 a.m. the boy was asleep": the hour
    belongs to a day behind it)."""
    published = context.published
    if context.last_day is None or published is None:
        return context.last_day
    if context.direction < 0 and context.last_day > str(published):
        return context.last_day_behind or published.isoformat()
    return context.last_day


def _story_day(context: Context) -> str | None:
    """The day a bare clock time or part of the day belongs to: the one the story was just
    talking about, else the publication day."""
    day = _last_day(context)
    if day is None and context.published is not None:
        return context.published.isoformat()
    return day


def resolve_part_of_day(groups: dict[str, str | None], context: Context) -> str | None:
    """'in the afternoon', 'until the evening': that part of the day the story last named (or
    of the publication day); 'later in the day' that day."""
    part, day = _word_value("part", groups.get("part")), _story_day(context)
    return f"{day}T{part}" if part and day else day


_APPOSED = re.compile(r",\s+the\s+day", re.I)


def resolve_apposed_day(groups: dict[str, str | None], context: Context) -> str | None:
    """'On Sunday, the day after the bombing': 'the day' set beside a day just named is that
    day; with no day right before its comma it is some other day the story does not date."""
    previous = context.previous
    if previous is None or not re.match(r"\d{4}-\d\d-\d\d", previous[1]):
        return NO_TIME
    if _APPOSED.fullmatch(context.text, previous[0], context.end) is None:
        return NO_TIME
    return previous[1][:10]


# "Until then" points back at a time only while that time is still in view: named in its
# sentence or the one before, not across paragraphs.
_THEN_REACH = 250
# "Today is the eighth day of ...": the day and its ordinal are a few words apart at most.
_APPOSED_REACH = 40
_SENTENCE_END = re.compile(r"[.!?][\"'”’]*\s")


def resolve_time_just_named(groups: dict[str, str | None], context: Context) -> str | None:
    """'until then', 'by then': the date or time named just before, in the same sentence or
    the one before ("will terminate on Nov. 30. Until then, ..."); with none in view, or
    only a reference with no date ("now"), no time. With arg "duration" ('during that
    time') the length of time named just before ("a five-year effort. During that time":
    P5Y), not a date (a date may open a range whose end it would leave out). With arg "day"
    ('today is the eighth day of the strike') the day named right before the verb."""
    previous = context.previous
    wanted = r"P\d" if "duration" in context.args else r"\d"
    if "day" in context.args:
        wanted = r"\d{4}-\d\d-\d\d"
    if previous is None or not re.match(wanted, previous[1]):
        return NO_TIME
    between = context.text[previous[0] : context.end]
    if "day" in context.args and len(between) > _APPOSED_REACH:
        return NO_TIME
    if len(between) > _THEN_REACH or len(_SENTENCE_END.findall(between)) > 1:
        return NO_TIME
    return previous[1][:10] if "day" in context.args else previous[1]


# The unit "last" leaves out, named with "this" before it in the sentence ("twice as high
# this year as last").
_ELLIPSIS_UNIT = re.compile(
    r"\b(?:this|the current) (?P<unit>week|month|quarter|year)\b[^.;!?]{0,80}\b(?:as|than)\s+$",
    re.I,
)


def resolve_elliptical_last(groups: dict[str, str | None], context: Context) -> str | None:
    """'last' alone after 'as' or 'than', its unit left out: the one before publication's of
    the unit the sentence named with 'this' ("higher this year than last": last year); with
    no such unit ("the same as last") no time."""
    if context.published is None:
        return None
    unit_named = _ELLIPSIS_UNIT.search(context.text, 0, context.end - len("last"))
    if unit_named is None:
        return NO_TIME
    unit = _word_value("unit", unit_named.group("unit"))
    if unit is None:
        return NO_TIME
    return format_at(shift_date(context.published, unit, -1), unit)


def resolve_same_day(groups: dict[str, str | None], context: Context) -> str | None:
    """'that day', 'the next day', 'that night': the day the story last named, moved by N. A
    month named alone after it is the story's time now ('killed last October ... crossed out
    that same day': a day of that October, which is not told); with neither, the words point
    at no time the story gave ('trades made that day' of a general rule): no time. ('The next
    day' may count from a day the story told without its date: unknown.)"""
    day = _last_day(context)
    shift = int(context.args[0]) if context.args else 0
    if shift == 0 and context.published is not None:
        month = context.last_month
        if month is not None and (day is None or day[:7] != month):
            return f"{month}-XX"
        if day is None:
            return NO_TIME
    if day is None:
        return None
    return _with_part((dt.date.fromisoformat(day) + dt.timedelta(days=shift)).isoformat(), groups)


# A range's second year lies at most this many years after its first ("1957-58", "2009-10");
# "2015-03" is a month written the ISO way, no range.
RANGE_YEARS = 10
# No time at all: a resolver's answer that drops its match ("2015-03" is no range).
NO_TIME = ""


def resolve_range_year(groups: dict[str, str | None], context: Context) -> str | None:
    """The second year of a range written with two digits: '1957-58' -> 1958, '1999-00' ->
    2000."""
    first = int(groups["range_from"] or 0)
    year = first - first % 100 + int(groups["range_to"] or 0)
    if year <= first:
        year += 100
    return f"{year:04d}" if year - first <= RANGE_YEARS else NO_TIME


@functools.cache
def _two_days() -> re.Pattern[str]:
    """A month and two days joined by 'and', a dash, 'to' or 'through' ('April 24 and 25',
    'Dec. 18-19', 'May 3 to 5'), as the text ends."""
    day = r"(\d\d?)(?:st|nd|rd|th)?"
    months = _word_alternatives("month")
    joint = r"(?:,?\s+and\s+|\s*[-–]\s*|\s+(?:to|through|till|until)\s+)"
    return re.compile(rf"(?:{months})\s+{day}{joint}{day}$", re.I)


# A match starting right after a hyphen that does not end a year ("Dec. 18-19", "10-12 years"):
# only the second day of a range ("19") may start there.
_AFTER_HYPHEN = re.compile(r"(?<![\d-])\d\d?-$")
_RANGE_DAY_RULE = "second_day"


def _after_hyphen(text: str, start: int) -> bool:
    return _AFTER_HYPHEN.search(text[max(0, start - 4) : start]) is not None


def resolve_second_day(groups: dict[str, str | None], context: Context) -> str | None:
    """'25' of 'April 24 and 25' or of 'Dec. 24-25': a later day of the month of the day just
    named."""
    written = _two_days().search(context.text[max(0, context.end - 40) : context.end])
    if context.last_day is None or written is None:
        return NO_TIME
    first = dt.date.fromisoformat(context.last_day)
    day = int(written.group(2))
    if first.day != int(written.group(1)) or day <= first.day:
        return NO_TIME
    if day > calendar.monthrange(first.year, first.month)[1]:
        return NO_TIME
    return first.replace(day=day).isoformat()


# How far back (characters) a year written out anchors "the previous year": about a sentence.
ANAPHOR_YEAR_REACH = 200


def resolve_anaphor_unit(groups: dict[str, str | None], context: Context) -> str | None:
    """'the previous day / week / month', 'the following month': the day, week or month the
    story last named, moved by N; 'the previous year' the year written just before it (within
    ANAPHOR_YEAR_REACH characters: 'founded in 1923' far above is no anchor for 'profit rose
    from the previous year'), or the year an expression just before gave ('$3 million last
    year, down from $4 million the year before'); without an anchor, publication's."""
    unit = _unit_of(context.args[0], groups)
    amount = int(context.args[1])
    anchor: str | None
    if unit == "Y":
        offset = max(0, len(context.before) - ANAPHOR_YEAR_REACH)
        years = [(m.end(), m.group()) for m in _YEAR.finditer(context.before, offset)]
        previous = context.previous
        if previous and previous[0] >= offset and re.fullmatch(r"\d{4}", previous[1]):
            years.append(previous)
        if years:
            return f"{int(max(years)[1]) + amount:04d}"
        anchor = None
    else:
        anchor = context.last_month if unit == "M" else context.last_day
    if anchor is None:
        return resolve_shift(groups, replace(context, args=(unit, str(amount))))
    if unit == "M":
        year, month = map(int, anchor.split("-"))
        return format_at(shift_date(dt.date(year, month, 1), "M", amount), "M")
    return format_at(shift_date(dt.date.fromisoformat(anchor), unit, amount), unit)


def resolve_decade(groups: dict[str, str | None], context: Context) -> str | None:
    """'the 1990s' -> 199, 'the nineties' -> 199, 'the 20th century' -> 19."""
    if groups.get("decade"):
        # "the 1800s" is a century (the 19th) more often than a decade; "the 2000s" a decade
        decade = groups["decade"]
        return decade[:2] if decade.endswith("0") and decade < "200" else decade
    if groups.get("century"):
        return f"{int(groups['century']) - 1:02d}"
    if groups.get("day_ordinal"):  # "the twenty-first century" -> 20 (no year 0 for the first)
        century = int(_word_value("day_ordinal", groups["day_ordinal"]) or 0)
        return f"{century - 1:02d}" if century > 1 else NO_TIME
    if groups.get("decade_short"):  # "the '80s": the last century's, "'00s" and "'10s" this one's
        digit = int(groups["decade_short"])
        return f"{20 if digit < 2 else 19}{digit}"
    return _word_value("decade", groups.get("decade_word"))


_DURATION_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
_DURATION_SMALLER |= {"H": ("MIN", 60), "DE": ("Y", 10), "CE": ("Y", 100), "Q": ("M", 3)}
_DURATION_SMALLER |= {"MIN": ("S", 60)}


def duration_value(number: float | None, unit: str) -> str:
    """A TIMEX3 duration: P3D, PT5H, P2Y6M, PXY for a vague number."""
    if unit in ("DE", "CE") and number is not None:
        number, unit = number * (10 if unit == "DE" else 100), "Y"
    if unit == "Y" and number and number >= 1000 and number % 1000 == 0:
        number, unit = number / 1000, "L"  # "two thousand years": P2L, in millennia
    if unit == "FN":  # "a fortnight": two weeks
        number, unit = None if number is None else number * 2, "W"
    time_part = unit in ("H", "MIN", "S")
    # an unknown number of centuries takes TimeBank's letter ("for centuries": PXC)
    letter = {"MIN": "M", "DE": "DE", "CE": "C"}.get(unit, unit)
    prefix = "PT" if time_part else "P"
    if number is None:
        return f"{prefix}X{letter}"
    whole = int(number)
    rest = number - whole
    value = f"{prefix}{whole}{letter}" if whole else prefix
    if rest and unit in _DURATION_SMALLER:
        smaller, factor = _DURATION_SMALLER[unit]
        small = round(rest * factor)
        if smaller in ("H", "MIN") and not time_part:
            value += "T"
        value += f"{small}{'M' if smaller == 'MIN' else smaller}"
    return value


def resolve_duration(groups: dict[str, str | None], context: Context) -> str | None:
    """'three days' -> P3D, 'the past two years' -> P2Y, 'several weeks' -> PXW."""
    unit = _unit_of(context.args[0] if context.args else "{unit}", groups)
    number = parse_number(groups.get("number")) if groups.get("number") else None
    if not groups.get("number") and not (context.args and context.args[-1] == "vague"):
        number = 1.0
    if number is not None and (groups.get("half") or groups.get("half_number")):
        number += 0.5
    return duration_value(number, unit)


def resolve_set(groups: dict[str, str | None], context: Context) -> str | None:
    """'every week' / 'twice a week' -> P1W, 'every two years' -> P2Y, 'each Thursday' /
    'Thursdays' -> XXXX-WXX-4, 'every morning' -> XXXX-XX-XXTMO, 'every May' -> XXXX-05."""
    weekday = _word_value("weekday", groups.get("weekday")) or _word_value(
        "weekdays", groups.get("weekdays")
    )
    part = _word_value("part", groups.get("part"))
    if weekday:
        return f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    season = _word_value("season", groups.get("season"))
    if season:  # "every spring"
        return f"XXXX-{season}"
    month = _word_value("month", groups.get("month"))
    if month:  # "every January"
        return f"XXXX-{int(month):02d}"
    if part:  # "every morning"
        return f"XXXX-XX-XXT{part}"
    number: float | None = 1.0
    if "every" in context.args:  # "every two years" -> P2Y, "every other week" -> P2W
        number = 2.0 if groups.get("other") else parse_number(groups.get("number"))
    # ("three times a week" is still P1W: the count is the frequency, not the period)
    return duration_value(number, _unit_of("{unit}", groups))


@functools.cache
def _counts() -> re.Pattern[str]:
    """A count in words or figures, cardinal or ordinal ('three', 'third', '3rd')."""
    words = f"{_word_alternatives('day_ordinal')}|{_word_alternatives('number')}"
    return re.compile(rf"\b(?:(?P<figure>\d+)(?:st|nd|rd|th)?|(?P<word>{words}))\b", re.I)


def resolve_as_many(groups: dict[str, str | None], context: Context) -> str | None:
    """'the third bombing in as many days' -> P3D: the last count the sentence gave before
    ('a', 'an' and vague words such as 'many' give none)."""
    sentence = re.split(r"[.!?]\s", context.before)[-1]
    numbers = [
        m.group("figure")
        or _word_value("day_ordinal", m.group("word"))
        or _word_value("number", m.group("word"))
        for m in _counts().finditer(sentence)
    ]
    counts = [n for n in numbers if n and n.isdigit() and int(n) > 1]
    return duration_value(float(counts[-1]) if counts else None, _unit_of("{unit}", groups))


def resolve_month_range(groups: dict[str, str | None], context: Context) -> str | None:
    """'the October-December quarter', 'the January-June period': the calendar quarter or half
    those months make up, ending behind publication unless the verb looks ahead (other runs
    of months, a fiscal half from April, are no calendar period: no time)."""
    first = int(_word_value("month", groups.get("month")) or 0)
    last = int(_word_value("month", groups.get("month_to")) or 0)
    months = last - first + 1
    if (months, first % months if months in (3, 6) else -1) not in ((3, 1), (6, 1)):
        return NO_TIME
    year = _year_of(groups, None)
    if year is None:
        if context.published is None:
            return None
        direction = 1 if context.direction > 0 else -1
        year = _nearest_year(context.published, last, 28, direction)
    if months == 3:
        return f"{year:04d}-Q{(first - 1) // 3 + 1}"
    return f"{year:04d}-H{(first - 1) // 6 + 1}"


def resolve_week_of_month(groups: dict[str, str | None], context: Context) -> str | None:
    """'the second week of October': the ISO week holding that week's middle day (the last
    week: the one holding the month's fourth-last day)."""
    month = resolve_date({**groups, "day": None}, replace(context, args=()))
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month):
        return month
    first = dt.date.fromisoformat(f"{month}-01")
    ordinal = (groups.get("week_ordinal") or "").lower()
    if ordinal == "last":
        middle = _add_months(first, 1) - dt.timedelta(days=4)
    else:
        middle = first + dt.timedelta(days=7 * int(_word_value("ordinal", ordinal) or 1) - 4)
    return format_at(middle, "W")


def resolve_weekday_of_month(groups: dict[str, str | None], context: Context) -> str | None:
    """'the first Tuesday in November', 'the last Friday of March': that weekday of the month
    (the month resolved as when named alone); 'the last day of February' its last day."""
    month = resolve_date({**groups, "day": None}, replace(context, args=()))
    if month is None or not re.fullmatch(r"\d{4}-\d\d", month):
        return month
    first = dt.date.fromisoformat(f"{month}-01")
    last = _add_months(first, 1) - dt.timedelta(days=1)
    ordinal = (groups.get("week_ordinal") or "").lower()
    weekday = _word_value("weekday", groups.get("weekday"))
    if weekday is None:  # "the last day of February"
        return last.isoformat()
    if ordinal == "last":
        return (last - dt.timedelta(days=(last.isoweekday() - int(weekday)) % 7)).isoformat()
    day = first + dt.timedelta(days=(int(weekday) - first.isoweekday()) % 7)
    day += dt.timedelta(weeks=int(_word_value("ordinal", ordinal) or 1) - 1)
    return day.isoformat() if day.month == first.month else None


def resolve_weekend(groups: dict[str, str | None], context: Context) -> str | None:
    """'the weekend' (the latest on or before publication), 'next weekend'."""
    if context.published is None:
        return None
    mode = int(context.args[0]) if context.args else 0
    published = context.published
    saturday = published - dt.timedelta(days=(published.isoweekday() - 6) % 7)
    if mode > 0 or (mode == 0 and context.direction > 0 and saturday < published):
        saturday += dt.timedelta(weeks=1)
    elif mode < 0 and published.isoweekday() >= 6:
        saturday -= dt.timedelta(weeks=1)
    return format_at(saturday, "W") + "-WE"


def resolve_anchored_weekend(groups: dict[str, str | None], context: Context) -> str | None:
    """'that weekend' (the one of the week of the day the story last named), 'the following
    weekend' (the next after that day), 'the previous weekend'; with no day named, as 'the
    weekend', 'next weekend', 'last weekend'."""
    shift = int(context.args[0])
    day = _last_day(context)
    if day is None:
        return resolve_weekend(groups, context)
    told = dt.date.fromisoformat(day[:10])
    if shift > 0 and told.isoweekday() < 6:
        shift = 0  # a weekday's following weekend is the one of its own week
    return format_at(shift_date(told, "W", shift), "W") + "-WE"


RESOLVERS: dict[str, Resolver] = {
    "day_of_month": resolve_day_of_month,
    "quarter_ended": resolve_quarter_ended,
    "date": resolve_date,
    "numeric_date": resolve_numeric_date,
    "weekday": resolve_weekday,
    "day_beside": resolve_day_beside,
    "apposed_day": resolve_apposed_day,
    "shift": resolve_shift,
    "quarter": resolve_quarter,
    "period": resolve_period,
    "anaphor": resolve_anaphor,
    "anaphor_unit": resolve_anaphor_unit,
    "month": resolve_month,
    "season": resolve_season,
    "season_anaphor": resolve_season_anaphor,
    "weekday_of_month": resolve_weekday_of_month,
    "following_month": resolve_following_month,
    "holiday": resolve_holiday,
    "clock": resolve_clock,
    "decade": resolve_decade,
    "same_day": resolve_same_day,
    "part_of_day": resolve_part_of_day,
    "duration": resolve_duration,
    "set": resolve_set,
    "weekend": resolve_weekend,
    "anchored_weekend": resolve_anchored_weekend,
    "week_of_month": resolve_week_of_month,
    "weekday_of_week": resolve_weekday_of_week,
    "month_range": resolve_month_range,
    "following_quarter": resolve_following_quarter,
    "as_many": resolve_as_many,
    "range_year": resolve_range_year,
    "second_day": resolve_second_day,
    "month_anaphor": resolve_month_anaphor,
    "time_just_named": resolve_time_just_named,
    "elliptical_last": resolve_elliptical_last,
}


def interval_of(value: str | None) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The first and last day a TIMEX3 date value covers, and its precision."""
    if value is None:
        return None, None, None
    day = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    if day:
        date = dt.date(*map(int, day.groups()))
        return date, date, DatePrecision.DAY.value
    week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
    if week:
        year, number = int(week.group(1)), int(week.group(2))
        monday = dt.date.fromisocalendar(year, number, 1)
        if week.group(3):
            weekend = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
            return *weekend, DatePrecision.WEEK.value
        return monday, monday + dt.timedelta(days=6), DatePrecision.WEEK.value
    month = re.fullmatch(r"(\d{4})-(\d\d)(?:-XX)?", value)  # (a day of it not told)
    if month:
        year, number = int(month.group(1)), int(month.group(2))
        last = calendar.monthrange(year, number)[1]
        return dt.date(year, number, 1), dt.date(year, number, last), DatePrecision.MONTH.value
    part = re.fullmatch(r"(\d{4})-(Q[1-4]|H[12]|SP|SU|FA|WI)", value)
    if part:
        year, name = int(part.group(1)), part.group(2)
        if name[0] == "Q":
            first, months = 3 * int(name[1]) - 2, 3
        elif name[0] == "H":
            first, months = (1 if name == "H1" else 7), 6
        else:
            first, months = _SEASON_START[name], 3
        start = dt.date(year, first, 1)
        end = _add_months(start, months) - dt.timedelta(days=1)
        return start, end, DatePrecision.MONTH.value
    for digits, span in ((4, 1), (3, 10), (2, 100)):
        if re.fullmatch(rf"\d{{{digits}}}", value):
            first_year = int(value) * span
            last_year = first_year + span - 1
            return dt.date(first_year, 1, 1), dt.date(last_year, 12, 31), DatePrecision.YEAR.value
    return None, None, None


# --------------------------------------------------------------------------- finding

# tense_direction of a date behind publication whatever the resolver: the day a period "ended"
# on, or a day a plain past verb itself places ("took place on March 3").
OVER = -2
# tense_direction of a time under a plan told in the past perfect ("had meant to leave by the
# end of the year"): behind like a past for a day of the week, but no sure past.
PAST_PLAN = -3
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# "would" points ahead only for a time that the verb itself governs ("would travel Thursday");
# inside a noun phrase it is often an event already over ("would fight Wednesday's ruling").
_FUTURE_IN_PAST_AUX = frozenset({"would"})
_MODAL_AHEAD = frozenset({"may", "might", "should", "must"})
_PAST_PERFECT_AUX = frozenset({"had"})
_FUTURE_CUE = re.compile(r"\b(?:as (?:soon|early) as|no later than|starting|until)\s+$", re.I)
FUTURE_VERB_DEPTH = 2
_SINCE = re.compile(r"\bsince\s+$", re.I)


def _through_for(verb: Token, word: Token, preposition: str = "for") -> bool:
    """`word` is the object of a "for" of `verb`'s own ("set for Friday"); deeper ("called
    for a strike on Thursday") the day may be the call's, so it is not taken."""
    head = word.head
    if head.dep_ != "prep" or head.lower_ != preposition:
        return False
    owner = head.head
    if owner.dep_ in ("prt", "advmod") and owner.head.i == verb.i:
        owner = owner.head  # "pushed back to Friday": the particle's "to"
    return owner.i == verb.i


def _appeal_not_past(verb: Token, auxiliaries: set[str]) -> bool:
    """`verb` is in the present, the present perfect or the progressive: not a plain past."""
    if auxiliaries & {"had", "did", "was", "were"}:
        return False
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return True
    return verb.tag_ == "VBN" and bool(auxiliaries & {"have", "has", "'ve"})


_NEGATORS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "none"})


def _negated_past(verb: Token) -> bool:
    """A past told negated ("did not call", "nobody said anything"): with "until" it tells
    when the thing happened at last."""
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ == "did" for c in verb.children)
    words = [c for c in verb.children] + [g for c in verb.children for g in c.children]
    return past and any(
        w.lower_ in _NEGATORS and w.dep_ in ("neg", "det", "nsubj", "dobj") for w in words
    )


def _lasted_until(verb: Token, word: Token) -> bool:
    """A plain past of going on ("lasted", "stayed", "continued") whose own "until" gives the
    time: when it stopped, behind ("the curfew was extended until Friday" is a new end, ahead)."""
    head = word.head
    if verb.tag_ != "VBD" or head.dep_ != "prep" or head.lower_ not in ("until", "till"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return head.head.i == verb.i and verb.lemma_ in load_time_words()["lasting"]


def _plans(verb: Token) -> bool:
    """`verb` is one of planning ("planned", "expects"); "aim" and "intend" only with a
    to-infinitive ("aimed to reopen", not "aiming a gun at people")."""
    planning = load_time_words()["planning"]
    # (the tagger's lemma of "hopes" is "hop": forms are listed too)
    need = planning.get(verb.lemma_, planning.get(verb.lower_))
    if need is None:
        return False
    return need != "to" or any(c.dep_ == "xcomp" for c in verb.children)


def _plans_an_event(verb: Token) -> bool:
    """`verb` has a gathering for its object ("planned a rally", "scheduled a vote")."""
    events = load_time_words()["planned_event"]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in events for c in verb.children)


def _governs(verb: Token, word: Token) -> bool:
    """`word` hangs on `verb` directly or through one preposition ('travel on Thursday')."""
    head = word.head  # spaCy makes a new Token on each access: compare positions
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def tense_direction(doc: Doc, start_char: int, end_char: int, text: str | None = None) -> int:
    """+1 when the expression points ahead ('will meet Tuesday', 'as soon as Friday'), -1 when
    its verb is a plain past ('seized the town in January'), OVER for a day behind publication
    whatever the resolver (the day a period ended on, 'the year ended Jan. 31'; a day a past
    verb places, 'took place on March 3'), else 0."""
    text = doc_text(doc) if text is None else text
    if _SINCE.search(text[max(0, start_char - 20) : start_char]):
        return OVER  # "hundreds of arrests since January 1": a time counted from
    cued = _FUTURE_CUE.search(text[max(0, start_char - 20) : start_char]) is not None
    # has_annotation walks every token: ask the first one, which a parser always labels.
    if not len(doc) or not doc[0].dep_:
        return int(cued)
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None:
        return int(cued)
    if _names_an_incident(span):
        return OVER  # "the summer shooting", "the March bombing": the incident reported
    if _dates_data(span):
        return OVER  # "will release the September figures": figures of a month gone by
    if _told_as_ahead(span):
        return 1  # "the planned visit in September", "the upcoming vote on Friday"
    # A past verb often reports a plan ("said it would meet on Jan. 14", "declared a dividend
    # payable Dec. 7"): resolvers use -1 only for a month named alone (TimeBank measured).
    verbs = [t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")]
    first = verbs[0] if verbs else None
    # "the year ended Jan. 31" (a participle the tagger often reads as a past tense)
    if (
        first
        and first.lemma_ == "end"
        and first.tag_ in ("VBD", "VBN")
        and (first.dep_ == "acl" or not any(c.dep_ in ("aux", "auxpass") for c in first.children))
    ):
        return OVER
    words = load_time_words()
    planning = words["planning"]  # "planned to march on Saturday" lies ahead, even in the past
    if first and first.dep_ == "acl" and first.tag_ == "VBN" and first.lemma_ not in planning:
        # "shares issued July 1": a participle on a noun tells of a thing done, whatever the
        # tense around it ("will offer ... for shares issued July 1"); "planned for" is ahead.
        return int(cued)
    for verb in verbs[:FUTURE_VERB_DEPTH]:
        auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if auxiliaries & _PAST_PERFECT_AUX:
            # "had been due to lapse at noon Monday": over before it was written.
            # (A past perfect above the verb of the time is a plan's: PAST_PLAN.)
            return -1 if verb is verbs[0] else PAST_PLAN
        if auxiliaries & _FUTURE_AUX or "going" in auxiliaries:
            return 1
        # "talks may resume Friday": a modal of likelihood on the time's own verb points
        # ahead ("may have left Friday" does not; "could" is often a past: "could not be
        # reached Friday")
        if auxiliaries & _MODAL_AHEAD and not auxiliaries & {"have", "'ve"} and verb is verbs[0]:
            return 1
        if auxiliaries & _FUTURE_IN_PAST_AUX and _governs(verb, span.root):
            return 1
        # "is to resume trading Tuesday": be + to-infinitive is an arrangement ahead, as is
        # one under an adjective of planning ("is due to strike on Friday", "likely to")
        if "to" in auxiliaries and verb.dep_ == "xcomp":
            head = verb.head
            # ("had been due to expire Friday": over before it was written)
            over = any(c.lower_ in _PAST_PERFECT_AUX for c in head.head.children)
            if head.lemma_ == "be" or (head.pos_ == "ADJ" and head.lemma_ in planning and not over):
                return 1
        # "planned to march on Saturday" points ahead; "planned it on Monday" does not, but
        # "planned a rally on Saturday" does: the day is the gathering's.
        if _plans(verb) and (verb.tag_ != "VBD" or verb is not verbs[0] or _plans_an_event(verb)):
            return 1
        # "the hearing was set for Friday", "rescheduled for March 3"
        # (the tagger's lemma of "slated" is "slat": forms are listed too)
        ahead_for = words["ahead_for"]
        if (verb.lemma_ in ahead_for or verb.lower_ in ahead_for) and _through_for(verb, span.root):
            return 1
        # "the vote was postponed to Friday", "moved the hearing to Tuesday": the new date
        if verb.lemma_ in words["ahead_to"] and _through_for(verb, span.root, "to"):
            return 1
        # "have called for fresh protests on Thursday": a present perfect or present call
        # cannot be dated to a past day, so the day is the protests'; a plain past "called
        # for calm on Thursday" may be the call's own day.
        if (
            verb.lemma_ in words["appeal_for"]
            and _appeal_not_past(verb, auxiliaries)
            and any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
        ):
            return 1
        if verb.tag_ == "VBD" or _past_passive(verb):
            # a plain past tells the time itself: the clause above does not ("the envoy,
            # who landed Friday, is to chair the talks"; "the suspect, who was arrested on
            # Feb. 28, will appear in court")
            break
    if cued and verbs and _negated_past(verbs[0]):
        return -1  # "the clerk did not call the police until Monday": when he did, behind
    if cued and verbs and _lasted_until(verbs[0], span.root):
        return -1  # "the siege lasted until Christmas": how long it went on, behind
    if cued:  # checked after the past perfect: "Until Thursday, they had not called him"
        return 1
    if not verbs:
        return 0
    verb = verbs[0]
    # "the raid took place on March 3": a day the past verb itself places is behind
    # publication; one it reaches through a noun may be a plan ("declared a dividend payable
    # Dec. 7")
    placed = _placed_by(verb, span.root) or _happened_before(verb, span.root)
    if verb.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children
    ):
        return OVER if placed else -1
    if placed and _past_passive(verb):
        return OVER  # "the raid was carried out on Feb. 12"
    if (
        _placed_by(verb, span.root)
        and verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in verb.children)
    ):
        return -1  # a present perfect dates a thing done: "has reported in January"
    if verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children
    ):
        return -1  # a past progressive: "at 3 a.m. the boy was sleeping"
    if _scheduled_present(verb, span) or _present_progressive_plan(verb, span):
        return 1
    return 0


_PRESENT_BE = frozenset({"is", "are", "am", "'s", "'re"})


def _present_progressive_plan(verb: Token, span: Span) -> bool:
    """A present progressive, or a present 'be', that dates its own action to a weekday tells
    an arrangement ("the union is striking on Friday", "the vote is on Friday")."""
    copula = verb.lower_ in _PRESENT_BE and not any(c.dep_ == "aux" for c in verb.children)
    progressive = (
        verb.tag_ == "VBG"
        or (verb.tag_ == "VBN" and any(c.lower_ == "being" for c in verb.children))
    ) and any(c.dep_ == "aux" and c.lower_ in _PRESENT_BE for c in verb.children)
    if not (copula or progressive):
        return False
    words = load_time_words()
    if not any(t.lower_ in words["weekday"] for t in span):
        return False
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    # "the envoy is due back Friday": the day an adjective of planning on the 'be' gives
    due = copula and head.dep_ == "acomp" and head.lemma_ in words["planning"]
    return _placed_by(verb, span.root) or (due and head.head.i == verb.i)


_SENTENCE_ENDS = frozenset({".", "!", "?", '"', "'", "''", "”", "’"})


# words that may stand beside a month or season named alone ("in early May", "the spring")
_SEASON_EDGES = frozenset({"the", "early", "late", "mid", "mid-", "-"})


def _scheduled_present(verb: Token, span: Span) -> bool:
    """A simple present that dates its own action to a weekday, or to a month or season named
    alone, tells a timetable ("the envoy arrives Friday", "the trial opens in May"): news tells
    what is over in the past. A date may be a yearly one ("the fiscal year begins Oct. 1"), so
    it is not taken."""
    words = load_time_words()
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ in words["no_timetable"]:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    # a month or season named alone ("the trial opens in May", "reopens by summer") is this
    # coming one: a month named with its day may be a yearly one ("the fiscal year begins
    # Oct. 1"), so it is not taken
    named = [t for t in span if t.lower_ in words["month"] or t.lower_ in words["season"]]
    month_alone = bool(named) and all(t in named or t.lower_ in _SEASON_EDGES for t in span)
    if not month_alone and not any(t.lower_ in words["weekday"] for t in span):
        return False
    # a headline tells what is over in the present ("Gunmen kill four on Friday"): only a
    # sentence that ends as one does in running text is taken
    ending = [t for t in verb.sent if not t.is_space][-1:]
    if not ending or ending[0].text not in _SENTENCE_ENDS:
        return False
    return _governs(verb, span.root)


# The prepositions that give the day a thing happened on (not "to", "until", "by": deadlines).
PLACING_PREPS = frozenset({"on", "in", "at"})


def _happened_before(verb: Token, word: Token) -> bool:
    """`word` dates the incident a past verb tells of as its subject ("the attack on March 3
    killed four", "the raid on Feb. 12 was ordered by a court")."""
    head = word.head
    if head.dep_ == "prep" and head.lower_ in PLACING_PREPS:
        head = head.head
    return (
        head.dep_ in ("nsubj", "nsubjpass")
        and head.head.i == verb.i
        and head.lemma_.lower() in load_time_words()["happening"]
    )


# How a time modifies a noun: "the March 3 attack", "the summer shooting", "Tuesday's raid".
_MODIFIER_DEPS = frozenset({"compound", "nmod", "npadvmod", "poss"})


def _names_an_incident(span: Span) -> bool:
    """The expression modifies an incident noun ("the summer shooting", "the March 3 attack"):
    a report tells of incidents over, unless the noun is told as planned or coming."""
    words = load_time_words()
    for token in span:
        head = token.head
        if span.start <= head.i < span.end or token.dep_ not in _MODIFIER_DEPS:
            continue  # (the span's root may be its article: look at each word leaving it)
        if head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() in words["happening"]:
            # "Friday's strike will shut the ports": the subject of a future is still ahead
            verb = head.head
            ahead = head.dep_ in ("nsubj", "nsubjpass") and any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children
            )
            planned = any(c.lemma_.lower() in words["planning"] for c in head.children)
            return not (ahead or planned)
    return False


def _dates_data(span: Span) -> bool:
    """The expression modifies a noun of figures gathered over it ("the September figures",
    "the June jobs report"): data are told of a time gone by, even when released ahead."""
    words = load_time_words()
    data = words["data_noun"]
    if not any(t.lower_ in words["month"] for t in span):
        return False  # (a quarter's results are the quarter's resolvers' business)
    for token in span:
        head = token.head
        if span.start <= head.i < span.end or token.dep_ not in _MODIFIER_DEPS:
            continue
        # up a chain of compounds: "the June jobs report"
        while head.dep_ == "compound" and head.head.pos_ in ("NOUN", "PROPN"):
            if head.lemma_.lower() in data or head.lower_ in data:
                break
            head = head.head
        # (the tagger's lemma of "data" is "datum": forms are listed too)
        return head.pos_ in ("NOUN", "PROPN") and (
            head.lemma_.lower() in data or head.lower_ in data
        )
    return False


def _told_as_ahead(span: Span) -> bool:
    """The expression dates a noun told as planned or coming ("argued over the proposed march in
    September", "the scheduled talks on Friday"): a report written before it."""
    ahead = load_time_words()["ahead_adjective"]
    for token in span:
        head = token.head
        if span.start <= head.i < span.end:
            continue
        if head.dep_ == "prep" and head.lower_ in PLACING_PREPS | {"for"}:
            noun = head.head
        elif token.dep_ in _MODIFIER_DEPS:
            noun = head
        else:
            continue
        if noun.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ == "amod" and c.lower_ in ahead for c in noun.children
        ):
            return True
    return False


def _placed_by(verb: Token, word: Token) -> bool:
    """`word` is the day `verb` happened on ("took place on March 3", "killed Tuesday"), not a
    deadline it set ("was extended to Nov. 16", "until", "by")."""
    return _governs(verb, word) and (word.head.i == verb.i or word.head.lower_ in PLACING_PREPS)


def _past_passive(verb: Token) -> bool:
    """'was carried out', 'were killed': a participle under a past 'be'."""
    return verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in verb.children
    )


def _verb_like(doc: Doc | None, start: int, end: int) -> bool:
    """A lone month word used as a verb or modal ('May', 'March')."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].tag_.startswith(("MD", "VB"))


def _in_a_name(doc: Doc | None, start: int, end: int) -> bool:
    """A month word inside a person's name of two words or more ('Chief Ruth May', 'June
    Carter'), as the parser's entities tell."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON":
        return False
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e.start <= span.start < e.end for e in doc.ents
    )


# Rules of 'that' and a season or month, which a 'that' opening a clause also reads as.
_THAT_RULES = frozenset({"that_season", "that_month_name"})


def _clause_that(doc: Doc | None, start: int, end: int) -> bool:
    """'that' opening a clause or set before another noun, not the season's or month's own
    determiner ('said that summer tourism fell', 'that spring planting'): no 'that summer'."""
    if doc is None:
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    that = next((t for t in span if t.lower_ == "that"), None)
    season = span[-1]
    modifies = season.dep_ in ("compound", "amod", "nmod") and season.head.i > season.i
    subject = season.dep_ in ("nsubj", "nsubjpass")  # "said that September was the worst"
    return that is not None and (
        modifies or subject or (that.dep_ == "det" and that.head != season)
    )


def _ordinal_second(doc: Doc | None, text: str, start: int, end: int) -> bool:
    """'a second attack': the ordinal, not the unit of time."""
    if doc is None or not text[start:end].lower().endswith("second"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span[-1].tag_ == "JJ"


# --------------------------------------------------------------------------- scanning
# 117 rules each scanned over the whole text were a tenth of the ingest's CPU time. Instead the
# text's rule starts are visited once, and at each only the rules that can begin with its first
# few characters are tried; a rule's matches are still those its own `finditer` finds.

_ASCII_SPACE = frozenset(" \t\n\r\f\v")
_ANY = None  # a first-character set that is every character


def _first_chars(items: list[Any]) -> tuple[frozenset[str] | None, bool]:
    """The characters (lower-cased ASCII; None: any) a parsed regex sequence can begin with,
    and whether it can match empty. An over-estimate is safe: it only tries a rule more."""
    chars: set[str] = set()
    for op, arg in items:
        if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
            continue  # zero-width: the next item begins the match
        if op is _sre.SUBPATTERN:
            first, nullable = _first_chars(arg[-1])
        elif op is _sre.ATOMIC_GROUP:
            first, nullable = _first_chars(arg)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
            first, nullable = _first_chars(arg[2])
            nullable = nullable or arg[0] == 0
        elif op is _sre.BRANCH:
            first, nullable = frozenset(), False
            for branch in arg[1]:
                branch_first, branch_nullable = _first_chars(branch)
                first = None if first is None or branch_first is None else first | branch_first
                nullable = nullable or branch_nullable
        elif op is _sre.LITERAL:
            first, nullable = _char_set([(op, arg)]), False
        elif op is _sre.IN:
            first, nullable = _char_set(arg), False
        else:  # any character, a negated literal, a back-reference
            return _ANY, False
        if first is None:
            return _ANY, False
        chars |= first
        if not nullable:
            return frozenset(chars), False
    return frozenset(chars), True


def _char_set(members: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The lower-cased ASCII characters of a regex character class (None: too many to say)."""
    chars: set[str] = set()
    for op, arg in members:
        if op is _sre.LITERAL:
            # Under re.I a non-ASCII letter can match an ASCII one (the long s, an "s").
            chars.update((chr(arg).lower(), chr(arg).upper().lower()))
        elif op is _sre.RANGE and arg[1] < 128:
            chars.update(chr(code).lower() for code in range(arg[0], arg[1] + 1))
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_DIGIT:
            chars.update("0123456789")
        elif op is _sre.CATEGORY and arg is _sre.CATEGORY_SPACE:
            chars |= _ASCII_SPACE
        else:
            return None
    return frozenset(chars)


@dataclass(frozen=True)
class _RuleIndex:
    """The rules that can begin with each ASCII character, and a test whether any does."""

    by_char: dict[str, tuple[tuple[int, ...], re.Pattern[str]]]
    every: tuple[tuple[int, ...], re.Pattern[str]]


def _any_of(rules: tuple[TimeRule, ...], indices: tuple[int, ...]) -> re.Pattern[str]:
    # Zero-width and with group names dropped (rules share them): whether one of them matches.
    bodies = [re.sub(r"\(\?P<\w+>", "(?:", rules[i].pattern.pattern) for i in indices]
    return re.compile("(?=" + "|".join(f"(?:{body})" for body in bodies) + ")", re.I)


@functools.cache
def _rule_index() -> _RuleIndex:
    rules = load_time_rules()
    firsts = [_first_chars(_sre_parse.parse(rule.pattern.pattern, re.I).data) for rule in rules]
    by_char = {}
    for code in range(128):
        char = chr(code).lower()
        indices = tuple(i for i, (first, _) in enumerate(firsts) if first is None or char in first)
        by_char[chr(code)] = (indices, _any_of(rules, indices))
    every = tuple(range(len(rules)))
    return _RuleIndex(by_char, (every, _any_of(rules, every)))


# Characters of a rule start told apart (a run of white space counts as one): by its first
# character alone, "the" was tried against 86 rules ("the week of", "(the) first half of"...) at
# each of its thousands of occurrences, and that test was 0.8 s of 150 articles; by six, "the
# po" meets none. More characters make the index slower to build and its look-ups rarer hits.
_START_CHARS = 6
# The ASCII characters that \s matches, and a run of them, read as one space.
_RE_SPACES = frozenset(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f")
_SPACE_RUN = re.compile(r"[ \t\n\r\x0b\x0c\x1c-\x1f]+")
# What _SPACE_RUN changes: white space other than a space, and a space white space follows.
_UNEVEN_SPACE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]| (?=[ \t\n\r\x0b\x0c\x1c-\x1f])")
_SPACE = frozenset(" ")
# Beyond this many ways a rule can begin, it is tried everywhere its first character fits.
_MAX_STARTS = 20000

# How a match can begin: per character, the set it is one of (lower-cased ASCII; _SPACE for a
# run of white space), at most _START_CHARS long, shorter where a match can end.
_Starts = set[tuple[frozenset[str], ...]]


def _followed(heads: _Starts, tails: _Starts, limit: int) -> _Starts:
    """Each of `heads` followed by each of `tails` (two runs of white space meet as one)."""
    joined = set()
    for head in heads:
        if len(head) >= limit:
            joined.add(head)
            continue
        for tail in tails:
            if head and tail and head[-1] is _SPACE and tail[0] is _SPACE:
                tail = tail[1:]
            joined.add((head + tail)[:limit])
    return joined


def _start_sequences(items: list[Any], limit: int) -> _Starts | None:
    """How a match of a parsed regex sequence can begin (None: too many ways to say). An
    over-estimate is safe: it only tries a rule more."""
    starts: _Starts = {()}
    for op, arg in items:
        item = _item_starts(op, arg, limit)
        if item is None:
            return None
        starts = _followed(starts, item, limit)
        if len(starts) > _MAX_STARTS:
            return None
    return starts


def _one_of(chars: set[str]) -> _Starts | None:
    """The one-character starts of a character set: its ASCII characters other than white
    space, and white space."""
    ascii_chars = {char for char in chars if char.isascii()}
    starts: _Starts = set()
    if ascii_chars - _RE_SPACES:
        starts.add((frozenset(ascii_chars - _RE_SPACES),))
    if ascii_chars & _RE_SPACES:
        starts.add((_SPACE,))
    return starts or None


def _item_starts(op: Any, arg: Any, limit: int) -> _Starts | None:
    if op in (_sre.ASSERT, _sre.ASSERT_NOT, _sre.AT):
        return {()}  # zero-width
    if op is _sre.LITERAL:
        char = chr(arg)
        ascii_forms = {form for form in (char.lower(), char.upper().lower()) if form.isascii()}
        # the trie is asked only of ASCII beginnings (others go by their first character): a
        # start through a character that cannot be ASCII is none of them ("Mother’s Day" ends
        # at "Mother"); one that can, under re.I, counts as that
        return _one_of(ascii_forms) if ascii_forms else set()
    if op is _sre.IN:
        chars = _char_set(arg)
        if chars is None:
            return None
        if any(kind is _sre.CATEGORY and value is _sre.CATEGORY_SPACE for kind, value in arg):
            chars |= _RE_SPACES
        return _one_of(set(chars))
    if op is _sre.SUBPATTERN:
        return _start_sequences(arg[-1], limit)
    if op is _sre.ATOMIC_GROUP:
        return _start_sequences(arg, limit)
    if op is _sre.BRANCH:
        union: _Starts = set()
        for branch in arg[1]:
            starts = _start_sequences(branch, limit)
            if starts is None:
                return None
            union |= starts
        return union
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        return _repeat_starts(*arg, limit)
    return None  # any character, a negated literal, a back-reference


def _repeat_starts(low: int, high: int, items: list[Any], limit: int) -> _Starts | None:
    """The starts of `items` repeated low to high times: repetitions are added until they
    begin no other way (white space repeated stays one space, so length alone does not end
    it)."""
    once = _start_sequences(items, limit)
    if once is None or () in once:
        return None
    union: _Starts = set()
    repeated: _Starts = {()}
    seen: list[frozenset[tuple[frozenset[str], ...]]] = []
    for times in range(min(high, 4 * limit) + 1):
        if times >= low:
            union |= repeated
            if frozenset(repeated) in seen[low:]:
                return union  # every further repetition begins as one already counted
        seen.append(frozenset(repeated))
        repeated = _followed(repeated, once, limit)
        if len(repeated) > _MAX_STARTS:
            return None
    return union if times == high else None


class _StartNode:
    """A node of the rule starts' trie: its edges (a character set each) and the rules one of
    whose starts ends here."""

    __slots__ = ("edges", "rules")

    def __init__(self) -> None:
        self.edges: dict[frozenset[str], _StartNode] = {}
        self.rules: set[int] = set()


class _RuleStarts:
    """Which rules can begin with a text's first _START_CHARS characters (white space runs as
    one, lower-cased ASCII), worked out once per beginning met."""

    def __init__(self, rules: tuple[TimeRule, ...], index: _RuleIndex) -> None:
        self.index = index
        self.root = _StartNode()
        anywhere = set()
        for i, rule in enumerate(rules):
            starts = _start_sequences(
                _sre_parse.parse(rule.pattern.pattern, re.I).data, _START_CHARS
            )
            if starts is None:
                anywhere.add(i)
                continue
            for start in starts:
                node = self.root
                for chars in start:
                    node = node.edges.setdefault(chars, _StartNode())
                node.rules.add(i)
        root_rules = frozenset(anywhere | self.root.rules)
        # prefix -> (trie nodes it leads to, rules a start of which it begins with)
        self.prefixes: dict[str, tuple[tuple[_StartNode, ...], frozenset[int]]] = {
            "": ((self.root,), root_rules)
        }
        self.beginnings: dict[str, tuple[int, ...]] = {}
        # (first character, rules a beginning may start) -> those rules in order: a few
        # hundred sets come back for thousands of beginnings
        self.ordered: dict[tuple[str, frozenset[int]], tuple[int, ...]] = {}

    def _prefix(self, prefix: str) -> tuple[tuple[_StartNode, ...], frozenset[int]]:
        found = self.prefixes.get(prefix)
        if found is None:
            nodes, rules = self._prefix(prefix[:-1])
            char = prefix[-1]
            nodes = tuple(
                node for parent in nodes for chars, node in parent.edges.items() if char in chars
            )
            rules = rules.union(*(node.rules for node in nodes))
            found = self.prefixes[prefix] = (nodes, rules)
        return found

    def rules_at(self, beginning: str) -> tuple[int, ...]:
        """The rules, in order, that can match at a text beginning so (lower-cased ASCII,
        white space runs as one space, not beginning with one; shorter than _START_CHARS
        only at the text's end)."""
        found = self.beginnings.get(beginning)
        if found is None:
            rules = self._rules_of(beginning)
            # (within those its first character lets in: the same set when the index is sound)
            key = (beginning[0], rules)
            found = self.ordered.get(key)
            if found is None:
                first_char = self.index.by_char[beginning[0]][0]
                found = self.ordered[key] = tuple(i for i in first_char if i in rules)
            if len(self.beginnings) > 100_000:  # bounded memory in a long-running process
                self.beginnings.clear()
                self.ordered.clear()
                self.prefixes = {"": self.prefixes[""]}
            self.beginnings[beginning] = found
        return found

    def _rules_of(self, beginning: str) -> frozenset[int]:
        """The rules a start of which `beginning` begins with: _prefix of its prefixes in turn
        up to the first that leads to no trie node (the longer ones add no rule), worked on
        from the longest prefix met before, not asked again from its first character."""
        prefixes = self.prefixes
        end = len(beginning)
        found = prefixes.get(beginning)
        while found is None:  # ("" is always there)
            end -= 1
            found = prefixes.get(beginning[:end])
        nodes, rules = found
        while nodes and end < len(beginning):
            end += 1
            nodes, rules = self._prefix(beginning[:end])
        return rules


@functools.cache
def _rule_starts() -> _RuleStarts:
    return _RuleStarts(load_time_rules(), _rule_index())


def _candidates(text: str) -> list[tuple[int, int, int, re.Match[str]]]:
    """Each rule's non-empty matches, as its own `finditer` finds them (not overlapping), in
    rule order."""
    rules = load_time_rules()
    index = _rule_index()
    starts = _rule_starts()
    known_beginnings = starts.beginnings  # read here first: most beginnings were seen before
    # enough text for _START_CHARS characters unless white space runs long
    window = 4 * _START_CHARS
    free_from = [0] * len(rules)
    found = []
    # Where white space is other than one plain space (a text has few): a beginning without
    # any is the text as it stands, and _SPACE_RUN need not rewrite it at each word.
    uneven = [match.start() for match in _UNEVEN_SPACE.finditer(text)]
    uneven.append(len(text))
    next_uneven = 0
    last_start = len(text) - _START_CHARS
    for position in _RULE_STARTS.finditer(text):
        start = position.start()
        if start == len(text):
            break  # only an empty match could start here
        while uneven[next_uneven] < start:
            next_uneven += 1
        if start <= last_start and uneven[next_uneven] >= start + _START_CHARS:
            beginning = text[start : start + _START_CHARS]
        else:
            beginning = _SPACE_RUN.sub(" ", text[start : start + window])[:_START_CHARS]
        if (
            beginning.isascii()
            and beginning[0] != " "
            and (len(beginning) == _START_CHARS or start + window >= len(text))
        ):
            key = beginning.lower()
            indices = known_beginnings.get(key)
            if indices is None:
                indices = starts.rules_at(key)
            if not indices:
                continue
        else:
            # (a character that is not ASCII lower-cases and matches under re.I as it will)
            indices, any_of = index.by_char.get(text[start], index.every)
            if not indices or any_of.match(text, start) is None:
                continue
        for i in indices:
            if start < free_from[i]:
                continue
            match = rules[i].pattern.match(text, start)
            if match is not None and match.end() > start:
                free_from[i] = match.end()
                found.append((start, match.end(), i, match))
    return sorted(found, key=lambda candidate: candidate[2])


def resolve_match(rule: TimeRule, match: re.Match[str], context: Context) -> str | None:
    """The TIMEX3 value of one rule match (`context.args` is filled from the rule)."""
    if not rule.value.startswith("="):
        return rule.value
    name, *args = rule.value[1:].split()
    context = replace(context, args=tuple(args))
    groups = match.groupdict()
    if groups.get("year_short") and not groups.get("year"):
        groups["year"] = groups["year_short"]  # "fiscal '89": year_number reads two digits
    return RESOLVERS[name](groups, context)


def _names_quarter(rule: TimeRule) -> bool:
    """A rule that names a quarter by its number or month ("the fiscal first quarter", "the
    September quarter"), not by its distance from another ("the year-ago quarter")."""
    name, *args = rule.value.removeprefix("=").split()
    return (name == "quarter" and not args) or (name == "date" and args == ["quarter"])


def _reports_quarter(
    rule: TimeRule, match: re.Match[str], value: str, published: dt.date | None
) -> bool:
    """A quarter named (under a plain past verb: "a fourth-quarter charge" still to come is
    not) that an earnings story reports on: a fiscal one, whose numbers run off the calendar,
    or one not before the last calendar quarter ended ("after a flat second quarter" looks
    back past the one reported)."""
    if not re.fullmatch(r"\d{4}-Q[1-4]", value) or not _names_quarter(rule):
        return False
    if published is None or "fiscal" in match.group().lower():
        return True
    return value >= format_at(shift_date(published, "Q", -1), "Q")


def find_times(
    text: str, published: dt.date | None, doc: Doc | None = None, day_first: bool | None = None
) -> list[TimeFound]:
    """Every time expression in `text` (longest match first), resolved against `published`
    (`day_first`: how the outlet's country writes dates in figures, when known)."""
    rules = load_time_rules()
    taken: list[tuple[int, int]] = []
    chosen: list[tuple[int, int, int, re.Match[str]]] = []

    def priority(candidate: tuple[int, int, int, re.Match[str]]) -> tuple[int, bool, int]:
        start, end, index, _ = candidate
        return start - end, rules[index].type != NOT_TIME, index

    for start, end, index, match in sorted(_candidates(text), key=priority):
        if any(start < e and s < end for s, e in taken):
            continue
        if rules[index].name != _RANGE_DAY_RULE and _after_hyphen(text, start):
            continue
        if doc is not None and in_boilerplate(doc, start, end):
            continue
        if rules[index].name == "month_alone" and (
            _verb_like(doc, start, end) or _in_a_name(doc, start, end)
        ):
            continue
        if rules[index].type == TimeType.DURATION.value and _ordinal_second(doc, text, start, end):
            continue
        if rules[index].name in _THAT_RULES and _clause_that(doc, start, end):
            continue
        taken.append((start, end))
        if rules[index].type != NOT_TIME:
            chosen.append((start, end, index, match))
    found: list[TimeFound] = []
    last_day = last_day_behind = last_quarter = last_month = None
    last_anaphor: tuple[int, int] | None = None
    previous: tuple[int, str] | None = None
    spoken: list[tuple[int, TimeRule, re.Match[str], Context]] = []
    for start, end, index, match in sorted(chosen):
        rule = rules[index]
        direction = tense_direction(doc, start, end, text) if doc is not None else 0
        context = Context(
            published,
            direction,
            (),
            text,
            end,
            last_day,
            last_day_behind,
            last_quarter,
            last_month,
            day_first,
            last_anaphor,
            previous,
        )
        value = resolve_match(rule, match, context)
        if value and rule.value.startswith("=anaphor ") and value.isdigit():
            last_anaphor = (end, int(value))
        if value == NO_TIME:
            continue
        previous = (end, value) if value else None
        # (the page's own stamp is no anchor for the story's times)
        anchors = bool(value) and not page_stamp(text, start)
        if anchors and re.match(r"\d{4}-\d\d-\d\d", value):
            last_day = value[:10]
            if published is None or last_day <= str(published):
                last_day_behind = last_day
        if anchors and re.match(r"\d{4}-\d\d(?!\d)", value):
            last_month = value[:7]
        if direction < 0 and value and _reports_quarter(rule, match, value, published):
            last_quarter = value
        time_type = rule.type
        if value and re.search(r"\dT", value) and time_type == TimeType.DATE.value:
            time_type = TimeType.TIME.value
        elif value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) and time_type == "time":
            time_type = TimeType.DATE.value  # a named day's night is that day
        first, last, precision = (
            interval_of(value) if time_type in ("date", "time") else (None, None, None)
        )
        if ambiguous_day(value):
            # no precision: nothing is dated by it, but both readings stay in view
            readings = numeric_readings(match.groupdict())
            first, last = min(readings), max(readings)
        found.append(
            TimeFound(start, end, text[start:end], time_type, value, first, last, precision)
        )
        if rule.name in SPOKEN_DEICTIC_RULES and doc is not None:
            spoken.append((len(found) - 1, rule, match, context))
    for position, rule, match, context in spoken:
        # a quotation's "yesterday" counts from the day it was spoken, where its sentence
        # tells that day
        time = found[position]
        day = _spoken_on(doc, time.start, time.end, found) if doc is not None else None
        if day is None or published is None or day >= published:
            continue
        value = resolve_match(rule, match, replace(context, published=day))
        if value:
            first, last, precision = (
                interval_of(value) if time.type in ("date", "time") else (None, None, None)
            )
            found[position] = replace(
                time, value=value, start_date=first, end_date=last, precision=precision
            )
    return found


# Rules whose value counts from the day of writing: inside a quotation, from the day the words
# were spoken ("'Yesterday they buried three,' he said on Monday").
SPOKEN_DEICTIC_RULES = frozenset(
    {
        "today",
        "tonight",
        "yesterday",
        "part_yesterday",
        "tomorrow",
        "last_night",
        "this_part",
        "day_before_yesterday",
        "day_after_tomorrow",
        "clock_relative_day",
        "relative_day_clock",
        "ago",
    }
)
_QUOTE_MARK = re.compile(r"[\"“”]|``|''")
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _spoken_on(doc: Doc, start: int, end: int, found: list[TimeFound]) -> dt.date | None:
    """The day the quotation holding text[start:end] was spoken, when its sentence tells it
    outside the quotation: a day that a verb of speaking governs ("said on Monday", "speaking
    by phone on Sunday"), with a quotation mark between the two."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sentence, text = span.sent, doc_text(doc)
    speech = load_time_words()["speech"]
    for other in found:
        if other.start == start or not sentence.start_char <= other.start < sentence.end_char:
            continue
        if other.value is None or not _FULL_DAY.fullmatch(other.value):
            continue
        between = text[end : other.start] if other.start >= end else text[other.end : start]
        if not _QUOTE_MARK.search(between):
            continue
        day = doc.char_span(other.start, other.end, alignment_mode="expand")
        if day is None:
            continue
        verb = next((t for t in day.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if verb is not None and verb.lemma_.lower() in speech and _governs(verb, day.root):
            return dt.date.fromisoformat(other.value)
    return None


class TimeFinder:
    """Writes doc._.corroborate_times: every time expression outside boilerplate."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        load_time_rules()

    def __call__(self, doc: Doc) -> Doc:
        doc._.corroborate_times = find_times(
            doc_text(doc), doc._.corroborate_published, doc, date_order(_countries(doc))
        )
        return doc


def _countries(doc: Doc) -> Counter[str]:
    """The countries of the outlet's earlier places (its home), else of the article's own."""
    home = doc._.corroborate_outlet_home
    if home is not None and home.shares() is not None:
        return Counter(home.countries)
    return Counter(p.country for p in doc._.corroborate_places or () if p.country)


@Language.factory("corroborate_times", assigns=["doc._.corroborate_times"])
def make_time_finder(nlp: Language, name: str) -> TimeFinder:
    """The corroborate_times component."""
    return TimeFinder(nlp, name)
