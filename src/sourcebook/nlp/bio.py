"""BIO tags to spans, the one way: the encoder decodes with it and the scorers count with it.

A stray I- opens a span, as conlleval does, so a model's spans and its scores mean the same.
"""

from __future__ import annotations

from collections.abc import Sequence


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """IOB2 tags as (start, end, label) word spans."""
    found: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("I-") and tag[2:] == label and start >= 0:
            continue
        if start >= 0:
            found.append((start, i, label))
            start, label = -1, ""
        if tag.startswith(("B-", "I-")):
            start, label = i, tag[2:]
    return found
