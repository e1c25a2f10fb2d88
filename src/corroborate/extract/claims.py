"""Attributed claims: who (speaker) says what (content), by which words (cue), with what stance.

The component ``corroborate_claims`` writes ``doc._.corroborate_claims``, a list of
`model.ClaimFound`, in four steps over spaCy's parse (no second neural model: four small
logistic regressions whose weights are looked up in dicts, plus rules):

1. **Cues.** Words outside quotation marks whose lemma has headed a cue (the gate, a quarter
   of the text) are scored by a linear model over parse features (lemma, tag, dependency, head,
   the word's frame of core dependents, neighbours, the cue lexicon); an accepted word grows
   into its neighbours while a second model, which knows the cue goes on beside it, accepts
   them: "has historically denied", "according to", "said in a statement". Then a second
   look: words outside every claim found and below no cue word that a second model, learnt
   from the words outside PolNeAR's relations only, is sure of ("Republicans think ...",
   "the council wants to ..." standing alone) are cues too. PolNeAR does not nest, so
   "think" in what someone said is no claim there; the first model learnt that, the second
   did not have to. So are, standing alone, the words of belief, intention and feeling of
   ``claim_words.tsv`` (``attitude_*``) when someone holds them about a clause ("the rebels
   are determined to ...", "residents were thrilled with ..."), and a copula's subject named
   by a noun of a stance (``stance_holder``: "X was an early backer of Y").
2. **Units.** Around each cue the parse offers candidate units: the subtree of each dependent
   of a cue word ("Colonel X, a spokesman for ..." under nsubj, "that no one was killed"
   under ccomp, "police" under "according to"), the rest of the clause the cue hangs from
   ("according to police, two men were arrested"; "..., he said") and the subject of that
   clause ("X went on to deny ..."). A third linear model labels each unit speaker, content
   or neither. A content unit that opens a quotation is stretched to its closing mark, across
   sentences; a cue ending its sentence with a colon takes the quotation that follows; a
   headline's colon after a short name ("Okafor: Curfew Will Be Lifted") is a claim of that
   name, its content the rest of the line (not a capitalised dateline, nor a label of what
   follows: "Video:", "Update:", "Photo credit:", claim_words ``line_label``). As in
   PolNeAR, claims do not nest: a cue inside another claim's speaker or content is dropped,
   but for one in a relative clause of a speaker ("Cruz, who says ..., said"): the clause
   leaves that speaker and keeps its own claim.
3. **Speakers.** The speaker span is described (kind, role, affiliation; titles, appositions
   and compounds read: ``claim_words.tsv``) and resolved: he/she to the nearest person named
   before (speakers first), a surname or titled name to the person named before with that
   surname, "the party"/"the ministry" to the organisation named before. A speaker headed by
   a document word ("a report", "a Tweet by ...") is a document; "party officials" (plural,
   organisation modifier) an organisation; "a source", "officials", "a police officer" are
   anonymous (affiliation kept). The span keeps a place after the noun, as PolNeAR's sources
   do ("rights groups in Lagos"); the name and affiliation leave a locative "in X" out
   ("rights groups", "a spokesman for the police in Kaduna": the police) and an unnamed
   speaker keeps an "of X" that says whose it is ("residents of Daffo"). An unnamed speaker
   is named when the text names it elsewhere by the same word ("A spokesman for the Rangers"
   and "The spokesman, Colonel X";
   "a rights group" and "Haki Watch, a coalition of rights groups"; kinds of officers and
   forces in ``claim_words.tsv``, ``kind_of``: a superintendent is an officer, the Rangers a
   force); "the party's committee" speaks for the party; "a ..." is not resolved backwards.
   A person is named by a definite description only ("the suspect" and "The suspect, Tariq
   Mehsud, 24,", "the man" and "the man, identified as X"), a confessor ("the man confessed",
   "a man arrested over the bombing was shown confessing") by the one person the article
   names as held for the crime. A force or group named by a name the actor lexicon holds
   whole speaks under its actor's name, as events name it ("TTP", "the Pakistani Taliban"),
   and so does an affiliation ("TTP spokesman X"); "a spokesman for the group that claimed
   the attack" is of the organisation a claim of the act named before (else of the group so
   described). The parse of that last sentence is mended first: the small model makes "the
   attack said ..." a clause of "claimed" and leaves the sentence without a main verb.
   A claim a cue goes on from ("said ..., adding") names the speaker of the next without
   giving it the span (in PolNeAR a token has one role).
4. **Stance.** The cue lexicon (``cue_verbs.tsv``) gives the stance and hedging a cue carries;
   a negated denial ("did not deny") asserts, any other negated cue ("has not confirmed")
   questions; negation inside the content does not count ("said no one was killed" asserts
   a zero). Hedging words in the content ("may have", "possibility", "remains to be proven")
   set ``hedged``. A confession is the confessor's own claim ("Qureshi admitted", stance
   confesses); a noun cue without speaker that frames another cue ("In a confession
   presented to the court, Qureshi admitted ...") is not a claim of its own. A denial in a
   relative clause answers the claim it hangs in ("accused X of Y, a charge X denies",
   "..., which it denies"): its content is that claim's, cut out of it, and "it" is the one
   accused.

Split quotations ('"X," he said, "Y."') give ONE claim: its content span runs from the first
quotation's opening mark to the second's closing mark and so also covers the speaker and cue
between them (their own spans say where they are). One claim keeps one statement one record,
which is what corroboration counts.

Editorial opinion: a sentence of the article's own voice (no claim in it) holding an
evaluative phrase of ``claim_words.tsv`` (category ``opinion``: "send a strong message",
"a blow to", "a setback for", by lemma) becomes a claim with ``opinion=True``: speaker the
outlet (organisation) when the pipeline knows it, else anonymous; no speaker span; its cue is
the evaluative phrase, its content the sentence. A cue that is part of such a phrase ("The
arrests send a strong message") is treated the same way, not as an attribution. An attributed
claim whose content holds such a phrase is flagged ``opinion`` too. This is a lexicon, not a
classifier: it flags the stock phrases of judgement and misses freer editorialising.

Models and the lexicon counts were learned from PolNeAR's train compartment
(``claims_train.py``); the figures are in ``corroborate.evaluate.claims``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import gzip
import itertools
import json
import math
import operator
import re
import weakref
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from spacy.attrs import DEP, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from corroborate.consolidate.actors import is_acronym
from corroborate.extract.actors import ARMED_MEMBER_NOUNS, actor_lexicon, names_one_actor
from corroborate.extract.cue_scoring import (
    CueDocWords,
    CueTables,
    Weights,
    cue_doc_words,
    cue_weights,
    summed,
)
from corroborate.extract.pipeline import DATELINES, article_sentences, doc_text, in_boilerplate
from corroborate.extract.syntax import noun_phrase_before, prep_objects
from corroborate.lexicons import read_rows, word_list, word_map, word_values
from corroborate.model import ClaimFound, SpeakerKind, Stance
from corroborate.model import Span as TextSpan

CUE_LEXICON = "cue_verbs.tsv"
CLAIM_WORDS = "claim_words.tsv"
MODEL_FILE = "claims_model/weights.json.gz"
# A category of claim_words.tsv as a set of its words (for constants below).
_words = word_list("corroborate.extract", CLAIM_WORDS)
# ... and as {word: value} (a category with a value column).
_values = word_map("corroborate.extract", CLAIM_WORDS)

UNIT_LABELS = ("none", "source", "content")
SOURCE_THRESHOLD = 0.45
# cue thresholds (tune split, cue 0.45 against 0.4: source F1 +.008, content +.003, cue -.001);
# words of marked stance keep 0.4 (0.35 takes "who asked not to be named because she feared
# for her safety" for a claim; tuning part, cue F1 +.0004)
MARKED_THRESHOLD = 0.4
# a claim with no speaker unit over the threshold takes the cue's own subject when the model
# thinks it more a speaker than a content, at p >= 0.2 (tune split: source F1 +0.002)
FALLBACK = 0.2
# a free cue (see ClaimFinder._free_cues) needs p >= 0.6 (tuning part, source/cue/content F1
# with the C=0.3 models: 0.8 .742/.608/.794; 0.7 .742/.609/.797; 0.65 .742/.609/.798;
# 0.6 .741/.608/.799; 0.5 .737/.606/.798; with the content fallback and the extension
# features: 0.75 .753/.626/.797, 0.7 .753/.627/.800, 0.65 .751/.629/.800, 0.6 .752/.630/.801,
# 0.55 .749/.629/.801)
FREE_CUE_THRESHOLD = 0.6
# a claim with a speaker and no content unit over the threshold takes the unit the model
# thinks more a content than a speaker, at p >= 0.1 (tuning part, cue F1: 0.3 .623, 0.2 .623,
# 0.1 .626, 0.05 .626; without a speaker too .625)
CONTENT_FALLBACK = 0.1
# ... but not an object, auxiliary or loose dependent of a cue word: "said it was also
# questioning Ahmed" says nothing of Ahmed (tuning part: 0 of 6 such units were contents)
NO_FALLBACK_CONTENT = frozenset({"dobj", "aux", "dep"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})

# Quotation marks: curly pairs have a side; straight ones and doubled apostrophes alternate.
OPENING_QUOTES = frozenset({"“", "``"})
CLOSING_QUOTES = frozenset({"”"})
EITHER_QUOTES = frozenset({'"', "''"})
QUOTE_MARKS = OPENING_QUOTES | CLOSING_QUOTES | EITHER_QUOTES
_QUOTE_OR_BREAK = re.compile(r"\n+|“|”|``|\"|''")

HONORIFICS = _words("honorific")

# At most this many words from a verb putting out a document to the word describing it
DOCUMENT_ACT_MAX = 10
# What may stand between a cue verb and the infinitive it goes on into ("went on to",
# "tried not to", "continued to").
INFINITIVE_LINKS = frozenset({"aux", "neg", "prt", "advmod"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entity labels of a place

# The verbs that link a subject to a noun naming it ("X was an early backer of Y").
COPULAS = frozenset({"be", "remain", "become"})
# claim_words categories whose nouns name someone who may speak
SPEAKING_CATEGORIES = (
    "role", "organisation", "document", "collective", "title", "honorific", "anonymous",
    "generic_group", "accused_speaker", "described_person", "written_record", "accuser",
)  # fmt: skip

# A word of these parts of speech between two cue words joins them into one cue.
BRIDGING_POS = frozenset({"DET", "ADP", "PART", "ADV", "AUX"})

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
# Dependents that say something of a noun rather than name it: "X, a correspondent for Y,"
_TOLD_OF = frozenset({"appos", "relcl", "acl", "punct"})
# "The party said": the organisation last quoted by name, whatever its name's last word.
GENERIC_GROUPS = _words("generic_group")
TITLE_GENDER = _values("title_gender")
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we", "our", "us"})

# --------------------------------------------------------------------------- data files


@dataclass(frozen=True)
class CueEntry:
    """What a cue lemma carries: its stance, whether it hedges, how often PolNeAR used it."""

    lemma: str
    stance: str
    hedged: bool
    count: int


@functools.cache
def load_cue_lexicon() -> dict[str, CueEntry]:
    """cue_verbs.tsv as {lemma: CueEntry}; multi-word cues are keyed by space-joined lemmas."""
    lexicon: dict[str, CueEntry] = {}
    for row in read_rows("corroborate.extract", CUE_LEXICON):
        lemma = row["lemma"]
        stance = Stance(row["stance"]).value
        lexicon[lemma] = CueEntry(lemma, stance, row["hedged"] == "1", int(row["polnear_count"]))
    return lexicon


@dataclass(frozen=True)
class LinearModel:
    """A linear scorer: per class a bias and feature weights (exported from scikit-learn);
    a binary model keeps one weight per feature, looked up in a plain dict (the hot loop)."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    binary_weights: dict[str, float]

    def scores(self, features: Iterable[str]) -> list[float]:
        """Per-class scores (logits) of a feature list."""
        rows = [row for row in map(self.weights.get, features) if row is not None]
        if not rows:
            return list(self.bias)
        # each class's weights added to its bias one by one in the features' order (as a loop
        # over the features did, to the last bit), by reduce in C
        return [
            functools.reduce(operator.add, column, bias)
            for bias, column in zip(self.bias, zip(*rows, strict=True), strict=True)
        ]

    def probability(self, features: Iterable[str]) -> float:
        """P(class 1) of a binary model."""
        # The weights summed in the features' order, picked in C: it runs for every gated word.
        logit = self.bias[0] + sum(map(self.binary_weights.get, features, itertools.repeat(0.0)))
        return 1.0 / (1.0 + math.exp(-logit))

    def probability_after(self, summed: float, features: list[str] | None = None) -> float:
        """probability() of a feature list whose first features' weights, in their order, sum
        to `summed` (cue_scoring.summed) and whose other features are `features`."""
        logit = self.bias[0] + (
            sum(map(self.binary_weights.get, features, itertools.repeat(0.0)), summed)
            if features
            else summed
        )
        return 1.0 / (1.0 + math.exp(-logit))


@functools.cache
def _model_payload(path: str | None) -> dict:
    ref = Path(path) if path else resources.files("corroborate.extract").joinpath(MODEL_FILE)
    return json.loads(gzip.decompress(ref.read_bytes()).decode("utf-8"))


def load_gate(path: str | None = None) -> list[str]:
    """Lemmas that head cues often enough to be scored as cue candidates."""
    return _model_payload(path)["gate"]


@functools.cache
def cue_weigher(path: str | None = None) -> Callable[[CueDocWords, int], list[Weights]]:
    """cue_scoring.cue_weights of the cue, free-cue and extension models (CUE_MODELS) of the
    model file at `path` (None: the package's), built once per process."""
    models = load_models(path)
    tables = CueTables(
        tuple(models[name].binary_weights for name in CUE_MODELS),  # type: ignore[arg-type]
        {lemma: entry.stance for lemma, entry in load_cue_lexicon().items()},
        FRAME_DEPS,
        LINKED_DEPS,
    )
    return cue_weights(tables)


# The models that read cue_token_features, in the order of cue_scoring's weight triples.
CUE_MODELS = ("cue", "free_cue", "extension")


@functools.cache
def load_models(path: str | None = None) -> dict[str, LinearModel]:
    """The cue and unit models: claims_model/weights.json.gz, or the file at `path`."""
    raw = _model_payload(path)
    models = {}
    for name, part in raw["models"].items():
        weights = {f: tuple(w) for f, w in part["weights"].items()}
        binary = {f: w[0] for f, w in weights.items()} if len(part["bias"]) == 1 else {}
        models[name] = LinearModel(tuple(part["classes"]), tuple(part["bias"]), weights, binary)
    return models


# --------------------------------------------------------------------------- quotations


