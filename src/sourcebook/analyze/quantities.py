"""The number grammar: figures in digits and words, with their qualifier, range and unit.

Pure text in, `Quantity` out; `claims` adds syntax (the subject) and drops what is not a claim.
Bounds follow the wording, not a guess at the truth, so that claims compare by interval:

- exact ("300", "about 300", "some 300"): low = high = 300; "about" is kept as the qualifier;
- lower bounds ("more than", "over", "at least", "300 or more"): low = 300, high = None;
- upper bounds ("nearly", "almost", "up to", "fewer than", "at most"): low = None, high = 300,
  as "nearly 300" rules out 300 and above but says nothing firm about how far below;
- ranges ("between 200 and 350", "200 to 350", "200-350", "$1-2bn", "5% to 6%", "three or
  four"): low = 200, high = 350; a change then a level ("rose $1.50 to $65.40", "fell 7% to
  $2.3bn") is two figures, not a range;
- orders of magnitude ("hundreds of", "tens of thousands of"): low = 100, high = 1,000.

Fractions of a whole ("nearly half", "a third of", "one in three", "3 out of 10") read as
percentages (unit "%"), so they compare with written percentages. Every match also gets a
`kind`; years, dates, ages, ordinals, scores, times of day, phone numbers and references
("Article 12") are recognised (`figure_kinds`) so they can be dropped. CJK numerals ("3万人",
"11億歐元") are read by `cjk_numbers`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sourcebook.analyze.cjk_numbers import CJK, find_cjk
from sourcebook.analyze.figure_kinds import (
    DATE_AFTER,
    DATE_BEFORE,
    ORDINAL_AFTER,
    PHONE,
    REF_BEFORE,
    YEAR,
    kind_of_plain,
)
from sourcebook.analyze.quantity_pattern import PATTERN
from sourcebook.analyze.quantity_words import (
    CODES,
    CURRENCY_PREFIX,
    CURRENCY_SUFFIX,
    CURRENCY_WORD,
    FRACTIONS,
    MEASURES,
    QUALIFIERS,
    SCALES,
    TIGHT,
    VAGUE,
    parse_number,
)

#: After a figure with a bare "m": metres ("a 40m (131ft) mast"), else millions ("5m people").
_METRE_AFTER = re.compile(
    r"(?:\s*[^\w\s]|\s*$|\s+(?:long|high|wide|tall|deep|away|of|in|above|below|from|to|and|or)\b)"
)
_CAPS_BEFORE = re.compile(r"[A-Z]{2,}\s?$")
#: Before "A to B" where A is a change and B the level reached: "rose $1.50 to $65.40".
_CHANGE_BEFORE = re.compile(
    r"\b(?:by|up|down|rose|rise[sn]?|rising|fell|falls?|falling|fallen|dropped|drops?|dipped|"
    r"climbed|climbs?|gained|gains?|jumped|jumps?|increased|decreased|declined|slipped|slid|"
    r"surged|soared|plunged|tumbled|sank|added|adds?|lost|loses?|grew|grows?|shrank|cut)\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure in the text; `kind` is "count", "percent", "money", "measure" or a non-claim
    kind ("year", "date", "age", "ordinal", "score", "time", "phone", "reference")."""

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


_DIGITS = re.compile(r"[\d,]+")
_WHEN = re.compile(
    r"\b(?:in|by|until|till|since|before|after|from|through)(?:\s+\S+){0,2}\s$", re.I
)
_SCORE = re.compile(r"\d{1,3}")


def find_quantities(text: str) -> list[Quantity]:
    """Every figure in `text`, claims and non-claims alike, in reading order."""
    found: list[Quantity] = []
    phones = [m.span() for m in PHONE.finditer(text)]
    position = 0
    while (match := PATTERN.search(text, position)) is not None:
        quantity = _read(text, match)
        if quantity is not None and any(a <= quantity.start < b for a, b in phones):
            quantity = replace(quantity, kind="phone")
        if quantity is not None:
            found.append(quantity)
        position = max(quantity.end if quantity else match.end(), match.start() + 1)
    if CJK.search(text):
        found = _with_cjk(text, found)
    return found


def _with_cjk(text: str, found: list[Quantity]) -> list[Quantity]:
    """Add the CJK-written figures; drop English reads of a digit that touches CJK ("，3万")."""
    kept = [q for q in found if not CJK.match(text, q.number_end)]
    for figure in find_cjk(text):
        if any(q.start <= figure.start < q.end for q in kept):
            continue  # the digits of an English figure read again ("between 400 and 500")
        unit = figure.unit
        kind = "money" if unit and unit.isupper() else "percent" if unit == "%" else "count"
        kind = "measure" if unit and kind == "count" else kind
        kept.append(
            Quantity(
                figure.start,
                figure.end,
                text[figure.start : figure.end],
                figure.value_low,
                figure.value_high,
                unit,
                figure.qualifier,
                kind,
                figure.number_start,
                figure.number_end,
            )  # fmt: skip
        )
    return sorted(kept, key=lambda q: q.start)


