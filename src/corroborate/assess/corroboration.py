"""Independent sources: who stands behind a reported value, counted once however often repeated.

A value's source is the organisation (or person) a claim quotes, else the outlet that reports it
in its own voice. Sources fold together when they cannot be independent:
- a wire copy (Document.copy_of) is its original's report;
- one outlet twice is one source;
- an outlet owned by a party or group (Outlet.affiliation, else assess/outlet_affiliations.tsv)
  is that owner, so a party and its own media count once;
- names of one actor (consolidate/actor_aliases.tsv, the ledger's aliases) are one source;
- a person speaks for the organisation they belong to ("an MQM spokesman", "a senior police
  officer" even unnamed), and one person named twice ("Colonel Tariq Bashir, a Rangers
  spokesman", then "Bashir") is one source: their organisation, learnt from any claim of the
  incident that names it; or, with none, the person, a surname alone in one report being the
  one speaker of the incident another report names in full with it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from sqlalchemy.orm import Session

from corroborate.consolidate.actors import actor_key, canonical_key, seeded_aliases
from corroborate.lexicons import read_rows
from corroborate.model import Claim, Document

# Source keys of an outlet's own voice (an outlet owned by a party speaks as the party).
OWN_VOICE = ("outlet:", "document:")


@functools.cache
def outlet_affiliations() -> dict[str, str]:
    """Outlet name or domain (lower case) -> owner or party, from outlet_affiliations.tsv."""
    rows = read_rows("corroborate.assess", "outlet_affiliations.tsv")
    return {row["outlet"].strip().lower(): row["owner"].strip() for row in rows}


def original_document(session: Session, document: Document) -> Document:
    """Follow copy_of to the first printing of a wire copy."""
    seen = {document.id}
    while document.copy_of and document.copy_of not in seen:
        original = session.get(Document, document.copy_of)
        if original is None:
            break
        seen.add(original.id)
        document = original
    return document


def outlet_source(session: Session, document: Document) -> str:
    """The independent source behind a document's own voice."""
    document = original_document(session, document)
    outlet = document.outlet
    if outlet is None:
        return f"document:{document.id}"
    owner = (
        outlet.affiliation
        or outlet_affiliations().get(outlet.name.lower())
        or (outlet_affiliations().get((outlet.domain or "").lower()))
    )
    if owner:
        return f"actor:{canonical_key(owner)}"
    return f"outlet:{outlet.name.lower()}"


def organisation_key(name: str) -> str:
    """The key of an organisation as a claim's affiliation names it, its description trimmed
    ("paramilitary Rangers" -> the Rangers; "police for Karachi's Central district" -> police)."""
    head = re.split(r"\s+(?:for|in|at|from|of\s+the)\s+", name.strip(), maxsplit=1)[0]
    words = head.split()
    for start in range(len(words)):
        if actor_key(" ".join(words[start:])) in seeded_aliases():
            return canonical_key(" ".join(words[start:]))
    return canonical_key(head)


def _person_keys(name: str) -> list[str]:
    """Keys a person is found by: the whole name, then the surname."""
    words = name.split()
    return [actor_key(name)] + ([actor_key(words[-1])] if len(words) > 1 else [])


def speaker_affiliations(claims: Iterable[Claim]) -> dict[str, str]:
    """Person (whole name and surname) -> the organisation some claim says they speak for."""
    found: dict[str, set[str]] = {}
    for claim in claims:
        if claim.speaker_kind == "person" and claim.speaker_name and claim.speaker_affiliation:
            for key in _person_keys(claim.speaker_name):
                found.setdefault(key, set()).add(organisation_key(claim.speaker_affiliation))
    return {key: next(iter(orgs)) for key, orgs in found.items() if len(orgs) == 1}


def full_names(claims: Iterable[Claim]) -> dict[str, str]:
    """A surname's key -> the one person of the claims' speakers named in full with it: a
    report that names "Mancha" alone speaks of the "Istifanus Mancha" another report named
    (not where two people share the surname)."""
    found: dict[str, dict[str, str]] = {}
    for claim in claims:
        name = claim.speaker_name
        if claim.speaker_kind == "person" and name and len(name.split()) > 1:
            found.setdefault(actor_key(name.split()[-1]), {})[actor_key(name)] = name
    return {key: next(iter(named.values())) for key, named in found.items() if len(named) == 1}


def claim_source(
    session: Session,
    claim: Claim | None,
    document: Document,
    affiliations: Mapping[str, str] | None = None,
    names: Mapping[str, str] | None = None,
) -> str:
    """The independent source of a value: the quoted organisation or person, else the outlet.
    `affiliations`: what speaker_affiliations found for the incident's speakers; `names`:
    what full_names found of them."""
    if claim is None or not claim.speaker_name:
        return outlet_source(session, document)
    if claim.speaker_kind == "anonymous":
        # "a senior police officer" speaks for the police; "residents" for no one named.
        if claim.speaker_affiliation:
            return f"actor:{organisation_key(claim.speaker_affiliation)}"
        return outlet_source(session, document)
    if claim.speaker_kind != "person":
        return f"actor:{canonical_key(claim.speaker_name)}"
    # A person speaks for the organisation they belong to ("an MQM spokesman").
    if claim.speaker_affiliation:
        return f"actor:{organisation_key(claim.speaker_affiliation)}"
    for key in _person_keys(claim.speaker_name):
        if affiliations and key in affiliations:
            return f"actor:{affiliations[key]}"
    return f"actor:{canonical_key(full_name(claim.speaker_name, names))}"


def full_name(name: str, names: Mapping[str, str] | None) -> str:
    """The person's full name where `name` is a surname alone that full_names knows."""
    return (names or {}).get(actor_key(name), name) if len(name.split()) == 1 else name


def independent_count(sources: list[str]) -> int:
    """How many independent sources a list of source keys holds."""
    return len(set(sources))


def relayed(told: Iterable[tuple[str, str]]) -> list[str]:
    """The sources of (document id, source key) pairs, where an article's own voice beside a
    source it quotes for the same thing is that source relayed, not one more: a local report
    of a shooting tells in its own words what the police told it."""
    told = list(told)
    quoting = {document for document, source in told if not source.startswith(OWN_VOICE)}
    return [
        source
        for document, source in told
        if not source.startswith(OWN_VOICE) or document not in quoting
    ]
