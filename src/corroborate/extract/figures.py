"""Casualty, arrest and seizure figures, read off the parse around a figure predicate.

A figure is a count of the patient of a predicate listed in `figure_patterns.tsv` ("killed",
"dead", "injured", "arrested", "seized", "deaths"): the passive subject ("at least 27 people were
killed"), the object ("police arrested three men"), the noun a participle modifies ("two people
killed"), the subject of "die", or the noun predicate's own number ("two deaths", "no arrests").
Because only the patient's own number counts, ages ("a 23-year-old"), addresses ("the 1200
block"), dates and money never become figures. The count is a number ("27", "twenty-seven",
"half a dozen", "dozens"), an article or a name (one person), or a negation ("no one", "none",
"no arrests": an explicit zero), with its qualifier ("at least", "over", "nearly", "between 10
and 15").

"shot" counts killed and injured together: events.py turns it into injured by taking away the
event's deaths ("5 shot, 2 fatally" -> killed 2, injured 3); "shot dead", "shot and killed",
"fatally shot" are killings.

Headlines and lists: "4 people shot, 3 dead" (the dead are some of the shot), "2 adults, 1 child
dead" and "Woman, young child killed" (each item counted), "killed four and himself" or
"before turning the gun on himself" (the killer's own death is in the toll; after a "shot"
count, "shot his wife, then turned the gun on himself", it is a death of its own and she was
shot), "shot two and killed a third" (the third is one more, not one of the two), a number read off
the words where the parse gives a headline predicate no patient ("4 shot dead", "..., 9
injured"), bare nouns of a headline each one person ("Father of 5 killed", "Man kills woman,
her son, himself"). Not figures: ages between commas ("Boy, 16, dies" is one boy, not 16), the
children of "father of 5", dead animals and things, a noun an "-ing" form follows ("a party
... injuring eleven": the eleven are), the shooter of "the officer who shot", counts hoped for, an
unborn child (tolls count the born, as GVA and ACLED do), someone "declared brain dead" (on
life support: the toll counts the death when it comes), a group of no stated size ("kills
family"), and counts over a period or over several incidents ("in separate shootings",
"weekend shootings", "this year", "in 24 hours"). "Suffered injuries" counts its subject as
shot; a death noun's possessor is its one victim ("charged in boy's death").

An age used as a noun is one person ("A 17-year-old was wounded", "14-year-old dead, 12-year-old
hurt"); whoever is "in critical condition" (or a headline's "1 critical") was hurt; "gunned
down" is a killing; an ordinal death tells the toll so far ("Fourth victim dies": 4; "a fifth
man was found dead": 5); a list of ones after a count tells who they were ("two other teens,
one female and one male": 2); those a bullet "struck", "hit" or "grazed", or whom a shooting
"hospitalized", were shot; those shot in a "murder-suicide" died. What an incident noun's own
modifier counts ("triple shooting", "double homicide", "fatal shooting") is read in
implied_tolls.py. A relative pronoun counts
the noun it stands for ("the teenager who was shot and killed"); a list found with wounds is
counted whole ("a 52-year-old woman and a 17-year-old with bullet wounds"); a "victim" taken to
a hospital or still hospitalized was shot, whatever the sentence says of gunfire.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from corroborate.extract.actors import CIVILIAN_NOUNS, among_sorted, read_tsv
from corroborate.extract.syntax import prep_objects
from corroborate.lexicons import alternation, read_rows, word_list, word_map
from corroborate.model import FigureFound, Qualifier

SHOT = "shot"  # killed + injured together, resolved per event
# The words the rules below look for, by category: figure_words.tsv.
_words = word_list("corroborate.extract", "figure_words.tsv")
# The tables of words with a value (a number, a lemma, a qualifier), in the file's order.
_values = word_map("corroborate.extract", "figure_words.tsv")


# Number words and their values ("a", "an", "single": one; "both", "couple", "pair": two).
NUMBER_WORDS = {word: int(n) for word, n in _values("number_words").items()}
# Tens and units run together as one word ("twentynine people"), as "twenty-nine" is read: the
# first number word of each value from one to nine after each ten.
_UNITS = {n: word for word, n in reversed(NUMBER_WORDS.items()) if 1 <= n <= 9}
NUMBER_WORDS |= {
    ten + unit: tens + n
    for ten, tens in list(NUMBER_WORDS.items())
    if tens in range(20, 100, 10)
    for n, unit in _UNITS.items()
}
MULTIPLIERS = {word: int(n) for word, n in _values("multipliers").items()}
# Plural quantity nouns: a lower bound, never an exact count.
VAGUE_COUNTS = {word: int(n) for word, n in _values("vague_counts").items()}
# Words before a number and the qualifier they give (longest first).
QUALIFIER_WORDS: list[tuple[tuple[str, ...], str]] = [
    (tuple(words.split()), Qualifier(qualifier))
    for words, qualifier in _values("qualifier_words").items()
]
ZERO_WORDS = _words("zero_words")
# "33 people were known to have died", "12 are believed to have been killed": the subject of
# these verbs is the count of a predicate in their "to" clause.
RAISING_VERBS = _words("raising_verbs")
ANYONE_WORDS = _words("anyone_words")
# Verbs and nouns of an aim: a harm in their "to" clause is attempted or meant, not done.
AIM_LEMMAS = _words("aim_lemmas")
# Verbs of burying and the words that make those buried perhaps alive ("buried under the
# rubble"): a burial counted by a number is a count of the dead (_buried_dead).
BURIAL_LEMMAS = _words("burial_lemmas")
BURIAL_NOT_DEAD = _words("burial_not_dead")
# Units that make a number a quantity of something, not a count of people or things.
UNITS = _words("units")
CURRENCY = _words("currency")
CONTAINERS = _words("containers")
# Heads that are about the people, not a group of them: "the number of workers detained".
NOT_COUNTED = _words("not_counted")
INCIDENT_NOUNS = _words("incident_nouns")
# What "dead" or "wounded" modifies that is no one hurt: "a dead sleep", "a wounded turkey".
NOT_VICTIMS = _words("not_victims")
# Nouns that name two people: a headline's list led by one ("Couple, 2 children dead").
PAIR_NOUNS = {word: int(n) for word, n in _values("pair_nouns").items()}
# Nouns of a group whose size they do not say: "the shooting of a family" is not one person.
GROUP_NOUNS = _words("group_nouns")
# What gunfire hits that is no one: "shot up a house", "shot the family dog".
SHOT_THINGS = _words("shot_things")
SINGULAR_DETS = frozenset({"a", "an", "another", "one", "the", "this", "that"})
POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
ARTICLES = frozenset({"a", "an"})  # "a man": one, but no number of its own
PERSONAL_SINGULAR = frozenset({"he", "she", "him", "her"})
REFLEXIVES = frozenset({"himself", "herself", "self"})
# Nouns a list of who they were can follow: "three people, two men and a woman".
GENERIC_PEOPLE = _words("generic_people")
# Those arrested with someone, named after a "with" of the verb ("detained with two of
# his bodyguards"): people beyond PERSON_NOUNS and GENERIC_PEOPLE.
COMPANION_NOUNS = _words("companion_nouns")
ALONG_WORDS = frozenset({"along", "together"})
# Counted nouns of a roundup that are no one: "17 scenes, 7 dead".
NOT_PEOPLE = _words("not_people")
KILL_LEMMAS = _words("kill_lemmas")
# Who fired, as a news report names him: "the gunman fatally shot himself" is the killer's death.
PERPETRATOR_NOUNS = _words("perpetrator_nouns")
# A list after a count of children that only names them again: "two children, a boy and a
# 6-year-old".
CHILD_WORDS = _words("child_words")
# Nouns that name one person ("the boy's death", "murdered child"): actors.py's nouns of
# ordinary people less those of a group or of no one, and the relatives and officers shot.
PERSON_NOUNS = (
    CHILD_WORDS | (CIVILIAN_NOUNS - _words("civilian_non_persons")) | _words("person_nouns")
)
CHILD_KINDS = _words("child_kinds")
DIE_LEMMAS = _words("die_lemmas")
# A verb and its particle that mean dying: "the boy has passed away" is "the boy has died".
DIE_PHRASAL_VERBS = frozenset(tuple(words.split()) for words in _words("die_phrasal_verbs"))
DIE_PARTICLES = frozenset(particle for _, particle in DIE_PHRASAL_VERBS)


def read_phrasal_deaths(doc: Doc) -> None:
    """Give "die" as lemma to a verb whose particle right after it makes it one of dying
    (DIE_PHRASAL_VERBS: "passed away"), so that every rule of "die" reads it."""
    for after in doc[1:]:
        if after.lower_ not in DIE_PARTICLES:
            continue  # most words: the cheap test first
        token = doc[after.i - 1]
        if (
            coarse_pos(token) == "VERB"
            and (token.lemma_.lower(), after.lower_) in DIE_PHRASAL_VERBS
            and after.head.i == token.i
            and after.dep_ in ("prt", "advmod")
        ):
            token.lemma_ = "die"


# Nouns the parser may tag as interjections at a headline's start ("Boy died ...").
INTERJECTION_NOUNS = _words("interjection_nouns")
# Words that make "the" victim someone not yet told of: "the second man", "the other woman".
NEW_VICTIM_WORDS = _words("new_victim_words")
# "Third person dies", "2nd victim died": the toll the latest death brings the incident to
TOLL_ORDINALS = {word: int(n) for word, n in _values("toll_ordinals").items()}
PATIENT_DEPS_PASSIVE = ("nsubjpass",)
# "taken into custody", "is in custody": those held are arrested (_in_custody), unless the
# custody is one they are released into ("released into the custody of his parents").
CUSTODY_NOUNS = _words("custody_nouns")
CUSTODY_PEOPLE = _words("custody_people")
# "a warrant for his arrest", "demanded the arrest": an arrest sought, no one arrested
SOUGHT_ARREST_HEADS = _words("sought_arrest_heads")
CUSTODY_PREPOSITIONS = _words("custody_prepositions")
CUSTODY_STATES = _words("custody_states")
CUSTODY_RELEASES = _words("custody_releases")
# Words before a number that make it an age: "a boy younger than 12", "children aged 7".
AGE_BEFORE = frozenset(tuple(words.split()) for words in _words("age_before"))


NOMINAL_DEPS = ("amod", "compound", "nsubj", "nsubjpass", "pobj", "dobj", "attr", "appos")


@dataclass(frozen=True)
class CountedFigure:
    """A figure with the token of the predicate it counts (kind may be SHOT)."""

    figure: FigureFound
    predicate: int  # token index of "killed", "dead", "arrested"...
    patient: int  # token index of the counted noun phrase's head
    suicide: int = 0  # the killer's own death, counted in the toll but not among those shot
    # the killer counted with those he killed in the count's own clause ("killed four before
    # turning the gun on himself", "killed two and himself"): a report of his death
    killer_counted: bool = False
    beyond_shot: int = 0  # deaths told past those shot ("shot two and killed a third")
    named_again: bool = False  # one victim told by name, pronoun or "the" ("Lee was shot")
    singly: bool = False  # one victim told without a number ("a man was shot", "Lee died")
    # a zero of people told with a word of harm of any kind ("no civilians were harmed"): a
    # statement about the incident the report tells, wherever in it it is told
    harm_zero: bool = False


@functools.cache
def figure_predicates() -> dict[tuple[str, str], str]:
    """(lemma, coarse part of speech) -> figure kind."""
    return {(row["lemma"], row["pos"]): row["kind"] for row in read_tsv("figure_patterns.tsv")}


@functools.cache
def predicate_keys() -> np.ndarray:
    """String hashes of the predicates' lemmas and of "fatally" (a fast first test)."""
    words = {lemma for lemma, _ in figure_predicates()} | {"fatally"} | set(WORD_LEMMAS)
    # the last part of a hyphened predicate, the token predicate_kind joins back
    words |= {lemma.rsplit("-", 1)[1] for lemma in words if "-" in lemma}
    words |= set(TITLE_NOUNS)  # "Shooting Deaths of ..."
    words |= {"condition", "critical"}  # "in critical condition", "3 dead, 1 critical"
    words |= GUNFIRE_VERBS | {"struck", "hospitalized"}  # "4 struck in shooting"
    words |= HOSPITAL_VERBS  # "three others were treated at a hospital"
    words |= {"victim", "victims"}  # "three more gunshot victims"
    return np.array(sorted(hash_string(word) for word in words), dtype=np.uint64)


def token_candidates(doc: Doc, keys: np.ndarray) -> list[int]:
    """Indexes of the tokens whose lemma or lower-cased form is one of `keys` (hashes)."""
    if not len(doc):
        return []
    array = doc.to_array([LEMMA, LOWER])
    mask = among_sorted(array[:, 0], keys) | among_sorted(array[:, 1], keys)
    return np.flatnonzero(mask).tolist()


def coarse_pos(token: Token) -> str:
    """VERB, ADJ or NOUN: the part of speech the data files name."""
    if token.pos_ in ("VERB", "AUX") or token.tag_ in ("VBN", "VBD", "VBG", "VBZ", "VBP"):
        return "VERB"
    if token.pos_ == "ADJ":
        return "ADJ"
    return "NOUN"


@functools.cache
def _hyphened_predicates() -> frozenset[str]:
    return frozenset(lemma for lemma, _ in figure_predicates() if "-" in lemma)


def predicate_lemma(token: Token) -> str:
    """The token's lemma, or the hyphened verb the tokenizer split it from where the
    predicates name that whole ("pistol-whipped": "pistol-whip", not "whip")."""
    lemma = token.lemma_.lower()
    doc = token.doc
    hyphen = doc[token.i - 1] if token.i >= 2 else None
    if (
        hyphen is not None
        and hyphen.text == "-"
        and not (hyphen.whitespace_ or doc[token.i - 2].whitespace_)
    ):
        joined = f"{doc[token.i - 2].lower_}-{lemma}"
        if joined in _hyphened_predicates():
            return joined
    return lemma


def predicate_kind(token: Token) -> str | None:
    """The figure kind a token predicates, if it is a figure predicate."""
    table = figure_predicates()
    lemma = predicate_lemma(token)
    kind = table.get((lemma, coarse_pos(token)))
    if kind is None and token.tag_ == "VBN":  # "injured", "wounded" tagged as adjectives
        kind = table.get((lemma, "ADJ"))
    if kind is None and token.tag_ == "VBP" and token.lower_ in WORD_LEMMAS:
        # a headline's "Four teens shot" tagged as the present, its lemma left "shot"
        kind = table.get((WORD_LEMMAS[token.lower_], "VERB"))
    if kind is None and coarse_pos(token) == "ADJ":
        kind = table.get((token.lower_, "ADJ")) or table.get((lemma, "VERB"))
    # a headline tagged as nouns: "6 Shot, 1 Fatally", "7 Shot, 3 Dead", "shooting kills 2"
    if kind is None and (
        (token.tag_ == "NNP" and not _surname(token))
        or (token.tag_ == "NNS" and token.lower_ in WORD_FORMS)
        or headline_verb_as_noun(token)
    ):
        word = token.lower_
        kind = table.get((word, "ADJ")) or table.get((WORD_LEMMAS.get(word, word), "VERB"))
        if kind is None and "-" in lemma:
            kind = table.get((lemma, "VERB"))  # "Five Shot, One Pistol-Whipped"
    if kind is None and token.tag_ == "NNP" and token.lower_ in TITLE_NOUNS:
        kind = table.get((TITLE_NOUNS[token.lower_], "NOUN"))  # "Shooting Deaths of ..."
    return kind


def _surname(token: Token) -> bool:
    """A name's last word that spells a predicate ("Dora Lynch", "Amos Kill"): a
    person's name, not a headline's verb."""
    return token.ent_type_ in ("PERSON", "GPE") and any(
        c.dep_ == "compound" and c.tag_ == "NNP" and c.i == token.i - 1 for c in token.children
    )


# What a death or an injury "in" one is not violence: "killed in a helicopter crash", "hurt in
# a collision" (a hunting or shooting accident is, so "accident" is not here).
CRASH_WORDS = _words("crash_words")
CRASH_VERBS = _words("crash_verbs")


def _in_a_crash(token: Token) -> bool:
    """The predicate tells a death or an injury in a crash ("who was killed in a helicopter
    crash last May", "a van wreck killed two", "three dead as a truck crashes")."""
    # ("and injured dozens": the subject is on the first verb of the pair)
    predicates = (token, token.head) if token.dep_ == "conj" else (token,)
    if any(
        (c.dep_ == "nsubj" and c.lemma_.lower() in CRASH_WORDS)
        or (c.dep_ == "advcl" and c.lemma_.lower() in CRASH_VERBS)
        for predicate in predicates
        for c in predicate.children
    ):
        return True
    return any(
        crash.lemma_.lower() in CRASH_WORDS
        # "in the crash of gunfire" is the shots' noise
        and not any(prep_objects(crash, ("of",)))
        for crash in prep_objects(token, ("in", "during"))
    )


# Verbs whose object "shot" is a gunshot, not those shot: "he fired one shot".
FIRING_VERBS = _words("firing_verbs")


def headline_verb_as_noun(token: Token) -> bool:
    """A headline's verb the parser tagged as a noun: with its own number ("4 shot, 1 dead"),
    or as the root with a subject ("Teen shot while playing with friend"); not a gunshot
    fired ("he fired one shot")."""
    if token.dep_ == "dobj" and token.head.lemma_.lower() in FIRING_VERBS:
        return False
    return token.lower_ in WORD_LEMMAS and (
        any(c.dep_ == "nummod" for c in token.children)
        or headline_subject(token) is not None
        or _found_as_noun(token)
    )


def _found_as_noun(token: Token) -> bool:
    """A headline's "found shot" with "shot" tagged as a noun ("Four found shot to death"):
    its victims are those found (`_found_victims`)."""
    return token.dep_ in ("xcomp", "oprd") and token.head.lemma_.lower() == "find"


def headline_subject(token: Token) -> Token | None:
    """The victim a headline's noun-tagged root verb has as its subject ("Teen shot while
    playing with friend"), or None."""
    if token.tag_ not in ("NN", "NNS") or token.lower_ not in WORD_LEMMAS:
        return None
    if token.dep_ != "ROOT":
        # "arrest made after 19-year-old succumbs to wounds": an age right before the verb
        age = _age_before(token)
        return age if age is not None and age.i == token.i - 1 else None
    if any(c.like_num for c in token.children):
        return None  # "Six Shot At Nightclub": a count, read as one
    return next((c for c in token.children if c.dep_ == "nsubj"), None) or _age_before(token)


def _age_before(token: Token) -> Token | None:
    """A headline's victim written as an age the parse hangs on the predicate as an adjective
    ("15-year-old killed", "6-year-old dies in shooting", "3-year-old accidentally shot")."""
    return next(
        (
            c
            for c in token.children
            if c.dep_ in ("amod", "nsubj", "npadvmod", "dep") and c.i < token.i and is_age_noun(c)
        ),
        None,
    )