def quote_regions(doc: Doc, text: str | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Per token the index of the quotation it lies in (-1 outside), and the quotations as
    (first token, last token) including their marks; an unclosed quotation ends with its
    paragraph (multi-paragraph quotes reopen at each paragraph)."""
    inside = [-1] * len(doc)
    regions: list[tuple[int, int]] = []
    if not len(doc):
        return inside, regions
    starts = doc.to_array(IDX).tolist()
    open_at: int | None = None
    for match in _QUOTE_OR_BREAK.finditer(doc_text(doc) if text is None else text):
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


# The neighbour features' names, by offset from the token.
_NEIGHBOURS = ((-2, "w-2="), (-1, "w-1="), (1, "w1="), (2, "w2="))


def cue_token_features(
    token: Token,
    lexicon: dict[str, CueEntry],
    lowers: list[str] | None = None,
    frames: dict[int, str] | None = None,
) -> list[str]:
    """Features of a token for the cue model (is it part of a cue?). `lowers`: the Doc's
    words lower-cased, by index, and `frames`: _frame of words by index, kept and added to,
    when the caller has them (as the same words' neighbours and heads come back)."""
    # (each attribute read once: this runs for every gated word of every article)
    doc = token.doc
    lemma = token.lemma_.lower()
    tag, dep = token.tag_, token.dep_
    head = token.head
    head_lemma = head.lemma_.lower()
    head_tag = head.tag_
    features = [
        "w=" + token.lower_,
        "l=" + lemma,
        "t=" + tag,
        "d=" + dep,
        "l|d=" + lemma + "|" + dep,
        "hl=" + head_lemma,
        "hl|d=" + head_lemma + "|" + dep,
        "ht=" + head_tag,
        "t|ht=" + tag + "|" + head_tag,
        "hd=" + head.dep_,
        "e=" + token.ent_type_,
    ]
    entry = lexicon.get(lemma)
    if entry is not None:
        features.append("lex")
        features.append("lex|t=" + tag)
        features.append("lexs=" + entry.stance)
    # The root is its own head in spaCy's parse, so its head features are its own lemma, frame
    # and lexicon entry with the dependency ROOT: a conjunction the model uses. (A test `head is
    # not token` meant to leave the root out was always true, a Token being made anew at each
    # access; leaving the root out, or keeping only its lexicon entry, lowered the tuning part's
    # cue F1, 0.667 -> 0.665 and 0.662.)
    if head_lemma in lexicon:
        features.append("hlex|d=" + dep)
    framing: set[str] = set()  # _frame(token), read in the same pass over the children
    for child in token.children:
        child_dep = child.dep_
        if child_dep in FRAME_DEPS:
            framing.add(child_dep)
        features.append("c=" + child_dep)
        features.append("l|c=" + lemma + "|" + child_dep)
        if child_dep in ("nsubj", "nsubjpass"):
            features.append("subj_e=" + child.ent_type_)
            child_tag = child.tag_
            features.append("subj_t=" + child_tag)
            features.append("l|subj_t=" + lemma + "|" + child_tag)
        elif child_dep in LINKED_DEPS:  # "called for", "made the observation", "turned to"
            child_lemma = child.lemma_.lower()
            features.append("l|c|cl=" + lemma + "|" + child_dep + "|" + child_lemma)
            features.append("c|cl=" + child_dep + "|" + child_lemma)
        elif child_dep == "ccomp" or child_dep == "xcomp":
            marks = [g.lower_ for g in child.children if g.dep_ in ("mark", "aux")]
            features.append("comp_mark=" + child_dep + "|" + (marks[0] if marks else ""))
    # which core dependents a word has: "say" with nsubj and ccomp reports, without does not
    frame = ",".join(sorted(framing))
    features.append("l|f=" + lemma + "|" + frame)
    features.append("t|f=" + tag + "|" + frame)
    features.append("l|t=" + lemma + "|" + tag)
    i, size = token.i, len(doc)
    if frames is None:
        head_frame = _frame(head)
    else:
        frames[i] = frame
        head_frame = frames.get(head.i)
        if head_frame is None:
            head_frame = frames[head.i] = _frame(head)
    features.append("hl|hf|d=" + head_lemma + "|" + head_frame + "|" + dep)
    before = after = None
    for offset, name in _NEIGHBOURS:
        j = i + offset
        if 0 <= j < size:
            word = doc[j].lower_ if lowers is None else lowers[j]
            features.append(name + word)
            if offset == -1:
                before = word
            elif offset == 1:
                after = word
    if after is not None:
        features.append("l|w+1=" + lemma + "|" + after)
    if before is not None:
        features.append("w-1|l=" + before + "|" + lemma)
    return features


def extension_features(
    token: Token,
    lexicon: dict[str, CueEntry],
    left: bool,
    right: bool,
    token_features: list[str] | None = None,
) -> list[str]:
    """Features of a token next to a cue for the extension model (does the cue go on?);
    `token_features` are its cue_token_features when the caller has them."""
    features = (
        list(token_features) if token_features is not None else cue_token_features(token, lexicon)
    )
    return features + _side_features(token, left, right)


def _side_features(token: Token, left: bool, right: bool) -> list[str]:
    """extension_features but the token's cue_token_features: how it sits beside the cue."""
    features: list[str] = []
    for side, present, offset in (("L", left, -1), ("R", right, 1)):
        if not present:
            continue
        neighbour = token.doc[token.i + offset]
        linked = token.head.i == neighbour.i or neighbour.head.i == token.i
        relation = _relation(token, neighbour)
        neighbour_lemma = neighbour.lemma_.lower()
        features += [
            "n" + side,
            f"n{side}|t=" + token.tag_,
            f"n{side}|d=" + token.dep_,
            f"n{side}|w=" + token.lower_,
            f"n{side}|link=" + str(linked),
            # which cue word it goes on from and how the parse ties them ("continued to
            # push": "to" is the aux of continue's xcomp; "said in": a prep of say)
            f"n{side}|nl|w=" + neighbour_lemma + "|" + token.lower_,
            f"n{side}|r=" + relation,
            f"n{side}|r|w=" + relation + "|" + token.lower_,
        ]
    if left and right:
        features.append("nLR")
    return features


def _relation(token: Token, cue_word: Token) -> str:
    """How the parse ties a token to the cue word beside it: its dependent ("<prep"), its head
    (">nsubj"), a dependent's dependent ("<xcomp<aux"), a co-dependent ("=aux") or none."""
    if token.head.i == cue_word.i and token.i != cue_word.i:
        return "<" + token.dep_
    if cue_word.head.i == token.i and token.i != cue_word.i:
        return ">" + cue_word.dep_
    if token.head.head.i == cue_word.i and token.head.i != token.i:
        return "<" + token.head.dep_ + "<" + token.dep_
    if token.head.i == cue_word.head.i:
        return "=" + token.dep_
    return "-"


def _described_by_participle(doc: Doc, accepted: set[int]) -> set[int]:
    """The nouns among the accepted cue words that an accepted passive participle with an
    agent describes ("Order rejected by court", "the order rejected by the court"): what was
    done to, the participle's content, not part of its cue."""
    return {
        verb.head.i
        for verb in (doc[i] for i in accepted)
        if verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.i in accepted
        and verb.head.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "agent" for c in verb.children)
    }


LINKED_DEPS = frozenset({"prep", "dobj", "prt", "acomp", "attr", "dative"})
FRAME_DEPS = frozenset({"nsubj", "nsubjpass", "ccomp", "xcomp", "dobj", "advcl", "parataxis"})


def _frame(token: Token) -> str:
    return ",".join(sorted({c.dep_ for c in token.children if c.dep_ in FRAME_DEPS}))


@dataclass
class _TokenScores:
    """A document's tokens' cue features and cue-model probabilities, each worked out once:
    find() looks for cues twice in a document with free cues, and the free-cue and extension
    models read the same features."""

    doc: Doc
    lexicon: dict[str, CueEntry]
    cue_model: LinearModel
    features: dict[int, list[str]] = field(default_factory=dict)
    cue_probability: dict[int, float] = field(default_factory=dict)
    _line_labels: set[int] | None = None
    # the Doc's words lower-cased and the _frame of words met so far, for cue_token_features
    _lowers: list[str] | None = None
    _frames: dict[int, str] = field(default_factory=dict)
    # cue_weigher's function, the Doc's words for it (False: read from the strings) and the
    # weights found of each word
    weigher: Callable[[CueDocWords, int], list[Weights]] | None = None
    _words: CueDocWords | bool | None = None
    _found: dict[int, list[Weights]] = field(default_factory=dict)
    # What the second search reads as the first did (the Doc is not changed between them):
    # the words open to the gate and those it accepts unforced, the stance holders' words,
    # the framing openers, the extension model's probabilities by (word, left, right), and
    # each cue's units with the unit model's probabilities, by its words.
    gate_open: list[int] | None = None
    gate_accepted: set[int] = field(default_factory=set)
    stance_holders: set[int] | None = None
    framing_openers: set[int] | None = None
    extension_probability: dict[tuple[int, bool, bool], float] = field(default_factory=dict)
    units: dict[tuple[int, ...], list[tuple[tuple[int, ...], list[str], list[float]]]] = field(
        default_factory=dict
    )

    @property
    def line_labels(self) -> set[int]:
        """_line_label_words of the document ("Video:", "Question:"), found once."""
        if self._line_labels is None:
            self._line_labels = _line_label_words(self.doc)
        return self._line_labels

    def token_features(self, i: int) -> list[str]:
        """cue_token_features of token `i` (not to be changed: it is kept)."""
        if i not in self.features:
            if self._lowers is None:
                strings = self.doc.vocab.strings
                self._lowers = [strings[h] for h in self.doc.to_array(LOWER).tolist()]
            self.features[i] = cue_token_features(
                self.doc[i], self.lexicon, self._lowers, self._frames
            )
        return self.features[i]

    def _weights(self, i: int) -> list[Weights] | None:
        """The cue models' weights of token `i`'s features (cue_scoring), or None where they
        are read from the strings (no weigher given, or a "|" in the text)."""
        if self.weigher is None:
            return None
        if self._words is None:
            self._words = cue_doc_words(self.doc, doc_text(self.doc)) or False
        if self._words is False:
            return None
        found = self._found.get(i)
        if found is None:
            found = self._found[i] = self.weigher(self._words, i)
        return found

    def cue(self, i: int) -> float:
        """The cue model's probability that token `i` is part of a cue."""
        if i not in self.cue_probability:
            found = self._weights(i)
            self.cue_probability[i] = (
                self.cue_model.probability(self.token_features(i))
                if found is None
                else self.cue_model.probability_after(summed(found, 0))
            )
        return self.cue_probability[i]

    def free_cue(self, i: int, model: LinearModel) -> float:
        """The free-cue model's probability that token `i` is a cue of its own."""
        found = self._weights(i)
        if found is None:
            return model.probability(self.token_features(i))
        return model.probability_after(summed(found, 1))

    def extension(
        self, i: int, model: LinearModel, lexicon: dict[str, CueEntry], left: bool, right: bool
    ) -> float:
        """The extension model's probability that a cue goes on into token `i`, beside a cue
        word on its `left` or `right` (extension_features)."""
        found = self._weights(i)
        token = self.doc[i]
        if found is None:
            features = extension_features(token, lexicon, left, right, self.token_features(i))
            return model.probability(features)
        return model.probability_after(summed(found, 2), _side_features(token, left, right))


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


VERB_GROUP_DEPS = frozenset({"aux", "auxpass", "neg", "advmod"})


def _with_its_verb(doc: Doc, cue: list[int], inside: list[int]) -> list[int]:
    """A cue of auxiliaries alone ("have [typically backed]", "has [not yet released]") run on
    to the verb they serve, which carries what is said or held: no PolNeAR cue is an
    auxiliary alone, and 1,151 of the 1,182 auxiliaries of verbs in cues are in them (train
    articles outside the tuning part). Tuning part, source/cue/content overlap F1
    .7531/.6517/.8063 -> .7548/.6527/.8066."""
    if not all(doc[i].dep_ in VERB_GROUP_DEPS for i in cue):
        return cue
    verb = doc[cue[-1]].head
    between = range(cue[-1] + 1, verb.i)
    if (
        doc[cue[-1]].dep_ not in ("aux", "auxpass")
        or verb.i <= cue[-1]
        or inside[verb.i] >= 0
        or verb.sent.start > cue[0]
        or any(inside[j] >= 0 or doc[j].dep_ not in VERB_GROUP_DEPS for j in between)
    ):
        return cue
    return [*cue, *between, verb.i]


def _colon_verb(doc: Doc, cue: list[int]) -> int | None:
    """The verb before a colon that is a cue alone ("wrote on X:"), whose clause the colon
    ends; None for any other cue, or a colon a dateline or a label ends ("KARACHI:")."""
    if len(cue) != 1 or doc[cue[0]].text != ":":
        return None
    verb = doc[cue[0]].head
    if verb.i >= cue[0] or verb.pos_ != "VERB" or verb.sent != doc[cue[0]].sent:
        return None
    return verb.i


# Verbs (by lemma) of answering someone that say nothing of their own (claim_words
# response_verb): "responded on Twitter, calling ..." is one cue.
RESPONSE_VERBS = _words("response_verb")


def _responses_saying(doc: Doc, cues: list[list[int]]) -> list[list[int]]:
    """A cue of answering someone joined to the cue of the participle after its comma that
    says what the answer was ("responded on Twitter, calling the charge false", "shot back in
    a statement, saying ..."): one cue in PolNeAR, as "issued a statement saying" is."""
    merged: list[list[int]] = []
    for cue in cues:
        if merged and len(cue) == 1:
            before = merged[-1]
            verb, said = cue_head_token(before, doc), doc[cue[0]]
            # the words between may say how the answer came ("in a statement", "on Twitter")
            between = range(before[-1] + 1, said.i - 1)
            if (
                verb.lemma_.lower() in RESPONSE_VERBS
                and said.tag_ == "VBG"
                and said.dep_ == "advcl"
                and said.head.i == verb.i
                and said.i > before[-1] + 1
                and doc[said.i - 1].text == ","
                and all(
                    verb.is_ancestor(doc[j]) and doc[j].pos_ not in ("VERB", "AUX", "PUNCT")
                    for j in between
                )
            ):
                merged[-1] = [*before, *between, said.i - 1, said.i]
                continue
        merged.append(cue)
    return merged


# Verbs of saying (as written, lower-case) that open a line before a name and a colon
# ("Added Okafor:", "Continued the governor:"), claim_words colon_verb.
COLON_VERBS = _words("colon_verb")
SPEAKER_DETERMINERS = _words("speaker_determiner")
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _name_before_colon(doc: Doc, verb: int) -> tuple[list[int], int] | None:
    """The name and the colon after a verb of saying that opens its sentence ("Added Okafor:
    ..."): the name speaks and the verb, not the colon, is the cue, as in PolNeAR's ("Stated
    X:" in the tuning part). None if the words between are not a short capitalised name."""
    word = doc[verb]
    if word.lower_ not in COLON_VERBS or not word.is_title:
        return None
    if any(not t.is_space for t in doc[word.sent.start : verb]):
        return None
    colon = verb + 1
    while colon < len(doc) and colon - verb <= INVERTED_SPEAKER_MAX and doc[colon].text != ":":
        colon += 1
    name = list(range(verb + 1, colon))
    if colon >= len(doc) or doc[colon].text != ":" or not name:
        return None
    if any(doc[i].tag_ in WH_TAGS or doc[i].is_space for i in name):
        return None  # "Asked Why: ..." is a heading's question, not a speaker
    if doc[name[0]].lower_ in SPEAKER_DETERMINERS and len(name) > 1:
        # "Continued the governor:", "Replied a police spokesman:": a common noun speaks
        nouns = [doc[i] for i in name[1:]]
        if nouns[-1].pos_ in ("NOUN", "PROPN") and all(
            t.is_alpha and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in nouns
        ):
            return name, colon
        return None
    if any(not (doc[i].is_title or doc[i].pos_ == "PROPN") for i in name):
        return None
    return name, colon


def _colon_verb_before_name(doc: Doc, cue: list[int]) -> list[int]:
    """A lone colon's cue as the verb of saying that opens its line ("Added Okafor:")."""
    if len(cue) != 1 or doc[cue[0]].text != ":":
        return cue
    start = doc[cue[0]].sent.start
    while start < cue[0] and doc[start].is_space:
        start += 1
    named = _name_before_colon(doc, start)
    return [start] if named is not None and named[1] == cue[0] else cue


# Verbs (by lemma) of a quantity changing that are cues in another sense ("declined to
# comment"), claim_words quantity_change.
QUANTITY_CHANGES = _words("quantity_change")


# Verbs (by lemma) of a reporter's credit line, claim_words byline_verb.
BYLINE_VERBS = _words("byline_verb")


# Nouns (by lemma) of saying or of holding a view that, with the preposition after them,
# are a cue of their own, claim_words speech_noun.
SPEECH_NOUNS = _words("speech_noun")
# What is granted or withheld ("denial of bail"), claim_words granted_thing: no view's object.
GRANTED_THINGS = _words("granted_thing")


def _speech_nouns(doc: Doc, inside: list[int]) -> set[int]:
    """The words of a noun of saying or of a view with the preposition that names what it is
    about ("the army's denial of the killings", "public opinion of the governor", "made no
    mention of the students"), and the adjectives and nouns before it that describe it:
    PolNeAR's cue, the possessor the speaker (if any), the preposition's object what is said.
    The cue model misses many (tuning part: 20 of the 44 gold cues holding these nouns, 7
    with this rule; their tokens found 50 -> 94 of 130, at three claims more unpaired; cue
    overlap F1 .6567 -> .6654). A "request for comment" is left out: a reporter's question,
    no one's view (leaving it out cost tuning cue F1 .0007, but it made a claim of every
    "did not respond to a request for comment")."""
    found: set[int] = set()
    for i, lemma in enumerate(_phrase_words(doc)[0]):
        if lemma not in SPEECH_NOUNS or inside[i] >= 0 or i + 1 >= len(doc):
            continue
        noun, about = doc[i], doc[i + 1]
        objects = [c for c in about.children if c.dep_ == "pobj"]
        if (
            noun.pos_ not in ("NOUN", "PROPN")
            or about.dep_ != "prep"
            or about.head.i != i
            or about.lower_ not in NOUN_ABOUT
            or not objects
            # "The opposition on Monday called for a strike": a time is not what is said
            or any(map(_tells_time, objects))
            # "the denial of bail to the men": a grant withheld, no words said
            or any(c.lemma_.lower() in GRANTED_THINGS for c in objects)
        ):
            continue
        start = i
        while start > noun.left_edge.i and doc[start - 1].dep_ in ("amod", "compound"):
            if doc[start - 1].head.i != i:
                break
            start -= 1
        found.update(range(start, i + 2))
    return found


# Prepositions opening a sentence that frame it as a poll's finding or a person's view, by
# what their object must be (claim_words framing_opener: "in" a survey_noun, "to" a person:
# a PERSON or NORP name or a person_object pronoun).
FRAMING_OPENERS = _values("framing_opener")
SURVEY_NOUNS = _words("survey_noun")
PERSON_OBJECTS = _words("person_object")


def _framing_openers(doc: Doc, inside: list[int]) -> set[int]:
    """The preposition opening a sentence whose phrase, closed by a comma, frames the rest as
    a poll's finding or a person's view: "In a poll by X, two in three traders had closed
    their shops", "To Bello, the curfew was ...". PolNeAR's cue is the preposition alone, its
    source the phrase's object and its content the rest of the sentence (train articles
    outside the tuning part: "In" with a poll or survey 9 of 11, "To" with a person 3 of 3;
    "For" with a person only 3 of 18, left out)."""
    found: set[int] = set()
    if not len(doc):
        return found
    lemmas, quotes = _phrase_words(doc)
    starts = doc.to_array(SENT_START).tolist()
    for start in [i for i, lemma in enumerate(lemmas) if lemma in FRAMING_OPENERS]:
        first = start  # the sentence's first word, past quotation marks and spaces
        while starts[first] != 1 and first and (quotes[first - 1] or not lemmas[first - 1].strip()):
            first -= 1
        if (first and starts[first] != 1) or inside[start] >= 0:
            continue
        opener = doc[start]
        if opener.dep_ != "prep" or opener.head.i < start:
            continue
        objects = [c for c in opener.children if c.dep_ == "pobj"]
        end = opener.right_edge.i + 1
        if not objects or end >= len(doc) or doc[end].text != "," or doc[end].is_sent_start:
            continue
        thing = objects[0]
        if FRAMING_OPENERS[lemmas[start]] == "survey":
            framing = thing.lemma_.lower() in SURVEY_NOUNS and not _an_election(thing)
        else:
            # a name or a pronoun: "To the west, ..." tells where
            framing = thing.ent_type_ in ("PERSON", "NORP") or thing.lower_ in PERSON_OBJECTS
        if framing:
            found.add(start)
    return found


def _an_election(poll: Token) -> bool:
    """A poll that is a vote, not a survey: "In the 2019 poll, the party won 40 seats", "In
    the last polls, ..." (plural, or the one of a year), as Indian and Nigerian papers write."""
    if poll.tag_ in ("NNS", "NNPS"):
        return True
    dated = any(c.dep_ == "nummod" and c.like_num for c in poll.children)
    return dated and any(c.dep_ == "det" and c.lower_ == "the" for c in poll.children)


def _no_cue_words(doc: Doc) -> set[int]:
    """Words no cue takes: those of an idiom of the writer's (claim_words idiom: "all told",
    "it turns out", "never mind"), a verb of a quantity changing with a figure after "to",
    "from" or "by" ("fees declined to $281 million"), not a refusal, and the verb of a
    reporter's credit line ("Okafor reported from Maiduguri.")."""
    words = {i for first, end in find_phrases(doc[:], "idiom") for i in range(first, end)}
    for i, lemma in enumerate(_phrase_words(doc)[0]):
        if lemma in QUANTITY_CHANGES:
            verb = doc[i]
            if verb.pos_ == "VERB" and any(
                c.dep_ == "prep"
                and c.lower_ in ("to", "from", "by")
                and any(map(_a_figure, c.subtree))
                for c in verb.children
            ):
                words.add(i)
        elif lemma in BYLINE_VERBS and _byline(doc[i]):
            words.add(i)
    return words


def _byline(verb: Token) -> bool:
    """A reporter's credit at a story's foot ("Okafor reported from Maiduguri.", "Bello
    contributed reporting from Abuja."): the verb's subject, a "from" phrase, maybe the
    word "reporting", and nothing else."""
    parts = [c for c in verb.children if not c.is_punct and not c.is_space]
    return (
        any(c.dep_ == "prep" and c.lower_ == "from" for c in parts)
        and any(c.dep_ == "nsubj" for c in parts)
        and all(
            c.dep_ == "nsubj"
            or (c.dep_ == "prep" and c.lower_ == "from")
            or c.lower_ == "reporting"
            for c in parts
        )
    )


def cue_head_token(cue: list[int], doc: Doc) -> Token:
    """The cue token whose syntactic head lies outside the cue (the first such)."""
    cue_set = set(cue)
    for i in cue:
        token = doc[i]
        # NB `token.head is token` is never true (spaCy makes a new Token on each access), so
        # a root verb's cue ("has said") is headed by its first word; the shipped models
        # learnt it so. Comparing indexes and retraining scored the same on the tune split
        # (source/cue/content F1 .729/.603/.774 against .730/.601/.776), and again after the
        # lexicon grew (.735/.597/.776 against .740/.600/.779): left as it is.
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
    # tokens naming the speaker where the span does not: the speaker of the claim a cue goes
    # on from ("said ... and added"), which keeps its one span as in PolNeAR
    named_by: tuple[int, ...] = ()


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
        self.extension_threshold = cue_threshold
        self.unit_threshold = unit_threshold
        # a speaker unit needs less than a content unit: the best one is taken, and a claim
        # without one loses it entirely (tune split: source F1 +0.003, content unchanged)
        self.source_threshold = SOURCE_THRESHOLD
        self.lexicon = load_cue_lexicon()
        models = load_models(model_path or None)
        self.cue_model = models["cue"]
        self.free_cue_model = models["free_cue"]
        self.unit_model = models["unit"]
        self.extension_model = models["extension"]
        self.weigher = cue_weigher(model_path or None)
        # Only tokens whose lemma has headed a cue are scored at first (a quarter of the
        # text); their neighbours are scored once a cue is found. Hashes as spaCy's StringStore.
        # The cue lexicon's words too, as the cue model learnt on them: the hand-given stances
        # rare in PolNeAR ("retract") and the nouns and verbs of belief and intention
        # ("belief", "commitment"). Tuning part, source/cue/content overlap F1 with the gate
        # and the marked words only .747/.621/.799; with every lexicon word .749/.621/.800.
        marked = [e.lemma for e in self.lexicon.values() if e.stance != "asserts" or e.hedged]
        gate = [*load_gate(model_path or None), *self.lexicon]
        self.marked = frozenset(hash_string(lemma) for lemma in marked)
        self.marked_threshold = MARKED_THRESHOLD
        self.impressions = frozenset(load_claim_words()["impression"])
        self.infinitive_cues = frozenset(load_claim_words()["infinitive_cue"])
        self.stance_holders = frozenset(load_claim_words()["stance_holder"])
        # first words of a source that names no one ("No group has claimed responsibility")
        self.no_speaker = frozenset(load_claim_words()["no_speaker"])
        # what a retracting cue takes back when its object is a bare noun ("the allegation")
        self.retractable = frozenset(load_claim_words()["retractable"])
        # cue verbs that speak only with their particle ("walk back"): lemma -> particle
        self.particle_cues = load_claim_words()["particle_cue"]
        self.accusers = frozenset(load_claim_words()["accuser"])
        self.documents = frozenset(load_claim_words()["document"])
        self.document_acts = frozenset(load_claim_words()["document_act"])
        self.physical_acts = frozenset(load_claim_words()["physical_act"])
        self.effort_cues = frozenset(load_claim_words()["effort_cue"])
        self.experience_verbs = frozenset(load_claim_words()["experience_verb"])
        # nouns of who may speak: a headline's bare participle after any other noun tells
        # what was done to a thing ("Curfew imposed"), not words said
        self.speaking_nouns = frozenset(
            word
            for category in SPEAKING_CATEGORIES
            for word in load_claim_words()[category]
            for word in (word, *word.split())
        )
        self.measure_nouns = frozenset(load_claim_words()["measure_noun"])
        # nouns of a violent act, which say nothing ("The raid recalled the killing of six")
        self.act_nouns = frozenset(load_claim_words()["act_noun"])
        # "Bail plea rejected by court": a ruling on a filing, no claim (ruling_verb,
        # court_filing, court_body)
        self.ruling_verbs = frozenset(load_claim_words()["ruling_verb"])
        self.court_filings = frozenset(load_claim_words()["court_filing"])
        self.court_bodies = frozenset(load_claim_words()["court_body"])
        # "has drawn condemnation from X": X speaks, of the subject (reaction_verb, _noun)
        self.reaction_verbs = frozenset(load_claim_words()["reaction_verb"])
        self.reaction_nouns = frozenset(load_claim_words()["reaction_noun"])
        # "chanted slogans", "sang hymns": the form of the words, not what was said
        self.utterance_forms = frozenset(load_claim_words()["utterance_form"])
        self.voicing_verbs = frozenset(load_claim_words()["voicing_verb"])
        self.handling_verbs = frozenset(load_claim_words()["handling_verb"])
        self.handled_things = frozenset(load_claim_words()["handled_thing"])
        # "pronounced him dead": a doctor's act (pronouncing_verb, pronounced_state)
        self.pronouncing_verbs = frozenset(load_claim_words()["pronouncing_verb"])
        self.pronounced_states = frozenset(load_claim_words()["pronounced_state"])
        self.pronouncers = frozenset(load_claim_words()["pronouncer"])
        self.attitudes = Attitudes.load()
        # the attitude words as hashes, so that _free_cues looks at the rest no further
        attitude_words = (*self.attitudes.verbs, *self.attitudes.nouns)
        attitude_words += (*self.attitudes.object_verbs, *self.attitudes.adjectives)
        self.attitude_hashes = frozenset(hash_string(word) for word in attitude_words)
        self.answering = frozenset(
            e.lemma for e in self.lexicon.values() if e.stance == Stance.DENIES.value
        )
        self.gate = frozenset(hash_string(lemma) for lemma in gate)

    def __call__(self, doc: Doc) -> Doc:
        resolver = SpeakerResolver(doc)
        text = doc_text(doc)
        found = self.find(doc, text)
        claims = [self.describe(doc, text, parts, resolver) for parts in found]
        claims = [
            self._no_one_named(claim)
            if self._no_one(doc, parts)
            else self._named(claim, parts, resolver)
            for claim, parts in zip(claims, found, strict=True)
        ]
        claims = _headline_group_named(text, claims)
        claims.extend(editorial_opinions(doc, claims))
        doc._.corroborate_claims = claims
        return doc

    def _no_one(self, doc: Doc, parts: ClaimParts) -> bool:
        """True when the source names no one ("No group has claimed responsibility")."""
        source = list(parts.named_by) or parts.source
        return bool(source) and doc[min(source)].lower_ in self.no_speaker

    @staticmethod
    def _no_one_named(claim: ClaimFound) -> ClaimFound:
        """The claim of a source that names no one, its speaker unnamed: "No group" was a
        speaker and an actor of its own. (The source's span stays, as PolNeAR marks it.)"""
        return dataclasses.replace(
            claim,
            speaker_name=None,
            speaker_kind=SpeakerKind.ANONYMOUS.value,
            speaker_role=None,
            speaker_affiliation=None,
        )

    @staticmethod
    def _named(claim: ClaimFound, parts: ClaimParts, resolver: SpeakerResolver) -> ClaimFound:
        """The claim with an unnamed speaker named when the document names it elsewhere."""
        naming = list(parts.named_by) or parts.source
        if not naming:
            return claim
        before = Speaker(
            claim.speaker_name, claim.speaker_kind, claim.speaker_role, claim.speaker_affiliation
        )
        confessor = claim.stance == Stance.CONFESSES.value
        after = resolver.named_by_description(naming, before, confessor=confessor)
        if after == before:
            return claim
        return dataclasses.replace(
            claim, speaker_name=after.name, speaker_kind=SpeakerKind(after.kind).value
        )

    def describe(
        self, doc: Doc, text: str, parts: ClaimParts, resolver: SpeakerResolver
    ) -> ClaimFound:
        """The ClaimFound of a claim's tokens: speaker described, stance read from the cue."""
        naming = list(parts.named_by) or parts.source
        speaker = resolver.describe(naming) if naming else Speaker(None, "anonymous")
        stance, hedged = claim_stance(doc, parts.cue, self.lexicon)
        content = [doc[i] for i in parts.content]
        if stance == Stance.ASSERTS.value:
            stance = content_stance(doc, content, speaker.kind, _held_for_crime(doc, naming))
        if stance == Stance.ASSERTS.value and speaker.role in self.accusers:
            # "according to the charge sheet": an accusation
            stance = Stance.ALLEGES.value
        if stance == Stance.ALLEGES.value and _claims_an_act(doc, parts.cue, content):
            stance = Stance.CONFESSES.value
            if speaker.kind == SpeakerKind.ORGANISATION.value and speaker.name:
                # whom a later "the group that claimed the attack" names
                resolver.claimants.append((doc[parts.cue[0]].idx, speaker.name))
        hedged = hedged or _hedges_claim(doc, content)
        opinion = bool(find_phrases(content, "opinion"))
        cue_start, cue_end = _char_span(doc, parts.cue)
        content_start, content_end = _char_span(doc, parts.content)
        speaker_start = speaker_end = None
        if parts.source:
            speaker_start, speaker_end = _char_span(doc, parts.source)
        return ClaimFound(
            speaker_name=speaker.name,
            speaker_kind=SpeakerKind(speaker.kind).value,
            speaker_role=speaker.role,
            # "TTP spokesman X": of the Tehreek-e-Taliban Pakistan, as its events name it
            speaker_affiliation=resolver.body_name(speaker.affiliation, cue_start)
            or speaker.affiliation,
            speaker_start=speaker_start,
            speaker_end=speaker_end,
            cue=TextSpan(cue_start, cue_end, text[cue_start:cue_end]),
            content=TextSpan(content_start, content_end, text[content_start:content_end]),
            stance=stance,
            hedged=hedged,
            opinion=opinion,
        )

    def _conjoined_marked(self, doc: Doc, accepted: set[int], inside: list[int]) -> set[int]:
        """A word of marked stance the parse joins to the clause a cue reports ("said at least
        seven were killed and accused police of firing"): the speaker's second cue, not a
        word of what was said (its subject would be the reported clause's)."""
        found = set()
        for i in accepted:
            for reported in doc[i].children:
                if reported.dep_ != "ccomp":
                    continue
                for conjunct in reported.children:
                    if (
                        conjunct.dep_ == "conj"
                        and inside[conjunct.i] < 0
                        and conjunct.lemma in self.marked
                        and not _has_subject(conjunct)
                        # "... and was believed to have escaped" goes on with what was said
                        and not any(c.dep_ in ("auxpass", "aux") for c in conjunct.children)
                    ):
                        found.add(conjunct.i)
        return found

    def find_cues(
        self,
        doc: Doc,
        inside: list[int],
        forced: frozenset[int] = frozenset(),
        scores: _TokenScores | None = None,
    ) -> list[list[int]]:
        """Cue spans as lists of token indexes: words the cue model accepts among the gated
        ones (and the `forced` ones), grown word by word while the extension model accepts
        the next word. (`scores`: what an earlier search of this document worked out.)"""
        if not len(doc):
            return []
        scores = scores or _TokenScores(doc, self.lexicon, self.cue_model, weigher=self.weigher)
        labels = scores.line_labels  # "Video:", "Question:": what follows, said by no one
        if scores.gate_open is None:
            # every gated word judged once per document, forced or not: a forced word is
            # accepted whatever the judgement, and the second search forces a few
            scores.gate_open, scores.gate_accepted = self._gate(doc, inside, labels, scores)
            scores.stance_holders = self._stance_holders(doc, inside)
            scores.framing_openers = _framing_openers(doc, inside)
        accepted = set(scores.gate_accepted)
        accepted.update(i for i in scores.gate_open if i in forced)
        accepted |= self._infinitives(doc, accepted, inside)
        accepted |= scores.stance_holders or set()
        accepted |= _speech_nouns(doc, inside)
        accepted |= scores.framing_openers or set()
        accepted |= self._documents_put_out(doc, accepted, inside)
        accepted |= self._conjoined_marked(doc, accepted, inside)
        # "All told, ...", "Fees declined to $281 million": no words of anyone's
        tried: set[int] = _no_cue_words(doc)
        accepted -= tried
        frontier = sorted(accepted)
        while frontier:
            i = frontier.pop()
            for j in (i - 1, i + 1):
                if j in accepted or j in tried or not 0 <= j < len(doc) or inside[j] >= 0:
                    continue
                if j in labels:
                    continue
                token = doc[j]
                if token.is_space or (token.is_sent_start and j > i):
                    continue
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.i not in accepted:
                    continue  # the subject of what is said ("said Cook provided ...")
                if token.dep_ == "ccomp" and token.head.i in accepted:
                    continue  # the verb of what is said ("which police believe began as")
                tried.add(j)
                left, right = j - 1 in accepted, j + 1 in accepted
                probability = scores.extension_probability.get((j, left, right))
                if probability is None:
                    probability = scores.extension(
                        j, self.extension_model, self.lexicon, left, right
                    )
                    scores.extension_probability[j, left, right] = probability
                if probability >= self.extension_threshold:
                    accepted.add(j)
                    frontier.append(j)
        accepted -= _described_by_participle(doc, accepted)
        cues: list[list[int]] = []
        for i in sorted(accepted):
            token = doc[i]
            if in_boilerplate(doc, token.idx, token.idx + len(token)):
                continue
            gap = doc[i - 1] if i else token
            bridged = cues and cues[-1][-1] == i - 2 and gap.pos_ in BRIDGING_POS
            if bridged and not gap.is_sent_start and not token.is_sent_start:
                cues[-1].extend((i - 1, i))  # "sends [a] strong message": one cue
            elif cues and cues[-1][-1] == i - 1 and not token.is_sent_start:
                cues[-1].append(i)
            else:
                cues.append([i])
        cues = _responses_saying(doc, cues)
        cues = [_colon_verb_before_name(doc, cue) for cue in cues]
        cues = [cue for k, cue in enumerate(cues) if cue not in cues[:k]]
        return [
            _with_its_verb(doc, cue, inside)
            for cue in cues
            if not all(doc[i].is_punct for i in cue) or (len(cue) == 1 and doc[cue[0]].text == ":")
        ]

    def _gate(
        self, doc: Doc, inside: list[int], labels: set[int], scores: _TokenScores
    ) -> tuple[list[int], set[int]]:
        """The words open to the cue gate (a gated lemma outside quotations and line labels),
        and those of them accepted as cue words unforced."""
        gate = self.gate
        open_: list[int] = []
        accepted: set[int] = set()
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist()):
            if lemma in gate and inside[i] < 0 and i not in labels:
                open_.append(i)
                token = doc[i]  # (made once: spaCy makes a new Token at each doc[i])
                if _headline_attribution(token) is not None:
                    accepted.add(i)  # "Issa: Clinton's honesty is in question"
                    continue
                if _puts_a_figure(token):
                    accepted.add(i)  # "organisers put the number of arrests at more than 100"
                    continue
                if token.lemma_.lower() in self.answering and _answers_claim(token):
                    accepted.add(i)  # "a charge it denies", "which the party rejects"
                    continue
                # a word of marked stance ("rejected", "accused") needs less: rare in
                # PolNeAR, it is what a ledger of claims most needs
                marked = lemma in self.marked
                threshold = self.marked_threshold if marked else self.cue_threshold
                if scores.cue(i) >= threshold:
                    accepted.add(i)
        return open_, accepted

    def _stance_holders(self, doc: Doc, inside: list[int]) -> set[int]:
        """The words from a copula to the "of" or "for" after a noun that names its subject as
        holding a stance (claim_words stance_holder): "X was an early backer of Y", "they
        were among the most enthusiastic supporters of Y", "both are advocates for Y". PolNeAR
        takes these as attributions, the copula to the preposition as the cue; the subject
        holds the stance, what the preposition names is what it is about (a stance on a
        party, as "X backs Y" is). Tuning part, source/cue/content overlap F1
        .753/.653/.817 -> .754/.656/.817 (three claims more, two of them PolNeAR's)."""
        added: set[int] = set()
        # each distinct lemma's string read once, not every word's (this runs twice a report)
        strings = doc.vocab.strings
        holds: dict[int, bool] = {}
        for i, lemma in enumerate(doc.to_array(LEMMA).tolist() if len(doc) else ()):
            held = holds.get(lemma)
            if held is None:
                held = holds[lemma] = strings[lemma].lower() in self.stance_holders
            if not held or inside[i] >= 0:
                continue
            noun = doc[i]
            link = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "among" else noun
            copula = link.head
            if (
                link.dep_ not in ("attr", "prep")
                or copula.lemma_.lower() not in COPULAS
                or copula.i > noun.i
                or not any(
                    c.dep_ in SUBJECTS and c.lower_ not in _NOT_HOLDERS for c in copula.children
                )
            ):
                continue
            about = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for")]
            if not about or not any(g.dep_ == "pobj" for g in about[0].children):
                continue
            span = range(copula.i, about[0].i + 1)
            if any(
                inside[j] >= 0 or doc[j].is_punct or (doc[j].is_sent_start and j > copula.i)
                for j in span
            ):
                continue
            added.update(span)
        return added

    def _held_in_stance(self, doc: Doc, cue: list[int]) -> set[int]:
        """What a stance-holder cue ("was an early backer of") is about: the object of its
        last word, the preposition after the noun; empty for any other cue."""
        last = doc[cue[-1]]
        if last.dep_ != "prep" or last.head.i not in cue:
            return set()
        if last.head.lemma_.lower() not in self.stance_holders:
            return set()
        return {t.i for c in last.children if c.dep_ == "pobj" for t in c.subtree}

    def _documents_put_out(self, doc: Doc, accepted: set[int], inside: list[int]) -> set[int]:
        """The words from a verb putting out a document (claim_words document_act) to the cue
        word describing it ("issued a statement saying", "posted a message on Twitter calling",
        "sent out a tweet Monday, denying"): one cue, as in PolNeAR (train articles outside the
        tuning part: 18 of 20 such gerunds that are cues, hung on the document or on the verb),
        whose speaker is the one who put the document out, not the document. Tuning part, cue
        overlap F1 .6483 -> .6517."""
        added: set[int] = set()
        for i in accepted:
            word = doc[i]
            if word.tag_ != "VBG" or word.head.i > i or word.dep_ not in ("acl", "advcl"):
                continue
            # "a statement saying": the document's; "issued a statement, saying": the verb's
            verb = word.head.head if word.dep_ == "acl" else word.head
            nouns = [
                c
                for c in verb.children
                if c.dep_ == "dobj" and c.i < i and c.lemma_.lower() in self.documents
            ]
            if word.dep_ == "acl" and word.head not in nouns:
                continue
            span = range(verb.i, i)
            if (
                not nouns
                or verb.pos_ != "VERB"
                or verb.lemma_.lower() not in self.document_acts
                or verb.i > nouns[0].i
                or i - verb.i > DOCUMENT_ACT_MAX
                or any(inside[j] >= 0 or (doc[j].is_sent_start and j > verb.i) for j in span)
            ):
                continue
            added.update(span)
        return added

    def _infinitives(self, doc: Doc, accepted: set[int], inside: list[int]) -> set[int]:
        """The verbs cue words of the `infinitive_cue` class go on into, and the words up to
        them ("continued to push", "tried to explain", "went on to deny"): in PolNeAR's cues
        the infinitive of these verbs is part of the cue (train articles outside the tuning
        part: continue 19 of 20, try 12 of 14, fail 5 of 5), unlike that of "refuse" (7 of
        28) or "expect" (2 of 34), which is what is said. Tuning part, cue/content overlap F1
        .630/.801 -> .631/.802; "has continued to deny" denies."""
        added: set[int] = set()
        for i in accepted:
            word = doc[i]
            if word.lemma_.lower() not in self.infinitive_cues:
                continue
            for verb in word.children:
                if verb.dep_ != "xcomp" or verb.i < i or inside[verb.i] >= 0:
                    continue
                between = range(i + 1, verb.i)
                if all(
                    inside[j] < 0
                    and doc[j].head.i in (i, verb.i)
                    and doc[j].dep_ in INFINITIVE_LINKS
                    for j in between
                ):
                    added.update(between)
                    added.add(verb.i)
        return added

    def find(self, doc: Doc, text: str | None = None) -> list[ClaimParts]:
        """Cue, speaker and content token indexes of every claim in the Doc: found once, then
        again with the words outside every claim that the free-cue model accepts."""
        mend_swallowed_attribution(doc, self.lexicon)
        mend_headline_pair(doc, self.lexicon)
        inside, regions = quote_regions(doc, text)
        scores = _TokenScores(doc, self.lexicon, self.cue_model, weigher=self.weigher)
        found, cue_words = self._find_with(doc, inside, regions, frozenset(), scores)
        free = self._free_cues(doc, inside, found, cue_words, scores)
        return self._find_with(doc, inside, regions, free, scores)[0] if free else found

    def _free_cues(
        self,
        doc: Doc,
        inside: list[int],
        found: list[ClaimParts],
        cue_words: set[int],
        scores: _TokenScores,
    ) -> frozenset[int]:
        """Gated words outside quotations, outside every claim found and not below a cue word
        in the parse that the free-cue model accepts: "Republicans think ...", "the mayor
        wants to ..." standing alone.
        That model learnt from words outside PolNeAR's relations only (PolNeAR does not nest
        claims, so "think" in what someone said is no claim, which says nothing of a free
        "think"); FREE_CUE_THRESHOLD keeps it to the clear cases."""
        covered = {i for parts in found for i in (*parts.cue, *parts.source, *parts.content)}
        lemmas = doc.to_array(LEMMA).tolist()
        lowers = doc.to_array(LOWER).tolist()
        attitudes = self.attitude_hashes
        free = set()
        for i, lemma in enumerate(lemmas):
            if inside[i] >= 0 or i in covered:
                continue
            if lemma not in self.gate and lemma not in attitudes and lowers[i] not in attitudes:
                continue
            sure = (
                lemma in self.gate and scores.free_cue(i, self.free_cue_model) >= FREE_CUE_THRESHOLD
            )
            # a belief, intention or feeling standing alone: tuning part, source/cue/content
            # overlap F1 .753/.631/.803 -> .755/.638/.806 (verbs, adjectives), .757/.640/.806
            # (and nouns), .757/.641/.806 (and verbs of a stance on an object)
            if (sure or _attitude(doc[i], self.attitudes)) and not _under_cue(doc[i], cue_words):
                free.add(i)
        return frozenset(free)

    def _scored_units(
        self, cue: list[int], doc: Doc, inside: list[int], scores: _TokenScores
    ) -> Iterator[tuple[Unit, list[float]]]:
        """claim_units of a cue with the unit model's class probabilities, each worked out
        once per document (a Unit of its own each time: its tokens may be kept and changed)."""
        key = tuple(cue)
        scored = scores.units.get(key)
        if scored is None:
            scored = scores.units[key] = [
                (tuple(unit.tokens), unit.features, _softmax(self.unit_model.scores(unit.features)))
                for unit in claim_units(cue, doc, inside)
            ]
        for tokens, features, probs in scored:
            yield Unit(list(tokens), features), probs

    def _find_with(
        self,
        doc: Doc,
        inside: list[int],
        regions: list[tuple[int, int]],
        forced: frozenset[int],
        scores: _TokenScores,
    ) -> tuple[list[ClaimParts], set[int]]:
        """Claims whose cues are those find_cues accepts, `forced` words among them, and the
        words of those cues."""
        found: list[ClaimParts] = []
        cues = self.find_cues(doc, inside, forced, scores)
        cue_words = {i for cue in cues for i in cue}
        heads = [cue_head_token(cue, doc) for cue in cues]
        head_indexes = {h.i for h in heads}
        # a cue that goes on a claim ("said ..., telling reporters that", "... but did not say
        # when", "..., but the officer did not say where": a conjunct with its own subject
        # too, which the parse may hang inside what was said) is a claim of its own, not
        # part of the content of the one before
        going_on = [
            h
            for h in heads
            if h.dep_ == "conj" or (h.dep_ == "advcl" and (not _has_subject(h) or _contrasting(h)))
        ]
        # their subtrees' tokens, gathered once (not again for every cue of the document)
        going_on_subtrees = [{t.i for t in h.subtree} for h in going_on]
        labels = scores.line_labels  # "Answer: X, according to Y": X is said, not "Answer:"
        # "accused X of Y, a charge X denies" / "..., which it denies": the relative clause
        # answers the claim it hangs in and takes that claim's content as its own
        answers = {
            h.i: _answered_span(h)
            for h in heads
            if h.lemma_.lower() in self.answering and _answers_claim(h)
        }
        answered: dict[int, list[int]] = {}
        for cue, head in zip(cues, heads, strict=True):
            named = _name_before_colon(doc, cue[0]) if len(cue) == 1 else None
            if named is not None:
                # "Added Okafor: ...": the name speaks what the colon announces
                speaker, colon = named
                content = set(_following_quotation([colon], doc, regions))
                content = content or set(_after_colon(speaker, doc, inside))
                content = _stretch_to_quotations(doc, content, inside, regions, set())
                said = _trim_content(doc, content)
                if said:
                    said = _continued_quotations(doc, said, cue + speaker, cue_words, regions)
                    found.append(ClaimParts(cue, speaker, said))
                continue
            headline = _headline_attribution(head) if len(cue) == 1 else None
            if headline is not None:
                found.append(ClaimParts(cue, *headline))
                continue
            if _in_opinion_phrase(doc, cue):
                continue  # "The arrests send a strong message": the article's own judgement
            if _said_by_no_one([doc[i] for i in cue]):
                continue  # "No group has claimed responsibility": no one says anything
            cut = {
                i
                for h, below in zip(going_on, going_on_subtrees, strict=True)
                if h is not head and head.i not in below
                for i in below
            }
            cut.update(i for h, span in answers.items() if h != head.i for i in span)
            source: list[int] = []
            source_p = self.source_threshold
            content: set[int] = set()
            fallback: tuple[float, list[int]] = (FALLBACK, [])
            # the subject of the verb a subjectless conjunct cue goes on from ("relatives of
            # X gathered outside the mortuary and said ...")
            shared_subject: list[int] = []
            content_fallback: tuple[float, list[int]] = (CONTENT_FALLBACK, [])
            for unit, probs in self._scored_units(cue, doc, inside, scores):
                if probs[1] > source_p and probs[1] >= probs[2]:
                    source, source_p = unit.tokens, probs[1]
                elif probs[2] >= self.unit_threshold and probs[2] > probs[1]:
                    content.update(unit.tokens)
                elif probs[1] > max(probs[2], fallback[0]) and unit.features[0] == "k=c:nsubj":
                    fallback = (probs[1], unit.tokens)
                if (
                    unit.features[0] == "k=s:conj|nsubj"
                    and not _has_subject(head)
                    and head.head.i not in head_indexes  # a cue's own: _shared_speakers
                    and not any(c.dep_ == "auxpass" for c in head.children)  # "was denounced"
                ):
                    shared_subject = list(unit.tokens)
                    while shared_subject and doc[shared_subject[-1]].is_punct:
                        shared_subject.pop()
                anchor_dep = unit.features[0].rsplit(":", 1)[-1].rsplit(">", 1)[-1]
                if (
                    content_fallback[0] < probs[2] < self.unit_threshold
                    and probs[2] > probs[1]
                    and anchor_dep not in NO_FALLBACK_CONTENT
                ):
                    content_fallback = (probs[2], unit.tokens)
            held = self._held_in_stance(doc, cue)
            if held:
                content = held  # "was an early backer of Bernie Sanders": whom it backs
            if not source or source[0] < cue[0]:
                subject_after = _subject_after_cue(doc, cue, head)
                if subject_after is not None:  # "Nine killed in raid, say police"
                    source, content = subject_after
            if not source:
                named = _name_after_quoted_cue(doc, cue, regions)
                if named is not None:  # '"...," said Teresita Manalo, 54, whose son ...'
                    source, content = named
            if not source and fallback[1]:
                source = fallback[1]
            if not source and shared_subject:
                source = shared_subject
            if not source:
                source = _holder_of_feeling(doc, cue, self.attitudes)
            if not source and (verb := _colon_verb(doc, cue)) is not None:
                # "Journalist Meera Hazarika wrote on X: "..."": the verb's subject says it
                source = next(
                    ([t.i for t in c.subtree] for c in doc[verb].children if c.dep_ == "nsubj"),
                    [],
                )
            passive_subject: list[int] = []  # what a headline's passive is about, if one
            nearer = _nearer_conjunct_subject(head)
            if nearer is not None and source and doc[source[0]].head == head.head:
                source = nearer
            if not source:
                inverted = _inverted_attribution(doc, cue, head)
                if inverted is not None:  # "..., Haki Watch, a coalition, said in a statement."
                    source, content = inverted
            if any(doc[i].lemma_.lower() in self.impressions for i in cue):
                # "Trump seems to ...": an impression; its subject is what seems, not a speaker
                content.update(source)
                source = []
            elif source and _reduced_passive(head, self.attitudes.object_verbs):
                # "Army blamed for village killings": the army is blamed; who blames is unsaid
                passive_subject = _trim_content(doc, set(source))
                source = []
            reacting = self._reaction_from([doc[i] for i in cue])
            if reacting:
                # "The strike has drawn condemnation from rights groups": the groups condemn,
                # the strike is what they condemn
                content = (content | set(source)) - reacting
                source = sorted(reacting)
            if source and doc[source[0]].dep_ == "agent":
                source, content = _passive_agent(doc, source, content)
            content.difference_update(source)
            content.difference_update(labels)
            inner = [h for h in answers if h in content]
            content.difference_update(cut)
            if head.i in answers:
                earlier = [p for p in found if doc[p.cue[0]].sent == head.sent]
                if head.i in answered:
                    content = set(answered[head.i])
                elif earlier:  # ", a charge it denies" hung on the verb, not in its content
                    content = set(earlier[-1].content)
            if not content:
                content = set(_following_quotation(cue, doc, regions))
            if not content:
                content = set(_preceding_quotation(cue, source, doc, regions))
            if not content:
                content = set(_after_colon(cue, doc, inside))
            if not content and source and not any(doc[i].dep_ in SUBJECTS for i in cue):
                # a claim with a speaker and a cue whose content no unit passed for: the unit
                # most like one, which PolNeAR mostly has (tuning part, source/cue/content
                # overlap F1 .749/.621/.800 -> .753/.626/.800)
                content = set(content_fallback[1]) - set(source)
            content = _stretch_to_quotations(doc, content, inside, regions, set(cue) | set(source))
            content |= _subject_before_according(doc, cue, content, inside)
            for verb in (doc[i] for i in cue if _puts_a_figure(doc[i])):
                # the count and the number it is put at ("has put the toll at 12")
                content |= {
                    t.i
                    for c in verb.children
                    if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "at")
                    for t in c.subtree
                }
            content = _cue_side_of_semicolons(doc, cue, content, inside)
            content = self._without_contrasted_saying(doc, content, head_indexes)
            content = _without_narrated_change(doc, content)
            trimmed = _trim_content(doc, content)
            if passive_subject and trimmed:
                trimmed = sorted({*passive_subject, *trimmed})  # "Army ... for village killings"
            if trimmed and _anonymity_request(doc, cue, trimmed):
                continue  # "a cashier who asked not to be identified": how a source is named
            if trimmed and _appeal_for_information(doc, cue, trimmed):
                continue  # "Anyone with information is asked to call ...": no claim of fact
            if trimmed:
                trimmed = _continued_quotations(doc, trimmed, cue + source, cue_words, regions)
                accused: tuple[int, ...] = ()
                if head.i in answers and len(source) == 1 and doc[source[0]].pos_ == "PRON":
                    # "..., which it denies": "it" is the one accused in the claim answered
                    accused = _accused(earlier_cue(found, doc, head))
                source = _trim_source(doc, source)
                source, cue = _accused_named_before(doc, source, cue)
                cue, trimmed = _setting_apart(doc, cue, trimmed)
                cue = _completed_cue(doc, cue, set(source) | set(trimmed), inside)
                for part in _clauses_apart(doc, trimmed):
                    found.append(ClaimParts(cue, source, part, accused))
                answered.update((h, trimmed) for h in inner)
        kept = _outermost(doc, _without_framing_nouns(doc, _shared_speakers(doc, found)))
        kept += _told_confessions(doc, kept)
        kept += _held_confessions(doc, found, kept)
        kept = [_relative_speaker(doc, _recorded_speaker(doc, parts)) for parts in kept]
        kept = [parts for parts in kept if not self._thing_withdrawn(doc, parts)]
        kept = [parts for parts in kept if not self._act_of_force(doc, parts)]
        kept = [parts for parts in kept if not self._effort_at_an_act(doc, parts)]
        kept = [parts for parts in kept if not _asked_who(doc, parts.source)]
        kept = [parts for parts in kept if not self._place_went_through(doc, parts)]
        kept = [parts for parts in kept if not self._thing_done_to(doc, parts)]
        kept = [parts for parts in kept if not self._act_as_source(doc, parts)]
        kept = [parts for parts in kept if not self._ruling_on_filing(doc, parts)]
        kept = [parts for parts in kept if not self._death_pronounced(doc, parts)]
        kept = [self._what_the_form_says(doc, parts) for parts in kept]
        kept = [parts for parts in kept if not self._form_of_words(doc, parts)]
        kept = [parts for parts in kept if not self._thing_handled(doc, parts)]
        # a colon after a cue verb that makes a claim of its own ("X wrote on X: "..."") is
        # that claim's, not a second one without a speaker
        told = {i for parts in kept for i in parts.cue}
        kept = [parts for parts in kept if _colon_verb(doc, parts.cue) not in told]
        return [parts for parts in kept if not _bare_mention(doc, parts)], cue_words

    def _without_contrasted_saying(
        self, doc: Doc, content: set[int], cue_heads: set[int]
    ) -> set[int]:
        """The content without a clause that sets another speaker's words against it: "denied
        that officers had killed anyone, even as a rights group said three were shot dead" (the
        rights group's claim is its own, not part of the denial), where that clause's cue is
        one of the sentence's cues (else the words stay in the one claim there is)."""
        for i in sorted(content & cue_heads):  # (a Token made only for a cue's head)
            token = doc[i]
            if (
                token.dep_ == "advcl"
                and token.lemma_.lower() in self.lexicon
                and any(c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS for c in token.children)
                and any(c.dep_ == "nsubj" for c in token.children)
                and token.head.i in content
            ):
                return content - {t.i for t in token.subtree}
        return content

    def _thing_withdrawn(self, doc: Doc, parts: ClaimParts) -> bool:
        """A retracting cue whose object is a thing, not words ("operators withdrew their
        vehicles", "withdrew troops"), or that lacks the particle it retracts with ("walked
        to a village"): no claim. Words taken back are one of the retractable
        nouns of claim_words.tsv ("withdrew the allegation") or a clause."""
        head = cue_head_token(parts.cue, doc)
        entry = self.lexicon.get(head.lemma_.lower())
        if entry is None or entry.stance != Stance.RETRACTS.value:
            return False
        particle = self.particle_cues.get(head.lemma_.lower())
        if particle and not any(c.lower_ == particle for c in head.children):
            return True  # "walked for hours to reach a village": a walk, no words taken back
        words = [doc[i] for i in parts.content]
        if not _bare_noun_phrase(words):
            return False
        roots = [t for t in words if t.head.i not in parts.content or t.head == t]
        return not any(t.lemma_.lower() in self.retractable for t in roots)

    def _effort_at_an_act(self, doc: Doc, parts: ClaimParts) -> bool:
        """An effort cue whose content is the infinitive of a verb that is no cue ("the
        hospital struggled to cope with the wounded"): an effort, no words. "Struggled to
        explain" still speaks."""
        head = cue_head_token(parts.cue, doc)
        if head.lemma_.lower() not in self.effort_cues:
            return False
        verbs = [c for c in head.children if c.dep_ == "xcomp" and c.i in parts.content]
        return bool(verbs) and all(v.lemma_.lower() not in self.lexicon for v in verbs)

    def _act_of_force(self, doc: Doc, parts: ClaimParts) -> bool:
        """A cue that names an act of force done to a thing ("Gunmen attacked the police
        station at dawn", "Residents blocked the road for hours"): no claim. Words are meant
        when a reason or a judgement goes with it ("attacked the governor for his handling of
        the floods", "blasted the ruling as a disgrace") or what is said is a clause."""
        acts = [i for i in parts.cue if doc[i].dep_ not in ("aux", "auxpass")]
        if len(acts) != 1 or doc[acts[0]].lemma_.lower() not in self.physical_acts:
            return False
        if len(parts.cue) > 1 and not any(
            doc[i].lower_ in ARMED_MEMBER_NOUNS for i in parts.source
        ):
            # with its auxiliaries only armed men's: "Separatist fighters have attacked
            # soldiers"; "the senators have attacked the bill" is criticism (PolNeAR held out
            # lost a relation when any subject's was the act)
            return False
        cue = doc[acts[0]]
        words = [doc[i] for i in parts.content]
        if any(t.dep_ == "ccomp" and t.head == cue for t in words):
            return False  # "attacked, saying ...", "blasted that ..."
        # a purpose is no content: "fired tear gas to break up a rally" is the act
        purposes = {d.i for t in words if t.dep_ in ("xcomp", "advcl") for d in t.subtree}
        words = [t for t in words if t.i not in purposes]
        if not _bare_noun_phrase(words):
            return False
        preps = [*cue.children, *(t for t in words if t.dep_ == "prep" and t.head in words)]
        return not any(
            prep.dep_ == "prep"
            and prep.lower_ in ("for", "over", "as")
            and not any(_tells_time(o) for o in prep.children if o.dep_ == "pobj")
            for prep in preps
        )

    def _reaction_from(self, cue: list[Token]) -> set[int]:
        """The words of who reacts where the cue's object is a reaction drawn "from" them
        ("has drawn condemnation from civil society groups, which say ..."); else none."""
        verbs = [t for t in cue if t.lemma_.lower() in self.reaction_verbs and t.pos_ == "VERB"]
        for head, noun in ((v, c) for v in verbs for c in v.children):
            if noun.dep_ != "dobj" or noun.lemma_.lower() not in self.reaction_nouns:
                continue
            for prep in (*noun.children, *head.children):
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    return {t.i for c in prep.children if c.dep_ == "pobj" for t in c.subtree}
        return set()

    def _place_went_through(self, doc: Doc, parts: ClaimParts) -> bool:
        """A place that "has seen" or "witnessed" a thing named ("Zamfara has seen several
        mass abductions"): what happened there, no claim. Judged "as" something ("Pakistan
        sees the move as a provocation") it is one."""
        # (the verb itself: a root cue's head token is its auxiliary, "has seen")
        if not parts.source or not any(
            doc[i].lemma_.lower() in self.experience_verbs and doc[i].pos_ == "VERB"
            for i in parts.cue
        ):
            return False
        # a place the text names, or the region or country a place it names lies in
        # ("Zamfara", after "Maru, Zamfara State"), which the tagger may not call a place
        places = doc._.corroborate_places or ()
        place_words = {
            w.lower()
            for p in places
            for name in (p.text, p.name, p.admin1)
            if name
            for w in name.split()
        }
        if not all(
            doc[i].ent_type_ in PLACE_LABELS or doc[i].lower_ in place_words
            for i in parts.source
            if doc[i].is_alpha and doc[i].pos_ != "DET"
        ):
            return False
        words = [doc[i] for i in parts.content]
        return _bare_noun_phrase(words) and not any(t.lower_ == "as" for t in words)

    def _ruling_on_filing(self, doc: Doc, parts: ClaimParts) -> bool:
        """A court's ruling on what was put to it ("Bail plea rejected by court in Lahore",
        "the judge dismissed the petition"): a decision, no claim of what happened, and no
        denial of it. The cue is a ruling_verb, a court_body speaks and the content is a bare
        noun phrase whose head is a court_filing; a court rejecting a claim still speaks."""
        # any word of the cue: a root verb's cue is headed by its first word ("also dismissed")
        if not any(doc[i].lemma_.lower() in self.ruling_verbs for i in parts.cue):
            return False
        if not any(doc[i].lemma_.lower() in self.court_bodies for i in parts.source):
            return False
        words = [doc[i] for i in parts.content]
        # a participle describing the filing is part of its noun phrase, no clause of its own
        if not words or not _bare_noun_phrase([t for t in words if not _describing_participle(t)]):
            return False
        # the filing's roots; a phrase the parse hangs on the cue verb ("refused bail [to the
        # three suspects]") says whom the ruling is for, not what was ruled on
        roots = [
            t for t in words if (t.head.i not in parts.content or t.head == t) and t.dep_ != "prep"
        ]
        return bool(roots) and all(t.lemma_.lower() in self.court_filings for t in roots)

    def _death_pronounced(self, doc: Doc, parts: ClaimParts) -> bool:
        """A death pronounced ("Doctors pronounced him dead on arrival", "declared the boy
        dead"): a doctor's or coroner's act, which the events tell, not a claim of a view. The
        cue is a pronouncing_verb and the content a small clause without a verb of its own
        whose predicate is a pronounced_state ("dead"); "confirmed that he was dead" and
        "declared the ruling invalid" still speak."""
        verbs = [doc[i] for i in parts.cue if doc[i].lemma_.lower() in self.pronouncing_verbs]
        words = [doc[i] for i in parts.content]
        if not verbs or not words or not _bare_noun_phrase(words):
            return False
        # "The army declared the rebel commander dead": no office of pronouncing, its claim
        subjects = [c for v in verbs for c in v.children if c.dep_ == "nsubj"]
        if any(s.lemma_.lower() not in self.pronouncers for s in subjects):
            return False
        return any(t.lower_ in self.pronounced_states and t.head in verbs for t in words)

    def _form_of_words(self, doc: Doc, parts: ClaimParts) -> bool:
        """Content that names the form of the words and not what they said ("Protesters
        chanted slogans against the governor", "sang hymns", "shouted insults at the
        soldiers"): no claim. Words quoted ("chanted "No more killings"") are said."""
        if not any(doc[i].lemma_.lower() in self.voicing_verbs for i in parts.cue):
            return False
        words = [doc[i] for i in parts.content]
        if not words or not _bare_noun_phrase(words):
            return False
        roots = [t for t in words if t.head.i not in parts.content or t.head == t]
        roots = [t for t in roots if t.dep_ != "prep"]  # "[at the soldiers]" hung on the verb
        return bool(roots) and all(t.lemma_.lower() in self.utterance_forms for t in roots)

    def _thing_handled(self, doc: Doc, parts: ClaimParts) -> bool:
        """A thing put out, kept back or looked at, not words said ("The names of the two men
        have not been released", "A copy of the letter has been seen by the Courier"): no
        claim, and no speaker-less question. The cue is a handling_verb and the content a bare
        noun phrase headed by a handled_thing; "released a statement saying" still speaks."""
        if not any(doc[i].lemma_.lower() in self.handling_verbs for i in parts.cue):
            return False
        words = [doc[i] for i in parts.content]
        # a clause describing a noun ("the man arrested", "the two people who died") is part
        # of its noun phrase, no clause of its own
        described = {
            d.i for t in words if t.dep_ in ("acl", "relcl") for d in t.subtree if d.i != t.head.i
        }
        if not words or not _bare_noun_phrase([t for t in words if t.i not in described]):
            return False
        # but words said inside it ("the names of the men who they said planted the bomb")
        if any(doc[i].dep_ == "ccomp" for i in described):
            return False
        roots = [
            t for t in words if (t.head.i not in parts.content or t.head == t) and t.dep_ != "prep"
        ]
        return bool(roots) and all(t.lemma_.lower() in self.handled_things for t in roots)

    def _what_the_form_says(self, doc: Doc, parts: ClaimParts) -> ClaimParts:
        """A form of words whose participle says what they said ("chanted slogans demanding
        the release of the students"): the participle is the cue's, with the noun, and what
        it takes the content (the demand), as a cue's object is ("called for the release")."""
        if not any(doc[i].lemma_.lower() in self.voicing_verbs for i in parts.cue):
            return parts
        words = set(parts.content)
        for i in sorted(words):
            noun = doc[i]
            if noun.lemma_.lower() not in self.utterance_forms or noun.head.i in words:
                continue
            verbs = [
                c
                for c in noun.children
                if c.dep_ in ("acl", "relcl")
                and c.tag_ in ("VBG", "VBD", "VBZ", "VBP")
                and c.lemma_.lower() in self.lexicon
                and c.i > noun.i
            ]
            if not verbs or parts.cue[-1] > noun.i:
                continue
            verb = verbs[0]
            said = sorted(t.i for c in verb.children if c.i > verb.i for t in c.subtree)
            said = [j for j in said if j in words]
            if not said:
                continue
            cue = list(range(parts.cue[0], verb.i + 1))
            return dataclasses.replace(parts, cue=cue, content=said)
        return parts

    def _act_as_source(self, doc: Doc, parts: ClaimParts) -> bool:
        """A source that is an act of violence, not who did it or tells of it ("The raid
        recalled the killing of six protesters", "The bombing showed that ..."): an act
        says nothing, so no claim. A name in the source ("the Hamas attack") is still no
        speaker: its head is the act."""
        roots = [doc[i] for i in parts.source if doc[i].head.i not in parts.source]
        return len(roots) == 1 and roots[0].lemma_.lower() in self.act_nouns

    def _thing_done_to(self, doc: Doc, parts: ClaimParts) -> bool:
        """A headline's bare participle whose subject is a thing or measure ("Curfew imposed
        after clashes", "Ban imposed on rallies"): what was done to it, no one speaking. A
        subject that names a person, group, organisation, document or role ("Minister vows",
        "Police deny", "Report claimed") speaks; so does any entity or name."""
        head = cue_head_token(parts.cue, doc)
        if head.tag_ not in ("VBN", "VBD") or not parts.source or not _headline_line(head):
            return False
        if head.tag_ == "VBD" and head.sent.start != _first_word(doc):
            # the tagger reads a headline's bare participle as a past tense too ("Ban
            # imposed"); a past tense elsewhere is a verb of its own ("Trump went on to")
            return False
        if any(c.dep_ in ("aux", "auxpass") for c in head.children):
            return False  # "has imposed", "was imposed": not a headline's bare participle
        words = [doc[i] for i in parts.source if not doc[i].is_punct]
        if not words or len(words) > THING_SUBJECT_MAX:
            return False
        if known_actor(" ".join(t.text for t in words)) is not None:
            return False
        # a name the tagger missed is a proper noun too ("Obi slammed ruling"): one counts
        # only as a thing done to it (claim_words measure_noun: "Curfew", "Ban")
        return all(
            (t.pos_ == "NOUN" or (t.pos_ == "PROPN" and t.lower_ in self.measure_nouns))
            and not t.ent_type_
            and t.is_alpha
            and not _may_speak(t.lower_, self.speaking_nouns)
            for t in words
        )


