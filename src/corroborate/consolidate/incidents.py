"""Incidents: reports of one real incident in different articles, linked as articles arrive.

A *report* is one event found in one document (or, for a document in which no event was found,
the document itself: its text, publication date and names are the only evidence). Each new
report is compared with the reports of candidate incidents found through the index
(Incident.date_start within NEAR_DAYS, or within WINDOW_DAYS in the same province or state, or
within FOLLOW_UP_DAYS there for a report naming a person; same country or none known, or any
within ABROAD_DAYS, as a town may be misread as one abroad), never
with the whole ledger, so the cost per article is bounded by how many incidents a window holds.
An undated report meets the latest incidents at its place.

Score of a report against one earlier report: the log-odds that both tell of one incident, a
logistic model (link_weights.tsv, fitted by evaluate/incidents.py on the tuning part of the
gun-violence set) over: cosine of content words and of capitalised words (TF-IDF), log(1 + days
apart) of the reports and of their publication, event dates that agree or how far apart, places
(same, near, far, other province or country; a town the other report names is near, as a misread one
often is), event types (related or not), shared named persons (speakers left out) and actors, and
whether the ages, streets, killed and injured figures each states are shared or all different (a
figure as the values its qualifier allows: "at least 19 killed" meets a later "the toll rose to 23",
as tolls of bombings rise), whether one says the shooting was an accident and the other not, and
whether one outlet published both (and then whether their ages all differ, or each tells of its own
day's news naming nothing the other names: one outlet's back-to-back shootings). Hard rules beside
it: a wire copy always joins its original's incident; event dates more than DATE_VETO_DAYS apart
never do, unless the reports name one person, or one street within STREET_FOLLOW_UP_DAYS (a
follow-up's main event is often dated to the day of the trial it tells of), nor reports of one event
type each dated to a day of its own more than DISTINCT_DAYS apart unless they name one person
(explosions, each its day's news; protests and riots, one family of types, more than
CROWD_DISTINCT_DAYS apart), nor reports of violence each its day's news on different days in
two different towns within SAME_PLACE_KM unless they name one person (a raid on a village and
the reprisal on the next one the evening after), nor reports more than WINDOW_DAYS apart
unless they name one person.
Against an incident the score is the mean over its reports (average link). The best incident
above THRESHOLD takes the report (most candidates are not scored: a bound of their score, the
two cosines bounded from a sketch of each vector instead of looked up word by word, shows they
cannot reach THRESHOLD);
another incident that the report also matches is merged in when the two incidents' average
link is above THRESHOLD too, and a back-reference that arrived before its incident is adopted
when the incident is founded, so the outcome does not depend much on arrival order. Later
events of one article that can be its main event told again (compatible date, place and type)
join the main event's incident, unless the main report set them apart as another day's
violence (_other_incidents); so do an arrest or a seizure told after a main event of violence
at its place (follow_up), whatever day it was given.

Modality: only "occurred", "alleged" and "denied" reports found an incident when none matches
(an incident known only from an allegation or a denial is still one the ledger must show, with
its status saying so), and an article's main event told as a reference (a vigil's or a trial's
report that only names its shooting: the article is that incident's report, its modality
staying reference); of the later events of an article whose main event has its incident only
"occurred" ones (its "No arrests have been made" is a fact of that story); "hypothetical"
and other "reference" reports (a future possibility, a mention of an earlier incident beside
the article's news) join a matching incident or stay unlinked. Such a reference is matched on
what it names (place, actors, type, date range), not on wording, as its sentence says little.

Each incident keeps its reports' comparison data (document, event, dates, place, actors,
vectors) in incident_members, a row per report, so that no article is re-read to link the next
one, and a report joining writes its own row, not the incident's whole list again.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Select, bindparam, delete, insert, inspect, or_, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from corroborate.consolidate.wording import (
    VectorSketch,
    accidental,
    ages,
    article_text,
    cosine,
    cosine_bound,
    name_vector,
    names_a_person,
    person_key,
    sketch,
    streets,
    streets_meet,
    word_vector,
)
from corroborate.extract.events import arrest_made_over
from corroborate.extract.gazetteer import distance_km, load_gazetteer
from corroborate.lexicons import alternation, data_rows, word_list
from corroborate.model import (
    Claim,
    Contradiction,
    DatePrecision,
    Document,
    Event,
    Incident,
    IncidentMember,
    Modality,
    PlaceMention,
    Precision,
    Qualifier,
    TextSpan,
    TimeMention,
    intervals_meet,
    stable_id,
    stated_interval,
)

# The words the rules below look for, by category: incident_words.tsv.
_words = word_list("corroborate.consolidate", "incident_words.tsv")

# Fitted on the tuning part: with the same-outlet features, B3 F1 0.9445 at 0.5, 0.9415 at 1,
# 0.9400 at 1.25, 0.9390 at 1.5, while the same-city shootings kept together fall from 22 of
# 304 article pairs to 17, 15 and 14: 1.25 keeps B3 where it was and that rate under 5%.
THRESHOLD = 1.25
WINDOW_DAYS = 400
# A trial or a sentencing years after the shooting names the victim or the accused: reports
# naming a person meet the incidents of their province or state this far back, and join one
# beyond WINDOW_DAYS only when both name one person (a street sees shootings year after year).
# Tuning part: 10 of the 97 split incidents had a follow-up 400+ days after the event.
FOLLOW_UP_DAYS = 3 * 365
# Event dates further apart than this are two incidents (a raid a year after the last, a court
# hearing a month after the arrests) unless the reports share a named person or a street: a
# follow-up names the victim or the accused, and its main event is often dated to its own day.
DATE_VETO_DAYS = 30
# A street alone lifts that veto only this close: a follow-up months on names a person, while
# a busy street sees another shooting within the year.
STREET_FOLLOW_UP_DAYS = 90
# Incidents this close in date are all candidates; further off (up to WINDOW_DAYS, or
# FOLLOW_UP_DAYS for a report naming a person) only those in the report's province or state.
NEAR_DAYS = 31
# A wire copy is its original's report whatever else the model says.
COPY_SCORE = 20.0
VETO = -20.0
# A report naming more streets than this tells of many shootings (a weekend's roundup: "6 dead,
# 19 hurt as gunfire flares across the city"; a single shooting's report names its block,
# a cross street, where a victim was found): one street of them shared with another report is
# no sign of one incident, two are. Tuning part: of the report pairs of one incident sharing a
# street, 9 of 323 had a report of more than 6 streets; of different shootings in one city
# within a week, 6 of 7.
ROUNDUP_STREETS = 6
# Two event dates (ranges) further apart than this cannot be one incident.
DATE_SLACK_DAYS = 1
# Two reports of an event of one of DISTINCT_DAY_TYPES, each the news of a day of its own (its
# stated date, the day of publication or the day before), more than this many days apart are
# two incidents unless they name one person: two bombings in one city five days apart, told
# in wording alike and on one road.
DISTINCT_DAYS = 2
# Not shootings: a shooting's follow-up (a vigil, a charge, a death days later) is typed as the
# shooting and dated to its own day; on the gun-violence tuning part 87 article pairs of one
# incident were so told, 25 of them each as its day's news, and the rule for all types took
# incidents B3 from 0.947 to 0.937 (held-out 0.959 to 0.948).
DISTINCT_DAY_TYPES = frozenset({"Explosions/Remote violence"})
# Protests and riots are each their day's (ACLED codes one event a day): a crowd's day told
# as its own news is another day's protest even a day or two after the last, whether the
# crowd stayed peaceful, was fired on or rioted (one family of types).
CROWD_TYPES = frozenset({"Protests", "Riots"})
CROWD_DISTINCT_DAYS = 1
# A report of an event this many days before its publication is news of it, not a follow-up.
FRESH_DAYS = 1
# Two towns further apart than this are different places.
SAME_PLACE_KM = 30.0
# Incidents in another country than a report's place are candidates this close in date.
ABROAD_DAYS = 7
# Incidents an undated report is compared with: the latest at its place.
UNDATED_CANDIDATES = 50
FOUNDING = {Modality.OCCURRED.value, Modality.ALLEGED.value, Modality.DENIED.value}
_OCCURRED = Modality.OCCURRED.value
MODALITY_ORDER = ("occurred", "alleged", "denied", "hypothetical", "reference")

# ACLED event types that can describe one violent incident from different angles.
VIOLENT_TYPES = frozenset({"Battles", "Violence against civilians", "Explosions/Remote violence"})
_DEMONSTRATIONS = {"Protests", "Riots"}
_FINE_PLACES = {"point", "town", "district"}


_REFERENCE = Modality.REFERENCE.value
_SLACK = dt.timedelta(days=DATE_SLACK_DAYS)
_ZERO = dt.timedelta(0)

_FIGURE_FIELDS = ("killed", "injured")
_SET_FIELDS = ("persons", "actors", "ages", "streets", *_FIGURE_FIELDS)


@dataclass
class Report:
    """What linking compares of one report (stored as an incident_members row)."""

    document: str
    event: str | None
    modality: str
    published: str | None
    event_type: str | None = None
    sub_event_type: str | None = None
    date_start: str | None = None  # the event's own date (time mention), else None
    date_end: str | None = None
    date_precision: str | None = None
    place: dict[str, Any] | None = None
    actors: list[str] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    copy_of: str | None = None
    outlet: str | None = None
    main: bool = True  # the document's main event (or the document itself)
    words: dict[str, float] = field(default_factory=dict)
    names: dict[str, float] = field(default_factory=dict)
    ages: list[int] = field(default_factory=list)
    streets: list[str] = field(default_factory=list)
    # Killed and injured figures as the values each allows, [low, high] (high None: open,
    # "at least 19"), stored so in incident_members: see _figures.
    killed: list[list[int | None]] = field(default_factory=list)
    injured: list[list[int | None]] = field(default_factory=list)
    accidental: bool = False  # its text says the shooting was an accident
    # Its article tells another attack apart from it, of another day in a town nearby
    # (_beside_a_neighbour's): the day it names is its own, as a day's news is, though told
    # days later ("33 died in Sunday's attack in Daffo and two in Monday's attack in Richa").
    set_apart: bool = False

    @property
    def day(self) -> dt.date | None:
        """The report's date: the event's own, else the publication date."""
        value = self.date_start or self.published
        return dt.date.fromisoformat(value) if value else None

    # What scoring compares, worked out once per report (not per pair: a report meets every
    # member of its candidate incidents); a report is not changed once it is scored. Days as
    # ordinals (date.toordinal): their differences are the days between, without a timedelta
    # made for each pair.

    @functools.cached_property
    def event_days(self) -> tuple[int, int] | None:
        """The event's first and last day, as ordinals (None: no event date)."""
        if not self.date_start:
            return None
        return (
            dt.date.fromisoformat(self.date_start).toordinal(),
            dt.date.fromisoformat(self.date_end or self.date_start).toordinal(),
        )

    @functools.cached_property
    def published_day(self) -> int | None:
        """The publication date's ordinal."""
        return dt.date.fromisoformat(self.published).toordinal() if self.published else None

    @functools.cached_property
    def first_day(self) -> int | None:
        """`day`'s ordinal."""
        day = self.day
        return day.toordinal() if day else None

    @functools.cached_property
    def fresh(self) -> bool:
        """The report tells of an event of its publication day or the day before: news, not
        a follow-up."""
        if not (self.event_days and self.published_day):
            return False
        return 0 <= self.published_day - self.event_days[0] <= FRESH_DAYS

    @functools.cached_property
    def value_sets(self) -> dict[str, frozenset[Any]]:
        """Persons, actors, ages, streets, killed and injured, each as a set (a figure as its
        stated_interval: (low, high), high math.inf when open)."""
        sets: dict[str, frozenset[Any]] = {
            name: frozenset(getattr(self, name)) for name in _SET_FIELDS[:-2]
        }
        for name in _FIGURE_FIELDS:
            sets[name] = frozenset(
                (low, math.inf if high is None else high) for low, high in getattr(self, name)
            )
        return sets

    @functools.cached_property
    def words_sketch(self) -> VectorSketch:
        return sketch(self.words)

    @functools.cached_property
    def names_sketch(self) -> VectorSketch:
        return sketch(self.names)


