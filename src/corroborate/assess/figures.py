"""Figures of an incident (killed, injured, arrested): every reported value with who reports it,
and low / best / high by a stated policy.

Policy (after ACLED's: the most conservative credible figure when reports conflict, the latest
credible figure when a toll rises):
- Each value is read as an interval: exact n -> [n, n]; zero -> [0, 0]; at least n and more than
  n -> [n, open] (writers use "more than 60" loosely); at most n -> [0, n]; about n ->
  [0.75 n, 1.25 n] rounded outward; a range -> [low, high]. "At least 27" and "over 60" overlap;
  "around 20" and "over 60" do not.
- Credible: stated by the reporter or asserted (or confessed) in a claim, not hedged, about an
  event that occurred (or referred back to). Alleged or hedged values count only when nothing
  credible is reported; denials never set the figure. The dead and hurt of an act told as
  alleged of someone ("arrested in the five killings", "charged with wounding two"), in the
  reporter's words or an asserted claim, are credible: the accusation is of who did it. A
  back-reference dated no finer than a year ("344 people were killed in the city last year")
  counts nothing in an incident dated finer (assess/incidents.py).
- Updates: a larger value published on a later day, or said with a word of change ("rises to",
  "climbed to", "now"), supersedes smaller earlier ones, unless its own report still states the
  smaller one (then the larger counts something else): "death toll rises to 5" after
  "3 killed" is an update, not a contradiction. (A count of some of the victims in the later
  report, "three of them in stable condition", is no restatement of the smaller one.) A
  speaker's denial that anyone was killed is a position, not a provisional toll: only its own
  source or a word of change updates it.
- A count of one group of the victims ("12 officers were hurt"), of those added to an earlier
  count ("two more people died") or of some named again ("the two, a student and ...") is part
  of the total: it agrees with any total at least as large (assess/victims.py).
- A denial that anyone was killed ("no one was killed", a zero) states the number 0: it is a value
  like any other, not a denial of a value. A zero of civilians ("no civilians were killed", "no
  civilian casualties") is not: said of a strike or raid its speaker defends, it tells who the
  dead or hurt were (fighters, not civilians), not how many; it is listed with its speaker but
  sets no low, best or high and disputes no count. What it disputes is whether civilians were
  among them (a polarity contradiction, assess/contradictions.py). A zero of another group ("no
  officers were hurt") stays a count of that part.
- Of the values left (current), those whose intervals overlap agree. When all agree, best is the
  largest stated number (they are compatible, so the most informative), though a bound or a
  round number ("as many as 20", "about 20") sets it only when no other number of the group
  does ("as many as 20" beside "14 wounded": 14). When they do not, the reports form groups of
  agreeing values (an open value, "at least 3", joins exact ones that disagree, 3 and 19, into
  one group only loosely: those exact numbers are weighed apart again, each with the open
  values it fits); best comes from the group with the most independent
  sources (speakers quoted by one report alone count as that one report: they are no check on
  its own headline, "Three dead" against the officer it quotes, "two men were killed", before
  the third died), then the most documents, then the most mentions (places in a text: two
  values read at one place, "two victims injured" and "two victims injured ... were taken", are
  one), then
  the most documents' lead values (the first a document states, its headline or lead: later
  mentions are often one victim or another shooting). A tie left between sources goes to the
  lower (conservative) group, and the figure is disputed; a tie within one source's own reports
  goes to the larger (its smaller count is a part told beside the whole: "two victims were
  taken to hospital" beside "4 injured").
- Told in passing later: a value told deep in an article (past the first 600 characters)
  published on a later day than the incident's first article is background to later news (a
  trial, a vigil, another shooting; the next day's follow-up telling the story around the
  toll): it is listed but not counted, and a toll of the dead told only so has no best
  (unknown), as with deaths told only as background (assess/incidents.py); the hurt told only
  so are the incident's, retold by a follow-up where no report of its day counts them, and
  set the injured figure.
- Told deep beside a lead: where a document's headline or lead (its first 500 characters)
  states a closed value of the figure ("Two men were killed", not "a fatal shooting" or "at
  least one dead"), the values it tells deep in its body (past 600 characters) do not set the
  best figure: there they are another shooting, an earlier victim or a city's tally ("three
  people were killed in the same lane in March"). They are still listed, and count in low and
  high and in contradictions.
- Round-ups: a report whose headline counts several incidents ("4 killed, 11 wounded in city
  shootings Tuesday", "two deadly shootings", "shootings across Chicago") tells a city's night
  or weekend, of which the incident is one shooting: where another report of the incident
  states its dead or hurt, the round-up's values of either are listed but not counted (its
  dead are often another shooting's); a round-up alone still sets the figures.
- Deaths told only as background: when every death reported of the incident is told deep in
  its article (past the first 600 characters) and a report's headline or lead counts people
  hurt (not one person told shot: "teen shoots himself" ... "he later died" is his death) and
  no one dead, those deaths are another shooting or an earlier victim, in that report and in
  the others that tell them deep (a follow-up's lead telling "the men who fired at a
  schoolboy"); best killed is unknown (None), and the injured figure takes no deaths off those
  shot: one victim told that the extractor left at none by taking those dead off him is hurt.
- Hurt, then dead: where the incident counts one dead and the injured figure rests on one
  hurt victim told before a report that someone has died since ("has died", "later died",
  "dies": on a later day, or later in the same report), or before every report of a death,
  each of a later day ("Wounded teen found", a day later "Student killed"), that victim is
  the one who died (so too where that victim is told as a group's count, "a 6-year-old girl
  in grave condition", beside a later report's "she was taken to hospital"): injured 0
  ("2-year-old injured", a day later "the 2-year-old has died"; but "Teen dies, child
  injured" is two victims). Otherwise a value of those hurt told on a
  day before a report of a death since leaves out the rise in deaths since its day ("five
  wounded" with 2 dead, then 3 dead and "a wounded man has died": 4 wounded).
- Bodies: a count of the dead told as bodies found, identified, recovered or buried ("around
  20 bodies identified", "the bodies of 12 men were recovered") is a floor of those killed, not
  a toll: some dead are not yet found or named, so it is read as at least its lower bound
  ("about 20 bodies": at least 15) and agrees with larger tolls ("at least 27", "more than
  30"); as a round number it sets best only when no other number of its group does.
- low / high: the smallest and largest stated numbers among current values (not those added to
  another count: "two more died", "two of the wounded had died" are no toll of their own); low
  is never above best (a best netted of the dead, "30 wounded" less two who died since, is the
  lowest estimate).
- Injured are the wounded who survived (GVA's and ACLED's count): a value worded only as people
  shot or struck by gunfire ("he was shot", "4 shot", "hitting two men") may count the dead too.
  Values that say wounded or injured set the injured figure when there are any; when it rests on
  "shot" values alone, the incident's best killed (from the killed values it counts: not a
  back-reference set aside) is taken out of it ("he was shot", 1 killed: 0 injured), unless the
  extractor already did ("4 shot, 1 dead" or "a double shooting", 1 dead, stored as 3 and 1: an
  age, "17-year-old shot", is no such count) or the phrase counts the others ("four others were
  shot", "his mother was also shot"). Where no one was killed, those shot are the wounded and
  weigh with them; where someone was, a count of the shot that leaves the dead out so ("4 shot,
  1 dead" stored as 3, "shot six people" as 5, "four others were shot") weighs with the wounded
  too.
- best is set from the values that count every victim: not those of a group, an addition or
  "no one else", nor one victim told without a number ("Smith died") beside a count of two or
  more; only when no value counts every victim, or a group's count reaches the largest count
  of them all (it is then at least so many victims: "4 federal officers shot" beside "three
  people were hurt"), do the others set it (a group's "four boys were
  wounded" beside "the 14-year-old was shot" sets it: one victim told again is no total).
  One victim told beside a count of several told again ("among the six injured was ...")
  leaves the count to set it. Those told as taken to hospital ("sent three people to the
  hospital") are some of the hurt, not their total. Those told in a condition ("two critically
  injured", "in stable condition") are some of the hurt, not their total; being alive and
  hurt, they are a floor under the injured figure, unless a later day's report counts more
  dead than any report up to theirs, or another report of their day or later tells a death as
  news ("Teen dies" beside "Teen critically injured"): they may have died since.
  A phrase without a number that counts two or more hurt ("a triple shooting" less its dead,
  "he and the infant were taken") is a count, not one victim; an age between commas ("Another
  man, 21, was shot") is no count. The dead told in the condition they were in before they
  died ("airlifted in critical condition and succumbed") are no part of the hurt, and a
  victim told by the toll he brings ("a fifth victim ... died") counts them all.
- The killer's own death: a toll whose sentence goes on to tell it ("killed his wife and son
  before shooting himself") is one dead more than its phrase counts (GVA and ACLED count the
  perpetrator's death); a phrase that counts him ("killed his wife and himself") is not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import object_session

from corroborate.assess.grouping import single_link
from corroborate.assess.victims import OTHER_WORDS, Counted, acted_by, civilian_groups, counted
from corroborate.extract.figures import AGE_UNITS, NUMBER_WORDS, SHOT, TOLL_ORDINALS
from corroborate.extract.implied_tolls import implied_tolls
from corroborate.lexicons import alternation, word_list
from corroborate.model import (
    Claim,
    Document,
    Event,
    Figure,
    Modality,
    Stance,
    intervals_meet,
    stated_interval,
)

# The words the rules below look for, by category: figure_words.tsv beside this module.
_words = word_list("corroborate.assess", "figure_words.tsv")

FIGURE_FIELDS = {"killed": "fatalities", "injured": "injured", "arrested": "arrested"}
# Words before a number a report rejects ("25, not 27", "rather than 27").
_REJECTING = alternation(_words("rejecting"))
_UPDATE_WORDS = re.compile(rf"\b({alternation(_words('update_words'))})\b", re.IGNORECASE)
# Numbers that bound or round the count rather than state it.
_LOOSE = frozenset({"at_most", "about"})
_CREDIBLE_STANCES = {Stance.ASSERTS.value, Stance.CONFESSES.value}
# The figures that count people harmed (an accusation of who harmed them leaves them harmed).
_TOLLS = frozenset({"killed", "injured"})
# The group a zero of non-combatants names ("no civilians were killed", victim_groups.tsv).
CIVILIANS = "civilians"
# (those gunfire hit or struck were shot: "opened fire, hitting four people")
_SHOT = re.compile(rf"\b(?:{alternation(_words('shot'))})\b", re.IGNORECASE)
# Bodies counted ("around 20 bodies identified"): those found so far, at least so many dead.
_BODIES = re.compile(rf"\b(?:{alternation(_words('body_words'))})\b", re.IGNORECASE)
_HURT = re.compile(r"\b(?:wound\w*|injur\w*|hurt|hospitali[sz]ed)\b", re.IGNORECASE)
# A headline that counts several incidents ("4 killed, 11 wounded in city shootings Tuesday",
# "two deadly shootings", "shootings across Chicago"): a round-up of a city's night or weekend.
_ROUNDUP_NOUN = alternation(_words("roundup_nouns"))
_ROUNDUP = re.compile(
    rf"\b(?:\d+|{alternation(_words('roundup_before') | set(NUMBER_WORDS) - {'a', 'an'})})"
    rf"\s+(?:[\w-]+\s+)?(?:{_ROUNDUP_NOUN})\b|\b(?:{_ROUNDUP_NOUN})\s+across\b",
    re.IGNORECASE,
)


# A killer's own death told after the toll of those he killed, in its sentence ("killed his
# wife and son before shooting himself"): one dead more than the phrase counts.
_SELF = re.compile(rf"\b(?:{alternation(_words('self_words'))})\b", re.IGNORECASE)
_KILLER_TOO = re.compile(
    rf"\W*(?:and\s+)?,?\s*(?:{alternation(_words('killer_too_before'))})\s+(?:fatally\s+)?"
    rf"(?:{alternation(_words('killer_too_verbs'))})\s+(?:himself|herself)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Reported:
    """One reported value of one figure, with who reports it."""

    figure: Figure
    event: Event
    document: Document
    claim: Claim | None
    source: str  # independent source key (assess/corroboration.py)
    # of those counted hurt, how many a later day's report counts among the dead
    died_since: int = 0
    # the day its event is told to have happened (an ordinal), where a report names one
    event_day: int | None = None
    # of a one-victim phrase the extractor set at none by taking the dead off it, 1 where those
    # dead are another shooting's (`_deaths_in_background`): the victim told is hurt
    given_back: int = 0

    @property
    def published(self) -> dt.date | None:
        return self.document.published

    @functools.cached_property
    def tells_update(self) -> bool:
        """Its words tell the count as an update ("rose to", "now"): update_words."""
        return bool(_UPDATE_WORDS.search(self.figure.text or ""))

    @property
    def point(self) -> int:
        """The number stated."""
        f = self.figure
        if f.qualifier == "zero":
            return 0
        stated = f.value if f.value is not None else f.low if f.low is not None else f.high
        return max(0, (stated or 0) - self.died_since) + self.killer_too + self.given_back

    @functools.cached_property
    def killer_too(self) -> int:
        """1 for a toll the killer's own death follows in its sentence ("killed his wife and son
        before shooting himself"), 0 otherwise."""
        f = self.figure
        if f.kind != "killed" or f.qualifier == "zero" or _SELF.search(f.text or ""):
            return 0
        return int(bool(_KILLER_TOO.match(_rest_of_sentence(self))))

    @property
    def interval(self) -> tuple[int, float]:
        """The values this report allows (see the module's policy)."""
        f = self.figure
        low, high = stated_interval(f.qualifier, self.point, f.low, f.high)
        if f.kind == "killed" and f.qualifier != "zero" and _BODIES.search(f.text or ""):
            # a count of bodies found or identified is a floor of the dead, not a toll
            return low, math.inf
        return low, high

    @functools.cached_property
    def counted(self) -> Counted:
        """Whom the value counts: a group of the victims or all of them (assess/victims.py)."""
        f = self.figure
        text = self.document.text
        before = text[max(0, f.start - 20) : f.start]
        found = counted(f.text, before, text[f.end : f.end + 40])
        if f.qualifier == "zero" and found.group is None and (by := acted_by(f.text, before)):
            return dataclasses.replace(found, by=by, one=False)  # none of those they harmed
        if (
            found.added
            and f.qualifier == "zero"
            and not any(
                g.kind == f.kind and g.qualifier != "zero" and g.id != f.id
                for g in self.event.figures
            )
        ):
            # "no one else was hurt" where its report counts no one hurt: the else is the
            # dead, and none were hurt at all (not none added to the hurt)
            return dataclasses.replace(found, added=False)
        if f.kind == "killed" and (found.condition or found.taken):
            # the dead told in the condition or the hospital they were in before they died
            # ("airlifted in very critical condition and succumbed") are no part of the hurt
            found = dataclasses.replace(found, condition=False, taken=False)
        stated = f.value if f.value is not None else f.low or 0
        if found.one and stated >= 2 and _ordinal(f.text or "") == stated:
            # a victim told by the toll he brings ("a fifth victim ... died"): all of them
            return dataclasses.replace(found, one=False)
        if (
            found.one
            and f.kind == "injured"
            and (f.value if f.value is not None else f.low or 0) >= 2
        ):
            # a phrase without a number that counts several hurt ("a triple shooting", "he and
            # the infant were taken"): no one victim told again, but a count of them. (Of the
            # dead, "killed his wife and son" is often some of them, the killer's own death
            # told apart: "before turning the gun on himself".)
            return dataclasses.replace(found, one=False)
        return found

    @property
    def civilian_zero(self) -> bool:
        """A zero of civilians or of one civilian group ("no civilians were killed", "no children
        were hurt"): who the victims were, not how many (module policy)."""
        found = self.counted
        return (
            self.figure.qualifier == "zero"
            and self.figure.kind in _TOLLS
            and found.group is not None
            and found.group in civilian_groups()
            and not found.part
        )

    @property
    def denied(self) -> bool:
        if self.figure.qualifier == "zero":
            return False  # "no one was killed" states 0
        return (self.claim is not None and self.claim.stance == Stance.DENIES.value) or (
            self.event.modality == Modality.DENIED.value
        )

    @property
    def alleged(self) -> bool:
        modality = self.event.modality
        return modality in (Modality.ALLEGED.value, Modality.HYPOTHETICAL.value) or self.hedged

    @property
    def hedged(self) -> bool:
        """True when the claim that tells the value hedges it or does not assert it."""
        claim = self.claim
        stance = claim.stance if claim is not None else None
        if self.figure.qualifier == "zero" and stance == Stance.DENIES.value:
            stance = Stance.ASSERTS.value  # denying that anyone was killed asserts 0
        return claim is not None and (claim.hedged or stance not in _CREDIBLE_STANCES)

    @property
    def accused_toll(self) -> bool:
        """True for the dead or hurt of an act told as alleged of someone, in the reporter's
        words or an asserted claim ("arrested in five killings", "charged with wounding two"):
        the accusation is of who did it, and those it counts are dead or hurt all the same."""
        return (
            self.figure.kind in _TOLLS
            and self.event.modality == Modality.ALLEGED.value
            and not self.hedged
        )

    @property
    def speaker(self) -> str | None:
        return self.claim.speaker_name if self.claim else None


