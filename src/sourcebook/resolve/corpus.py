"""The corpus step of `build`: read every stored mention, quote, claim and decision, resolve,
store.

Whole, not patched: it runs over distinct names and indexes of quotes and claims, so it costs
little next to analysis, and a result never depends on the order documents arrived in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from sourcebook.records import Claim, Document
from sourcebook.resolve.claim_clusters import ClaimGroup, ClaimRef, Context, cluster_claims
from sourcebook.resolve.entities import GROUPS, resolve
from sourcebook.resolve.names import organisation_key
from sourcebook.resolve.quote_clusters import QuoteRef, cluster_quotes
from sourcebook.store.base import Store

PEOPLE = frozenset({"PERSON"})
PLACES_AND_BODIES = frozenset({"ORG", "PLACE", "GPE", "LOC"})


@dataclass(frozen=True, slots=True)
class Resolved:
    entities: int
    quote_clusters: int
    seconds: float
    claim_groups: list[ClaimGroup] = field(default_factory=list)


def resolve_corpus(store: Store, documents: dict[str, Document] | None = None) -> Resolved:
    """Entities first; then quote clusters, which name speakers by entity, and claim groups,
    which tell events apart by the entities their documents name."""
    began = time.perf_counter()
    found = resolve(store.mentions(), store.decisions())
    labels = {
        group: [label for label, g in GROUPS.items() if g == group] for group in GROUPS.values()
    }
    store.replace_entities(
        found.entities,
        [
            (entity_id, label, name)
            for (group, name), entity_id in found.entity_of.items()
            for label in labels.get(group, [group])
        ],
    )
    clusters = cluster_quotes([QuoteRef(*row) for row in store.quotes_to_cluster()])
    store.replace_quote_clusters(clusters)
    documents = documents if documents is not None else {d.id: d for d in store.documents()}
    claims = [ClaimRef(i, c) for i, c in store.numbered("claims") if isinstance(c, Claim)]
    groups = cluster_claims(claims, contexts(store, documents))
    return Resolved(len(found.entities), len(clusters), time.perf_counter() - began, groups)


def contexts(store: Store, documents: dict[str, Document]) -> dict[str, Context]:
    """Each document's people, places and bodies (outlets left out), and its date."""
    outlets = {organisation_key(d.source) for d in documents.values() if d.source}
    people: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}
    for document, entity, kind, name in store.entity_occurrences():
        if kind in PEOPLE:
            people.setdefault(document, set()).add(entity)
        elif kind in PLACES_AND_BODIES and organisation_key(name) not in outlets:
            others.setdefault(document, set()).add(entity)
    return {
        doc_id: Context(
            frozenset(people.get(doc_id, ())), frozenset(others.get(doc_id, ())), doc.published
        )
        for doc_id, doc in documents.items()
    }
