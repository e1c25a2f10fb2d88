"""Figures a trigger noun's own modifier states, from `implied_tolls.tsv`: "Police investigate
triple shooting" (three shot), "charged in double homicide" (two killed), and, when the article
gives no count, "Charges filed in fatal Wichita shooting" (at least one killed) or "an apparent
murder-suicide" (at least two).

An exact count is a figure of its own; an at-least one is a fallback: an event gets it only
when none of its figures counts that kind, so a stated count always wins ("fatal shooting ...
two men were killed" stays 2). The killer's own death adds to an exact count ("double
murder-suicide": three dead); "fatal double shooting" says neither how many died nor how many
were hurt, so only "fatal" counts."""

from __future__ import annotations

import functools

from spacy.tokens import Span, Token

from corroborate.extract.figures import AGGREGATE_PERIOD, SHOT, CountedFigure
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


def _modifiers(trigger: Token, sent: Span) -> list[Token]:
    """The words of the trigger's noun phrase before it (in `sent`, its sentence), nearest
    first. Read off the surface, not the parse: the small model attaches "fatal" to "Wichita"
    in "fatal Wichita shooting"."""
    doc, found = trigger.doc, []
    modifier_words = _words_before()
    for i in range(trigger.i - 1, max(sent.start, trigger.i - _MAX_PREMODIFIERS) - 1, -1):
        token = doc[i]
        # the model tags "deadly" as an adverb now and then
        premodifier = token.pos_ in _PREMODIFIER_POS or token.lower_ in modifier_words
        if not premodifier or (token.pos_ == "PUNCT" and token.text != "-"):
            break
        found.append(token)
    return found


def _modifier_after(trigger: Token, sent: Span) -> Token | None:
    """The word joined after the noun (in `sent`, its sentence): "murder-suicide", "murder
    suicide"."""
    doc, i, end = trigger.doc, trigger.i + 1, sent.end
    if i < end and doc[i].text == "-":
        i += 1
    return doc[i] if i < end else None


def _negated(modifier: Token) -> bool:
    """ "non-fatal shooting", "non fatal": the modifier says the opposite."""
    doc, i = modifier.doc, modifier.i
    before = doc[i - 1].lower_ if i > 0 else ""
    if before == "-" and i > 1:
        before = doc[i - 2].lower_
    return before in ("non", "not")


def _toll(modifier: Token, position: str, nouns: set[str]) -> tuple[str, int, str] | None:
    """The (kind, value, qualifier) the modifier gives the trigger noun, if any."""
    tolls = implied_tolls()
    keys = [(modifier.lower_, noun, position) for noun in nouns]
    toll = next((tolls[key] for key in keys if key in tolls), None)
    return None if toll is None or _negated(modifier) else toll


def implied_figure(trigger: Token, stated_kinds: set[str]) -> CountedFigure | None:
    """The figure the trigger's modifier states ("triple shooting": 3 shot, "fatal shooting":
    at least 1 killed); an at-least one unless the event already states a figure of that
    kind (`stated_kinds`)."""
    from corroborate.extract.pipeline import doc_text  # (an import cycle at module level)

    if trigger.tag_ in ("NNS", "NNPS"):
        return None  # "the club has seen fatal shootings before": no one incident's toll
    # (the sentence found once, and its text searched only for a trigger with a toll word:
    # most have none, and each is asked twice, for an exact figure and an at-least one)
    sent = trigger.sent
    nouns = {trigger.lower_, trigger.lemma_.lower()}
    after = _modifier_after(trigger, sent)
    placed = [(m, "before") for m in _modifiers(trigger, sent)]
    if after:
        placed.append((after, "after"))
    found = [(m, toll) for m, position in placed if (toll := _toll(m, position, nouns))]
    if not found:
        return None
    # its text sliced from the Doc's: Span.text joins its tokens anew
    if AGGREGATE_PERIOD.search(doc_text(trigger.doc)[sent.start_char : sent.end_char]):
        return None  # "two double shootings this weekend": several incidents
    fatal = any(kind == FigureKind.KILLED.value for _, (kind, _, _) in found)
    for modifier, (kind, value, qualifier) in found:
        exact = qualifier == Qualifier.EXACT.value
        if exact and kind == SHOT and fatal:
            continue  # "fatal double shooting": the dead are some of the two
        if not exact and stated_kinds & STATED_KINDS[kind]:
            return None
        first, last = min(modifier.i, trigger.i), max(modifier.i, trigger.i)
        suicide = exact and kind == FigureKind.KILLED.value and any(m is after for m, _ in found)
        if suicide:  # "double murder-suicide": the killer's own death too
            value, last = value + 1, after.i
        span = trigger.doc[first : last + 1]
        figure = FigureFound(
            kind=kind,
            value=value,
            low=value,
            high=value if exact else None,
            qualifier=qualifier,
            start=span.start_char,
            end=span.end_char,
            text=span.text,
        )
        return CountedFigure(figure, trigger.i, modifier.i)
    return None
