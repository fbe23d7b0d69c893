"""The NER and parse scorers' own logic on small hand-made inputs: no dataset, no model."""

from __future__ import annotations

import pytest

from evaluation.corpora import Sentence, spans
from evaluation.ner import (
    all_caps,
    error_classes,
    gold_spans,
    groups,
    mapped,
    sentence_spans,
)
from evaluation.parse import align, stripped_spans, universal


def test_align_matches_identical_tokenisation_one_to_one() -> None:
    assert align(["The", "cat", "sat", "."], ["The", "cat", "sat", "."]) == [0, 1, 2, 3]


def test_align_leaves_words_split_differently_unaligned() -> None:
    gold = ["I", "do", "n't", "know", "New", "York"]
    system = ["I", "don't", "know", "New York"]
    assert align(gold, system) == [0, None, None, 2, None, None]


def test_align_gold_multiword_token_words_match_system_clitic_split() -> None:
    assert align(["gon", "na", "go"], ["gon", "na", "go"]) == [0, 1, 2]


def test_align_ignores_whitespace_and_space_tokens() -> None:
    gold = ["Hello", ",", "world", "!", "Next"]
    system = ["Hello", ",", " ", "world", "!", "\n\n", "Next"]
    assert align(gold, system) == [0, 1, 3, 4, 6]


def test_align_ignores_whitespace_inside_a_token() -> None:
    assert align(["a", "b", "c"], ["a b", "c"]) == [None, None, 1]


def test_align_refuses_texts_that_spell_different_characters() -> None:
    with pytest.raises(ValueError):
        align(["colour"], ["color"])


def test_stripped_spans_give_whitespace_tokens_no_width() -> None:
    assert stripped_spans(["ab", " ", "c"]) == [(0, 2), (2, 2), (2, 3)]


@pytest.mark.parametrize(
    ("relation", "expected"),
    [("nmod:poss", "nmod"), ("ROOT", "root"), ("obl:tmod", "obl"), ("punct", "punct")],
)
def test_universal_keeps_the_part_before_the_subtype(relation: str, expected: str) -> None:
    assert universal(relation) == expected


def test_error_classes_counts_each_kind_once() -> None:
    gold = [(0, 2, "PER"), (3, 4, "LOC"), (5, 7, "ORG"), (9, 10, "PER")]
    predicted = [(0, 2, "PER"), (3, 4, "ORG"), (5, 6, "ORG"), (12, 13, "LOC")]
    counts = error_classes(predicted, gold)
    assert counts == {
        "correct": 1,
        "wrong type": 1,
        "boundary": 1,
        "missed": 1,
        "spurious": 1,
    }


def test_error_classes_boundary_ignores_the_label() -> None:
    assert error_classes([(1, 3, "ORG")], [(0, 3, "LOC")])["boundary"] == 1


def test_error_classes_prefers_wrong_type_over_boundary() -> None:
    counts = error_classes([(0, 2, "ORG"), (0, 1, "PER")], [(0, 2, "PER")])
    assert counts["wrong type"] == 1 and counts["boundary"] == 0


def test_spans_read_iob2_and_a_stray_inside_tag_opens_a_span() -> None:
    tags = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]
    assert spans(tags) == [(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]


def test_gold_spans_drop_misc() -> None:
    assert gold_spans(["B-MISC", "I-MISC", "B-ORG"]) == [(2, 3, "ORG")]


def test_mapped_turns_our_labels_into_per_org_loc_and_drops_norp() -> None:
    found = [(0, 1, "PERSON"), (1, 2, "GPE"), (2, 3, "NORP"), (3, 4, "LOC"), (4, 5, "ORG")]
    assert mapped(found) == [(0, 1, "PER"), (1, 2, "LOC"), (3, 4, "LOC"), (4, 5, "ORG")]


def test_sentence_spans_move_spans_into_their_sentence_offsets() -> None:
    found = [(1, 2, "PER"), (4, 6, "LOC"), (5, 8, "ORG")]
    assert sentence_spans([0, 3, 6], found) == [[(1, 2, "PER")], [(1, 3, "LOC"), (2, 5, "ORG")], []]


def _sentence(doc: str) -> Sentence:
    return Sentence(id="", doc=doc, words=["x"], spaces=[True])


def test_groups_never_mix_documents_and_respect_the_size() -> None:
    sentences = [_sentence(d) for d in "aaabbc"]
    sizes = [[s.doc for s in run] for run in groups(sentences, size=2)]
    assert sizes == [["a", "a"], ["a"], ["b", "b"], ["c"]]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["SOCCER", "-", "JAPAN", "GET", "LUCKY", "WIN", ",", "CHINA", "in", "defeat"], True),
        (["Japan", "began", "the", "defence", "of", "its", "ASIAN", "CUP", "title", "."], False),
        (["1996-12-06", "--"], False),
    ],
)
def test_all_caps_needs_most_words_with_letters_upper_case(
    words: list[str], expected: bool
) -> None:
    assert all_caps(words) is expected
