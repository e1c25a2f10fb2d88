"""The cue models' weights of a word's cue features, found without building the features.

claims.cue_token_features builds about forty strings a word ("l|d=say|ROOT", "w-1=police")
and the cue, free-cue and extension models look each up in dicts of some 65,000 strings:
most of what the claims component spent on its gate. Here each model feature is split into
its parts once, the parts as the StringStore ids a Doc's arrays hold, and kept in a dict
per family by its parts' ids joined into one int (each id 64 bits: no two parts alike);
a word's weights are then found by its words' ids, in the order
cue_token_features gives its features, as (cue, free-cue, extension) triples. Summed in that
order they are the sums LinearModel.probability makes of the strings, to the last bit (a
feature a model lacks adds 0.0 there and nothing here).

A part holding "|" cannot be told from two parts in a feature's string, so a Doc whose text
has one is left to the strings (cue_doc_words gives None).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Collection, Iterable, Mapping
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, LEMMA, LOWER, TAG
from spacy.strings import StringStore
from spacy.tokens import Doc

# A feature's weights in the cue, free-cue and extension models (0.0 where one lacks it).
Weights = tuple[float, float, float]

# cue_token_features' families: how many parts ("|"-joined) each one's value has, and which
# parts are frames (FRAME_DEPS of a word's children, kept here as a bit mask).
_PARTS: dict[str, int] = {
    "w": 1,
    "l": 1,
    "t": 1,
    "d": 1,
    "l|d": 2,
    "hl": 1,
    "hl|d": 2,
    "ht": 1,
    "t|ht": 2,
    "hd": 1,
    "e": 1,
    "lex": 0,
    "lex|t": 1,
    "lexs": 1,
    "hlex|d": 1,
    "c": 1,
    "l|c": 2,
    "subj_e": 1,
    "subj_t": 1,
    "l|subj_t": 2,
    "l|c|cl": 3,
    "c|cl": 2,
    "comp_mark": 2,
    "l|f": 2,
    "t|f": 2,
    "l|t": 2,
    "hl|hf|d": 3,
    "w-2": 1,
    "w-1": 1,
    "w1": 1,
    "w2": 1,
    "l|w+1": 2,
    "w-1|l": 2,
}
_FRAME_PARTS = {("l|f", 1), ("t|f", 1), ("hl|hf|d", 1)}

# StringStore ids of strings (symbols such as "nsubj" have small ids, the rest their hash),
# as a Doc's arrays hold them, and what a word's lemma lower-cased is, by the lemma's id.
_IDS = StringStore()
_LOWERED: dict[int, int] = {}


def _id(text: str) -> int:
    return _IDS[text]


def _frame_mask(frame: str, bits: Mapping[int, int]) -> int | None:
    """A frame's dependency labels as a bit mask (None: a label that is no frame's)."""
    mask = 0
    for label in frame.split(",") if frame else ():
        bit = bits.get(_id(label))
        if bit is None:
            return None
        mask |= bit
    return mask


class CueTables:
    """The cue, free-cue and extension models' weights of cue_token_features' families."""

    def __init__(
        self,
        models: tuple[Mapping[str, float], Mapping[str, float], Mapping[str, float]],
        stances: Mapping[str, str],
        frame_deps: Collection[str],
        linked_deps: Collection[str],
    ) -> None:
        # a frame's labels as bits, in any order: a frame is a set
        self.frame_bits = {_id(label): 1 << k for k, label in enumerate(sorted(frame_deps))}
        self.linked = frozenset(_id(label) for label in linked_deps)
        self.subjects = frozenset((_id("nsubj"), _id("nsubjpass")))
        self.comps = frozenset((_id("ccomp"), _id("xcomp")))
        self.marks = frozenset((_id("mark"), _id("aux")))
        # the stance of a lexicon lemma (lower-cased), by its id
        self.stances = {_id(lemma): _id(stance) for lemma, stance in stances.items()}
        weights: dict[str, list[float]] = {}
        for k, model in enumerate(models):
            for feature, weight in model.items():
                weights.setdefault(feature, [0.0, 0.0, 0.0])[k] = weight
        self.families: dict[str, Any] = {name: {} for name in _PARTS}
        self.lex: Weights | None = None
        for feature, triple in weights.items():
            name, _, value = feature.partition("=")
            size = _PARTS.get(name)
            if size is None:
                continue  # the extension model's own features (of the word beside a cue)
            if size == 0:
                if feature == name:
                    self.lex = (triple[0], triple[1], triple[2])
                continue
            parts = value.split("|")
            if len(parts) != size:
                continue  # a part with "|" in it: such Docs are scored from the strings
            keys: list[int] = []
            for k, part in enumerate(parts):
                key = _frame_mask(part, self.frame_bits) if (name, k) in _FRAME_PARTS else _id(part)
                if key is None:
                    break
                keys.append(key)
            else:
                joined = 0
                for key in keys:
                    joined = joined << 64 | key  # (ids are under 2 ** 64: one int per parts)
                self.families[name][joined] = (triple[0], triple[1], triple[2])


def cue_doc_words(doc: Doc, text: str) -> CueDocWords | None:
    """The Doc's words as ids for cue_weights, or None when its text has a "|"."""
    if "|" in text:
        return None
    return CueDocWords(doc)