# Inflected forms a title-case headline leaves unlemmatised.
WORD_LEMMAS = _values("word_lemmas")
# A headline's verbs tagged as plural nouns, counting the number after them ("shooting kills 2",
# "Shooting Wounds 4 Boys"), never one before ("two kills", "gunshot wounds").
VERBS_AS_PLURALS = _words("verbs_as_plurals")
# Forms a headline's plural-noun tag hides ("3 Dead" tagged NNS, "kills 2").
WORD_FORMS = VERBS_AS_PLURALS | _words("word_forms")
# A title-case headline's noun predicates, left unlemmatised as proper nouns.
TITLE_NOUNS = _values("title_nouns")
_DIGITS = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+$")


def number_value(token: Token) -> int | None:
    """The integer a single token writes, or None."""
    word = token.lower_
    if _DIGITS.match(word):
        if word == "911" or (len(word) == 4 and word.startswith(("19", "20"))):
            return None  # the emergency number and years are not counts
        return int(word.replace(",", ""))
    return NUMBER_WORDS.get(word, MULTIPLIERS.get(word))


@dataclass(frozen=True)
class Count:
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    start: int  # token range of the count phrase
    end: int


def _words_before(doc: Doc, index: int, floor: int, n: int) -> tuple[str, ...]:
    """The `n` lower-case words just before token `index` (none before `floor`)."""
    start = index - n
    return tuple(t.lower_ for t in doc[start:index]) if start >= floor else ()


def _qualifier_before(doc: Doc, index: int, floor: int) -> tuple[str | None, int]:
    """The qualifier written just before token `index`, and where it starts."""
    for words, qualifier in QUALIFIER_WORDS:
        if _words_before(doc, index, floor, len(words)) == words:
            return qualifier, index - len(words)
    return None, index


def _number_phrase(doc: Doc, token: Token) -> Count | None:
    """Read the number written at `token` (with the words around it that belong to it)."""
    sent_start = token.sent.start
    first = last = token.i
    word = token.lower_
    if word in VAGUE_COUNTS:
        low = VAGUE_COUNTS[word]
        return Count(low, low, None, Qualifier.AT_LEAST, token.i, token.i + 1)
    value = number_value(token)
    if value is None or any(
        0 <= j < len(doc)
        and 0 <= 2 * j - token.i < len(doc)
        and doc[j].text in ("/", ":")
        and doc[2 * j - token.i].like_num
        for j in (token.i - 1, token.i + 1)
    ):
        return None  # dates, times and scores ("1/8", "7:30") are not counts; "Sheriff: 4" is
    # Written numbers in several tokens: "twenty - seven", "half a dozen", "two dozen", "3 lakh".
    j = token.i - 1
    while j >= sent_start and (doc[j].text == "-" or number_value(doc[j]) is not None):
        if (
            doc[j].lower_ in ("a", "an", "one")
            and doc[j + 1].lower_ not in MULTIPLIERS
            and (doc[j + 1].lower_ != "dozen")
        ):
            break  # "a 6-year-old": the article is no number
        if doc[j].text != "-":
            first = j
        j -= 1
    k = token.i + 1
    while (
        k < token.sent.end
        and (doc[k].text == "-" or number_value(doc[k]) is not None)
        and (doc[k].lower_ not in ("a", "an", "one"))
        and not _starts_age(doc, k)  # "two 15-year-old boys": the age is no part of the count
    ):
        last = k
        k += 1
    if _starts_age(doc, last):
        return None  # "kills 6-year-old brother": an age, not a count
    words = [t.lower_ for t in doc[first : last + 1] if t.text != "-"]
    if first > sent_start and doc[first - 1].lower_ == "half" and words[-1] == "dozen":
        value, first = 6, first - 1
    else:
        value = _combine(words)
        if value is None:
            return None
    if last + 1 < len(doc) and doc[last + 1].lower_ in UNITS:
        return None
    if "".join(t.lower_ for t in doc[last + 1 : last + 4]).startswith(("y/o", "y.o")):
        return None  # "a 43 y/o man": an age
    # Ranges: "between 10 and 15", "10 to 15", "10-15", "10 or 12".
    if last + 2 < token.sent.end and doc[last + 1].lower_ in ("to", "-", "or", "and"):
        other = number_value(doc[last + 2])
        between = first > sent_start and doc[first - 1].lower_ == "between"
        if other is not None and other > value and (doc[last + 1].lower_ != "and" or between):
            start = first - 1 if between else first
            return Count(None, value, other, Qualifier.RANGE, start, last + 3)
    if any(_words_before(doc, first, sent_start, len(w)) == w for w in AGE_BEFORE):
        return None  # "a boy younger than 12 was shot": an age, not a count
    qualifier, start = _qualifier_before(doc, first, sent_start)
    if (
        qualifier is None
        and first - 2 >= sent_start
        and doc[first - 1].lower_ in ("and", "to", "-")
        and doc[first - 2].like_num
        and (doc[first - 1].lower_ != "and" or doc[first - 4 : first - 2].text.lower() == "between")
    ):
        return None  # the second number of a range, read from the first
    qualifier = qualifier or Qualifier.EXACT
    if value == 0:
        return Count(0, 0, 0, Qualifier.ZERO, start, last + 1)
    low = value if qualifier in (Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN) else None
    high = value if qualifier in (Qualifier.EXACT, Qualifier.AT_MOST) else None
    return Count(value, low, high, qualifier, start, last + 1)


def _starts_age(doc: Doc, index: int) -> bool:
    """True when the number at `index` begins an age: "15-year-old", "15 year old"."""
    following = [t.lemma_.lower() for t in doc[index + 1 : index + 3] if t.text != "-"]
    return bool(following) and following[0] in AGE_UNITS


