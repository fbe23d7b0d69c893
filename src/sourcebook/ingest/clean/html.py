"""Main text of an HTML page: trafilatura, checked and completed by our own line scorer.

trafilatura finds the article's container well but keeps some furniture (share rows, "more
on this" links) and sometimes skips a paragraph it misjudged. We take its precise reading
when that keeps most of the text, drop its short cue-bearing lines, then score the whole
rendered page with the pasted-text model and put back confident article lines that lie
between (or just beside) the lines trafilatura kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import trafilatura

from sourcebook.ingest.clean.cues import cue_reason, reason_for, word_count
from sourcebook.ingest.clean.pasted import blank_before, clean_pasted, keep_mask, split_lines
from sourcebook.ingest.clean.render import render_text
from sourcebook.records import RemovedSpan

PRECISE_SHARE = 0.8  # take trafilatura's precise reading when it keeps this much of the text
CUE_WORDS = 12  # a line shorter than this that carries a furniture cue is dropped
CUE_WORDS_DOUBTED = 20  # ... and one shorter than this, when the line scorer doubts it too
DOUBT = 0.6  # "doubts": gives it less than this probability of being article text
RESTORE = 0.9  # probability above which a skipped page line is put back
SLACK = 3  # how many lines beyond trafilatura's first and last it may put back
_SPACE = re.compile(r"\s+")
_DROP = ("share", "subscription", "cookie", "credit", "related", "navigation", "comments")


@dataclass(slots=True)
class PageText:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    sitename: str | None = None
    url: str | None = None
    removed: list[RemovedSpan] = field(default_factory=list)


def _key(line: str) -> str:
    return _SPACE.sub(" ", line).strip()


def _trafilatura(page: str) -> tuple[list[str], PageText]:
    doc = trafilatura.bare_extraction(
        page, include_comments=False, include_tables=True, with_metadata=True
    )
    meta = PageText("")
    standard = ""
    if doc is not None and not isinstance(doc, dict):
        standard = doc.text or ""
        meta = PageText("", doc.title, doc.author, doc.date, doc.sitename, doc.url)
    precise = (
        trafilatura.extract(page, include_comments=False, include_tables=True, favor_precision=True)
        or ""
    )
    chosen = precise if len(precise) >= PRECISE_SHARE * len(standard) else standard
    return [line.strip() for line in chosen.split("\n") if line.strip()], meta


def _drop_cued(extracted: list[str], page: list[str], probs: list[float]) -> list[str]:
    """trafilatura's lines less short furniture: a cue-bearing line goes when it is short, or
    when it is middling and our scorer also doubts it (a subscription box inside the story)."""
    score = {_key(line): p for line, p in zip(page, probs, strict=True)}
    kept = []
    for line in extracted:
        words = word_count(line)
        if cue_reason(line) in _DROP and (
            words < CUE_WORDS or (words < CUE_WORDS_DOUBTED and score.get(_key(line), 1.0) < DOUBT)
        ):
            continue
        kept.append(line)
    return kept


def _merge(extracted: list[str], page: list[str], keep: list[bool]) -> tuple[list[str], list[int]]:
    """trafilatura's lines with confident skipped page lines put back in page order.

    Returns the lines and, for each page line, the output index it went to (-1: dropped).
    """
    where: dict[str, list[int]] = {}
    for i, line in enumerate(page):
        where.setdefault(_key(line), []).append(i)
    placed: list[int] = []
    cursor = 0
    for line in extracted:
        found = [i for i in where.get(_key(line), []) if i >= cursor]
        placed.append(found[0] if found else -1)
        if found:
            cursor = found[0] + 1
    matched = [i for i in placed if i >= 0]
    if not matched:
        return extracted, [-1] * len(page)
    lo, hi = min(matched) - SLACK, max(matched) + SLACK
    taken = set(matched)
    have = _key(" ".join(extracted))
    extra = [
        i
        for i in range(max(lo, 0), min(hi, len(page) - 1) + 1)
        if i not in taken and keep[i] and _key(page[i]) not in have
    ]
    out: list[str] = []
    slot = [-1] * len(page)
    pending = iter(extra)
    nxt = next(pending, None)
    for line, at in zip(extracted, placed, strict=True):
        while nxt is not None and at >= 0 and nxt < at:
            slot[nxt] = len(out)
            out.append(page[nxt])
            nxt = next(pending, None)
        if at >= 0:
            slot[at] = len(out)
        out.append(line)
    while nxt is not None:
        slot[nxt] = len(out)
        out.append(page[nxt])
        nxt = next(pending, None)
    return out, slot


def _removed(page: list[str], slot: list[int], offsets: list[int], end: int) -> list[RemovedSpan]:
    """Dropped page lines as blocks, each placed where the next kept line starts."""
    spans: list[RemovedSpan] = []
    block: list[str] = []
    reason = ""
    seen_kept = False
    for i, line in enumerate(page + [""]):
        kept = i == len(page) or slot[i] >= 0
        line_reason = "" if kept else reason_for(line, "after" if seen_kept else "before")
        if block and (kept or line_reason != reason):
            at = offsets[slot[i]] if i < len(page) and kept else end
            if not kept:
                later = [slot[j] for j in range(i, len(page)) if slot[j] >= 0]
                at = offsets[later[0]] if later else end
            spans.append(RemovedSpan(at, "\n".join(block), reason))
            block = []
        if kept:
            seen_kept = seen_kept or i < len(page)
            continue
        block.append(line)
        reason = line_reason
    return spans


def extract_page(page: str) -> PageText:
    """Main text, metadata and dropped blocks of one decoded HTML page."""
    extracted, result = _trafilatura(page)
    rendered = render_text(page)
    located = list(split_lines(rendered))
    page_lines = [line for _, _, line in located]
    if not page_lines:
        result.text = "\n".join(extracted)
        return result
    keep, _, probs = keep_mask(page_lines, blank_before(rendered, located))
    extracted = _drop_cued(extracted, page_lines, probs)
    confident = [k and p >= RESTORE for k, p in zip(keep, probs, strict=True)]
    if not extracted:  # trafilatura found nothing (a short page): the pasted-text cleaner
        cleaned, _ = clean_pasted("\n".join(page_lines))
        extracted = [line for _, _, line in split_lines(cleaned)]
    lines, slot = _merge(extracted, page_lines, confident)
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    result.text = "\n".join(lines)
    result.removed = _removed(page_lines, slot, offsets, len(result.text))
    return result
