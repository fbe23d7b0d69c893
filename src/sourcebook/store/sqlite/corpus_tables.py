"""The corpus-level tables of the SQLite store: entities, clusters, and the corpus-wide reads
the resolve and assess stages and the exports make."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import asdict

from sourcebook.records import (
    Claim,
    ClaimCluster,
    Contest,
    Decision,
    Entity,
    Mention,
    QuoteCluster,
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

    def quotes_to_cluster(self) -> Iterator[tuple[int, str, str, str | None]]:
        return quote_clusters_sql.quotes(self.db)

    def replace_quote_clusters(self, clusters: list[QuoteCluster]) -> None:
        with self.transaction():
            quote_clusters_sql.replace(self.db, clusters)

    def quote_clusters(
        self, speaker: str | None = None, differ: bool = False, limit: int | None = 100
    ) -> list[QuoteCluster]:
        return quote_clusters_sql.select(self.db, speaker, differ, limit)

    def numbered(self, kind: str) -> Iterator[tuple[int, AnnotationRecord]]:
        """Every annotation of a kind ("mentions", "quotes", "claims", "events", "citations")
        with its store id."""
        return annotations_sql.numbered(self.db, kind)

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

    def entity_occurrences(self) -> Iterator[tuple[str, str, str, str]]:
        """(document, entity id, entity type, entity name) for each entity a document names."""
        yield from self.db.execute(
            "SELECT DISTINCT m.document, m.entity, e.type, e.name FROM mentions m "
            "JOIN entities e ON e.id = m.entity ORDER BY m.document"
        )

    def near_duplicate_pairs(self) -> list[tuple[str, str]]:
        return [(a, b) for a, b in self.db.execute("SELECT a, b FROM near_duplicates")]

    def replace_claim_clusters(self, clusters: list[ClaimCluster]) -> None:
        with self.transaction():
            claim_clusters_sql.replace(self.db, clusters)

    def claim_clusters(
        self, verdict: str | None = None, label: str | None = None, limit: int | None = 100
    ) -> list[ClaimCluster]:
        return claim_clusters_sql.select(self.db, verdict, label, limit)

    def replace_contests(self, contests: list[Contest]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM contests")
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
