"""Actors: every spelling of one actor resolves to one row, with its aliases listed.

Names are compared by key: case, punctuation, a leading article and a person's titles folded
("Maj. Gen. Bilal Akbar" = "Bilal Akbar"). Known actors are seeded from actor_aliases.tsv, so
"Muttahida Qaumi Movement" and "MQM" are one actor however the first article spelt it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, contains_eager

from corroborate.lexicons import alternation, read_rows, word_list, word_map
from corroborate.model import ACLED_INTER, Actor, ActorAlias, ActorKind, stable_id

# The words the rules below look for, by category: actor_words.tsv.
_words = word_list("corroborate.consolidate", "actor_words.tsv")


_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
# Titles dropped even when only one name follows ("President Obama"); others need two words
# after them, so "General Motors" stays a company.
_HONORIFICS = {(word,) for word in _words("honorifics")}
_NON_WORD = re.compile(r"[^\w]+")
# An alias key that opens with a count or a quantifier is a figure's phrase ("three",
# "least 41", "two more people", "57 people"), never a name of the actor
_COUNTED = re.compile(rf"^(?:at |up to )?(?:\d[\d,]*|{alternation(_words('counted'))})\b")


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return read_rows("corroborate.consolidate", name)


@functools.cache
def person_titles() -> tuple[tuple[str, ...], ...]:
    """Titles (as word tuples, longest first) dropped from the front of a name."""
    titles = {tuple(_NON_WORD.sub(" ", row["title"]).split()) for row in _rows("person_titles.tsv")}
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


# One given name spelt otherwise ("Mohammed", "Muhammad"): name_spellings.tsv.
_SPELLINGS = word_map("corroborate.consolidate", "name_spellings.tsv")("given_name")


def _fold(name: str) -> str:
    # without diacritics: "Touré" and "Toure" (a wire's ASCII) are one person
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    words = _NON_WORD.sub(" ", _LEADING.sub("", bare.strip())).lower().split()
    return " ".join(_SPELLINGS.get(word, word) for word in words)


@functools.lru_cache(maxsize=8192)
def actor_key(name: str) -> str:
    """How names are compared: case, punctuation, a leading article and titles folded."""
    words = _fold(name).split()
    stripped = True
    while stripped and len(words) > 1:
        stripped = False
        for title in person_titles():
            rest = len(words) - len(title)
            if tuple(words[: len(title)]) == title and (
                rest >= 2 or (rest == 1 and title in _HONORIFICS)
            ):
                words = words[len(title) :]
                stripped = True
                break
    return " ".join(words)


@functools.cache
def seeded_aliases() -> dict[str, tuple[str, str]]:
    """Alias key -> (canonical name, kind) from actor_aliases.tsv."""
    seeds: dict[str, tuple[str, str]] = {}
    for row in _rows("actor_aliases.tsv"):
        seeds[actor_key(row["alias"])] = (row["name"], row["kind"])
        seeds.setdefault(actor_key(row["name"]), (row["name"], row["kind"]))
    return seeds


@functools.cache
def _seed_aliases_of(canonical: str) -> tuple[str, ...]:
    return tuple(row["alias"] for row in _rows("actor_aliases.tsv") if row["name"] == canonical)


def canonical_key(name: str) -> str:
    """The key of the actor a name stands for: its seeded canonical name's, else its own."""
    key = actor_key(name)
    seeded = seeded_aliases().get(key)
    return actor_key(seeded[0]) if seeded else key


# Where a session remembers which actor a key found: the actor a key found stays the one it
# finds (actors are never deleted, aliases only added), so it is not asked for again.
_FOUND_IDS = "corroborate_actor_keys"


def _canonical(name: str, kind: str, alias: str | None) -> tuple[str, str, bool]:
    """The name and kind an actor name stands for (a seeded alias's canonical ones), and
    whether it was seeded."""
    seeded = seeded_aliases().get(actor_key(name)) or (
        seeded_aliases().get(actor_key(alias)) if alias else None
    )
    return (*seeded, True) if seeded else (name, kind, False)


# The actors with an alias of some keys or with some ids, with all their aliases (in the same
# statement): built once, as building it cost more than running it.
_ACTORS_NAMED = (
    select(Actor)
    .outerjoin(Actor.aliases)
    .options(contains_eager(Actor.aliases))
    .where(
        Actor.id.in_(
            select(ActorAlias.actor_id).where(ActorAlias.key.in_(bindparam("keys", expanding=True)))
        )
        | Actor.id.in_(bindparam("ids", expanding=True))
    )
)