# the words of a headline's subject that _thing_done_to reads ("Security Lockdown")
THING_SUBJECT_MAX = 2
# the most words a headline's line has (a longer line without a full stop is text cut short)
HEADLINE_WORDS = 16


def _may_speak(word: str, speaking_nouns: frozenset[str]) -> bool:
    """True when a noun, as written in lower case, may name someone who speaks: one of the
    speaking_nouns (claim_words roles, organisations, documents, groups, titles) or the
    actor lexicon, singular or plural, or a noun of a person by its ending (person_ending)."""
    singular = [word, word[:-1]] if word.endswith("s") else [word]
    if word.endswith("ies"):
        singular.append(word[:-3] + "y")
    if any(w in speaking_nouns or w in actor_lexicon() for w in singular):
        return True
    endings = tuple(load_claim_words()["person_ending"])
    return any(w.endswith(endings) for w in singular)


def _first_word(doc: Doc) -> int:
    """The index of the document's first word (after any opening space)."""
    return next((t.i for t in doc if not t.is_space), 0)


def _headline_line(token: Token) -> bool:
    """True when `token`'s sentence is a line of its own of at most HEADLINE_WORDS words
    without a closing full stop, as a headline is ("Curfew imposed after clashes in
    Imphal"); on the document's first line a full stop of its own may close it ("Curfew
    imposed after clashes in Imphal.")."""
    sentence = token.sent
    doc = token.doc
    words = [t for t in sentence if not t.is_space]
    if not words or len(words) > HEADLINE_WORDS:
        return False
    closing = words[-1]
    if closing.text == "." and len(words) > 1 and words[0].i == _first_word(doc):
        # the first line's full stop as a token of its own, not one inside "U.S.": a body
        # sentence that fits on a line would be taken if any line might close with one
        closing = words[-2]
    if closing.text[-1] in ".!?\"'\u201d":  # (a full stop in "U.S." too)
        return False
    first = words[0].i
    opens = first == 0 or "\n" in doc[first - 1].text_with_ws
    last = words[-1].i
    ends = last + 1 >= len(doc) or "\n" in words[-1].whitespace_ + doc[last + 1].text
    return opens and ends


