"""A name in Arabic script against its romanisation, letter by letter.

Arabic script writes consonants and long vowels (ا, و, ي) and leaves short vowels out; a
romanisation writes them all, and may spell one letter several ways (ج as j, g or dj; و as
w, u, ou or oo). So the Arabic word, in the Latin letters `anyascii` gives it ("mhmd" for
محمد, "hsyn" for حسين), becomes a pattern the romanised word must fill: each consonant in
one of its spellings, a long vowel in one of its own, and at most one short vowel between
two letters. "Muhammad" fills محمد, "Mahmoud" does not (its "ou" is a written و); "Hussein"
fills حسين, "Hassan" does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Latin spellings of each letter `anyascii` writes for Arabic script.
_SPELLINGS = {
    "w": "w|ou|oo|u|o|v",  # و, a consonant or a long u/o
    "y": "y|ee|ie|ei|ey|ay|ai|i|e",  # ي, a consonant or a long i/e, or a diphthong
    "a": "aa|a|e|",  # ا: a long a, or nothing where a romanisation leaves it out
    "j": "j|g|dj",  # ج, "g" in Egyptian romanisation
    "q": "q|k|g",  # ق
    "h": "h|kh",  # ح, ه
    "`": "",  # ع: unwritten in most romanisations
    "'": "",  # ء: hamza
}
_SHORT = "[aeiou]?"
#: Latin letters Arabic script writes with its nearest letter; vowels and the letters that
#: write long vowels (w, y) left out: what a name and its romanisation always share.
_CONSONANTS = str.maketrans("pvgq", "bfjk", "aeiouwy`'")
_DOUBLED = re.compile(r"(.)\1")  # one short vowel between two written letters
_DIGRAPHS = ("th", "kh", "sh", "gh", "dh")


def words(written: tuple[str, ...]) -> tuple[str, ...]:
    """An Arabic-script name's words with "Abd" joined to the name it belongs to, as
    romanisations write it: عبد الله is "Abdullah"."""
    joined: list[str] = []
    for word in written:
        if joined and joined[-1] in ("bd", "`bd"):
            joined[-1] += word
        else:
            joined.append(word)
    return tuple(joined)


def fills(arabic: str, latin: str) -> bool:
    """Whether the romanised word `latin` spells the Arabic-script word `arabic`."""
    return _pattern(arabic).fullmatch(latin) is not None


def consonants(word: str) -> str:
    """The consonants a word and its Arabic-script spelling share, the article's l and a
    final h (ة) left out: what the screening index keys Arabic names by."""
    letters = _DOUBLED.sub(r"\1", word.translate(_CONSONANTS))
    if letters.startswith("l") and len(letters) > 3:
        letters = letters[1:]
    return letters[:-1] if len(letters) > 2 and letters.endswith("h") else letters


@lru_cache(maxsize=65536)
def _pattern(arabic: str) -> re.Pattern[str]:
    parts = []
    i = 0
    letters = arabic.lower()
    if letters.startswith("l") and len(letters) > 3:
        parts.append("(?:[ae][ln]-?)?")  # the article joined to the word: الزين, "Al-Zein"
        i = 1
    while i < len(letters):
        pair = letters[i : i + 2]
        if pair in _DIGRAPHS:
            parts.append(f"(?:{pair})+")
            i += 2
        else:
            letter = letters[i]
            spelled = f"(?:{_SPELLINGS.get(letter, re.escape(letter))})"
            if letter not in "wya`'":
                spelled += "+"  # a doubled consonant: "Abbas", "Muhammad"
            if i == len(letters) - 1 and letter == "h" and i > 1:
                spelled = f"(?:{spelled})?"  # ة at the end, often unwritten: "Fatima"
            parts.append(spelled)
            i += 1
        parts.append(_SHORT)
    return re.compile(_SHORT + "".join(parts) + "[ah]?")
