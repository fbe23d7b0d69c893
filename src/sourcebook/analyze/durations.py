"""How long and how often: durations ("three years", "the past two weeks", "a 10-year note")
and sets ("every week", "annually", "$5 million a year"), with their TimeML values.

A duration is written as ISO 8601 writes it, the unit counted as the text counts it ("P3Y",
"PT5H", "P2W"); a count the text leaves vague ("years", "the next few days") is "X" ("PXY").
Decades and centuries count in years ("two decades" is P20Y), as TimeML annotators wrote them.
These are not dated statements, so the time analyzer gives them no `Event`.
"""

from __future__ import annotations

import re

_ONES = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_NUMBERS: dict[str, int] = {w: i + 1 for i, w in enumerate(_ONES)}
WORD_NUMBERS |= {w: 10 * (i + 2) for i, w in enumerate(_TENS)}
WORD_NUMBERS |= {"a": 1, "an": 1, "a hundred": 100, "one hundred": 100, "hundred": 100}
WORD_NUMBERS |= {"a couple of": 2, "couple of": 2}
VAGUE = {"few", "several", "many", "some", "couple", "recent", "coming", "past", "numerous"}

_WORD = "|".join(sorted(WORD_NUMBERS, key=len, reverse=True))
_TEN = "|".join(_TENS)
#: a count: "24", "1,000", "twenty-four", "twenty four", "5 1/2", "a couple of", "several"
NUMBER = (
    rf"(?:\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?(?:\s+1/2|½)?|(?:{_TEN})[-\s](?:{'|'.join(_ONES[:9])})"
    rf"|{_WORD}|a\s+few|few|several|many|numerous)"
)
_UNIT = r"second|minute|hour|day|night|week|month|quarter|year|decade|century|centurie"
_UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "month": "M", "quarter": "Q", "year": "Y", "decade": "Y", "century": "Y", "centurie": "Y",
}  # fmt: skip
_SCALE = {"decade": 10, "century": 100, "centurie": 100}
#: modifiers TimeML keeps inside the extent ("nearly two years"); "about", "within", "only"
#: stay outside, as the annotated news corpora have them
_MOD = (
    r"(?:(?:nearly|almost|more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to"
    r"|no\s+more\s+than|no\s+less\s+than|well\s+over)\s+)?"
)
_REL = (
    r"(?:(?:the\s+|these\s+|those\s+|each\s+of\s+the\s+)?(?:(?:past|last|next|previous|coming"
    r"|first|final|latest|following|remaining|initial|ensuing|preceding)\s+)?)?"
)
_FILL = r"(?:(?:more|additional|further|full|straight|consecutive|trading|business|working)\s+)?"

#: (kind, pattern): a counted span, a hyphenated one ("10-year"), a bare plural after a
#: vague word, a set ("every week", "daily", "twice a year").
PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("duration", rf"\b{_MOD}{_REL}(?P<n>{NUMBER})\s+{_FILL}(?P<unit>{_UNIT})s?\b"
                     r"(?!-)"),
        ("duration", rf"\b(?P<n>{NUMBER})-(?P<unit>{_UNIT})s?(?:-long)?\b(?!-)"),
        ("duration", r"\b(?P<unit>day|week|month|year|hour)-long\b"),
        ("duration", r"\b(?P<unit>decade|year|month|week|day|hour|centurie)s-long\b"),
        ("duration", rf"\b{_MOD}(?:the\s+)?(?P<vague>recent|coming|past|last|next|few|several"
                     rf"|many)\s+(?P<unit>{_UNIT})s\b"),
        ("duration", rf"(?<=\bfor\s)(?P<unit>{_UNIT})s\b"),
        ("set", rf"\b(?:every|each)\s+(?:other\s+|single\s+)?(?P<unit>{_UNIT})\b"),
        ("set", r"\b(?P<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly)\b"),
        ("set", r"\b(?:(?:once|twice|(?:\w+)\s+times)\s+)?(?:a|per)\s+"
                r"(?P<unit>day|week|month|year)\b"),
    )
)  # fmt: skip

_ADVERBS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y",
    "yearly": "P1Y", "hourly": "PT1H",
}  # fmt: skip


def count(text: str) -> float | None:
    """The number a count stands for; None for a vague one ("several", "a few")."""
    text = " ".join(text.lower().replace("-", " ").split())
    half = 0.5 if text.endswith(("1/2", "½")) else 0.0
    text = text.removesuffix("1/2").removesuffix("½").strip()
    if text in WORD_NUMBERS:
        return WORD_NUMBERS[text] + half
    words = text.split()
    if len(words) == 2 and words[0] in _TENS and words[1] in WORD_NUMBERS:
        return WORD_NUMBERS[words[0]] + WORD_NUMBERS[words[1]]
    try:
        return float(text.replace(",", "")) + half
    except ValueError:
        return None


def period_value(amount: float | None, unit: str) -> str:
    """ISO 8601 for `amount` units: "P3Y", "PT5H", "P2Y6M" for two and a half years."""
    unit = unit.lower().removesuffix("s")
    code = _UNIT_CODES.get(unit, "Y")
    prefix, letter = ("PT", code[1]) if code.startswith("T") else ("P", code)
    if amount is None:
        return f"{prefix}X{letter}"
    amount *= _SCALE.get(unit, 1)
    whole = int(amount)
    if amount == whole:
        return f"{prefix}{whole}{letter}"
    halves = {"Y": f"{whole}Y6M", "D": f"{whole}DT12H", "H": f"{whole}H30M", "M": f"{whole}M30S"}
    if letter in halves and not (letter == "M" and prefix == "P"):
        return prefix + halves[letter]
    return f"{prefix}{amount:g}{letter}"


def duration_value(match: re.Match[str]) -> str:
    groups = match.groupdict()
    unit = groups["unit"]
    if groups.get("n") is None:
        one = match.group().lower().endswith(f"{unit.lower()}-long")  # "day-long"
        return period_value(1 if one else None, unit)
    return period_value(count(groups["n"]), unit)


def set_value(match: re.Match[str]) -> str:
    groups = match.groupdict()
    if groups.get("adverb"):
        return _ADVERBS[groups["adverb"].lower()]
    return period_value(1, groups["unit"])
