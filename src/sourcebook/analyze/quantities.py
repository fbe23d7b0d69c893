"""The number grammar: figures in digits and words, with their qualifier, range and unit.

Pure text in, `Quantity` out; `claims` adds syntax (the subject) and drops what is not a claim.
Bounds follow the wording, not a guess at the truth, so that claims compare by interval:

- exact ("300", "about 300", "some 300"): low = high = 300; "about" is kept as the qualifier;
- lower bounds ("more than", "over", "at least", "300 or more"): low = 300, high = None;
- upper bounds ("nearly", "almost", "up to", "fewer than", "at most"): low = None, high = 300,
  as "nearly 300" rules out 300 and above but says nothing firm about how far below;
- ranges ("between 200 and 350", "200 to 350", "200-350", "$1-2bn"): low = 200, high = 350.

Fractions of a whole ("nearly half", "a third of") read as percentages (unit "%"), so they
compare with written percentages. Every match also gets a `kind`; years, dates, ages, ordinals,
times of day, phone numbers and references ("Article 12") are recognised so they can be dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {
    "hundred": 1e2, "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6,
    "m": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
}  # fmt: skip
FRACTIONS = {
    "half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "two thirds": 200 / 3,
    "two-thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
    "three-quarters": 75.0, "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0,
}  # fmt: skip
#: Normalised qualifier for each written hedge, and which bound it leaves open.
QUALIFIERS = {
    "more than": ("more than", "low"), "over": ("more than", "low"),
    "above": ("more than", "low"), "in excess of": ("more than", "low"),
    "upwards of": ("more than", "low"), "greater than": ("more than", "low"),
    "exceeding": ("more than", "low"), "at least": ("at least", "low"),
    "no fewer than": ("at least", "low"), "no less than": ("at least", "low"),
    "a minimum of": ("at least", "low"), "at most": ("at most", "high"),
    "no more than": ("at most", "high"), "not more than": ("at most", "high"),
    "a maximum of": ("at most", "high"), "fewer than": ("fewer than", "high"),
    "less than": ("fewer than", "high"), "under": ("fewer than", "high"),
    "below": ("fewer than", "high"), "nearly": ("nearly", "high"),
    "almost": ("nearly", "high"), "close to": ("nearly", "high"),
    "just under": ("nearly", "high"), "just shy of": ("nearly", "high"),
    "up to": ("up to", "high"), "as many as": ("up to", "high"),
    "as much as": ("up to", "high"), "about": ("about", ""), "around": ("about", ""),
    "approximately": ("about", ""), "roughly": ("about", ""), "some": ("about", ""),
    "an estimated": ("about", ""), "circa": ("about", ""), "approx.": ("about", ""),
    "between": ("between", ""), "from": ("between", ""),
}  # fmt: skip
CURRENCY_PREFIX = {
    "us$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "a$": "AUD", "au$": "AUD",
    "c$": "CAD", "hk$": "HKD", "rs": "INR", "₹": "INR", "₪": "ILS", "rm": "MYR",
}  # fmt: skip
CODES = "USD EUR GBP JPY CNY RMB CHF AUD CAD HKD INR MYR ILS SEK NOK DKK RUB BRL ZAR".split()
CURRENCY_WORD = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP",
    "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "ringgit": "MYR", "shekels": "ILS", "swiss francs": "CHF", "francs": "CHF",
}  # fmt: skip
MEASURES = {
    "per cent": "%", "percent": "%", "pct": "%", "pc": "%", "%": "%", "percentage points": "percentage points",
    "percentage point": "percentage points", "basis points": "basis points",
    "kilometres": "km", "kilometers": "km", "km": "km", "miles": "mi", "mile": "mi",
    "metres": "m", "meters": "m", "m": "m", "centimetres": "cm", "cm": "cm", "mm": "mm",
    "millimetres": "mm", "kilograms": "kg", "kg": "kg", "grams": "g", "tonnes": "t", "tons": "t",
    "pounds": "lb", "lbs": "lb", "lb": "lb", "feet": "ft", "ft": "ft", "foot": "ft",
    "inches": "in", "inch": "in", "yards": "yd", "yard": "yd", "acres": "acre",
    "hectares": "ha", "ha": "ha", "square kilometres": "km2", "square miles": "mi2",
    "square metres": "m2", "square feet": "ft2", "litres": "l", "liters": "l",
    "gallons": "gal", "barrels": "barrels", "mph": "mph", "km/h": "km/h", "kph": "km/h",
    "degrees": "°", "°c": "°C", "°f": "°F", "megawatts": "MW", "mw": "MW", "gw": "GW",
    "gigawatts": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gb": "GB", "tb": "TB",
    "mb": "MB", "hz": "Hz", "ghz": "GHz", "mhz": "MHz", "hp": "hp", "horsepower": "hp",
    "hours": "hours", "hour": "hours", "minutes": "minutes", "seconds": "seconds",
    "days": "days", "weeks": "weeks", "months": "months", "years": "years",
    "times": "times", "fold": "fold", "min": "minutes", "mins": "minutes",
    "decibels": "dB", "db": "dB", "bhp": "hp", "ppm": "ppm", "ppb": "ppb",
}  # fmt: skip


def _alt(words: Iterable[str]) -> str:
    """A regex alternation, longest first so "per cent" wins over "per"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_WORD = rf"(?:{_alt(SMALL)})(?:[\s-](?:{_alt(k for k, v in SMALL.items() if 0 < v < 10)}))?"
