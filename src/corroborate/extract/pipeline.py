"""The spaCy pipeline: loaded once per process, run with nlp.pipe in batches.

Context a component needs is set on the Doc before the pipeline runs (``nlp.pipe`` accepts Docs):
``doc._.corroborate_published`` (the publication date or None), ``doc._.corroborate_outlet``,
``doc._.corroborate_outlet_home`` (where the outlet's earlier articles' places lie, see
places.OutletHome; None: the places component keeps one in memory) and the
``corroborate_boilerplate`` span group (text that must yield no facts). Each of our
components writes its records (model.PlaceFound, ...) with offsets into the Doc's own text to
``doc._.corroborate_places``, ``_times``, ``_events``, ``_claims``; `extract_articles` turns
them into one `model.Extraction` per article, long articles parsed in pieces and re-joined.
The places component also writes what the article taught about its outlet's home to
``doc._.corroborate_outlet_learned`` (Extraction.outlet_places), for the ledger to store.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import gc
import importlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import spacy
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from corroborate.extract import parse_cache
from corroborate.extract.casing import shouting, truecased, truecased_blocks
from corroborate.extract.figures import WORD_LEMMAS, figure_predicates
from corroborate.extract.morphology import speed_up_morphology
from corroborate.lexicons import alternation, word_list
from corroborate.model import Extraction, shift
from corroborate.settings import Settings, load_settings

if TYPE_CHECKING:
    from corroborate.extract.places import OutletHome

BOILERPLATE = "corroborate_boilerplate"
# Span group of the paragraphs' datelines ("KARACHI:", "DHAKA \u2014"), set before the parse.
DATELINES = "corroborate_datelines"
FACT_ATTRIBUTES = ("places", "times", "events", "claims")

# Modules whose import registers our factories (entry points do it for saved pipelines too).
COMPONENT_MODULES = {
    "corroborate_places": "corroborate.extract.places",
    "corroborate_times": "corroborate.extract.times",
    "corroborate_claims": "corroborate.extract.claims",
    "corroborate_events": "corroborate.extract.events",
}

for _name in (
    "text",
    "published",
    "outlet",
    "outlet_home",
    "outlet_learned",
    "original_text",
    *FACT_ATTRIBUTES,
):
    if not Doc.has_extension(f"corroborate_{_name}"):
        Doc.set_extension(f"corroborate_{_name}", default=None)


@dataclass(frozen=True)
class ArticleContext:
    """What the pipeline needs to know about an article beside its text."""

    text: str
    published: dt.date | None = None
    outlet: str | None = None
    boilerplate: tuple[tuple[int, int], ...] = ()
    # The outlet's home, shared by the batch's articles of one outlet so that each learns from
    # the ones before it; None: the places component's in-memory one.
    outlet_home: OutletHome | None = field(default=None, compare=False)


def doc_text(doc: Doc) -> str:
    """The Doc's text, kept on it (``doc._.corroborate_text``): Doc.text joins every token's
    text anew on each access, and each of our components reads it."""
    text: str | None = doc._.corroborate_text
    if text is None:
        text = doc._.corroborate_text = doc.text
    return text


def in_boilerplate(doc: Doc, start_char: int, end_char: int) -> bool:
    """True when the character range overlaps text marked as not article text."""
    spans = doc.spans.get(BOILERPLATE, ())
    return any(span.start_char < end_char and start_char < span.end_char for span in spans)


def article_sentences(doc: Doc) -> Iterator[Span]:
    """The Doc's sentences that are article text (boilerplate skipped)."""
    text = doc_text(doc)  # a slice of it is a span's text (Span.text joins its tokens)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        if text[start:end].strip() and not in_boilerplate(doc, start, end):
            yield sent


# Function words frequent in any English text and rare in other languages' (also "the" in
# all-caps wire copy once lower-cased), and the words of a report's toll and attribution, so
# that a one-line alert or a tweet with few function words reads as English ("Cafe owner shot
# dead in Karachi on Monday, police said").
_WORD = re.compile(r"[^\W\d_]+")
_words = word_list("corroborate.extract", "pipeline_words.tsv")
_ENGLISH_MARKERS = (
    frozenset(STOP_WORDS) - {"a", "me", "do", "so", "on", "in", "no", "is"}
) | _words("english_markers")


SHORT_TEXT_WORDS = 30