def _ordinal(text: str) -> int | None:
    """The toll an ordinal of the phrase tells ("a fifth victim": 5), if any."""
    return next(
        (TOLL_ORDINALS[w] for w in re.findall(r"[a-z0-9]+", text.lower()) if w in TOLL_ORDINALS),
        None,
    )


def overlap(a: Reported, b: Reported, *, parts: bool = True) -> bool:
    """True when both values can be true together (`parts`: a count of a part agreeing with
    any larger count)."""
    (a0, a1), (b0, b1) = a.interval, b.interval
    if parts and _part_of(a, b):
        a1 = math.inf
    if parts and _part_of(b, a):
        b1 = math.inf
    return intervals_meet((a0, a1), (b0, b1))


def _part_of(a: Reported, b: Reported) -> bool:
    """True when `a` counts only part of what `b` counts (a group of the victims, an addition)."""
    if counter_claimed(a):
        return False  # "only five soldiers died" is a whole toll held against another
    mine, theirs = a.counted, b.counted
    # one victim told without a number ("he had died", "they shot him") beside a count of
    # others is one of them, whatever is told of that one
    one_of = mine.one and not theirs.one
    return mine.part or one_of or (mine.group is not None and mine.group != theirs.group)


def supersedes(later: Reported, earlier: Reported) -> bool:
    """True when `later` updates `earlier` (a rising toll), so they do not conflict."""
    # (each value read once: current() asks this of every pair of an incident's values)
    earlier_point = earlier.point
    if later.point <= earlier_point or later.figure.kind != earlier.figure.kind:
        return False
    changed = later.tells_update
    denial = earlier.claim is not None and earlier.claim.stance == Stance.DENIES.value
    if earlier_point == 0 and denial and later.source != earlier.source and not changed:
        return False
    later_day, earlier_day = later.published, earlier.published
    if later_day and earlier_day and later_day > earlier_day:
        return True
    same_document = later.document.id == earlier.document.id
    if (
        not same_document
        and later_day is not None
        and later_day == earlier_day
        and earlier.tells_update
    ):
        # two reports of one day, each telling its count as the latest ("rose to around 15",
        # "over 20 have now been arrested"): neither is known to be the later
        return False
    after = (
        (later_day, later.figure.start) > (earlier_day, earlier.figure.start)
        if later_day and earlier_day
        else same_document and (later.figure.start > earlier.figure.start)
    )
    return bool(after and changed)