def mend_swallowed_attribution(doc: Doc, lexicon: dict[str, CueEntry]) -> None:
    """Mend the parse of "A spokesman for the group that claimed the attack said ...": the
    small model reads "the attack said ..." as a clause the relative verb reports and leaves
    the sentence rooted on its first noun, with no main verb. Where a sentence's root is a
    noun and a cue verb hangs as a clause on a relative verb that has no object, its subject
    right after that verb, the cue verb is the sentence's root, the noun its subject and that
    subject the relative verb's object. (The doc is mended in place: the events read after.)"""
    if not _cue_clause_of_relative(doc, lexicon):
        return  # most articles: no sentence need be walked
    for sentence in doc.sents:
        root = sentence.root
        if root.pos_ not in ("NOUN", "PROPN"):
            continue
        for verb in root.subtree:
            if verb.dep_ != "relcl" or any(c.dep_ == "dobj" for c in verb.children):
                continue
            said = next(
                (
                    c
                    for c in verb.children
                    if c.dep_ == "ccomp" and c.pos_ == "VERB" and c.lemma_.lower() in lexicon
                ),
                None,
            )
            subject = said and next((c for c in said.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.left_edge.i != verb.i + 1:
                continue
            arcs: dict[int, tuple[int, str | None]] = {
                said.i: (said.i, "ROOT"),
                root.i: (said.i, "nsubj"),
                subject.i: (verb.i, "dobj"),
            }
            # the full stop and what follows the cue verb
            arcs |= {c.i: (said.i, None) for c in root.children if c.i > said.i}
            _rehang(doc, arcs)
            break


def _cue_clause_of_relative(doc: Doc, lexicon: dict[str, CueEntry]) -> bool:
    """Whether any cue verb hangs as a clause ("ccomp") on a relative verb ("relcl"): what
    mend_swallowed_attribution needs before anything, read off the Doc's arrays."""
    if not len(doc):
        return False
    strings = doc.vocab.strings
    ccomp, relcl = strings["ccomp"], strings["relcl"]
    rows = doc.to_array([HEAD, DEP, POS, LEMMA])
    deps = rows[:, 1]
    heads = rows[:, 0].astype("int64")  # HEAD: offsets, some negative
    for i in ((deps == ccomp) & (rows[:, 2] == VERB)).nonzero()[0].tolist():
        if deps[i + heads[i]] == relcl and strings[int(rows[i, 3])].lower() in lexicon:
            return True
    return False


def mend_headline_pair(doc: Doc, lexicon: dict[str, CueEntry]) -> None:
    """Mend the parse of a headline's two clauses of one subject ("Al-Shabaab claims market
    bombing, says 40 soldiers killed"): the small model roots it on the second, subjectless
    cue verb and hangs the first clause on it as what was said. Where a sentence's root is a
    cue verb with no subject, whose first clause complement comes before it after a comma and
    is a cue verb with a subject of its own, that verb is the root and the second its
    conjunct, which shares its subject (in place, like mend_swallowed_attribution)."""
    for sentence in doc.sents:
        said = sentence.root
        if (
            said.pos_ != "VERB"
            or said.lemma_.lower() not in lexicon
            or any(c.dep_ in SUBJECTS for c in said.children)
        ):
            continue
        first = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        if (
            first is None
            or first.pos_ != "VERB"
            or first.lemma_.lower() not in lexicon
            or not any(c.dep_ == "nsubj" for c in first.children)
            or doc[said.i - 1].text != ","
        ):
            continue
        arcs: dict[int, tuple[int, str | None]] = {
            first.i: (first.i, "ROOT"),
            said.i: (first.i, "conj"),
        }
        # what came before the first verb, and the comma before the second, are the first's
        arcs |= {c.i: (first.i, None) for c in said.children if c.i < first.i or c.text == ","}
        _rehang(doc, arcs)


def _rehang(doc: Doc, arcs: dict[int, tuple[int, str | None]]) -> None:
    """Hang each token `arcs` names (by index) on its new head, with a new label where one is
    given, in place; undone where that would move a sentence boundary (sentences are the
    paragraphs' too: keep them)."""
    was = doc.to_array([HEAD, DEP])
    starts = [t.is_sent_start for t in doc]
    heads = was.astype("int64")  # HEAD: offsets, some negative
    for i, (head, dep) in arcs.items():
        heads[i, 0] = head - i
        if dep is not None:
            heads[i, 1] = doc.vocab.strings[dep]
    doc.from_array([HEAD, DEP], heads.astype("uint64"))
    if [t.is_sent_start for t in doc] != starts:
        doc.from_array([HEAD, DEP], was)


def _tells_time(word: Token) -> bool:
    """ "for several hours", "over the weekend": a preposition's object that is a time."""
    return word.ent_type_ in ("DATE", "TIME") or word.lemma_.lower() in TIME_UNITS


TIME_UNITS = _words("time_unit")


# What may follow a sentence-final cue of an inverted attribution: "said", "said in a
# statement on Tuesday", "told reporters."
_AFTER_FINAL_CUE = frozenset(
    {"ADP", "DET", "NOUN", "PROPN", "NUM", "ADJ", "PUNCT", "PRON", "SPACE"}
)
INVERTED_SPEAKER_MAX = 8


def _inverted_attribution(
    doc: Doc, cue: list[int], head: Token
) -> tuple[list[int], set[int]] | None:
    """Speaker and content of "CONTENT, NAME[, APPOSITION,] said [in a statement]." where the
    parse gave the cue no subject (it hangs a long sentence's "said" on the verb of what was
    said): the proper name before the cue speaks, the clause before it is what was said."""
    if any(c.dep_ in SUBJECTS for c in head.children):
        return None
    sentence = head.sent
    if any(doc[i].pos_ not in _AFTER_FINAL_CUE for i in range(cue[-1] + 1, sentence.end)):
        return None
    # comma-separated segments just before the cue, latest first
    segments: list[list[int]] = []
    end = cue[0] - 1
    if end < sentence.start or doc[end].text != ",":
        return None
    while len(segments) < 2:
        start = end - 1
        while start >= sentence.start and doc[start].text != ",":
            start -= 1
        if start < sentence.start:
            return None
        segments.append(list(range(start + 1, end)))
        end = start
    last, before = segments
    named = [s for s in (last, before) if s and _proper_name(doc, s)]
    if not named:
        return None
    source = before + last if named[0] is before else last
    if named[0] is before and doc[last[0]].lower_ not in ("a", "an", "the"):
        return None  # only an apposition may come between the name and the cue
    content_end = source[0] - 1  # the comma before the speaker
    content = {i for i in range(sentence.start, content_end) if not doc[i].is_space}
    if len(content) < 3:
        return None
    return source, content


def _subject_after_cue(doc: Doc, cue: list[int], head: Token) -> tuple[list[int], set[int]] | None:
    """Speaker and content of "CONTENT, say police" ("Nine killed in raid, say police", "...,
    says hospital"): a cue after a comma whose subject runs from it to the sentence's end
    speaks, and what comes before the comma is what was said. The parse of such a headline
    makes the content's first word ("Nine") the cue's subject, which the unit model takes for
    the speaker."""
    sentence = head.sent
    comma = cue[0] - 1
    if comma <= sentence.start or doc[comma].text != ",":
        return None
    # the small model hangs "police" there as a subject, a clause, an unlabelled dependent or
    # even a punctuation mark; an object ("told reporters") is whom it was said to
    after = [c for c in head.children if c.i > cue[-1] and not (c.is_punct and c.pos_ == "PUNCT")]
    if len(after) != 1 or after[0].pos_ not in ("NOUN", "PROPN") or after[0].dep_ in TOLD_TO:
        return None
    speaker = [t.i for t in after[0].subtree if not t.is_punct and not t.is_space]
    rest = range(cue[-1] + 1, sentence.end)
    if any(i not in speaker and not (doc[i].is_punct or doc[i].is_space) for i in rest):
        return None  # "..., says X, who ...": more than the speaker follows
    content = {i for i in range(sentence.start, comma) if not doc[i].is_space}
    if len(content) < INVERTED_CONTENT_MIN:
        return None
    return speaker, content


# The fewest words before "..., say police" that make a content ("Two shot dead, say police").
INVERTED_CONTENT_MIN = 3
# Dependents after a cue that are whom it is said to, not who says it.
TOLD_TO = frozenset({"dobj", "dative", "iobj"})


def _proper_name(doc: Doc, tokens: list[int]) -> bool:
    """A short run of proper nouns, maybe after "the" ("the Interior Ministry")."""
    words = [doc[i] for i in tokens]
    if words and words[0].lower_ == "the":
        words = words[1:]
    return 0 < len(words) <= INVERTED_SPEAKER_MAX and all(w.pos_ == "PROPN" for w in words)


HEADLINE_SPEAKER_POS = frozenset({"PROPN", "NOUN", "ADJ", "DET", "ADP", "PART", "PUNCT", "CCONJ"})
HEADLINE_SPEAKER_MAX = 6
# the words of a label that opens a line or sentence before a colon ("Video:", "Breaking
# News:", "Question:"): what kind of item follows, not who says it (claim_words line_label)
LINE_LABELS = _words("line_label")
_COLON = hash_string(":")


def _label_start(colon: Token) -> int | None:
    """Where the label a colon ends begins, if the colon ends one that opens its line or
    sentence ("Video:", "Breaking News:", "Update:", "Question: ... Answer:")."""
    doc = colon.doc
    first = colon.i
    while first > 0 and doc[first - 1].lower_ in LINE_LABELS:
        first -= 1
    if first == colon.i:
        return None
    opens = first == 0 or doc[first].is_sent_start or "\n" in doc[first - 1].text_with_ws
    return first if opens else None


def _line_label_words(doc: Doc) -> set[int]:
    """The words of every line's label and the colons that end them."""
    words: set[int] = set()
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth == _COLON and (first := _label_start(doc[i])) is not None:
            words.update(range(first, i + 1))
    return words


# Subjects that say no one did it: "nobody has claimed", "none of the parties has said".
NO_ONE = frozenset({"nobody", "none", "no-one"})


def _said_by_no_one(cue: list[Token]) -> bool:
    """The cue's subject is no one ("No group has claimed responsibility", "No one has
    said ...", "Nobody claimed the attack"): a claim that was not made."""
    verbs = {t.head if t.dep_ in ("aux", "auxpass") else t for t in cue}
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and (c.lower_ in NO_ONE or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children))
        for verb in verbs
        for c in verb.children
    )


def _headline_group_named(text: str, claims: list[ClaimFound]) -> list[ClaimFound]:
    """A headline's group named by what it is ("Rights group identifies 20 bodies") is the
    organisation the body names in that role ("Human Rights Watch said"): the first body
    speaker whose name holds the headline's words of what kind of group it is. Its claims,
    and those a later "the group said" gave the headline's words, are that organisation's."""
    line_end = text.find("\n")
    if line_end < 0:
        return claims
    renamed: dict[str, str] = {}
    for claim in claims:
        name = claim.speaker_name
        if not name or claim.speaker_start is None or claim.speaker_start >= line_end:
            continue
        words = name.lower().split()
        what = [w for w in words[:-1] if w not in _DETERMINERS]
        if words[-1] not in GENERIC_GROUPS or name in renamed:
            continue
        if not what:
            # a bare "party" or "group" ("Police storm offices; party says 27 killed") is
            # the one the body's "the party said" names
            named = next(
                (
                    c.speaker_name
                    for c in claims
                    if c.speaker_name
                    and c.speaker_start is not None
                    and c.speaker_end is not None
                    and c.speaker_start > line_end
                    and c.speaker_name != name
                    and c.speaker_name[:1].isupper()
                    and text[c.speaker_start : c.speaker_end].lower().split()[-1:] == words[-1:]
                ),
                None,
            )
            if named is not None:
                renamed[name] = named
            continue
        named = next(
            (
                c.speaker_name
                for c in claims
                if c.speaker_name
                and c.speaker_start is not None
                and c.speaker_start > line_end
                and c.speaker_name != name
                and c.speaker_name.split()[-1].lower() not in GENERIC_GROUPS
                and all(w[:1].isupper() for w in c.speaker_name.split() if w not in _DETERMINERS)
                and set(what) <= set(c.speaker_name.lower().split())
            ),
            None,
        )
        if named is not None:
            renamed[name] = named
    if not renamed:
        return claims
    organisation = SpeakerKind.ORGANISATION.value
    named_as = set(renamed.values())
    return [
        dataclasses.replace(
            c, speaker_name=renamed.get(c.speaker_name, c.speaker_name), speaker_kind=organisation
        )
        if c.speaker_name in renamed or c.speaker_name in named_as
        else c
        for c in claims
    ]


