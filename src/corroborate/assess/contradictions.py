"""Contradictions within one incident: statements that cannot all be true, each with its kind and
both sides' evidence (claim ids, event ids, the value each side holds, a one-line summary).

Who states what: a value or a proposition belongs to its source, the quoted speaker or else the
outlet (assess/corroboration.py), and only statements of different sources contradict. An outlet
that reports a speaker's denial does not itself assert the opposite, and a wire copy speaks with
its original's voice (the caller leaves copies out when their original is in the incident).

- number: current values of one figure that cannot all be true (0 vs 1 killed; "around 20" vs
  "over 60"). "At least 27" and "over 60" overlap, a count of one group ("12 officers were hurt")
  is part of the total, and a rising toll is an update (assess/figures.py): none is one. Inside
  one report only two quoted speakers contradict each other, not a headline and a quote.
- polarity: X asserts what Y denies. A denial's proposition is its negated clause ("officers had
  not used live ammunition") or, when the cue denies ("denied that any weapons went missing"),
  its content; an affirmative clause of another source sharing two content words, and half of
  the denial's, opposes it, or failing that another document's own account of the event (its
  reporter's words, not a quote). A negated count ("no one was killed") is a number; a denied
  link ("not connected to Monday's shooting") is about linking; a denied report or accusation
  names no proposition of its own. A zero of civilians ("no civilians were killed", "no
  civilian casualties") is no count of the dead (assess/figures.py): its speaker says those
  killed were not civilians. It is held against other sources' statements that civilians were
  among the dead or hurt ("the dead were civilians", "killed nine people, including four
  children", a count of civilians killed): a polarity of who the victims were (whether
  civilians were among them), not a number, an occurrence, nor who did it.
- responsibility: who did it. From claims: a denial of an order or of who fired that says who did
  instead ("Nobody fired at the police. They came in and started shooting"), or a claim that the
  evidence was made up ("planted", "extracted under duress") against what it disowns. From
  events: reports of one act and toll, one blaming state forces and one others ("killed by
  Rangers fire" vs "by a gunman"), from independent sources in different documents.
- authority: who ordered or authorised one act ("ordered by a court" vs "on the orders of the
  army"), or that no such order was given ("there was no court order").
- occurrence: a report that the incident's act did not happen (same sub-event type) against
  reports that it did. A denied killing inside a raid is a number, not a denial of the raid, and
  so is "no arrests have been made"; a denied event given a toll was not what the negation
  denied ("not giving out any details of the shooting death").
Cue words are in `contradiction_words.tsv`, words of one meaning in `word_families.tsv`.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.assess.figures import CIVILIANS, Reported, conflicting, contested, overlap
from corroborate.assess.grouping import single_link
from corroborate.assess.victims import civilian_groups, victim_groups
from corroborate.consolidate.actors import (
    abbreviates,
    actor_key,
    initials,
    is_acronym,
    seeded_aliases,
)
from corroborate.extract.events import DAY_SLACK  # a night raid is told as of either day
from corroborate.lexicons import alternation, read_rows, word_categories
from corroborate.model import (
    Actor,
    Claim,
    ContradictionKind,
    Document,
    Event,
    Modality,
    Qualifier,
    Stance,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ASSERTING = {Stance.ASSERTS.value, Stance.CONFESSES.value, Stance.ALLEGES.value}
# Clause boundaries: sentence ends, quotes, and a conjunction or relative joining two clauses.
_BOUNDARY = re.compile(
    r"[.;:!?\"“”]+\s*|,\s+(?=(?:and|but|while|whereas|which|who|where|in\s+which)\b)"
    r"|\s+(?:and|but)\s+that\s+|\s+but\s+"
)
# a short phrase in scare quotes inside a clause ('40 "apostate soldiers" had been killed') is
# part of it: its quote marks end no clause
_SCARE_QUOTES = re.compile(r"(?<=\w )[\"“]([^\"“”.;:!?,]{1,40})[\"”](?= [a-z])")
_THAT = re.compile(r"\bthat\s+")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but)\s+", re.IGNORECASE)
# a clause that only echoes the one before ("..., and neither has Haroon Siddiqui")
_ECHO = re.compile(
    r"^(?:neither|nor|so)\s+(?:has|have|had|did|does|do|is|are|was|were|will|would|can|could)\b",
    re.IGNORECASE,
)
_ZERO = ("no", "nobody", "none", "no one", "nothing")
_ZERO_BEFORE = re.compile(r"(?i)\b(?:no|zero|not\s+a\s+single|not\s+any)\s+$")
_EVENT_ACCOUNT_WORDS = 2  # content words a denial shares with what opposes it
_SHARE_OF_DENIED = 0.5  # and the share of the denial's content words they are
_SAME_EVENT_WORDS = 3  # content words a denied link shares with the other event's account
_AUTHORITY_WORDS = 6  # longest authority name read after "ordered by"


@dataclass
class Side:
    """One side of a contradiction."""

    value: Any
    summary: str
    claims: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "claims": sorted(set(self.claims)),
            "events": sorted(set(self.events)),
            "value": self.value,
            "summary": self.summary,
        }


@dataclass
class Found:
    """A contradiction before it is stored; `accounts` say who says what, for its question."""

    kind: str
    key: str  # what it is about (figure kind, claim, "authority"), for a stable id
    summary: str
    sides: list[Side]
    accounts: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Statement:
    """A claim about the incident, with its document and source key."""

    claim: Claim
    document: Document
    source: str


Separate = frozenset[frozenset[str]]  # pairs of document ids about separate events


@dataclass(frozen=True)
class Clause:
    """A clause of a claim's content: its text, content words and whether it says no."""

    text: str
    words: frozenset[str]
    negated: bool


# --------------------------------------------------------------------------- language data


def cue_words() -> dict[str, frozenset[str]]:
    """Role -> its words and phrases (lower case), from contradiction_words.tsv."""
    return word_categories("corroborate.assess", "contradiction_words.tsv")


# Fabrication cues that come before what they disown ("a so-called encounter", "fake
# encounter"); the others follow it ("the weapons had been planted").
_PREFIX_CUES = cue_words()["prefix"]


@functools.cache
def word_families() -> dict[str, str]:
    """Word -> the word it is folded to, from word_families.tsv."""
    return {
        row["word"].strip().lower(): row["family"].strip().lower()
        for row in read_rows("corroborate.assess", "word_families.tsv")
    }


@functools.lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A word folded for comparison: its family, else a light suffix strip ("ordered" -> order)."""
    families = word_families()
    word = word.lower().replace("’", "'").removesuffix("'s")
    if word in families:
        return families[word]
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + replacement
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return families.get(word, word)


@functools.lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Content words of a text, folded (stop words and negations dropped). Cached: a large
    incident is assessed again for every article that joins it, its claims and evidence with it."""
    negations = cue_words()["negation"]
    return frozenset(
        stem(w)
        for w in _WORD.findall(text)
        if w.lower() not in STOP_WORDS and w.lower() not in negations and "n't" not in w.lower()
    )


