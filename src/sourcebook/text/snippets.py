"""Cut a readable window around the matches of a passage, keeping highlight positions."""

from __future__ import annotations

from sourcebook.text.fold import has_cjk

Span = tuple[int, int]


def snippet(text: str, highlights: tuple[Span, ...], width: int = 320) -> tuple[str, list[Span]]:
    """A window of about `width` characters where the matches are densest, cut at word boundaries.

    Returns the window (with "…" where text was cut) and the highlights inside it, shifted.
    """
    if has_cjk(text[:200]):
        width //= 2  # Chinese characters take two columns each
    if len(text) <= width:
        return text, list(highlights)
    first = _densest(highlights, width * 2 // 3)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    start = max(0, end - width)
    if start > 0:
        space = text.find(" ", start, first if highlights else start + 40)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", max(start, end - 40), end)
        end = space if space > start else end
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = [(a + shift, b + shift) for a, b in highlights if a >= start and b <= end]
    return prefix + text[start:end].replace("\n", " ") + suffix, inside


def _densest(highlights: tuple[Span, ...], reach: int) -> int:
    """Start of the match that has the most other matches within `reach` characters after it."""
    if not highlights:
        return 0
    best, best_count, last = highlights[0][0], 0, 0
    for first, (start, _) in enumerate(highlights):
        last = max(last, first)
        while last + 1 < len(highlights) and highlights[last + 1][1] <= start + reach:
            last += 1
        if last - first + 1 > best_count:
            best, best_count = start, last - first + 1
    return best
