"""Attributed claims: who (speaker) says what (content), by which words (cue), with what stance.

The component ``corroborate_claims`` writes ``doc._.corroborate_claims``, a list of
`model.ClaimFound`, in four steps over spaCy's parse:

1. **Cues.** Every token outside quotation marks is scored by a linear model over parse
   features (lemma, tag, dependency, head, children, neighbours, the cue lexicon); adjacent
   cue tokens make one cue span ("told reporters", "according to", "has historically denied").
2. **Units.** Around each cue the parse offers candidate units: the subtree of each dependent
   of a cue token ("Colonel X, a spokesman for ..." under nsubj, "that no one was killed"
   under ccomp, "police" under "according to"), the rest of the clause the cue hangs from
   ("according to police, two men were arrested"; "..., he said") and the subject of that
   clause ("X went on to deny ..."). A second linear model labels each unit speaker, content
   or neither. A content unit that opens a quotation is stretched to its closing mark, across
   sentences; a cue ending its sentence with a colon takes the quotation that follows.
3. **Speakers.** The speaker span is described (kind, role, affiliation; titles and
   appositions read) and resolved: pronouns and bare surnames or titles point back to the
   nearest compatible person named earlier, so "Col. Khan" and "he" get "Asif Khan".
4. **Stance.** The cue lexicon (``cue_verbs.tsv``) gives the stance and hedging a cue carries;
   a negated asserting cue ("did not confirm") questions, a negated denial ("did not deny")
   asserts; hedging words in the content ("may have", "possibility") set ``hedged``.

Split quotations ('"X," he said, "Y."') give ONE claim: its content span runs from the first
quotation's opening mark to the second's closing mark and so also covers the speaker and cue
between them (their own spans say where they are). One claim keeps one statement one record,
which is what corroboration counts.

Editorial opinion: a sentence of the article's own voice (no cue found in it) whose words
are evaluative by the lexicon ``opinion_phrases.tsv`` ("sends a strong message", "a
blow to") becomes a claim with ``opinion=True``, speaker the outlet (organisation) when the
pipeline knows it, else anonymous with no speaker span; its cue is the evaluative phrase.
An attributed claim whose content holds such a phrase is also flagged ``opinion``.

Models and lexicons were learned from PolNeAR's train compartment (``claims_train.py``).
"""

from __future__ import annotations

import bisect
import functools
import gzip
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.attrs import LEMMA
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

from corroborate.extract.pipeline import in_boilerplate
from corroborate.model import ClaimFound, SpeakerKind, Stance
from corroborate.model import Span as TextSpan

CUE_LEXICON = "cue_verbs.tsv"
OPINION_LEXICON = "opinion_phrases.tsv"
SPEAKER_LEXICON = "speaker_words.tsv"
MODEL_FILE = "claims_model/weights.json.gz"

UNIT_LABELS = ("none", "source", "content")

# Quotation marks: curly pairs have a side; straight ones and doubled apostrophes alternate.
OPENING_QUOTES = frozenset({"“", "``"})
CLOSING_QUOTES = frozenset({"”"})
EITHER_QUOTES = frozenset({'"', "''"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | EITHER_QUOTES
_QUOTE_OR_BREAK = re.compile(r"\n+|“|”|``|\"|''")

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "our", "us"})

# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class CueEntry:
    """What a cue lemma carries: its stance, whether it hedges, how often PolNeAR used it."""

    lemma: str
    stance: str
    hedged: bool
    count: int


def _data_lines(name: str) -> Iterator[list[str]]:
    """Rows of a tab-separated data file beside this module, comment and header skipped."""
    text = resources.files("corroborate.extract").joinpath(name).read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for line in rows[1:]:
        yield line.split("\t")


@functools.cache
def load_cue_lexicon() -> dict[str, CueEntry]:
    """cue_verbs.tsv as {lemma: CueEntry}; multi-word cues are keyed by space-joined lemmas."""
    lexicon: dict[str, CueEntry] = {}
    for lemma, stance, hedged, count in _data_lines(CUE_LEXICON):
        lexicon[lemma] = CueEntry(lemma, Stance(stance).value, hedged == "1", int(count))
    return lexicon


