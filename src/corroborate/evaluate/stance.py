"""Stance of a report towards a claim (assess/stance.py) against FNC-1's development half
(fnc1/dev.jsonl: headline-body pairs labelled agree / disagree / discuss / unrelated).

Split: a body belongs to the held-out part when the SHA-1 of its ``claim_group`` is divisible
by 3 (147 bodies, 4,314 pairs, 79 of them disagree), else to the tuning part (307 bodies,
9,162 pairs, 220 disagree). A group is one rumour, so no claim of one part is argued in the
other (an unrelated distractor headline may appear in both). The combiner's weights are
fitted on the tuning part only (``--fit``), its misses listed from the tuning part only
(``--misses``).

Three deciders: the combiner as stance_towards runs it (a speaker's reported denial of the
claim itself is disagree), the combiner alone (``fnc_convention``: FNC-1's annotators call
most reports of a denial discuss) and the hand-written rules (assess/stance.py rule_label).

Figures per part: macro-F1 over the four labels, F1 of each label, and the official FNC-1
score as a percentage of the best possible (per pair +0.25 for a right unrelated, +0.25 for
any related label on a related pair, +0.75 more for the exact related label).

Each body and each headline is parsed once (the pipeline with our components); every pair
then reads the body's ReportView.

    python -m corroborate.evaluate.stance [--limit N] [--misses] [--fit] [--rules]
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from corroborate.assess import stance
from corroborate.evaluate import data_dir as locate_data
from corroborate.evaluate.events import Annotate, pipeline_annotator
from corroborate.evaluate.scores import f1_of_counts
from corroborate.extract.pipeline import ArticleContext

PARTS = ("held_out", "tuning")
HELD_OUT_EVERY = 3
RELATED = ("agree", "disagree", "discuss")
# Logistic regression settings chosen by 5-fold cross-validation by group on the tuning part.
FIT_C = 0.1


def fnc1_path(data: Path) -> Path:
    return data / "fnc1" / "dev.jsonl"


def part_of(claim_group: str) -> str:
    digest = int(hashlib.sha1(claim_group.encode()).hexdigest(), 16)
    return "held_out" if digest % HELD_OUT_EVERY == 0 else "tuning"


def load_fnc1(data: Path, limit: int | None = None) -> list[dict[str, Any]]:
    lines = fnc1_path(data).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()][:limit]


def pair_features(
    bodies: list[dict[str, Any]], annotate: Annotate | None = None
) -> list[dict[str, Any]]:
    """Every pair of `bodies` with its part, gold label, features and decision."""
    annotate = annotate or pipeline_annotator()
    headlines = sorted({p["headline"] for body in bodies for p in body["pairs"]})
    claims = {
        text: stance.claim_view(doc)
        for text, doc in zip(
            headlines, annotate([ArticleContext(h) for h in headlines]), strict=True
        )
    }
    docs = annotate([ArticleContext(body["text"]) for body in bodies])
    pairs = []
    for body, doc in zip(bodies, docs, strict=True):
        report = stance.report_view(doc)
        for pair in body["pairs"]:
            claim = claims[pair["headline"]]
            features, related = stance.stance_features(claim, report)
            pairs.append(
                {
                    "part": part_of(body["claim_group"]),
                    "group": body["claim_group"],
                    "body_id": body["body_id"],
                    "headline": pair["headline"],
                    "gold": pair["label"],
                    "features": features,
                    "found": stance.decide(claim, report),
                    "fnc_convention": stance.decide(claim, report, reported_denials=False).label,
                    "report": report,
                    "related": related,
                }
            )
    return pairs


def fnc_score(gold: list[str], predicted: list[str]) -> float:
    """The official FNC-1 score as a share of the best possible."""
    got = best = 0.0
    for g, p in zip(gold, predicted, strict=True):
        best += 0.25 if g == "unrelated" else 1.0
        if g == p:
            got += 0.25 if g == "unrelated" else 1.0
        elif g in RELATED and p in RELATED:
            got += 0.25
    return got / best if best else 0.0


def score(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Macro-F1, per-label P/R/F1, FNC score and the confusion (gold>predicted) of one part."""
    confusion = Counter(zip(gold, predicted, strict=True))
    per_label = {
        label: f1_of_counts(
            confusion[label, label],
            sum(c for (g, p), c in confusion.items() if p == label and g != label),
            sum(c for (g, p), c in confusion.items() if g == label and p != label),
        )
        for label in stance.LABELS
    }
    return {
        "pairs": len(gold),
        "gold": dict(Counter(gold)),
        "macro_f1": round(sum(v["f1"] for v in per_label.values()) / len(per_label), 3),
        "fnc": round(100 * fnc_score(gold, predicted), 1),
        "per_label": per_label,
        "confusion": {f"{g}>{p}": c for (g, p), c in sorted(confusion.items())},
    }


