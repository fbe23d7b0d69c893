"""The corpus step of `build`: read every stored mention, quote and decision, resolve, store.

Whole, not patched: it runs over distinct names and an index of quotes, so it costs little next
to analysis, and a result never depends on the order documents arrived in.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from sourcebook.resolve.entities import GROUPS, resolve
from sourcebook.resolve.quote_clusters import QuoteRef, cluster_quotes
from sourcebook.store.base import Store


@dataclass(frozen=True, slots=True)
class Resolved:
    entities: int
    quote_clusters: int
    seconds: float


def resolve_corpus(store: Store) -> Resolved:
    """Entities first, then quote clusters, which name speakers by entity."""
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
    return Resolved(len(found.entities), len(clusters), time.perf_counter() - began)
