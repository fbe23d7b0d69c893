"""Claims: the figures a document states, each with what it counts and who states it.

The number grammar (`quantities`) reads the figure from the characters, where the wording is
fixed and a parser adds nothing; the parse then supplies what the characters cannot: the
sentence, the subject counted (the noun the figure modifies, with its compounds and adjectives,
a following participle, a short prepositional phrase) and the speaker. Years, dates, ages,
ordinals, scores, times, phone numbers, references ("Article 12") and numbers inside names
("iPhone 11", "Boeing 797") are figures but not claims.
See `quantities` for how qualifiers become open or closed bounds.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from sourcebook.analyze.quantities import Quantity, find_quantities
from sourcebook.analyze.sentences import sentence_of
from sourcebook.records import Claim, Document

CLAIM_KINDS = frozenset({"count", "percent", "money", "measure"})
SPEECH = frozenset(
    "say tell report estimate claim state announce add note warn confirm put write count "
    "show find reveal suggest accord".split()
)
NOUNS = frozenset({"NOUN", "PROPN"})
#: Modifiers kept in front of the subject noun ("people detained", "riot police officers").
KEEP_LEFT = frozenset({"compound", "amod", "nmod:poss", "flat"})
#: What a count's people may be said to be, as a predicate: "40 passengers were missing".
STATES = frozenset("missing dead injured wounded homeless unaccounted hurt displaced".split())
ABSTRACT = frozenset({"%", "percent", "cent", "times", "fold", "dozen", "million", "billion"})


def find_claims(doc: Doc, document: Document) -> list[Claim]:
    """The claims in `document`, read from `doc`, the shared parse of `document.text`."""
    claims = []
    for quantity in find_quantities(document.text):
        if not _is_claim(doc, quantity):
            continue
        tokens = doc.char_span(quantity.number_start, quantity.number_end, alignment_mode="expand")
        sentence = sentence_of(tokens[0]) if tokens is not None and len(tokens) else None
        subject = _subject(tokens, quantity) if tokens is not None and len(tokens) else None
        claims.append(
            Claim(
                document=document.id,
                start=quantity.start,
                end=quantity.end,
                text=quantity.text,
                value_low=quantity.value_low,
                value_high=quantity.value_high,
                unit=quantity.unit,
                qualifier=quantity.qualifier,
                subject=subject,
                sentence_start=sentence.start_char if sentence is not None else None,
                sentence_end=sentence.end_char if sentence is not None else None,
                attributed_to=_speaker(sentence) if sentence is not None else None,
            )
        )
    return claims


def _is_claim(doc: Doc, quantity: Quantity) -> bool:
    """A year followed by a counted plural noun ("1500 people") is a count after all."""
    if quantity.kind == "count" and _BARE.fullmatch(quantity.text):
        return not _is_name_number(doc, quantity)
    if quantity.kind in CLAIM_KINDS:
        return True
    if quantity.kind != "year":
        return False
    after = doc.char_span(quantity.number_start, quantity.number_end, alignment_mode="expand")
    if after is None or after.end >= len(doc):
        return False
    following = doc[after.end]
    return following.tag_ == "NNS" and after[-1].head == following


_BARE = re.compile(r"\d+(?:[-–]\d+)?|\d{1,3}(?:,\d{3})+|[a-z -]+", re.I)
_HAS_UPPER = re.compile(r"[A-Z]")


def _is_name_number(doc: Doc, quantity: Quantity) -> bool:
    """ "S&P 500", "iPhone 11", "797 Skyliner", "12 Quay Road": a bare number in a name."""
    tokens = doc.char_span(quantity.number_start, quantity.number_end, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    if tokens.end < len(doc) and not quantity.text[0].isalpha() and "," not in quantity.text:
        following = doc[tokens.end]
        if following.tag_ == "NNP" and following.text[0].isupper():
            return True  # "797 Skyliner jets", "14-16 Harbour Avenue"
    if tokens.start == 0:
        return False
    before, root = doc[tokens.start - 1], _number_root(tokens)
    counts_noun = root.head.i > root.i and root.head.pos_ == "NOUN" and root.dep_ == "nummod"
    # "iPhone 11", "FTSE 100", "Windows 10 will end": a capitalised noun right before
    if before.tag_ == "NNP" or (before.pos_ in NOUNS and _HAS_UPPER.search(before.text)):
        return not counts_noun
    return False


def _number_root(tokens: Span) -> Token:
    """The token of the figure that the rest of the sentence attaches to."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head == token:
            return token
    return tokens[-1]


