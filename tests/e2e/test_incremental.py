"""Adding documents to a built corpus redoes the corpus steps around them only, and gives the
clusters and verdicts a build of everything at once gives."""

import shutil
import sys
from pathlib import Path

import pytest

from sourcebook.build import build
from sourcebook.store import open_store

pytestmark = pytest.mark.slow

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
FIRST, ADDED = 120, 30


def findings(store):
    """Clusters by the (file, offset) of their members: store ids differ between builds."""
    where = {d.id: Path(d.path).name for d in store.documents()}
    claims = {i: (where[c.document], c.start) for i, c in store.numbered("claims")}
    quotes = {i: (where[q.document], q.start) for i, q in store.numbered("quotes")}
    facts = {
        (frozenset(claims[m] for m in c.members), c.verdict, c.independent_sources)
        for c in store.claim_clusters(limit=None)
    }
    statements = {frozenset(quotes[m] for m in c.members) for c in store.quote_clusters(limit=None)}
    entities = {(e.name, e.type, len(e.documents)) for e in store.entities(limit=None)}
    return facts, statements, entities


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    sys.path.insert(0, str(BENCHMARKS))
    import resolve_corpus

    root = tmp_path_factory.mktemp("incremental")
    gold = resolve_corpus.write(root / "generated", FIRST + ADDED, seed=3)
    files = list(gold["documents"])  # in the order the stories were written
    for folder in ("first", "all"):
        (root / folder).mkdir()
    for index, name in enumerate(files):
        source = root / "generated" / "documents" / name
        shutil.copy(source, root / "all" / name)
        if index < FIRST:
            shutil.copy(source, root / "first" / name)
    return root, files


def test_adding_documents_matches_building_them_all_at_once(corpus):
    root, files = corpus
    added = open_store(root / "added.db")
    build(added, [root / "first"])
    for name in files[FIRST:]:
        shutil.copy(root / "all" / name, root / "first" / name)
    report = build(added, [root / "first"])
    assert report.analysed == ADDED
    assert report.corpus_scope < FIRST + ADDED  # read again around the new documents only
    whole = open_store(root / "whole.db")
    build(whole, [root / "all"])
    (facts, statements, entities), (facts_once, statements_once, entities_once) = (
        findings(added),
        findings(whole),
    )
    assert facts == facts_once  # every fact, verdict and count of independent sources
    assert entities == entities_once
    # Quotes cluster longest first, so a stock phrase that many stories repeat ("it was
    # monitoring the situation closely") may gather its quotes a little differently: on this
    # corpus 91 of 98 statements come out the same.
    assert len(statements & statements_once) >= 0.9 * len(statements_once)
    again = build(added, [root / "first"])  # nothing new: nothing redone
    assert again.analysed == 0 and again.corpus_scope == 0