def _read(text: str, match: re.Match[str]) -> Quantity | None:
    qual_text = (match["qual"] or "").lower()
    qualifier, open_side = QUALIFIERS.get(qual_text, (None, ""))
    if match["frac"]:
        return _fraction(match, qualifier, open_side)
    if match["vague"]:
        return _vague(match, qualifier)
    if match["share"]:
        return _share(text, match, qualifier, open_side)
    n1, n2 = match["n1"], match["n2"]
    sep = (match["sep"] or "").strip().lower()
    unit1_text, unit2_text = (match["unit1"] or "").lower(), (match["unit"] or "").lower()
    cur2 = _currency(match["cur2"] or "", unit2_text)
    unit1 = _unit(match, "unit1", None) if unit1_text else None
    if n2 and (
        sep == "and"
        and qualifier != "between"
        or sep == "to"
        and not qualifier
        and (unit1 or match["cur1"] or _SCALE_ONLY.search(n1))
        and _CHANGE_BEFORE.search(text, max(0, match.start() - 12), match.start())
        or unit1
        and (cur2 or unit2_text)
        and unit1 != _unit(match, "unit", cur2)
        or sep == "or"
        and (qualifier or match["cur1"] or match["cur2"])
    ):
        return _reread(text, match)  # "aged 20 and 30", "rose by 5% to 20%", "5% to $20"
    start = match.start()
    if qualifier == "between" and not n2:  # "from 3.7 per cent": a figure, not a range
        qualifier, open_side = None, ""
        start = match.start("cur1") if match["cur1"] else match.start("neg")
        start = start if start >= 0 else match.start("n1")
    unit_text = unit2_text or unit1_text
    if unit_text == "pounds" and _SCALE_ONLY.search(n2 or n1):
        unit_text = "pounds sterling"  # "361 million pounds" is money
    currency = _currency(match["cur1"] or "", unit_text) or cur2
    raw_prefix = (match["cur1"] or match["cur2"] or "").strip()
    if raw_prefix.lower() == "ps" and (raw_prefix != "PS" or _SCORE.fullmatch(n1)):
        return None  # "PS4" is a console; "PS12,500" is how "£12,500" transliterates
    if unit_text.endswith("-old") or unit_text.endswith(" old"):
        return _plain(match, "age")
    if not currency and _BARE_B.search(n2 or n1):
        return None  # "221B Baker Street": a bare "b" is billions only for money
    first, second = _magnitude(n1, currency), _magnitude(n2, currency) if n2 else None
    if first is None or (n2 and second is None):
        return None
    unit = currency or _unit(match, "unit" if match["unit"] else "unit1", None)
    if not unit and not currency and _BARE_M.search(n1):
        if _METRE_AFTER.match(text, match.end("n1")):
            unit = "m"
        else:
            first *= 1e6  # "5m people"
    if n1.strip().lower() in ("one", "a", "an") and not (qualifier or unit or n2):
        return None  # "one of the", "no one": too rarely a figure to keep
    if match["neg"]:
        if _CAPS_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return None  # "COVID -19": a name with a stray space, not a negative
        first = -first
    if n2 and second is not None:
        if sep == "-" and not unit and _SCORE.fullmatch(n1) and _SCORE.fullmatch(n2.strip()):
            if second <= first:
                return _plain(match, "score", end=match.end("n2"))  # "won 3-1", "at 2-2"
        scale = _scale_of(n2)
        if _SCALE_ONLY.search(n2) and not _SCALE_ONLY.search(n1) and first * scale <= second:
            first *= scale  # "between 1.5 and 2 million", "$1-2bn"
        if second < first or sep == "or" and second == first:
            return _reread(text, match)
        low: float | None = first
        high: float | None = second
        qualifier = "between"
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
        unit = f"{unit} per {_PER_WORD.sub('', match['per']).strip().lower()}"
    kind = "money" if currency else "percent" if unit == "%" else "measure" if unit else "count"
    if kind == "count" and not qualifier and not n2:
        digits = _DIGITS.match(n1)
        other = kind_of_plain(
            text, match.start("n1"), match.end("n1"), first, digits[0] if digits else ""
        )
        if other:
            kind = other
    elif (
        not n2
        and kind == "count"
        and YEAR.fullmatch(n1)
        and _WHEN.search(text, max(0, match.start() - 30), match.start())
    ):
        kind = "year"  # "until at least 2021": a year with a qualifier, not a count
    elif n2 and (
        DATE_AFTER.match(text[match.end("n2") :])
        or DATE_BEFORE.search(text[max(0, match.start() - 12) : match.start()])
    ):
        kind = "date"
    elif n2 and kind == "count" and YEAR.fullmatch(n1) and YEAR.fullmatch(n2):
        kind = "year"  # "between 2014 and 2017"
    elif kind in ("count", "measure") and ORDINAL_AFTER.match(text, match.end("n1")):
        kind = "ordinal"
    if kind == "count" and REF_BEFORE.search(text[max(0, match.start() - 25) : match.start()]):
        kind = "reference"
    number_start = match.start("neg") if match["neg"] else match.start("n1")
    return Quantity(
        start, match.end(), text[start : match.end()], low, high, unit, qualifier, kind,
        number_start, match.end("n2") if n2 else match.end("n1"),
    )  # fmt: skip


