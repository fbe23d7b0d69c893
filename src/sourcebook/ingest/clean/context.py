"""Second-pass features: what the first-pass scores of a line's neighbours say about it.

A line between two confident article paragraphs is probably article too (a subheading, a
short quote); a long line amid confident furniture is probably a teaser's dek.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"\w{4,}")

CONTEXT: tuple[str, ...] = (
    "p", "logit", "p_near", "p_mid", "p_far", "p_max_near", "in_body", "body_distance",
    "body_edge", "p_prev", "p_next", "overlap", "overlap_long",
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
