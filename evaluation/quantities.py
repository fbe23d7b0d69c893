"""Score `find_claims` on NewsQuant and on the demo corpus's claim gold.

`python -m evaluation.quantities` prints:

(a) NewsQuant (`/work/shared/datasets/newsquant-cqe`, internal use only, see its README): value
and value+unit P/R/F1, matched as in CQE_Evaluation's `evaluate_models.py` (per sentence, each gold
quantity takes the first prediction with a close value; ranges compare as pairs; a prediction is
used up only once its unit also matches). The set has no train/dev part, so it is split by
sentence parity: even sentences were looked at while writing the grammar ("dev"), odd ones were
not ("test"). NewsQuant also annotates ages ("a 50-year-old") and counts of one written as a
word ("one solution"), which sourcebook does not keep as claims. The "all" lines keep them in
the gold, as misses, and are the figures to compare with CQE's; the "in scope" lines leave them
out of the gold (ages: a normalised unit "age" or "... of age"; ones: value 1 in a sentence
without the digit 1) and set aside the predictions with the value of a left-out quantity,
which then neither score nor cost; nothing else differs.
Our claims are written in NewsQuant's terms before matching: units by `UNIT_NAMES`, rates
part by part ("USD per barrel" -> "dollar per barrel"); a count's unit is its subject, singular,
without stop words ("new jobs" -> "new job"); fractions written in words,
which sourcebook keeps as percentages ("half of" -> 50, unit "%"), as the ratios NewsQuant
writes (0.5).
(b) the demo gold `examples/gold/claims.json`: claim recall (a claim overlaps the gold span) and
value accuracy (value_low and value_high equal the gold) over the recalled claims.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

from evaluation.demo_documents import demo_documents, gold
from sourcebook.analyze.claims import find_claims
from sourcebook.nlp.load import pipe
from sourcebook.records import Claim, Document

NEWSQUANT = Path("/work/shared/datasets/newsquant-cqe/test_sets/NewsQuant.json")
ANCHORS = "anchors (value F1 / value+unit F1): CQE 92.0 / 85.6, quantulum3 73.0 / 47.2"
#: Our units written as NewsQuant's normalised unit names.
UNIT_NAMES = {
    "%": "percentage", "USD": "dollar", "EUR": "euro", "GBP": "pound sterling",
    "JPY": "japanese yen", "CNY": "chinese yuan", "AUD": "australian dollar",
    "HKD": "hong kong dollar", "MYR": "malaysian ringgit", "ILS": "shekel", "INR": "indian rupee",
    "CAD": "canadian dollar", "CHF": "swiss franc", "km": "kilometre", "mi": "mile",
    "m": "metre", "cm": "centimetre", "mm": "millimetre", "kg": "kilogram", "t": "ton",
    "lb": "pound-mass", "ft": "foot", "in": "inch", "yd": "yard", "l": "litre",
    "mph": "mile per hour", "km/h": "kilometre per hour", "°": "degree", "°C": "celsius",
    "°F": "fahrenheit", "MW": "megawatt", "GW": "gigawatt", "kW": "kilowatt", "GB": "gigabyte",
    "hp": "horsepower", "hours": "hour", "minutes": "minute", "seconds": "second",
    "days": "day", "weeks": "week", "months": "month", "years": "year",
    "barrels per day": "barrel per day", "percentage points": "percentage",
    "basis points": "basis point", "Hz": "hertz", "times": "count", "NZD": "new zealand dollar",
    "SGD": "singapore dollar", "DKK": "danish krone", "SEK": "swedish krona",
    "NOK": "norwegian krone", "KRW": "south korean won", "BRL": "brazilian real",
    "RUB": "russian ruble", "ZAR": "south african rand", "km2": "square kilometre",
    "mi2": "square mile", "m2": "square metre", "ft2": "square foot", "m3": "cubic metre",
    "ml": "millilitre", "g": "gram", "mg": "milligram", "nm": "nanometre", "oz": "ounce",
    "gal": "gallon", "pt": "pint", "qt": "quart", "mpg": "mile per gallon", "W": "watt",
    "kWh": "kilowatt hour", "MWh": "megawatt hour", "mAh": "milliampere hour",
    "GPa": "gigapascal", "Nm": "newton metre", "lb-ft": "pound-foot", "rpm": "revolutions per minute",
    "bhp": "brake horsepower", "PS": "horsepower", "dB": "decibel", "TB": "terabyte",
    "MB": "megabyte", "GHz": "gigahertz", "MHz": "megahertz", "acre": "acre", "ha": "hectare",
    "decades": "decade", "centuries": "century", "kn": "knot", "V": "volt", "A": "ampere",
    "barrels": "barrel", "fold": "-", "pence": "penny", "cents": "cent", "MXN": "mexican peso", "µg": "microgram", "µm": "micrometre",
}  # fmt: skip
STOP = frozenset("of the a an and or in on at to for from with by its their his her".split())
FRACTION_WORDS = re.compile(r"%|per\s?cent|pct|(?<![a-z])pc\b", re.I)

Value = float | tuple[float, float]


def value_of(claim: Claim) -> Value | None:
    low, high = claim.value_low, claim.value_high
    if claim.unit == "%" and not FRACTION_WORDS.search(claim.text):
        low, high = (None if v is None else v / 100 for v in (low, high))  # "half" -> 0.5
    if low is not None and high is not None:
        return low if low == high else (low, high)
    return low if low is not None else high


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def unit_name(claim: Claim, doc_text: str) -> str:
    if claim.unit is None:
        words = [w for w in (claim.subject or "-").lower().split() if w not in STOP]
        return " ".join(singular(w) for w in words) or "-"
    if claim.unit in UNIT_NAMES:
        return UNIT_NAMES[claim.unit].lower()
    base, _, per = claim.unit.partition(" per ")
    name = UNIT_NAMES.get(base, base).lower()
    return f"{name} per {singular(per.lower())}" if per else name


def gold_value(text: str) -> Value:
    if "E" not in text and not text.startswith("-") and "-" in text:
        low, high = text.split("-")
        return (float(low), float(high))
    return float(text)


def close(a: Value, b: Value) -> bool:
    if isinstance(a, tuple) and isinstance(b, tuple):
        return all(
            math.isclose(x, y, rel_tol=1e-5, abs_tol=1e-8) for x, y in zip(a, b, strict=True)
        )
    if isinstance(a, tuple) or isinstance(b, tuple):
        return False
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def prf(hits: int, gold_total: int, predicted: int) -> str:
    p = hits / predicted if predicted else 0.0
    r = hits / gold_total if gold_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {100 * p:5.1f}  R {100 * r:5.1f}  F1 {100 * f:5.1f}"


ONE_DIGIT = re.compile(r"(?<![\d.,])1(?![\d]|[.,]\d)")


def out_of_scope(quantity: dict[str, str], text: str) -> bool:
    """An age, or a count of one written as a word: not claims for sourcebook."""
    unit = quantity["normalized_unit"].lower()
    if unit == "age" or unit.endswith(" of age"):
        return True
    return gold_value(quantity["value"]) == 1.0 and not ONE_DIGIT.search(text)


def matches(
    quantities: list[dict[str, str]], predictions: list[tuple[Value, str]]
) -> tuple[int, int]:
    """Value and value+unit hits in one sentence, as CQE_Evaluation counts them."""
    value_hits = unit_hits = 0
    left, budget = list(predictions), len(quantities)
    for quantity in sorted(quantities, key=lambda q: q["normalized_unit"]):
        want, want_unit = gold_value(quantity["value"]), quantity["normalized_unit"].lower()
        for prediction in left:
            if not close(want, prediction[0]):
                continue
            if budget > 0:
                value_hits += 1
                budget -= 1
            if prediction[1] == want_unit:
                unit_hits += 1
                left.remove(prediction)
                break
    return value_hits, unit_hits


def newsquant() -> None:
    if not NEWSQUANT.is_file():
        print(f"NewsQuant: skipped ({NEWSQUANT} not found)")
        return
    data = json.loads(NEWSQUANT.read_text(encoding="utf-8"))
    texts = [item["text"] for item in data]
    docs = pipe(texts)
    # per (split, scope): gold, predicted, value hits, value+unit hits
    totals = {(s, scope): [0, 0, 0, 0] for s in ("dev", "test") for scope in ("all", "in scope")}
    for number, (item, doc) in enumerate(zip(data, docs, strict=True)):
        document = Document(id=str(number), path="", media_type="text/plain", text=item["text"])
        predictions = [
            (value, unit_name(c, item["text"]))
            for c in find_claims(doc, document)
            if (value := value_of(c)) is not None
        ]
        split = "dev" if number % 2 == 0 else "test"
        kept = [q for q in item["quantities"] if not out_of_scope(q, item["text"])]
        dropped = [gold_value(q["value"]) for q in item["quantities"] if q not in kept]
        # a prediction of a left-out figure ("one year") neither scores nor costs in scope
        aside = [p for p in predictions if not any(close(v, p[0]) for v in dropped)]
        for scope, quantities, found in (
            ("all", item["quantities"], predictions),
            ("in scope", kept, aside),
        ):
            total = totals[(split, scope)]
            value_hits, unit_hits = matches(quantities, found)
            total[0] += len(quantities)
            total[1] += len(found)
            total[2] += value_hits
            total[3] += unit_hits
    print("NewsQuant (904 quantities in 590 sentences; in scope: without ages and word ones)")
    for (name, scope), (gold_total, predicted, value, unit) in totals.items():
        label = f"{name} {scope}"
        print(f"  {label:13} value       {prf(value, gold_total, predicted)}  (gold {gold_total})")
        print(f"  {label:13} value+unit  {prf(unit, gold_total, predicted)}")
    print(f"  {ANCHORS} (all); goal: value F1 >= 92.0")


def demo() -> None:
    documents = demo_documents()
    claims_gold = gold("claims.json")["claims"]
    wanted = sorted({c["file"] for c in claims_gold})
    found = {
        key: find_claims(doc, documents[key])
        for key, doc in zip(wanted, pipe(documents[k].text for k in wanted), strict=True)
    }
    recalled = right = 0
    misses = []
    for item in claims_gold:
        text = documents[item["file"]].text
        # OCR keeps line breaks: find the gold string with any whitespace between words
        where = re.search(r"\s+".join(map(re.escape, item["text"].split())), text)
        at, end = (where.start(), where.end()) if where else (-1, -1)
        match = next(
            (c for c in found[item["file"]] if at >= 0 and c.start < end and at < c.end), None
        )
        if match is None:
            misses.append(f"  {item['id']} missed: {item['text']!r}")
            continue
        recalled += 1
        if (match.value_low, match.value_high) == (item["value_low"], item["value_high"]):
            right += 1
        else:
            misses.append(
                f"  {item['id']} value {match.value_low}-{match.value_high}: {item['text']!r}"
            )
    total = len(claims_gold)
    extra = sum(len(claims) for claims in found.values()) - recalled
    print(f"demo claims ({total} gold in {len(wanted)} files)")
    print(f"  claim recall    {recalled}/{total} = {recalled / total:.3f} (goal >= 0.90)")
    print(f"  value accuracy  {right}/{recalled} = {right / max(recalled, 1):.3f} (goal >= 0.95)")
    print(
        f"  other figures found in those files (not in the gold, which lists disputed ones): {extra}"
    )
    print("\n".join(misses))


def main() -> None:
    newsquant()
    demo()


if __name__ == "__main__":
    main()
