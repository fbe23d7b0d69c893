"""The resolver's generated corpus: deterministic, and its gold true to the texts it describes."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from benchmarks.resolve_corpus import write
from benchmarks.resolve_corpus_words import CYRILLIC_GIVEN, fold
from sourcebook.analyze.quantities import find_quantities
from sourcebook.build import build
from sourcebook.ingest.dates import date_in_filename
from sourcebook.store import open_store

VERDICTS = {"agree", "compatible", "differing-measure", "conflict", "single"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict, dict[str, str]]:
    out = tmp_path_factory.mktemp("resolve")
    gold = write(out, documents=400, seed=7)
    folder = out / "documents"
    texts = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.txt")}
    return folder, gold, texts


def test_resolve_corpus_is_the_same_for_a_seed_and_differs_for_another(tmp_path) -> None:
    def files(out: Path) -> dict[str, bytes]:
        return {
            p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()
        }

    write(tmp_path / "a", documents=60, seed=3)
    write(tmp_path / "b", documents=60, seed=3)
    write(tmp_path / "c", documents=60, seed=4)
    assert files(tmp_path / "a") == files(tmp_path / "b")
    assert files(tmp_path / "a") != files(tmp_path / "c")
    assert len(files(tmp_path / "a")) == 61  # 60 documents and gold.json


def test_resolve_corpus_writes_the_documents_it_describes_with_dates_in_their_names(corpus) -> None:
    _, gold, texts = corpus
    assert set(texts) == set(gold["documents"]) and len(texts) == 400
    for file, meta in gold["documents"].items():
        assert date_in_filename(file)[0] == meta["published"]
        for key in ("relays", "near_duplicate_of"):
            assert meta[key] is None or meta[key] in texts
    assert gold["words"] == sum(len(text.split()) for text in texts.values())


def test_resolve_corpus_gold_surfaces_claims_and_quotes_occur_verbatim(corpus) -> None:
    _, gold, texts = corpus
    for entity in gold["entities"]:
        assert entity["type"] in {"PERSON", "ORG", "GPE"}
        assert entity["aliases"] == sorted({surface for _, surface in entity["occurrences"]})
        for file, surface in entity["occurrences"]:
            assert surface in texts[file], (entity["id"], file, surface)
    for claim in gold["claims"]:
        assert claim["text"] in texts[claim["file"]], claim
    assert len({(c["file"], c["text"]) for c in gold["claims"]}) == len(gold["claims"])
    for quote in gold["quotes"]:
        assert f'"{quote["text"]}' in texts[quote["file"]], quote


def test_resolve_corpus_claim_readings_match_sourcebooks_quantities(corpus) -> None:
    _, gold, texts = corpus
    for claim in gold["claims"]:
        found = {q.text: q for q in find_quantities(texts[claim["file"]])}
        quantity = found[claim["text"]]
        assert (quantity.value_low, quantity.value_high, quantity.qualifier) == (
            claim["value_low"],
            claim["value_high"],
            claim["qualifier"],
        ), claim


def test_resolve_corpus_clusters_are_consistent_with_their_members(corpus) -> None:
    _, gold, _ = corpus
    claims = {c["id"]: c for c in gold["claims"]}
    documents = gold["documents"]
    for cluster in gold["claim_clusters"]:
        members = [claims[m] for m in cluster["members"]]
        assert cluster["verdict"] in VERDICTS
        assert cluster["sources"] == sorted({c["file"] for c in members})
        assert cluster["independent_sources"] == len(cluster["roots"]) >= 1
        assert all(documents[root]["relays"] is None for root in cluster["roots"])
        measures = {c["measure"] for c in members}
        assert (len(measures) > 1) == (cluster["verdict"] == "differing-measure"), cluster
        if cluster["verdict"] == "single":
            assert len(cluster["roots"]) == 1  # copies of one report are one source
        if cluster["verdict"] == "agree":
            assert len({(c["value_low"], c["value_high"], c["qualifier"]) for c in members}) == 1
        if cluster["verdict"] != "differing-measure":
            assert all(c["cluster"] == cluster["id"] for c in members)
    assert {c["verdict"] for c in gold["claim_clusters"]} == VERDICTS
    quotes = {q["id"]: q for q in gold["quotes"]}
    for cluster in gold["quote_clusters"]:
        assert {quotes[m]["speaker"] for m in cluster["members"]} == {cluster["speaker"]}


def test_resolve_corpus_counts_syndicated_copies_once(corpus) -> None:
    _, gold, _ = corpus
    documents = gold["documents"]
    copies = [f for f, meta in documents.items() if meta["role"] == "syndicated"]
    assert copies and all(
        documents[f]["near_duplicate_of"] == documents[f]["relays"] for f in copies
    )
    wide = [c for c in gold["claim_clusters"] if set(c["sources"]) & set(copies)]
    assert any(c["independent_sources"] < len(c["sources"]) for c in wide)


def test_resolve_corpus_confusable_entities_never_share_a_document(corpus) -> None:
    _, gold, _ = corpus
    files = {e["id"]: {f for f, _ in e["occurrences"]} for e in gold["entities"]}
    assert {g["why"] for g in gold["confusables"]} == {"surname", "acronym"}
    for group in gold["confusables"]:
        for a, b in itertools.combinations(group["entities"], 2):
            assert not files[a] & files[b], (group, a, b)


def test_resolve_corpus_spells_names_the_ways_papers_do(corpus) -> None:
    _, gold, _ = corpus
    people = [e for e in gold["entities"] if e["type"] == "PERSON"]
    tokens = [{t for a in e["aliases"] for t in a.split()} for e in people]
    aliases = {a for e in people for a in e["aliases"]}
    assert any(a.startswith(("Mr ", "Ms ", "Minister ")) for a in aliases)
    accented = [e for e in people if not e["name"].isascii()]
    assert any(
        a.endswith(fold(e["name"])) for e in accented for a in e["aliases"]
    )  # "José Núñez", "Jose Nunez"
    assert any(
        set(pair) <= names for pair in CYRILLIC_GIVEN if pair[0] != pair[1] for names in tokens
    )
    chinese = [e for e in people if any("\u4e00" <= a[0] <= "\u9fff" for a in e["aliases"])]
    assert any(a.endswith(" ".join(e["name"].split()[::-1])) for e in chinese for a in e["aliases"])


@pytest.mark.slow
def test_resolve_corpus_builds_with_dates_and_outlets_read_from_the_files(tmp_path) -> None:
    gold = write(tmp_path, documents=40, seed=2)
    store = open_store(tmp_path / "corpus.db")
    try:
        report = build(store, [tmp_path / "documents"], workers=1)
        assert (report.ingested, report.analysed, report.failed) == (40, 40, [])
        outlets = {e["id"]: e["name"] for e in gold["entities"]}
        for doc in store.documents():
            meta = gold["documents"][Path(doc.path).name]
            assert doc.published == meta["published"]
            assert doc.source == outlets[meta["outlet"]]
            assert store.get_annotations(doc.id).mentions
    finally:
        store.close()
