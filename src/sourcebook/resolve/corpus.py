"""The resolve step of `build`: entities over every distinct name, then quote and claim
clusters, over the whole corpus or around new documents (`resolve.scope`).

Entities are always resolved whole: the step reads one row per distinct name, so a corpus
of ten thousand documents costs about a second, and a merge may join names of any date.
"""

from __future__ import annotations

import time
from collections.abc import Collection
from dataclasses import dataclass, field

from sourcebook.records import Claim
from sourcebook.resolve.claim_clusters import ClaimGroup, ClaimRef, Context, cluster_claims
from sourcebook.resolve.entities import GROUPS, resolve_names
from sourcebook.resolve.names import organisation_key
from sourcebook.resolve.quote_clusters import QuoteRef, cluster_quotes, related_quotes
from sourcebook.store.base import Store

PEOPLE = frozenset({"PERSON"})
PLACES_AND_BODIES = frozenset({"ORG", "PLACE", "GPE", "LOC"})
COMMON_SHARE = 0.05  # an entity named by more documents than this share tells no event apart
COMMON_MIN = 20


@dataclass(frozen=True, slots=True)
class Resolved:
    quote_clusters: int
    seconds: float
    claim_groups: list[ClaimGroup] = field(default_factory=list)
    claims: frozenset[int] = frozenset()  # the claims clustered again (around new documents)


def resolve_entities(store: Store) -> int:
    """Entities over every distinct name; how many there are."""
    found = resolve_names(store.name_uses(), store.decisions())
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
    return len(found.entities)


def resolve_clusters(
    store: Store,
    scope: Collection[str] | None = None,
    window: Collection[str] | None = None,
    touched: Collection[str] | None = None,
) -> Resolved:
    """Quote clusters, which name speakers by entity, and claim groups, which tell events
    apart by the entities their documents name: over the whole corpus, or around the `touched`
    documents (`resolve.scope`), where only the quotes of their `window` that share words with
    theirs and the claims of the documents in their `scope` are clustered again, with every
    quote and claim of a cluster they belong to."""
    began = time.perf_counter()
    quotes = None
    if touched is not None and window is not None:
        near = related_quotes(list(store.quote_words(window)), touched)
        quotes = store.quote_neighbourhood(near, touched)
    clusters = cluster_quotes([QuoteRef(*row) for row in store.quotes_to_cluster(quotes)])
    store.replace_quote_clusters(clusters, touched if quotes is not None else None, quotes or ())
    if scope is None:
        stored = store.numbered("claims")
        claims = [ClaimRef(i, c) for i, c in stored if isinstance(c, Claim)]
    else:
        found = store.claims(store.claim_neighbourhood(scope))
        claims = [ClaimRef(i, c) for i, c in sorted(found.items())]
    groups = [
        g
        for g in cluster_claims(claims, contexts(store, {ref.claim.document for ref in claims}))
        if g.primary or scope is None or g.members[0].claim.document in scope
    ]  # a comparison is one document's: redone only for the documents in scope
    return Resolved(
        len(clusters), time.perf_counter() - began, groups, frozenset(ref.id for ref in claims)
    )


def contexts(store: Store, documents: Collection[str] | None = None) -> dict[str, Context]:
    """Each document's people, places and bodies, and its date. Outlets are left out (an
    outlet names itself in every story it prints), and so are names common to a large share
    of the corpus (`common`): "the Nation" or a country every story names tells no event
    from another."""
    outline = store.document_index()
    outlets = {organisation_key(source) for _, _, source, _ in outline if source}
    frequent = common(store, len(outline))
    people: dict[str, set[str]] = {}
    others: dict[str, set[str]] = {}
    for document, entity, kind, name in store.entity_occurrences(documents):
        if entity in frequent:
            continue
        if kind in PEOPLE:
            people.setdefault(document, set()).add(entity)
        elif kind in PLACES_AND_BODIES and organisation_key(name) not in outlets:
            others.setdefault(document, set()).add(entity)
    return {
        doc_id: Context(
            frozenset(people.get(doc_id, ())), frozenset(others.get(doc_id, ())), published
        )
        for doc_id, published, _, _ in outline
        if documents is None or doc_id in documents
    }


def common(store: Store, documents: int) -> set[str]:
    """Entities named by more than `COMMON_SHARE` of the corpus's documents (and more than
    `COMMON_MIN` of them)."""
    most = max(COMMON_MIN, COMMON_SHARE * documents)
    return {e.id for e in store.entities(limit=None) if len(e.documents) > most}
