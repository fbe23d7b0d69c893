"""The SQL of per-document annotations: mentions, quotes, claims, events and citations.

Rows are replaced per document, never patched, so a document's annotations always come from
one analyzer version; `documents.analyzed_version` records which.
"""

from __future__ import annotations

import json
import sqlite3
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


def get(db: sqlite3.Connection, doc_id: str) -> Annotations:
    """The document's stored annotations, each kind in text order; empty if never analysed."""

    def rows(table: str, columns: str) -> list[tuple[Any, ...]]:  # SQLite values: untyped
        return db.execute(
            f"SELECT {columns} FROM {table} WHERE document = ? ORDER BY start, end, id", (doc_id,)
        ).fetchall()

    mentions = tuple(
        Mention(doc_id, start, end, text, label, name, title, tuple(json.loads(aliases)), entity)
        for start, end, text, label, name, title, aliases, entity in rows(
            "mentions", "start, end, text, label, name, title, aliases, entity"
        )
    )
    quotes = tuple(
        Quote(
            doc_id,
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
        )
        for start, end, text, kind, cue, speaker, s_start, s_end, parts, relayed_by in rows(
            "quotes",
            "start, end, text, kind, cue, speaker, speaker_start, speaker_end, parts, relayed_by",
        )
    )
    claims = tuple(
        Claim(doc_id, *row)
        for row in rows(
            "claims",
            "start, end, text, value_low, value_high, unit, qualifier, subject, "
            "sentence_start, sentence_end, attributed_to",
        )
    )
    events = tuple(
        Event(
            doc_id,
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
        for start, end, text, date, precision, resolution, end_date, s_start, s_end, entities in rows(
            "events",
            "start, end, text, date, precision, resolution, end_date, sentence_start, "
            "sentence_end, entities",
        )
    )
    citations = tuple(
        Citation(doc_id, *row) for row in rows("citations", "start, end, cited, kind")
    )
    return Annotations(doc_id, mentions, quotes, claims, events, citations)


def to_analyze(db: sqlite3.Connection, version: int) -> list[str]:
    rows = db.execute(
        "SELECT id FROM documents WHERE duplicate_of IS NULL AND analyzed_version IS NOT ? "
        "ORDER BY path",
        (version,),
    ).fetchall()
    return [str(row[0]) for row in rows]


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)
