"""The SQL of quote clusters: replaced whole on each build, each quote pointed at its cluster."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

from sourcebook.records import QuoteCluster

_COLUMNS = "id, members, speaker, speakers_differ, documents, text"


def quotes(db: sqlite3.Connection) -> Iterator[tuple[int, str, str, str | None]]:
    """(quote id, document, words, speaker) of every quote; the speaker is the entity of the
    mention at the speaker's words where there is one, else the words analysis gave."""
    yield from db.execute(
        "SELECT q.id, q.document, q.text, COALESCE(("
        "  SELECT m.entity FROM mentions m WHERE m.document = q.document AND m.entity IS NOT NULL"
        "  AND m.start < q.speaker_end AND q.speaker_start < m.end LIMIT 1), q.speaker)"
        " FROM quotes q ORDER BY q.id"
    )


def replace(db: sqlite3.Connection, clusters: list[QuoteCluster]) -> None:
    db.execute("DELETE FROM quote_clusters")
    db.execute("UPDATE quotes SET cluster = NULL WHERE cluster IS NOT NULL")
    db.executemany(
        f"INSERT INTO quote_clusters ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                c.id,
                json.dumps(c.members),
                c.speaker,
                int(c.speakers_differ),
                json.dumps(c.documents),
                c.text,
            )
            for c in clusters
        ],
    )
    db.executemany(
        "UPDATE quotes SET cluster = ? WHERE id = ?",
        [(c.id, member) for c in clusters for member in c.members],
    )


def select(
    db: sqlite3.Connection, speaker: str | None = None, differ: bool = False, limit: int | None = 100
) -> list[QuoteCluster]:
    """Clusters quoted in the most documents first."""
    where, args = [], []
    if speaker is not None:
        where.append("speaker = ?")
        args.append(speaker)
    if differ:
        where.append("speakers_differ = 1")
    sql = f"SELECT {_COLUMNS} FROM quote_clusters"
    sql += f" WHERE {' AND '.join(where)}" if where else ""
    sql += " ORDER BY json_array_length(documents) DESC, id LIMIT ?"
    return [
        QuoteCluster(
            id=id_,
            members=tuple(json.loads(members)),
            speaker=who,
            speakers_differ=bool(flag),
            documents=tuple(json.loads(documents)),
            text=text,
        )
        for id_, members, who, flag, documents, text in db.execute(sql, [*args, -1 if limit is None else limit])
    ]