def score_parts(pairs: list[dict[str, Any]], label_of: Any) -> dict[str, Any]:
    return {
        part: score(
            [p["gold"] for p in pairs if p["part"] == part],
            [label_of(p) for p in pairs if p["part"] == part],
        )
        for part in PARTS
    }


def fit_combiner(pairs: list[dict[str, Any]], c: float = FIT_C) -> dict[str, Any]:
    """Logistic regression over the tuning part's features, as stance_weights.json holds it."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    tuning = [p for p in pairs if p["part"] == "tuning"]
    x = [[p["features"][name] for name in stance.FEATURES] for p in tuning]
    y = [p["gold"] for p in tuning]
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(scaler.transform(x), y)
    return {
        "about": "assess/stance.py's combiner: multinomial logistic regression (balanced class"
        " weights) over standardised features, fitted by corroborate.evaluate.stance --fit on"
        " the tuning part of FNC-1's development half (FakeNewsChallenge/fnc-1)",
        "features": list(stance.FEATURES),
        "mean": [round(v, 6) for v in scaler.mean_],
        "scale": [round(v, 6) if v else 1.0 for v in scaler.scale_],
        "classes": [str(c) for c in model.classes_],
        "coef": [[round(v, 6) for v in row] for row in model.coef_],
        "intercept": [round(v, 6) for v in model.intercept_],
    }


def misses(pairs: list[dict[str, Any]], gold_label: str = "disagree") -> list[str]:
    """The tuning part's pairs of `gold_label` decided otherwise, with the most related
    sentence (only the tuning part's are ever listed)."""
    lines = []
    for p in pairs:
        if p["part"] != "tuning" or p["gold"] != gold_label or p["found"].label == gold_label:
            continue
        report = p["report"]
        best = ""
        if p["related"]:
            start, end = report.sentences[p["related"][0]]
            best = report.text[start:end].strip().replace("\n", " ")[:200]
        f = p["features"]
        lines.append(
            f"{p['body_id']} got {p['found'].label}: {p['headline'][:90]!r} | denied claim "
            f"{f['denied_claim']:.2f} refute {f['refute']:.1f} cover {f['cover']:.2f} | {best}"
        )
    return lines


def _line(name: str, figures: dict[str, Any]) -> str:
    labels = " ".join(f"{k} {v['f1']:.3f}" for k, v in figures["per_label"].items())
    return (
        f"{name}: macro-F1 {figures['macro_f1']:.3f}, FNC {figures['fnc']:.1f}, F1 {labels} "
        f"({figures['pairs']} pairs)"
    )


def evaluate_stance(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Per part (held-out, tuning): macro-F1, per-label F1, FNC score; the rules beside it."""
    path = fnc1_path(data_dir)
    if not path.exists():
        from corroborate.errors import CorroborateError

        raise CorroborateError(f"{path}: no FNC-1 development half here")
    pairs = pair_features(load_fnc1(data_dir, limit))
    figures: dict[str, Any] = {
        "combiner": score_parts(pairs, lambda p: p["found"].label),
        "fnc_convention": score_parts(pairs, lambda p: p["fnc_convention"]),
        "rules": score_parts(pairs, lambda p: stance.rule_label(p["features"])),
    }
    lines = [
        f"FNC-1 dev half, {len(pairs)} pairs; held out: claim groups whose SHA-1 is divisible "
        f"by {HELD_OUT_EVERY}"
    ]
    for kind in ("combiner", "fnc_convention", "rules"):
        for part in PARTS:
            lines.append(_line(f"{kind} {part}", figures[kind][part]))
    confusion = figures["combiner"]["held_out"]["confusion"]
    lines.append("  held-out gold>got: " + ", ".join(f"{k} {v}" for k, v in confusion.items()))
    figures["pairs"] = pairs
    figures["report"] = "\n".join(lines)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="at most N bodies")
    parser.add_argument("--misses", action="store_true", help="the tuning part's missed denials")
    parser.add_argument(
        "--fit", action="store_true", help="fit the combiner on the tuning part and write it"
    )
    args = parser.parse_args()
    figures = evaluate_stance(locate_data(args.data), limit=args.limit)
    print(figures["report"])
    if args.misses:
        for line in misses(figures["pairs"]):
            print("  miss (tuning):", line)
    if args.fit:
        weights = fit_combiner(figures["pairs"])
        out = Path(str(resources.files("corroborate.assess").joinpath(stance.WEIGHTS)))
        out.write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {out}; run again to measure it")


if __name__ == "__main__":
    main()
