"""The shipped pipeline loads offline, once, and finds the names a reporter would expect."""

from __future__ import annotations

import pytest

from sourcebook.errors import ModelMissing
from sourcebook.nlp import load as nlp_load

TEXT = (
    "Foreign Minister Anna Keller met officials of the World Health Organization in Geneva "
    "on Monday. Keller said the Syrian government had blocked aid convoys near Aleppo."
)


def test_load_returns_one_pipeline_per_process():
    assert nlp_load.load() is nlp_load.load()


def test_pipeline_has_every_stage_and_finds_people_places_and_groups():
    nlp = nlp_load.load()
    for name in ("tok2vec", "tagger", "morphologizer", "parser", "ner", "gazetteer"):
        assert name in nlp.pipe_names
    doc = nlp(TEXT)
    found = {(e.text, e.label_) for e in doc.ents}
    # the model may keep the title inside the name; analysis strips titles later
    assert any(t.endswith("Anna Keller") and label == "PERSON" for t, label in found)
    assert ("Geneva", "GPE") in found
    assert ("Syrian", "NORP") in found
    assert len(list(doc.sents)) == 2
    assert doc[1].pos_ == "PROPN" or doc[2].pos_ == "PROPN"  # the parser and tagger ran


def test_entities_task_skips_the_parser_but_keeps_the_names():
    (doc,) = nlp_load.pipe([TEXT], task="entities")
    assert not doc.has_annotation("DEP")
    assert any(e.label_ == "PERSON" for e in doc.ents)


def test_a_missing_pipeline_says_how_to_get_one(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCEBOOK_MODEL", str(tmp_path))
    with pytest.raises(ModelMissing, match="make model"):
        nlp_load.load.__wrapped__()


def test_words_are_cut_as_the_treebank_the_parser_learned_from():
    nlp = nlp_load.load()
    words = [t.text for t in nlp.make_doc("E-mail me at 853-7906 about al-Qaeda!!! Anti-war **")]
    assert words == ["E-mail", "me", "at", "853-7906", "about", "al", "-", "Qaeda", "!!!"] + [
        "Anti-war",
        "**",
    ]
