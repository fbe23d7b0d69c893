"""Per-line features of pasted page text: shape, lexical cues and where the line sits.

Article paragraphs are long, punctuated and clustered; furniture is short, title-cased, cue-laden
and lies before or after that cluster. Context features let a short subheading inside the body
score differently from the same line in a footer.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from sourcebook.ingest.clean.cues import REASONS, cue_reason, has_date, is_byline, word_count

_WORD = re.compile(r"\w+")
_END = re.compile(r"[.!?…:;。！？：；][\"'”’»)\]」』）]*$")
_SENTENCE = re.compile(r"[.!?…][\"'”’»)]*\s+\S|[。！？]\S")
_SEPARATOR = re.compile(r" [|•·»›/] |^[|•·»›►▶●■-] ")
_LONG = 80
_NO_DIGITS = str.maketrans("", "", "0123456789")

FEATURES: tuple[str, ...] = (
    "bias",
    "log_chars",
    "words",
    "long",
    "very_long",
    "short",
    "ends_sentence",
    "ends_alnum",
    "title_case",
    "sentences",
    "commas",
    "digits",
    "upper",
    "separator",
    "duplicate",
    "quote",
    "byline",
    "date",
    "alone_word",
    *(f"cue_{name}" for name in REASONS),
    "cue_short",
    "ctx_long",
    "ctx_punct",
    "ctx_len_near",
    "ctx_len_far",
    "position",
    "mass_before",
    "mass_after",
    "mass_inside",
    "after_related",
    "run_long",
    "next_long",
    "prev_long",
    "comment_head",
    "after_comments",
    "long_after_comments",
    "long_after_related",
    "blank_before",
    "blank_after",
    "blank_both",
    "prev_credit",
    "next_credit",
    "cued_between",
)
_COMMENT_HEAD = re.compile(
    r"(\b(said|says|wrote|schrieb|sagt|disse|a écrit)\s*:$|\b\d{1,2}:\d{2}\s*(am|pm)\b|"
    r"^(reply|antworten|responder|répondre|report|melden)$|\b\d+\s+(comments?|kommentare?|"
    r"replies|antworten)\b)",
    re.I,
)


def _shape(line: str, counts: Counter[str]) -> list[float]:
    words = _WORD.findall(line)
    n = word_count(line)
    chars = len(line)
    alpha = [w for w in words if w[0].isalpha()]
    title = len([w for w in alpha if w[0].isupper()]) / len(alpha) if alpha else 0.0
    upper = len([w for w in alpha if len(w) > 1 and w.isupper()]) / len(alpha) if alpha else 0.0
    head = line[:200]
    digits = (len(head) - len(head.translate(_NO_DIGITS))) / len(head) if head else 0.0
    reason = cue_reason(line)
    cues = [float(reason == name) for name in REASONS]
    return [
        1.0,
        math.log1p(chars) / 6,
        min(n, 100) / 100,
        float(chars >= _LONG),
        float(chars >= 200),
        float(n <= 3),
        float(bool(_END.search(line))),
        float(line[-1:].isalnum()),
        title,
        min(len(_SENTENCE.findall(line)), 5) / 5,
        min(line.count(",") / max(n, 1), 0.5) * 2,
        digits,
        upper,
        float(bool(_SEPARATOR.search(line))),
        float(counts[line] > 1),
        float(line[:1] in "\"“„«‘'"),
        float(is_byline(line)),
        float(n < 12 and has_date(line)),
        float(n == 1),
        *cues,
        float(reason is not None and n < 12),
    ]


def _prefix(values: list[float]) -> list[float]:
    out = [0.0]
    for v in values:
        out.append(out[-1] + v)
    return out


def _window_mean(values: list[float], sums: list[float], i: int, radius: int) -> float:
    """Mean of values[i - radius : i + radius + 1] without values[i]."""
    lo, hi = max(0, i - radius), min(len(values), i + radius + 1)
    return (sums[hi] - sums[lo] - values[i]) / max(hi - lo - 1, 1)


def line_features(lines: list[str], spaced: list[bool] | None = None) -> list[list[float]]:
    """One feature vector per non-empty line, in `FEATURES` order.

    `spaced[i]` says a blank line stands before line i: browsers copy paragraphs with blank
    lines around them and menu items without, so it separates the two well.
    """
    counts = Counter(lines)
    gaps = [float(x) for x in spaced] if spaced is not None else [0.0] * len(lines)
    gaps.append(1.0)
    credit_idx = FEATURES.index("cue_credit")
    cued = [cue_reason(line) for line in lines]  # cached: _shape asked already
    shapes: dict[str, list[float]] = {}
    for line in counts:
        shapes[line] = _shape(line, counts)
    rows = [list(shapes[line]) for line in lines]
    n = len(lines)
    long_ = [r[3] for r in rows]
    punct = [r[6] for r in rows]
    loglen = [r[1] for r in rows]
    long_sums, punct_sums, len_sums = _prefix(long_), _prefix(punct), _prefix(loglen)
    mass = [len(line) if len(line) >= _LONG else 0 for line in lines]
    total = sum(mass) or 1
    related_idx = FEATURES.index("cue_related")
    comments_idx = FEATURES.index("cue_comments")
    before = 0.0
    since_related = 99
    comments_seen = False
    run = [0] * n
    for i in range(n):
        run[i] = (run[i - 1] + 1 if i and long_[i - 1] else 0) if long_[i] else 0
    for i, row in enumerate(rows):
        mass_before = before / total
        mass_after = (total - before - mass[i]) / total
        before += mass[i]
        after_related = float(since_related < 40)
        since_related = 0 if (row[related_idx] and len(lines[i]) < 60) else since_related + 1
        head = bool(len(lines[i]) < 120 and _COMMENT_HEAD.search(lines[i]))
        after_comments = float(comments_seen)
        comments_seen = comments_seen or head or bool(row[comments_idx] and len(lines[i]) < 40)
        row.extend(
            [
                _window_mean(long_, long_sums, i, 3),
                _window_mean(punct, punct_sums, i, 3),
                _window_mean(loglen, len_sums, i, 2),
                _window_mean(loglen, len_sums, i, 10),
                i / max(n - 1, 1),
                mass_before,
                mass_after,
                4 * mass_before * mass_after,
                after_related,
                min(run[i], 5) / 5,
                long_[i + 1] if i + 1 < n else 0.0,
                long_[i - 1] if i else 0.0,
                float(head),
                after_comments,
                after_comments * long_[i],
                after_related * long_[i],
                gaps[i],
                gaps[i + 1],
                gaps[i] * gaps[i + 1],
                rows[i - 1][credit_idx] if i else 0.0,
                rows[i + 1][credit_idx] if i + 1 < n else 0.0,
                float(0 < i < n - 1 and bool(cued[i - 1]) and bool(cued[i + 1]) and bool(cued[i])),
            ]
        )
    return rows
