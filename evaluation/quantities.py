"""Score `find_claims` on NewsQuant and on the demo corpus's claim gold.

`python -m evaluation.quantities` prints:

(a) NewsQuant (`/work/shared/datasets/newsquant-cqe`, internal use only, see its README): value
and value+unit P/R/F1, matched as in CQE_Evaluation's `evaluate_models.py` (per sentence, each gold
quantity takes the first prediction with a close value; ranges compare as pairs; a prediction is
used up only once its unit also matches). The set has no train/dev part, so it is split by
sentence parity: even sentences were looked at while writing the grammar ("dev"), odd ones were
not ("test"). NewsQuant also annotates ages and counts of one ("one solution"), which sourcebook
does not keep as claims; those stay in the gold and count as misses.
(b) the demo gold `examples/gold/claims.json`: claim recall (a claim overlaps the gold span) and
value accuracy (value_low and value_high equal the gold) over the recalled claims.
"""

from __future__ import annotations

import json
import math
import re
import tempfile
from pathlib import Path

from evaluation.demo_documents import EXAMPLES, gold, gold_key
from sourcebook.analyze.claims import find_claims
from sourcebook.build import build
from sourcebook.nlp.load import pipe
from sourcebook.records import Claim, Document
from sourcebook.store import open_store

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
    "basis points": "basis point", "Hz": "hertz", "times": "-",
}  # fmt: skip

Value = float | tuple[float, float]


def value_of(claim: Claim) -> Value | None:
    low, high = claim.value_low, claim.value_high
    if low is not None and high is not None:
        return low if low == high else (low, high)
    return low if low is not None else high


def unit_name(claim: Claim, doc_text: str) -> str:
    if claim.unit is None:
        head = (claim.subject or "-").split()[0].lower()
        return head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    base = claim.unit.split(" per ")[0] if claim.unit not in UNIT_NAMES else claim.unit
    return UNIT_NAMES.get(base, base).lower()


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


def newsquant() -> None:
    if not NEWSQUANT.is_file():
        print(f"NewsQuant: skipped ({NEWSQUANT} not found)")
        return
    data = json.loads(NEWSQUANT.read_text(encoding="utf-8"))
    texts = [item["text"] for item in data]
    docs = pipe(texts)
    totals = {"dev": [0, 0, 0, 0], "test": [0, 0, 0, 0]}  # gold, predicted, value, value+unit
    for number, (item, doc) in enumerate(zip(data, docs, strict=True)):
        document = Document(id=str(number), path="", media_type="text/plain", text=item["text"])
        predictions = [
            (value, unit_name(c, item["text"]))
            for c in find_claims(doc, document)
            if (value := value_of(c)) is not None
        ]
        split = totals["dev" if number % 2 == 0 else "test"]
        split[0] += len(item["quantities"])
        split[1] += len(predictions)
        left, budget = list(predictions), len(item["quantities"])
        for quantity in sorted(item["quantities"], key=lambda q: q["normalized_unit"]):
            want, want_unit = gold_value(quantity["value"]), quantity["normalized_unit"].lower()
            for prediction in left:
                if not close(want, prediction[0]):
                    continue
                if budget > 0:
                    split[2] += 1
                    budget -= 1
                if prediction[1] == want_unit:
                    split[3] += 1
                    left.remove(prediction)
                    break
    print("NewsQuant (904 quantities in 590 sentences)")
    for name, (gold_total, predicted, value, unit) in totals.items():
        print(f"  {name:5} value       {prf(value, gold_total, predicted)}")
        print(f"  {name:5} value+unit  {prf(unit, gold_total, predicted)}")
    print(f"  {ANCHORS}; goal: value F1 >= 92.0")


def demo() -> None:
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "demo.db")
        build(store, [EXAMPLES / "corpus"], workers=1)
        documents = {gold_key(doc): doc for doc in store.documents()}
        store.close()
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
