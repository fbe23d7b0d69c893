"""The shared sentence cache gives the parser's sentences, and the sentence of any token."""

from __future__ import annotations

from sourcebook.analyze.sentences import sentence_of, sentences, sentences_up_to
from sourcebook.nlp.load import load


def test_sentences_are_the_parsers_and_hold_each_token() -> None:
    doc = load()("The port closed. Fishers stayed ashore!\n\nWhy? Nobody said.")
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
    for token in doc:
        assert sentence_of(token).text == token.sent.text


def test_sentences_up_to_a_token_stop_at_the_start() -> None:
    doc = load()("One came. Two went. Three stayed.")
    last = doc[-2]
    assert [s.text for s in sentences_up_to(last, 1)] == ["Two went.", "Three stayed."]
    assert [s.text for s in sentences_up_to(doc[0], 3)] == ["One came."]
