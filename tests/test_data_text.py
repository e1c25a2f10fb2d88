"""No text of the shared data sets is copied into the repository: tests, comments and fixtures
are our own writing (figures and models derived from the data are another matter, and
document_frequencies.tsv, a table of word counts, is left out). A run of RUN words shared with
any data set's text is taken for a copy; shorter runs are the trade's stock phrases ("a
30-year-old man was shot in the leg")."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.evaluate import data_dir

REPO = Path(__file__).resolve().parent.parent
RUN = 10
WORD = re.compile(r"[a-z0-9']+")
TAG = re.compile(r"<[^>]+>")
TEXT_SUFFIXES = (".py", ".md", ".tsv", ".txt", ".html", ".jsonl", ".json", ".toml", ".cfg")
DERIVED = ("document_frequencies.tsv",)


def runs(text: str) -> set[str]:
    """Every run of RUN words of the text, lower-cased."""
    words = WORD.findall(text.lower())
    return {" ".join(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _jsonl(path: Path, *fields: str) -> Iterator[str]:
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                yield from (str(record.get(name) or "") for name in fields)


def data_texts(folder: Path) -> Iterator[str]:
    """The running text of each data set present in the shared folder."""
    sources = [
        (folder / "gun-violence" / "docs.jsonl", ("title", "text")),
        (folder / "polnear" / "dev.jsonl", ("text",)),
        (folder / "india-police-events" / "docs.jsonl", ("doc_text",)),
    ]
    for path, fields in sources:
        if path.exists():
            yield from _jsonl(path, *fields)
    fnc = folder / "fnc1" / "dev.jsonl"
    if fnc.exists():
        yield from (line for line in fnc.read_text(encoding="utf-8").splitlines())
    case = folder / "case2021-task2" / "dev.tsv"
    if case.exists():
        yield case.read_text(encoding="utf-8")
    for tml in sorted((folder / "timeml").rglob("*.tml")):
        yield TAG.sub(" ", tml.read_text(encoding="utf-8", errors="replace"))


def repo_files() -> list[Path]:
    """The repository's tracked text files (its own git index; the tree when not a clone)."""
    listed = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=False
    )
    names = listed.stdout.split() if listed.returncode == 0 else []
    paths = [REPO / n for n in names] or [p for p in REPO.rglob("*") if ".git" not in p.parts]
    return [
        p for p in paths if p.is_file() and p.name.endswith(TEXT_SUFFIXES) and p.name not in DERIVED
    ]


@pytest.mark.skipif(
    not (data_dir() / "gun-violence" / "docs.jsonl").exists(),
    reason="the shared data sets are not beside the repository (../shared/data)",
)
def test_no_run_of_data_set_text_is_in_the_repository():
    shared: set[str] = set()
    for text in data_texts(data_dir()):
        shared |= runs(text)
    copies = {}
    for path in repo_files():
        found = runs(path.read_text(encoding="utf-8", errors="replace")) & shared
        if found:
            copies[str(path.relative_to(REPO))] = sorted(found)[:3]
    assert copies == {}


def test_a_copied_sentence_is_found_and_our_own_is_not():
    source = "Police said the two men were taken to County General Hospital late on Friday."
    assert runs(source) & runs(f"As the report put it: {source.upper()}")
    assert not runs(source) & runs("Officers said both men reached the hospital on Friday night.")
