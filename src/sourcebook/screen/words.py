"""Two words of two names compared: equal, one romanised two ways, an initial, or a slip.

Screening compares names word by word so that each step of a match can be stated and checked
("family name Lavrovs and Lavrov one letter apart"); a score for the whole string hides which
word differed, and two long names that differ in one word ("… Abdul Hasib Turk" against
"… Abdul Ahmad Turk") would look alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

#: Letter groups that romanisations of one sound differ by (Russian into English or German,
#: Persian, Ukrainian), each to one common form; read left to right.
_SOUNDS = (
    ("shch", "sch"), ("zh", "j"), ("kh", "h"), ("ph", "f"), ("ks", "x"), ("tz", "z"),
    ("ck", "k"), ("w", "v"), ("z", "s"), ("q", "k"),
)  # fmt: skip
_VOWELS = re.compile(r"[aeiouy]")
_VOWEL_RUNS = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1")
_LONG = 5  # letters from which two romanisations may be compared by their consonants
#: Letters two romanisations may differ by, one more from eight letters ("Aleksandr",
#: "Alexander"): Hassan and Hussein are two names.
_VOWEL_SLIPS = 2
#: Letters beyond `shortest` from which a word may be two letters off: seven in a family
#: name ("Starkey", "Starmer"), eight in a given name ("Jianhua" and "Jianguo" are two).
_TWO_SLIPS = 3
_DIPHTHONGS = (("ay", "ei"), ("ai", "ei"), ("ey", "ei"), ("oo", "u"), ("ou", "u"), ("iy", "i"))
#: Letters a keyboard or OCR writes as digits: "Ig0r Sech1n".
_LOOKALIKE = str.maketrans("01345789", "oieastbg")


#: Names a screen keeps read (folded, parsed, keyed): every name of a large corpus and a large
#: list at once, so that none is read again for each entry it meets.
NAMES_KEPT = 1 << 20


@dataclass(frozen=True, slots=True)
class Likeness:
    score: float  # 1: equal; 0: two different words
    reason: str  # what makes them one word; empty when they are equal


UNLIKE = Likeness(0.0, "")
EQUAL = Likeness(1.0, "")


@lru_cache(maxsize=1 << 18)  # a list's words meet the corpus's words many times over
def likeness(x: str, y: str, shortest: int = 4, people: bool = True) -> Likeness:
    """How far `x` and `y` are one word. A slip of one letter counts in words of `shortest`
    letters or more, two slips from three letters more: "Dana" and "Dina" are two given names."""
    if x == y:
        return EQUAL
    if x.isdigit() or y.isdigit():
        return UNLIKE  # "Brigade 44" is not "Brigade 45"
    if len(x) == 1 or len(y) == 1:
        initial, full = (x, y) if len(x) == 1 else (y, x)
        if len(full) > 1 and full.startswith(initial):
            return Likeness(0.88, f"{initial.upper()}. is the initial of {full}")
        return UNLIKE
    slips = OSA.distance(x, y, score_cutoff=3)
    shorter = min(len(x), len(y))
    sounds = shorter >= _LONG and sound(x) == sound(y)
    if slips > 2 and not sounds:
        return UNLIKE  # most pairs: two different words
    if people and _gendered(x, y):
        return UNLIKE  # "Robert", "Roberta"; "Petrov", "Petrova": two people
    if sounds and _syllables_alike(x, y):
        vowel_slips = OSA.distance(_vowels(x), _vowels(y), score_cutoff=3)
        if vowel_slips <= _VOWEL_SLIPS + (shorter >= 8):
            return Likeness(0.95, f"{x} and {y} one name spelled two ways (they sound alike)")
    if slips == 1 and (shorter >= shortest or shorter >= shortest - 1 and _slipped(x, y)):
        # a letter left out, added or two swapped count from one letter less: "Jesú" for
        # "Jesús", "Daan" for "Dana"; one changed does not: "Dana" and "Dina" are two
        return Likeness(0.85, f"{x} and {y} one letter apart")
    if slips == 2 and shorter >= shortest + _TWO_SLIPS:
        return Likeness(0.8, f"{x} and {y} two letters apart")
    return UNLIKE


def _slipped(x: str, y: str) -> bool:
    """One slip that keeps every letter: one left out or added, or two swapped."""
    return len(x) != len(y) or sorted(x) == sorted(y)


def _gendered(x: str, y: str) -> bool:
    """Whether two names differ by the ending that makes a name a woman's or a man's:
    "Robert"/"Roberta", "Maria"/"Mario", "Daniel"/"Danielle", "Petrov"/"Petrova"."""
    short, long = sorted((x, y), key=len)
    if len(long) == len(short) + 1:  # "Montoyaa" is a key held down, not a woman's name
        return long[:-1] == short and long[-1] in "ae" and long[-1] != short[-1]
    if len(long) == len(short) + 2:
        return long[:-2] == short and long[-2:] == "le"
    return len(x) == len(y) and x[:-1] == y[:-1] and {x[-1], y[-1]} <= set("aoe")


def _syllables_alike(x: str, y: str) -> bool:
    """Whether the vowels stand between the same consonants, one vowel more or less: "Sergei"
    and "Sergey", "Aleksandr" and "Alexander" do; "Garcia" and "Grace" do not."""
    return Levenshtein.distance(_shape(x), _shape(y), score_cutoff=1) <= 1


@lru_cache(maxsize=131072)
def _shape(word: str) -> str:
    return _VOWEL_RUNS.sub("V", _DOUBLED.sub(r"\1", spelled_alike(word)))


def _vowels(word: str) -> str:
    """A word with its doubled letters once and its diphthongs in one spelling, so that two
    romanisations differ by the vowels they hear differently: "Husayn", "Hussein" alike."""
    word = _DOUBLED.sub(r"\1", word)
    for written, common in _DIPHTHONGS:
        word = word.replace(written, common)
    return word


@lru_cache(maxsize=131072)
def sound(word: str) -> str:
    """The first letter and the consonants of a word, each sound in one spelling: what
    "Zelenskyy"/"Selenskyj" and "Ahmadinejad"/"Ahmadinezhad" share."""
    word = spelled_alike(word)
    return word[0] + _DOUBLED.sub(r"\1", _VOWELS.sub("", word[1:]))


def spelled_alike(word: str, more: tuple[tuple[str, str], ...] = ()) -> str:
    """A word with each letter group romanisations differ by in one spelling ("kh" as h,
    "w" as v), and `more` such groups after them."""
    for written, common in (*_SOUNDS, *more):
        word = word.replace(written, common)
    return word


def unmistaken(word: str) -> str:
    """A word with the digits that stand for letters read as letters, where it mixes both."""
    if word.isalpha() or word.isdigit() or not any(c.isalpha() for c in word):
        return word
    return word.translate(_LOOKALIKE)


@dataclass(frozen=True, slots=True)
class Feature:
    """One step of a comparison a reviewer can check: what it is, how strongly it holds
    (1: fully), and what it says in words."""

    name: str  # "family_name", "given_names", "legal_form", ...
    score: float
    detail: str


Reasons = tuple[Feature, ...]
