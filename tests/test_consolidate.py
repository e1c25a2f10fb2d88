"""Consolidation: reports of one incident in several outlets linked as articles arrive; actors'
names folded. Fixtures are fictional articles with the records the extractors would store for
them (places, times, events, figures, claims), stored through the Ledger's own `_store`."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import select
from sqlalchemy.orm import Session

import corroborate.consolidate.incidents
import corroborate.ledger
from corroborate.assess.corroboration import outlet_source
from corroborate.consolidate.actors import (
    actor_key,
    canonical_key,
    document_referent,
    resolve_actor,
    seeded_aliases,
    speaking_body,
)
from corroborate.consolidate.incidents import (
    DocumentFacts,
    document_facts,
    document_incidents,
    event_report,
    link_document,
    members_of,
    merge_incidents,
    merged_into,
    unlink_document,
)
from corroborate.ingest.boilerplate import mark_boilerplate
from corroborate.ledger import IngestReport, Ledger
from corroborate.model import (
    ActorFound,
    ArticleInput,
    ClaimFound,
    Document,
    Event,
    EventFound,
    Extraction,
    FigureFound,
    Incident,
    IncidentMember,
    PlaceFound,
    Span,
    TimeFound,
)
from corroborate.settings import load_settings
from corroborate.store.engine import hold_loaded

KARACHI = {"name": "Karachi", "admin1": "Sindh", "country": "PK", "lat": 24.86, "lon": 67.01}
CHICAGO = {"name": "Chicago", "admin1": "Illinois", "country": "US", "lat": 41.85, "lon": -87.65}


def at(text: str, phrase: str) -> tuple[int, int]:
    """Offsets of the first `phrase` in `text`."""
    start = text.index(phrase)
    return start, start + len(phrase)


@dataclass
class Ev:
    """An event as the extractor would find it, written with phrases instead of offsets."""

    trigger: str
    event_type: str | None = "Violence against civilians"
    sub_event_type: str | None = "Attack"
    modality: str = "occurred"
    place: tuple[str, dict] | None = None  # (phrase, resolved place)
    time: tuple[str, str, str, str] | None = None  # (phrase, start, end, precision)
    actors: Sequence[tuple[str, str, str, str]] = ()  # (phrase, name, kind, role)
    figures: Sequence[tuple[str, str, int, str, int | None]] = ()  # phrase, kind, n, qual, claim
    apart_on_phrases: bool = False


@dataclass
class Cl:
    """A claim: speaker, cue and content phrases."""

    speaker: str
    cue: str
    content: str
    stance: str = "asserts"
    event: int | None = 0
    kind: str = "organisation"
    affiliation: str | None = None
    hedged: bool = False


@dataclass
class Story:
    """One fictional article and what the extractors find in it."""

    text: str
    outlet: str
    published: dt.date | None
    title: str | None = None
    events: Sequence[Ev] = ()
    claims: Sequence[Cl] = ()
    persons: Sequence[str] = ()
    extra: dict = field(default_factory=dict)

    def extraction(self) -> Extraction:
        """The Extraction the pipeline would hand to the Ledger."""
        text = self.text
        places, times, events = [], [], []
        claims = []
        for claim in self.claims:
            s0, s1 = at(text, claim.speaker)
            c0, c1 = at(text, claim.cue)
            t0, t1 = at(text, claim.content)
            claims.append(
                ClaimFound(
                    speaker_name=claim.speaker,
                    speaker_kind=claim.kind,
                    speaker_role=None,
                    speaker_affiliation=claim.affiliation,
                    speaker_start=s0,
                    speaker_end=s1,
                    cue=Span(c0, c1, claim.cue),
                    content=Span(t0, t1, claim.content),
                    stance=claim.stance,
                    hedged=claim.hedged,
                    event=claim.event,
                )
            )
        for ev in self.events:
            place = time = None
            if ev.place:
                p0, p1 = at(text, ev.place[0])
                places.append(PlaceFound(p0, p1, ev.place[0], precision="town", **ev.place[1]))
                place = len(places) - 1
            if ev.time:
                phrase, start, end, precision = ev.time
                t0, t1 = at(text, phrase)
                times.append(
                    TimeFound(
                        t0,
                        t1,
                        phrase,
                        "date",
                        start,
                        dt.date.fromisoformat(start),
                        dt.date.fromisoformat(end),
                        precision,
                    )
                )
                time = len(times) - 1
            g0, g1 = at(text, ev.trigger)
            sentence = next(s for s in sentences(text) if s[0] <= g0 < s[1])
            events.append(
                EventFound(
                    event_type=ev.event_type,
                    sub_event_type=ev.sub_event_type,
                    plover=None,
                    modality=ev.modality,
                    trigger=Span(g0, g1, ev.trigger),
                    actors=tuple(
                        ActorFound(*at(text, phrase), phrase, name, kind, role)
                        for phrase, name, kind, role in ev.actors
                    ),
                    place=place,
                    time=time,
                    figures=tuple(
                        FigureFound(
                            kind, n, n, n, qualifier, *at(text, phrase), phrase, claim=claim
                        )
                        for phrase, kind, n, qualifier, claim in ev.figures
                    ),
                    evidence=(Span(sentence[0], sentence[1], text[sentence[0] : sentence[1]]),),
                    apart_on_phrases=ev.apart_on_phrases,
                )
            )
        entities = tuple((*at(text, name), "PERSON") for name in self.persons)
        return Extraction(
            language="en",
            sentences=tuple(sentences(text)),
            entities=entities,
            places=tuple(places),
            times=tuple(times),
            events=tuple(events),
            claims=tuple(claims),
        )


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: ends at ". " or a paragraph break."""
    return [
        (m.start(), m.end())
        for m in re.finditer(r"[^\n.]+(?:\.|$)", text, re.M)
        if text[m.start() : m.end()].strip()
    ]


def file_story(ledger: Ledger, story: Story) -> str:
    """Store one story through the Ledger (link and assess included); its document id."""
    report = IngestReport()
    ledger._store(
        ArticleInput(
            text=story.text,
            source=f"{story.outlet}.txt",
            title=story.title,
            outlet=story.outlet,
            published=story.published,
            boilerplate=mark_boilerplate(story.text),
        ),
        story.extraction(),
        report,
    )
    return report.stored[0]


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    with Ledger(f"sqlite:///{tmp_path}/t.db") as opened:
        yield opened


def partition(ledger: Ledger) -> set[frozenset[tuple[str, str]]]:
    """Incidents as sets of (outlet, trigger) reports: comparable across arrival orders."""
    with ledger.session() as session:
        groups: dict[str, set[tuple[str, str]]] = {}
        for event in session.scalars(select(Event)):
            document = session.get(Document, event.document_id)
            if event.incident_id:
                groups.setdefault(event.incident_id, set()).add((document.outlet.name, event.text))
    return {frozenset(g) for g in groups.values()}


def member_rows(session: Session) -> list[IncidentMember]:
    """Every incident_members row, by incident and position."""
    return list(
        session.scalars(
            select(IncidentMember).order_by(IncidentMember.incident_id, IncidentMember.position)
        )
    )


# --------------------------------------------------------------------------- fictional news

