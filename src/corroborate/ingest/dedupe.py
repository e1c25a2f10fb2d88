"""Duplicates and copies: an exact content hash, and MinHash/LSH for near-duplicates.

The LSH bands live in the ledger (`near_duplicate_bands`, keyed by band and digest), so finding
the candidates for a new document is an index lookup however large the ledger grows; only the
few candidates' signatures are compared.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash
from sqlalchemy import Select, and_, bindparam, insert, or_, select, update
from sqlalchemy.orm import Session

from corroborate.ingest.boilerplate import without_spans
from corroborate.lexicons import read_rows
from corroborate.model import (
    Document,
    Extraction,
    Figure,
    MinHashSignature,
    NearDuplicateBand,
)

_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Text as compared for identity: case and white space folded."""
    return " ".join(text.lower().split())


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def document_id(text: str, outlet: str | None = None, *, digest: str | None = None) -> str:
    """A document's id: stable, derived from its content; a second outlet's print of a text
    already stored has its own, derived from the text and the outlet. `digest`: the text's
    content_hash where the caller has it (not worked out again)."""
    if outlet is None:
        return "doc-" + (digest or content_hash(text))[:16]
    key = f"{normalise(text)}\n{outlet}".encode()
    return "doc-" + hashlib.sha256(key).hexdigest()[:16]


# Where a text was printed: (outlet, source file or feed line), None where unknown.
Print = tuple[str | None, str | None]


def printed_before(prints: set[Print] | None, print_: Print) -> bool:
    """Whether a text stored as `prints` ((outlet, source) each) is a duplicate when it comes
    again as `print_`: from the same file or feed line, from the same outlet, or where either
    outlet is unknown. Another outlet's print of the same words is no duplicate but a copy
    (stored, counted with its original as one source)."""
    if not prints:
        return False
    outlet, source = print_
    outlets = {o for o, _ in prints}
    return (
        outlet is None or None in outlets or outlet in outlets or source in {s for _, s in prints}
    )


@dataclass(frozen=True)
class Fingerprint:
    signature: np.ndarray
    bands: tuple[tuple[int, str], ...]


def compared_text(text: str, boilerplate: tuple[tuple[int, int], ...]) -> str:
    """What near-duplicates are judged on: the text without its page furniture (two pages of
    one site that are both little more than its video playlist are not one story), or the
    whole text when nothing else is left."""
    rest = without_spans(text, boilerplate)
    return rest if rest.strip() else text


@functools.cache
def _drawn(num_perm: int) -> MinHash:
    """A MinHash whose permutations (seed 1) the others reuse: each draws them anew."""
    return MinHash(num_perm=num_perm, seed=1)


def fingerprint(text: str, *, num_perm: int, bands: int, shingle: int) -> Fingerprint:
    """MinHash of the word shingles of `text`, cut into LSH bands."""
    words = _WORD.findall(text.lower())
    drawn = _drawn(num_perm)
    minhash = MinHash(
        num_perm=num_perm, seed=1, permutations=drawn.permutations, scheme=drawn.scheme
    )
    grams = {" ".join(words[i : i + shingle]) for i in range(max(len(words) - shingle + 1, 1))}
    minhash.update_batch([g.encode("utf-8") for g in grams])
    signature = minhash.hashvalues.astype(np.uint64)
    rows = num_perm // bands
    band_digests = tuple(
        (band, hashlib.sha1(signature[band * rows : (band + 1) * rows].tobytes()).hexdigest())
        for band in range(bands)
    )
    return Fingerprint(signature, band_digests)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two MinHash signatures."""
    return float(np.mean(a == b))


@functools.cache
def _band_query(bands: int) -> Select[tuple[str]]:
    """Documents sharing a band with a signature: one (band = ? AND digest = ?) term per band,
    which SQLite looks up in the primary key (a row-value IN list made it scan every band
    stored); built once per band count, so each look-up only binds values."""
    matches = [
        and_(
            NearDuplicateBand.band == bindparam(f"b{n}"),
            NearDuplicateBand.digest == bindparam(f"d{n}"),
        )
        for n in range(bands)
    ]
    return select(NearDuplicateBand.document_id).where(or_(*matches)).distinct()


def find_original(
    session: Session, print_: Fingerprint, threshold: float
) -> tuple[str, float] | None:
    """The stored document this one copies (id, similarity), or None."""
    params = {
        f"{key}{n}": value
        for n, pair in enumerate(print_.bands)
        for key, value in zip("bd", pair, strict=True)
    }
    candidates = session.scalars(_band_query(len(print_.bands)), params).all()
    if not candidates:
        return None
    best: tuple[str, float] | None = None
    for stored in session.scalars(
        select(MinHashSignature).where(MinHashSignature.document_id.in_(candidates))
    ):
        score = similarity(print_.signature, np.frombuffer(stored.signature, dtype=np.uint64))
        if score >= threshold and (best is None or score > best[1]):
            best = (stored.document_id, score)
    if best is None:
        return None
    # A copy of a copy is a copy of the original: count the story once.
    original = session.get(Document, best[0])
    root = original.copy_of if original is not None and original.copy_of else best[0]
    return root, best[1]


# A wire dateline's agency in brackets before its dash or colon, within the text's first lines
# ("QUETTA, Pakistan, March 3 (Reuters) -", "HENRY COUNTY, Ind. (WISH) —").
_DATELINE_AGENCY = re.compile(r"^[^\n(]{2,80}\(([^()\n]{2,40})\)\s*(?:-{1,2}|–|—|:)", re.M)
_DATELINE_CHARS = 1000  # headline and header lines come before it


def _key(name: str) -> str:
    return " ".join(_WORD.findall(name.lower()))


@functools.cache
def _agency_outlets() -> dict[str, frozenset[str]]:
    """Agency as a dateline names it -> the outlet names its own stories come under."""
    return {
        _key(row["agency"]): frozenset(_key(name) for name in row["outlets"].split("|"))
        for row in read_rows("corroborate.ingest", "wire_agencies.tsv")
    }


def dateline_agency(text: str) -> str | None:
    """The agency a wire story's dateline names ("reuters"), or None."""
    found = _DATELINE_AGENCY.search(text[:_DATELINE_CHARS])
    return _key(found.group(1)) if found else None


