"""Second-pass features: what the first-pass scores of a line's neighbours say about it.

A line between two confident article paragraphs is probably article too (a subheading, a
short quote); a long line amid confident furniture is probably a teaser's dek.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Any

_WORD = re.compile(r"\w{4,}")

CONTEXT: tuple[str, ...] = (
    "p",
    "logit",
    "p_near",
    "p_mid",
    "p_far",
    "p_max_near",
    "in_body",
    "body_distance",
    "body_edge",
    "p_prev",
    "p_next",
    "overlap",
    "overlap_long",
)


def _overlaps(lines: list[str], probs: list[float], span: tuple[int, int]) -> list[float]:
    """Share of each line's words that the confident body uses elsewhere: a teaser for another
    story shares few words with the article, a dek or subheading shares many."""
    words = [[w.lower() for w in _WORD.findall(line)] for line in lines]
    body: Counter[str] = Counter()
    members = [i for i in range(span[0], span[1] + 1) if probs[i] >= 0.5]
    for i in members:
        body.update(set(words[i]))
    out = []
    for i, own in enumerate(words):
        if not own:
            out.append(0.0)
            continue
        mine = set(own) if i in members else set()
        unique = set(own)
        out.append(sum(body[w] - (w in mine) > 0 for w in unique) / len(unique))
    return out


def _mean(values: list[float], sums: list[float], i: int, radius: int) -> float:
    """Mean of values[i - radius : i + radius + 1] without values[i]."""
    lo, hi = max(0, i - radius), min(len(values), i + radius + 1)
    return (sums[hi] - sums[lo] - values[i]) / max(hi - lo - 1, 1)


def context_features(
    lines: list[str], probs: list[float], span: tuple[int, int]
) -> list[list[float]]:
    """One row of `CONTEXT` features per line, from first-pass probabilities and body span."""
    first, last = span
    overlaps = _overlaps(lines, probs, span)
    sums = [0.0]
    for p in probs:
        sums.append(sums[-1] + p)
    n = len(probs)
    rows = []
    for i, p in enumerate(probs):
        q = min(max(p, 1e-4), 1 - 1e-4)
        distance = 0 if first <= i <= last else (first - i if i < first else i - last)
        rows.append(
            [
                p,
                math.log(q / (1 - q)) / 5,
                _mean(probs, sums, i, 1),
                _mean(probs, sums, i, 3),
                _mean(probs, sums, i, 8),
                max(probs[max(0, i - 2) : i] + probs[i + 1 : i + 3] or [0.0]),
                float(distance == 0),
                min(distance, 20) / 20,
                float(i in (first, last)),
                probs[i - 1] if i else 0.0,
                probs[i + 1] if i + 1 < n else 0.0,
                overlaps[i],
                overlaps[i] * float(len(lines[i]) >= 80),
            ]
        )
    return rows


def context_matrix(lines: list[str], probs: Any, span: tuple[int, int]) -> Any:
    """`context_features` as a numpy array, computed column-wise: the same numbers, faster."""
    import numpy as np

    n = len(probs)
    first, last = span
    idx = np.arange(n)
    sums = np.concatenate(([0.0], np.cumsum(probs)))

    def mean(radius: int) -> Any:
        lo, hi = np.maximum(0, idx - radius), np.minimum(n, idx + radius + 1)
        return (sums[hi] - sums[lo] - probs) / np.maximum(hi - lo - 1, 1)

    padded = np.concatenate(([-np.inf] * 2, probs, [-np.inf] * 2))
    near = np.max([padded[k : k + n] for k in (0, 1, 3, 4)], axis=0)
    near[np.isinf(near)] = 0.0
    q = np.clip(probs, 1e-4, 1 - 1e-4)
    distance = np.where(idx < first, first - idx, np.where(idx > last, idx - last, 0))
    overlaps = np.asarray(_overlaps(lines, probs.tolist(), span))
    long_ = np.asarray([len(line) >= 80 for line in lines], dtype=float)
    columns = [
        probs,
        np.log(q / (1 - q)) / 5,
        mean(1),
        mean(3),
        mean(8),
        near,
        (distance == 0).astype(float),
        np.minimum(distance, 20) / 20,
        ((idx == first) | (idx == last)).astype(float),
        np.concatenate(([0.0], probs[:-1])),
        np.concatenate((probs[1:], [0.0])),
        overlaps,
        overlaps * long_,
    ]
    return np.column_stack(columns)
