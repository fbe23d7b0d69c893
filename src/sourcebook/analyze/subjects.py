"""Who a cue verb's words belong to: the subject the parse gives it, or the one it lost.

Parsers often mis-attach the subject of a speech verb in news prose ("The minister, Dana
Okafor, on Monday dismissed …", "…, the ministry's spokesman said"), so the parse's answer is
checked and, where it has none, recovered from the words around the verb.
"""

from __future__ import annotations

from spacy.tokens import Token

from sourcebook.analyze.cues import NOT_SPEAKERS
from sourcebook.analyze.sentences import sentence_of

_NOUNISH = frozenset({"NOUN", "PROPN", "PRON"})


def speakerish(token: Token) -> bool:
    return token.pos_ in _NOUNISH and token.text[:1].isalnum() and token.lower_ not in NOT_SPEAKERS


def subject(verb: Token) -> Token | None:
    """The nsubj of the cue, or of the verb it is coordinated with ("… and added").

    Of several subjects ("spokesman Teodor Lenz told", parsed as two) the nearest wins; a
    passive subject counts when the verb has no passive auxiliary (a mis-tagged "called").
    """
    token = verb
    for _ in range(3):
        passive = any(c.dep_ == "aux:pass" for c in token.children)
        subjects = [
            c
            for c in token.children
            if (c.dep_ == "nsubj" or (c.dep_ == "nsubj:pass" and not passive))
            and c.lower_ not in NOT_SPEAKERS
            and c.text[:1].isalnum()  # a stray no-break space the tagger called a name
            and not _dateline(c, token)
        ]
        if subjects:  # a name before a description: "Coastal Rights Watch, a group, said"
            return min(subjects, key=lambda c: (c.pos_ != "PROPN", abs(c.i - token.i)))
        # "The minister called for …" misparsed as a modifier: "the minister (so) called",
        # also across a time phrase: "the government on Sunday rejected"
        adjacent = token.tag_ != "VBG" and all(
            t.lower_ in NOT_SPEAKERS or t.pos_ in ("ADP", "NUM", "DET")
            for t in token.doc[token.head.i + 1 : token.i]
        )
        if (
            token.dep_ == "acl"
            and token.head.i < token.i
            and (token.head.pos_ == "PROPN" or adjacent)
        ):
            head = token.head
            if head.lower_ in NOT_SPEAKERS:  # "The government on Sunday dismissed": the time
                head = head.head  # word took the verb; the noun it hangs on is who speaks
            return head if speakerish(head) else None
        if token.dep_ == "parataxis" and token.head.i < token.i and speakerish(token.head):
            return token.head  # "Mr Okafor, who …, told": the parse made the name the root
        if token.dep_ in ("conj", "xcomp", "advcl") and token.head.i != token.i:
            token = token.head
        else:
            break
    return _opening_subject(verb) or _orphaned_subject(verb)


def _orphaned_subject(verb: Token) -> Token | None:
    """ "The minister, Dana Okafor, on Monday dismissed …" parsed with the noun as the root and
    the verb hung elsewhere, or split off as a sentence of its own: the verbless words before
    the verb, not closed by a full stop, are its subject."""
    sent = sentence_of(verb)
    root = sent.root
    between = sent[root.i - sent.start : verb.i - sent.start]
    if (
        root.i < verb.i
        and speakerish(root)
        and not any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in between)
        and not any(t.pos_ in ("VERB", "AUX") for t in sent[: verb.i - sent.start])
    ):
        return root  # the same mistake inside one sentence: the noun before the verb is root
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    if sent.start == 0 or not words or words[0].i != verb.i:
        return None
    doc = verb.doc
    before = doc[sent.start - 1]
    if before.text in (".", "!", "?", ":") or "\n" in before.text:
        return None
    fragment = sentence_of(before)
    if any(t.pos_ in ("VERB", "AUX") or "\n" in t.text for t in fragment):
        return None
    root = fragment.root
    return root if speakerish(root) else None


def _dateline(subject: Token, verb: Token) -> bool:
    """ "BRUSSELS — E.U. leaders warn": a city in capitals cut off from its verb by a dash."""
    between = subject.doc[subject.i + 1 : verb.i]
    return subject.text.isupper() and any(t.text in ("—", "–", "-") for t in between)


def _opening_subject(verb: Token) -> Token | None:
    """ "Mr Okafor, who …, told": when the parse loses the subject of a root cue, the noun
    phrase that opens the sentence, up to its first comma, is taken."""
    sent = sentence_of(verb)
    words = [t for t in sent if not t.is_space]
    if verb.i != sent.root.i or not words or words[0].pos_ not in ("PROPN", "NOUN", "DET", "PRON"):
        return None
    head = None
    for token in words:
        if token.i >= verb.i or token.text == "," or token.pos_ in ("VERB", "AUX", "ADP"):
            break
        if speakerish(token):
            head = token
    following = head.doc[head.i + 1] if head is not None and head.i + 1 < len(head.doc) else None
    return head if following is not None and following.text == "," else None
