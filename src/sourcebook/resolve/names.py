"""Names taken apart and compared, with reasons a reviewer can check.

Whether two written names are one name decides which mentions become one entity across a
corpus, and later which entity matches a watch-list entry. The answer is built from features
a person can verify ("family name equal, given name equal after pinyin") rather than one
opaque score, and a family name alone is never enough: "Li" is many people.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.fuzz import ratio

from sourcebook.analyze.titles import title_words
from sourcebook.nlp.chinese import romanize, to_simplified
from sourcebook.text.fold import CJK

#: Generational suffixes: part of how a name is written, not of the family name.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Legal forms dropped before organisation names are compared ("Brackwater Advisory Ltd").
LEGAL_FORMS = frozenset(
    "ltd limited inc incorporated llc plc corp corporation co company gmbh ag sa sarl bv nv "
    "pte pty oy ab as spa srl".split()
)
#: Family names often written first in Latin script (Chinese and Korean), so either end of
#: such a name may be the family name.
FAMILY_FIRST = frozenset(
    "li wang zhang liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo liang "
    "song zheng xie han tang feng yu dong xiao cheng cao yuan deng fu shen zeng peng lu su jiang "
    "cai jia ding wei xue ye yan pan du dai xia zhong tian ren fan fang shi yao tan liao zou "
    "xiong jin kim lee park choi jung kang cho yoon jang lim".split()
)
_SIMILAR = 85  # rapidfuzz ratio above which two given names are spellings of one (Sergei/Sergey)
_NON_WORD = re.compile(r"[^\w\s]|_")
_APOSTROPHES = re.compile(r"['’ʼʹ`]")
_VOWELS = re.compile(r"[aeiouy]")
_LONG = 5  # letters from which two spellings may be one name ("Dana" and "Dina" are two)
#: Letter groups that romanisations of one sound differ by, each to one common form.
_ROMANISATIONS = (("shch", "sch"), ("ks", "x"), ("ph", "f"), ("kh", "h"), ("tz", "z"))


class Same(Enum):
    YES = "yes"
    NO = "no"
    UNDECIDED = "undecided"  # a family name alone, or nothing to compare


@dataclass(frozen=True, slots=True)
class Name:
    """A written name folded for comparing: ASCII lower-case words, titles and suffixes off."""

    written: str
    words: tuple[str, ...]
    folds: tuple[str, ...]  # how it was folded, for explanations: "pinyin", "ascii", ...
    family_first: bool = False  # written family name first, as Chinese names are


@dataclass(frozen=True, slots=True)
class Comparison:
    same: Same
    score: float  # 0..1, how strongly the features say "one name"; never the only answer
    reasons: tuple[str, ...]


@lru_cache(maxsize=65536)
def parse(written: str) -> Name:
    """ "Interior Minister Dana Okafor" → dana okafor; "李克強" → li keqiang (family first)."""
    name = fold(written)
    words = name.words[title_words(list(name.words)) :] or name.words
    if len(words) > 2 and words[-1] in SUFFIXES:
        words = words[:-1]
    return Name(written, words, name.folds, name.family_first)


@lru_cache(maxsize=65536)
def fold(written: str) -> Name:
    """A name's words in ASCII lower case, titles kept: "Зеленський" → zelenskiy. Apostrophes
    join rather than split ("O'Brien", a soft sign), since romanisations write them or not."""
    folds: list[str] = []
    text = written.strip()
    family_first = False
    if CJK.search(text):
        simple = to_simplified(text)
        if simple != text:
            folds.append(f"{text} written as {simple} (traditional → simplified)")
        text = romanize(simple)
        folds.append(f"{simple} read as {text} (pinyin)")
        family_first = True
    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    if ascii_text != text:
        folds.append(f"{text} spelled {ascii_text}")
    words = _NON_WORD.sub(" ", _APOSTROPHES.sub("", ascii_text)).lower().split()
    return Name(written, tuple(words), tuple(folds), family_first)


def compare_people(a: Name, b: Name) -> Comparison:
    """Family name and given names compared apart; either end may be the family name where
    the name is Chinese or Korean, or both names hold the same words in another order."""
    folds = a.folds + b.folds
    if not a.words or not b.words:
        return Comparison(Same.UNDECIDED, 0.0, ("nothing left to compare",))
    if a.words == b.words:
        return Comparison(Same.YES, 1.0, (*folds, "same words"))
    if sorted(a.words) == sorted(b.words):
        return Comparison(Same.YES, 0.95, (*folds, "same words in another order"))
    best: Comparison | None = None
    for fa, ga in _splits(a):
        for fb, gb in _splits(b):
            if fa != fb and not _transliterated((fa,), (fb,)):
                continue
            spelled = () if fa == fb else (f"family names {fa} and {fb} spelled alike",)
            found = _given(fa, ga, gb, (*folds, *spelled))
            if best is None or found.score > best.score:
                best = found
    if best is not None:
        return best
    return Comparison(Same.NO, 0.0, (*folds, "family names differ"))


def family_names(name: Name) -> set[str]:
    """The words that may be the family name: what people are blocked on before comparing."""
    return {family for family, _ in _splits(name)} if name.words else set()


def _splits(name: Name) -> list[tuple[str, tuple[str, ...]]]:
    """(family name, given names) readings of a name: the last word, or the first where the
    name may be written family name first."""
    words = name.words
    found = [(words[-1], words[:-1])]
    if len(words) > 1 and (name.family_first or words[0] in FAMILY_FIRST):
        found.append((words[0], words[1:]))
    return found


def _given(
    family: str, a: tuple[str, ...], b: tuple[str, ...], folds: tuple[str, ...]
) -> Comparison:
    same_family = f"family name {family} equal"
    if not a or not b:
        return Comparison(
            Same.UNDECIDED, 0.5, (*folds, same_family, "one name gives no given name")
        )
    if a == b:
        return Comparison(Same.YES, 1.0, (*folds, same_family, f"given name {' '.join(a)} equal"))
    short, long = (a, b) if len(" ".join(a)) <= len(" ".join(b)) else (b, a)
    if all(len(w) == 1 for w in short) and len(short) <= len(long):
        if all(i.startswith(w) for w, i in zip(short, long, strict=False)):
            initials = " ".join(w.upper() + "." for w in short)
            return Comparison(
                Same.YES, 0.85, (*folds, same_family, f"initial {initials} fits {' '.join(long)}")
            )
    if ratio(" ".join(a), " ".join(b)) >= _SIMILAR or _transliterated(a, b):
        return Comparison(
            Same.YES,
            0.8,
            (*folds, same_family, f"given names {' '.join(a)} and {' '.join(b)} spelled alike"),
        )
    return Comparison(
        Same.NO, 0.1, (*folds, same_family, f"given names {' '.join(a)} and {' '.join(b)} differ")
    )


def _transliterated(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Sergei"/"Sergey", "Mohammed"/"Muhammad": one name romanised two ways differs in its
    vowels; short names are left out, since "Dana" and "Dina" are two names."""
    if len(a) != len(b):
        return False
    return all(
        x[0] == y[0] and min(len(x), len(y)) >= _LONG and _skeleton(x) == _skeleton(y)
        for x, y in zip(a, b, strict=True)
    )