@functools.cache
def load_opinion_phrases() -> tuple[tuple[str, ...], ...]:
    """opinion_phrases.tsv as lemma sequences, longest first."""
    phrases = [tuple(row[0].split()) for row in _data_lines(OPINION_LEXICON)]
    return tuple(sorted(set(phrases), key=len, reverse=True))


@functools.cache
def load_speaker_words() -> dict[str, dict[str, str]]:
    """speaker_words.tsv as {category: {word: value}} (titles, roles, documents, groups)."""
    words: dict[str, dict[str, str]] = {}
    for category, word, value in _data_lines(SPEAKER_LEXICON):
        words.setdefault(category, {})[word] = value
    return words


@dataclass(frozen=True)
class LinearModel:
    """A linear scorer: per class a bias and feature weights (exported from scikit-learn)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]

    def scores(self, features: Iterable[str]) -> list[float]:
        """Per-class scores (logits) of a feature list."""
        totals = list(self.bias)
        for feature in features:
            row = self.weights.get(feature)
            if row is not None:
                for k, w in enumerate(row):
                    totals[k] += w
        return totals

    def probability(self, features: Iterable[str]) -> float:
        """P(class 1) of a binary model."""
        (logit,) = self.scores(features)
        return 1.0 / (1.0 + math.exp(-logit))


@functools.cache
def _model_payload(path: str | None) -> dict:
    ref = Path(path) if path else resources.files("corroborate.extract").joinpath(MODEL_FILE)
    return json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8"))


def load_gate(path: str | None = None) -> list[str]:
    """Lemmas that head cues often enough to be scored as cue candidates."""
    return _model_payload(path)["gate"]


@functools.cache
def load_models(path: str | None = None) -> dict[str, LinearModel]:
    """The cue and unit models: claims_model/weights.json.gz, or the file at `path`."""
    raw = _model_payload(path)
    return {
        name: LinearModel(
            tuple(part["classes"]),
            tuple(part["bias"]),
            {f: tuple(w) for f, w in part["weights"].items()},
        )
        for name, part in raw["models"].items()
    }


# --------------------------------------------------------------------------- quotations


def quote_regions(doc: Doc) -> tuple[list[int], list[tuple[int, int]]]:
    """Per token the index of the quotation it lies in (-1 outside), and the quotations as
    (first token, last token) including their marks; an unclosed quotation ends with its
    paragraph (multi-paragraph quotes reopen at each paragraph)."""
    inside = [-1] * len(doc)
    regions: list[tuple[int, int]] = []
    if not len(doc):
        return inside, regions
    starts = [t.idx for t in doc]
    open_at: int | None = None
    for match in _QUOTE_OR_BREAK.finditer(doc.text):
        i = bisect.bisect_right(starts, match.start()) - 1
        mark = match.group()
        if mark.startswith("\n"):
            if open_at is not None and i > open_at:
                regions.append((open_at, i))
            open_at = None
            continue
        if doc[i].text not in QUOTE_MARKS:
            continue  # a quote character inside a longer token (an apostrophe pair, a name)
        if open_at is None and mark not in CLOSING_QUOTES:
            open_at = i
        elif open_at is not None and i > open_at and mark not in OPENING_QUOTES:
            regions.append((open_at, i))
            open_at = None
    if open_at is not None and len(doc) - 1 > open_at:
        regions.append((open_at, len(doc) - 1))
    for k, (first, last) in enumerate(regions):
        inside[first : last + 1] = [k] * (last + 1 - first)
    return inside, regions


# --------------------------------------------------------------------------- features


def cue_token_features(token: Token, lexicon: dict[str, CueEntry]) -> list[str]:
    """Features of a token for the cue model (is it part of a cue?)."""
    doc = token.doc
    lemma = token.lemma_.lower()
    head = token.head
    head_lemma = head.lemma_.lower()
    features = [
        "w=" + token.lower_,
        "l=" + lemma,
        "t=" + token.tag_,
        "d=" + token.dep_,
        "l|d=" + lemma + "|" + token.dep_,
        "hl=" + head_lemma,
        "hl|d=" + head_lemma + "|" + token.dep_,
        "ht=" + head.tag_,
        "t|ht=" + token.tag_ + "|" + head.tag_,
        "hd=" + head.dep_,
        "e=" + token.ent_type_,
    ]
    entry = lexicon.get(lemma)
    if entry is not None:
        features.append("lex")
        features.append("lex|t=" + token.tag_)
        features.append("lexs=" + entry.stance)
    head_entry = lexicon.get(head_lemma)
    if head_entry is not None and head is not token:
        features.append("hlex|d=" + token.dep_)
    for child in token.children:
        dep = child.dep_
        features.append("c=" + dep)
        features.append("l|c=" + lemma + "|" + dep)
        if dep in ("nsubj", "nsubjpass"):
            features.append("subj_e=" + child.ent_type_)
            features.append("subj_t=" + child.tag_)
    i = token.i
    for offset in (-2, -1, 1, 2):
        j = i + offset
        if 0 <= j < len(doc):
            features.append(f"w{offset}=" + doc[j].lower_)
    if i + 1 < len(doc):
        features.append("l|w+1=" + lemma + "|" + doc[i + 1].lower_)
    if i > 0:
        features.append("w-1|l=" + doc[i - 1].lower_ + "|" + lemma)
    return features


@dataclass
class Unit:
    """A candidate speaker or content: a set of tokens around a cue and its features."""

    tokens: list[int]
    features: list[str]


def _subtree_minus(token: Token, excluded: set[int]) -> list[int]:
    return [t.i for t in token.subtree if t.i not in excluded]


def _unit_features(
    kind: str, anchor: Token, cue_head: Token, tokens: list[int], quoted: bool
) -> list[str]:
    doc = anchor.doc
    lemma = cue_head.lemma_.lower()
    side = "L" if tokens and tokens[0] < cue_head.i else "R"
    size = len(tokens)
    bucket = "1" if size == 1 else "2-4" if size < 5 else "5-12" if size < 13 else "13+"
    first = doc[tokens[0]] if tokens else anchor
    features = [
        "k=" + kind,
        "k|s=" + kind + "|" + side,
        "k|l=" + kind + "|" + lemma,
        "k|p=" + kind + "|" + anchor.pos_,
        "k|t=" + kind + "|" + anchor.tag_,
        "k|e=" + kind + "|" + anchor.ent_type_,
        "k|ct=" + kind + "|" + cue_head.tag_,
        "k|cd=" + kind + "|" + cue_head.dep_,
        "k|n=" + kind + "|" + bucket,
        "k|f=" + kind + "|" + first.lower_ if first.is_stop or first.is_punct else "k|f=X",
        "k|s|t=" + kind + "|" + side + "|" + anchor.tag_,
    ]
    if quoted:
        features.append("k|q=" + kind)
        features.append("k|q|s=" + kind + "|" + side)
    if anchor.pos_ == "PRON":
        features.append("k|pron=" + kind + "|" + anchor.lower_)
    return features


def claim_units(cue: list[int], doc: Doc, inside: list[int]) -> list[Unit]:
    """Candidate units around a cue (token indexes): dependents' subtrees, the governing
    clause, the governing clause's subject."""
    cue_set = set(cue)
    cue_head = cue_head_token(cue, doc)
    units: list[Unit] = []
    taken: set[int] = set(cue_set)
    for i in cue:
        for child in doc[i].children:
            if child.i in cue_set:
                continue
            tokens = _subtree_minus(child, cue_set)
            if not tokens or (child.is_punct and child.text not in QUOTE_MARKS):
                continue
            via = "" if i == cue_head.i else doc[i].dep_ + ">"
            kind = "c:" + via + child.dep_
            quoted = child.text in QUOTE_MARKS or doc[tokens[0]].text in QUOTE_MARKS
            units.append(Unit(tokens, _unit_features(kind, child, cue_head, tokens, quoted)))
            taken.update(tokens)
    parent = cue_head.head
    if parent is not cue_head and parent.i not in cue_set:
        clause = [t.i for t in parent.subtree if t.i not in taken and t.i not in cue_set]
        own = {t.i for t in cue_head.subtree}
        tokens = [i for i in clause if i not in own]
        if tokens:
            kind = "p:" + cue_head.dep_
            quoted = doc[tokens[0]].text in QUOTE_MARKS
            units.append(Unit(tokens, _unit_features(kind, parent, cue_head, tokens, quoted)))
        if cue_head.dep_ in ("advcl", "conj", "xcomp", "relcl", "acl"):
            for sibling in parent.children:
                if sibling.dep_ in ("nsubj", "nsubjpass") and sibling.i not in own:
                    subject = _subtree_minus(sibling, cue_set)
                    kind = "s:" + cue_head.dep_ + "|" + sibling.dep_
                    units.append(
                        Unit(subject, _unit_features(kind, sibling, cue_head, subject, False))
                    )
    return units


