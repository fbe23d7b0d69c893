"""Dated statements: time expressions in the text, the dates they stand for, who is involved.

Patterns find the candidates ("3 March 2021", "the 1990s", "last month", "on Saturday"); the
tagger and parser then decide the ambiguous ones (the verb "may", "the March on the capital",
"2014 Main Street", "1,500 soldiers"). Relative expressions are worked out against the
document's publication date, or, for "the following year", against the last date the text
gave; without an anchor they are kept with date None and Resolution.UNRESOLVED.

Spans are represented with `end_date`, both ends truncated to the precision: "between 2009
and 2014" is 2009..2014 and a decade ("the 1990s") 1990..1999 at year precision, a century
1900..1999, a quarter its three months (1989-07..1989-09), and a week ("this week", "earlier
this week") its days, Monday..Sunday or up to the publication date. Dates written without a
year ("3 March") count as absolute and take the year of the publication date nearest them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from sourcebook.analyze.relative_dates import (
    NUMBERS,
    When,
    ago,
    named_day,
    named_month,
    parse_iso,
    period,
    shift,
    weekday,
    weekend,
    year_for,
    year_of_weekday,
)
from sourcebook.ingest.dates import MONTH_PATTERN, normalize_date
from sourcebook.records import Document, Event, Mention, Precision, Resolution

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

_TIME_PREPS = {
    "in", "since", "until", "till", "by", "before", "after", "during", "from", "through",
    "to", "of", "between", "and", "or", "early", "late", "mid", "end", "beginning", "last",
    "next", "this", "on", "for", "throughout", "around", "circa", "-",
}  # fmt: skip
_NOT_YEAR_BEFORE = {
    "no", "no.", "number", "#", "suite", "room", "flight", "route", "highway", "unit", "apt",
    "page", "pp", "p.", "article", "section", "chapter", "box", "model", "resolution", "aged",
    "age", "ages", "about", "some", "nearly", "almost", "over", "than", "least", "exactly",
}  # fmt: skip
_STREETS = {
    "street", "st", "st.", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "way",
    "drive", "place", "square", "court", "highway", "terrace", "parkway",
}  # fmt: skip
_FUTURE_MARKERS = {"will", "shall", "'ll", "going", "due"}


@dataclass(frozen=True, slots=True)
class _Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]


def find_events(doc: Doc, document: Document, mentions: Sequence[Mention]) -> list[Event]:
    """One Event per time expression in `doc` (the parse of `document.text`), in text order."""
    published = parse_iso(document.published, document.published_precision)
    sentences = _sentences(doc)
    last: When | None = None  # the last date the text gave, for "the evening before"
    written: When | None = None  # the last absolute one, for "the following year"
    events = []
    for found in _candidates(doc, mentions):
        sentence = next((s for s in sentences if s.start_char <= found.start < s.end_char), None)
        when, resolution = _resolve(found, doc, published, last, written)
        if when is not None:
            last = when.latest
            written = last if resolution is Resolution.ABSOLUTE else written
        names: tuple[str, ...] = ()
        sentence_start = sentence_end = None
        if sentence is not None:
            sentence_start, sentence_end = sentence.start_char, sentence.end_char
            names = _names(mentions, sentence_start, sentence_end)
        events.append(
            Event(
                document=document.id,
                start=found.start,
                end=found.end,
                text=document.text[found.start : found.end],
                date=when.iso() if when else None,
                precision=when.precision if when else None,
                resolution=resolution,
                end_date=when.end_iso() if when else None,
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                entities=names,
            )
        )
    return events


def _sentences(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START"):
        return list(doc.sents)
    return [doc[:]]


def _names(mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    inside = (m.name for m in sorted(mentions, key=lambda m: m.start) if start <= m.start < end)
    return tuple(dict.fromkeys(inside))


def _candidates(doc: Doc, mentions: Sequence[Mention]) -> list[_Found]:
    """Every pattern's matches, longest first where they overlap, kept if the parse agrees."""
    text = doc.text  # spaCy rebuilds Doc.text on every read
    found = [
        _Found(m.start(), m.end(), kind, m)
        for rank, (kind, pattern) in enumerate(PATTERNS)
        for m in pattern.finditer(text)
        if m.end() > m.start()
    ]
    ranks = {id(f): i for i, f in enumerate(found)}
    found.sort(key=lambda f: (-(f.end - f.start), ranks[id(f)]))
    taken: list[_Found] = []
    for candidate in found:
        if any(candidate.start < t.end and t.start < candidate.end for t in taken):
            continue
        if _plausible(candidate, doc, mentions):
            taken.append(candidate)
    return sorted(taken, key=lambda f: f.start)


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _plausible(found: _Found, doc: Doc, mentions: Sequence[Mention]) -> bool:
    """Whether the parse reads the candidate as a date: the ambiguous kinds are checked."""
    span = _tokens(doc, found.start, found.end)
    if span is None or len(span) == 0:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if found.kind == "month":
        return _is_month(found, span, before, mentions)
    if found.kind in {"year", "range"}:
        return _is_year(span, before, after)
    if found.kind == "decade" and not found.match.groupdict().get("short"):
        return not (before is not None and before.lower_ in {"his", "her", "their", "its"})
    direction = found.match.groupdict().get("dir")
    if found.kind in {"ago", "anchored"} and direction:
        if direction.lower() in {"before", "after"}:
            return after is None or after.is_punct or after.pos_ in {"CCONJ", "VERB", "AUX"}
    if found.kind == "weekday":
        named = _in_mention(span, mentions, {"ORG", "WORK", "EVENT", "LAW"})
        return span[-1].tag_ not in {"NNS", "NNPS"} and not named
    return True