def _combine(words: list[str]) -> int | None:
    total = current = 0
    for word in words:
        if _DIGITS.match(word):
            current += int(word.replace(",", ""))
        elif word in MULTIPLIERS:
            current = max(current, 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total, current = total + current, 0
        elif word == "dozen":
            current = max(current, 1) * 12
        elif word in NUMBER_WORDS:
            current += NUMBER_WORDS[word]
        else:
            return None
    return total + current


def _conjuncts(head: Token) -> list[Token]:
    """The head and the heads coordinated with it ("Michael, Connor and Kailey")."""
    found = [head]
    for child in head.children:
        if child.dep_ == "conj":
            found.extend(_conjuncts(child))
    return found


def _is_age(doc: Doc, number: Token) -> bool:
    """ "Boy, 16, dies", "Smith, 23, was shot": a number set off by commas after a noun."""
    i = number.i
    return (
        2 <= i < len(doc) - 1
        and doc[i - 1].text == ","
        and doc[i + 1].text == ","
        and doc[i - 2].is_alpha
        and number_value(doc[i - 2]) is None
    )


AGE_UNITS = _words("age_units")


def is_age_noun(token: Token) -> bool:
    """ "old" of "a 17-year-old" used as a noun: one person of that age ("A 17-year-old was
    wounded", "14-year-old dead, 12-year-old hurt"), which the parse leaves an adjective."""
    return token.lower_ == "old" and any(
        c.dep_ in ("npadvmod", "compound") and c.lemma_.lower() in AGE_UNITS and c.i < token.i
        for c in token.children
    )


def _single(token: Token, start: int) -> Count:
    return Count(1, 1, 1, Qualifier.EXACT, start, token.i + 1)


def _zero(start: int, end: int) -> Count:
    return Count(0, 0, 0, Qualifier.ZERO, start, end)


def _denied_count(doc: Doc, head: Token) -> Count | None:
    """A count of none told as a negated one: "no-one" (the parse splits it in three: "no",
    "-", "one"), "not one person", "not a single person" (each had read as one victim)."""
    at = head.i
    if (
        head.lower_ == "one"
        and at >= 2
        and doc[at - 1].text == "-"
        and doc[at - 2].lower_ == "no"
        and not doc[at - 2].whitespace_
        and not doc[at - 1].whitespace_
    ):
        return _zero(at - 2, at + 1)
    start = head.left_edge.i
    if doc[start].lower_ != "not" and start > 0 and doc[start - 1].lower_ == "not":
        start -= 1  # (the parse hangs "not" on the verb)
    words = [t.lower_ for t in doc[start : at + 1]]
    if words[:1] == ["not"] and (words[1:3] == ["a", "single"] or words[1:2] == ["one"]):
        return _zero(start, at + 1)
    return None


def _negated_none(verb: Token, patient: Token) -> Count | None:
    """None harmed, told by a negated verb whose patient is anyone, any of some people or a
    single one ("did not kill anyone", "did not kill a single civilian", "did not harm any
    villagers"); else None ("was not injured", "did not kill two men": no count)."""
    if not any(c.dep_ == "neg" for c in verb.children):
        return None
    if patient.lower_ in ANYONE_WORDS:
        return _zero(patient.i, patient.i + 1)
    words = {c.lower_ for c in patient.children if c.dep_ in ("det", "amod")}
    if "any" in words or {"a", "single"} <= words:
        return _zero(patient.left_edge.i, patient.i + 1)
    return None


def count_of(doc: Doc, head: Token) -> Count | None:
    """How many the noun phrase headed by `head` counts, or None if it does not say."""
    word = head.lower_
    children = list(head.children)
    if word in ZERO_WORDS:
        return _zero(head.i, head.i + 1)
    denied = _denied_count(doc, head)
    if denied is not None:
        return denied
    for child in children:
        if child.dep_ == "det" and child.lower_ == "no":
            return _zero(child.i, head.i + 1)
    if is_age_noun(head):
        # "a 17-year-old was wounded": one person; "killed a 20-year-old, 22-year-old": each
        # age before it and a comma is one more (the parse hangs the list on the last)
        listed = sum(
            1 for c in children if c.i < head.i and is_age_noun(c) and doc[c.i + 1].text == ","
        )
        if listed:
            total = listed + 1
            return Count(total, total, total, Qualifier.EXACT, head.left_edge.i, head.i + 1)
        return _single(head, head.left_edge.i)
    if (
        word in TOLL_ORDINALS
        and head.dep_ in ("nsubj", "nsubjpass", "dobj")
        and any(c.dep_ == "det" and c.lower_ == "a" for c in children)
        and not any(c.dep_ == "prep" for c in children)  # a fraction: "a third of them"
    ):
        # (an ordinal is like_num: "shot two people and killed a third" is one more)
        return _single(head, head.i - 1)
    if head.like_num or word in VAGUE_COUNTS or word == "dozen":
        if _is_age(doc, head):
            # "Boy, 16, dies": the parse takes the age for the subject; the boy is one
            return Count(1, 1, 1, Qualifier.EXACT, head.i - 2, head.i - 1)
        return _number_phrase(doc, head)
    for child in children:
        if (
            # (a number written as one word the tagger takes for an adjective: "twentynine")
            (
                child.dep_ in ("nummod", "quantmod")
                or (child.dep_ == "amod" and child.lower_ in NUMBER_WORDS)
            )
            and child.i < head.i
            # "Two injured, gunman dead": the number is the other predicate's count (not
            # "1 shooting victim", where the predicate is the noun's own modifier)
            and not any(predicate_kind(t) and t.head.i != head.i for t in doc[child.i + 1 : head.i])
        ):
            count = _number_phrase(doc, child)
            if count is not None:
                return count
    if (
        head.tag_ in ("NN", "NNP")
        and not head.ent_type_
        and head.lemma_.lower() not in NOT_PEOPLE
        and head.lower_ not in GROUP_NOUNS  # "kills family": not one person
        and not any(c.dep_ == "det" for c in children)
        and (
            any(
                (c.dep_ == "acl" and c.tag_ == "VBN")
                or (c.dep_ == "amod" and c.i > head.i)
                # "police identify murdered child"
                or (c.dep_ == "amod" and c.tag_ == "VBN" and head.lower_ in PERSON_NOUNS)
                for c in children
                if predicate_kind(c) or struck_kind(c)  # "Girl hit by stray bullet"
            )
            # a headline's verb with a bare object: "Man kills woman, self", "killed wife",
            # "charged with killing teen girl"
            or (
                # (the parse may take a person for an adverb: "shooting that killed teen")
                (head.dep_ == "dobj" or (head.dep_ == "npadvmod" and head.lower_ in PERSON_NOUNS))
                and (head.head.tag_ in ("VBZ", "VBD") or _headline_gerund(head.head))
                and not any(c.dep_ == "poss" for c in children)  # "shot his gun": below
                and predicate_kind(head.head)
                and not any(c.dep_ in ("aux", "auxpass") for c in head.head.children)
            )
        )
    ):
        return _single(head, head.i)  # a headline: "Man Killed In Drive-By Shooting"
    if head.ent_type_ == "PERSON" or (head.tag_ == "NNP" and head.ent_type_ in ("", "ORG")):
        # "Anna, Cole, Dara and Eli Whitford were shot dead": one per name head
        # an object lists its names after the head ("shot X and Y"); a subject before it
        names = [
            t
            for t in _conjuncts(head)
            if t.tag_ == "NNP" and (t.i <= head.i or head.dep_ == "dobj")
        ]
        # "Dennie Roe, 66 and Ginger Roe, 64": the parse hangs the next name on the age
        names += [
            name
            for age in head.children
            if age.dep_ == "appos" and age.like_num
            for name in age.children
            if name.dep_ == "conj" and name.ent_type_ == "PERSON"
        ]
        # an untagged proper name counts as a person where it is the clause's subject or
        # object ("Lorell Banks died"), or in a list of names
        argument = head.dep_ in ("nsubj", "nsubjpass", "dobj")
        # "a vigil for Jamal Brown, who was killed": "who" says a person, whatever the tag
        someone = any(
            c.dep_ == "relcl" and any(g.lower_ in ("who", "whom") for g in c.children)
            for c in head.children
        )
        # (nor be arrested: "arrested Marcus Hale" tagged an organisation is a name)
        arrested = head.dep_ == "dobj" and predicate_kind(head.head) == "arrested"
        if (
            head.ent_type_ == "ORG"
            and head.dep_ not in ("nsubj", "nsubjpass")
            and not someone
            and not arrested
        ):
            return None  # an organisation cannot die; as a subject it is a mis-tagged name
        if head.ent_type_ == "PERSON" or argument or someone or len(names) >= 2:
            start = min((c.i for c in head.lefts), default=head.i)
            value = max(len(names), 1)
            # the phrase ends with the last name counted ("injuring Leanne Smith and Dustin
            # Grey"), so that the list is not counted again (_with_conjuncts)
            end = max((t.i for t in names), default=head.i) + 1
            return Count(value, value, value, Qualifier.EXACT, start, max(end, head.i + 1))
        return None
    if head.dep_ == "intj" and word in INTERJECTION_NOUNS:
        return _single(head, head.i)  # see _patient: "Boy died of gunshot wound"
    if word == "another" and head.dep_ in ("nsubj", "nsubjpass", "dep", "dobj"):
        return _single(head, head.i)  # "one man was killed and another was wounded"
    if word in PERSONAL_SINGULAR or (word in REFLEXIVES and head.dep_ == "dobj"):
        return _single(head, head.i)  # "he was shot", "a teen shoots himself"
    if head.tag_ == "NN":
        for child in children:
            if child.dep_ == "det" and child.lower_ in SINGULAR_DETS:
                return _single(head, child.i)
            if (
                child.dep_ == "poss"
                # "kills his girlfriend", "kills police officer's son"
                and (child.lower_ in POSSESSIVES or any(c.dep_ == "case" for c in child.children))
                and head.lemma_.lower() not in NOT_VICTIMS
                and head.lower_ not in GROUP_NOUNS  # "massacred his family": how many?
            ):
                return _single(head, child.left_edge.i)
        predicate = head.head
        if (
            head.dep_ == "nsubj"
            # "Teen killed in shooting"; "Infant dies after being shot" in the present tense
            and (
                predicate.tag_ in ("VBN", "VBD")
                or _lemma_in(predicate, DIE_LEMMAS)
                or headline_verb_as_noun(predicate)  # "Teen shot while playing"
                # "Police say child dead after being shot"
                or (predicate.pos_ == "ADJ" and predicate_kind(predicate) is not None)
            )
            and not any(c.dep_ == "dobj" for c in predicate.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in predicate.children)
            and not any(c.dep_ == "det" for c in children)
        ):
            return _single(head, head.i)  # a headline: "Teen killed in shooting"
    return None


def _subject_of_its_own_clause(head: Token) -> bool:
    """A noun with a bare verb of its own right after it, and "and" or a comma after that: "A
    struggle ensued, and the teen was shot" read as "a struggle ... and the teen were shot"
    (not "a man named Lee", whose verb has its own words, nor "a man wounded")."""
    doc = head.doc
    return any(
        c.dep_ == "acl"
        and c.i == head.i + 1
        and c.tag_ in ("VBD", "VBN")
        and not list(c.children)
        and predicate_kind(c) is None
        and c.i + 1 < len(doc)
        and doc[c.i + 1].lower_ in (",", "and")
        for c in head.children
    )


def _in_headline(token: Token) -> bool:
    """True when `token`'s sentence ends without a full stop, as a headline does: there a bare
    noun is one person ("Man kills woman"); in a sentence "the death of democracy" is no one's."""
    return token.sent[-1].text not in (".", "!", "?", '"')


def _headline_gerund(verb: Token) -> bool:
    """A headline's gerund after a preposition ("charged with killing teen girl"): its bare
    object is one person, as a finite verb's is; a sentence with a full stop writes "a girl"."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and _in_headline(verb)


def _with_conjuncts(doc: Doc, head: Token, listed: bool = False) -> Count | None:
    """Count a coordinated patient: "two men and a woman" -> 3. `listed`: a later item of
    the list, where a bare noun counts one ("a mother, father and toddler")."""
    first = count_of(doc, head)
    if first is None and head.tag_ in ("NNS", "NNPS"):
        # "the victims, three young women, were shot": the plural with no number of its own is
        # counted by the apposition that renames it
        renamed = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i), None)
        # (not their ages: "the victims, ages 18, 19 and 21")
        if renamed is not None and not renamed.like_num and renamed.lemma_.lower() != "age":
            return _with_conjuncts(doc, renamed)
    if (
        first is None
        and listed
        and (
            head.tag_ in ("NN", "NNP") or head.lower_ in REFLEXIVES or _lemma_in(head, PERSON_NOUNS)
        )
    ):
        first = _single(head, head.i)  # (a kin noun tagged an adjective: "stepfather")
    conjuncts = [c for c in head.children if c.dep_ == "conj" or _listed_apposition(head, c)]
    if not conjuncts:
        conjuncts = _conjuncts_of_name(head)
    if not conjuncts and listed and (dangling := _dangling_conjunct(head)) is not None:
        conjuncts = [dangling]
    if not conjuncts and first is not None and (stray := _stray_list_item(head)) is not None:
        conjuncts = [stray]
    if not conjuncts and first is not None and (others := _listed_after_self(head)) is not None:
        conjuncts = [others]
    if first is not None and first.qualifier == Qualifier.EXACT and first.value == 1:
        first = _joined_as_modifier(head, first)
    if not conjuncts or first is None or first.qualifier == Qualifier.RANGE:
        return first
    if _alternatives(head):
        return first  # "either his brother or a friend was dead": one of them, not both
    if any(c.dep_ == "appos" and _children_named_again(head, c, first) for c in head.children):
        return first  # "Two children, a four year and a seven year old": the same two
    if first.value == 1 and len(conjuncts) == 1 and _both_said(head):
        # "Deputy & Driver Both Shot": "both" says two, whatever the parse made of the second
        # (title case may tag it a verb)
        return Count(2, 2, 2, Qualifier.EXACT, first.start, max(first.end, conjuncts[0].i + 1))
    total, end, exact = first.value or 0, first.end, first.qualifier == Qualifier.EXACT
    if (
        head.i + 1 < len(doc)
        and doc[head.i + 1].text == ","
        and len(conjuncts) == 1
        and (first.value or 0) >= 2
        and head.lemma_.lower() in GENERIC_PEOPLE
    ):
        parts = _with_conjuncts(doc, conjuncts[0])
        if parts is not None and parts.value == first.value:
            return first  # "three people, two men and a woman": the same three, named again
    plural = head  # the last plural item counted, which names after it may rename
    for conjunct in conjuncts:
        if conjunct.i < first.end:
            continue  # a name the first count's list of names holds
        if any(predicate_kind(t) for t in doc[head.i + 1 : conjunct.i]) or _unborn(conjunct):
            continue  # "one dead and two injured": the second count has its own predicate
        if _speakers_hung_on_list(head, conjunct):
            break  # "wounding nine others, residents and hospital staff said": who says it
        if _place_after_place(head, conjunct):
            continue  # "shoots driver on I-80, Lower Macungie": where, not a second victim
        count = _with_conjuncts(doc, conjunct, listed=True)
        if count is None or count.value is None:
            continue
        if _names_again(doc, plural, conjunct, count):
            continue  # "Carver and his two daughters, Ella, 9, and Ruth, 6": the two daughters
        plural = conjunct
        total += count.value
        end = max(end, count.end)
        exact = exact and count.qualifier == Qualifier.EXACT
    qualifier = Qualifier.EXACT if exact else Qualifier.AT_LEAST
    high = total if exact else None
    return Count(total, total, high, qualifier, first.start, end)


@functools.cache
def cue_lemmas() -> frozenset[str]:
    """Lemmas of the words that attribute a claim (extract/cue_verbs.tsv; claims'
    load_cue_lexicon cannot be imported here: claims imports the pipeline, which imports us)."""
    return frozenset(row["lemma"] for row in read_rows("corroborate.extract", "cue_verbs.tsv"))


def _speakers_hung_on_list(head: Token, item: Token) -> bool:
    """An item the parse hung on a list of victims that is the subject of the verb of saying
    right after it, whose clause the victims are in: "... wounding nine others, residents and
    hospital staff said" (residents and staff are who says it, not two more wounded)."""
    after = item.doc[item.right_edge.i + 1 : item.right_edge.i + 2]
    return bool(
        after
        and after[0].pos_ == "VERB"
        and after[0].lemma_.lower() in cue_lemmas()
        and after[0] in head.ancestors
    )


def _conjuncts_of_name(head: Token) -> list[Token]:
    """The list's next items the parse hung on the name that follows a person noun with no
    comma ("killed his wife Ann Roe and son Ben Roe": "son Ben Roe" a conjunct of "Roe")."""
    name = next(
        (
            c
            for c in head.children
            if c.dep_ == "appos" and c.tag_ == "NNP" and c.left_edge.i == head.i + 1
        ),
        None,
    )
    if name is None or not _lemma_in(head, LISTED_PEOPLE):
        return []
    after_and = [  # or on the noun itself: "wife Ann Roe and 7-year-old son Ben Roe"
        c
        for c in head.children
        if c.dep_ == "appos"
        and c.i > name.i
        and head.doc[c.left_edge.i - 1].lower_ == "and"
        and _lemma_in(c, LISTED_PEOPLE)
    ]
    return [c for c in name.children if c.dep_ == "conj" and c.tag_ in ("NN", "NNP")] + after_and


def _names_again(doc: Doc, plural: Token, item: Token, count: Count) -> bool:
    """True when `item` lists names right after a counted plural and a comma, as many as it
    counts: "his two daughters, Ella Carver, 9, and Ruth Carver, 6" names the two daughters."""
    if plural.tag_ != "NNS" or item.tag_ != "NNP" or doc[plural.i + 1].text != ",":
        return False
    number = count_of(doc, plural)
    return (
        number is not None
        and number.qualifier == Qualifier.EXACT
        and (number.value or 0) >= 2
        and number.value == count.value
        and item.left_edge.i == plural.i + 2
    )


def _both_said(head: Token) -> bool:
    """The coordinated patient carries "both" ("X & Y Both Shot", "X and Y, both wounded")."""
    return any(
        c.lower_ == "both" and c.dep_ in ("appos", "det", "predet", "preconj")
        for c in head.children
    )


def _dangling_conjunct(head: Token) -> Token | None:
    """The person after a headline's "and" that the parse hung elsewhere ("killings of
    Millbrook man and 6-year-old son": "son" an apposition of the first word),
    when `head` has the "and" but no conjunct."""
    cc = next((c for c in head.children if c.dep_ == "cc" and c.lower_ == "and"), None)
    if cc is None or not _in_headline(head):
        return None
    for token in head.doc[cc.i + 1 : head.sent.end]:
        if token.tag_ in ("NN", "NNS", "NNP") and token.dep_ not in ("compound", "npadvmod"):
            person = _lemma_in(token, PERSON_NOUNS) or token.ent_type_ == "PERSON"
            return token if person and token.head.i != head.i else None
        if token.is_punct and token.text != "-":
            return None
    return None


def _listed_after_self(head: Token) -> Token | None:
    """The person listed right after a reflexive object whom the parse hung elsewhere: "shot
    herself and her three children" ("children" a conjunct of the subject), a headline's
    "shooting self, girl" ("girl" on another verb): those hurt with the shooter, counted
    with him. Only a person noun hung as a conjunct or apposition, with no verb between ("shot
    himself and his wife found him" names no one else shot)."""
    doc = head.doc
    after = head.i + 1
    if head.lower_ not in REFLEXIVES or head.dep_ != "dobj" or after >= head.sent.end:
        return None
    if doc[after].lower_ not in ("and", "&") and not (
        doc[after].text == "," and _in_headline(head)
    ):
        return None
    for token in doc[after + 1 : min(head.sent.end, after + 6)]:
        if token.tag_ in ("NN", "NNS", "NNP") and token.dep_ != "compound":
            person = _lemma_in(token, PERSON_NOUNS) or token.ent_type_ == "PERSON"
            hung_elsewhere = token.head.i != head.i and token.dep_ in ("conj", "appos", "npadvmod")
            return token if person and hung_elsewhere else None
        if token.pos_ in ("VERB", "AUX") or (token.is_punct and token.text != "-"):
            return None
    return None


def _alternatives(head: Token) -> bool:
    """The coordination offers alternatives ("his brother or a friend"), not a list."""
    words = {c.lower_ for c in head.children if c.dep_ in ("cc", "preconj")}
    return bool(words & {"or", "nor", "either", "neither"}) and "and" not in words


def _stray_list_item(head: Token) -> Token | None:
    """A list's middle item the parse tagged an adjective and hung on the verb ("killed his
    mother, stepfather, and uncle": "stepfather" an adverb of "killed", "uncle" its
    conjunct): a person noun right after the head's comma that has the list's last item."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    item = doc[head.i + 2]
    if (
        item.tag_ not in ("JJ", "RB")
        or item.head.i != head.head.i
        or not _lemma_in(item, PERSON_NOUNS)
        or not any(c.dep_ == "conj" for c in item.children)
    ):
        return None
    return item


def _joined_as_modifier(head: Token, count: Count) -> Count:
    """ "A man and police officer suffered injuries": the parse hangs "man and police" on
    "officer" as a modifier; each noun before the last is one person more."""
    for child in head.children:
        if (
            child.dep_ == "nmod"
            and child.i < head.i
            and child.tag_ == "NN"
            and not child.ent_type_
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in child.children)
            and child.lemma_.lower() not in NOT_PEOPLE | SHOT_THINGS | NOT_VICTIMS
        ):
            total = count.value + len(_conjuncts(child)) - 1
            return Count(total, total, total, Qualifier.EXACT, min(count.start, child.i), count.end)
    return count


def _place_after_place(head: Token, conjunct: Token) -> bool:
    """A proper name after the head's own phrase of place, joined by a bare comma ("driver on
    I-80, Lower Macungie"): the parse's conjunct is the place's town, not one more victim."""
    return (
        conjunct.tag_ == "NNP"
        and conjunct.ent_type_ != "PERSON"
        and head.doc[conjunct.left_edge.i - 1].text == ","
        and not any(c.dep_ == "cc" for c in (*head.children, *conjunct.children))
        and any(c.dep_ == "prep" and head.i < c.i < conjunct.i for c in head.children)
    )


def _listed_apposition(head: Token, child: Token) -> bool:
    """A list's item hung on the one before as an apposition: "woman, her son, himself" (the
    killer himself, a relative after a common noun), not a renaming ("Jane Doe, his wife")."""
    if child.dep_ != "appos" or child.i < head.i or head.doc[child.left_edge.i - 1].text != ",":
        return False
    if child.lower_ in REFLEXIVES:
        return True
    if (
        head.tag_ == "NN"
        and any(c.dep_ == "poss" for c in child.children)
        and not _renaming_set_off(child)
    ):
        return True
    # "Abel Norrin, 23, Tomas Quill, 32, and ...": a name after a name and its age
    # is the next of a list of victims (a renaming reads "Norrin, 23, a father of three")
    if (
        head.ent_type_ == child.ent_type_ == "PERSON"
        and child.tag_ == "NNP"
        and any(c.dep_ == "appos" and c.like_num and head.i < c.i < child.i for c in head.children)
    ):
        return True
    # "a mother, father, and infant": a renaming is not continued by "and" another noun
    if head.tag_ == "NN" and child.tag_ == "NN" and any(c.dep_ == "conj" for c in child.children):
        return True
    # a headline's bare nouns: "Man, 17-month-old child dead"
    return (
        head.tag_ in ("NN", "NNP")
        and child.tag_ == "NN"
        and not head.ent_type_
        and not any(c.dep_ == "det" for c in (*head.children, *child.children))
    )


def _renaming_set_off(child: Token) -> bool:
    """An apposition set off by commas on both sides, its clause going on after it ("wounded
    a 7-year-old boy, his nephew, in the leg"): it renames the one before it. (A list's
    item is followed by another item or "and": "kills wife, her son, himself".)"""
    doc = child.doc
    after = child.right_edge.i + 1
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    if any(c.dep_ == "conj" for c in child.children):
        return False
    return doc[after + 1].pos_ in ("ADP", "ADV", "VERB", "AUX", "SCONJ")


def _listed_after(doc: Doc, patient: Token, count: Count) -> Count:
    """An object's list without "and": "killed 2 adults, 2 teens" -> 4 (not a renaming of
    generic "people" or "victims", and not a count with its own predicate)."""
    if count.qualifier != Qualifier.EXACT or patient.lemma_.lower() in GENERIC_PEOPLE:
        return count
    verb = patient.head
    if (
        patient.dep_ == "dobj"
        and doc[patient.right_edge.i + 1 : patient.right_edge.i + 2].text == ","
    ):
        # a headline's numbered item the parse joins to the verb: "shot wife, 2 kids" (as a
        # conjunct, or in title case as a loose dependent: "Killed Wife, 4 Kids")
        for item in verb.children:
            if (
                item.dep_ in ("conj", "dep", "npadvmod", "appos")
                and item.left_edge.i == patient.right_edge.i + 2
                and item.tag_ in ("NNS", "NN")
                and item.lemma_.lower() not in NOT_PEOPLE
                and any(c.dep_ == "nummod" for c in item.children)
                and (other := count_of(doc, item)) is not None
                and other.qualifier == Qualifier.EXACT
                and other.value
            ):
                total = (count.value or 0) + other.value
                return Count(total, total, total, Qualifier.EXACT, count.start, item.i + 1)
    for child in patient.children:
        if (
            child.dep_ == "appos"
            and child.i > patient.i
            and doc[patient.i + 1].text == ","
            # not already counted as an item ("a woman, her two nieces and a neighbor")
            and child.i >= count.end
            and (
                any(c.dep_ == "nummod" for c in child.children)
                # "shoots 2 women, young girl": a bare singular item after a plural count
                or (
                    child.tag_ == "NN"
                    and (count.value or 0) >= 2
                    and not any(c.dep_ in ("det", "conj", "poss") for c in child.children)
                )
            )
            and child.lemma_.lower() != patient.lemma_.lower()
            and child.lemma_.lower() not in NOT_PEOPLE
            # "Two men, ages 19 and 26, were shot": their ages, not one more
            and (child.lower_,) not in AGE_BEFORE
            and not any(predicate_kind(t) for t in doc[patient.i : child.i])
            and not _children_named_again(patient, child, count)
            and not _one_by_one_again(child, count)
        ):
            other = count_of(doc, child) or _single(child, child.i)
            if other is not None and other.qualifier == Qualifier.EXACT and other.value:
                total = (count.value or 0) + other.value
                return Count(total, total, total, Qualifier.EXACT, count.start, child.i + 1)
    return count


def _children_named_again(patient: Token, item: Token, count: Count) -> bool:
    """ "Two children, a boy and a six-year-old": the list after a count of children names
    the same children by sex or age, as many as counted ("Two girls, a four year and a seven
    year old" too, where the parse may hang the list's last item on the count's noun)."""
    lemma = patient.lemma_.lower()
    if lemma not in CHILD_WORDS | CHILD_KINDS:
        return False
    items = _conjuncts(item)
    items += [c for c in patient.children if c.dep_ == "conj" and c.i > item.i]
    if lemma not in CHILD_WORDS and len(items) < 2:
        return False  # a list after "girls", "boys": one item alone is no list of them
    return len(items) == count.value and all(
        is_age_noun(t)
        or t.lemma_.lower() in CHILD_KINDS
        or (t.lemma_.lower() in AGE_UNITS and any(c.dep_ == "nummod" for c in t.children))
        for t in items
    )


def _one_by_one_again(item: Token, count: Count) -> bool:
    """ "Two other teens, one female and one male", "two men, one 24 and one 31": a list
    after a count whose items are each "one", as many as counted, tells who they were, not
    others besides them."""
    items = _conjuncts(item)
    return len(items) == count.value and all(
        t.lower_ == "one" or any(c.dep_ == "nummod" and c.lower_ == "one" for c in t.children)
        for t in items
    )


CHUNK_TAGS = frozenset({"NN", "NNP", "NNS", "NNPS", "JJ", "CD", "HYPH"})
VERB_TAGS = frozenset({"VB", "VBP", "VBZ"})


def _headline_list(doc: Doc, patient: Token, count: Count | None) -> Count | None:
    """A headline's list led by one person: "Woman, young child killed", "Wallkill man, two
    children dead", "Police identify infant, 2 women killed" -> one more than the rest. The
    list opens the headline (or follows its verb or colon); a place or date before the comma
    ("Chicago, two men killed") is no one."""
    left = patient.left_edge.i
    commas = [t.i for t in doc[left : patient.i] if t.text == ","]
    if commas:
        left = commas[-1] + 1  # the parse may hang the list's first item on the last
    while left < patient.i and doc[left].is_punct:
        left += 1  # the parse may hang the list's comma on the noun
    start = left if count is None else min(count.start, left)
    sent_start = patient.sent.start
    if start - 2 < sent_start or doc[start - 1].text != ",":
        return count
    j = start - 2
    while j >= sent_start and (doc[j].tag_ in CHUNK_TAGS or doc[j].text == "-"):
        j -= 1
    before = doc[j] if j >= sent_start else None
    lead = doc[start - 2]
    if (
        j == start - 2
        or (
            before is not None
            and before.pos_ not in ("VERB", "AUX")
            and before.text != ":"
            and before.lower_ != "of"  # "Police release names of woman, toddler murdered"
        )
        or (lead.tag_ not in ("NN", "NNP") and lead.lower_ not in PAIR_NOUNS)
        or lead.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "NORP")
        or lead.lemma_.lower() in NOT_PEOPLE
        or lead.lower_ in GROUP_NOUNS  # "Family, friends mourn teen killed": the mourners
        or any(predicate_kind(t) or t.lower_ in WORD_LEMMAS for t in doc[j + 1 : start])
        # "Jorge Ramirez, a man fatally shot": a renaming, the same person
        or (patient.dep_ == "appos" and patient.head.i == lead.i and doc[start].lower_ in ARTICLES)
    ):
        return count
    own = count.value if count is not None else 1
    if own is None or (count is not None and count.qualifier != Qualifier.EXACT):
        return count
    total = own + PAIR_NOUNS.get(lead.lower_, 1)  # "Couple, 2 children dead": four
    return Count(total, total, total, Qualifier.EXACT, j + 1, patient.i + 1)


LIST_BREAKS = frozenset({",", "&", "and"})
# Who a headline's list may name ("2 bailiffs, shooter dead"), and counted nouns that are no one.
LISTED_PEOPLE = PERSON_NOUNS | PERPETRATOR_NOUNS
LISTED_THINGS = NOT_PEOPLE | SHOT_THINGS


def _person_item(item: Span) -> int | None:
    """How many people one item of a headline's list names ("Boy", "Pregnant Woman", "2
    Women", "Couple"), or None when it names no one."""
    # "Boy" opening a headline is often tagged an interjection; "suspect" after a comma is
    # often tagged a verb ("Millbrook deputy, suspect wounded": the deputy suspects)
    if not all(
        t.tag_ in CHUNK_TAGS
        or (t.tag_ == "UH" and t.i == item.start)
        or (t.i == item.end - 1 and listed_suspect(t))
        for t in item
    ):
        return None
    noun = item[-1].lower_
    if noun in PAIR_NOUNS:
        return PAIR_NOUNS[noun]
    first = item[0]
    numbered = first.like_num and len(item) > 1 and item[1].text != "-"  # not "16-Year-Old"
    if noun not in LISTED_PEOPLE and noun.rstrip("s") not in LISTED_PEOPLE:
        # "2 bailiffs": a numbered plural of anything but things is people
        plural = numbered and item[-1].tag_ in ("NNS", "NNPS")
        if not plural or item[-1].lemma_.lower() in LISTED_THINGS:
            return None
    return number_value(first) if numbered else 1


def listed_suspect(token: Token) -> bool:
    """ "suspect" the tagger took for a verb as the last item of a list of those harmed, the
    harm right after it ("Millbrook deputy, suspect wounded"): the person, not a suspicion."""
    doc = token.doc
    return (
        token.lower_ in PERPETRATOR_NOUNS
        and token.tag_ in VERB_TAGS
        and token.i > 0
        and doc[token.i - 1].text == ","
        and token.i + 1 < len(doc)
        and predicate_kind(doc[token.i + 1]) is not None
    )


ITEM_TAGS = CHUNK_TAGS | {"DT", "POS", "PRP$"}