def cue_head_token(cue: list[int], doc: Doc) -> Token:
    """The cue token whose syntactic head lies outside the cue (the first such)."""
    cue_set = set(cue)
    for i in cue:
        token = doc[i]
        if token.head.i not in cue_set or token.head is token:
            return token
    return doc[cue[0]]


# --------------------------------------------------------------------------- the component


@dataclass(frozen=True)
class ClaimParts:
    """A claim's token indexes before it is described: cue, speaker (maybe none), content."""

    cue: list[int]
    source: list[int]
    content: list[int]


def _softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


class ClaimFinder:
    """Finds attributed claims in a parsed Doc; see the module docstring."""

    def __init__(
        self, cue_threshold: float, unit_threshold: float, model_path: str | None = None
    ) -> None:
        self.cue_threshold = cue_threshold
        self.unit_threshold = unit_threshold
        self.lexicon = load_cue_lexicon()
        models = load_models(model_path or None)
        self.cue_model = models["cue"]
        self.unit_model = models["unit"]
        # Only tokens whose lemma heads cues often enough are scored at first (a fifth of the
        # text); their neighbours are scored once a cue is found. Hashes as spaCy's StringStore.
        self.gate = frozenset(hash_string(lemma) for lemma in load_gate(model_path or None))

    def __call__(self, doc: Doc) -> Doc:
        doc._.corroborate_claims = [describe_claim(doc, parts) for parts in self.find(doc)]
        return doc

    def _is_cue(self, token: Token, inside: list[int]) -> bool:
        features = cue_token_features(token, self.lexicon)
        return self.cue_model.probability(features) >= self.cue_threshold

    def find_cues(self, doc: Doc, inside: list[int]) -> list[list[int]]:
        """Cue spans as lists of token indexes: adjacent tokens the cue model accepts."""
        if not len(doc):
            return []
        lemmas = doc.to_array(LEMMA).tolist()
        gate = self.gate
        accepted: set[int] = set()
        seen: set[int] = set()
        for i, lemma in enumerate(lemmas):
            if lemma in gate and inside[i] < 0:
                seen.add(i)
                if self._is_cue(doc[i], inside):
                    accepted.add(i)
        frontier = list(accepted)
        while frontier:
            i = frontier.pop()
            for j in (i - 1, i + 1):
                if j in seen or not 0 <= j < len(doc) or inside[j] >= 0:
                    continue
                seen.add(j)
                token = doc[j]
                if token.is_space or (token.is_sent_start and j > i):
                    continue
                if self._is_cue(token, inside):
                    accepted.add(j)
                    frontier.append(j)
        cues: list[list[int]] = []
        for i in sorted(accepted):
            token = doc[i]
            if in_boilerplate(doc, token.idx, token.idx + len(token)):
                continue
            if cues and cues[-1][-1] == i - 1 and not token.is_sent_start:
                cues[-1].append(i)
            else:
                cues.append([i])
        return [
            cue
            for cue in cues
            if not all(doc[i].is_punct for i in cue) or len(cue) == 1 and doc[cue[0]].text == ":"
        ]

    def find(self, doc: Doc) -> list[ClaimParts]:
        """Cue, speaker and content token indexes of every claim in the Doc."""
        inside, regions = quote_regions(doc)
        found: list[ClaimParts] = []
        for cue in self.find_cues(doc, inside):
            source: list[int] = []
            source_p = self.unit_threshold
            content: set[int] = set()
            for unit in claim_units(cue, doc, inside):
                probs = _softmax(self.unit_model.scores(unit.features))
                if probs[1] > source_p and probs[1] >= probs[2]:
                    source, source_p = unit.tokens, probs[1]
                elif probs[2] >= self.unit_threshold and probs[2] > probs[1]:
                    content.update(unit.tokens)
            content.difference_update(source)
            if not content:
                content = set(_following_quotation(cue, doc, regions))
            content = _stretch_to_quotations(content, inside, regions, set(cue) | set(source))
            if content:
                found.append(ClaimParts(cue, sorted(source), sorted(content)))
        return found


