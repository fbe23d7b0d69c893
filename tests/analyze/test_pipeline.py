"""The analyzers chained over one NLP pass, for one document or a stream of them."""

from sourcebook.analyze.pipeline import analyze, analyze_many
from sourcebook.nlp.load import load
from sourcebook.records import Document

TEXT = 'Dana Okafor said on Saturday that "at least 200 people" were held, Reuters reported.'


def doc(doc_id, text=TEXT, **fields):
    return Document(id=doc_id, path=f"/{doc_id}.txt", media_type="text/plain", text=text, **fields)


def test_pipeline_fills_every_kind_of_annotation_for_its_document():
    found = analyze(doc("a"), load()(TEXT))
    assert found.document == "a"
    assert found.mentions and found.quotes and found.claims and found.events
    assert all(m.document == "a" for m in found.mentions)


def test_pipeline_skips_duplicates_and_empty_texts_and_keeps_order():
    documents = [doc("a"), doc("dup", duplicate_of="a"), doc("empty", text=" \n"), doc("b")]
    assert [found.document for found in analyze_many(documents, batch=1)] == ["a", "b"]
