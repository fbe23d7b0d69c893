"""Verdicts on one cluster of figures, as the demo's detention counts and a denial test them."""

from __future__ import annotations

from sourcebook.assess.verdicts import Verdict, assess, reading
from sourcebook.records import Claim


def claim(text: str, low: float | None, high: float | None, qualifier: str | None = None) -> Claim:
    return Claim(f"doc of {text}", 0, len(text), text, low, high, None, qualifier)


AT_LEAST = claim("At least 200", 200, None, "at least")
MORE = claim("More than 200", 200, None, "more than")
BETWEEN = claim("between 200 and 350", 200, 350, "between")
NEARLY = claim("nearly 300", None, 300, "nearly")


def test_verdicts_overlapping_wordings_are_compatible_with_their_common_range() -> None:
    found = assess([AT_LEAST, MORE, BETWEEN, NEARLY], independent_sources=4)
    assert found.verdict is Verdict.COMPATIBLE
    assert found.reason == "every figure fits 240 to 299"


def test_verdicts_a_denials_figure_outside_every_range_conflicts() -> None:
    denial = claim("37", 37, 37)
    found = assess([AT_LEAST, BETWEEN, denial], independent_sources=3)
    assert found.verdict is Verdict.CONFLICT
    assert "'37'" in found.reason and "cannot both hold" in found.reason


def test_verdicts_same_reading_agrees_and_one_source_is_single() -> None:
    same = [claim("200", 200, 200), claim("200 people", 200, 200)]
    assert assess(same, independent_sources=2).verdict is Verdict.AGREE
    assert assess(same, independent_sources=1).verdict is Verdict.SINGLE


def test_verdicts_one_document_cannot_corroborate_itself() -> None:
    story = [Claim("d", 0, 3, "200", 200, 200), Claim("d", 50, 53, "200", 200, 200)]
    found = assess(story, independent_sources=2)  # it cites two outlets
    assert (found.verdict, found.reason) == (Verdict.SINGLE, "one document states it")


def test_verdicts_different_measures_never_conflict() -> None:
    found = assess([claim("40", 40, 40), claim("12", 12, 12)], 2, measures=["injured", "killed"])
    assert found.verdict is Verdict.DIFFERING_MEASURE


def test_verdicts_readings_of_open_and_hedged_wordings() -> None:
    assert (reading(MORE).low, reading(MORE).high) == (201, float("inf"))
    assert (reading(NEARLY).low, reading(NEARLY).high) == (240, 299)
    about = reading(claim("about 300", 300, 300, "about"))
    assert (about.low, about.high) == (270, 330)
