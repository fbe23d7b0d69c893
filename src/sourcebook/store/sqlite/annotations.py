"""The SQL of per-document annotations: mentions, quotes, claims, events and citations.

Rows are replaced per document, never patched, so a document's annotations always come from
one analyzer version; `documents.analyzed_version` records which.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterator
from typing import Any

from sourcebook.records import (
    Annotations,
    Citation,
    Claim,
    Event,
    Mention,
    Precision,
    Quote,
    QuoteKind,
    Resolution,
)

TABLES = ("mentions", "quotes", "claims", "events", "citations")


def put(db: sqlite3.Connection, annotations: Annotations, version: int) -> None:
    """Replace the document's annotations and mark it analysed at `version`."""
    doc_id = annotations.document
    for table in TABLES:
        db.execute(f"DELETE FROM {table} WHERE document = ?", (doc_id,))
    db.executemany(
        "INSERT INTO mentions (document, start, end, text, label, name, title, aliases, entity) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (doc_id, m.start, m.end, m.text, m.label, m.name, m.title, _json(m.aliases), m.entity)
            for m in annotations.mentions
        ],
    )
    db.executemany(
        "INSERT INTO quotes (document, start, end, text, kind, cue, speaker, speaker_start, "
        "speaker_end, parts, relayed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                q.start,
                q.end,
                q.text,
                q.kind.value,
                q.cue,
                q.speaker,
                q.speaker_start,
                q.speaker_end,
                _json(q.parts),
                q.relayed_by,
            )
            for q in annotations.quotes
        ],
    )
    db.executemany(
        "INSERT INTO claims (document, start, end, text, value_low, value_high, unit, qualifier, "
        "subject, sentence_start, sentence_end, attributed_to) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                c.start,
                c.end,
                c.text,
                c.value_low,
                c.value_high,
                c.unit,
                c.qualifier,
                c.subject,
                c.sentence_start,
                c.sentence_end,
                c.attributed_to,
            )
            for c in annotations.claims
        ],
    )
    db.executemany(
        "INSERT INTO events (document, start, end, text, date, precision, resolution, end_date, "
        "sentence_start, sentence_end, entities) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                doc_id,
                e.start,
                e.end,
                e.text,
                e.date,
                e.precision.value if e.precision else None,
                e.resolution.value,
                e.end_date,
                e.sentence_start,
                e.sentence_end,
                _json(e.entities),
            )
            for e in annotations.events
        ],
    )
    db.executemany(
        "INSERT INTO citations (document, start, end, cited, kind) VALUES (?, ?, ?, ?, ?)",
        [(doc_id, c.start, c.end, c.cited, c.kind) for c in annotations.citations],
    )
    db.execute("UPDATE documents SET analyzed_version = ? WHERE id = ?", (version, doc_id))


COLUMNS = {
    "mentions": "start, end, text, label, name, title, aliases, entity",
    "quotes": "start, end, text, kind, cue, speaker, speaker_start, speaker_end, parts, "
    "relayed_by, cluster",
    "claims": "start, end, text, value_low, value_high, unit, qualifier, subject, "
    "sentence_start, sentence_end, attributed_to, cluster",
    "events": "start, end, text, date, precision, resolution, end_date, sentence_start, "
    "sentence_end, entities",
    "citations": "start, end, cited, kind",
}
AnnotationRecord = Mention | Quote | Claim | Event | Citation


def get(db: sqlite3.Connection, doc_id: str) -> Annotations:
    """The document's stored annotations, each kind in text order; empty if never analysed."""
    found = {
        table: tuple(
            record(table, (doc_id, *row))
            for row in db.execute(
                f"SELECT {COLUMNS[table]} FROM {table} WHERE document = ? ORDER BY start, end, id",
                (doc_id,),
            )
        )
        for table in TABLES
    }
    return Annotations(doc_id, **found)  # type: ignore[arg-type]


def numbered(
    db: sqlite3.Connection, table: str, documents: Collection[str] | None = None
) -> Iterator[tuple[int, AnnotationRecord]]:
    """Every stored annotation of one kind (of `documents`, if given) with its row id,
    document by document."""
    where = "" if documents is None else "WHERE document IN (SELECT value FROM json_each(?))"
    args = () if documents is None else (json.dumps(sorted(documents)),)
    for row_id, *row in db.execute(
        f"SELECT id, document, {COLUMNS[table]} FROM {table} {where} "
        "ORDER BY document, start, end, id",
        args,
    ):
        yield row_id, record(table, tuple(row))


def record(table: str, row: tuple[Any, ...]) -> AnnotationRecord:
    """One row (document first, then `COLUMNS[table]`) as its record."""
    document, start, end, text, *rest = row
    if table == "mentions":
        label, name, title, aliases, entity = rest
        return Mention(
            document, start, end, text, label, name, title, tuple(json.loads(aliases)), entity
        )
    if table == "quotes":
        kind, cue, speaker, s_start, s_end, parts, relayed_by, cluster = rest
        return Quote(
            document,
            start,
            end,
            text,
            QuoteKind(kind),
            cue,
            speaker,
            s_start,
            s_end,
            tuple((a, b) for a, b in json.loads(parts)),
            relayed_by,
            cluster,
        )
    if table == "claims":
        return Claim(*row)
    if table == "events":
        date, precision, resolution, end_date, s_start, s_end, entities = rest
        return Event(
            document,
            start,
            end,
            text,
            date,
            Precision(precision) if precision else None,
            Resolution(resolution),
            end_date,
            s_start,
            s_end,
            tuple(json.loads(entities)),
        )
    return Citation(*row)


def to_analyze(db: sqlite3.Connection, version: int) -> list[str]:
    rows = db.execute(
        "SELECT id FROM documents WHERE duplicate_of IS NULL AND analyzed_version IS NOT ? "
        "ORDER BY path",
        (version,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
