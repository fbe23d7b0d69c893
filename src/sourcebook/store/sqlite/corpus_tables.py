"""The corpus-level tables of the SQLite store: entities, clusters, and the corpus-wide reads
the resolve and assess stages and the exports make."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict

from sourcebook.records import (
    Claim,
    ClaimCluster,
    Contest,
    Decision,
    Entity,
    Mention,
    NameUse,
    QuoteCluster,
    ScreeningResult,
    Statement,
)
from sourcebook.store.sqlite import annotations as annotations_sql
from sourcebook.store.sqlite import claim_clusters as claim_clusters_sql
from sourcebook.store.sqlite import entities as entities_sql
from sourcebook.store.sqlite import quote_clusters as quote_clusters_sql
from sourcebook.store.sqlite.annotations import AnnotationRecord


class CorpusTables:
    """Mixed into SQLiteStore, which provides the connection and transactions."""

    db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def mentions(self) -> Iterator[Mention]:
        return entities_sql.mentions(self.db)

    def name_uses(self) -> Iterator[NameUse]:
        return entities_sql.name_uses(self.db)

    def replace_entities(
        self, entities: list[Entity], assignments: list[tuple[str, str, str]]
    ) -> None:
        with self.transaction():
            entities_sql.replace(self.db, entities, assignments)

    def entities(
        self, kind: str | None = None, name: str | None = None, limit: int | None = 100
    ) -> list[Entity]:
        return entities_sql.select(self.db, kind, name, limit)

    def entity(self, ref: str) -> Entity | None:
        return entities_sql.by_ref(self.db, ref)

    def add_decision(self, decision: Decision) -> None:
        with self.transaction():
            entities_sql.add_decision(self.db, decision)

    def decisions(self) -> list[Decision]:
        return entities_sql.decisions(self.db)

    def quotes_to_cluster(
        self, ids: Collection[int] | None = None
    ) -> Iterator[tuple[int, str, str, str | None, str | None]]:
        return quote_clusters_sql.quotes(self.db, ids)

    def quote_words(self, documents: Collection[str]) -> Iterator[tuple[int, str, str]]:
        return quote_clusters_sql.words(self.db, documents)

    def quote_neighbourhood(self, quotes: Collection[int], documents: Collection[str]) -> set[int]:
        return quote_clusters_sql.neighbourhood(self.db, quotes, documents)

    def replace_quote_clusters(
        self,
        clusters: list[QuoteCluster],
        documents: Collection[str] | None = None,
        quotes: Collection[int] = (),
    ) -> None:
        with self.transaction():
            quote_clusters_sql.replace(self.db, clusters, documents, quotes)

    def quote_clusters(
        self, speaker: str | None = None, differ: bool = False, limit: int | None = 100
    ) -> list[QuoteCluster]:
        return quote_clusters_sql.select(self.db, speaker, differ, limit)

    def numbered(
        self, kind: str, documents: Collection[str] | None = None
    ) -> Iterator[tuple[int, AnnotationRecord]]:
        """Every annotation of a kind ("mentions", "quotes", "claims", "events", "citations")
        with its store id, of `documents` when given."""
        return annotations_sql.numbered(self.db, kind, documents)

    def claims(self, ids: Iterable[int]) -> dict[int, Claim]:
        """Stored claims by id, for showing a cluster's members."""
        rows = self.db.execute(
            f"SELECT id, document, {annotations_sql.COLUMNS['claims']} FROM claims "
            "WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(list(ids)),),
        )
        found = {}
        for row_id, *row in rows:
            claim = annotations_sql.record("claims", tuple(row))
            assert isinstance(claim, Claim)
            found[row_id] = claim
        return found

    def entity_occurrences(
        self, documents: Collection[str] | None = None
    ) -> Iterator[tuple[str, str, str, str]]:
        """(document, entity id, entity type, entity name) for each entity a document names."""
        where = "" if documents is None else "WHERE m.document IN (SELECT value FROM json_each(?))"
        yield from self.db.execute(
            "SELECT DISTINCT m.document, m.entity, e.type, e.name FROM mentions m "
            f"JOIN entities e ON e.id = m.entity {where} ORDER BY m.document",
            () if documents is None else (json.dumps(sorted(documents)),),
        )

    def document_index(self) -> list[tuple[str, str | None, str | None, str | None]]:
        """(id, published, source, duplicate_of) of every document: a corpus's outline without
        its texts."""
        return list(self.db.execute("SELECT id, published, source, duplicate_of FROM documents"))

    def document_names(self) -> list[tuple[str, str, str | None]]:
        """(id, path, title) of every document: what a paper is called."""
        return list(self.db.execute("SELECT id, path, title FROM documents"))

    def document_text(self, doc_id: str) -> str:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return "" if row is None else str(row[0])

    def cited_names(self, kinds: Collection[str]) -> set[str]:
        """Every name cited with one of these citation kinds, anywhere in the corpus."""
        return {
            row[0]
            for row in self.db.execute(
                "SELECT DISTINCT cited FROM citations WHERE kind IN (SELECT value FROM json_each(?))",
                (json.dumps(sorted(kinds)),),
            )
        }

    def near_duplicate_pairs(self) -> list[tuple[str, str]]:
        return [(a, b) for a, b in self.db.execute("SELECT a, b FROM near_duplicates")]

    def claim_neighbourhood(self, documents: Collection[str]) -> set[int]:
        return claim_clusters_sql.neighbourhood(self.db, documents)

    def replace_claim_clusters(
        self,
        clusters: list[ClaimCluster],
        documents: Collection[str] | None = None,
        claims: Collection[int] = (),
    ) -> None:
        with self.transaction():
            claim_clusters_sql.replace(self.db, clusters, documents, claims)

    def claim_clusters(
        self, verdict: str | None = None, label: str | None = None, limit: int | None = 100
    ) -> list[ClaimCluster]:
        return claim_clusters_sql.select(self.db, verdict, label, limit)

    def replace_contests(
        self, contests: list[Contest], documents: Collection[str] | None = None
    ) -> None:
        """Replace every contest, or those with a statement in one of `documents`."""
        with self.transaction():
            if documents is None:
                self.db.execute("DELETE FROM contests")
            else:
                self.db.executemany(
                    "DELETE FROM contests WHERE id = ?",
                    [
                        (c.id,)
                        for c in self.contests()
                        if any(s.document in documents for s in c.statements)
                    ],
                )
            self.db.executemany(
                "INSERT INTO contests (id, label, kind, statements) VALUES (?, ?, ?, ?)",
                [
                    (
                        c.id,
                        c.label,
                        c.kind,
                        json.dumps([asdict(s) for s in c.statements], ensure_ascii=False),
                    )
                    for c in contests
                ],
            )

    def contests(self, kind: str | None = None) -> list[Contest]:
        rows = self.db.execute(
            "SELECT id, label, kind, statements FROM contests WHERE ? IS NULL OR kind = ? "
            "ORDER BY kind, id",
            (kind, kind),
        )
        return [
            Contest(id_, label, kind_, tuple(Statement(**s) for s in json.loads(statements)))
            for id_, label, kind_, statements in rows
        ]

    def setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def replace_screening(self, results: list[ScreeningResult]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM screening")
            self.db.executemany(
                "INSERT OR REPLACE INTO screening (entity, entry_id, result, score) "
                "VALUES (?, ?, ?, ?)",
                [
                    (r.entity, r.entry_id, json.dumps(asdict(r), ensure_ascii=False), r.score)
                    for r in results
                ],
            )

    def screening(self) -> list[ScreeningResult]:
        """The stored matches, best first."""
        found = []
        for result, decision in self.db.execute(
            "SELECT s.result, d.decision FROM screening s LEFT JOIN screening_decisions d "
            "ON d.entity = s.entity AND d.entry_id = s.entry_id "
            "ORDER BY s.score DESC, s.entity, s.entry_id"
        ):
            data = json.loads(result)
            for key in ("explanations", "matched"):
                data[key] = tuple(data[key])
            data["features"] = tuple(tuple(f) for f in data.get("features", ()))  # schema 7 rows
            found.append(ScreeningResult(**{**data, "decision": decision}))
        return found

    def decide_match(self, entity: str, entry_id: str, decision: str) -> None:
        """A reviewer's "confirmed" or "dismissed" for one match; no screen overwrites it."""
        with self.transaction():
            self.db.execute(
                "INSERT OR REPLACE INTO screening_decisions (entity, entry_id, decision) "
                "VALUES (?, ?, ?)",
                (entity, entry_id, decision),
            )