def _subjects_after_between(doc: Doc, verb: Token) -> tuple[Token, Count] | None:
    """A passive verb of harm with no subject in the parse, joined to a clause of gunfire
    "between" two parties, whose subject the parse hung on that pair as more of its items
    ("shots were exchanged between the man and deputies and Deputy Ann Lee and the suspect
    were killed"): "between" takes two, the items after them are the verb's subject, each one
    person (or its number: "two deputies")."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    aux = next((c for c in verb.children if c.dep_ == "auxpass" and c.i < verb.i), None)
    if aux is None:
        return None
    start = verb.sent.start
    between = next(
        (t for t in reversed(doc[start : aux.i]) if t.lower_ == "between"),
        None,
    )
    if between is None or not all(
        t.tag_ in ITEM_TAGS or t.lower_ in LIST_BREAKS for t in doc[between.i + 1 : aux.i]
    ):
        return None
    items: list[Span] = []
    item_start = between.i + 1
    for i in range(between.i + 1, aux.i + 1):
        if i == aux.i or doc[i].lower_ in LIST_BREAKS:
            if i == item_start:
                return None  # "and" after a comma, or nothing between two breaks
            items.append(doc[item_start:i])
            item_start = i + 1
    subjects = items[2:]
    if not subjects:
        return None
    total = sum((number_value(item[0]) or 1) if item[0].like_num else 1 for item in subjects)
    return subjects[-1][-1], Count(
        total, total, total, Qualifier.EXACT, subjects[0].start, subjects[-1].end
    )


def _title_list(doc: Doc, predicate: Token) -> tuple[Token, Count] | None:
    """A headline's list the parser cannot read, often in title case: "Uncle, Aunt, Nephew
    Hurt", "Girl, 4, and woman wounded", "19-Year-Old Man, Woman Gunned Down": the people of each
    item added, when every item from the headline's start (or its colon) to the predicate
    names people and there are two or more. An age between commas goes with the item before."""
    if not _in_headline(predicate):
        return None
    start = predicate.sent.start
    colons = [t.i for t in doc[start : predicate.i] if t.text == ":"]
    start = colons[-1] + 1 if colons else start
    end = predicate.i
    while end > start and doc[end - 1].lower_ in HEADLINE_ADVERBS:
        end -= 1  # "Toddler Found Dead", "Man Fatally Shot"
    items: list[Span] = []
    item_start = start
    for i in range(start, end + 1):
        if i == end or doc[i].lower_ in LIST_BREAKS:
            if i > item_start:
                items.append(doc[item_start:i])
            item_start = i + 1
    people = [_person_item(item) for item in items if not (len(item) == 1 and item[0].like_num)]
    if len(people) < 2 or any(n is None for n in people):
        return None
    total = sum(n for n in people if n is not None)
    return items[-1][-1], Count(total, total, total, Qualifier.EXACT, start, end)


HEADLINE_ADVERBS = _words("headline_adverbs")


def _listed_before(doc: Doc, patient: Token, count: Count) -> Count:
    """A headline's list without "and": "2 adults, 1 child dead" -> 3. The parse hangs the
    last item on the first as an apposition; both must be numbered and name different people
    (an apposition that renames, "three people, two men and a woman", is not added)."""
    head = patient.head
    if (
        patient.dep_ != "appos"
        or head.i >= patient.i
        or (
            doc[patient.i - 1].text != ","
            and not (count.start > 0 and doc[count.start - 1].text == ",")
        )
        or head.lemma_.lower() == patient.lemma_.lower()
        or head.lemma_.lower() in NOT_PEOPLE  # "17 scenes, 7 dead"
        # "1 dead, 3 injured", "4 shot, 1 dead": each count has its own predicate
        or any(predicate_kind(t) or t.lower_ in WORD_LEMMAS for t in doc[head.i : patient.i])
        or count.qualifier != Qualifier.EXACT
        or not any(c.dep_ == "nummod" for c in head.children)
    ):
        return count
    first = count_of(doc, head)
    if first is None or first.qualifier != Qualifier.EXACT or not first.value or not count.value:
        return count
    total = first.value + count.value
    return Count(total, total, total, Qualifier.EXACT, first.start, count.end)


def _listed_subjects(doc: Doc, predicate: Token, patient: Token, count: Count) -> Count:
    """A headline's list the parse gives as several subjects of one verb: "Girl, mother
    fatally shot", "Pregnant woman, 2 others shot" -> each subject's count added."""
    if patient.dep_ not in ("nsubj", "nsubjpass") or count.qualifier != Qualifier.EXACT:
        return count
    total, start, end = count.value or 0, count.start, count.end
    # an earlier numbered item the parse hangs loosely on the verb: "2 children, 1 teen shot"
    comma = patient.left_edge.i - 1
    for other in predicate.children:
        hung_loosely = (
            other.dep_ in ("dep", "npadvmod")
            and other.i < comma
            and doc[comma].text == ","
            and other.tag_ in ("NNS", "NN")
            and other.lemma_.lower() not in NOT_PEOPLE
            and other.lemma_.lower() != patient.lemma_.lower()
            and any(c.dep_ == "nummod" for c in other.children)
            and not any(predicate_kind(t) for t in doc[other.i : comma])
        )
        # "3 adults and 2 juveniles were taken": both subjects of the verb, joined by "and"
        joined_by_and = (
            other.dep_ == patient.dep_
            and other.i < patient.i
            and doc[patient.left_edge.i - 1].lower_ == "and"
            and other.right_edge.i >= patient.left_edge.i - 2
            and not _subject_of_its_own_clause(other)  # "A struggle ensued and the clerk ..."
        )
        if (
            (hung_loosely or joined_by_and)
            and (item := count_of(doc, other)) is not None
            and item.qualifier == Qualifier.EXACT
            and item.value
        ):
            total, start = total + item.value, min(start, item.start)
    if count.value == 1 and any(c.dep_ == "prep" and c.lower_ == "of" for c in patient.children):
        # "One of the victims, Calvin Dorsey, later died": the name renames the one
        return Count(total, total, total, Qualifier.EXACT, start, end)
    for other in predicate.children:
        if other.dep_ != patient.dep_ or other.i <= patient.i or other.i > predicate.i:
            continue
        if doc[other.left_edge.i - 1].text not in (",", "and"):  # "Both Roe, 32, and Doe died"
            return count
        item = count_of(doc, other)
        if item is None and other.tag_ == "NN":
            item = _single(other, other.i)
        if item is None or item.qualifier != Qualifier.EXACT or item.value is None:
            return count
        total, end = total + item.value, max(end, item.end)
    return Count(total, total, total, Qualifier.EXACT, start, end)


def _listed_with_and(doc: Doc, predicate: Token, patient: Token, count: Count) -> Count:
    """A headline's list whose participle the parse hangs on its last item: "Woman and
    5-year-old child injured" -> the woman too."""
    head = patient.head
    if (
        predicate.dep_ != "acl"
        or predicate.head.i != patient.i
        or patient.dep_ != "conj"
        or head.i >= patient.i
        or head.dep_ not in ("ROOT", "conj")  # "Man dead, infant and another man injured"
        or count.qualifier != Qualifier.EXACT
        or head.tag_ not in ("NN", "NNS", "NNP")
        or head.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "DATE", "TIME", "NORP")
        or head.lemma_.lower() in NOT_PEOPLE
        or any(predicate_kind(t) for t in doc[head.i : patient.i])
    ):
        return count
    first = count_of(doc, head)
    if first is None and head.tag_ == "NN" and not any(c.dep_ == "det" for c in head.children):
        first = _single(head, head.i)
    if first is None or first.qualifier != Qualifier.EXACT or not first.value:
        return count
    total = first.value + (count.value or 0)
    return Count(total, total, total, Qualifier.EXACT, first.start, count.end)


def _age_listed_with_and(doc: Doc, predicate: Token, patient: Token, count: Count) -> Count:
    """A headline's list of an age and a count, however the parse hangs it: "3-year-old and
    four adults shot" -> five (the parse takes either item for the patient)."""
    if count.qualifier != Qualifier.EXACT or not count.value:
        return count
    sent_start = patient.sent.start
    age = doc[count.start - 2] if count.start - 2 >= sent_start else None
    # where the age phrase opens: "3 - year - old" is five tokens, whatever the parse hangs
    lead = min(age.left_edge.i, age.i - 4) if age is not None else sent_start
    if lead > sent_start and doc[lead - 1].lower_ in ("a", "an"):
        lead -= 1  # the parse may hang the age's article on the count's noun
    if (
        age is not None
        and doc[count.start - 1].lower_ == "and"
        and is_age_noun(age)
        and (
            lead <= sent_start
            or doc[lead - 1].text in (",", ":")
            or doc[lead - 1].pos_ in ("VERB", "AUX")  # "said a 3-year-old and ..."
        )
    ):
        total = count.value + 1
        return Count(total, total, total, Qualifier.EXACT, age.left_edge.i, count.end)
    if (
        is_age_noun(patient)
        and count.value == 1
        and doc[patient.i + 1 : patient.i + 2].text == "and"
    ):
        other = doc[predicate.i - 1] if predicate.i - 1 > patient.i + 1 else None
        if (
            other is not None
            and other.tag_ == "NNS"
            and other.lemma_.lower() not in NOT_PEOPLE
            and any(c.dep_ == "nummod" for c in other.children)
            and (item := count_of(doc, other)) is not None
            and item.qualifier == Qualifier.EXACT
            and item.value
        ):
            total = item.value + 1
            return Count(total, total, total, Qualifier.EXACT, count.start, item.end)
    return count


def _left_with(doc: Doc, predicate: Token, patient: Token, count: Count) -> Count:
    """A list a shooting "left" hurt, which the parse splits into an object and a clause of
    its own: "left a 12-year-old boy and three women injured" -> the boy too (not "left one
    dead and two wounded", where the first item has a predicate of its own)."""
    verb = predicate.head
    if (
        predicate.dep_ != "conj"
        or verb.lemma_.lower() != "leave"
        or patient.dep_ != "nsubj"
        or patient.i > predicate.i
        or count.qualifier != Qualifier.EXACT
        or doc[patient.left_edge.i - 1].lower_ != "and"
    ):
        return count
    item = next((c for c in verb.children if c.dep_ == "dobj" and c.i < patient.i), None)
    if item is None or any(predicate_kind(t) for t in doc[item.i : patient.i]):
        return count
    first = count_of(doc, item)
    if first is None or first.qualifier != Qualifier.EXACT or not first.value:
        return count
    total = first.value + (count.value or 0)
    return Count(total, total, total, Qualifier.EXACT, first.start, count.end)


def _taken_with(doc: Doc, predicate: Token, patient: Token, count: Count) -> Count:
    """Those arrested with the patient, counted by a "with" of the verb or of the patient:
    "was detained with two of his bodyguards" -> three, "arrested along with three aides" ->
    four (not "arrested with two pistols": no people)."""
    if (
        count.qualifier != Qualifier.EXACT
        or not count.value
        # (the dead "along with" others are events.py's _killed_along_with)
        or predicate_kind(predicate) != "arrested"
    ):
        return count
    # ("along with", "together with": the parse may hang the "with" on the adverb)
    holders = [predicate, patient, *(c for c in predicate.children if c.lower_ in ALONG_WORDS)]
    for companion in (o for holder in holders for o in prep_objects(holder, ("with",))):
        # "two of his bodyguards": the people are named after the count's "of"
        named = next(prep_objects(companion, ("of",)), None) if companion.like_num else companion
        if named is None or not (
            _lemma_in(named, PERSON_NOUNS | GENERIC_PEOPLE) or named.lower_ in COMPANION_NOUNS
        ):
            continue
        added = count_of(doc, companion)
        if added is None or added.qualifier != Qualifier.EXACT or not added.value:
            continue
        total = count.value + added.value
        return Count(
            total,
            total,
            total,
            Qualifier.EXACT,
            min(count.start, added.start),
            max(added.end, named.i + 1),
        )
    return count


def _number_before(doc: Doc, token: Token) -> Token | None:
    """The number written just before a predicate, at most two plural nouns or "shot" between
    ("4 shot dead", "Two teens dead", "3 people killed"), when the parse gives no patient."""
    j = token.i - 1
    between = 0
    while j >= token.sent.start and between < 2 and not doc[j].like_num:
        if doc[j].tag_ == "RB" and doc[j].lower_.endswith("ly"):
            j -= 1  # "four seriously wounded"
            continue
        if doc[j].tag_ not in ("NNS", "NNPS") and doc[j].lower_ != "shot":
            return None
        between += 1
        j -= 1
    if j < token.sent.start or not doc[j].like_num or _is_age(doc, doc[j]):
        return None
    if j >= 2 and doc[j - 1].lower_ == "of" and doc[j - 2].tag_ in ("NN", "NNP"):
        return None  # "Father of 5 killed": his children, not the dead
    if any(c.dep_ == "neg" for c in token.children) or number_value(doc[j]) is None:
        return None
    return doc[j]


def _aimed_only(token: Token, by_dep: dict[str, Token]) -> bool:
    """ "cases in which soldiers shot at farmers": fired at people, hitting no one counted (an
    active verb of firing with people after "at" and no object)."""
    return (
        coarse_pos(token) == "VERB"
        and _lemma_in(token, AIMING_VERBS)
        and not {"dobj", "nsubjpass", "auxpass"} & by_dep.keys()
        and any(
            c.dep_ == "prep"
            and c.lower_ in AIMING_PREPOSITIONS
            and c.i == token.i + 1
            and any(_aimed_at_people(o) for o in c.children if o.dep_ == "pobj")
            for c in token.children
        )
    )


def _aimed_at_people(target: Token) -> bool:
    """ "at the crowd", "at unarmed people": people fired at, where "at a motel" is the scene
    of a headline's victims shot ("4 officers shot at motel")."""
    lemma = target.lemma_.lower()
    return (
        lemma in PERSON_NOUNS
        or target.lower_ in PERSON_NOUNS
        or lemma in AIMING_TARGETS
        or target.ent_type_ in ("PERSON", "NORP")
    )


