"""Page furniture inside plain text (share lines, comment forms, newsletter blurbs) is marked,
not cut, so that the stored text keeps its offsets and no fact is extracted from it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from corroborate.lexicons import read_rows

# A tail (after "Share this:", "Leave a Reply") ends where article prose resumes: a line this
# long that matches no pattern.
_PROSE_WORDS = 25


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    rows = read_rows("corroborate.ingest", "boilerplate.tsv")
    return tuple((re.compile(row["pattern"], re.IGNORECASE), row["scope"]) for row in rows)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Each line's span, its line break left out."""
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line.rstrip("\n"))))
        start += len(line)
    return spans


def mark_boilerplate(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of `text` that are page furniture, merged and in order."""
    marked: list[tuple[int, int]] = []
    lines = line_spans(text)
    in_tail = False
    for start, end in lines:
        line = text[start:end]
        if not line.strip():
            continue
        scope = next((scope for pattern, scope in _patterns() if pattern.match(line)), None)
        if scope is None and in_tail and len(line.split()) >= _PROSE_WORDS:
            in_tail = False
        if scope == "rest":
            marked.append((start, len(text)))
            break
        if scope is not None or in_tail:
            marked.append((start, end))
            in_tail = in_tail or scope == "tail"
    return merged_spans(text, marked)


def merged_spans(text: str, spans: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """`spans` of `text` in order, those with only white space between them joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def without_spans(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` with the `spans` (boilerplate, say) cut out, the pieces joined by line breaks."""
    kept, last = [], 0
    for start, end in sorted(spans):
        kept.append(text[last:start])
        last = max(last, end)
    kept.append(text[last:])
    return "\n".join(kept)
