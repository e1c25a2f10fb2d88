"""The language data files (.tsv lexicons, cue words, patterns) that sit beside the code that
reads them: one reader for all, so every file follows one format (a header line of column
names, `#` comment lines, tab-separated, no quoting)."""

from __future__ import annotations

import csv
import functools
from collections.abc import Callable
from importlib import resources


@functools.cache
def read_rows(package: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of the data file `name` in `package` ("corroborate.extract"), read once."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


@functools.cache
def word_categories(package: str, name: str) -> dict[str, frozenset[str]]:
    """A word list of `category` and `word` columns as {category: its words}, read once."""
    groups: dict[str, set[str]] = {}
    for row in read_rows(package, name):
        groups.setdefault(row["category"], set()).add(row["word"])
    return {category: frozenset(words) for category, words in groups.items()}


def category_words(package: str, name: str, category: str) -> frozenset[str]:
    """The words of one category of a word list; an unknown category (a misspelt name in the
    code) raises rather than reading as an empty set."""
    groups = word_categories(package, name)
    if category not in groups:
        raise KeyError(f"{package}/{name} has no category {category!r}")
    return groups[category]


def word_list(package: str, name: str) -> Callable[[str], frozenset[str]]:
    """The reader of one category of a word list, for a module's constants:
    `_words = word_list("corroborate.extract", "event_words.tsv")`, `_words("weapon_words")`."""
    return functools.partial(category_words, package, name)