_REPORT_FIELDS = tuple(f.name for f in fields(Report))

# --------------------------------------------------------------------------- reports


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


@dataclass(frozen=True)
class DocumentFacts:
    """What the reports of a document's events read of its stored rows, read once for all of
    them (each event's report asked the database again for the same rows)."""

    sentences: list[tuple[int, int]]  # in text order
    persons: list[tuple[int, int]]  # PERSON entities
    boilerplate: list[tuple[int, int]]
    speakers: frozenset[str]  # person keys of its claims' speakers
    events: list[Event]  # all of the document's, by rank
    places: dict[str, PlaceMention]  # those its events are placed at, by id
    times: dict[str, TimeMention]  # those its events are dated by, by id


def document_facts(
    session: Session, document_id: str, events: list[Event] | None = None
) -> DocumentFacts:
    """The spans, speakers, events (unless given: all of them, by rank), and the events' places
    and times of a stored document, read from the database."""
    given = {document_id: events} if events is not None else None
    return documents_facts(session, [document_id], given)[document_id]


def documents_facts(
    session: Session,
    document_ids: Collection[str],
    events: dict[str, list[Event]] | None = None,
) -> dict[str, DocumentFacts]:
    """document_facts of several documents, read in one statement per table."""
    spans: dict[str, list[tuple[str, str | None, int, int]]] = {i: [] for i in document_ids}
    for document_id, *span in session.execute(
        select(TextSpan.document_id, TextSpan.kind, TextSpan.label, TextSpan.start, TextSpan.end)
        .where(TextSpan.document_id.in_(document_ids))
        .order_by(TextSpan.document_id, TextSpan.start, TextSpan.id)
    ):
        spans[document_id].append(tuple(span))
    speaker_names: dict[str, list[str]] = {i: [] for i in document_ids}
    for document_id, name in session.execute(
        select(Claim.document_id, Claim.speaker_name).where(
            Claim.document_id.in_(document_ids), Claim.speaker_name.is_not(None)
        )
    ):
        speaker_names[document_id].append(name)
    if events is None:
        events = {i: [] for i in document_ids}
        for event in session.scalars(
            select(Event)
            .where(Event.document_id.in_(document_ids))
            .order_by(Event.document_id, Event.rank)
        ):
            events[event.document_id].append(event)
    every_event = [e for i in document_ids for e in events[i]]
    place_ids = {e.place_mention_id for e in every_event if e.place_mention_id}
    time_ids = {e.time_mention_id for e in every_event if e.time_mention_id}
    places = (
        session.scalars(select(PlaceMention).where(PlaceMention.id.in_(place_ids))).all()
        if place_ids
        else []
    )
    times = (
        session.scalars(select(TimeMention).where(TimeMention.id.in_(time_ids))).all()
        if time_ids
        else []
    )
    # (facts_of keeps, of these places and times, those of the document's own events)
    return {i: facts_of(spans[i], speaker_names[i], events[i], places, times) for i in document_ids}


def facts_of(
    spans: Sequence[tuple[str, str | None, int, int]],
    speaker_names: Iterable[str | None],
    events: list[Event],
    places: Iterable[PlaceMention],
    times: Iterable[TimeMention],
) -> DocumentFacts:
    """A document's facts from its rows: `spans` (kind, label, start, end) in text order,
    its claims' speaker names, its events by rank, and (at least) their places and times."""
    # Speakers are left out of a report's persons: one police spokesperson speaks of every
    # shooting in a city, so only the people a report is about (victims, suspects,
    # witnesses) tell incidents apart.
    speakers: set[str] = set()
    for name in speaker_names:
        if name is not None:
            # "Chief John P. Smith" is John Smith whether or not his title is part of the name.
            speakers |= {person_key(name), person_key(" ".join(name.split()[-2:]))}
    place_ids = {e.place_mention_id for e in events if e.place_mention_id}
    time_ids = {e.time_mention_id for e in events if e.time_mention_id}
    return DocumentFacts(
        sentences=[(s, e) for kind, _, s, e in spans if kind == "sentence"],
        persons=[(s, e) for kind, label, s, e in spans if kind == "entity" and label == "PERSON"],
        boilerplate=[(s, e) for kind, _, s, e in spans if kind == "boilerplate"],
        speakers=frozenset(speakers),
        events=events,
        places={p.id: p for p in places if p.id in place_ids},
        times={t.id: t for t in times if t.id in time_ids},
    )