def current(values: list[Reported]) -> list[Reported]:
    """The values no later report updates. A report that still states the earlier number
    itself, as a count of them all, does not update it: its larger one counts something else
    ("3 wounded" ... "19 others injured" at another party last year). Its count of some of
    them ("three of them in stable condition" beside "four men were wounded") is no such
    statement."""
    points_of: dict[str, set[int]] = {v.document.id: set() for v in values}
    for value in values:
        if not value.counted.part:
            points_of[value.document.id].add(value.point)
    return [
        v
        for v in values
        if _held_against(v, values)
        or not any(
            supersedes(w, v) and v.point not in points_of[w.document.id]
            for w in values
            if w is not v
        )
    ]


def _held_against(value: Reported, values: list[Reported]) -> bool:
    """A named speaker's count told in a report that already tells a larger one from another
    source is held against it, no early state of a rising toll: the government's "one person
    had died" in a report of five dead is not updated by the coalition's five a day later.
    (A hospital's early "14 dead" in a report that tells no more is, and so is an open count,
    "at least 19", that a larger one fits.)"""
    claim = value.claim
    if claim is None or not claim.speaker_name or claim.speaker_kind == "anonymous":
        return False
    if not math.isfinite(value.interval[1]):
        return False  # "at least 19" beside "more than 30" holds nothing against it
    return any(
        w.document.id == value.document.id
        and w.source != value.source
        and w.point > value.point
        and not w.counted.part
        for w in values
    )