def _headline_attribution(colon: Token) -> tuple[list[int], list[int]] | None:
    """Speaker and content of a headline's colon attribution ("Issa: Clinton's 'Honesty Is
    In Question'", "NY Post: ..."): a short name opens the sentence, a clause follows; a
    capitalised dateline ("CULIACÁN: Gunmen killed ...") is none."""
    if colon.text != ":" or _label_start(colon) is not None:
        return None
    doc = colon.doc
    sentence = colon.sent
    left = list(doc[sentence.start : colon.i])
    end = sentence.end
    # the label is parsed apart (extract/pipeline.py), and an opening quotation mark may be
    while end < len(doc) and all(t.is_punct or t.is_space for t in doc[colon.i + 1 : end]):
        end = doc[end].sent.end
    right = list(doc[colon.i + 1 : end])
    # a headline is its line: the parse may run it into the text below
    breaks = [k for k, t in enumerate(right) if "\n" in t.text]
    right = [t for t in right[: breaks[0] if breaks else None] if not t.is_space]
    if any("\n" in t.text for t in left) or not 1 <= len(left) <= HEADLINE_SPEAKER_MAX:
        return None
    if len(right) < 3 or any(t.pos_ not in HEADLINE_SPEAKER_POS for t in left):
        return None
    # the name ends the speaker ("Editor's note:" is no one); the small model tags a
    # headline's capitalised name as a noun or adjective too ("Issa:", "Reid:")
    name = left[-1].pos_ == "PROPN" or (left[-1].is_title and left[-1].pos_ in ("NOUN", "ADJ"))
    if not name or left[0].is_punct or all(t.is_upper for t in left) or _label_place(left):
        return None
    if _only_a_time(right):
        return None  # a header's "Date: 18 November 2026": a label, not a speaker
    content = [t.i for t in right]
    while content and _trimmable(doc[content[-1]]):
        content.pop()
    return [t.i for t in left], content


def _label_place(left: list[Token]) -> bool:
    """A country or province that labels a headline ("Colombia: toll in attack rises to 17",
    "Nigeria: Gunmen kill 12"), as the places stage resolved it: a topic, not a speaker."""
    start, end = left[0].idx, left[-1].idx + len(left[-1])
    return any(
        place.start == start and place.end == end and place.precision in ("country", "region")
        for place in getattr(left[0].doc._, "corroborate_places", None) or ()
    )


def _only_a_time(words: list[Token]) -> bool:
    """Words that are all one time expression, as the times stage found it."""
    start, end = words[0].idx, words[-1].idx + len(words[-1])
    return any(
        time.start <= start and end <= time.end
        for time in getattr(words[0].doc._, "corroborate_times", None) or ()
    )


# What someone "puts at" a number: their estimate of a count.
TALLY_NOUNS = _words("tally_noun")


def _puts_a_figure(verb: Token) -> bool:
    """ "Organisers put the number of arrests at more than 100", "officials put the death toll
    at 30", "the survey puts his approval at 41 percent": an estimate, the speaker's word for
    a count or a share; a tally noun, or a number after "at" ("put the meeting at noon" is
    none: a time)."""
    if verb.lemma_.lower() != "put":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    at = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    if not objects or not at:
        return False
    return any(c.lemma_.lower() in TALLY_NOUNS for c in objects) or any(
        _a_figure(t) for c in at for t in c.subtree
    )


# Entity types of a figure an estimate puts something at (not a time or a date).
FIGURE_ENTITIES = frozenset({"PERCENT", "CARDINAL", "QUANTITY", "MONEY"})


def _a_figure(token: Token) -> bool:
    """A number that is a count, share or sum, not part of a time or a date."""
    if token.ent_type_:
        return token.ent_type_ in FIGURE_ENTITIES
    return token.like_num


# Subordinators of a clause that sets other words against a claim: "even as", "while".
CONTRAST_MARKS = frozenset({"as", "while", "whereas", "although", "though"})
# no one holds a view in "it is ...", "what ...", "which ...", "this ...", "there is ..."
_NOT_HOLDERS = frozenset({"it", "what", "which", "this", "there"})
COMPLEMENTS = frozenset({"ccomp", "xcomp"})
ABOUT = frozenset({"about", "with", "of", "over"})
NOUN_ABOUT = frozenset({"about", "of", "over", "to", "for", "on", "against"})


@dataclass(frozen=True)
class Attitudes:
    """Words of belief, intention and feeling (claim_words.tsv): verbs and nouns by lemma,
    adjectives as written ("thrilled" is a passive participle to the parser)."""

    verbs: frozenset[str]
    adjectives: frozenset[str]
    nouns: frozenset[str]
    object_verbs: frozenset[str]  # a stance on what the object names: "backs the strike"

    @classmethod
    def load(cls) -> Attitudes:
        words = load_claim_words()
        return cls(
            frozenset(words["attitude_verb"]),
            frozenset(words["attitude_adjective"]),
            frozenset(words["attitude_noun"]),
            frozenset(words["attitude_object_verb"]),
        )


def _attitude(word: Token, attitudes: Attitudes) -> bool:
    """Whether a word is a belief, intention or feeling of someone about a clause: "the
    mayor wants to ...", "they think ...", "residents were thrilled with ...", "police
    are confident that ...", "the party's opposition to ...". PolNeAR counts them as
    attributions; the cue model, which saw many inside what someone said (PolNeAR does not
    nest), is unsure of them standing alone."""
    pos = word.pos_
    if pos == "NOUN" and word.lemma_.lower() in attitudes.nouns:
        said = any(
            (c.dep_ == "prep" and c.lower_ in NOUN_ABOUT)
            or (c.dep_ in ("ccomp", "acl") and any(g.dep_ in ("aux", "mark") for g in c.children))
            for c in word.children
        )
        holders = [c for c in word.children if c.dep_ == "poss"]  # held by the possessor
        return said and bool(holders) and holders[0].lower_ not in _NOT_HOLDERS
    if pos == "VERB" and word.lemma_.lower() in attitudes.verbs:
        holder, feeling = word, False
    elif pos == "VERB" and word.lemma_.lower() in attitudes.object_verbs:
        subjects = [c for c in word.children if c.dep_ in SUBJECTS]
        said = any(c.dep_ == "dobj" or c.dep_ in COMPLEMENTS for c in word.children)
        return said and bool(subjects) and subjects[0].lower_ not in _NOT_HOLDERS
    elif word.lower_ not in attitudes.adjectives:
        return False
    elif pos == "ADJ" and word.dep_ == "acomp":  # "are confident that"
        holder, feeling = word.head, True
    elif word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children):
        holder, feeling = word, True  # "were thrilled with", parsed as a passive
    else:
        return False
    said = any(c.dep_ in COMPLEMENTS for c in word.children) or (
        feeling and any(c.dep_ == "prep" and c.lower_ in ABOUT for c in word.children)
    )
    subjects = [c for c in holder.children if c.dep_ in SUBJECTS]
    return said and bool(subjects) and subjects[0].lower_ not in _NOT_HOLDERS


def _holder_of_feeling(doc: Doc, cue: list[int], attitudes: Attitudes) -> list[int]:
    """The subject of a word of feeling or belief the parser took for a passive participle
    ("The union is convinced ...", "shopkeepers were frustrated with ..."): the one who holds
    it, the speaker, where the subject of a passive cue is mostly what is said ("X was
    accused ..."), which the unit model learnt; empty when the cue has no such word. The
    tuning part has one such relation ("were thrilled with"), its subject the source."""
    cue_set = set(cue)
    for i in cue:
        word = doc[i]
        if word.lower_ not in attitudes.adjectives or word.tag_ != "VBN":
            continue
        if not any(c.dep_ == "auxpass" for c in word.children):
            continue
        for child in word.children:
            if child.dep_ == "nsubjpass" and child.i not in cue_set:
                if child.lower_ in _NOT_HOLDERS:
                    return []
                return _subtree_minus(child, cue_set)
    return []


def _under_cue(word: Token, cue_words: set[int]) -> bool:
    """A word below a cue word in the parse: what it introduces or hangs on it ("said it
    was also questioning him about ...")."""
    while word.head.i != word.i:
        word = word.head
        if word.i in cue_words:
            return True
    return False


_RELATIVE_OBJECTS = frozenset({"which", "that", "what"})


def _passive_agent(doc: Doc, source: list[int], content: set[int]) -> tuple[list[int], set[int]]:
    """'X was accused by its rivals of Y': the speaker is the agent without "by"; an "of"
    phrase the parse hung on the agent is what it is accused of, the content."""
    kept = source[1:]
    for i in kept:
        token = doc[i]
        if token.dep_ == "prep" and token.lower_ == "of" and token.head.dep_ == "pobj":
            what = {t.i for t in token.subtree}
            cue_head = doc[source[0]].head
            subject = {t.i for c in cue_head.children if c.dep_ == "nsubjpass" for t in c.subtree}
            return [j for j in kept if j not in what], (content - subject) | (what - {i})
    return kept, content


def _answers_claim(head: Token) -> bool:
    """A cue heading a relative clause with its own subject whose object is the antecedent
    ("a charge it denies", "which the party rejects"): it answers what the sentence says."""
    if head.dep_ != "relcl" or not _has_subject(head):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "ccomp", "xcomp")]
    return all(c.lower_ in _RELATIVE_OBJECTS for c in objects)


def earlier_cue(found: list[ClaimParts], doc: Doc, head: Token) -> list[Token]:
    """The cue words of the last claim found before `head` in its sentence."""
    earlier = [p for p in found if doc[p.cue[0]].sent == head.sent and p.cue[0] < head.i]
    return [doc[i] for i in earlier[-1].cue] if earlier else []


def _accused(cue: list[Token]) -> tuple[int, ...]:
    """Who an accusation is about: "accused the force of ...", "X was accused of ..."."""
    for word in cue:
        for child in word.children:
            if child.dep_ in ("dobj", "nsubjpass"):
                return tuple(t.i for t in child.subtree if t.i <= child.i)
    return ()


def _answered_span(head: Token) -> list[int]:
    """The tokens of a relative clause that answers a claim, with the noun it hangs on when
    that noun stands beside the claim (", a charge it denies")."""
    noun = head.head
    top = noun if noun.dep_ in ("appos", "npadvmod") else head
    return [t.i for t in top.subtree]


def _reduced_passive(verb: Token, object_verbs: frozenset[str]) -> bool:
    """A verb of a stance on an object (claim_words attitude_object_verb) as a headline's
    passive participle, with a subject but no auxiliary, object or agent ("Army blamed for
    village killings", "Police criticised over raid"): its subject is what the stance is on."""
    # (the tagger reads "Army blamed for ..." as a past tense as often as a participle)
    if verb.tag_ not in ("VBN", "VBD") or verb.lemma_.lower() not in object_verbs:
        return False
    if verb.dep_ in ("relcl", "conj"):
        return False  # "the ruling, which the party condemned", "praised and thanked them"
    deps = {c.dep_ for c in verb.children}
    # what it is for or over ("blamed for", "criticised over", "accused of"): without one,
    # "The crowd applauded." is no passive
    reason = any(c.dep_ == "prep" and c.lower_ in _REASON_PREPOSITIONS for c in verb.children)
    return reason and bool(deps & SUBJECTS) and not deps & _NOT_REDUCED


# a verb with these has an auxiliary, an object, an agent, a particle ("backed away from") or
# a second verb sharing its object
_NOT_REDUCED = frozenset(
    {"aux", "auxpass", "dobj", "agent", "ccomp", "xcomp", "conj", "dative", "prt"}
)
_REASON_PREPOSITIONS = frozenset({"for", "over", "of", "as", "after", "amid"})


def _asked_who(doc: Doc, source: list[int]) -> bool:
    """The source is the "who" or "what" a direct question opens with ("Who ordered the raid
    on the party office?"): the question asks who did it, no one says anything (PolNeAR's
    train compartment has no such source, of 11; as a relative pronoun "who" was resolved to
    the person named before)."""
    if len(source) != 1 or doc[source[0]].tag_ != "WP":
        return False
    sentence = doc[source[0]].sent
    words = [t for t in sentence if not (t.is_space or t.is_quote)]
    return bool(words) and words[0].i == source[0] and words[-1].text == "?"


def _bare_mention(doc: Doc, parts: ClaimParts) -> bool:
    """A claim with no speaker, a passive verb or a colon for a cue, and a bare noun phrase
    outside quotation marks for content ("No arrests have been made", "Published: 11
    March"): no one says anything."""
    if parts.source or parts.named_by:
        return False
    passive = any(doc[i].dep_ == "auxpass" for i in parts.cue) or any(
        doc[i].dep_ == "nsubjpass" for i in parts.content
    )
    # "Published:" as much as ":" (the cue may take in the label before the colon)
    if not (passive or doc[parts.cue[-1]].text == ":"):
        return False
    if passive and any(_judged_as(doc[i]) for i in parts.cue):
        return False  # "is considered one of the largest", "was billed as humanitarian"
    return _bare_noun_phrase([doc[i] for i in parts.content])


def _governing_subject(pronoun: Token) -> list[int] | None:
    """The words of the noun a speaking "they" or "it" stands for when its clause hangs on a
    verb whose subject is that noun ("The army has conducted what it calls a clearance
    operation", "The Rangers ... what they call"): the subject of the clause it sits in,
    before the last group quoted. None when the first subject up the tree is no noun or does
    not agree in number (then the nearest group, as before)."""
    if pronoun.lower_ not in ("they", "it") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = pronoun.head
    for verb in clause.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.pos_ not in ("VERB", "AUX") or not subjects:
            continue
        subject = subjects[0]
        if subject.i > pronoun.i or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = subject.tag_ in ("NNS", "NNPS") or subject.ent_type_ == "ORG"
        single = subject.tag_ in ("NN", "NNP") and subject.ent_type_ != "PERSON"
        if not (plural if pronoun.lower_ == "they" else single):
            return None
        # the noun phrase up to the verb: not a clause hung on the subject after it
        return [t.i for t in subject.subtree if t.i <= subject.i or t.dep_ in ("compound",)]
    return None


def _describing_participle(token: Token) -> bool:
    """A past participle that describes the noun it hangs on ("the petition filed by the
    family"; "the bail plea of the two accused" where the parse makes "accused" one)."""
    return token.dep_ == "acl" and token.tag_ == "VBN"


def _bare_noun_phrase(words: list[Token]) -> bool:
    """Content with no verb and no quotation: a thing named, not words said."""
    return not any(t.pos_ in ("VERB", "AUX") or t.text in QUOTE_MARKS for t in words)


def _judged_as(verb: Token) -> bool:
    """A passive verb that says what its subject is held to be: a noun for complement ("is
    considered one of the largest") or an "as" phrase ("was billed as humanitarian", "became
    known as the Orange Revolution"). PolNeAR takes these for attributions with no named
    source (tuning part: 4 of 6 such claims, 10 of their 16 cue words). An adjective is a
    finding, not a view ("was pronounced dead", "was found guilty")."""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr") and child.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
            return True
        if child.dep_ == "prep" and child.lower_ == "as":
            return True
    return False


CONTRASTING_MARKS = frozenset({"while", "whereas", "though", "although"})


def _contrasting(head: Token) -> bool:
    """A clause set against the one it hangs on ("said two were arrested, although the family
    said ..."): its claim is not part of what the first speaker said (tuning part,
    source/cue/content overlap F1 .7531/.6309/.8024 -> .7535/.6314/.8034)."""
    return any(c.dep_ == "mark" and c.lower_ in CONTRASTING_MARKS for c in head.children)


def _cut_from_a_name(entity: Span) -> bool:
    """An entity the model cut from a hyphenated name ("Markaz" of "Markaz-e-Mahaz")."""
    last, doc = entity[-1], entity.doc
    return not last.whitespace_ and entity.end < len(doc) and doc[entity.end].text == "-"


def _dateline(entity: Span) -> bool:
    """An entity inside a paragraph's dateline ("SARBAND, October 15 -", which the pipeline
    marks before the parse), which names a place."""
    return any(
        d.start <= entity.start and entity.end <= d.end for d in entity.doc.spans.get(DATELINES, ())
    )


def _acronym(token: Token) -> bool:
    return token.text.isupper() and token.text.isalpha() and 2 <= len(token.text) <= 6


def _without_narrated_change(doc: Doc, content: set[int]) -> set[int]:
    """`content` without a closing ", as the number of ... rose to 15" (claim_words
    narrated_change): the reporter's news of the moment told beside what was said."""
    changes = load_claim_words().get("narrated_change", {})
    lemmas = _phrase_words(doc)[0]  # (a Token made only for a word of change)
    for i in sorted(content):
        if lemmas[i] not in changes:
            continue
        verb = doc[i]
        if (
            verb.dep_ != "advcl"
            or not _has_subject(verb)
            or not any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        ):
            continue
        clause = {t.i for t in verb.subtree}
        start = min(clause)
        after = [j for j in content if j > max(clause)]
        if start and doc[start - 1].text == "," and all(doc[j].is_punct for j in after):
            return content - clause - {start - 1} - set(after)
    return content


def _accused_named_before(
    doc: Doc, source: list[int], cue: list[int]
) -> tuple[list[int], list[int]]:
    """Speaker and cue with a noun of one held for a crime (claim_words accused_speaker) that
    the parse read as a participle opening the cue given back to the speaker: "Garchuk accused
    tells court ..." is said by the Garchuk accused, not by Garchuk."""
    if (
        len(cue) > 1
        and source
        and source[-1] == cue[0] - 1
        and doc[cue[0]].lower_ in load_claim_words().get("accused_speaker", {})
        and doc[cue[0]].dep_ == "acl"
    ):
        return [*source, cue[0]], cue[1:]
    return source, cue


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)


def _nearer_conjunct_subject(head: Token) -> list[int] | None:
    """The subject of a clause a subjectless conjunct cue more likely goes on from than the
    verb it hangs on: in "Ahmed was among those detained when the Rangers raided X and said
    ...", the parser joins "said" to "was"; the clause of the same tense that ends just before
    the "and" is the one it continues."""
    if head.dep_ != "conj" or _has_subject(head) or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    joined = head.head
    conjunction = next((c for c in joined.children if c.dep_ == "cc" and c.i < head.i), None)
    if conjunction is None or joined.i > conjunction.i:
        return None
    doc = head.doc
    for verb in doc[joined.i + 1 : conjunction.i]:
        if (
            verb.dep_ in ("relcl", "advcl")
            and verb.tag_ == head.tag_
            and verb.right_edge.i + 1 == conjunction.i
        ):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.tag_ != "WP":
                return [t.i for t in subject.subtree if not t.is_punct]
    return None


def _continued_quotations(
    doc: Doc,
    content: list[int],
    attribution: list[int],
    cue_words: set[int],
    regions: list[tuple[int, int]],
) -> list[int]:
    """A quoted content goes on into the quotations that follow it with no new cue: '"Q1,"
    he said. "Q2."' and quoted paragraphs one after another are one claim."""
    if doc[content[-1]].text not in QUOTE_MARKS:
        return content
    end = max(content[-1], *attribution)
    if end > content[-1]:
        # the rest of the attribution's sentence ('"Q1," his brother told the Courier.
        # "Q2."'), unless it attributes something else
        rest = range(end + 1, doc[end].sent.end)
        if any(i in cue_words for i in rest):
            return content
        end = max(end, doc[end].sent.end - 1)
    extended = list(content)
    for first, last in regions:
        if first <= end:
            continue
        if any(not (t.is_punct or t.is_space) for t in doc[end + 1 : first]):
            break
        # the sentence after the quotation must not attribute it to someone else
        after = last + 1
        while after < len(doc):
            token = doc[after]
            if token.is_sent_start or token.text in QUOTE_MARKS or "\n" in token.text:
                break
            if after in cue_words:
                return extended
            after += 1
        extended.extend(range(first, last + 1))
        end = last
    return extended


def _outermost(doc: Doc, found: list[ClaimParts]) -> list[ClaimParts]:
    """Claims whose cue lies in no other claim's speaker or content: as in PolNeAR, a
    reported claim is not split into the claims it quotes ("its earlier statement that...").
    But a cue in a relative clause of a speaker keeps its claim ("Cruz, who says Trump is
    attacking him, said ..."): PolNeAR has both, the outer speaker with the clause in it.
    (Tuning part, source/cue/content overlap F1 .742/.609/.797 -> .743/.610/.797; in contents
    too: .743/.609/.793; the clause cut out of the outer speaker: source .746 -> .744.)"""
    covered: set[int] = set()
    speakers: set[int] = set()
    for parts in found:
        covered.update(parts.source)
        covered.update(parts.content)
        speakers.update(parts.source)
    cue_words = {i for parts in found for i in parts.cue}
    kept: list[ClaimParts] = []
    for parts in found:
        if not covered.issuperset(parts.cue) or _governs_its_cover(doc, parts, found):
            kept.append(parts)
            continue
        clause = _relative_clause(doc[cue_head_token(parts.cue, doc).i])
        if (
            clause is not None
            and speakers.issuperset(parts.cue)
            and not (clause - set(parts.cue)) & (cue_words - set(parts.cue))
        ):
            kept.append(parts)
    return kept


def _governs_its_cover(doc: Doc, parts: ClaimParts, found: list[ClaimParts]) -> bool:
    """A claim whose cue lies only in the words of claims it governs in the parse, which
    took its cue into theirs: "The suspect told investigators that ..., the report says"
    (the suspect's content ran on to "the report says"; each claim held the other's cue and
    both were dropped)."""
    head = cue_head_token(parts.cue, doc)
    cue = set(parts.cue)
    covering = [
        other
        for other in found
        if other is not parts and cue & (set(other.source) | set(other.content))
    ]
    held = set(parts.source) | set(parts.content)
    return bool(covering) and all(
        head.is_ancestor(cue_head_token(other.cue, doc)) and held.issuperset(other.cue)
        for other in covering
    )


def _told_confessions(doc: Doc, found: list[ClaimParts]) -> list[ClaimParts]:
    """The confessions other claims tell, their confessor named ("the army said Kachalla had
    confessed to planning the attack"): each the confessor's own claim (cue "had confessed",
    content "to planning the attack"), kept beside the claim of whoever presents it
    (claim_words.tsv, told_confession)."""
    confessing = load_claim_words()["told_confession"]
    cues = {i for parts in found for i in parts.cue}
    lemmas = _phrase_words(doc)[0]  # (a Token made only for a word of confessing)
    told = []
    for parts in found:
        content = set(parts.content)
        for i in sorted(content - cues):
            if lemmas[i] not in confessing:
                continue
            verb = doc[i]
            if verb.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            said = [
                t.i
                for c in verb.children
                if c.dep_ in ("prep", "ccomp", "xcomp", "dobj", "pcomp")
                for t in c.subtree
            ]
            if subject is None or not said or not content.issuperset(said):
                continue
            cue = sorted(
                [i, *(c.i for c in verb.children if c.dep_ in VERB_GROUP_DEPS and c.i < i)]
            )
            source = [t.i for t in subject.subtree if not t.is_punct or t.i < subject.i]
            told.append(ClaimParts(cue, _trim_source(doc, source), sorted(said)))
    return told


def _held_confessions(
    doc: Doc, found: list[ClaimParts], kept: list[ClaimParts]
) -> list[ClaimParts]:
    """The confessions of one held for the crime that another claim tells ("The suspect, X,
    told investigators that he had led a target killing team ..., the report says"): each
    the confessor's own claim too, kept beside the report's (its content the clause its cue
    governs)."""
    told = []
    for parts in found:
        if parts in kept or not parts.source or not _held_for_crime(doc, parts.source):
            continue
        below = {t.i for t in cue_head_token(parts.cue, doc).subtree}
        content = [i for i in parts.content if i in below]
        words = [doc[i] for i in content]
        if content and content_stance(doc, words, "person", True) == Stance.CONFESSES.value:
            told.append(dataclasses.replace(parts, content=_trim_content(doc, set(content))))
    return told


def _recorded_speaker(doc: Doc, parts: ClaimParts) -> ClaimParts:
    """A claim with no speaker whose cue is a passive verb of recording ("A man ... was shown
    on television confessing that ...", "he was quoted as saying"): the one shown speaks
    (claim_words.tsv, recorded_speaking)."""
    if parts.source or parts.named_by:
        return parts
    head = cue_head_token(parts.cue, doc)
    recording = load_claim_words()["recorded_speaking"]
    verb = next((doc[i] for i in parts.cue if doc[i].lemma_.lower() in recording), head)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.lemma_.lower() not in recording or subject is None:
        return parts
    source = [t.i for t in subject.subtree if not t.is_punct or t.i < subject.i]
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if set(parts.content) <= set(source) and said is not None:
        # the parse hung the clause said on the verb of showing and the word of saying on a
        # date ("shown on television on Friday confessing that ..."): the one shown is the
        # speaker, not what is said, and the cue runs to the clause
        content = [t.i for t in said.subtree]
        cue = [i for i in range(min(parts.cue), said.left_edge.i) if not doc[i].is_punct]
        if cue and doc[cue[-1]].dep_ == "mark":
            cue = cue[:-1]
        if not cue:
            return parts
        return dataclasses.replace(
            parts, cue=cue, source=_trim_source(doc, source), content=content
        )
    content = set(parts.content)
    if set(source) & set(parts.cue):
        return parts
    if set(source) & content:
        # '"I killed people ...," Ahmed is quoted as saying': the unit model takes a passive
        # subject for what is said; one named or a pronoun is the one quoted
        # (what is left once trimmed: commas alone between list items are no content)
        rest = _trim_content(doc, content - set(source))
        if not rest or subject.pos_ not in ("PROPN", "PRON"):
            return parts
        return dataclasses.replace(parts, source=_trim_source(doc, source), content=rest)
    return dataclasses.replace(parts, source=_trim_source(doc, source))


