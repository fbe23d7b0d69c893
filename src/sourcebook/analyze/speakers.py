"""Who a speaker phrase stands for: a named mention, a collective, or nobody known.

A pronoun or a role ("she", "the spokesman") takes the nearest earlier person the text allows;
gender is read only from explicit words (Ms, spokeswoman) and never guessed from a name. An
indefinite role ("a senior official") stays unknown: its span is kept, its name is None.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from sourcebook.analyze.cues import (
    COLLECTIVE_NOUNS,
    COLLECTIVE_PRONOUNS,
    GENDERED_WORDS,
    PERSON_PRONOUNS,
    RECORD_NOUNS,
    ROLE_NOUNS,
    SPEAKER_LABELS,
)
from sourcebook.analyze.sentences import sentences_up_to
from sourcebook.records import Mention

_NP_DEPS = frozenset({"det", "amod", "compound", "flat", "nmod:desc", "nummod", "nmod:poss"})
_SALIENT = 3  # sentences back in which a subject is preferred as what a pronoun names
_DEFINITE = frozenset({"the", "this", "that", "these", "those", "our", "its", "their"})


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str | None  # the mention's name, a collective's words, or None when unknown
    start: int
    end: int


def phrase(head: Token) -> Span:
    """The speaker's noun phrase: the head with its modifiers, without clauses or appositions."""
    doc = head.doc
    lo = hi = head.i
    for child in head.children:
        wanted = child.dep_ in _NP_DEPS
        if child.dep_ == "nmod" and head.lemma_.lower() in COLLECTIVE_NOUNS:
            wanted = any(c.dep_ == "case" and c.lower_ == "of" for c in child.children)
        if wanted:
            lo, hi = min(lo, child.left_edge.i), max(hi, child.right_edge.i)
    for i in range(lo, hi + 1):  # a phrase never runs over a line break
        if "\n" in doc[i].text:
            if i < head.i:
                lo = i + 1
            elif i > head.i:
                hi = i - 1
                break
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
        lo += 1
    while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
        hi -= 1
    return doc[lo : hi + 1]


