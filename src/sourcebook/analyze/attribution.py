"""Cue verbs, their speakers and their content, read from the dependency parse.

The parse is trusted where it is usually right (a subject, a clausal complement) and backed by
the surface where it often is not: a sentence that ends ", the Post reported." or ", said the
spokesman." is read from its words, because parsers attach such tails unreliably.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Span, Token

from sourcebook.analyze.cues import (
    ADDRESSEE_CUES,
    CLAUSE_VERBS,
    CONTENT_CASES,
    FINDING_VERBS,
    JUDGING_VERBS,
    MARK_PAIRS,
    OBJECT_CUES,
    RECORD_NOUNS,
    RELAY_VERBS,
    SOURCE_PHRASES,
    SPEECH_VERBS,
    STANCE_VERBS,
)
from sourcebook.analyze.subjects import speakerish, subject

_TAIL_POS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "PRON", "AUX", "ADV", "ADP", "NUM", "PART"})
_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})
#: Hashes of every word a cue can begin with, as spaCy hashes the strings of its arrays.
_CUE_HASHES = frozenset(
    hash_string(form)
    for word in (
        *SPEECH_VERBS, *JUDGING_VERBS, *CLAUSE_VERBS, *FINDING_VERBS, *STANCE_VERBS,
        *OBJECT_CUES, *(words[0] for words in SOURCE_PHRASES if words[0] not in ("in", "as")),
        "words", "reported",
    )
    for form in (word, word.capitalize())
)  # fmt: skip
_CUE_ARRAY = numpy.array(sorted(_CUE_HASHES), dtype=numpy.uint64)
_AS_CUES = frozenset({"describe", "characterize", "characterise"})  # content only with "as"


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue and what the parse says hangs on it; token indexes, `content` end exclusive."""

    cue: tuple[int, int]  # the cue words: "has said", "called for", "according to"
    lemma: str
    speaker: Token | None  # the head of the speaker phrase
    content: tuple[int, int] | None
    parts: tuple[tuple[int, int], ...] = ()  # content around a cue that interrupts it


def lemma(token: Token) -> str:
    return (token.lemma_ or token.lower_).lower()


def is_cue(token: Token) -> bool:
    """A speech verb in the active voice: "was dismissed" reports nobody's words; a verb of
    belief or finding only with its clause ("fears that …")."""
    if not token.tag_.startswith("VB") or token.dep_ in ("amod", "compound"):
        return False  # "so-called", "the said memo"
    if any(c.dep_ == "aux:pass" for c in token.children):
        return False
    word = lemma(token)
    if word in SPEECH_VERBS or word in JUDGING_VERBS or _finding(token) or _stance(token):
        return True
    return word in CLAUSE_VERBS and any(c.dep_ == "ccomp" for c in token.children)


def _stance(verb: Token) -> bool:
    """ "The union opposes the deal": a position stated by someone who can speak."""
    if lemma(verb) not in STANCE_VERBS:
        return False
    children = list(verb.children)
    return any(c.dep_ in ("obj", "xcomp") for c in children) and any(
        c.dep_ == "nsubj" and speakerish(c) for c in children
    )


def _finding(verb: Token) -> bool:
    """ "The poll shows Clinton ahead": a record that speaks through what it shows."""
    if lemma(verb) not in FINDING_VERBS:
        return False
    return any(
        c.dep_ == "nsubj" and (c.lemma_.lower() in RECORD_NOUNS or c.lower_ in RECORD_NOUNS)
        for c in verb.children
    )


def cue_span(verb: Token) -> tuple[int, int]:
    """The verb with the auxiliaries just before it ("has said") and a particle after it."""
    lo = verb.i
    doc = verb.doc
    while lo > 0 and doc[lo - 1].dep_ == "aux" and doc[lo - 1].head.i == verb.i:
        lo -= 1
    hi = verb.i + 1
    if lemma(verb) == "call" and hi < len(doc) and doc[hi].lower_ in ("for", "on"):
        hi += 1
    return lo, hi


def _trim(doc_span: Span) -> tuple[int, int] | None:
    """Token range without edge punctuation, a leading "that" or a leading conjunction."""
    lo, hi = doc_span.start, doc_span.end
    doc = doc_span.doc
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in ("that",)):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        if doc[hi - 1].is_quote and opened(doc[lo : hi - 1].text):
            break  # the close of a quoted fragment inside the content
        hi -= 1
    return (lo, hi) if hi > lo else None


def opened(text: str) -> bool:
    """Whether the text leaves a quotation mark open."""
    straight = text.count('"') % 2 == 1
    return straight or any(
        text.count(o) > text.count(c[0]) for o, c in MARK_PAIRS.items() if o != '"'
    )


def _subtree(token: Token) -> Span:
    return token.doc[token.left_edge.i : token.right_edge.i + 1]