def _relative_speaker(doc: Doc, parts: ClaimParts) -> ClaimParts:
    """A claim whose speaker is a relative pronoun ("Mbah, who says ...") named by what the
    clause describes ("Mbah"); the span stays the pronoun, as in PolNeAR."""
    if len(parts.source) != 1 or parts.named_by:
        return parts
    pronoun = doc[parts.source[0]]
    clause = pronoun.head
    if pronoun.tag_ not in ("WP", "WDT") or clause.dep_ != "relcl":
        return parts
    start = clause.left_edge.i
    naming = [t.i for t in clause.head.subtree if t.i < start]
    while naming and doc[naming[-1]].is_punct:
        naming.pop()
    return dataclasses.replace(parts, named_by=tuple(naming)) if naming else parts


def _relative_clause(head: Token) -> set[int] | None:
    """The tokens of the relative clause a cue word heads or lies in, if any (up to its
    sentence's root)."""
    token = head
    while True:
        if token.dep_ == "relcl":
            return {t.i for t in token.subtree}
        if token.head.i == token.i or token.dep_ in ("ccomp", "parataxis"):
            return None
        token = token.head


def _shared_speakers(doc: Doc, found: list[ClaimParts]) -> list[ClaimParts]:
    """A speakerless claim whose cue continues another claim's cue ("rejected the account and
    called for an inquiry", "said ..., adding that") has that claim's speaker."""
    by_head = {cue_head_token(parts.cue, doc).i: parts for parts in found}
    by_cue_word = {i: parts for parts in found for i in parts.cue}
    shared = []
    for parts in found:
        head = cue_head_token(parts.cue, doc)
        first = by_head.get(head.head.i)
        above = head.head.head
        # "said the deaths were being investigated and repeated that": the parse hangs
        # "repeated" on a passive clause said, whose subject repeats nothing
        passive = any(c.dep_ == "nsubjpass" for c in head.head.children)
        if first is None and head.dep_ == "conj" and above.i in by_head and passive:
            first = by_head[above.i]
        naming = (first.source or first.named_by) if first else None
        if first is None and _conjoined_with_content(head, by_cue_word):
            # "had said that the strike targeted a depot and denied that ...": the parse joins
            # "denied" to the reported clause, whose subject ("strike") denies nothing; a cue
            # with a clause of its own goes on from the cue, and shares its speaker
            first = by_cue_word[head.head.head.i]
            naming = first.source or first.named_by
            if naming and set(parts.source) <= set(first.content):
                parts = ClaimParts(parts.cue, [], parts.content, tuple(naming))
        if first is None and not parts.source and (told := _told_beside(doc, head, found)):
            # "said that 40 people had been killed ... and called for an inquiry": the parse
            # joins "called" to the reported verb, whose tense it does not share
            first = told
            naming = first.source or first.named_by
        if not parts.source and head.dep_ in ("conj", "advcl") and naming:
            parts = ClaimParts(parts.cue, [], parts.content, tuple(naming))
        shared.append(parts)
    return shared


def _told_beside(doc: Doc, head: Token, found: list[ClaimParts]) -> ClaimParts | None:
    """The claim a subjectless finite conjunct cue goes on from when the parse joined it to a
    verb of that claim's content that it cannot be the conjunct of: an infinitive, a
    participle or a verb with auxiliaries it does not share ("said that 40 people had been
    killed ... and called for an inquiry", "appealed to workers to remain calm and
    announced three days of mourning"). The claim's cue verb has the conjunct's tense."""
    if head.dep_ != "conj" or _has_subject(head) or head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    joined = head.head
    auxiliaries = any(c.dep_ in ("aux", "auxpass") and c.i < joined.i for c in joined.children)
    if not (joined.tag_ in ("VB", "VBG") or (joined.tag_ == "VBN" and auxiliaries)):
        return None
    for parts in found:
        verbs = [doc[i] for i in parts.cue if doc[i].pos_ == "VERB"]
        if (
            (parts.source or parts.named_by)
            and joined.i in parts.content
            and head.i not in parts.content
            and any(v.tag_ == head.tag_ for v in verbs)
        ):
            return parts
    return None


def _conjoined_with_content(head: Token, by_cue_word: dict[int, ClaimParts]) -> bool:
    """True when cue `head`, with no subject, hangs on the clause another cue reports as a
    conjunct with a clause of its own ("said that X targeted Y and denied that Z") or as a
    participle ("say the strikes are unlawful, citing past cases"); `by_cue_word`: the claim
    of each cue token."""
    joined = head.head
    conjunct = head.dep_ == "conj" and any(c.dep_ in ("ccomp", "dobj") for c in head.children)
    participle = head.dep_ == "advcl" and head.tag_ == "VBG"
    return (
        (conjunct or participle)
        and not _has_subject(head)
        and joined.dep_ == "ccomp"
        and joined.head.i in by_cue_word
        and joined.i not in by_cue_word
    )


def _without_framing_nouns(doc: Doc, found: list[ClaimParts]) -> list[ClaimParts]:
    """Claims less a speakerless noun cue that frames another claim's cue, or a preposition
    hanging on one: "In a confession presented to the court, Qureshi admitted that ..." is
    Qureshi's claim alone."""
    heads = [cue_head_token(parts.cue, doc) for parts in found]
    cue_words = {i for parts in found for i in parts.cue}
    kept = []
    for parts, head in zip(found, heads, strict=True):
        noun = not (parts.source or parts.named_by) and head.pos_ == "NOUN"
        framing = noun and any(other is not head and head in other.subtree for other in heads)
        # "In a confession ..., X admitted": a preposition hanging on another claim's cue
        modifier = head.pos_ == "ADP" and head.head.i in cue_words and head.head.i not in parts.cue
        # "a confession presented in a report": a participle describing a noun, no speaker
        participle = (
            not (parts.source or parts.named_by) and head.dep_ == "acl" and head.tag_ == "VBN"
        )
        if not (framing or modifier or participle):
            kept.append(parts)
    return kept


def _trim_source(doc: Doc, source: list[int]) -> list[int]:
    """The speaker without a trailing date the parse hung on it ("The army on Friday")."""
    dropped: set[int] = set()
    for i in source:
        token = doc[i]
        if token.dep_ == "prep" and token.i > token.head.i:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in ("DATE", "TIME"):
                dropped.update(t.i for t in token.subtree)
    return sorted(i for i in source if i not in dropped)


# A date, time, place or organisation says when or where, not how: "said on Tuesday", "said in
# Ohio", "said on CNN" (five folds of the train compartment: cue F1 gain +.0037 on average with
# organisations left out, +.0032 with them taken)
_NOT_SETTING = frozenset({"DATE", "TIME", "GPE", "LOC", "FAC", "ORG", "NORP"})


def _setting_apart(doc: Doc, cue: list[int], content: list[int]) -> tuple[list[int], list[int]]:
    """Cue and content with the words that say how or when something was said on the cue's
    side: "said in [his statement] that ...", taken into the content, join the cue; "said in a
    statement [on] Monday that ...", a preposition of a date, leaves both."""
    if not cue or not content or content[0] != cue[-1] + 1:
        return cue, content
    last = doc[cue[-1]]
    if last.dep_ != "prep" or last.head.i not in cue:
        return cue, content
    objects = [c for c in last.children if c.dep_ == "pobj"]
    if not objects:
        return cue, content
    phrase = sorted(t.i for t in objects[0].subtree)
    setting = last.lower_ in load_claim_words()["setting_preposition"]
    if objects[0].ent_type_ in ("DATE", "TIME") or (setting and _written_record(objects[0])):
        # "on Monday": when; "in an email": where the words stand; neither how nor what
        taken = set(phrase)
        rest = [i for i in content if i not in taken]
        return (cue[:-1], rest) if rest and len(cue) > 1 else (cue, content)
    if (
        not setting
        or any(doc[i].pos_ in ("VERB", "AUX") for i in phrase)
        or phrase[0] != content[0]
        or phrase != content[: len(phrase)]
        or len(phrase) == len(content)
        # what is said follows as a clause or a quotation, not "called on [rights groups] to"
        or doc[content[len(phrase)]].lower_ not in ("that", '"', "“", ":")
    ):
        return cue, content
    return [*cue, *phrase], content[len(phrase) :]


def _completed_cue(doc: Doc, cue: list[int], roles: set[int], inside: list[int]) -> list[int]:
    """The cue with the phrase after it that says how or in what the words were said ("said
    in a statement", "said on CNN", "said with a laugh"), which PolNeAR's cues mostly take."""
    last = doc[cue[-1]]
    if last.dep_ == "prep" and last.head.i in cue:
        prep = last  # the extension model took "said in" and stopped
    elif cue[-1] + 1 < len(doc) and doc[cue[-1] + 1].head.i in cue:
        prep = doc[cue[-1] + 1]
    else:
        return cue
    objects = [c for c in prep.children if c.dep_ == "pobj" and c.i > prep.i]
    if (
        prep.dep_ != "prep"
        or prep.lower_ not in load_claim_words()["setting_preposition"]
        or not objects
        or objects[0].ent_type_ in _NOT_SETTING
    ):
        return cue
    if _written_record(objects[0]):
        # "wrote in [an email]": the preposition the extension model took leaves with it
        return cue[:-1] if prep is last and len(cue) > 1 else cue
    phrase = [t.i for t in prep.subtree if t.i > cue[-1]]
    while phrase and doc[phrase[-1]].is_punct:
        phrase.pop()
    if (
        not phrase
        # a clause in it ("in a letter denying ...") may say what was said, or carry a stance
        or any(doc[i].pos_ in ("VERB", "AUX") for i in phrase)
        or phrase[0] != cue[-1] + 1
        or phrase != list(range(phrase[0], phrase[-1] + 1))
        or roles.intersection(phrase)
        or any(inside[i] >= 0 for i in phrase)
    ):
        return cue
    return [*cue, *phrase]


def _written_record(word: Token) -> bool:
    """A written document the words stand in ("wrote in an email", "said in his memoir"): where
    they are, not how they were said; PolNeAR's cues mostly leave it out (train compartment
    outside the tuning part: the cue takes 5 of 14 such phrases, against 44 of 70 for "in a
    statement", "in an interview"). Tuning part, cue overlap F1 .6466 -> .6483."""
    records = load_claim_words()["written_record"]
    return word.lemma_.lower() in records or _hyphenated(word).lower() in records


def _hyphenated(word: Token) -> str:
    """The word with the parts a hyphen joins it to as written ("op-ed", "e-mail"), which the
    tokenizer splits into three tokens; the word itself when there are none."""
    doc = word.doc

    def joined(first: int, hyphen: int) -> bool:  # "op" "-" "ed" with no space between
        return (
            doc[hyphen].text == "-" and not doc[first].whitespace_ and not doc[hyphen].whitespace_
        )

    start = end = word.i
    while start >= 2 and joined(start - 2, start - 1):
        start -= 2
    while end + 2 < len(doc) and joined(end, end + 1):
        end += 2
    return doc[start : end + 1].text


def _in_opinion_phrase(doc: Doc, cue: list[int]) -> bool:
    window = doc[max(cue[0] - 6, 0) : cue[-1] + 7]
    cue_set = set(cue)
    return any(cue_set & set(range(first, end)) for first, end in find_phrases(window, "opinion"))


def _subject_before_according(
    doc: Doc, cue: list[int], content: set[int], inside: list[int]
) -> set[int]:
    """The words from the sentence's start that a content before a final "according to"
    lacks when it opens on its verb: the parser hung its subject on a participle taken for
    the main verb ("A worker detained in the raid [ROOT] ... has confessed to ...")."""
    if not content or doc[cue[0]].lower_ != "according" or min(content) > cue[0]:
        return set()
    first = doc[min(content)]
    if first.tag_ not in ("MD", "VBZ", "VBP", "VBD") or first.i == first.sent.start:
        return set()
    before = set(range(first.sent.start, first.i))
    return before if all(inside[i] < 0 for i in before) else set()  # no quotation's words


def _cue_side_of_semicolons(
    doc: Doc, cue: list[int], content: set[int], inside: list[int]
) -> set[int]:
    """The content on the cue's side of a semicolon outside quotations: "Police say no one
    killed in protest; rights group counts three dead" (the parse may make the first clause
    the object of the second's verb). A semicolon the content holds ("said two were killed;
    five others were hurt") is what was said, and leaves it whole."""
    sent = doc[cue[0]].sent
    # (most sentences have none: looked for in the text first, not token by token)
    if ";" not in doc_text(doc)[sent.start_char : sent.end_char]:
        return content
    semicolons = [t.i for t in sent if t.text == ";" and inside[t.i] < 0 and t.i not in content]
    if not semicolons:
        return content
    return {i for i in content if not any(min(i, cue[0]) < s < max(i, cue[-1]) for s in semicolons)}


def _clauses_apart(doc: Doc, content: list[int]) -> list[list[int]]:
    """The content as one claim, or as two where it joins two "that" clauses of which one
    denies and the other does not: "said that its troops had killed 30 militants, and that
    no soldiers were killed" asserts the one and denies the other."""
    inside = set(content)
    for i in content:
        clause = doc[i]
        if not (
            clause.dep_ == "conj"
            and clause.head.i in inside
            and clause.head.dep_ == "ccomp"
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        ):
            continue
        split = clause.left_edge.i
        first = [k for k in content if k < split]
        while first and (doc[first[-1]].is_punct or doc[first[-1]].dep_ == "cc"):
            first.pop()
        second = [k for k in content if k >= split]
        if first and second:
            negated = [_negated([doc[k] for k in part]) for part in (first, second)]
            if negated[0] != negated[1]:
                return [first, second]
    return [content]


def _trim_content(doc: Doc, content: set[int]) -> list[int]:
    """Content tokens with punctuation (quotation marks apart) and spaces cut from the edges of
    each continuous stretch: "two were hurt, according to police." keeps "two were hurt"."""
    kept: list[int] = []
    run: list[int] = []

    def flush() -> None:
        dateline = next((k for k, i in enumerate(run[:4]) if doc[i].text in (":", "—")), None)
        if dateline is not None and all(doc[i].is_upper for i in run[:dateline]):
            del run[: dateline + 1]  # "CULIACÁN: Gunmen killed ..." (a wire dateline)
        while run and _trimmable(doc[run[0]]):
            run.pop(0)
        while run and _trimmable(doc[run[-1]]):
            run.pop()
        kept.extend(run)
        run.clear()

    runs: list[list[int]] = []
    for i in sorted(content):
        if run and i != run[-1] + 1:
            flush()
            runs.append(kept[:])
            kept.clear()
        run.append(i)
    flush()
    runs.append(kept)
    runs = [r for r in runs if r]
    quoted = all(doc[r[0]].text in QUOTE_MARKS or doc[r[-1]].text in QUOTE_MARKS for r in runs)
    if len(runs) > 1 and not quoted:
        # stretches on both sides of the speaker that are not a split quotation: the
        # longest is the content ("X, the office said in a statement")
        return max(runs, key=len)
    return [i for r in runs for i in r]


def _trimmable(token: Token) -> bool:
    """Spaces, punctuation other than quotation marks, and a dangling "and" at an edge."""
    punct = token.is_punct and token.text not in QUOTE_MARKS
    return token.is_space or punct or token.pos_ == "CCONJ"


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


ANONYMITY_CUES = _words("anonymity_cue")


def _anonymity_request(doc: Doc, cue: list[int], content: list[int]) -> bool:
    """A source asking not to be named ("asked not to be identified because she feared for
    her safety", "spoke on condition of anonymity"): no claim, the naming of a speaker."""
    if not any(doc[i].lemma_.lower() in ANONYMITY_CUES for i in cue):
        return False
    words = [doc[i].lower_ for i in sorted(content)[:6]]
    return words[:3] == ["not", "to", "be"] or "anonymity" in words


def _appeal_for_information(doc: Doc, cue: list[int], content: list[int]) -> bool:
    """An appeal for tips ("Anyone with information is urged to call Crime Stoppers",
    "police were asking residents to share any footage"): a request, not a claim."""
    words = load_claim_words()
    if not any(doc[i].lemma_.lower() in words["appeal_cue"] for i in cue):
        return False
    first = sorted(content)
    verbs = [doc[i] for i in first[:6] if doc[i].pos_ == "VERB"]
    if not verbs or verbs[0].lemma_.lower() not in words["appeal_act"]:
        return False
    if not any(doc[i].lower_ == "to" for i in first[: verbs[0].i - first[0] + 1]):
        return False
    # what tips are asked for, or where to: "information", "footage", "Crime Stoppers", a number
    sentence = doc[cue[0]].sent
    return any(t.lemma_.lower() in words["appeal_topic"] or t.like_num for t in sentence)


def _after_colon(cue: list[int], doc: Doc, inside: list[int]) -> list[int]:
    """What a cue announces with a colon when no quotation follows ("Fox News reports:" and
    the next sentence, "a sentence I never thought I'd write: Trump understands ..."): the
    sentence after the colon, from the colon on."""
    if all(doc[i].text == ":" for i in cue):
        return []  # a colon alone is a dateline's or a label's ("KARACHI: Personnel of ...")
    colon = cue[-1] if doc[cue[-1]].text == ":" else cue[-1] + 1
    if colon >= len(doc) or doc[colon].text != ":":
        return []
    start = colon + 1
    while start < len(doc) and doc[start].is_space:
        start += 1
    if start >= len(doc) or inside[start] >= 0:
        return []
    end = doc[start].sent.end
    return [i for i in range(start, end) if not doc[i].is_space and inside[i] < 0]


def _name_after_quoted_cue(
    doc: Doc, cue: list[int], regions: list[tuple[int, int]]
) -> tuple[list[int], set[int]] | None:
    """Speaker and content of '"...," said NAME, ...': a person's name right after a cue that
    right after a quotation is who said the quotation, however the parse hangs a relative
    clause after the name ("said Teresita Manalo, 54, whose son was among the dead" parsed
    as "said [that] Manalo ... was among the dead")."""
    after = cue[-1] + 1
    if after >= len(doc) or doc[after].ent_type_ != "PERSON" or doc[after].ent_iob_ != "B":
        return None
    quoted = _preceding_quotation(cue, [], doc, regions)
    if not quoted:
        return None
    end = after
    while end < len(doc) and doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ != "O":
        end += 1
        if end < len(doc) and doc[end].ent_iob_ == "B":
            break
    # only where the parse made the name the subject of a clause the cue reports
    root = next((t for t in doc[after:end] if t.head.i not in range(after, end)), None)
    if root is None or root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if root.head.dep_ != "ccomp" or root.head.head.i not in cue:
        return None
    return list(range(after, end)), set(quoted)


def _preceding_quotation(
    cue: list[int], source: list[int], doc: Doc, regions: list[tuple[int, int]]
) -> list[int]:
    """The quotation a cue closes from the next sentence or paragraph ('"...," \n\nWeaver
    said.'): only punctuation, spaces and the speaker between its end and the cue."""
    taken = set(source)
    for first, end in reversed(regions):
        if end >= cue[0]:
            continue
        between = doc[end + 1 : cue[0]]
        if all(t.is_punct or t.is_space or t.i in taken for t in between):
            return list(range(first, end + 1))
        return []
    return []


def _stretch_to_quotations(
    doc: Doc,
    content: set[int],
    inside: list[int],
    regions: list[tuple[int, int]],
    excluded: set[int],
) -> set[int]:
    """Content touching an opening or closing quotation mark takes the whole quotation, and
    the paragraphs it runs on into: a quotation left open at a paragraph's end goes on when
    the next paragraph opens with a quotation mark (the convention of long quotes)."""
    stretched = set(content)
    for k in sorted({inside[i] for i in content if inside[i] >= 0}):
        first, last = regions[k]
        # (or its first word: the parse may take the quotation's subject alone, '"They took
        # him ...," his brother told the Courier' with "told" a conjunct of "took")
        if not any(i in (first, first + 1, last) for i in content):
            continue
        while True:
            stretched.update(j for j in range(first, last + 1) if j not in excluded)
            if doc[last].text in QUOTE_MARKS or k + 1 >= len(regions):
                break  # closed where it ends
            following = regions[k + 1][0]
            if any(not t.is_space for t in doc[last + 1 : following]):
                break
            k += 1
            first, last = regions[k]
    return stretched


def _char_span(doc: Doc, tokens: list[int]) -> tuple[int, int]:
    first, last = doc[tokens[0]], doc[tokens[-1]]
    return first.idx, last.idx + len(last.text)


@dataclass(frozen=True)
class Speaker:
    """Who a speaker span names, as far as the article tells."""

    name: str | None
    kind: str
    role: str | None = None
    affiliation: str | None = None


# Words that pick some of a group: "one of them", "some of the residents".
MEMBER_COUNTS = frozenset({"one", "some", "several", "many", "most", "each", "both", "all"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "one"})
_TRIM = frozenset({",", "-", "—", "–", "(", ")", ":", ";", "'s", "’s", "'"})


def _phrase(tokens: Iterable[Token]) -> str | None:
    """A noun phrase's words as written, leading determiners and edge punctuation dropped."""
    words = [t for t in tokens if not t.is_space]
    while words and (words[0].lower_ in _DETERMINERS or words[0].text in _TRIM):
        words = words[1:]
    while words and words[-1].text in _TRIM:
        words = words[:-1]
    if not words:
        return None
    doc = words[0].doc
    return doc[words[0].i : words[-1].i + 1].text


def _appended_name(span: list[Token]) -> Token | None:
    """The last word of a proper name of two words or more that ends a speaker span, set off
    by a comma ("A spokesman for the JSM, Shakeel Warsi,"), whatever the parse hung it on."""
    words = list(span)
    while words and words[-1].is_punct:
        words.pop()
    first = len(words)
    while first > 0 and words[first - 1].pos_ == "PROPN":
        first -= 1
    named = len(words) - first >= 2 and first > 0 and words[first - 1].text == ","
    return words[-1] if named else None


def _appositive_words(head: Token) -> set[str]:
    """The nouns an apposition calls a name by: "Haki Watch, a coalition of rights groups"
    gives coalition and group."""
    words: set[str] = set()
    for child in head.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words.add(child.lemma_.lower())
            words.update(o.lemma_.lower() for o in prep_objects(child, ("of",)))
    return words


def _spelled_out(text: str, acronym: str) -> str | None:
    """The first run of capitalised words whose initials spell the acronym ("Jamhoori Shehri
    Mahaz" for JSM), anywhere in the text."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha():
        return None
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in acronym)
    match = re.search(rf"\b{words}\b", text)
    return match.group() if match else None


def _in_a_phrase_of(token: Token, head: Token) -> bool:
    """The token hangs on `head` through a preposition ("colleagues of Ramírez", "men
    charged with the murder of the journalist Juan Carlos Ramirez")."""
    for step in itertools.chain([token], token.ancestors):
        if step.i == head.i:
            return False
        if step.dep_ == "prep":
            return any(a.i == head.i for a in step.ancestors)
    return False


def _whose_person(head: Token, inside: set[int]) -> str:
    """ " of X" where the speaker's noun is of a person the span names ("relatives of Sajid
    Ali", "colleagues of Ramírez"): whose relatives speak, kept in their name."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for person in prep.children:
            if person.dep_ == "pobj" and person.ent_type_ == "PERSON" and person.i in inside:
                names = [t for t in person.subtree if t.ent_type_ == "PERSON" and t.i in inside]
                return " of " + _phrase(names)
    return ""


def _whose_place(head: Token, inside: set[int], place_names: set[str]) -> str:
    """ " of X" where X is a named place the speaker's noun belongs to ("residents of Daffo",
    "the governor of Kano"): whose they are, kept in their name, unlike a locative "in X"
    after it (claim_words locative_preposition), which says only where they are."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < head.i:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects or not all(t.i in inside for t in prep.subtree):
            continue
        place = objects[0]
        # the place's own words: "Port Harcourt", not a place in a phrase after it
        words = [place, *(c for c in place.children if c.dep_ == "compound")]
        if _names_a_place(words, place_names):
            return " of " + (_phrase(place.subtree) or place.text)
    return ""