_SCALE_W = r"(?:hundred|thousand|million|billion|trillion|dozen)"
_NUM_W = (
    rf"(?:(?:{_WORD}|an?)\s+{_SCALE_W}(?:\s+(?:and\s+)?(?:{_WORD}|{_SCALE_W}))*|{_WORD})(?![\w-])"
)
_NUM_D = r"(?<![\w.,/:#§])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d/:]|,\d|\.\d)"
_SCALE_D = r"(?:\s?(?:hundred|thousand|million|billion|trillion|dozen)|\s?(?:mn|mln|bn|tn|trn)|m|b|k)(?![\w])"
_NUMBER = rf"(?:{_NUM_D}(?:{_SCALE_D})?|{_NUM_W}(?:\s+{_SCALE_W})?)"
_CUR = rf"(?:(?:{_alt(CURRENCY_PREFIX)})\s?|(?:{'|'.join(CODES)})\s)"
_QUAL = _alt(QUALIFIERS)
_UNIT = rf"(?:{_alt(CURRENCY_WORD)}|{'|'.join(CODES)}|{_alt(MEASURES)}|-?year-old|years?[\s-]old)"
_PER = r"(?:\s(?:per|a|an|each)\s(?:day|week|month|year|hour|minute|second|barrel|person|capita|share|head|tonne|kilo|litre|gallon))"
_FRAC = rf"(?:{_alt(FRACTIONS)})(?=\s+(?:of|the|a|an|their|its|his|her|all)\b)"

