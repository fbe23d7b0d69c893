"""The assess step of `build`: judge claim clusters against the relay graph and find contested
statements, over the whole corpus or around new documents.

The relay graph is built from the corpus's outline (ids, dates, sources, duplicates); a text
or a document's citations are read from the store only when a question reaches them, so
judging the clusters of a hundred new documents reads a few hundred texts, not all of them.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TypeVar

from sourcebook.assess.claims import judge
from sourcebook.assess.contested import find_contests
from sourcebook.assess.relays import OUTLET_KINDS, RelayGraph, outline_graph
from sourcebook.records import Annotations, Citation, Mention, Quote
from sourcebook.resolve.corpus import Resolved
from sourcebook.store.base import Store

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Assessed:
    claim_clusters: int
    conflicts: int
    contests: int
    seconds: float


def assess_corpus(
    store: Store, resolved: Resolved, scope: Collection[str] | None = None
) -> Assessed:
    """Judge the resolved claim groups and find contests, over `scope` (documents near new
    ones) or the whole corpus."""
    began = time.perf_counter()
    graph = corpus_graph(store)
    clusters = [judge(group, graph) for group in resolved.claim_groups]
    store.replace_claim_clusters(clusters, scope, resolved.claims)
    if scope is None:
        ids = {doc_id for doc_id, *_ in store.document_index()}
    else:  # with the statements of contests reaching into the scope, so none is cut short
        ids = set(scope) | {
            s.document
            for c in store.contests()
            if any(s.document in scope for s in c.statements)
            for s in c.statements
        }
    documents = {doc_id: store.get_document(doc_id) for doc_id in sorted(ids)}
    contests = find_contests(documents, _mentions_and_quotes(store, ids), graph)
    if scope is not None:
        contests = [c for c in contests if any(s.document in scope for s in c.statements)]
    store.replace_contests(contests, scope)
    conflicts = sum(c.verdict == "conflict" for c in clusters)
    return Assessed(len(clusters), conflicts, len(contests), time.perf_counter() - began)


def corpus_graph(store: Store) -> RelayGraph:
    """The relay graph of everything stored, reading texts and citations as it needs them."""

    def citations(doc_id: str) -> list[Citation]:
        return [c for _, c in store.numbered("citations", [doc_id]) if isinstance(c, Citation)]

    return outline_graph(
        store.document_index(),
        _Loaded(store.document_text),
        _Loaded(citations),
        store.near_duplicate_pairs(),
        store.cited_names(OUTLET_KINDS),
        store.document_names(),
    )


class _Loaded(Mapping[str, V]):
    """A mapping that reads each value from the store the first time it is asked for."""

    def __init__(self, load: Callable[[str], V]):
        self._load = load
        self._values: dict[str, V] = {}

    def __getitem__(self, key: str) -> V:
        if key not in self._values:
            self._values[key] = self._load(key)
        return self._values[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def _mentions_and_quotes(
    store: Store, scope: Collection[str] | None = None
) -> dict[str, Annotations]:
    """What contested statements read of each document, one query per table."""
    mentions: dict[str, list[Mention]] = defaultdict(list)
    quotes: dict[str, list[Quote]] = defaultdict(list)
    for _, m in store.numbered("mentions", scope):
        if isinstance(m, Mention):
            mentions[m.document].append(m)
    for _, q in store.numbered("quotes", scope):
        if isinstance(q, Quote):
            quotes[q.document].append(q)
    return {
        d: Annotations(d, mentions=tuple(mentions[d]), quotes=tuple(quotes[d]))
        for d in mentions.keys() | quotes.keys()
    }
