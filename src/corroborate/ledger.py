"""The Ledger: the product. CLI, exports and (later) the web app and Ray workers are skins on it."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from corroborate import __version__
from corroborate.assess.incidents import assess_incidents
from corroborate.assess.stance import StanceFound, claim_view, decide, report_view
from corroborate.consolidate.incidents import link_document, repoint_copies, unlink_document
from corroborate.errors import NotFound
from corroborate.extract.pipeline import (
    ArticleContext,
    article_docs,
    extract_articles,
    pipeline_from_settings,
)
from corroborate.extract.places import OutletHome
from corroborate.ingest.dedupe import (
    Fingerprint,
    Print,
    compared_text,
    content_hash,
    document_id,
    figures_found,
    figures_stored,
    files_its_agency,
    find_original,
    fingerprint,
    printed_before,
    reroot_copies,
    store_fingerprint,
)
from corroborate.ingest.readers import ReadOptions, read_inputs
from corroborate.model import (
    FACT_TABLES,
    Actor,
    ArticleInput,
    AuditEntry,
    Claim,
    Contradiction,
    Correction,
    Document,
    Event,
    Extraction,
    Incident,
    IncidentMember,
    IngestError,
    IngestProblem,
    Outlet,
    utc_now,
)
from corroborate.settings import Settings, load_settings
from corroborate.store.engine import (
    begin_writing,
    hold_loaded,
    open_engine,
    public_url,
    resolve_url,
)
from corroborate.store.facts import (
    clear_facts,
    read_home,
    store_document,
    store_facts,
    write_home,
)

log = logging.getLogger(__name__)

EXTRACTOR = f"corroborate {__version__}"

# Objects an ingest's storing session may hold before it is replaced by a new one (documents
# with their text, events, incidents with their summaries): a few hundred articles' worth.
_SESSION_OBJECTS = 5000
# A storing session's flag: another writer wrote since the batch looked for its texts.
_OTHERS_WROTE = "corroborate_others_wrote"
# The collector's first threshold while an ingest runs (Python's default is 700): see
# _fewer_collections.
INGEST_GC_THRESHOLD = 10_000


@contextlib.contextmanager
def _fewer_collections(threshold: int = INGEST_GC_THRESHOLD) -> Iterator[None]:
    """The cyclic collector run less often while an ingest runs, its setting restored after.
    An ingest makes and drops millions of small objects (tokens, features, ORM rows), nearly
    all freed by their reference counts; at Python's 700 the collector ran some 250 times per
    150 articles (0.09-0.12 s CPU of ~11, two full collections among them walking all the
    storing session holds), at 10,000 about 20 times (0.02-0.05 s). Garbage in cycles, the
    little there is, waits longer for its collection; nothing the ingest stores changes."""
    first, *older = gc.get_threshold()
    if not gc.isenabled() or first == 0 or first >= threshold:
        yield  # collection off, or already rarer: the process's choice stands
        return
    gc.set_threshold(threshold, *older)
    try:
        yield
    finally:
        gc.set_threshold(first, *older)


def _prints(session: Session, digests: set[str]) -> dict[str, set[Print]]:
    """(outlet, source) of every stored document with each of these texts (None: unknown)."""
    printed: dict[str, set[Print]] = {}
    rows = session.execute(
        select(Document.content_hash, Outlet.name, Document.source)
        .outerjoin(Outlet, Document.outlet_id == Outlet.id)
        .where(Document.content_hash.in_(digests))
    )
    for digest, outlet, source in rows:
        printed.setdefault(digest, set()).add((outlet, source))
    return printed


def _print_of(article: ArticleInput) -> Print:
    """(outlet, source) as a document of this article stores them."""
    source = article.source if article.line is None else f"{article.source}:{article.line}"
    return article.outlet, source


@dataclass
class IngestReport:
    """What one ingest did: counts, and one line per bad input."""

    stored: list[str] = field(default_factory=list)  # new document ids
    copies: list[str] = field(default_factory=list)  # new documents that are copies
    # new documents that are the wire's own story of reports stored before as originals
    # (now its copies)
    originals: list[str] = field(default_factory=list)
    # (new document, stored report) where the new one is near the stored one's words but
    # tells a figure it does not: stored as its own report, not as a copy
    changed_figures: list[tuple[str, str]] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)  # sources already in the ledger
    not_english: list[str] = field(default_factory=list)
    problems: list[IngestProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class OutletSummary:
    name: str
    documents: int
    first: dt.date | None
    last: dt.date | None


class Ledger:
    """A ledger database: `Ledger("sqlite:///ledger.db")`, then `ingest`, query, `export`."""

    def __init__(self, url: str | None = None, *, settings: Settings | None = None) -> None:
        self.url = resolve_url(url)
        self.settings = settings or load_settings()
        self.engine = open_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def __repr__(self) -> str:
        return f"Ledger({public_url(self.url)!r})"

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    def session(self) -> Session:
        return self._sessions()

    # ------------------------------------------------------------------ ingest

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        outlet: str | None = None,
        published: dt.date | str | None = None,
        title: str | None = None,
        encoding: str | None = None,
        max_bytes: int | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Ingest files, folders (recursively) or "-" (stdin); bad inputs are reported, skipped."""
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        ingest = self.settings["ingest"]
        options = ReadOptions(
            outlet=outlet,
            published=published,
            title=title,
            encoding=encoding,
            fallback_encoding=ingest["fallback_encoding"],
            max_bytes=max_bytes or ingest["max_bytes"],
        )
        return self.ingest_articles(read_inputs(paths, options), progress=progress)

    def ingest_articles(
        self,
        items: Iterable[ArticleInput | IngestProblem],
        *,
        progress: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Store articles, extracting in batches of `ingest.batch_size` and storing each batch
        in one transaction (its documents whole or none of them)."""
        report = IngestReport()
        batch_size = self.settings["ingest"]["batch_size"]
        iterator = iter(items)
        # The storing session outlives a batch: what one batch read to link its reports (the
        # candidate incidents and their members) the next one's reports mostly meet again, and
        # a session per batch read and decoded it all again (150 articles: 0.2 s of 1.5 s).
        # A new one once it holds _SESSION_OBJECTS objects, so memory stays bounded.
        storing: Session | None = None
        with _fewer_collections():
            try:
                while batch := list(itertools.islice(iterator, batch_size)):
                    if storing is None or len(storing.identity_map) > _SESSION_OBJECTS:
                        if storing is not None:
                            storing.close()
                        storing = hold_loaded(self.session())
                    self._ingest_batch(batch, report, storing)
                    if progress:
                        progress(len(batch))
            finally:
                if storing is not None:
                    storing.close()
        return report

    def _ingest_batch(
        self,
        batch: list[ArticleInput | IngestProblem],
        report: IngestReport,
        storing: Session,
    ) -> None:
        articles: list[ArticleInput] = []
        new_texts: set[int] = set()  # ids of the articles whose text no document had
        digests = {
            id(item): content_hash(item.text) for item in batch if isinstance(item, ArticleInput)
        }
        with self.session() as session:
            # the batch's texts already stored, asked in one statement, not one per article
            printed = _prints(session, set(digests.values()))
            for item in batch:
                if isinstance(item, IngestProblem):
                    self._record_problem(item, report)
                    continue
                digest = digests[id(item)]
                if printed_before(printed.get(digest), _print_of(item)):
                    report.duplicates.append(item.source)
                    continue
                if digest not in printed:
                    new_texts.add(id(item))
                printed.setdefault(digest, set()).add(_print_of(item))
                articles.append(item)
            homes = self._outlet_homes(session, [a.outlet for a in articles])
        contexts = [
            ArticleContext(a.text, a.published, a.outlet, a.boilerplate, homes.get(a.outlet or ""))
            for a in articles
        ]
        # One session for the batch and those after it: what one document loaded (an
        # incident's events, figures, documents) is not loaded again for the next.
        session = storing
        touched: set[str] = set()
        # Parsed and fingerprinted before the batch takes the writer's turn (other writers
        # wait for it), then stored in one transaction: the batch's documents whole or none
        # of them. A transaction per document cost its turn, its commit and its session
        # transaction each (about 1 ms of CPU a document, a tenth of the storing).
        extractions = list(extract_articles(contexts, self.settings, self.nlp))
        prints = [self._fingerprint(article) for article in articles]
        if articles:
            with session.begin():
                # Once another writer has written since the batch looked for its texts, each
                # text is looked for again before it is stored.
                session.info[_OTHERS_WROTE] = begin_writing(session)
                for article, extraction, print_ in zip(articles, extractions, prints, strict=True):
                    touched |= self._store_one(
                        article,
                        extraction,
                        print_,
                        report,
                        session,
                        assess=False,
                        text_new=id(article) in new_texts,
                        digest=digests[id(article)],
                    )
        # The incidents the batch touched assessed once, in a transaction of their own: an
        # assessment is recomputed whole from an incident's reports, so the batch's last
        # one is what each article's would have ended in, and a large incident was assessed
        # again for every article that joined it. (Ids merged away meanwhile are skipped.)
        with session.begin():
            begin_writing(session)
            # and any an earlier batch left unassessed when it was killed
            touched |= set(session.scalars(select(Incident.id).where(~Incident.assessed)))
            assess_incidents(session, touched)

    @property
    def nlp(self):  # type: ignore[no-untyped-def]
        """The spaCy pipeline, loaded on first use and shared by every Ledger in the process."""
        return pipeline_from_settings(self.settings)

    def _record_problem(self, problem: IngestProblem, report: IngestReport) -> None:
        report.problems.append(problem)
        log.warning("%s", problem)
        with self.session() as session, session.begin():
            # the same problem met again (the folder ingested again) is one row, its time the
            # last time it was met: the errors are the inputs that need fixing, not a log
            known = session.scalar(
                select(IngestError).where(
                    IngestError.source == problem.source,
                    IngestError.line == problem.line,
                    IngestError.reason == problem.reason,
                )
            )
            if known is not None:
                known.created_at = utc_now()
            else:
                session.add(
                    IngestError(source=problem.source, line=problem.line, reason=problem.reason)
                )

    def _outlet_homes(self, session: Session, names: Iterable[str | None]) -> dict[str, OutletHome]:
        """The stored homes of a batch's outlets (one query), an empty one for a new outlet.
        One object per outlet: the batch's articles learn from the ones before them."""
        wanted = {n for n in names if n}
        if not wanted:
            return {}
        rows = session.execute(select(Outlet.name, Outlet.home).where(Outlet.name.in_(wanted)))
        homes = {name: OutletHome.from_rows(home) for name, home in rows}
        return {name: homes.get(name) or OutletHome() for name in wanted}

    @staticmethod
    def _learn_home(session: Session, outlet: Outlet | None, extraction: Extraction) -> None:
        """Add what an article taught about its outlet's home to the stored one (in the
        document's transaction: a document stored is a document learned from)."""
        if outlet is None or not extraction.outlet_places:
            return
        # Read afresh and locked (PostgreSQL): another process may have added to it meanwhile.
        stored = read_home(session, outlet)
        home = OutletHome.from_rows(stored)
        for country, admin1 in extraction.outlet_places:
            home.add(country, admin1)
        write_home(session, outlet, home.rows(), stored)

    def _outlet(self, session: Session, name: str | None) -> Outlet | None:
        if not name:
            return None
        # An outlet's row, once stored, stays: the session remembers its id rather than asking
        # for it by name with every article of the batch (a rolled-back one is asked again).
        known = session.info.setdefault("corroborate_outlet_ids", {})
        if name in known and (outlet := session.get(Outlet, known[name])) is not None:
            return outlet
        outlet = session.scalar(select(Outlet).where(Outlet.name == name))
        if outlet is None:
            outlet = Outlet(name=name)
            session.add(outlet)
            session.flush()
        known[name] = outlet.id
        return outlet

    def _fingerprint(self, article: ArticleInput) -> Fingerprint:
        """The article's MinHash signature and bands, as stored and looked up for copies."""
        dedupe = self.settings["dedupe"]
        return fingerprint(
            compared_text(article.text, article.boilerplate),
            num_perm=dedupe["num_perm"],
            bands=dedupe["bands"],
            shingle=dedupe["shingle"],
        )

    def _store(
        self,
        article: ArticleInput,
        extraction: Extraction,
        report: IngestReport,
        session: Session | None = None,
        *,
        assess: bool = True,
    ) -> set[str]:
        """One document and all its facts in a transaction of its own: stored whole or not at
        all. Returns the incidents it touched (assessed, unless `assess` is False: the caller
        will)."""
        if session is None:
            with hold_loaded(self.session()) as own:
                return self._store(article, extraction, report, own, assess=assess)
        print_ = self._fingerprint(article)
        with session.begin():
            if begin_writing(session):
                session.info[_OTHERS_WROTE] = True
            return self._store_one(article, extraction, print_, report, session, assess=assess)

    def _store_one(
        self,
        article: ArticleInput,
        extraction: Extraction,
        print_: Fingerprint,
        report: IngestReport,
        session: Session,
        *,
        assess: bool,
        text_new: bool = False,
        digest: str | None = None,
    ) -> set[str]:
        """One document and all its facts, in the transaction of the caller, which has taken
        the writer's turn. `text_new`: the batch found no stored document of this text when it
        began (so none is asked for while no other writer has written since); `digest`: the
        text's content_hash where the batch has it."""
        # Incidents merged while linking an earlier document are gone from the ledger already.
        session.info.pop("corroborate_merged", None)
        dedupe = self.settings["dedupe"]
        digest = digest or content_hash(article.text)
        if session.info.get(_OTHERS_WROTE, True) and printed_before(
            _prints(session, {digest}).get(digest), _print_of(article)
        ):
            # another writer stored the same text since this batch looked for it
            report.duplicates.append(article.source)
            return set()
        # the same words printed by another outlet: a copy of what is stored (not asked
        # for a text the batch found new, when no other writer wrote since)
        same_text = (
            None
            if text_new and not session.info.get(_OTHERS_WROTE, True)
            else session.get(Document, document_id(article.text, digest=digest))
        )
        original = (
            (same_text.copy_of or same_text.id, 1.0)
            if same_text is not None
            else find_original(session, print_, dedupe["copy_threshold"])
        )
        outlet = self._outlet(session, article.outlet)
        self._learn_home(session, outlet, extraction)
        # The wire's own story, stored after a copy of it, is the original all the same.
        origin = original is not None and self._wire_original(
            session, article.text, outlet, original[0]
        )
        # A reprint that tells a figure its original does not ("four soldiers" for the
        # wire's three) is no mere copy: stored as its own report, so that assess weighs
        # its figure beside the original's (a copy's figures are its original's). Checked
        # the other way where the stored report would become the wire story's copy.
        changed_figures: str | None = None
        if original is not None and same_text is None:
            found, stored = figures_found(extraction), figures_stored(session, original[0])
            if (stored - found) if origin else (found - stored):
                changed_figures, original, origin = original[0], None, False
        document = store_document(
            session,
            {
                "id": document_id(
                    article.text, article.outlet if same_text else None, digest=digest
                ),
                "content_hash": digest,
                "title": article.title,
                "outlet_id": outlet.id if outlet is not None else None,
                "url": article.url,
                "published": article.published,
                "text": article.text,
                "copy_of": original[0] if original and not origin else None,
                "similarity": original[1] if original and not origin else None,
                "language": extraction.language,
                "source": _print_of(article)[1],
                "extractor": EXTRACTOR,
                "ingested_at": utc_now(),
            },
            outlet,
        )
        store_fingerprint(session, document.id, print_)
        if original and origin:
            copies = reroot_copies(session, original[0], document.id, original[1])
            repoint_copies(session, copies, document.id)
        events, facts = store_facts(
            session, document, extraction, article.boilerplate, EXTRACTOR, corrections=False
        )
        touched = link_document(session, document, events, facts)
        if assess:
            assess_incidents(session, touched)
        else:
            for incident_id in touched:
                if (incident := session.get(Incident, incident_id)) is not None:
                    incident.assessed = False
        report.stored.append(document.id)
        if origin:
            report.originals.append(document.id)
        elif original:
            report.copies.append(document.id)
        if changed_figures is not None:
            report.changed_figures.append((document.id, changed_figures))
        if extraction.language != "en":
            report.not_english.append(article.source)
        return touched

    @staticmethod
    def _wire_original(session: Session, text: str, outlet: Outlet | None, stored_id: str) -> bool:
        """True when a near-duplicate is filed by the agency its dateline names and the stored
        report it copies is not: the agency's story is the original, whichever came first."""
        if outlet is None or not files_its_agency(text, outlet.name):
            return False
        stored = session.get_one(Document, stored_id)
        name = stored.outlet.name if stored.outlet is not None else None
        return not files_its_agency(stored.text, name)

    def reprocess(self, *, progress: Callable[[int], None] | None = None) -> int:
        """Re-run extraction on every stored document (after an upgrade); corrections survive.
        Outlets' homes are forgotten and relearned in ingest order, so that each document
        sees the home a fresh ingest in the same order would have shown it (and not the one
        its later articles taught)."""
        with self.session() as session, session.begin():
            begin_writing(session)
            ids = session.scalars(
                select(Document.id).order_by(Document.ingested_at, Document.id)
            ).all()
            session.execute(update(Outlet).values(home=None))
        batch_size = self.settings["ingest"]["batch_size"]
        for start in range(0, len(ids), batch_size):
            with self.session() as session:
                documents = [session.get(Document, i) for i in ids[start : start + batch_size]]
                outlets = [d.outlet.name if d.outlet else None for d in documents]
                homes = self._outlet_homes(session, outlets)
            boilerplate = [self._boilerplate(d.id) for d in documents]
            contexts = [
                ArticleContext(d.text, d.published, o, b, homes.get(o or ""))
                for d, o, b in zip(documents, outlets, boilerplate, strict=True)
            ]
            extractions = extract_articles(contexts, self.settings, self.nlp)
            for document, spans, extraction in zip(
                documents, boilerplate, extractions, strict=True
            ):
                with hold_loaded(self.session()) as session, session.begin():
                    begin_writing(session)
                    stored = session.get(Document, document.id)
                    # the outlet locked before the incidents, as ingest does
                    self._learn_home(session, stored.outlet, extraction)
                    touched = unlink_document(session, stored)
                    clear_facts(session, document.id)
                    stored.extractor = EXTRACTOR
                    stored.language = extraction.language
                    events, facts = store_facts(session, stored, extraction, spans, EXTRACTOR)
                    touched |= link_document(session, stored, events, facts)
                    assess_incidents(session, touched)
            if progress:
                progress(len(documents))
        return len(ids)

    def _boilerplate(self, document_id_: str) -> tuple[tuple[int, int], ...]:
        from corroborate.model import TextSpan

        with self.session() as session:
            rows = session.execute(
                select(TextSpan.start, TextSpan.end)
                .where(TextSpan.document_id == document_id_, TextSpan.kind == "boilerplate")
                .order_by(TextSpan.start)
            ).all()
        return tuple((s, e) for s, e in rows)

    # ------------------------------------------------------------------ corrections

    def correct(
        self,
        table: str,
        fact_id: str,
        field_name: str,
        value: Any,
        *,
        author: str,
        reason: str | None = None,
    ) -> None:
        """An analyst's correction of one field; kept apart so it survives re-extraction."""
        model = FACT_TABLES.get(table)
        if model is None:
            raise NotFound(f"no fact table {table!r} (one of {', '.join(FACT_TABLES)})")
        with self.session() as session, session.begin():
            begin_writing(session)
            row = session.get(model, fact_id)
            if row is None:
                raise NotFound(f"no {table} row with id {fact_id!r}")
            if not hasattr(row, field_name):
                raise NotFound(f"{table} has no field {field_name!r}")
            before = getattr(row, field_name)
            setattr(row, field_name, value)
            session.add(
                Correction(
                    table=table,
                    fact_id=fact_id,
                    field=field_name,
                    value={"value": value},
                    author=author,
                    reason=reason,
                )
            )
            session.add(
                AuditEntry(
                    author=author,
                    table=table,
                    fact_id=fact_id,
                    field=field_name,
                    before={"value": before},
                    after={"value": value},
                    reason=reason,
                )
            )

    def audit_log(self) -> list[AuditEntry]:
        with self.session() as session:
            return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))

    # ------------------------------------------------------------------ queries

    def documents(self) -> list[Document]:
        with self.session() as session:
            return list(
                session.scalars(select(Document).order_by(Document.ingested_at, Document.id))
            )

    def document(self, id_: str) -> Document:
        with self.session() as session:
            found = session.get(Document, id_)
        if found is None:
            raise NotFound(f"no document {id_!r}")
        return found

    def errors(self) -> list[IngestError]:
        with self.session() as session:
            return list(session.scalars(select(IngestError).order_by(IngestError.id)))

    def outlets(self) -> list[OutletSummary]:
        with self.session() as session:
            rows = session.execute(
                select(
                    Outlet.name,
                    func.count(Document.id),
                    func.min(Document.published),
                    func.max(Document.published),
                )
                .join(Document, Document.outlet_id == Outlet.id, isouter=True)
                .group_by(Outlet.name)
            ).all()
        # names in code point order on every database (not the server's collation)
        return [OutletSummary(*row) for row in sorted(rows, key=lambda row: row[0])]

    def facts(self, table: str) -> list[Any]:
        """Every row of one fact table ("events", "claims", "place_mentions", ...)."""
        model = FACT_TABLES.get(table)
        if model is None:
            raise NotFound(f"no fact table {table!r} (one of {', '.join(FACT_TABLES)})")
        with self.session() as session:
            return list(
                session.scalars(select(model).order_by(model.document_id, model.start, model.id))
            )

    def events(self) -> list[Event]:
        with self.session() as session:
            return list(
                session.scalars(select(Event).order_by(Event.document_id, Event.rank, Event.id))
            )

    def claims(self) -> list[Claim]:
        with self.session() as session:
            return list(
                session.scalars(select(Claim).order_by(Claim.document_id, Claim.start, Claim.id))
            )

    def actors(self) -> list[Actor]:
        with self.session() as session:
            # code point order on every database, as the export has them
            return sorted(session.scalars(select(Actor)), key=lambda a: (a.name, a.id))

    def incidents(self) -> list[Incident]:
        with self.session() as session:
            return list(
                session.scalars(
                    select(Incident).order_by(Incident.date_start.asc().nulls_first(), Incident.id)
                )
            )

    def incident_articles(self) -> dict[str, int]:
        """Incident id -> how many documents report it."""
        with self.session() as session:
            return dict(
                session.execute(
                    select(
                        IncidentMember.incident_id,
                        func.count(IncidentMember.document_id.distinct()),
                    ).group_by(IncidentMember.incident_id)
                ).all()
            )

    def stance(self, claim: str, incident: str | None = None) -> list[tuple[Document, StanceFound]]:
        """How each stored report (of one incident, a unique beginning of its id will do, or
        every report) stands towards `claim`: agree, disagree (refutes it, or tells someone
        denying it), discuss (passes it on without vouching) or unrelated, with the spans of the
        report it rests on. Reports are read again by the pipeline (`assess.stance`)."""
        with self.session() as session:
            query = select(Document).order_by(Document.published.asc().nulls_first(), Document.id)
            if incident is not None:
                found = self._find_incident(session, incident)
                members = select(IncidentMember.document_id).where(
                    IncidentMember.incident_id == found.id
                )
                query = query.where(Document.id.in_(members))
            documents = list(session.scalars(query))
        boilerplate = [self._boilerplate(d.id) for d in documents]
        contexts = [
            ArticleContext(d.text, d.published, boilerplate=b)
            for d, b in zip(documents, boilerplate, strict=True)
        ]
        # the claim read as the reports are, as the evaluation reads FNC-1's headlines
        claim_doc = next(article_docs([ArticleContext(claim)], self.settings, self.nlp))
        claim_read = claim_view(claim_doc)
        docs = article_docs(contexts, self.settings, self.nlp)
        return [
            (document, decide(claim_read, report_view(doc)))
            for document, doc in zip(documents, docs, strict=True)
        ]

    def incident(self, id_: str) -> tuple[Incident, list[Event], list[Contradiction]]:
        """One incident with its reports (events, main event first) and its contradictions.
        A unique beginning of an id will do, as git takes a commit's ("in-2fcd404a")."""
        with self.session() as session:
            found = self._find_incident(session, id_)
            id_ = found.id
            events = list(
                session.scalars(
                    select(Event).where(Event.incident_id == id_).order_by(Event.rank, Event.id)
                )
            )
            contradictions = list(
                session.scalars(
                    select(Contradiction)
                    .where(Contradiction.incident_id == id_)
                    .order_by(Contradiction.id)
                )
            )
        return found, events, contradictions

    @staticmethod
    def _find_incident(session: Session, prefix: str) -> Incident:
        """The incident of this id, or the one it begins (NotFound for none or several)."""
        found = session.get(Incident, prefix)
        if found is not None:
            return found
        matches = list(
            session.scalars(
                select(Incident).where(Incident.id.startswith(prefix, autoescape=True)).limit(2)
            )
        )
        if not prefix or not matches:
            raise NotFound(f"no incident {prefix!r}")
        if len(matches) > 1:
            raise NotFound(f"{prefix!r} begins more than one incident id; give more of it")
        return matches[0]

    def contradictions(self) -> list[Contradiction]:
        with self.session() as session:
            return list(session.scalars(select(Contradiction).order_by(Contradiction.id)))

    def summary(self) -> dict[str, int]:
        """How many of each thing the ledger holds."""
        from corroborate.model import PlaceMention, TimeMention

        counted = {
            "documents": Document,
            "copies": Document,
            "outlets": Outlet,
            "events": Event,
            "claims": Claim,
            "places": PlaceMention,
            "times": TimeMention,
            "actors": Actor,
            "incidents": Incident,
            "contradictions": Contradiction,
            "errors": IngestError,
        }
        with self.session() as session:
            result = {}
            for name, model in counted.items():
                query = select(func.count()).select_from(model)
                if name == "copies":
                    query = query.where(Document.copy_of.is_not(None))
                result[name] = session.scalar(query) or 0
        return result

    # ------------------------------------------------------------------ export

    def export(self, fmt: str = "json", out: IO[str] | None = None) -> str | None:
        """Write the ledger in a registered format to `out`, or return it as a string."""
        from corroborate.export import exporter

        return exporter(fmt)(self, out)
