"""Names of companies and other bodies compared without what does not tell two bodies apart.

A legal form is set aside wherever it stands and however it is written ("OOO X", "X LLC",
"Open Joint Stock Company X", "G.m.b.H."), and compared on its own: forms of one kind agree
(JSC, OAO, Aktiengesellschaft), forms of two kinds ("AG" and "GmbH") make two bodies of one
name only a possible match. Numbers are read as digits ("Brigade Forty-Four"), short words
spelled out ("Int'l"), and the rest compared word by word, a misspelling named as such.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from sourcebook.resolve.names import fold
from sourcebook.screen.legal_forms import (
    ABBREVIATIONS,
    FIRST,
    FORMS,
    LIMITED,
    LONGEST_FORM,
    ORDINALS,
    PLACES,
    STOCK,
    TENS,
    UNITS,
)
from sourcebook.screen.words import NAMES_KEPT, Feature, Reasons, likeness

_MINOR = frozenset({"of", "the", "and", "for"})
#: Legal forms of one long word, which a slip of the keyboard should not turn into a name word.
LONG_FORMS = tuple(w for (w, *more) in FORMS if not more and len(w) >= 6)
_BRACKETED = re.compile(r"\(([^)]*)\)")
OTHER_KIND = 0.65  # one name, legal forms of two kinds: below a possible match on its own
QUALIFIED = 0.8  # one name adds where the body works: "Deutsche Bank (Schweiz) AG"


@dataclass(frozen=True, slots=True)
class Body:
    words: tuple[str, ...]  # every word folded, legal forms included
    core: tuple[str, ...]  # the words that name it: no legal form, no "of" or "the"
    forms: tuple[tuple[str, str], ...]  # (code, as written) of each legal form
    qualifiers: frozenset[str]  # words written in brackets


def compare_bodies(a: str, b: str) -> tuple[float, Reasons]:
    """The score and reasons for two bodies' names."""
    ba, bb = body(a), body(b)
    if not ba.core or not bb.core:
        return 0.0, ()
    score, reasons = _names(a, b, ba, bb)
    if not score:
        return 0.0, ()
    forms = _forms(ba, bb)
    score *= forms.score if forms else 1.0
    return round(score, 3), (*reasons, *((forms,) if forms else ()))


@lru_cache(maxsize=NAMES_KEPT)
def body(written: str) -> Body:
    """A body's name folded into its words, its legal forms set aside."""
    words = _numbers(_expanded(_initials_joined(fold(written.replace("&", " and ")).words)))
    core, forms = _without_forms(words)
    named = tuple(w for w in core if w not in _MINOR) or core
    bracketed = frozenset(fold(" ".join(_BRACKETED.findall(written))).words)
    return Body(tuple(words), named, forms, bracketed)


def _names(a: str, b: str, ba: Body, bb: Body) -> tuple[float, Reasons]:
    if ba.core == bb.core:
        said = f"{a} and {b} equal without case, accents and legal form"
        score = 0.99 if a != b else 1.0
        return score, (Feature("name_words", score, said),)
    if "".join(ba.core) == "".join(bb.core) or "".join(ba.words) == "".join(bb.words):
        said = f"{a} and {b} are the same letters with the spaces moved"
        return 0.9, (Feature("spaces", 0.9, said),)
    for short, full in ((ba.core, bb.core), (bb.core, ba.core)):
        if len(short) == 1 and len(full) > 1 and short[0] == "".join(w[0] for w in full):
            said = f"{short[0].upper()} is the initials of {' '.join(full)}"
            return 0.75, (Feature("initials", 0.75, said),)
    if sorted(ba.core) == sorted(bb.core):
        said = f"{a} and {b} hold the same words in another order"
        return 0.85, (Feature("word_order", 0.85, said),)
    fewer, more = sorted((ba, bb), key=lambda x: len(x.core))
    extra = [w for w in more.core if w not in fewer.core]
    if len(more.core) == len(fewer.core) + 1 and len(extra) == 1:
        (word,) = extra
        if word in PLACES or word in more.qualifiers:
            rest = tuple(w for w in more.core if w != word)
            score, reasons = _word_by_word(fewer.core, rest)
            if score:
                where = Feature("qualifier", QUALIFIED, f"{word} names where one of them works")
                return score * QUALIFIED, (*reasons, where)
        return 0.0, ()
    if len(ba.core) == len(bb.core):
        return _word_by_word(ba.core, bb.core)
    return 0.0, ()


