"""The written forms of dates the time analyzer looks for, one regular expression per form.

Kept apart from the reading of them (`time.py`) so the grammar can be read at a glance and a
form added without touching how dates are resolved. Each pattern's named groups are what
`time._resolve` reads: year, month, day, weekday, relative word, unit, count.
"""

from __future__ import annotations

import re

from sourcebook.ingest.dates import MONTH_PATTERN

_ABBREVIATED = "|".join(n for n in MONTH_PATTERN.split("|") if len(n) == 3 and n != "May")
_MONTH = rf"(?P<month>(?:{_ABBREVIATED}|Sept)\.|{MONTH_PATTERN})(?![a-z])"
_FULL_MONTHS = "|".join(
    n for n in MONTH_PATTERN.split("|") if len(n) > 3 and n != "Sept" or n == "May"
)
_WD = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_ON_WD = rf"(?:(?P<wd>{_WD}),?\s+)?"
_PART = r"(?:\s+(?i:morning|afternoon|evening|night))?"
_DAY = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)(?!\d)"
_MOD = r"(?:(?i:early|mid|late)[-\s]+)?"
_THE = r"(?:(?i:the)\s+)?"
_N = r"(?P<n>(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})"
_Y1, _Y2 = r"(?P<y1>1[5-9]\d\d|20\d\d)", r"(?P<y2>1[5-9]\d\d|20\d\d)"
_YEAR_PREFIX = r"(?<![\d,.$£€#/])"
_YEAR_SUFFIX = r"(?!\d|,\d|\.\d|%|/\d|s\b|-year)"
_UNITS = r"(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)"
_NAMED = (
    r"(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)|today|tonight|yesterday|tomorrow"
)
_PERIOD_REL = r"(?P<rel>(?i:this|last|next|that|the\s+coming|the\s+previous))"

#: (kind, pattern); where candidates overlap, the longest wins, then the earlier in this list.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("date", rf"{_ON_WD}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?"),
        ("date", rf"{_ON_WD}{_MONTH}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?"),
        ("date", rf"{_MOD}{_MONTH},?\s+(?:of\s+)?{_YEAR}"),
        ("iso", r"(?<!\d)(?P<year>\d{4})-(?P<mon>[01]\d)-(?P<dd>[0-3]\d)(?!\d)"),
        ("cjk", r"(?:(?P<year>\d{4})年)?(?P<mon>1[0-2]|0?[1-9])月(?:(?P<dd>[1-3]?\d)日)?"),
        ("quarter", rf"{_THE}(?P<q>(?i:first|second|third|fourth))[-\s](?i:quarter)"
                    rf"(?:\s+of\s+{_YEAR})?"),
        ("quarter", rf"\bQ(?P<qn>[1-4])\s+{_YEAR}"),
        ("range", rf"(?i:between)\s+{_YEAR_PREFIX}{_Y1}\s+and\s+{_Y2}{_YEAR_SUFFIX}"),
        ("range", rf"(?i:from)\s+{_Y1}\s+(?i:to|until|till|through)\s+{_Y2}{_YEAR_SUFFIX}"),
        ("range", rf"{_YEAR_PREFIX}{_Y1}\s?[-–]\s?(?P<y2>1[7-9]\d\d|20\d\d|\d\d){_YEAR_SUFFIX}"),
        ("decade", rf"{_THE}{_MOD}(?P<decade>1[5-9]\d0|20\d0)s\b"),
        ("decade", rf"{_THE}['’](?P<short>\d0)s\b"),
        ("century", rf"{_THE}{_MOD}(?P<century>1\d|2[01]|[1-9])(?:st|nd|rd|th)[-\s](?i:century)\b"),
        ("month", rf"(?:(?P<rel>(?i:last|next|this))\s+|{_MOD})(?P<month>{_FULL_MONTHS})\b"),
        ("month", rf"(?P<month>{_FULL_MONTHS})\b"),
        ("named", rf"(?i:(?P<named>{_NAMED}))\b{_PART}"),
        ("named", r"(?i:this\s+(?P<named>morning|afternoon|evening))\b"),
        ("weekday", rf"(?:(?P<rel>(?i:last|next|this|coming))\s+)?(?P<wd>{_WD})\b{_PART}"),
        ("period", rf"(?:(?P<edge>(?i:earlier|later|early|late))\s+)?(?<![Tt]he\s){_PERIOD_REL}"
                   r"\s+(?:(?i:fiscal)\s+)?(?P<unit>(?i:week(?:end)?|month|year))\b"),
        ("weekend", r"(?i:the\s+weekend)\b"),
        ("ago", rf"{_N}\s+(?P<unit>(?i:day|week|month|year|decade))s?"
                r"\s+(?P<dir>(?i:ago|earlier|later|before|after))\b"),
        ("anchored", rf"(?i:the\s+(?P<rel>following|next|previous|same)\s+{_UNITS})\b"),
        ("anchored", rf"(?i:the\s+{_UNITS}\s+(?P<dir>before|after))\b"),
        ("year", rf"{_YEAR_PREFIX}{_MOD}(?P<year>1[7-9]\d\d|20\d\d){_YEAR_SUFFIX}"),
    )
)  # fmt: skip
