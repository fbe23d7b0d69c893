"""The shared sentence cache gives the parser's sentences, and the sentence of any token."""

from __future__ import annotations

from sourcebook.analyze.sentences import sentence_of, sentences
from sourcebook.nlp.load import load


def test_sentences_are_the_parsers_and_hold_each_token() -> None:
    doc = load()("The port closed. Fishers stayed ashore!\n\nWhy? Nobody said.")
    assert [s.text for s in sentences(doc)] == [s.text for s in doc.sents]
    for token in doc:
        assert sentence_of(token).text == token.sent.text
