import sqlite3

import pytest
from tests.store.helpers import make_doc, put

from sourcebook.errors import NotFound, StoreError
from sourcebook.records import Page, Precision, RemovedSpan
from sourcebook.store import open_store
from sourcebook.store.base import SearchFilters
from sourcebook.store.sqlite.schema import SCHEMA_VERSION


def test_store_round_trips_a_document_with_pages_and_removed_blocks(store):
    doc = make_doc(
        "memo",
        "Page one text.\n\nPage two text.",
        title="Memo",
        source="Ministry",
        published="2021-03",
        published_precision=Precision.MONTH,
        language="en",
        pages=(Page(1, 0, 14), Page(2, 16, 30)),
        removed=(RemovedSpan(0, "Skip to content", "navigation"),),
        metadata={"encoding": "utf-8"},
        errors=("page 3 was blank",),
    )
    put(store, doc)
    assert store.get_document("memo") == doc


def test_store_finds_documents_by_prefix_path_or_file_name(store):
    put(store, make_doc("abc123", "one"), make_doc("abd456", "two"))
    assert store.get_document("abc").id == "abc123"
    assert store.get_document("abd456.txt").id == "abd456"
    assert store.get_document("/corpus/abc123.txt").id == "abc123"
    with pytest.raises(NotFound, match="more than one"):
        store.get_document("ab")
    with pytest.raises(NotFound):
        store.get_document("zzz")


def test_store_replacing_a_path_drops_the_old_text_from_the_index(store):
    put(store, make_doc("a", "The port contract was signed."))
    put(store, make_doc("a", "The harbour deal was signed."))
    assert store.search("contract", SearchFilters()) == []
    assert [hit.document for hit in store.search("harbour", SearchFilters())] == ["a"]
    integrity = store.db.execute(
        "INSERT INTO passages_fts (passages_fts) VALUES ('integrity-check')"
    )
    assert integrity.fetchall() == []


def test_search_highlights_matches_and_reports_the_page(store):
    put(
        store,
        make_doc(
            "memo",
            "Cover note.\n\nThe port contract was signed by Okafor.",
            pages=(Page(1, 0, 11), Page(2, 13, 51)),
        ),
    )
    [hit] = store.search('"port contract"', SearchFilters())
    assert [hit.text[a:b] for a, b in hit.highlights] == ["port contract"]
    assert hit.page == 2


def test_search_supports_boolean_operators_and_prefixes(store):
    put(
        store,
        make_doc("a", "The minister denied the detention figures."),
        make_doc("b", "Protesters were detained at the port."),
        make_doc("c", "A draft of the detention order."),
    )
    found = lambda query: sorted(hit.document for hit in store.search(query, SearchFilters()))  # noqa: E731
    assert found("detain*") == ["b"]
    assert found("detention OR detained") == ["a", "b", "c"]
    assert found("detention NOT draft") == ["a"]
    assert found("detention -draft") == ["a"]
    assert found("minister AND detention") == ["a"]


def test_search_filters_by_source_language_and_date(store):
    put(
        store,
        make_doc(
            "a", "Port deal signed.", source="Harbour Times", language="en", published="2021-03-03"
        ),
        make_doc(
            "b",
            "Port deal signed again.",
            source="Meridian News",
            language="en",
            published="2021-05-01",
        ),
        make_doc("c", "Port deal signé.", source="Le Port", language="fr", published="2020-12-30"),
    )
    found = lambda **f: sorted(hit.document for hit in store.search("port", SearchFilters(**f)))  # noqa: E731
    assert found(source="harbour") == ["a"]
    assert found(language="fr") == ["c"]
    assert found(after="2021-01-01") == ["a", "b"]
    assert found(before="2021-03") == ["a", "c"]