def _patient(token: Token, kind: str) -> Token | None:
    """The head of the noun phrase whose members `token` kills, injures, arrests or seizes."""
    children = list(token.children)
    by_dep: dict[str, Token] = {}
    for child in children:
        by_dep.setdefault(child.dep_, child)
    coarse = coarse_pos(token)
    if _aimed_only(token, by_dep):
        return None
    if coarse == "NOUN" and (subject := headline_subject(token)) is not None:
        return subject  # "Teen shot while playing": the victim as subject
    if (age := _age_before(token)) is not None and "nsubjpass" not in by_dep:
        return age
    if coarse == "NOUN" and _found_as_noun(token):
        return _found_victims(token, by_dep)
    if coarse == "NOUN":
        return None  # noun predicates count themselves ("two deaths") or their "of" object
    if (
        not {"nsubj", "nsubjpass"} & by_dep.keys()
        and token.dep_ == "xcomp"
        and token.head.lemma_.lower() in RAISING_VERBS
        # the raised subject suffered it ("to have been killed", "to have died"), not did it
        # ("a second shooter is believed to have shot")
        and (any(c.dep_ == "auxpass" for c in children) or token.lemma_.lower() == "die")
    ):
        raised = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if raised:
            return raised[0]
    if not {"nsubj", "nsubjpass"} & by_dep.keys():
        # "A fourth victim remains hospitalized": the parse may hang the subject on "remains"
        # read as an auxiliary
        held = [
            g
            for c in children
            if c.dep_ in ("aux", "auxpass") and c.i < token.i
            for g in c.children
            if g.dep_ in ("nsubj", "nsubjpass")
        ]
        if held:
            return _antecedent(token, held[-1])
    if (left := _left_by_subject(token, by_dep)) is not None:
        return left
    if "nsubjpass" in by_dep:
        # the subject nearest the verb: "INDIANAPOLIS (WISH) – Seven people were shot"
        subject = [c for c in children if c.dep_ == "nsubjpass"][-1]
        return _antecedent(token, subject)
    if (found := _found_victims(token, by_dep)) is not None:
        return found
    if (shot := _shot_before_or_after(token, by_dep)) is not None:
        return shot
    if (left := _left_hurt(token, by_dep)) is not None:
        return left
    # a headline's number beside its predicate ("..., 9 injured", "killed 1, injured 3"),
    # wherever the parse hangs the rest of the headline
    # (a hyphened verb starts two tokens back: "One Pistol-Whipped")
    first = token.i - 2 if "-" in predicate_lemma(token) else token.i
    beside = [
        c
        for c in children
        if c.like_num
        # (or with its "more": "left a man dead and two more hurt")
        and (
            abs(c.i - token.i) == 1
            or first - c.i == 1
            or (token.i - c.i == 2 and token.doc[c.i + 1].lower_ == "more")
        )
        and (
            c.dep_ in ("nsubj", "npadvmod", "dep", "meta")
            or (c.dep_ in ("nummod", "compound") and first < token.i and first - c.i == 1)
        )
    ]
    if beside:
        return beside[0]
    if coarse == "ADJ" or token.dep_ in ("oprd", "acomp"):
        if token.dep_ == "amod" and token.head.pos_ in ("NOUN", "NUM", "PROPN"):
            head, doc = token.head, token.doc
            if head.i < token.i and any(predicate_kind(t) for t in doc[head.i + 1 : token.i]):
                # "Two injured, shooter dead": the count is the other predicate's; the noun
                # just before is this one's
                before = doc[token.i - 1]
                return before if before.tag_ in ("NN", "NNS") else None
            if (
                head.dep_ == "pobj"
                and head.head.lower_ == "including"
                and doc[token.i - 1].text == ","
                and any(c.dep_ == "nummod" for c in head.head.head.children)
            ):
                # "2 people, including gunman, dead": the count the aside sits in is dead
                return head.head.head
            return head
        if "nsubj" in by_dep:
            return by_dep["nsubj"]
        head = token.head
        if token.dep_ in ("oprd", "xcomp", "acomp", "ccomp", "conj") and head is not token:
            objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            subjects = [c for c in head.children if c.dep_ == "nsubj"]
            if objects:
                return _own_conjunct(objects[0], token)
            if subjects and head.lemma_ in ("be", "lie", "remain"):
                return subjects[0]
        if head.pos_ == "NUM":
            return head
        numbers = [c for c in children if c.dep_ == "nummod" and c.i < token.i]
        if numbers:
            return numbers[0]  # a headline's "6 Shot, 1 Dead"
        return None
    if (
        token.dep_ == "acl"
        and token.tag_ != "VBG"
        and "dobj" not in by_dep
        and _lemma_in(token.head, INCIDENT_NOUNS)
    ):
        return None  # "a shooting that left one dead and four wounded": not the shooting
    if token.dep_ == "acl" and token.head.lower_ == "another" and "dobj" not in by_dep:
        return token.head  # "Teen killed, another injured": one more victim
    if token.dep_ == "amod" and predicate_kind(token.head) and token.head.i < token.i:
        # "5 shot, 1 pistol-whipped": the parse hangs the second predicate on the first;
        # its count is the number between them, not the first's
        between = [t for t in token.doc[token.head.i + 1 : token.i] if t.like_num]
        if between and token.doc[token.head.i + 1].text == ",":
            return between[-1]
    if token.dep_ in ("acl", "relcl", "amod") and (
        token.head.pos_ in ("NOUN", "NUM", "PROPN") or is_age_noun(token.head)  # "10-year-old"
    ):
        if token.dep_ == "acl" and (token.tag_ == "VBG" or "dobj" in by_dep):
            # "a block party ... injuring eleven people": the noun is the scene or the
            # shooter, the object the victims ("..., Injuring 4")
            after = [c for c in children if c.like_num and c.i > token.i]
            return by_dep.get("dobj") or (after[0] if after else None)
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children):
            return by_dep.get("dobj")  # "an effort to kill two": the object, not the effort
        if token.dep_ == "relcl":
            subject = by_dep.get("nsubj")
            # "shooting that killed teen": the parse may take the bare object for an adverb
            bare = by_dep.get("npadvmod")
            if (
                "dobj" not in by_dep
                and bare is not None
                and bare.i > token.i
                and bare.lower_ in PERSON_NOUNS
                and _lemma_in(token.head, INCIDENT_NOUNS)
            ):
                return bare
            if (
                subject is not None
                and token.lemma_ in ("die", "perish", "succumb")
                and subject.tag_ not in ("WDT", "WP")
            ):
                return subject  # "the fire, in which 250 workers died"
            if "dobj" in by_dep:
                return by_dep["dobj"]
            if (
                subject is not None
                and subject.tag_ in ("WDT", "WP")
                and token.lemma_ not in ("die", "perish", "succumb")
            ):
                return None  # "the officer who shot": the noun is the shooter
            return token.head
        if token.dep_ == "acl" and _last_of_a_coordination(token.head):
            return token.head.head  # "a girl and a woman wounded by gunfire": both
        return token.head
    if "dobj" in by_dep and not _place_read_as_object(by_dep["dobj"]):
        return by_dep["dobj"]
    no_aux = not any(c.dep_ == "aux" for c in children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < token.i]
    if len(subjects) > 1 and any(
        predicate_kind(t) for t in token.doc[subjects[-2].i + 1 : subjects[-1].i]
    ):
        return subjects[-1]  # "Woman killed on birthday, four others shot": the others
    if (
        "nsubj" in by_dep
        and (
            token.lemma_ in ("die", "perish", "succumb")
            or (token.tag_ == "VBN" and no_aux)
            # a headline's "Four teens shot, one fatally" tagged as the present tense
            or (
                token.tag_ == "VBP"
                and token.lower_ in WORD_LEMMAS
                and no_aux
                and by_dep["nsubj"].tag_ == "NNS"
                and by_dep["nsubj"].lemma_.lower() not in NOT_PEOPLE  # "17 scenes, 7 dead, 14 hurt"
                and any(c.dep_ == "nummod" for c in by_dep["nsubj"].children)
                and not any(predicate_kind(t) for t in token.doc[by_dep["nsubj"].i + 1 : token.i])
            )
            # a headline with no object: "Teen killed in shooting" tagged as past tense
            or (
                token.tag_ == "VBD"
                and no_aux
                # "Man accidentally shot": a title-case common noun, not a name
                and (by_dep["nsubj"].tag_ == "NN" or not by_dep["nsubj"].ent_type_)
                and (
                    by_dep["nsubj"].tag_ in ("NN", "NNP")
                    # "4 federal officers shot at motel": a numbered plural
                    or (
                        by_dep["nsubj"].tag_ in ("NNS", "NNPS")
                        and any(c.dep_ == "nummod" for c in by_dep["nsubj"].children)
                    )
                )
                and not any(c.dep_ == "det" for c in by_dep["nsubj"].children)
                # "man shot and killed infant daughter": the subject shot the object
                and not any(
                    c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in children
                )
            )
        )
    ):
        subject = by_dep["nsubj"]
        # "2 people, including gunman, dead, 3 wounded": the parse hangs the number just
        # before the verb on the first count as an apposition; that number is this verb's
        beside_verb = [
            c for c in subject.children if c.dep_ == "appos" and c.like_num and c.i == token.i - 1
        ]
        return beside_verb[0] if beside_verb else subject
    if (
        token.dep_ == "conj"
        and _lemma_in(token, DIE_LEMMAS)
        and not {"nsubj", "nsubjpass"} & by_dep.keys()
        and token.head.pos_ in ("VERB", "AUX")
    ):
        # "was taken to a hospital and later died": who was taken is who died
        return _clause_subject(token.head)
    if not {"nsubj", "nsubjpass", "dobj"} & by_dep.keys():
        # "Boy died of gunshot wound", "Boy shot and killed": the parser reads a headline's
        # "Boy" as an interjection
        for child in children:
            if child.dep_ == "intj" and child.i < token.i and child.lower_ in INTERJECTION_NOUNS:
                return child
    # "1 dead after 4 people shot": of a headline's subjects, the counted one nearest the verb
    if len(subjects) > 1 and any(g.dep_ == "nummod" for g in subjects[-1].children):
        return subjects[-1]
    for child in children:  # headline style: "three wounded" parsed loosely
        if child.dep_ in ("npadvmod", "dep", "nsubj") and child.like_num and child.i < token.i:
            return child
    if (
        kind == "arrested"
        and token.dep_ == "conj"
        and token.tag_ == "VBN"
        and not {"nsubj", "nsubjpass", "dobj"} & by_dep.keys()
    ):
        # "was treated at a hospital and later arrested": who was treated was arrested
        return _clause_subject(token.head)
    if kind != SHOT and token.dep_ == "conj" and token.head.pos_ == "VERB":
        return None
    return None


def _last_of_a_coordination(noun: Token) -> bool:
    """The noun is the last of "X and Y", and X has no predicate of its own: a participle
    after it tells of them all ("A 3-year-old girl and a woman wounded by gunfire")."""
    first = noun.head
    return (
        noun.dep_ == "conj"
        and (first.pos_ in ("NOUN", "PROPN") or is_age_noun(first))
        # a list's first item ("a girl"; not a headline's "toddler" the parse made one more
        # item of the "Man dead" before it)
        and first.dep_ != "conj"
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children)
        and not any(
            c.dep_ in ("acl", "relcl", "amod") and (predicate_kind(c) or c.i > first.i)
            for c in first.children
        )
    )


def _listed_count(doc: Doc, predicate: Token, patient: Token) -> Count | None:
    """The count of `patient`, of `predicate`'s victims or arrested, with the lists around it."""
    count = _with_conjuncts(doc, patient)
    if count is not None:
        listed = _listed_before(doc, patient, count)
        if listed == count:
            listed = _headline_list(doc, patient, count)
        count = _listed_after(doc, patient, listed)
        count = _listed_subjects(doc, predicate, patient, count)
        count = _listed_with_and(doc, predicate, patient, count)
        count = _age_listed_with_and(doc, predicate, patient, count)
        count = _left_with(doc, predicate, patient, count)
        return _taken_with(doc, predicate, patient, count)
    if patient.tag_ == "NN" and not any(c.dep_ == "neg" for c in predicate.children):
        return _headline_list(doc, patient, None)
    return None


def custody_holder(custody: Token) -> Token | None:
    """The word "in custody" or "into custody" hangs on: "took two men into custody" (took),
    "is in custody" (is), a headline's "boy in custody" (boy); None for another custody
    ("released into the custody of his parents" is no arrest: see CUSTODY_RELEASES)."""
    prep = custody.head
    if custody.dep_ != "pobj" or prep.lower_ not in CUSTODY_PREPOSITIONS or prep is custody:
        return None
    holder = prep.head
    if holder is prep or _lemma_in(holder, CUSTODY_RELEASES):
        return None
    return holder


def _held_person(patient: Token) -> bool:
    """Whether the one in custody is a person ("the suspect", "him", "Ramirez", "two others",
    "no one"), not land or relics ("two stones") "kept in safe custody" of an authority."""
    return (
        patient.tag_ in ("PRP", "NNP", "NNPS", "CD")
        or patient.ent_type_ in ("PERSON", "NORP")
        or patient.lower_ in ZERO_WORDS | ANYONE_WORDS
        or _lemma_in(patient, LISTED_PEOPLE | CUSTODY_PEOPLE)
        or is_age_noun(patient)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in patient.children)  # "no one"
    )


def in_custody(doc: Doc, custody: Token) -> tuple[Token, Count] | None:
    """Those "taken into custody", "held in custody" or "in custody": arrested, counted as the
    arrested are ("police took two men into custody": 2; "the suspect is in custody": 1; "no
    one was in custody" and "has not been taken into custody": none)."""
    holder = custody_holder(custody)
    if holder is None:
        return None
    by_dep: dict[str, Token] = {}
    for child in holder.children:
        by_dep.setdefault(child.dep_, child)
    if holder.pos_ in ("NOUN", "PROPN") or is_age_noun(holder):
        patient: Token | None = holder  # a headline's "14-year-old boy in custody"
    elif "dobj" in by_dep:
        patient = by_dep["dobj"]  # "took Ramirez into custody", "had him in custody"
    elif "nsubjpass" in by_dep:
        patient = _antecedent(holder, by_dep["nsubjpass"])  # "was taken into custody"
    elif holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON"):
        patient = holder.head  # "one man taken into custody", "the two held in custody"
    elif "nsubj" in by_dep and _lemma_in(holder, CUSTODY_STATES):
        patient = _antecedent(holder, by_dep["nsubj"])  # "is in custody", "remains in custody"
    elif holder.dep_ == "conj" and holder.tag_ == "VBN":
        patient = _clause_subject(holder.head)  # "fled and has not been taken into custody"
    else:
        patient = None
    if (
        patient is None
        or not _held_person(patient)
        or patient.lower_ in NOT_COUNTED
        # "two women were hurt and one man taken into custody": the count is the other
        # predicate's
        or any(predicate_kind(t) for t in doc[min(patient.i, custody.i) + 1 : custody.i])
    ):
        return None
    if patient.lower_ in ANYONE_WORDS or any(c.dep_ == "neg" for c in holder.children):
        return patient, _zero(patient.i, patient.i + 1)  # "not taken into custody": none
    count = _listed_count(doc, holder, patient)
    if count is None and patient.tag_ == "NN" and _lemma_in(patient, LISTED_PEOPLE):
        count = _single(patient, patient.left_edge.i)  # a headline's "14-year-old boy in custody"
    return None if count is None else (patient, count)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the shooting a subjectless `verb` tells the manner of:
    "shot himself while handling a revolver and died", where "died" hangs from "handling",
    whose doer is the one who shot himself (only a figure predicate's: "arrested him while
    fleeing and died" does not climb)."""
    heads = {c.dep_: c for c in verb.children}
    subject = heads.get("nsubjpass") or heads.get("nsubj")
    if subject is None and verb.dep_ == "advcl" and predicate_kind(verb.head) == SHOT:
        heads = {c.dep_: c for c in verb.head.children}
        subject = heads.get("nsubjpass") or heads.get("nsubj")
    return subject


def _antecedent(predicate: Token, subject: Token) -> Token:
    """The noun a relative pronoun stands for: "a 31-year-old cashier who was shot and killed"
    counts the cashier ("who" has no number of its own)."""
    head = predicate.head
    if (
        subject.tag_ in ("WP", "WDT")
        and predicate.dep_ == "relcl"
        and (head.pos_ in ("NOUN", "PROPN") or is_age_noun(head))
    ):
        return head
    return subject


# Prepositions the parser tags as adjectives in a headline: "4 people shot outside bar".
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "behind"})


def _place_read_as_object(noun: Token) -> bool:
    """True when a headline's "object" is the place a preposition mis-tagged as an adjective
    heads ("4 people shot outside bar": the bar is where, the people were shot)."""
    return any(c.dep_ == "amod" and c.lower_ in PLACE_PREPOSITIONS for c in noun.children)


def _shot_before_or_after(token: Token, by_dep: dict[str, Token]) -> Token | None:
    """Who was hurt "after being shot": the subject of the verb "after" belongs to ("Child
    hospitalized after being shot", "Teen dies days after being wounded"), or the noun that
    verb describes ("Toddler recovering after being shot")."""
    prep = token.head
    if (
        token.dep_ != "pcomp"
        or "auxpass" not in by_dep
        or prep.lower_ not in ("after", "before")
        or prep.head is prep
    ):
        return None
    holder = prep.head
    if holder.dep_ == "acl" and holder.head.pos_ in ("NOUN", "PROPN"):
        return holder.head
    return next((c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _left_hurt(token: Token, by_dep: dict[str, Token]) -> Token | None:
    """Whom a shooting "left" hurt, where the parse hangs the participle on "left" as a clause
    of its own ("left a 12-year-old boy and two women wounded"): the object, or its item after
    the last other predicate ("left one dead and two wounded")."""
    head = token.head
    if (
        token.dep_ not in ("advcl", "xcomp", "ccomp")
        or head.lemma_.lower() != "leave"
        or {"nsubj", "nsubjpass"} & by_dep.keys()
        # (a title's participle may take the next word for its object: "Leaves Four People
        # Wounded Photo Gallery")
        or ("dobj" in by_dep and not token.is_title)
    ):
        return None
    return _left_object(head, token)


def _left_by_subject(token: Token, by_dep: dict[str, Token]) -> Token | None:
    """Whom a shooting "left" hurt, where the parse makes the shooting the participle's subject
    ("think the shooting that left five people wounded — among them a teen — may be") or a
    title's "Leaves" ("Diner Shooting Leaves Four People Wounded Photo Gallery"): the object of
    "leave" before the participle, not the shooting nor the word after it."""
    subject = by_dep.get("nsubj")
    if subject is None:
        return None
    leave = subject if subject.lemma_.lower() == "leave" else None
    if leave is None and _lemma_in(subject, INCIDENT_NOUNS):
        leave = next(
            (c for c in subject.children if c.dep_ == "relcl" and c.lemma_.lower() == "leave"),
            None,
        )
    return None if leave is None else _left_object(leave, token)


def _left_object(leave: Token, participle: Token) -> Token | None:
    """Whom "leave" left hurt: its object before the participle ("left two men wounded")."""
    objects = [c for c in leave.children if c.dep_ == "dobj" and c.i < participle.i]
    return _own_conjunct(objects[0], participle) if objects else None


def _found_victims(token: Token, by_dep: dict[str, Token]) -> Token | None:
    """Those found shot: "Six people were found shot to death", "Police found two men shot",
    a headline's "Six people found shot to death" (a counted subject, not the finder)."""
    head = token.head
    if (
        token.dep_ not in ("xcomp", "oprd")
        or head.lemma_.lower() != "find"
        or "nsubj" in by_dep
        or "dobj" in by_dep
    ):
        return None
    for child in head.children:
        if child.dep_ in ("nsubjpass", "dobj"):
            return child
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is not None and (
        subject.like_num or any(c.dep_ == "nummod" for c in subject.children)
    ):
        return subject
    # a headline's bare noun: "Person found shot to death in Gary", "Man found shot dead"
    if (
        subject is not None
        and (subject.tag_ in ("NN", "NNP") or is_age_noun(subject))
        and not any(c.dep_ in ("det", "poss") for c in subject.children)
        and _in_headline(token)
    ):
        return subject
    return None


def _own_conjunct(patient: Token, predicate: Token) -> Token:
    """ "left one dead and two injured": the item of a coordinated object that follows the
    last other predicate before `predicate` ("two" for "injured", "one" for "dead")."""
    doc = patient.doc
    others = [t.i for t in doc[patient.i + 1 : predicate.i] if predicate_kind(t)]
    if not others:
        return patient
    after = [c for c in _conjuncts(patient) if others[-1] < c.i < predicate.i]
    return after[0] if after else patient


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.lower() in words


def _seized_items(patient: Token) -> Token:
    """What a seizure counts: the items of "a cache of weapons", "a haul including 6 rifles"."""
    if not _lemma_in(patient, CONTAINERS):
        return patient
    for child in patient.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "including"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _seized_items(pobj)
    for child in patient.children:
        if child.dep_ == "appos" or child.dep_ == "acl":
            return child
    return patient


BODY_PARTS = _words("body_parts")


def _noun_count(doc: Doc, token: Token, kind: str) -> tuple[Token, Count] | None:
    """A noun predicate's count: "two deaths", "no arrests", "deaths of three", "toll ... 12"."""
    count = None if token.lemma_.lower() in INCIDENT_NOUNS else count_of(doc, token)
    if count is not None and (count.value != 1 or doc[count.start].like_num):
        # "two deaths", "no arrests", a headline's "1 Dead" (but "nine shootings" are
        # incidents, and "a death" is no count)
        return token, count
    if token.lemma_ == "toll":
        return _stated_total(doc, token)
    if kind == "arrested" and _arrest_sought(token):
        return None  # "demanded the arrest of the officer", "a warrant for his arrest"
    if kind == "arrested" and (arrest := _one_arrest(doc, token)) is not None:
        return arrest
    # "the boy's death", "5-year-old's shooting death": the one whose death it is
    owner = next((c for c in token.children if c.dep_ in ("poss", "nmod")), None)
    if (
        kind == "killed"
        and owner is not None
        and (
            (owner.tag_ == "NN" and owner.lemma_.lower() in PERSON_NOUNS)
            or (owner.tag_ == "NNP" and owner.ent_type_ in ("PERSON", ""))
            or is_age_noun(owner)
        )
        and any(c.dep_ == "case" for c in owner.children)
    ):
        return owner, count_of(doc, owner) or _single(owner, owner.left_edge.i)
    # "deaths of three", "injuries to two"; the parse may hang "of" on "shooting" before it
    holders = [token] + ([token.head] if token.dep_ in ("dobj", "compound") else [])
    # (only a hurt is done "to" someone: "the toll of the shooting ... to 5" is the toll's)
    linking = ("of", "to") if kind == "injured" else ("of",)
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "prep" and child.lower_ in linking:
                for pobj in child.children:
                    if (
                        pobj.dep_ == "pobj"
                        and not (token.tag_ == "NNP" and pobj.ent_type_ in PLACE_ENTITIES)
                        # "injuries to his face and torso": where it hurt, not whom
                        and pobj.lemma_.lower() not in BODY_PARTS
                    ):
                        # a headline's bare noun is one person: "deaths of woman, daughter",
                        # "shooting of teen girl"
                        # (a headline has no full stop; "the death of democracy" is no one)
                        bare = (
                            pobj.tag_ in ("NN", "NNP")
                            and pobj.lower_ not in GROUP_NOUNS  # "shooting of family of four"
                            # (a "shooting death of" is one death, not one more shot)
                            and (kind == "killed" or (kind == SHOT and token.dep_ != "compound"))
                            and _in_headline(pobj)
                        )
                        found = _with_conjuncts(doc, pobj, listed=bare)
                        if found is not None:
                            return pobj, _listed_after(doc, pobj, found) if bare else found
    return None


def _arrest_sought(arrest: Token) -> bool:
    """An arrest someone demands, seeks or awaits, or a warrant is for, none made: "demanded
    the arrest of the officer", "called for the arrest of two policemen", "a warrant for his
    arrest" (not "announced the arrest of two men")."""
    head = arrest.head
    if head.dep_ == "prep" and head.lower_ == "for":
        head = head.head  # "called for", "a warrant for"
    return head is not arrest and _lemma_in(head, SOUGHT_ARREST_HEADS)


def _one_arrest(doc: Doc, arrest: Token) -> tuple[Token, Count] | None:
    """One arrest is one person arrested, where nothing else counts them: "an arrest was made",
    "the arrest came a day later", "soon after Hale's arrest" (not "the arrest of two men",
    counted by its object, nor "arrests")."""
    if arrest.tag_ != "NN" or any(c.dep_ == "prep" and c.lower_ == "of" for c in arrest.children):
        return None
    for child in arrest.children:
        if child.dep_ == "det" and child.lower_ in SINGULAR_DETS:
            return arrest, _single(arrest, child.i)
        if child.dep_ == "poss" and (
            child.lower_ in POSSESSIVES or any(c.dep_ == "case" for c in child.children)
        ):
            return arrest, _single(arrest, child.left_edge.i)
    return None


def _stated_total(doc: Doc, total: Token) -> tuple[Token, Count] | None:
    """The number a toll or a "number of ..." is said to be: "the toll rose to 17", "stands at
    12", "is 9"."""
    for child in total.head.children:
        if child.dep_ == "prep" and child.lower_ in ("to", "at"):
            for pobj in child.children:
                # "rose to 35", "rose to 35 martyrs" (not "rose to 35 percent")
                counted = [c for c in pobj.children if c.dep_ == "nummod" and c.like_num]
                if not pobj.like_num and counted and pobj.lemma_.lower() not in UNITS:
                    pobj = counted[0]
                if pobj.like_num:
                    found = _number_phrase(doc, pobj)
                    if found is not None:
                        return pobj, found
        if child.dep_ == "attr" and child.like_num:
            found = _number_phrase(doc, child)
            if found is not None:
                return child, found
    return None


def _number_of(patient: Token) -> Token | None:
    """ "number" in "the number of soldiers killed ... rose to 17": the noun whose stated
    total counts the patient."""
    number = patient
    if patient.dep_ == "pobj" and patient.head.lower_ == "of":
        number = patient.head.head  # "the number of soldiers killed", parsed either way
    if number.lemma_.lower() == "number" and number.dep_ in ("nsubj", "nsubjpass", "dobj"):
        return number
    return None


def _rise_causes(doc: Doc, figures: list[CountedFigure]) -> set[int]:
    """Tokens of the clauses that tell why a stated total rose: "rose to 17 after three of the
    wounded died", "three of the wounded died, bringing the toll to 17" (the three are among
    the 17)."""
    causes: set[int] = set()
    for c in figures:
        number = doc[c.patient]
        if not (number.like_num and number.dep_ == "pobj" and number.head.lower_ == "to"):
            continue
        raising = number.head.head
        if (
            raising.dep_ == "advcl"
            and raising.tag_ == "VBG"
            and _lemma_in(raising, TOTAL_RAISING_VERBS)
        ):
            total = {t.i for t in raising.subtree}
            causes.update(t.i for t in raising.head.subtree if t.i not in total)
        for clause in number.head.head.children:
            if clause.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in RISE_MARKS for m in clause.children
            ):
                causes.update(t.i for t in clause.subtree)
    # "33 people had died, after rescuers recovered six more bodies": the six are of the 33
    for c in figures:
        patient = doc[c.patient]
        if not any(t.lower_ in INCREMENT_WORDS for t in patient.subtree if t.i < patient.i):
            continue
        clause = next(
            (
                a
                for a in [doc[c.predicate], *doc[c.predicate].ancestors]
                if a.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ in RISE_MARKS for m in a.children)
            ),
            None,
        )
        inside = {t.i for t in clause.subtree} if clause is not None else set()
        if clause is not None and any(
            o.figure.kind == c.figure.kind
            and o.predicate not in inside
            and doc[o.predicate].sent.start == clause.sent.start
            for o in figures
        ):
            causes.update(inside)
    return causes


