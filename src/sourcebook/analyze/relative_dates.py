"""Calendar arithmetic for time expressions: what "last month" or "the following day" means.

Kept apart from the finder in `time.py` so that the rules for counting back from an anchor
(the publication date, or the last date the text gave) can be read and tested on their own.
A `When` is a date with the precision the text gives it, and an optional last day for spans
("between 2009 and 2014", "the 1990s", "this week").
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sourcebook.records import Precision

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class When:
    """A resolved date: `day` is the first day it covers, `last` the last day of a span."""

    day: date
    precision: Precision
    last: date | None = None
    last_precision: Precision | None = None

    def iso(self) -> str:
        return truncate(self.day, self.precision)

    def end_iso(self) -> str | None:
        if self.last is None:
            return None
        return truncate(self.last, self.last_precision or self.precision)

    @property
    def latest(self) -> When:
        """What a following "the next year" counts from: the end of a span, else the date."""
        if self.last is None:
            return self
        return When(self.last, self.last_precision or self.precision)


def truncate(day: date, precision: Precision) -> str:
    if precision is Precision.YEAR:
        return f"{day.year:04d}"
    if precision is Precision.MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def parse_iso(value: str | None, precision: Precision | None) -> When | None:
    """A Document's published date as a `When`; unknown parts stand at their first day."""
    if not value:
        return None
    parts = value[:10].split("-")
    try:
        day = date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, 1)
        if len(parts) > 2:
            day = day.replace(day=int(parts[2]))
    except (ValueError, IndexError):
        return None
    inferred = (Precision.YEAR, Precision.MONTH, Precision.DAY)[min(len(parts), 3) - 1]
    return When(day, precision or inferred)


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def week_of(day: date) -> When:
    """The Monday-to-Sunday week holding `day`, as a span of days."""
    monday = day - timedelta(days=day.weekday())
    return When(monday, Precision.DAY, monday + timedelta(days=6), Precision.DAY)


def shift(anchor: When, unit: str, count: int) -> When | None:
    """`count` units after (or, negative, before) `anchor`, at the unit's precision.

    None when the anchor is coarser than the unit: a day after "March 2020" is unknown.
    """
    unit = unit.lower().removesuffix("s")
    rank = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}
    if unit in {"day", "morning", "afternoon", "evening", "night", "week"}:
        if anchor.precision is not Precision.DAY:
            return None
        step = 7 if unit == "week" else 1
        return When(anchor.day + timedelta(days=step * count), Precision.DAY)
    if unit == "weekend":
        if anchor.precision is not Precision.DAY:
            return None
        saturday = anchor.day + timedelta(days=5 - anchor.day.weekday() + 7 * count)
        return When(saturday, Precision.DAY, saturday + timedelta(days=1), Precision.DAY)
    if unit == "month":
        if rank[anchor.precision] < 1:
            return None
        return When(add_months(anchor.day.replace(day=1), count), Precision.MONTH)
    if unit in {"year", "decade"}:
        years = count * (10 if unit == "decade" else 1)
        return When(date(anchor.day.year + years, 1, 1), Precision.YEAR)
    return None


def ago(anchor: When, unit: str, count: int) -> When | None:
    """ "two years ago": weeks count in days ("a week ago" is a day), the rest at their unit."""
    return shift(anchor, unit, -count)


def period(anchor: When, relation: str, unit: str, edge: str | None = None) -> When | None:
    """ "last month", "this year", "next week", "earlier this week" against `anchor`.

    Weeks are spans of days (Monday to Sunday); "earlier this week" ends at the anchor and
    "later this week" starts there, as the text says no more than that.
    """
    step = {"last": -1, "previous": -1, "this": 0, "that": 0, "same": 0, "next": 1}
    count = step.get(relation.lower().split()[-1], 1)  # "the coming": next
    unit = unit.lower()
    if unit == "week":
        if anchor.precision is not Precision.DAY:
            return None
        week = week_of(anchor.day + timedelta(days=7 * count))
        if count == 0 and edge and edge.lower() == "earlier":
            return When(week.day, Precision.DAY, anchor.day, Precision.DAY)
        if count == 0 and edge and edge.lower() == "later":
            return When(anchor.day, Precision.DAY, week.last, Precision.DAY)
        return week
    return shift(anchor, unit, count)


def weekday(anchor: When, name: str, relation: str | None, future: bool) -> When | None:
    """The date a weekday names, seen from `anchor` (a publication date).

    A bare weekday is the nearest one on the side the verb's tense points to ("said on
    Saturday" looks back, "will meet on Monday" forward), the anchor's own day included;
    "last"/"next" skip the anchor's day and "this" stays within the anchor's week.
    """
    if anchor.precision is not Precision.DAY:
        return None
    target = WEEKDAYS.index(name.lower())
    today = anchor.day.weekday()
    rel = (relation or "").lower()
    if rel == "this":
        return When(anchor.day + timedelta(days=target - today), Precision.DAY)
    if rel in {"next", "coming"} or (not rel and future):
        ahead = (target - today) % 7 or (7 if rel else 0)
        return When(anchor.day + timedelta(days=ahead), Precision.DAY)
    back = (today - target) % 7 or (7 if rel else 0)
    return When(anchor.day - timedelta(days=back), Precision.DAY)


def weekend(anchor: When, future: bool) -> When | None:
    """ "the weekend": the coming one in the future tense, else the last one (or this one, if
    the anchor falls on it)."""
    on_it = anchor.day.weekday() >= 5
    return shift(anchor, "weekend", 0 if future or on_it else -1)


def named_day(anchor: When, word: str) -> When | None:
    """ "yesterday", "tonight", "this morning", "the day after tomorrow"."""
    word = word.lower()
    offset = {"yesterday": -1, "tomorrow": 1}.get(word.split()[-1], 0)
    if "day before" in word or "day after" in word:
        offset *= 2
    return shift(anchor, "day", offset)


def named_month(anchor: When, month: int, relation: str) -> When:
    """ "last June" is the latest June before the anchor's month, "next June" the first after."""
    step = {"last": -1, "next": 1}.get(relation.lower(), 0)
    year = anchor.day.year
    if (step < 0 and month >= anchor.day.month) or (step > 0 and month <= anchor.day.month):
        year += step
    return When(date(year, month, 1), Precision.MONTH)


def year_of_weekday(year: int, month: int, day: int, name: str) -> int:
    """ "Saturday 7 March" names its year: the nearest one where 7 March is a Saturday."""
    for candidate in (year, year - 1, year + 1):
        try:
            if date(candidate, month, day).weekday() == WEEKDAYS.index(name.lower()):
                return candidate
        except ValueError:
            continue
    return year


def year_for(month: int, day: int | None, anchor: When, tense: str | None = None) -> int:
    """The year of a date written without one ("3 March"), seen from a publication date.

    The nearest such date to the anchor, unless the tense points the other way by more than
    three months ("died in October", written in March, is last October).
    """
    options = []
    for year in (anchor.day.year - 1, anchor.day.year, anchor.day.year + 1):
        try:
            options.append((date(year, month, day or 1) - anchor.day).days)
        except ValueError:
            continue
    if not options:
        return anchor.day.year
    if day is None and month == anchor.day.month:
        return anchor.day.year  # the anchor's own month
    ahead = min(options, key=abs)
    if tense == "past" and ahead > 92:
        ahead = max(o for o in options if o <= 92)
    elif tense == "future" and ahead < -92:
        ahead = min(o for o in options if o >= -92)
    return (anchor.day + timedelta(days=ahead)).year