def reads_as_english(text: str, threshold: float, sample: int = 3000) -> bool:
    """True when the share of English function words among the words of the first `sample`
    characters reaches `threshold`, or half of it in a short text: an alert ("Gunmen attacked
    a police post in Tirah on Monday, killing two constables.") has few function words, and
    one sentence is no sample."""
    words = _WORD.findall(text[:sample].lower())
    share = sum(word in _ENGLISH_MARKERS for word in words) / len(words) if words else 0.0
    return share >= (threshold / 2 if len(words) < SHORT_TEXT_WORDS else threshold)


# A text whose lines are all this short is hard-wrapped: only blank lines end paragraphs there.
_WRAPPED_LINE = 100
# Words a headline's label may have before its colon ("Police:", "Sheriff's office:").
_HEADLINE_LABEL = 3
_SITE_SEPARATORS = frozenset({"-", "|", "–", "—"})
_HEADLINE_CHARS = 250


@Language.component("corroborate_paragraphs", assigns=["token.is_sent_start"], retokenizes=False)
def mark_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after each paragraph break, before the parser runs: the small model
    otherwise runs a headline into the lead ("... in Nairobi NAIROBI - Police fired")."""
    text = doc_text(doc)
    wrapped = all(len(line) <= _WRAPPED_LINE for line in text.split("\n"))
    breaking = "\n\n" if wrapped else "\n"
    for token in doc[1:]:
        previous = doc[token.i - 1]
        gap = previous.text + previous.whitespace_ if previous.is_space else previous.whitespace_
        if breaking in gap and not token.is_space:
            token.is_sent_start = True
    # A headline's lead-in label ("Police: Child killed in shooting") and the site name after
    # it ("... kills 2 - Spokane News 4") are sentences of their own: run into the headline,
    # the label becomes the root with the victim its apposition, the site's numbers counts.
    headline_end = text.find("\n")
    # a site name only follows a headline of its own line (not a dash inside a paragraph)
    headline = 0 < headline_end <= _HEADLINE_CHARS
    for token in doc[1:-1]:
        past_label = token.i > _HEADLINE_LABEL
        if (past_label and not headline) or token.idx >= headline_end >= 0:
            break  # the first line's end
        if doc[token.i + 1].is_space:
            break
        label = token.text == ":" and token.i <= _HEADLINE_LABEL
        separator = (
            headline
            and token.text in _SITE_SEPARATORS
            and bool(token.whitespace_ and doc[token.i - 1].whitespace_)
        )
        if label or separator:
            doc[token.i + 1].is_sent_start = True
    _mark_datelines(doc)
    return doc


_DATELINE_SEPARATORS = frozenset({":", "-", "--", "–", "—"})
_DATELINE_TOKENS = 14  # "PORT ELLIS, Marovia, June 3 (MPA) -"


def _mark_datelines(doc: Doc) -> None:
    """A paragraph's dateline ("KARACHI:", "HENRY COUNTY, Ind. (WISH) —") is a sentence of its
    own: the parser runs a dash dateline into the lead ("SACRAMENTO (KXTV13) – The bounce house
    sits ..." one sentence), whose subject then hangs on the place. The datelines are kept in
    the DATELINES span group."""
    starts = [0, *(t.i for t in doc if t.is_sent_start and t.i)]
    datelines = []
    for start in starts:
        capitals = 0
        bracket = False
        for token in doc[start : start + _DATELINE_TOKENS]:
            text = token.text
            if bracket:
                bracket = text != ")"
            elif text == "(":
                bracket = True
            elif text in _DATELINE_SEPARATORS:
                following = token.i + 1
                if capitals and following < len(doc) and not doc[following].is_space:
                    doc[following].is_sent_start = True
                    datelines.append(doc[start:following])
                break
            elif text.isupper() and len(text) > 2 and text.isalpha():
                capitals += 1
            elif not (
                text == ","
                or (text.endswith(".") and text[:1].isupper() and len(text) <= 6)
                or (capitals and (text.istitle() or text.isdigit()))
            ):
                # after the town may come a state abbreviation ("Ind.", "Calif.") or, in a
                # wire dateline, the country and the day ("KARACHI, Pakistan, March 11 -")
                break
    doc.spans[DATELINES] = datelines


_CLOCK_ABBREVIATIONS = _words("clock_abbreviations")
_CLOCK_ABBREVIATION = re.compile(alternation(_CLOCK_ABBREVIATIONS), re.IGNORECASE)
# Words a clock time's sentence goes on with after "a.m." / "p.m." ("4 p.m. Eastern time",
# "10 a.m. Monday", "3 p.m. Sept. 4"): weekdays and months, their abbreviations, time zones.
_CLOCK_CONTINUATIONS = (
    _words("clock_continuations")
    | {name.lower() for name in (*calendar.day_name, *calendar.month_name[1:])}
    | {name.lower() for name in (*calendar.day_abbr, *calendar.month_abbr[1:])}
    | {"sept", "tues", "thur", "thurs"}
)
_CLOCK_LEAD_INS = _words("clock_lead_ins") | _CLOCK_CONTINUATIONS
_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";"})
_OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
# Words before a clock time that make it a noun's modifier ("the 10 a.m. Mass").
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})


@Language.component(
    "corroborate_clock_sentences", assigns=["token.is_sent_start"], retokenizes=False
)
def mark_clock_sentences(doc: Doc) -> Doc:
    """Start a sentence at a capitalised word after a clock time's "a.m." / "p.m.": the
    tokenizer keeps the abbreviation's period, which is also the full stop, and the parser
    runs "... found at 4 p.m. He died at the hospital." on as one sentence. A weekday, month
    or time zone goes on the time's sentence ("4 p.m. Eastern time", "10 a.m. Monday") and
    is kept in it, as is a name before "time" ("5 p.m. Moscow time")."""
    if not _CLOCK_ABBREVIATION.search(doc_text(doc)):
        return doc
    for token in doc[1:-1]:
        if token.lower_ not in _CLOCK_ABBREVIATIONS or not token.whitespace_:
            continue
        number = doc[token.i - 1]
        if not (number.like_num or any(c.isdigit() for c in number.text)):
            continue
        following = doc[token.i + 1]
        word = following
        if following.text in _OPENING_QUOTES and following.i + 1 < len(doc):
            word = doc[following.i + 1]
        letters = word.text.rstrip(".")  # "Sept."
        if following.is_space or not letters.isalpha() or not letters[:1].isupper():
            continue
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        following.is_sent_start = not (
            letters.lower() in _CLOCK_CONTINUATIONS
            or (after is not None and after.lower_ == "time")
            # "the 10 a.m. Mass": the time modifies a noun
            or (number.i > 0 and doc[number.i - 1].lower_ in _DETERMINERS)
            or _opens_sentence(doc, number.i)
        )
        if word is not following:
            word.is_sent_start = False  # the quotation's first word
    return doc


def _opens_sentence(doc: Doc, number: int) -> bool:
    """True when the clock time whose number is doc[number] opens its sentence, with only
    words of a time before it ("Just after 9 p.m.", "On Saturday at 1 a.m."): the
    capitalised word after it is the sentence's subject ("... Grant County deputies were
    called"), no new sentence."""
    i = number - 1
    while i >= 0 and (
        doc[i].lower_.rstrip(".") in _CLOCK_LEAD_INS or doc[i].like_num or doc[i].text == ","
    ):
        if doc[i].is_sent_start or (i > 0 and _ends_line(doc[i - 1])):
            return True  # a paragraph's start (set before the parser) or a line's
        i -= 1
    return (
        i < 0
        or _ends_line(doc[i])
        or doc[i].text in _SENTENCE_ENDS
        or bool(doc[i + 1].is_sent_start)
    )


def _ends_line(token: Token) -> bool:
    return "\n" in token.whitespace_ or (token.is_space and "\n" in token.text)


# A title-case headline ("Gunman Shoots 4 People Outside Restaurant") reads to the small model
# as a row of proper nouns: no verb, no count. Its common words are parsed lower-cased and the
# original text put back after the parse; lower-casing keeps the length, so offsets hold.
_LETTERS = re.compile(r"[A-Za-z]+")
_BODY_LOWER = re.compile(r"\b[a-z]+\b")
_TITLE_SHARE = 0.7  # of the headline's words of four letters or more, capitalised
_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by",
    "with", "after", "before", "near", "outside", "inside", "during", "while", "over", "into",
    "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "who", "that",
})  # fmt: skip
_BODY_SAMPLE = 20000  # characters of the body searched for a word's lower-case use
_ENDINGS = ("", "s", "es", "ed", "d", "ing")


