"""ACLED sub-event types of CASE 2021 task 2 snippets (subtask 1), by cross-validation.

The data set (case2021-task2/dev.tsv) is both our only labelled training data and the test, so the
model is never scored on texts it was fitted on: figures are stratified 5-fold cross-validated. As
in CASE 2021 subtask 1, scores are weighted F1 (per-type F1 weighted by the type's support) and
macro F1 over the 25 ACLED types, counting only snippets with an ACLED label and choosing among
ACLED types; the five non-ACLED types (disasters, crime, diplomacy, attribution) are trained on as
one "no ACLED event" class and scored separately ("with none"). The trigger lexicon was reviewed
against errors on 4/5 of the snippets, so CV figures that include them are optimistic; the
remaining fifth (fold 0 of a stratified 5-fold split, seed 2021) was never read: the held-out
figure is a model trained on the 4/5 and scored on it (its score, not its texts or errors, was seen
during development: 0.724, 0.753, 0.748, 0.711, 0.737 (the shipped learner), and 0.706 for learner
changes not kept (balanced class weights, min_df 1, a half-weight word block, an event-type layer:
tuning CV 0.818 -> 0.827, but none-vs-ACLED fell on both parts); then 0.737 again with the
non-state retake trigger (tuning CV 0.818 -> 0.828); then, on branch types24, the totals of eleven
variants none of which was kept, as none raised both figures: distant supervision from the other
shared sets 0.717-0.768 (IndiaPoliceEvents arrest sentences 0.768, but tuning CV 0.828 -> 0.819),
trigger dropout and weight 0.708-0.723, spaCy token-vector means 0.709-0.722; then, on branch
case34, nine looks, none kept (tuning CV means of 3 seeds, plain / rules weakened / without rules,
against 0.831 / 0.778 / 0.696): codebook facet lexicons with their conjunctions as inputs (protest
with intervention, lethal force or rioting; territory taken with a state or non-state actor) 0.826
/ 0.784 / 0.723, held out 0.731, and the protest decision tree and territory subject alone 0.819 /
0.782 / 0.724, held out 0.706 (without rules the facets gain +0.03 on the tuning CV and lose 0.690
-> 0.666 held out: written after reading tuning errors, they flatter it as the lexicon does); false
trigger matches of sibling sub-types in the dropout copy 0.829 / 0.780 / 0.695, held out 0.737;
ACLED definitions as training texts 0.829 / 0.778 / 0.694, held out 0.739; class priors on the
softmax 0.826 / 0.773 / 0.681, held out 0.725; rule-labelled MUC-4 leads (19) 0.833 / 0.777 /
0.692, held out 0.729; character n-grams without the word block 0.833 / 0.775 / 0.704, held out
0.706; the shipped model's softmax mixed 4:1 with the model without rules 0.830 / 0.781 / -, held
out 0.737; not looked at: logistic regression, C, n-gram ranges, three dropout copies, rule votes
fused late, all lower on the CV; then, on branch typ37, two looks, none kept (tuning CV means of 3
seeds, plain / rules weakened / without rules, against 0.822 / 0.763 / 0.694): 373 fictional events
of our writing in ACLED's note style as training texts 0.818 / 0.774 / 0.724, held out 0.708; with
them trigger weight 0.3 and balanced class weights 0.832 / 0.788 / 0.730 (seed 2021: 0.834 / 0.816 /
0.732), held out 0.714, without rules 0.719 (0.690 before: the notes help the n-grams on both parts,
and take away what the rules add on unseen snippets); not looked at: the notes with their trigger
matches dropped, the rules only choosing among the n-grams' top 2, both lower on the CV; then, on
branch cas39, two looks, none kept (tuning CV means of seeds 1, 2 and 2021, plain / rules weakened /
without rules, against 0.831 / 0.778 / 0.696): protest agency columns from a spaCy parse
(demonstrators the subject of a violent verb, a force the subject of a force verb, demonstrators
killed or detained) at weight 0.5, 0.839 / 0.795 / 0.716, held out 0.716 (without rules 0.700), and
the same set to 0 in texts naming no protest, 0.835 / 0.795 / 0.720, held out 0.709 (without rules
0.700); then, on branch cas43, one look, not kept: balanced class weights with a suffix-stripped
stem block instead of words, tuning CV 0.834 / 0.783 / 0.700 on fold seeds 1, 2, 2021 and 0.827 /
0.789 / 0.685 on 3, 4, 5 (shipped model 0.829 / 0.782 / 0.670 there; `--seeds` prints such means),
held out 0.717 (without rules 0.706); not looked at: per-class margin offsets from an inner CV, the
rules deciding where the model is unsure, logistic regression, averaged SVMs, class weights alone,
word 1-3-grams, character 3-6-grams, per-trigger columns, example weight; then, on branch case46,
one look, not kept: the events extractor's lemma lexicon (event_triggers.tsv) as per-type scores
at 0.2 with trigger weight 0.25, tuning CV 0.834 / 0.787 / 0.708 on fold seeds 1, 2, 2021 and
0.830 / 0.785 / 0.688 on 3, 4, 5, held out 0.708 (n-grams with it, without triggers.tsv, 0.726);
83 snippets, bootstrap 95% interval printed, about +-0.10). The n-grams without rules owe nothing to
the lexicon review: their CV figure on the tuning 4/5 (0.695) is an honest floor, and they score the
same on the held-out fifth (0.690), so what the rules add shrinks from +0.13 on the tuning CV to
+0.05 on unseen snippets; the gap between the rules alone on the tuning part and on the held-out
fifth (0.614) shows how far the reviewed lexicon flatters itself; the "rules weakened" CV drops
trigger matches of the scored snippets until the rules alone score on the tuning part what they
score on the held-out fifth, a closer stand-in for new text (0.789 when the plain tuning CV is 0.828
and the held-out 0.737). Anchor: best CASE 2021 system (RoBERTa fine-tuned on ACLED notes) weighted
F1 0.839.
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.model_selection import StratifiedKFold

from corroborate.evaluate import data_dir as default_data_dir
from corroborate.extract.event_types import (
    NOT_ACLED,
    TrainingSettings,
    classify_by_triggers,
    codebook_event_types,
    cross_validate,
    cross_validated_predictions,
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
# Sub-type pairs most often confused, printed for the rules-weakened tuning CV (never the
# held-out fifth, whose errors stay unread).
TOP_CONFUSIONS = 8
# Resamples of the held-out fifth for its weighted F1's interval: 83 snippets move it by +-0.1.
BOOTSTRAP_ROUNDS = 1000
# Fold-split seeds whose tuning-CV means `--seeds` prints by default: the split alone moves the
# plain tuning CV over 0.816-0.844 and the rules-weakened one over 0.749-0.813 (seeds 1-5 and
# 2021, shipped model), more than most changes tried gain, so one split cannot choose a change.
COMPARISON_SEEDS = (1, 2, 2021)


def held_out_split(raw_labels: list[str]) -> tuple[list[int], list[int]]:
    """Indexes of the tuning 4/5 and of the held-out fifth never read while writing rules."""
    splitter = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    tuning, held_out = next(iter(splitter.split(raw_labels, raw_labels)))
    return [int(i) for i in tuning], [int(i) for i in held_out]


def _held_out_figures(
    texts: list[str],
    labels: list[str],
    tuning: list[int],
    held_out: list[int],
    settings: TrainingSettings | None = None,
) -> dict[str, Any]:
    model = fit_event_type_model(
        [texts[i] for i in tuning], [labels[i] for i in tuning], codebook_event_types(), settings
    )
    test = [texts[i] for i in held_out]
    probabilities = model.probabilities(test)
    acled = [j for j, name in enumerate(model.classes) if name != NOT_ACLED]
    predicted_acled = [model.classes[acled[int(row[acled].argmax())]] for row in probabilities]
    predicted_any = [model.classes[int(row.argmax())] for row in probabilities]
    gold = [labels[i] for i in held_out]
    return score_predictions(gold, predicted_acled, predicted_any) | {
        "weighted_f1_interval": _bootstrap_interval(gold, predicted_acled)
    }


def _bootstrap_interval(
    gold: list[str], predicted: list[str], rounds: int = BOOTSTRAP_ROUNDS
) -> tuple[float, float]:
    """95% percentile bootstrap interval of the weighted F1 over the ACLED-labelled texts."""
    pairs = [(g, p) for g, p in zip(gold, predicted, strict=True) if g != NOT_ACLED]
    rng = np.random.default_rng(SEED)
    scores = []
    for _ in range(rounds):
        sample = [pairs[i] for i in rng.integers(0, len(pairs), len(pairs))]
        figures = score_predictions([g for g, _ in sample], [p for _, p in sample])
        scores.append(figures["weighted_f1"])
    low, high = np.percentile(scores, [2.5, 97.5])
    return float(low), float(high)


def top_confusions(
    gold: list[str], predicted: list[str], top: int = TOP_CONFUSIONS
) -> list[tuple[str, str, int]]:
    """(gold, predicted, count) of the commonest errors over texts with an ACLED gold label."""
    errors = Counter(
        (g, p) for g, p in zip(gold, predicted, strict=True) if g != NOT_ACLED and g != p
    )
    # ties in a fixed order, so that the report repeats
    ranked = sorted(errors.items(), key=lambda item: (-item[1], item[0]))
    return [(g, p, n) for (g, p), n in ranked[:top]]


def tuning_cv_over_seeds(
    texts: list[str],
    labels: list[str],
    seeds: tuple[int, ...] = COMPARISON_SEEDS,
    *,
    folds: int = 5,
    settings: TrainingSettings | None = None,
) -> dict[str, list[float]]:
    """Weighted F1 of the plain, rules-weakened and rules-free CV, one figure per fold seed.

    The held-out fifth is left out by the caller: this is what a change is chosen by.
    """
    event_types = codebook_event_types()
    chosen = settings or TrainingSettings()
    without_rules = replace(chosen, trigger_weight=0.0, trigger_dropout=0.0)
    figures: dict[str, list[float]] = {"plain": [], "rules_weakened": [], "without_rules": []}
    for seed in seeds:
        options: dict[str, Any] = {"folds": folds, "seed": seed}
        plain = cross_validate(texts, labels, event_types, settings=chosen, **options)
        weakened = cross_validate(
            texts,
            labels,
            event_types,
            settings=chosen,
            test_trigger_dropout=WEAKENED_RULES_DROPOUT,
            **options,
        )
        no_rules = cross_validate(texts, labels, event_types, settings=without_rules, **options)
        figures["plain"].append(plain["weighted_f1"])
        figures["rules_weakened"].append(weakened["weighted_f1"])
        figures["without_rules"].append(no_rules["weighted_f1"])
    return figures


def seeds_report(figures: dict[str, list[float]], seeds: tuple[int, ...]) -> str:
    """One line per CV kind: the weighted F1 of each seed and their mean."""
    lines = [f"tuning 4/5 CV weighted-F1 over fold seeds {', '.join(map(str, seeds))}:"]
    for kind, values in figures.items():
        each = "  ".join(f"{value:.3f}" for value in values)
        lines.append(f"  {kind:<15} {each}  mean {float(np.mean(values)):.3f}")
    return "\n".join(lines)


def _line(name: str, figures: dict[str, Any]) -> str:
    line = (
        f"{name:<34} n={figures['n_acled']:>3}  weighted-F1 {figures['weighted_f1']:.3f}  "
        f"macro-F1 {figures['macro_f1']:.3f}  event type acc {figures['event_type_accuracy']:.3f}"
    )
    if "weighted_f1_interval" in figures:
        low, high = figures["weighted_f1_interval"]
        line += f"\n{'':<34} weighted-F1 95% bootstrap interval {low:.3f}-{high:.3f}"
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
    without_rules = TrainingSettings(trigger_weight=0.0, trigger_dropout=0.0)
    no_rules = tuning_cv(settings=without_rules)
    # the rules-weakened CV's predictions are kept: their confusions stand in for new text's
    weakened_acled, weakened_any = cross_validated_predictions(
        tuning_texts,
        tuning_labels,
        event_types,
        folds=5,
        seed=SEED,
        test_trigger_dropout=WEAKENED_RULES_DROPOUT,
    )
    weakened = score_predictions(tuning_labels, weakened_acled, weakened_any) | {"folds": 5}
    confusions = top_confusions(tuning_labels, weakened_acled)
    held = _held_out_figures(texts, labels, tuning, held_out)
    # what the reviewed lexicon adds on snippets it was never reviewed on (+0.13 on the tuning CV)
    no_rules_held = _held_out_figures(texts, labels, tuning, held_out, without_rules)
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
            _line("model without rules, held-out 1/5", no_rules_held),
            _line("rules only, all snippets", rules),
            _line("rules only, held-out 1/5", rules_held),
            "commonest confusions, CV tuning, rules weakened (gold -> predicted):",
            *(f"  {n:>3}  {g} -> {p}" for g, p, n in confusions),
        ]
    )
    figures: dict[str, Any] = {"report": report, "weakened_rules_confusions": confusions}
    for prefix, found in (
        ("cv", cv),
        ("tuning_cv", tuned_cv),
        ("no_rules_tuning_cv", no_rules),
        ("weakened_rules_tuning_cv", weakened),
        ("held_out", held),
        ("no_rules_held_out", no_rules_held),
        ("rules", rules),
        ("rules_held_out", rules_held),
    ):
        figures |= {f"{prefix}_{key}": value for key, value in found.items()}
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=None, help="the shared data folder")
    parser.add_argument("--limit", type=int, default=None, help="first N snippets only")
    parser.add_argument(
        "--seeds",
        nargs="?",
        const=",".join(map(str, COMPARISON_SEEDS)),
        default=None,
        metavar="S1,S2,...",
        help="only the tuning 4/5's CV figures averaged over these fold seeds (default "
        f"{','.join(map(str, COMPARISON_SEEDS))}), to choose a change by; no held-out figure",
    )
    args = parser.parse_args()
    data = default_data_dir(args.data)
    if args.seeds is None:
        print(evaluate_event_types(data, limit=args.limit)["report"])
        return
    seeds = tuple(int(seed) for seed in args.seeds.split(","))
    texts, labels, raw = read_case2021(Path(data))
    if args.limit is not None:
        texts, labels, raw = texts[: args.limit], labels[: args.limit], raw[: args.limit]
    tuning, _ = held_out_split(raw)
    tuning_texts, tuning_labels = [texts[i] for i in tuning], [labels[i] for i in tuning]
    print(seeds_report(tuning_cv_over_seeds(tuning_texts, tuning_labels, seeds), seeds))


if __name__ == "__main__":
    main()
