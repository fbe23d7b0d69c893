"""The JSON export as FollowTheMoney entities, one JSON object per line, for Aleph.

Written against the FtM schema definitions (Thing, Document, Person, Organization, Address,
Documentation), without depending on the followthemoney package. Each place becomes an
`Address`: it is FtM's only schema for a location that is itself an entity (it extends Thing, so
a Documentation may point at it), and `full` takes a bare place name as readily as a street.
NORP, LAW, WORK and EVENT names are left out: FtM has no schema for groups of people, laws
or works, and `LegalEntity` would claim they can own, sign and be sanctioned.

An entity's evidence travels on a `Documentation` per (document, entity) pair: its
`description` lists every mention as "chars START-END: «text»" so each claim of the
link can be checked against the document's text.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import Any

SCHEMATA = {
    "PERSON": "Person",
    "ORG": "Organization",
    "GPE": "Address",
    "LOC": "Address",
    "PLACE": "Address",
    "FAC": "Address",
}


def ftm_id(kind: str, sourcebook_id: str) -> str:
    """A stable FtM id: the same sourcebook id always gives the same entity in Aleph."""
    digest = hashlib.sha1(f"{kind}:{sourcebook_id}".encode()).hexdigest()
    return f"sb-{kind}-{digest[:24]}"


def ftm_entities(data: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """Documents, then entities of a supported type, then one Documentation per link."""
    documents = {doc["id"]: doc for doc in data.get("documents") or []}
    for doc in documents.values():
        yield _document(doc)
    kept = {}
    for entity in data.get("entities") or []:
        schema = SCHEMATA.get(str(entity.get("type") or "").upper())
        if schema is not None:
            kept[entity["id"]] = entity
            yield _entity(entity, schema)
    passages: dict[tuple[str, str], list[Mapping[str, Any]]] = defaultdict(list)
    for mention in data.get("mentions") or []:
        if mention.get("entity") in kept and mention.get("document") in documents:
            passages[(mention["entity"], mention["document"])].append(mention)
    for entity in kept.values():
        for document in entity.get("documents") or []:
            passages.setdefault((entity["id"], document), [])
    for (entity_id, document), mentions in sorted(passages.items()):
        if document in documents:
            yield _documentation(kept[entity_id], documents[document], mentions)


def write_ftm(data: Mapping[str, Any], path: Path) -> int:
    """Write the entities as line-delimited JSON (`alephclient write-entities` reads it)."""
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for entity in ftm_entities(data):
            handle.write(json.dumps(entity, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1
    return count


def _document(doc: Mapping[str, Any]) -> dict[str, Any]:
    path = str(doc.get("path") or "")
    source = doc.get("source")
    properties = {
        "name": doc.get("title") or PurePosixPath(path).name or doc["id"],  # Thing requires one
        "title": doc.get("title"),
        "fileName": PurePosixPath(path.split("!")[-1]).name or None,
        "mimeType": doc.get("media_type"),
        "author": doc.get("author"),
        "publishedAt": doc.get("published"),
        "language": doc.get("language"),
        "publisher": source,
        "sourceUrl": source if _is_url(source) else None,
        "recordId": doc["id"],
        "notes": f"sourcebook document {doc['id']}: {path}",
    }
    return _make("Document", ftm_id("doc", doc["id"]), properties)


def _entity(entity: Mapping[str, Any], schema: str) -> dict[str, Any]:
    name = entity["name"]
    properties: dict[str, Any] = {
        "name": name,
        "alias": [alias for alias in entity.get("aliases") or [] if alias != name],
        "proof": [ftm_id("doc", doc) for doc in entity.get("documents") or []],
        "notes": entity.get("evidence") or [],
    }
    if schema == "Address":
        properties["full"] = name
    return _make(schema, ftm_id("ent", entity["id"]), properties)


def _documentation(
    entity: Mapping[str, Any], doc: Mapping[str, Any], mentions: list[Mapping[str, Any]]
) -> dict[str, Any]:
    text = doc.get("text") or ""
    lines = []
    for mention in sorted(mentions, key=lambda m: (m["start"], m["end"])):
        start, end = mention["start"], mention["end"]
        lines.append(f"chars {start}-{end}: «{text[start:end]}»")
    count = len(lines)
    summary = f"{entity['name']} is named {count} time{'s' if count != 1 else ''} in this document"
    properties = {
        "document": ftm_id("doc", doc["id"]),
        "entity": ftm_id("ent", entity["id"]),
        "role": "mentioned",
        "summary": summary if count else f"{entity['name']} is named in this document",
        "description": "\n".join(lines) or None,
        "date": doc.get("published"),
    }
    return _make("Documentation", ftm_id("link", f"{entity['id']}@{doc['id']}"), properties)


def _make(schema: str, entity_id: str, properties: Mapping[str, Any]) -> dict[str, Any]:
    """FtM wants every property as a list of strings, and no empty ones."""
    values: dict[str, list[str]] = {}
    for name, value in properties.items():
        items = value if isinstance(value, list) else [value]
        kept = [str(item) for item in items if item not in (None, "")]
        if kept:
            values[name] = kept
    return {"id": entity_id, "schema": schema, "properties": values}


def _is_url(value: object) -> bool:
    return isinstance(value, str) and value.startswith(("http://", "https://"))