TOTAL_RAISING_VERBS = _words("total_raising_verbs")
# Subordinators of a clause that tells why a total rose ("after", "as" three more died).
RISE_MARKS = frozenset({"after", "as", "when"})
# Words of a count added to a total told beside it ("six more bodies", "two further deaths").
INCREMENT_WORDS = _words("increment_words")
# Verbs of firing and the preposition of their target ("shot at the crowd": hit no one counted).
AIMING_VERBS = _words("aiming_verbs")
AIMING_PREPOSITIONS = _words("aiming_prepositions")
AIMING_TARGETS = _words("aiming_targets")
# Entities no one is, after a title-case headline's "Dead" read as a noun: "Two Men Dead
# North of Millbrook" is no death of Millbrook (a name may be tagged a place elsewhere).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
SUFFER_LEMMAS = _words("suffer_lemmas")
# A hospital's word for how a patient is: whoever is "in critical condition" was hurt.
CONDITION_WORDS = _words("condition_words")


def condition_kind(token: Token) -> str | None:
    """ "injured" for a condition that says someone was hurt: "in critical condition" (the
    noun), a headline's "3 dead, 1 critical" (the adjective with its own number)."""
    word = token.lower_
    if word == "condition":
        in_condition = token.dep_ == "pobj" and token.head.lower_ == "in"
        if in_condition and any(
            c.dep_ == "amod" and c.lower_ in CONDITION_WORDS for c in token.children
        ):
            return "injured"
        return None
    if word == "critical" and (
        any(c.like_num and c.i < token.i for c in token.children)
        or (token.dep_ == "amod" and token.head.like_num and token.head.i == token.i - 1)
    ):
        return "injured"
    return None


# What "struck" or "hit" someone in a shooting: "hit by a stray bullet", "4 struck in shooting".
GUNFIRE_WORDS = _words("gunfire_words")
# Verbs whose patient a bullet hurt when the sentence is about gunfire.
GUNFIRE_VERBS = _words("gunfire_verbs")


# What is fired, as the subject of "struck": "bullets struck Ortiz and two others".
FIRED_WORDS = _words("fired_words")


def _bullet_hit_someone(verb: Token) -> bool:
    """Gunfire as the subject and a person as the object: "a round struck the cashier",
    "bullets struck Ortiz and two others" (not "shots hit the house", "the gunman struck him")."""
    if not any(c.dep_ == "nsubj" and c.lemma_.lower() in FIRED_WORDS for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and (c.ent_type_ == "PERSON" or c.lemma_.lower() in PERSON_NOUNS | GENERIC_PEOPLE)
        for c in verb.children
    )


def _hit_while_firing(verb: Token) -> bool:
    """A participle of the shooting's own clause whose object is people: "opened fire,
    hitting four people", "fired into the crowd, striking five" (not "hitting the house")."""
    head = verb.head
    if verb.dep_ not in ("advcl", "xcomp", "conj") or head.i > verb.i:
        return False
    # the firing told by the clause the participle hangs on: "opened fire", "fired", "is
    # accused of shooting into a crowd"
    firing = any(
        (t.tag_.startswith("VB") and (predicate_kind(t) == SHOT or t.lemma_.lower() == "fire"))
        or (t.dep_ == "dobj" and t.lower_ == "fire")
        for t in head.subtree
        if t.i < verb.i
    )
    return firing and any(
        c.dep_ == "dobj"
        and (
            c.ent_type_ == "PERSON"
            or _lemma_in(c, PERSON_NOUNS | GENERIC_PEOPLE)
            or any(n.dep_ == "nummod" for n in c.children)
        )
        for c in verb.children
    )


def struck_kind(token: Token) -> str | None:
    """ "shot" for those gunfire struck or sent to hospital: "struck by gunfire", "4 hit in
    shooting", "grazed by a stray bullet", "3 hospitalized after shooting", "a shooting that
    struck four" (a sentence about gunfire), not "hit by a car" or "shots hit the house"."""
    if token.lemma_.lower() not in GUNFIRE_VERBS:
        return None
    if token.tag_ == "VBG":
        return SHOT if _hit_while_firing(token) else None
    if token.tag_ not in ("VBN", "VBD"):
        return None
    hit_a_thing = any(c.dep_ == "dobj" and not c.like_num for c in token.children)
    if hit_a_thing and not _bullet_hit_someone(token):
        return None
    if any(t.lemma_.lower() in GUNFIRE_WORDS for t in token.sent):
        return SHOT
    return None


# Verbs that bring someone to a hospital, and the words naming one ("Jackson Memorial
# Hospital", "Regional Medical Center").
HOSPITAL_VERBS = _words("hospital_verbs")
HOSPITAL_WORDS = _words("hospital_words")


# What makes a victim one of gunfire: "three more gunshot victims", "two shooting victims".
SHOT_VICTIM_WORDS = _words("shot_victim_words")


def victim_kind(token: Token) -> str | None:
    """ "shot" for victims a word says were shot ("three more gunshot victims walked into the
    clinic"): counted as a noun predicate's own number is, so "a shooting victim" is none."""
    if token.lemma_.lower() != "victim" or coarse_pos(token) != "NOUN":
        return None
    if predicate_kind(token.head) or hospital_kind(token.head) or struck_kind(token.head):
        return None  # counted as its verb's patient: "1 shooting victim has died"
    modifiers = (c.lower_ for c in token.children if c.dep_ in ("compound", "amod"))
    return SHOT if any(word in SHOT_VICTIM_WORDS for word in modifiers) else None


def hospital_kind(token: Token) -> str | None:
    """ "shot" for those taken to hospital in a sentence about gunfire: "three others were
    treated at a hospital after the shooting", "a shooting sent four people to the hospital"
    (whoever died there comes off the count as the dead do)."""
    if token.lemma_.lower() not in HOSPITAL_VERBS or token.pos_ not in ("VERB", "AUX"):
        return None
    # (the parse may hang "to the hospital" on the object's last item: "sent two women and a
    # man to the hospital")
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.children if c.dep_ == "conj"]
    to_hospital = any(
        o.lower_ in HOSPITAL_WORDS
        for holder in (token, *objects)
        for o in prep_objects(holder, ("to", "at"))
    )
    # (a "victim" taken to hospital was hurt, whatever the sentence says of the gunfire: "a
    # fourth victim was taken by private car to the medical center")
    victim = any(
        c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() == "victim" for c in token.children
    )
    if to_hospital and (victim or any(_gunfire_word(t) for t in token.sent)):
        return SHOT
    return None


def _gunfire_word(token: Token) -> bool:
    """A word of gunfire, or "shooting" as a gerund naming the incident ("after a drive-by
    shooting outside a store", lemma "shoot"), not one with an object of its own ("after
    shooting him", counted there)."""
    if token.lemma_.lower() in GUNFIRE_WORDS:
        return True
    return (
        token.lower_ == "shooting"
        and token.tag_ == "VBG"
        and not any(c.dep_ == "dobj" for c in token.children)
    )


def _in_condition(doc: Doc, condition: Token) -> tuple[Token, Count] | None:
    """Who is "in critical condition": the noun "in" belongs to ("teen in critical
    condition", "3 in critical condition"), else the subject or object of its verb ("was
    flown to the trauma center in critical condition", "leaves boy in critical condition")."""
    holder = condition.head.head
    if holder.dep_ == "pobj":  # "taken to a hospital in critical condition"
        holder = holder.head.head
    if holder.pos_ in ("NOUN", "PROPN", "NUM") or holder.like_num or is_age_noun(holder):
        patient = holder
    elif holder.pos_ in ("VERB", "AUX"):
        # the one in the condition: the object of "leaves", the subject of "was taken"
        arguments = sorted(
            (c for c in holder.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")),
            key=lambda c: ("nsubjpass", "dobj", "nsubj").index(c.dep_),
        )
        if not arguments and holder.dep_ == "conj":  # "was shot and remains in ..."
            arguments = [c for c in holder.head.children if c.dep_ in ("nsubjpass", "nsubj")]
        if not arguments:
            return None
        patient = arguments[0]
        if patient.tag_ in ("WP", "WDT") and holder.dep_ == "relcl":
            patient = holder.head  # "a child who was shot in critical condition"
    else:
        return None
    if patient.lemma_.lower() in NOT_PEOPLE or patient.ent_type_ in ("GPE", "LOC", "FAC", "ORG"):
        return None
    count = _with_conjuncts(doc, patient)
    if (
        count is None
        and patient.tag_ == "NN"
        and not any(c.dep_ == "det" for c in patient.children)
    ):
        count = _single(patient, patient.i)  # a headline's bare noun: "Child in critical ..."
    return None if count is None else (patient, count)


def _sufferer(doc: Doc, injuries: Token) -> tuple[Token, Count] | None:
    """Who "suffered injuries" ("The driver suffered minor injuries"): the
    subject of the verb the injuries are the object of, counted; or who was found, taken to
    hospital or treated with or for them ("a teenager was found with a wound to the arm")."""
    if injuries.dep_ == "pobj" and injuries.head.lower_ in WOUND_PREPOSITIONS:
        return _wound_bearer(doc, injuries.head.head)
    verb = injuries.head
    if injuries.dep_ != "dobj" or verb.lemma_.lower() not in SUFFER_LEMMAS:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":  # "was shot and suffered injuries"
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = _antecedent(verb, subjects[0])  # "his cousin, who suffered a bullet wound"
    count = _with_conjuncts(doc, subject)
    return None if count is None else (subject, count)


# A wound that killed: "suffered a fatal gunshot wound".
FATAL_WORDS = _words("fatal_words")
# "found with a gunshot wound", "treated for injuries", "suffering from gunshot wounds"
WOUND_PREPOSITIONS = frozenset({"with", "for", "from"})


def _still_treated(injuries: Token) -> bool:
    """ "21 people were being treated for injuries": those still under treatment are alive,
    injured; no death told elsewhere (another speaker's toll) comes off them."""
    verb = injuries.head.head if injuries.dep_ == "pobj" else injuries.head
    return verb.lemma_.lower() in HOSPITAL_VERBS and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "being" for c in verb.children
    )


def _wound_bearer(doc: Doc, verb: Token) -> tuple[Token, Count] | None:
    """Who bore the wounds of "<verb> with/for/from wounds": the object of an active verb
    ("police found a man with gunshot wounds"), else its subject ("was taken to hospital
    with", "arrived with"), or the person the words hang on ("two men with gunshot wounds").
    Not a death's verb ("died from gunshot wounds": counted there)."""
    if (verb.pos_ == "NOUN" and _lemma_in(verb, PERSON_NOUNS)) or is_age_noun(verb):
        # "found two men with gunshot wounds"; the words may hang on the last of a list ("a
        # 52-year-old woman and a 17-year-old with bullet wounds"): the list's count
        verb = _first_conjunct(verb)
        count = _with_conjuncts(doc, verb)
        return None if count is None else (verb, count)
    if verb.pos_ not in ("VERB", "AUX") or predicate_kind(verb) is not None:
        return None
    by_dep = {c.dep_: c for c in verb.children}
    bearer = by_dep.get("dobj") or by_dep.get("nsubjpass") or by_dep.get("nsubj")
    if bearer is None and verb.dep_ in ("appos", "acl") and verb.tag_ == "VBG":
        # "found Ann Lee, 35, and her sister, 23, suffering from gunshot wounds": those the
        # participle tells of
        bearer = _first_conjunct(verb.head) if verb.head.pos_ in ("NOUN", "PROPN") else None
    if bearer is None and verb.tag_ == "VBG":
        # "four people were found lying on the lawn and bleeding from gunshot wounds": a
        # participle with no subject of its own tells of the one its clause is about
        bearer = _participle_bearer(verb)
    if bearer is None:
        return None
    count = _with_conjuncts(doc, bearer)  # an officer or a suspect hurt counts too (as GVA's)
    return None if count is None else (bearer, count)


def _participle_bearer(participle: Token) -> Token | None:
    """Whom a participle without a subject tells of, through the verbs it hangs on ("were
    found sprawled on the lawn and bleeding from": those found), or None. Not where that
    verb is one of harm itself ("was shot and bleeding from": counted by the verb)."""
    verb = participle
    while verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.i < verb.i:
        verb = verb.head
        if verb.dep_ == "pobj" and verb.head.head.pos_ in ("VERB", "AUX"):
            # the parse may join the participle to the object before it ("sprawled on the
            # lawn and bleeding from"): of the verb that object's phrase hangs on
            verb = verb.head.head
        if verb.pos_ not in ("VERB", "AUX") or predicate_kind(verb) is not None:
            return None
        by_dep = {c.dep_: c for c in verb.children}
        bearer = by_dep.get("dobj") or by_dep.get("nsubjpass") or by_dep.get("nsubj")
        if bearer is not None:
            return bearer
    return None


def _first_conjunct(token: Token) -> Token:
    """The first item of the list `token` ends ("a man and a woman": "man")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _own_number(token: Token) -> bool:
    """ "3 dead" after "4 people shot": a count of its own, only some of those shot."""
    return any(c.like_num and c.dep_ in ("nsubj", "nummod") for c in token.children) or (
        token.i > 0 and token.doc[token.i - 1].like_num
    )


def _numbered_modifier(token: Token) -> bool:
    """A predicate word hyphened to a number before the noun it modifies ("a six-shot
    revolver", "a 2-shot burst"): a kind of thing, not a count of people."""
    doc = token.doc
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and doc[token.i - 2].like_num
        and token.dep_ in ("compound", "amod", "nmod")
        and token.head.i > token.i
    )


def _gunned_down(token: Token) -> bool:
    """ "gunned down": a phrasal verb of shooting that news uses of the dead."""
    return token.lemma_.lower() == "gun" and any(
        c.dep_ == "prt" and c.lower_ == "down" for c in token.children
    )


def _kills(token: Token) -> bool:
    """True when a shooting word is itself a killing ("shot dead", "shot and killed", "gunned
    down")."""
    return _gunned_down(token) or _killed_by_words(token)


