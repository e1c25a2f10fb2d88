"""Draw the arrest mentions of arrests_real_gold.jsonl from the shared data (reproducible).

`python -m corroborate.evaluate.arrests_real_sample --data ../shared/data > /tmp/arrests.tsv`
prints one candidate a line (set, doc_id, start, end, trigger, part, count, sentence_start,
sentence_end, sentence) for a person to label; only offsets and labels go into the repository,
never the sentence. It is the modality sampler (`modality_real_sample.sample`: its documents,
sentence splitter, one word a sentence, at most two a document, its held-out rule) with the
arrest words of arrests_real_words.tsv, and half of each quota from sentences holding a number
word; it depends on those words and the seed, not on anything the pipeline outputs.
"""

from __future__ import annotations

import re
from importlib import resources

from corroborate.evaluate.modality_real_sample import (
    documents,
    draw_arguments,
    last_draw_rows,
    sentences,
)

# per draw: the seed and how many mentions of each set (more than wanted: some state no
# count); a later draw takes no document of an earlier one
DRAWS = {
    1: (41, {"gun_violence": 50, "india": 50}),
    2: (42, {"gun_violence": 15, "india": 30}),
    3: (43, {"gun_violence": 20, "india": 30}),
}
# draws that take held-out documents only (the first two left that part small)
HELD_OUT_ONLY = frozenset({3})
WORDS = "arrests_real_words.tsv"


def patterns() -> dict[str, re.Pattern[str]]:
    """kind -> one case-insensitive whole-word pattern of that kind's lines in WORDS."""
    text = resources.files("corroborate.evaluate").joinpath(WORDS).read_text("utf-8")
    parts: dict[str, list[str]] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            kind, pattern = line.split("\t")
            parts.setdefault(kind, []).append(pattern)
    return {
        kind: re.compile(r"\b(?:" + "|".join(ps) + r")\b", re.IGNORECASE)
        for kind, ps in parts.items()
    }


def sentence_of(text: str, start: int) -> tuple[int, int]:
    """The offsets of the sentence (as the sampler splits them) holding `start`."""
    return next((s, e) for s, e in sentences(text) if s <= start < e)


def main() -> None:
    data, last = draw_arguments(__doc__.splitlines()[0], DRAWS)
    words = patterns()
    keys = ("set", "doc_id", "start", "end", "trigger", "part", "cue")
    for set_name, rows in last_draw_rows(
        data,
        DRAWS,
        last,
        held_out_only=HELD_OUT_ONLY,
        keywords=words["keyword"],
        cues=words["count"],
    ):
        texts = dict(documents(data, set_name))
        for row in rows:
            s, e = sentence_of(texts[row["doc_id"]], row["start"])
            print("\t".join(str(f) for f in (*(row[k] for k in keys), s, e, row["sentence"])))


if __name__ == "__main__":
    main()