def test_search_finds_traditional_text_with_simplified_queries_and_back(store):
    put(
        store,
        make_doc("tw", "梁宏偉說：港口合同已經簽署。"),
        make_doc("cn", "梁宏伟说：港口合同已经签署。"),
    )
    for query in ("梁宏伟", "梁宏偉", "合同已經", "港口"):
        hits = store.search(query, SearchFilters())
        assert sorted(hit.document for hit in hits) == ["cn", "tw"], query
        for hit in hits:
            assert all(hit.text[a:b] for a, b in hit.highlights)
    [hit] = [h for h in store.search("梁宏伟", SearchFilters()) if h.document == "tw"]
    assert [hit.text[a:b] for a, b in hit.highlights] == ["梁宏偉"]


def test_search_caps_passages_per_document(store):
    long_text = "\n\n".join(
        f"Paragraph {i} mentions the port contract again and again." * 12 for i in range(8)
    )
    put(store, make_doc("long", long_text), make_doc("short", "The port contract."))
    hits = store.search("contract", SearchFilters(), limit=20)
    assert sum(hit.document == "long" for hit in hits) == 2
    assert any(hit.document == "short" for hit in hits)


def test_store_counts_documents_duplicates_and_failures(store):
    put(
        store,
        make_doc("a", "Port deal.", language="en"),
        make_doc("b", "", duplicate_of="a", path="/corpus/copy.txt"),
    )
    with store.transaction():
        store.record_failure("/corpus/bad.pdf", "not a readable PDF", None)
    counts = store.counts()
    assert (counts.documents, counts.duplicates, counts.failures) == (1, 1, 1)
    assert counts.by_language == {"en": 1}


def test_store_rolls_back_a_failed_transaction_whole(store):
    with pytest.raises(RuntimeError), store.transaction():
        store.put_document(make_doc("a", "Half written."), size=1, mtime=1.0, fingerprint=None)
        raise RuntimeError("killed mid-document")
    with pytest.raises(NotFound):
        store.get_document("a")


def test_store_refuses_a_database_from_a_newer_version(tmp_path):
    location = tmp_path / "future.db"
    open_store(location).close()
    with sqlite3.connect(location) as db:
        db.execute(
            "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION + 1),)
        )
    with pytest.raises(StoreError, match="newer sourcebook"):
        open_store(location)


def test_store_reopens_an_existing_database_without_migrating_again(tmp_path):
    location = tmp_path / "corpus.db"
    store = open_store(location)
    put(store, make_doc("a", "kept"))
    store.close()
    assert open_store(location).get_document("a").text == "kept"


def test_store_refuses_a_file_that_is_not_a_database(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("just some notes, not SQLite " * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(bogus)


def test_search_combines_words_and_chinese_in_one_query(store):
    put(
        store,
        make_doc("en", "The port contract was signed."),
        make_doc("zh", "梁宏偉說：港口合同已經簽署。"),
        make_doc("both", "Liang Hongwei (梁宏偉) signed the port contract."),
    )
    found = lambda query: sorted(hit.document for hit in store.search(query, SearchFilters()))  # noqa: E731
    assert found("contract OR 港口") == ["both", "en", "zh"]
    assert found("contract 梁宏伟") == ["both"]
    assert found("梁宏伟 -contract") == ["zh"]


def test_store_replacing_a_document_removes_its_near_duplicate_keys(store):
    from sourcebook.text.fingerprint import BANDS, fingerprint

    story = " ".join(f"sentence {n} about the port contract and its tender" for n in range(20))
    first, second = fingerprint(story), fingerprint(story.replace("port", "harbour"))
    for text, signature in ((story, first), (story.upper(), second)):
        with store.transaction():
            store.put_document(make_doc("a", text), size=1, mtime=1.0, fingerprint=signature)
    assert store.db.execute("SELECT count(*) FROM lsh_bands").fetchone() == (BANDS,)
    assert store.near_duplicates_of(first, 0.9) == []
    assert store.near_duplicates_of(second, 0.9) == [("a", 1.0)]