def _following_quotation(cue: list[int], doc: Doc, regions: list[tuple[int, int]]) -> list[int]:
    """The quotation a cue announces ('He said:' / 'She told reporters.' + a quote)."""
    last = cue[-1]
    sentence_end = doc[last].sent.end
    for first, end in regions:
        if first <= last:
            continue
        gap = [t for t in doc[last + 1 : first] if not t.is_space]
        if first >= sentence_end + 1 and any(t.i >= sentence_end for t in gap):
            return []
        if all(t.is_punct for t in gap):
            return list(range(first, end + 1))
        return []
    return []


def _stretch_to_quotations(
    content: set[int], inside: list[int], regions: list[tuple[int, int]], excluded: set[int]
) -> set[int]:
    """Content touching an opening or closing quotation mark takes the whole quotation."""
    stretched = set(content)
    for i in content:
        k = inside[i]
        if k < 0:
            continue
        first, last = regions[k]
        if i in (first, last):
            stretched.update(j for j in range(first, last + 1) if j not in excluded)
    return stretched


def _char_span(doc: Doc, tokens: list[int]) -> tuple[int, int]:
    first, last = doc[tokens[0]], doc[tokens[-1]]
    return first.idx, last.idx + len(last.text)


def describe_claim(doc: Doc, parts: ClaimParts) -> ClaimFound:
    """The ClaimFound for a claim's tokens: speaker described, stance read from the cue."""
    text = doc.text
    cue_start, cue_end = _char_span(doc, parts.cue)
    content_start, content_end = _char_span(doc, parts.content)
    speaker_start = speaker_end = None
    name = None
    if parts.source:
        speaker_start, speaker_end = _char_span(doc, parts.source)
        name = text[speaker_start:speaker_end]
    return ClaimFound(
        speaker_name=name,
        speaker_kind=SpeakerKind.PERSON.value if name else SpeakerKind.ANONYMOUS.value,
        speaker_role=None,
        speaker_affiliation=None,
        speaker_start=speaker_start,
        speaker_end=speaker_end,
        cue=TextSpan(cue_start, cue_end, text[cue_start:cue_end]),
        content=TextSpan(content_start, content_end, text[content_start:content_end]),
        stance=Stance.ASSERTS.value,
    )


@Language.factory(
    "corroborate_claims",
    default_config={"cue_threshold": 0.4, "unit_threshold": 0.5, "model_path": ""},
    assigns=["doc._.corroborate_claims"],
)
def make_claim_finder(
    nlp: Language, name: str, cue_threshold: float, unit_threshold: float, model_path: str
) -> ClaimFinder:
    """spaCy factory of the claims component (model_path "" = the shipped models)."""
    return ClaimFinder(cue_threshold, unit_threshold, model_path)
