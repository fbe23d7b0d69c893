"""The training converter: label mapping, merged layers, missing annotation, capitals."""

from __future__ import annotations

import spacy

from evaluation.corpora import Sentence
from training import convert


def sentence(words, ner=None, heads=None, id_="s1", doc="d1"):
    return Sentence(
        id=id_,
        doc=doc,
        words=words,
        spaces=[True] * len(words),
        heads=heads,
        deps=["dep"] * len(words) if heads else None,
        ner=ner,
    )


def test_labels_map_onto_the_one_scheme_and_misc_is_trained_as_outside():
    tags = ["B-PER", "I-PER", "O", "B-MISC", "B-LOC"]
    assert convert.mapped("wikigold", tags) == [(0, 2, "PERSON"), (4, 5, "LOC")]


def test_ner_is_merged_only_onto_the_same_words():
    parsed = [sentence(["Ann", "left"], heads=[1, 1]), sentence(["Bob", "came"], id_="s2")]
    ner = {
        "s1": sentence(["Ann", "left"], ner=["B-PER", "O"]),
        "s2": sentence(["Bob", "arrived"], ner=["B-PER", "O"], id_="s2"),
    }
    merged = list(convert.merge_ner(parsed, ner))
    assert merged[0].ner == ["B-PER", "O"]
    assert merged[1].ner is None  # other words: the layer stays missing


def test_a_document_without_names_leaves_ner_missing_not_empty():
    nlp = spacy.blank("en")
    (with_parse_only,) = convert.to_docs(
        nlp.vocab, "uner", [sentence(["Ann", "left"], heads=[1, 1])]
    )
    assert with_parse_only.has_annotation("DEP")
    assert all(token.ent_iob_ == "" for token in with_parse_only)  # missing, not O
    (with_names,) = convert.to_docs(
        nlp.vocab, "uner", [sentence(["Ann", "left"], ner=["B-PER", "O"])]
    )
    assert [(e.text, e.label_) for e in with_names.ents] == [("Ann", "PERSON")]
    assert with_names[1].ent_iob_ == "O"


def test_sentences_of_one_document_are_grouped_and_keep_their_boundaries():
    nlp = spacy.blank("en")
    group = [
        sentence(["A", "b"], ner=["O", "O"], id_="s1"),
        sentence(["C", "d"], ner=["O", "O"], id_="s2"),
        sentence(["E"], ner=["O"], id_="s3", doc="other"),
    ]
    docs = list(convert.to_docs(nlp.vocab, "sec", group))
    assert [len(d) for d in docs] == [4, 1]
    assert [t.is_sent_start for t in docs[0]] == [True, False, True, False]


def test_capitalised_copies_are_a_stable_small_share():
    many = [sentence(["Ann"], ner=["B-PER"], id_=f"s{i}") for i in range(2000)]
    copies = list(convert.upper_copies(many))
    assert 0.05 < len(copies) / len(many) < 0.11
    assert copies == list(convert.upper_copies(many))  # chosen by hash, not by chance
    assert copies[0].words == ["ANN"] and copies[0].ner == ["B-PER"]


def test_only_proper_names_are_kept_from_re3d():
    assert convert._is_name("Islamic State of Iraq")
    assert not convert._is_name("U.S. service members")
