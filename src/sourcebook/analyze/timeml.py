"""Time expressions as TimeML types and values: the `Timex` the time analyzer reports besides
its dated `Event`s, and the expressions that are not dated statements themselves.

A `Timex` carries a TIMEX3 type (DATE, TIME, DURATION, SET) and value: a date as TimeML writes
it (decade "199", century "19", quarter "2013-Q3", week "2013-W11", season "2012-SU"), a time
("2013-03-12T17:00", part of a day "2013-03-12TMO"), a duration ("P3Y") or a set's period; the
present, past and future the text names without a date ("now", "recently", "the future") are
PRESENT_REF, PAST_REF and FUTURE_REF.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sourcebook.analyze.relative_dates import When
from sourcebook.records import Precision


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: its span in the text, TimeML type and value (None if unresolved)."""

    start: int
    end: int
    text: str
    type: str  # DATE, TIME, DURATION or SET
    value: str | None


PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI"}
_ZONE = r"(?:\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|ET|PT)\b)?"
_REFS = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "current": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "recent": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "the time": "PAST_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
}  # fmt: skip
_REF = "|".join(
    sorted((re.escape(r).replace(r"\ ", r"\s+") for r in _REFS if r != "the time"), key=len)[::-1]
)
_REF += r"|(?<=\bat\s)the\s+time"  # "at the time"
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}

_HOLIDAYS = {
    "christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25),
    "new year's eve": (12, 31), "new year's day": (1, 1), "independence day": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "thanksgiving day": (11, 0),
    "thanksgiving": (11, 0),
}  # fmt: skip
_HOLIDAY = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]") for h in _HOLIDAYS)

#: (kind, pattern) for the expressions found here; the time analyzer merges them with its own.
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern))
    for kind, pattern in (
        ("clock", r"(?:(?i:around|about|approximately|shortly\s+(?:before|after))\s+)?"
                  r"(?<![\d:.$])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?\s*"
                  rf"(?P<ap>(?i:[ap])\.?(?i:m)\b\.?){_ZONE}"),
        ("clock", rf"(?<![\d:.$])(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:]){_ZONE}"),
        ("clock", r"(?i:\b(?P<noon>noon|midday|midnight))\b"),
        ("ref", rf"(?i:\b(?P<ref>{_REF}))\b"),
        ("season", r"(?i:\b(?:(?P<rel>this|last|next|this\s+past|the)\s+|(?:early|late|mid)[-\s]+)?"
                   r"(?P<season>spring|summer|fall|autumn|winter)\b)"
                   r"(?:\s+(?:of\s+)?(?P<year>1[5-9]\d\d|20\d\d)\b)?"),
        ("night", r"(?i:\b(?P<rel>last|this)\s+(?P<part>night)\b)"),
        ("fiscal", r"(?i:\b(?P<rel>the|this|that)\s+(?P<which>(?:(?:latest|current|most\s+recent"
                   r"|just[-\s]ended|fiscal|same|comparable|year-earlier|year-ago)\s+)*)quarter\b)"),
        ("fiscal", r"(?i:\b(?:the\s+)?(?:comparable\s+)?(?P<which>year-earlier|year-ago|latest)"
                   r"\s+period\b)"),
        ("holiday", rf"(?i:\b(?:(?P<rel>last|next|this)\s+)?(?P<holiday>{_HOLIDAY}))\b"),
    )
)  # fmt: skip


def date_value(when: When) -> str:
    """A resolved date as TimeML writes it: decade "199", century "19", quarter "2013-Q3",
    week "2013-W11" (weekend "2013-W11-WE"); another span by its first date."""
    if when.last is None:
        return when.iso()
    first, last = when.day, when.last
    if when.precision is Precision.YEAR:
        width = last.year - first.year
        if width == 9 and first.year % 10 == 0:
            return f"{first.year // 10:03d}"
        if width == 99 and first.year % 100 == 0:
            return f"{first.year // 100:02d}"
    if when.precision is Precision.MONTH and first.month in (1, 4, 7, 10):
        if (last.year, last.month) == (first.year, first.month + 2):
            return f"{first.year}-Q{(first.month + 2) // 3}"
    if when.precision is Precision.DAY and first.isocalendar()[:2] == last.isocalendar()[:2]:
        year, week, day = first.isocalendar()
        weekend = "-WE" if day == 6 and (last - first).days == 1 else ""
        return f"{year}-W{week:02d}{weekend}"
    return when.iso()


