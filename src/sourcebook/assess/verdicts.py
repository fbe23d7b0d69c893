"""How the figures of one claim cluster compare: agree, compatible, conflict, differing
measure, or a single source — each verdict with the reason a reader can check.

A figure is read as the range of values its wording allows: "at least 200" is 200 and up,
"more than 200" above 200, "nearly 300" from 80 % of 300 up to just under it, "about 300"
within a tenth of it, "between 200 and 350" both ends included. Figures agree when they read
the same, are compatible when some value fits them all ("every figure fits 201 to 299"), and
conflict when none does. Counting different things ("40 injured" beside "12 killed") is
never a conflict: it is a differing measure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from sourcebook.records import Claim

NEARLY = 0.8  # "nearly 300" reads as 240 to just under 300
ABOUT = 0.1  # "about 300" reads as 270 to 330


class Verdict(StrEnum):
    AGREE = "agree"
    COMPATIBLE = "compatible"
    DIFFERING_MEASURE = "differing-measure"
    CONFLICT = "conflict"
    SINGLE = "single"


@dataclass(frozen=True, slots=True)
class Reading:
    """The values a figure allows, both ends included (infinite where the wording is open)."""

    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Assessment:
    verdict: Verdict
    reason: str


def reading(claim: Claim) -> Reading:
    """The range a claim's wording allows; counts step by one, other figures by a hair."""
    low, high, qualifier = claim.value_low, claim.value_high, (claim.qualifier or "")
    value = low if low is not None else high
    step = 1.0 if claim.unit is None and value is not None and float(value).is_integer() else 1e-9
    if value is None:
        return Reading(-math.inf, math.inf)
    if qualifier == "more than":
        return Reading(value + step, math.inf)
    if qualifier == "at least":
        return Reading(value, math.inf)
    if qualifier in ("fewer than",):
        return Reading(-math.inf, value - step)
    if qualifier in ("at most", "up to"):
        return Reading(-math.inf, value)
    if qualifier == "nearly":
        return Reading(math.ceil(value * NEARLY) if step == 1 else value * NEARLY, value - step)
    if qualifier == "about":
        return Reading(value * (1 - ABOUT), value * (1 + ABOUT))
    return Reading(
        -math.inf if low is None else low, math.inf if high is None else high
    )  # exact, or "between"


def assess(
    claims: Sequence[Claim], independent_sources: int, measures: Sequence[str] = ()
) -> Assessment:
    """The verdict on one cluster; `measures` (one per claim, when known) name what each
    figure counts, and `independent_sources` comes from the relay graph."""
    if len(set(measures)) > 1:
        return Assessment(
            Verdict.DIFFERING_MEASURE,
            "different things are counted: " + ", ".join(sorted(set(measures))),
        )
    if len({c.document for c in claims}) <= 1:  # a story cannot corroborate itself
        return Assessment(Verdict.SINGLE, "one document states it")
    if independent_sources <= 1:
        return Assessment(Verdict.SINGLE, "one independent source states it")
    readings = [reading(c) for c in claims]
    if len(set(readings)) == 1:
        return Assessment(Verdict.AGREE, f"every figure reads {_show(readings[0])}")
    low, high = max(r.low for r in readings), min(r.high for r in readings)
    if low <= high:
        return Assessment(Verdict.COMPATIBLE, f"every figure fits {_show(Reading(low, high))}")
    a = max(claims, key=lambda c: reading(c).low)
    b = min(claims, key=lambda c: reading(c).high)
    return Assessment(
        Verdict.CONFLICT,
        f"{a.text!r} ({_show(reading(a))}) and {b.text!r} ({_show(reading(b))}) cannot both hold",
    )


def _show(r: Reading) -> str:
    def number(x: float) -> str:
        return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.2f}"

    if r.low == r.high:
        return number(r.low)
    if math.isinf(r.high):
        return f"{number(r.low)} or more"
    if math.isinf(r.low):
        return f"{number(r.high)} or less"
    return f"{number(r.low)} to {number(r.high)}"
