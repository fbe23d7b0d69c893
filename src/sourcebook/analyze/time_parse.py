"""How the parse decides a candidate time expression: the tagger and parser tell the verb
"may" from the month, "2014 Main Street" and "1,500 soldiers" from years, "the fall of the
wall" from the season, and the tense of the clause says which way "Monday" points.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sourcebook.analyze import durations, timeml
from sourcebook.records import Mention

#: the kinds that are timexes only, not dated statements
TIMEX_KINDS = frozenset(kind for kind, _ in durations.PATTERNS + timeml.PATTERNS)
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
class Found:
    start: int
    end: int
    kind: str
    match: re.Match[str]

    def __len__(self) -> int:
        return self.end - self.start


def tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def plausible(found: Found, doc: Doc, mentions: Sequence[Mention]) -> bool:
    """Whether the parse reads the candidate as a date: the ambiguous kinds are checked."""
    span = tokens(doc, found.start, found.end)
    if span is None or len(span) == 0:
        return False
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if found.kind in TIMEX_KINDS:
        return _is_timex(found, span, before, after, mentions)
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


def _is_timex(
    found: Found,
    span: Span,
    before: Token | None,
    after: Token | None,
    mentions: Sequence[Mention],
) -> bool:
    """Durations, sets, seasons, clock times and "now" as the parse reads them: "a second
    attempt", "a quarter of the votes", "the fall of the wall", "the Daily Star" are not."""
    groups = found.match.groupdict()
    if _in_mention(span, mentions, {"ORG", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW"}):
        return False
    if found.kind == "duration":
        unit = (groups.get("unit") or "").lower()
        vague = (groups.get("n") or "a").lower() in {"a", "an"}
        if vague and unit in {"second", "quarter"}:
            return False
        if found.match.group("unit")[:1].isupper() and not span[0].is_sent_start:
            return False  # a title: "60 Minutes"
        return not (after is not None and after.lower_ == "of" and unit == "quarter")
    if found.kind == "set" and groups.get("adverb"):
        return span[0].is_sent_start or not span[0].text[:1].isupper()
    if found.kind == "ref":
        ref = span[-1]
        if ref.lower_ in {"current", "recent"}:
            return ref.pos_ == "ADJ" and span[0].is_lower
        if ref.lower_ in {"past", "present", "future", "term"}:
            return after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}
        return ref.pos_ in {"ADV", "NOUN", "ADP"} or len(span) > 1
    if found.kind == "season":
        season = next(t for t in span if t.idx >= found.match.start("season"))
        if season.pos_ not in {"NOUN", "PROPN"} or (after is not None and after.lower_ == "of"):
            return bool(groups.get("year"))
        if groups.get("rel") or groups.get("year") or span[0].lower_ in {"early", "late", "mid"}:
            return True
        return before is not None and before.lower_ in _TIME_PREPS
    return True


def _in_mention(span: Span, mentions: Sequence[Mention], labels: set[str] | None = None) -> bool:
    """Whether a name overlaps the span ("Sunday Times"); a weekday the tagger ran into a
    place ("in Tanzania Friday") is still a date, so callers may name the labels."""
    return any(
        m.start < span.end_char and span.start_char < m.end and (not labels or m.label in labels)
        for m in mentions
    )


def _is_month(found: Found, span: Span, before: Token | None, mentions: Sequence[Mention]) -> bool:
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


def tense(doc: Doc, start: int) -> str | None:
    """How the clause holding the offset speaks: "future" ("will meet on"), "present" (also
    "to meet", "is meeting": often what is planned), "past", or None (no verb, or the simple
    present, which news uses for reported facts: "says")."""
    span = tokens(doc, start, start + 1)
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


def counted_per(found: Found, doc: Doc) -> bool:
    """ "$5 million a year", "40 hours a week": a rate, so a set, not a duration."""
    groups = found.match.groupdict()
    if (groups.get("n") or "").lower() not in {"a", "an"} or found.match.start("n") != found.start:
        return False
    span = tokens(doc, found.start, found.end)
    if span is None or span.start == 0:
        return False
    before = doc[span.start - 1]
    return before.like_num or before.lower_ in {"%", "percent", "times", "once", "twice"}