def _in_mention(span: Span, mentions: Sequence[Mention], labels: set[str] | None = None) -> bool:
    """Whether a name overlaps the span ("Sunday Times"); a weekday the tagger ran into a
    place ("in Tanzania Friday") is still a date, so callers may name the labels."""
    return any(
        m.start < span.end_char and span.start_char < m.end and (not labels or m.label in labels)
        for m in mentions
    )


def _is_month(found: _Found, span: Span, before: Token | None, mentions: Sequence[Mention]) -> bool:
    """ "in May" is a month; "May" the verb, "the March on the capital", Theresa May are not."""
    token = next(t for t in span if t.idx >= found.match.start("month"))
    if token.tag_ in {"MD", "VB", "VBP", "VBZ", "VBD"} or _in_mention(span, mentions):
        return False
    if found.match.groupdict().get("rel") or span[0].lower_ in {"early", "mid", "late"}:
        return True
    modifier = token.dep_ in {"compound", "amod", "nmod"} and token.head.tag_ in {"NN", "NNS"}
    if modifier and token.head.i > token.i:
        return True  # "the October slaying", "a June agreement"
    if before is None or before.lower_ not in _TIME_PREPS:
        return False
    return not (token.i + 1 < len(token.doc) and token.nbor().tag_ in {"NNP", "NNPS"})


def _is_year(span: Span, before: Token | None, after: Token | None) -> bool:
    """A four-digit number is a year unless the parse makes it an address, a count or an age."""
    if before is not None and before.lower_ in _NOT_YEAR_BEFORE:
        return False
    if before is not None and before.text in {"$", "£", "€"}:
        return False
    if after is None:
        return True
    following = span.doc[after.i : after.i + 4]
    capitalised = [t for t in following if t.text[:1].isupper() or t.text == "."]
    if any(t.lower_ in _STREETS for t in capitalised) and after.text[:1].isupper():
        return False
    if after.lower_ in {"years", "year-old", "percent", "per", "times", "km", "miles", "metres"}:
        return False
    counted = after.tag_ in {"NNS", "NNPS"} and span[-1].head == after
    det = before is not None and before.pos_ in {"DET", "PRON"}
    return not (counted and not det)


def _tense(doc: Doc, start: int) -> str | None:
    """How the clause holding the offset speaks: "future" ("will meet on"), "present" (also
    "to meet", "is meeting": often what is planned), "past", or None (no verb, or the simple
    present, which news uses for reported facts: "says")."""
    span = _tokens(doc, start, start + 1)
    if span is None:
        return None
    token = span[0]
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            break
        token = token.head
    if {c.lower_ for c in token.children} & _FUTURE_MARKERS:
        return "future"
    if token.tag_ in {"VBD", "VBN"}:
        return "past"
    return "present" if token.tag_ in {"VB", "VBG"} else None


@lru_cache(maxsize=64)
def _month_number(name: str) -> int:
    """Month names are read by the ingest normaliser, the one place that knows them."""
    value, _ = normalize_date(f"{name.rstrip('.')} 2000")
    return int(value[5:7]) if value and len(value) >= 7 else 0