@functools.cache
def _headline_verbs() -> frozenset[str]:
    """Figure predicates in their inflected forms, regular and those figures.WORD_LEMMAS
    knows ("Shot", "Slain"): a headline's verbs, which the body may tell with other words."""
    lemmas = {lemma for lemma, _ in figure_predicates()}
    return frozenset(lemma + ending for lemma in lemmas for ending in _ENDINGS) | set(WORD_LEMMAS)


def sentence_cased(text: str) -> str:
    """`text` with a title-case headline's common words lower-cased (those the body uses in
    lower case, function words and figure predicates); names and the headline's first word
    keep their case."""
    end = text.find("\n")
    if not 0 < end <= _HEADLINE_CHARS:
        return text
    headline = text[:end]
    words = list(_LETTERS.finditer(headline))
    long = [w.group() for w in words if len(w.group()) >= 4]
    capitalised = sum(w[0].isupper() and not w.isupper() for w in long)
    if len(long) < 3 or capitalised < _TITLE_SHARE * len(long):
        return text
    body = set(_BODY_LOWER.findall(text[end : end + _BODY_SAMPLE]))
    chars = list(headline)
    for word in words:
        form = word.group()
        first = not headline[: word.start()].strip(" \"'‘“")
        after_label = headline[: word.start()].rstrip().endswith((":", " -", "|"))
        if first or after_label or not (form[0].isupper() and form[1:].islower()):
            continue
        lower = form.lower()
        if lower in _FUNCTION_WORDS or lower in body or lower in _headline_verbs():
            chars[word.start() : word.end()] = lower
    return "".join(chars) + text[end:]