@functools.lru_cache(maxsize=65536)
def _has(text: str, role: str) -> bool:
    """True when the text holds a word or phrase of the role (cached: asked of every pair of a
    denied and an affirmed clause, and again whenever their incident is assessed)."""
    lowered = _spaced_words(text)
    return any(
        f" {cue} " in lowered or (cue.startswith("n'") and f"{cue} " in lowered)
        for cue in cue_words().get(role, ())
    )


def _fabricated(text: str) -> bool:
    """True when the text says evidence was made up ("the weapons had been planted"); a bomb
    planted ("a bomb planted on a motorcycle", "had planted the device") is the attack; a
    clause that supposes it ("if the inquiry finds the encounter was staged") says nothing."""
    if not _names_fabrication(text):
        return False
    told = [c.text for c in clauses(text) if not _conditional(c.text)]
    return bool(told) and _names_fabrication(" ".join(told))


def _names_fabrication(text: str) -> bool:
    """A fabrication cue in the text, bombs planted taken out, or a weapon laid by the dead."""
    spaced = _spaced_words(text)
    return _has(_planted_explosive().sub(" ", spaced), "fabrication") or bool(
        _weapon_laid_by_the_dead().search(spaced)
    )


@functools.cache
def _weapon_laid_by_the_dead() -> re.Pattern[str]:
    """ "placing revolvers beside the bodies", "left a pistol near the body": evidence made up
    as "planted" says, in _spaced_words form; the weapon is the group named "weapon". A weapon
    the layer owns ("the gunman dropped his pistol near the body") is his own, left behind."""
    words = cue_words()
    gap = r"(?: [\w'-]+){0,2}"
    own = alternation(words["owner_word"])
    unowned = rf"(?: (?!(?:{own}) )[\w'-]+){{0,2}}"
    laying, weapon = alternation(words["laying_verb"]), alternation(words["laid_weapon"])
    beside, body = alternation(words["beside_word"]), alternation(words["body_word"])
    return re.compile(
        rf" (?:{laying}){unowned} (?P<weapon>{weapon}) (?:{beside}){gap} (?:{body})(?= )"
    )


@functools.cache
def _planted_explosive() -> re.Pattern[str]:
    """ "planted" or "planting" within three words of an explosive, on either side, in
    _spaced_words form."""
    explosive = alternation(cue_words()["explosive"])
    near = r"(?: [\w'-]+){0,3}"
    planted = "plant(?:ed|ing)"
    return re.compile(
        rf" (?:{explosive}){near} {planted}(?= )| {planted}{near} (?:{explosive})(?= )"
    )


@functools.lru_cache(maxsize=8192)
def _spaced_words(text: str) -> str:
    """The text's words, lower case, one space apart and around (asked of one claim's text for
    every role and every pair of clauses compared)."""
    words = " ".join(w.lower().replace("’", "'") for w in _WORD.findall(text))
    return f" {words} "


@functools.cache
def _negation_patterns() -> tuple[re.Pattern[str], ...]:
    """One pattern per word of negation, compiled once (escaped and compiled anew on every
    call, they were half the assessment's time)."""
    return tuple(
        re.compile(re.escape(cue) if cue.startswith("n'") else rf"(?i)\b{re.escape(cue)}\b")
        for cue in cue_words()["negation"]
    )


@functools.lru_cache(maxsize=8192)
def _first_negation(text: str) -> int:
    """Where the first word of negation of a text begins (0 where there is none; cached: asked
    of a denial against every clause held against it)."""
    return min(
        (m.start() for pattern in _negation_patterns() if (m := pattern.search(text))),
        default=0,
    )


@functools.lru_cache(maxsize=8192)
def clauses(text: str) -> tuple[Clause, ...]:
    """The clauses of a claim's content; a negated one starts after its last "that"."""
    found = []
    for piece in _BOUNDARY.split(_SCARE_QUOTES.sub(r"\1", text)):
        # (a clause split off before its "and" / "but" is quoted without it)
        piece = _LEADING_CONJUNCTION.sub("", piece.strip(" ,\"“”'"))
        if not piece:
            continue
        negated = _has(piece, "negation")
        if negated:
            first = _first_negation(piece)
            thats = [m.end() for m in _THAT.finditer(piece) if m.end() <= first]
            if thats:
                piece = piece[thats[-1] :]
        found.append(Clause(piece, content_words(piece), negated))
    return tuple(found)


def voice(claim: Claim | None, document: Document) -> str:
    """Who says it, in words: the speaker, else the outlet's reporter."""
    if claim is not None and claim.speaker_name:
        return claim.speaker_name
    outlet = document.outlet.name if document.outlet else None
    return f"the report in {outlet}" if outlet else f"the report {document.id}"


# --------------------------------------------------------------------------- number


def _quoted(value: Reported) -> bool:
    return value.claim is not None and bool(value.claim.speaker_name)


def independent(a: Reported, b: Reported, separate: Separate = frozenset()) -> bool:
    """True when two values can contradict: other sources, not reports that say they are of
    separate events, and inside one report two speakers."""
    if a.source == b.source or frozenset((a.document.id, b.document.id)) in separate:
        return False
    if _separate_acts(a, b):
        return False
    return a.document.id != b.document.id or (_quoted(a) and _quoted(b))


# Figures that count what one act did: arrests or seizures of other days are other acts.
ACT_FIGURES = frozenset({"arrested", "seized"})


def _separate_acts(a: Reported, b: Reported) -> bool:
    """Arrests (or seizures) told of days apart are two acts, not two accounts of one: three
    suspects arrested the day after an attack and its planner arrested a week later."""
    if a.figure.kind not in ACT_FIGURES or a.event_day is None or b.event_day is None:
        return False
    return abs(a.event_day - b.event_day) > DAY_SLACK


def separate_documents(
    statements: list[Statement], events: list[Event], documents: dict[str, Document]
) -> Separate:
    """Pairs of documents about separate events: one says its event is not linked to the event
    the other tells ("It was not connected to Monday night's block party shooting on West Center
    Street"), so their figures are not two accounts of one toll."""
    told: dict[str, set[str]] = defaultdict(set)
    for statement in statements:
        told[statement.document.id] |= content_words(statement.claim.text)
    for event in events:
        text = documents[event.document_id].text
        told[event.document_id] |= content_words(" ".join(text[s:e] for s, e in event.evidence))
    relation = {stem(w) for w in cue_words()["relation"]}
    pairs = set()
    for statement in statements:
        for clause in clauses(statement.claim.text):
            if not clause.negated or not _has(clause.text, "relation"):
                continue
            other = clause.words - relation
            for document, words in told.items():
                if document != statement.document.id and len(other & words) >= _SAME_EVENT_WORDS:
                    pairs.add(frozenset((statement.document.id, document)))
    return frozenset(pairs)


_AS_STATED = {
    Qualifier.AT_LEAST.value: "at least {}",
    Qualifier.MORE_THAN.value: "more than {}",
    Qualifier.ABOUT.value: "about {}",
    Qualifier.AT_MOST.value: "at most {}",
}


