"""Clean an article pasted from a browser: keep its paragraphs, drop the page around them.

Each line is scored by a small logistic model (`clean.model`); the article is the contiguous
run of lines with the most evidence for it, found the way one finds a maximum-sum subarray,
so a short subheading between paragraphs stays while a teaser list after the end goes.
Kept lines are the original lines, unchanged; every dropped block is returned with a reason.
Text without any page furniture (a memo, a transcript) is returned as it came.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sourcebook.ingest.clean.cues import cue_reason, looks_like_page, reason_for
from sourcebook.ingest.clean.lines import line_features
from sourcebook.ingest.clean.model import body_spans, probabilities
from sourcebook.records import RemovedSpan

KEEP_INSIDE = 0.3  # a line inside the body stays unless the model is this sure it is furniture
KEEP_NEAR = 0.45  # a line a few lines off the body (a dek above a byline) needs this much
KEEP_OUTSIDE = 0.7  # a line further off stays only when the model is this sure
NEAR = 8  # how many lines count as "a few"
PROTECT_CHARS = 120  # a prose paragraph this long near the body ...
PROTECT_P = 0.25  # ... stays at this lower probability: dropping article text costs most
PROTECT_REACH = 30  # how many lines past the body's ends the protection holds
CAPTION_CHARS = 250  # a line this short beside a "Photo: ..." credit, not set off by blank
# lines as paragraphs are, is the photo's caption
CAPTION_P = 0.9  # ... unless the model is this sure it is article text
SPLIT_SHARE = 0.2  # a second run counts as body with this share of the main run's evidence
SPLIT_REACH = 30  # ... when it starts within this many lines of the body


_PROSE_END = re.compile(r"[.!?…。！？][\"'”’»)」』）]*$")


def split_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, stripped line) for each non-blank line, offsets into `text`."""
    pos = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = pos + raw.index(stripped[0])
            yield start, start + len(stripped), stripped
        pos += len(raw) + 1


def blank_before(text: str, lines: list[tuple[int, int, str]]) -> list[bool]:
    """For each line, whether a blank line separates it from the line before."""
    ends = [0] + [end for _, end, _ in lines[:-1]] if lines else []
    return [
        text.count("\n", prev, start) > 1 for prev, (start, _, _) in zip(ends, lines, strict=True)
    ]


def keep_mask(
    texts: list[str], spaced: list[bool] | None = None
) -> tuple[list[bool], tuple[int, int], list[float]]:
    """Which lines are article, the body span, and each line's probability."""
    probs = probabilities(texts, line_features(texts, spaced))
    spans = body_spans(probs, [len(line) for line in texts], SPLIT_SHARE, int(SPLIT_REACH))
    first, last = (spans[0][0], spans[-1][1]) if spans else (0, -1)
    inside = [False] * len(texts)
    for a, b in spans:
        inside[a : b + 1] = [True] * (b + 1 - a)
    credit = [cue_reason(line) == "credit" and len(line) < 80 for line in texts] + [False]
    gaps = (list(spaced) if spaced is not None else [False] * len(texts)) + [True]
    keep = []
    for i, p in enumerate(probs):
        if (
            (credit[i - 1] or credit[i + 1])
            and len(texts[i]) < CAPTION_CHARS
            and p < CAPTION_P
            and not (gaps[i] and gaps[i + 1])
        ):
            keep.append(False)
        elif (
            p >= PROTECT_P
            and len(texts[i]) >= PROTECT_CHARS
            and first - PROTECT_REACH <= i <= last + PROTECT_REACH
            and _PROSE_END.search(texts[i])
        ):
            keep.append(True)
        elif inside[i]:
            keep.append(p >= KEEP_INSIDE)
        elif first - NEAR <= i <= last + NEAR:
            keep.append(p >= KEEP_NEAR)
        else:
            keep.append(p >= KEEP_OUTSIDE)
    return keep, (first, last), probs


def clean_pasted(text: str) -> tuple[str, list[RemovedSpan]]:
    """(article text, dropped blocks) of a page copied from a browser."""
    lines = list(split_lines(text))
    texts = [line for _, _, line in lines]
    if not lines or not looks_like_page(texts):
        return text, []
    keep, (first, _), _ = keep_mask(texts, blank_before(text, lines))
    if not any(keep):  # no article found: better the whole text than none of it
        return text, []
    out: list[str] = []
    removed: list[RemovedSpan] = []
    pending: list[tuple[int, int, str]] = []  # (start, end, reason) of the open dropped block
    length = 0

    def flush() -> None:
        if pending:
            removed.append(RemovedSpan(length, text[pending[0][0] : pending[-1][1]], pending[0][2]))
            pending.clear()

    for i, (start, end, line) in enumerate(lines):
        if keep[i]:
            flush()
            if out:
                gap = text[lines[i - 1][1] : start] if keep[i - 1] else "\n\n"
                out.append("\n\n" if gap.count("\n") > 1 else "\n")
                length += len(out[-1])
            out.append(line)
            length += len(line)
            continue
        reason = reason_for(line, "before" if i < first else "after" if out else "before")
        if pending and pending[-1][2] != reason:
            flush()
        pending.append((start, end, reason))
    flush()
    return "".join(out), removed
