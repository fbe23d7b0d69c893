"""Main-text metrics of the two benchmarks, reimplemented from their READMEs' descriptions.

scrapinghub: 4-token shingle multisets, per-document counts normalised to sum 1, macro means.
trafilatura-eval: substring checks of "with"/"without" segments, micro sums.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    n: int


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(max(0, len(tokens) - size + 1)))


def shingle_counts(predicted: str, gold: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one document, each divided by their sum so long texts weigh the same."""
    pred, true = shingles(predicted), shingles(gold)
    tp = sum((pred & true).values())
    fp = sum((pred - true).values())
    fn = sum((true - pred).values())
    total = tp + fp + fn
    if total == 0:
        return 1.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def macro_prf(counts: Sequence[tuple[float, float, float]]) -> Scores:
    """Mean precision over documents with output, mean recall over documents with gold."""
    precisions = [tp / (tp + fp) for tp, fp, _ in counts if tp + fp > 0]
    recalls = [tp / (tp + fn) for tp, _, fn in counts if tp + fn > 0]
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return Scores(p, r, _f1(p, r), len(counts))


def normalise_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def segment_counts(
    output: str, with_: Iterable[str], without: Iterable[str]
) -> tuple[int, int, int, int]:
    """(tp, fn, fp, tn): wanted segments found or missed, unwanted ones found or absent."""
    flat = normalise_space(output)
    found = [normalise_space(s) in flat for s in with_]
    leaked = [normalise_space(s) in flat for s in without]
    return sum(found), len(found) - sum(found), sum(leaked), len(leaked) - sum(leaked)


def micro_prf(counts: Sequence[tuple[int, int, int, int]]) -> Scores:
    tp = sum(c[0] for c in counts)
    fn = sum(c[1] for c in counts)
    fp = sum(c[2] for c in counts)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return Scores(p, r, f1, len(counts))


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
