"""The compiled number grammar that `quantities` reads figures with: one scan per document.

Each alternation is written as a trie (`alt`), so a word that starts no number word, hedge,
currency or unit fails at its first letter; the vocabulary is in `quantity_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sourcebook.analyze.quantity_words import (
    CODES,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    CURRENCY_WORD,
    FRACTIONS,
    MEASURES,
    PER,
    QUALIFIERS,
    SMALL,
    TIGHT,
    TIME_UNITS,
    VAGUE,
)


def alt(words: Iterable[str]) -> str:
    """A regex alternation written as a trie, so that a word that starts none of `words` fails
    at its first letter; longer words are tried first, so "per cent" wins over "per"."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie(trie)


def _trie(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{inner})?"
    return inner


_WORD = rf"(?:{alt(SMALL)})(?:[\s-](?:{alt(k for k, v in SMALL.items() if 0 < v < 10)}))?"
_SCALE_W = r"(?:hundred|thousand|lakh|crore|million|billion|trillion|dozen)"
_MEASURE = rf"(?:{alt(MEASURES)})"
_SPACE_MEASURE = rf"(?:{alt(k for k, v in MEASURES.items() if v not in TIME_UNITS)})"
#: A word number ends at a word boundary, or at a hyphen before a unit other than time: "a
#: six-mile trip" is a distance, "a five-year plan" names a span rather than counting.
_NUM_W = (
    rf"(?:(?:{_WORD}|an?)\s+{_SCALE_W}(?:\s+(?:and\s+)?(?:{_WORD}|{_SCALE_W}))*"
    rf"|(?:half|a\s+quarter)(?:\s+of)?\s+an?\s+(?:million|billion|trillion)|{_WORD})"
    rf"(?!\w|-(?!{_SPACE_MEASURE}(?!\w)))"
)
_LB = r"(?<![\w.,/:#§])"  # a figure does not continue a word, a decimal, a date or a reference
#: Digits, with a trailing fraction when one is written: "10 1/2 miles", "2½ years".
_NUM_D = (
    r"(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+|\s\d[/⁄][248](?=\s)|[½¼¾⅓⅔])?|\.\d+|[½¼¾⅓⅔])"
    r"(?![\d/:]|,\d|\.\d)"
)
_SCALE_D = (
    r"(?:\s?(?:hundred|thousand|lakh|crore|million|billion|trillion|dozen)"
    r"(?:\s(?:thousand|million|billion))?"
    r"|\s?(?:mn|mln|bn|tn|trn)|m|b|k)(?![\w])"
)
_NUMBER = rf"(?:{_NUM_D}(?:{_SCALE_D})?|{_NUM_W}(?:\s+{_SCALE_W})?)"
_CUR = rf"(?:(?:{alt(CURRENCY_PREFIX)})\s?|(?:{'|'.join(CODES)})\s?)"
_QUAL = alt(QUALIFIERS)
_UNIT = (
    rf"(?:-?(?:year|month|week|day)s?-old|(?:years?|months?)[\s-]old|{alt(CURRENCY_WORD)}"
    rf"|{'|'.join(CODES)}|{_MEASURE}|(?<=\d)(?:{alt(TIGHT)})|(?:{alt(CURRENCY_SUFFIX)})(?!\s?\d))"
)
_PER = (
    rf"(?:\s?/\s?|\s(?:per|a|an|each)\s)(?:{alt(PER)})(?![\w])"
    r"(?!\s+(?:earlier|ago|before|later|after|previously)\b)"  # "a year earlier" is no rate
)
_SEP = r"(?:(?<=[\d%])\s?[-–]\s?|\sto\s|\sand\s|\sor\s)"
_FRAC = (
    rf"(?:{alt(FRACTIONS)})(?=\s+(?:of|the|a|an|their|its|his|her|all)\b)"
    rf"(?!\s+(?:of\s+)?an?\s+{_SCALE_W})"
    r"|(?P<over>\d+)\s?[/⁄]\s?(?P<under>\d+)(?=\s+of\b)"
)
_SHARE = rf"\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>{_WORD}|\d{{1,3}})(?![\w%]|\s?per|[.,]\d)"
_VAGUE = rf"(?:(?:tens|hundreds|dozens|scores)\s+of\s+)?(?:{alt(VAGUE)})(?=\s+of\b)"

PATTERN = re.compile(
    rf"""
    (?<![\w$€£¥])
    (?:(?P<qual>{_QUAL})\s+)?
    (?:
      (?P<frac>{_FRAC})
    | (?P<vague>{_VAGUE})(?:\s+of\s+(?P<vunit>{alt(CURRENCY_WORD)})(?!\w))?
    | (?P<cur1>{_CUR})?(?P<neg>(?:minus|negative)[\s-]?|[-−](?=[\d.]))?(?(cur1)|(?(neg)|{_LB}))
      (?P<n1>{_NUMBER})(?P<share>{_SHARE})?
      (?:(?P<usp1>\s|-)?(?P<unit1>{_UNIT})(?={_SEP}(?:{_CUR})?[\d.a-z]))?
      (?:\s*(?P<sep>{_SEP})(?P<cur2>{_CUR})?(?(cur2)|{_LB})(?P<n2>{_NUMBER}))?
      (?:(?P<usp>\s|-|\s-\s)?(?P<unit>{_UNIT})(?![\w]))?
      (?P<per>{_PER})?
      (?P<post>\s+or\s+more|\s+or\s+so|\+)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)
