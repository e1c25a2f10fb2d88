"""Contradictions within one incident: statements that cannot all be true.

- number: current values of one figure in disjoint intervals from 2+ independent sources
  (0 vs 1 killed; "around 20" vs "over 60"); "at least 27" vs "over 60" overlap, and a rising
  toll is an update (assess/figures.py), so neither is one.
- occurrence: one report says the event happened, another (modality "denied") that it did not.
- polarity: a speaker denies what another asserts (a denial's content shares its words with an
  assertion's or with another document's account of the event).
- responsibility: reports name different perpetrators (disjoint actor1 sets) from different
  sources, e.g. the force's fire vs another gunman.
- authority: claims name different authorities behind it ("ordered by the Supreme Court" vs
  "on the orders of the Army").
Each side lists its claim ids, event ids, the value it holds, and a one-line summary.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.assess.figures import Reported, basis, conflicting
from corroborate.consolidate.actors import canonical_key
from corroborate.model import Actor, Claim, ContradictionKind, Document, Event, Modality, Stance

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")
_ASSERTING = {Stance.ASSERTS.value, Stance.CONFESSES.value, Stance.ALLEGES.value}
_NAME = r"(?:the\s+)?((?:[A-Z][\w\-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\-]*)*)"
_AUTHORITY = (
    re.compile(r"\b(?:ordered|directed|authori[sz]ed|sanctioned|approved)\s+by\s+" + _NAME),
    re.compile(
        r"\b(?:on|under)\s+the\s+(?:orders?|directions?|directives?|instructions?)\s+"
        r"(?:of|from)\s+" + _NAME
    ),
    re.compile(r"\bat\s+the\s+behest\s+of\s+" + _NAME),
    re.compile(r"\b" + _NAME + r"\s+(?:had\s+)?(?:ordered|directed|authori[sz]ed)\b"),
)


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
    """A contradiction before it is stored."""

    kind: str
    key: str  # what it is about (figure kind, event, proposition), for a stable id
    summary: str
    sides: list[Side]


@dataclass(frozen=True)
class Statement:
    """A claim about one of the incident's events, with its document and source key."""

    claim: Claim
    document: Document
    source: str


def voice(claim: Claim | None, document: Document) -> str:
    """Who says it, in words: the speaker, else the outlet's reporter."""
    if claim is not None and claim.speaker_name:
        return claim.speaker_name
    outlet = document.outlet.name if document.outlet else None
    return f"the report in {outlet}" if outlet else f"the report {document.id}"


def content_words(text: str) -> set[str]:
    """Lower-case content words of a text (stop words dropped)."""
    return {w.lower() for w in _WORD.findall(text) if w.lower() not in STOP_WORDS}