class Speakers:
    """Resolves speaker phrases of one document against its mentions."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], quoted: Sequence[tuple[int, int]]):
        self.doc = doc
        inside = [(s, e) for s, e in quoted]
        self.mentions = sorted(
            (m for m in mentions if m.label in SPEAKER_LABELS),
            key=lambda m: m.start,
        )
        #: mentions outside quoted words: a name inside a quote is rarely who speaks it
        self.outside = [m for m in self.mentions if not any(s <= m.start < e for s, e in inside)]
        self._roles: dict[str, set[str]] = {}  # filled as names are asked about

    def roles(self, name: str) -> set[str]:
        """The words that describe the person `name` anywhere in the document."""
        if name not in self._roles:
            self._roles[name] = set().union(
                *(
                    self._role_words(m)
                    for m in self.mentions
                    if m.label == "PERSON" and m.name == name
                )
            )
        return self._roles[name]

    def _role_words(self, mention: Mention) -> set[str]:
        """Lower-case words that describe a person: title, words before the name, appositions."""
        words = {w.lower().strip(".") for w in (mention.title or "").split()}
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return words
        head = span.root
        if span.start > 0:
            words.add(self.doc[span.start - 1].lower_.strip("."))
        near = [head, head.head] if head.dep_ == "appos" else [head]
        for token in near:
            for child in token.subtree:
                if child.pos_ in ("NOUN", "PROPN") and not (span.start <= child.i < span.end):
                    words.add(child.lemma_.lower())
                    words.add(child.lower_)
        if head.dep_ == "appos" or head.head.dep_ == "appos":
            words.add(head.head.lemma_.lower())
        return words

    def _gender(self, name: str) -> str | None:
        found = {GENDERED_WORDS[w] for w in self.roles(name) if w in GENDERED_WORDS}
        return found.pop() if len(found) == 1 else None

    def _named(self, start: int, end: int, head: Token | None = None) -> Mention | None:
        """The mention the phrase names; with `head`, one that holds the phrase's head word,
        so "the Russian defense ministry" is not "Russian"."""
        overlapping = [m for m in self.mentions if m.start < end and start < m.end]
        if head is not None:
            overlapping = [m for m in overlapping if m.start <= head.idx < m.end]
        overlapping.sort(key=lambda m: (m.label != "PERSON", -(m.end - m.start)))
        return overlapping[0] if overlapping else None

    def _nearest(
        self,
        before: int,
        labels: frozenset[str],
        fits: set[str] | None = None,
        gender: str | None = None,
    ) -> Mention | None:
        """The nearest earlier fitting mention; a subject in the last few sentences first,
        since the person a passage is about is usually its subject."""
        recent = self._recent_subjects(before)
        candidates = [m for m in reversed(self.outside) if m.start in recent]
        return self._first(candidates, before, labels, fits, gender) or self._first(
            list(reversed(self.outside)), before, labels, fits, gender
        )

    def _role_subject(self, pronoun: Token, gender: str | None) -> tuple[int, str] | None:
        """ "The minister defended … She said": a definite role as the subject of the sentence
        before, when it names a person the pronoun fits; its offset and that person's name."""
        sents = sentences_up_to(pronoun, 1)
        subjects = [
            t
            for sent in sents
            for t in sent
            if t.i < pronoun.i
            and t.dep_ == "nsubj"
            and t.lemma_.lower() in ROLE_NOUNS
            and t.tag_ == "NN"
            and any(c.lower_ in _DEFINITE for c in t.children)
        ]
        if not subjects:
            return None
        named = self.resolve(subjects[-1]).name
        if named is None or (gender is not None and self._gender(named) not in (gender, None)):
            return None
        return subjects[-1].idx, named

    def _recent_subjects(self, before: int) -> set[int]:
        token = self.doc.char_span(before, before + 1, alignment_mode="expand")
        if token is None:
            return set()
        found = set()
        for sent in sentences_up_to(token[0], _SALIENT):
            for t in sent:
                if t.dep_ in ("nsubj", "nsubj:pass"):
                    found.add(phrase(t).start_char)
                    found.add(t.idx)
        return found

    def _first(
        self,
        mentions: list[Mention],
        before: int,
        labels: frozenset[str],
        fits: set[str] | None,
        gender: str | None,
    ) -> Mention | None:
        for mention in mentions:
            if mention.end > before or mention.label not in labels:
                continue
            if gender is not None and self._gender(mention.name) not in (gender, None):
                continue
            if fits is not None and not fits & self.roles(mention.name):
                continue
            return mention
        return None

    def _described(self, span: Span) -> Speaker | None:
        """ "Flynn, a top Trump surrogate, said", parsed with the description as subject."""
        doc = self.doc
        if span.root.pos_ == "PROPN" or span.start < 2 or doc[span.start - 1].text != ",":
            return None
        name = doc[span.start - 2]
        role = span[0].lower_ in ("a", "an") or span.root.lemma_.lower() in ROLE_NOUNS
        in_phrase = any(c.dep_ == "case" for c in name.head.children) or any(
            c.dep_ == "case" for c in name.children
        )
        if name.pos_ != "PROPN" or not role or in_phrase:
            return None
        mention = self._named(name.idx, name.idx + len(name.text))
        if mention is not None:
            return Speaker(mention.name, mention.start, mention.end)
        named = phrase(name)
        return Speaker(named.text, named.start_char, named.end_char)

    def resolve(self, head: Token) -> Speaker:
        """The speaker named by the phrase headed by `head`."""
        if head.tag_ in ("WP", "WDT") and head.head.dep_ == "acl:relcl":
            # "Stumpf, who admitted …": the antecedent's name, the span of "who" as written
            named = self.resolve(head.head.head)
            return Speaker(named.name, head.idx, head.idx + len(head.text))
        span = phrase(head)
        start, end = span.start_char, span.end_char
        mention = self._named(start, end, head)
        if mention is not None:
            return Speaker(mention.name, mention.start, mention.end)
        for appos in (c for c in head.children if c.dep_ == "appos"):
            # "the spokesman, Teodor Lenz, said": the name in apposition is the speaker
            apposed = phrase(appos)
            mention = self._named(apposed.start_char, apposed.end_char)
            if mention is not None:
                return Speaker(mention.name, mention.start, mention.end)
            if appos.pos_ == "PROPN":
                return Speaker(apposed.text, apposed.start_char, apposed.end_char)
        described = self._described(span)
        if described is not None:
            return described
        word = head.lower_
        if head.pos_ == "PRON" or word in PERSON_PRONOUNS or word in COLLECTIVE_PRONOUNS:
            if word in PERSON_PRONOUNS:
                gender = PERSON_PRONOUNS[word]
                found = self._nearest(start, frozenset({"PERSON"}), gender=gender)
                role = self._role_subject(head, gender)
                if role is not None and (
                    found is None
                    or role[0] > found.start
                    or found.start not in self._recent_subjects(start)  # a subject outranks
                ):
                    return Speaker(role[1], start, end)
            elif word == "it":
                found = self._nearest(start, frozenset({"ORG", "GPE"}))
            else:
                found = None
            return Speaker(found.name if found else None, start, end)
        lemma = head.lemma_.lower()
        definite = any(t.lower_ in _DEFINITE for t in span) or span[0].dep_ == "nmod:poss"
        plural = head.tag_ in ("NNS", "NNPS")
        if lemma in ROLE_NOUNS or word in ROLE_NOUNS:
            if plural:  # "defense attorneys said": a group, in its own words
                return Speaker(span.text, start, end)
            if not definite:
                return Speaker(None, start, end)
            fits = {lemma, word}
            found = self._nearest(start, frozenset({"PERSON"}), fits=fits)
            return Speaker(found.name if found else None, start, end)
        if lemma in RECORD_NOUNS:  # "the poll shows": the record speaks, in its own words
            return Speaker(span.text, start, end)
        if lemma in COLLECTIVE_NOUNS or word in COLLECTIVE_NOUNS:
            for org in reversed(self.outside):
                if org.end <= start and org.label == "ORG" and lemma in org.text.lower():
                    return Speaker(org.name, start, end)
            words = span.text
            if span[0].lower_ == "the":  # "The ministry" at a sentence start is "the ministry"
                words = "the" + words[3:]
            return Speaker(words, start, end)
        named_word = head.pos_ == "PROPN" or (head.text[:1].isupper() and not head.is_sent_start)
        if named_word:  # a name the entity model missed: written, so not a guess
            for person in reversed(self.outside):  # "Okafor" after "Dana Okafor"
                if person.end <= start and person.label == "PERSON":
                    if head.text.casefold() in person.name.casefold().split():  # "PENCE"
                        return Speaker(person.name, start, end)
            return Speaker(span.text, start, end)
        return Speaker(None, start, end)
