"""Whom a figure counts: one group of the victims ("12 officers were hurt", "two policemen
injured", "one of its workers") or all of them ("at least 41 injured", "three people"), and whether
it adds to an earlier count ("two more people have died", "another three").

Those told in a condition ("two critically injured") or as taken to hospital ("sent three people
to the hospital") are some of the hurt, told by how they are or where they went.

A group's count is part of the total and an added count part of the new total, so either is
compatible with any larger total: "12 officers were hurt" does not contradict "at least 41
injured" (assess/figures.py). Group nouns are listed in `victim_groups.tsv`.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from corroborate.lexicons import read_rows, word_list

# The words the rules below look for, by category: victim_words.tsv.
_words = word_list("corroborate.assess", "victim_words.tsv")


_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\-]*")
# Words of a count ("two", "dozens", "no").
_NUMBER_WORDS = _words("number_words")
# Counts of no one ("no", "none", "nobody"): "nobody was killed" is a count, none of the victims,
# not one victim told without a number (which agrees with any count as one of them).
_ZERO_WORDS = _words("zero_words")
# A count followed by one of these adds to an earlier one ("two more", "no one else was hurt":
# none besides the victims already told); "another" precedes it.
_ADDED_AFTER = _words("added_after")
# "None of the other eight were hurt" is about the rest; "three others were hurt" besides
# the dead is every one hurt.
OTHER_WORDS = frozenset({"other", "others"})
_ADDED_BEFORE = frozenset({"another"})
# "The two, a 17-year-old student and ..." names again victims counted before.
_AGAIN_BEFORE = frozenset({"the", "these", "those", "both"})
# The counted noun ends before a verb, a conjunction or a relative clause.
_END = _words("end")
# Words of how a patient is: a count of those in a condition is some of the hurt.
_CONDITION_WORDS = _words("condition_words")
# A phrase opening with one of these counts those taken to hospital ("sent three people").
_TAKEN_WORDS = _words("taken_words")
# Words of death: "one of them died" is the toll itself, not some of those counted before.
_DEATH_WORDS = _words("death_words")
_HURT_NOUNS = _words("hurt_nouns")
# Words between a group and its verb of harm ("its troops did not kill anyone").
_AGENT_AUXILIARIES = _words("agent_auxiliaries")
# Pronouns of a group whose act is told ("it did not kill anyone": the army's own).
_AGENT_PRONOUNS = _words("agent_pronouns")
# The verb of a later step taken with some of those counted, just before the count: "remanded
# four suspects detained in the raid" counts those remanded, some of those detained.
_LATER_STEPS = _words("later_steps")
_LOOK_AHEAD = 5  # words after the count searched for the counted noun
# A number between commas after a name or noun is an age: "Antonio Smith, 35, died".
_AGE = re.compile(r",\s*\d{1,3}\s*(?=,)")


@dataclass(frozen=True)
class Counted:
    """Whom a figure counts: a group of the victims (None: all of them), whether it is added to
    an earlier count, and whether it names again some already counted ("the two")."""

    group: str | None
    added: bool = False
    again: bool = False
    # one victim told without a number ("he died", "Smith was killed", "a man was shot"):
    # where others are counted too, one of them
    one: bool = False
    # those in a given condition ("two critically injured", "a man in stable condition"): some
    # of the hurt, told by how they are
    condition: bool = False
    # those told as taken to hospital ("sent three people to the hospital"): some of the hurt,
    # told by where they went
    taken: bool = False
    # deaths among those counted hurt ("two of the wounded had died since"): they are dead now,
    # no longer among the hurt
    died_hurt: bool = False
    # a zero of those one group (of no civilians) harmed ("its soldiers killed no one"): none
    # by them, which leaves any toll others caused
    by: str | None = None

    @property
    def part(self) -> bool:
        """True when the count may be only part of the total, whatever its group."""
        return self.added or self.again or self.condition or self.taken or self.by is not None


@functools.cache
def victim_groups() -> dict[str, str]:
    """Group noun (lower case) -> the group it names, from victim_groups.tsv."""
    return {
        row["word"].strip().lower(): row["group"].strip()
        for row in read_rows("corroborate.assess", "victim_groups.tsv")
    }


@functools.cache
def civilian_groups() -> frozenset[str]:
    """The groups of victim_groups.tsv that are civilians, from civilian_groups.tsv."""
    return frozenset(
        r["group"].strip() for r in read_rows("corroborate.assess", "civilian_groups.tsv")
    )


def _is_count(word: str) -> bool:
    return word.isdigit() or word.replace(",", "").isdigit() or word in _NUMBER_WORDS


def counted(text: str, before: str = "", after: str = "") -> Counted:
    """Whom the figure phrase `text` counts ("12 officers were hurt" -> the police); `before`
    and `after`: the text just before and after the phrase in its document."""
    preceding = [w.lower() for w in _WORD.findall(before or "")][-1:]
    # (an age set off by commas, "Another man, 21, was shot", counts no one)
    words = preceding + [w.lower() for w in _WORD.findall(_AGE.sub(",", text or ""))]
    groups = victim_groups()
    # the count is the phrase's own: a number just before it is something else's (a dateline's
    # day, "KESSA, Aug 3 - More than 20 people ...", had read as a count and its "more" as two
    # more)
    own = len(preceding)
    at = next(
        (i for i, w in enumerate(words) if i >= own and _is_count(w) and w not in ("a", "an")),
        None,
    )
    one = at is None
    if at is None:
        at = next((i for i, w in enumerate(words) if w in ("a", "an")), -1)
    # ("not a single person", "not one of them": none, no victim told without a number)
    denied = at > 0 and words[at - 1] == "not"
    one = one and not denied
    added = at > 0 and words[at - 1] in _ADDED_BEFORE
    again = at > 0 and words[at - 1] in _AGAIN_BEFORE
    # "one of the wounded youths is critical", "two of the victims": some of those
    # already counted (but "one of them died" is the toll itself, a death among those shot)
    partitive = (
        at >= 0 and words[at + 1 : at + 2] == ["of"] and words[at] not in _ZERO_WORDS and not denied
    )
    again = again or (partitive and not _DEATH_WORDS & set(words))
    again = again or (own > 0 and words[0] in _LATER_STEPS)
    # "two of the wounded had died since": deaths among the hurt, added to the dead counted
    died_hurt = (
        partitive
        and bool(_DEATH_WORDS & set(words))
        and any(w in _HURT_NOUNS for w in words[at + 2 : at + 4])
    )
    added = added or died_hurt
    group = None
    zero = at >= 0 and (words[at] in _ZERO_WORDS or denied)
    for word in words[at + 1 : at + 1 + _LOOK_AHEAD]:
        if word in _ADDED_AFTER or (zero and word in OTHER_WORDS):
            added = True
        elif word in _END:
            break
        elif word in groups:
            group = groups[word]
            break
    if group is None and 0 <= at == len(words) - 1:
        group = _partitive_group(after)
    condition = bool(_CONDITION_WORDS & set(words))
    taken = len(words) > len(preceding) and words[len(preceding)] in _TAKEN_WORDS
    return Counted(group, added, again, one, condition, taken, died_hurt)


def acted_by(text: str, before: str) -> str | None:
    """The group, of no civilians, whose act a figure phrase told from its verb counts the
    victims of ("its soldiers killed no one", "its troops did not kill anyone": `before` ends
    with the group, `text` starts with the verb), or the pronoun standing for it ("it did not
    kill anyone"): none killed by them, not none at all."""
    words = [w.lower() for w in _WORD.findall(text or "")]
    if not words or _is_count(words[0]) or words[0] in _ZERO_WORDS:
        return None
    preceding = [w.lower() for w in _WORD.findall(before or "")]
    while preceding and preceding[-1] in _AGENT_AUXILIARIES:
        preceding.pop()
    if not preceding:
        return None
    if preceding[-1] in _AGENT_PRONOUNS:
        return preceding[-1]
    group = victim_groups().get(preceding[-1])
    return group if group is not None and group not in civilian_groups() else None


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "these", "those"})


def _partitive_group(after: str) -> str | None:
    """The group a phrase that ends at its count names after it, in the document: "killed
    four" of "troops killed four of the attackers" counts attackers, not every victim (it was
    taken for the toll, beside "six soldiers were killed")."""
    words = [w.lower() for w in _WORD.findall(after)][:4]
    if words[:1] != ["of"]:
        return None
    for word in words[1:]:
        if word in victim_groups():
            return victim_groups()[word]
        if word not in _DETERMINERS:
            return None
    return None
