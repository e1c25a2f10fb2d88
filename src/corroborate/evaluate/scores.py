"""Precision, recall and F1, shared by every evaluation."""

from __future__ import annotations


def ratio(hits: int | float, total: int | float) -> float:
    """`hits / total`, 0 where there is nothing to count."""
    return hits / total if total else 0.0


def f1(precision: float, recall: float) -> float:
    """The harmonic mean of precision and recall, 0 where both are 0."""
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def precision_recall_f1(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Scores of `correct` items among `predicted` found and `gold` expected."""
    precision, recall = ratio(correct, predicted), ratio(correct, gold)
    return precision, recall, f1(precision, recall)


def f1_of_counts(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Rounded precision, recall and F1 from true positives, false positives and misses."""
    p, r, f = precision_recall_f1(tp, tp + fp, tp + fn)
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3)}