def only_parts(group: list[Reported], values: list[Reported]) -> bool:
    """True when every value of `group` counts a part of what another of `values` counts."""
    inside = {id(v) for v in group}
    return all(any(_part_of(v, w) for w in values if id(w) not in inside) for v in group)


def agreeing_groups(values: list[Reported]) -> list[list[Reported]]:
    """Values split into groups that agree within (single link on overlapping intervals).
    A count of a part ("four suspects" of those detained) agrees with any larger count, but
    does not join two counts of the whole that disagree ("around 20", "over 60") into one
    group: parts alone go to the largest group of wholes they fit. Nor does an open count
    ("at least 19") join two bounded ones that disagree (19 and 27): it goes with the group
    whose numbers it is nearest to."""
    closed = [v for v in values if v.interval[1] != math.inf]
    if closed and len(closed) < len(values):
        groups = _linked_groups(closed)
        if len(groups) > 1:
            # (each open count is fitted to the bounded counts only: one placed before it is
            # no bridge for the next, "at least 40" joining 19 through "at least 19")
            bounded = [list(g) for g in groups]
            loose: list[Reported] = []
            for value in (v for v in values if v.interval[1] == math.inf):
                fits = [k for k, g in enumerate(bounded) if any(overlap(value, w) for w in g)]
                if fits:
                    nearest = min(
                        fits, key=lambda k: min(abs(w.point - value.point) for w in bounded[k])
                    )
                    groups[nearest].append(value)
                else:
                    loose.append(value)
            groups += _linked_groups(loose) if loose else []
            return sorted(groups, key=lambda g: min(v.point for v in g))
    return _linked_groups(values)


def _linked_groups(values: list[Reported]) -> list[list[Reported]]:
    """agreeing_groups by single link alone (parts placed as it says)."""
    ordered = sorted(values, key=lambda v: (v.interval[0], v.point, v.figure.id))
    plain = single_link(ordered, functools.partial(overlap, parts=False))
    partial = [only_parts(g, ordered) for g in plain]
    wholes = [g for g, part in zip(plain, partial, strict=True) if not part]
    if not wholes:
        groups = _one_group_split(ordered) or single_link(ordered, overlap)
    else:
        groups = wholes  # (a part that fits none is a group later parts may join)
        for part in (g for g, is_part in zip(plain, partial, strict=True) if is_part):
            fits = [g for g in groups if any(overlap(a, b) for a in part for b in g)]
            if fits:
                max(fits, key=len).extend(part)
            else:
                groups.append(part)
    return sorted(groups, key=lambda g: min(v.point for v in g))


