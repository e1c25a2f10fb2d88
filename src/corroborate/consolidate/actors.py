"""Actors: every spelling of one actor resolves to one row, with its aliases listed.

Names are compared by key: case, punctuation, a leading article and a person's titles folded
("Maj. Gen. Bilal Akbar" = "Bilal Akbar"). Known actors are seeded from actor_aliases.tsv, so
"Muttahida Qaumi Movement" and "MQM" are one actor however the first article spelt it.
"""

from __future__ import annotations

import functools
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from corroborate.lexicons import read_rows
from corroborate.model import ACLED_INTER, Actor, ActorAlias, ActorKind, stable_id

_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
# Titles dropped even when only one name follows ("President Obama"); others need two words
# after them, so "General Motors" stays a company.
_HONORIFICS = {("mr",), ("mrs",), ("ms",), ("miss",), ("dr",), ("president",)}
_NON_WORD = re.compile(r"[^\w]+")


def _rows(name: str) -> tuple[dict[str, str], ...]:
    return read_rows("corroborate.consolidate", name)


@functools.cache
def person_titles() -> tuple[tuple[str, ...], ...]:
    """Titles (as word tuples, longest first) dropped from the front of a name."""
    titles = {tuple(_NON_WORD.sub(" ", row["title"]).split()) for row in _rows("person_titles.tsv")}
    return tuple(sorted(titles, key=lambda t: (-len(t), t)))


def _fold(name: str) -> str:
    return _NON_WORD.sub(" ", _LEADING.sub("", name.strip())).strip().lower()


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


def _by_key(session: Session, key: str) -> Actor | None:
    # The actor a key found stays the one it finds (aliases are only added), so a session
    # remembers it rather than asking again (and re-reading its aliases) for every mention.
    found_ids = session.info.setdefault("corroborate_actor_keys", {})
    if key in found_ids and (known := session.get(Actor, found_ids[key])) is not None:
        return known
    found = session.scalars(
        select(Actor).join(ActorAlias).where(ActorAlias.key == key).limit(1)
    ).first()
    if found is not None:
        found_ids[key] = found.id
    return found


def _add_alias(actor: Actor, alias: str) -> None:
    key = actor_key(alias)
    if key and all(a.key != key for a in actor.aliases):
        actor.aliases.append(ActorAlias(alias=alias, key=key))


def resolve_actor(session: Session, name: str, kind: str, alias: str | None = None) -> Actor:
    """The actor called `name` (or `alias`), created with both as aliases if new."""
    seeded = seeded_aliases().get(actor_key(name)) or (
        seeded_aliases().get(actor_key(alias)) if alias else None
    )
    if seeded:
        name, kind = seeded
    key = actor_key(name)
    found = _by_key(session, key)
    if found is None:
        actor_id = stable_id("ac", key)
        found = session.get(Actor, actor_id)
        if found is None:
            known = kind in ActorKind._value2member_map_
            inter = ACLED_INTER.get(ActorKind(kind)) if known else None
            found = Actor(id=actor_id, name=name, kind=kind, inter=inter)
            session.add(found)
        _add_alias(found, name)
        for known in _seed_aliases_of(name) if seeded else ():
            _add_alias(found, known)
        if key:  # an alias of it now: what _by_key would find (not asked again this session)
            session.info.setdefault("corroborate_actor_keys", {})[key] = found.id
    if alias:
        _add_alias(found, alias)
    return found
