"""Figures that are not claims, told from the characters around them: years, dates, ages,
ordinals, times of day, phone numbers and references ("Article 12", "page 4")."""

from __future__ import annotations

import re

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.I)
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?!\w)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of|the age of)\s*$", re.I)
REF_BEFORE = re.compile(
    r"\b(?:article|art\.|page|pages|p\.|pp\.|section|sec\.|§|chapter|paragraph|para\.?|clause|"
    r"item|no\.|number|nos?\.|row|rule|amendment|resolution|form|figure|fig\.|table|annex|"
    r"appendix|volume|vol\.|issue|room|flight|route|highway|level|grade|phase|stage|round|week|"
    r"game|title|part|schedule|box|exhibit|gate|bus|track|platform|line|seat|category|unit|"
    r"model|version|size|type|zip|channel|episode|season|class|tier|division|district|suite|"
    r"terminal|floor|apartment|#)\s*$",
    re.I,
)
_TIME_AFTER = re.compile(r"^\s?(?:a\.?m\.?|p\.?m\.?|o'clock|hrs|gmt|utc)(?![\w])", re.I)
PHONE = re.compile(
    r"(?:\+\d[\d\s().-]{7,}\d|\(\d{2,5}\)\s?\d[\d\s-]{4,}\d|\b\d{3}-\d{3,4}(?:-\d{4})?\b)"
)
_ID_AFTER = re.compile(r"^-?[a-z]", re.I)
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
_FUTURE_YEAR_BEFORE = re.compile(r"\b(?:in|by|until|till|since|before|after)\s$", re.I)


def kind_of_plain(text: str, start: int, end: int, value: float, digits: str) -> str | None:
    """Which non-claim a bare number is, judged from the characters around it."""
    before, after = text[max(0, start - 25) : start], text[end : end + 25]
    if ORDINAL_AFTER.match(after):
        return "ordinal" if not DATE_AFTER.match(after) else "date"
    if DATE_BEFORE.search(before) or DATE_AFTER.match(after):
        return "date"
    if _CLOCK_AFTER.match(after) or _TIME_AFTER.match(after):
        return "time"
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return "age"
    if _NAME_COMMA.search(before) and after[:1] == "," and value < 120:
        return "age"  # "John Smith, 45, said", "Thomas Carlineo Jr., 55,"
    if _DIAL_BEFORE.search(before):
        return "phone"  # "called 911"
    if YEAR.fullmatch(digits) and _DECADE_AFTER.match(after):
        return "year"
    if _WORD_BEFORE.search(before) or _ID_AFTER.match(after) or _LEADING_ZERO.match(digits):
        return "reference"
    if REF_BEFORE.search(before):
        return "reference"
    if YEAR.fullmatch(digits):
        return "year"
    if _FUTURE_YEAR.fullmatch(digits) and _FUTURE_YEAR_BEFORE.search(before):
        return "year"  # "by 2120"
    return None


ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_CLOCK_AFTER = re.compile(r"[:.]\d{2}\b")
_AGE_AFTER = re.compile(r"-?\s?years?[\s-]old\b", re.I)
_NAME_COMMA = re.compile(r"[A-Z][a-z]+\.?,\s$")
_DIAL_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling|dial|dials|dialed|dialled|dialing|dialling)\s$", re.I
)
_DECADE_AFTER = re.compile(r"'?s\b")
_WORD_BEFORE = re.compile(r"\w-?$")
_FUTURE_YEAR = re.compile(r"2[1-9]\d\d")
_LEADING_ZERO = re.compile(r"0\d")