def _names_a_place(words: list[Token], place_names: set[str]) -> bool:
    """The words name a place: the tagger's place entity, or a name the places stage found."""
    named = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in words) or named in place_names


def _plural_common(name: str) -> bool:
    """A name ending in a plural common noun: "Human rights groups", "party officials"."""
    last = name.split()[-1]
    return last.islower() and last.endswith("s")


def _named_only(root: Token, noun: Token) -> str | None:
    """The phrase of `root`'s subtree without what is said of `noun` in it ("Sana Mirza, a
    correspondent for ...": Sana Mirza)."""
    told = {t.i for c in noun.children if c.dep_ in _TOLD_OF for t in c.subtree}
    return _phrase(t for t in root.subtree if t.i not in told)


def _whose_body(head: Token, inside: set[int]) -> str | None:
    """The "of" phrase naming whose body a common noun is ("governments of Pakistan and the
    United States", "ministry of the interior"), when it names places or bodies."""
    for child in head.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        objects = [c for c in child.children if c.dep_ == "pobj"]
        named = objects and any(t.ent_type_ in ("GPE", "ORG", "NORP") for t in objects[0].subtree)
        if named and all(t.i in inside for t in child.subtree):
            return _named_only(child, objects[0])
    return None


# The most words of a name the actor lexicon holds ("islamic state west africa province")
LEXICON_NAME_MAX = 6


def _claimer(verb: Token) -> Token | None:
    """The subject of a "claim" verb whose object is an act or the responsibility for one
    (claim_words.tsv, claimed_act), as events read it: "the group that claimed the attack",
    "X claimed responsibility"; else None."""
    if verb.lemma_.lower() != "claim":
        return None
    acts = load_claim_words()["claimed_act"]
    if not any(c.dep_ == "dobj" and c.lower_ in acts for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # (or the phrase the parse hung elsewhere: "..., as an affiliate of X claimed ...")
    return subject or next(iter(noun_phrase_before(verb)), None)


def known_actor(name: str | None) -> str | None:
    """The name of the one force or group whose name in the actor lexicon the words are, as
    events name their actors: the words themselves where they are its name or a part of it
    ("Muttahida Qaumi Movement" of "MQM: Muttahida Qaumi Movement", "Rangers"), else the
    lexicon's name ("ISKP", "Pakistani Taliban"). None for a kind of force ("police", "the
    army": the event's place says whose) or words the lexicon lacks ("Coast Rangers")."""
    found = actor_lexicon().get(name.lower()) if name else None
    if not name or found is None or not names_one_actor(found[0]):
        return None
    return name if not is_acronym(name) and name.lower() in found[0].lower() else found[0]


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def _strip_titles(tokens: list[Token], titles: dict[str, str]) -> tuple[list[Token], list[Token]]:
    """(title tokens, name tokens) of a person's name as written."""
    k = 0
    while k < len(tokens) - 1 and (_key(tokens[k].text) in titles or tokens[k].text == "."):
        k += 1
    return tokens[:k], tokens[k:]


class SpeakerResolver:
    """Describes speaker spans and resolves pronouns, surnames and titled mentions to the
    persons named earlier in the same document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.ents = doc.ents  # spaCy builds this tuple anew on each access
        self.full_names = [e.text for e in self.ents if e.label_ == "PERSON" and " " in e.text]
        # each full name's first mention, where an apposition may tell the role
        self.first_mentions = {
            e.text: e for e in reversed(self.ents) if e.label_ == "PERSON" and " " in e.text
        }
        words = load_claim_words()
        self.titles = words["title"]
        self.roles = words["role"]
        self.documents = words["document"]
        self.organisations = words["organisation"]
        self.anonymous = words["anonymous"]
        self.authoring = words["authoring"]
        self.collective = words["collective"]
        self.locatives = frozenset(words["locative_preposition"])
        self.place_names = {p.text for p in doc._.corroborate_places or ()}
        # per token the quotation it lies in (-1 outside)
        self.in_quote = quote_regions(doc)[0]
        self.persons: list[tuple[int, Speaker]] = []  # (char offset, speaker) in text order
        self.groups: list[tuple[int, Speaker]] = []
        # m/f as the text tells it: "Mrs." or "Mr." before the name, or a pronoun resolved to it
        self.genders: dict[str, str] = {}
        # what named speakers are called in the text: {(name, kind): role and apposition words}
        self.descriptions: dict[tuple[str, str], set[str]] = {}
        # the organisations that claimed an act, as the claims told them: (char offset, name)
        self.claimants: list[tuple[int, str]] = []
        # the nouns a definite description of a person names someone by ("the suspect")
        self.held = frozenset(words["accused_speaker"])
        self.described_persons = self.held | frozenset(words["described_person"])
        self.naming = frozenset(words["naming_verb"])
        for entity in self.ents:  # "Haki Watch, a coalition of rights groups": wherever named
            kind = {"PERSON": "person", "ORG": "organisation"}.get(entity.label_)
            if _key(entity.text) in self.titles:
                continue  # "his lawyer, Atty. Benjamin Ocampo": the title cut off by its dot
            root = entity.root
            words = _appositive_words(root)
            if root.dep_ == "appos" and root.head.pos_ == "NOUN":  # "The spokesman, X"
                words.add(root.head.lemma_.lower())
            identified = root
            if root.dep_ == "pobj" and root.head.lower_ == "as":
                identified = root.head.head
            if (
                identified.lemma_.lower() in self.naming
                and identified.dep_ in ("acl", "relcl")
                and identified.head.pos_ == "NOUN"
            ):
                words.add(identified.head.lemma_.lower())  # "the suspect, identified as X"
            if kind == "organisation" and words & self.described_persons:
                kind = "person"  # "the suspect, identified as X": X tagged ORG is a person
            if kind == "person":
                words &= set(self.roles) | self.described_persons
            if kind and words:
                self._describes(Speaker(_phrase(entity), kind), words)

    def _describes(self, speaker: Speaker, words: Iterable[str]) -> None:
        if speaker.name and speaker.name[:1].isupper():
            kinds = load_claim_words()["kind_of"]
            words = set(words) | {kinds[w] for w in words if w in kinds}
            self.descriptions.setdefault((speaker.name, speaker.kind), set()).update(words)

    def named_by_description(
        self, tokens: list[int], speaker: Speaker, *, confessor: bool = False
    ) -> Speaker:
        """An unnamed speaker ("a spokesman for the Rangers", "the coalition") as the one named
        speaker of the document the text describes with the same word ("The spokesman, Colonel
        Tariq Bashir", "Haki Watch, a coalition of rights groups"); a person only by a definite
        description ("the suspect": "The suspect, Tariq Mehsud, 24,"), and a `confessor`
        ("the man confessed", "a man arrested over the bombing was shown confessing") as the
        one person the article names as held for the crime; else as it was."""
        doc = self.doc
        inside = set(tokens)
        heads = [doc[i] for i in tokens if doc[i].head.i not in inside or doc[i].head.i == i]
        if (
            not heads
            or heads[0].pos_ != "NOUN"
            or speaker.kind not in ("anonymous", "organisation")
        ):
            return speaker
        if speaker.name and speaker.name[:1].isupper():
            return speaker
        word = heads[0].lemma_.lower()
        word = load_claim_words()["kind_of"].get(word, word)  # "spokeswoman": a spokesperson
        found = {key for key, words in self.descriptions.items() if word in words}
        if word in self.described_persons and word not in self.roles:
            # "the man" is someone named before or after; "a man" someone new
            definite = any(c.dep_ == "det" and c.lower_ == "the" for c in heads[0].children)
            found = {key for key in found if key[1] == "person"} if definite else set()
            if confessor and not found:
                found = {
                    key
                    for key, words in self.descriptions.items()
                    if key[1] == "person" and words & self.held
                }
        if speaker.affiliation:
            last = speaker.affiliation.split()[-1].lower()
            affiliations = {
                key: [
                    (a.affiliation or "").lower().split()
                    for _, a in self.persons + self.groups
                    if (a.name, a.kind) == key
                ]
                for key in found
            }
            found = {
                key
                for key in found
                if any(last in words for words in affiliations[key])
                # one named alone stays unless his body is another's ("An army spokesman"
                # is not the police spokesman named before)
                or (len(found) == 1 and not any(affiliations[key]))
            }
        if len(found) != 1:
            return speaker
        name, kind = found.pop()
        return Speaker(name, kind, speaker.role, speaker.affiliation)

    def describe(self, tokens: list[int]) -> Speaker:
        """The speaker a span of tokens names (kind, name, role, affiliation), resolved."""
        doc = self.doc
        span = [doc[i] for i in tokens if not doc[i].is_space]
        inside = set(tokens)
        heads = [t for t in span if t.head.i not in inside or t.head.i == t.i]
        head = heads[0] if heads else span[0]
        offset = span[0].idx
        lower = head.lower_
        members = [p for p in prep_objects(head, ("of",)) if p.i in inside]
        if members and (lower in MEMBER_COUNTS or head.like_num):
            # "one of them", "two of the residents": one of those speaks, named as they are
            return self.describe(sorted(t.i for t in members[0].subtree if t.i in inside))
        if head.pos_ == "PRON" or lower in PRONOUN_GENDER or lower in PLURAL_PRONOUNS:
            subject = _governing_subject(head)
            if subject is not None:
                return self.describe(subject)
            return self._resolve_pronoun(lower, offset, head.sent.start_char)
        head_key = head.lemma_.lower()
        if head_key in self.collective:
            # "a small group of JSM workers": its members speak
            members = [
                p
                for p in prep_objects(head, ("of",))
                if p.tag_ in ("NNS", "NNPS") and p.i in inside
            ]
            if members:
                head = members[0]
                head_key, lower = head.lemma_.lower(), head.lower_
        # a clause telling of the speaker names someone else: "A man arrested over the attack
        # near Wana" (a town tagged PERSON) is no Wana; "the suspect, identified as X" is X
        told = {
            t.i
            for c in head.children
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() not in self.naming
            for t in c.subtree
        }
        # "Ahmed's lawyer, Rubina Kazmi,": the lawyer speaks, Ahmed is whose lawyer
        persons = [
            e
            for e in self.ents
            if e.label_ == "PERSON"
            and e.start in inside
            and e.start not in told
            and (e.root.dep_ != "poss" or e.root.head.i != head.i)
            # "Colleagues of Ramírez", "one of the two men charged with the murder of the
            # journalist Juan Carlos Ramirez": whose colleagues, whose murder, not who speaks
            and not (head.pos_ == "NOUN" and _in_a_phrase_of(e.root, head))
            # a name on a body's noun names the body: "al-Masirah television", also where
            # the body is whose the speaker is ("a doctor at the Donka hospital")
            and not (head.pos_ == "NOUN" and head_key in self.organisations)
            and not (
                e.root.dep_ == "compound"
                and e.root.head.i != head.i
                and (
                    e.root.head.lemma_.lower() in self.organisations
                    # a name on a thing the speaker is of ("the councillor for Richa ward,
                    # Pam Choji"): the ward's name, the speaker named after it
                    or (e.root.head.pos_ == "NOUN" and e.root.head.head.dep_ == "prep")
                )
            )
        ]
        compound = " ".join([*(t.lower_ for t in head.lefts if t.dep_ == "compound"), lower])
        if head_key in self.documents or lower in self.documents or compound in self.documents:
            return self._document(head, span)
        # "Col. Baig", "police spokesperson Dorcas Wanjiru", or "Baig" after "Farhan Baig"
        # (not a body's name: "the Awami Justice Party" is a party, not a judge)
        titled = (head.pos_ == "PROPN" and head_key not in self.organisations) and (
            _key(span[0].text) in self.titles
            or any(t.lemma_.lower() in self.roles for t in span if t.i < head.i)
            or (len(span) == 1 and self._earlier_person(head.text) is not None)
        )
        if persons or titled:
            return self._person(persons[0] if persons else None, head, span, offset)
        orgs = [e for e in self.ents if e.label_ in ("ORG", "NORP", "GPE") and e.start in inside]
        # "Neighbors said": a plural common noun the model tagged ORG for its capital
        capitalised_common = (
            len(span) == 1 and head.tag_ == "NNS" and head.is_sent_start and head.text.istitle()
        )
        # "The Minister of Communication, René Ngando,": a role and the person's name, which
        # the tagger may take together for a body's name
        role_named = head_key in self.roles and _appended_name(span) is not None
        if (
            head.ent_type_ in ("ORG", "NORP", "GPE") and not capitalised_common and not role_named
        ) or head_key in self.organisations:
            # "The army on Friday" is the army: words after the head stay out of the name
            before_head = span[: head.i + 1 - span[0].i]
            name = _phrase(orgs[0]) if orgs and head.ent_type_ else _phrase(before_head)
            if orgs and head.ent_type_ and orgs[0].end <= head.i:
                # a name the tokenizer split at its hyphens, its pieces tagged apart: "Tehreek",
                # "Taliban", "Pakistan" of "Tehreek-e-Taliban Pakistan" (was "Tehreek")
                joined = doc[orgs[0].start : head.i + 1]
                if all(t.pos_ == "PROPN" or t.text == "-" for t in joined):
                    name = _phrase(joined)
            whose = _whose_body(head, inside)
            if whose and name and name.endswith(" of"):  # "the Human Rights Forum of" + Sindh
                name = f"{name[:-3]} {whose}"
            elif whose and not head.ent_type_:  # "the governments of Pakistan and the US"
                name = f"{name} {whose}"
            owner = [
                c
                for c in head.children
                if c.dep_ == "poss"
                and (c.lemma_.lower() in GENERIC_GROUPS or c.ent_type_ in ("ORG", "NORP"))
            ]
            if owner and not head.ent_type_:  # "the party's coordination committee": the party
                name, head = _phrase(owner[0].subtree), owner[0]
            # a force or group the actor lexicon knows, by its name there, whatever of its
            # name the tagger found ("Islamic" of "Islamic State Khorasan Province (ISKP)")
            written = _phrase(before_head)
            if written and not is_acronym(written):  # (an acronym as _resolve_group reads it)
                name = known_actor(written) or name
            speaker = Speaker(self._resolve_group(name, head, offset), "organisation")
            self.groups.append((offset, speaker))
            self._describes(speaker, _appositive_words(head))
            return speaker
        if head_key in self.anonymous or lower in self.anonymous or head_key in self.roles:
            modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "poss")]
            org = [
                c
                for c in modifiers
                if c.ent_type_ in ("ORG", "NORP", "GPE")
                or c.lemma_.lower() in self.organisations
                or (c.text.isupper() and len(c.text) > 1)  # an acronym: "JSM leaders"
            ]
            role = head_key if head_key in self.roles else None
            # "party officials", "JSM leaders": the organisation speaks (named as before);
            # "a police officer": someone unnamed, named by the words as written
            if org and head.tag_ in ("NNS", "NNPS"):
                group = _phrase(org[0].subtree)
                name = self._resolve_group(group, org[0], offset)
                if name == group and group.islower() and " " not in group:
                    # "state prosecutors": a bare common word names no body; the words do
                    name = _phrase(span[: head.i + 1 - span[0].i])
                # ("Party officials" belong to the party it names, not to "Party")
                belongs = name if group.lower() in GENERIC_GROUPS else group
                speaker = Speaker(name, "organisation", role, belongs)
                self.groups.append((offset, speaker))
                return speaker
            affiliation = _phrase(org[0].subtree) if org else self._affiliation(head)
            named = _appended_name(span)
            if role and named is not None:  # "A spokesman for the JSM, Shakeel Warsi,"
                person = self._person(None, named, span, offset)
                speaker = Speaker(person.name, "person", role, person.affiliation or affiliation)
                self.persons[-1] = (self.persons[-1][0], speaker)
                self._describes(speaker, {role})
                return speaker
            called = _phrase(span[: head.i + 1 - span[0].i])
            speaker = Speaker(
                called and called + self._whose(head, inside), "anonymous", role, affiliation
            )
            return self._people(speaker, head, offset)
        named = [t for t in span if t.i <= head.i and not t.is_punct and t.lower_ != "the"]
        if head.pos_ == "PROPN" and _acronym(head) and len(named) == 1:
            # "JSM rejects JIT report": an acronym alone names a body, not a person; so does
            # "The JIT, which includes officers of the Rangers, ..." (what is told of it after)
            speaker = Speaker(self._resolve_group(head.text, head, offset), "organisation")
            self.groups.append((offset, speaker))
            return speaker
        if head.pos_ == "PROPN" and head.ent_type_ in ("", "PERSON"):
            return self._person(None, head, span, offset)
        if len(span) == 1 and head.text[:1].isupper() and head.i != head.sent.start:
            # a surname the tagger took for a common noun ("Siddiqui said")
            earlier = self._earlier_person(head.text)
            if earlier is not None:
                return earlier
        # "a shopkeeper who asked not to be named": the words up to the head name it
        name = _phrase(span[: head.i + 1 - span[0].i])
        name = name and name + self._whose(head, inside)
        return self._people(Speaker(name, "anonymous", None, self._affiliation(head)), head, offset)

    def _whose(self, head: Token, inside: set[int]) -> str:
        """Whose an unnamed speaker is, kept in the name: a person's ("relatives of Sajid
        Ali") or a named place's ("residents of Daffo")."""
        return _whose_person(head, inside) or _whose_place(head, inside, self.place_names)

    def _people(self, speaker: Speaker, head: Token, offset: int) -> Speaker:
        """An unnamed speaker; several people ("two residents") are a group a later "they" or
        "one of them" names."""
        if head.tag_ in ("NNS", "NNPS"):
            self.groups.append((offset, speaker))
        elif head.tag_ == "NN":
            # one unnamed person ("a coalition spokesman"): whom a later "he" or "she" may be
            self.persons.append((offset, speaker))
        return speaker

    def _person(self, entity: Span | None, head: Token, span: list[Token], offset: int) -> Speaker:
        if entity is not None:
            tokens = list(entity)
        else:  # the proper nouns ending at the head: "... spokesperson Dorcas Wanjiru"
            start = head.i
            while start - 1 >= span[0].i and head.doc[start - 1].pos_ == "PROPN":
                start -= 1
            tokens = list(head.doc[start : head.i + 1])
        # titles the entity left out ("Colonel" before "Asif Mahmood"); other words before
        # the name are role and affiliation, read by _apposition
        before = []
        k = tokens[0].i - 1
        service = self._title_service(head.doc, k, span[0].i)
        if service is not None:  # "Senior Superintendent of Police Arvind Kesari"
            k = service.start - 2
        while k >= span[0].i and (_key(head.doc[k].text) in self.titles or head.doc[k].text == "."):
            before.insert(0, head.doc[k])
            k -= 1
        titles, name_tokens = _strip_titles([*before, *tokens], self.titles)
        while len(name_tokens) > 2 and _key(name_tokens[0].text) in self.roles:
            titles.append(name_tokens.pop(0))  # "Lawyer Farhan Siddiqui" as one entity
        while len(name_tokens) > 1 and not name_tokens[0].text[:1].isupper():
            name_tokens = name_tokens[1:]  # "party chief Altamash Rizvi" as one entity
        name = _phrase(name_tokens) or _phrase(tokens)
        role, affiliation = self._apposition(head, span)
        if service is not None:
            affiliation = affiliation or service.text
        if role is None and head.pos_ == "NOUN" and head.lemma_.lower() in self.roles:
            role = head.lemma_.lower()  # "The spokesman, Colonel Tariq Bashir"
            affiliation = affiliation or self._affiliation(head)
        earlier = self._earlier_person(name)
        if earlier is not None:  # "Col. Mahmood" after "Colonel Asif Mahmood, a spokesman..."
            name = earlier.name
            role = role or earlier.role
            affiliation = affiliation or earlier.affiliation
        if role is None and titles:  # "Deputy Inspector General Tariq Aziz"
            titled = [t for t in titles if t.text != "." and _key(t.text) not in HONORIFICS]
            role = " ".join(t.lower_ for t in titled) or None
            if role and service is not None:
                role = f"{role} of {service.text.lower()}"
        for title in titles:
            gender = TITLE_GENDER.get(_key(title.text))
            if gender and name:
                self.genders.setdefault(name, gender)
        speaker = Speaker(name, "person", role, affiliation)
        self.persons.append((offset, speaker))
        if role:
            self._describes(speaker, {role.split(" of ")[0].split()[-1]})
        return speaker

    def _title_service(self, doc: Doc, end: int, floor: int) -> Span | None:
        """The service a title before a name is "of" ("Superintendent of Police", "Inspector
        General of Police"), the capitalised organisation words ending at `end`."""
        start = end
        while (
            start >= floor
            and doc[start].text[:1].isupper()
            and doc[start].lower_ in self.organisations
        ):
            start -= 1
        if (
            start == end
            or start - 1 < floor
            or doc[start].lower_ != "of"
            or _key(doc[start - 1].text) not in self.titles
        ):
            return None
        return doc[start + 1 : end + 1]

    def _apposition(self, head: Token, span: list[Token]) -> tuple[str | None, str | None]:
        """Role and affiliation from "X, a spokesman for the Rangers," or "Rangers spokesman X"."""
        for child in head.children:
            # (not an age: "Tariq Mehsud, 24,")
            if child.dep_ == "appos" and child.pos_ not in ("PROPN", "NUM"):
                return child.lemma_.lower(), self._affiliation(child)
        compounds = [t for t in span if t.i < head.i and t.dep_ == "compound"]
        ends = [k for k, t in enumerate(compounds) if t.lemma_.lower() in self.roles]
        if not ends:
            return None, None
        # the run of title words ending in the last role word is the role, what precedes
        # it the affiliation: "Deputy Inspector General X", "National Police chief X"
        end = first = ends[-1]
        while first > 0 and self._is_title_word(compounds[first - 1]):
            first -= 1
        role = " ".join(t.lower_ for t in compounds[first : end + 1])
        return role, _phrase(compounds[:first])

    def _is_title_word(self, token: Token) -> bool:
        key = _key(token.text)
        return key in self.titles or key in self.roles

    def _affiliation(self, noun: Token) -> str | None:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "with", "at", "from"):
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects:
                    claimant = self._claimant(objects[0])
                    if claimant is not None:
                        return claimant
                    # a name the tagger knows whole, its own clause in it: "the Committee to
                    # Protect Journalists" (not "Committee")
                    name = self._organisation_named(objects[0])
                    if name is not None:
                        return name
                    # "the family of a man killed in an encounter": the man, not his story;
                    # "a spokesman for the police in Kaduna": the police, not where they are
                    told = {
                        t.i
                        for c in objects[0].children
                        if c.dep_ in ("acl", "relcl") or self._locative(c)
                        for t in c.subtree
                    }
                    return _phrase(t for t in objects[0].subtree if t.i not in told)
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return _phrase(child.subtree)
            if child.dep_ == "compound" and (
                child.ent_type_ in ("ORG", "NORP", "GPE")
                # "the party spokesman, Daniel Owuor": the party's, as "the party's" would say
                or child.lemma_.lower() in self.organisations
            ):
                return _phrase(c for c in noun.lefts if c.dep_ == "compound")
        return None

    def _locative(self, prep: Token) -> bool:
        """A preposition after its noun that says where a named place is (claim_words
        locative_preposition): "in Kaduna" of "the police in Kaduna", "in Port Harcourt"."""
        if prep.dep_ != "prep" or prep.i < prep.head.i or prep.lower_ not in self.locatives:
            return False
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        return bool(objects) and _names_a_place(objects[:1], self.place_names)

    def _organisation_named(self, noun: Token) -> str | None:
        """The organisation's name an entity spans from the noun on, where it runs past the
        noun's own words."""
        for ent in self.ents:
            if ent.label_ == "ORG" and ent.start <= noun.i < ent.end and ent.end > noun.i + 1:
                return _phrase(ent)
        return None

    def _claimant(self, noun: Token) -> str | None:
        """Who "the group that claimed the attack" is: the organisation the article told
        claiming an act before it ("ISKP claimed responsibility for the bombing"; one told in
        another's words too: "officials said, as an affiliate of Islamic State claimed
        responsibility"), else the words with their clause, which say more than "group"."""
        if not any(c.dep_ == "relcl" and _claimer(c) is not None for c in noun.children):
            return None
        earlier = [name for at, name in self.claimants if at < noun.idx]
        if earlier:
            return earlier[-1]
        for verb in reversed(self.doc[: noun.i]):
            subject = _claimer(verb)
            if subject is not None and verb.dep_ != "relcl":
                named = self._organisation_in(subject)
                if named:
                    return named
        return _phrase(noun.subtree)

    def _organisation_in(self, phrase: Token) -> str | None:
        """The force or group a noun phrase names: the longest run of its words the actor
        lexicon holds ("a regional affiliate of Islamic State"), else an organisation's name
        in it."""
        first, end = phrase.left_edge.i, phrase.right_edge.i + 1
        for size in range(min(end - first, LEXICON_NAME_MAX), 0, -1):
            for start in range(first, end - size + 1):
                known = known_actor(self.doc[start : start + size].text)
                if known:
                    return known
        names = [e for e in self.ents if e.label_ == "ORG" and first <= e.start < end]
        return _phrase(names[0]) if names else None

    def _document(self, head: Token, span: list[Token]) -> Speaker:
        author = None
        issuer = None
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                author = self._named_object(child) or author
            if child.dep_ == "acl":  # "a report presented in the High Court"
                # "a tweet posted on Tuesday morning by X": X wrote it; the morning is when,
                # not who; "a report seen by reporters" is not theirs
                authoring = child.lemma_.lower() in self.authoring
                for grandchild in child.children:
                    if grandchild.dep_ == "agent" and authoring:
                        author = self._named_object(grandchild) or author
                    elif grandchild.dep_ == "prep":
                        issuer = self._named_object(grandchild, people=False) or issuer
            if child.dep_ == "poss":
                author = _phrase(child.subtree)
            # "a Rangers statement": the Rangers issued it
            if child.dep_ == "compound" and child.ent_type_ in ("ORG", "NORP") and not issuer:
                issuer = _phrase(c for c in head.lefts if c.dep_ == "compound")
        if author is None:
            author = self._putting_out(head)
        end = head.i + 1
        name = _phrase(t for t in span if t.i < end) or head.text
        if author:
            name = f"{name} by {author}"
        # "charge sheet": the role is the compound the lexicon knows
        compound = " ".join([*(t.lower_ for t in head.lefts if t.dep_ == "compound"), head.lower_])
        role = compound if compound in self.documents else head.lemma_.lower()
        return Speaker(name, "document", role, author or issuer)

    def _putting_out(self, document: Token) -> str | None:
        """Who acts "in" or "through" the document, its author: "Al-Shabaab claimed the attack
        in a statement posted on Telegram that said ..." (the statement is the group's, not
        Telegram's, where it was posted)."""
        preposition = document.head
        if document.dep_ != "pobj" or preposition.lower_ not in ("in", "through", "via"):
            return None
        verb = preposition.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb.pos_ == "VERB" else []
        for entity in self.ents if subjects else ():
            if entity.label_ in ("ORG", "PERSON", "NORP") and entity.root == subjects[0]:
                return _phrase(entity)
        return None

    def _named_object(self, preposition: Token, *, people: bool = True) -> str | None:
        """Who the object of a preposition names (a person by the entity's name, without
        its apposition); None for a time ("on Tuesday morning", "in the afternoon")."""
        objects = [c for c in preposition.children if c.dep_ == "pobj"]
        if not objects or objects[0].ent_type_ in ("DATE", "TIME"):
            return None
        if people:
            for entity in self.ents:
                if entity.label_ == "PERSON" and entity.start <= objects[0].i < entity.end:
                    return entity.text
        return _named_only(objects[0], objects[0])

    def _earlier_person(self, name: str | None) -> Speaker | None:
        """The latest person named before whose full name ends with this name ("Mahmood",
        "Asif Mahmood"); "Amjad Ali" is not "Sajid Ali"."""
        if not name:
            return None
        words = [_key(w) for w in name.split()]
        earlier = [speaker.name for _, speaker in reversed(self.persons) if speaker.name]
        earlier += self.full_names
        for candidate in earlier:
            known = [_key(w) for w in candidate.split()]
            if len(known) >= len(words) and known[-len(words) :] == words:
                for _, speaker in reversed(self.persons):
                    if speaker.name == candidate:
                        return speaker
                # named before, not as a speaker: "Ivan Garchuk, the district prosecutor, has
                # opened an inquiry" tells who "Garchuk" is
                mention = self.first_mentions.get(candidate)
                role, affiliation = (
                    self._apposition(mention.root, list(mention)) if mention else (None, None)
                )
                return Speaker(self._untitled(candidate), "person", role, affiliation)
        return None

    def _untitled(self, name: str) -> str:
        """A full name as the tagger found it, less the titles and roles before it ("Lawyer
        Farhan Siddiqui")."""
        words = name.split()
        while len(words) > 2 and (_key(words[0]) in self.titles or _key(words[0]) in self.roles):
            words = words[1:]
        return " ".join(words)

    def _resolve_pronoun(self, pronoun: str, offset: int, sentence_start: int) -> Speaker:
        """He/she: the nearest person named before whose gender, as far as the text tells,
        agrees (speakers before other names); they/we: the nearest group."""
        if pronoun == "it":  # the organisation named last: "a charge it denies"
            # not a group named by a plural common noun ("human rights groups")
            named = [
                (at, speaker)
                for at, speaker in self.groups
                if at < offset and speaker.name and not _plural_common(speaker.name)
            ]
            named += [
                (
                    e.start_char,
                    Speaker(self._resolve_group(_phrase(e), e.root, e.start_char), "organisation"),
                )
                for e in self.ents
                if e.label_ == "ORG"
                and e.end_char <= offset
                and _phrase(e) != self.doc._.corroborate_outlet
            ]
            if named:
                return max(named, key=lambda n: n[0])[1]
            return Speaker(None, "anonymous")
        if pronoun in PLURAL_PRONOUNS:
            for at, speaker in reversed(self.groups):
                if at < offset:
                    return speaker
            return Speaker(None, "anonymous")
        gender = PRONOUN_GENDER.get(pronoun)
        # a person named earlier in the pronoun's own sentence first ("Police arrested his
        # accomplice, Arif, and said he had confessed"), then speakers, then other names; not
        # one named in a quotation before it ('"... by al-Shabaab terrorists," he told'),
        # whom the quote speaks of
        candidates = [
            Speaker(entity.text, "person")
            for entity in reversed(self.ents)
            if entity.label_ == "PERSON"
            and sentence_start <= entity.start_char < offset
            and self.in_quote[entity.start] < 0
        ]
        candidates += [speaker for at, speaker in reversed(self.persons) if at < offset]
        candidates += [
            Speaker(entity.text, "person")
            for entity in reversed(self.ents)
            if entity.label_ == "PERSON" and entity.end_char <= offset
        ]
        for speaker in candidates:
            known = self.genders.get(speaker.name or "")
            if gender is None or known is None or known == gender:
                if gender and speaker.name:
                    self.genders.setdefault(speaker.name, gender)
                return speaker
        return Speaker(None, "anonymous")

    def _named_groups(self, offset: int) -> list[tuple[int, str | None]]:
        """Organisations named before `offset`, as speakers or ORG entities, latest first; an
        ORG entity that is a person's surname ("Siddiqui") left out, and so are the unnamed
        people kept for a later "they" ("Residents blamed ...": not "the party")."""
        named = [
            (at, speaker.name)
            for at, speaker in self.groups
            if at < offset and speaker.kind == SpeakerKind.ORGANISATION.value
        ]
        for entity in self.ents:
            if entity.label_ != "ORG" or entity.end_char > offset or _cut_from_a_name(entity):
                continue
            if _dateline(entity):
                continue  # "SARBAND, October 15 -": a place, which "the party" is not
            if " " not in entity.text and any(
                n.split()[-1] == entity.text and n != entity.text for n in self.full_names
            ):
                continue
            name = self._resolve_group(_phrase(entity), entity.root, entity.start_char)
            named.append((entity.start_char, name))
        return sorted(named, key=lambda n: n[0], reverse=True)

    def body_name(self, name: str | None, offset: int) -> str | None:
        """A body's name as the article spells it out ("JSM" after "the Jamhoori Shehri
        Mahaz (JSM)"), else as the actor lexicon names it ("TTP": Tehreek-e-Taliban
        Pakistan); None when neither knows it."""
        if not name:
            return None
        if name.isupper() and len(name) > 1:
            for entity in self.ents:
                words = [w for w in entity.text.split() if w[:1].isupper()]
                initials = "".join(w[0] for w in words if w.lower() not in _DETERMINERS)
                if entity.end_char <= offset and initials == name:
                    return _phrase(entity)
            spelled = _spelled_out(doc_text(self.doc), name)  # a name the parser did not see
            if spelled:
                return spelled
        return known_actor(name)

    def _resolve_group(self, name: str | None, head: Token, offset: int) -> str | None:
        """The organisation named before that "the party", "the ministry", "JSM" refers to."""
        if name is None:
            return name
        known = self.body_name(name, offset)
        if known is not None:
            return known
        word = head.lower_
        # "Party officials": the bare generic word, tagged a name for its capital, is the party
        # the article named ("the Awami Justice Party"), not a party called "Party"
        if head.ent_type_ and not (word in GENERIC_GROUPS and name.lower() == word):
            return name
        for entity in reversed(self.ents):
            found = entity.end_char <= offset and entity.label_ == "ORG"
            # (not the bare word again: the "Party" of "Party chief X" names no party). The
            # word must head the name: "the state government" is no "Government Science
            # Secondary School", a school the word only qualifies
            if found and entity.root.lower_ == word and entity.text.lower() != word:
                return _phrase(entity)
        for _, speaker in reversed(self.groups):  # "the prosecutor's office" named before
            if speaker.name and speaker.name.lower().endswith(" " + name.lower()):
                return speaker.name
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)
        kinds = load_claim_words()["kind_of"]
        if not indefinite and word in kinds.values():
            # "the force" after "the Rangers" (rangers: a force), the one named last
            for _, known in self._named_groups(offset):
                if known and kinds.get(known.lower().split()[-1]) == word:
                    return known
            for token in reversed(self.doc[: head.i]):  # a name the parser did not see
                if token.text[:1].isupper() and kinds.get(token.lower_) == word:
                    first = token.i
                    while first > 0 and self.doc[first - 1].pos_ == "PROPN":
                        first -= 1
                    return self.doc[first : token.i + 1].text
        if word in GENERIC_GROUPS and not indefinite:
            # "the party": the organisation named last ("The JSM could not be reached ... the
            # party's committee") that is no other kind of body (a court, the police); "a
            # rights group" is someone new, named later if at all. One that has spoken goes
            # first: "the party" is the JSM that rejected the report, not the press club
            # where its spokesman spoke.
            spoken = {speaker.name for _, speaker in self.groups}
            named = sorted(self._named_groups(offset), key=lambda n: n[1] not in spoken)
            for _, known in named:
                if self._generic_referent(known):
                    return known
            # else an acronym the parser did not tag ("JSM worker ..." in a headline)
            for token in reversed(self.doc[: head.i]):
                if token.is_alpha and token.is_upper and 1 < len(token.text) < 7:
                    known = self._resolve_group(token.text, token, token.idx)
                    if known != token.text and self._generic_referent(known):
                        return known
        return name

    def _generic_referent(self, known: str | None) -> bool:
        """A named organisation "the party" or "the group" may refer to: no other kind of
        body (a court, the police), not the paper reporting it, not a place the parser took
        for a body ("the party's Liaquatabad sector")."""
        if not known or not known[:1].isupper():
            return False
        words = known.lower().split()
        if len(words) == 1 and words[0] in GENERIC_GROUPS:
            return False  # "Party" of "Party chief X": no name, the generic word again
        other_kind = any(w in self.organisations and w not in GENERIC_GROUPS for w in words)
        outlet = known == self.doc._.corroborate_outlet
        return not other_kind and not outlet and known not in self.place_names