def _resolve(
    found: _Found, doc: Doc, published: When | None, last: When | None, written: When | None
) -> tuple[When | None, Resolution]:
    """The date `found` stands for; anchored expressions count from the last date given, but
    at month or year scale from the last written-out one ("In 2014 ... last month ... the
    following year" means 2015), as a narrative moves through days but returns to years."""
    m, kind = found.match, found.kind
    groups = m.groupdict()
    if kind in {"date", "iso", "cjk", "month"} and not groups.get("rel"):
        month = _month_number(m.group("month")) if "month" in groups else int(m.group("mon"))
        day_text = groups.get("day") or groups.get("dd")
        day = int(day_text) if day_text else None
        if groups.get("year"):
            year = int(m.group("year"))
        elif published is not None or last is not None:
            anchor = published or last
            assert anchor is not None
            tense = _tense(doc, found.start)
            year = year_for(month, day, anchor, tense) if published else anchor.day.year
            if groups.get("wd") and day:
                year = year_of_weekday(year, month, day, m.group("wd"))
        else:
            return None, Resolution.UNRESOLVED
        try:
            first = date(year, month, day or 1)
        except ValueError:
            return None, Resolution.UNRESOLVED
        return When(first, Precision.DAY if day else Precision.MONTH), Resolution.ABSOLUTE
    if kind == "quarter":
        return _quarter(m, doc, found.start, published)
    if kind == "year":
        return When(date(int(m.group("year")), 1, 1), Precision.YEAR), Resolution.ABSOLUTE
    if kind == "range":
        low, high = m.group("y1"), m.group("y2")
        if len(high) == 2:
            high = low[:2] + high
        if int(high) <= int(low):
            return When(date(int(low), 1, 1), Precision.YEAR), Resolution.ABSOLUTE
        span = When(date(int(low), 1, 1), Precision.YEAR, date(int(high), 1, 1), Precision.YEAR)
        return span, Resolution.ABSOLUTE
    if kind == "century":
        base = (int(m.group("century")) - 1) * 100
        span = When(date(base or 1, 1, 1), Precision.YEAR, date(base + 99, 1, 1), Precision.YEAR)
        return span, Resolution.ABSOLUTE
    if kind == "decade":
        if groups.get("short"):
            base = 1900 + int(m.group("short"))
        else:
            base = int(m.group("decade"))
        span = When(date(base, 1, 1), Precision.YEAR, date(base + 9, 1, 1), Precision.YEAR)
        return span, Resolution.ABSOLUTE
    anchored = kind == "anchored" or (kind == "ago" and m.group("dir").lower() != "ago")
    if kind == "period" and m.group("rel").lower() in {"that", "the previous"}:
        anchored = True
    coarse = (m.groupdict().get("unit") or "").lower() in {"month", "year", "decade"}
    anchor = (written if coarse else last) if anchored else published
    if anchor is None:
        return None, Resolution.UNRESOLVED
    return _relative(found, doc, anchor), Resolution.RELATIVE


def _quarter(
    m: re.Match[str], doc: Doc, start: int, published: When | None
) -> tuple[When | None, Resolution]:
    """ "the third quarter (of 2021)": its three months, a span at month precision."""
    order = ("first", "second", "third", "fourth")
    number = (
        int(m.group("qn")) if m.groupdict().get("qn") else order.index(m.group("q").lower()) + 1
    )
    month = 3 * number - 2
    if m.group("year"):
        year = int(m.group("year"))
    elif published is not None:
        year = year_for(month, None, published, _tense(doc, start))
    else:
        return None, Resolution.UNRESOLVED
    first = date(year, month, 1)
    span = When(first, Precision.MONTH, date(year, month + 2, 1), Precision.MONTH)
    return span, Resolution.ABSOLUTE


def _relative(found: _Found, doc: Doc, anchor: When) -> When | None:
    """What a relative expression means from `anchor`; the arithmetic is in relative_dates."""
    m, kind = found.match, found.kind
    if kind == "month":
        return named_month(anchor, _month_number(m.group("month")), m.group("rel"))
    if kind == "named":
        return named_day(anchor, m.group("named"))
    if kind == "weekday":
        future = _tense(doc, found.start) in {"future", "present"}
        return weekday(anchor, m.group("wd"), m.group("rel"), future)
    if kind == "weekend":
        return weekend(anchor, _tense(doc, found.start) in {"future", "present"})
    if kind == "period":
        return period(anchor, m.group("rel"), m.group("unit"), m.group("edge"))
    if kind == "ago":
        count = NUMBERS.get(m.group("n").lower()) or int(m.group("n"))
        if m.group("dir").lower() in {"later", "after"}:
            return shift(anchor, m.group("unit"), count)
        return ago(anchor, m.group("unit"), count)
    if kind == "anchored":
        relation = (m.groupdict().get("rel") or m.group("dir")).lower()
        step = {"following": 1, "next": 1, "after": 1, "same": 0}.get(relation, -1)
        return shift(anchor, m.group("unit"), step)
    return None
