"""Open questions of an incident in plain words, one per contradiction: what is unresolved and
who says what ("Who ordered the raid? The Rangers say the Supreme Court; a journalist suggests
the Army.")."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.assess.contradictions import Found
from corroborate.assess.figures import CIVILIANS
from corroborate.model import ContradictionKind

_PARTICIPLE = {"killed": "killed", "injured": "injured", "arrested": "arrested"}


def _what(trigger: str | None, sub_event_type: str | None) -> str:
    """The incident named in a question: "the raid", "the attack"."""
    if trigger:
        return f"the {trigger.lower()}"
    return f"the {(sub_event_type or 'incident').lower()}"


def questions_for(
    found: list[Found],
    *,
    trigger: str | None,
    sub_event_type: str | None,
    victims: list[str],
    background_deaths: Sequence[str] = (),
) -> list[str]:
    """One plain question per contradiction, with the accounts; and one where the deaths told
    are only background (assess/figures.py), with what is told of them."""
    what = _what(trigger, sub_event_type)
    questions = []
    for item in found:
        accounts = "; ".join(side.summary for side in item.sides)
        said = "; ".join(item.accounts)
        if item.kind == ContradictionKind.NUMBER.value:
            questions.append(
                f"How many were {_PARTICIPLE.get(item.key, item.key)}? Accounts: {accounts}."
            )
        elif item.kind == ContradictionKind.RESPONSIBILITY.value and not item.accounts:
            if victims:
                asked = f"Who fired the shot that killed {' and '.join(victims[:2])}?"
            else:
                asked = f"Who was responsible for {what}?"
            questions.append(f"{asked} Accounts: {accounts}.")
        elif item.kind == ContradictionKind.RESPONSIBILITY.value:
            questions.append(f"Who is responsible? {said}.")
        elif item.kind == ContradictionKind.AUTHORITY.value:
            questions.append(f"Who ordered {what}? {said or accounts}.")
        elif item.kind == ContradictionKind.POLARITY.value and item.key == CIVILIANS:
            questions.append(f"Were civilians among the victims? {said}.")
        elif item.kind == ContradictionKind.POLARITY.value:
            questions.append(f"Is it true? {said or item.summary}.")
        elif item.kind == ContradictionKind.OCCURRENCE.value:
            questions.append(f"Did {what} happen at all? Accounts: {accounts}.")
    if background_deaths:
        told = "; ".join(f'"{text}"' for text in background_deaths[:2])
        questions.append(
            f"Did anyone die in {what}? The reports lead with the hurt only; deaths are told "
            f"only further down, perhaps of another incident: {told}."
        )
    return questions
