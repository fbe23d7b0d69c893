"""SQLiteStore: the default store, one database file.

Writes happen in explicit transactions, one per ingested document, so a run killed at any
moment leaves every committed document whole and no half-written one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sourcebook.errors import NotFound, StoreError
from sourcebook.records import Annotations, Document
from sourcebook.store.base import (
    CorpusCounts,
    Failure,
    SearchFilters,
    SearchHit,
    StoredFile,
)
from sourcebook.store.sqlite import annotations as annotations_sql
from sourcebook.store.sqlite import search
from sourcebook.store.sqlite.corpus_tables import CorpusTables
from sourcebook.store.sqlite.rows import document_from_row
from sourcebook.store.sqlite.schema import migrate
from sourcebook.text.fingerprint import Fingerprint, band_keys, similarity
from sourcebook.text.fold import fold_cjk, has_cjk
from sourcebook.text.passages import split_passages

_DOCUMENT_COLUMNS = (
    "id, path, parent, media_type, extractor, extractor_version, title, source, author, "
    "published, published_precision, language, text, content_hash, text_hash, duplicate_of, "
    "metadata, errors"
)


class SQLiteStore(CorpusTables):
    def __init__(self, location: str) -> None:
        self.location = location
        try:
            if location != ":memory:":
                Path(location).parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(location, isolation_level=None, check_same_thread=False)
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA busy_timeout = 10000")
            # Checkpoint the log every ~40 MB instead of 4 MB: a build commits once per
            # document, and copying hot pages back ten times as often cost half of each commit.
            self.db.execute("PRAGMA wal_autocheckpoint = 10000")
            migrate(self.db, location)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{location}: cannot open the database ({exc})", "is it a sourcebook database?"
            ) from exc

    # -- writing -------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")

    def put_document(
        self, doc: Document, size: int, mtime: float, fingerprint: Fingerprint | None
    ) -> None:
        """Insert or replace the document stored at `doc.path`, with its passages and indexes."""
        self._delete_path(doc.path)
        self.db.execute(
            f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, size, mtime) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.path,
                doc.parent,
                doc.media_type,
                doc.extractor,
                doc.extractor_version,
                doc.title,
                doc.source,
                doc.author,
                doc.published,
                doc.published_precision.value if doc.published_precision else None,
                doc.language,
                doc.text,
                doc.content_hash,
                doc.text_hash,
                doc.duplicate_of,
                json.dumps(doc.metadata, ensure_ascii=False),
                json.dumps(list(doc.errors)),
                size,
                mtime,
            ),
        )
        self.db.executemany(
            "INSERT INTO removed (document, seq, at, reason, text) VALUES (?, ?, ?, ?, ?)",
            [
                (doc.id, seq, span.at, span.reason, span.text)
                for seq, span in enumerate(doc.removed)
            ],
        )
        self.db.executemany(
            "INSERT INTO pages (document, number, start, end) VALUES (?, ?, ?, ?)",
            [(doc.id, page.number, page.start, page.end) for page in doc.pages],
        )
        if doc.duplicate_of is None:
            self._index_passages(doc)
        if fingerprint is not None:
            self.db.execute(
                "INSERT INTO fingerprints (document, minhash) VALUES (?, ?)",
                (doc.id, fingerprint.values),
            )
            self.db.executemany(
                "INSERT INTO lsh_bands (key, document) VALUES (?, ?)",
                [(key, doc.id) for key in fingerprint.bands],
            )

    def _index_passages(self, doc: Document) -> None:
        for start, end in split_passages(doc.text):
            body = doc.text[start:end]
            cjk = has_cjk(body)
            cursor = self.db.execute(
                "INSERT INTO passages (document, start, end, cjk) VALUES (?, ?, ?, ?)",
                (doc.id, start, end, int(cjk)),
            )
            rowid = cursor.lastrowid
            self.db.execute("INSERT INTO passages_fts (rowid, body) VALUES (?, ?)", (rowid, body))
            if cjk:
                self.db.execute(
                    "INSERT INTO passages_cjk (rowid, body) VALUES (?, ?)", (rowid, fold_cjk(body))
                )

    def _delete_path(self, path: str) -> None:
        row = self.db.execute("SELECT id FROM documents WHERE path = ?", (path,)).fetchone()
        if row is None:
            return
        doc_id = row[0]
        # External-content FTS rows are deleted by giving back the text they indexed.
        self.db.execute(
            "INSERT INTO passages_fts (passages_fts, rowid, body) "
            "SELECT 'delete', id, body FROM passage_text "
            "WHERE id IN (SELECT id FROM passages WHERE document = ?)",
            (doc_id,),
        )
        self.db.execute(
            "DELETE FROM passages_cjk WHERE rowid IN (SELECT id FROM passages WHERE document = ? AND cjk)",
            (doc_id,),
        )
        signature = self.db.execute(
            "SELECT minhash FROM fingerprints WHERE document = ?", (doc_id,)
        ).fetchone()
        if signature is not None:
            self.db.executemany(
                "DELETE FROM lsh_bands WHERE key = ? AND document = ?",
                [(key, doc_id) for key in band_keys(signature[0])],
            )
        self.db.execute("DELETE FROM documents WHERE id = ?", (doc_id,))

    def put_annotations(self, annotations: Annotations, version: int) -> None:
        """Replace a document's annotations, atomically: in the caller's transaction or its own."""
        if self.db.in_transaction:
            annotations_sql.put(self.db, annotations, version)
        else:
            with self.transaction():
                annotations_sql.put(self.db, annotations, version)

    def link_near_duplicates(self, a: str, b: str, similarity: float) -> None:
        a, b = sorted((a, b))
        self.db.execute(
            "INSERT OR REPLACE INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?)",
            (a, b, similarity),
        )

    def record_failure(self, path: str, reason: str, hint: str | None) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO failures (path, reason, hint) VALUES (?, ?, ?)",
            (path, reason, hint),
        )

    def clear_failure(self, path: str) -> None:
        self.db.execute("DELETE FROM failures WHERE path = ?", (path,))

    # -- reading -------------------------------------------------------------------------

    def stored_file(self, path: str) -> StoredFile | None:
        row = self.db.execute(
            "SELECT path, id, content_hash, size, mtime, extractor, extractor_version "
            "FROM documents WHERE path = ?",
            (path,),
        ).fetchone()
        return StoredFile(*row) if row else None

    def document_with_text_hash(self, text_hash: str) -> str | None:
        row = self.db.execute(
            "SELECT id FROM documents WHERE text_hash = ? AND duplicate_of IS NULL LIMIT 1",
            (text_hash,),
        ).fetchone()
        return row[0] if row else None

    def near_duplicates_of(
        self, fingerprint: Fingerprint, threshold: float
    ) -> list[tuple[str, float]]:
        if not fingerprint.bands:
            return []
        marks = ",".join("?" * len(fingerprint.bands))
        rows = self.db.execute(
            f"SELECT DISTINCT f.document, f.minhash FROM lsh_bands b "
            f"JOIN fingerprints f ON f.document = b.document WHERE b.key IN ({marks})",
            fingerprint.bands,
        ).fetchall()
        found = [(doc_id, similarity(fingerprint.values, values)) for doc_id, values in rows]
        return sorted(((d, s) for d, s in found if s >= threshold), key=lambda pair: -pair[1])

    def near_duplicate_links(self, doc_id: str) -> list[tuple[str, float]]:
        rows = self.db.execute(
            "SELECT CASE WHEN a = ? THEN b ELSE a END, similarity FROM near_duplicates "
            "WHERE a = ? OR b = ? ORDER BY similarity DESC",
            (doc_id, doc_id, doc_id),
        ).fetchall()
        return [(other, similarity) for other, similarity in rows]

    def get_annotations(self, document_id: str) -> Annotations:
        return annotations_sql.get(self.db, document_id)

    def documents_to_analyze(self, version: int) -> list[str]:
        return annotations_sql.to_analyze(self.db, version)

    def failures(self) -> list[Failure]:
        rows = self.db.execute(
            "SELECT path, reason, hint, at FROM failures ORDER BY path"
        ).fetchall()
        return [Failure(*row) for row in rows]

    def get_document(self, ref: str) -> Document:
        """Find a document by id, path, unique id prefix or unique file name."""
        for condition, value in (
            ("id = ?", ref),
            ("path = ?", ref),
            ("path = ?", str(Path(ref).resolve())),
            ("id LIKE ? ESCAPE '\\'", _like_prefix(ref)),
            ("path LIKE ? ESCAPE '\\'", "%/" + _like_escape(ref)),
        ):
            rows = self.db.execute(
                f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE {condition} LIMIT 2", (value,)
            ).fetchall()
            if len(rows) == 1:
                return self._document(rows[0])
            if len(rows) > 1:
                raise NotFound(
                    f"{ref!r} names more than one document", "give more of the id or the full path"
                )
        raise NotFound(
            f"no document {ref!r}", "list documents with `sourcebook search` or `sourcebook status`"
        )

    def children(self, doc_id: str) -> list[Document]:
        rows = self.db.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE parent = ? ORDER BY path", (doc_id,)
        ).fetchall()
        return [self._document(row) for row in rows]

    def documents(self) -> Iterator[Document]:
        cursor = self.db.execute(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY path")
        for row in cursor:
            yield self._document(row)

    def _document(self, row: tuple[object, ...]) -> Document:
        return document_from_row(self.db, row)

    def search(self, query: str, filters: SearchFilters, limit: int = 20) -> list[SearchHit]:
        return search.run(self.db, query, filters, limit)

    def counts(self) -> CorpusCounts:
        def one(sql: str) -> int:
            return int(self.db.execute(sql).fetchone()[0] or 0)

        def grouped(column: str) -> dict[str, int]:
            return dict(
                self.db.execute(
                    f"SELECT coalesce({column}, '(unknown)'), count(*) FROM documents "
                    f"WHERE duplicate_of IS NULL GROUP BY 1 ORDER BY 2 DESC"
                ).fetchall()
            )

        return CorpusCounts(
            documents=one("SELECT count(*) FROM documents WHERE duplicate_of IS NULL"),
            duplicates=one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
            near_duplicate_pairs=one("SELECT count(*) FROM near_duplicates"),
            passages=one("SELECT count(*) FROM passages"),
            failures=one("SELECT count(*) FROM failures"),
            characters=one("SELECT sum(length(text)) FROM documents"),
            by_media_type=grouped("media_type"),
            by_language=grouped("language"),
            by_source=grouped("source"),
        )

    def tidy(self) -> None:
        """After a build: merge the index's small segments and fold the log into the file."""
        self.db.execute("INSERT INTO passages_fts (passages_fts, rank) VALUES ('merge', 500)")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        self.db.close()


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like_prefix(text: str) -> str:
    return _like_escape(text) + "%"