def number_contradictions(
    values: dict[str, list[Reported]], separate: Separate = frozenset()
) -> list[Found]:
    """Per figure kind: current values that cannot all be true, from independent sources."""
    found = []
    for kind, reported in sorted(values.items()):
        groups = conflicting(contested(reported))
        groups = [
            g
            for g in groups
            if any(independent(a, b, separate) for h in groups if h is not g for a in g for b in h)
        ]
        if len(groups) < 2:
            continue
        sides = []
        for group in groups:
            # a count of a part that joined the group only as a part ("four suspects", "four
            # of the attackers" beside six and more than ten soldiers) is no side's number:
            # it agrees with every other side
            others = [w for h in groups if h is not group for w in h]
            wholes = [v for v in group if not all(overlap(v, w) for w in others)] or group
            points = sorted({v.point for v in wholes})
            # each number as stated: "about 15" against "more than 20" is read as a dispute of
            # rough counts, not of two exact ones
            shown = ", ".join(
                dict.fromkeys(
                    _AS_STATED.get(v.figure.qualifier, "{}").format(v.point)
                    for v in sorted(wholes, key=lambda v: (v.point, v.figure.qualifier))
                )
            )
            who = _listed(voice(v.claim, v.document) for v in wholes)
            sides.append(
                Side(
                    value=points[0] if len(points) == 1 else points,
                    summary=f"{kind} {shown} ({who})",
                    claims=[v.claim.id for v in group if v.claim],
                    events=[v.event.id for v in group],
                )
            )
        found.append(
            Found(
                ContradictionKind.NUMBER.value,
                kind,
                f"Accounts of how many were {kind} differ: "
                + " vs ".join(s.summary for s in sides),
                sides,
            )
        )
    return found


# --------------------------------------------------------------------------- occurrence


def _zero_count(clause: Clause) -> bool:
    """A negated count ("no one was killed", "nobody was harmed"): a number, not a denial."""
    lowered = f" {clause.text.lower()} "
    return _has(clause.text, "figure") and any(f" {z} " in lowered for z in _ZERO)


def _comparison(clause: Clause) -> bool:
    """A negated comparison ("nothing is more important to us than their safety"): praise, not
    a denial."""
    return _has(clause.text, "comparative") and " than " in f" {clause.text.lower()} "


def _denies_only_a_link_or_count(claim: Claim) -> bool:
    """A denial whose every negated clause is about a link between events or a zero count."""
    negated = [c for c in clauses(claim.text) if c.negated]
    return bool(negated) and all(_has(c.text, "relation") or _zero_count(c) for c in negated)


def occurrence_contradictions(
    events: list[Event],
    documents: dict[str, Document],
    claims_of: dict[str, list[Claim]],
    sources: dict[str, str],
    sub_event_type: str | None,
) -> list[Found]:
    """Reports that the incident's act did not happen against reports that it did."""

    def same_act(event: Event) -> bool:
        return sub_event_type is None or event.sub_event_type == sub_event_type

    def denial(event: Event) -> bool:
        if event.modality != Modality.DENIED.value or not same_act(event):
            return False
        if event.figures and all(f.qualifier == "zero" for f in event.figures):
            return False  # "no one was killed": a number
        text = documents[event.document_id].text
        if _has(event.text, "figure") and _ZERO_BEFORE.search(
            text[max(0, event.start - 20) : event.start]
        ):
            return False  # "no arrests have been made": a count of none, not "no clash"
        denying = [c for c in claims_of.get(event.id, []) if c.stance == Stance.DENIES.value]
        if not denying and any(f.qualifier != "zero" for f in event.figures):
            return False  # a toll of what did not happen: the negation is about something else
        return not (denying and all(_denies_only_a_link_or_count(c) for c in denying))

    denied = [e for e in events if denial(e)]
    # a denied ill-treatment of those held ("denied that soldiers had tortured the men") is
    # no denial of the raid that held them, though both are attacks: only of ill-treatment
    mistreated = {_has(e.text, "ill_treatment") for e in denied}
    occurred = [
        e
        for e in events
        if e.modality == Modality.OCCURRED.value
        and same_act(e)
        and _has(e.text, "ill_treatment") in mistreated
    ]
    if not occurred or not denied:
        return []
    if not {sources[e.id] for e in occurred} - {sources[e.id] for e in denied}:
        return []  # one source's own account of what did and did not happen
    one_document = {e.document_id for e in occurred} | {e.document_id for e in denied}
    if len(one_document) == 1 and not any(claims_of.get(e.id) for e in denied):
        return []  # an article's own account of what did not happen beside what did

    def side(group: list[Event], value: str) -> Side:
        claims = [c for e in group for c in claims_of.get(e.id, [])]
        who = _listed(
            {voice(c, documents[c.document_id]) for c in claims}
            or {voice(None, documents[e.document_id]) for e in group}
        )
        verb = "it happened" if value == "occurred" else "it did not happen"
        return Side(
            value=value,
            summary=f"{who}: {verb}",
            claims=[c.id for c in claims],
            events=[e.id for e in group],
        )

    sides = [side(occurred, "occurred"), side(denied, "denied")]
    return [
        Found(
            ContradictionKind.OCCURRENCE.value,
            "occurrence",
            f"Whether it happened at all: {sides[0].summary} vs {sides[1].summary}",
            sides,
        )
    ]


# ---------------------------------------------------------------- polarity and responsibility


@dataclass(frozen=True)
class _Disputed:
    """A proposition a statement denies or disowns, and what kind of contradiction it makes;
    `thing` is what a claim of fabrication disowns (its first content word, "weapons")."""

    statement: Statement
    clause: Clause
    kind: str
    thing: str | None = None
    # a denial that evidence was made up ("denied planting guns on the dead"): opposed by a
    # claim that it was, not by the account of the killing the guns were found at
    fabrication_denied: bool = False

    def opposes(self, clause: Clause) -> bool:
        """True when an affirmative clause states what this denies or disowns."""
        if self.fabrication_denied:  # of the same thing: guns planted, not a confession forced
            denied = disowned(self.clause.text)
            return _fabricated(clause.text) and denied in (None, disowned(clause.text))
        if self.thing is not None:
            return self.thing in clause.words and not _told_at_a_distance(clause.text, self.thing)
        shared = self.clause.words & clause.words
        if _has(self.clause.text, "order") and not shared & _order_stems():
            return False  # a denied order is opposed by a statement of that order
        if _other_group_acted(self.clause.text, clause.text):
            return False  # "its troops did not kill anyone" against "killed when gunmen attacked"
        if _has(self.clause.text, "ill_treatment"):
            # "had not tortured the men arrested": not opposed by "soldiers raided Mamfe", but
            # by any telling of ill-treatment in the incident ("a confession extracted under
            # torture"), however few other words they share
            return _has(clause.text, "ill_treatment")
        return _states(self.clause.words, clause.words)


QUOTES = "'’"