PATTERN = re.compile(
    rf"""
    (?<![\w$€£¥])
    (?:(?P<qual>{_QUAL})\s+)?
    (?:
      (?P<frac>{_FRAC})
    | (?P<cur1>{_CUR})?(?P<n1>{_NUMBER})
      (?:\s*(?P<sep>(?<=\d)\s?[-–]\s?|\sto\s|\sand\s)(?P<cur2>{_CUR})?(?P<n2>{_NUMBER}))?
      (?:(?P<usp>\s|-|\s-\s)?(?P<unit>{_UNIT})(?![\w]))?
      (?P<per>{_PER})?
      (?P<post>\s+or\s+more|\s+or\s+so|\+)?
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_BEFORE = re.compile(rf"\b{_MONTH}\s*$", re.I)
_DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?(?:\s+of)?\s+{_MONTH}(?!\w)", re.I)
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages|age of|the age of)\s*$", re.I)
_REF_BEFORE = re.compile(
    r"\b(?:article|art\.|page|pages|p\.|pp\.|section|sec\.|§|chapter|paragraph|para\.?|clause|"
    r"item|no\.|number|nos?\.|row|rule|amendment|resolution|form|figure|fig\.|table|annex|"
    r"appendix|volume|vol\.|issue|room|flight|route|highway|level|grade|phase|stage|round|week|"
    r"game|title|part|schedule|box|exhibit|gate|bus|track|platform|line|seat|#)\s*$",
    re.I,
)
_TIME_AFTER = re.compile(r"^\s?(?:a\.?m\.?|p\.?m\.?|o'clock|hrs|gmt|utc)(?![\w])", re.I)
_PHONE = re.compile(
    r"(?:\+\d[\d\s().-]{7,}\d|\(\d{2,5}\)\s?\d[\d\s-]{4,}\d|\b\d{3}-\d{3,4}(?:-\d{4})?\b)"
)
_ID_AFTER = re.compile(r"^-?[a-z]", re.I)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in the text; `kind` is "count", "percent", "money", "measure" or a non-claim
    kind ("year", "date", "age", "ordinal", "time", "phone", "reference")."""

    start: int
    end: int
    text: str
    value_low: float | None
    value_high: float | None
    unit: str | None
    qualifier: str | None
    kind: str
    number_start: int  # the figure itself, without qualifier or currency: where syntax attaches
    number_end: int


def parse_number(text: str) -> float | None:
    """ "2,000" → 2000, "4.5bn" → 4.5e9, "two thousand five hundred" → 2500, "a dozen" → 12."""
    words = re.findall(r"\d[\d,]*(?:\.\d+)?|\.\d+|[a-z]+", text.lower().replace("-", " "))
    total = current = 0.0
    seen = False
    for word in words:
        if word[0].isdigit() or word[0] == ".":
            current += float(word.replace(",", ""))
        elif word in SMALL:
            current += SMALL[word]
        elif word in ("a", "an"):
            current += 1
        elif word == "dozen":
            current = (current or 1) * 12
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * SCALES[word]
            current = 0.0
        elif word == "and":
            continue
        else:
            return None
        seen = True
    return total + current if seen else None


def _kind_of_plain(text: str, start: int, end: int, value: float, digits: str) -> str | None:
    """Which non-claim a bare number is, judged from the characters around it."""
    before, after = text[max(0, start - 25) : start], text[end : end + 25]
    if re.match(r"^(?:st|nd|rd|th)\b", after, re.I):
        return "ordinal" if not _DATE_AFTER.match(after) else "date"
    if _DATE_BEFORE.search(before) or _DATE_AFTER.match(after):
        return "date"
    if re.match(r"^[:.]\d{2}\b", after) or _TIME_AFTER.match(after):
        return "time"
    if _AGE_BEFORE.search(before) or re.match(r"^-?\s?years?[\s-]old\b", after, re.I):
        return "age"
    if re.search(r"[A-Z][a-z]+,\s$", before) and re.match(r"^,", after) and value < 120:
        return "age"  # "John Smith, 45, said"
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", digits) and re.match(r"^'?s\b", after):
        return "year"
    if re.search(r"\w-?$", before) or _ID_AFTER.match(after) or re.match(r"0\d", digits):
        return "reference"
    if _REF_BEFORE.search(before):
        return "reference"
    if re.fullmatch(r"1[5-9]\d\d|20\d\d", digits):
        return "year"
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, claims and non-claims alike, in reading order."""
    found: list[Quantity] = []
    phones = [m.span() for m in _PHONE.finditer(text)]
    position = 0
    while (match := PATTERN.search(text, position)) is not None:
        quantity = _read(text, match)
        if quantity is not None and any(a <= quantity.start < b for a, b in phones):
            quantity = replace(quantity, kind="phone")
        if quantity is not None:
            found.append(quantity)
        position = max(quantity.end if quantity else match.end(), match.start() + 1)
    return found


def _read(text: str, match: re.Match[str]) -> Quantity | None:
    qual_text = (match["qual"] or "").lower()
    qualifier, open_side = QUALIFIERS.get(qual_text, (None, ""))
    if match["frac"]:
        value = FRACTIONS[match["frac"].lower()]
        low, high = _bounds(value, value, open_side)
        return Quantity(
            match.start(), match.end(), match[0], low, high, "%", qualifier, "percent",
            match.start("frac"), match.end("frac"),
        )  # fmt: skip
    n1, n2 = match["n1"], match["n2"]
    if (
        qual_text == "from"
        and not n2
        or (match["sep"] or "").strip() == "and"
        and qualifier != "between"
    ):
        return _reread(text, match)
    if qualifier == "between" and not n2:
        qualifier, open_side = None, ""
    unit_text = (match["unit"] or "").lower()
    currency = _currency(match["cur1"] or match["cur2"] or "", unit_text)
    unit = currency or MEASURES.get(unit_text.replace("-", " ").strip())
    if unit_text.endswith("year-old") or unit_text.endswith(" old"):
        return _plain(match, "age")
    first, second = _magnitude(n1, currency), _magnitude(n2, currency) if n2 else None
    if first is None or (n2 and second is None):
        return None
    if unit_text == "m" and not currency and not n1.endswith("M"):
        unit = "m"
    if n1.strip().lower() in ("one", "a", "an") and not (qualifier or unit or n2):
        return None  # "one of the", "no one": too rarely a figure to keep
    if n2 and second is not None:
        if _SCALE_ONLY.search(n2) and not _SCALE_ONLY.search(n1) and first < second:
            first *= _scale_of(n2)
        if second < first:
            return _reread(text, match)
        low, high, qualifier = first, second, "between"
    else:
        low, high = _bounds(first, first, open_side)
    low, high = _tidy(low), _tidy(high)
    if match["post"]:
        post = match["post"].strip().lower()
        if post in ("or more", "+"):
            low, high, qualifier = first, None, qualifier or "at least"
        elif post == "or so":
            qualifier = qualifier or "about"
    if match["per"] and unit:
        unit = f"{unit} {match['per'].strip().lower()}"
    kind = "money" if currency else "percent" if unit == "%" else "measure" if unit else "count"
    if kind == "count" and not qualifier and not n2:
        digits = re.sub(r"[,\s]", "", n1)
        other = _kind_of_plain(text, match.start("n1"), match.end("n1"), first, digits)
        if other:
            kind = other
    elif n2 and (
        _DATE_AFTER.match(text[match.end("n2") :])
        or _DATE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    ):
        kind = "date"
    elif kind in ("count", "measure") and re.match(r"^(?:st|nd|rd|th)\b", text[match.end("n1") :]):
        kind = "ordinal"
    if kind == "count" and _REF_BEFORE.search(text[max(0, match.start() - 25) : match.start()]):
        kind = "reference"
    return Quantity(
        match.start(), match.end(), match[0], low, high, unit, qualifier, kind,
        match.start("n1"), match.end("n2") if n2 else match.end("n1"),
    )  # fmt: skip


_SCALE_ONLY = re.compile(r"(?:\d|\s)(?:hundred|thousand|million|billion|trillion|mn|bn|m|k)$", re.I)


def _scale_of(number: str) -> float:
    word = re.search(r"([a-z]+)$", number.lower())
    return SCALES.get(word.group(1), 1.0) if word else 1.0


def _magnitude(number: str, currency: str | None) -> float | None:
    """The value, reading a trailing "m" as million only for money (else it is metres)."""
    if re.search(r"\dm$", number) and not currency:
        return parse_number(number[:-1])
    return parse_number(number)


def _currency(prefix: str, unit_text: str) -> str | None:
    key = prefix.strip().lower()
    if key:
        return CURRENCY_PREFIX.get(key) or key.upper()
    if unit_text.upper() in CODES:
        return "CNY" if unit_text.upper() == "RMB" else unit_text.upper()
    return CURRENCY_WORD.get(unit_text)


def _tidy(value: float | None) -> float | None:
    """4.1 * 1e6 is 4099999.9999999995: round to the digits anyone could have written."""
    return None if value is None else float(f"{value:.12g}")


def _bounds(low: float, high: float, open_side: str) -> tuple[float | None, float | None]:
    if open_side == "low":
        return low, None
    if open_side == "high":
        return None, high
    return low, high


def _plain(match: re.Match[str], kind: str) -> Quantity:
    value = parse_number(match["n1"])
    return Quantity(
        match.start(), match.end(), match[0], value, value, None, None, kind,
        match.start("n1"), match.end("n1"),
    )  # fmt: skip


def _reread(text: str, match: re.Match[str]) -> Quantity | None:
    """A range that is not one ("aged 20 and 30", "from 5"): read the first figure alone."""
    end = match.end("n1")
    again = PATTERN.match(
        text[:end], match.start("n1") if match["qual"] == "from" else match.start()
    )
    if again is None or again["n2"]:
        return None
    return _read(text, again)