def _skeleton(word: str) -> str:
    """The consonants of a word, doubled ones once, in one romanisation's letters: what
    transliterations of it share ("Aleksandr"/"Alexander", "Tereshchenko"/"Tereschenko")."""
    for written, common in _ROMANISATIONS:
        word = word.replace(written, common)
    consonants = _VOWELS.sub("", word)
    return re.sub(r"(.)\1", r"\1", consonants)


def spelling_key(word: str) -> str:
    """What spellings of one name share: the skeleton for names long enough to tell apart."""
    return _skeleton(word) if len(word) >= _LONG else word


def organisation_key(written: str) -> str:
    """An organisation's name without case, accents, punctuation, "the" or its legal form."""
    words = parse(written).words
    while words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in LEGAL_FORMS:
        words = words[:-1]
    return " ".join(words)


def compare_organisations(a: str, b: str) -> Comparison:
    """Equal names once folded and stripped of their legal form, or an acronym of the other."""
    ka, kb = organisation_key(a), organisation_key(b)
    if ka and ka == kb:
        return Comparison(
            Same.YES, 1.0, (f"{a} and {b} equal without case, accents and legal form",)
        )
    for short, full in ((ka, kb), (kb, ka)):
        words = [w for w in full.split() if w not in {"of", "the", "and", "for"}]
        if " " not in short and len(words) > 1 and short == "".join(w[0] for w in words):
            return Comparison(Same.YES, 0.7, (f"{short.upper()} is the initials of {full}",))
    return Comparison(Same.NO, 0.0, (f"{a} and {b} differ",))
