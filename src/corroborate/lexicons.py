"""The language data files (.tsv lexicons, cue words, patterns) that sit beside the code that
reads them: one reader for all, so every file follows one format (a header line of column
names, `#` comment lines, tab-separated, no quoting)."""

from __future__ import annotations

import csv
import functools
from importlib import resources


@functools.cache
def read_rows(package: str, name: str) -> tuple[dict[str, str], ...]:
    """Rows of the data file `name` in `package` ("corroborate.extract"), read once."""
    text = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
