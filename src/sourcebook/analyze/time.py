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

`find_timexes` gives the same expressions, and those that are no dated statement (durations,
sets, clock times, seasons, "now"), as TimeML TIMEX3 types and values (`timeml.py`,
`durations.py`); `find_events` keeps the dated ones, so events stay dated statements.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from spacy.tokens import Doc

from sourcebook.analyze import durations, time_scan, timeml
from sourcebook.analyze.date_patterns import PATTERNS
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
from sourcebook.analyze.sentences import sentences
from sourcebook.analyze.time_parse import Found as _Found
from sourcebook.analyze.time_parse import counted_per, plausible
from sourcebook.analyze.time_parse import tense as clause_tense
from sourcebook.analyze.timeml import Timex
from sourcebook.ingest.dates import normalize_date
from sourcebook.records import Document, Event, Mention, Precision, Resolution


@dataclass(frozen=True, slots=True)
class _Read:
    """One expression found: its dated reading (for an Event) and its TimeML timexes."""

    found: _Found
    when: When | None
    resolution: Resolution
    timexes: tuple[Timex, ...]


#: the kinds that are dated statements; the rest (durations, sets, clock times, seasons,
#: "now") are timexes only.
EVENT_KINDS = frozenset(kind for kind, _ in PATTERNS)
_ALL_PATTERNS = PATTERNS + durations.PATTERNS + timeml.PATTERNS


def find_events(doc: Doc, document: Document, mentions: Sequence[Mention]) -> list[Event]:
    """One Event per dated time expression in `doc` (the parse of `document.text`), in order."""
    published = parse_iso(document.published, document.published_precision)
    spans = sentences(doc)
    starts = [s.start_char for s in spans]
    events = []
    for read in _scan(doc, document.text, published, mentions):
        found, when = read.found, read.when
        if found.kind not in EVENT_KINDS:
            continue
        names: tuple[str, ...] = ()
        sentence_start = sentence_end = None
        index = bisect_right(starts, found.start) - 1
        if index >= 0 and found.start < spans[index].end_char:
            sentence_start, sentence_end = starts[index], spans[index].end_char
            names = _names(mentions, sentence_start, sentence_end)
        events.append(
            Event(
                document=document.id,
                start=found.start,
                end=found.end,
                text=document.text[found.start : found.end],
                date=when.iso() if when else None,
                precision=when.precision if when else None,
                resolution=read.resolution,
                end_date=when.end_iso() if when else None,
                sentence_start=sentence_start,
                sentence_end=sentence_end,
                entities=names,
            )
        )
    return events


def find_timexes(
    doc: Doc,
    published: str | None = None,
    mentions: Sequence[Mention] = (),
    precision: Precision | None = None,
) -> list[Timex]:
    """Every time expression in `doc` as a TimeML TIMEX3 (type and value), in text order:
    the dates `find_events` reads, and durations, sets, clock times, seasons and "now"."""
    anchor = parse_iso(published, precision)
    return [t for read in _scan(doc, doc.text, anchor, mentions) for t in read.timexes]


def _scan(doc: Doc, text: str, published: When | None, mentions: Sequence[Mention]) -> list[_Read]:
    """Each expression with its reading; dates resolve in text order, as anchored ones count
    from the last date given. `text` is the Doc's, passed in because spaCy rebuilds Doc.text
    from the tokens on every read."""
    last: When | None = None  # the last date the text gave, for "the evening before"
    written: When | None = None  # the last absolute one, for "the following year"
    reads: list[_Read] = []
    for found in _candidates(doc, text, mentions):
        if found.kind not in EVENT_KINDS:
            day = last if last is not None and last.precision is Precision.DAY else published
            timex = _timex(found, text, *extra_value(found, doc, published, day))
            reads.append(_Read(found, None, Resolution.UNRESOLVED, (timex,)))
            continue
        when, resolution = _resolve(found, doc, published, last, written)
        if when is not None:
            last = when.latest
            written = last if resolution is Resolution.ABSOLUTE else written
        reads.append(_Read(found, when, resolution, _date_timexes(found, text, when)))
    return _join_clocks(reads, text)


def _timex(found: _Found, text: str, kind: str, value: str | None) -> Timex:
    return Timex(found.start, found.end, text[found.start : found.end], kind, value)


