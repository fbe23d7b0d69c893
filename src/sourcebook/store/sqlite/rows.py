"""Documents read back from their rows: the one place a `documents` row becomes a record."""

from __future__ import annotations

import json
import sqlite3

from sourcebook.records import Document, Page, Precision, RemovedSpan


def document_from_row(db: sqlite3.Connection, row: tuple[object, ...]) -> Document:
    """A Document from its `documents` row, with its removed spans and pages."""
    (
        doc_id,
        path,
        parent,
        media_type,
        extractor,
        extractor_version,
        title,
        source,
        author,
        published,
        precision,
        language,
        text,
        content_hash,
        text_hash,
        duplicate_of,
        metadata,
        errors,
    ) = row
    removed = tuple(
        RemovedSpan(at, text_, reason)
        for at, reason, text_ in db.execute(
            "SELECT at, reason, text FROM removed WHERE document = ? ORDER BY seq", (doc_id,)
        )
    )
    pages = tuple(
        Page(*page)
        for page in db.execute(
            "SELECT number, start, end FROM pages WHERE document = ? ORDER BY number", (doc_id,)
        )
    )
    return Document(
        id=str(doc_id),
        path=str(path),
        media_type=str(media_type),
        text=str(text),
        title=_opt(title),
        source=_opt(source),
        author=_opt(author),
        published=_opt(published),
        published_precision=Precision(str(precision)) if precision else None,
        language=_opt(language),
        removed=removed,
        pages=pages,
        content_hash=str(content_hash),
        text_hash=str(text_hash),
        duplicate_of=_opt(duplicate_of),
        parent=_opt(parent),
        extractor=str(extractor),
        extractor_version=int(str(extractor_version)),
        metadata=json.loads(str(metadata)),
        errors=tuple(json.loads(str(errors))),
    )


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
