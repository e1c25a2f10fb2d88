"""Independent sources: who stands behind a reported value, counted once however often repeated.

A value's source is the organisation (or person) a claim quotes, else the outlet that reports it
in its own voice. Sources fold together when they cannot be independent:
- a wire copy (Document.copy_of) is its original's report;
- one outlet twice is one source;
- an outlet owned by a party or group (Outlet.affiliation, else assess/outlet_affiliations.tsv)
  is that owner, so a party and its own media count once;
- names of one actor (consolidate/actor_aliases.tsv, the ledger's aliases) are one source.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

from sqlalchemy.orm import Session

from corroborate.consolidate.actors import canonical_key
from corroborate.model import Claim, Document


@functools.cache
def outlet_affiliations() -> dict[str, str]:
    """Outlet name or domain (lower case) -> owner or party, from outlet_affiliations.tsv."""
    text = (
        resources.files("corroborate.assess").joinpath("outlet_affiliations.tsv").read_text("utf-8")
    )
    rows = csv.DictReader(
        (line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"
    )
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


def claim_source(session: Session, claim: Claim | None, document: Document) -> str:
    """The independent source of a value: the quoted organisation or person, else the outlet."""
    if claim is None or not claim.speaker_name or claim.speaker_kind == "anonymous":
        return outlet_source(session, document)
    if claim.speaker_kind == "organisation" or not claim.speaker_affiliation:
        return f"actor:{canonical_key(claim.speaker_name)}"
    # A person speaks for the organisation they belong to ("an MQM spokesman").
    return f"actor:{canonical_key(claim.speaker_affiliation)}"


def independent_count(sources: list[str]) -> int:
    """How many independent sources a list of source keys holds."""
    return len(set(sources))
