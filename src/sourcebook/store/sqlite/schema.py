"""The SQLite schema and its migrations, applied in order and recorded by number.

A new version appends a migration; existing databases move forward on open, and a database
from a newer sourcebook is refused rather than damaged.
"""

from __future__ import annotations

import sqlite3

from sourcebook.errors import StoreError

MIGRATIONS: tuple[str, ...] = (
    # 1: documents, their passages and full-text indexes, duplicate detection, failures
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        parent TEXT,
        media_type TEXT NOT NULL,
        extractor TEXT NOT NULL,
        extractor_version INTEGER NOT NULL,
        title TEXT,
        source TEXT,
        author TEXT,
        published TEXT,
        published_precision TEXT,
        language TEXT,
        text TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        text_hash TEXT NOT NULL,
        duplicate_of TEXT,
        size INTEGER NOT NULL,
        mtime REAL NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        errors TEXT NOT NULL DEFAULT '[]',
        added TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    CREATE INDEX documents_text_hash ON documents (text_hash) WHERE duplicate_of IS NULL;
    CREATE INDEX documents_parent ON documents (parent);
    CREATE INDEX documents_published ON documents (published);

    CREATE TABLE removed (
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        reason TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (document, seq)
    ) WITHOUT ROWID;

    CREATE TABLE pages (
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (document, number)
    ) WITHOUT ROWID;

    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        cjk INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX passages_document ON passages (document);

    -- The word index reads passage text out of documents through this view (external content),
    -- so the text is stored once.
    CREATE VIEW passage_text (id, body) AS
        SELECT p.id, substr(d.text, p.start + 1, p.end - p.start)
        FROM passages p JOIN documents d ON d.id = p.document;
    CREATE VIRTUAL TABLE passages_fts USING fts5 (
        body, content = 'passage_text', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    -- CJK passages, folded to simplified characters, in a trigram index.
    CREATE VIRTUAL TABLE passages_cjk USING fts5 (body, tokenize = 'trigram');

    CREATE TABLE fingerprints (
        document TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
        minhash BLOB NOT NULL
    ) WITHOUT ROWID;
    -- One B-tree, no index on document: rows are found for deletion by recomputing a
    -- document's band keys from its stored signature. Random keys make every extra index an
    -- extra page written per document.
    CREATE TABLE lsh_bands (
        key INTEGER NOT NULL,
        document TEXT NOT NULL,
        PRIMARY KEY (key, document)
    ) WITHOUT ROWID;
    CREATE TABLE near_duplicates (
        a TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        b TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;

    CREATE TABLE failures (
        path TEXT PRIMARY KEY,
        reason TEXT NOT NULL,
        hint TEXT,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
    );
    """,
    # 2: per-document annotations, and the analyzer version each document was analysed with
    """
    ALTER TABLE documents ADD COLUMN analyzed_version INTEGER;
    -- Covers `documents_to_analyze`, which would otherwise read past every stored text.
    CREATE INDEX documents_analyzed ON documents (analyzed_version, id)
        WHERE duplicate_of IS NULL;

    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        name TEXT NOT NULL,
        title TEXT,
        aliases TEXT NOT NULL DEFAULT '[]',
        entity TEXT
    );
    CREATE INDEX mentions_document ON mentions (document, start);
    CREATE INDEX mentions_name ON mentions (name);

    CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        kind TEXT NOT NULL,
        cue TEXT,
        speaker TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        parts TEXT NOT NULL DEFAULT '[]',
        relayed_by TEXT
    );
    CREATE INDEX quotes_document ON quotes (document, start);

    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value_low REAL,
        value_high REAL,
        unit TEXT,
        qualifier TEXT,
        subject TEXT,
        sentence_start INTEGER,
        sentence_end INTEGER,
        attributed_to TEXT
    );
    CREATE INDEX claims_document ON claims (document, start);

    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        date TEXT,
        precision TEXT,
        resolution TEXT NOT NULL,
        end_date TEXT,
        sentence_start INTEGER,
        sentence_end INTEGER,
        entities TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX events_document ON events (document, start);
    CREATE INDEX events_date ON events (date);

    CREATE TABLE citations (
        id INTEGER PRIMARY KEY,
        document TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        cited TEXT NOT NULL,
        kind TEXT NOT NULL
    );
    CREATE INDEX citations_document ON citations (document, start);
    """,
    # 3: corpus-wide entities, with the evidence for each, and reviewers' merge/split decisions
    """
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        documents TEXT NOT NULL DEFAULT '[]',
        mentions INTEGER NOT NULL DEFAULT 0,
        evidence TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX entities_name ON entities (name COLLATE NOCASE);
    CREATE INDEX mentions_entity ON mentions (entity);

    CREATE TABLE entity_decisions (
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (kind, a, b)
    );
    """,
    # 4: quote clusters: one statement quoted in several documents
    """
    CREATE TABLE quote_clusters (
        id TEXT PRIMARY KEY,
        speaker TEXT,
        speakers_differ INTEGER NOT NULL,
        documents TEXT NOT NULL DEFAULT '[]',
        members TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL DEFAULT ''
    );
    ALTER TABLE quotes ADD COLUMN cluster TEXT;
    CREATE INDEX quotes_cluster ON quotes (cluster);
    """,
    # 5: claim clusters: one fact stated in several documents, with its verdict
    """
    CREATE TABLE claim_clusters (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        verdict TEXT NOT NULL,
        reason TEXT NOT NULL,
        sources TEXT NOT NULL DEFAULT '[]',
        independent_sources INTEGER NOT NULL,
        measure TEXT,
        unit TEXT,
        is_primary INTEGER NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE claim_cluster_members (
        cluster TEXT NOT NULL REFERENCES claim_clusters (id) ON DELETE CASCADE,
        claim INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
        PRIMARY KEY (cluster, claim)
    );
    CREATE INDEX claim_cluster_members_claim ON claim_cluster_members (claim);
    ALTER TABLE claims ADD COLUMN cluster TEXT;
    CREATE INDEX claims_cluster ON claims (cluster);
    """,
    # 6: contested statements: denials against what they deny, competing explanations
    """
    CREATE INDEX mentions_label_name ON mentions (label, name);
    CREATE TABLE contests (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        kind TEXT NOT NULL,
        statements TEXT NOT NULL DEFAULT '[]'
    );
    """,
    # 7: watch-list matches of the last `sourcebook screen`
    """
    CREATE TABLE screening (
        entity TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        result TEXT NOT NULL,
        score REAL NOT NULL,
        PRIMARY KEY (entity, entry_id)
    );
    CREATE TABLE screening_decisions (
        entity TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        decision TEXT NOT NULL CHECK (decision IN ('confirmed', 'dismissed')),
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
        PRIMARY KEY (entity, entry_id)
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def migrate(connection: sqlite3.Connection, location: str) -> None:
    connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
    row = connection.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    current = int(row[0]) if row else 0
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"{location} was written by a newer sourcebook (schema {current}, this one knows {SCHEMA_VERSION})",
            "upgrade sourcebook to open it",
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        script = (
            f"BEGIN;\n{MIGRATIONS[version - 1]};\n"
            f"INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', '{version}');\n"
            "COMMIT;"
        )
        try:
            connection.executescript(
                script
            )  # one transaction: a migration lands whole or not at all
        except sqlite3.Error as exc:
            if connection.in_transaction:
                connection.rollback()
            raise StoreError(f"{location}: migration to schema {version} failed: {exc}") from exc
