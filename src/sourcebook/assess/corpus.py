"""The corpus step of `build` after resolution: judge every claim cluster against the relay
graph of the whole corpus, and store the verdicts."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sourcebook.assess.claims import judge
from sourcebook.assess.relays import RelayGraph, relay_graph
from sourcebook.records import Citation, Document
from sourcebook.resolve.claim_clusters import ClaimGroup
from sourcebook.store.base import Store


@dataclass(frozen=True, slots=True)
class Assessed:
    claim_clusters: int
    conflicts: int
    seconds: float


def assess_corpus(
    store: Store, groups: list[ClaimGroup], documents: dict[str, Document]
) -> Assessed:
    began = time.perf_counter()
    graph = corpus_graph(store, documents)
    clusters = [judge(group, graph) for group in groups]
    store.replace_claim_clusters(clusters)
    conflicts = sum(c.verdict == "conflict" for c in clusters)
    return Assessed(len(clusters), conflicts, time.perf_counter() - began)


def corpus_graph(store: Store, documents: dict[str, Document]) -> RelayGraph:
    """The relay graph of everything stored."""
    citations = [c for _, c in store.numbered("citations") if isinstance(c, Citation)]
    return relay_graph(documents.values(), citations, store.near_duplicate_pairs())