@functools.lru_cache(maxsize=8192)
def _groups_named(text: str) -> frozenset[str]:
    """The groups of people (victim_groups.tsv: soldiers, police, attackers ...) a text names
    (cached: asked of each clause against every denial)."""
    groups = victim_groups()
    return frozenset(groups[w] for w in (w.lower() for w in _WORD.findall(text)) if w in groups)


# The group named by what it did ("gunmen", "attackers", "assailants"): whoever a clause names
# so is the one who did it, not a victim
_ATTACKERS = "attackers"


def _other_group_acted(denied: str, told: str) -> bool:
    """True when a denial is of what a group of no civilians did, named before its negation
    ("its troops did not kill anyone"), and the clause held against it tells of attackers
    ("five people were killed when gunmen attacked the market") and not of that group: the two
    agree that others did it. (A clause naming no attackers, "five people were killed", or
    naming the group too, "gunmen and soldiers exchanged fire", still opposes.)"""
    subject = _groups_named(denied[: _first_negation(denied)]) - civilian_groups() - {_ATTACKERS}
    named = _groups_named(told)
    return bool(subject) and _ATTACKERS in named and not subject & named


def _told_at_a_distance(text: str, thing: str) -> bool:
    """True when a clause names `thing` only as another's account or in scare quotes ("hours
    before the police said the gunfight took place", "the police account of a gunfight",
    "Garchuk 'encounter' victims"): it does not assert it."""
    words = _WORD.findall(text)
    at = next((i for i, w in enumerate(words) if stem(w.strip(QUOTES)) == thing), None)
    if at is None:
        return False
    if re.search(rf"['‘\"“]{re.escape(words[at].strip(QUOTES))}['’\"”]", text):
        return True
    return any(w.lower() in cue_words()["hearsay"] for w in words[:at])


def _states(denied: frozenset[str], told: Iterable[str]) -> bool:
    """True when `told` shares enough of a denied proposition's content words to state it:
    two, and half of the proposition's ("officers had not used live ammunition" against "fired
    live rounds": police, live, ammunition)."""
    shared = len(denied & set(told))
    return shared >= _EVENT_ACCOUNT_WORDS and shared >= _SHARE_OF_DENIED * len(denied)


@functools.cache
def _order_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in cue_words()["order"])


@functools.cache
def _fabrication_stems() -> frozenset[str]:
    return frozenset(stem(w) for cue in cue_words()["fabrication"] for w in cue.split())


# the verb before a passive participle of fabrication ("the guns were planted")
_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_ARTICLES = frozenset({"a", "an", "the", "any", "some"})
_HAVE_FORMS = frozenset({"has", "have", "had", "having"})


def disowned(text: str) -> str | None:
    """What a claim of fabrication says was made up: the first content word of the phrase the
    cue qualifies ("the weapons had been planted" -> weapon; "the so-called confession" ->
    confess)."""
    lowered = text.lower().replace("’", "'")
    for cue in sorted(cue_words()["fabrication"], key=len, reverse=True):
        at = re.search(rf"(?<![\w-]){re.escape(cue)}(?![\w-])", lowered)
        if at is None:
            continue
        after = [stem(w) for w in _WORD.findall(text[at.end() :]) if w.lower() not in STOP_WORDS]
        said = _WORD.findall(text[: at.start()])
        before = [stem(w) for w in said if w.lower() not in STOP_WORDS]
        # "so-called X" and an active "planted guns" qualify what follows; a passive ("the
        # weapons shown to the media had been brought from outside", "the confession had been
        # obtained under torture") its subject, the first word before; "signed a confession
        # under duress" the nearest word before
        next_words = _WORD.findall(text[at.end() :])[:3]
        following = [w for w in next_words if w.lower() not in _ARTICLES][:1]
        auxiliaries = [w.lower() in _BE_FORMS | _HAVE_FORMS for w in said[-2:]]
        passive = bool(said) and (said[-1].lower() in _BE_FORMS or auxiliaries[:1] == [True])
        active = bool(following) and following[0].lower() not in STOP_WORDS and not passive
        if cue in _PREFIX_CUES or active or not before:
            words = after
        else:
            words = before if passive else before[::-1]
        words = [w for w in words if w not in _fabrication_stems()]
        if words:
            return words[0]
    laid = _weapon_laid_by_the_dead().search(_spaced_words(text))
    return stem(laid["weapon"]) if laid else None


def account_named(text: str) -> str | None:
    """What an account, version or report a denial rejects is of, where a common word before
    it says ("the robbery account" -> robbery; not "the police account", whose account, nor
    "the Reuters report")."""
    words = cue_words()
    found = _WORD.findall(text)
    # the word opens the noun phrase after a determiner: not "a joint investigation team
    # report" (whose team), nor any word of a longer name
    for opener, before, after in zip(found, found[1:], found[2:], strict=False):
        lowered = before.lower()
        if (
            opener.lower() in STOP_WORDS
            and after.lower() in words["source"]
            and before.islower()
            and lowered not in STOP_WORDS
            and lowered not in words["source"] | words["plural_body"] | words["negation"]
        ):
            return stem(before)
    return None


def disputed_propositions(statement: Statement) -> list[_Disputed]:
    """What a statement denies (its negated clauses) or disowns (evidence it says was made up)."""
    claim = statement.claim
    fabricated = _fabricated(claim.text)
    if claim.stance != Stance.DENIES.value and not fabricated:
        return []
    if claim.stance == Stance.DENIES.value and fabricated:
        # "police denied planting guns on the dead": no denial of the killing, nor a claim of
        # fabrication of its own, but a denial of another's claim that evidence was made up
        clause = Clause(claim.text, frozenset(content_words(claim.text)), True)
        return [_Disputed(statement, clause, ContradictionKind.POLARITY.value, None, True)]
    parts = clauses(claim.text)
    negated = [c for c in parts if c.negated]
    # A denial that also says who did it instead ("They came in and started shooting").
    counter = False
    if claim.stance == Stance.DENIES.value and negated:
        chosen = negated
        counter = any(not c.negated and _has(c.text, "act") for c in parts)
    else:
        text = " ".join(c.text for c in parts)
        chosen = [Clause(text, frozenset(content_words(text) - _fabrication_stems()), False)]
    found = []
    for clause in chosen:
        if (
            _has(clause.text, "relation")
            or _zero_count(clause)
            or _comparison(clause)
            or authority_mentions(clause.text)
        ):
            continue
        if not fabricated and not clause.negated and _has(clause.text, "source"):
            # "denied the accusation": the accusation's own claims say what; but "rejected the
            # robbery account" denies what another source says of robbery
            thing = account_named(clause.text)
            if thing is not None:
                found.append(_Disputed(statement, clause, ContradictionKind.POLARITY.value, thing))
            continue
        # "denied that herders were behind the attack": who did it, not whether it happened
        culprit = None if fabricated or clause.negated else culprit_named(clause.text)
        responsibility = (
            fabricated
            or culprit is not None
            or _has(clause.text, "order")
            or (counter and _has(clause.text, "act"))
        )
        kind = ContradictionKind.RESPONSIBILITY if responsibility else ContradictionKind.POLARITY
        thing = disowned(claim.text) if fabricated else culprit
        if fabricated and thing is None:
            continue
        found.append(_Disputed(statement, clause, kind.value, thing))
    return found