def make_doc(nlp: Language, text: str, *, headline: bool = True) -> Doc:
    """The tokenised Doc the pipeline parses: a title-case headline sentence-cased, the original
    text kept for `corroborate_original_case` to put back; a text in capitals, or a long
    enough run of lines in capitals in a cased text, truecased for good (our components read
    it so too: they take capitals for names)."""
    if shouting(text):
        cased = truecased(text, nlp)
        doc = nlp.make_doc(cased)
        doc._.corroborate_text = cased
        return doc
    # a paragraph in capitals inside a cased text (a transcript, a shouted line) so too
    blocks = truecased_blocks(text, nlp)
    cased = sentence_cased(blocks) if headline else blocks
    doc = nlp.make_doc(cased)
    if blocks != text:
        doc._.corroborate_text = blocks
    if cased != blocks:
        doc._.corroborate_original_text = blocks
    return doc


_RESTORED = ["TAG", "POS", "MORPH", "HEAD", "DEP", "LEMMA", "ENT_IOB", "ENT_TYPE"]


@Language.component("corroborate_original_case")
def original_case(doc: Doc) -> Doc:
    """The parsed Doc with its original text back (see `make_doc`), every annotation kept."""
    text = doc._.corroborate_original_text
    if text is None:
        return doc
    words = [text[t.idx : t.idx + len(t)] for t in doc]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    restored.from_array(_RESTORED, doc.to_array(_RESTORED))
    restored.user_data.update(doc.user_data)
    restored._.corroborate_original_text = None
    restored._.corroborate_text = text  # not the sentence-cased text doc_text may have kept
    for name, group in doc.spans.items():
        restored.spans[name] = [restored[s.start : s.end] for s in group]
    restored.tensor = doc.tensor
    return restored


