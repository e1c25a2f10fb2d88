"""Figures a trigger noun's own modifier states when the article gives no count: "Charges filed
in fatal Wichita shooting" says at least one was killed, "an apparent murder-suicide" at least
two. The words are in `implied_tolls.tsv`; "double homicide" and "triple shooting" are counts
figures.py reads itself (MULTIPLE_VICTIMS).

They are a fallback: an event gets one only when none of its figures counts that kind, so a
stated count always wins ("fatal shooting ... two men were killed" stays 2)."""

from __future__ import annotations

import functools

from spacy.tokens import Token

from corroborate.extract.figures import SHOT, CountedFigure
from corroborate.lexicons import read_rows
from corroborate.model import FigureFound, FigureKind, Qualifier

# The figure kinds that, already on an event, make an implied one of this kind redundant.
STATED_KINDS = {
    FigureKind.KILLED.value: frozenset({FigureKind.KILLED.value}),
    SHOT: frozenset({SHOT, FigureKind.INJURED.value}),
}


@functools.cache
def implied_tolls() -> dict[tuple[str, str, str], tuple[str, int, str]]:
    """(modifier, noun lemma, position) -> (kind, value, qualifier)."""
    tolls = {}
    for row in read_rows("corroborate.extract", "implied_tolls.tsv"):
        for noun in row["nouns"].split(","):
            tolls[row["modifier"], noun.strip(), row["position"]] = (
                row["kind"],
                int(row["value"]),
                row["qualifier"],
            )
    return tolls


@functools.cache
def _words_before() -> frozenset[str]:
    return frozenset(modifier for modifier, _, position in implied_tolls() if position == "before")


# Words that may stand between the modifier and its noun: "fatal Wichita shooting",
# "deadly homeless shelter shooting".
_PREMODIFIER_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PUNCT"})
_MAX_PREMODIFIERS = 4


def _modifiers(trigger: Token) -> list[Token]:
    """The words of the trigger's noun phrase before it, nearest first. Read off the surface,
    not the parse: the small model attaches "fatal" to "Wichita" in "fatal Wichita shooting"."""
    doc, found = trigger.doc, []
    modifier_words = _words_before()
    for i in range(trigger.i - 1, max(trigger.sent.start, trigger.i - _MAX_PREMODIFIERS) - 1, -1):
        token = doc[i]
        # the model tags "deadly" as an adverb now and then
        premodifier = token.pos_ in _PREMODIFIER_POS or token.lower_ in modifier_words
        if not premodifier or (token.pos_ == "PUNCT" and token.text != "-"):
            break
        found.append(token)
    return found


def _modifier_after(trigger: Token) -> Token | None:
    """The word joined after the noun: "murder-suicide", "murder suicide"."""
    doc, i = trigger.doc, trigger.i + 1
    if i < trigger.sent.end and doc[i].text == "-":
        i += 1
    return doc[i] if i < trigger.sent.end else None


def _negated(modifier: Token) -> bool:
    """ "non-fatal shooting", "non fatal": the modifier says the opposite."""
    doc, i = modifier.doc, modifier.i
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "-" and i > 1:
        before = doc[i - 2].lower_
    return before in ("non", "not")


def implied_figure(trigger: Token, stated_kinds: set[str]) -> CountedFigure | None:
    """The figure the trigger's modifier implies ("fatal shooting": at least 1 killed), unless
    the event already states a figure of that kind (`stated_kinds`)."""
    nouns = {trigger.lower_, trigger.lemma_.lower()}
    tolls = implied_tolls()
    after = _modifier_after(trigger)
    placed = [(m, "before") for m in _modifiers(trigger)] + ([(after, "after")] if after else [])
    for modifier, position in placed:
        keys = [(modifier.lower_, noun, position) for noun in nouns]
        toll = next((tolls[key] for key in keys if key in tolls), None)
        if toll is None or _negated(modifier):
            continue
        kind, value, qualifier = toll
        if stated_kinds & STATED_KINDS[kind]:
            return None
        span = trigger.doc[min(modifier.i, trigger.i) : max(modifier.i, trigger.i) + 1]
        figure = FigureFound(
            kind=kind,
            value=value,
            low=value,
            high=value if qualifier == Qualifier.EXACT.value else None,
            qualifier=qualifier,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
        )
        return CountedFigure(figure, trigger.i, trigger.i)
    return None