class CueDocWords:
    """A Doc's words by index as StringStore ids, read once from its arrays (lemmas
    lower-cased, as cue_token_features reads them), and where to find each word's children."""

    def __init__(self, doc: Doc) -> None:
        columns = doc.to_array([LOWER, LEMMA, TAG, DEP, ENT_TYPE, HEAD])
        self.size = size = len(columns)
        self.lowers: list[int] = columns[:, 0].tolist()
        # lemmas lower-cased (each distinct one once per process)
        raw: list[int] = columns[:, 1].tolist()
        lemmas: list[int | None] = list(map(_LOWERED.get, raw))
        if None in lemmas:
            strings = doc.vocab.strings
            for i, lemma in enumerate(lemmas):
                if lemma is None:
                    lemmas[i] = _LOWERED[raw[i]] = _id(strings[raw[i]].lower())
        self.lemmas: list[int] = lemmas  # type: ignore[assignment]
        self.tags: list[int] = columns[:, 2].tolist()
        self.deps: list[int] = columns[:, 3].tolist()
        self.ents: list[int] = columns[:, 4].tolist()
        # HEAD is an offset (stored as uint64, a negative one wrapped around)
        heads = numpy.arange(size, dtype=numpy.int64) + columns[:, 5].astype(numpy.int64)
        self.heads: list[int] = heads.tolist()
        # a word's children are the words whose head it is, in order: a stable sort of the
        # words by head, each word's run of it found by bisection
        order = numpy.argsort(heads, kind="stable")
        by_head = heads[order]
        every = numpy.arange(size, dtype=numpy.int64)
        # (a root is its own head: it is in its own run, and skipped there)
        self.order: list[int] = order.tolist()
        self.first: list[int] = numpy.searchsorted(by_head, every, "left").tolist()
        self.last: list[int] = numpy.searchsorted(by_head, every, "right").tolist()
        self.frames: dict[int, int] = {}