def _killed_by_words(token: Token) -> bool:
    """True when words beside a shooting word make it a killing ("shot dead", "shot and
    killed", "shot to death")."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.lower_ in ("dead", "fatally"):
        return True
    if after is not None and after.lower_ == "and" and token.i + 2 < len(doc):
        # a headline's "13-year-old shot and killed" where the parser hung "killed" elsewhere
        killed = doc[token.i + 2]
        if (
            killed.lemma_ in ("kill", "slay", "murder")
            and killed.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in killed.children)
        ):
            return True
    for child in token.children:
        if (child.lower_ in ("dead", "fatally") and not _fatal_part(child)) or (
            (child.dep_ == "conj" or (child.dep_ == "advcl" and _after_comma(child, token)))
            and child.lemma_ in ("kill", "die")
            # "fifteen were shot and two people were killed": a count of its own
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            # "shot a student and then killed herself": the killer's death, not the student's
            and not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in child.children)
            # "shot two people and killed a third": the third is the one killed
            and not _kills_someone_else(child)
        ):
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(c.lemma_ == "death" for c in child.children)
        ):
            return True
    return token.head.lower_ == "dead" and token.dep_ == "conj"


def _kills_someone_else(kill: Token) -> bool:
    """True when a killing joined to a shooting has an object of its own told as another
    victim ("shot two people and killed a third", "... and killed another"): those shot
    are not the dead."""
    return any(
        c.dep_ == "dobj"
        and (c.lower_ in NEW_VICTIM_WORDS or c.lower_ in TOLL_ORDINALS)
        and c.i > kill.i
        for c in kill.children
    )


def _beyond_the_shot(predicate: Token, patient: Token) -> bool:
    """True for a death counted past those a joined shooting counts ("shot two people and
    killed a third", "two men were shot and a third was killed"): the third is not one of
    the two."""
    ordinal = TOLL_ORDINALS.get(patient.lower_)
    shooting = predicate.head
    if ordinal is None or predicate.dep_ != "conj" or predicate_kind(shooting) != SHOT:
        return False
    shot = _patient(shooting, SHOT)
    count = count_of(shooting.doc, shot) if shot is not None else None
    return count is not None and count.value == ordinal - 1


def _fatal_part(word: Token) -> bool:
    """True when "fatally" or "dead" has a count of its own: only some of a count died ("6 shot,
    1 fatally", "4 people shot, 3 dead", "9 wounded, 2 fatally")."""
    before = word.doc[word.i - 1]
    return word.lower_ in ("fatally", "dead") and (
        any(c.like_num for c in word.children) or (before.like_num and not _of_someone(before))
    )


def _fatally(token: Token) -> bool:
    """True when "fatally" or "mortally" qualifies the whole count, not a part of it ("9
    wounded, 2 fatally")."""
    return any(
        child.lower_ in ("fatally", "mortally") and not _fatal_part(child)
        for child in token.children
    )


def _of_someone(number: Token) -> bool:
    """ "Father of 3 fatally shot": the number counts his children, not the dead."""
    return number.i > 0 and number.doc[number.i - 1].lower_ == "of" and number.head.lower_ == "of"


def _after_comma(token: Token, previous: Token) -> bool:
    """True when `token` follows `previous` with only a comma between: "teen shot, killed"."""
    return token.i == previous.i + 2 and token.doc[previous.i + 1].text == ","


def _fatal_counts(doc: Doc, candidates: list[int]) -> list[tuple[Token, Count]]:
    """ "2 fatally", "one of them fatally" after a shooting count."""
    found = []
    fatally = hash_string("fatally")
    for i in candidates:
        token = doc[i]
        if token.lower != fatally:
            continue
        start = token.sent.start
        j = token.i - 1
        if j >= start and doc[j].lower_ == "them" and j - 2 >= start:
            j -= 2  # "one of them fatally"
        if j >= start and doc[j].like_num and not _of_someone(doc[j]):
            count = _number_phrase(doc, doc[j])
            if count is not None:
                found.append((doc[j], count))
    return found


# A number of hours or days a city's toll is counted over ("in a five-hour span").
_SPAN_NUMBER = rf"(?:\d+|{alternation(w for w, n in NUMBER_WORDS.items() if 2 <= n <= 72)})"
# A count over a period ("since 2013, arresting thousands", "at least 40 killed in encounters
# since January", "so far this year", "since 8 p.m.") totals many incidents: it is no
# incident's figure.
AGGREGATE_PERIOD = re.compile(
    rf"\b(since (?:(?:19|20)\d\d|{alternation(_words('period_months'))}|the start of)"
    r"(?!,? when\b)|so far this year|over the (?:past|last) "
    r"(?:\w+ )?(?:years|months|decades?)|in recent (?:years|months)"
    r"|in the (?:past|last) (?:few |\w+ )?(?:days|weeks|months)|(?:stats|statistics) for"
    rf"|(?:this|each|every|per) year|since (?:{alternation(_words('period_weekdays'))})(?!'s))\b"
    # several incidents counted together: "in separate shootings", "three shootings kill five"
    rf"|\b(?:{alternation(_words('aggregate_counters'))}|\d+)\s+(?:[\w-]+\s+)?"
    rf"(?:{alternation(_words('aggregate_incidents'))})\b"
    r"|\bseparate\s+(?:[\w-]+\s+)?scenes\b"
    r"|\bshootings (?:across|around|throughout|from|between)\b"
    # a city's shootings of a night: "12 shot since 8 p.m."
    r"|\bsince \d{1,2}(?::\d\d)? ?[ap]\.?m\b"
    r"|\b(?:over|during|in|within) (?:a |the )?"
    rf"(?:(?:{alternation(_words('aggregate_adjectives'))}) )?"
    r"(?:24|48|72)[- ]hours?\b"
    # a city's toll of some hours or days: "within a span of four hours", "in a five-hour
    # span", "third child to die in just two days" (not one incident's length: "a 20-hour
    # standoff")
    rf"|\b(?:over|during|in|within) (?:a |the |just |only )?(?:span of )?{_SPAN_NUMBER}"
    r"(?: (?:hours|days)|[- ](?:hour|day)[- ](?:span|period|stretch))\b",
    re.IGNORECASE,
)


def _in_aggregate(token: Token, by_sentence: dict[int, bool]) -> bool:
    """The token's sentence counts over a period, not one incident (`by_sentence`: what the
    document's sentences already searched answered, by their first token)."""
    sentence = token.sent
    if sentence.start not in by_sentence:
        by_sentence[sentence.start] = bool(AGGREGATE_PERIOD.search(sentence.text))
    return by_sentence[sentence.start]


WISH_LEMMAS = _words("wish_lemmas")


def _wished(token: Token) -> bool:
    """A count someone prays or hopes for, or pleads against, is no report: "Praying that
    nobody died", "Please don't let me die"."""
    current = token
    for _ in range(3):
        if current.dep_ not in ("ccomp", "xcomp") or current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in WISH_LEMMAS:
            return True
        if current.lemma_.lower() == "let" and any(c.dep_ == "neg" for c in current.children):
            return True  # a plea: "Please don't let my baby die"
    return False


def _aimed_at(token: Token) -> bool:
    """A harm someone attempted or meant to do is no count of those harmed: "fired in an
    attempt to shoot his brother-in-law", "attempted to kill the deputy" (not "managed to
    wound the gunman", nor "believed to have shot")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children):
        return False
    return token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in AIM_LEMMAS


def find_figures(doc: Doc, start: int = 0, end: int | None = None) -> list[CountedFigure]:
    """Every killed / injured / shot / arrested / seized figure in tokens [start, end)."""
    end = len(doc) if end is None else end
    figures: list[CountedFigure] = []
    counted: set[tuple[int, str]] = set()
    candidates = token_candidates(doc, predicate_keys())
    fatal = _fatal_counts(doc, [i for i in candidates if start <= i < end])
    fatal_tokens = {token.i for token, _ in fatal}
    aggregate_sentences: dict[int, bool] = {}
    for i in candidates:
        if not start <= i < end:
            continue
        token = doc[i]
        kind = (
            predicate_kind(token)
            or condition_kind(token)
            or struck_kind(token)
            or hospital_kind(token)
            or victim_kind(token)
        )
        if (
            kind is None
            or _in_aggregate(token, aggregate_sentences)
            or _wished(token)
            or _aimed_at(token)
        ):
            continue
        if _in_a_crash(token):
            continue  # "killed in a helicopter crash": no toll of violence
        if _numbered_modifier(token):
            continue  # "a six-shot revolver": what a gun holds, no one shot
        if kind == SHOT and token.tag_ == "VBG" and token.dep_ in NOMINAL_DEPS:
            continue  # "the shooting death", "a shooting victim": no count of the shot
        if (
            kind == SHOT
            and token.tag_ == "VBG"
            and not any(c.dep_ in ("dobj", "aux") for c in token.children)
        ):
            continue  # "Two dead, two injured in restaurant shooting" parsed as a verb
        if kind == SHOT and (
            _kills(token)
            or any(c.lower_ in FATAL_WORDS for c in token.children)
            or (token.dep_ in ("compound", "amod") and token.head.lemma_.lower() == "death")
        ):
            kind = "killed"  # "shot dead", "the fatal shooting of a man"
        elif kind == SHOT and token.tag_ in ("VBD", "VBZ", "VBN") and _murder_suicide(token.sent):
            kind = "killed"  # "shoots boy, then himself in murder-suicide": those shot died
        elif kind == "injured" and _fatally(token):
            kind = "killed"  # "was fatally wounded", "mortally injured"
        elif kind == "injured" and any(
            word.lower_ == "fatally" and _fatal_part(word)
            for child in token.children
            for word in (child, *child.children)
        ):
            kind = SHOT  # "9 wounded, 2 fatally": the count holds those who died ("7 dead,
            # 14 hurt" does not)
        elif (
            kind == "killed"
            and token.lower_ == "dead"
            and token.head.lemma_.lower() in ("shoot", "shot")
            and predicate_kind(token.head) is not None
            and not _own_number(token)
        ):
            continue  # counted on "shot"
        elif (
            kind == "killed"
            and token.dep_ == "conj"
            and token.head.lemma_ == "shoot"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            # "shoots and kills friend": the victim is the object of "kills" alone
            and not (
                "dobj" in {c.dep_ for c in token.children} and _patient(token.head, SHOT) is None
            )
            # "shot a student and then killed herself": the killer's own death
            and not any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in token.children)
            and not _kills_someone_else(token)  # "shot two people and killed a third"
        ):
            continue  # "shot and killed": counted on "shot"
        if coarse_pos(token) in ("NOUN", "ADJ") and (number := _number_of(token)) is not None:
            found = _stated_total(doc, number)  # "put the number of arrests at more than 100"
        elif (
            token.lower_ in VERBS_AS_PLURALS
            and token.tag_ == "NNS"
            and _sufferer(doc, token) is None  # not "suffered gunshot wounds"
        ):
            # a headline verb tagged as a noun: "shooting kills 2" (never "two kills")
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            count = _number_phrase(doc, after) if after is not None and after.like_num else None
            if count is None:  # "3-year-old kills herself", "Gunman kills wife": its object
                after = next((c for c in token.children if c.dep_ == "dobj"), None)
                count = None if after is None else count_of(doc, after)
            found = None if count is None else (after, count)
        elif token.lower_ == "condition":
            found = _in_condition(doc, token)
        elif _lemma_in(token, CUSTODY_NOUNS):
            found = in_custody(doc, token)
        elif (
            coarse_pos(token) == "NOUN"
            and headline_subject(token) is None
            and not _found_as_noun(token)
        ):
            # a number before "wounds" counts wounds ("three gunshot wounds"): only whoever
            # suffered them counts
            found = None if token.lemma_.lower() == "wound" else _noun_count(doc, token, kind)
            if found is None and kind == "injured":
                found = _sufferer(doc, token)
                if found is not None and any(c.lower_ in FATAL_WORDS for c in token.children):
                    kind = "killed"  # "was found with a fatal gunshot wound"
                elif found is not None and not _still_treated(token):
                    kind = SHOT  # hurt, and may have died of it: deaths told apart come off
        else:
            patient = _patient(token, kind)
            if patient is None or count_of(doc, patient) is None:
                # a headline the parser could not read: "4 shot dead in ...", "Two teens dead"
                patient = _number_before(doc, token) or patient
            if patient is not None and _subject_of_its_own_clause(patient):
                # "A scuffle ensued, and the teen was shot": the clause before is no
                # one; the victim is the conjunct or the next subject the parse gave the verb
                patient = next(
                    (
                        c
                        for c in (*patient.children, *token.children)
                        if (c.dep_ == "conj" and c.head.i == patient.i)
                        or (c.dep_ == patient.dep_ and c.head.i == token.i and c.i > patient.i)
                    ),
                    None,
                )
            if patient is not None and patient.lemma_.lower() == "total":
                # "a total of 12 people were shot", "total hit up to 17": what it totals
                patient = next(prep_objects(patient, ("of",)), None)
            if patient is not None and patient.i in fatal_tokens:
                continue
            if patient is None:
                found = None  # a headline's list may still name them (below)
            elif (number := _number_of(patient)) is not None:
                # "the number of soldiers killed rose to 17" (and no count of "the number")
                found = _stated_total(doc, number)
            elif (none := _negated_none(token, patient)) is not None:
                found = patient, none
            elif any(c.dep_ == "neg" for c in token.children):
                continue  # "was not injured": no count
            elif patient.lower_ in ANYONE_WORDS:
                continue  # "did not see anyone injured", "was anyone hurt?": no one counted
            else:
                if kind == "seized":
                    patient = _seized_items(patient)
                    count = None if _lemma_in(patient, CONTAINERS) else count_of(doc, patient)
                else:
                    count = _listed_count(doc, token, patient)
                found = None if count is None else (patient, count)
        if found is None and kind in ("killed", "injured", SHOT):
            found = _subjects_after_between(doc, token)
        if kind in ("killed", "injured", SHOT):
            listed = _title_list(doc, token)
            if listed is not None and (
                found is None
                or (
                    found[1].qualifier == Qualifier.EXACT
                    and (found[1].value or 0) < listed[1].value
                )
            ):
                found = listed
        if found is None:
            continue
        patient, count = found
        if (
            kind == "killed"
            and (count.value or 0) > 1
            and _gunned_down(token)
            and not _killed_by_words(token)
            and not any(c.lower_ in FATAL_WORDS for c in token.children)
        ):
            # "four friends were gunned down": of several, news says it of the wounded too
            # (GVA counts them injured); the deaths told apart come off, as for "shot"
            kind = SHOT
        if kind in ("killed", "injured", SHOT) and (
            patient.dep_ == "nsubjpass"
            and patient.tag_ in ("NNS", "NNPS")
            and patient.lemma_.lower() in NOT_PEOPLE
        ):
            # "a man wanted in more than a dozen cases was shot dead": the parse's subject
            # may be a count of what is no one (a misread "the incident in which a man was
            # killed" still tells of one death)
            continue
        if kind in ("killed", "injured") and (
            patient.lower_ in NOT_VICTIMS
            or patient.lemma_.lower() in NOT_VICTIMS
            or (kind == "killed" and token.dep_ == "amod" and patient.dep_ == "poss")
            # "a dead end street": the word after "dead" is what it modifies, and no one
            or (
                kind == "killed"
                and token.dep_ == "amod"
                and token.i + 1 < patient.i
                and doc[token.i + 1].lower_ in NOT_VICTIMS
            )
            # "declared brain dead": on life support, not yet in a toll (GVA counts the death)
            or (kind == "killed" and token.i > 0 and doc[token.i - 1].lower_ == "brain")
        ):
            # "a dead dog", "a wounded turkey", "a dead man's phone", "an SUV that had died":
            # no one counted
            continue
        if kind == SHOT and (
            patient.lemma_.lower() in SHOT_THINGS
            or any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children)
        ):
            continue  # "shot up a house", "shot the car": no one hit
        if _lemma_in(token, BURIAL_LEMMAS) and not _buried_dead(doc, token, patient, count):
            continue  # "buried two bombs", "buried alive", "he was buried on Saturday"
        if _unborn(patient):
            continue  # tolls count the born (GVA's, ACLED's): "killing her unborn baby"
        if _suspects_with_their_own_verb(patient, token):
            continue  # "2 of 3 suspects held after police dog was killed": a misread subject
        if (
            (patient.i, kind) in counted
            or _is_money(doc, patient, count)
            or patient.lemma_.lower() in NOT_COUNTED
        ):
            continue
        counted.add((patient.i, kind))
        # "a fifth man was found dead" tells the toll so far as "a fifth man died" does
        if kind == "killed" and (_lemma_in(token, DIE_LEMMAS) or token.lower_ == "dead"):
            count = _toll_of_ordinal(patient, count)
        if kind == "killed":
            count = _without_the_unborn(patient, count)
        suicide = None
        # (not when the count is the killer himself: "her father killed himself" in a
        # "murder-suicide" is one death)
        if (
            kind == "killed"
            and count.qualifier == Qualifier.EXACT
            and count.value
            and patient.lower_ not in REFLEXIVES
        ):
            suicide = _suicide_after(token, patient) or _self_listed(token, patient, count)
            if suicide is not None:  # "killing four before turning the gun on himself"
                counted.add((suicide.i, "killed"))  # not again as a figure of its own
                total = count.value + 1
                count = Count(total, total, total, count.qualifier, count.start, suicide.i + 1)
        record = _record(doc, kind, count, token, patient)
        # "... then killed himself": the killer's own death, not one of those he shot
        own_death = kind == "killed" and count.value == 1 and _killer_himself(token, patient)
        # "three people are dead, including the gunman": his death is in the toll told
        included = kind == "killed" and (count.value or 0) > 1 and _killer_included(token, patient)
        figures.append(
            replace(
                record,
                suicide=int(suicide is not None or own_death or included),
                killer_counted=suicide is not None,
                beyond_shot=int(kind == "killed" and _beyond_the_shot(token, patient)),
            )
        )
        if kind in (SHOT, "injured") and (own := _shooter_took_own_life(token, patient)):
            # "shot his wife, then turned the gun on himself": the shooter's own death (in the
            # toll, not among those shot), told by no predicate of the figure patterns
            verb = _suicide_verb(own) or own.head  # "turned", "committed", "took"
            told = Count(1, 1, 1, Qualifier.EXACT, verb.i, own.i + 1)
            death = _record(doc, "killed", told, verb, own)
            figures.append(replace(death, suicide=1))
    figures.extend(_harm_zeros(doc, start, end, counted, figures))
    for token, count in fatal:
        if _in_aggregate(token, aggregate_sentences):
            continue  # "12 shot, 2 fatally, since 9 p.m.": the night's, not one incident's
        figures.append(_record(doc, "killed", count, token, token))
    figures = _without_restated_aggregates(doc, figures, aggregate_sentences)
    figures = _hurt_besides_shot(doc, figures)
    causes = _rise_causes(doc, figures)
    figures = [c for c in figures if c.predicate not in causes]
    # "toddler injured in accidental shooting has died": the one hurt is the one who died ("shot"
    # counts stay: events.py takes the deaths off them)
    died = {c.patient for c in figures if c.figure.kind == "killed" and c.figure.value}
    return [
        c
        for c in figures
        if not (c.figure.kind == "injured" and c.patient in died and c.figure.value == 1)
    ]


BESIDES_SHOT_LEMMAS = _words("besides_shot_lemmas")


def _hurt_besides_shot(doc: Doc, figures: list[CountedFigure]) -> list[CountedFigure]:
    """ "Three children shot, 1 injured": a count of the injured right after a count of those
    shot and a comma tells others hurt besides them (the shot are hurt already), so the two
    are one count of four. ("4 shot, 1 dead" tells a death among the four: events.py takes
    the deaths off the shot; "5 shot, 2 seriously injured" tells how badly some of the five
    were hurt.)"""
    by_start = {c.figure.start: c for c in figures if c.figure.kind == "injured"}
    if not by_start:
        return figures
    merged: list[CountedFigure] = []
    dropped: set[int] = set()
    for c in figures:
        f = c.figure
        span = doc.char_span(f.start, f.end)
        comma = doc[span.end] if span is not None and span.end + 1 < len(doc) else None
        other = (
            by_start.get(doc[comma.i + 1].idx) if comma is not None and comma.text == "," else None
        )
        if (
            f.kind != SHOT
            or other is None
            or f.qualifier != other.figure.qualifier
            or f.qualifier != Qualifier.EXACT.value
            or predicate_lemma(doc[other.predicate]) not in BESIDES_SHOT_LEMMAS
            # "Four shot, two critically injured": how badly, so some of the four
            or any(t.dep_ == "advmod" for t in doc[other.predicate].children)
            or doc[other.predicate].sent.start != doc[c.predicate].sent.start
            or not f.value
            or not other.figure.value
        ):
            merged.append(c)
            continue
        total = f.value + other.figure.value
        end = other.figure.end
        told = doc.char_span(f.start, end)
        if told is None:
            merged.append(c)
            continue
        figure = replace(f, value=total, low=total, high=total, end=end, text=told.text)
        merged.append(replace(c, figure=figure))
        dropped.add(id(other))
    return [c for c in merged if id(c) not in dropped]


@functools.cache
def harm_zero_words() -> dict[tuple[str, str], tuple[str, ...]]:
    """(lemma, coarse part of speech) -> the figure kinds a zero of people harmed states."""
    return {(r["lemma"], r["pos"]): tuple(r["kinds"].split()) for r in read_tsv("harm_zeros.tsv")}


@functools.cache
def _harm_zero_lemmas() -> frozenset[str]:
    """The lemmas harm_zero_words names, whatever their part of speech."""
    return frozenset(lemma for lemma, _ in harm_zero_words())


# Whether a lemma (by its string hash) lower-cased is one of _harm_zero_lemmas, per process:
# each distinct lemma's string read and lower-cased once, not every word's of every report.
_HARM_ZERO_HASHES: dict[int, bool] = {}


def harm_zero_candidates(doc: Doc, start: int, end: int) -> list[int]:
    """Indexes of the tokens in [start, end) whose lower-cased lemma harm_zero_words names
    (under some part of speech), read from the Doc's lemma array."""
    lemmas = _harm_zero_lemmas()
    strings = doc.vocab.strings
    known = _HARM_ZERO_HASHES
    found = []
    for i, lemma in enumerate(doc.to_array(LEMMA)[start:end].tolist() if len(doc) else (), start):
        hit = known.get(lemma)
        if hit is None:
            hit = known[lemma] = strings[lemma].lower() in lemmas
        if hit:
            found.append(i)
    return found


# Who a zero of harm counts as everyone, not as one side: "no one was hurt", "nobody".
_ZERO_EVERYONE = frozenset(ZERO_WORDS | ANYONE_WORDS | {"one", "casualty"} | GENERIC_PEOPLE)
# Who a zero of harm counts as people: those, and one side ("no civilians", "no villagers",
# "no police officer").
ZERO_PEOPLE = (
    _ZERO_EVERYONE
    | {w for w in CIVILIAN_NOUNS if w not in ("old", "others", "other")}
    | PERSON_NOUNS
)


def _harm_zeros(
    doc: Doc,
    start: int,
    end: int,
    counted: set[tuple[int, str]],
    told: Sequence[CountedFigure] = (),
) -> list[CountedFigure]:
    """Zeros of people told with a word of harm of any kind ("no civilians were harmed",
    "there were no civilian casualties"): none killed and, as the word says, none injured.
    `counted`: (patient, kind) already counted, so "no one was hurt" is not injured twice.
    `told`: the figures already read; a zero of one side ("no police officer was hurt") beside
    a number of that kind of others ("six suspects were killed") says nothing of the toll."""
    table = harm_zero_words()
    others_of_kind = {c.figure.kind for c in told if (c.figure.value or 0) > 0}
    found = []
    for i in harm_zero_candidates(doc, start, end):
        token = doc[i]
        lemma = token.lemma_.lower()
        kinds = table.get((lemma, coarse_pos(token)))
        if kinds is None:
            continue
        patient = token if coarse_pos(token) == "NOUN" else _patient(token, "injured")
        if patient is None or patient.lemma_.lower() not in ZERO_PEOPLE:
            continue
        count = count_of(doc, patient)
        if count is None or count.qualifier != Qualifier.ZERO:
            count = _negated_none(token, patient)  # "did not harm a single civilian"
        if count is None:
            continue
        if any(c.lower_ in ("else", "other", "others") for c in patient.children) or any(
            prep_objects(patient, ("of",))
        ):
            # "no one else was hurt", "none of the hostages was hurt": none of some already
            # told, which says nothing of the others' deaths (a gunman's own)
            continue
        one_side = patient.lemma_.lower() not in _ZERO_EVERYONE
        for kind in kinds:
            if one_side and kind in others_of_kind:
                continue
            if (patient.i, kind) not in counted:
                counted.add((patient.i, kind))
                found.append(replace(_record(doc, kind, count, token, patient), harm_zero=True))
    return found


# The first sentences of a report, where a roundup's total opens it (its headline and lead).
ROUNDUP_LEAD_SENTENCES = 6
# What an aggregate sentence counts besides people: "in three shootings over 24 hours".
AGGREGATED_THINGS = INCIDENT_NOUNS | AGE_UNITS | _words("aggregated_things")


def _without_restated_aggregates(
    doc: Doc, figures: list[CountedFigure], aggregate_sentences: dict[int, bool]
) -> list[CountedFigure]:
    """Drop a toll before the first aggregate sentence that repeats one of its numbers, where
    that sentence opens the report (its first ROUNDUP_LEAD_SENTENCES): a roundup's headline
    restates the lead's total ("Northside Gunfire Injures 5" over "Four separate attacks
    overnight left five people hurt")."""
    starts = sorted(start for start, aggregate in aggregate_sentences.items() if aggregate)
    if not starts or starts[0] not in {
        s.start for s in itertools.islice(doc.sents, ROUNDUP_LEAD_SENTENCES)
    }:
        return figures
    totals = {
        value
        for start in starts
        for token in doc[start].sent
        if (value := number_value(token)) is not None
        and value >= 2
        and token.head.lemma_.lower() not in AGGREGATED_THINGS  # "three shootings"
    }
    return [
        c
        for c in figures
        if not (
            c.figure.kind in ("killed", "injured", SHOT)
            and c.figure.value in totals
            and c.patient < starts[0]
        )
    ]


def _suspects_with_their_own_verb(patient: Token, predicate: Token) -> bool:
    """True for a count of suspects ("3 of 4 suspects charged") the parse made the subject of
    another clause's predicate: the suspects have a verb of their own."""
    suspects = [o for o in prep_objects(patient, ("of",)) if _lemma_in(o, PERPETRATOR_NOUNS)]
    return any(
        verb.dep_ in ("acl", "relcl") and verb.pos_ == "VERB" and verb.i != predicate.i
        for noun in suspects
        for verb in noun.children
    )


def _buried_dead(doc: Doc, verb: Token, patient: Token, count: Count) -> bool:
    """True when a burial counts the dead: people ("the village had buried 27 people", "buried
    14 of their dead") counted by a number, and nothing in the clause says they may be alive
    ("buried alive", "buried under the rubble"). Who buried them is no actor of the violence,
    and one told without a number ("he was buried on Saturday") is left to the toll's own
    words."""
    person = (
        patient.like_num
        or patient.lower_ in VAGUE_COUNTS  # "dozens of people were buried"
        or _lemma_in(patient, GENERIC_PEOPLE | PERSON_NOUNS)
    )
    numbered = any(t.like_num or t.lower_ in VAGUE_COUNTS for t in doc[count.start : count.end])
    alive = any(t.lower_ in BURIAL_NOT_DEAD for t in verb.subtree)
    return person and numbered and not alive


def _unborn(patient: Token) -> bool:
    """ "her unborn baby", "the fetus": a death the toll does not count."""
    return patient.lemma_.lower() in ("fetus", "foetus") or any(
        c.lower_ == "unborn" for c in patient.children
    )


def _without_the_unborn(patient: Token, count: Count) -> Count:
    """ "murdered six people, including an unborn child": five in the toll, which counts the
    born (as `_unborn` leaves out an unborn child counted alone)."""
    value = count.value or 0
    if count.qualifier != Qualifier.EXACT or value < 2:
        return count
    unborn = [
        item
        for prep in patient.children
        if prep.dep_ == "prep" and prep.lower_ == "including"
        for item in prep.children
        if item.dep_ == "pobj" and _unborn(item)
    ]
    if not unborn:
        return count
    value -= len(unborn)
    return Count(value, value, value, Qualifier.EXACT, count.start, count.end)


def _toll_of_ordinal(patient: Token, count: Count) -> Count:
    """The dead of an incident counted up to its latest: "Fourth victim dies" or "a fifth man
    was found dead" is killed 4 or 5, not 1 (but "his second wife died", "an 8th-grader dies"
    and "a sixth person was fatally shot",
    the sixth of those shot, are one)."""
    if count.value != 1 or count.qualifier != Qualifier.EXACT:
        return count
    children = list(patient.children)
    # "his second wife", "the fourth man died" (the fourth of those just listed)
    if any(c.dep_ == "poss" or c.lower_ == "the" for c in children):
        return count
    for child in children:
        toll = TOLL_ORDINALS.get(child.lower_)
        if (
            toll is not None
            and child.dep_ in ("amod", "nummod", "compound")
            and child.i < patient.i
            and child.nbor(1).text != "-"
        ):
            return Count(toll, toll, toll, Qualifier.EXACT, min(count.start, child.i), count.end)
    return count


def _murder_suicide(sentence: Span) -> bool:
    """True when the sentence tells a "murder-suicide" (not an attempted one)."""
    words = [t.lower_ for t in sentence]
    return any(
        words[i : i + 3] == ["murder", "-", "suicide"] and (i == 0 or words[i - 1] != "attempted")
        for i in range(len(words) - 2)
    )


def _suicide_after(predicate: Token, patient: Token) -> Token | None:
    """The killer's own death told after a killing in the same sentence ("killed four
    classmates and then himself", "killing three ... before taking his own life", "then
    turned the gun on herself", "before he was shot dead by police"), which the incident's
    toll counts; beside victims told as a subject, only someone else's suicide
    (`_other_took_own_life`)."""
    by_agent = patient.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in predicate.children)
    if predicate.lemma_.lower() not in KILL_LEMMAS:
        return None
    if patient.dep_ in ("nsubj", "nsubjpass") and not by_agent:
        return _other_took_own_life(predicate, patient)
    if patient.dep_ != "dobj" and not by_agent:
        return None
    counted = {t.i for t in patient.subtree}
    sent = predicate.sent
    for token in sent[predicate.i - sent.start + 1 :]:
        if token.i in counted or token.i - predicate.i > 25:
            continue
        head = token.head
        reflexive = token.lower_ in REFLEXIVES
        if (
            (
                reflexive
                # "killed his daughter and then himself": the parse may join it to the verb
                and (token.dep_ == "dobj" or (token.dep_ == "conj" and head.i == predicate.i))
                and (
                    head.lemma_.lower() in ("kill", "murder")
                    or any(c.lower_ == "fatally" for c in head.children)
                )
            )
            # "... then turned the gun on herself", "... and then committed suicide"
            or _took_own_life(token)
            or (  # "until she was shot and killed by a deputy"
                token.lower_ in ("he", "she")
                and token.dep_ == "nsubjpass"
                and (head.lemma_.lower() in ("kill", "murder") or _kills(head))
            )
        ):
            return token
    # "Woman kills 5-year-old son in murder-suicide", "murder-suicide gunman quarrelled with
    # his neighbour before killing her brother": the killer is dead too
    for token in sent:
        if (
            (2 <= token.i - predicate.i <= 25 or 0 < predicate.i - token.i <= 25)
            and token.lower_ == "suicide"
            and token.doc[token.i - 2].lower_ == "murder"
            and token.doc[max(token.i - 3, 0)].lower_ != "attempted"  # the killer lived
        ):
            return token
    return None


def _other_took_own_life(predicate: Token, patient: Token) -> Token | None:
    """Beside victims told as a subject ("Two boys killed, father commits suicide", "two women
    were killed and the gunman turned the gun on himself"), a suicide whose own subject names
    someone else (a noun, not a pronoun that may be the victim): the killer's death."""
    victims = {t.i for t in patient.subtree}
    for token in predicate.sent:
        if abs(token.i - predicate.i) > 25:
            continue
        verb = _suicide_verb(token)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
        if (
            subject is not None
            and subject.pos_ in ("NOUN", "PROPN")
            and subject.lemma_.lower() != patient.lemma_.lower()
            and subject.i not in victims
        ):
            return token
    return None


def _took_own_life(token: Token) -> bool:
    """True for the word that ends "turned the gun on himself", "committed suicide" or "took
    his own life"."""
    return _suicide_verb(token) is not None or (
        token.lower_ == "life"
        and token.head.lemma_.lower() == "take"
        and any(c.lower_ == "own" for c in token.children)
    )


def _shooter_took_own_life(predicate: Token, patient: Token) -> Token | None:
    """The shooter's suicide told in the clause of a shooting that counts others ("shot his
    wife, then turned the gun on himself", "wounded two before taking his own life"): the
    word that ends it, or None. Said of those shot it is no death; of the shooter it is one."""
    if patient.dep_ != "dobj" or patient.head.i != predicate.i:
        return None
    if any(t.lemma_.lower() in ("attempt", "try") for t in predicate.sent):
        return None  # "in an attempted suicide", "tried to take his own life": he may live
    for token in predicate.subtree:
        if predicate.i < token.i <= predicate.i + 25 and _took_own_life(token):
            # (a headline's "... In Attempted Suicide" tells of the lead's suicide too)
            return None if suicide_attempted(token.doc) else token
    return None


def suicide_attempted(doc: Doc) -> bool:
    """True when the report tells of an "attempted suicide" or a "suicide attempt"."""
    words = [t.lower_ for t in doc]
    return any(
        word == "suicide"
        and (
            (i > 0 and words[i - 1] == "attempted")
            or (i + 1 < len(words) and words[i + 1] in ("attempt", "attempts"))
        )
        for i, word in enumerate(words)
    )


def _suicide_verb(token: Token) -> Token | None:
    """The verb of "commits suicide" or "turned the gun on himself" `token` ends, or None."""
    if token.lower_ == "suicide" and token.head.lemma_.lower() == "commit":
        return token.head
    on = token.head
    if (
        token.lower_ in REFLEXIVES
        and token.dep_ == "pobj"
        and on.lower_ == "on"
        and on.head.lemma_.lower() == "turn"
        and any(c.lower_ == "gun" for c in on.head.children)
    ):
        return on.head
    return None


def _killer_himself(predicate: Token, patient: Token) -> bool:
    """True for a killer's own death told after his victims in one sentence ("shot his son
    before killing himself"); a child who shot himself by accident is the only one shot."""
    if patient.lower_ not in REFLEXIVES:
        return False
    # "the gunman fatally shot himself": who shot himself is named as the one who fired
    if any(c.dep_ == "nsubj" and _lemma_in(c, PERPETRATOR_NOUNS) for c in predicate.children):
        return True
    return any(
        token.dep_ == "dobj"
        and token.lower_ not in REFLEXIVES
        and token.head.i < predicate.i
        and _lemma_in(token.head, KILL_LEMMAS)
        for token in predicate.sent
    )


def _killer_included(predicate: Token, patient: Token) -> bool:
    """A toll told with the killer among its dead ("3 dead, including gunman", "two people,
    including the shooter, were killed"): hung on the count, the predicate or its verb."""
    heads = [patient, predicate]
    if predicate.dep_ in ("acomp", "amod", "attr"):
        heads.append(predicate.head)  # "three people are dead, including the shooter"
    return any(
        child.lower_ == "including"
        and any(_lemma_in(g, PERPETRATOR_NOUNS) for g in child.children if g.dep_ == "pobj")
        for head in heads
        for child in head.children
    )


def _self_listed(predicate: Token, patient: Token, count: Count) -> Token | None:
    """A headline's killer listed after the victims ("kills daughter, grandson, self", "kills
    brother, then himself"), hung on the verb or the victim and not counted with them."""
    lemma = WORD_LEMMAS.get(predicate.lower_, predicate.lemma_.lower())  # title case: "Killed"
    if lemma not in KILL_LEMMAS:
        return None
    # (the victims the count lists too: "Killed Wife, 4 Kids Then Himself" may hang "Kids" on
    # the verb)
    heads = {predicate.i} | {t.i for t in patient.subtree} | set(range(count.start, count.end))
    for token in predicate.doc[max(count.end, patient.i + 1) : predicate.i + 25]:
        if token.is_sent_start:
            break
        if (
            token.lower_ in REFLEXIVES
            and token.dep_ in ("npadvmod", "dep", "appos")
            and token.head.i in heads
            and token.doc[token.i - 1].lower_ in (",", "then", "and")
        ):
            return token
    return None


def _is_money(doc: Doc, patient: Token, count: Count) -> bool:
    # "$1.7 million": the decimal before the multiplier is no part of the count read
    before = {t.lower_ for t in doc[max(count.start - 2, 0) : count.start]}
    return patient.ent_type_ == "MONEY" or bool(before & CURRENCY) or patient.lower_ in CURRENCY


def _record(doc: Doc, kind: str, count: Count, predicate: Token, patient: Token) -> CountedFigure:
    first = min(count.start, predicate.i, patient.i)
    last = max(count.end, predicate.i + 1, patient.i + 1)
    if predicate.i + 1 < len(doc) and doc[predicate.i + 1].lower_ in ("dead", "fatally"):
        last = max(last, predicate.i + 2)
    if last - first > 20:  # a long clause between: the count phrase alone is the evidence
        first, last = count.start, count.end
    span = doc[first:last]
    figure = FigureFound(
        kind=kind,
        value=count.value,
        low=count.low,
        high=count.high,
        qualifier=str(count.qualifier),
        start=span.start_char,
        end=span.end_char,
        text=span.text,
    )
    again = (
        count.value == 1 and count.qualifier == Qualifier.EXACT and _named_again(patient, predicate)
    )
    # one victim with no number of its own: a part of any count of the incident, not a count
    singly = (
        count.value == 1
        and count.qualifier == Qualifier.EXACT
        and not any(
            number_value(t) == 1 and t.lower_ not in ARTICLES for t in doc[count.start : count.end]
        )
    )
    return CountedFigure(figure, predicate.i, patient.i, named_again=again, singly=singly)


def _named_again(patient: Token, predicate: Token) -> bool:
    """True when one victim is told as someone already known: a pronoun, a name, or "the"
    noun ("he was shot", "Lee was wounded", "the injured girl"), not "a second man" nor
    one "also" shot (besides someone told before: "the girl was also shot")."""
    if any(c.lower_ == "also" for c in predicate.children):
        return False
    if patient.lower_ in PERSONAL_SINGULAR or patient.lower_ in REFLEXIVES:
        return True  # "he was shot", "the boy shot himself"
    children = list(patient.children)
    if any(c.lower_ in NEW_VICTIM_WORDS or c.ent_type_ == "ORDINAL" for c in children):
        return False
    if patient.ent_type_ == "PERSON" and patient.tag_ == "NNP":
        return True
    return (patient.tag_ == "NN" or is_age_noun(patient)) and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children
    )
