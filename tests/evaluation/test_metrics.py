"""The benchmark metrics on tiny hand-made cases."""

from __future__ import annotations

import pytest

from evaluation.metrics.boilerplate import (
    macro_prf,
    micro_prf,
    segment_counts,
    shingle_counts,
    shingles,
)


def test_shingles_are_a_multiset_of_four_token_windows() -> None:
    assert shingles("a b c d a b c d") == {
        ("a", "b", "c", "d"): 2,
        ("b", "c", "d", "a"): 1,
        ("c", "d", "a", "b"): 1,
        ("d", "a", "b", "c"): 1,
    }


def test_shingle_counts_perfect_prediction_is_all_true_positive() -> None:
    assert shingle_counts("one two three four five", "one two three four five") == (1, 0, 0)


def test_shingle_counts_normalise_by_their_sum() -> None:
    tp, fp, fn = shingle_counts("a b c d e", "a b c d x")
    assert (tp, fp, fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))


def test_shingle_counts_two_empty_texts_score_one() -> None:
    assert shingle_counts("", "") == (1.0, 0.0, 0.0)


def test_macro_prf_skips_documents_without_output_for_precision() -> None:
    scores = macro_prf([(0.5, 0.5, 0.0), (0.0, 0.0, 1.0)])
    assert scores.precision == pytest.approx(0.5)
    assert scores.recall == pytest.approx(0.5)
    assert scores.f1 == pytest.approx(0.5)


def test_segment_counts_normalise_whitespace_before_matching() -> None:
    counts = segment_counts(
        "The  quick\nbrown fox. Share this", ["quick brown", "lazy dog"], ["Share this", "Cookie"]
    )
    assert counts == (1, 1, 1, 1)


def test_micro_prf_sums_counts_over_documents() -> None:
    scores = micro_prf([(3, 1, 1, 5), (1, 1, 1, 0)])
    assert scores.precision == pytest.approx(4 / 6)
    assert scores.recall == pytest.approx(4 / 6)
    assert scores.f1 == pytest.approx(8 / 12)