def culprit_named(text: str) -> str | None:
    """Who a clause says was behind an act: the last content word before its word of
    culpability ("herders were behind the Daffo attack", "that herders were involved" ->
    herder), else None."""
    lowered = _spaced_words(text)
    for cue in sorted(cue_words()["culpability"], key=len, reverse=True):
        at = lowered.find(f" {cue} ")
        if at < 0:
            continue
        before = [w for w in lowered[:at].split() if w not in STOP_WORDS]
        return stem(before[-1]) if before else None
    return None


def affirmed_clauses(statement: Statement) -> list[Clause]:
    """The affirmative clauses of an assertion, allegation or confession (none of a denial)."""
    claim = statement.claim
    if claim.stance not in _ASSERTING or _fabricated(claim.text):
        return []
    extra = {"confess"} if _confession(statement) else set()
    return [
        Clause(c.text, c.words | extra, False)
        for c in clauses(claim.text)
        if not c.negated and not _conditional(c.text)
    ]


def _conditional(text: str) -> bool:
    """A clause that opens with a condition ("If the inquiry finds the encounter was staged,
    the officers may be charged"): what it tells is supposed, not asserted."""
    opening = text.lstrip(" \"“”'")
    first = _WORD.match(opening)
    if first is None or first.group().lower() not in cue_words()["condition"]:
        return False
    # "Whether or not they were armed, ...", "If anything, ...": the clause after the comma is
    # told whatever the case (concession)
    supposed = _spaced_words(opening.split(",")[0])
    return not any(f" {phrase} " in supposed for phrase in cue_words()["concession"])


def _reporter_accounts(
    disputed: _Disputed, events: list[Event], documents: dict[str, Document], quoted: dict
) -> list[Event]:
    """Other documents' own accounts of the event (their reporter's words, not a quote)."""
    accounts = []
    for event in events:
        if event.document_id == disputed.statement.document.id or (
            event.modality != Modality.OCCURRED.value
        ):
            continue
        text = documents[event.document_id].text
        spans = quoted.get(event.document_id, [])
        told = " ".join(
            text[s:e] for s, e in event.evidence if not any(s < q1 and q0 < e for q0, q1 in spans)
        )
        if _states(disputed.clause.words, content_words(told)) and (
            not _has(disputed.clause.text, "ill_treatment") or _has(told, "ill_treatment")
        ):
            accounts.append(event)
    return accounts


def _confession(statement: Statement) -> bool:
    """A confession of someone's own act; a group's claim of responsibility ("ISWAP claims
    market bombing") is none a detainee's family can say was forced out of him."""
    claim = statement.claim
    cue = statement.document.text[claim.cue_start : claim.cue_end].lower()
    return (
        claim.stance == Stance.CONFESSES.value
        and claim.speaker_kind != "organisation"
        and not cue.startswith("claim")
    )


def _confessed_apart(confession: Statement, disputing: Statement) -> bool:
    """A confession and another speaker's word that it was forced, told by one report of two
    unnamed people ("a man arrested ... was shown confessing", "his family said the confession
    had been extracted under duress"): two voices, though both are the outlet's source."""
    a, b = confession.claim, disputing.claim
    return (
        _confession(confession)
        and bool(a.speaker_name)
        and bool(b.speaker_name)
        and a.speaker_name != b.speaker_name
        and _fabricated(b.text)
    )


def _answered_in_passing(denial: Statement, accusation: Statement) -> bool:
    """ "X accuses Y of Z, which Y denies": both claims have one content span. The reporter's
    balancing formula records a standing dispute, kept as its two claims; it is not a
    contradiction about the incident's facts."""
    a, b = denial.claim, accusation.claim
    return a.document_id == b.document_id and (a.start, a.end) == (b.start, b.end)


def claim_contradictions(
    statements: list[Statement], events: list[Event], documents: dict[str, Document]
) -> list[Found]:
    """Polarity and responsibility: what one source asserts and another denies or disowns."""
    affirmed = [(s, c) for s in statements for c in affirmed_clauses(s)]
    # claims that evidence was made up, which only a denial of that opposes
    fabrications = [
        (s, c)
        for s in statements
        if s.claim.stance in _ASSERTING and _fabricated(s.claim.text)
        for c in clauses(s.claim.text)
        if not c.negated
    ]
    quoted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s in statements:
        claim = s.claim
        quoted[claim.document_id].append(
            (
                min(claim.start, claim.cue_start, claim.speaker_start or claim.start),
                max(claim.end, claim.cue_end, claim.speaker_end or claim.end),
            )
        )
    items: list[tuple[_Disputed, list[tuple[Statement, Clause]], list[Event]]] = []
    for statement in statements:
        for disputed in disputed_propositions(statement):
            if disputed.thing is None and len(disputed.clause.words) < _EVENT_ACCOUNT_WORDS:
                continue
            opposed = [
                (s, c)
                for s, c in (fabrications if disputed.fabrication_denied else affirmed)
                if (s.source != statement.source or _confessed_apart(s, statement))
                and not _answered_in_passing(statement, s)
                and disputed.opposes(c)
            ]
            accounts = (
                []
                if opposed
                or disputed.kind != ContradictionKind.POLARITY.value
                or disputed.fabrication_denied  # a report of the raid says nothing was planted
                else _reporter_accounts(disputed, events, documents, quoted)
            )
            if opposed or accounts:
                items.append((disputed, opposed, accounts))
    # One contradiction per disputed proposition: denials of the same assertions join.
    opposed_ids = [{s.claim.id for s, _ in item[1]} | {e.id for e in item[2]} for item in items]
    numbered = list(range(len(items)))
    merged = single_link(
        numbered,
        lambda a, b: items[a][0].kind == items[b][0].kind and bool(opposed_ids[a] & opposed_ids[b]),
    )
    return [_claims_found([items[i] for i in group], documents) for group in merged]