def _one_group_split(values: list[Reported]) -> list[list[Reported]]:
    """Where every value counts a part, the counts of one group that disagree ("six soldiers"
    against "more than 10 soldiers") are the groups, and a count of another group ("four of
    the attackers"), which agrees with either, joins the larger: a part agreeing with every
    count had linked them all into one, and the dispute went unseen. [] when no group's counts
    disagree."""
    for name in dict.fromkeys(v.counted.group for v in values):
        members = [v for v in values if v.counted.group == name and not v.counted.part]
        if name is None or len(split := single_link(members, _plainly_overlap)) < 2:
            continue
        inside = {id(v) for v in members}
        for value in (v for v in values if id(v) not in inside):
            fits = [g for g in split if any(overlap(value, w) for w in g)]
            max(fits or split, key=len).append(value)
        return split
    return []


def _plainly_overlap(a: Reported, b: Reported) -> bool:
    return overlap(a, b, parts=False)


def conflicting(values: list[Reported]) -> list[list[Reported]]:
    """Groups of current values that cannot all be true, when they come from 2+ sources."""
    groups = agreeing_groups(values)
    if len(groups) < 2:
        return []
    sources = [{v.source for v in g} for g in groups]
    # One source contradicting only itself is noise of one article, not a dispute.
    if len(set().union(*sources)) < 2:
        return []
    return groups


def basis(values: list[Reported]) -> list[Reported]:
    """The values the figure is set from: current credible ones, else current alleged ones (a
    zero of civilians is none: it tells who the victims were)."""
    usable = [v for v in values if not v.denied and not v.civilian_zero]
    credible = [v for v in usable if not v.alleged or v.accused_toll]
    return current(credible or usable)


# Words before a number that hold it against a larger one: "claimed that only five died".
_COUNTER = re.compile(r"\b(?:only|just|merely|no more than)\s+$", re.IGNORECASE)


def counter_claimed(value: Reported) -> bool:
    """A named speaker's own count held against a larger one ("the spokesman claimed that
    only five soldiers had died"): alleged, so it sets no figure, but it disputes one."""
    claim = value.claim
    text = value.document.text
    return (
        claim is not None
        and bool(claim.speaker_name)
        and not claim.hedged
        and not value.denied
        and value.event.modality != Modality.HYPOTHETICAL.value
        and bool(_COUNTER.search(text[max(0, value.figure.start - 16) : value.figure.start]))
    )


def contested(values: list[Reported]) -> list[Reported]:
    """The values a dispute is read from: the basis, and beside credible values the counter-
    claims no update touches (an update raises a count, it does not answer a denial of it)."""
    chosen = basis(values)
    counter = [v for v in values if v.alleged and counter_claimed(v) and v not in chosen]
    return chosen + counter


# The values of the incident of one figure kind ("killed"), oldest first.
ValuesOf = Callable[[str], list["Reported"]]