_SCALE_ONLY = re.compile(r"(?:\d|\s)(?:hundred|thousand|million|billion|trillion|mn|bn|m|k)$", re.I)
_BARE_M = re.compile(r"\dm$")
_BARE_B = re.compile(r"\d[bB]$")
_PER_WORD = re.compile(r"^\s*(?:/|per\s|an?\s|each\s)", re.I)


def _unit(match: re.Match[str], group: str, currency: str | None) -> str | None:
    """The normalised unit of `group`, keeping the case distinctions of short symbols."""
    raw = match[group] or ""
    if currency:
        return currency
    if raw in TIGHT:
        return TIGHT[raw]
    if raw.lower() in TIGHT:
        return None  # "5G" is a network, not five grams
    if raw == "Nm":
        return "Nm"  # newton metres; "nm" is nanometres
    return _currency("", raw.lower()) or MEASURES.get(raw.lower().replace("-", " ").strip())


def _fraction(match: re.Match[str], qualifier: str | None, open_side: str) -> Quantity | None:
    """ "nearly half", "1/16 of" as percentages."""
    if match["under"]:
        under = float(match["under"])
        value = 100 * float(match["over"]) / under if under else None
    else:
        value = FRACTIONS[match["frac"].lower()]
    if value is None:
        return None
    low, high = _bounds(value, value, open_side)
    return Quantity(
        match.start(), match.end(), match[0], _tidy(low), _tidy(high), "%", qualifier,
        "percent", match.start("frac"), match.end("frac"),
    )  # fmt: skip


def _share(
    text: str, match: re.Match[str], qualifier: str | None, open_side: str
) -> Quantity | None:
    """ "one in three", "3 out of 10" as percentages; "scored 2 in 3 games" is no share."""
    over, under = parse_number(match["n1"]), parse_number(match["den"])
    share = over == 1 or under in (10, 100, 1000) or "out" in match["share"].lower()
    if not over or not under or over >= under or not share or match["cur1"] or match["neg"]:
        return _reread(text, match)
    low, high = _bounds(100 * over / under, 100 * over / under, open_side)
    end = match.end("share")
    return Quantity(
        match.start(), end, text[match.start() : end], _tidy(low), _tidy(high), "%",
        qualifier, "percent", match.start("n1"), end,
    )  # fmt: skip


def _vague(match: re.Match[str], qualifier: str | None) -> Quantity:
    """ "hundreds of", "tens of thousands of": an order of magnitude, 100 to 1,000."""
    low = 1.0
    for word in match["vague"].lower().split():
        low *= VAGUE.get(word, 1.0)
    currency = _currency("", (match["vunit"] or "").lower())
    return Quantity(
        match.start(), match.end(), match[0], low, low * 10, currency, qualifier or "between",
        "money" if currency else "count", match.start("vague"), match.end("vague"),
    )  # fmt: skip


def _scale_of(number: str) -> float:
    word = re.search(r"([a-z]+)$", number.lower())
    return SCALES.get(word.group(1), 1.0) if word else 1.0


def _magnitude(number: str, currency: str | None) -> float | None:
    """The value, reading a trailing "m" as million only for money (else it is metres)."""
    if _BARE_M.search(number) and not currency:
        return parse_number(number[:-1])
    return parse_number(number)


def _currency(prefix: str, unit_text: str) -> str | None:
    key = prefix.strip().lower()
    if key:
        return CURRENCY_PREFIX.get(key) or CURRENCY_PREFIX.get(key.replace(" ", "")) or key.upper()
    if unit_text in CURRENCY_SUFFIX:
        return CURRENCY_SUFFIX[unit_text]
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


def _plain(match: re.Match[str], kind: str, end: int | None = None) -> Quantity:
    value = parse_number(match["n1"])
    return Quantity(
        match.start(), end or match.end(), match[0], value, value, None, None, kind,
        match.start("n1"), match.end("n1"),
    )  # fmt: skip


def _reread(text: str, match: re.Match[str]) -> Quantity | None:
    """A range that is not one ("aged 20 and 30", "from 5"): read the first figure alone."""
    end = match.end("unit1") if match["unit1"] else match.end("n1")
    if match["qual"] and match["qual"].lower() == "from":
        start = match.start("cur1") if match["cur1"] else match.start("neg")
        start = start if start >= 0 else match.start("n1")
    else:
        start = match.start()
    again = PATTERN.match(text[:end], start)
    if again is None or again["n2"]:
        return None
    return _read(text, again)
