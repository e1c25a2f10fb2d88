"""The word lists (category and word columns) that modules read into their constants: every
category the code names is in its file and has words, every category of the file is named,
and a misspelt category raises instead of reading as an empty set."""

from __future__ import annotations

import ast
import re
from importlib import resources
from typing import NamedTuple

import pytest

from corroborate.assess.contradictions import cue_words
from corroborate.extract.claims import load_claim_words, load_cue_lexicon
from corroborate.extract.figures import NUMBER_WORDS, QUALIFIER_WORDS, TOLL_ORDINALS, WORD_LEMMAS
from corroborate.lexicons import (
    alternation,
    category_values,
    category_words,
    read_rows,
    word_categories,
    word_values,
)


class WordList(NamedTuple):
    module: str  # the module's file in corroborate
    package: str  # where its data file is
    name: str  # the data file
    reader: str  # the module's function that reads one category
    all_named: bool = True  # False: the module reads other categories another way
    lower_case: bool = True  # False: words matched as written in capitals ("Street")
    table_reader: str = "_values"  # the module's function that reads one category's {word: value}


WORD_LISTS = (
    WordList("extract/events.py", "corroborate.extract", "event_words.tsv", "_words"),
    WordList("extract/figures.py", "corroborate.extract", "figure_words.tsv", "_words"),
    WordList("extract/claims.py", "corroborate.extract", "claim_words.tsv", "_words", False),
    WordList("extract/actors.py", "corroborate.extract", "actor_words.tsv", "_words"),
    WordList("extract/pipeline.py", "corroborate.extract", "pipeline_words.tsv", "_words"),
    WordList("assess/victims.py", "corroborate.assess", "victim_words.tsv", "_words"),
    WordList("assess/figures.py", "corroborate.assess", "figure_words.tsv", "_words"),
    WordList("consolidate/actors.py", "corroborate.consolidate", "actor_words.tsv", "_words"),
    WordList("consolidate/wording.py", "corroborate.consolidate", "wording_words.tsv", "_words"),
    WordList("consolidate/incidents.py", "corroborate.consolidate", "incident_words.tsv", "_words"),
    WordList(
        "extract/places.py", "corroborate.extract", "place_words.tsv", "_words", lower_case=False
    ),
)


def _named_categories(module: str, reader: str) -> list[str]:
    """The categories the module's source passes to its reader (in f-strings too: a regular
    expression's alternation built from a category)."""
    tree = ast.parse(resources.files("corroborate").joinpath(module).read_text())
    return [
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == reader
        and node.args
        and isinstance(node.args[0], ast.Constant)
    ]


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda w: w.name)
def test_every_named_category_is_listed_and_every_listed_one_named(words: WordList) -> None:
    named = _named_categories(words.module, words.reader)
    assert named, f"{words.module} names no category of {words.name}"
    named += _named_categories(words.module, words.table_reader)
    for category in named:
        assert category_words(words.package, words.name, category), category
    if words.all_named:
        listed = set(word_categories(words.package, words.name))
        assert listed == set(named), listed ^ set(named)


# Every word list in the shared format: (package, file, matched in lower case)
WORD_FILES = [(w.package, w.name, w.lower_case) for w in WORD_LISTS] + [
    ("corroborate.assess", "contradiction_words.tsv", True),
    ("corroborate.extract", "time_words.tsv", False),
]


@pytest.mark.parametrize(("package", "name", "lower_case"), WORD_FILES, ids=lambda x: str(x))
def test_word_lists_hold_each_word_once(package: str, name: str, lower_case: bool) -> None:
    pairs = [(row["category"], row["word"]) for row in read_rows(package, name)]
    assert pairs, name
    assert len(pairs) == len(set(pairs)), name
    assert all(word and word == word.strip() for _, word in pairs), name
    if lower_case:
        assert all(word == word.lower() for _, word in pairs), name


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda w: w.name)
def test_every_word_of_a_table_has_its_value(words: WordList) -> None:
    for category in _named_categories(words.module, words.table_reader):
        table = category_values(words.package, words.name, category)
        assert table and all(table.values()), (words.name, category)


def test_tables_keep_the_files_order_and_give_values() -> None:
    # QUALIFIER_WORDS is searched in order, longest phrase first: "no fewer than" before "no"
    assert QUALIFIER_WORDS[:2] == [
        (("at", "least"), "at_least"),
        (("no", "fewer", "than"), "at_least"),
    ]
    assert NUMBER_WORDS["twelve"] == 12 and NUMBER_WORDS["an"] == 1
    assert TOLL_ORDINALS["3rd"] == 3 and WORD_LEMMAS["slain"] == "slay"


def test_claims_read_their_words_with_the_shared_reader() -> None:
    assert load_claim_words() is word_values("corroborate.extract", "claim_words.tsv")
    assert load_claim_words()["kind_of"]["sheriff"] == "officer"
    assert load_cue_lexicon()["say"].stance == "asserts"


def test_an_alternation_prefers_the_longer_phrase() -> None:
    pattern = re.compile(rf"\b(?:{alternation(['wave', 'wave of', 'spate of'])})\b")
    assert pattern.search("a wave of shootings").group() == "wave of"
    assert not pattern.search("a spate.of")  # written as listed: "." is no wildcard
    assert not pattern.search("waves")


def test_a_misspelt_category_raises() -> None:
    assert "grenade" in category_words("corroborate.extract", "event_words.tsv", "weapon_words")
    with pytest.raises(KeyError, match="weapons_words"):
        category_words("corroborate.extract", "event_words.tsv", "weapons_words")
    with pytest.raises(KeyError, match="number_word"):
        category_values("corroborate.extract", "figure_words.tsv", "number_word")


def _subscripted_categories(module: str, loader: str) -> list[str]:
    """The categories the module's source takes from its loader's dict: `loader()["x"]`."""
    tree = ast.parse(resources.files("corroborate").joinpath(module).read_text())
    return [
        node.slice.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Call)
        and isinstance(node.value.func, ast.Name)
        and node.value.func.id == loader
        and isinstance(node.slice, ast.Constant)
    ]


def test_contradiction_roles_named_in_code_are_listed() -> None:
    named = _subscripted_categories("assess/contradictions.py", "cue_words")
    assert {"prefix", "plural_body", "negation"} <= set(named)
    # _has(text, role) looks a role up with .get: a misspelt one would find nothing
    tree = ast.parse(
        resources.files("corroborate").joinpath("assess/contradictions.py").read_text()
    )
    named += [
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_has"
        and len(node.args) == 2
        and isinstance(node.args[1], ast.Constant)
    ]
    assert {"source", "comparative"} <= set(named)
    assert all(cue_words()[role] for role in named)