@Language.component("corroborate_name_ends")
def name_ends(doc: Doc) -> Doc:
    """A person's name the model cut before its last word ("Ousmane Gaoual" of "government
    spokesman Ousmane Gaoual Toure said"): the proper noun right after it, on which its last
    word is compounded, ends it; else one speaker is two people, and a surname names no one."""
    ents = list(doc.ents)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    changed = False
    for k, ent in enumerate(ents):
        end = ent.end
        while (
            ent.label_ == "PERSON"
            and end < len(doc)
            and end not in taken
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
        ):
            end += 1
        if end != ent.end:
            ents[k] = Span(doc, ent.start, end, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents
    return doc


# A comma between a number and a word with no space after it: a crawl or a typist dropped the
# space ("Jane Doe, 37,shot her husband"), and spaCy's tokenizer keeps "37,shot" as one token,
# so the verb is lost to the parse. Between digits ("1,500") it stays a thousands separator.
COMMA_AFTER_NUMBER = r"(?<=[0-9]),(?=[A-Za-z])"


def split_comma_after_number(nlp: Language) -> None:
    """Let the tokenizer split "37,shot" into "37", ",", "shot" (COMMA_AFTER_NUMBER)."""
    # added to the model's own infixes, whatever they are
    infixes = nlp.tokenizer.infix_finditer.__self__.pattern
    nlp.tokenizer.infix_finditer = re.compile(f"{infixes}|{COMMA_AFTER_NUMBER}").finditer


@functools.cache
def load_pipeline(model: str, components: tuple[str, ...], configs: str = "{}") -> Language:
    """spaCy's English pipeline plus our components, loaded once per process.

    `configs` is JSON, {component name: its config}, so that the call can be cached.
    """
    nlp = spacy.load(model)
    split_comma_after_number(nlp)
    # The same tags, morphology and lemmas, each worked out once per kind of token.
    speed_up_morphology(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("corroborate_paragraphs", before="parser")
        nlp.add_pipe("corroborate_clock_sentences", before="parser")
    nlp.add_pipe("corroborate_original_case")
    if "ner" in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("corroborate_name_ends")
    by_name = json.loads(configs)
    for name in components:
        importlib.import_module(COMPONENT_MODULES.get(name, "corroborate.extract"))
        nlp.add_pipe(name, config=by_name.get(name, {}))
    # What is loaded now (the model, our lexicons and gazetteer: some 400,000 objects) lives
    # as long as the process: moved out of the collector's reach, a full collection no longer
    # walks it all (one did during 150 articles' ingest, 0.19 s of its 14 s; 0.03 s after).
    gc.freeze()
    return nlp


def default_places_index() -> Path:
    """Where `corroborate gazetteer add` imports GeoNames dumps by default."""
    from corroborate.extract.gazetteer import cache_dir

    return cache_dir() / "geonames.sqlite"


def component_configs(settings: Settings) -> dict[str, dict[str, Any]]:
    """Each of our components' config, from the settings."""
    extract = settings["extract"]
    indexes = [str(Path(p).expanduser()) for p in extract["places_indexes"]]
    if default_places_index().exists() and str(default_places_index()) not in indexes:
        indexes.append(str(default_places_index()))
    return {
        "corroborate_places": {
            "user_places": extract["places_user_file"] or None,
            "indexes": indexes,
        }
    }


def pipeline_from_settings(settings: Settings | None = None) -> Language:
    settings = settings or load_settings()
    extract = settings["extract"]
    configs = json.dumps(component_configs(settings), sort_keys=True)
    return load_pipeline(extract["model"], tuple(extract["components"]), configs)


def split_pieces(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, piece) pairs covering `text`, cut at paragraph or sentence ends below `limit`."""
    pieces: list[tuple[int, str]] = []
    offset = 0
    while len(text) - offset > limit:
        window = text[offset : offset + limit]
        # Cut after a paragraph end, else a line end, else a sentence end, else a space.
        for separator in ("\n\n", "\n", ". ", " "):
            cut = window.rfind(separator) + len(separator)
            if cut > limit // 2:
                break
        else:
            cut = limit
        pieces.append((offset, text[offset : offset + cut]))
        offset += cut
    pieces.append((offset, text[offset:]))
    return pieces


def _make_doc(nlp: Language, piece: str, offset: int, article: ArticleContext) -> Doc:
    doc = make_doc(nlp, piece, headline=offset == 0)
    # what Doc.text would join again (the text as written: a sentence-cased headline is put
    # back before our components read it; a truecased text in capitals is not)
    doc._.corroborate_text = doc._.corroborate_text or piece
    doc._.corroborate_published = article.published
    doc._.corroborate_outlet = article.outlet
    doc._.corroborate_outlet_home = article.outlet_home
    spans = []
    for start, end in article.boilerplate:
        start, end = max(start - offset, 0), min(end - offset, len(piece))
        if start < end:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                spans.append(span)
    doc.spans[BOILERPLATE] = spans
    return doc


def _trimmed(start: int, end: int, text: str) -> tuple[int, int] | None:
    """A span's character offsets without the white space spaCy leaves at its edges (None:
    nothing else)."""
    part = text[start:end]
    if not part.strip():
        return None
    return start + len(part) - len(part.lstrip()), start + len(part.rstrip())


def extraction_from_doc(doc: Doc, offset: int = 0) -> Extraction:
    """The records a parsed Doc carries, offsets moved by `offset`."""
    found: dict[str, Any] = {
        name: tuple(getattr(doc._, f"corroborate_{name}") or ()) for name in FACT_ATTRIBUTES
    }
    extraction = Extraction(
        language="en",
        sentences=tuple(
            trimmed
            for s in doc.sents
            if (trimmed := _trimmed(s.start_char, s.end_char, doc_text(doc))) is not None
        ),
        entities=tuple((e.start_char, e.end_char, e.label_) for e in doc.ents),
        outlet_places=tuple(doc._.corroborate_outlet_learned or ()),
        **found,
    )
    return shift(extraction, offset)


def merge_extractions(parts: list[Extraction]) -> Extraction:
    """One Extraction from the pieces of a long article, indexes renumbered."""
    if len(parts) == 1:
        return parts[0]
    from dataclasses import replace

    merged: dict[str, list[Any]] = {"places": [], "times": [], "events": [], "claims": []}
    sentences: list[tuple[int, int]] = []
    entities: list[tuple[int, int, str]] = []
    outlet_places: list[tuple[str, str]] = []
    for part in parts:
        base = {name: len(items) for name, items in merged.items()}

        def renumber(index: int | None, kind: str, base: dict[str, int] = base) -> int | None:
            return None if index is None else index + base[kind]

        merged["places"].extend(part.places)
        merged["times"].extend(part.times)
        for event in part.events:
            figures = tuple(replace(f, claim=renumber(f.claim, "claims")) for f in event.figures)
            merged["events"].append(
                replace(
                    event,
                    place=renumber(event.place, "places"),
                    time=renumber(event.time, "times"),
                    figures=figures,
                )
            )
        for claim in part.claims:
            merged["claims"].append(replace(claim, event=renumber(claim.event, "events")))
        sentences.extend(part.sentences)
        entities.extend(part.entities)
        outlet_places.extend(part.outlet_places)
    return Extraction(
        language="en",
        sentences=tuple(sentences),
        entities=tuple(entities),
        outlet_places=tuple(outlet_places),
        **{name: tuple(items) for name, items in merged.items()},
    )


def article_docs(
    articles: Iterable[ArticleContext],
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> Iterator[Doc]:
    """The pipeline's Doc of each article read whole (its first `piece_chars` characters): for
    reading a stored report again, as a report's stance towards a claim does; facts to store
    come from extract_articles, which reads long articles piece by piece."""
    settings = settings or load_settings()
    nlp = nlp or pipeline_from_settings(settings)
    limit = min(settings["extract"]["piece_chars"], nlp.max_length)
    docs = [_make_doc(nlp, a.text[:limit], 0, a) for a in articles]
    yield from parse_cache.run(nlp, docs, settings["ingest"]["batch_size"], COMPONENT_MODULES)


def extract_articles(
    articles: Iterable[ArticleContext],
    settings: Settings | None = None,
    nlp: Language | None = None,
) -> Iterator[Extraction]:
    """One Extraction per article, in order; non-English articles yield no facts."""
    settings = settings or load_settings()
    nlp = nlp or pipeline_from_settings(settings)
    limit = min(settings["extract"]["piece_chars"], nlp.max_length)
    threshold = settings["extract"]["min_english_ratio"]
    batch_size = settings["ingest"]["batch_size"]
    articles = list(articles)
    plans: list[list[tuple[int, Doc]] | None] = []
    docs: list[Doc] = []
    for article in articles:
        if not reads_as_english(article.text, threshold):
            plans.append(None)
            continue
        plan = [
            (offset, _make_doc(nlp, piece, offset, article))
            for offset, piece in split_pieces(article.text, limit)
        ]
        plans.append(plan)
        docs.extend(doc for _, doc in plan)
    parsed = iter(parse_cache.run(nlp, docs, batch_size, COMPONENT_MODULES))
    for plan in plans:
        if plan is None:
            yield Extraction(language="und")
            continue
        yield merge_extractions([extraction_from_doc(next(parsed), offset) for offset, _ in plan])