def content_of(verb: Token) -> tuple[int, int] | None:
    """What the cue reports: its clausal complement, the object of an object cue, or the clause
    it interrupts ("The memo, she said, was forged")."""
    doc = verb.doc
    children = list(verb.children)
    word = lemma(verb)
    for child in children:
        if child.dep_ == "ccomp":
            lo = child.left_edge.i
            marked = any(c.dep_ == "mark" for c in child.children)
            if child.i > verb.i and word not in ADDRESSEE_CUES and not marked:
                # "said the former head …, X, had been dismissed": the parse hangs part of
                # the clause on the verb; without a "that", all after the verb is content
                lo = min([lo, *(c.left_edge.i for c in children if verb.i < c.i < child.i)])
            hi = child.right_edge.i + 1
            for conj in children:  # "said X and that Y", with "that Y" hung on the verb
                if (
                    conj.dep_ == "conj"
                    and conj.i > hi
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
                ):
                    hi = conj.right_edge.i + 1
            return _trim(doc[lo:hi])
    if _finding(verb):  # "shows the mayor ahead by four points": all the verb governs after it
        return _trim(doc[verb.i + 1 : verb.right_edge.i + 1])
    if word in OBJECT_CUES or word in STANCE_VERBS:
        parts: list[Token] = []
        for child in children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.i < verb.i:
                continue
            if word == "call":
                if child.dep_ == "obl" and cases & {"for", "on"} or child.dep_ == "xcomp":
                    parts.append(child)
                elif child.dep_ == "obj" and sum(c.dep_ in ("obj", "xcomp") for c in children) > 1:
                    parts.append(child)  # "called the document a forgery"
            elif child.dep_ in ("obj", "xcomp") or (child.dep_ == "obl" and cases & CONTENT_CASES):
                parts.append(child)
        if word in _AS_CUES and not any(
            c.dep_ == "case" and c.lower_ == "as" for p in parts for c in p.children
        ):
            parts = []  # "described the device" is no statement; "described it as …" is
        if parts:
            lo = min(p.left_edge.i for p in parts)
            hi = max(p.right_edge.i for p in parts) + 1
            first = cue_span(verb)[1]
            if word == "call":
                lo = first
            return _trim(doc[max(lo, first) : hi])
    if subject(verb) is None:
        return None  # below: the clause a cue interrupts; only a cue with a speaker does
    clause = verb.head.pos_ in ("VERB", "AUX") or any(
        c.dep_ in ("nsubj", "cop") for c in verb.head.children
    )
    if verb.dep_ == "parataxis" and verb.head.i < verb.i and clause:
        head = verb.head
        left = verb.left_edge.i
        return _trim(doc[head.left_edge.i : left])
    for child in children:
        if child.dep_ == "parataxis" and child.i < verb.i:
            return _trim(_subtree(child))
    return None


def tail_cue(sent: Span) -> tuple[int, Token, Token | None] | None:
    """A sentence ending ", <speaker> <cue>." or ", <cue> <speaker>.": the comma, the cue verb
    and the speaker's head, read from the words because the parse of such tails is unreliable."""
    tokens = [t for t in sent if not (t.is_punct and t.i == sent.end - 1) and not t.is_space]
    commas = [t.i for t in tokens if t.text == ","]
    if not commas:
        return None
    comma = commas[-1]
    tail = [t for t in tokens if t.i > comma]
    if not tail or len(tail) > 10 or any(t.is_quote for t in tail):
        return None
    verbs = [t for t in tail if is_cue(t)]
    if len(verbs) != 1 or any(t.pos_ not in _TAIL_POS and t.i != verbs[0].i for t in tail):
        return None
    verb = verbs[0]
    if any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "obj" and lemma(verb) not in ADDRESSEE_CUES)
        for c in verb.children
        if c.i > verb.i
    ):
        return None  # ", the ministry has called the document a forgery": content follows
    if not any(t.pos_ in ("VERB", "AUX") for t in sent if t.i < comma):
        return None  # what comes before the comma must be a clause to be reported
    before = [t for t in tail if t.i < verb.i and speakerish(t)]
    after = [t for t in tail if t.i > verb.i and speakerish(t) and t.doc[t.i - 1].pos_ != "ADP"]
    speaker = before[-1] if before else (after[0] if after else None)
    if speaker is not None and speaker.pos_ != "PRON" and after and not before:
        # "said the spokesman on Sunday": the first noun run after the verb
        run = after[0]
        while run.i + 1 < sent.end and run.doc[run.i + 1].pos_ in ("NOUN", "PROPN"):
            run = run.doc[run.i + 1]
        speaker = run
    return comma, verb, speaker


