"""Two names of one kind compared, with the reasons a reviewer can check.

A person is compared by family and given names apart, after folding case, accents, titles,
word order and script (pinyin for Chinese, traditional to simplified, Cyrillic to Latin):
the rules entity resolution uses (`resolve.names`), so "Томас Ренко" on a list is "Tomas Renko"
in a paper. A shared family name alone is never a match ("Li" would match half a ministry).
A body is compared without its legal form, by its acronym, and, for a misspelling, by the
letters of its words in any order.

Scores stay below 1 unless two names are written alike once folded, so a reviewer can tell
"the same words" from "the same person, probably".
"""

from __future__ import annotations

from rapidfuzz.fuzz import ratio, token_sort_ratio

from sourcebook.resolve.names import (
    Same,
    compare_organisations,
    compare_people,
    organisation_key,
    parse,
)
from sourcebook.screen.entries import PERSON

SPELLED = 88  # rapidfuzz ratio from which two folded names are one name misspelled
_MINOR = frozenset({"of", "the", "and", "for", "de", "la"})


def compare(a: str, b: str, kind: str) -> tuple[float, tuple[str, ...]]:
    """The score and reasons for two names of one kind (PERSON or ORGANIZATION)."""
    return (_people if kind == PERSON else _bodies)(a, b)


def _people(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    na, nb = parse(a), parse(b)
    if len(na.words) < 2 or len(nb.words) < 2:
        return 0.0, ()  # a family name alone names nobody in particular
    found = compare_people(na, nb)
    if found.same is Same.YES:
        return found.score * 0.99 if found.score >= 1 and a != b else found.score, found.reasons
    spelled = ratio(" ".join(sorted(na.words)), " ".join(sorted(nb.words)))
    if spelled >= SPELLED:  # "Viktor Drai" for "Viktor Dray"
        return spelled / 100 * 0.9, (f"{a} and {b} spelled alike ({spelled:.0f} of 100)",)
    if "".join(na.words) == "".join(nb.words):  # "VladimirPutin"
        return 0.85, (f"{a} and {b} are the same letters with the spaces moved",)
    short, long = sorted((set(na.words), set(nb.words)), key=len)
    if len(short) >= 2 and short < long:  # a middle or a further given name left out
        return 0.8, (f"every name of {a if set(na.words) == short else b} is in the other",)
    return 0.0, ()


def _bodies(a: str, b: str) -> tuple[float, tuple[str, ...]]:
    found = compare_organisations(a, b)
    if found.same is Same.YES:
        return found.score * 0.99 if found.score >= 1 and a != b else found.score, found.reasons
    ka, kb = (" ".join(w for w in organisation_key(x).split() if w not in _MINOR) for x in (a, b))
    if min(len(ka), len(kb)) < 5:  # "ABC" and "ABD" are two companies
        return 0.0, ()
    alike = token_sort_ratio(ka, kb)
    if alike >= SPELLED:  # "Brakwater Advisory" for "Brackwater Advisory"
        return alike / 100 * 0.9, (f"{a} and {b} spelled alike ({alike:.0f} of 100)",)
    return 0.0, ()
