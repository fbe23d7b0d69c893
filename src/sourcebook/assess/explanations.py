"""Competing explanations: one person's removal or arrest told with different reasons.

"Dismissed because auditors found irregularities" and "forced out because he refused to approve
a contract" cannot both be the whole story. A sentence with an event of a class (leaving an
office; arrest) and a reason connective after it gives a position: the reason clause. Sentences
are keyed by the class and the person concerned — a PERSON named in the sentence, preferring
one who is not its speaker, else the nearest one before it in the paragraph — and a key whose
positions fall in two groups sharing no content word, said in different documents or by
different speakers, is contested. A removal with no connective still counts when a pronoun
opens it and the sentence before names the person ("X declined to certify the award. He was
relieved of his duties"): the narrative gives the reason. English vocabulary only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from sourcebook.assess.statements import (
    Layout,
    Span,
    clip,
    contest_id,
    full_mention,
    identity,
    layout,
    ordered,
    persons,
    quote_over,
    statement,
)
from sourcebook.records import Annotations, Contest, Document, Mention, Statement

#: Events by class, as verbs and nouns of news copy; the class's word goes in the label.
EVENTS = {
    "removed": (
        r"dismiss(?:ed|al)|removed|removal|relieved\s+of\s+(?:his|her|their)\s+(?:duties|post|position|command)"
        r"|forced\s+(?:out|to\s+(?:resign|quit|step\s+down))|pushed\s+out|sacked|sacking|fired|firing"
        r"|ousted|ouster|suspended|suspension|demoted|resign(?:ed|ation)|stepped\s+down|quit"
        r"|(?:had|has|have)\s+left|departure|impeached"
    ),
    "arrested": (
        r"arrest(?:ed)?|detained|detention|jailed|imprisoned|indicted|convicted|sentenced|deported"
        r"|expelled|taken\s+into\s+custody"
    ),
}
#: Words that open a reason after the event.
CONNECTIVES = (
    r"because(?:\s+of)?|due\s+to|owing\s+to|as\s+a\s+result\s+of|on\s+(?:the\s+)?grounds?\s+(?:of|that)"
    r"|in\s+(?:retaliation|response)\s+(?:for|to)|over|for|after|(?<!the\s)following|followed"
)
#: How far after the event its connective may stand: "relieved of his duties on 27 February after".
REACH = 40
#: What ends a reason clause.
CLAUSE_END = re.compile(r"[,;:()–—]|\s(?:and\s+not|but|rather\s+than|while|whereas)\b")
#: A connective opening a time or a duration, not a reason: "for two years", "over the weekend".
TIME = re.compile(
    r"(?:the\s+|a\s+)?(?:\d|(?:last|this|next|an?|one|two|three|four|five|several|many|few|the\s+first"
    r"|the\s+past)\s+(?:hours?|days?|weeks?|months?|years?|decades?|times?|nights?)\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|weekend|dawn|midnight|noon|hours|days|weeks|months|years|decades|life\b|questioning)",
    re.I,
)
_EVENT = {kind: re.compile(rf"\b(?:{pattern})\b", re.I) for kind, pattern in EVENTS.items()}
_REASON = re.compile(rf"\b(?:{CONNECTIVES})\b\W*", re.I)
_SEQUENCE = re.compile(r"(?:He|She|They)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+")
_WORD = re.compile(r"[^\W\d_]{4,}")
STOPWORDS = frozenset(
    "that this these those with from have been were would could should their there them they "
    "which what when where while because after over about into than then also only said says "
    "told your ours very just such some were more most other being".split()
)


@dataclass(frozen=True, slots=True)
class Position:
    key: tuple[str, str]  # the event's class and the person concerned
    person: str  # the full name, for the label
    statement: Statement
    marks: frozenset[str]  # stems of the reason's content words


def find_explanations(
    documents: Mapping[str, Document], annotations: Mapping[str, Annotations]
) -> list[Contest]:
    by_key: defaultdict[tuple[str, str], list[Position]] = defaultdict(list)
    for doc_id in sorted(documents):
        doc = documents[doc_id]
        for position in _positions(doc, annotations.get(doc_id, Annotations(doc_id))):
            by_key[position.key].append(position)
    contests = []
    for (kind, _), positions in sorted(by_key.items()):
        if not _contested(positions):
            continue
        statements = ordered(p.statement for p in positions)
        person = Counter(p.person for p in positions).most_common(1)[0][0]
        contests.append(
            Contest(
                contest_id("explanations", statements),
                f"why {person} was {kind}",
                "explanations",
                statements,
            )
        )
    return contests


def _positions(doc: Document, annotations: Annotations) -> Iterator[Position]:
    page = layout(doc.text)
    for index, span in enumerate(page.sentences):
        text = doc.text[span[0] : span[1]]
        for kind, pattern in _EVENT.items():
            event = pattern.search(text)
            if event is None:
                continue
            found = _reason(text, event.end())
            if found is not None:
                reason, at = found
                person = _person(page, annotations, span, span[0] + event.start())
                whole = span
            else:
                earlier = page.sentences[index - 1] if index else None
                sequence = _sequence(page, annotations, earlier, span, text, event.start())
                if sequence is None:
                    continue
                person, reason, whole = sequence
                at = 0
            if person is None:
                continue
            stance = clip(reason.strip(" \"'“”‘’«»."))
            quote = quote_over(annotations, (span[0] + at, span[1]))
            yield Position(
                (kind, identity(person)),
                person.name,
                statement(doc, annotations, whole, stance, quote),
                frozenset(
                    w.lower()[:5] for w in _WORD.findall(reason) if w.lower() not in STOPWORDS
                ),
            )
            break


def _reason(text: str, after: int) -> tuple[str, int] | None:
    """The reason clause opened by a connective soon after the event, and where it starts."""
    for found in _REASON.finditer(text, after, min(len(text), after + REACH + 20)):
        if found.start() - after > REACH or CLAUSE_END.search(text, after, found.start()):
            return None
        rest = text[found.end() :]
        if TIME.match(rest):
            continue
        cut = CLAUSE_END.search(rest)
        clause = rest[: cut.start()] if cut else rest
        if _WORD.search(clause):
            return clause, found.end()
    return None


def _person(page: Layout, annotations: Annotations, sentence: Span, event: int) -> Mention | None:
    """Who the event befalls: a person named in the sentence who is not its speaker, nearest the
    event before it, then after it; then its speaker; else the last person named before."""
    named = persons(annotations, sentence)
    quote = quote_over(annotations, sentence)
    speaking = {quote.speaker} if quote and quote.speaker else set()
    others = [m for m in named if m.name not in speaking and not m.name.endswith(tuple(speaking))]
    for pool in (others, named):
        before = [m for m in pool if m.start < event]
        if before:
            return max(before, key=lambda m: m.start)
        if pool:
            return min(pool, key=lambda m: m.start)
    paragraph = page.paragraph_at(sentence[0])
    earlier = [
        full_mention(m, annotations.mentions)
        for m in annotations.mentions
        if m.label == "PERSON" and paragraph[0] <= m.start < sentence[0]
    ]
    return max(earlier, key=lambda m: m.start) if earlier else None


def _sequence(
    page: Layout,
    annotations: Annotations,
    earlier: Span | None,
    sentence: Span,
    text: str,
    event: int,
) -> tuple[Mention, str, Span] | None:
    """ "X declined to certify the award. He was relieved of his duties": the person, what the
    sentence before says X did, and the two sentences' span."""
    opening = _SEQUENCE.match(text)
    if earlier is None or opening is None or event - opening.end() > 12:
        return None
    if page.paragraph_at(earlier[0]) != page.paragraph_at(sentence[0]):
        return None
    named = [
        m
        for m in annotations.mentions
        if m.label == "PERSON" and earlier[0] <= m.start < earlier[1]
    ]
    if not named:
        return None
    did = page.text[named[-1].end : earlier[1]].lstrip(" ,")
    if not _WORD.search(did):
        return None
    return full_mention(named[-1], annotations.mentions), did, (earlier[0], sentence[1])


def _contested(positions: list[Position]) -> bool:
    """Two positions that share no content word, from different documents or speakers."""
    parent = list(range(len(positions)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, a in enumerate(positions):
        for j in range(i):
            if a.marks & positions[j].marks:
                parent[root(i)] = root(j)
    return any(
        root(i) != root(j)
        and (a.statement.document, a.statement.speaker)
        != (b.statement.document, b.statement.speaker)
        for i, a in enumerate(positions)
        for j, b in enumerate(positions[:i])
    )