def aside(sent: Span, verb: Token) -> tuple[tuple[Span, Span], Token | None] | None:
    """A cue set off by commas inside what it reports: "The museum, Mr. Bush said, celebrated
    …"; the words on either side, and the speaker."""
    doc = sent.doc
    lo = verb.i - 1
    while lo > sent.start and doc[lo].text != "," and verb.i - lo <= 6:
        lo -= 1
    hi = verb.i + 1
    while hi < sent.end - 1 and doc[hi].text != "," and hi - verb.i <= 5:
        hi += 1
    if doc[lo].text != "," or doc[hi].text != "," or lo <= sent.start or hi >= sent.end - 2:
        return None
    words = [t for t in doc[lo + 1 : hi] if t.i != verb.i]
    if any(t.pos_ not in _TAIL_POS for t in words) or any(is_cue(t) for t in words):
        return None
    before = [t for t in words if t.i < verb.i and speakerish(t)]
    after = [t for t in words if t.i > verb.i and speakerish(t)]
    speaker = before[-1] if before else (after[-1] if after else None)
    if speaker is None:
        return None
    return (doc[sent.start : lo], doc[hi + 1 : sent.end]), speaker


_PHRASE_STARTS = frozenset(words[0] for words in SOURCE_PHRASES)


def source_phrase(sent: Span) -> tuple[tuple[int, int], Token] | None:
    """An "according to X" phrase: its cue words and the head of X."""
    doc = sent.doc
    for token in sent:
        if token.lower_ not in _PHRASE_STARTS:  # most tokens start no phrase: skip them cheaply
            continue
        for words in SOURCE_PHRASES:
            end = token.i + len(words)
            if end <= sent.end and tuple(t.lower_ for t in doc[token.i : end]) == words:
                for head in doc[end : sent.end]:
                    if head.pos_ in _NOUNISH:
                        run = head
                        while run.i + 1 < sent.end and doc[run.i + 1].pos_ in ("PROPN", "NOUN"):
                            run = doc[run.i + 1]
                        return (token.i, end), (run if head.pos_ == "PROPN" else head)
                return None
    return None


def may_hold_cues(doc: Doc) -> list[bool]:
    """Per token, whether its lemma or lower-case form could start a cue; a sentence without
    one has none, so `cues_in` can pass it by. Read off the Doc's arrays, without Tokens."""
    if not len(doc):
        return []
    rows = numpy.isin(doc.to_array([LEMMA, LOWER]), _CUE_ARRAY).any(axis=1)
    return list(map(bool, numpy.asarray(rows).tolist()))


def cues_in(sent: Span, hold: Sequence[bool] | None = None) -> list[Cue]:
    """Every cue in the sentence with the content and speaker the parse gives it; with `hold`
    (from `may_hold_cues`), only the tokens it marks are tried as cue verbs."""
    found: list[Cue] = []
    doc = sent.doc
    tokens = sent if hold is None else [doc[i] for i in range(sent.start, sent.end) if hold[i]]
    verbs = [token for token in tokens if is_cue(token)]
    tail = tail_cue(sent) if verbs else None
    for token in verbs:
        content = content_of(token)
        speaker = subject(token)
        if tail is not None and tail[1].i == token.i:
            comma, _, tail_speaker = tail
            speaker = speaker or tail_speaker
            if speaker is None or speaker.i <= comma:
                speaker = tail_speaker
            if content is None or content[0] > comma:
                content = _trim(sent.doc[sent.start : comma])
        inserted = aside(sent, token)
        if inserted is not None:
            (left, right), aside_speaker = inserted
            parts = tuple(p for p in (_trim(left), _trim(right)) if p is not None)
            if len(parts) == 2:
                speaker = aside_speaker or speaker
                hull = (parts[0][0], parts[1][1])
                found.append(Cue(cue_span(token), lemma(token), speaker, hull, parts))
                continue
        if content is None:
            continue
        found.append(Cue(cue_span(token), lemma(token), speaker, content))
    according = source_phrase(sent)
    if according is not None:
        (first, last), source = according
        doc = sent.doc
        stop = source.i + 1
        while stop < sent.end and doc[stop].pos_ in ("PROPN", "NOUN"):
            stop += 1
        before = _trim(doc[sent.start : first])
        after = _trim(doc[stop : sent.end])
        candidates = [span for span in (before, after) if span is not None]
        if candidates:
            content = max(candidates, key=lambda span: span[1] - span[0])
            found.append(Cue((first, last), "according to", source, content))
    return found


def drop_nested(cues: list[Cue]) -> list[Cue]:
    """Univocal, as the corpora annotate: a cue inside another's content is part of it,
    unless the outer one only relays ("…, the Post reported")."""
    kept = []
    for cue in cues:
        outer = [
            o
            for o in cues
            if o is not cue
            and o.content is not None
            and o.content[0] <= cue.cue[0] < o.content[1]
            and o.lemma not in RELAY_VERBS
            and o.lemma != "according to"
        ]
        if not outer:
            kept.append(cue)
    return kept
