"""The sentences of a parsed document, worked out once and shared by the analyzers.

spaCy works `Doc.sents` out again on every read and `Token.sent` scans for its sentence's edges
each time; the analyzers ask for both thousands of times per document, so the edges are kept
on the Doc (`user_data`, as plain numbers: a Span there would tie the Doc in a reference
cycle and keep it in memory) the first time they are asked for. A text without sentence marks
is one sentence.
"""

from __future__ import annotations

from bisect import bisect_right

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span, Token

_KEY = "sourcebook.sentences"


def sentences(doc: Doc) -> list[Span]:
    starts, ends = _edges(doc)
    return [doc[start:end] for start, end in zip(starts, ends, strict=True)]


def sentence_of(token: Token) -> Span:
    """The sentence holding `token`, as `token.sent` gives it."""
    starts, ends = _edges(token.doc)
    at = bisect_right(starts, token.i) - 1
    return token.doc[starts[at] : ends[at]]


def sentences_up_to(token: Token, before: int) -> list[Span]:
    """The sentence holding `token` and the `before` sentences ahead of it, in text order."""
    starts, ends = _edges(token.doc)
    at = bisect_right(starts, token.i) - 1
    return [token.doc[starts[i] : ends[i]] for i in range(max(0, at - before), at + 1)]


def _edges(doc: Doc) -> tuple[list[int], list[int]]:
    found: tuple[list[int], list[int]] | None = doc.user_data.get(_KEY)
    if found is None:
        starts = [0]
        if doc.has_annotation("SENT_START"):  # the marks Doc.sents reads, read as an array
            starts += [i for i in numpy.flatnonzero(doc.to_array(SENT_START) == 1).tolist() if i]
        found = (starts, [*starts[1:], len(doc)])
        doc.user_data[_KEY] = found
    return found
