"""Draw the event mentions of modality_real_gold.jsonl from the shared data (reproducible).

`python -m corroborate.evaluate.modality_real_sample --data ../shared/data > /tmp/sample.tsv`
prints one candidate a line (set, doc_id, start, end, trigger, part, cue, sentence) for a person
to label; only offsets and labels go into the repository, never the sentence. The sample depends
on the keyword and cue lists below and the seed, not on anything the pipeline outputs.
`--draw 2` prints the second draw (its own seed and quotas), from documents the first left out;
`--draw 3` the third, from tuning-part documents only (a fresh estimate on the part rules are
written from, drawn before any rule was written from it); `--draw 4` the fourth, from held-out
documents only (a fresh held-out estimate after helper mod33's rules, never tuned on);
`--draw 5` the fifth, from held-out documents only (a fresh estimate of the code as helper mod34
found it, drawn and labelled before its rules were written); `--draw 6` the sixth, likewise
from held-out documents only, drawn and labelled by helper mod37 before it changed any rule;
`--draw 7` the seventh, likewise, drawn and labelled by helper mod38 before it changed any rule;
`--draw 8` the eighth, likewise, drawn and labelled by helper mod39 before it changed any rule;
`--draw 9` the ninth, likewise, drawn and labelled by helper mod40 before it changed any rule;
`--draw 10` the tenth, from tuning-part documents only (a fresh estimate on the part rules are
written from), drawn and labelled by helper mod42 before it changed any rule; `--draw 11` the
eleventh, likewise from tuning-part documents only, drawn and labelled by helper mod43 before it
changed any rule and kept as the fresh check of its rules (their misses not read while writing
them); `--draw 12` the twelfth, likewise, drawn and labelled by helper mod45 before it changed
any rule and kept as the fresh check of its rules; `--draw 13` the thirteenth, likewise from
tuning-part documents only but weighted to the India set (12 gun-violence, 40 India mentions), drawn
and labelled by helper mod46 before it changed any rule.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from corroborate.evaluate import data_dir as default_data_dir

# per draw: the seed and how many mentions of each set; a later draw takes no document of an
# earlier one, so its mentions add to the gold rather than repeat it
DRAWS = {
    1: (27, {"gun_violence": 80, "india": 70}),
    2: (28, {"gun_violence": 50, "india": 55}),
    3: (29, {"gun_violence": 30, "india": 36}),
    4: (30, {"gun_violence": 24, "india": 24}),
    5: (31, {"gun_violence": 26, "india": 26}),
    6: (32, {"gun_violence": 26, "india": 26}),
    7: (33, {"gun_violence": 26, "india": 26}),
    8: (34, {"gun_violence": 26, "india": 26}),
    9: (35, {"gun_violence": 26, "india": 26}),
    10: (36, {"gun_violence": 26, "india": 26}),
    11: (37, {"gun_violence": 26, "india": 26}),
    12: (38, {"gun_violence": 26, "india": 26}),
    13: (39, {"gun_violence": 12, "india": 40}),
}
# draws that take tuning-part documents only (the held-out part keeps its size)
TUNING_ONLY = frozenset({3, 10, 11, 12, 13})
# draws that take held-out documents only (measured, never tuned on)
HELD_OUT_ONLY = frozenset({4, 5, 6, 7, 8, 9})
# violent-event and security-operation words, chosen before looking at any output
KEYWORDS = re.compile(
    r"\b(kill(?:ed|ing|ings)?|shot|shoot(?:ing|ings)?|arrest(?:ed|s)?|detain(?:ed)?|"
    r"attack(?:ed|s)?|bomb(?:s|ing|ings)?|fired|riot(?:s|ing)?|protest(?:s|ed)?|"
    r"stabb(?:ed|ing)|injur(?:ed|ies)|wounded|raid(?:s|ed)?|clash(?:es|ed)?|"
    r"murder(?:s|ed)?|torch(?:ed|ing)|massacre|burnt|burned|lynch(?:ed|ing)?)\b",
    re.IGNORECASE,
)
# cues of the other four modalities, over-sampled so that all five classes appear
CUES = re.compile(
    r"\b(accused|alleg\w*|charged with|suspected|confess\w*|denied|deny|denies|no one|"
    r"nobody|not|never|may|might|could|would|will|threat\w*|plan\w*|vow\w*|warn\w*|"
    r"last year|years? ago|anniversary|earlier|previous|since|in 19\d\d|in 20\d\d)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
CUE_SHARE = 0.5  # half of each set's mentions from sentences with a cue
PER_DOCUMENT = 2


def held_out(set_name: str, doc_id: str) -> bool:
    """About one document in three is held out, by a hash of its id (stable across runs)."""
    digest = hashlib.sha1(f"{set_name}:{doc_id}".encode()).hexdigest()
    return int(digest, 16) % 3 == 0


def documents(data: Path, set_name: str) -> Iterator[tuple[str, str]]:
    """(doc_id, the text the events evaluation feeds to the pipeline) of one set."""
    if set_name == "gun_violence":
        for line in (data / "gun-violence" / "docs.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            yield row["id"], (row.get("title") or "") + "\n\n" + row["text"]
    else:
        for line in (data / "india-police-events" / "docs.jsonl").open(encoding="utf-8"):
            row = json.loads(line)
            yield str(row["doc_id"]), row["doc_text"]


def sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def sample(
    data: Path,
    set_name: str,
    rng: random.Random,
    quota: int,
    skip: frozenset[str] = frozenset(),
    tuning_only: bool = False,
    held_out_only: bool = False,
    keywords: re.Pattern[str] = KEYWORDS,
    cues: re.Pattern[str] = CUES,
) -> list[dict]:
    """One mention per sentence, at most PER_DOCUMENT per document, over shuffled documents
    other than those in `skip` (and, with `tuning_only`, other than held-out ones; with
    `held_out_only`, held-out ones alone). `keywords` are the words a mention is drawn among,
    `cues` mark the sentences that fill half the quota (other samplers pass their own)."""
    candidates: dict[str, list[tuple[bool, int, int, int, int]]] = {}
    for doc_id, text in documents(data, set_name):
        for s, e in sentences(text):
            matches = list(keywords.finditer(text, s, e))
            if not matches:
                continue
            m = rng.choice(matches)
            cue = cues.search(text, s, e) is not None
            candidates.setdefault(doc_id, []).append((cue, m.start(), m.end(), s, e))
    texts = dict(documents(data, set_name))
    order = sorted(candidates)
    rng.shuffle(order)
    order = [doc_id for doc_id in order if doc_id not in skip]
    if tuning_only:
        order = [doc_id for doc_id in order if not held_out(set_name, doc_id)]
    if held_out_only:
        order = [doc_id for doc_id in order if held_out(set_name, doc_id)]
    wanted = {True: round(quota * CUE_SHARE), False: quota - round(quota * CUE_SHARE)}
    taken: dict[str, int] = {}
    rows: list[dict] = []
    # first pass one mention per document, second pass a second one: spread over documents
    for _ in range(PER_DOCUMENT):
        for doc_id in order:
            if taken.get(doc_id, 0) >= PER_DOCUMENT or not wanted[True] + wanted[False]:
                continue
            pool = [c for c in candidates[doc_id] if wanted[c[0]] > 0]
            pool = [c for c in pool if all(r["start"] != c[1] for r in rows)]
            if not pool:
                continue
            cue, start, end, s, e = rng.choice(pool)
            wanted[cue] -= 1
            taken[doc_id] = taken.get(doc_id, 0) + 1
            rows.append(
                {
                    "set": set_name,
                    "doc_id": doc_id,
                    "start": start,
                    "end": end,
                    "trigger": texts[doc_id][start:end],
                    "part": "held_out" if held_out(set_name, doc_id) else "tuning",
                    "cue": cue,
                    "sentence": " ".join(texts[doc_id][s:e].split()),
                }
            )
    return rows


def draw_arguments(description: str, draws: Iterable[int]) -> tuple[Path, int]:
    """A sampler's command line (this one's and the arrests sampler's): the data folder and
    which draw to print, every earlier draw taken first so none is drawn twice."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--draw", type=int, choices=sorted(draws), default=1)
    args = parser.parse_args()
    return default_data_dir(args.data), args.draw