class ActorResolver:
    """Resolves the actor names of one document, in its transaction: the stored actors they
    may name (by an alias's key or by id) are read with their aliases in one statement
    first, not asked for name by name (each question also flushed the actor made before)."""

    def __init__(self, session: Session, names: Iterable[tuple[str, str, str | None]]) -> None:
        self.session = session
        self.found_ids: dict[str, str] = session.info.setdefault(_FOUND_IDS, {})
        # key -> the actor it resolved to in this document (a new one not yet flushed too)
        self.resolved: dict[str, Actor] = {}
        # keys no stored actor had when read, and the actors their first alias added since
        # went to (what asking the database again would find)
        self.absent: set[str] = set()
        self.added: dict[str, Actor] = {}
        # key -> the stored actor of its id (stable_id("ac", key))
        self.made: dict[str, Actor] = {}
        keys = {actor_key(_canonical(*name)[0]) for name in names}
        self._read({key for key in keys if self._remembered(key) is None})

    def _remembered(self, key: str) -> Actor | None:
        # an actor of an earlier document of the session (held: no question asked), unless
        # its transaction was rolled back
        known = self.found_ids.get(key)
        return self.session.get(Actor, known) if known is not None else None

    def _read(self, keys: set[str]) -> None:
        if not keys:
            return
        by_id = {stable_id("ac", key): key for key in keys}
        actors = (
            self.session.scalars(_ACTORS_NAMED, {"keys": list(keys), "ids": list(by_id)})
            .unique()
            .all()
        )
        # a key several actors share finds the one that took it first (the lowest alias id)
        first: dict[str, tuple[int, Actor]] = {}
        for actor in actors:
            for alias in actor.aliases:
                if alias.key in keys and (alias.key not in first or alias.id < first[alias.key][0]):
                    first[alias.key] = (alias.id, actor)
        for key, (_, actor) in first.items():
            self.found_ids[key] = actor.id
            self.resolved[key] = actor
        for actor in actors:
            if actor.id in by_id:  # the actor made for a key, which its aliases may lack
                self.made[by_id[actor.id]] = actor
        self.absent |= keys - first.keys()

    def _by_key(self, key: str) -> Actor | None:
        if key in self.resolved:
            return self.resolved[key]
        found = self._remembered(key)
        if found is None and key in self.absent:
            found = self.added.get(key)
        elif found is None:  # a name not given to the constructor
            self._read({key})
            found = self.resolved.get(key)
        if found is not None:
            self.resolved[key] = found
            if key:
                self.found_ids[key] = found.id
        return found

    def _add_alias(self, actor: Actor, alias: str) -> None:
        key = actor_key(alias)
        if _COUNTED.match(key) and key != actor_key(actor.name):
            return  # "three", "at least 41", "two more people": a count, not a name
        if key and all(a.key != key for a in actor.aliases):
            actor.aliases.append(ActorAlias(alias=alias, key=key))
            self.added.setdefault(key, actor)

    def resolve(self, name: str, kind: str, alias: str | None = None) -> Actor:
        """The actor called `name` (or `alias`), created with both as aliases if new."""
        name, kind, seeded = _canonical(name, kind, alias)
        key = actor_key(name)
        found = self._by_key(key)
        if found is None:
            found = self.made.get(key)
            if found is None:
                found = Actor(
                    id=stable_id("ac", key), name=name, kind=kind, inter=acled_inter(name, kind)
                )
                self.session.add(found)
            self._add_alias(found, name)
            for known_alias in _seed_aliases_of(name) if seeded else ():
                self._add_alias(found, known_alias)
            self.resolved[key] = found
            if key:  # an alias of it now: what a look-up by key would find
                self.found_ids[key] = found.id
        if alias:
            self._add_alias(found, alias)
        return found


_NAME_LINKS = frozenset({"of", "the", "and", "for", "e"})


def is_acronym(name: str) -> bool:
    """ "JSM", "JIT": letters in capitals, two or more."""
    return len(name) >= 2 and name.isalpha() and name.isupper()


def initials(name: str) -> str:
    """ "Jamhoori Shehri Mahaz" -> "jsm", "joint investigation team" -> "jit"."""
    return "".join(w[0] for w in actor_key(name).split() if w not in _NAME_LINKS)


def abbreviates(short: str, long: str) -> bool:
    """True when `short` is `long` with a run of two or more of its words written as their
    initials in capitals: "KP government" for "Khyber Pakhtunkhwa government", "the PNP
    chief" for "the Philippine National Police chief"."""
    capitals = [w for w in short.split() if is_acronym(w)]
    if not capitals:
        return False
    said, full = actor_key(short).split(), actor_key(long).split()
    for acronym in {actor_key(w) for w in capitals}:
        if acronym not in said:
            continue
        at = said.index(acronym)
        before, after = said[:at], said[at + 1 :]
        if full[: len(before)] != before or full[len(full) - len(after) :] != after:
            continue
        run = full[len(before) : len(full) - len(after)]
        if len(run) >= 2 and initials(" ".join(run)) == acronym:
            return True
    return False


# The last word of a body named by what it is ("Milwaukee Police Department", "National
# Police Service", "Cook County Sheriff's Office"): the force words before it say its kind.
_BODY_WORDS = _words("body_words")
# The last word of a party's name ("Awami Justice Party"): a speaking body the lexicon lacks
# named so is a political party, not a body of no known kind.
_PARTY_WORDS = _words("party_words")


