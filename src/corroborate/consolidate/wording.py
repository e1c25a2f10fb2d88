"""Wording of a report as sparse TF-IDF vectors, comparable across articles without a global
vocabulary: words keep their spelling (no hashing), weights use shipped document frequencies.

Two vectors per report: all content words, and capitalised words (names of people, streets,
towns, groups), which carry most of the evidence that two articles tell of one incident.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import operator
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS

from corroborate.ingest.boilerplate import without_spans
from corroborate.lexicons import data_rows, read_rows, word_list, word_map

# Words kept per vector: enough to compare, small enough to keep in an incident_members row.
WORDS_KEPT = 120
NAMES_KEPT = 40

# The words the rules below look for, by category: wording_words.tsv.
_words = word_list("corroborate.consolidate", "wording_words.tsv")
# Tables of words with a value, in the file's order.
_values = word_map("corroborate.consolidate", "wording_words.tsv")


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|\d+")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:['\-][A-Za-z]+)?\b")
# spaCy's stop words and the words of saying.
_STOP = frozenset(STOP_WORDS) | _words("stop")
# Capitalised for reasons other than being a name.
_NOT_NAMES = _STOP | _words("not_names")


@functools.cache
def document_frequencies() -> tuple[int, dict[str, int]]:
    """(documents counted, word -> documents containing it) from document_frequencies.tsv."""
    counts = {
        row["word"]: int(row["documents"])
        for row in data_rows("corroborate.consolidate", "document_frequencies.tsv")
    }
    return counts.pop("__documents__"), counts


def idf(word: str) -> float:
    """Inverse document frequency; a word never counted weighs as a word seen once."""
    total, counts = document_frequencies()
    return math.log((total + 1) / (counts.get(word, 1) + 1)) + 1.0


def article_text(text: str, cut: list[tuple[int, int]] | None = None) -> str:
    """`text` without the `cut` spans (boilerplate) and without repeated paragraphs."""
    if cut:
        text = without_spans(text, cut)
    seen: set[str] = set()
    paragraphs = []
    for paragraph in text.split("\n"):
        paragraph = paragraph.strip()
        if paragraph and paragraph not in seen:
            seen.add(paragraph)
            paragraphs.append(paragraph)
    return "\n".join(paragraphs)


@functools.cache
def _idf_table() -> tuple[dict[str, float], float]:
    """idf of every counted word, and of a word never counted (worked out once, not per word
    of every report)."""
    total, counts = document_frequencies()
    return {word: idf(word) for word in counts}, math.log((total + 1) / (1 + 1)) + 1.0


def _weighted(counts: Counter[str], kept: int) -> dict[str, float]:
    table, unseen = _idf_table()
    weights = {word: (1.0 + math.log(n)) * table.get(word, unseen) for word, n in counts.items()}
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    # (the same as sorting all and keeping the first `kept`)
    top = heapq.nsmallest(kept, weights.items(), key=lambda item: (-item[1], item[0]))
    return {word: round(weight / norm, 4) for word, weight in top}


def word_vector(text: str) -> dict[str, float]:
    """TF-IDF weights of the content words of `text` (sublinear tf, L2-normalised, top words)."""
    words = (word.lower() for word in _WORD.findall(text))
    return _weighted(Counter(w for w in words if w not in _STOP), WORDS_KEPT)


def name_vector(text: str) -> dict[str, float]:
    """TF-IDF weights of the capitalised words of `text`: names of people, places, groups
    (hospitals left out: a city's few are named in most of its shooting reports)."""
    words = (word.lower() for word in _NAME.findall(_hospital_pattern().sub(" ", text)))
    return _weighted(Counter(w for w in words if w not in _NOT_NAMES), NAMES_KEPT)


@functools.cache
def _hospital_pattern() -> re.Pattern[str]:
    rows = read_rows("corroborate.consolidate", "hospital_words.tsv")
    ends = "|".join(re.escape(row["words"]) for row in rows)
    # Up to five capitalised words (or "of", "the") before the word that ends the name.
    return re.compile(rf"(?:\b(?:[A-Z][\w'.-]*|of|the)\s+){{1,5}}(?:{ends})\b")


@functools.cache
def _accident_pattern() -> re.Pattern[str]:
    cues = sorted(
        (row["cue"] for row in read_rows("corroborate.consolidate", "accident_cues.tsv")),
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)


def accidental(text: str) -> bool:
    """`text` says a shooting was an accident ("accidentally shot", "self-inflicted")."""
    return _accident_pattern().search(text) is not None


@functools.cache
def _street_words() -> dict[str, str]:
    rows = read_rows("corroborate.consolidate", "street_words.tsv")
    return {row["word"]: row["normal"] for row in rows}


@functools.cache
def _street_pattern() -> re.Pattern[str]:
    ends = "|".join(sorted(map(re.escape, _street_words()), key=len, reverse=True))
    # One to three capitalised or ordinal words before the street word; a direction before
    # them is dropped ("West Center Street" and "Center Street" are one street).
    # (not "Drive-By", "Drive-thru": a street word joined to the next word)
    return re.compile(
        r"\b(?:(?:North|South|East|West|[NSEW])\.?\s+)?"
        rf"((?:(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))\s+){{1,3}})({ends})\b(?!-)\.?"
    )


_DIRECTIONS = _words("directions")
# "Sixth Street" is "6th Street" (and "First Street" no stop word to drop).
_ORDINALS = _values("ordinals")
# A headline's title case capitalises its small words: what comes before the last of them is
# no part of the street ("Man Killed In Road Rage", "Shooting On Main Street": "main street").
_HEADLINE_SMALL_WORDS = frozenset({
    "a", "an", "the", "in", "on", "at", "of", "off", "near", "after", "before", "from", "for",
    "to", "by", "with", "and", "or", "as", "into",
})  # fmt: skip
# A "Court" after these is a court of law, where a hearing is, not a street of the shooting
# ("arraigned in Millbrook City Criminal Court").
_LAW_COURTS = _words("law_courts")
# "a 19-year-old man", "aged 44", "ages 16, 20 and 44", "Darnell Hayes, 19,"
_AGE = re.compile(
    r"\b(\d{1,3})[- ]years?[- ]old\b|\bage[sd]?\s+((?:\d{1,3}(?:,\s*|\s+and\s+|,\s+and\s+)?)+)"
    r"|\b[A-Z][a-z]+,\s+(\d{1,2}),"
)


# "in the 2700 block of West Larkin": a block number says that the capitalised words after it
# name a street even without a street word, as Chicago's and Detroit's police write addresses.
_BLOCK = re.compile(
    r"\b\d+[- ]block\s+of\s+(?:(?:North|South|East|West|[NSEW])\.?\s+)?"
    r"((?:[A-Z][a-zA-Z]+|\d+(?:st|nd|rd|th))(?:\s+(?:[A-Z][a-zA-Z]+|\d+(?:st|nd|rd|th)))*)"
)
# Words after a block's street that are not part of it ("the 2700 block of Larkin Thursday").
_NOT_STREET_WORDS = _NOT_NAMES - _STOP
# A direction's letters, no part of a block's street's name ("the 900 block of Pima SE").
_DIRECTION_LETTERS = _words("direction_letters")
# A block's street of more words than this is more likely a street and what follows it.
_BLOCK_WORDS = 3


def streets(text: str) -> list[str]:
    """Streets named in `text`, normalised ("3500 block of W. Center St." -> "center street");
    a block's street without a street word is its name alone ("2700 block of West Larkin"
    -> "larkin")."""
    found = set()
    for name, end in _street_pattern().findall(text):
        words = [w.lower() for w in name.split() if w.lower() not in _DIRECTIONS]
        words = [_ORDINALS.get(word, word) for word in words]
        small = [i for i, word in enumerate(words) if word in _HEADLINE_SMALL_WORDS]
        if small:
            words = words[small[-1] + 1 :]
        normal = _street_words()[end]
        if normal == "court" and words and words[-1] in _LAW_COURTS:
            continue
        if words and words[0] not in _STOP:
            found.add(" ".join([*words, normal]))
    for name in _BLOCK.findall(text):
        if any(word in _street_words() for word in name.split()):
            continue  # (a street with its street word, read above)
        words = []
        for word in name.lower().split():
            if word in _NOT_STREET_WORDS or word in _STOP:
                break  # ("the 1200 block of Orland Tuesday", "... of Orland An officer")
            if word not in _DIRECTIONS and word not in _DIRECTION_LETTERS:
                words.append(_ORDINALS.get(word, word))
        if words and len(words) <= _BLOCK_WORDS and len(" ".join(words)) > 2:
            found.add(" ".join(words))
    return sorted(found)


def _street_name(street: str) -> str:
    """A street's name without its street word ("larkin avenue" -> "larkin")."""
    name, _, kind = street.rpartition(" ")
    return name if name and kind in _street_kinds() else street


@functools.cache
def _street_kinds() -> frozenset[str]:
    return frozenset(_street_words().values())


def streets_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two reports' streets (streets()) share one, spelled alike or off by one letter
    ("Corvale Drive" and "Corvalle Drive"): one reporter's typo is no other street. Numbered
    streets must be spelled alike (5th and 6th Street are two). A block's street named without
    its street word is any street of that name ("West Larkin", "Larkin Avenue")."""
    if not a.isdisjoint(b):
        return True
    if any(_one_letter_off(x, y) for x in a for y in b):
        return True
    bare = {x for x in a | b if _street_name(x) == x}
    return any(_street_name(x) == _street_name(y) for x in a for y in b if {x, y} & bare)


def _one_letter_off(a: str, b: str) -> bool:
    """Names of one street kind ("... drive") of 5+ letters, no digits, one edit apart."""
    if _street_name(a) == a or _street_name(b) == b:
        return False  # (a block's street without its street word)
    (name_a, kind_a), (name_b, kind_b) = a.rsplit(" ", 1), b.rsplit(" ", 1)
    if kind_a != kind_b or abs(len(a) - len(b)) > 1:
        return False
    if min(len(name_a), len(name_b)) < 5 or any(c.isdigit() for c in a + b):
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def ages(text: str) -> list[int]:
    """Ages of people stated in `text` ("a 19-year-old man", "ages 16, 20 and 44")."""
    found: set[int] = set()
    for single, listed, after_name in _AGE.findall(text):
        for number in re.findall(r"\d+", f"{single} {listed} {after_name}"):
            if 0 < int(number) < 110:
                found.add(int(number))
    return sorted(found)


@functools.cache
def _name_suffixes() -> frozenset[str]:
    return frozenset(
        row["suffix"] for row in read_rows("corroborate.consolidate", "name_suffixes.tsv")
    )


# A possessive ending ("Gavin Marsh's", "Tyrell Mason’s", "Hollis'") and what is no letter.
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_LETTER = re.compile(r"[^\w\-]+")


def person_key(name: str) -> str:
    """A person's name as compared across articles: first and last name, lower case, without
    middle names or initials, nickname, possessive or generational suffix ("Omar P. Bright's"
    and "Omar Bright", "Keon Marquis Hollis" and "Keon Hollis", "Paul Wexley Jr." and "Paul
    Brandt Wexley" are one key); a single word stays as it is."""
    words = [_POSSESSIVE.sub("", w) for w in name.lower().split()]
    words = [_NOT_LETTER.sub("", w) for w in words]
    words = [w for w in words if w]
    while len(words) > 2 and words[-1] in _name_suffixes():
        words.pop()
    return " ".join([words[0], words[-1]]) if len(words) > 1 else " ".join(words)


@functools.cache
def _not_person_words() -> dict[str, frozenset[str]]:
    """Position ("first", "last") -> the words there that make a name no person's; a street
    word ("Martin Boulevard", "Carmody Way") is one of the last."""
    rows = read_rows("corroborate.consolidate", "not_person_words.tsv")
    streets = {word.lower() for word in _street_words()}
    return {
        position: frozenset(row["word"] for row in rows if row["position"] == position)
        | (streets if position == "last" else set())
        for position in ("first", "last")
    }


def names_a_person(key: str) -> bool:
    """Whether a person key (person_key) can be a person's full name: two words or more, none
    of them a word that makes it a place or a thing ("stroger hospital", "south homan")."""
    words = key.split()
    if len(words) < 2:
        return False
    not_person = _not_person_words()
    return words[0] not in not_person["first"] and words[-1] not in not_person["last"]


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Dot product of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    # The shared words picked and multiplied in C, in a's order (the sum is the same to the
    # last bit): a report is compared with every member of a large incident.
    shared = list(filter(b.__contains__, a))
    return sum(map(operator.mul, map(a.__getitem__, shared), map(b.__getitem__, shared)))


# Bits of a vector's word mask (cosine_bound): a few words of two vectors meet in one bit.
_MASK_BITS = 8192


# What cosine_bound knows of a vector: a bit per word (a hash of it); how many of its words
# share a bit with another of its words (its length less the bits set); the sums of its k
# largest squared weights (k = 0 .. its length). A plain tuple: it is unpacked for each pair.
VectorSketch = tuple[int, int, tuple[float, ...]]


def sketch(vector: dict[str, float]) -> VectorSketch:
    """The VectorSketch of a word vector. Its bits come of Python's string hash, which differs
    from one process to the next: a sketch is made for comparisons within one process (never
    stored), and a bound holds whatever the bits (only how tight it is varies)."""
    # (the hash of a dict's key is kept with the string: no hashing again; the bits set in a
    # bytearray, as OR-ing each into a large int makes a new int each time)
    positions = {hash(word) % _MASK_BITS for word in vector}
    mask = bytearray(_MASK_BITS // 8)
    for position in positions:
        mask[position >> 3] |= 1 << (position & 7)
    squares = sorted((weight * weight for weight in vector.values()), reverse=True)
    return (
        int.from_bytes(mask, "little"),
        len(vector) - len(positions),
        (0.0, *itertools.accumulate(squares)),
    )


def cosine_bound(a: VectorSketch, b: VectorSketch) -> float:
    """An upper bound of cosine(a, b) that does not look the words up (up to rounding: compare
    it with a margin). The k words two vectors share set their bits in both masks, at least
    k less a's own collisions of them (and b's): k <= the common bits plus the fewer
    collisions, which is at most either length; and over k words the dot product is at most
    the root of the product of each vector's k largest squared weights (Cauchy-Schwarz)."""
    a_bits, a_collisions, a_tops = a
    b_bits, b_collisions, b_tops = b
    shared = (a_bits & b_bits).bit_count() + (
        a_collisions if a_collisions < b_collisions else b_collisions
    )
    return math.sqrt(a_tops[shared] * b_tops[shared]) if shared else 0.0
