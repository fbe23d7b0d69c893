"""Exact-span NER scores, per label and micro-averaged, as conlleval and seqeval (strict) count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

Span = tuple[int, int, str]  # start, end (exclusive), label; positions in any unit


@dataclass(slots=True)
class SpanScores:
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)

    def add(self, predicted: Iterable[Span], gold: Iterable[Span]) -> None:
        p, g = set(predicted), set(gold)
        for _, _, label in p & g:
            self.tp[label] += 1
        for _, _, label in p - g:
            self.fp[label] += 1
        for _, _, label in g - p:
            self.fn[label] += 1

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fp) | set(self.fn))

    def prf(self, label: str | None = None) -> tuple[float, float, float]:
        """Precision, recall and F1 for one label, or micro-averaged over all when None."""
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1
