"""Actors: every spelling of one actor resolves to one row, with its aliases listed."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from corroborate.model import ACLED_INTER, Actor, ActorAlias, ActorKind, stable_id

_LEADING = re.compile(r"^(the|a|an)\s+", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")


def actor_key(name: str) -> str:
    """How names are compared: case, punctuation and a leading article folded."""
    return _NON_WORD.sub(" ", _LEADING.sub("", name.strip())).strip().lower()


def resolve_actor(session: Session, name: str, kind: str, alias: str | None = None) -> Actor:
    """The actor called `name` (or `alias`), created with both as aliases if new."""
    key = actor_key(name)
    found = session.scalars(
        select(Actor).join(ActorAlias).where(ActorAlias.key == key).limit(1)
    ).first()
    if found is None:
        actor_id = stable_id("ac", key)
        found = session.get(Actor, actor_id)
        if found is None:
            inter = (
                ACLED_INTER.get(ActorKind(kind)) if kind in ActorKind._value2member_map_ else None
            )
            found = Actor(id=actor_id, name=name, kind=kind, inter=inter)
            session.add(found)
        found.aliases.append(ActorAlias(alias=name, key=key))
    if alias:
        alias_key = actor_key(alias)
        if alias_key and all(a.key != alias_key for a in found.aliases):
            found.aliases.append(ActorAlias(alias=alias, key=alias_key))
    return found
