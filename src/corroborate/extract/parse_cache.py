"""A cache of spaCy's parses, for those who run the same articles through the pipeline again and
again (measuring a rule on a data set): set ``CORROBORATE_PARSE_CACHE`` to a file path and the
parse (spaCy's tagger, parser and entities, with our paragraph, casing and name-end steps) of a
text seen before is read back instead of computed; our extraction components still run.

The parse is most of the pipeline's time, and a rule change in places, times, claims or events
does not change it. A parse is keyed by the tokens it was made from and by a fingerprint of what
makes it (spaCy's and the model's versions, the parse-stage components, and the source of the
modules that run in that stage), so a change there starts afresh. Off unless asked for: an
ingest never depends on it."""

from __future__ import annotations

import hashlib
import importlib.resources
import json
import os
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

CACHE_VARIABLE = "CORROBORATE_PARSE_CACHE"
# What runs in the parse stage besides spaCy: a change in these files changes the parse.
STAGE_SOURCES = ("pipeline.py", "morphology.py", "casing.py", "pipeline_words.tsv")
# The extension values the parse stage sets (`corroborate_original_case` puts the text as
# written back): stored with the parse. The others (published, outlet) are the reader's and come
# from the Doc being parsed.
_STRING_EXTENSIONS = ("text", "original_text")

# How a parse is stored (this module's own layout): a new layout is a new key.
LAYOUT = "json strings, zlib Doc bytes, 1"

COMMIT_EVERY = 64

Procs = list[tuple[str, Any]]


def run(
    nlp: Language, docs: Iterable[Doc], batch_size: int, extractors: Iterable[str]
) -> Iterator[Doc]:
    """nlp.pipe(docs), reading and storing parses in the cache that $CORROBORATE_PARSE_CACHE
    names (plain nlp.pipe when it is unset). `extractors`: the components after the parse."""
    path = os.environ.get(CACHE_VARIABLE)
    if not path:
        return nlp.pipe(docs, batch_size=batch_size)
    stage = parse_stage(nlp, extractors)
    parse = [(name, proc) for name, proc in nlp.pipeline if name in stage]
    extract = [(name, proc) for name, proc in nlp.pipeline if name not in stage]
    if [name for name, _ in nlp.pipeline] != [name for name, _ in parse + extract]:
        return nlp.pipe(docs, batch_size=batch_size)  # an extractor before a parse step
    cache = ParseCache(Path(path), fingerprint(nlp, stage))
    return _chain(extract, cache.parsed(nlp, list(docs), parse, batch_size), batch_size)


def parse_stage(nlp: Language, extractors: Iterable[str]) -> list[str]:
    """The pipeline's components that make the parse: all but the extractors."""
    later = frozenset(extractors)
    return [name for name in nlp.pipe_names if name not in later]


def _chain(procs: Procs, docs: Iterable[Doc], batch_size: int) -> Iterator[Doc]:
    """The components in turn over a stream of Docs, as Language.pipe runs them."""
    for _, proc in procs:
        piped = getattr(proc, "pipe", None)
        docs = piped(docs, batch_size=batch_size) if piped else map(proc, docs)
    yield from docs


def fingerprint(nlp: Language, stage: list[str]) -> str:
    """What makes the parse: this module's layout, spaCy, the model, the stage's components
    and the source of the modules that run in it."""
    digest = hashlib.sha256()
    meta = nlp.meta
    for part in (LAYOUT, spacy.__version__, meta.get("name", ""), meta.get("version", ""), *stage):
        digest.update(part.encode() + b"\0")
    package = importlib.resources.files("corroborate.extract")
    for name in STAGE_SOURCES:
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()


class ParseCache:
    """Parses in one SQLite file, keyed by the fingerprint and the Doc's tokens."""

    def __init__(self, path: Path, stage_fingerprint: str) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # several evaluations may share one cache: readers never wait in WAL mode, and a
        # writer commits every few parses rather than holding the file for a whole run
        self.connection = sqlite3.connect(path, timeout=60)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute(
            "CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, doc BLOB NOT NULL)"
        )
        self.stage = stage_fingerprint

    def key(self, doc: Doc) -> str:
        digest = hashlib.sha256(self.stage.encode())
        for token in doc:
            digest.update(token.text.encode() + (b"\1" if token.whitespace_ else b"\0"))
        digest.update(str(doc._.corroborate_original_text).encode())
        return digest.hexdigest()

    def parsed(
        self, nlp: Language, docs: list[Doc], parse: Procs, batch_size: int
    ) -> Iterator[Doc]:
        keys = [self.key(doc) for doc in docs]
        stored = dict(self._read(set(keys)))
        todo = [doc for doc, key in zip(docs, keys, strict=True) if key not in stored]
        fresh = _chain(parse, todo, batch_size)
        written = 0
        try:
            for doc, key in zip(docs, keys, strict=True):
                if key in stored:
                    yield _restored(nlp, doc, stored[key])
                else:
                    parsed = next(fresh)
                    self._write(key, parsed)
                    written += 1
                    if written % COMMIT_EVERY == 0:
                        self.connection.commit()
                    yield parsed
        finally:
            self.connection.commit()
            self.connection.close()

    def _read(self, keys: set[str]) -> Iterator[tuple[str, bytes]]:
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):
            chunk = ordered[start : start + 500]
            marks = ",".join("?" * len(chunk))
            yield from self.connection.execute(
                f"SELECT key, doc FROM parses WHERE key IN ({marks})", chunk
            )

    def _write(self, key: str, doc: Doc) -> None:
        strings = {name: getattr(doc._, f"corroborate_{name}") for name in _STRING_EXTENSIONS}
        data = zlib.compress(doc.to_bytes(exclude=["user_data", "tensor"]), 1)
        header = json.dumps(strings).encode()
        self.connection.execute(
            "INSERT OR REPLACE INTO parses VALUES (?, ?)",
            (key, len(header).to_bytes(4, "big") + header + data),
        )


def _restored(nlp: Language, doc: Doc, blob: bytes) -> Doc:
    """The cached parse of `doc`, with what rides on `doc` (its reader's extension values and
    the span groups set before the parse, such as its boilerplate) carried over."""
    size = int.from_bytes(blob[:4], "big")
    strings = json.loads(blob[4 : 4 + size])
    parsed = Doc(nlp.vocab).from_bytes(zlib.decompress(blob[4 + size :]))
    parsed.user_data.update(doc.user_data)
    for name, value in strings.items():
        setattr(parsed._, f"corroborate_{name}", value)
    for name, group in doc.spans.items():
        parsed.spans[name] = [Span(parsed, s.start, s.end, label=s.label) for s in group]
    return parsed
