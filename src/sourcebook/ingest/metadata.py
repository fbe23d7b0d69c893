"""Title, outlet, author and date of a text file that carries no metadata of its own.

Pasted articles keep the words a page shows around the story: a headline on top, a dateline
("LONDON, March 3, 2021 (Reuters) -"), a "Published 3 March 2021" line, and sign-offs at the
end ("Reporting by X; Editing by Y", "X is a columnist for Y", "— X, for The Y"). Reading them
is cheap and right far more often than leaving the fields empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcebook.ingest.clean.cues import cue_reason
from sourcebook.ingest.dates import normalize_date
from sourcebook.records import Precision

HEAD_LINES = 12  # the title and dateline sit in the first lines
TAIL_LINES = 8  # sign-offs sit in the last lines

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|"
         rf"\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{4}})")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_STAMPED = re.compile(
    rf"^(?P<kind>first published|published|posted|updated|last updated)\b\s*:?\s*(?:on\s+)?"
    rf"{_WEEKDAY}(?P<date>{_DATE})", re.I
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]+)*\s*(?:\([^)]*\))?,?\s+{_WEEKDAY}(?P<date>{_DATE})"
    r"(?:\s*\((?P<agency>[A-Za-z .]+)\))?\s*[-–—]"
)
_AGENCY = re.compile(r"^[A-Z][A-Za-z.'’ ,-]*\((?P<agency>Reuters|AP|AFP|Bloomberg|dpa)\)\s*[-–—]")
_BARE_DATE = re.compile(rf"^{_WEEKDAY}(?P<date>{_DATE})(?:[ ,]+\d{{1,2}}[:.]\d{{2}}.*)?$", re.I)
_NAME = r"[A-Z][\w.'’-]+(?:\s+(?:[A-Z][\w.'’-]+|de|van|von|da|al|bin|le|la))*"
_BYLINE = re.compile(rf"^(?:By|Written by|Words by)\s+(?P<name>{_NAME}(?:\s+(?:and|&)\s+{_NAME})?)")
_REPORTING = re.compile(rf"^Reporting by (?P<name>{_NAME}(?:(?:,\s*|\s+and\s+){_NAME})*)")
_ADDITIONAL = re.compile(rf"Additional reporting by (?P<name>{_NAME})")
_ROLE = re.compile(
    rf"^(?P<name>{_NAME}) (?:is|was) (?:a|an|the) [\w\s-]*?(?:columnist|reporter|correspondent|"
    rf"writer|editor|journalist|contributor|critic|author)\b[\w\s-]*? (?:for|at|with|of) "
    rf"(?P<source>(?:[Tt]he\s+)?{_NAME})"
)
_FOR = re.compile(rf"^[—–-]+\s*(?P<name>{_NAME}),\s+for\s+(?P<source>(?:[Tt]he\s+)?{_NAME})")
_SENTENCE_END = re.compile(r"[.,;:]$")


@dataclass(frozen=True, slots=True)
class InferredMetadata:
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: Precision | None = None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _title(head: list[str]) -> str | None:
    """The first short line that reads as a headline, not a menu item, byline or date."""
    for line in head:
        words = line.split()
        if not 2 <= len(words) <= 25 or len(line) > 200 or _SENTENCE_END.search(line):
            continue
        if cue_reason(line) or _BYLINE.match(line) or _BARE_DATE.match(line):
            continue
        if _STAMPED.match(line) or _DATELINE.match(line):
            continue
        return line
    return None


def _published(head: list[str], tail: list[str]) -> tuple[str | None, Precision | None]:
    stamped = [(m.group("kind").lower(), m.group("date")) for m in map(_STAMPED.match, head) if m]
    found = [d for kind, d in stamped if "updated" not in kind]
    found += [m.group("date") for m in map(_DATELINE.match, head + tail) if m]
    found += [m.group("date") for m in map(_BARE_DATE.match, head) if m]
    found += [d for kind, d in stamped if "updated" in kind]
    for value in found:
        date, precision = normalize_date(value)
        if date:
            return date, precision
    return None, None


def _people(head: list[str], tail: list[str]) -> tuple[str | None, str | None]:
    """(author, source) from bylines, agency datelines and sign-off lines."""
    author = source = None
    for line in tail + head:
        for pattern in (_ROLE, _FOR):
            match = pattern.search(line)
            if match:
                author = author or match.group("name")
                source = source or match.group("source")
    for line in head:
        byline = _BYLINE.match(line)
        if byline and not author:
            author = byline.group("name")
        agency = _DATELINE.match(line) or _AGENCY.match(line)
        if agency and agency.group("agency") and not source:
            source = agency.group("agency").strip()
    for line in tail:
        reporting = _REPORTING.search(line)
        if reporting and not author:
            author = reporting.group("name")
    for line in tail:
        additional = _ADDITIONAL.search(line)
        if additional and not author:
            author = additional.group("name")
    return author, source


def _tidy(name: str | None) -> str | None:
    return name.strip(" .,;:") or None if name else None


def infer_metadata(text: str) -> InferredMetadata:
    """What the text's own first and last lines say about it; None where they say nothing."""
    lines = _lines(text)
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:]
    author, source = map(_tidy, _people(head, tail))
    published, precision = _published(head, tail)
    return InferredMetadata(_title(head), source, author, published, precision)
