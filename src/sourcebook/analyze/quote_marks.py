"""Find the stretches of text that stand in quotation marks, before any parsing.

Marks are paired on the characters, not the tokens, because the parser's sentences often break
inside long quotes. A quote left open at the end of a paragraph continues only where the next
paragraph opens with the same mark, the newspaper convention for quotes over several paragraphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcebook.analyze.cues import MARK_PAIRS

_PARAGRAPH = re.compile(r"\n")
_CANDIDATE = re.compile("|".join([*map(re.escape, MARK_PAIRS), "''", "``"]))


@dataclass(frozen=True, slots=True)
class Marked:
    """Words in marks: `parts` are the quoted pieces, one per paragraph, without the marks."""

    open: int  # offset of the first opening mark
    close: int  # offset just after the last closing mark
    parts: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


def _opens(text: str, i: int) -> bool:
    """An opening mark follows a space, a line start, a bracket, a dash or another mark."""
    if i + 1 >= len(text) or text[i + 1].isspace():
        return False
    mark = text[i]
    if mark in "“«「『„»":
        return True
    before = text[i - 1] if i else " "
    return before.isspace() or before in "([{—–-/:;,“‘«"


def _closes(text: str, j: int) -> bool:
    """A closing ’ or " is not followed by a letter (that would be an apostrophe or a new word)."""
    if text[j] not in '’"':
        return True
    after = text[j + 1] if j + 1 < len(text) else " "
    return not after.isalnum()


def _close_in(text: str, begin: int, limit: int, closers: str) -> int:
    for j in range(begin, limit):
        if text[j] in closers and _closes(text, j):
            return j
    return -1


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mark_at(text: str, i: int) -> str | None:
    """The opening mark at `i`: one character, or '' / `` as some wires write them."""
    pair = text[i : i + 2]
    if pair in ("''", "``") and i + 2 < len(text) and not text[i + 2].isspace():
        before = text[i - 1] if i else " "
        return pair if before.isspace() or before in "([{—–-/:;," else None
    mark = text[i]
    return mark if mark in MARK_PAIRS and _opens(text, i) else None


def marked_spans(text: str) -> list[Marked]:
    """Every quoted stretch of `text`, outermost only, in text order."""
    found: list[Marked] = []
    i = 0
    n = len(text)
    while i < n:
        candidate = _CANDIDATE.search(text, i)  # jump to the next character that may open
        if candidate is None:
            break
        i = candidate.start()
        mark = _mark_at(text, i)
        if mark is None:
            i += 1
            continue
        width = len(mark)
        parts: list[tuple[int, int]] = []
        begin = i + width
        end_close = -1
        while True:
            newline = _PARAGRAPH.search(text, begin)
            limit = newline.start() if newline else n
            if width == 2:  # '' closes both '' and ``
                j = text.find("''", begin, limit)
            else:
                j = _close_in(text, begin, limit, MARK_PAIRS[mark])
            if j >= 0:
                parts.append(_trimmed(text, begin, j))
                end_close = j + width
                break
            # open at the paragraph's end: go on only if the next paragraph reopens the quote
            nxt = limit
            while nxt < n and text[nxt].isspace():
                nxt += 1
            if newline is None or nxt >= n or text[nxt : nxt + width] != mark:
                break
            parts.append(_trimmed(text, begin, limit))
            begin = nxt + width
        if end_close < 0:
            i += 1
            continue
        parts = [p for p in parts if p[1] > p[0]]
        if parts:
            found.append(Marked(i, end_close, tuple(parts)))
        i = end_close
    return found
