"""The corpus step of `build`: read every stored mention, quote and decision, resolve, store."""

from __future__ import annotations

import time
from dataclasses import dataclass

from sourcebook.resolve.entities import GROUPS, resolve
from sourcebook.resolve.quote_clusters import QuoteRef, cluster_quotes
from sourcebook.store.base import Store


@dataclass(frozen=True, slots=True)
class Resolved:
    entities: int
    seconds: float
    quote_clusters: int = 0


def resolve_entities(store: Store) -> Resolved:
    """Replace the corpus's entities with a fresh resolution of all its names.

    Whole, not patched: it runs over distinct names, not mentions, so it costs little next
    to analysis, and a result never depends on the order documents arrived in."""
    began = time.perf_counter()
    found = resolve(store.mentions(), store.decisions())
    labels = {
        group: [label for label, g in GROUPS.items() if g == group] for group in GROUPS.values()
    }
    assignments = [
        (entity_id, label, name)
        for (group, name), entity_id in found.entity_of.items()
        for label in labels.get(group, [group])
    ]
    store.replace_entities(found.entities, assignments)
    return Resolved(len(found.entities), time.perf_counter() - began)


def resolve_corpus(store: Store) -> Resolved:
    """Entities first, then quote clusters, which name speakers by entity."""
    began = time.perf_counter()
    entities = resolve_entities(store)
    quotes = [QuoteRef(*row) for row in store.quotes_to_cluster()]
    clusters = cluster_quotes(quotes)
    store.replace_quote_clusters(clusters)
    return Resolved(entities.entities, time.perf_counter() - began, len(clusters))
