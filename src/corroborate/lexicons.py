"""The language data files (.tsv lexicons, cue words, patterns) that sit beside the code that
reads them: one reader for all, so every file follows one format (a header line of column
names, `#` comment lines, tab-separated, no quoting)."""

from __future__ import annotations

import csv
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources


def data_rows(package: str, name: str) -> Iterator[dict[str, str]]:
    """Rows of the data file `name` in `package` ("corroborate.extract"), read afresh: for a
    large table its module keeps only in its own form (document frequencies)."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


@functools.cache
def read_rows(package: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of the data file `name` in `package`, read once."""
    return tuple(data_rows(package, name))


@functools.cache
def word_values(package: str, name: str) -> dict[str, dict[str, str]]:
    """A word list of `category`, `word` and optional `value` columns as {category: {word:
    value}} in the file's order (a row without a value gives ""), read once."""
    groups: dict[str, dict[str, str]] = {}
    for row in read_rows(package, name):
        groups.setdefault(row["category"], {})[row["word"]] = row.get("value") or ""
    return groups


@functools.cache
def word_categories(package: str, name: str) -> dict[str, frozenset[str]]:
    """A word list of `category` and `word` columns as {category: its words}, read once."""
    return {category: frozenset(words) for category, words in word_values(package, name).items()}


def category_values(package: str, name: str, category: str) -> dict[str, str]:
    """The words of one category of a word list with their values, in the file's order; an
    unknown category (a misspelt name in the code) raises rather than reading as empty."""
    groups = word_values(package, name)
    if category not in groups:
        raise KeyError(f"{package}/{name} has no category {category!r}")
    return groups[category]


def category_words(package: str, name: str, category: str) -> frozenset[str]:
    """The words of one category of a word list (raises as category_values does)."""
    category_values(package, name, category)  # raises on an unknown category
    return word_categories(package, name)[category]


def word_list(package: str, name: str) -> Callable[[str], frozenset[str]]:
    """The reader of one category of a word list, for a module's constants:
    `_words = word_list("corroborate.extract", "event_words.tsv")`, `_words("weapon_words")`."""
    return functools.partial(category_words, package, name)


def word_map(package: str, name: str) -> Callable[[str], dict[str, str]]:
    """The reader of one category of a word list as {word: value} in the file's order, for
    a module's tables: `_values = word_map(...)`, `{w: int(n) for w, n in
    _values("number_words").items()}`."""
    return functools.partial(category_values, package, name)


def alternation(words: Iterable[str]) -> str:
    """A regular expression's alternation of a word list's words or phrases, as written
    (escaped), longest first so that a phrase is preferred to a word it begins with."""
    return "|".join(re.escape(word) for word in sorted(words, key=lambda w: (-len(w), w)))
