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
from sourcebook.ingest.dates import MONTH_PATTERN, normalize_date
from sourcebook.records import Precision
from sourcebook.text.fold import has_cjk

HEAD_LINES = 12  # the title and dateline sit in the first lines
TAIL_LINES = 8  # sign-offs sit in the last lines
LETTERHEAD_LINES = 6  # page headers ("CONFIDENTIAL", a reference) may come before it

_MONTH = rf"(?:{MONTH_PATTERN})\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}}|"
    rf"\d{{4}}-\d{{2}}-\d{{2}}|{_MONTH}\s+\d{{4}})"
)
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
_STAMPED = re.compile(
    rf"^(?P<kind>first published|published|posted|updated|last updated)\b\s*:?\s*(?:on\s+)?"
    rf"{_WEEKDAY}(?P<date>{_DATE})",
    re.I,
)
_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Za-z.]+)*\s*(?:\([^)]*\))?,?\s+{_WEEKDAY}(?P<date>{_DATE})"
    r"(?:\s*\((?P<agency>[A-Za-z .]+)\))?\s*[-–—]"
)
_AGENCY = re.compile(r"^[A-Z][A-Za-z.'’ ,-]*\((?P<agency>Reuters|AP|AFP|Bloomberg|dpa)\)\s*[-–—]")
#: A wire dateline without its year names the agency in brackets: "PORT CASSIN, March 15 (Meridian) -".
_WIRE = re.compile(
    rf"^[A-Z][A-Z.'’ -]+,\s+(?:{MONTH_PATTERN})\.?\s+\d{{1,2}}\s*\((?P<agency>[A-Z][A-Za-z .]+)\)\s*[-–—]"
)
_BARE_DATE = re.compile(
    rf"^{_WEEKDAY}(?P<date>{_DATE})(?:[ ,]+\d{{1,2}}[:.]\d{{2}}.*|\s*[·|•–—-].*)?$", re.I
)
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
_SENTENCE_END = re.compile(r"[.,;:。，；：！？]$")
_CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"
)
_ANY_DATE = re.compile(
    rf"\b(?P<date>{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}})\b"
)
_SUBJECT = re.compile(
    r"^(?:Subject|Subj|Re|Title|主題|主题|事由)\s*[:：]\s*(?P<title>\S.{2,200})$", re.I
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s+)?"
    r"(?P<source>[^.|©]{2,60}?)\s*(?:[.|,]|all rights reserved|$)",
    re.I,
)
_PROVIDED = re.compile(
    r"^This (?:story|article|report|piece) (?:was|is) (?:provided|supplied|distributed|syndicated) "
    r"by (?P<source>[^.]{2,60})\.?$",
    re.I,
)
_SECTIONS = (
    "World|News|Politics|Business|Opinion|Home|Nation|National|Sport|Sports|Local|Europe|Asia|"
    "Africa|Americas|Middle East|Economy|Tech|Technology|Culture|Latest|Breaking News"
)
_SITE_HEADER = re.compile(rf"^(?P<source>[A-Z][\w'’&. ]{{2,40}}?)\s+[-|–—:]\s+(?:{_SECTIONS})$")
_ORG_WORDS = re.compile(
    r"\b(?:MINISTRY|DEPARTMENT|AUTHORITY|AGENCY|COOPERATIVE|CO-OPERATIVE|ASSOCIATION|UNION|"
    r"COUNCIL|COMMISSION|COMMITTEE|OFFICE|GROUP|COMPANY|CORPORATION|HOLDINGS|BANK|FOUNDATION|"
    r"INSTITUTE|UNIVERSITY|PARTY|GOVERNMENT|EMBASSY|COURT|POLICE|LTD|LLC|INC)\b"
)
_CJK_ORG = re.compile(
    r"^[\u3400-\u9fff（）()]{3,30}(?:公司|集團|集团|部|局|委員會|委员会|政府|辦公室|办公室|協會|协会|银行|銀行)$"
)
_VALEDICTION = re.compile(
    r"^(?:yours (?:sincerely|faithfully|truly)|sincerely|(?:best |kind |warm )?regards|respectfully)[,.]?$",
    re.I,
)
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "de", "du", "la"}