def _date_timexes(found: _Found, text: str, when: When | None) -> tuple[Timex, ...]:
    """A date's timex; TimeML marks each end of a year range ("2009-2010") on its own, and
    a part of a day ("Friday night", "this morning") makes a TIME."""
    m = found.match
    if found.kind == "range" and when is not None and when.last is not None:
        return tuple(
            Timex(m.start(g), m.end(g), m.group(g), "DATE", value)
            for g, value in (("y1", when.iso()), ("y2", when.end_iso()))
        )
    part = m.group().rsplit(None, 1)[-1].lower()
    if part in timeml.PARTS and found.kind in {"weekday", "named"}:
        return (_timex(found, text, "TIME", timeml.part_value(when, part)),)
    return (_timex(found, text, "DATE", timeml.date_value(when) if when else None),)


def extra_value(
    found: _Found, doc: Doc, published: When | None, day: When | None
) -> tuple[str, str | None]:
    """TimeML type and value of an expression that is not a dated statement."""
    m, kind = found.match, found.kind
    if kind == "duration":
        if counted_per(found, doc):
            return "SET", durations.set_value(m)
        return "DURATION", durations.duration_value(m)
    if kind == "set":
        return "SET", durations.set_value(m)
    if kind == "ref":
        return "DATE", timeml.ref_value(m)
    if kind == "season":
        return "DATE", timeml.season_value(m, published)
    if kind == "fiscal":
        return "DATE", timeml.fiscal_value(m, published)
    if kind == "holiday":
        return "DATE", timeml.holiday_value(m, published)
    if kind == "night":
        offset = -1 if m.group("rel").lower() == "last" else 0
        return "TIME", timeml.part_value(timeml.shift_day(published, offset), "night")
    return "TIME", timeml.clock_value(m, day)


def _join_clocks(reads: list[_Read], text: str) -> list[_Read]:
    """ "5 p.m. Friday", "noon Thursday": a clock time and the day after it are one TIME."""
    out: list[_Read] = []
    for read in reads:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.found.kind == "clock"
            and read.found.kind in {"date", "weekday", "named", "iso"}
            and _GAP.fullmatch(text, previous.found.end, read.found.start)
        ):
            value = timeml.clock_value(previous.found.match, read.when)
            joined = Timex(
                previous.found.start,
                read.found.end,
                text[previous.found.start : read.found.end],
                "TIME",
                value,
            )
            out[-1] = _Read(previous.found, None, Resolution.UNRESOLVED, ())
            read = _Read(read.found, read.when, read.resolution, (joined,))
        out.append(read)
    return out


_GAP = re.compile(r",?\s+")


def _names(mentions: Sequence[Mention], start: int, end: int) -> tuple[str, ...]:
    inside = (m.name for m in sorted(mentions, key=lambda m: m.start) if start <= m.start < end)
    return tuple(dict.fromkeys(inside))


def _candidates(doc: Doc, text: str, mentions: Sequence[Mention]) -> list[_Found]:
    """Every pattern's matches, longest first where they overlap, kept if the parse agrees.

    Dates are chosen first, so the other kinds never take a dated statement's words, except
    a set that holds one ("every Monday")."""
    found = [
        _Found(m.start(), m.end(), kind, m)
        for kind, m in time_scan.matches(text, _ALL_PATTERNS)
        if m.end() > m.start()
    ]
    ranks = {id(f): i for i, f in enumerate(found)}
    found.sort(key=lambda f: (f.kind not in EVENT_KINDS, -(f.end - f.start), ranks[id(f)]))
    taken: list[_Found] = []
    for candidate in found:
        clash = [t for t in taken if candidate.start < t.end and t.start < candidate.end]
        if clash and not (
            candidate.kind == "set"
            and all(t.kind in EVENT_KINDS and t.end - t.start < len(candidate) for t in clash)
            and all(candidate.start <= t.start and t.end <= candidate.end for t in clash)
        ):
            continue
        if plausible(candidate, doc, mentions):
            taken = [t for t in taken if t not in clash] + [candidate]
    return sorted(taken, key=lambda f: f.start)


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
            tense = clause_tense(doc, found.start)
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
        year = year_for(month, None, published, clause_tense(doc, start))
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
        future = clause_tense(doc, found.start) in {"future", "present"}
        return weekday(anchor, m.group("wd"), m.group("rel"), future)
    if kind == "weekend":
        return weekend(anchor, clause_tense(doc, found.start) in {"future", "present"})
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