def _claims_found(
    group: list[tuple[_Disputed, list[tuple[Statement, Clause]], list[Event]]],
    documents: dict[str, Document],
) -> Found:
    """A polarity or responsibility contradiction from denials and the assertions they oppose."""
    disputing = sorted(
        {d.statement.claim.id: d for d, _, _ in group}.values(),
        key=lambda d: (d.statement.document.id, d.statement.claim.start),
    )
    pairs = [pair for _, opposing, _ in group for pair in opposing]
    opposed = {s.claim.id: (s, c) for s, c in pairs}
    accounts = {e.id: e for _, _, events in group for e in events}
    pro_statements = [s for s, _ in opposed.values()]
    pro_voices = {voice(s.claim, s.document) for s in pro_statements} | {
        voice(None, documents[e.document_id]) for e in accounts.values()
    }
    asserting = Side(
        value="asserts",
        summary=_voiced(pro_voices, "asserts") + " it",
        claims=list(opposed),
        events=list(accounts) + [s.claim.event_id for s in pro_statements if s.claim.event_id],
    )
    verb = "denies" if group[0][0].kind == ContradictionKind.POLARITY.value else "disputes"
    denying = Side(
        value="denies",
        summary=_voiced((voice(d.statement.claim, d.statement.document) for d in disputing), verb)
        + " it",
        claims=[d.statement.claim.id for d in disputing],
        events=[d.statement.claim.event_id for d in disputing if d.statement.claim.event_id],
    )
    first = disputing[0]
    # The clearest assertion (most words in common with the denials, a named speaker, the
    # fuller clause) stands for its side in the summary and the question.
    denied = frozenset().union(*(d.clause.words for d in disputing))
    clearest = (
        max(
            pairs,
            key=lambda sc: (
                len(denied & sc[1].words),
                sc[0].claim.speaker_kind in ("person", "organisation"),
                len(sc[1].words),
            ),
        )
        if pairs
        else None
    )
    said = f": “{_short(clearest[1].text)}”" if clearest else ""
    summary = f"{asserting.summary}{said}; {denying.summary}: “{_short(_bare(first))}”"
    lines = []
    if clearest is not None:
        lines.append(f"{_says(clearest[0])} “{clearest[1].text}”")
    elif accounts:
        lines.append(f"{_voices_of_events(accounts.values(), documents)} report it")
    # one line a voice, however its reports spell it ("Alhaji Muhammad Adamu Bello" and
    # "Mohammed Adamu Bello"), as the summary counts it
    heard = set()
    for d in disputing:
        # (a denial of planting guns is a denial; a claim the guns were planted disowns)
        denial = d.fabrication_denied or (
            not d.clause.negated and not _fabricated(d.statement.claim.text)
        )
        who = actor_key(voice(d.statement.claim, d.statement.document))
        if who not in heard:
            heard.add(who)
            lines.append(f"{_says(d.statement, denial=denial)} “{_bare(d)}”")
    return Found(first.kind, first.statement.claim.id, summary, [asserting, denying], lines)


# ------------------------------------------------------------- who the victims were


_VICTIM_ROLE = {"killed": "dead", "injured": "hurt"}


def _civilians_named(group: str) -> tuple[frozenset[str], frozenset[str]]:
    """The civilian groups a zero names and their nouns in victim_groups.tsv: all of them for
    "no civilians", else its own group's ("no children": children, boys, girls)."""
    groups = frozenset(civilian_groups() if group == CIVILIANS else {group})
    return groups, frozenset(word for word, named in victim_groups().items() if named in groups)


# Words between a civilian noun and the word of the victims it names, at most: "killed in the
# drone strike on a wedding in Sénoussa on November 21, all of them civilians" is 15 apart; much
# further, the noun is often someone else, a speaker or a witness ("27 people were killed ...
# [30 words] ..., a local official and a health worker said").
_VICTIMS_NEAR = 20
_ANY_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _names_civilian_victims(text: str, words: frozenset[str], role: str) -> bool:
    """True when a clause names civilians near a word of the victims of `role` ("the dead were
    civilians", "killed nine people, including four children")."""
    said = [w.lower() for w in _ANY_WORD.findall(text)]
    victims = cue_words()[role]
    at_victims = [i for i, w in enumerate(said) if w in victims]
    return any(
        abs(i - j) <= _VICTIMS_NEAR for i, w in enumerate(said) if w in words for j in at_victims
    )


def civilian_contradictions(
    values: dict[str, list[Reported]],
    statements: list[Statement],
    separate: Separate = frozenset(),
) -> list[Found]:
    """Whether civilians were among the victims: zeros of civilians ("no civilians were
    killed") against other sources' statements that they were, a clause naming civilians
    killed or hurt or a count of civilians killed or hurt ("12 civilians were killed")."""
    zeros = [v for kind in _VICTIM_ROLE for v in values.get(kind, []) if v.civilian_zero]
    denying: dict[int, Reported] = {}
    said: dict[str, tuple[Statement, Clause]] = {}
    counts: dict[int, Reported] = {}
    for zero in zeros:
        groups, words = _civilians_named(zero.counted.group or CIVILIANS)
        role = _VICTIM_ROLE[zero.figure.kind]
        for statement in statements:
            if statement.source == zero.source:
                continue
            for clause in affirmed_clauses(statement):
                if _names_civilian_victims(clause.text, words, role):
                    said.setdefault(statement.claim.id, (statement, clause))
                    denying[id(zero)] = zero
        for value in values.get(zero.figure.kind, []):
            if (
                value.point > 0
                and not (value.denied or value.alleged)
                and value.counted.group in groups
                and independent(value, zero, separate)
            ):
                counts[id(value)] = value
                denying[id(zero)] = zero
    if not denying:
        return []
    zeros = sorted(
        denying.values(),
        key=lambda v: (v.published or dt.date.min, v.document.id, v.figure.start),
    )
    pro = [voice(s.claim, s.document) for s, _ in said.values()]
    pro += [voice(v.claim, v.document) for v in counts.values()]
    asserting = Side(
        value="asserts",
        summary=_voiced(pro, "asserts") + " it",
        claims=list(said) + [v.claim.id for v in counts.values() if v.claim],
        events=[s.claim.event_id for s, _ in said.values() if s.claim.event_id]
        + [v.event.id for v in counts.values()],
    )
    denied = Side(
        value="denies",
        summary=_voiced((voice(v.claim, v.document) for v in zeros), "denies") + " it",
        claims=[v.claim.id for v in zeros if v.claim],
        events=[v.event.id for v in zeros],
    )
    kinds = {v.figure.kind for v in zeros}
    victims = _VICTIM_ROLE[kinds.pop()] if len(kinds) == 1 else "victims"
    told = [(s.claim, s.document, c.text) for s, c in said.values()]
    told += [(v.claim, v.document, v.figure.text or "") for v in counts.values()]
    lines = list(dict.fromkeys(_told_line(c, d, t) for c, d, t in told))
    lines += list(
        dict.fromkeys(_told_line(v.claim, v.document, v.figure.text or "") for v in zeros)
    )
    # the plainest statement stands for its side: the shortest ("the dead were civilians")
    first = min((t for _, _, t in told), key=len, default="")
    summary = (
        f"Whether civilians were among the {victims}: {asserting.summary}: “{_short(first)}”; "
        f"{denied.summary}: “{zeros[0].figure.text}”"
    )
    return [Found(ContradictionKind.POLARITY.value, CIVILIANS, summary, [asserting, denied], lines)]


def _told_line(claim: Claim | None, document: Document, text: str) -> str:
    """ "Human Rights Watch says “...”", "Residents say “...”"."""
    who = voice(claim, document)
    return f"{who[0].upper()}{who[1:]} {'say' if _plural(who) else 'says'} “{text}”"