@dataclass(frozen=True, slots=True)
class InferredMetadata:
    title: str | None = None
    source: str | None = None
    author: str | None = None
    published: str | None = None
    published_precision: Precision | None = None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _title(head: list[str], source: str | None) -> str | None:
    """A subject line, else the first short line that reads as a headline.

    Skipped: menu items, bylines, dates, letterheads and site headers (they name the source,
    not the piece), and lines that end like sentences.
    """
    for line in head:
        subject = _SUBJECT.match(line)
        if subject:
            return subject.group("title").strip()
    for line in head:
        line = line.lstrip("#").strip()
        cjk = has_cjk(line)
        words = line.split()
        too_long = len(line) > (60 if cjk else 200) or (not cjk and not 2 <= len(words) <= 25)
        if too_long or _SENTENCE_END.search(line) or _letterhead(line) or _SITE_HEADER.match(line):
            continue
        if source and line.casefold() == source.casefold():
            continue
        if cue_reason(line) or _BYLINE.match(line) or _BARE_DATE.match(line):
            continue
        if _STAMPED.match(line) or _DATELINE.match(line) or _CJK_DATE.fullmatch(line):
            continue
        return line
    return None


def _letterhead(line: str) -> str | None:
    """An organisation's name set as a letterhead: "CASSIN PORT AUTHORITY", "某某集團有限公司"."""
    if _CJK_ORG.match(line):
        return line
    words = line.split()
    if 2 <= len(words) <= 8 and line.isupper() and _ORG_WORDS.search(line):
        return " ".join(
            word.lower() if index and word.lower() in _SMALL_WORDS else word.capitalize()
            for index, word in enumerate(words)
        )
    return None


def _source(head: list[str], tail: list[str]) -> str | None:
    """The outlet or issuer: masthead, copyright line, letterhead, then "provided by".

    A "provided by" line names the agency the outlet relays, so it comes last.
    """
    for line in head[:2]:
        match = _SITE_HEADER.match(line)
        if match:
            return match.group("source")
    for line in reversed(tail):
        match = _COPYRIGHT.match(line)
        if match:
            return match.group("source")
    for line in head[:LETTERHEAD_LINES]:
        letterhead = _letterhead(line)
        if letterhead:
            return letterhead
    for line in reversed(tail):
        match = _PROVIDED.match(line)
        if match:
            return match.group("source")
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
    for line in head:
        cjk = _CJK_DATE.search(line)
        if cjk:
            parts = [cjk.group("year"), cjk.group("month").zfill(2)]
            parts += [cjk.group("day").zfill(2)] if cjk.group("day") else []
            return normalize_date("-".join(parts))
    for line in head[:4]:  # a date inside an opening line: "Minutes of 8 March 2026, ..."
        embedded = _ANY_DATE.search(line)
        if embedded:
            return normalize_date(embedded.group("date"))
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
        agency = _DATELINE.match(line) or _AGENCY.match(line) or _WIRE.match(line)
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
    for index, line in enumerate(tail):  # "Yours sincerely," then (after a signature) a name
        if not author and _VALEDICTION.match(line):
            names = [later for later in tail[index + 1 : index + 4] if re.fullmatch(_NAME, later)]
            author = names[0] if names else None
    return author, source


def _tidy(name: str | None) -> str | None:
    return name.strip(" .,;:") or None if name else None


def infer_metadata(text: str) -> InferredMetadata:
    """What the text's own first and last lines say about it; None where they say nothing."""
    lines = _lines(text)
    head, tail = lines[:HEAD_LINES], lines[-TAIL_LINES:]
    author, source = map(_tidy, _people(head, tail))
    source = source or _tidy(_source(head, tail))
    published, precision = _published(head, tail)
    return InferredMetadata(_title(head, source), source, author, published, precision)