def _sentences_around(
    facts: DocumentFacts, evidence: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences holding `evidence`, with one sentence either side."""
    sentences = facts.sentences
    keep: set[int] = set()
    for index, (start, end) in enumerate(sentences):
        if any(s < end and start < e for s, e in evidence):
            keep.update({index - 1, index, index + 1})
    return [sentences[i] for i in sorted(keep) if 0 <= i < len(sentences)] or evidence


def _other_incidents(
    facts: DocumentFacts, main: Event, published: dt.date | None
) -> list[tuple[Event, list[tuple[int, int]]]]:
    """The document's back-references to an incident on an earlier date than its main event's
    (none when either date is unknown), and the earlier incidents it tells of at another place
    (a news page's other stories: "a shooting in Anderson County ... off of Versailles Road"
    below a Frankfort shooting) or, beside a main event of violence told as news, other
    violence of an earlier day ("Wednesday's incident is the second this week. Three people
    were shot Sunday ..."); each with its sentences, less those the main event's
    evidence shares."""
    own_time = facts.times.get(main.time_mention_id or "")
    if own_time is None or own_time.start_date is None:
        return []
    own = {(s, e) for s, e in main.evidence}
    own_place = facts.places.get(main.place_mention_id or "")
    news = (
        main.event_type in VIOLENT_TYPES
        and published is not None
        and 0 <= (published - own_time.start_date).days <= FRESH_DAYS
    )
    found = []
    for event in facts.events:
        if event is main or event.modality not in (_REFERENCE, Modality.OCCURRED.value):
            continue
        time = facts.times.get(event.time_mention_id or "")
        if time is None or time.start_date is None:
            continue
        if event.modality == Modality.OCCURRED.value:
            # (a day's slack, as dates_compatible allows; at the same place or at none named,
            # an earlier event may be the shooting itself, the main event dated to a hearing)
            place = facts.places.get(event.place_mention_id or "")
            end = time.end_date or time.start_date
            violent_news = news and event.event_type in VIOLENT_TYPES
            # beside news, the extractor's own split of two days needs no slack ("In
            # Wednesday's shooting, ..." in a report of early Thursday's)
            earlier = end < own_time.start_date - (_ZERO if violent_news else _SLACK)
            elsewhere = place is not None and own_place is not None and place.name != own_place.name
            if not (earlier and (elsewhere or violent_news)):
                continue
            # (with the sentences either side: "It happened ... off of Versailles Road" follows
            # the sentence the other shooting was found in)
            around = _sentences_around(facts, [(s, e) for s, e in event.evidence])
            found.append((event, [(s, e) for s, e in around if (s, e) not in own]))
        elif (time.end_date or time.start_date) < own_time.start_date:
            found.append((event, [(s, e) for s, e in event.evidence if (s, e) not in own]))
    return found


# A credit before a name ("Photo: ...", "Call reporter ...") or after it ("... / The Star"):
# the reporter or photographer, who is in every incident's reports of that outlet.
_CREDIT_BEFORE = re.compile(
    rf"\b(?:{alternation(_words('credit_before'))})\s*:?\s*$", re.IGNORECASE
)
_CREDIT_AFTER = re.compile(r"\s*/\s*\w")


def _byline(text: str, start: int, end: int) -> bool:
    """A name alone on its line, after "By", or in a credit: the reporter, who writes of
    every incident."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip().lower()
    after = text[end : len(text) if line_end < 0 else line_end].strip()
    if before in ("", "by") and after == "":
        return True
    return bool(
        _CREDIT_BEFORE.search(text, max(0, start - 40), start) or _CREDIT_AFTER.match(text, end)
    )


def _persons(
    facts: DocumentFacts,
    text: str,
    window: list[tuple[int, int]] | None,
    elsewhere: Sequence[tuple[int, int]] = (),
) -> list[str]:
    found = {
        person_key(text[start:end])
        for start, end in facts.persons
        if (window is None or any(s <= start and end <= e for s, e in window))
        and not any(s <= start and end <= e for s, e in elsewhere)
        and not _byline(text, start, end)
    }
    # Only full names: a lone surname or first name is shared by too many people; and no
    # hospital or street the parser took for a person ("Stroger Hospital" is in half of
    # Chicago's shooting reports).
    return sorted(name for name in found if names_a_person(name) and name not in facts.speakers)


def _figures(events: list[Event]) -> dict[str, list[list[int | None]]]:
    """Killed and injured figures the events state (occurred, not denied or hypothetical), each
    as the values it allows (stated_interval; high None when open), as Report keeps them."""
    found: dict[str, set[tuple[int, float]]] = {kind: set() for kind in _FIGURE_FIELDS}
    for event in events:
        if event.modality != Modality.OCCURRED.value:
            continue
        for figure in event.figures:
            number = figure.value if figure.value is not None else figure.low
            # (a round number, "about 20", tells little of which incident it counts)
            if figure.kind in found and number is not None and figure.qualifier != Qualifier.ABOUT:
                found[figure.kind].add(
                    stated_interval(figure.qualifier, number, figure.low, figure.high)
                )
    return {
        kind: [[low, None if high == math.inf else int(high)] for low, high in sorted(values)]
        for kind, values in found.items()
    }


def document_report(
    session: Session, document: Document, facts: DocumentFacts | None = None
) -> Report:
    """The report of a document in which no event was found: its wording and date."""
    facts = facts or document_facts(session, document.id)
    text = article_text(
        f"{document.title or ''}\n{document.text}",
        _shifted(facts.boilerplate, len(document.title or "") + 1),
    )
    return Report(
        document=document.id,
        event=None,
        modality=Modality.OCCURRED.value,
        published=_iso(document.published),
        copy_of=document.copy_of,
        outlet=document.outlet.name if document.outlet else None,
        words=word_vector(text),
        names=name_vector(text),
        ages=ages(text),
        streets=streets(text),
        accidental=accidental(text),
    )


def _shifted(spans: list[tuple[int, int]], offset: int) -> list[tuple[int, int]]:
    return [(s + offset, e + offset) for s, e in spans]


def event_report(
    session: Session,
    document: Document,
    event: Event,
    facts: DocumentFacts | None = None,
    others: list[tuple[Event, list[tuple[int, int]]]] | None = None,
    neighbours: Collection[str] = (),
) -> Report:
    """The report of one event: its type, date, place, actors, persons and wording.
    `others`: a main event's _other_incidents, when the caller has them already;
    `neighbours`: the document's events _beside_a_neighbour (each set apart)."""
    facts = facts or document_facts(session, document.id)
    evidence = [(s, e) for s, e in event.evidence] or [(event.start, event.end)]
    if event.rank == 0:
        window = None
        # The article less its sentences about another, earlier incident ("not connected to
        # Monday's shooting on Center Street"): their names, streets and ages are not this one's.
        if others is None:
            others = _other_incidents(facts, event, document.published)
        elsewhere = [span for _, spans in others for span in spans]
        text = article_text(
            f"{document.title or ''}\n{document.text}",
            _shifted(facts.boilerplate + elsewhere, len(document.title or "") + 1),
        )
    else:
        window = _sentences_around(facts, evidence)
        text = "\n".join(document.text[s:e] for s, e in window)
        others, elsewhere = [], []
    report = Report(
        document=document.id,
        event=event.id,
        main=event.rank == 0,
        modality=event.modality,
        published=_iso(document.published),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        copy_of=document.copy_of,
        outlet=document.outlet.name if document.outlet else None,
        actors=sorted({a.actor_id for a in event.actors}),
        persons=_persons(facts, document.text, window, elsewhere),
        words=word_vector(text),
        names=name_vector(text),
        ages=ages(text),
        streets=streets(text),
        accidental=accidental(text),
        set_apart=event.id in neighbours,
    )
    # The main report stands for the article: every figure it states but those of the other
    # incidents it tells of (a neighbouring attack among them); a later event only its own.
    told_apart = {id(other) for other, _ in others}
    told_apart |= {id(e) for e in facts.events if e.id in neighbours and e is not event}
    figures = _figures(
        [e for e in facts.events if id(e) not in told_apart] if event.rank == 0 else [event]
    )
    report.killed, report.injured = figures["killed"], figures["injured"]
    if event.time_mention_id:
        time = facts.times.get(event.time_mention_id)
        if time is not None and time.start_date is not None:
            report.date_start = _iso(time.start_date)
            report.date_end = _iso(time.end_date or time.start_date)
            report.date_precision = time.precision
    report.place = _place_of(facts, event)
    return report


def _place_of(facts: DocumentFacts, event: Event) -> dict[str, Any] | None:
    """What linking compares of an event's place (None: unplaced, or a place of no name and no
    country)."""
    place = facts.places.get(event.place_mention_id or "")
    if place is None or not (place.country or place.name):
        return None
    return {
        "name": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
        "gazetteer_id": place.gazetteer_id,
    }


def _beside_a_neighbour(facts: DocumentFacts) -> dict[str, set[str]]:
    """The document's occurred events of violence the extractor set apart on their phrases
    (Event.apart_on_phrases), each beside another of another day (each dated to its day, no
    day shared) in another town near it: a village's raid and the reprisal on the next village
    the evening after, told in one follow-up. Linking keeps them apart too (Report.set_apart),
    where a day's slack and a town a few kilometres off would make them one. (Not every two
    such events: a report's shooting in a neighbourhood, dated to its day, beside its city
    dated to another, is one shooting split by the extractor.) By event id, the ids of those
    it is told beside."""
    dated: list[tuple[Event, tuple[int, int], dict[str, Any]]] = []
    for event in facts.events:
        if not (
            event.apart_on_phrases
            and event.modality == _OCCURRED
            and event.event_type in VIOLENT_TYPES
        ):
            continue
        time = facts.times.get(event.time_mention_id or "")
        place = _place_of(facts, event)
        if (
            time is None
            or time.start_date is None
            or time.precision != DatePrecision.DAY.value
            or place is None
            or place.get("precision") != Precision.TOWN.value
        ):
            continue
        days = (time.start_date.toordinal(), (time.end_date or time.start_date).toordinal())
        dated.append((event, days, place))
    found: dict[str, set[str]] = {}
    for k, (event, (a0, a1), place) in enumerate(dated):
        for other, (b0, b1), other_place in dated[k + 1 :]:
            if (a1 < b0 or b1 < a0) and place_relation(place, other_place) == "near":
                found.setdefault(event.id, set()).add(other.id)
                found.setdefault(other.id, set()).add(event.id)
    return found


# --------------------------------------------------------------------------- scoring


def _km(a: dict[str, Any], b: dict[str, Any]) -> float | None:
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return None
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"])


def _is_city_section(place: dict[str, Any]) -> bool:
    """Whether the gazetteer has `place` as a section of a city (GeoNames PPLX: "Tondo",
    "Lyari"), not a county or sub-district, which are coarser than a town."""
    found = load_gazetteer().by_id(place["gazetteer_id"]) if place.get("gazetteer_id") else None
    return found is not None and found.fcode == "PPLX"


def _sections_before_their_town(places: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The places, where one is a district lying in a town the others name ("Tondo" beside
    "Manila"), without that town: the section says more exactly where, though a district
    ranks coarser than a town where the two are apart."""
    sections = [p for p in places if p.get("precision") == "district" and _is_city_section(p)]
    towns = [
        t
        for t in places
        if t.get("precision") == "town"
        and any(
            (s.get("country"), s.get("admin1")) == (t.get("country"), t.get("admin1"))
            and (km := _km(s, t)) is not None
            and km <= SAME_PLACE_KM
            for s in sections
        )
    ]
    return [p for p in places if not any(p is t for t in towns)] if towns else places


def place_relation(a: dict[str, Any] | None, b: dict[str, Any] | None) -> str | None:
    """How two places relate: same | near | far | other_region, or None when unknown."""
    if not a or not b:
        return None
    if a.get("name") and a.get("name") == b.get("name"):
        # (one name read as two places: "Richmond" in Kentucky for Virginia's)
        return "same"
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        return "other_region"
    if a.get("admin1") and b.get("admin1") and a["admin1"] != b["admin1"]:
        return "other_region"
    if a.get("precision") in _FINE_PLACES and b.get("precision") in _FINE_PLACES:
        km = _km(a, b)
        return "near" if km is not None and km <= SAME_PLACE_KM else "far"
    return None


def _names_place(report: Report, place: dict[str, Any] | None) -> bool:
    """`report`'s wording has every word of `place`'s name ("Whitehaven", "Las Vegas"), a
    town or finer (a state named is often another state: "Pennsylvania Avenue" in DC)."""
    if not place or place.get("precision") not in _FINE_PLACES:
        return False
    words = (place.get("name") or "").lower().split()
    return bool(words) and all(w in report.words or w in report.names for w in words)


def type_relation(a: str | None, b: str | None) -> str | None:
    """How two event types relate: None (agree or unknown) | related | incompatible."""
    if not a or not b or a == b:
        return None
    related = (
        (a in VIOLENT_TYPES and b in VIOLENT_TYPES)
        or {a, b} <= _DEMONSTRATIONS
        # An arrest report is often the follow-up of the violence it names, and arrests are
        # made at a protest or riot ("police said 27 students were arrested").
        or ("Strategic developments" in (a, b) and bool({a, b} & (VIOLENT_TYPES | _DEMONSTRATIONS)))
    )
    return "related_type" if related else "other_type"


def dates_compatible(a: Report, b: Report) -> bool:
    """False when both reports carry event dates whose ranges are more than a day apart."""
    if not (a.event_days and b.event_days):
        return True
    (a0, a1), (b0, b1) = a.event_days, b.event_days
    return a0 - DATE_SLACK_DAYS <= b1 and b0 - DATE_SLACK_DAYS <= a1


def days_between_dates(a: Report, b: Report) -> int:
    """Days between two reports' event dates (0 when either has none or they overlap)."""
    if not (a.event_days and b.event_days) or dates_compatible(a, b):
        return 0
    (a0, a1), (b0, b1) = a.event_days, b.event_days
    return max(b0 - a1, a0 - b1)


def is_copy(a: Report, b: Report) -> bool:
    """One report is a wire copy of the other's document (or both of a third)."""
    return (
        a.copy_of == b.document
        or b.copy_of == a.document
        or bool(a.copy_of and a.copy_of == b.copy_of)
    )


# Pair features, in link_weights.tsv's order (a feature absent from a pair is 0).
FEATURES = (
    "words",
    "names",
    "days",
    "same_date",
    "other_date",
    "date_gap",
    "published_days",
    "same_place",
    "near_place",
    "far_place",
    "other_region",
    "related_type",
    "other_type",
    "persons",
    "more_persons",
    "actors",
    "ages_shared",
    "ages_other",
    "streets_shared",
    "streets_other",
    "killed_shared",
    "killed_other",
    "injured_shared",
    "injured_other",
    "same_outlet",
    "same_outlet_other_ages",
    "same_outlet_new_each_day",
    "accident_other",
)


# The features that say whether two reports' lists share a value, with their two names.
_LIST_FEATURES = tuple(
    (name, f"{name}_shared", f"{name}_other") for name in ("ages", "streets", "killed", "injured")
)


def pair_features(
    a: Report, b: Report, gap: int | None = None, apart: int | None = None
) -> dict[str, float]:
    """What the linking model weighs for two reports (names as in link_weights.tsv); `gap`
    (days_between_dates) and `apart` (days_apart) when the caller has them."""
    return _with_cosines(a, b, _other_features(a, b, gap, apart))


def _with_cosines(a: Report, b: Report, others: dict[str, float]) -> dict[str, float]:
    """The two cosines, then `others` (_other_features) in their order: pair_features."""
    return {"words": cosine(a.words, b.words), "names": cosine(a.names, b.names)} | others


def _other_features(
    a: Report, b: Report, gap: int | None = None, apart: int | None = None
) -> dict[str, float]:
    """pair_features but the two cosines ("words", "names"), which cost the most: a report
    meets every member of its candidate incidents, and most are scored on these alone (see
    pair_bound)."""
    features: dict[str, float] = {}
    if apart is None:
        apart = days_apart(a, b)
    days = WINDOW_DAYS if apart is None else apart
    if a.date_start and b.date_start:
        if gap is None:
            gap = days_between_dates(a, b)
        # (the gap of two dated reports is 0 exactly when their dates are compatible)
        if gap == 0:
            days = 0
            features["same_date"] = 1.0
        else:
            features["other_date"] = 1.0
            # Weighed, not vetoed: a follow-up's main event is often dated to its own day
            # (a sentencing, "Tuesday") while it tells of the shooting months before.
            features["date_gap"] = math.log1p(gap)
    if a.published_day and b.published_day:
        features["published_days"] = math.log1p(abs(a.published_day - b.published_day))
    features["days"] = math.log1p(days)
    place = place_relation(a.place, b.place)
    if place in ("far", "other_region") and (_names_place(a, b.place) or _names_place(b, a.place)):
        # A place misread as one of another state or country (Memphis's Whitehaven as the
        # English town, a "Downtown" in Maryland), or a county whose middle is far from the
        # town in it, where the other report names it: near.
        place = "near"
    if place:
        features[place if place == "other_region" else f"{place}_place"] = 1.0
    typing = type_relation(a.event_type, b.event_type)
    if typing:
        features[typing] = 1.0
    sets_a, sets_b = a.value_sets, b.value_sets
    if a.persons and b.persons:
        shared = sets_a["persons"] & sets_b["persons"]
        if shared:
            features["persons"] = 1.0
            features["more_persons"] = math.log(len(shared))
    if a.actors and b.actors and not sets_a["actors"].isdisjoint(sets_b["actors"]):
        features["actors"] = 1.0
    if a.outlet and a.outlet == b.outlet:
        # One outlet's reports share its furniture and house style whatever they tell of.
        features["same_outlet"] = 1.0
        # One outlet's back-to-back shootings in one city: it states a shooting's ages alike
        # each time it comes back to it (across outlets an age is often misread), and a report
        # of each day's news naming nothing the other names is that day's shooting.
        if (
            a.ages
            and b.ages
            and sets_a["ages"].isdisjoint(sets_b["ages"])
            and not shared_person(a, b)
        ):
            features["same_outlet_other_ages"] = 1.0
        if "other_date" in features and a.fresh and b.fresh and not named_alike(a, b):
            features["same_outlet_new_each_day"] = 1.0
    # Ages and streets tell two shootings in one city apart: victims of 19 and 23 on Center
    # Street are not a man of 31 shot on 16th Street.
    for name, shared_name, other_name in _LIST_FEATURES:
        x, y = sets_a[name], sets_b[name]
        if x and y:
            if name in _FIGURE_FIELDS:
                # "at least 19 killed" meets "23 killed" (a toll told as a bound, since risen)
                meet = any(intervals_meet(i, j) for i in x for j in y)
            elif name != "streets":
                meet = not x.isdisjoint(y)
            elif not streets_meet(x, y):
                meet = False
            elif max(len(x), len(y)) > ROUNDUP_STREETS and not _streets_meet_twice(x, y):
                continue  # (one street of a roundup's many: no evidence either way)
            else:
                meet = True
            features[shared_name if meet else other_name] = 1.0
    # A child who found a gun and a drive-by the same week are two shootings.
    if a.accidental != b.accidental:
        features["accident_other"] = 1.0
    return features


def _streets_meet_twice(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two of `a`'s streets each meet one of `b`'s (streets_meet)."""
    return sum(streets_meet(frozenset({x}), b) for x in a) >= 2


def pair_score(a: Report, b: Report) -> float:
    """Log-odds that two reports tell of one incident (logistic model of link_weights.tsv)."""
    ruled, gap, apart = _ruled(a, b)
    if ruled is not None:
        return ruled
    return _model_score(pair_features(a, b, gap, apart))


def _model_score(features: dict[str, float]) -> float:
    """The linking model's log-odds for a pair's features."""
    weights = _feature_weights()
    # The products summed in the features' order, as the model's sum always was.
    return weights["bias"] + sum(
        map(operator.mul, map(weights.__getitem__, features), features.values())
    )


def _ruled(a: Report, b: Report) -> tuple[float | None, int, int | None]:
    """The score a hard rule gives two reports (wire copy, back-reference, vetoes), else None;
    with their days_between_dates and days_apart when the model is to score them."""
    if is_copy(a, b):
        return COPY_SCORE, 0, None
    # a reference told beside an article's own news matches on what it names; one that is
    # the article's main event (a trial, a vigil, a report that only names its shooting) is
    # that article's subject, compared as a whole report
    if (a.modality == _REFERENCE and not a.main) or (b.modality == _REFERENCE and not b.main):
        return _reference_score(a, b), 0, None
    gap = days_between_dates(a, b)
    if gap > DATE_VETO_DAYS and not follows_up(a, b, gap):
        return VETO, gap, None
    if gap > _distinct_days(a, b) and _days_of_their_own(a, b) and not shared_person(a, b):
        return VETO, gap, None
    if (_before_the_blast(a, b) or _before_the_blast(b, a)) and not shared_person(a, b):
        return VETO, gap, None
    # (one person named lifts it, a report misdated; not where an article told the two apart
    # itself, whose sentences around either attack may name anyone of both: a town the tagger
    # took for a man)
    if _towns_of_their_own(a, b) and (a.set_apart or b.set_apart or not shared_person(a, b)):
        return VETO, gap, None
    apart = days_apart(a, b)
    if apart is not None and apart > WINDOW_DAYS and not shared_person(a, b):
        return VETO, gap, apart
    undated = not (a.event_days and b.event_days)
    if undated and apart is not None and apart > DATE_VETO_DAYS and not follows_up(a, b, apart):
        return VETO, gap, apart  # an undated report is news of about its publication day
    return None, gap, apart


def pair_bound(a: Report, b: Report) -> float:
    """At least pair_score(a, b) (up to rounding: compare with BOUND_MARGIN), cheaper: the two
    cosines bounded from the reports' sketches (cosine_bound), not computed. Most candidates
    of a report are far below THRESHOLD even so, and need not be scored."""
    return _bounded(a, b)[0]


def _bounded(a: Report, b: Report) -> tuple[float, dict[str, float] | None]:
    """pair_bound(a, b), and the pair's _other_features when the model is to score it (None:
    a hard rule scored it, and the bound is its score)."""
    ruled, gap, apart = _ruled(a, b)
    if ruled is not None:
        return ruled, None
    weights = _feature_weights()
    others = _other_features(a, b, gap, apart)
    # (a cosine is at least 0: a negative weight's product is at most 0)
    vectors = max(0.0, weights["words"] * cosine_bound(a.words_sketch, b.words_sketch)) + max(
        0.0, weights["names"] * cosine_bound(a.names_sketch, b.names_sketch)
    )
    return (
        weights["bias"]
        + vectors
        + sum(map(operator.mul, map(weights.__getitem__, others), others.values()))
    ), others


def pair_ceiling(a: Report, b: Report) -> float:
    """At least pair_bound(a, b) (up to rounding), cheaper still: the hard rules' vetoes and
    the features that cost most to tell (places, types, lists) left at their best for the
    pair, the rest as _other_features has them. Most of a report's candidate incidents are
    below THRESHOLD even so, and need no pair_bound."""
    if is_copy(a, b):
        return COPY_SCORE
    if (a.modality == _REFERENCE and not a.main) or (b.modality == _REFERENCE and not b.main):
        return _reference_score(a, b)
    weights = _feature_weights()
    ceiling = (
        weights["bias"]
        + max(0.0, weights["words"] * cosine_bound(a.words_sketch, b.words_sketch))
        + max(0.0, weights["names"] * cosine_bound(a.names_sketch, b.names_sketch))
    )
    apart = days_apart(a, b)
    days = WINDOW_DAYS if apart is None else apart
    if a.date_start and b.date_start:
        gap = days_between_dates(a, b)
        if gap == 0:
            days = 0
            ceiling += weights["same_date"]
        else:
            ceiling += weights["other_date"] + weights["date_gap"] * math.log1p(gap)
    if a.published_day and b.published_day:
        ceiling += weights["published_days"] * math.log1p(abs(a.published_day - b.published_day))
    ceiling += weights["days"] * math.log1p(days)
    if a.place and b.place:
        ceiling += max(0.0, *(weights[name] for name in _PLACE_FEATURES))
    if a.event_type and b.event_type and a.event_type != b.event_type:
        ceiling += max(0.0, weights["related_type"], weights["other_type"])
    sets_a, sets_b = a.value_sets, b.value_sets
    if a.persons and b.persons:
        shared = sets_a["persons"] & sets_b["persons"]
        if shared:
            ceiling += weights["persons"] + weights["more_persons"] * math.log(len(shared))
    if a.actors and b.actors:
        ceiling += max(0.0, weights["actors"])
    if a.outlet and a.outlet == b.outlet:
        ceiling += weights["same_outlet"] + max(0.0, weights["same_outlet_other_ages"])
        ceiling += max(0.0, weights["same_outlet_new_each_day"])
    for name, shared_name, other_name in _LIST_FEATURES:
        if sets_a[name] and sets_b[name]:
            ceiling += max(0.0, weights[shared_name], weights[other_name])
    if a.accidental != b.accidental:
        ceiling += weights["accident_other"]
    # (a pair a hard rule vetoes is VETO, whatever the model would give it)
    return max(VETO, ceiling)


# The features of how two reports' places relate (place_relation), one at most of them.
_PLACE_FEATURES = ("same_place", "near_place", "far_place", "other_region")


# How far below THRESHOLD an incident's bound must be for the incident to be left unscored:
# far more than the rounding of sums of a few dozen terms under 30 (about 1e-13), far less
# than any bound's slack that matters.
BOUND_MARGIN = 1e-6


@functools.cache
def _feature_weights() -> dict[str, float]:
    """link_weights() with a 0 for every feature it lacks."""
    return {name: 0.0 for name in FEATURES} | link_weights()


def _distinct_days(a: Report, b: Report) -> int:
    """Days two reports each of its own day may lie apart and still tell one incident."""
    crowds = a.event_type in CROWD_TYPES and b.event_type in CROWD_TYPES
    return CROWD_DISTINCT_DAYS if crowds else DISTINCT_DAYS


def _days_of_their_own(a: Report, b: Report) -> bool:
    """Both reports tell of an event of one of DISTINCT_DAY_TYPES as the news of a day of its
    own (a stated date, not the publication's, that the report is fresh news of)."""
    crowds = a.event_type in CROWD_TYPES and b.event_type in CROWD_TYPES
    return (
        (crowds or (a.event_type in DISTINCT_DAY_TYPES and a.event_type == b.event_type))
        and a.date_precision == b.date_precision == DatePrecision.DAY.value
        and a.fresh
        and b.fresh
    )


def _before_the_blast(blast: Report, other: Report) -> bool:
    """`blast` tells an event of one of DISTINCT_DAY_TYPES as its day's news and `other` an
    event more than DISTINCT_DAYS before it, both to the day: what came before the blast is
    no follow-up of it ("families bury the raid's dead" of Tuesday is not Friday's grenade)."""
    if blast.event_type not in DISTINCT_DAY_TYPES or not blast.fresh:
        return False
    if not (blast.event_days and other.event_days):
        return False
    if not blast.date_precision == other.date_precision == DatePrecision.DAY.value:
        return False
    return other.event_days[1] < blast.event_days[0] - DISTINCT_DAYS


def _towns_of_their_own(a: Report, b: Report) -> bool:
    """Both reports tell of violence as the news of a day of its own, on different days
    (however close: not within a day's slack) and in different towns near each other: a raid
    on one village and a reprisal on the next the evening after, a few kilometres off, are two
    attacks, which the model, reading near towns as one place, would join. (Towns further
    apart the model weighs itself: one may be a dateline's, a follow-up's main event placed
    in the city it was filed from.) A report its article set apart from a neighbouring
    attack has its day of its own, though told days later."""
    if not (a.event_type in VIOLENT_TYPES and b.event_type in VIOLENT_TYPES):
        return False
    if not ((a.fresh or a.set_apart) and (b.fresh or b.set_apart)):
        return False
    if a.date_precision != DatePrecision.DAY.value or b.date_precision != a.date_precision:
        return False
    (a0, a1), (b0, b1) = a.event_days or (0, 0), b.event_days or (0, 0)
    if a0 <= b1 and b0 <= a1:
        return False
    towns = [p for p in (a.place, b.place) if p and p.get("precision") == Precision.TOWN.value]
    return len(towns) == 2 and place_relation(*towns) == "near"


def days_apart(a: Report, b: Report) -> int | None:
    """Days between two reports' dates (event date, else publication; None when either has
    none)."""
    day_a, day_b = a.first_day, b.first_day
    if not (day_a and day_b):
        return None
    return abs(day_a - day_b)


def shared_person(a: Report, b: Report) -> bool:
    """Both reports name one person (not a speaker)."""
    return not a.value_sets["persons"].isdisjoint(b.value_sets["persons"])


def named_alike(a: Report, b: Report) -> bool:
    """Both reports name one person (not a speaker) or one street."""
    return shared_person(a, b) or streets_meet(a.value_sets["streets"], b.value_sets["streets"])


def follows_up(a: Report, b: Report, days: int) -> bool:
    """One report may be a follow-up of the other, told `days` apart: they name one person, or
    one street within STREET_FOLLOW_UP_DAYS."""
    return shared_person(a, b) or (
        days <= STREET_FOLLOW_UP_DAYS
        and streets_meet(a.value_sets["streets"], b.value_sets["streets"])
    )


@functools.cache
def link_weights() -> dict[str, float]:
    """Feature -> weight of the linking model, from link_weights.tsv."""
    rows = data_rows("corroborate.consolidate", "link_weights.tsv")
    return {row["feature"]: float(row["weight"]) for row in rows}


def _reference_score(a: Report, b: Report) -> float:
    """A back-reference matches on what it names: place, actors, persons, type, names."""
    if not dates_compatible(a, b):
        return VETO
    place = place_relation(a.place, b.place)
    if place in ("far", "other_region"):
        return VETO
    if type_relation(a.event_type, b.event_type) == "other_type":
        return VETO
    evidence = 1.0 if place in ("same", "near") else 0.0
    if set(a.actors) & set(b.actors):
        evidence += 1.0
    if set(a.persons) & set(b.persons):
        evidence += 2.0
    if a.event_type and a.event_type == b.event_type:
        evidence += 0.5
    if a.sub_event_type and a.sub_event_type == b.sub_event_type:
        evidence += 0.5
    evidence += 4.0 * cosine(a.names, b.names)
    return evidence - 2.0


def _by_document(members: list[Report]) -> list[list[Report]]:
    # Main reports speak for their articles; later events of an article only when an incident
    # has nothing else (their sentence says less than a whole article).
    members = [m for m in members if m.main] or members
    grouped: dict[str, list[Report]] = {}
    for member in members:
        grouped.setdefault(member.document, []).append(member)
    return list(grouped.values())


def incident_score(report: Report, members: list[Report]) -> float:
    """Average link of a report to an incident's documents (each its best-matching report,
    so an article that tells the incident in several events counts once)."""
    return _document_score(report, _by_document(members))


def _document_score(report: Report, documents: list[list[Report]]) -> float:
    """incident_score of a report against an incident's members grouped by _by_document."""
    if not documents:
        return VETO
    return sum(max(pair_score(report, m) for m in d) for d in documents) / len(documents)


def _document_score_above(
    report: Report, documents: list[list[Report]], threshold: float
) -> float | None:
    """_document_score(report, documents) when it can be above `threshold`, else None: the
    same mean of maxima over pair_bound first (at least the score: the mean of maxima of
    larger numbers is larger), which leaves most candidates unscored; the pairs' features
    are worked out once for both."""
    if not documents:
        return VETO if threshold < VETO else None
    # pair_ceiling first, as pair_bound after it: most candidates stop here. (Its sums in
    # another order than the bound's may round another way: a score it passes over is at
    # most THRESHOLD - BOUND_MARGIN plus a rounding, below THRESHOLD, as the caller needs.)
    ceiling = sum(max(pair_ceiling(report, member) for member in d) for d in documents)
    if ceiling / len(documents) < threshold - BOUND_MARGIN:
        return None
    bounded = [[(member, *_bounded(report, member)) for member in d] for d in documents]
    bound = sum(max(pair[1] for pair in d) for d in bounded) / len(documents)
    if bound < threshold - BOUND_MARGIN:
        return None
    return sum(
        max(
            score if others is None else _model_score(_with_cosines(report, member, others))
            for member, score, others in d
        )
        for d in bounded
    ) / len(documents)


# --------------------------------------------------------------------------- the index


# An incident's members are rows of incident_members (IncidentMember), one per report: a report
# joining writes its row, and merging and unlinking move or delete rows. A session holds the
# reports it has read or written, by incident id, so that a large incident's are not read and
# made again for every report scored against it. The rows of the reports that joined are
# written together when linking a document ends (one statement, not one each), or before a
# statement that moves or deletes rows, or at the commit; until then only the session's held
# members know of them (so reports join held incidents only).
_HELD = "corroborate_members"
_UNWRITTEN = "corroborate_members_unwritten"
_RELINKING = "corroborate_relinking"


@dataclass
class _Members:
    """An incident's reports as a session holds them, in join order."""

    reports: list[Report]
    next_position: int  # the position the next report to join takes (after every stored one)
    grouped: list[list[Report]] | None = None  # _by_document(reports), made when first asked


def _held(session: Session) -> dict[str, _Members]:
    return session.info.setdefault(_HELD, {})


@sa_event.listens_for(Session, "after_soft_rollback")
def _forget_members(session: Session, _previous: Any) -> None:
    # What a rolled-back transaction added, moved or deleted is not in the ledger: read again.
    session.info.pop(_HELD, None)
    session.info.pop(_UNWRITTEN, None)


@sa_event.listens_for(Session, "before_commit")
def _write_members_before_commit(session: Session) -> None:
    write_members(session)


def write_members(session: Session) -> None:
    """Write the rows of the reports that joined incidents since the last write (after their
    incidents: the session is flushed first)."""
    rows = session.info.pop(_UNWRITTEN, None)
    if rows:
        session.flush()
        session.connection().execute(insert(IncidentMember.__table__), rows)


_MEMBER_COLUMNS = (
    IncidentMember.incident_id,
    IncidentMember.position,
    IncidentMember.document_id,
    IncidentMember.event_id,
    IncidentMember.modality,
    IncidentMember.published,
    IncidentMember.event_type,
    IncidentMember.sub_event_type,
    IncidentMember.date_start,
    IncidentMember.date_end,
    IncidentMember.date_precision,
    IncidentMember.place,
    IncidentMember.actors,
    IncidentMember.persons,
    IncidentMember.copy_of,
    IncidentMember.outlet,
    IncidentMember.main,
    IncidentMember.words,
    IncidentMember.names,
    IncidentMember.ages,
    IncidentMember.streets,
    IncidentMember.killed,
    IncidentMember.injured,
    IncidentMember.accidental,
    IncidentMember.set_apart,
)


def incident_members(session: Session, incident_ids: Iterable[str]) -> dict[str, list[Report]]:
    """The reports each incident keeps for linking, in join order; those of incidents the
    session does not hold yet read in one statement for all of them."""
    wanted = sorted(set(incident_ids))
    _read_members(session, wanted)
    held = _held(session)
    return {i: list(held[i].reports) for i in wanted}


def _read_members(session: Session, incident_ids: Collection[str]) -> None:
    """Read the members of those incidents the session does not hold yet (one statement)."""
    held = _held(session)
    missing = sorted({i for i in incident_ids if i not in held})
    if missing:
        read: dict[str, list[Report]] = {i: [] for i in missing}
        last: dict[str, int] = {}
        rows = session.execute(
            select(*_MEMBER_COLUMNS)
            .where(IncidentMember.incident_id.in_(missing))
            .order_by(IncidentMember.incident_id, IncidentMember.position)
        )
        for row in rows:
            read[row.incident_id].append(_report_of(row))
            last[row.incident_id] = row.position
        for incident_id, reports in read.items():
            held[incident_id] = _Members(reports, last.get(incident_id, -1) + 1)


def members_of(session: Session, incident: Incident) -> list[Report]:
    """The reports an incident keeps for linking, in join order (read once a session)."""
    return incident_members(session, [incident.id])[incident.id]


def _members(session: Session, incident_id: str) -> _Members:
    held = _held(session)
    members = held.get(incident_id)
    if members is None:  # (asked for each candidate of each report: held, mostly)
        _read_members(session, [incident_id])
        members = held[incident_id]
    return members


def _members_by_document(session: Session, incident: Incident) -> list[list[Report]]:
    """_by_document of an incident's members, grouped once (not again for each report scored
    against the incident)."""
    members = _members(session, incident.id)
    if members.grouped is None:
        members.grouped = _by_document(members.reports)
    return members.grouped


def _report_of(row: Any) -> Report:
    return Report(
        document=row.document_id,
        event=row.event_id,
        modality=row.modality,
        published=_iso(row.published),
        event_type=row.event_type,
        sub_event_type=row.sub_event_type,
        date_start=_iso(row.date_start),
        date_end=_iso(row.date_end),
        date_precision=row.date_precision,
        place=row.place,
        actors=row.actors,
        persons=row.persons,
        copy_of=row.copy_of,
        outlet=row.outlet,
        main=row.main,
        words=row.words,
        names=row.names,
        ages=row.ages,
        streets=row.streets,
        killed=row.killed,
        injured=row.injured,
        accidental=row.accidental,
        set_apart=row.set_apart,
    )


def _member_row(incident_id: str, position: int, report: Report) -> dict[str, Any]:
    """The incident_members row of a report (its values as the table's columns take them)."""
    return {
        "incident_id": incident_id,
        "position": position,
        "document_id": report.document,
        "event_id": report.event,
        "main": report.main,
        "modality": report.modality,
        "published": _day(report.published),
        "event_type": report.event_type,
        "sub_event_type": report.sub_event_type,
        "date_start": _day(report.date_start),
        "date_end": _day(report.date_end),
        "date_precision": report.date_precision,
        "place": report.place,
        "copy_of": report.copy_of,
        "outlet": report.outlet,
        "actors": report.actors,
        "persons": report.persons,
        "ages": report.ages,
        "streets": report.streets,
        "killed": report.killed,
        "injured": report.injured,
        "accidental": report.accidental,
        "set_apart": report.set_apart,
        "words": report.words,
        "names": report.names,
    }


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _add_members(session: Session, incident: Incident, reports: list[Report]) -> None:
    """Reports joining an incident: a row each (written by write_members)."""
    members = _members(session, incident.id)
    unwritten = session.info.setdefault(_UNWRITTEN, [])
    for report in reports:
        unwritten.append(_member_row(incident.id, members.next_position, report))
        members.next_position += 1
    _held(session)[incident.id] = _Members([*members.reports, *reports], members.next_position)


def candidates(session: Session, report: Report) -> list[Incident]:
    """Incidents the index offers for a report: date window, and its country or none known
    (any country within ABROAD_DAYS); an undated report (no publication date, no event date)
    or incident meets by place name."""
    day = report.day
    place_name = (report.place or {}).get("name")
    if day is None:
        if not place_name:
            return []
        # No date to window on: the latest incidents at the same place, a bounded few (the
        # undated last, as SQLite has them: PostgreSQL puts NULL first in a descending order)
        latest = (
            select(Incident)
            .where(Incident.place_name == place_name)
            .order_by(Incident.date_start.desc().nulls_last(), Incident.id)
            .limit(UNDATED_CANDIDATES)
        )
        return sorted(session.scalars(latest), key=lambda i: i.id)
    near = dt.timedelta(days=NEAR_DAYS)
    window = dt.timedelta(days=FOLLOW_UP_DAYS if report.persons else WINDOW_DAYS)
    admin1 = (report.place or {}).get("admin1")
    country = (report.place or {}).get("country")
    if report.modality == Modality.REFERENCE.value:
        # An earlier incident: up to the end of the date range the reference gives.
        last = dt.date.fromisoformat(report.date_end) if report.date_end else day
        spans = [(day, last + dt.timedelta(days=DATE_SLACK_DAYS))]
    else:
        # Around the event's date and around the publication date: an event the extractor
        # misdated (to a year, to the day of a trial) still meets its incident by when it was
        # reported.
        centres = {day} | ({dt.date.fromisoformat(report.published)} if report.published else set())
        spans = [(centre, centre + window) for centre in sorted(centres)]
    # Further off (a follow-up months later), only incidents in the same province or state:
    # enough to find them, and the window stays small.
    far = tuple(bool(admin1) and high > centre + near for centre, high in spans)
    abroad = dt.timedelta(days=ABROAD_DAYS)
    values: dict[str, Any] = {"place_name": place_name, "admin1": admin1, "country": country}
    for k, (centre, high) in enumerate(spans):
        values |= {
            f"near_low{k}": centre - near,
            f"near_high{k}": min(high, centre + near),
            f"far_low{k}": centre - window,
            f"far_high{k}": high,
            f"abroad_low{k}": centre - abroad,
            f"abroad_high{k}": centre + abroad,
        }
    query = _candidates_query(far, bool(place_name), bool(admin1), bool(country))
    return _incidents(session, session.scalars(query, values).all())


@functools.cache
def _candidates_query(
    far: tuple[bool, ...], place_name: bool, admin1: bool, country: bool
) -> Select[tuple[str]]:
    """The index query for reports of one shape (per date span whether it reaches far; which
    place fields are known), its dates and places left as parameters: built once, as building
    it cost several times what running it does."""
    windows = []
    for k, reach in enumerate(far):
        windows.append(
            (Incident.date_start >= bindparam(f"near_low{k}"))
            & (Incident.date_start <= bindparam(f"near_high{k}"))
        )
        if reach:
            windows.append(
                (Incident.date_start >= bindparam(f"far_low{k}"))
                & (Incident.date_start <= bindparam(f"far_high{k}"))
                & (Incident.admin1 == bindparam("admin1"))
            )
    in_window = or_(*windows)
    if place_name or admin1:
        # An undated incident meets by place: the same name, or a name in the same province
        # (an undated article about "Karachi" and a dated one about Lyari, a part of it).
        same_place = [Incident.place_name == bindparam("place_name")] if place_name else []
        same_place += [Incident.admin1 == bindparam("admin1")] if admin1 else []
        in_window = in_window | (Incident.date_start.is_(None) & or_(*same_place))
    query = select(Incident.id).where(in_window)
    if country:
        # A town misread as one abroad ("Gentilly" in France for New Orleans', "Bar" in
        # Montenegro) must not keep a report from its incident: within a few days, incidents
        # of every country stay candidates (the model still weighs the places).
        soon = or_(
            *(
                (Incident.date_start >= bindparam(f"abroad_low{k}"))
                & (Incident.date_start <= bindparam(f"abroad_high{k}"))
                for k in range(len(far))
            )
        )
        query = query.where(
            (Incident.country == bindparam("country")) | Incident.country.is_(None) | soon
        )
    return query.order_by(Incident.id)


def _incidents(session: Session, ids: list[str]) -> list[Incident]:
    """The incidents of `ids`, in order; those the session holds are not read again (a query
    for whole rows decodes each summary again)."""
    key_of = inspect(Incident).identity_key_from_primary_key
    held = {i: session.identity_map.get(key_of((i,))) for i in ids}
    missing = [i for i, incident in held.items() if incident is None]
    if missing:
        held |= {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(missing)))}
    return [incident for i in ids if (incident := held[i]) is not None]


# --------------------------------------------------------------------------- linking


def link_document(
    session: Session,
    document: Document,
    events: list[Event],
    facts: DocumentFacts | None = None,
) -> set[str]:
    """Link a stored document's event reports (`events`: all of its events) to incidents;
    returns the touched incident ids. `facts`: the document's, as just stored (else read)."""
    facts = facts or document_facts(session, document.id, events)
    main_event = next((e for e in events if e.rank == 0), None)
    others = [] if main_event is None else _other_incidents(facts, main_event, document.published)
    # occurred events the main report set apart as another, earlier day's violence, and the
    # attacks told beside a neighbouring one, of another day in a town nearby
    neighbours = _beside_a_neighbour(facts)
    set_apart = {other.id for other, _ in others if other.modality == Modality.OCCURRED.value}
    if main_event is not None:
        set_apart |= {e for e, told in neighbours.items() if main_event.id in told}
    over = _arrests_over(document.text, events)
    if events:
        # the violence arrests were made over is linked before them, beside the main event
        ordered = sorted(events, key=lambda e: (e.rank > 0, e.id not in over.values(), e.rank))
        reports = [
            (event_report(session, document, e, facts, others, neighbours), e) for e in ordered
        ]
    else:
        reports = [(document_report(session, document, facts), None)]
    touched: set[str] = set()
    main: tuple[Report, str] | None = None
    # event id -> its incident, written to the events at the end in one statement (set one by
    # one, each went out as an UPDATE of its own with the next autoflush)
    linked: dict[str, str] = {}
    told = {event.id: report for report, event in reports if event is not None}
    for report, event in reports:
        incident: Incident | None
        # a later event of the article, beside its linked main event
        later = event is not None and event.rank > 0 and bool(main)
        apart = event is not None and event.id in set_apart
        target = over.get(event.id) if event is not None else None
        if later and not apart and target in linked and _follows_in_time(report, told[target]):
            # arrests over a killing the report names join the killing, not its main event,
            # wherever the suspects were caught
            incident = session.get(Incident, merged_into(session, linked[target]))
            attach(session, incident, report)
        elif later and not apart and (same_story(report, main[0]) or follow_up(report, main[0])):
            incident = session.get(Incident, merged_into(session, main[1]))
            attach(session, incident, report)
        elif later and (apart or _told_apart(report, main[0])):
            # another incident the article tells of, on other days: not its main one
            incident = link_report(session, report, apart=merged_into(session, main[1]))
        else:
            incident = link_report(session, report, beside_main=later)
        if incident is None:
            if event is not None and report.modality == _REFERENCE:
                # An orphan now, whose report every incident founded in its window asks for.
                _orphan_reports(session)[event.id] = report
            continue
        if event is not None:
            linked[event.id] = incident.id
            if event.rank == 0:
                main = (report, incident.id)
        touched.add(incident.id)
        if len(_members(session, incident.id).reports) == 1:  # founded by this report
            session.flush()
            # (this document's linked events are no orphans, though not yet written so)
            touched |= adopt_references(session, incident, skip=set(linked))
    # A later report of this document may have merged the incident an earlier one joined.
    for event in events:
        incident_id = linked.get(event.id) or event.incident_id
        if incident_id:
            event.incident_id = merged_into(session, incident_id)
    session.flush()
    write_members(session)
    return {merged_into(session, i) for i in touched}


def _arrests_over(text: str, events: list[Event]) -> dict[str, str]:
    """Arrest and seizure event ids -> the violent event each was made over, as their triggers
    tell it ("Two arrested over killing of journalist"; extract.events.arrest_made_over)."""
    violent = [e for e in events if e.event_type in VIOLENT_TYPES]
    over: dict[str, str] = {}
    for event in events:
        if event.modality != _OCCURRED or event.sub_event_type not in FOLLOW_UP_SUB_TYPES:
            continue
        for other in violent:
            if arrest_made_over(text, event.end, other.start):
                over[event.id] = other.id
                break
    return over


def repoint_copies(session: Session, documents: Collection[str], original: str) -> None:
    """The reports of `documents` are now copies of `original` (a wire story stored after its
    copies), in the member rows and in the reports the session holds."""
    session.execute(
        update(IncidentMember)
        .where(IncidentMember.document_id.in_(list(documents)))
        .values(copy_of=original)
    )
    wanted = set(documents)
    for members in _held(session).values():
        for report in members.reports:
            if report.document in wanted:
                report.copy_of = original


def merged_into(session: Session, incident_id: str) -> str:
    """The incident an incident id now stands for (following merges made in this session)."""
    redirects = session.info.get("corroborate_merged", {})
    while incident_id in redirects:
        incident_id = redirects[incident_id]
    return incident_id


def same_story(secondary: Report, main: Report) -> bool:
    """A later event of an article that can be its main event told again ("shot", "killed")."""
    return (
        secondary.modality in FOUNDING
        and dates_compatible(secondary, main)
        and place_relation(secondary.place, main.place) not in ("far", "other_region")
        and type_relation(secondary.event_type, main.event_type) != "other_type"
    )


# ACLED sub-types of a security operation that follows the violence an article tells of.
FOLLOW_UP_SUB_TYPES = frozenset({"Arrests", "Disrupted weapons use"})


def follow_up(secondary: Report, main: Report) -> bool:
    """A later event of an article that is an arrest or a seizure after its main event of
    violence (from its day to DATE_VETO_DAYS on, or undated) at its place: the operation that
    followed it ("killed two of the attackers on Tuesday and arrested three others"; the
    planner arrested on Sunday), not an incident of its own. Such arrests, told with no time
    of their own, took the report's most frequent date and founded one."""
    if not (
        secondary.modality == _OCCURRED
        and secondary.sub_event_type in FOLLOW_UP_SUB_TYPES
        and main.event_type in VIOLENT_TYPES
        and place_relation(secondary.place, main.place) not in ("far", "other_region")
    ):
        return False
    return _follows_in_time(secondary, main)


def _follows_in_time(secondary: Report, main: Report) -> bool:
    """The secondary report's days are from the main one's to DATE_VETO_DAYS on (or either is
    undated)."""
    if not (secondary.event_days and main.event_days):
        return True
    after = secondary.event_days[0] - main.event_days[0]
    return -DATE_SLACK_DAYS <= after <= DATE_VETO_DAYS


def attach(session: Session, incident: Incident, report: Report) -> None:
    """Add a report to an incident's members and refresh what it says."""
    _add_members(session, incident, [report])
    refresh_incident(session, incident)


# Unlinked back-references published in a window: built once, as it is asked for every
# incident founded.
_ORPHANS = (
    select(Event.id)
    .join(Document, Document.id == Event.document_id)
    .where(
        Event.incident_id.is_(None),
        Event.modality == Modality.REFERENCE.value,
        Document.published >= bindparam("low"),
        Document.published <= bindparam("high"),
    )
    .order_by(Event.id)
)


def adopt_references(session: Session, incident: Incident, skip: set[str]) -> set[str]:
    """Back-references that came before the incident they refer to, attached to it now."""
    if incident.date_start is None:
        return set()
    window = dt.timedelta(days=WINDOW_DAYS)
    orphans = session.scalars(
        _ORPHANS, {"low": incident.date_start, "high": incident.date_start + window}
    ).all()
    orphans = [orphan_id for orphan_id in orphans if orphan_id not in skip]
    reports = _orphan_reports_of(session, orphans)
    adopted: set[str] = set()
    for orphan_id in orphans:
        report = reports[orphan_id]
        if incident_score(report, members_of(session, incident)) > THRESHOLD:
            _add_members(session, incident, [report])
            session.get_one(Event, orphan_id).incident_id = incident.id
            adopted.add(incident.id)
    if adopted:
        refresh_incident(session, incident)
    return adopted


def _orphan_reports(session: Session) -> dict[str, Report]:
    """The reports of unlinked back-references made in this session, by event id."""
    return session.info.setdefault("corroborate_orphan_reports", {})


def _orphan_reports_of(session: Session, orphan_ids: list[str]) -> dict[str, Report]:
    """Unlinked back-references' reports, each made once a session (every incident founded in
    its window asks for it again); those not made yet read together (facts, events, figures
    and actors: a few statements, not ten for each)."""
    made = _orphan_reports(session)
    missing = [i for i in orphan_ids if i not in made]
    if missing:
        orphans = session.scalars(select(Event).where(Event.id.in_(missing))).all()
        document_ids = sorted({orphan.document_id for orphan in orphans})
        documents = {
            d.id: d for d in session.scalars(select(Document).where(Document.id.in_(document_ids)))
        }
        facts = documents_facts(session, document_ids)
        for orphan in orphans:
            document = documents[orphan.document_id]
            made[orphan.id] = event_report(session, document, orphan, facts[document.id])
    return made


def _told_apart(secondary: Report, main: Report) -> bool:
    """A later event of an article that occurred on other days than its main event (both
    dated, more than a day apart): news of its own, not a back-reference. (An alleged one is
    what an accusation or a confession the article is about says happened before.)"""
    return secondary.modality == Modality.OCCURRED.value and not dates_compatible(secondary, main)


def link_report(
    session: Session, report: Report, apart: str | None = None, *, beside_main: bool = False
) -> Incident | None:
    """Attach one report to its incident (found or founded); None if it stays unlinked.
    `apart`: an incident it must not join (its article's main incident, on other days);
    `beside_main`: a later event of an article whose main event has its incident."""
    scored = []
    found = [incident for incident in candidates(session, report) if incident.id != apart]
    _read_members(session, [incident.id for incident in found])  # all in one statement
    if report.set_apart:
        found = [i for i in found if not _told_beside([report], members_of(session, i))]
    for incident in found:
        # Only an incident scoring above THRESHOLD can take the report or be merged: the
        # others (most, whose wording is far off) are left unscored.
        score = _document_score_above(report, _members_by_document(session, incident), THRESHOLD)
        if score is not None and score > THRESHOLD:
            scored.append((score, incident))
    scored.sort(key=lambda pair: (-pair[0], pair[1].id))
    if scored:
        incident = scored[0][1]
    elif founds(report) and not (beside_main and report.modality != _OCCURRED):
        # a later event that only alleges or denies, beside the article's linked main event
        # ("No arrests have been made" in a report of a shooting), is a fact of that story
        incident = Incident(id=_founding_id(session, report), summary={}, questions=[])
        session.add(incident)
        _held(session)[incident.id] = _Members([], 0)  # none stored: nothing to read
    else:
        return None
    attach(session, incident, report)
    members = members_of(session, incident)
    for _, other in scored[1:]:
        if incident_score_between(members, members_of(session, other)) > THRESHOLD:
            incident = merge_incidents(session, incident, other)
            members = members_of(session, incident)
    session.flush()
    return incident


def founds(report: Report) -> bool:
    """Whether a report founds an incident when none matches: one that occurred, is alleged or
    denied, or an article's main event told as a reference (a vigil's, a trial's report that
    only names its shooting: the article is that incident's report, though the incident came
    first). A reference told beside other news waits for its incident (adopt_references)."""
    return report.modality in FOUNDING or (
        report.modality == _REFERENCE and report.main and report.event is not None
    )


def _founding_id(session: Session, report: Report) -> str:
    """The id of the incident a report founds: named after the report, unless an incident of
    that name stands. Only re-linking meets one: the incident this report founded before
    `reprocess`, which other documents' reports keep after it left (linking need not find it
    again, a score being no symmetric relation); then the next free of a numbered series."""
    key = report.event or report.document
    incident_id = stable_id("in", key)
    if not session.info.get(_RELINKING):
        return incident_id  # a new document's reports are new: no incident is named after them
    number = 0
    while incident_id in _held(session) or session.get(Incident, incident_id) is not None:
        number += 1
        incident_id = stable_id("in", key, number)
    return incident_id


def _told_beside(a: list[Report], b: list[Report]) -> bool:
    """Reports of `a` and of `b` include two attacks one article set apart, each of its own day
    in towns near each other (Report.set_apart): two incidents, which no third report may join
    (a follow-up's "more troops may be deployed" is as near in wording to either)."""
    left = [x for x in a if x.set_apart]
    right = [y for y in b if y.set_apart] if left else []
    return any(
        x.document == y.document and x.event != y.event and _towns_of_their_own(x, y)
        for x in left
        for y in right
    )


def incident_score_between(a: list[Report], b: list[Report]) -> float:
    """Average link between two incidents' documents (best-matching reports of each pair)."""
    left, right = _by_document(a), _by_document(b)
    if not left or not right or _told_beside(a, b):
        return VETO
    pairs = [max(pair_score(x, y) for x in d for y in e) for d in left for e in right]
    return sum(pairs) / len(pairs)


def merge_incidents(session: Session, keep: Incident, other: Incident) -> Incident:
    """Move `other`'s reports into `keep` (the larger; on a tie the smaller id) and drop it."""
    if (len(_members(session, other.id).reports), keep.id) > (
        len(_members(session, keep.id).reports),
        other.id,
    ):
        keep, other = other, keep
    session.flush()
    write_members(session)  # (the rows to move among them)
    session.execute(update(Event).where(Event.incident_id == other.id).values(incident_id=keep.id))
    kept, moved = _members(session, keep.id), _members(session, other.id)
    # Its rows re-pointed, after the keeper's in join order (positions below next_position).
    session.execute(
        update(IncidentMember)
        .where(IncidentMember.incident_id == other.id)
        .values(incident_id=keep.id, position=IncidentMember.position + kept.next_position)
    )
    held = _held(session)
    held[keep.id] = _Members(
        [*kept.reports, *moved.reports], kept.next_position + moved.next_position
    )
    del held[other.id]
    session.execute(delete(Contradiction).where(Contradiction.incident_id == other.id))
    session.info.setdefault("corroborate_merged", {})[other.id] = keep.id
    session.delete(other)
    session.flush()
    refresh_incident(session, keep)
    return keep


def incidents_of_document(session: Session, document: Document) -> list[Incident]:
    """Incidents holding a report of `document` (of its events or of the document itself)."""
    write_members(session)
    ids = session.scalars(
        select(IncidentMember.incident_id)
        .where(IncidentMember.document_id == document.id)
        .distinct()
    ).all()
    return _incidents(session, sorted(ids))


def unlink_document(session: Session, document: Document) -> set[str]:
    """Take a document's reports out of their incidents (before it is re-extracted)."""
    touched: set[str] = set()
    session.info[_RELINKING] = True  # its reports, linked again, may find their names taken
    incidents = incidents_of_document(session, document)
    members = incident_members(session, [incident.id for incident in incidents])
    session.execute(
        update(Event)
        .where(Event.document_id == document.id, Event.incident_id.is_not(None))
        .values(incident_id=None)
    )
    session.execute(delete(IncidentMember).where(IncidentMember.document_id == document.id))
    for incident in incidents:
        left = [m for m in members[incident.id] if m.document != document.id]
        if left:
            held = _held(session)
            held[incident.id] = _Members(left, held[incident.id].next_position)
            refresh_incident(session, incident)
            touched.add(incident.id)
        else:
            del _held(session)[incident.id]
            session.execute(delete(Contradiction).where(Contradiction.incident_id == incident.id))
            session.delete(incident)
    session.flush()
    return touched


def document_incidents(session: Session) -> dict[str, str]:
    """Document id -> the incident of its main report (its rank-0 event, or its document)."""
    write_members(session)
    # (a document in which no event was found has one report: the document's)
    result = {
        document_id: incident_id
        for document_id, incident_id in session.execute(
            select(IncidentMember.document_id, IncidentMember.incident_id).where(
                IncidentMember.event_id.is_(None)
            )
        )
    }
    for document_id, incident_id in session.execute(
        select(Event.document_id, Event.incident_id).where(Event.rank == 0)
    ):
        if incident_id:
            result[document_id] = incident_id
    return result


# --------------------------------------------------------------------------- description


def _most_common(values: list[Any]) -> Any:
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return None
    return min(counted, key=lambda v: (-counted[v], str(v)))


def refresh_incident(session: Session, incident: Incident) -> None:
    """Type, modality, date and place of an incident, from its reports."""
    members = members_of(session, incident)
    present = {m.modality for m in members}
    incident.modality = next((m for m in MODALITY_ORDER if m in present), "occurred")
    primary = [m for m in members if m.modality == incident.modality] or members
    # What the articles lead with names the incident: the arrests and hearings a story also
    # tells of outnumber its main event in a multi-event article.
    primary = [m for m in primary if m.main] or primary
    # and the violence they lead with, where some do: the arrests and hearings of its follow-up
    # reports, each leading with its own day's news, may outnumber the reports of a raid that
    # killed 14 ("Strategic developments" would name it)
    primary = [m for m in primary if m.event_type in VIOLENT_TYPES] or primary
    incident.event_type = _most_common([m.event_type for m in primary])
    incident.sub_event_type = _most_common(
        [m.sub_event_type for m in primary if m.event_type == incident.event_type]
    )
    # dated by what the articles lead with too: a follow-up's hearing, charges and transfer,
    # all of one later day, outnumber the reports of the killing itself
    dated = [m for m in primary if m.date_start and m.modality != Modality.REFERENCE.value] or [
        m for m in members if m.date_start and m.modality != Modality.REFERENCE.value
    ]
    if dated:
        rank = {"day": 0, "week": 1, "month": 2, "year": 3}
        finest = min(rank.get(m.date_precision or "", 4) for m in dated)
        dated = [m for m in dated if rank.get(m.date_precision or "", 4) == finest]
        start = _most_common([m.date_start for m in dated])
        chosen = next(m for m in dated if m.date_start == start)
        incident.date_start = dt.date.fromisoformat(start)
        incident.date_end = dt.date.fromisoformat(chosen.date_end or start)
        incident.date_precision = chosen.date_precision
    else:
        # No event date reported: the earliest publication date bounds the incident (kept for
        # the index; the precision stays null so nobody reads it as the event's date).
        days = sorted(m.published for m in members if m.published)
        incident.date_start = dt.date.fromisoformat(days[0]) if days else None
        incident.date_end = incident.date_start
        incident.date_precision = None
    order = ["point", "town", "district", "region", "country"]
    # The main reports' places first: a later event of an article is often another incident
    # it tells of ("Hawkins, Texas" in a Wisconsin hunting death's page), and a finer place of
    # it must not move the incident (the index finds follow-ups by the incident's state).
    places = [m.place for m in members if m.place and m.main] or [
        m.place for m in members if m.place
    ]
    if places:
        places = _sections_before_their_town(places)
        finest_place = min(
            order.index(p["precision"]) if p.get("precision") in order else 5 for p in places
        )
        places = [
            p
            for p in places
            if (order.index(p["precision"]) if p.get("precision") in order else 5) == finest_place
        ]
        name = _most_common([p.get("name") for p in places])
        place = next((p for p in places if p.get("name") == name), places[0])
        incident.place_name, incident.admin1 = place.get("name"), place.get("admin1")
        incident.country = place.get("country")
        incident.lat, incident.lon = place.get("lat"), place.get("lon")
        incident.place_precision = place.get("precision")
