"""The JSON export contract (docs/reference/export.md): everything a build found, as one dict.

Every other format (CSV, FollowTheMoney, TimelineJS, the report) is written from this dict, so
they agree with each other and with the contract; each record keeps the document and the
character span that support it. Ids are stable within one database: quotes, claims and events
are "q", "c" and "e" followed by their store id.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

import sourcebook
from sourcebook.records import Citation, Claim, Event, Mention, Quote
from sourcebook.store.base import Store

SCHEMA_VERSION = 1
Record = dict[str, Any]


def export(store: Store) -> dict[str, Any]:
    """The whole corpus as the contract's dict; `screening` holds the last `sourcebook screen`."""
    entities = store.entities(limit=None)
    names = {entity.id: entity.name for entity in entities}
    mentions = [m for _, m in store.numbered("mentions") if isinstance(m, Mention)]
    entity_at = _EntityIndex(mentions)
    documents = [_document(doc) for doc in store.documents()]
    texts = {doc["id"]: doc["text"] for doc in documents}
    return {
        "schema_version": SCHEMA_VERSION,
        "generator": f"sourcebook {sourcebook.__version__}",
        "documents": documents,
        "entities": [
            {
                "id": e.id,
                "name": e.name,
                "type": e.type,
                "aliases": list(e.aliases),
                "documents": list(e.documents),
                "mentions": e.mentions,
                "evidence": list(e.evidence),
            }
            for e in entities
        ],
        "mentions": [
            {
                "document": m.document,
                "start": m.start,
                "end": m.end,
                "text": m.text,
                "label": m.label,
                "entity": m.entity,
                "name": m.name,
                "title": m.title,
            }
            for m in mentions
        ],
        "quotes": list(_quotes(store, entity_at, names)),
        "claims": [_claim(i, c) for i, c in store.numbered("claims") if isinstance(c, Claim)],
        "claim_clusters": [
            {
                "id": c.id,
                "label": c.label,
                "verdict": c.verdict,
                "members": [f"c{m}" for m in c.members],
                "sources": list(c.sources),
                "independent_sources": c.independent_sources,
                "reason": c.reason,
                "measure": c.measure,
                "unit": c.unit,
                "primary": c.primary,
                "evidence": list(c.evidence),
            }
            for c in store.claim_clusters(limit=None)
        ],
        "quote_clusters": [
            {
                "id": c.id,
                "members": [f"q{m}" for m in c.members],
                "speaker": names.get(c.speaker or "", c.speaker),
                "speaker_entity": c.speaker if c.speaker in names else None,
                "speakers_differ": c.speakers_differ,
                "text": c.text,
            }
            for c in store.quote_clusters(limit=None)
        ],
        "events": [
            _event(i, e, entity_at) for i, e in store.numbered("events") if isinstance(e, Event)
        ],
        "citations": [
            {
                "document": c.document,
                "start": c.start,
                "end": c.end,
                "cited": c.cited,
                "kind": c.kind,
                "text": texts[c.document][c.start : c.end],
            }
            for _, c in store.numbered("citations")
            if isinstance(c, Citation)
        ],
        "contested": [
            {
                "id": c.id,
                "label": c.label,
                "kind": c.kind,
                "statements": [asdict(s) for s in c.statements],
            }
            for c in store.contests()
        ],
        "screening": [
            {
                "entity": r.entity,
                "entry_id": r.entry_id,
                "entry_name": r.entry_name,
                "list": r.list,
                "program": r.program,
                "score": r.score,
                "match": r.match,
                "features": dict(r.features),
                "explanations": list(r.explanations),
                "reference": r.reference,
                "source": r.source,
                "matched": list(r.matched),
                "decision": r.decision,
            }
            for r in store.screening()
        ],
    }


class _EntityIndex:
    """Which entity a document's words stand for: by the mention at a span, or by a name."""

    def __init__(self, mentions: list[Mention]):
        self.spans: dict[str, list[Mention]] = {}
        self.names: dict[tuple[str, str], str] = {}
        for m in mentions:
            if m.entity is not None:
                self.spans.setdefault(m.document, []).append(m)
                self.names.setdefault((m.document, m.name), m.entity)

    def at(self, document: str, start: int | None, end: int | None) -> str | None:
        if start is None or end is None:
            return None
        for m in self.spans.get(document, []):
            if m.start < end and start < m.end:
                return m.entity
        return None

    def named(self, document: str, name: str) -> str | None:
        return self.names.get((document, name))


def _document(doc: Any) -> Record:
    return {
        "id": doc.id,
        "path": doc.path,
        "title": doc.title,
        "source": doc.source,
        "published": doc.published,
        "language": doc.language,
        "text": doc.text,
        "media_type": doc.media_type,
        "author": doc.author,
        "published_precision": doc.published_precision.value if doc.published_precision else None,
        "duplicate_of": doc.duplicate_of,
    }


def _quotes(store: Store, entity_at: _EntityIndex, names: dict[str, str]) -> Iterator[Record]:
    for i, q in store.numbered("quotes"):
        if not isinstance(q, Quote):
            continue
        entity = entity_at.at(q.document, q.speaker_start, q.speaker_end)
        yield {
            "id": f"q{i}",
            "document": q.document,
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind.value,
            "speaker": names[entity] if entity else q.speaker,
            "speaker_entity": entity,
            "cluster": q.cluster,
            "cue": q.cue,
            "speaker_start": q.speaker_start,
            "speaker_end": q.speaker_end,
        }


def _claim(i: int, c: Claim) -> Record:
    return {
        "id": f"c{i}",
        "document": c.document,
        "start": c.start,
        "end": c.end,
        "text": c.text,
        "value_low": c.value_low,
        "value_high": c.value_high,
        "unit": c.unit,
        "qualifier": c.qualifier,
        "subject": c.subject,
        "cluster": c.cluster,
        "sentence_start": c.sentence_start,
        "sentence_end": c.sentence_end,
        "attributed_to": c.attributed_to,
    }


def _event(i: int, e: Event, entity_at: _EntityIndex) -> Record:
    involved = (entity_at.named(e.document, name) for name in e.entities)
    return {
        "id": f"e{i}",
        "date": e.date,
        "precision": e.precision.value if e.precision else None,
        "text": e.text,
        "document": e.document,
        "start": e.start,
        "end": e.end,
        "entities": sorted({entity for entity in involved if entity}),
        "end_date": e.end_date,
        "resolution": e.resolution.value,
        "sentence_start": e.sentence_start,
        "sentence_end": e.sentence_end,
    }
