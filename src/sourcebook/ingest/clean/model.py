"""The line scorer: two stacked models, weights read from JSON.

Stage one, a logistic regression, reads each line's own features (`lines.FEATURES`); stage
two adds what stage one thinks of its neighbours (`context.CONTEXT`) and is a network with
one small hidden layer (numpy), or a logistic regression when the file has no network.
Weights are trained by `python -m evaluation.train_pasted` on the dev half of the benchmarks
only, deterministically, so the shipped file can be rebuilt and checked.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from operator import mul
from pathlib import Path
from typing import Any

from sourcebook.ingest.clean.context import CONTEXT, context_features, context_matrix
from sourcebook.ingest.clean.lines import FEATURES

WEIGHTS = Path(__file__).with_name("pasted_weights.json")
BODY_THRESHOLD = 0.5  # lines above it add to the body's evidence, lines below subtract
BODY_POWER = 0.0  # a line's evidence grows with its length to this power (0: with its log)
STAGE2: tuple[str, ...] = FEATURES + CONTEXT


@lru_cache(maxsize=1)
def weights() -> tuple[tuple[float, ...], tuple[float, ...]]:
    """(stage one, stage two) weights; a feature missing from the file weighs nothing."""
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    one, two = stored.get("stage1", {}), stored.get("stage2", {})
    return (
        tuple(float(one.get(name, 0.0)) for name in FEATURES),
        tuple(float(two.get(name, 0.0)) for name in STAGE2),
    )


def _sigmoid(z: float) -> float:
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))


def score(rows: list[list[float]], w: tuple[float, ...]) -> list[float]:
    return [_sigmoid(sum(map(mul, w, row))) for row in rows]


def _evidence(probs: list[float], lengths: list[int]) -> list[float]:
    return [
        (p - BODY_THRESHOLD) * (n**BODY_POWER if BODY_POWER else 1 + math.log1p(n))
        for p, n in zip(probs, lengths, strict=True)
    ]


def _best_run(evidence: list[float], lo: int, hi: int) -> tuple[float, int, int]:
    """(evidence, first, last) of the maximum-sum run within [lo, hi); last < first if none."""
    best, best_span = 0.0, (lo, lo - 1)
    run, start = 0.0, lo
    for i in range(lo, hi):
        if run <= 0:
            run, start = 0.0, i
        run += evidence[i]
        if run > best:
            best, best_span = run, (start, i)
    return best, *best_span


def body_span(probs: list[float], lengths: list[int]) -> tuple[int, int]:
    """[first, last] line of the maximum-evidence contiguous run; (0, -1) when there is none."""
    _, first, last = _best_run(_evidence(probs, lengths), 0, len(probs))
    return (first, last) if last >= first else (0, -1)


def body_spans(
    probs: list[float], lengths: list[int], share: float, reach: int
) -> list[tuple[int, int]]:
    """The main body run, plus runs beside it, within `reach` lines, with at least `share` of
    its evidence: the rest of an article that an ad block or a gallery cut in two."""
    evidence = _evidence(probs, lengths)
    main, first, last = _best_run(evidence, 0, len(probs))
    if last < first:
        return []
    spans = [(first, last)]
    lo, hi = first, last
    while True:
        found, a, b = _best_run(evidence, hi + 1, min(len(probs), hi + 1 + reach))
        if b < a or found < share * main:
            break
        spans.append((a, b))
        hi = b
    while True:
        found, a, b = _best_run(evidence, max(0, lo - reach), lo)
        if b < a or found < share * main:
            break
        spans.append((a, b))
        lo = a
    return sorted(spans)


def stage2_rows(lines: list[str], rows: list[list[float]], first: list[float]) -> list[list[float]]:
    span = body_span(first, [len(line) for line in lines])
    return [r + c for r, c in zip(rows, context_features(lines, first, span), strict=True)]


@lru_cache(maxsize=1)
def _mlp() -> tuple[Any, ...] | None:
    """Stage two as a one-hidden-layer network, when the weights file has one."""
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8")).get("stage2_mlp")
    if stored is None:
        return None
    import numpy as np

    return tuple(
        np.asarray(stored[key], dtype=float)
        for key in ("mean", "std", "hidden", "hidden_bias", "out", "out_bias")
    )


def probabilities(lines: list[str], rows: list[list[float]]) -> list[float]:
    """P(line belongs to the article) for each line, given its `FEATURES` row."""
    w1, w2 = weights()
    mlp = _mlp()
    if mlp is None or not rows:
        return score(stage2_rows(lines, rows, score(rows, w1)), w2)
    import numpy as np

    own = np.asarray(rows, dtype=float)
    first = 1 / (1 + np.exp(-np.clip(own @ np.asarray(w1), -30, 30)))
    span = body_span(first.tolist(), [len(line) for line in lines])
    second = np.hstack((own, context_matrix(lines, first, span)))
    mean, std, hidden, hidden_bias, out, out_bias = mlp
    h = np.tanh(((second - mean) / std) @ hidden + hidden_bias)
    z = np.clip(h @ out + out_bias, -30, 30)
    result: list[float] = (1 / (1 + np.exp(-z))).tolist()
    return result