def number_contradictions(values: dict[str, list[Reported]]) -> list[Found]:
    """Per figure kind: current values that cannot all be true."""
    found = []
    for kind, reported in sorted(values.items()):
        groups = conflicting(basis(reported))
        if not groups:
            continue
        sides = []
        for group in groups:
            points = sorted({v.point for v in group})
            shown = ", ".join(str(p) for p in points)
            who = sorted({voice(v.claim, v.document) for v in group})
            sides.append(
                Side(
                    value=points[0] if len(points) == 1 else points,
                    summary=f"{kind} {shown} ({'; '.join(who)})",
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


def occurrence_contradictions(
    events: list[Event], documents: dict[str, Document], claims_of: dict[str, list[Claim]]
) -> list[Found]:
    """Reports that it happened against reports that it did not."""
    occurred = [e for e in events if e.modality == Modality.OCCURRED.value]
    denied = [e for e in events if e.modality == Modality.DENIED.value]
    if not occurred or not denied:
        return []
    one_document = {e.document_id for e in occurred} | {e.document_id for e in denied}
    if len(one_document) == 1 and not any(claims_of.get(e.id) for e in denied):
        return []  # an article's own account of what did not happen beside what did

    def side(group: list[Event], value: str) -> Side:
        claims = [c for e in group for c in claims_of.get(e.id, [])]
        who = sorted(
            {voice(c, documents[c.document_id]) for c in claims}
            or {voice(None, documents[e.document_id]) for e in group}
        )
        verb = "it happened" if value == "occurred" else "it did not happen"
        return Side(
            value=value,
            summary=f"{'; '.join(who)}: {verb}",
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


def polarity_contradictions(
    statements: list[Statement], events: list[Event], documents: dict[str, Document]
) -> list[Found]:
    """A denial of what another source asserts (same proposition: shared content words)."""
    found = []
    denials = [s for s in statements if s.claim.stance == Stance.DENIES.value]
    for denial in denials:
        words = content_words(denial.claim.text)
        if len(words) < 2:
            continue
        opposed = [
            s
            for s in statements
            if s.claim.stance in _ASSERTING
            and s.source != denial.source
            and len(words & content_words(s.claim.text)) >= 2
        ]
        accounts = []
        if not opposed:
            # The reporters' own accounts of the event, in other documents.
            for event in events:
                if event.document_id == denial.document.id or (
                    event.modality != Modality.OCCURRED.value
                ):
                    continue
                text = documents[event.document_id].text
                told = " ".join(text[s:e] for s, e in event.evidence)
                if len(words & content_words(told)) >= 2:
                    accounts.append(event)
        if not opposed and not accounts:
            continue
        asserting = Side(
            value="asserts",
            summary="; ".join(
                sorted(
                    {voice(s.claim, s.document) for s in opposed}
                    | {voice(None, documents[e.document_id]) for e in accounts}
                )
            )
            + " asserts it",
            claims=[s.claim.id for s in opposed],
            events=[e.id for e in accounts]
            + [s.claim.event_id for s in opposed if s.claim.event_id],
        )
        denying = Side(
            value="denies",
            summary=f"{voice(denial.claim, denial.document)} denies it",
            claims=[denial.claim.id],
            events=[denial.claim.event_id] if denial.claim.event_id else [],
        )
        found.append(
            Found(
                ContradictionKind.POLARITY.value,
                denial.claim.id,
                f"“{denial.claim.text.strip()}”: {asserting.summary}; {denying.summary}",
                [asserting, denying],
            )
        )
    return found


def responsibility_contradictions(
    events: list[Event],
    actors: dict[str, Actor],
    sources: dict[str, str],
    documents: dict[str, Document],
    claims_of: dict[str, list[Claim]],
) -> list[Found]:
    """Reports naming different perpetrators (disjoint actor1 sets) from different sources."""
    by_perpetrators: dict[frozenset[str], list[Event]] = defaultdict(list)
    for event in events:
        if event.modality not in (
            Modality.OCCURRED.value,
            Modality.ALLEGED.value,
            Modality.REFERENCE.value,
        ):
            continue
        named = frozenset(a.actor_id for a in event.actors if a.role == "actor1")
        if named:
            by_perpetrators[named].append(event)
    groups = list(by_perpetrators.items())
    # Reports whose perpetrators overlap agree: keep only sets disjoint from every other.
    disjoint = [
        (k, v) for k, v in groups if all(not (k & other) for other, _ in groups if other != k)
    ]
    if len(disjoint) < 2 or len({sources[e.id] for _, v in disjoint for e in v}) < 2:
        return []
    sides = []
    for named, group in sorted(disjoint, key=lambda kv: sorted(kv[0])):
        names = sorted(actors[a].name if a in actors else a for a in named)
        claims = [c for e in group for c in claims_of.get(e.id, [])]
        who = sorted(
            {voice(c, documents[c.document_id]) for c in claims}
            or {voice(None, documents[e.document_id]) for e in group}
        )
        sides.append(
            Side(
                value=names,
                summary=f"{', '.join(names)} ({'; '.join(who)})",
                claims=[c.id for c in claims],
                events=[e.id for e in group],
            )
        )
    return [
        Found(
            ContradictionKind.RESPONSIBILITY.value,
            "actor1",
            "Accounts of who did it differ: " + " vs ".join(s.summary for s in sides),
            sides,
        )
    ]


def authority_of(text: str) -> str | None:
    """The authority a claim says ordered or approved the action ("ordered by the court")."""
    for pattern in _AUTHORITY:
        match = pattern.search(text)
        if match:
            return match.group(1)
    return None


def authority_contradictions(statements: list[Statement]) -> list[Found]:
    """Claims naming different authorities behind the action."""
    named: dict[str, list[tuple[Statement, str]]] = defaultdict(list)
    for statement in statements:
        if statement.claim.stance == Stance.DENIES.value:
            continue
        authority = authority_of(statement.claim.text)
        if authority:
            named[canonical_key(authority)].append((statement, authority))
    if len(named) < 2:
        return []
    sides = []
    for _, group in sorted(named.items()):
        authority = group[0][1]
        who = sorted({voice(s.claim, s.document) for s, _ in group})
        sides.append(
            Side(
                value=authority,
                summary=f"{'; '.join(who)}: {authority}",
                claims=[s.claim.id for s, _ in group],
                events=[s.claim.event_id for s, _ in group if s.claim.event_id],
            )
        )
    return [
        Found(
            ContradictionKind.AUTHORITY.value,
            "authority",
            "Accounts of who ordered it differ: " + " vs ".join(s.summary for s in sides),
            sides,
        )
    ]