def _short(text: str, limit: int = 120) -> str:
    """A quotation cut at a word near `limit` characters."""
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _bare(disputed: _Disputed) -> str:
    """A disputed proposition as quoted: its clause, or its claim's content for a fabrication."""
    text = disputed.clause.text
    if disputed.thing is not None and _fabricated(disputed.statement.claim.text):
        text = next(
            (c.text for c in clauses(disputed.statement.claim.text) if _fabricated(c.text)),
            disputed.statement.claim.text,
        )
    elif _ECHO.match(text):  # quoted from the clause it echoes on
        content = disputed.statement.claim.text
        said = [c.text for c in clauses(content)]
        at = said.index(text) if text in said else 0
        start = content.find(said[at - 1]) if at else -1
        end = content.find(text, start) if start >= 0 else -1
        if end >= 0:
            text = content[start : end + len(text)]
    return re.sub(r"^(?:that)\s+", "", text.strip(' ,"“”'))


def _voices_of_events(events: Iterable[Event], documents: dict[str, Document]) -> str:
    who = _listed(voice(None, documents[e.document_id]) for e in events)
    return who[:1].upper() + who[1:]


def _says(statement: Statement, *, denial: bool = False) -> str:
    """ "Haki Watch alleges", "A journalist suggests", "The police deny"."""
    claim = statement.claim
    if denial:
        verb = "denies"
    elif claim.hedged:
        verb = "suggests"
    else:
        verb = {"alleges": "alleges", "confesses": "admits"}.get(claim.stance, "says")
    who = voice(claim, statement.document)
    if _plural(who):
        verb = _PLURAL_VERBS[verb]
    return f"{who[0].upper()}{who[1:]} {verb}"


_PLURAL_VERBS = {
    "says": "say",
    "asserts": "assert",
    "disputes": "dispute",
    "alleges": "allege",
    "denies": "deny",
    "suggests": "suggest",
    "admits": "admit",
}
# bodies named in the plural, capitalised or not ("the Rangers say", "Police say")
_PLURAL_BODIES = cue_words()["plural_body"]


def _distinct(voices: Iterable[str]) -> list[str]:
    """Voices once each, in order: one spelt twice ("Police", "police", "Touré", "Toure"), by
    its initials beside its full name ("JIT", "joint investigation team"; "KP government",
    "Khyber Pakhtunkhwa government"), or a person by the surname alone beside the one full
    name ending in it ("Mancha", "Istifanus Mancha") is one voice."""
    kept: dict[str, str] = {}
    for name in sorted(set(voices), key=lambda n: (n.isupper(), n.lower(), n)):
        key = actor_key(name)
        if key in kept or (is_acronym(name) and any(initials(k) == key for k in kept)):
            continue
        # "KP government" beside "Khyber Pakhtunkhwa government": the full name kept
        if any(abbreviates(name, other) for other in kept.values()):
            continue
        for short in [k for k, other in kept.items() if abbreviates(other, name)]:
            del kept[short]
        kept[key] = name
    surnamed = Counter(k.split()[-1] for k in kept if len(k.split()) > 1)
    return sorted(name for key, name in kept.items() if not (_surname(name) and surnamed[key] == 1))


def _surname(name: str) -> bool:
    """A name that may be a person's surname alone: one capitalised word, no body's name
    ("Police", "Rangers")."""
    return (
        len(name.split()) == 1
        and name[:1].isupper()
        and not name.isupper()
        and actor_key(name) not in seeded_aliases()
        and not _plural(name)
    )


def _listed(voices: Iterable[str]) -> str:
    return "; ".join(_distinct(voices))


def _voiced(voices: Iterable[str], verb: str) -> str:
    """Voices joined with the verb they take: "Haki Watch asserts", "X; Y assert"."""
    who = _distinct(voices)
    if len(who) > 1 or (who and _plural(who[0])):
        verb = _PLURAL_VERBS[verb]
    return f"{'; '.join(who)} {verb}"


def _plural(name: str) -> bool:
    """A speaker named in the plural: "governments", "party officials", "the Rangers",
    "governments of Pakistan and the United States"."""
    head = name.split(" of ")[0].split()
    last = head[-1]
    if last.lower() in _PLURAL_BODIES:
        return True
    # a capitalised word is a name's unless a lone head before "of" opens the name as a
    # sentence opens it: "Colleagues of Ramírez", "Relatives of the victims"
    common = last.islower() or (len(head) == 1 and " of " in name and last[1:].islower())
    return common and last.endswith("s") and not last.endswith("ss")


# ---------------------------------------------------------------- responsibility from events


_STATE = frozenset({"police", "paramilitary", "military", "state forces"})
_NON_STATE = frozenset(
    {"rebel group", "militia", "rioters", "civilians", "protesters", "political party"}
)


def _perpetrator(event: Event, actors: dict[str, Actor]) -> tuple[str, list[str]] | None:
    """Whether an event's perpetrators are state forces or not, and their names. An actor on
    both sides of the event tells nothing of who did it: "the six suspects opened fire on
    officers and were killed" makes the suspects actor1 and actor2 of the killing."""
    targets = {a.actor_id for a in event.actors if a.role == "actor2"}
    named = [
        actors[a.actor_id]
        for a in event.actors
        if a.role == "actor1" and a.actor_id in actors and a.actor_id not in targets
    ]
    kinds = {a.kind for a in named}
    if not named:
        return None
    if kinds <= _STATE:
        return "state", sorted({a.name for a in named})
    if kinds <= _NON_STATE:
        return "non-state", sorted({a.name for a in named})
    return None


def _same_harm(a: Event, b: Event) -> bool:
    """True when two events report the same toll (so plausibly the same shot)."""
    return any(
        f.kind == g.kind and f.kind in ("killed", "injured") and f.value == g.value
        for f in a.figures
        for g in b.figures
        if f.qualifier != "zero" and g.qualifier != "zero"
    )


