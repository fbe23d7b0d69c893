"""Candidate names while a document's mentions are assembled: spans, labels, merging.

Shared by the span finders in `entities` and the short-form resolver in `short_forms`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Token

from sourcebook.analyze import titles as T

#: Which finder wins an overlap: rules written for a kind of name outrank the model.
PRIORITY = {"pattern": 4, "dateline": 4, "acronym": 4, "run": 3, "model": 2, "short": 1, "han": 2}


@dataclass(slots=True)
class NameSpan:
    """A name being assembled; mutable, since later passes fix its edges, label and name."""

    start: int
    end: int
    label: str
    source: str
    name: str = ""
    title: str | None = None
    aliases: list[str] = field(default_factory=list)
    words: list[str] = field(default_factory=list)  # the name's words, for short forms


def capital(token: Token) -> bool:
    return token.text[:1].isupper() and any(ch.isalpha() for ch in token.text)


def label_for(words: list[str], label: str) -> str:
    """Head words outrank the model: "Eastbank Gazette" is an outlet whatever it guessed."""
    return _label_for(tuple(words), label)


@lru_cache(maxsize=8192)  # a document names the same few people and bodies again and again
def _label_for(words: tuple[str, ...], label: str) -> str:
    low = [w.lower().rstrip(".") for w in words]
    if not low:
        return label
    if 0 < T.title_words(list(words)) < len(words) and low[-1] not in T.ORG_HEADS:
        return "PERSON"
    if low[-1] in T.ORG_HEADS or (low[0] in T.ORG_STARTS and "of" in low):
        return "ORG"
    if " ".join(low) in T.OUTLETS:
        return "ORG"
    if low[0] in {"republic", "kingdom", "state", "emirate"} and "of" in low:
        return "GPE"
    if low[-1] in T.GPE_HEADS or (low[0] in {"port", "fort"} and label == "LOC"):
        return "GPE"
    if low[-1] in T.LOC_HEADS and len(low) > 1:
        return "LOC"
    return label


def trim(tokens: list[Token]) -> list[Token]:
    for i, token in enumerate(tokens):  # "Eastbank Gazette - World": a dash separates a section
        if token.text in {"-", "–", "—"} and i and token.whitespace_:
            tokens = tokens[:i]
            break
    while tokens and (tokens[0].lower_ in STOP_WORDS or not tokens[0].text.strip()):
        tokens = tokens[1:]
    while tokens and not (capital(tokens[-1]) or tokens[-1].text in {")"}):
        tokens = tokens[:-1]
    return tokens


def span_of(tokens: list[Token], label: str, source: str) -> NameSpan:
    end = tokens[-1].idx + len(tokens[-1].text)
    return NameSpan(tokens[0].idx, end, label_for([t.text for t in tokens], label), source)


def merge(spans: list[NameSpan]) -> list[NameSpan]:
    """Overlaps go to the stronger source, then to the longer span."""
    ranked = sorted(spans, key=lambda s: (-PRIORITY[s.source], s.start - s.end, s.start))
    kept: list[NameSpan] = []  # in text order, never overlapping: a neighbour check suffices
    starts: list[int] = []
    for span in ranked:
        at = bisect_left(starts, span.start)
        if at and kept[at - 1].end > span.start:
            continue
        if at < len(kept) and kept[at].start < span.end:
            continue
        kept.insert(at, span)
        starts.insert(at, span.start)
    return kept
