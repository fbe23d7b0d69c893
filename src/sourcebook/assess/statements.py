"""Paragraphs, sentences, persons and speakers of one document, as contested statements need them.

Contests are found from stored text and annotations alone, with no NLP pass, so sentences are
cut at their punctuation ("Mr" and initials excepted) and hard-wrapped lines of a PDF or a scan
are joined back into their paragraph: a line runs on when it is long, has no closing mark, is
no "Subject:" header and the next one opens no numbered item. A bare surname ("Mr Okafor") stands for the nearest full
name before it that ends with it, so two Okafors of one story stay apart.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sourcebook.assess.relays import LEAD_WORDS
from sourcebook.records import Annotations, Document, Mention, Quote, Statement

Span = tuple[int, int]

#: A text whose lines all stay this short is hard-wrapped (a PDF, a scan); one with longer
#: lines has a paragraph per line (a web page, a wire).
WRAPPED_WIDTH = 120
#: In wrapped text, a line at least this long without a closing mark runs on into the next.
WRAP_WIDTH = 40
ABBREVIATIONS = frozenset(
    "mr ms mrs dr st no gen col lt sgt sen rep gov prof jr sr inc ltd co corp vs etc rev hon".split()
)
_CLOSING = tuple('.!?:;"”’»」』。！？')
_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*•]|[一二三四五六七八九十]+、)\s")
_HEADER = re.compile(r"[A-Z][\w ]{0,20}:\s")  # "Subject: …", "To: …" stand alone
_END = re.compile(r"[.!?][\"'”’»)]*(?=\s+[\"“‘«(]?[A-Z0-9\u4e00-\u9fff])|[。！？][」』”]*")
_CJK = re.compile(r"[\u3400-\u9fff]")


@dataclass(frozen=True, slots=True)
class Layout:
    """A document's paragraphs and sentences as spans of its text, in order."""

    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]

    def paragraph_at(self, offset: int) -> Span:
        return _holding(self.paragraphs, offset)

    def sentence_at(self, offset: int) -> Span:
        return _holding(self.sentences, offset)

    def sentences_in(self, span: Span) -> list[Span]:
        return [s for s in self.sentences if s[0] < span[1] and span[0] < s[1]]

    def lead(self) -> Span | None:
        """The first paragraph of `LEAD_WORDS` words or more: past mastheads and headers."""
        for start, end in self.paragraphs:
            if words(self.text[start:end]) >= LEAD_WORDS:
                return start, end
        return None


def layout(text: str) -> Layout:
    paragraphs = _paragraphs(text)
    sentences = [s for p in paragraphs for s in _sentences(text, p)]
    return Layout(text, tuple(paragraphs), tuple(sentences))


def words(text: str) -> int:
    """Words of a passage; Chinese has no spaces, so two characters count as one word."""
    return len(text.split()) + len(_CJK.findall(text)) // 2


def _holding(spans: Sequence[Span], offset: int) -> Span:
    at = bisect_right([s for s, _ in spans], offset) - 1
    if at >= 0 and offset < spans[at][1]:
        return spans[at]
    return offset, offset


def _trim(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _paragraphs(text: str) -> list[Span]:
    found: list[Span] = []
    start = previous = None
    at = 0
    lines = text.split("\n")
    wrapped = max(len(line) for line in lines) <= WRAPPED_WIDTH
    for line in lines:
        end = at + len(line)
        stripped = line.strip()
        if not stripped:
            start = previous = None
        elif (
            wrapped and start is not None and previous is not None and _runs_on(previous, stripped)
        ):
            found[-1] = (start, end)
            previous = stripped
        else:
            start, previous = at, stripped
            found.append((at, end))
        at = end + 1
    return [span for s, e in found if (span := _trim(text, s, e))]


def _runs_on(previous: str, line: str) -> bool:
    return (
        len(previous) >= WRAP_WIDTH
        and not previous.endswith(_CLOSING)
        and not _ITEM.match(line)
        and not _HEADER.match(previous)
    )


def _sentences(text: str, paragraph: Span) -> list[Span]:
    found: list[Span] = []
    start, end = paragraph
    for mark in _END.finditer(text, start, end):
        before = re.search(r"(\w+)\W*$", text[start : mark.start() + 1])
        word = before.group(1) if before else ""
        if mark.group()[0] == "." and (word.lower() in ABBREVIATIONS or len(word) == 1):
            continue
        if span := _trim(text, start, mark.end()):
            found.append(span)
        start = mark.end()
    if span := _trim(text, start, end):
        found.append(span)
    return found


# ---- who: persons named, speakers of passages --------------------------------------------------


def full_mention(mention: Mention, mentions: Sequence[Mention]) -> Mention:
    """The mention a bare surname stands for: the nearest full name before it ending with it."""
    if " " in mention.name:
        return mention
    ending = " " + mention.name
    before = [
        m
        for m in mentions
        if m.label == mention.label and m.start < mention.start and m.name.endswith(ending)
    ]
    return max(before, key=lambda m: m.start) if before else mention


def identity(mention: Mention) -> str:
    """The corpus entity, or the document's full name when none was resolved."""
    return mention.entity or mention.name


def persons(annotations: Annotations, span: Span) -> list[Mention]:
    """PERSON mentions inside `span`, each taken to its full name."""
    return [
        full_mention(m, annotations.mentions)
        for m in annotations.mentions
        if m.label == "PERSON" and span[0] <= m.start < span[1]
    ]


def quote_over(annotations: Annotations, span: Span) -> Quote | None:
    """The quote overlapping `span` the most, if any."""
    best, most = None, 0
    for q in annotations.quotes:
        shared = min(q.end, span[1]) - max(q.start, span[0])
        if shared > most:
            best, most = q, shared
    return best


def speaker(
    doc: Document, annotations: Annotations, span: Span, quote: Quote | None = None
) -> tuple[str | None, str | None]:
    """(name, entity) of who says the passage: its quote's speaker, else the document's issuer."""
    quote = quote or quote_over(annotations, span)
    if quote is None or not quote.speaker:
        return doc.source, None
    named = [
        m
        for m in annotations.mentions
        if m.label == "PERSON"
        and (
            quote.speaker_start is not None
            and quote.speaker_end is not None
            and m.start < quote.speaker_end
            and quote.speaker_start < m.end
        )
    ]
    if not named:
        named = [
            m for m in annotations.mentions if m.name == quote.speaker and m.start <= quote.start
        ]
    if not named:
        return quote.speaker, None
    mention = full_mention(named[-1], annotations.mentions)
    return quote.speaker, mention.entity


def statement(
    doc: Document, annotations: Annotations, span: Span, stance: str, quote: Quote | None = None
) -> Statement:
    name, entity = speaker(doc, annotations, span, quote)
    start, end = span
    return Statement(doc.id, start, end, doc.text[start:end], name, entity, stance)


def ordered(statements: Iterable[Statement]) -> tuple[Statement, ...]:
    """By document then offset, one statement per span."""
    unique = {(s.document, s.start, s.end): s for s in statements}
    return tuple(unique[key] for key in sorted(unique))


def contest_id(kind: str, statements: Sequence[Statement]) -> str:
    first = statements[0]
    key = f"{kind}:{first.document}:{first.start}"
    return "ct-" + hashlib.sha1(key.encode()).hexdigest()[:16]


def clip(text: str, limit: int = 8) -> str:
    """A few words of a passage, whitespace collapsed."""
    parts = text.split()
    return " ".join(parts[:limit]) if parts else text.strip()[: limit * 2]
