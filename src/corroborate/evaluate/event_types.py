"""ACLED sub-event types of CASE 2021 task 2 snippets (subtask 1), by cross-validation.

The data set (case2021-task2/dev.tsv) is both our only labelled training data and the test, so
the model is never scored on texts it was fitted on: figures are stratified 5-fold
cross-validated. As in CASE 2021 subtask 1, scores are weighted F1 (per-type F1 weighted by the
type's support) and macro F1 over the 25 ACLED types, counting only snippets with an ACLED
label and choosing among ACLED types; the five non-ACLED types (disasters, crime, diplomacy,
attribution) are trained on as one "no ACLED event" class and scored separately ("with none").
The trigger lexicon was reviewed against errors on 4/5 of the snippets, so CV figures that
include them are optimistic; the remaining fifth (fold 0 of a stratified 5-fold split, seed
2021) was never read: the held-out figure is a model trained on the 4/5 and scored on it (its
score, not its texts or errors, was seen during development: 0.724, 0.753, 0.748,
0.711, 0.737 (the shipped learner), and 0.706 for learner changes not kept (balanced class
weights, min_df 1, a half-weight word block, an event-type layer: tuning CV 0.818 -> 0.827,
but none-vs-ACLED fell on both parts); then 0.737 again with the non-state retake trigger
(tuning CV 0.818 -> 0.828); 83 snippets, bootstrap 95% interval about +-0.10). The
n-grams without rules owe nothing to the lexicon review: their CV figure on the tuning 4/5
is an honest floor; the gap between the rules alone on the tuning part and on the held-out
fifth (0.614) shows how far the reviewed lexicon flatters itself; the "rules weakened" CV
drops trigger matches of the scored snippets until the rules alone score on the tuning part
what they score on the held-out fifth, a closer stand-in for new text (0.789 when the plain
tuning CV is 0.828 and the held-out 0.737). Anchor: best CASE 2021
system (RoBERTa fine-tuned on ACLED notes) weighted F1 0.839.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sklearn.model_selection import StratifiedKFold

from corroborate.evaluate import data_dir as default_data_dir
from corroborate.extract.event_types import (
    NOT_ACLED,
    TrainingSettings,
    classify_by_triggers,
    codebook_event_types,
    cross_validate,
    fit_event_type_model,
    read_case2021,
    score_predictions,
)

SEED = 2021
# Chance of dropping each trigger match of a scored snippet in the "rules weakened" CV: with it
# the rules alone score 0.604 on the tuning 4/5 (0.746 intact), about what they score on the
# held-out fifth they were never reviewed on (0.614); tuning how far the model trusts the rules
# against this line, not the plain CV, keeps the lexicon review from flattering that trust.
WEAKENED_RULES_DROPOUT = 0.3


def held_out_split(raw_labels: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the tuning 4/5 and of the held-out fifth never read while writing rules."""
    splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    tuning, held_out = next(iter(splitter.split(raw_labels, raw_labels)))
    return [int(i) for i in tuning], [int(i) for i in held_out]


def _held_out_figures(
    texts: list[str], labels: list[str], tuning: list[int], held_out: list[int]
) -> dict[str, Any]:
    model = fit_event_type_model(
        [texts[i] for i in tuning], [labels[i] for i in tuning], codebook_event_types()
    )
    test = [texts[i] for i in held_out]
    probabilities = model.probabilities(test)
    acled = [j for j, name in enumerate(model.classes) if name != NOT_ACLED]
    predicted_acled = [model.classes[acled[int(row[acled].argmax())]] for row in probabilities]
    predicted_any = [model.classes[int(row.argmax())] for row in probabilities]
    return score_predictions([labels[i] for i in held_out], predicted_acled, predicted_any)


def _line(name: str, figures: dict[str, Any]) -> str:
    line = (
        f"{name:<34} n={figures['n_acled']:>3}  weighted-F1 {figures['weighted_f1']:.3f}  "
        f"macro-F1 {figures['macro_f1']:.3f}  event type acc {figures['event_type_accuracy']:.3f}"
    )
    if "with_none_weighted_f1" in figures:
        line += (
            f"\n{'':<34} with none (n={figures['n_all']}): weighted-F1 "
            f"{figures['with_none_weighted_f1']:.3f}  macro-F1 {figures['with_none_macro_f1']:.3f}"
            f"  none-vs-ACLED F1 {figures['none_f1']:.3f}"
        )
    return line


def evaluate_event_types(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """5-fold CV, held-out-fifth and rules-only figures on CASE 2021 task 2 (first `limit` rows)."""
    texts, labels, raw = read_case2021(Path(data_dir))
    if limit is not None:
        texts, labels, raw = texts[:limit], labels[:limit], raw[:limit]
    event_types = codebook_event_types()
    cv = cross_validate(texts, labels, event_types, folds=5, seed=SEED)
    tuning, held_out = held_out_split(raw)
    tuning_texts, tuning_labels = [texts[i] for i in tuning], [labels[i] for i in tuning]

    def tuning_cv(**options: Any) -> dict[str, Any]:
        return cross_validate(
            tuning_texts, tuning_labels, event_types, folds=5, seed=SEED, **options
        )

    tuned_cv = tuning_cv()
    # the n-grams alone owe nothing to the reviewed lexicon: an honest floor for the tuning CV
    no_rules = tuning_cv(settings=TrainingSettings(trigger_weight=0.0, trigger_dropout=0.0))
    weakened = tuning_cv(test_trigger_dropout=WEAKENED_RULES_DROPOUT)
    held = _held_out_figures(texts, labels, tuning, held_out)
    rules_predicted = [guess.sub_event_type or NOT_ACLED for guess in classify_by_triggers(texts)]
    rules = score_predictions(labels, rules_predicted, rules_predicted)
    rules_held = score_predictions(
        [labels[i] for i in held_out],
        [rules_predicted[i] for i in held_out],
        [rules_predicted[i] for i in held_out],
    )
    report = "\n".join(
        [
            "ACLED sub-event types, CASE 2021 task 2 subtask 1 (25 types; anchor 0.839)",
            _line("model, 5-fold CV, all snippets", cv),
            _line("model, 5-fold CV, tuning 4/5", tuned_cv),
            _line("model without rules, CV tuning 4/5", no_rules),
            _line("model, CV tuning, rules weakened", weakened),
            _line("model, trained 4/5, held-out 1/5", held),
            _line("rules only, all snippets", rules),
            _line("rules only, held-out 1/5", rules_held),
        ]
    )
    figures: dict[str, Any] = {"report": report}
    for prefix, found in (
        ("cv", cv),
        ("tuning_cv", tuned_cv),
        ("no_rules_tuning_cv", no_rules),
        ("weakened_rules_tuning_cv", weakened),
        ("held_out", held),
        ("rules", rules),
        ("rules_held_out", rules_held),
    ):
        figures |= {f"{prefix}_{key}": value for key, value in found.items()}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="first N snippets only")
    args = parser.parse_args()
    print(evaluate_event_types(default_data_dir(args.data), limit=args.limit)["report"])


if __name__ == "__main__":
    main()
