"""spaCy's attribute ruler and rule lemmatizer, each worked out once per distinct kind of token.

en_core_web_sm's ``attribute_ruler`` (its tag map and morphology exceptions: 179 Matcher
patterns) and ``lemmatizer`` cost as much CPU as its parser: the Matcher tries every pattern at
every token, and the lemmatizer re-derives the lemma of a base form, a proper noun or a
punctuation mark at every occurrence (spaCy caches only the rest). What each writes is a
function of a few attributes of the token (the ruler's one-token patterns read only its
lower-cased text, tag, dependency and whether it is space; the lemmatizer only its text,
POS and morphology), so `speed_up_morphology` makes each of the two components look those
results up, computed by the original component the first time a kind of token is seen: the
Doc comes out exactly as spaCy's own components leave it.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, LEMMA, MORPH, ORTH, POS, TAG
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

# Token attributes a one-token ruler pattern may read for `FastAttributeRuler` to key on them;
# a pipeline whose ruler reads anything else keeps spaCy's own component.
_KEYED_PATTERN_ATTRS = frozenset({"LOWER", "TAG", "DEP", "IS_SPACE"})
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})
_OTHER = object()  # stands for any value no pattern names


class _ValueKey:
    """Maps a value to itself when some pattern names it (in a literal, an IN or NOT_IN list or
    a REGEX that matches it), else to one shared stand-in: all unnamed values match alike."""

    def __init__(self) -> None:
        self.named: set[str] = set()
        self.regexes: list[re.Pattern[str]] = []

    def add(self, predicate: Any) -> bool:
        """Take in one pattern's predicate; False when it is of a kind we cannot key on."""
        if isinstance(predicate, str):
            self.named.add(predicate)
            return True
        if not isinstance(predicate, dict) or not set(predicate) <= _PREDICATES:
            return False
        for kind, value in predicate.items():
            if kind == "REGEX":
                self.regexes.append(re.compile(value))
            else:
                self.named.update(value)
        return True

    def __call__(self, value: str) -> object:
        if value in self.named or any(r.search(value) for r in self.regexes):
            return value
        return _OTHER


