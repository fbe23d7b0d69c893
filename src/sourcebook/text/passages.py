"""Cut a document's clean text into passages: the unit that search ranks.

Passages follow paragraph breaks and hold roughly `target` characters: a news article is one
or two passages, a 300-page PDF some hundreds, so a hit points at a stretch of text one can
read, and ranking costs about what ranking whole articles would. (Passages of 800 characters
made a common word's query rank five times as many rows, and search twice as slow.)
"""

from __future__ import annotations

import re

_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n(?=\s*\S)")
_SENTENCE_END = re.compile(r"[.!?。！？]\s+")


def split_passages(text: str, target: int = 2400, limit: int = 4800) -> list[tuple[int, int]]:
    """Return (start, end) spans covering the text's non-blank content, in order."""
    spans: list[tuple[int, int]] = []
    position = 0
    for brk in _PARAGRAPH_BREAK.finditer(text):
        _add_paragraph(text, position, brk.start(), spans, target, limit)
        position = brk.end()
    _add_paragraph(text, position, len(text), spans, target, limit)
    return _merge_short(spans, target)


def _add_paragraph(
    text: str, start: int, end: int, spans: list[tuple[int, int]], target: int, limit: int
) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > max(limit, 2 * target):  # a wall of text: cut near the target
        cut = _cut_point(text, start, end, target, limit)
        spans.append((start, cut))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        spans.append((start, end))


def _cut_point(text: str, start: int, end: int, target: int, limit: int) -> int:
    window = text[start + target // 2 : start + limit]
    match = _SENTENCE_END.search(window)
    if match:
        return start + target // 2 + match.start() + 1  # just after the sentence's full stop
    space = text.rfind(" ", start + target // 2, start + limit)
    return space if space > start else start + limit


def _merge_short(spans: list[tuple[int, int]], target: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and (merged[-1][1] - merged[-1][0]) + (end - start) <= target:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
