"""Publication dates, normalised to ISO and truncated to what the source says.

Files give dates in every form (ISO stamps, RFC 2822 mail headers, PDF "D:2021..." strings,
"3 March 2021"); the store keeps "2021-03-03" with precision "day", or "2021-03" with "month".
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from sourcebook.records import Precision

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
# The same names as a regex alternation, capitalised as prose writes them (longest first).
MONTH_PATTERN = "|".join(name.capitalize() for name in sorted(_MONTHS, key=len, reverse=True))
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*,?\s+)?"
_DAY_MONTH_YEAR = re.compile(
    rf"^{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{{4}})$"
)
_MONTH_DAY_YEAR = re.compile(
    rf"^{_WEEKDAY}(?P<month>[a-z]+)\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})$"
)
_MONTH_YEAR = re.compile(r"^(?P<month>[a-z]+)\.?,?\s+(?P<year>\d{4})$")
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$")
_PDF = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


@lru_cache(maxsize=4096)
def normalize_date(value: str | None) -> tuple[str | None, Precision | None]:
    if not value or not value.strip():
        return None, None
    value = value.strip()
    match = _ISO.match(value) or _PDF.match(value)
    if match:
        return _from_parts(match.group(1), match.group(2), match.group(3))
    return _english_date(value) or _parse_free_text(value)


def _english_date(value: str) -> tuple[str | None, Precision | None] | None:
    """ "3 March 2021", "Mar. 3, 2021", "March 2021": the common forms, without dateparser.

    dateparser reads every language and shape, at about a millisecond a call; it stays the
    fallback for what this does not recognise.
    """
    lowered = value.lower()
    match = _DAY_MONTH_YEAR.match(lowered) or _MONTH_DAY_YEAR.match(lowered)
    if match and match.group("month") in _MONTHS:
        month = str(_MONTHS[match.group("month")]).zfill(2)
        return _from_parts(match.group("year"), month, match.group("day").zfill(2))
    match = _MONTH_YEAR.match(lowered)
    if match and match.group("month") in _MONTHS:
        return _from_parts(match.group("year"), str(_MONTHS[match.group("month")]).zfill(2), None)
    return None


def _from_parts(
    year: str, month: str | None, day: str | None
) -> tuple[str | None, Precision | None]:
    try:
        if day and month:
            return date(int(year), int(month), int(day)).isoformat(), Precision.DAY
        if month:
            date(int(year), int(month), 1)
            return f"{year}-{month}", Precision.MONTH
        return year, Precision.YEAR
    except ValueError:
        return None, None


def _parse_free_text(value: str) -> tuple[str | None, Precision | None]:
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(value).date().isoformat(), Precision.DAY
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser

    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False}
    parsed = dateparser.parse(value, settings=settings)
    if parsed is None:
        return None, None
    has_day = bool(re.search(r"\b\d{1,2}(st|nd|rd|th)?\b(?!\d)", re.sub(r"\b\d{4}\b", "", value)))
    if has_day:
        return parsed.date().isoformat(), Precision.DAY
    if re.search(r"[A-Za-z]{3,}", value):
        return parsed.strftime("%Y-%m"), Precision.MONTH
    return str(parsed.year), Precision.YEAR


_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)


def date_in_filename(name: str) -> tuple[str | None, Precision | None]:
    """A date written into a file's name ("wire_2026-03-15.txt", "20260315-memo.pdf").

    The last resort for the publication date: archives and exports often name files by date
    when the text itself gives only "March 15".
    """
    stem = name.rsplit("/", 1)[-1]
    for match in _NAME_DATE.finditer(stem):
        year, month, day = (int(part) for part in match.groups())
        try:
            return date(year, month, day).isoformat(), Precision.DAY
        except ValueError:
            continue
    return None, None