class FastAttributeRuler:
    """An AttributeRuler's result per token, from what its patterns say of the token's kind
    (the attributes they read), worked out once per kind; its few longer patterns (fixed
    length) are matched token by token from the same kinds."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        # every token pattern, run on a one-token Doc for each new kind of token: a one-token
        # pattern under its attribute id, a longer pattern's k-th token as "j k"
        self.token_patterns = Matcher(self.vocab)
        self.names: dict[int, str] = {}  # match id -> the name above
        self.longer: list[tuple[int, int]] = []  # (attribute id, length) of longer pattern j
        self.lower_key = _ValueKey()
        self.dep_key = _ValueKey()
        self.keyable = True
        for attr_id, entry in enumerate(ruler.patterns):
            for pattern in entry["patterns"]:
                self.keyable &= all(self._learn(token) for token in pattern)
                if len(pattern) == 1:
                    self._add(str(attr_id), pattern[0])
                    continue
                for k, token in enumerate(pattern):
                    self._add(f"{len(self.longer)} {k}", token)
                self.longer.append((attr_id, len(pattern)))
        # kind -> (the attributes its one-token patterns set, merged; their ids; the longer
        # patterns' (j, k) it fits); a kind is (lower key, is space, tag, dep key)
        self.by_kind: dict[tuple[object, ...], tuple[dict[int, Any], list[int], set[Any]]] = {}
        self.lower_keys: dict[int, tuple[object, bool]] = {}  # orth -> (lower key, is space)
        self.dep_keys: dict[int, object] = {}

    def _add(self, name: str, token_pattern: dict[str, Any]) -> None:
        self.names[self.vocab.strings.add(name)] = name
        self.token_patterns.add(name, [[token_pattern]])

    def _learn(self, token_pattern: dict[str, Any]) -> bool:
        if not set(token_pattern) <= _KEYED_PATTERN_ATTRS:
            return False
        for attr in ("LOWER", "DEP"):
            if attr in token_pattern:
                key = self.lower_key if attr == "LOWER" else self.dep_key
                if not key.add(token_pattern[attr]):
                    return False
        return True

    def _of_kind(self, doc: Doc, i: int) -> tuple[dict[int, Any], list[int], set[Any]]:
        token = doc[i]
        alone = Doc(self.vocab, words=[token.text], spaces=[False])
        alone[0].tag = token.tag
        alone[0].dep = token.dep
        ids: list[int] = []
        positions: set[Any] = set()
        for m_id, _, _ in self.token_patterns(alone, allow_missing=True):
            name = self.names[m_id]
            if " " in name:
                positions.add(tuple(int(n) for n in name.split()))
            else:
                ids.append(int(name))
        ids.sort()
        merged: dict[int, Any] = {}
        for attr_id in ids:
            merged.update(self.ruler.attrs[attr_id])
        return merged, ids, positions

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        strings = self.vocab.strings
        kinds = []
        for i, (orth, tag, dep) in enumerate(doc.to_array([ORTH, TAG, DEP]).tolist()):
            lower = self.lower_keys.get(orth)
            if lower is None:
                token = doc[i]
                lower = self.lower_keys[orth] = (self.lower_key(token.lower_), token.is_space)
            dep_key = self.dep_keys.get(dep)
            if dep_key is None:
                dep_key = self.dep_keys[dep] = self.dep_key(strings[dep] if dep else "")
            kind = (*lower, tag, dep_key)
            found = self.by_kind.get(kind)
            if found is None:
                found = self.by_kind[kind] = self._of_kind(doc, i)
            kinds.append(found)
        longer = self._longer_matches(kinds)
        for i, (attrs, ids, _) in enumerate(kinds):
            if i in longer:
                attrs = self._merged([(attr_id, i) for attr_id in ids] + longer[i])
            if attrs:
                set_token_attrs(doc[i], attrs)
        return doc

    def _longer_matches(self, kinds: list[Any]) -> dict[int, list[tuple[int, int]]]:
        """{token: [(attribute id, match start)]} of the longer patterns that match."""
        found: dict[int, list[tuple[int, int]]] = {}
        for start, (_, _, positions) in enumerate(kinds):
            for j, k in positions:
                attr_id, length = self.longer[j]
                if k or start + length > len(kinds):
                    continue
                if all((j, n) in kinds[start + n][2] for n in range(1, length)):
                    target = range(start, start + length)[self.ruler.indices[attr_id]]
                    found.setdefault(target, []).append((attr_id, start))
        return found

    def _merged(self, matches: list[tuple[int, int]]) -> dict[int, Any]:
        """The attributes of a token's matches applied in the ruler's order (pattern, then
        start), as AttributeRuler.set_annotations does."""
        merged: dict[int, Any] = {}
        for attr_id, _ in sorted(matches):
            merged.update(self.ruler.attrs[attr_id])
        return merged


class FastLemmatizer:
    """A rule lemmatizer's lemma per (word, POS, morphology), the three things it reads."""

    def __init__(self, lemmatizer: EnglishLemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmas: dict[tuple[int, int, int], int] = {}
        # spaCy's rules test each candidate form for membership in a POS's list of known
        # words (tens of thousands long): as sets, the same answers without the scan.
        if "lemma_index" in lemmatizer.lookups:
            index = lemmatizer.lookups.get_table("lemma_index")
            for pos, words in list(index.items()):
                index[pos] = frozenset(words)

    def __call__(self, doc: Doc) -> Doc:
        strings = self.lemmatizer.vocab.strings
        keep_set = not self.lemmatizer.overwrite  # lemmas the attribute ruler set stay
        columns = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(columns):
            if keep_set and lemma != 0:
                lemmas.append(lemma)
                continue
            kind = (orth, pos, morph)
            new = self.lemmas.get(kind)
            if new is None:
                new = self.lemmas[kind] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas.append(new)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc


@Language.factory("corroborate_fast_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str, wraps: str) -> FastAttributeRuler:
    return FastAttributeRuler(nlp.get_pipe(wraps))


@Language.factory("corroborate_fast_lemmatizer")
def make_fast_lemmatizer(nlp: Language, name: str, wraps: str) -> FastLemmatizer:
    return FastLemmatizer(nlp.get_pipe(wraps))


def speed_up_morphology(nlp: Language) -> None:
    """Put the cached forms in place of the pipeline's attribute ruler and rule lemmatizer,
    under their names; a ruler whose patterns read other attributes is left as it is."""
    for name, component in list(nlp.pipeline):
        if type(component) is AttributeRuler and FastAttributeRuler(component).keyable:
            factory = "corroborate_fast_attribute_ruler"
        elif type(component) is EnglishLemmatizer and component.mode == "rule":
            factory = "corroborate_fast_lemmatizer"
        else:
            continue
        nlp.add_pipe(factory, name=f"{name}_fast", after=name, config={"wraps": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(f"{name}_fast", name)