RAID_DAWN = Story(
    "KARACHI: Paramilitary Rangers raided the Lyari office of the National Workers Party "
    "before dawn on Wednesday and detained 14 activists, officials said.\n\n"
    "Rangers spokesman Major Farhan Qazi said weapons were recovered from the Chakiwara "
    "Road building. Party leader Saleem Dasti condemned the raid.",
    "dawn.example",
    dt.date(2015, 3, 12),
    title="Rangers raid party office in Lyari",
    events=[
        Ev(
            "raided",
            "Strategic developments",
            "Arrests",
            place=("KARACHI", KARACHI),
            time=("Wednesday", "2015-03-11", "2015-03-11", "day"),
            actors=[("Paramilitary Rangers", "Pakistan Rangers", "paramilitary", "actor1")],
            figures=[("detained 14 activists", "arrested", 14, "exact", None)],
        )
    ],
    persons=["Farhan Qazi", "Saleem Dasti"],
)
RAID_NEWS = Story(
    "Karachi: The Rangers detained more than a dozen workers of the National Workers Party "
    "in a raid on its office on Chakiwara Road, Lyari, on Wednesday morning. Saleem Dasti, "
    "the party's Karachi chief, said the raid was illegal.",
    "thenews.example",
    dt.date(2015, 3, 12),
    title="Party workers held in Lyari raid",
    events=[
        Ev(
            "raid",
            "Strategic developments",
            "Arrests",
            place=("Karachi", KARACHI),
            time=("Wednesday", "2015-03-11", "2015-03-11", "day"),
            actors=[("The Rangers", "Pakistan Rangers", "paramilitary", "actor1")],
            figures=[("more than a dozen workers", "arrested", 12, "more_than", None)],
        )
    ],
    persons=["Saleem Dasti"],
)
RAID_WIRE = Story(
    RAID_DAWN.text.replace("officials said", "officials told reporters"),
    "wire-copy.example",
    dt.date(2015, 3, 12),
    title="Rangers raid party office in Lyari",
    events=RAID_DAWN.events,
    persons=RAID_DAWN.persons,
)
RAID_NEXT_YEAR = Story(
    "KARACHI: Rangers raided the National Workers Party office in Lyari again on Tuesday, "
    "a year after the last raid, and detained three activists, a party official said.",
    "dawn.example",
    dt.date(2016, 3, 16),
    title="Rangers raid Lyari party office again",
    events=[
        Ev(
            "raided",
            "Strategic developments",
            "Arrests",
            place=("KARACHI", KARACHI),
            time=("Tuesday", "2016-03-15", "2016-03-15", "day"),
            actors=[("Rangers", "Pakistan Rangers", "paramilitary", "actor1")],
            figures=[("detained three activists", "arrested", 3, "exact", None)],
        )
    ],
)
COURT_HEARING = Story(
    "KARACHI: An anti-terrorism court on Monday extended the remand of six party workers "
    "detained in the Rangers raid on the Lyari office last month.",
    "express.example",
    dt.date(2015, 4, 21),
    title="Remand of party workers extended",
    events=[
        Ev(
            "extended",
            "Strategic developments",
            "Other",
            place=("KARACHI", KARACHI),
            time=("Monday", "2015-04-20", "2015-04-20", "day"),
        ),
        Ev(
            "raid",
            "Strategic developments",
            "Arrests",
            modality="reference",
            place=("Lyari", KARACHI),
            time=("last month", "2015-03-01", "2015-03-31", "month"),
            actors=[("Rangers", "Pakistan Rangers", "paramilitary", "actor1")],
        ),
    ],
)
SHOOTING_MONDAY = Story(
    "CHICAGO: A 19-year-old man was shot dead on the 6400 block of South Ashland Avenue on "
    "Monday night, police said. Darnell Hayes was pronounced dead at Stroger Hospital.",
    "suntimes.example",
    dt.date(2016, 7, 12),
    title="Man killed in Englewood shooting",
    events=[
        Ev(
            "shot dead",
            place=("CHICAGO", CHICAGO),
            time=("Monday night", "2016-07-11", "2016-07-11", "day"),
            figures=[("A 19-year-old man was shot dead", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell Hayes"],
)
SHOOTING_MONDAY_2 = Story(
    "Chicago police are looking for the gunman who killed Darnell Hayes, 19, on South "
    "Ashland Avenue in Englewood late Monday. No one is in custody.",
    "tribune.example",
    dt.date(2016, 7, 12),
    title="Police seek gunman in Englewood killing",
    events=[
        Ev(
            "killed",
            place=("Chicago", CHICAGO),
            time=("late Monday", "2016-07-11", "2016-07-11", "day"),
            figures=[("killed Darnell Hayes", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell Hayes"],
)
SHOOTING_THURSDAY = Story(
    "CHICAGO: Two women were wounded in a drive-by shooting on the 1200 block of West "
    "Garfield Boulevard on Thursday evening, police said. Both were taken to hospital in "
    "good condition.",
    "suntimes.example",
    dt.date(2016, 7, 15),
    title="Two women wounded in drive-by",
    events=[
        Ev(
            "drive-by shooting",
            place=("CHICAGO", CHICAGO),
            time=("Thursday evening", "2016-07-14", "2016-07-14", "day"),
            figures=[("Two women were wounded", "injured", 2, "exact", None)],
        )
    ],
)


WOUNDED_79TH = Story(
    "CHICAGO: A 17-year-old was shot and wounded in the 1500 block of West 79th Street on "
    "Saturday night, police said. Doctors at Advocate Christ Medical Center listed him in good "
    "condition.",
    "suntimes.example",
    dt.date(2016, 8, 14),
    title="Teen wounded in Auburn Gresham shooting",
    events=[
        Ev(
            "shot and wounded",
            place=("CHICAGO", CHICAGO),
            time=("Saturday night", "2016-08-13", "2016-08-13", "day"),
            figures=[("A 17-year-old was shot and wounded", "injured", 1, "exact", None)],
        )
    ],
)
WOUNDED_79TH_2 = Story(
    "Chicago police said a boy, 17, was wounded by gunfire on West 79th Street in Auburn "
    "Gresham late Saturday. He is expected to recover.",
    "tribune.example",
    dt.date(2016, 8, 14),
    title="Boy, 17, shot in Auburn Gresham",
    events=[
        Ev(
            "wounded",
            place=("Chicago", CHICAGO),
            time=("late Saturday", "2016-08-13", "2016-08-13", "day"),
            figures=[("a boy, 17, was wounded", "injured", 1, "exact", None)],
        )
    ],
)
WOUNDED_MADISON = Story(
    "CHICAGO: A 42-year-old woman was shot and wounded in the 4000 block of West Madison "
    "Street on Saturday night, police said. She was taken to Stroger Hospital in good "
    "condition.",
    "suntimes.example",
    dt.date(2016, 8, 14),
    title="Woman wounded in West Garfield Park shooting",
    events=[
        Ev(
            "shot and wounded",
            place=("CHICAGO", CHICAGO),
            time=("Saturday night", "2016-08-13", "2016-08-13", "day"),
            figures=[("A 42-year-old woman was shot and wounded", "injured", 1, "exact", None)],
        )
    ],
)
SENTENCED_MONTHS_LATER = Story(
    "CHICAGO: A 24-year-old man was sentenced on Thursday to 45 years in prison for killing "
    "Darnell Hayes, 19, on South Ashland Avenue in Englewood in July. Hayes was pronounced "
    "dead at Stroger Hospital.",
    "tribune.example",
    dt.date(2016, 12, 2),
    title="Man gets 45 years for Englewood killing",
    events=[
        Ev(
            "killing",
            place=("CHICAGO", CHICAGO),
            time=("Thursday", "2016-12-01", "2016-12-01", "day"),
            figures=[("killing Darnell Hayes", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell Hayes"],
)
HAMILTON_OHIO = {"name": "Hamilton", "admin1": "Ohio", "country": "US", "lat": 39.4, "lon": -84.56}
# The place extractor's misreading of "Hamilton" in one of two reports of one bar shooting.
HAMILTON_BERMUDA = {
    "name": "Hamilton",
    "admin1": "Pembroke",
    "country": "BM",
    "lat": 32.3,
    "lon": -64.8,
}
BAR_SHOOTING = Story(
    "HAMILTON, Ohio: Tyrell Banks, 27, was shot dead inside the Riverside Tavern on Main Street "
    "early Sunday, and six other patrons were wounded, police said.",
    "journal.example",
    dt.date(2016, 7, 24),
    title="One dead, six hurt in Hamilton tavern shooting",
    events=[
        Ev(
            "shot dead",
            place=("HAMILTON", HAMILTON_OHIO),
            time=("early Sunday", "2016-07-24", "2016-07-24", "day"),
            figures=[("Tyrell Banks, 27, was shot dead", "killed", 1, "exact", None)],
        )
    ],
    persons=["Tyrell Banks"],
)
BAR_SHOOTING_MISPLACED = Story(
    "Police in Hamilton are searching for the gunman who killed Tyrell Banks, 27, at the "
    "Riverside Tavern on Main Street early Sunday. Six other patrons were wounded.",
    "wlw.example",
    dt.date(2016, 7, 25),
    title="Gunman sought after Riverside Tavern shooting",
    events=[
        Ev(
            "killed",
            place=("Hamilton", HAMILTON_BERMUDA),
            time=("early Sunday", "2016-07-24", "2016-07-24", "day"),
            figures=[("killed Tyrell Banks", "killed", 1, "exact", None)],
        )
    ],
    persons=["Tyrell Banks"],
)
# Names the victim with his middle initial and the accused with a suffix; no street in common.
GUILTY_PLEA_MONTHS_LATER = Story(
    "A 24-year-old man pleaded guilty on Thursday to murder in the death of Darnell J. Hayes, "
    "who was shot on the South Side in July. Darnell J. Hayes's mother wept in court as "
    "Marcus Reed Jr. entered his plea.",
    "herald.example",
    dt.date(2016, 12, 2),
    title="Guilty plea in Englewood killing",
    events=[
        Ev(
            "death",
            place=("South Side", CHICAGO),
            time=("Thursday", "2016-12-01", "2016-12-01", "day"),
            figures=[("the death of Darnell J. Hayes", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell J. Hayes's", "Marcus Reed Jr."],
)
VERDICT_TWO_YEARS_LATER = Story(
    "A Cook County jury on Thursday convicted a 26-year-old man of first-degree murder in the "
    "shooting death of Darnell Hayes, 19, who was killed in Englewood in the summer of 2016. "
    "Prosecutors said the gunman fired from a passing car.",
    "tribune.example",
    dt.date(2018, 10, 5),
    title="Jury convicts man in 2016 Englewood killing",
    events=[
        Ev(
            # The extractor dates a verdict story's main event to the day of the verdict.
            "shooting death",
            place=("Englewood", CHICAGO),
            time=("Thursday", "2018-10-04", "2018-10-04", "day"),
            figures=[("the shooting death of Darnell Hayes", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell Hayes"],
)
ASHLAND_SHOOTING_TWO_YEARS_LATER = Story(
    "Tyrone Mills, 22, died after gunfire rang out near a bus stop on South Ashland Avenue "
    "in Englewood on Monday night. Officers found him wounded in the chest; he died a short "
    "time later at Stroger Hospital. No arrests have been made.",
    "suntimes.example",
    dt.date(2018, 8, 14),
    title="Man killed in Englewood shooting",
    events=[
        Ev(
            "died",
            place=("Englewood", CHICAGO),
            time=("Monday night", "2018-08-13", "2018-08-13", "day"),
            figures=[("Tyrone Mills, 22, died", "killed", 1, "exact", None)],
        )
    ],
    persons=["Tyrone Mills"],
)
# Two crowd shootings on one nightlife strip eleven months apart, told alike, naming no one.
HALSTED_STRIP_SHOOTING = Story(
    "CHICAGO: Four people were shot outside a bar on North Halsted Street around 2 a.m. "
    "Saturday after an argument spilled onto the sidewalk, police said. All four were taken "
    "to Illinois Masonic Medical Center in fair condition.",
    "wgn.example",
    dt.date(2015, 3, 7),
    title="Four shot outside Lakeview bar",
    events=[
        Ev(
            "shot",
            place=("CHICAGO", CHICAGO),
            time=("around 2 a.m. Saturday", "2015-03-07", "2015-03-07", "day"),
            figures=[("Four people were shot", "injured", 4, "exact", None)],
        )
    ],
)
HALSTED_STRIP_SHOOTING_NEXT_YEAR = Story(
    "CHICAGO: Five people were shot on North Halsted Street early Saturday when someone "
    "fired into a crowd leaving the bars, police said. All five were taken to Illinois "
    "Masonic Medical Center; none of the wounds was life-threatening.",
    "wgn.example",
    dt.date(2016, 2, 6),
    title="Five shot on Lakeview bar strip",
    events=[
        Ev(
            "shot",
            place=("CHICAGO", CHICAGO),
            time=("early Saturday", "2016-02-06", "2016-02-06", "day"),
            figures=[("Five people were shot", "injured", 5, "exact", None)],
        )
    ],
)
# A roundup of two days' shootings in one city, and the earlier one's own report.
MAPLE_COURT_SHOOTING = Story(
    "CHICAGO: A 16-year-old linebacker was shot five times outside the Maple Court "
    "apartments on Wednesday afternoon, police said. Relatives said he is expected to live.",
    "wgn.example",
    dt.date(2015, 3, 11),
    title="Teen linebacker shot five times",
    events=[
        Ev(
            "shot",
            place=("CHICAGO", CHICAGO),
            time=("Wednesday afternoon", "2015-03-11", "2015-03-11", "day"),
            figures=[("A 16-year-old linebacker was shot", "injured", 1, "exact", None)],
        )
    ],
)
TWO_DAYS_ROUNDUP = Story(
    "CHICAGO: Barely 24 hours after a teenage linebacker was shot, a second teenager was "
    "wounded early Thursday on Harbor Road, police said. He is expected to survive.\n\n"
    "In Wednesday's shooting, relatives said the 16-year-old was hit five times outside the "
    "Maple Court apartments.",
    "tribune.example",
    dt.date(2015, 3, 12),
    title="Second teen shot in two days",
    events=[
        Ev(
            "wounded",
            place=("CHICAGO", CHICAGO),
            time=("early Thursday", "2015-03-12", "2015-03-12", "day"),
            figures=[("a second teenager was wounded", "injured", 1, "exact", None)],
        ),
        Ev(
            "hit",
            place=("CHICAGO", CHICAGO),
            time=("Wednesday", "2015-03-11", "2015-03-11", "day"),
            figures=[("the 16-year-old was hit", "injured", 1, "exact", None)],
        ),
    ],
)
# A site's video playlist, which is all a crawler kept of some of its pages.
VIDEO_PLAYLIST = (
    "1:42 Harbour festival draws record crowds Pause\n\n"
    "2:15 City council votes on new bus routes\n\n"
    "0:58 Firefighters rescue dog from storm drain\n\n"
    "3:07 High school band heads to state finals\n\n"
    "1:26 Bridge repairs to close two lanes through June\n\n"
    "2:44 Library reopens after spring flood damage\n\n"
    "1:12 Zoo welcomes twin otter pups\n\n"
    "0:49 Volunteers clean up the riverfront park\n\n"
    "2:31 Farmers market moves to the old rail yard"
)
PLAYLIST_PAGE_KILLINGS = Story(
    "Grandmother mourns boy, 8, and girl, 9, killed in Eastside crossfire\n\n" + VIDEO_PLAYLIST,
    "riverstar.example",
    dt.date(2017, 6, 20),
)
PLAYLIST_PAGE_CHARGES = Story(
    "Couple charged with neglect after toddler wounded in Northgate gunfight\n\n" + VIDEO_PLAYLIST,
    "riverstar.example",
    dt.date(2017, 6, 23),
)
SHOOTING_UNDATED = Story(
    "CHICAGO: Darnell Hayes, 19, was shot dead on South Ashland Avenue in Englewood, police "
    "said. He was pronounced dead at Stroger Hospital.",
    "blog.example",
    None,
    events=[
        Ev(
            "shot dead",
            place=("CHICAGO", CHICAGO),
            figures=[("Darnell Hayes, 19, was shot dead", "killed", 1, "exact", None)],
        )
    ],
    persons=["Darnell Hayes"],
)


# --------------------------------------------------------------------------- linking


def test_reports_of_one_raid_in_two_outlets_and_a_wire_copy_form_one_incident(ledger):
    for story in (RAID_DAWN, RAID_NEWS, RAID_WIRE):
        file_story(ledger, story)
    incidents = ledger.incidents()
    assert len(incidents) == 1
    incident = incidents[0]
    assert (incident.event_type, incident.sub_event_type) == ("Strategic developments", "Arrests")
    assert incident.date_start == dt.date(2015, 3, 11)
    assert (incident.place_name, incident.country) == ("Karachi", "PK")
    assert partition(ledger) == {
        frozenset(
            {
                ("dawn.example", "raided"),
                ("thenews.example", "raid"),
                ("wire-copy.example", "raided"),
            }
        )
    }
    with ledger.session() as session:
        wire = session.scalars(select(Document).where(Document.copy_of.is_not(None))).one()
        assert wire.text.endswith(RAID_WIRE.text[-30:])
    same, reports, contradictions = ledger.incident(incident.id)
    assert same.id == incident.id and contradictions == []
    assert sorted(e.text for e in reports) == ["raid", "raided", "raided"]
    rangers = next(a for a in ledger.actors() if a.name == "Pakistan Rangers")
    assert incident.summary["actors"] == [{"actor": rangers.id, "role": "actor1"}]


def test_the_wire_agencys_own_story_is_the_original_whichever_arrived_first(ledger):
    agency_text = RAID_DAWN.text.replace("KARACHI:", "KARACHI, Pakistan (Reuters) -")
    agency = dataclasses.replace(RAID_DAWN, text=agency_text, outlet="Reuters")
    first_copy = dataclasses.replace(
        agency,
        text=agency_text.replace("officials said", "officials told reporters"),
        outlet="frontier.example",
    )
    later_copy = dataclasses.replace(
        agency,
        text=agency_text.replace("condemned the raid", "condemned the raid."),
        outlet="harbour-times.example",
    )
    copy_id = file_story(ledger, first_copy)
    agency_id = file_story(ledger, agency)  # its copy came first
    later_id = file_story(ledger, later_copy)
    with ledger.session() as session:
        documents = {d.id: d for d in session.scalars(select(Document))}
        assert documents[agency_id].copy_of is None
        # was: the agency's story a copy of the outlet that printed it first
        assert documents[copy_id].copy_of == agency_id
        assert documents[later_id].copy_of == agency_id
        assert outlet_source(session, documents[copy_id]) == "outlet:reuters"
    assert len(ledger.incidents()) == 1


def test_a_copy_of_a_wire_story_stored_after_it_stays_its_copy(ledger):
    agency_text = RAID_DAWN.text.replace("KARACHI:", "KARACHI, Pakistan (Reuters) -")
    agency = dataclasses.replace(RAID_DAWN, text=agency_text, outlet="Reuters")
    copy = dataclasses.replace(
        agency,
        text=agency_text.replace("officials said", "officials told reporters"),
        outlet="frontier.example",
    )
    agency_id, copy_id = file_story(ledger, agency), file_story(ledger, copy)
    with ledger.session() as session:
        assert session.get(Document, agency_id).copy_of is None
        assert session.get(Document, copy_id).copy_of == agency_id


def test_two_raids_at_one_office_a_year_apart_stay_apart(ledger):
    file_story(ledger, RAID_DAWN)
    file_story(ledger, RAID_NEXT_YEAR)
    assert sorted(i.date_start for i in ledger.incidents()) == [
        dt.date(2015, 3, 11),
        dt.date(2016, 3, 15),
    ]


def test_two_shootings_in_one_city_in_one_week_stay_apart(ledger):
    for story in (SHOOTING_MONDAY, SHOOTING_THURSDAY, SHOOTING_MONDAY_2):
        file_story(ledger, story)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot dead"), ("tribune.example", "killed")}),
        frozenset({("suntimes.example", "drive-by shooting")}),
    }


GAS_STATION_THURSDAY = Story(
    "Maria Okafor\n\n"
    "CHICAGO: A 31-year-old man was shot dead at a gas station on West Garfield Boulevard on "
    "Thursday afternoon, police said. Police said the shooting was not connected to Monday "
    "night's killing of Darnell Hayes, 19, on the 6400 block of South Ashland Avenue.",
    "suntimes.example",
    dt.date(2016, 7, 15),
    title="Man shot dead at gas station",
    events=[
        Ev(
            "shot dead",
            place=("CHICAGO", CHICAGO),
            time=("Thursday afternoon", "2016-07-14", "2016-07-14", "day"),
            figures=[("A 31-year-old man was shot dead", "killed", 1, "exact", None)],
        ),
        Ev(
            "killing",
            modality="reference",
            place=("CHICAGO", CHICAGO),
            time=("Monday night's", "2016-07-11", "2016-07-11", "day"),
        ),
    ],
    persons=["Maria Okafor", "Darnell Hayes"],
)
MONDAY_BYLINED = Story(
    "Maria Okafor\n\n" + SHOOTING_MONDAY.text,
    SHOOTING_MONDAY.outlet,
    SHOOTING_MONDAY.published,
    title=SHOOTING_MONDAY.title,
    events=SHOOTING_MONDAY.events,
    persons=["Maria Okafor", "Darnell Hayes"],
)


def test_a_shooting_said_to_be_unconnected_to_an_earlier_one_stays_apart(ledger):
    # The earlier killing's victim, street and age, and the reporter's byline, are not the
    # later shooting's: named in a back-reference, they must not join the two.
    for story in (MONDAY_BYLINED, GAS_STATION_THURSDAY):
        file_story(ledger, story)
    assert len(ledger.incidents()) == 2
    with ledger.session() as session:
        reports = [r for i in session.scalars(select(Incident)) for r in members_of(session, i)]
    later = next(r for r in reports if r.date_start == "2016-07-14")
    assert (later.persons, later.ages) == ([], [31])


def _credited(text: str, day: dt.date, event_day: str, trigger: str) -> Story:
    """A story of one outlet whose photo credit and reporter's line name its photographer."""
    return Story(
        text + " (Photo: Nadia Perkins / The Star) Call Star reporter Nadia Perkins at 555-0100.",
        "star.example",
        day,
        title="Child shot in Chicago",
        events=[
            Ev(
                trigger,
                place=("CHICAGO", CHICAGO),
                time=("Thursday", event_day, event_day, "day"),
                figures=[],
            )
        ],
        persons=["Nadia Perkins"],
    )


def test_a_photographer_named_in_credits_links_no_two_shootings(ledger):
    # One newsroom's photographer is credited under every story: her name is nobody's in
    # the shooting, and must not lift the veto on reports months apart.
    november = _credited(
        "CHICAGO: A 13-year-old boy was taken to a children's hospital with a gunshot wound "
        "on Thursday evening, police said.",
        dt.date(2015, 11, 27),
        "2015-11-26",
        "gunshot wound",
    )
    april = _credited(
        "CHICAGO: A 2-year-old boy died of a gunshot wound at a children's hospital on "
        "Thursday night, police said.",
        dt.date(2016, 4, 22),
        "2016-04-21",
        "died",
    )
    for story in (november, april):
        file_story(ledger, story)
    assert len(ledger.incidents()) == 2
    with ledger.session() as session:
        reports = [r for i in session.scalars(select(Incident)) for r in members_of(session, i)]
    assert [r.persons for r in reports] == [[], []]


def test_two_shootings_on_one_night_in_one_city_told_apart_by_ages_and_streets(ledger):
    for story in (WOUNDED_79TH, WOUNDED_MADISON, WOUNDED_79TH_2):
        file_story(ledger, story)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot and wounded"), ("tribune.example", "wounded")}),
        frozenset({("suntimes.example", "shot and wounded")}),
    }
    assert len(ledger.incidents()) == 2


def test_a_sentencing_months_later_joins_the_shooting_it_tells_of(ledger):
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, SENTENCED_MONTHS_LATER)
    incidents = ledger.incidents()
    assert len(incidents) == 1
    assert incidents[0].date_start == dt.date(2016, 7, 11)


def test_a_follow_up_naming_the_victim_with_a_middle_initial_joins_the_shooting(ledger):
    # Dated five months apart and sharing no street: only the victim's name links them.
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, GUILTY_PLEA_MONTHS_LATER)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot dead"), ("herald.example", "death")})
    }


def test_a_verdict_two_years_later_naming_the_victim_joins_the_shooting(ledger):
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, VERDICT_TWO_YEARS_LATER)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot dead"), ("tribune.example", "shooting death")})
    }


def test_a_shooting_on_the_same_block_two_years_later_naming_another_victim_stays_apart(ledger):
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, ASHLAND_SHOOTING_TWO_YEARS_LATER)
    assert sorted(i.date_start for i in ledger.incidents()) == [
        dt.date(2016, 7, 11),
        dt.date(2018, 8, 13),
    ]


def test_a_shooting_on_the_same_street_eleven_months_later_naming_no_one_stays_apart(ledger):
    # A shared street lifts the date veto for a follow-up within weeks, not a year on.
    file_story(ledger, HALSTED_STRIP_SHOOTING)
    file_story(ledger, HALSTED_STRIP_SHOOTING_NEXT_YEAR)
    assert sorted(i.date_start for i in ledger.incidents()) == [
        dt.date(2015, 3, 7),
        dt.date(2016, 2, 6),
    ]


def test_a_roundups_earlier_shooting_joins_its_own_incident_not_the_news_of_the_day(ledger):
    # The day before is within the slack one shooting may be told by, but the roundup's main
    # report set that shooting apart: it is not the main event told again.
    file_story(ledger, MAPLE_COURT_SHOOTING)
    file_story(ledger, TWO_DAYS_ROUNDUP)
    assert partition(ledger) == {
        frozenset({("wgn.example", "shot"), ("tribune.example", "hit")}),
        frozenset({("tribune.example", "wounded")}),
    }


def test_two_pages_sharing_only_their_site_playlist_are_not_copies_nor_one_incident(ledger):
    first = file_story(ledger, PLAYLIST_PAGE_KILLINGS)
    second = file_story(ledger, PLAYLIST_PAGE_CHARGES)
    with ledger.session() as session:
        assert session.get(Document, second).copy_of is None
        linked = document_incidents(session)
    assert linked[first] != linked[second]


def test_a_report_whose_town_was_misread_as_one_abroad_still_joins_its_incident(ledger):
    file_story(ledger, BAR_SHOOTING)
    file_story(ledger, BAR_SHOOTING_MISPLACED)
    assert partition(ledger) == {
        frozenset({("journal.example", "shot dead"), ("wlw.example", "killed")})
    }


def test_a_toll_told_as_a_lower_bound_and_the_risen_toll_are_one_bombing(ledger, market_bombing):
    # "At least 19 people were killed" one day, "the death toll ... rose to 23" the next: the
    # bound is met by the risen toll (read as bare numbers, 19 and 23 were other tolls, and the
    # two reports of one market bombing stayed two incidents)
    ledger.ingest_articles(market_bombing)
    (incident,) = ledger.incidents()
    assert incident.sub_event_type == "Remote explosive/landmine/IED"
    assert incident.summary["fatalities"]["best"] == 23
    with ledger.session() as session:
        rows = member_rows(session)
        assert {d.outlet.name for d in session.scalars(select(Document))} == {
            "Yobe Herald",
            "Reuters",
        }
    assert len({r.document_id for r in rows}) == 2
    local, wire = sorted((r for r in rows if r.main), key=lambda r: r.published)
    assert (local.killed, local.injured) == ([[19, None]], [[30, None]])
    assert (wire.killed, wire.injured) == ([[23, 23]], [])


def _figures_report(document: str, killed=(), injured=()):
    """A report of a Maiduguri bombing stating those killed and injured figures."""
    from corroborate.consolidate.incidents import Report

    return Report(
        document=document,
        event=f"{document}-event",
        modality="occurred",
        published="2026-03-14",
        date_start="2026-03-13",
        date_end="2026-03-13",
        event_type="Explosions/Remote violence",
        killed=[list(i) for i in killed],
        injured=[list(i) for i in injured],
    )


@pytest.mark.parametrize(
    ("one", "other", "feature"),
    [
        ([(19, None)], [(23, 23)], "killed_shared"),  # "at least 19" / "rose to 23"
        ([(19, None)], [(19, 19)], "killed_shared"),  # "at least 19" / "19 killed"
        ([(30, None)], [(23, 23)], "killed_other"),  # "more than 30" / "23": a bound above it
        ([(19, 19)], [(23, 23)], "killed_other"),  # two exact tolls
        ([(0, 5)], [(3, 3)], "killed_shared"),  # "up to five" / "three"
        ([(10, 15)], [(16, 16)], "killed_other"),  # "between 10 and 15" / "16"
        ([(0, 0)], [(1, None)], "killed_other"),  # "no one was killed" / "at least one"
        ([(3, 3), (19, None)], [(40, 40)], "killed_shared"),  # any of the figures
    ],
)
def test_killed_figures_are_compared_as_the_values_their_qualifiers_allow(one, other, feature):
    from corroborate.consolidate.incidents import pair_features

    a, b = _figures_report("a", killed=one), _figures_report("b", killed=other)
    features = pair_features(a, b)
    assert {f for f in features if f.startswith("killed")} == {feature}
    # (either way round, and the injured alike)
    assert feature in pair_features(b, a)
    a, b = _figures_report("a", injured=one), _figures_report("b", injured=other)
    assert feature.replace("killed", "injured") in pair_features(a, b)


@pytest.mark.parametrize(
    ("qualifier", "number", "low", "high", "values"),
    [
        ("exact", 23, None, None, (23, 23)),
        ("at_least", 19, None, None, (19, math.inf)),
        ("more_than", 30, None, None, (30, math.inf)),
        ("at_most", 5, None, None, (0, 5)),
        ("about", 20, None, None, (15, 25)),
        ("range", 10, 10, 15, (10, 15)),
        ("zero", 0, None, None, (0, 0)),
    ],
)
def test_a_qualifier_reads_as_the_values_it_allows(qualifier, number, low, high, values):
    from corroborate.model import intervals_meet, stated_interval

    assert stated_interval(qualifier, number, low, high) == values
    first, last = values
    assert intervals_meet(values, (first, first)) and intervals_meet((last, last), values)
    # a count below the least it allows, or above the most, is another
    assert not intervals_meet(values, (first - 1, first - 1))
    assert not intervals_meet(values, (last + 1, math.inf)) or last == math.inf


def test_a_report_stating_no_figure_weighs_no_figure_feature():
    from corroborate.consolidate.incidents import pair_features

    features = pair_features(_figures_report("a", killed=[(19, None)]), _figures_report("b"))
    assert not any(f.startswith(("killed", "injured")) for f in features)


def test_person_names_compare_by_first_and_last_name():
    from corroborate.consolidate.wording import person_key

    assert person_key("Darnell J. Hayes's") == person_key("Darnell Hayes") == "darnell hayes"
    assert person_key("Keon Marquis Hollis") == person_key("Keon Hollis’") == "keon hollis"
    assert person_key("Marcus Reed Jr.") == "marcus reed"
    assert person_key("Ramon “Ray” Quillen") == "ramon quillen"
    assert person_key("Tamara Lyle") != person_key("Tamara Boyce")
    assert person_key("Madonna") == "madonna"


def test_a_hospital_a_street_or_a_headline_taken_for_a_person_names_no_one():
    from corroborate.consolidate.wording import names_a_person, person_key

    for name in ("Stroger Hospital", "Crime Stoppers", "South Homan", "Martin Boulevard"):
        assert not names_a_person(person_key(name)), name
    # a town named for a fort or a mountain, and a wound the parser took for a name
    for name in ("Fort Wayne", "Mount Vernon", "Gunshot Wounds"):
        assert not names_a_person(person_key(name)), name
    assert not names_a_person(person_key("Juvenile Shot"))
    assert names_a_person(person_key("Darnell J. Hayes"))
    assert not names_a_person(person_key("Hayes"))


def _text_report(document: str, text: str, published: str, day: str, **fields):
    """A Report worded from `text`, of one day, with the fields given."""
    from corroborate.consolidate.incidents import Report
    from corroborate.consolidate.wording import name_vector, streets, word_vector

    return Report(
        document=document,
        event=f"{document}-event",
        modality="occurred",
        published=published,
        date_start=day,
        date_end=day,
        words=word_vector(text),
        names=name_vector(text),
        streets=streets(text),
        **fields,
    )


def _chicago_report(document: str, text: str, outlet: str, published: str, day: str):
    from corroborate.consolidate.wording import accidental, ages

    return _text_report(
        document,
        text,
        published,
        day,
        place={"name": "Chicago", "admin1": "Illinois", "country": "US", "precision": "town"},
        outlet=outlet,
        event_type="Violence against civilians",
        ages=ages(text),
        accidental=accidental(text),
    )


TODDLER_SHOT = (
    "Boy, 2, accidentally shot inside home in Chatham. A 2-year-old boy was hit in the leg "
    "inside a home on the South Side on Monday night, Chicago Police said. Comer Children's "
    "Hospital listed him in good condition. Area South detectives are investigating."
)
FULLER_PARK_SHOOTING = (
    "Three killed, two wounded in Fuller Park shooting. Five men, ages 24 to 36, were shot on "
    "the South Side on Tuesday night, Chicago Police said. A 24-year-old and a 36-year-old man "
    "died at Stroger Hospital. Area South detectives are investigating."
)


def test_one_outlets_reports_of_other_ages_are_not_linked():
    # Worded alike (one newsroom's style, one side of the city, a day apart) but its victims
    # are a boy of 2 and men of 24 and 36: one outlet states a shooting's ages alike each time.
    from corroborate.consolidate.incidents import THRESHOLD, pair_features, pair_score

    toddler = _chicago_report("a", TODDLER_SHOT, "southside.example", "2015-09-29", "2015-09-28")
    fuller = _chicago_report(
        "b", FULLER_PARK_SHOOTING, "southside.example", "2015-09-30", "2015-09-29"
    )
    assert "same_outlet_other_ages" in pair_features(toddler, fuller)
    assert pair_score(toddler, fuller) <= THRESHOLD
    # Another outlet's ages are often misread: no such weight across outlets.
    elsewhere = _chicago_report("c", TODDLER_SHOT, "lakefront.example", "2015-09-29", "2015-09-28")
    assert "same_outlet_other_ages" not in pair_features(elsewhere, fuller)


def test_one_outlets_news_of_two_days_naming_nothing_alike_weighs_against_a_link():
    from corroborate.consolidate.incidents import pair_features

    monday = _chicago_report("a", TODDLER_SHOT, "southside.example", "2015-09-29", "2015-09-28")
    next_week = _chicago_report(
        "b", "A man was shot in Chicago.", "southside.example", "2015-10-06", "2015-10-05"
    )
    assert "same_outlet_new_each_day" in pair_features(monday, next_week)
    # A follow-up published a week after the shooting it tells of is no day's news.
    follow_up = _chicago_report(
        "c", "A man was shot in Chicago.", "southside.example", "2015-10-06", "2015-09-30"
    )
    assert "same_outlet_new_each_day" not in pair_features(monday, follow_up)


GIRL_FOUND_GUN = (
    "Girl, 5, shoots herself with pistol found in closet in Englewood. A 5-year-old girl "
    "accidentally shot herself through the hand in an apartment in Englewood on Tuesday evening, "
    "Chicago Police said. Doctors at Comer Children's Hospital stabilized her. Area South "
    "detectives are investigating."
)
ENGLEWOOD_PORCH_SHOOTING = (
    "Man wounded in Englewood drive-by. A 27-year-old man was hit in the hand while standing "
    "on a porch in Englewood on Tuesday evening, Chicago Police said. Someone in a passing "
    "grey sedan opened fire. He went to Stroger Hospital on his own. No one is in custody."
)


def test_an_accident_and_an_assault_in_one_neighbourhood_on_one_evening_weigh_apart():
    # Same evening, same neighbourhood, the same hospital and detectives, a hand wound in
    # both: but a child who found a gun is not a drive-by.
    from corroborate.consolidate.incidents import THRESHOLD, pair_features, pair_score

    girl = _chicago_report("a", GIRL_FOUND_GUN, "southside.example", "2016-03-09", "2016-03-08")
    porch = _chicago_report(
        "b", ENGLEWOOD_PORCH_SHOOTING, "lakefront.example", "2016-03-09", "2016-03-08"
    )
    assert (girl.accidental, porch.accidental) == (True, False)
    assert pair_features(girl, porch)["accident_other"] == 1.0
    as_if_assault = dataclasses.replace(girl, accidental=False)
    assert pair_score(girl, porch) <= pair_score(as_if_assault, porch) - 1.0
    # The same accident told by another outlet carries no such weight.
    retold = _chicago_report("c", GIRL_FOUND_GUN, "lakefront.example", "2016-03-09", "2016-03-08")
    assert "accident_other" not in pair_features(girl, retold)
    assert pair_score(girl, retold) > THRESHOLD


def test_hospital_names_are_not_evidence_of_one_incident():
    from corroborate.consolidate.wording import name_vector

    names = name_vector(
        "Dorian Pruitt, 23, went first to John H. Stroger Jr. Hospital and was later moved to "
        "the Advocate Christ Medical Center, in Oak Lawn, according to Chicago Police."
    )
    assert {"dorian", "pruitt", "oak", "lawn", "chicago"} <= set(names)
    assert not {"stroger", "advocate", "christ"} & set(names)


def test_an_undated_report_is_no_link_to_a_shooting_months_off_naming_nothing_alike():
    # No event date: the report is news of about its publication day, not of one eleven
    # months later at the same city, however alike the city's names make them.
    from corroborate.consolidate.incidents import VETO, pair_score

    winter = _chicago_report("a", TODDLER_SHOT, "southside.example", "2014-12-28", "")
    autumn = _chicago_report(
        "b", FULLER_PARK_SHOOTING, "lakefront.example", "2015-11-27", "2015-11-27"
    )
    assert pair_score(winter, autumn) == VETO
    week_later = _chicago_report(
        "c", FULLER_PARK_SHOOTING, "lakefront.example", "2015-01-02", "2015-01-01"
    )
    assert pair_score(winter, week_later) != VETO


def test_an_undated_report_joins_the_incident_at_its_place(ledger):
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, SHOOTING_UNDATED)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot dead"), ("blog.example", "shot dead")})
    }


def test_reports_of_one_shape_meet_only_the_incidents_of_their_own_dates(ledger):
    # The index query is built once per shape (dated, place known): each report's own dates
    # and place fill it, not the first report's.
    from corroborate.consolidate.incidents import Report, candidates

    file_story(ledger, SHOOTING_MONDAY)

    def report(day: str, place: dict[str, object]) -> Report:
        return Report(
            document="d",
            event="e",
            modality="occurred",
            published=day,
            date_start=day,
            date_end=day,
            place=place,
        )

    texas = {"name": "Houston", "admin1": "Texas", "country": "US", "lat": 29.8, "lon": -95.4}
    with ledger.session() as session:
        shooting = session.scalars(select(Incident.id)).one()
        assert [i.id for i in candidates(session, report("2016-07-13", CHICAGO))] == [shooting]
        assert candidates(session, report("2018-07-13", CHICAGO)) == []
        # Months later only in the same state; within a month anywhere in the country.
        assert [i.id for i in candidates(session, report("2016-11-02", CHICAGO))] == [shooting]
        assert candidates(session, report("2016-11-02", texas)) == []
        assert [i.id for i in candidates(session, report("2016-07-20", texas))] == [shooting]


def test_an_undated_report_meets_the_latest_dated_incidents_at_its_place_on_every_database(
    ledger_url, monkeypatch
):
    # The index offers an undated report the latest few incidents at its place. PostgreSQL
    # sorts NULL first in a descending order, SQLite last: an undated incident took the only
    # place on PostgreSQL, so the two databases linked the same reports apart.
    from corroborate.consolidate.incidents import Report, candidates

    monkeypatch.setattr(corroborate.consolidate.incidents, "UNDATED_CANDIDATES", 1)
    with Ledger(ledger_url) as opened:
        with opened.session() as session, session.begin():
            session.add(Incident(id="in-undated", place_name="Chicago", summary={}))
            session.add(
                Incident(
                    id="in-dated",
                    place_name="Chicago",
                    date_start=dt.date(2016, 7, 11),
                    summary={},
                )
            )
        undated = Report("d", "e", "occurred", published=None, place=CHICAGO)
        with opened.session() as session:
            assert [i.id for i in candidates(session, undated)] == ["in-dated"]


def test_a_dated_report_of_a_part_of_the_city_joins_an_undated_incident(ledger):
    # The undated article came first and founded the incident at "Chicago"; the dated one
    # places the shooting in Englewood, a part of it: the same province brings them together.
    englewood = {**CHICAGO, "name": "Englewood", "lat": 41.78, "lon": -87.64}
    dated = Story(
        "A 19-year-old man, Darnell Hayes, was shot dead in Englewood on South Ashland Avenue "
        "on Monday night, police said. He was pronounced dead at Stroger Hospital.",
        "suntimes.example",
        dt.date(2016, 7, 12),
        events=[
            Ev(
                "shot dead",
                place=("Englewood", englewood),
                time=("Monday night", "2016-07-11", "2016-07-11", "day"),
                figures=[
                    ("A 19-year-old man, Darnell Hayes, was shot dead", "killed", 1, "exact", None)
                ],
            )
        ],
        persons=["Darnell Hayes"],
    )
    file_story(ledger, SHOOTING_UNDATED)
    file_story(ledger, dated)
    assert partition(ledger) == {
        frozenset({("suntimes.example", "shot dead"), ("blog.example", "shot dead")})
    }


def test_ages_and_streets_are_read_from_the_wording():
    from corroborate.consolidate.wording import ages, streets

    text = (
        "Darnell Hayes, 19, and a 23-year-old woman died; three others, ages 16, 20 and 44, "
        "were hurt in the 3500 block of W. Center St. near North 35th Street."
    )
    assert ages(text) == [16, 19, 20, 23, 44]
    assert streets(text) == ["35th street", "center street"]
    # Highways named like streets are streets too; "the South Loop" is a neighbourhood.
    highways = (
        "The driver was shot on the Marlow Expressway near Quarry Loop, a mile from where the "
        "Kestrel Turnpike meets the Dunmore Freeway; police closed roads in the South Loop."
    )
    assert streets(highways) == [
        "dunmore freeway", "kestrel turnpike", "marlow expressway", "quarry loop",
    ]  # fmt: skip


def test_a_back_reference_attaches_to_the_earlier_incident_without_founding_one(ledger):
    file_story(ledger, RAID_DAWN)
    file_story(ledger, COURT_HEARING)
    with ledger.session() as session:
        reference = session.scalars(select(Event).where(Event.modality == "reference")).one()
        raid = session.scalars(select(Event).where(Event.text == "raided")).one()
        hearing = session.scalars(select(Event).where(Event.text == "extended")).one()
        assert reference.incident_id == raid.incident_id
        assert hearing.incident_id not in (None, raid.incident_id)
    assert len(ledger.incidents()) == 2


def test_a_reference_with_nothing_to_refer_to_founds_no_incident(ledger):
    file_story(ledger, COURT_HEARING)
    with ledger.session() as session:
        reference = session.scalars(select(Event).where(Event.modality == "reference")).one()
        assert reference.incident_id is None
    assert len(ledger.incidents()) == 1  # the hearing itself


# A vigil's report that only names its shooting, which the ledger holds no report of: the
# extractor reads the shooting as told back to, a reference, and it is the article's only event.
VIGIL_ONLY = Story(
    "CHICAGO: Friends of Marcus Webb lit candles on Sunday outside the laundromat on Larch "
    "Street where the 24-year-old was shot dead and his cousin wounded in May.",
    "southside.example",
    dt.date(2016, 7, 18),
    title="Candles for laundromat shooting victim",
    events=[
        Ev(
            "shot dead",
            modality="reference",
            place=("CHICAGO", CHICAGO),
            time=("May", "2016-05-01", "2016-05-31", "month"),
            figures=[
                ("the 24-year-old was shot dead", "killed", 1, "exact", None),
                ("his cousin wounded", "injured", 1, "exact", None),
            ],
        )
    ],
    persons=["Marcus Webb"],
)


def test_an_article_whose_main_event_is_a_reference_founds_its_incident(ledger):
    # the vigil is that shooting's report, though the shooting came first: its incident, with
    # the toll it tells, founded on it; the mention keeps its modality (a reference)
    file_story(ledger, VIGIL_ONLY)
    with ledger.session() as session:
        shooting = session.scalars(select(Event)).one()
        assert shooting.modality == "reference"
        assert shooting.incident_id is not None
    (incident,) = ledger.incidents()
    assert incident.modality == "reference"
    assert incident.status == "single_source"
    assert incident.summary["fatalities"]["best"] == 1
    assert incident.summary["injured"]["best"] == 1


def test_a_hypothetical_event_founds_nothing_and_an_alleged_one_an_alleged_incident(ledger):
    story = Story(
        "QUETTA: The provincial government said the suspects may be handed over to Iran. "
        "Relatives alleged that security forces abducted two students from Sariab Road.",
        "balochistan-post.example",
        dt.date(2017, 5, 2),
        events=[
            Ev("handed over", "Strategic developments", "Other", modality="hypothetical"),
            Ev(
                "abducted",
                "Violence against civilians",
                "Abduction/forced disappearance",
                modality="alleged",
            ),
        ],
    )
    file_story(ledger, story)
    incidents = ledger.incidents()
    assert [(i.modality, i.status) for i in incidents] == [("alleged", "alleged")]


def test_the_same_incidents_whatever_the_arrival_order(tmp_path):
    stories = [
        RAID_DAWN,
        RAID_NEWS,
        RAID_WIRE,
        RAID_NEXT_YEAR,
        SHOOTING_MONDAY,
        SHOOTING_MONDAY_2,
        SHOOTING_THURSDAY,
        COURT_HEARING,
    ]
    orders = [stories, stories[::-1], [stories[i] for i in (4, 2, 7, 0, 6, 3, 1, 5)]]
    seen = []
    for n, order in enumerate(orders):
        with Ledger(f"sqlite:///{tmp_path}/order{n}.db") as ledger:
            for story in order:
                file_story(ledger, story)
            seen.append(partition(ledger))
    assert seen[0] == seen[1] == seen[2]
    assert len(seen[0]) == 5


def test_documents_without_events_are_linked_on_their_wording(ledger):
    base = (
        "Police said Jermaine Whitfield, 24, was shot in the chest outside a corner store "
        "on Kedzie Avenue in Humboldt Park early Sunday and died at Norwegian American "
        "Hospital."
    )
    other = (
        "A 16-year-old girl was grazed by a stray bullet while sitting on a porch on the "
        "8100 block of South Marshfield Avenue in Gresham on Saturday, police said."
    )
    first = file_story(ledger, Story(base, "a.example", dt.date(2016, 5, 2)))
    second = file_story(
        ledger,
        Story(
            "Jermaine Whitfield, 24, died after he was shot outside a Kedzie Avenue corner store "
            "in Humboldt Park on Sunday, family members said.",
            "b.example",
            dt.date(2016, 5, 3),
        ),
    )
    third = file_story(ledger, Story(other, "c.example", dt.date(2016, 5, 2)))
    with ledger.session() as session:
        linked = document_incidents(session)
    assert linked[first] == linked[second] != linked[third]


def test_unlinking_a_document_drops_an_incident_left_empty(ledger):
    first = file_story(ledger, RAID_DAWN)
    second = file_story(ledger, RAID_NEWS)
    with ledger.session() as session, session.begin():
        touched = unlink_document(session, session.get(Document, first))
    assert len(touched) == 1
    assert len(ledger.incidents()) == 1
    with ledger.session() as session:
        rows = member_rows(session)
        (incident,) = session.scalars(select(Incident)).all()
        assert [m.document for m in members_of(session, incident)] == [second]
    assert [(r.incident_id, r.document_id) for r in rows] == [(incident.id, second)]


def test_reprocessing_relinks_documents_on_what_extraction_finds_now(tmp_path):
    # No components: the re-extracted documents have no events, so document reports link them.
    settings = load_settings(extract={"components": []})
    with Ledger(f"sqlite:///{tmp_path}/t.db", settings=settings) as ledger:
        first = file_story(ledger, SHOOTING_MONDAY)
        second = file_story(ledger, SHOOTING_MONDAY_2)
        with ledger.session() as session:
            assert all(r.event_id for r in member_rows(session))  # the stories' events
        ledger.reprocess()
        with ledger.session() as session:
            linked = document_incidents(session)
            assert not session.scalars(select(Event)).all()
            rows = member_rows(session)
        assert linked[first] == linked[second]
        assert len(ledger.incidents()) == 1
        # each document's old reports gone, its document report in their place
        assert sorted((r.document_id, r.event_id) for r in rows) == sorted(
            [(first, None), (second, None)]
        )


def test_a_document_relinked_apart_from_the_incident_it_founded_founds_one_of_another_name(
    ledger_url, monkeypatch
):
    # Two reports of one killing, the first founding the incident (named after its report),
    # the second joining it. Re-linked, the first need not find that incident again (scores
    # are not symmetric; here the index offers nothing): it founds another while the old one
    # stands with the second report. Both were once named alike: reprocess stopped on the
    # incidents' primary key.
    settings = load_settings(extract={"components": []})
    with Ledger(ledger_url, settings=settings) as ledger:
        first = file_story(ledger, dataclasses.replace(SHOOTING_MONDAY, events=[]))
        second = file_story(ledger, dataclasses.replace(SHOOTING_MONDAY_2, events=[]))
        with ledger.session() as session:
            assert len(set(document_incidents(session).values())) == 1
        monkeypatch.setattr(corroborate.consolidate.incidents, "candidates", lambda *_: [])
        for _ in range(2):  # the second time the first's new incident goes, the old name stands
            ledger.reprocess()
            with ledger.session() as session:
                linked = document_incidents(session)
            assert linked[first] != linked[second]
            assert len(ledger.incidents()) == 2


# --------------------------------------------------------------------------- actors


def test_spellings_of_one_party_or_force_resolve_to_one_actor(ledger):
    with ledger.session() as session, session.begin():
        mqm = {
            resolve_actor(session, name, "political party").id
            for name in ("MQM", "Muttahida Qaumi Movement", "Muttahida Quami Movement")
        }
        rangers = {
            resolve_actor(session, name, "paramilitary").id
            for name in ("Rangers", "Sindh Rangers", "Pakistan Rangers", "the paramilitary force")
        }
        assert len(mqm) == 1 and len(rangers) == 1
    actors = {a.name: a for a in ledger.actors()}
    assert actors["Pakistan Rangers"].kind == "paramilitary"
    assert {"Sindh Rangers", "the paramilitary force"} <= {
        a.alias for a in actors["Pakistan Rangers"].aliases
    }


def test_a_person_is_one_actor_with_or_without_a_title(ledger):
    with ledger.session() as session, session.begin():
        ids = {
            resolve_actor(session, name, "military").id
            for name in ("Maj. Gen. Bilal Akbar", "Bilal Akbar", "Major General Bilal Akbar")
        }
        assert len(ids) == 1
    assert actor_key("General Motors") == "general motors"  # a title needs a name after it
    assert actor_key("President Obama") == "obama"
    assert actor_key("Forces Armées Guinéennes") == actor_key("Forces Armees Guineennes")
    assert canonical_key("Muttahida Quami Movement") == canonical_key("MQM") == "mqm"


def test_an_actor_of_a_rolled_back_document_is_made_again(ledger):
    # A session remembers which actor a name found; a rolled-back transaction's actor is gone.
    with ledger.session() as session:
        with session.begin():
            first = resolve_actor(session, "Jhelum Valley Front", "militia").id
            assert resolve_actor(session, "Jhelum Valley Front", "militia").id == first
            session.rollback()
        with session.begin():
            again = resolve_actor(session, "Jhelum Valley Front", "militia")
    assert again.id == first
    assert [a.name for a in ledger.actors()] == ["Jhelum Valley Front"]


def test_a_count_is_no_alias_of_the_group_it_counts(ledger):
    mentions = ["Three", "at least 41", "Two more people", "57 people", "unarmed people"]
    with ledger.session() as session, session.begin():
        for text in mentions:
            resolve_actor(session, "Civilians (Kenya)", "civilians", alias=text)
    (civilians,) = ledger.actors()
    assert sorted(a.alias for a in civilians.aliases) == ["Civilians (Kenya)", "unarmed people"]


def test_a_report_whose_main_event_is_a_reference_is_compared_as_a_whole_report():
    # a vigil's report only names its shooting: its words and dates still tell which one
    import dataclasses

    from corroborate.consolidate.incidents import THRESHOLD, Report, pair_score

    told = {
        "event_type": "Violence against civilians",
        "sub_event_type": "Attack",
        "place": {**CHICAGO, "precision": "town"},
        "words": {"laundromat": 0.5, "larch": 0.5, "vigil": 0.2, "gunman": 0.3, "candles": 0.2},
    }
    shooting = Report(
        "doc-shooting", "ev-shot", "occurred", "2016-07-16",
        date_start="2016-07-15", date_end="2016-07-15", **told,
    )  # fmt: skip
    vigil = Report("doc-vigil", "ev-shooting", "reference", "2016-07-18", **told)
    assert pair_score(vigil, shooting) > THRESHOLD
    # told beside other news, a reference matches on what it names only
    aside = dataclasses.replace(vigil, main=False)
    assert pair_score(aside, shooting) < THRESHOLD


def test_a_later_event_only_denied_founds_no_incident(ledger):
    # A follow-up's "no arrests had been made", days after the shooting it reports, matching
    # no incident: a fact of the story, not an incident of its own
    from corroborate.consolidate.incidents import Report, link_report

    denial = Report(
        document="doc-follow-up",
        event="ev-no-arrests",
        modality="denied",
        published="2015-03-11",
        date_start="2015-03-11",
        date_end="2015-03-11",
        place={"name": "Karachi", "admin1": "Sindh", "country": "PK", "precision": "town"},
        event_type="Strategic developments",
        main=False,
    )
    with ledger.session() as session:
        assert link_report(session, denial, beside_main=True) is None


def test_a_speaking_body_finds_the_actor_its_document_names():
    named = [
        ("Police Forces of Pakistan", "police", "police"),
        ("joint investigation team", "other", None),
        ("Jamhoori Shehri Mahaz", "other", None),
    ]
    assert document_referent("Police", named) == named[0]
    assert document_referent("JIT", named) == ("joint investigation team", "other", "JIT")
    assert document_referent("JSM", named) == ("Jamhoori Shehri Mahaz", "other", "JSM")
    # no such actor in the document, and an acronym of other letters: the ledger decides
    assert document_referent("Army", named) is None
    assert document_referent("PPP", named) is None
    # a force named by what it is stands for the document's force of that kind
    assert document_referent("Karachi Police Department", named) == (
        "Police Forces of Pakistan", "police", "Karachi Police Department",
    )  # fmt: skip
    assert document_referent("Pakistan Navy Service", named) is None


@pytest.mark.parametrize(
    ("speaker", "kind"),
    [
        ("Milwaukee Police Department", "police"),
        ("National Police Service", "police"),
        ("Lakeshore County Sheriff's Office", "police"),
        ("Sindh Police", "police"),
        ("the Rangers", "paramilitary"),
        ("Fraternal Order of Police", "other"),  # a union, not a force
        ("Human Rights Forum of Sindh", "other"),
        ("police union", "other"),
        # a party by its name's last word; a front or movement may be an armed group
        ("Awami Justice Party", "political party"),
        ("the Sindh Workers League", "political party"),
        ("Haq Popular Front", "other"),
    ],
)
def test_a_speaking_body_of_its_own_is_of_the_kind_its_name_says(speaker, kind):
    assert speaking_body(speaker)[1] == kind


def test_alias_seeds_parse_and_each_alias_names_one_actor():
    from corroborate.consolidate.actors import _rows

    rows = _rows("actor_aliases.tsv")
    keys = [actor_key(r["alias"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert len(seeded_aliases()) >= len(set(keys))
    kinds = {r["name"]: r["kind"] for r in rows}
    assert all(kinds[r["name"]] == r["kind"] for r in rows)


def test_document_frequencies_parse():
    from corroborate.consolidate.wording import document_frequencies, idf

    total, counts = document_frequencies()
    assert total > 1000 and counts["shooting"] > 100
    assert idf("kedzie") > idf("police")
    assert not any(w != w.lower() for w in itertools.islice(counts, 1000))


def test_merging_moves_reports_and_redirects_the_merged_incident(ledger):
    file_story(ledger, SHOOTING_MONDAY)
    file_story(ledger, SHOOTING_THURSDAY)
    with ledger.session() as session, session.begin():
        first, second = session.scalars(select(Incident).order_by(Incident.id)).all()
        kept = merge_incidents(session, first, second)
        gone = second if kept is first else first
        assert merged_into(session, gone.id) == kept.id
        assert len(members_of(session, kept)) == 2
    assert [i.id for i in ledger.incidents()] == [kept.id]
    assert {e.incident_id for e in ledger.events()} == {kept.id}


def test_a_report_joining_an_incident_writes_its_own_member_row_only(ledger):
    first = file_story(ledger, RAID_DAWN)
    statements: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many):  # type: ignore[no-untyped-def]
        statements.append((statement, parameters))

    sa_event.listen(ledger.engine, "before_cursor_execute", record)
    try:
        second = file_story(ledger, RAID_NEWS)
    finally:
        sa_event.remove(ledger.engine, "before_cursor_execute", record)
    inserted = [p for s, p in statements if s.startswith("INSERT INTO incident_members")]
    assert len(inserted) == 1 and second in repr(inserted[0]) and first not in repr(inserted[0])
    # Nothing else written carries a report's vectors: the first report is not written again.
    others = [p for s, p in statements if not s.startswith(("SELECT", "INSERT INTO incident_m"))]
    assert others and not any('"words"' in repr(p) for p in others)
    with ledger.session() as session:
        rows = member_rows(session)
        (incident,) = session.scalars(select(Incident)).all()
        reports = members_of(session, incident)
        made_again = [
            event_report(session, session.get(Document, d), main_event(session, d))
            for d in (first, second)
        ]
    assert [(r.incident_id, r.document_id, r.position) for r in rows] == [
        (incident.id, first, 0),
        (incident.id, second, 1),
    ]
    assert not {"members", "documents"} & set(incident.summary)
    # Read back from the rows, each report is what linking made of its article.
    assert reports == made_again
    assert reports[0].date_start == "2015-03-11" and reports[0].words and reports[0].place


def main_event(session: Session, document_id: str) -> Event:
    return session.scalars(
        select(Event).where(Event.document_id == document_id, Event.rank == 0)
    ).one()


def test_a_rolled_back_document_leaves_no_member_row_nor_held_report(ledger, monkeypatch):
    first = file_story(ledger, RAID_DAWN)

    def failing_assessment(session, incident_ids):  # type: ignore[no-untyped-def]
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(corroborate.ledger, "assess_incidents", failing_assessment)
    with hold_loaded(ledger.session()) as session:
        with session.begin():
            incident = session.scalars(select(Incident)).one()
            assert [m.document for m in members_of(session, incident)] == [first]
        with pytest.raises(RuntimeError):
            # linked (its report held and its row written), then rolled back
            ledger._store(
                ArticleInput(
                    text=RAID_NEWS.text,
                    source="news.txt",
                    outlet=RAID_NEWS.outlet,
                    published=RAID_NEWS.published,
                    title=RAID_NEWS.title,
                ),
                RAID_NEWS.extraction(),
                IngestReport(),
                session,
            )
        incident = session.scalars(select(Incident)).one()
        assert [m.document for m in members_of(session, incident)] == [first]
    with ledger.session() as session:
        assert [r.document_id for r in member_rows(session)] == [first]


def test_merging_re_points_the_merged_incidents_member_rows_after_the_keepers(ledger):
    monday = file_story(ledger, SHOOTING_MONDAY)
    thursday = file_story(ledger, SHOOTING_THURSDAY)
    with ledger.session() as session, session.begin():
        first, second = session.scalars(select(Incident).order_by(Incident.id)).all()
        kept = merge_incidents(session, first, second)
        gone = second if kept is first else first
        kept_documents = [m.document for m in members_of(session, kept)]
    with ledger.session() as session:
        rows = member_rows(session)
        # read again in a new session: the rows, not what the merging session held
        again = [m.document for m in members_of(session, session.get(Incident, kept.id))]
    assert {r.incident_id for r in rows} == {kept.id} and gone.id not in {
        r.incident_id for r in rows
    }
    assert sorted(r.document_id for r in rows) == sorted([monday, thursday])
    # the keeper's report first, the merged one's after it, as linking compares them
    assert again == kept_documents == [r.document_id for r in rows]
    assert [r.position for r in rows] == sorted({r.position for r in rows})


def test_an_incident_is_named_by_what_its_articles_lead_with(ledger):
    # One clash article tells of three arrests after it: the clash names the incident.
    when = ("Wednesday", "2015-06-03", "2015-06-03", "day")
    arrest = dict(
        event_type="Strategic developments",
        sub_event_type="Arrests",
        place=("Orangi Town", KARACHI),
        time=when,
    )
    file_story(
        ledger,
        Story(
            "KARACHI: Rangers and gunmen fought in Orangi Town on Wednesday. Rangers later "
            "detained two men, arrested a third and held a fourth near the market.",
            "dawn.example",
            dt.date(2015, 6, 4),
            events=[
                Ev("fought", "Battles", "Armed clash", place=("Orangi Town", KARACHI), time=when),
                Ev("detained", **arrest),
                Ev("arrested", **arrest),
                Ev("held", **arrest),
            ],
        ),
    )
    clash = next(
        i for i in ledger.incidents() if "fought" in [e.text for e in ledger.incident(i.id)[1]]
    )
    assert (clash.event_type, clash.sub_event_type) == ("Battles", "Armed clash")


def _facts_compared(facts: DocumentFacts) -> tuple:
    """What linking reads of a document's facts, with places and times as their columns (the
    objects read back are other objects than the ones made at store time)."""
    return (
        facts.sentences,
        facts.persons,
        facts.boilerplate,
        facts.speakers,
        [e.id for e in facts.events],
        {
            i: (p.name, p.admin1, p.country, p.lat, p.lon, p.precision)
            for i, p in facts.places.items()
        },
        {i: (t.start_date, t.end_date, t.precision) for i, t in facts.times.items()},
    )


def test_facts_linking_is_given_at_store_time_are_those_read_back(ledger, examples, monkeypatch):
    compared: list[str] = []

    def checked_link(session, document, events, facts=None):  # type: ignore[no-untyped-def]
        assert facts is not None
        read_back = document_facts(session, document.id, events)
        assert _facts_compared(facts) == _facts_compared(read_back)
        compared.append(document.id)
        return link_document(session, document, events, facts)

    monkeypatch.setattr(corroborate.ledger, "link_document", checked_link)
    report = ledger.ingest([examples])
    assert compared == report.stored and len(compared) > 10


def test_an_articles_news_of_other_days_is_not_its_main_incident(ledger):
    # A Monday shooting's report also tells of a Friday killing in the same town.
    monday = ("Monday", "2015-06-01", "2015-06-01", "day")
    friday = ("Friday", "2015-05-29", "2015-05-29", "day")
    file_story(
        ledger,
        Story(
            "KARACHI: A boy was wounded when gunmen opened fire in Orangi Town on Monday, "
            "police said. On Friday a shopkeeper was killed in Orangi Town, police said.",
            "dawn.example",
            dt.date(2015, 6, 2),
            events=[
                Ev(
                    "opened fire",
                    place=("Orangi Town", KARACHI),
                    time=monday,
                    figures=[("A boy was wounded", "injured", 1, "exact", None)],
                ),
                Ev(
                    "killed",
                    place=("Orangi Town", KARACHI),
                    time=friday,
                    figures=[("a shopkeeper was killed", "killed", 1, "exact", None)],
                ),
            ],
        ),
    )
    incidents = sorted(ledger.incidents(), key=lambda i: i.date_start)
    assert [str(i.date_start) for i in incidents] == ["2015-05-29", "2015-06-01"]
    assert incidents[1].summary["fatalities"]["best"] is None
    assert incidents[1].summary["injured"]["best"] == 1


# --------------------------------------------------------------------------- scoring bounds


@pytest.fixture(scope="module")
def one_city_ledger(shared_data, tmp_path_factory):  # type: ignore[no-untyped-def]
    """40 gun-violence articles of the city with the most, in publication order: shootings
    days apart on the same streets, so that a report meets many incidents and some match."""
    from corroborate.evaluate.incidents import ingest_in_order, load_gun_violence

    articles, incidents = load_gun_violence(shared_data)
    city_of = {i: row.get("place") for i, row in incidents.items()}
    cities = [city_of.get(next(iter(a["incident_ids"]), None)) for a in articles]
    busiest = max((c for c in set(cities) if c), key=cities.count)
    chosen = sorted(
        (a for a, city in zip(articles, cities, strict=True) if city == busiest),
        key=lambda a: (a.get("published") or "", a["id"]),
    )[:40]
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('city')}/city.db") as opened:
        ingest_in_order(opened, chosen)
        yield opened


def test_bounds_of_pair_scores_are_never_below_the_scores(one_city_ledger):
    from corroborate.consolidate.incidents import (
        BOUND_MARGIN,
        THRESHOLD,
        _by_document,
        _document_score,
        _document_score_above,
        cosine,
        incident_members,
        pair_bound,
        pair_ceiling,
        pair_score,
    )
    from corroborate.consolidate.wording import cosine_bound

    with one_city_ledger.session() as session:
        ids = session.scalars(select(Incident.id)).all()
        members = incident_members(session, ids)
    reports = [r for held in members.values() for r in held]
    assert len(reports) >= 40
    above = 0
    for a, b in itertools.product(reports, repeat=2):
        for vector, sketched in (("words", "words_sketch"), ("names", "names_sketch")):
            exact = cosine(getattr(a, vector), getattr(b, vector))
            assert cosine_bound(getattr(a, sketched), getattr(b, sketched)) >= exact - 1e-12
        score = pair_score(a, b)
        assert pair_bound(a, b) >= score - BOUND_MARGIN
        assert pair_ceiling(a, b) >= pair_bound(a, b) - BOUND_MARGIN
        above += score > THRESHOLD
    assert above > len(reports)  # not only each report with itself
    # Against whole incidents: the exact score whenever it can be above THRESHOLD.
    for report in reports:
        for held in members.values():
            documents = _by_document(held)
            exact = _document_score(report, documents)
            found = _document_score_above(report, documents, THRESHOLD)
            if found is None:
                assert exact <= THRESHOLD
            else:
                assert found == exact


def test_incidents_are_the_same_with_unscored_candidates_as_with_all_scored(
    one_city_ledger, monkeypatch
):
    import math

    import corroborate.consolidate.incidents as incidents
    from corroborate.evaluate.incidents import relink

    def event_incidents() -> dict[str, str | None]:
        with one_city_ledger.session() as session:
            return dict(session.execute(select(Event.id, Event.incident_id)).all())

    pruning: list[float | None] = []
    original = incidents._document_score_above

    def counted(report, documents, threshold):  # type: ignore[no-untyped-def]
        pruning.append(found := original(report, documents, threshold))
        return found

    monkeypatch.setattr(incidents, "_document_score_above", counted)
    relink(one_city_ledger)  # (in another order than the ingest's: by document id on a day)
    pruned = event_incidents()
    assert pruning.count(None) > len(pruning) / 2  # most candidates were left unscored
    pruning.clear()
    monkeypatch.setattr(incidents, "BOUND_MARGIN", math.inf)  # every candidate scored
    relink(one_city_ledger)
    assert event_incidents() == pruned
    assert None not in pruning
    assert len({incident for incident in pruned.values() if incident}) < len(pruned) / 2


def test_streets_are_not_read_from_a_drive_by_a_law_court_or_a_headlines_small_words():
    from corroborate.consolidate.wording import streets

    assert streets("9-Year-Old Boy Dies Weeks After Drive-By Shooting in NE Tampa") == []
    assert streets("Man Killed In Road Rage Shooting") == []
    assert streets("Teen Shot On Main Street Friday") == ["main street"]
    assert streets("She was arraigned in Millbrook City Criminal Court on Friday.") == []
    assert streets("A boy was shot in Mosby Court.") == ["mosby court"]
    # One street however its number or direction is written.
    assert streets("shot on Sixth Street near Northwest 50th Street") == [
        "50th street",
        "6th street",
    ]


def test_a_street_misspelt_by_one_letter_is_the_same_street():
    from corroborate.consolidate.wording import streets_meet

    assert streets_meet(frozenset({"betanna drive"}), frozenset({"bentanna drive"}))
    assert not streets_meet(frozenset({"betanna drive"}), frozenset({"betanna road"}))
    assert not streets_meet(frozenset({"5th street"}), frozenset({"6th street"}))
    assert not streets_meet(frozenset({"crump road"}), frozenset({"raines road"}))


def test_a_blocks_street_without_a_street_word_is_a_street():
    from corroborate.consolidate.wording import streets, streets_meet

    # Chicago's and Detroit's police give a block and a name only.
    assert streets("It happened in the 2700 block of West Larkin, police said.") == ["larkin"]
    assert streets("in the 3300-block of Wexford. A witness said") == ["wexford"]
    assert streets("in the 17600 block of Dunmore Sunday") == ["dunmore"]
    assert streets("in the 1200 block of Orland Tuesday An officer") == ["orland"]
    assert streets("in the 900 block of Pima SE") == ["pima"]
    # (with its street word it is read as before)
    assert streets("in the 100 block of South Tamsin Avenue") == ["tamsin avenue"]
    assert streets_meet(frozenset({"larkin"}), frozenset({"larkin street"}))
    assert not streets_meet(frozenset({"larkin"}), frozenset({"wexford"}))
    assert not streets_meet(frozenset({"betanna drive"}), frozenset({"betanna road"}))


def test_one_street_of_a_roundups_many_is_no_evidence_either_way():
    from dataclasses import replace

    from corroborate.consolidate.incidents import pair_features

    blocks = ", ".join(
        f"the {n}00 block of {name}"
        for n, name in enumerate(
            ["Long", "Grace", "Rockwell", "Fairfield", "Kedzie", "Homan", "Pulaski", "Cicero"], 1
        )
    )
    roundup = _chicago_report(
        "a",
        f"Six people were killed and 19 hurt as gunfire flared across Chicago: {blocks}.",
        "cbs.example",
        "2016-12-17",
        "2016-12-17",
    )
    single = _chicago_report(
        "b",
        "A boy, 17, was shot to death in the 100 block of North Long in Austin.",
        "suntimes.example",
        "2016-12-16",
        "2016-12-16",
    )
    features = pair_features(roundup, single)
    assert "streets_shared" not in features and "streets_other" not in features
    # A street of a report naming a few is evidence, and none shared of a roundup's many too.
    assert "streets_shared" in pair_features(roundup, replace(single, streets=["long", "grace"]))
    assert "streets_other" in pair_features(roundup, replace(single, streets=["wexford"]))


def test_a_place_misread_in_another_state_is_near_where_the_other_report_names_it():
    from corroborate.consolidate.incidents import pair_features

    memphis = _chicago_report(
        "a",
        "A 3-year-old was shot in a car, Memphis police said.",
        "wmc.example",
        "2016-05-16",
        "2016-05-15",
    )
    memphis.place = {
        "name": "Memphis",
        "admin1": "Tennessee",
        "country": "US",
        "lat": 35.15,
        "lon": -90.05,
        "precision": "town",
    }
    whitehaven = _chicago_report(
        "b",
        "Three-year-old shot while sitting in car in Whitehaven, south Memphis.",
        "wreg.example",
        "2016-05-16",
        "2016-05-15",
    )
    # (read as the English town)
    whitehaven.place = {
        "name": "Whitehaven",
        "admin1": "England",
        "country": "GB",
        "lat": 54.55,
        "lon": -3.59,
        "precision": "town",
    }
    assert "near_place" in pair_features(memphis, whitehaven)
    # A report naming nothing of the other's place: still another region.
    elsewhere = _chicago_report(
        "c", "A man was shot in a car, police said.", "wreg.example", "2016-05-16", "2016-05-15"
    )
    elsewhere.place = whitehaven.place
    assert "other_region" in pair_features(memphis, elsewhere)
    # One name read as two towns ("Richmond" in Kentucky for Virginia's) is one place.
    kentucky = dict(memphis.place, name="Richmond", admin1="Kentucky")
    virginia = dict(memphis.place, name="Richmond", admin1="Virginia")
    elsewhere.place, memphis.place = kentucky, virginia
    assert "same_place" in pair_features(memphis, elsewhere)


def test_a_news_pages_other_earlier_story_elsewhere_lends_the_main_report_no_street():
    # A Millbrook shooting's page also carries Sunday's Tolliver County shooting: its street
    # (the sentence after the one the other shooting was found in) is not this shooting's.
    import datetime as dt

    from corroborate.consolidate.incidents import _other_incidents, facts_of
    from corroborate.model import Event, PlaceMention, TimeMention

    def cut_sentences(main: Event, events: list[Event], published: dt.date) -> list:
        facts = facts_of(sentences, [], events, places, times)
        return [span for _, spans in _other_incidents(facts, main, published) for span in spans]

    text = (
        "A Millbrook teen was accidentally shot and killed on Christmas at a home on Garnet "
        "Avenue. "
        "Police said a man was shot Sunday night in Tolliver County. "
        "It happened at a house just off Quarry Road in Ashgrove. "
        "The shooter is in custody."
    )
    sentences = []
    start = 0
    for sentence in text.split(". "):
        end = start + len(sentence.rstrip(".")) + 1
        sentences.append(("sentence", None, start, end))
        start = end + 1
    places = [
        PlaceMention(id="p0", name="Millbrook"),
        PlaceMention(id="p1", name="Tolliver County"),
    ]
    times = [
        TimeMention(id="t0", start_date=dt.date(2014, 12, 25), end_date=dt.date(2014, 12, 25)),
        TimeMention(id="t1", start_date=dt.date(2014, 12, 21), end_date=dt.date(2014, 12, 21)),
    ]

    def event(rank: int, sentence: int, place: str, time: str, kind: str) -> Event:
        span = [list(sentences[sentence][2:])]
        return Event(
            id=f"e{rank}",
            rank=rank,
            modality="occurred",
            event_type=kind,
            evidence=span,
            place_mention_id=place,
            time_mention_id=time,
        )

    violence = "Violence against civilians"
    main, other = event(0, 0, "p0", "t0", violence), event(1, 1, "p1", "t1", violence)
    cut = cut_sentences(main, [main, other], dt.date(2014, 12, 29))
    assert "Quarry Road" in " ".join(text[s:e] for s, e in cut)
    assert not any(s == 0 for s, _ in cut)
    # The same earlier event at the main event's own place may be the shooting itself (the
    # main event dated to a hearing): kept.
    other.place_mention_id = "p0"
    hearing = event(0, 0, "p0", "t0", "Strategic developments")
    assert cut_sentences(hearing, [hearing, other], dt.date(2014, 12, 26)) == []
    # Beside violence told as news (of its publication day or the day before), violence of
    # an earlier day in the same town is another shooting told as background: set apart.
    assert cut_sentences(main, [main, other], dt.date(2014, 12, 26))
    # A main event told days after it happened may be a follow-up of the earlier one: kept.
    assert cut_sentences(main, [main, other], dt.date(2014, 12, 29)) == []


def test_an_incident_is_placed_where_its_articles_main_events_are():
    # A Wisconsin hunting death's page also tells of a shooting in Hawkins, Texas (a later
    # event of the article): the finer place of that event does not move the incident.
    from corroborate.consolidate.incidents import _HELD, Report, _Members, refresh_incident
    from corroborate.model import Incident

    rusk = {"name": "Rusk County", "admin1": "Wisconsin", "country": "US", "precision": "district"}
    hawkins = {"name": "Hawkins", "admin1": "Texas", "country": "US", "precision": "town"}
    main = Report(
        document="d",
        event="e0",
        modality="occurred",
        published="2015-03-08",
        date_start="2015-03-07",
        place=rusk,
    )
    later = dataclasses.replace(main, event="e1", place=hawkins, main=False)
    incident = Incident(id="in-1", summary={}, questions=[])
    session = Session()
    session.info[_HELD] = {incident.id: _Members([main, later], 2)}
    refresh_incident(session, incident)
    assert (incident.place_name, incident.admin1) == ("Rusk County", "Wisconsin")
    # An incident of later events alone is placed by them.
    session.info[_HELD] = {incident.id: _Members([later], 1)}
    refresh_incident(session, incident)
    assert incident.place_name == "Hawkins"


def test_a_county_far_from_a_town_is_near_where_the_other_report_names_it():
    from corroborate.consolidate.incidents import pair_features

    county = _chicago_report(
        "a",
        "A woman is in critical condition after a juvenile shot her, deputies said.",
        "wdtn.example",
        "2016-11-23",
        "2016-11-22",
    )
    county.place = {
        "name": "Montgomery County",
        "admin1": "Ohio",
        "country": "US",
        "lat": 39.75,
        "lon": -84.29,
        "precision": "district",
    }
    town = _chicago_report(
        "b",
        "Montgomery County deputies said a boy shot a woman by accident in Covington.",
        "wdtn.example",
        "2016-11-23",
        "2016-11-22",
    )
    town.place = {
        "name": "Covington",
        "admin1": "Ohio",
        "country": "US",
        "lat": 40.12,
        "lon": -84.35,
        "precision": "town",
    }
    assert "near_place" in pair_features(county, town)
    town.words, town.names = {"covington": 1.0}, {"covington": 1.0}
    assert "far_place" in pair_features(county, town)


def _gva_record(day: str, killed: int, injured: int, lat: float, lon: float, *names: str) -> dict:
    participants = [{"name": n, "status": ["Killed"]} for n in names]
    return {
        "date": day,
        "killed": killed,
        "injured": injured,
        "lat": lat,
        "lon": lon,
        "participants": participants,
    }


def test_a_shooting_gva_lists_twice_is_told_from_two_shootings_of_one_city() -> None:
    """The same-city measure sets aside one shooting under two GVA ids (a victim's name, or
    the same toll at one spot, a day apart at most), and only that."""
    from corroborate.evaluate.incidents import one_shooting_twice

    named = _gva_record("2016-09-01", 1, 1, 38.867, -76.982, "Darnell Quinton Price")
    named_again = _gva_record("2016-09-01", 1, 1, 38.911, -77.036, "Darnell Quinton Price II")
    assert one_shooting_twice(named, named_again)
    party = _gva_record("2014-05-10", 1, 6, 38.605, -121.505)
    park = _gva_record("2014-05-11", 1, 6, 38.624, -121.525)  # 2.7 km: seven victims
    assert one_shooting_twice(party, park)
    one_hurt = _gva_record("2016-04-24", 0, 1, 38.270, -85.929)
    another_hurt = _gva_record("2016-04-24", 0, 1, 38.290, -85.929)  # 2.2 km: one victim
    assert not one_shooting_twice(one_hurt, another_hurt)
    four_hurt = _gva_record("2016-10-13", 0, 4, 41.872, -87.694)
    seven_shot = _gva_record("2016-10-14", 1, 6, 41.872, -87.694)
    assert not one_shooting_twice(four_hurt, seven_shot)
    week_later = _gva_record("2014-05-14", 1, 6, 38.605, -121.505)
    assert not one_shooting_twice(party, week_later)


def test_a_wrong_toll_is_given_the_first_cause_that_holds() -> None:
    """The evaluator's list of incidents counted wrong (`--misses`) names one cause each."""
    from corroborate.evaluate.incidents import miss_cause

    record = _gva_record("2016-09-01", 1, 2, 38.867, -76.982)
    plain = {"unlinked_reference": False, "missing": False, "extra": False}
    assert (
        miss_cause(record, (0, 0), (set(), set()), **{**plain, "unlinked_reference": True})
        == "main event a reference, unlinked"
    )
    assert miss_cause(record, (1, 1), ({1}, {1}), **{**plain, "missing": True}) == (
        "linking: split"
    )
    assert miss_cause(record, (0, 3), ({1}, {3}), **plain) == "dead told only as hurt"
    assert miss_cause(record, (1, 3), ({1}, {3}), **plain) == "GVA's number stated nowhere"
    assert miss_cause(record, (1, 3), ({1}, {2, 3}), **plain) == (
        "GVA's number among the values, another chosen"
    )
    shooter = {**record, "participants": [{"type": "Subject-Suspect", "status": ["Injured"]}]}
    assert miss_cause(shooter, (1, 1), ({1}, {1}), **plain) == "perpetrator"


QUETTA_MONDAY_BLAST = (
    "QUETTA: At least six people were killed and 14 injured when a bomb planted on a "
    "motorcycle went off near the fruit market on Sariab Road on Monday evening, police said. "
    "The wounded were moved to the Civil Hospital. No group claimed the attack."
)
QUETTA_SATURDAY_BLAST = (
    "QUETTA: At least four people were killed and nine injured when a bomb planted on a "
    "motorcycle went off near a market on Sariab Road on Saturday, police said. The wounded "
    "were moved to the Civil Hospital. No group claimed the attack."
)


def _quetta_blast(document: str, text: str, published: str, day: str, precision: str = "day"):
    return _text_report(
        document,
        text,
        published,
        day,
        date_precision=precision,
        place={"name": "Quetta", "admin1": "Balochistan", "country": "PK", "precision": "town"},
        outlet=f"{document}.example",
        event_type="Explosions/Remote violence",
    )


def test_bombings_on_days_of_their_own_five_days_apart_are_two_incidents():
    from corroborate.consolidate.incidents import VETO, pair_score

    monday = _quetta_blast("a", QUETTA_MONDAY_BLAST, "2025-03-04", "2025-03-03")
    saturday = _quetta_blast("b", QUETTA_SATURDAY_BLAST, "2025-03-09", "2025-03-08")
    assert pair_score(monday, saturday) == VETO
    # two days apart is still one incident told with a date off by a day or two
    thursday = _quetta_blast("c", QUETTA_SATURDAY_BLAST, "2025-03-06", "2025-03-05")
    assert pair_score(monday, thursday) != VETO
    # a week named, not a day: no date of its own to tell them apart
    that_week = _quetta_blast("d", QUETTA_SATURDAY_BLAST, "2025-03-09", "2025-03-08", "week")
    assert pair_score(monday, that_week) != VETO


QUETTA_RAID_BURIALS = (
    "QUETTA: Families on Sariab Road buried four of the men killed when police raided a "
    "market near Sariab Road on Monday evening, police said. Relatives said the men were "
    "shot at the market."
)


def test_what_was_told_of_days_before_a_blast_is_no_follow_up_of_it():
    from corroborate.consolidate.incidents import VETO, pair_score

    saturday = _quetta_blast("a", QUETTA_SATURDAY_BLAST, "2025-03-09", "2025-03-08")
    # a follow-up of Monday's raid, told on Tuesday (no news of its day): not Saturday's blast
    burials = _text_report(
        "b",
        QUETTA_RAID_BURIALS,
        "2025-03-05",
        "2025-03-03",
        date_precision="day",
        place={"name": "Quetta", "admin1": "Balochistan", "country": "PK", "precision": "town"},
        outlet="b.example",
        event_type="Violence against civilians",
    )
    assert pair_score(saturday, burials) == VETO
    # two days before is still within a date off by a day or two
    wednesday = _quetta_blast("c", QUETTA_SATURDAY_BLAST, "2025-03-05", "2025-03-05")
    assert pair_score(wednesday, burials) != VETO


def test_a_follow_up_of_another_day_naming_the_victim_is_no_veto():
    from corroborate.consolidate.incidents import VETO, pair_score

    monday = _quetta_blast("a", QUETTA_MONDAY_BLAST, "2025-03-04", "2025-03-03")
    later = _quetta_blast("b", QUETTA_SATURDAY_BLAST, "2025-03-09", "2025-03-08")
    monday.persons = ["zahid kakar"]
    later.persons = ["zahid kakar"]
    assert pair_score(monday, later) != VETO


def test_arrests_after_the_violence_an_article_tells_join_its_incident(ledger):
    # A follow-up: the army's gunfight with the attackers on Tuesday, its arrests told with no
    # day of their own (the report's most frequent date, Sunday's), and the planner's arrest.
    tuesday = ("Tuesday", "2026-03-03", "2026-03-03", "day")
    sunday = ("Sunday", "2026-03-08", "2026-03-08", "day")
    dhadar = {"name": "Dhadar", "admin1": "Balochistan", "country": "PK", "lat": 29.5, "lon": 67.6}
    arrest = dict(
        event_type="Strategic developments",
        sub_event_type="Arrests",
        place=("Dhadar", dhadar),
        time=sunday,
    )
    file_story(
        ledger,
        Story(
            "Security forces killed two of the attackers in a gunfight on Tuesday and arrested "
            "three others, the army said. On Sunday police arrested the planner of the market "
            "attack near Dhadar.",
            "balochistan-daily.example",
            dt.date(2026, 3, 9),
            events=[
                Ev("gunfight", "Battles", "Armed clash", place=("Dhadar", dhadar), time=tuesday),
                Ev("arrested three", **arrest),
            ],
        ),
    )
    assert partition(ledger) == {
        frozenset(
            {
                ("balochistan-daily.example", "gunfight"),
                ("balochistan-daily.example", "arrested three"),
            }
        )
    }  # the arrests had founded an Arrests incident of Sunday's
    (incident,) = ledger.incidents()
    assert incident.sub_event_type == "Armed clash"


def test_an_arrest_before_the_violence_an_article_tells_is_not_its_follow_up(ledger):
    # An arrest told beside a shooting, a week before it, is another incident's.
    friday = ("Friday", "2015-06-05", "2015-06-05", "day")
    earlier = ("May 29", "2015-05-29", "2015-05-29", "day")
    file_story(
        ledger,
        Story(
            "KARACHI: Gunmen shot dead a trader in Orangi Town on Friday. Police had arrested "
            "his brother in Orangi Town on May 29.",
            "dawn.example",
            dt.date(2015, 6, 6),
            events=[
                Ev("shot dead", place=("Orangi Town", KARACHI), time=friday),
                Ev(
                    "arrested",
                    "Strategic developments",
                    "Arrests",
                    place=("Orangi Town", KARACHI),
                    time=earlier,
                ),
            ],
        ),
    )
    assert len(ledger.incidents()) == 2


# --------------------------------------------------------------------------- attacks set apart

DAFFO = {"name": "Daffo", "admin1": "Plateau State", "country": "NG", "lat": 9.2185, "lon": 8.8403}
RICHA = {"name": "Richa", "admin1": "Plateau State", "country": "NG", "lat": 9.1245, "lon": 8.8754}
SATURDAY = ("Saturday", "2026-11-28", "2026-11-28", "day")
SUNDAY = ("Sunday", "2026-11-29", "2026-11-29", "day")


def _two_village_attacks() -> list[Story]:
    """A follow-up telling two attacks in one sentence, each of its own day and village, and
    the day's news of each: a daily's of the first, a radio's of the second."""
    followup = Story(
        "JOS: Elders said 19 people died in Saturday's raid on Daffo and three in Sunday's "
        "reprisal on Richa, two farming villages a few kilometres apart. The state government "
        "on Wednesday sent more soldiers to the area, officials said.",
        "Plateau Courier",
        dt.date(2026, 12, 3),
        events=[
            Ev(
                "raid on Daffo",
                place=("Daffo", DAFFO),
                time=("Saturday", *SATURDAY[1:]),
                figures=[("19 people died", "killed", 19, "exact", None)],
                apart_on_phrases=True,
            ),
            Ev(
                "reprisal on Richa",
                place=("Richa", RICHA),
                time=("Sunday", *SUNDAY[1:]),
                figures=[("three", "killed", 3, "exact", None)],
                apart_on_phrases=True,
            ),
            Ev(
                "sent more soldiers",
                event_type="Strategic developments",
                sub_event_type="Other",
                time=("Wednesday", "2026-12-02", "2026-12-02", "day"),
            ),
        ],
    )
    daily = Story(
        "JOS: Gunmen raided Daffo, a farming village, on Saturday night and killed 19 people, "
        "elders said. Houses were burnt and residents fled into the bush.",
        "Jos Evening Post",
        dt.date(2026, 11, 29),
        events=[
            Ev(
                "raided",
                place=("Daffo", DAFFO),
                time=SATURDAY,
                figures=[("killed 19 people", "killed", 19, "exact", None)],
            )
        ],
    )
    radio = Story(
        "JOS: Armed men attacked Richa, a farming village, on Sunday evening in a reprisal for "
        "the raid on Daffo, and three people died, residents said.",
        "Plateau Radio",
        dt.date(2026, 11, 30),
        events=[
            Ev(
                "attacked",
                place=("Richa", RICHA),
                time=SUNDAY,
                figures=[("three people died", "killed", 3, "exact", None)],
            )
        ],
    )
    return [followup, daily, radio]


def test_a_follow_ups_two_attacks_of_two_days_in_two_villages_join_their_own_reports(ledger):
    followup, daily, radio = (file_story(ledger, story) for story in _two_village_attacks())
    incident_of = {
        (e.document_id, e.text): e.incident_id
        for e in ledger.events()
        if e.sub_event_type == "Attack"
    }
    raid, reprisal = (
        incident_of[(followup, "raid on Daffo")],
        incident_of[(followup, "reprisal on Richa")],
    )
    # the reprisal, a day and 11 km from the raid, had joined the article's main incident, and
    # the daily's report of the raid then drew every report of both into one
    assert raid != reprisal
    assert incident_of[(daily, "raided")] == raid
    assert incident_of[(radio, "attacked")] == reprisal
    tolls = {i.id: i.summary["fatalities"]["best"] for i in ledger.incidents()}
    assert (tolls[raid], tolls[reprisal]) == (19, 3)


def test_reports_of_two_attacks_an_article_sets_apart_are_vetoed_though_told_days_later():
    from corroborate.consolidate.incidents import (
        THRESHOLD,
        VETO,
        incident_score_between,
        pair_score,
    )

    text = "Gunmen attacked a farming village and burnt houses, and residents fled, elders said."
    kind = {"event_type": "Violence against civilians", "date_precision": "day"}
    daffo, richa = DAFFO | {"precision": "town"}, RICHA | {"precision": "town"}
    raid = _text_report("f", text, "2026-12-03", "2026-11-28", place=daffo, set_apart=True, **kind)
    reprisal = _text_report(
        "f", text, "2026-12-03", "2026-11-29", place=richa, set_apart=True, **kind
    )
    raid.event, reprisal.event = "f-raid", "f-reprisal"
    daily = _text_report("d", text, "2026-11-29", "2026-11-28", place=daffo, **kind)
    assert pair_score(raid, reprisal) == VETO
    assert pair_score(daily, reprisal) == VETO  # the day's news and the follow-up's other day
    assert pair_score(daily, raid) > THRESHOLD
    # not set apart, the follow-up's other attack is a day's slack and a town off: one attack
    plain = dataclasses.replace(reprisal, set_apart=False)
    assert pair_score(daily, plain) > THRESHOLD
    # no third report brings the two incidents together
    assert incident_score_between([raid, daily], [reprisal]) == VETO
    # a name both name (the follow-up's sentences around the reprisal tell of both) lifts the
    # veto of two days' news only, not of attacks an article set apart
    named = {"persons": ["barkin ladi"]}
    news = _text_report("r", text, "2026-11-30", "2026-11-29", place=richa, **kind, **named)
    daily = _text_report("d", text, "2026-11-29", "2026-11-28", place=daffo, **kind, **named)
    assert pair_score(daily, news) > -20.0
    told_apart = dataclasses.replace(reprisal, persons=["barkin ladi"])
    assert pair_score(daily, told_apart) == VETO