@functools.lru_cache(maxsize=4096)
def government_named_by_place(speaker: str) -> str | None:
    """ "Government of Afghanistan" for a speaking body named by its country or its capital
    ("a charge Kabul denies", "Pakistan has accused ..."): the place stands for the state."""
    from corroborate.extract.actors import COUNTRY_SLOT, country_name, fill_country
    from corroborate.extract.gazetteer import fold, load_gazetteer

    if not speaker[:1].isupper() or len(speaker.split()) > 3:
        return None
    key = fold(speaker)
    places = load_gazetteer().lookup([key]).get(key, [])
    # a place it is only another name of is no reading of it ("Delhi" is also Dili's)
    places = [p for p in places if fold(p.name) == key] or places
    states = [p for p in places if p.fcode in ("PCLI", "PPLC") and country_name(p.country)]
    if not states:
        return None
    state = max(states, key=lambda p: p.population)
    # a name a province of another country bears (of unknown size, or bigger), or a bigger town
    # there, is not plainly the state's: "Victoria" (Australia's, not Hong Kong's), "Georgia"
    # (the US state's), "Hamilton" (Ontario's, not Bermuda's); "Niger" is the country's
    if any(
        p.country != state.country
        and (p.population >= state.population or (p.fcode == "ADM1" and not p.population))
        for p in places
    ):
        return None
    return fill_country(f"Government of {COUNTRY_SLOT}", country_name(state.country))


def speaking_body(speaker: str) -> tuple[str, str]:
    """(name template, kind) of a speaking body: the actor lexicon's longest phrase in its
    name, where the name ends in that phrase or in a body word ("Milwaukee Police Department"
    -> Police Forces of {country}, police); else the name itself, a political party where its
    last word says so ("Awami Justice Party"), else of kind other."""
    words = _fold(speaker).split()
    for size in range(min(len(words), 4), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            ends = start + size == len(words) and words[start - 1 : start] != ["of"]
            if phrase in _lexicon() and (ends or words[-1] in _BODY_WORDS):
                return _lexicon()[phrase]
    if len(words) >= 2 and words[-1] in _PARTY_WORDS:
        return speaker, ActorKind.POLITICAL_PARTY.value
    return speaker, "other"


@functools.cache
def _lexicon() -> dict[str, tuple[str, str]]:
    from corroborate.extract.actors import actor_lexicon

    return {_fold(surface): found for surface, found in actor_lexicon().items()}


def acled_inter(name: str, kind: str) -> int | None:
    """The ACLED interaction code of an actor: the lexicon's for its name where it gives one
    ("Unidentified Tribal Militia (Pakistan)": 4, an identity militia), else its kind's."""
    from corroborate.extract.actors import lexicon_inters

    for template, inter in lexicon_inters().items():
        if _fills(template, name):
            return inter
    known = kind in ActorKind._value2member_map_
    return ACLED_INTER.get(ActorKind(kind)) if known else None


def _fills(template: str, name: str) -> bool:
    """`name` is `template` with its "{country}" slot filled or dropped ("Police Forces of
    Kenya", "Police Forces")."""
    from corroborate.extract.actors import COUNTRY_SLOT, fill_country

    bare = fill_country(template, None)
    return name == bare or (
        COUNTRY_SLOT in template and name.startswith((f"{bare} of ", f"{bare} ("))
    )


def document_referent(
    speaker: str, named: Iterable[tuple[str, str, str | None]]
) -> tuple[str, str, str | None] | None:
    """The actor of the document's own (name, kind, alias) a speaking body stands for: one it
    names the same way ("Police" in a Karachi report is its events' Police Forces of
    Pakistan, not the first police anywhere in the ledger), whose initials it is ("JSM",
    "JIT") or holds for a run of its words ("KP government"), or the force it names by what
    it is ("Milwaukee Police Department" in a report of Police Forces of United States). None
    when the document names no such actor."""
    named = list(named)
    key = actor_key(speaker)
    for name, kind, alias in named:
        if actor_key(name) == key or (alias and actor_key(alias) == key):
            return name, kind, alias
    if is_acronym(speaker):
        for name, kind, _ in named:
            if initials(name) == key:
                return name, kind, speaker
    for name, kind, _ in named:
        if abbreviates(speaker, name):  # "KP government", "Khyber Pakhtunkhwa government"
            return name, kind, speaker
    template, body_kind = speaking_body(speaker)
    if body_kind != "other":
        for name, kind, _ in named:
            if kind == body_kind and _fills(template, name):
                return name, kind, speaker
    return None


def resolve_actor(session: Session, name: str, kind: str, alias: str | None = None) -> Actor:
    """The actor called `name` (or `alias`), created with both as aliases if new."""
    return ActorResolver(session, [(name, kind, alias)]).resolve(name, kind, alias)
