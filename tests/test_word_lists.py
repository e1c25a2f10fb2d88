"""The word lists (category and word columns) that modules read into their constants: every
category the code names is in its file and has words, every category of the file is named,
and a misspelt category raises instead of reading as an empty set."""

from __future__ import annotations

import ast
from importlib import resources
from typing import NamedTuple

import pytest

from corroborate.assess.contradictions import cue_words
from corroborate.lexicons import category_words, read_rows, word_categories


class WordList(NamedTuple):
    module: str  # the module's file in corroborate
    package: str  # where its data file is
    name: str  # the data file
    reader: str  # the module's function that reads one category
    all_named: bool = True  # False: the module reads other categories another way
    lower_case: bool = True  # False: words matched as written in capitals ("Street")


WORD_LISTS = (
    WordList("extract/events.py", "corroborate.extract", "event_words.tsv", "_words"),
    WordList("extract/figures.py", "corroborate.extract", "figure_words.tsv", "_words"),
    WordList("extract/claims.py", "corroborate.extract", "claim_words.tsv", "_words", False),
    WordList("extract/actors.py", "corroborate.extract", "actor_words.tsv", "_words"),
    WordList("extract/pipeline.py", "corroborate.extract", "pipeline_words.tsv", "_words"),
    WordList("assess/victims.py", "corroborate.assess", "victim_words.tsv", "_words"),
    WordList("consolidate/actors.py", "corroborate.consolidate", "actor_words.tsv", "_words"),
    WordList("consolidate/wording.py", "corroborate.consolidate", "wording_words.tsv", "_words"),
    WordList(
        "extract/places.py", "corroborate.extract", "place_words.tsv", "_words", lower_case=False
    ),
)


def _named_categories(module: str, reader: str) -> list[str]:
    """The categories the module's source passes to its reader."""
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
    for category in named:
        assert category_words(words.package, words.name, category), category
    if words.all_named:
        listed = set(word_categories(words.package, words.name))
        assert listed == set(named), listed ^ set(named)


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda w: w.name)
def test_word_lists_hold_each_word_once(words: WordList) -> None:
    pairs = [(row["category"], row["word"]) for row in read_rows(words.package, words.name)]
    assert len(pairs) == len(set(pairs)), words.name
    assert all(word and word == word.strip() for _, word in pairs), words.name
    if words.lower_case:
        assert all(word == word.lower() for _, word in pairs), words.name


def test_a_misspelt_category_raises() -> None:
    assert "grenade" in category_words("corroborate.extract", "event_words.tsv", "weapon_words")
    with pytest.raises(KeyError, match="weapons_words"):
        category_words("corroborate.extract", "event_words.tsv", "weapons_words")


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