def _subject(tokens: Span, quantity: Quantity) -> str | None:
    root = _number_root(tokens)
    doc = tokens.doc
    noun: Token | None = None
    after = doc[tokens.end : tokens.end + 2]
    if len(after) == 2 and after[0].tag_ in ("VBN", "JJ") and after[1].is_punct:
        return after[0].text  # "records 40 injured, two of them police officers"
    if root.head.pos_ in NOUNS and root.head.i > root.i and root.dep_ in ("nummod", "compound"):
        noun = root.head
    elif tokens.end < len(doc) and doc[tokens.end].pos_ in NOUNS | {"ADJ"}:
        noun = _next_noun(doc, tokens.end)
    if noun is not None and noun.lower_ in ABSTRACT | {"per"}:
        noun = _of_object(noun) or (noun.head if noun.head.pos_ in NOUNS else None)
    if noun is not None and noun.lower_ in ("dozen", "dozens"):
        noun = _of_object(noun)
    if noun is not None and quantity.start <= noun.idx < quantity.end:
        noun = None  # the unit itself ("USD 3 million", "300,000 euros")
    if quantity.unit is not None and noun is None:
        noun = _of_object(root) or _governing_subject(root)
        if noun is not None and quantity.start <= noun.idx < quantity.end:
            noun = _governing_subject(noun)
    if noun is None and quantity.kind == "count":
        noun = _of_object(root)  # "hundreds of students", "two of the victims"
        if noun is not None:
            return _phrase(noun, quantity.end)
        if root.dep_.startswith("nsubj") and root.head.tag_ == "VBN":
            return root.head.text  # "40 were injured"
        return None
    return _phrase(noun, quantity.end) if noun is not None else None


def _next_noun(doc: Doc, start: int) -> Token | None:
    for token in doc[start : start + 4]:
        if token.pos_ in NOUNS:
            return token
        if token.pos_ not in ("ADJ", "NOUN", "PROPN", "PUNCT") or token.text in ",.;:":
            return None
    return None


def _of_object(token: Token) -> Token | None:
    """ "12% of voters", "half of the fleet", "two dozen of the": the noun after "of"."""
    for child in token.children:
        if child.dep_.startswith("nmod") and child.pos_ in NOUNS:
            if any(c.lower_ == "of" for c in child.children):
                return child
    return None


def _governing_subject(token: Token) -> Token | None:
    """ "The index was up about 19 per cent": what the figure is said of."""
    head = token
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX", "ADJ") or head.dep_ == "ROOT":
            break
        if head.pos_ in NOUNS and head is not token and head.lower_ not in ABSTRACT:
            return head
        head = head.head
    for child in head.children:
        if child.dep_.startswith("nsubj") and child.pos_ in NOUNS:
            return child
    return None


def _phrase(noun: Token, after: int) -> str:
    """The noun with its left compounds and adjectives, then a participle or a short
    prepositional phrase: "people detained", "pages of documents", "riot police officers"."""
    left = noun.i
    for child in sorted(noun.lefts, key=lambda t: -t.i):
        if child.dep_ in KEEP_LEFT and child.i == left - 1 and child.idx >= after:
            left = child.i
    words = [t.text for t in noun.doc[left : noun.i + 1]]
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i <= noun.i + 2:
            return " ".join([*words, child.text])
        if child.dep_.startswith("nmod") and child.i <= noun.i + 2:
            span = [t for t in child.subtree if t.dep_ != "det"]
            if len(span) <= 4:
                return " ".join([*words, *(t.text for t in span)])
    if (
        noun.dep_.startswith("nsubj")
        and noun.head.i > noun.i
        and ((noun.head.tag_ == "VBN" and noun.head.pos_ == "VERB") or noun.head.lower_ in STATES)
    ):
        return " ".join([*words, noun.head.text])  # "people were detained", "… were missing"
    return " ".join(words)


def _speaker(sentence: Span) -> str | None:
    """Who states the figure: the subject of a speech verb, or "according to X"."""
    for token in sentence:
        if token.lower_ == "according" and token.head.pos_ in NOUNS:
            return _name(token.head)  # UD: "according to" is the case marker of the source
        if token.lemma_ in SPEECH and token.pos_ == "VERB":
            for child in token.children:
                if child.dep_ == "nsubj" and child.pos_ in NOUNS:
                    return _name(child)
    return None


def _name(token: Token) -> str:
    keep = ("compound", "flat", "amod")
    parts = [t for t in token.subtree if (t.dep_ in keep or t == token) and abs(t.i - token.i) <= 4]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))