def load_claim_words() -> dict[str, dict[str, str]]:
    """claim_words.tsv as {category: {word: value}}."""
    return word_values("corroborate.extract", CLAIM_WORDS)


@functools.cache
def _phrase_index(category: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Lemma-sequence phrases of a claim_words category, by first lemma, longest first."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in load_claim_words()[category]:
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


# Per Doc, each word's lower-cased lemma and whether it is a quotation mark, read from the
# Doc's arrays once: find_phrases runs several times over each claim's words (opinion, hedge,
# confession, allegation) and over every cue's surroundings, and read them off a new Token
# each time. (Lemmas and words stay as parsed: the claims component mends only heads.)
_PHRASE_WORDS: weakref.WeakKeyDictionary[Doc, tuple[list[str], list[bool]]] = (
    weakref.WeakKeyDictionary()
)


def _phrase_words(doc: Doc) -> tuple[list[str], list[bool]]:
    words = _PHRASE_WORDS.get(doc)
    if words is None:
        strings = doc.vocab.strings
        lemmas = [strings[h].lower() for h in doc.to_array(LEMMA).tolist()]
        quotes = [strings[h] in QUOTE_MARKS for h in doc.to_array(ORTH).tolist()]
        words = _PHRASE_WORDS[doc] = (lemmas, quotes)
    return words


def find_phrases(tokens: Iterable[Token], category: str) -> list[tuple[int, int]]:
    """(first, end) token ranges where a phrase of the category occurs, by lemma; quotation
    marks inside it do not part it ('led a "target killing team"')."""
    index = _phrase_index(category)
    if isinstance(tokens, Span):
        doc, indexes = tokens.doc, range(tokens.start, tokens.end)
    else:
        listed = list(tokens)
        if not listed:
            return []
        doc, indexes = listed[0].doc, [t.i for t in listed]
    doc_lemmas, quotes = _phrase_words(doc)
    kept = [i for i in indexes if not quotes[i]]
    lemmas = [doc_lemmas[i] for i in kept]
    found = []
    for k, lemma in enumerate(lemmas):
        for phrase in index.get(lemma, ()):
            if tuple(lemmas[k : k + len(phrase)]) == phrase:
                found.append((kept[k], kept[k + len(phrase) - 1] + 1))
                break
    return found


def _hedges_claim(doc: Doc, content: list[Token]) -> bool:
    """A hedge word of the claim's own proposition; one in a clause that describes a noun of
    it ("warrants for several suspects believed to be hiding inside", "a man who may have
    seen the gunman") hedges that description, not the claim."""
    inside = {t.i for t in content}
    for first, _ in find_phrases(content, "hedge"):
        describing = False
        for word in (doc[first], *doc[first].ancestors):
            if word.i not in inside:
                break
            if word.dep_ in ("acl", "relcl") and word.head.i in inside:
                describing = True
                break
        if not describing:
            return True
    return False


def _cue_entry(token: Token, lexicon: dict[str, CueEntry]) -> CueEntry | None:
    """The lexicon's entry of a cue word; a verb's "-ing" form the tagger took for a noun
    ("shown on television confessing", lemma "confessing") is the verb's."""
    entry = lexicon.get(token.lemma_.lower())
    word = token.lower_
    if entry is not None or token.pos_ != "NOUN" or not word.endswith("ing"):
        return entry
    stem = word[:-3]
    for verb in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
        if (found := lexicon.get(verb)) is not None:
            return found
    return None


def claim_stance(doc: Doc, cue: list[int], lexicon: dict[str, CueEntry]) -> tuple[str, bool]:
    """Stance and hedging a cue carries; negation turns denial to assertion and the rest to
    questioning ("did not confirm")."""
    head = cue_head_token(cue, doc)
    entry = lexicon.get(head.lemma_.lower())
    intended = _intended_acts(doc, cue)
    for i in cue:  # "walked back", "brushed aside": any lexicon word of the cue decides
        if i in intended:
            continue
        if entry is None or entry.stance == Stance.ASSERTS.value:
            other = _cue_entry(doc[i], lexicon)
            if other is not None and other.stance != Stance.ASSERTS.value:
                entry = other
    stance = entry.stance if entry else Stance.ASSERTS.value
    # "are afraid", "is hopeful": the hedge is in the word of feeling, not the head "be"
    hedged = any(
        e.hedged
        for i in cue
        if i not in intended and (e := lexicon.get(doc[i].lemma_.lower())) is not None
    ) or bool(entry and entry.hedged)
    negated = any(c.dep_ == "neg" for c in head.children) or any(
        doc[i].lower_ in ("not", "n't", "never") for i in cue
    )
    if negated:
        stance = Stance.ASSERTS.value if stance == Stance.DENIES.value else Stance.QUESTIONS.value
    return stance, hedged


def _intended_acts(doc: Doc, cue: list[int]) -> set[int]:
    """The cue words that are the infinitive of a verb of belief or intention of the cue
    ("intends to [question]", "has vowed to [question]"): the act wanted or planned, whose
    stance is not the claim's (PolNeAR's cues leave these infinitives out 146 times of 165,
    train articles outside the tuning part; the extent is left to the extension model,
    whose cues there do not change). "Continued to deny" (infinitive_cue) denies."""
    words = load_claim_words()
    cue_set = set(cue)
    return {
        i
        for i in cue
        if doc[i].dep_ == "xcomp"
        and doc[i].head.i in cue_set
        and doc[i].head.pos_ == "VERB"
        and doc[i].head.lemma_.lower() in words["attitude_verb"]
        and doc[i].head.lemma_.lower() not in words["infinitive_cue"]
    }


_FIRST_PERSON = frozenset({"i", "we"})
_THIRD_PERSON = frozenset({"he", "she"})
_MODALS = frozenset({"will", "would", "shall", "can", "could", "may", "might", "must", "should"})


def _negated(content: list[Token]) -> bool:
    """The content denies an act: "no one was killed", "we did not fire", "there was no court
    order" (a negated act of the `denied_act` list; "be" only with "there" or a negative
    subject, so "he was not a criminal" stays an assertion). A life's history joined to an
    affirmed main clause is part of what is asserted: "he was a fish vendor and had never been
    arrested" denies nothing ("fired on the car and did not kill anyone" still does)."""
    negated = negated_verbs(content)
    return any(not _history_beside_an_assertion(verb, negated) for verb in negated)


def _history_beside_an_assertion(verb: Token, negated: list[Token]) -> bool:
    """`verb` is "never" done to him or been in the perfect ("had never been arrested", "had
    never been in trouble"), a conjunct of a main clause that is not itself negated. An act of
    the subject's own ("and had never killed a civilian") is still denied."""
    if verb.dep_ != "conj" or not (
        any(c.lower_ == "never" for c in verb.children)
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
        and (verb.lemma_ == "be" or any(c.dep_ == "auxpass" for c in verb.children))
    ):
        return False
    head = verb.head
    while head.dep_ == "conj":
        head = head.head
    return head not in negated and not any(c.dep_ == "neg" for c in head.children)


def negated_verbs(content: list[Token]) -> list[Token]:
    """The verbs whose negation makes the content a denial (see `_negated`)."""
    words = load_claim_words()
    denial, acts = words["denial"], words["denied_act"]
    found: list[Token] = []
    for token in content:
        verb = token.head
        if token.dep_ == "det" and token.lower_ in denial:  # "no officer used", "no order"
            if token.head.dep_ == "pobj":
                continue  # "a worker with no links to any gang" describes, denies nothing
            verb = token.head.head if token.head.dep_ in ("nsubj", "nsubjpass") else token.head
            if token.head.dep_ == "attr" and any(
                c.dep_ == "expl" for c in token.head.head.children
            ):
                verb = token.head.head  # "there was no massacre": the "be" with "there"
        elif not (
            token.dep_ == "neg"
            or (token.lower_ in denial and token.dep_ in ("nsubj", "nsubjpass", "attr", "dobj"))
        ):
            continue
        if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in verb.children):
            continue  # "we will not allow": a promise or threat, not a denial of a fact
        lemma = verb.lemma_.lower()
        if lemma == "be":
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl")]
            if any(c.lower_ == "there" or c.lower_ in denial for c in subjects) or (
                token.dep_ == "det" and token.head.dep_ == "attr"
            ):
                found.append(verb)
            continue
        if lemma in acts or _disowned_part(token, words["disowned_part"]):
            found.append(verb)
    return found


def _disowned_part(token: Token, parts: Container[str]) -> bool:
    """`token`, a denial word, denies having a part in an act: "we had nothing to do with
    the attack", "the group had no role in the bombing" (what one has no part in is denied,
    as "did not attack" denies the act; "had no information" denies nothing)."""
    noun = token if token.dep_ == "dobj" else token.head if token.dep_ == "det" else None
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "have":
        return False
    return noun.lemma_.lower() in parts or any(
        c.dep_ in ("relcl", "acl") and c.lemma_.lower() in parts for c in noun.children
    )


def _held_for_crime(doc: Doc, naming: Iterable[int]) -> bool:
    """True when the speaker span's head word is one held for a crime ("the suspect")."""
    accused = load_claim_words().get("accused_speaker", {})
    tokens = [doc[i] for i in naming]
    indices = {t.i for t in tokens}
    return any(
        t.head.i not in indices and (t.lemma_.lower() in accused or t.lower_ in accused)
        for t in tokens
    )


def content_stance(doc: Doc, content: list[Token], speaker_kind: str, accused: bool = False) -> str:
    """The stance a plain cue ("said", "told") takes from what is said: a negated main clause
    denies ("no one was killed"), wrongdoing laid at another's door alleges ("had been
    beaten", "under duress"), one's own violence confesses ("I killed people"; "he had
    planted the bomb" in the mouth of `accused`, a suspect or detainee)."""
    if not content:
        return Stance.ASSERTS.value
    if _negated(content) or _called_false(content):
        return Stance.DENIES.value
    for start, _end in find_phrases(content, "confession"):
        verb = doc[start]
        subjects = [c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ != "nsubjpass" and any(s in _FIRST_PERSON for s in subjects):
            return Stance.CONFESSES.value
        if accused and verb.dep_ != "nsubjpass" and any(s in _THIRD_PERSON for s in subjects):
            return Stance.CONFESSES.value
        sentence = verb.sent
        if (
            speaker_kind == "person"
            and any(s in _THIRD_PERSON for s in subjects)
            and any(
                t.lemma_.lower() in ("confess", "confession", "admit")
                for t in doc[max(sentence.start - 40, 0) : sentence.end]
            )
        ):
            return Stance.CONFESSES.value
    if find_phrases(content, "allegation"):
        return Stance.ALLEGES.value
    return Stance.ASSERTS.value


def _claims_an_act(doc: Doc, cue: list[int], content: list[Token]) -> bool:
    """A "claim" cue whose object is an act or the responsibility for one ("claimed
    responsibility for the attack", "ISWAP claims market bombing"): the speaker owns the act
    (claim_words.tsv, claimed_act)."""
    if not content or cue_head_token(cue, doc).lemma_.lower() != "claim":
        return False
    inside = {t.i for t in content}
    roots = [t for t in content if t.head.i not in inside or t.head.i == t.i]
    return bool(roots) and roots[0].lower_ in load_claim_words()["claimed_act"]


def _called_false(content: list[Token]) -> bool:
    """The main clause says what it names is false: "the toll of 40 given by local officials
    was exaggerated", "the reports are baseless" (claim_words.tsv, falsity)."""
    falsity = load_claim_words()["falsity"]
    inside = {t.i for t in content}
    for root in (t for t in content if t.head.i not in inside or t.head.i == t.i):
        words = [root, *(c for c in root.children if c.dep_ in ("acomp", "attr"))]
        if any(w.lower_ in falsity for w in words):
            return True
    return False


def editorial_opinions(doc: Doc, claims: list[ClaimFound]) -> list[ClaimFound]:
    """Claims of the article's own voice: sentences holding no attributed claim whose words
    are evaluative (claim_words.tsv, opinion); the speaker is the outlet when known."""
    taken = [(c.content.start, c.content.end) for c in claims]
    taken += [(c.cue.start, c.cue.end) for c in claims]
    outlet = doc._.corroborate_outlet
    found = []
    for sentence in article_sentences(doc):
        if any(s < sentence.end_char and sentence.start_char < e for s, e in taken):
            continue
        phrases = find_phrases(sentence, "opinion")
        if not phrases:
            continue
        first, end = phrases[0]
        cue = doc[first:end]
        words = [t for t in sentence if not t.is_space]
        start, stop = words[0].idx, words[-1].idx + len(words[-1].text)
        found.append(
            ClaimFound(
                speaker_name=outlet,
                speaker_kind=(SpeakerKind.ORGANISATION if outlet else SpeakerKind.ANONYMOUS).value,
                speaker_role=None,
                speaker_affiliation=None,
                speaker_start=None,
                speaker_end=None,
                cue=TextSpan(cue.start_char, cue.end_char, cue.text),
                content=TextSpan(start, stop, doc[words[0].i : words[-1].i + 1].text),
                stance=Stance.ASSERTS.value,
                hedged=bool(find_phrases(sentence, "hedge")),
                opinion=True,
            )
        )
    return found


@Language.factory(
    "corroborate_claims",
    default_config={"cue_threshold": 0.45, "unit_threshold": 0.45, "model_path": ""},
    assigns=["doc._.corroborate_claims"],
)
def make_claim_finder(
    nlp: Language, name: str, cue_threshold: float, unit_threshold: float, model_path: str
) -> ClaimFinder:
    """spaCy factory of the claims component (model_path "" = the shipped models)."""
    return ClaimFinder(cue_threshold, unit_threshold, model_path)
