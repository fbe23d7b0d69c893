"""The build over its stages: ingest, then incremental per-document analysis."""

import pytest

from sourcebook.analyze import pipeline
from sourcebook.build import build
from sourcebook.store import open_store

STORY = (
    "Interior Minister Dana Okafor said on Saturday that the operation was lawful. "
    "More than 2,000 people were detained in March 2026, the Harbour Times reported."
)


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "corpus.db")
    yield store
    store.close()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "okafor.txt").write_text(STORY, encoding="utf-8")
    (folder / "reprint.txt").write_text(STORY, encoding="utf-8")  # an exact duplicate
    (folder / "other.txt").write_text("Dana Okafor resigned in 2027.", encoding="utf-8")
    return folder


def test_build_analyses_new_documents_and_a_rerun_analyses_nothing(store, corpus):
    first = build(store, [corpus])
    assert (first.ingested, first.duplicates, first.analysed, first.failed) == (2, 1, 2, [])
    okafor = store.get_document("okafor.txt")
    found = store.get_annotations(okafor.id)
    assert "Dana Okafor" in {mention.name for mention in found.mentions}
    assert found.claims and found.events
    assert store.documents_to_analyze(pipeline.ANALYZER_VERSION) == []
    again = build(store, [corpus])
    assert (again.unchanged, again.analysed) == (3, 0)


def test_build_analyses_only_the_document_that_changed(store, corpus):
    build(store, [corpus])
    (corpus / "other.txt").write_text("Dana Okafor resigned in May 2027.", encoding="utf-8")
    assert build(store, [corpus]).analysed == 1


def test_build_records_a_failing_analyzer_and_goes_on(store, corpus, monkeypatch):
    find_claims = pipeline.find_claims

    def fragile(doc, document):
        if "resigned" in document.text:
            raise ValueError("bad number")
        return find_claims(doc, document)

    monkeypatch.setattr(pipeline, "find_claims", fragile)
    report = build(store, [corpus])
    other = str(corpus / "other.txt")
    assert report.analysed == 1
    assert report.failed == [(other, "analysis failed: ValueError: bad number")]
    assert [(f.path, f.reason) for f in store.failures()] == report.failed
    assert store.get_annotations(store.get_document("okafor.txt").id).mentions

    monkeypatch.setattr(pipeline, "find_claims", find_claims)  # fixed: the next build retries
    retry = build(store, [corpus])
    assert (retry.analysed, retry.failed, store.failures()) == (1, [], [])


def test_build_without_analysis_leaves_documents_for_a_later_build(store, corpus):
    assert build(store, [corpus], analyze=False).analysed == 0
    assert len(store.documents_to_analyze(pipeline.ANALYZER_VERSION)) == 2
    assert build(store, [corpus]).analysed == 2
