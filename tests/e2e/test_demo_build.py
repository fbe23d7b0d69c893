"""Build the whole demo corpus and check it against its gold files: the foundation end to end."""

import json
from pathlib import Path

import pytest

from sourcebook.analyze.pipeline import ANALYZER_VERSION
from sourcebook.build import build
from sourcebook.store import open_store
from sourcebook.store.base import SearchFilters

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
GOLD = EXAMPLES / "gold"


def gold(name):
    return json.loads((GOLD / name).read_text(encoding="utf-8"))


def path_key(gold_key: str) -> str:
    """Gold names members as `container::member`; the store as `container!member`."""
    return str(EXAMPLES / gold_key).replace("::", "!")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    store = open_store(tmp_path_factory.mktemp("demo") / "demo.db")
    report = build(store, [EXAMPLES / "corpus"], workers=2)
    yield store, report
    store.close()


@pytest.fixture(scope="module")
def documents(corpus):
    store, _ = corpus
    return {doc.path: doc for doc in store.documents()}


def test_demo_builds_every_file_without_failures(corpus, documents):
    _, report = corpus
    assert report.failed == [] and report.skipped == []
    expected = {path_key(key) for key in gold("documents.json")["documents"]}
    assert set(documents) == expected


def test_demo_analyses_every_original_document(corpus, documents):
    store, report = corpus
    originals = [doc for doc in documents.values() if not doc.duplicate_of]
    assert report.analysed == len(originals)
    assert store.documents_to_analyze(ANALYZER_VERSION) == []
    memo = documents[path_key("corpus/harbour-times_leaked-memo.html")]
    assert "Dana Okafor" in {m.name for m in store.get_annotations(memo.id).mentions}


def test_demo_records_the_saved_copy_as_an_exact_duplicate(documents):
    for key, meta in gold("documents.json")["documents"].items():
        doc = documents[path_key(key)]
        original = meta.get("duplicate_of")
        assert doc.duplicate_of == (documents[path_key(original)].id if original else None), key


def test_demo_links_the_wire_story_to_the_paper_that_carried_it(corpus, documents):
    store, _ = corpus
    for key, meta in gold("documents.json")["documents"].items():
        if meta.get("near_duplicate_of"):
            linked = {other for other, _ in store.near_duplicate_links(documents[path_key(key)].id)}
            assert documents[path_key(meta["near_duplicate_of"])].id in linked, key


def test_demo_detects_each_document_language(documents):
    for key, meta in gold("documents.json")["documents"].items():
        doc = documents[path_key(key)]
        if meta.get("language") and not doc.duplicate_of:
            assert doc.language == meta["language"].split("-")[0], key


@pytest.mark.parametrize(
    "key",
    [
        "corpus/harbour-times_leaked-memo.html",
        "corpus/northern-ledger_okafor-denies.html",
        "corpus/leaked-memo_MI-SEC-2026-0417.pdf",
        "corpus/email_rosa-mendel_2026-03-10.eml",
    ],
)
def test_demo_reads_the_metadata_files_carry(documents, key):
    meta = gold("documents.json")["documents"][key]
    doc = documents[path_key(key)]
    assert doc.title == meta["title"]
    assert doc.published == meta["published"][:10]
    if key.endswith(".html"):
        assert (doc.source, doc.author) == (meta["source"], meta["author"])


@pytest.mark.parametrize("key", list(gold("boilerplate.json"))[1:])
def test_demo_cleaning_keeps_every_article_paragraph_and_drops_the_boilerplate(documents, key):
    expected = gold("boilerplate.json")[key]
    doc = documents[path_key(key)]
    lines = {line.strip() for line in doc.text.splitlines()}
    kept = [paragraph for paragraph in expected["keep"] if paragraph in doc.text]
    assert kept == expected["keep"]
    leaked = [line for line in expected["remove"] if line in lines]
    assert leaked == []
    removed_text = "\n".join(span.text for span in doc.removed)
    assert all(line in removed_text for line in expected["remove"] if len(line) > 30)


def test_demo_reads_the_scanned_letter_through_ocr(documents):
    doc = documents[path_key("corpus/scan_cpa-letter_2026-02-20.png")]
    assert doc.metadata.get("ocr") == "tesseract"
    for phrase in ("Cassin Port Authority", "Samuel Okafor", "Deepwater Terminal"):
        assert phrase in doc.text


def test_demo_maps_memo_passages_to_their_pdf_pages(corpus):
    store, _ = corpus
    hits = store.search('"Operation Quiet Tide"', SearchFilters())
    pages = {hit.page for hit in hits if hit.path.endswith(".pdf")}
    assert pages and pages <= {1, 2}


def test_demo_search_finds_the_traditional_statement_with_simplified_characters(corpus):
    store, _ = corpus
    hits = store.search("梁宏伟", SearchFilters())
    assert any(hit.path.endswith("lanhai-statement_zh-Hant.txt") for hit in hits)
    assert all(hit.text[a:b] == "梁宏偉" for hit in hits for a, b in hit.highlights)