def part_value(when: When | None, part: str | None) -> str | None:
    """ "Friday morning": the day and the part, "2013-03-08TMO"."""
    if when is None or when.precision is not Precision.DAY:
        return None
    code = PARTS.get((part or "").lower().split()[-1] if part else "")
    return f"{when.day.isoformat()}T{code}" if code else when.day.isoformat()


def clock_value(match: re.Match[str], day: When | None) -> str | None:
    """ "5 p.m." on the day given: "2013-03-12T17:00"; None without a day to put it on."""
    if day is None or day.precision is not Precision.DAY:
        return None
    groups = match.groupdict()
    if groups.get("noon"):
        clock = "24:00" if groups["noon"].lower() == "midnight" else "12:00"
    else:
        hour = int(groups["h"])
        marker = (groups.get("ap") or "").lower()[:1]
        if marker == "p" and hour < 12:
            hour += 12
        elif marker == "a" and hour == 12:
            hour = 0
        clock = f"{hour:02d}:{groups.get('mi') or '00'}"
    return f"{day.day.isoformat()}T{clock}"


def ref_value(match: re.Match[str]) -> str:
    return _REFS[" ".join(match.group("ref").lower().split())]


def season_value(match: re.Match[str], anchor: When | None) -> str | None:
    """ "last summer" is the latest summer over before the anchor; "this winter" the anchor's
    year; "next spring" the first one not yet begun."""
    code = SEASONS[match.group("season").lower()]
    if match.group("year"):
        return f"{match.group('year')}-{code}"
    if anchor is None:
        return None
    year, month = anchor.day.year, anchor.day.month
    first, last = _SEASON_MONTHS[code]
    rel = " ".join((match.group("rel") or "").lower().split())
    if rel in {"last", "this past"}:
        year = year if month > last else year - 1
    elif rel == "next":
        year = year if month < first else year + 1
    return f"{year}-{code}"


def shift_day(when: When | None, days: int) -> When | None:
    if when is None or when.precision is not Precision.DAY:
        return None
    return When(date.fromordinal(when.day.toordinal() + days), Precision.DAY)


def fiscal_value(match: re.Match[str], anchor: When | None) -> str | None:
    """Business news reports on the quarter just over: "the (latest) quarter" is the one
    before the anchor's, "this/the current quarter" the anchor's own, "the year-ago
    quarter" the reported one a year before."""
    if anchor is None:
        return None
    which = " ".join((match.group("which") or "").lower().split())
    rel = (match.groupdict().get("rel") or "").lower()
    year, quarter = anchor.day.year, (anchor.day.month - 1) // 3 + 1
    if not ("current" in which or rel == "this"):
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    if "year-" in which:
        year -= 1
    return f"{year}-Q{quarter}"


def holiday_value(match: re.Match[str], anchor: When | None) -> str | None:
    """A fixed feast ("Christmas", "Thanksgiving Day"), in the year nearest the anchor, or
    the last or next one the text names."""
    if anchor is None:
        return None
    key = " ".join(match.group("holiday").lower().replace("’", "'").split())
    month, day = _HOLIDAYS[key]
    rel = (match.group("rel") or "").lower()

    def on(year: int) -> date:
        if day:
            return date(year, month, day)
        first = date(year, month, 1)  # Thanksgiving: the fourth Thursday of November
        return date(year, month, 1 + (3 - first.weekday()) % 7 + 21)

    options = [on(anchor.day.year + k) for k in (-1, 0, 1)]
    if rel == "last":
        chosen = max(o for o in options if o < anchor.day)
    elif rel == "next":
        chosen = min(o for o in options if o > anchor.day)
    else:
        chosen = min(options, key=lambda o: abs((o - anchor.day).days))
    return chosen.isoformat()