@functools.cache
def _agency_names() -> dict[str, str]:
    """Agency as a dateline names it -> the name its own stories are filed under."""
    rows = read_rows("corroborate.ingest", "wire_agencies.tsv")
    return {_key(row["agency"]): row["name"] for row in rows}


def wire_outlet(text: str) -> str | None:
    """The outlet a story with none of its own is filed under: the known agency its dateline
    names ("NAIROBI (Reuters) -" -> Reuters), else None (a station's call sign stays unknown)."""
    agency = dateline_agency(text)
    return _agency_names().get(agency) if agency is not None else None


def files_its_agency(text: str, outlet: str | None) -> bool:
    """True when the outlet is the agency the text's dateline names: the wire's own story."""
    agency = dateline_agency(text)
    if agency is None or not outlet:
        return False
    return _key(outlet) == agency or _key(outlet) in _agency_outlets().get(agency, ())


def reroot_copies(session: Session, old_root: str, new_root: str, similarity: float) -> list[str]:
    """Make the document `new_root` the original of `old_root` and of its copies (the wire's
    own story, stored after them); returns the documents now its copies."""
    moved = list(session.scalars(select(Document.id).where(Document.copy_of == old_root)))
    session.execute(
        update(Document).where(Document.copy_of == old_root).values(copy_of=new_root),
        execution_options={"synchronize_session": "fetch"},
    )
    old = session.get_one(Document, old_root)
    old.copy_of, old.similarity = new_root, similarity
    return [old_root, *moved]


# A figure as compared between a copy and its original: kind and number, wherever it is told.
FigureValue = tuple[str, int | None, int | None, int | None]


def figures_found(extraction: Extraction) -> set[FigureValue]:
    """The figures an extraction tells (kind, value, low, high)."""
    return {(f.kind, f.value, f.low, f.high) for e in extraction.events for f in e.figures}


def figures_stored(session: Session, document_id: str) -> set[FigureValue]:
    """The figures a stored document tells (kind, value, low, high)."""
    rows = session.execute(
        select(Figure.kind, Figure.value, Figure.low, Figure.high).where(
            Figure.document_id == document_id
        )
    )
    return {(kind, value, low, high) for kind, value, low, high in rows}


def store_fingerprint(session: Session, document_id: str, print_: Fingerprint) -> None:
    """Store a document's signature and bands (the document row is flushed first)."""
    # Plain Core inserts: through the unit of work these 33 rows cost more than the MinHash.
    session.flush()
    connection = session.connection()
    connection.execute(
        insert(MinHashSignature.__table__),
        [{"document_id": document_id, "signature": print_.signature.tobytes()}],
    )
    connection.execute(
        insert(NearDuplicateBand.__table__),
        [
            {"band": band, "digest": digest, "document_id": document_id}
            for band, digest in print_.bands
        ],
    )