def last_draw_rows(
    data: Path,
    draws: dict[int, tuple[int, dict[str, int]]],
    last: int,
    tuning_only: Iterable[int] = (),
    held_out_only: Iterable[int] = (),
    **options: re.Pattern[str],
) -> Iterator[tuple[str, list[dict]]]:
    """Each set's rows of draw `last`, every earlier draw taken first (in order, each with its
    own seed) so that no document is drawn twice; `options` go to `sample`."""
    tuning, held_out = frozenset(tuning_only), frozenset(held_out_only)
    taken: dict[str, set[str]] = {}
    for draw in range(1, last + 1):
        seed, quotas = draws[draw]
        rng = random.Random(seed)
        for set_name, quota in quotas.items():
            skip = frozenset(taken.get(set_name, ()))
            rows = sample(
                data, set_name, rng, quota, skip, draw in tuning, draw in held_out, **options
            )
            taken.setdefault(set_name, set()).update(row["doc_id"] for row in rows)
            if draw == last:
                yield set_name, rows


def main() -> None:
    data, last = draw_arguments(__doc__.splitlines()[0], DRAWS)
    for _, rows in last_draw_rows(data, DRAWS, last, TUNING_ONLY, HELD_OUT_ONLY):
        for row in rows:
            print("\t".join(str(row[k]) for k in row))


if __name__ == "__main__":
    main()