def best_of(
    values: list[Reported], values_of: ValuesOf | None = None
) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) of a figure from its reported values (module policy). `values_of`:
    the incident's values of another figure kind, as its assessment counts them (without the
    back-references it sets aside); by default read from the ledger."""
    chosen = basis(values)
    if not chosen:
        return None, None, None
    if values_of is None:
        event = chosen[0].event
        values_of = functools.partial(_incident_values, event)
    points = _estimates(chosen)
    if chosen[0].figure.kind == "killed" and _deaths_in_background(chosen, values_of):
        return min(points), None, max(points)  # the deaths told are not this incident's
    # the incident's killed values, read once, where the injured figure depends on them
    injured = chosen[0].figure.kind == "injured"
    dead = _killed_values(values_of) if injured else []
    if injured and not dead and _deaths_in_background(values_of("killed"), values_of):
        # the dead are another shooting's: one victim told that the extractor left at none,
        # taking them off ("a schoolboy was hit" beside a girl killed last year), is one hurt
        chosen = [_given_back(v) for v in chosen]
        points = _estimates(chosen)
    chosen = _up_front(chosen)
    # Values that count the wounded only set the injured figure when there are any.
    totals = _totals(chosen)
    shot_only = all(counts_shot(v) for v in totals)
    hurt = [v for v in totals if not counts_shot(v)]
    floors = [v for v in chosen if v.counted.condition and v.figure.kind == "injured"]
    # where no one died, those shot are the wounded and weigh with them
    # (and so do counts of the shot already net of the dead: "shot six people" stored as 5)
    grouped = (
        totals
        if shot_only or not any(v.point > 0 for v in dead)
        else hurt + [v for v in totals if counts_shot(v) and _net_of_dead(v)]
    )
    # (that one victim may be told in a group set aside above: "a 4-year-old girl in grave
    # condition", the day before "the girl has died")
    told = [v for v in chosen if v.point == 1 and not counts_shot(v)]
    if injured and _one_victim_died_since(grouped, dead, values_of, told):
        return min(points), 0, max(points)
    # those hurt told before a report that some have died since are fewer now
    grouped = [v if counts_shot(v) else _less_died_since(v, dead) for v in grouped]
    groups = agreeing_groups(grouped)
    # a count a later report names and rejects ("the death toll is 25, not 27") is disputed,
    # not the best figure: the correction is
    groups = [g for g in groups if not _refuted(g, grouped)] or groups
    leads = _lead_values(grouped)
    # Between sources a tie goes to the conservative figure; one source's own reports that
    # differ are a part told beside the whole ("two victims were taken to hospital" beside
    # "4 injured"), so there the larger.
    one_source = len({v.source for v in grouped}) == 1

    def support(g: list[Reported]) -> tuple[int, ...]:
        documents = len({v.document.id for v in g})
        return (
            # (the speakers one report quotes are that report's sources, one voice)
            len({v.source for v in g}) if documents > 1 else 1,
            documents,
            # places in the text: two values read at one place are one mention
            len({(v.document.id, v.figure.start) for v in g}),
            sum(1 for v in g if id(v) in leads),
            max(v.point for v in g) if one_source else -min(v.point for v in g),
        )

    group = _closed_choice(max(groups, key=support), support)
    # "as many as 20" or "about 20" beside "14 wounded" does not lift the figure above it
    group = [v for v in group if v.figure.qualifier not in _LOOSE] or group
    if shot_only:
        killed = (best_of(dead, values_of)[1] if dead else None) or 0
        best = max(v.point if _net_of_dead(v) else max(0, v.point - killed) for v in group)
    else:
        best = max(v.point for v in group)
    # those told in a condition ("in critical condition") are alive and hurt: at least so many,
    # unless a later day's report tells of more dead (the critically hurt may be among them)
    best = max([best] + [v.point for v in floors if not _died_later(v, dead)])
    # (a best netted of the dead, "30 wounded" less two who died since, is the lowest estimate)
    return min([*points, best]), best, max(points)


def _estimates(values: list[Reported]) -> list[int]:
    """The points that estimate the whole figure, for its range: without an addition ("two
    more died") and without a count of a part beside a count as large of what it is part of
    ("12 officers were hurt" beside "at least 41 injured", "the two, a student and ..."
    beside "the toll rose to 5"): a part is compatible with any larger total, no lower
    estimate of it. (A part larger than every total told, "four policemen" beside "three
    people", still bounds it.) Nor a zero of one group beside counts of victims ("no police
    officer was hurt" beside six killed: none of the police, no toll of none)."""
    whole = [v for v in values if not v.counted.added] or values
    counted = [
        v for v in whole if not (v.figure.qualifier == "zero" and v.counted.group is not None)
    ]
    if any(v.point for v in counted):
        whole = counted
    estimates = [v for v in whole if not any(_beside_its_whole(v, w) for w in whole)]
    return [v.point for v in estimates or whole]


def _beside_its_whole(part: Reported, whole: Reported) -> bool:
    """True when `part` counts some of what `whole`, as large or larger, counts. A group's
    count in another report than the total is that report's estimate of them all ("six
    suspects were killed", a day before "eight people"), unless told as a part."""
    if whole is part or whole.point < part.point:
        return False
    if not _part_of(part, whole) or _part_of(whole, part):
        return False
    counted = part.counted
    return counted.part or counted.one or part.document.id == whole.document.id


def _given_back(value: Reported) -> Reported:
    """`value` with its one victim given back where the extractor took the dead off a one-victim
    phrase, leaving none (a derived zero: no "no one" said)."""
    f = value.figure
    if f.value == 0 and f.qualifier != "zero" and value.counted.one:
        return dataclasses.replace(value, given_back=1)
    return value


def _refuted(group: list[Reported], values: list[Reported]) -> bool:
    """True when every exact count of `group` is rejected by name in the sentence of a value
    of another report, of that day or later, outside the group ("25 people were killed ...,
    not 27 as reported earlier")."""
    closed = [v for v in group if v.interval[1] != math.inf]
    others = [w for w in values if all(w is not v for v in group)]
    return bool(closed) and all(
        any(
            w.document.id != v.document.id
            and (w.published or dt.date.min) >= (v.published or dt.date.max)
            and _rejects(w, v.point)
            for w in others
        )
        for v in closed
    )


def _rest_of_sentence(value: Reported) -> str:
    """The words of `value`'s sentence after it (up to 200 characters)."""
    text = value.document.text
    return re.split(r"(?<=[.!?])\s", text[value.figure.end : value.figure.end + 200], maxsplit=1)[0]


def _rejects(value: Reported, number: int) -> bool:
    """The sentence of `value`, after it, rejects `number` ("25, not 27", "rather than 27")."""
    rest = _rest_of_sentence(value)
    return bool(re.search(rf"\b(?:{_REJECTING})\s+{number}\b(?![.,]?\d)", rest, re.IGNORECASE))


def _up_front(values: list[Reported]) -> list[Reported]:
    """`values` without those a document tells deep in its body (past DEEP_CHARS) when its
    headline or lead (LEAD_CHARS) states the figure: there they are another shooting, an
    earlier victim, a city's tally or one victim told again, not the toll."""
    # (a lead's open bound, "a fatal shooting" or "at least 2 hurt", leaves the toll to the body)
    leads = {
        v.document.id for v in values if v.figure.start < LEAD_CHARS and v.interval[1] != math.inf
    }
    return [v for v in values if v.figure.start <= DEEP_CHARS or v.document.id not in leads]


def _closed_choice(
    group: list[Reported], support: Callable[[list[Reported]], tuple[int, ...]]
) -> list[Reported]:
    """An open value ("at least 3") agrees with exact ones that disagree among themselves (3
    and 19): the exact numbers are then weighed apart, each with the open values it fits."""
    closed = [v for v in group if v.interval[1] != math.inf]
    parts = agreeing_groups(closed)
    if len(parts) < 2:
        return group
    open_values = [v for v in group if v.interval[1] == math.inf]
    candidates = [
        part + [v for v in open_values if any(overlap(v, w) for w in part)] for part in parts
    ]
    return max(candidates, key=support)


def _totals(values: list[Reported]) -> list[Reported]:
    """The values that count every victim: without those that count some of them (a group, an
    addition, "no one else") or tell one victim ("he died") beside a count of two or more."""
    whole = [v for v in values if not v.counted.part] or values
    if all(v.counted.one for v in whole):
        # one victim told beside a count of several told again ("the six injured"): no total
        whole = [v for v in values if not v.counted.one and not v.counted.added] or whole
    ungrouped = [v for v in whole if v.counted.group is None]
    largest = max((v.point for v in ungrouped), default=0)
    # a group's count that reaches the largest count of them all is at least so many victims,
    # no part told beside a smaller total ("4 officers shot" against "three people hurt")
    reached = any(v.counted.group is not None and v.point >= largest for v in whole)
    if reached or (all(v.counted.one for v in ungrouped) and any(v.point > largest for v in whole)):
        # "Four boys were wounded ... The 14-year-old was shot": one victim told again is no
        # total; the group's count is the most that is told of them all (so too "they shot
        # him", none hurt once he died, beside "one constable was injured")
        ungrouped = []
    whole = ungrouped or whole
    several = any(v.point >= 2 and not v.counted.one for v in whole)
    return [v for v in whole if not (several and v.counted.one and v.point == 1)]


def _lead_values(values: list[Reported]) -> set[int]:
    """ids of each document's first stated value among `values` (its headline or lead)."""
    first: dict[str, Reported] = {}
    for value in values:
        known = first.get(value.document.id)
        if known is None or value.figure.start < known.figure.start:
            first[value.document.id] = value
    return {id(v) for v in first.values()}


def _net_of_dead(value: Reported) -> bool:
    """True when the count of people shot leaves out the dead: the extractor already took them
    out ("4 shot, 1 dead" stored as 3 injured: the value is below the count the phrase opens
    with), or the phrase counts the others ("two dead ... four others were shot")."""
    words = (value.figure.text or "").lower().replace("-", " ").split()
    if words[:1] == ["shot"] and len(words) > 1 and _count_word(words[1]):
        words = words[1:]  # "shot six people": the count follows the verb
    first = words[0] if words else ""
    stated = int(first) if first.isdigit() else NUMBER_WORDS.get(first)
    if words[1:2] and words[1].rstrip("s") in AGE_UNITS:
        stated = None  # "17-year-old shot": an age, not a count of those shot
    if stated is None and len(words) > 1:  # "double shooting": two shot
        toll = implied_tolls().get((first, words[1], "before"))
        stated = toll[1] if toll is not None and toll[0] == SHOT else None
    if stated is not None and first not in ("a", "an") and value.point < stated:
        return True
    if "also" in words:  # "his mother was also shot": one shot besides the dead
        return True
    return "the" not in words[:2] and bool(OTHER_WORDS & set(words[:3]))


def _count_word(word: str) -> bool:
    return word.isdigit() or (word in NUMBER_WORDS and word not in ("a", "an"))


def counts_shot(value: Reported) -> bool:
    """An injured value worded only as people shot, which may count the dead too, or one the
    extractor left at no one by taking the dead out of those shot ("one of the victims is
    still hospitalized" beside one dead): a count of the shot either way."""
    f = value.figure
    if f.kind != "injured":
        return False
    text = f.text or ""
    derived_zero = f.value == 0 and f.qualifier != "zero"
    return derived_zero or (bool(_SHOT.search(text)) and not _HURT.search(text))


# A death told as news of one hurt before: "has died", "later died", "dies", "succumbed".
_DIED_SINCE = re.compile(rf"\b(?:{alternation(_words('died_since'))})\b", re.IGNORECASE)
# ... but not after words of a toll come to light ("33 people are now known to have died",
# once more bodies were found): a count of the dead learned, not of the hurt who died since.
_LEARNED_BEFORE = re.compile(rf"\b(?:{alternation(_words('learned_before'))})\s*$", re.IGNORECASE)


# ... unless it names the hurt ("two of the wounded are now known to have died in hospital")
_HURT_NAMED = re.compile(rf"\b(?:{alternation(_words('hurt_named'))})\b", re.IGNORECASE)


def _tells_death_since(text: str) -> bool:
    """True when the text tells a death as news of one hurt before (see _DIED_SINCE)."""
    learned = _LEARNED_BEFORE if not _HURT_NAMED.search(text) else None
    return any(
        learned is None or not learned.search(text[: match.start()])
        for match in _DIED_SINCE.finditer(text)
    )


def _died_since(value: Reported) -> bool:
    """A death told as news in the figure's phrase, or, for a toll, in the rest of its sentence
    ("the toll rose to 17 after three of the wounded died in hospital")."""
    if _tells_death_since(value.figure.text or ""):
        return True
    return value.figure.kind == "killed" and _tells_death_since(_rest_of_sentence(value))


def _one_victim_died_since(
    grouped: list[Reported],
    killed: list[Reported],
    values_of: ValuesOf,
    told: Sequence[Reported] = (),
) -> bool:
    """True when the injured figure rests on one hurt victim told before a report that someone
    has died since ("the injured teen ... he later died", or a day before "the 2-year-old
    has died"), or before every report of a death, each of a later day, and the incident
    counts one dead: that victim is the one who died. `told`: other values of one hurt victim
    (of a group, "a 4-year-old girl in grave condition"), who is that victim too."""
    if not grouped or any(v.point != 1 or counts_shot(v) for v in grouped):
        return False
    # (or a death reported only on a later day than any report of the hurt victim)
    last_hurt = max((v.published for v in grouped if v.published), default=None)
    dead_later = last_hurt is not None and all(
        v.published is not None and v.published > last_hurt for v in killed if v.point > 0
    )
    since = [v for v in killed if _died_since(v) or dead_later]
    if not since or best_of(killed, values_of)[1] != 1:
        return False
    return any(_told_before(hurt, died) for hurt in [*grouped, *told] for died in since)


def _told_before(first: Reported, then: Reported) -> bool:
    """True when `first` was told before `then`: earlier in one report, or on an earlier day."""
    if first.document.id == then.document.id:
        return first.figure.start < then.figure.start
    return bool(first.published and then.published and first.published < then.published)


def _less_died_since(hurt: Reported, killed: list[Reported]) -> Reported:
    """`hurt` less those a later day's report counts dead since, when that report tells a
    death as news ("has died"): 5 wounded with 2 dead, then "a 33-year-old man has died" and 3
    dead, leaves 4 wounded. (Without such words a later day's larger toll is as often an early
    report's undercount of the dead: taking it off the wounded too lost on held-out.) Where a
    later day's report counts the hurt who have died ("two of the wounded had died since"), it
    says how many: 41 wounded, then "two of the wounded had died", leaves 39, whatever the
    rough tolls told between ("at least 27", then "more than 30") rose by."""
    day = hurt.published
    if day is None:
        return hurt
    news = [
        v
        for v in killed
        if v.published and v.published > day and (_died_since(v) or v.counted.died_hurt)
    ]
    if not news:
        return hurt
    stated = max((v.point for v in news if v.counted.died_hurt), default=0)
    if stated:
        return dataclasses.replace(hurt, died_since=min(stated, hurt.point))
    # the toll told beside the hurt, where its report tells one: another source's larger
    # count of that day (a claim of 40 dead against 14) is no toll the hurt were counted with
    beside = [v.point for v in killed if v.document.id == hurt.document.id]
    then = max(beside) if beside else _dead_by(day, killed)
    later = max((v.point for v in killed if v.published and v.published > day), default=0)
    if later <= then:
        return hurt
    return dataclasses.replace(hurt, died_since=later - then)


def _dead_by(day: dt.date, killed: list[Reported]) -> int:
    """The largest number of dead reported on or before `day`."""
    return max((v.point for v in killed if v.published and v.published <= day), default=0)


def net_of_deaths_since(injured: list[Reported], killed: list[Reported]) -> list[Reported]:
    """The injured values, each told before a later day's smaller count less those who have
    died between the two days, where that difference is the later count: "nine wounded" on
    Wednesday, then on Thursday "seven killed" (four before) and "six still being treated".
    The later count updates the earlier one, as a rising toll does; it does not dispute it."""
    netted = []
    for hurt in injured:
        day = hurt.published
        for later in injured:
            if day is None or later.published is None or later.published <= day:
                continue
            died = _dead_by(later.published, killed) - _dead_by(day, killed)
            if died > 0 and hurt.point - died == later.point:
                hurt = dataclasses.replace(hurt, died_since=died)
                break
        netted.append(hurt)
    return netted


def _died_later(hurt: Reported, killed: list[Reported]) -> bool:
    """True when a later day's report counts more dead than any report up to `hurt`'s day, or
    another report of that day or later tells a death as news ("Teen dies" beside "Teen
    critically injured"): some of those hurt may have died since."""
    day = hurt.published
    if day is None:
        return False
    if any(
        _died_since(v) and v.document.id != hurt.document.id and v.published and v.published >= day
        for v in killed
    ):
        return True
    then = _dead_by(day, killed)
    return any(v.point > then for v in killed if v.published and v.published > day)


def _killed_values(values_of: ValuesOf) -> list[Reported]:
    """The killed values of the incident, oldest first; none where every death is told only as
    background (`_deaths_in_background`)."""
    killed = values_of("killed")
    return [] if _deaths_in_background(killed, values_of) else killed


def _incident_values(event: Event, kind: str) -> list[Reported]:
    """The values of one figure kind of the incident `event` belongs to, oldest first."""
    session = object_session(event)
    incident_id = event.incident_id
    if session is None or incident_id is None:
        return []
    from corroborate.assess.corroboration import claim_source

    rows = session.execute(
        select(Figure, Event, Document)
        .join(Event, Event.id == Figure.event_id)
        .join(Document, Document.id == Event.document_id)
        .where(
            Event.incident_id == incident_id,
            Figure.kind == kind,
            Event.modality != Modality.HYPOTHETICAL.value,
        )
    ).all()
    values = []
    for figure, event_row, document in rows:
        claim = session.get(Claim, figure.claim_id) if figure.claim_id else None
        source = claim_source(session, claim, document)
        values.append(Reported(figure, event_row, document, claim, source))
    values.sort(key=lambda v: (v.published or dt.date.min, v.document.id, v.figure.start))
    return values


# A headline and lead fit within LEAD_CHARS; a figure past DEEP_CHARS is in the body (600
# chosen on the tuning part of the gun-violence set: 800 let a body's other shooting or
# earlier victim, told in its third or fourth paragraph, set the toll).
LEAD_CHARS = 500
DEEP_CHARS = 600


def _deaths_in_background(killed: list[Reported], values_of: ValuesOf) -> bool:
    """True when every death reported of the incident is told deep in its article, and a
    report's headline or lead counts people hurt and no one dead ("Four shot at bar" ...
    "Smith, who died in a shooting there last year"): the death is another shooting or an
    earlier victim told as background, not this incident's toll. (Every report telling it
    deep need not count the hurt up front: a follow-up's lead tells "the men who fired at a
    schoolboy", the dead taken off him by the extractor.) One person told shot up front
    ("Teen shoots himself") is no count of the hurt: the death told deep ("he later died") may
    be his."""
    deaths = [v for v in killed if v.point > 0]
    if not deaths or any(v.figure.start <= DEEP_CHARS for v in deaths):
        return False  # (most incidents: their injured values are then not read)
    injured = values_of("injured")
    return any(v.point > 0 and v.figure.start < LEAD_CHARS and not _one_shot(v) for v in injured)


def _one_shot(value: Reported) -> bool:
    """One person told shot ("teen shoots himself", "man shot"): who may be the one who died."""
    return value.point == 1 and counts_shot(value)


def value_entry(value: Reported) -> dict[str, Any]:
    """One reported value as exported (EXPORT.md FIGURE values)."""
    f = value.figure
    return {
        "value": value.point,
        "qualifier": f.qualifier,
        "document": value.document.id,
        "claim": value.claim.id if value.claim else None,
        "speaker": value.speaker,
        "evidence": [
            {"start": f.start, "end": f.end, "text": value.document.text[f.start : f.end]}
        ],
        "published": value.published.isoformat() if value.published else None,
    }


def roundup(document: Document) -> bool:
    """True when the document's headline counts several incidents (_ROUNDUP): its tolls are a
    city's night or weekend, of which the incident is one shooting."""
    headline = document.title or (document.text or "").split("\n", 1)[0][:300]
    return bool(_ROUNDUP.search(headline))


def without_roundups(values: dict[str, list[Reported]]) -> dict[str, list[Reported]]:
    """The killed and injured values without those of round-ups (`roundup`) where another
    report of the incident states its toll: "One dead, four wounded in overnight shootings"
    beside the three reports of one of those shootings, four men shot and no one dead, counts
    the night, not the incident. A round-up alone still sets the figures."""
    tolls = ("killed", "injured")
    told = {v.document.id: v.document for kind in tolls for v in values.get(kind, [])}
    roundups = {d for d, document in told.items() if roundup(document)}
    if not roundups or len(roundups) == len(told):
        return values
    return {
        kind: [v for v in found if kind not in tolls or v.document.id not in roundups]
        for kind, found in values.items()
    }
