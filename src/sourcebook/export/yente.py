"""Screening matches in the shape of yente's `/match` answer, so tools built for it read ours.

yente (OpenSanctions' screening API) answers a batch of queries with `responses`, one per
query id, each holding the query and its scored `results`; a result names the list entity
(`id`, `caption`, `schema`, `properties`, `datasets`), its `score`, whether it is a `match`,
its `features` (name → score) and `explanations` (name → score and detail). Here the query is
a corpus entity and the results the list entries it matched.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sourcebook.records import Entity
from sourcebook.screen.entries import PERSON
from sourcebook.screen.match import Match, scores


def yente_matches(
    matches: Sequence[Match], entities: Sequence[Entity], threshold: float
) -> dict[str, Any]:
    """One response per entity that matched, its results best first."""
    names = {e.id: e for e in entities}
    responses: dict[str, dict[str, Any]] = {}
    for m in matches:
        entity = names.get(m.entity) or Entity(m.entity, m.entity_name, "")
        response = responses.setdefault(m.entity, _response(entity))
        response["results"].append(_result(m))
        response["total"]["value"] += 1
    return {
        "responses": responses,
        "matcher": {"name": "sourcebook", "threshold": threshold},
        "limit": max((len(r["results"]) for r in responses.values()), default=0),
    }


def _response(entity: Entity) -> dict[str, Any]:
    schema = "Person" if entity.type == "PERSON" else "Organization"
    return {
        "status": 200,
        "query": {
            "id": entity.id,
            "schema": schema,
            "properties": {"name": [entity.name], "alias": list(entity.aliases)},
        },
        "results": [],
        "total": {"value": 0, "relation": "eq"},
    }


def _result(m: Match) -> dict[str, Any]:
    e = m.entry
    features = dict(scores(m.features))
    details: dict[str, list[str]] = {}
    for feature in m.features:
        details.setdefault(feature.name, []).append(feature.detail)
    properties = {"name": [e.name], "alias": list(e.aliases)}
    if e.program:
        properties["program"] = [e.program]
    return {
        "id": e.id,
        "caption": e.name,
        "schema": "Person" if e.kind == PERSON else "Organization",
        "properties": properties,
        "datasets": [e.list],
        "referents": [],  # other ids of one listed party: a list file gives one
        "reference": e.reference,
        "target": True,
        "score": m.score,
        "match": m.match,
        "features": features,
        "explanations": {
            name: {"score": features[name], "detail": "; ".join(said)}
            for name, said in details.items()
        },
        "source": e.source,
        "matched": list(m.matched),
    }
