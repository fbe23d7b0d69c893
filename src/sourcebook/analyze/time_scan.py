"""One pass over a text to find where time expressions can be, then the patterns only there.

Every pattern's match holds a word of its kind ("year" in "the past two years", a month name
in "3 March", a digit in "1990s"), so the text's words are read once and each pattern
searches only the stretches around its own words: most news text holds none, and forty
patterns over every character cost more than the parse they follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sourcebook.ingest.dates import MONTH_PATTERN

BEFORE, AFTER = 50, 40  # characters a match may run before and after its word; 90 and 45
# found the same timexes on TBAQ and platinum at two thirds more regex work
_UNITS = (
    "second minute hour day night week weekend month quarter year decade century centurie "
    "morning afternoon evening"
)
_FAMILIES = {
    "month": MONTH_PATTERN.lower().replace("|", " ") + " sept",
    "unit": _UNITS,
    "weekday": "monday tuesday wednesday thursday friday saturday sunday",
    "named": "today tonight yesterday tomorrow morning afternoon evening",
    "quarter": "quarter",
    "clock": "noon midday midnight",
    "set": "daily weekly monthly annually yearly hourly nightly",
    "ref": "now currently present nowadays days current recently lately past recent time "
    "future term",
    "season": "spring summer fall autumn winter",
    "fiscal": "quarter period",
    "holiday": "christmas new independence halloween valentine thanksgiving",
    "century": "century",
}
#: the families whose words a kind's match holds; "num" is any word with a digit
KIND_FAMILIES = {
    "date": ("month",), "month": ("month",), "iso": ("yearnum",), "cjk": ("cjk",),
    "quarter": ("quarter", "q"), "range": ("yearnum",), "decade": ("decade",), "century": ("century",),
    "year": ("yearnum",), "named": ("named",), "weekday": ("weekday",), "period": ("unit",),
    "weekend": ("unit",), "ago": ("unit",), "anchored": ("unit",), "duration": ("unit",),
    "set": ("unit", "set"), "clock": ("num", "clock"), "ref": ("ref",), "season": ("season",),
    "night": ("unit",), "fiscal": ("fiscal",), "holiday": ("holiday",),
}  # fmt: skip
_WORDS: dict[str, tuple[str, ...]] = {}
for _family, _words in _FAMILIES.items():
    for _word in _words.split():
        _WORDS[_word] = (*_WORDS.get(_word, ()), _family)
#: only the words some family holds (and a plural "s"), or any word with a digit: the regex
#: engine skips the rest of the text without a Python step per word
_KNOWN = re.compile(
    r"\b(?:" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")s?\b|\w*\d\w*",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s")
_DECADE = re.compile(r"\d0s$")
_QUARTER = re.compile(r"q[1-4]")
_YEARISH = re.compile(r"[12]\d{3}(?!\d)")  # a year, or the year of "2021-03-04"


def spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Where each family's words are in `text`."""
    found: dict[str, list[tuple[int, int]]] = {}
    for m in _KNOWN.finditer(text):
        word = m.group().lower()
        families = _WORDS.get(word, ())
        if word.endswith("s"):
            families += _WORDS.get(word[:-1], ())
        if not word.isalpha() and any(c.isdigit() for c in word):
            families = ("num", *families, *_digit_families(word))
        for family in families:
            found.setdefault(family, []).append(m.span())
    return found


def _digit_families(word: str) -> tuple[str, ...]:
    """The narrower families of a word with digits: "1990s" a decade, "q3" a quarter, "3月"."""
    found: tuple[str, ...] = ()
    if _DECADE.search(word):
        found += ("decade",)
    if _QUARTER.fullmatch(word):
        found += ("q",)
    if "月" in word:
        found += ("cjk",)
    if _YEARISH.match(word):
        found += ("yearnum",)
    return found


def _windows(text: str, places: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The stretches around `places`, merged, each ending at a space so no word is cut."""
    start = end = -1
    for a, b in sorted(places):
        a, b = max(a - BEFORE, 0), _snap(text, b + AFTER)
        if start >= 0 and a <= end:
            end = max(end, b)
            continue
        if start >= 0:
            yield start, end
        start, end = a, b
    if start >= 0:
        yield start, end


def matches(
    text: str, patterns: Iterable[tuple[str, re.Pattern[str]]]
) -> Iterator[tuple[str, re.Match[str]]]:
    """Each pattern's matches in `text`, searched only around its kind's words."""
    words = spans(text)
    cache: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for kind, pattern in patterns:
        families = KIND_FAMILIES[kind]
        if families not in cache:
            places = [s for family in families for s in words.get(family, ())]
            cache[families] = list(_windows(text, places))
        for a, b in cache[families]:
            for m in pattern.finditer(text, a, b):
                yield kind, m


def _snap(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = _SPACE.search(text, end)
    return space.start() if space else len(text)
