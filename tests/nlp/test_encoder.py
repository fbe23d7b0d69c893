"""The MiniLM entity tagger: finds names on its own, decodes BIO like the scorer, and copes
with run-on sentences and words the tokenizer drops."""

from __future__ import annotations

import dataclasses

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sourcebook.errors import ModelMissing
from sourcebook.nlp import encoder
from sourcebook.nlp.bio import spans as bio_spans
from sourcebook.nlp.encoder import EncoderNER, chunks, load_encoder, windows
from sourcebook.nlp.load import load, pipeline_path

TEXT = (
    "Foreign Minister Anna Keller met officials of the World Health Organization in Geneva "
    "on Monday. Keller said the Syrian government had blocked aid convoys near Aleppo."
)

needs_encoder = pytest.mark.skipif(
    bool(encoder.missing(encoder.ENCODER_DIR)), reason="encoder not shipped"
)


@pytest.fixture(scope="module")
def nlp() -> Language:
    """A blank pipeline with sentence splitting and the encoder: no CNN involved."""
    blank = spacy.blank("en")
    blank.add_pipe("sentencizer")
    blank.add_pipe("encoder_ner")
    return blank


# ---- pure functions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ([], []),
        (["O", "O"], []),
        (["B-PERSON", "I-PERSON", "O"], [(0, 2, "PERSON")]),
        (["B-PERSON", "I-PERSON"], [(0, 2, "PERSON")]),  # runs to the end
        (["I-ORG", "I-ORG", "O"], [(0, 2, "ORG")]),  # a stray I- opens a span
        (["O", "I-LOC"], [(1, 2, "LOC")]),
        (["B-PERSON", "B-PERSON"], [(0, 1, "PERSON"), (1, 2, "PERSON")]),  # B- always starts
        (["B-PERSON", "I-ORG", "I-ORG"], [(0, 1, "PERSON"), (1, 3, "ORG")]),  # label change
        (["B-LOC", "O", "I-LOC"], [(0, 1, "LOC"), (2, 3, "LOC")]),
    ],
)
def test_bio_spans_match_conlleval(tags, expected):
    assert bio_spans(tags) == expected


def test_windows_split_long_runs_and_keep_every_word():
    assert list(windows([1, 1, 1, 1, 1], 2)) == [(0, 2), (2, 4), (4, 5)]
    assert list(windows([0, 3, 0, 1], 3)) == [(0, 3), (3, 4)]  # empty words ride along
    assert list(windows([5, 1], 3)) == [(0, 1), (1, 2)]  # an oversize word stands alone
    assert list(windows([], 3)) == []


def test_chunks_are_sentences_if_known_else_windows():
    vocab = spacy.blank("en").vocab
    words = [f"w{i}" for i in range(150)]
    assert chunks(Doc(vocab, words=words)) == [(0, 64), (64, 128), (128, 150)]
    starts = [i in (0, 100) for i in range(150)]
    assert chunks(Doc(vocab, words=words, sent_starts=starts)) == [(0, 100), (100, 150)]
    assert chunks(Doc(vocab, words=[])) == []


# ---- the model --------------------------------------------------------------------------


@needs_encoder
def test_finds_people_organisations_and_places(nlp):
    found = {(e.text, e.label_) for e in nlp(TEXT).ents}
    assert ("Anna Keller", "PERSON") in found
    assert ("World Health Organization", "ORG") in found
    assert ("Geneva", "LOC") in found
    assert ("Aleppo", "LOC") in found
    doc = nlp("Shares of Siemens fell after Olaf Scholz visited Munich.")
    assert {(e.text, e.label_) for e in doc.ents} >= {
        ("Siemens", "ORG"),
        ("Olaf Scholz", "PERSON"),
        ("Munich", "LOC"),
    }


@needs_encoder
def test_pipe_gives_what_one_doc_at_a_time_gives(nlp):
    texts = [TEXT, "", "Nothing to see here.", "Angela Merkel spoke in Berlin."] * 3
    piped = [[(e.start, e.end, e.label_) for e in d.ents] for d in nlp.pipe(texts, batch_size=5)]
    single = [[(e.start, e.end, e.label_) for e in nlp(t).ents] for t in texts]
    assert [len(s) for s in piped] == [len(s) for s in single]
    assert piped[0] == single[0] and not piped[1]


@needs_encoder
def test_words_without_pieces_are_outside_and_do_not_shift_labels():
    component = EncoderNER(load_encoder())
    words = ["\u200b", "Angela", "\u200b", "Merkel", " ", "visited", "Paris", "."]
    pieces = component.encoder.tokenizer.encode(
        ["\u200b", " "], is_pretokenized=True, add_special_tokens=False
    )
    assert pieces.ids == []  # the premise: both words vanish in the tokenizer
    (tags,) = component.predict([words])
    assert tags[0] == tags[2] == tags[4] == "O"
    assert tags[1] == "B-PERSON" and tags[3] == "I-PERSON" and tags[6] == "B-LOC"
    assert component.predict([["\u200b", " "], []]) == [["O", "O"], []]


@needs_encoder
def test_a_sentence_longer_than_the_model_is_split_not_cut():
    full = EncoderNER(load_encoder())
    tiny = EncoderNER(dataclasses.replace(full.encoder, max_pieces=12))
    words = (
        "The talks went on for hours and then".split() * 8
    ) + "Angela Merkel left Paris .".split()
    (tags,) = tiny.predict([words])
    assert len(tags) == len(words)
    assert tags[-5:-1] == ["B-PERSON", "I-PERSON", "O", "B-LOC"]
    (long_tags,) = full.predict([words * 10])  # about 700 pieces: three windows
    assert len(long_tags) == len(words) * 10 and long_tags.count("B-PERSON") == 10


def test_a_missing_encoder_says_how_to_ship_it(tmp_path):
    with pytest.raises(ModelMissing, match="training.minilm ship"):
        load_encoder(tmp_path)


# ---- the accurate variant -----------------------------------------------------------------


@needs_encoder
@pytest.mark.skipif(not (pipeline_path() / "config.cfg").is_file(), reason="no CNN pipeline")
def test_accurate_variant_swaps_the_ner_in_place():
    fast, accurate = load(), load(variant="accurate")
    assert accurate is not fast and accurate is load(variant="accurate")
    assert "ner" in fast.pipe_names and "ner" not in accurate.pipe_names
    names = accurate.pipe_names
    assert names.index("encoder_ner") + 1 == names.index("gazetteer")
    found = {(e.text, e.label_) for e in accurate(TEXT).ents}
    assert ("Anna Keller", "PERSON") in found and ("Geneva", "GPE") in found


def test_accurate_variant_without_the_encoder_says_so(monkeypatch, tmp_path):
    monkeypatch.setattr(encoder, "ENCODER_DIR", tmp_path)
    if not (pipeline_path() / "config.cfg").is_file():
        monkeypatch.setenv("SOURCEBOOK_MODEL", str(tmp_path))  # either way: ModelMissing
    with pytest.raises(ModelMissing):
        load.__wrapped__(variant="accurate")
