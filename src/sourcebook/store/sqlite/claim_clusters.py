"""The SQL of claim clusters: replaced whole, or around new documents; a claim points at
its fact."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection

from sourcebook.records import ClaimCluster
from sourcebook.store.sqlite.scoped import within

_COLUMNS = (
    "id, label, verdict, reason, sources, independent_sources, measure, unit, is_primary, evidence"
)


def neighbourhood(db: sqlite3.Connection, documents: Collection[str]) -> set[int]:
    """The claims of `documents`, and every claim of a fact (a primary cluster) stated in one
    of them: what must be clustered again when those documents are new or changed."""
    scope = json.dumps(sorted(documents))
    return {
        row[0]
        for row in db.execute(
            "SELECT id FROM claims WHERE document IN (SELECT value FROM json_each(?)) UNION "
            "SELECT claim FROM claim_cluster_members WHERE cluster IN (SELECT id FROM "
            f"claim_clusters WHERE is_primary AND {within('sources')})",
            (scope, scope),
        )
    }


def replace(
    db: sqlite3.Connection,
    clusters: list[ClaimCluster],
    documents: Collection[str] | None = None,
    claims: Collection[int] = (),
) -> None:
    """Replace every cluster; or, around new `documents`, every cluster stated in them (facts
    and comparisons), whose `claims` (their `neighbourhood`) the new clusters hold."""
    if documents is None:
        db.execute("DELETE FROM claim_cluster_members")
        db.execute("DELETE FROM claim_clusters")
        db.execute("UPDATE claims SET cluster = NULL WHERE cluster IS NOT NULL")
    else:
        db.execute(
            f"DELETE FROM claim_clusters WHERE {within('sources')}",
            (json.dumps(sorted(documents)),),
        )
        db.execute(
            "UPDATE claims SET cluster = NULL WHERE id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(claims)),),
        )
    db.executemany(
        f"INSERT INTO claim_clusters ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                c.label,
                c.verdict,
                c.reason,
                json.dumps(c.sources),
                c.independent_sources,
                c.measure,
                c.unit,
                int(c.primary),
                json.dumps(c.evidence, ensure_ascii=False),
            )
            for c in clusters
        ],
    )
    db.executemany(
        "INSERT OR IGNORE INTO claim_cluster_members (cluster, claim) VALUES (?, ?)",
        [(c.id, member) for c in clusters for member in c.members],
    )
    db.executemany(
        "UPDATE claims SET cluster = ? WHERE id = ?",
        [(c.id, member) for c in clusters if c.primary for member in c.members],
    )


def select(
    db: sqlite3.Connection,
    verdict: str | None = None,
    label: str | None = None,
    limit: int | None = 100,
) -> list[ClaimCluster]:
    """Facts carried by the most independent sources first; comparisons after facts."""
    where: list[str] = []
    args: list[object] = []
    if verdict is not None:
        where.append("verdict = ?")
        args.append(verdict)
    if label is not None:
        where.append("label LIKE ?")
        args.append(f"%{label}%")
    sql = "FROM claim_clusters" + (f" WHERE {' AND '.join(where)}" if where else "")
    sql += (
        " ORDER BY is_primary DESC, independent_sources DESC, json_array_length(sources) DESC, id"
    )
    sql += " LIMIT ?"
    args.append(-1 if limit is None else limit)
    rows = db.execute(f"SELECT {_COLUMNS} {sql}", args).fetchall()
    members: dict[str, list[int]] = {}
    for cluster, claim in db.execute(
        f"SELECT cluster, claim FROM claim_cluster_members WHERE cluster IN (SELECT id {sql}) "
        "ORDER BY cluster, claim",
        args,
    ):
        members.setdefault(cluster, []).append(claim)
    return [
        ClaimCluster(
            id=id_,
            label=label_,
            verdict=verdict_,
            reason=reason,
            members=tuple(members.get(id_, [])),
            sources=tuple(json.loads(sources)),
            independent_sources=independent,
            measure=measure,
            unit=unit,
            primary=bool(primary),
            evidence=tuple(json.loads(evidence)),
        )
        for id_, label_, verdict_, reason, sources, independent, measure, unit, primary, evidence in rows
    ]