def responsibility_contradictions(
    events: list[Event],
    actors: dict[str, Actor],
    sources: dict[str, str],
    documents: dict[str, Document],
    claims_of: dict[str, list[Claim]],
) -> list[Found]:
    """Reports of one act and toll blaming state forces against reports blaming others ("killed
    by Rangers fire" vs "killed by a gunman"), from independent sources in different documents.
    Two non-state names are no contradiction (a gunman and the man named may be one; an attack
    may have several)."""
    found = []
    by_act: dict[str | None, dict[str, list[tuple[list[str], Event]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for event in events:
        if event.modality not in (Modality.OCCURRED.value, Modality.ALLEGED.value):
            continue
        blamed = _perpetrator(event, actors)
        if blamed is not None:
            by_act[event.sub_event_type][blamed[0]].append((blamed[1], event))
    for act, blamed in sorted(by_act.items(), key=lambda kv: kv[0] or ""):
        state, others = blamed.get("state", []), blamed.get("non-state", [])
        if not any(
            x.document_id != y.document_id and sources[x.id] != sources[y.id] and _same_harm(x, y)
            for _, x in state
            for _, y in others
        ):
            continue
        sides = []
        for group in (state, others):
            names = sorted({n for ns, _ in group for n in ns})
            group_events = [e for _, e in group]
            claims = [c for e in group_events for c in claims_of.get(e.id, [])]
            who = _listed(
                {voice(c, documents[c.document_id]) for c in claims}
                or {voice(None, documents[e.document_id]) for e in group_events}
            )
            sides.append(
                Side(
                    value=names,
                    summary=f"{', '.join(names)} ({who})",
                    claims=[c.id for c in claims],
                    events=[e.id for e in group_events],
                )
            )
        found.append(
            Found(
                ContradictionKind.RESPONSIBILITY.value,
                f"actor1:{act}",
                "Accounts of who did it differ: " + " vs ".join(s.summary for s in sides),
                sides,
            )
        )
    return found


# --------------------------------------------------------------------------- authority

_DETERMINER = {"the", "a", "an", "any", "its", "their", "his", "her"}
_AUTHORITY_END = set(STOP_WORDS) - {"the"} | cue_words()["authority_end"]
_ORDERED_BY = re.compile(
    rf"(?i)\b(?:{alternation(cue_words()['ordering_verb'])})\s+by\s+"
    rf"|\b(?:on|under|upon)\s+(?:the\s+)?(?:{alternation(cue_words()['order_noun'])})"
    r"\s+(?:of|from)\s+"
    rf"|\bat\s+the\s+(?:{alternation(cue_words()['behest_noun'])})\s+of\s+"
)
_RATHER = re.compile(r"(?i)^\s*,?\s*(?:rather\s+than|not|instead\s+of)\s+(?:by\s+)?")
_NO_ORDER = re.compile(
    r"(?i)\b(?:no|without(?:\s+an?|\s+any)?)\s+((?:[\w\-]+\s+){0,2}?[\w\-]+)\s+"
    rf"(?:{alternation(cue_words()['warrant_noun'])})\b"
)
_SUBJECT_ORDERED = re.compile(
    r"\b(?:the\s+)?((?:[A-Z][\w\-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*)*)\s+"
    r"(?:had\s+)?(?:ordered|directed|authori[sz]ed)\b"
)


def _authority_name(text: str) -> str | None:
    """The name at the start of `text` ("the army's corps headquarters rather than" -> army's
    corps headquarters)."""
    words = []
    for match in re.finditer(r"[\w\-'’]+|[^\w\s]", text):
        word = match.group()
        if not re.match(r"[\w]", word):
            break
        if not words and word.lower() in _DETERMINER:
            continue
        if word.lower() in _AUTHORITY_END or len(words) == _AUTHORITY_WORDS:
            break
        words.append(word)
    return " ".join(words) or None


def authority_mentions(text: str) -> list[tuple[str, bool]]:
    """Authorities a text says ordered the act, each with False when it says they did not
    ("ordered by the army rather than by any court" -> [(army, True), (court, False)])."""
    found: list[tuple[str, bool]] = []
    for match in _ORDERED_BY.finditer(text):
        rest = text[match.end() :]
        name = _authority_name(rest)
        if not name:
            continue
        found.append((name, True))
        after = rest[rest.find(name) + len(name) :]
        rather = _RATHER.match(after)
        if rather:
            other = _authority_name(after[rather.end() :])
            if other:
                found.append((other, False))
    for match in _NO_ORDER.finditer(text):
        name = _authority_name(match.group(1))
        if name:
            found.append((name, False))
    for match in _SUBJECT_ORDERED.finditer(text):
        if not any(n == match.group(1) for n, _ in found):
            found.append((match.group(1), True))
    return found


def _authority_key(name: str) -> frozenset[str]:
    return content_words(name)


def _same_authority(a: tuple[Statement, str, bool], b: tuple[Statement, str, bool]) -> bool:
    """Authorities are one when one's words hold the other's ("court", "anti-terrorism court")."""
    key_a, key_b = _authority_key(a[1]), _authority_key(b[1])
    return key_a <= key_b or key_b <= key_a


def authority_contradictions(
    statements: list[Statement], act_of: dict[str, str | None]
) -> list[Found]:
    """Claims naming different authorities behind one act, or denying the order another names."""
    by_act: dict[str | None, list[tuple[Statement, str, bool]]] = defaultdict(list)
    for statement in statements:
        for name, said in authority_mentions(statement.claim.text):
            if _authority_key(name):
                by_act[act_of.get(statement.claim.id)].append((statement, name, said))
    found = []
    for act, mentions in sorted(by_act.items(), key=lambda kv: kv[0] or ""):
        clusters = single_link(mentions, _same_authority)
        named = [c for c in clusters if any(said for _, _, said in c)]
        refused = [c for c in clusters if any(not said for _, _, said in c)]
        disputed = len(named) >= 2 or any(c in named for c in refused)
        every = [s for c in clusters for s, _, _ in c]
        if not disputed or len({s.source for s in every}) < 2:
            continue
        sides, accounts = [], []
        for cluster in sorted(clusters, key=lambda c: _display(c).lower()):
            for said in (True, False):
                part = [(s, n) for s, n, yes in cluster if yes == said]
                if not part:
                    continue
                name = _display([(s, n, said) for s, n in part])
                who = _listed(voice(s.claim, s.document) for s, _ in part)
                value = name if said else f"no order of the {name}"
                sides.append(
                    Side(
                        value=value,
                        summary=f"{who}: {value}",
                        claims=[s.claim.id for s, _ in part],
                        events=[s.claim.event_id for s, _ in part if s.claim.event_id],
                    )
                )
                # one line a voice: the plainest of its statements, with the authority's
                # fullest name ("says the anti-terrorism court", not also "suggests the court")
                heard = set()
                for statement, _ in sorted(
                    part, key=lambda sn: (sn[0].claim.hedged, _order(sn[0]))
                ):
                    who = voice(statement.claim, statement.document).lower()
                    if who in heard:
                        continue
                    heard.add(who)
                    line = (
                        f"{_says(statement)} the {name}"
                        if said
                        else f"{_says(statement)} no {name} ordered it"
                    )
                    if line not in accounts:
                        accounts.append(line)
        sides.sort(key=lambda s: (s.value.startswith("no order of"), s.value.lower()))
        found.append(
            Found(
                ContradictionKind.AUTHORITY.value,
                f"authority:{act}" if act else "authority",
                "Accounts of who ordered it differ: " + " vs ".join(s.summary for s in sides),
                sides,
                sorted(accounts, key=lambda a: (" no " in a, a.lower())),
            )
        )
    return found


def _display(cluster: list[tuple[Statement, str, bool]]) -> str:
    """The name shown for an authority: its most informative positive mention."""
    names = [n for _, n, said in cluster if said] or [n for _, n, _ in cluster]
    return max(names, key=lambda n: (len(_authority_key(n)), n[:1].isupper(), n))


def _order(statement: Statement) -> tuple[str, int]:
    return (statement.document.id, statement.claim.start)