def cue_weights(tables: CueTables) -> Callable[[CueDocWords, int], list[Weights]]:
    """A function giving the weights of word `i`'s cue_token_features that the models have,
    in their order (see the module docstring)."""
    families = tables.families
    w_, l_, t_, d_, ld_ = (families[n] for n in ("w", "l", "t", "d", "l|d"))
    hl_, hld_, ht_, tht_, hd_, e_ = (families[n] for n in ("hl", "hl|d", "ht", "t|ht", "hd", "e"))
    lext_, lexs_, hlexd_ = (families[n] for n in ("lex|t", "lexs", "hlex|d"))
    c_, lc_, subje_, subjt_, lsubjt_ = (
        families[n] for n in ("c", "l|c", "subj_e", "subj_t", "l|subj_t")
    )
    lccl_, ccl_, compmark_ = (families[n] for n in ("l|c|cl", "c|cl", "comp_mark"))
    lf_, tf_, lt_, hlhfd_ = (families[n] for n in ("l|f", "t|f", "l|t", "hl|hf|d"))
    neighbours = tuple(
        (offset, families[n]) for offset, n in ((-2, "w-2"), (-1, "w-1"), (1, "w1"), (2, "w2"))
    )
    lw1_, wm1l_ = families["l|w+1"], families["w-1|l"]
    lex = tables.lex
    stances, frame_bits = tables.stances, tables.frame_bits
    linked, subjects, comps, marks = tables.linked, tables.subjects, tables.comps, tables.marks

    def frame_of(words: CueDocWords, i: int) -> int:
        mask = words.frames.get(i)
        if mask is None:
            mask = 0
            deps = words.deps
            for child in words.order[words.first[i] : words.last[i]]:
                if child != i:
                    mask |= frame_bits.get(deps[child], 0)
            words.frames[i] = mask
        return mask

    def weights(words: CueDocWords, i: int) -> list[Weights]:
        found: list[Weights] = []
        add = found.append
        tags, deps = words.tags, words.deps
        lemmas, order, first, last = words.lemmas, words.order, words.first, words.last
        lemma, tag, dep = lemmas[i], tags[i], deps[i]
        head = words.heads[i]
        head_lemma, head_tag = lemmas[head], tags[head]
        if x := w_.get(words.lowers[i]):
            add(x)
        if x := l_.get(lemma):
            add(x)
        if x := t_.get(tag):
            add(x)
        if x := d_.get(dep):
            add(x)
        if x := ld_.get(lemma << 64 | dep):
            add(x)
        if x := hl_.get(head_lemma):
            add(x)
        if x := hld_.get(head_lemma << 64 | dep):
            add(x)
        if x := ht_.get(head_tag):
            add(x)
        if x := tht_.get(tag << 64 | head_tag):
            add(x)
        if x := hd_.get(deps[head]):
            add(x)
        if x := e_.get(words.ents[i]):
            add(x)
        stance = stances.get(lemma)
        if stance is not None:
            if lex:
                add(lex)
            if x := lext_.get(tag):
                add(x)
            if x := lexs_.get(stance):
                add(x)
        if head_lemma in stances and (x := hlexd_.get(dep)):
            add(x)  # (the head of a root is the root itself: so cue_token_features has it)
        frame = 0
        lemma_key = lemma << 64
        for child in order[first[i] : last[i]]:
            if child == i:
                continue
            child_dep = deps[child]
            frame |= frame_bits.get(child_dep, 0)
            if x := c_.get(child_dep):
                add(x)
            if x := lc_.get(lemma_key | child_dep):
                add(x)
            if child_dep in subjects:
                child_tag = tags[child]
                if x := subje_.get(words.ents[child]):
                    add(x)
                if x := subjt_.get(child_tag):
                    add(x)
                if x := lsubjt_.get(lemma << 64 | child_tag):
                    add(x)
            elif child_dep in linked:
                child_lemma = lemmas[child]
                if x := lccl_.get((lemma << 64 | child_dep) << 64 | child_lemma):
                    add(x)
                if x := ccl_.get(child_dep << 64 | child_lemma):
                    add(x)
            elif child_dep in comps:
                mark = next(
                    # (a child is no root: it is not among its own children)
                    (g for g in order[first[child] : last[child]] if deps[g] in marks),
                    None,
                )
                mark_id = 0 if mark is None else words.lowers[mark]
                if x := compmark_.get(child_dep << 64 | mark_id):
                    add(x)
        words.frames[i] = frame
        if x := lf_.get(lemma << 64 | frame):
            add(x)
        if x := tf_.get(tag << 64 | frame):
            add(x)
        if x := lt_.get(lemma << 64 | tag):
            add(x)
        head_frame = frame_of(words, head)
        if x := hlhfd_.get((head_lemma << 64 | head_frame) << 64 | dep):
            add(x)
        lowers, size = words.lowers, words.size
        for offset, table in neighbours:
            j = i + offset
            if 0 <= j < size and (x := table.get(lowers[j])):
                add(x)
        if i + 1 < size and (x := lw1_.get(lemma << 64 | lowers[i + 1])):
            add(x)
        if i > 0 and (x := wm1l_.get(lowers[i - 1] << 64 | lemma)):
            add(x)
        return found

    return weights


_PICK = tuple(operator.itemgetter(model) for model in range(3))


def summed(found: Iterable[Weights], model: int) -> float:
    """The sum of one model's weights (0 cue, 1 free cue, 2 extension), in their order."""
    return sum(map(_PICK[model], found))