def _word_by_word(x: tuple[str, ...], y: tuple[str, ...]) -> tuple[float, Reasons]:
    score, said = 1.0, []
    shortest = 5 if len(x) == 1 else 4  # a one-word name has no other word to confirm it
    for wx, wy in zip(x, y, strict=True):
        alike = likeness(wx, wy, shortest, people=False)
        if alike.score < 0.8:
            return 0.0, ()
        score *= alike.score
        if alike.reason:
            said.append(Feature("name_words", alike.score, alike.reason))
    same = [w for w in x if w in y]
    equal = (Feature("name_words", 1.0, f"{' '.join(same)} equal"),) if same else ()
    return score, (*equal, *said)


def _forms(ba: Body, bb: Body) -> Feature | None:
    """What the legal forms say: of two kinds (a cost), or one of them spelled out."""
    codes_a, codes_b = {c for c, _ in ba.forms}, {c for c, _ in bb.forms}
    for kind_a, kind_b in ((STOCK, LIMITED), (LIMITED, STOCK)):
        if codes_a & kind_a and codes_b & kind_b and not codes_a & codes_b:
            first, second = sorted(codes_a & kind_a)[0], sorted(codes_b & kind_b)[0]
            said = f"legal forms {first.upper()} and {second.upper()} are two kinds of company"
            return Feature("legal_form", OTHER_KIND, said)
    spelled = [(c, w) for c, w in (*ba.forms, *bb.forms) if w != c and c in codes_a & codes_b]
    if spelled:
        code, written = spelled[0]
        return Feature("legal_form", 1.0, f"{written} is the legal form {code.upper()}")
    return None


def _initials_joined(words: tuple[str, ...]) -> list[str]:
    """ "L.L.C." folds to l l c: one word, llc, as "LLC" is."""
    joined: list[str] = []
    run = ""
    for word in (*words, ""):
        if len(word) == 1 and word.isalpha():
            run += word
            continue
        if run:
            joined.append(run)
            run = ""
        if word:
            joined.append(word)
    return joined


def _expanded(words: list[str]) -> list[str]:
    return [w for word in words for w in ABBREVIATIONS.get(word, (word,))]


def _numbers(words: list[str]) -> list[str]:
    """ "forty four", "forty-four", "forty 4", "first" as 44, 44, 44, 1st."""
    read: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        following = words[i + 1] if i + 1 < len(words) else ""
        if word in TENS:
            unit = UNITS.get(following, int(following) if following.isdigit() else None)
            if unit is not None and 0 < unit < 10:
                read.append(str(TENS[word] + unit))
                i += 2
                continue
            read.append(str(TENS[word]))
        else:
            read.append(str(UNITS[word]) if word in UNITS else ORDINALS.get(word, word))
        i += 1
    return read


def _misspelled_form(word: str) -> str | None:
    """The long legal form a word is a letter off ("Lmiited", "Aktiengeselschaft"), if any."""
    if len(word) < 6 or not word.isalpha():
        return None
    return next((f for f in LONG_FORMS if OSA.distance(word, f, score_cutoff=1) <= 1), None)


def _without_forms(words: list[str]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The words with legal forms taken off both ends, and the forms taken."""
    forms: list[tuple[str, str]] = []
    start, end = 0, len(words)
    changed = True
    while changed:
        changed = False
        for size in range(min(LONGEST_FORM, end - start - 1), 0, -1):
            head, tail = tuple(words[start : start + size]), tuple(words[end - size : end])
            if tail in FORMS:
                forms.append((FORMS[tail], " ".join(tail)))
                end -= size
            elif head in FORMS and (size > 1 or FORMS[head] in FIRST or len(head[0]) > 2):
                forms.append((FORMS[head], " ".join(head)))
                start += size
            elif size == 1 and (form := _misspelled_form(tail[0])):
                forms.append((FORMS[(form,)], tail[0]))
                end -= 1
            elif size == 1 and (form := _misspelled_form(head[0])):
                forms.append((FORMS[(form,)], head[0]))
                start += 1
            else:
                continue
            changed = True
            break
    return tuple(words[start:end]), tuple(forms)
